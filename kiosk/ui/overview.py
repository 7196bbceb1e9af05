"""The overview strip (pyqtgraph): all of 1946-2020 on a true linear scale.

Every milestone is a mark in its category's colour and shape, stacked where a year has
several, so density shows. The shaded region is what the timeline shows; dragging it or
tapping the strip moves the timeline. Beside a vertical timeline it is a rail, with time
running down it as it runs down the timeline. Axis tick labels are drawn with drawText (plain);
we never use setLabel or LabelItem, which would interpret markup.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent
from PySide6.QtWidgets import QGraphicsItem, QWidget

from ..content.filtering import matches
from ..content.timeline import Content
from ..visit.state import VisitorState
from . import fonts, theme
from .plots import KioskPlot
from .widgets import Retranslates, follow

# One shape per category, in chip order, so colour is never the only cue.
SYMBOLS = ("o", "s", "t", "d", "h", "star", "p", "t1", "x", "+")
FIRST, LAST = 1946, 2020


class OverviewStrip(Retranslates, KioskPlot):
    year_requested = Signal(float)  # centre the timeline on this year

    def __init__(self, content: Content, state: VisitorState, parent: QWidget | None = None) -> None:
        super().__init__(parent, theme.BACKGROUND)
        self.setObjectName("overview")
        self._content = content
        self._state = state
        self._metrics = theme.Metrics(1920, 1080)
        self._dragging = False
        self._press_at = 0.0
        self._vertical = False
        first = min(FIRST, content.first_year)
        last = max(LAST, content.last_year)
        self._span = (first - 1, last + 1)
        plot = self.getPlotItem()
        for name in ("left", "bottom"):
            plot.getAxis(name).setTickSpacing(10, 5)
        self.restyle()

        # One scatter item per category and state, each with a fixed style: a filter toggle
        # then only hands over coordinate arrays, even for thousands of milestones.
        per_year: dict[int, int] = {}
        stack = []
        for ms in content.milestones:
            stack.append(per_year.get(ms.start.year, 0))
            per_year[ms.start.year] = stack[-1] + 1
        self._x = np.array([m.start.year for m in content.milestones], dtype=float)
        self._y = np.array(stack, dtype=float)
        self._ids = np.array([m.id for m in content.milestones], dtype=object)
        category = np.array([m.category for m in content.milestones], dtype=object)
        self._of_category = {c.id: category == c.id for c in content.categories}  # each colour's marks
        # Which milestones each chip finds (its category, or a tag): a toggle ORs arrays.
        self._finds = {c.id: np.array([matches(m, frozenset({c.id})) for m in content.milestones],
                                      dtype=bool) for c in content.categories}
        self._given: dict[tuple[str, bool], np.ndarray] = {}
        self._items: dict[tuple[str, bool], pg.ScatterPlotItem] = {}
        # Brushes and pen are made once: pyqtgraph's symbol atlas keeps a rendering for every
        # new brush object it is given, so making them per configure() grew it without end.
        dim = QColor(theme.AXIS)
        dim.setAlpha(110)
        outline = pg.mkPen(theme.BACKGROUND, width=1.5)
        for i, cat in enumerate(content.categories):
            for shown in (False, True):
                brush = pg.mkBrush(QColor(cat.colour) if shown else dim)
                item = pg.ScatterPlotItem(pxMode=True, symbol=SYMBOLS[i % len(SYMBOLS)],
                                          brush=brush, pen=outline)
                item.setZValue(2 if shown else 1)
                # Kept as a picture: the region sliding over the marks as the timeline moves
                # then repaints from it, not by drawing thousands of symbols again.
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                plot.addItem(item)
                self._items[(cat.id, shown)] = item
        self.region: pg.LinearRegionItem | None = None
        self._orient()
        self.set_metrics(self._metrics)
        follow(self, state, "filter", self._on_filter)
        follow(self, state, "span", self._on_span)
        self._on_filter(state.filter, None)
        self._on_span(state.span, None)

    def set_vertical(self, vertical: bool) -> None:
        """A rail beside a vertical timeline, or a strip under a horizontal one."""
        if vertical != self._vertical:
            self._vertical = vertical
            self._orient()
            self.set_metrics(self._metrics)
            self._on_filter(self._state.filter, None, force=True)
            self._on_span(self._state.span, None)

    def _orient(self) -> None:
        """Years along x (a strip) or down y (a rail, earliest at the top); the region that
        shows the timeline's view is built for that direction."""
        plot, years, stack = self.getPlotItem(), self._span, (-0.8, 3.2)
        plot.showAxis("left" if self._vertical else "bottom")
        plot.hideAxis("bottom" if self._vertical else "left")
        plot.invertY(self._vertical)
        plot.setXRange(*(stack if self._vertical else years), padding=0)
        plot.setYRange(*(years if self._vertical else stack), padding=0)
        old = self.region
        values = old.getRegion() if old is not None else (years[0] + 1, years[0] + 11)
        if old is not None:
            plot.removeItem(old)
            old.deleteLater()
        self.region = pg.LinearRegionItem(values=values, movable=True, bounds=years, swapMode="block",
                                          orientation="horizontal" if self._vertical else "vertical")
        for line in self.region.lines:
            line.setMovable(False)  # its width is the timeline's view; only the body moves
        self.region.setZValue(10)
        self.region.sigRegionChanged.connect(self._on_region_dragged)
        plot.addItem(self.region)

    def restyle(self) -> None:
        """The theme's colours (a visitor chose high contrast, or the reset undid it)."""
        self.setBackground(theme.BACKGROUND)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(theme.AXIS))
            axis.setTextPen(pg.mkPen(theme.TEXT_DIM))

    def _year_axis(self):
        return self.getPlotItem().getAxis("left" if self._vertical else "bottom")

    def retranslate(self) -> None:
        self._set_tick_font()

    def _set_tick_font(self) -> None:
        m, axis = self._metrics, self._year_axis()
        tick_font: QFont = fonts.font(m.small, self._state.language, bold=True)
        axis.setStyle(tickFont=tick_font, tickLength=-m.px(8), tickTextOffset=m.px(6))

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self._set_tick_font()
        axis = self._year_axis()
        if self._vertical:
            axis.setWidth(max(metrics.px(64), metrics.type(64)))
            self.setMinimumHeight(0)
            self.setMaximumHeight(16_777_215)
            self.setFixedWidth(metrics.px(150))
        else:
            axis.setHeight(max(metrics.px(40), metrics.type(40)))
            self.setMinimumWidth(0)
            self.setMaximumWidth(16_777_215)
            self.setFixedHeight(metrics.px(150))
        self.region.setBrush(pg.mkBrush(255, 255, 255, 46))
        self.region.setHoverBrush(pg.mkBrush(255, 255, 255, 46))  # no hover state on touch
        for line in self.region.lines:
            line.setPen(pg.mkPen(theme.TEXT, width=metrics.px(3)))
        for (cat_id, shown), item in self._items.items():
            size = metrics.px(20) if shown else metrics.px(12)
            if item.opts["size"] != size:  # a new size renders new symbols; the same one must not
                item.setSize(size)

    def _on_filter(self, current, _old, force: bool = False) -> None:
        """Only the marks whose state changed are handed over again."""
        mask = np.zeros(len(self._x), dtype=bool) if current.selected else np.ones(len(self._x), dtype=bool)
        for cat_id in current.selected:
            mask |= self._finds.get(cat_id, False)
        for (cat_id, shown), item in self._items.items():
            sel = self._of_category[cat_id] & (mask if shown else ~mask)
            before = self._given.get((cat_id, shown))
            if not force and before is not None and np.array_equal(before, sel):
                continue
            self._given[(cat_id, shown)] = sel
            along, across = self._x[sel], self._y[sel]
            x, y = (across, along) if self._vertical else (along, across)
            item.setData(x=x, y=y, data=self._ids[sel])

    def _on_span(self, span, _old) -> None:
        """Follow the timeline; never echoes back as a request."""
        if span is None:
            return  # home: the timeline reports where that is as soon as it is there
        self.region.blockSignals(True)
        self.region.setRegion(span)
        self.region.blockSignals(False)

    def _on_region_dragged(self) -> None:
        low, high = self.region.getRegion()
        self.year_requested.emit((low + high) / 2)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A tap anywhere on the strip (not a drag of the region) centres that year."""
        dragged = self._dragging
        super().mouseReleaseEvent(event)
        if not dragged:
            point = self.getPlotItem().vb.mapSceneToView(QPointF(self.mapToScene(event.position().toPoint())))
            year = point.y() if self._vertical else point.x()
            self.year_requested.emit(max(self._span[0], min(self._span[1], year)))
        self._dragging = False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press_at = self._along(event)
        self._dragging = False
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A quick second tap arrives as a double click: treat it as the tap it is."""
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if abs(self._along(event) - self._press_at) > self._metrics.px(12):
            self._dragging = True
        super().mouseMoveEvent(event)

    def _along(self, event: QMouseEvent) -> float:
        return event.position().y() if self._vertical else event.position().x()
