"""The admin screen's analytics page: four charts an operator can read at arm's length.

Sessions per hour of day, session lengths, the most-opened milestones, and which filters
and languages visitors chose. Labels are axis ticks (drawn with drawText, so plain text)
and QLabels set to plain text; no pyqtgraph title or LabelItem, which would read markup.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (QBoxLayout, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout,
                               QWidget)

from ..analytics.report import Report, duration_text
from ..content.languages import english_name
from ..content.timeline import Content
from . import fonts, theme
from .admin import OperatorOverlay
from .widgets import plain_label
from .plots import KioskPlot

RANGES = (("Today", 1), ("7 days", 7), ("30 days", 30), ("1 year", 365))


class BarChart(KioskPlot):
    """Bars with their names as tick labels; horizontal for long names."""

    def __init__(self, name: str, horizontal: bool, parent: QWidget) -> None:
        super().__init__(parent, theme.SURFACE)
        self.setObjectName(name)
        self.horizontal = horizontal
        self.bars: list[tuple[str, float]] = []  # what is drawn, for the tests and the eye
        self.tick_labels: list[str] = []  # as handed to the axis, shortened to fit
        self._tick_font = fonts.font(19, "en", bold=True)
        self._label_width = 330
        self._item = pg.BarGraphItem(x=[0], height=[0], width=0.7)
        self.getPlotItem().addItem(self._item)
        if horizontal:
            self.getPlotItem().invertY(True)
        for side in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(side)
            axis.setPen(pg.mkPen(theme.AXIS))
            axis.setTextPen(pg.mkPen(theme.TEXT))

    def configure(self, metrics: theme.Metrics, width: int) -> None:
        tick = self._tick_font = fonts.font(metrics.px(19), "en", bold=True)
        self._label_width = min(metrics.px(420), int(width * 0.55)) if self.horizontal else metrics.px(60)
        for side in ("left", "bottom"):
            # Every bar keeps its label: pyqtgraph's default drops labels past 80 % fill.
            self.getPlotItem().getAxis(side).setStyle(tickFont=tick, tickTextOffset=metrics.px(8),
                                                      textFillLimits=[(0, 1.0)])
        self.getPlotItem().getAxis("left").setWidth(self._label_width)
        self.getPlotItem().getAxis("bottom").setHeight(metrics.px(44))

    def set_bars(self, bars: list[tuple[str, float]], colours: list[QColor] | None = None,
                 tick_every: int = 1) -> None:
        self.bars = list(bars)
        n = max(1, len(bars))
        values = [v for _, v in bars] or [0]
        brushes = [pg.mkBrush(c) for c in (colours or [theme.TEXT_DIM] * len(values))] or None
        positions = list(range(len(values)))
        ticks = [[(i, self._tick_text(label, v)) for i, (label, v) in enumerate(bars)
                  if i % tick_every == 0]]
        self.tick_labels = [text for _, text in ticks[0]]
        top = max(1.0, max(values) * 1.12)
        plot = self.getPlotItem()
        if self.horizontal:
            self._item.setOpts(x=None, x0=[0] * len(values), y=positions, width=values,
                               height=0.7, brushes=brushes)
            plot.getAxis("left").setTicks(ticks)
            plot.getAxis("bottom").setTicks(None)
            plot.setXRange(0, top, padding=0)
            plot.setYRange(-0.6, n - 0.4, padding=0)
        else:
            self._item.setOpts(x=positions, height=values, width=0.7, brushes=brushes)
            plot.getAxis("bottom").setTicks(ticks)
            plot.setXRange(-0.6, n - 0.4, padding=0)
            plot.setYRange(0, top, padding=0)


    def _tick_text(self, label: str, value: float) -> str:
        """A long name is shortened to fit: pyqtgraph silently drops a label that does not."""
        if not self.horizontal:
            return label
        count = f" ({value:g})"
        metrics = QFontMetrics(self._tick_font)
        room = self._label_width - metrics.horizontalAdvance(count) - metrics.averageCharWidth() * 2
        return metrics.elidedText(label, Qt.TextElideMode.ElideRight, room) + count


class AnalyticsPage(OperatorOverlay):
    range_chosen = Signal(int)  # days, ending today

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "analytics", backdrop=theme.BACKGROUND)
        self.heading = plain_label(self.panel, wrap=False)
        self.summary = plain_label(self.panel)
        self.range_buttons: dict[int, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for text, days in RANGES:
            button = self.button(text, f"analytics:{days}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, d=days: self._on_range_clicked(d))
            buttons.addWidget(button)
            self.range_buttons[days] = button
        back = self.button("Back", "analytics:back")
        back.clicked.connect(self.hide)
        buttons.addWidget(back)
        self._header = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked in portrait
        self._header.addWidget(self.heading, 1)
        self._header.addLayout(buttons)
        self.charts = {
            "hours": BarChart("chart:hours", False, self.panel),
            "lengths": BarChart("chart:lengths", False, self.panel),
            "milestones": BarChart("chart:milestones", True, self.panel),
            "choices": BarChart("chart:choices", True, self.panel),
        }
        self.titles = {name: plain_label(self.panel, wrap=False) for name in self.charts}
        for name, text in (("hours", "Sessions by hour of day"), ("lengths", "Session length"),
                           ("milestones", "Most opened milestones"),
                           ("choices", "Filters and languages chosen")):
            self.titles[name].setText(text)
        self._cells = []
        for name in self.charts:
            cell = QWidget(self.panel)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            self.titles[name].setParent(cell)
            self.charts[name].setParent(cell)
            column.addWidget(self.titles[name])
            column.addWidget(self.charts[name], 1)
            self._cells.append(cell)
        self._grid = QGridLayout()
        layout = QVBoxLayout(self.panel)
        layout.addLayout(self._header)
        layout.addWidget(self.summary)
        layout.addLayout(self._grid, 1)

    def _on_range_clicked(self, days: int) -> None:
        """The choice shows at once; the report for it is read off the UI thread."""
        for d, button in self.range_buttons.items():
            button.setChecked(d == days)
        self.range_chosen.emit(days)

    def style(self, metrics: theme.Metrics) -> None:
        super().style(metrics)
        self.panel.setStyleSheet(self.panel.styleSheet() + (
            f"QPushButton:checked {{ color: {theme.BACKGROUND.name()};"
            f" background: {theme.TEXT.name()}; }}"))
        self.heading.setFont(fonts.font(metrics.px(36), "en", bold=True))
        for label in self.titles.values():
            label.setFont(fonts.font(metrics.px(26), "en", bold=True))
        self.summary.setFont(fonts.font(metrics.px(24), "en"))
        columns = 1 if metrics.portrait else 2
        self._header.setDirection(QBoxLayout.Direction.TopToBottom if metrics.portrait
                                  else QBoxLayout.Direction.LeftToRight)
        for i, cell in enumerate(self._cells):
            self._grid.removeWidget(cell)
            self._grid.addWidget(cell, i // columns, i % columns)
        chart_width = (metrics.width - metrics.px(160)) // columns
        for chart in self.charts.values():
            chart.configure(metrics, chart_width)

    def place_panel(self) -> None:
        margin = self._metrics.px(24)
        self.panel.setGeometry(self.rect().adjusted(margin, margin, -margin, -margin))

    def show_report(self, report: Report, days: int, content: Content, note: str | None) -> None:
        for d, button in self.range_buttons.items():
            button.setChecked(d == days)
        span = str(report.first) if report.first == report.last else f"{report.first} to {report.last}"
        self.heading.setText(f"Visitor engagement, {span}")
        lines = [f"{report.sessions} sessions · median {duration_text(report.median_seconds)} · "
                 f"{report.cards_opened} cards opened · attract tour interrupted "
                 f"{report.tour_interruptions} times · {report.language_switches} language switches"
                 if report.sessions else "No sessions recorded in this period."]
        if note:
            lines.append(note)
        self.summary.setText("\n".join(lines))
        self.charts["hours"].set_bars([(f"{h:02d}", n) for h, n in enumerate(report.per_hour)],
                                      tick_every=3)
        self.charts["lengths"].set_bars(list(report.lengths))
        lang = content.operator_language
        titles = {m.id: m.text(lang).title for m in content.milestones}
        self.charts["milestones"].set_bars(
            [(titles.get(k, k), n) for k, n, _ in report.top_milestones[:8]])
        colours = {c.id: QColor(c.colour) for c in content.categories}
        names = {c.id: c.label(lang) for c in content.categories} | {"all": "All"}
        choices = [(names.get(k, k), n, colours.get(k, theme.TEXT_DIM)) for k, n in report.filters]
        choices += [(f"{english_name(k)} sessions", n, theme.AXIS)
                    for k, n in report.languages]
        self.charts["choices"].set_bars([(label, n) for label, n, _ in choices],
                                        [c for _, _, c in choices])
        if self.isVisible():
            self.open()

