"""Where the timeline's view is along time: scrolled how far, showing which years,
centred on which milestone, and how a tap on an arrow or a year moves it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QScroller

from ...content.scale import Layout, nearest
from ...content.track import Track

SCROLL_MS = 450


class AlongAxis:
    """Mixed into the timeline's QGraphicsView, which keeps `_layout` (positions in units),
    `_unit` (pixels per unit), `_track` and `_vertical` up to date."""

    _layout: Layout
    _unit: float
    _track: Track
    _vertical: bool
    _pinch_scroll: float | None

    def scroll_pos(self) -> float:
        """How far along the time axis the view is scrolled, in pixels (during a pinch,
        as far as the still it shows is: the scroll bar follows when the fingers lift)."""
        return self._bar().value() if self._pinch_scroll is None else self._pinch_scroll

    def _bar(self):
        return self.verticalScrollBar() if self._vertical else self.horizontalScrollBar()

    def _extent(self) -> int:
        """The view's length along the time axis."""
        return self.viewport().height() if self._vertical else self.viewport().width()

    def at_ends(self) -> tuple[bool, bool]:
        """Whether the view is at the start, and at the end, of the timeline (read from
        `scroll_pos`, so also while a pinch shows its still)."""
        pos, end = self.scroll_pos(), self._layout.width * self._unit - self._extent()
        return pos <= 0, pos >= end - 0.5

    def center_year(self) -> float:
        center = self.scroll_pos() + self._extent() / 2
        return self._layout.year_at(center / self._unit)

    def visible_years(self) -> tuple[float, float]:
        first = self.scroll_pos() / self._unit
        last = (self.scroll_pos() + self._extent()) / self._unit
        return self._layout.year_at(first), self._layout.year_at(last)

    def year_at(self, offset: float) -> float:
        """The year shown `offset` pixels along the view (from its left, or its top)."""
        return self._layout.year_at((self.scroll_pos() + offset) / self._unit)

    def offset_of(self, year: float) -> float:
        """Where along the view a year is shown: the inverse of `year_at`."""
        return self._layout.x_at(year) * self._unit - self.scroll_pos()

    def center_on(self, milestone_id: str, animate: bool = True) -> None:
        ids = self.visible_ids()
        if milestone_id in ids:
            x = self._layout.anchors[ids.index(milestone_id)] * self._unit
            self.scroll_to(x - self._extent() / 2, animate)

    def center_on_year(self, year: float, animate: bool = True) -> None:
        self.scroll_to(self._layout.x_at(year) * self._unit - self._extent() / 2, animate)

    def scroll_to(self, x: float, animate: bool = True) -> None:
        """Scroll `x` pixels along the time axis."""
        self._settle_pinch()
        bar = self._bar()
        x = max(bar.minimum(), min(bar.maximum(), x))
        scroller = QScroller.scroller(self.viewport())
        if animate and not self._state.calm_motion:  # calm motion: it jumps, nothing glides
            scroller.scrollTo(QPointF(*self._track.point(x, 0)), SCROLL_MS)
        else:
            scroller.stop()
            bar.setValue(round(x))

    def page(self, direction: int) -> None:
        """One arrow tap: most of a screen on, so one card stays in view for context."""
        self.scroll_to(self.scroll_pos() + direction * self._extent() * 0.75)

    def card_rect(self, milestone_id: str) -> QRectF | None:
        """Where a shown milestone's card is in the viewport, if it is on screen."""
        card = self._pool.cards.get(milestone_id)
        if card is None or not card.isVisible():
            return None
        rect = self.mapFromScene(card.card_scene_rect()).boundingRect()
        shown = QRectF(rect).intersected(QRectF(self.viewport().rect()))
        return QRectF(rect) if not shown.isEmpty() else None

    def side_of(self, milestone_id: str) -> str | None:
        """Where the milestone's card stands from the axis (track.ABOVE, BELOW, LEFT or
        RIGHT); None if it is not shown."""
        ids = self.visible_ids()
        return self._track.side(ids.index(milestone_id)) if milestone_id in ids else None

    def milestone_at_center(self) -> str | None:
        ids = self.visible_ids()
        if not ids or len(ids) != len(self._layout.anchors):
            return None  # not laid out yet (a new content set, before it is shown)
        center = (self.scroll_pos() + self._extent() / 2) / self._unit
        return ids[nearest(self._layout.anchors, center)]
