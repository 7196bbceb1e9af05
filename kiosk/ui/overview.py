"""The overview strip (pyqtgraph): all of 1946-2020 on a true linear scale.

Every milestone is a mark in its category's colour and shape, stacked where a year has
several, so density shows. The shaded region is what the timeline shows; dragging it or
tapping the strip moves the timeline. Axis tick labels are drawn with drawText (plain);
we never use setLabel or LabelItem, which would interpret markup.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from ..content.filtering import Filter
from ..content.timeline import Content
from . import fonts, theme

# One shape per category, in chip order, so colour is never the only cue.
SYMBOLS = ("o", "s", "t", "d", "h", "star", "p", "t1", "x", "+")
FIRST, LAST = 1946, 2020


class OverviewStrip(pg.PlotWidget):
    year_requested = Signal(float)  # centre the timeline on this year

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        before = set(QApplication.topLevelWidgets())
        super().__init__(parent, background=theme.BACKGROUND)
        # pyqtgraph builds its option menus as parentless windows; adopt them so they are
        # freed with the strip instead of living for the life of the process.
        for orphan in set(QApplication.topLevelWidgets()) - before - {self}:
            if orphan.parent() is None:
                orphan.setParent(self, orphan.windowFlags())
        self.setObjectName("overview")
        self._content = content
        self._metrics = theme.Metrics(1920, 1080)
        self._dragging = False
        self._press_x = 0.0
        first = min(FIRST, content.first_year)
        last = max(LAST, content.last_year)
        self._span = (first - 1, last + 1)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.hideAxis("left")
        plot.setMouseEnabled(x=False, y=False)
        plot.vb.setDefaultPadding(0)
        plot.setXRange(*self._span, padding=0)
        plot.setYRange(-0.8, 3.2, padding=0)
        axis = plot.getAxis("bottom")
        axis.setTickSpacing(10, 5)
        axis.setPen(pg.mkPen(theme.AXIS))
        axis.setTextPen(pg.mkPen(theme.TEXT_DIM))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._symbol_of = {c.id: SYMBOLS[i % len(SYMBOLS)] for i, c in enumerate(content.categories)}
        self._stack: dict[str, int] = {}
        per_year: dict[int, int] = {}
        for ms in content.milestones:
            self._stack[ms.id] = per_year.get(ms.start.year, 0)
            per_year[ms.start.year] = self._stack[ms.id] + 1
        self.marks = pg.ScatterPlotItem(pxMode=True)
        plot.addItem(self.marks)
        self.region = pg.LinearRegionItem(values=(first, first + 10), movable=True,
                                          bounds=self._span, swapMode="block")
        for line in self.region.lines:
            line.setMovable(False)  # its width is the timeline's view; only the body moves
        self.region.setZValue(10)
        self.region.sigRegionChanged.connect(self._on_region_dragged)
        plot.addItem(self.region)
        self.set_filter(Filter())

    def configure(self, metrics: theme.Metrics, lang: str) -> None:
        self._metrics = metrics
        axis = self.getPlotItem().getAxis("bottom")
        tick_font: QFont = fonts.font(metrics.small, lang, bold=True)
        axis.setStyle(tickFont=tick_font, tickLength=-metrics.px(8), tickTextOffset=metrics.px(6))
        axis.setHeight(metrics.px(40))
        self.setFixedHeight(metrics.px(150))
        self.region.setBrush(pg.mkBrush(255, 255, 255, 46))
        self.region.setHoverBrush(pg.mkBrush(255, 255, 255, 46))  # no hover state on touch
        for line in self.region.lines:
            line.setPen(pg.mkPen(theme.TEXT, width=metrics.px(3)))
        self._paint_marks()

    def set_filter(self, current: Filter) -> None:
        self._filter = current
        self._paint_marks()

    def _paint_marks(self) -> None:
        shown = {m.id for m in self._filter.visible(self._content)}
        size = self._metrics.px(20)
        spots = []
        for ms in self._content.milestones:
            colour = QColor(self._content.category(ms.category).colour)
            if ms.id not in shown:
                colour = QColor(theme.AXIS)
                colour.setAlpha(90)
            spots.append({
                "pos": (ms.start.year, self._stack[ms.id]),
                "symbol": self._symbol_of[ms.category],
                "size": size if ms.id in shown else size * 0.6,
                "brush": pg.mkBrush(colour),
                "pen": pg.mkPen(theme.BACKGROUND, width=1.5),
                "data": ms.id,
            })
        self.marks.setData(spots)

    def show_years(self, start: float, end: float) -> None:
        """Follow the timeline; never echoes back as a request."""
        self.region.blockSignals(True)
        self.region.setRegion((start, end))
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

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if abs(event.position().x() - self._press_x) > self._metrics.px(12):
            self._dragging = True
        super().mouseMoveEvent(event)

    def region_years(self) -> tuple[float, float]:
        low, high = self.region.getRegion()
        return float(low), float(high)
