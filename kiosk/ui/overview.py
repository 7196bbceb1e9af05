"""The overview strip: all of 1946-2020 on a true linear scale, with a region showing
what the timeline shows.

Every milestone is a mark in its category's colour and shape, stacked where a year has
several, so density shows; the filter's marks are in colour, the rest dimmed. Dragging the
region or tapping the strip moves the timeline. Beside a vertical timeline it is a rail,
with time running down it as it runs down the timeline.

A plain painted widget: the marks and axis are one pixmap (overview_layer.py), redrawn
only when the filter, size, language or theme changes; a timeline that moves repaints the
region's edges from it. (It was a pyqtgraph plot: importing pyqtgraph and numpy for it
cost 50 MB and 0.3 s, and repainting it was most of a flick frame.)
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import QWidget

from ..content.filtering import Filter
from ..content.strip import Scale, Stacks
from ..content.timeline import Content
from ..visit.state import VisitorState
from . import overview_layer, theme
from .overview_layer import SHAPES, Geometry
from .widgets import Retranslates, follow

REGION_FILL = QColor(255, 255, 255, 46)


class OverviewStrip(Retranslates, QWidget):
    year_requested = Signal(float)  # centre the timeline on this year

    def __init__(self, content: Content, state: VisitorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        # Its layer covers all of it: Qt need not paint the window under it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._content = content
        self._state = state
        self._metrics = theme.Metrics(1920, 1080)
        self._vertical = False
        self._years, ids = Filter().years_and_ids(content)  # the content's own columns, kept with it
        self._stacks = Stacks(self._years, ids, [m.category for m in content.milestones])
        self._shapes = {c.id: SHAPES[i % len(SHAPES)] for i, c in enumerate(content.categories)}
        self._colours = {c.id: QColor(c.colour) for c in content.categories}
        self._marks: list = []
        self._span: tuple[float, float] | None = None  # the years the timeline shows
        self._layer = None  # the painted marks and axis, until something they show changes
        self._tint = None  # a tile of the region's fill (overview_layer.make_tint)
        self._stamps: dict = {}  # each mark's shape rendered once, for every layer (overview_layer)
        self._drag_offset: float | None = None  # dragging the region: its centre's year - the finger's
        self._press_at = 0.0
        self._dragging = False
        self._geometry = self._measure()
        follow(self, state, "filter", self._on_filter)
        follow(self, state, "span", self._on_span)
        self._on_filter(state.filter, None)

    # --- reading ------------------------------------------------------------------------
    def shown_span(self) -> tuple[float, float] | None:
        """The years the region covers: those the timeline shows."""
        return self._span and self._geometry.scale.clamp(*self._span)

    def point_at(self, year: float) -> QPoint:
        """Where a year is on the strip, among its marks (in the strip's coordinates)."""
        g = self._geometry
        along = round(g.scale.at(year))
        middle = round((g.axis + g.across) / 2 if g.vertical else g.axis / 2)
        return QPoint(middle, along) if g.vertical else QPoint(along, middle)

    def marked(self, shown: bool) -> set[str]:
        """The milestones drawn in colour (shown) or dimmed (left out by the filter)."""
        return {mark.milestone for mark in self._marks if mark.shown == shown}

    # --- configuring --------------------------------------------------------------------
    def set_vertical(self, vertical: bool) -> None:
        """A rail beside a vertical timeline, or a strip under a horizontal one."""
        if vertical != self._vertical:
            self._vertical = vertical
            self.set_metrics(self._metrics)

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        if self._vertical:
            self.setMinimumHeight(0)
            self.setMaximumHeight(16_777_215)
            self.setFixedWidth(metrics.px(150))
        else:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16_777_215)
            self.setFixedHeight(metrics.px(150))
        self._remeasure()

    def restyle(self) -> None:
        """The theme's colours (a visitor chose high contrast, or the reset undid it)."""
        self._invalidate()

    def retranslate(self) -> None:
        self._invalidate()  # the year labels take the language's face

    def _measure(self) -> Geometry:
        m, vertical = self._metrics, self._vertical
        length, across = (self.height(), self.width()) if vertical else (self.width(), self.height())
        scale = Scale.for_years(self._years, length, m.px(28))
        axis = max(m.px(64), m.type(64)) if vertical else across - max(m.px(40), m.type(40))
        pitch = m.px(25)
        room = across - axis if vertical else axis
        rows = max(1, int((room - m.px(10)) / pitch - 0.8) + 1)
        return Geometry(scale, vertical, float(axis), float(pitch), rows, float(across))

    def _remeasure(self) -> None:
        geometry = self._measure()
        if geometry != self._geometry:
            rows_changed = geometry.rows != self._geometry.rows
            self._geometry = geometry
            if rows_changed:
                self._on_filter(self._state.filter, None)
            self._invalidate()

    def _invalidate(self) -> None:
        self._layer = self._tint = None
        self.update()

    # --- following the state ------------------------------------------------------------
    def _on_filter(self, current, _old) -> None:
        shown = current.years_and_ids(self._content) if current.selected else None
        marks = self._stacks.marks(shown, self._geometry.rows)
        if marks != self._marks:
            self._marks = marks
            self._invalidate()

    def _on_span(self, span, _old) -> None:
        """Follow the timeline: repaint where the region was and is, as one rectangle. On
        a flick that is the region and a sliver. Only the two edges' slivers would be fewer
        pixels, but Qt's raster engine clips a paint to two rectangles at many times the
        cost of the pixels between (measured at 1080p: 0.4 ms a frame)."""
        if span is None:
            return  # home: the timeline reports where that is as soon as it is there
        before = self._region_rect()
        self._span = tuple(span)
        after = self._region_rect()
        if before is None or after is None:
            bound = before or after
        else:
            bound = before.united(after)
        if bound is not None:
            pad = self._metrics.px(4)  # the edge lines' half width, and antialiasing
            self.update(bound.adjusted(-pad, -pad, pad, pad).toAlignedRect())

    def _region_rect(self) -> QRectF | None:
        span = self.shown_span()
        return None if span is None else self._geometry.band(*span)

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        """The layer, the region's translucent fill and its two edges, in the one rectangle
        that changed. The fill is a small tile blended over it (a lit copy of the whole
        layer would hold 1.1 MB more)."""
        g, dpr = self._geometry, self.devicePixelRatioF()
        if self._layer is None:
            self._layer = overview_layer.draw_layer(g, self._marks, self._shapes, self._colours,
                                                    self._metrics, self._state.language, dpr, self._stamps)
        painter = QPainter(self)  # clipped by Qt to the part that changed
        rect = event.rect()
        painter.drawPixmap(QRectF(rect), self._layer, QRectF(rect.x() * dpr, rect.y() * dpr,
                                                             rect.width() * dpr, rect.height() * dpr))
        region = self._region_rect()
        if region is not None:
            inside = region.toRect().intersected(rect)
            if not inside.isEmpty():
                if self._tint is None:
                    self._tint = overview_layer.make_tint(REGION_FILL, dpr)
                overview_layer.tint(painter, QRectF(inside), self._tint)
            # Its edges as rectangles, where a 3 px pen's square caps would reach
            half = self._metrics.px(3) / 2
            edges = (QRectF(region.left(), region.top(), region.width(), 0),
                     QRectF(region.left(), region.bottom(), region.width(), 0)) if g.vertical \
                else (QRectF(region.left(), region.top(), 0, region.height()),
                      QRectF(region.right(), region.top(), 0, region.height()))
            for edge in edges:
                edge.adjust(-half, -half, half, half)
                painter.fillRect(edge, theme.TEXT)
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._remeasure()

    # --- touch (arriving as the mouse events Qt makes of one finger) ---------------------
    def _along(self, event: QMouseEvent) -> float:
        return event.position().y() if self._vertical else event.position().x()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A finger on the region takes hold of it; anywhere else, it may become a tap."""
        self._press_at = self._along(event)
        self._dragging = False
        span, scale = self.shown_span(), self._geometry.scale
        self._drag_offset = None
        if span is not None:
            slop = self._metrics.px(12)
            if scale.at(span[0]) - slop <= self._press_at <= scale.at(span[1]) + slop:
                self._drag_offset = (span[0] + span[1]) / 2 - scale.year(self._press_at)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A quick second tap arrives as a double click: treat it as the tap it is."""
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        along = self._along(event)
        if abs(along - self._press_at) > self._metrics.px(12):
            self._dragging = True
        if self._dragging and self._drag_offset is not None:
            self.year_requested.emit(self._geometry.scale.year(along) + self._drag_offset)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A tap anywhere on the strip (not a drag) centres that year."""
        if not self._dragging:
            self.year_requested.emit(self._geometry.scale.year(self._along(event)))
        self._dragging = False
        self._drag_offset = None
        event.accept()
