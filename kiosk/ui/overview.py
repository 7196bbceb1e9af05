"""The overview strip (pyqtgraph): all of 1946-2020 on a true linear scale.

Every milestone is a mark in its category's colour and shape, stacked where a year has
several, so density shows. The shaded region is what the timeline shows; dragging it or
tapping the strip moves the timeline. Axis tick labels are drawn with drawText (plain);
we never use setLabel or LabelItem, which would interpret markup.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent
from PySide6.QtWidgets import QWidget

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
        self._press_x = 0.0
        first = min(FIRST, content.first_year)
        last = max(LAST, content.last_year)
        self._span = (first - 1, last + 1)
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.setXRange(*self._span, padding=0)
        plot.setYRange(-0.8, 3.2, padding=0)
        axis = plot.getAxis("bottom")
        axis.setTickSpacing(10, 5)
        axis.setPen(pg.mkPen(theme.AXIS))
        axis.setTextPen(pg.mkPen(theme.TEXT_DIM))

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
        self._category = np.array([m.category for m in content.milestones], dtype=object)
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
                plot.addItem(item)
                self._items[(cat.id, shown)] = item
        self.region = pg.LinearRegionItem(values=(first, first + 10), movable=True,
                                          bounds=self._span, swapMode="block")
        for line in self.region.lines:
            line.setMovable(False)  # its width is the timeline's view; only the body moves
        self.region.setZValue(10)
        self.region.sigRegionChanged.connect(self._on_region_dragged)
        plot.addItem(self.region)
        self.set_metrics(self._metrics)
        follow(self, state, "filter", self._on_filter)
        follow(self, state, "span", self._on_span)
        self._on_filter(state.filter, None)
        self._on_span(state.span, None)

    def retranslate(self) -> None:
        self._set_tick_font()

    def _set_tick_font(self) -> None:
        m, axis = self._metrics, self.getPlotItem().getAxis("bottom")
        tick_font: QFont = fonts.font(m.small, self._state.language, bold=True)
        axis.setStyle(tickFont=tick_font, tickLength=-m.px(8), tickTextOffset=m.px(6))

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self._set_tick_font()
        axis = self.getPlotItem().getAxis("bottom")
        axis.setHeight(metrics.px(40))
        self.setFixedHeight(metrics.px(150))
        self.region.setBrush(pg.mkBrush(255, 255, 255, 46))
        self.region.setHoverBrush(pg.mkBrush(255, 255, 255, 46))  # no hover state on touch
        for line in self.region.lines:
            line.setPen(pg.mkPen(theme.TEXT, width=metrics.px(3)))
        for (cat_id, shown), item in self._items.items():
            size = metrics.px(20) if shown else metrics.px(12)
            if item.opts["size"] != size:  # a new size renders new symbols; the same one must not
                item.setSize(size)

    def _on_filter(self, current, _old) -> None:
        mask = np.array([matches(m, current.selected) for m in self._content.milestones], dtype=bool)
        for (cat_id, shown), item in self._items.items():
            sel = (self._category == cat_id) & (mask if shown else ~mask)
            item.setData(x=self._x[sel], y=self._y[sel], data=self._ids[sel])

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
            year = self.getPlotItem().vb.mapSceneToView(QPointF(self.mapToScene(event.position().toPoint()))).x()
            self.year_requested.emit(max(self._span[0], min(self._span[1], year)))
        self._dragging = False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press_x = event.position().x()
        self._dragging = False
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A quick second tap arrives as a double click: treat it as the tap it is."""
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if abs(event.position().x() - self._press_x) > self._metrics.px(12):
            self._dragging = True
        super().mouseMoveEvent(event)
