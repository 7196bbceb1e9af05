"""The scrolling timeline: kinetic touch scrolling, mouse drag, taps on cards, filtering.

Touch goes through QScroller (inertia, overshoot that eases back). A touch tap reaches us
as a synthesised mouse press and release; a touch drag is taken by the scroller and never
delivers a press. So a tap is handled in one place only, and fires exactly once.
"""

from __future__ import annotations

from PySide6.QtCore import (QAbstractAnimation, QEasingCurve, QEvent, QParallelAnimationGroup, QPointF, QPropertyAnimation,
                            QRectF, Qt, Signal)
from PySide6.QtGui import QMouseEvent, QPainter, QPointingDevice
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QScroller, QScrollerProperties

from ..content.filtering import Filter
from ..content.scale import Layout, ScaleParams, lay_out
from ..content.timeline import Content
from . import theme
from .axis_item import AxisItem
from .card_item import CardItem

FILTER_MS = 260
SCROLL_MS = 450


class TimelineView(QGraphicsView):
    milestone_tapped = Signal(str)
    view_moved = Signal()

    def __init__(self, content: Content, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._content = content
        self._filter = Filter()
        self._lang = content.info.default_language
        self._metrics = theme.Metrics(1920, 1080)
        self._unit = 440.0
        self._layout: Layout = lay_out([])
        self._press: tuple[QPointF, int, CardItem | None] | None = None
        self._animation: QParallelAnimationGroup | None = None
        self._configured_for: tuple | None = None
        self._dirty = True
        self._visible = self._filter.visible(content)
        self._card_h = 0.0
        self._stem = 44.0

        scene = QGraphicsScene(self)
        scene.setBackgroundBrush(theme.BACKGROUND)
        # Every filter toggle moves most cards; a BSP index would be rebuilt each time.
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self._axis = AxisItem()
        scene.addItem(self._axis)
        self._cards = {m.id: CardItem(m, content.category(m.category)) for m in content.milestones}
        for card in self._cards.values():
            scene.addItem(card)
        self._shown: set[str] = set(self._cards)  # cards on the axis now (all, until laid out)
        self._leaving: set[str] = set()  # cards fading out

        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        scroller = QScroller.scroller(self.viewport())
        props = scroller.scrollerProperties()
        props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOn)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollTime, 0.35)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragDistanceFactor, 0.25)
        scroller.setScrollerProperties(props)
        scroller.stateChanged.connect(self._on_scroller_state)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- public API -------------------------------------------------------------------
    @property
    def layout_model(self) -> Layout:
        return self._layout

    @property
    def unit(self) -> float:
        return self._unit

    def cards(self) -> dict[str, CardItem]:
        return dict(self._cards)

    def visible_ids(self) -> list[str]:
        return [m.id for m in self._visible]

    def scroll_x(self) -> int:
        return self.horizontalScrollBar().value()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.relayout()

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self.relayout()

    def set_filter(self, new_filter: Filter, animate: bool = True) -> None:
        """Cards that leave fade out, the rest close up; the view stays on the milestone
        that was in the middle, or the nearest one still shown."""
        focus_year = self.center_year()
        self._filter = new_filter
        self._visible = visible = new_filter.visible(self._content)
        focus = min(visible, key=lambda m: abs(m.start.year - focus_year)).id if visible else None
        self.relayout(animate=animate, focus_id=focus)

    def relayout(self, animate: bool = False, focus_id: str | None = None) -> None:
        """Place the visible cards (size, language or filter changed). The view keeps the
        same year in the middle, or centres `focus_id`. Only cards on screen animate, so a
        toggle costs the same with 30 milestones or 5,000."""
        if not self.isVisible():
            self._dirty = True  # laid out once, when shown: startup sizes change several times
            return
        self._dirty = False
        focus_year = self.center_year() if self._layout.anchors else None
        old_scroll = self.scroll_x()
        visible = self._visible
        height = max(self.viewport().height(), self._metrics.px(400))
        key = (self._metrics, self._lang, height)
        if key != self._configured_for:
            self._configure_cards(height)
            self._configured_for = key
        unit, card_h, stem = self._unit, self._card_h, self._stem
        self._layout = lay_out([m.start.year for m in visible], ScaleParams())
        axis_y = height / 2
        self._axis.configure(self._layout, unit, axis_y, self._metrics, self._lang)
        self.scene().setSceneRect(QRectF(0, 0, max(self._layout.width * unit, 1), height))
        self._stop_animation()

        view_w = self.viewport().width()
        if focus_id is not None:
            ids = [m.id for m in visible]
            new_scroll = self._layout.anchors[ids.index(focus_id)] * unit - view_w / 2
        elif old_scroll <= 0:
            new_scroll = 0.0  # resting at the start: stay there
        elif focus_year is not None:
            new_scroll = self._layout.x_at(focus_year) * unit - view_w / 2
        else:
            new_scroll = old_scroll
        new_scroll = max(0.0, min(self._layout.width * unit - view_w, new_scroll))
        shift = QPointF(new_scroll - old_scroll, 0)
        window = QRectF(new_scroll - unit, 0, view_w + 2 * unit, height)

        group = QParallelAnimationGroup(self)
        shown = set()
        for index, ms in enumerate(visible):
            shown.add(ms.id)
            card = self._cards[ms.id]
            row = self._layout.row(index)
            card.set_height(card_h, stem, row)
            target = QPointF(self._layout.anchors[index] * unit - unit / 2,
                             axis_y - card_h - stem if row == 0 else axis_y)
            on_screen_before = card.isVisible() and card.opacity() > 0 and animate
            start = card.pos() + shift
            if animate and (window.contains(target) or (on_screen_before and window.contains(start))):
                if on_screen_before:
                    card.setPos(start)
                    group.addAnimation(self._animate(card, b"pos", start, target))
                else:
                    card.setPos(target)
                    card.setOpacity(0.0)
                group.addAnimation(self._animate(card, b"fade", card.opacity(), 1.0))
            else:
                card.setPos(target)
                card.setOpacity(1.0)
            card.setVisible(True)
        for card_id in self._shown - shown:
            card = self._cards[card_id]
            start = card.pos() + shift
            if animate and window.contains(start):
                card.setPos(start)
                group.addAnimation(self._animate(card, b"fade", card.opacity(), 0.0))
                self._leaving.add(card_id)
            else:
                card.setVisible(False)
        self._shown = shown
        if group.animationCount():
            group.finished.connect(self._on_filter_animation_finished)
            self._animation = group
            group.start(QAbstractAnimation.DeletionPolicy.DeleteWhenStopped)
        else:
            group.deleteLater()
        self.scroll_to(new_scroll, animate=False)
        self.view_moved.emit()

    def _configure_cards(self, height: float) -> None:
        """Measure every card's text; widen the cards until the tallest fits its row."""
        metrics = self._metrics
        width = metrics.card_width * (1.15 if metrics.portrait else 1.0)
        self._stem = metrics.px(44)
        for attempt in range(4):
            for card in self._cards.values():
                card.configure(metrics, self._lang, width)
            self._card_h = max((c.natural_height() for c in self._cards.values()), default=0)
            fits = 2 * (self._card_h + self._stem) + metrics.px(16) <= height
            if fits or attempt == 3 or width * 1.15 > metrics.px(900):
                break
            width *= 1.15
        self._unit = width  # always the width the cards were measured at

    def center_year(self) -> float:
        center = self.scroll_x() + self.viewport().width() / 2
        return self._layout.year_at(center / self._unit)

    def visible_years(self) -> tuple[float, float]:
        left = self.scroll_x() / self._unit
        right = (self.scroll_x() + self.viewport().width()) / self._unit
        return self._layout.year_at(left), self._layout.year_at(right)

    def center_on(self, milestone_id: str, animate: bool = True) -> None:
        ids = self.visible_ids()
        if milestone_id in ids:
            x = self._layout.anchors[ids.index(milestone_id)] * self._unit
            self.scroll_to(x - self.viewport().width() / 2, animate)

    def center_on_year(self, year: float, animate: bool = True) -> None:
        self.scroll_to(self._layout.x_at(year) * self._unit - self.viewport().width() / 2, animate)

    def scroll_to(self, x: float, animate: bool = True) -> None:
        bar = self.horizontalScrollBar()
        x = max(bar.minimum(), min(bar.maximum(), x))
        scroller = QScroller.scroller(self.viewport())
        if animate:
            scroller.scrollTo(QPointF(x, 0), SCROLL_MS)
        else:
            scroller.stop()
            bar.setValue(round(x))

    def page(self, direction: int) -> None:
        """One arrow tap: most of a screen on, so one card stays in view for context."""
        self.scroll_to(self.scroll_x() + direction * self.viewport().width() * 0.75)

    def milestone_at_center(self) -> str | None:
        ids = self.visible_ids()
        if not ids:
            return None
        center = (self.scroll_x() + self.viewport().width() / 2) / self._unit
        return min(zip(ids, self._layout.anchors), key=lambda p: abs(p[1] - center))[0]

    # --- events -------------------------------------------------------------------------
    def _animate(self, card: CardItem, prop: bytes, start, end) -> QPropertyAnimation:
        anim = QPropertyAnimation(card, prop, self)
        anim.setDuration(FILTER_MS)
        anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        anim.setStartValue(start)
        anim.setEndValue(end)
        return anim

    def _stop_animation(self) -> None:
        group, self._animation = self._animation, None
        if group is not None:
            group.stop()
            self._on_filter_animation_finished()

    def _on_filter_animation_finished(self) -> None:
        """Also runs when a new toggle interrupts: half-faded cards must not stay behind."""
        self._animation = None
        for card_id in self._leaving - self._shown:
            self._cards[card_id].setVisible(False)
        self._leaving.clear()

    def _on_scrolled(self, _value: int) -> None:
        self.view_moved.emit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.relayout()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().height() != event.size().height():
            self.relayout()

    def _card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos.toPoint()):
            if isinstance(item, CardItem) and item.isVisible() and item.opacity() > 0.5:
                return item
        return None

    @staticmethod
    def _is_touch(event: QMouseEvent) -> bool:
        return event.pointingDevice().type() == QPointingDevice.DeviceType.TouchScreen

    def viewportEvent(self, event) -> bool:  # noqa: N802
        """A touch's press is taken from TouchBegin: with QScroller on the viewport, a quick
        second tap (which Qt makes a double click) never delivers a mouse press at all."""
        if event.type() == QEvent.Type.TouchBegin and event.points():
            self._begin_press(event.points()[0].position())
        return super().viewportEvent(event)

    def _begin_press(self, pos: QPointF) -> None:
        card = self._card_at(pos)
        if card is not None:
            card.set_pressed(True)  # visible at once, before the finger lifts
        self._press = (pos, self.scroll_x(), card)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self._is_touch(event) and self._press is not None:
            return  # the same touch, already taken from TouchBegin: a tap fires once
        self._begin_press(event.position())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Qt turns a quick second click into a double click: for us it is just a tap."""
        self.mousePressEvent(event)

    def _on_scroller_state(self, state) -> None:
        if state in (QScroller.State.Dragging, QScroller.State.Scrolling) and self._press:
            start, start_scroll, card = self._press
            if card is not None:
                card.set_pressed(False)
            self._press = (start, start_scroll, None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        start, start_scroll, card = self._press
        dx = event.position().x() - start.x()
        if abs(dx) > self._tap_slop():
            if card is not None:
                card.set_pressed(False)
            self._press = (start, start_scroll, None)
        if not self._is_touch(event):  # touch drags belong to QScroller
            self.horizontalScrollBar().setValue(round(start_scroll - dx))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, self._press = self._press, None
        if press is None:
            return
        start, _scroll, card = press
        if card is None:
            return
        card.set_pressed(False)
        moved = (event.position() - start).manhattanLength()
        if moved <= self._tap_slop():  # the card pressed, even if a filter animation moved it
            self.milestone_tapped.emit(card.milestone.id)

    def _tap_slop(self) -> float:
        return self._metrics.px(24)
