"""Touch and mouse on the timeline: fingers read by id, taps on cards, drags and flicks.

Touch drags go through QScroller (inertia, overshoot that eases back), along the time
axis. Taps are read from the touch points themselves, each finger by its id from press to
release, so a second finger never ends the first one's press and the mouse events Qt
makes up from a touch are not a second tap. Two fingers moving together are a pinch
(zooming.py). A tap lands on a card, or at the whole-story level on a group of marks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEventPoint, QMouseEvent, QPointingDevice
from PySide6.QtWidgets import QScroller, QScrollerProperties

from ...content.zoom import STORY, Group
from ...visit.taps import TapTracker
from .card import CardItem

MOUSE = -1  # the tap tracker's finger id for a real mouse
TOUCH_EVENTS = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)


class TouchInput:
    """Mixed into the timeline's QGraphicsView, which provides the cards, the scroll bar
    along the axis (`_bar`, `scroll_pos`, `_vertical`) and `milestone_tapped`."""

    _taps: TapTracker[CardItem | Group]

    def _grab_touch(self) -> None:
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        QScroller.scroller(self.viewport()).stateChanged.connect(self._on_scroller_state)
        self._set_overshoot()

    def _set_overshoot(self) -> None:
        """A flick along the axis overshoots and eases back; across it, nothing moves."""
        scroller = QScroller.scroller(self.viewport())
        props = scroller.scrollerProperties()
        on, off = (QScrollerProperties.OvershootPolicy.OvershootAlwaysOn,
                   QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        metric = QScrollerProperties.ScrollMetric
        props.setScrollMetric(metric.VerticalOvershootPolicy, on if self._vertical else off)
        props.setScrollMetric(metric.HorizontalOvershootPolicy, off if self._vertical else on)
        props.setScrollMetric(metric.OvershootScrollTime, 0.35)
        props.setScrollMetric(metric.OvershootDragDistanceFactor, 0.25)
        scroller.setScrollerProperties(props)

    def _target_at(self, pos: QPointF) -> CardItem | Group | None:
        """What a finger lands on: a card, or a group of marks at the whole-story level."""
        if self.zoom_level != STORY:
            return self._card_at(pos)
        scene_pos = self.mapToScene(pos.toPoint())
        along, across = (scene_pos.y(), scene_pos.x()) if self._vertical else (scene_pos.x(), scene_pos.y())
        reach = self._marks.diameter()
        if abs(across - self._track.axis) > reach:
            return None
        return self.marks().at(along / self._unit, reach / self._unit)

    def _card_at(self, pos: QPointF) -> CardItem | None:
        """The card under a finger: its body first, else the band of its stem (a child
        aiming at a card seldom lands on it exactly)."""
        cards = [item for item in self.items(pos.toPoint())
                 if isinstance(item, CardItem) and item.isVisible() and item.opacity() > 0.5]
        scene_pos = self.mapToScene(pos.toPoint())
        return next((c for c in cards if c.card_scene_rect().contains(scene_pos)),
                    cards[0] if cards else None)

    @staticmethod
    def _is_touch(event: QMouseEvent) -> bool:
        return event.pointingDevice().type() == QPointingDevice.DeviceType.TouchScreen

    def viewportEvent(self, event) -> bool:  # noqa: N802
        """Touch points are read here, each finger by its id. QScroller sees them first,
        through Qt's gesture filter."""
        kind = event.type()
        if kind in TOUCH_EVENTS or kind == QEvent.Type.TouchCancel:
            self._on_touch(event)
            event.accept()  # every finger's own release then comes here, not a made-up mouse
            return True  # the cards take no touch of their own: the scene need not see it
        return super().viewportEvent(event)

    def _on_touch(self, event) -> None:
        if event.type() == QEvent.Type.TouchCancel:
            self._taps.cancel()
            self._end_pinch()
        elif self._on_pinch(event):
            pass
        else:
            for point in event.points():
                pos, finger, state = point.position(), point.id(), point.state()
                if state == QEventPoint.State.Pressed:
                    self._taps.press(finger, pos.x(), pos.y(), self._target_at(pos))
                elif state == QEventPoint.State.Updated:
                    self._taps.move(finger, pos.x(), pos.y())
                elif state == QEventPoint.State.Released:
                    self._tapped(self._taps.release(finger, pos.x(), pos.y()))
        self._show_pressed()

    def _tapped(self, target: CardItem | Group | None) -> None:
        if isinstance(target, Group):
            if self.zoom_level == STORY:
                self.zoom_into(target)
        elif target is not None and target.isVisible():  # pressed, even if a filter moved it
            self.milestone_tapped.emit(target.milestone.id)

    def _show_pressed(self) -> None:
        """Cards and marks under a finger that may still tap are drawn pressed; no others.
        Only the cards whose look changes are touched, whatever the number of milestones."""
        pressed = self._taps.pressed
        cards = {t for t in pressed if isinstance(t, CardItem)}
        for card in self._drawn_pressed ^ cards:
            card.set_pressed(card in cards)
        self._drawn_pressed = cards
        self._marks.set_pressed(pressed - cards)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._is_touch(event):
            return  # Qt's mouse events made up from a touch: the touch points were read
        self._mouse_scroll = self.scroll_pos()
        self._taps.press(MOUSE, event.position().x(), event.position().y(),
                         self._target_at(event.position()))
        self._show_pressed()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Qt turns a quick second click into a double click: for us it is just a tap."""
        self.mousePressEvent(event)

    def _on_scroller_state(self, state) -> None:
        if state in (QScroller.State.Dragging, QScroller.State.Scrolling):
            self._taps.drag_began()
            self._show_pressed()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        start = None if self._is_touch(event) else self._taps.start_of(MOUSE)
        if start is None:
            return
        pos = event.position()
        self._taps.move(MOUSE, pos.x(), pos.y())
        self._show_pressed()
        moved = pos.y() - start[1] if self._vertical else pos.x() - start[0]
        self._bar().setValue(round(self._mouse_scroll - moved))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._is_touch(event):
            return
        self._tapped(self._taps.release(MOUSE, event.position().x(), event.position().y()))
        self._show_pressed()
