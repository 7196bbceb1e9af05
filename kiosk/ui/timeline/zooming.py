"""Zoom on the timeline: two fingers pinching, the − and + buttons, and a tap on a group.

Zoom is visitor state (`state.zoom`): the view renders it, and a reset brings it home.
A pinch is read here from the touch points themselves, since QScroller ignores any touch
event with more than one point; the scroller is stopped when a second finger lands and
keeps the single-finger flick. The layout position under the point between the fingers
stays under it, so the year a visitor holds stays where they hold it. The buttons and a
tap on a group animate to a level (at most 300 ms; at once with calm motion).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QLineF, QRectF, QVariantAnimation
from PySide6.QtGui import QEventPoint, QImage, QPainter
from PySide6.QtWidgets import QScroller

from ...content import zoom
from ...content.zoom import Group
from . import still as stills

ZOOM_MS = 260
MARK_SPACING = 84  # at 1080p: groups nearer than this on screen are gathered into one


@dataclass
class Pinch:
    """Two fingers on the glass: where they began, to scale the zoom by their distance."""

    start_distance: float
    start_zoom: float
    units: float  # the layout position under the point between the fingers


class Zooming:
    """Mixed into the timeline's QGraphicsView, which keeps the layout, `_card_unit` (the
    pixels of one layout unit at zoom 1) and the cards, and provides `zoom_requested`."""

    def _init_zoom(self) -> None:
        self._zoom = zoom.HOME  # shown: the state's zoom, or on its way there
        self._whole = zoom.HOME  # the zoom that shows the whole story
        self._zoom_focus: float | None = None  # where a requested zoom centres, in layout units
        self._pinch: Pinch | None = None
        self._still: stills.Still | None = None  # what a pinch shows while the fingers move
        self._picture: QImage | None = None  # its picture, painted over by the next still
        self._pinch_scroll: float | None = None  # and where it shows it: the scroll bar waits
        self._zoom_path = ((zoom.HOME, 0.0), (zoom.HOME, 0.0))  # (zoom, centre) from, to
        self._zoom_animation = QVariantAnimation(self)
        self._zoom_animation.setDuration(ZOOM_MS)
        self._zoom_animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._zoom_animation.setStartValue(0.0)
        self._zoom_animation.setEndValue(1.0)
        self._zoom_animation.valueChanged.connect(self._on_zoom_frame)
        self._zoom_animation.finished.connect(self._on_zoom_animation_finished)
        # The marks gathered for each 15 % step of zoom, for one layout at one size: a
        # pinch back and forth gathers each step once.
        self._gathered: tuple | None = None
        self._gatherings: dict[int, zoom.Marks] = {}

    # --- reading ------------------------------------------------------------------------
    @property
    def zoom_level(self) -> str:
        """What the view shows now: zoom.CARDS, DECADES or STORY."""
        return zoom.level(self._zoom)

    def shown_zoom(self) -> float:
        return self._zoom

    def whole_zoom(self) -> float:
        """The zoom at which the whole story is on one screen."""
        return self._whole

    def marks(self) -> zoom.Marks:
        """The whole-story level's groups (empty at the other levels)."""
        return self._marks.marks if self._marks.isVisible() else zoom.Marks((), ())

    def mark_rect(self, group: Group):
        """A group's touchable mark, in viewport coordinates."""
        return self.mapFromScene(self._marks.group_rect(group)).boundingRect()

    def _centre_units(self) -> float:
        return (self.scroll_pos() + self._extent() / 2) / self._unit

    # --- asking -------------------------------------------------------------------------
    def step_zoom(self, direction: int) -> None:
        """The − (-1) or + (+1) button: on to the next level, about the middle of the view."""
        current = zoom.clamp(self._state.zoom, self._whole)
        target = zoom.step(current, direction, self._whole)
        if target != current:
            self._zoom_focus = self._centre_units()
            self.zoom_requested.emit(target, True)

    def zoom_into(self, group: Group) -> None:
        """A tap on a group: zoomed in until its cards are readable, centred on it."""
        anchors = self._layout.anchors
        span = (anchors[group.last - 1] - anchors[group.first]) * self._card_unit + self._card_unit
        self._zoom_focus = group.along
        self.zoom_requested.emit(zoom.zoom_to_show(span, self._extent(), self._whole), True)

    # --- rendering the state ------------------------------------------------------------
    def _on_zoom(self, new: float, _old: float) -> None:
        target = zoom.clamp(new, self._whole)
        focus, self._zoom_focus = self._zoom_focus, None
        if self._pinch is not None:
            return  # a pinch shows each step itself, as the fingers move
        self._stop_zoom()
        if self._state.resetting or not self.isVisible() or not self._layout.anchors:
            self._show_zoom(target, self._centre_units(), self._extent() / 2)
            if self._state.resetting:
                self.scroll_to(0, animate=False)  # home is the start, at the home level
            return
        self._zoom_path = ((self._zoom, self._centre_units()),
                           (target, self._centre_units() if focus is None else focus))
        if self._state.calm_motion:
            self._on_zoom_frame(1.0)
        else:
            self._pool.set_cached(True)
            self._zoom_animation.start()

    def _on_zoom_animation_finished(self) -> None:
        self._pool.set_cached(False)

    def _stop_zoom(self) -> None:
        """A zoom's animation stops where it is (a pinch, a filter or a reset takes over)."""
        self._zoom_animation.stop()
        self._pool.set_cached(False)

    def _on_zoom_frame(self, t: float) -> None:
        """Zoom moves evenly on a log scale; the centre glides to where it was asked."""
        (z0, c0), (z1, c1) = self._zoom_path
        self._show_zoom(z0 * (z1 / z0) ** t, c0 + (c1 - c0) * t, self._extent() / 2)

    def _show_zoom(self, value: float, units: float, offset: float) -> None:
        """Show `value`, with layout position `units` at `offset` pixels into the view."""
        if not self._layout.anchors:
            self._zoom = value
            return
        self._stop_animation()
        self._scaling = True  # the scroll bar's own moves while the scene grows: not a scroll
        try:
            self._set_zoom(value)
            bar = self._bar()
            bar.setValue(round(max(bar.minimum(), min(bar.maximum(),
                                                       zoom.scroll_keeping(units, self._unit, offset)))))
        finally:
            self._scaling = False
        for card_id, card in list(self._pool.cards.items()):
            card.setPos(self._place(card, self._index[card_id]))
        self._sync()
        self._report()

    def _set_zoom(self, value: float) -> None:
        """The scale of the scene along the axis, and what each milestone is drawn as."""
        self._zoom = value
        self._unit = self._card_unit * value
        level = zoom.level(value)
        self._axis.configure(self._layout, self._unit, self._track, self._metrics,
                             self._state.language, level)
        self._set_scene_length()
        if level == zoom.STORY:
            for card_id in list(self._pool.cards):
                self._drop(card_id)
            self._gather()
        else:
            self._marks.setVisible(False)
            if self._pool.compact != (level == zoom.DECADES):
                self._pool.configure(self._metrics, self._state.language, self._track.card_width,
                                     level == zoom.DECADES)

    def _gather(self) -> None:
        """The marks for this zoom: gathered again only when it changes by 15 %."""
        bucket = zoom.bucket(self._zoom)
        if self._gathered is None or self._gathered[0] is not self._layout \
                or self._gathered[1] != self._metrics:
            self._gathered, self._gatherings = (self._layout, self._metrics), {}
        marks = self._gatherings.get(bucket)
        if marks is None:
            spacing = self._metrics.px(MARK_SPACING) / (self._card_unit * zoom.bucket_zoom(bucket))
            marks = self._gatherings[bucket] = zoom.gather(self._layout.anchors, self._layout.years,
                                                           spacing)
        self._marks.configure(marks, self._order, self._unit, self._track, self._metrics,
                              self._state.language, self._layout.width * self._unit)
        self._marks.setVisible(True)

    def paintEvent(self, event) -> None:  # noqa: N802
        """During a pinch, the still (still.py); else the scene."""
        still = self._still
        if still is None or self._pinch_scroll is None:
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        still.paint(painter, QRectF(self.viewport().rect()), self._unit, self._pinch_scroll, self._vertical)
        painter.end()

    # --- two fingers --------------------------------------------------------------------
    def _on_pinch(self, event) -> bool:
        """True while two fingers are down: the event is a pinch's, not a tap's or a drag's."""
        down = [p for p in event.points() if p.state() != QEventPoint.State.Released]
        if len(down) < 2:
            if self._pinch is None:
                return False
            self._end_pinch()
            self.zoom_requested.emit(self._zoom, True)  # one change, counted once
            return True
        a, b = down[0].position(), down[1].position()
        middle = (a + b) / 2
        along = middle.y() if self._vertical else middle.x()
        distance = QLineF(a, b).length()
        if self._pinch is None:
            QScroller.scroller(self.viewport()).stop()
            self._stop_zoom()
            self._taps.drag_began()
            self._pinch = Pinch(distance, self._zoom, (self.scroll_pos() + along) / self._unit)
            self._take_still()
            return True
        pinch = self._pinch
        value = zoom.pinched(pinch.start_zoom, pinch.start_distance, distance, self._whole)
        self._pinch_to(value, pinch.units, along)
        self.zoom_requested.emit(value, False)
        return True

    def _pinch_to(self, value: float, units: float, along: float) -> None:
        """One frame of a pinch: the still, scaled, where it holds what the view shows;
        else the timeline laid out at this zoom, and a new still of it."""
        unit = self._card_unit * value
        extent = self._extent()
        scroll = max(0.0, min(self._layout.width * unit - extent, zoom.scroll_keeping(units, unit, along)))
        level = zoom.level(value)
        if self._still_covers(unit, scroll, extent, level):
            self._zoom, self._unit, self._pinch_scroll = value, unit, scroll
            self.viewport().update()
            self._report()
            return
        # The timeline is laid out at the new zoom at once, not first at the old one as
        # when the fingers lift; the new still is painted over the old one's picture.
        self._still, self._pinch_scroll = None, None
        self._show_zoom(value, units, along)
        self._take_still()

    def _still_covers(self, unit: float, scroll: float, extent: float, level: str) -> bool:
        """Whether the still shows the view at this zoom (a method, not a local: a still
        held by a local variable is a second picture while the next is made)."""
        still = self._still
        return still is not None and still.covers(unit, scroll / unit, (scroll + extent) / unit, level)

    def _take_still(self) -> None:
        """A still of the view as laid out now, shown from this frame on: painting the
        scene itself once more cost the frame 5-10 ms (measured at 5,000 milestones). Each
        still of a pinch is painted into the same picture, kept until the fingers lift:
        never two at once (two were a pinch's peak, 6 MB more at 1080p), and no new
        picture's pages to map (2-4 ms a still)."""
        if self.zoom_level == zoom.STORY or not self._layout.anchors:
            self._still = None
            return
        scroll = self.scroll_pos()
        self._still = stills.take(self, self._unit, scroll, self._extent(),
                                  self.viewport().width() if self._vertical else self.viewport().height(),
                                  self._track.axis, self._layout.width * self._unit, self.zoom_level,
                                  self._vertical, self._hand_over_picture())
        self._picture, self._pinch_scroll = self._still.image, scroll

    def _hand_over_picture(self) -> QImage | None:
        """The kept picture, no longer kept here: if the next still needs another size,
        it is freed before that one is made (near an end, the still is shorter)."""
        picture, self._picture = self._picture, None
        return picture

    def _settle_pinch(self) -> None:
        """Lay the timeline out at the zoom the still shows, and show it for real: when the
        fingers lift, and before anything else moves the view during a pinch."""
        self._still = None
        if self._pinch is None:
            self._picture = None  # the fingers have lifted: its memory goes back at once
        if self._pinch_scroll is None:
            return
        scroll, self._pinch_scroll = self._pinch_scroll, None
        extent = self._extent()
        self._show_zoom(self._zoom, (scroll + extent / 2) / self._unit, extent / 2)
        self.viewport().update()

    def _end_pinch(self) -> None:
        if self._pinch is None:
            return
        self._pinch = None
        self._settle_pinch()
