"""The time axis: year ticks, decade labels and the break marks of compressed gaps."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..content.scale import Layout
from . import fonts, theme
from .i18n import translate



class AxisItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self._layout: Layout | None = None
        self._unit = 1.0
        self._axis_y = 0.0
        self._metrics = theme.Metrics(1920, 1080)
        self._lang = "en"
        self.setZValue(-1)

    def configure(self, layout: Layout, unit: float, axis_y: float, metrics: theme.Metrics,
                  lang: str) -> None:
        self.prepareGeometryChange()
        self._layout, self._unit, self._axis_y = layout, unit, axis_y
        self._metrics, self._lang = metrics, lang
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        if self._layout is None:
            return QRectF()
        band = self._metrics.px(60)
        return QRectF(0, self._axis_y - band, self._layout.width * self._unit, 2 * band)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._layout is None or not self._layout.anchors:
            return
        m, u, y = self._metrics, self._unit, self._axis_y
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QPen(theme.AXIS, m.px(4))
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(line)
        start, end = self._layout.anchors[0] * u, self._layout.anchors[-1] * u
        cuts = sorted((b.start * u, b.end * u) for b in self._layout.breaks)
        x = start - m.px(40)
        for a, b in cuts:
            painter.drawLine(QPointF(x, y), QPointF(a, y))
            x = b
        painter.drawLine(QPointF(x, y), QPointF(end + m.px(40), y))
        label_font = fonts.font(m.small, self._lang, bold=True)
        painter.setFont(label_font)
        for year, tx in self._layout.year_ticks:
            decade = year % 10 == 0
            h = m.px(14 if decade else 8)
            painter.setPen(QPen(theme.AXIS, m.px(3 if decade else 2)))
            painter.drawLine(QPointF(tx * u, y - h), QPointF(tx * u, y + h))
        for b in self._layout.breaks:
            self._paint_break(painter, b.start * u, b.end * u, b.years)

    def _paint_break(self, painter: QPainter, x0: float, x1: float, years: int) -> None:
        """A zigzag across the gap, with how many years it skips written under it."""
        m, y = self._metrics, self._axis_y
        amp, n = m.px(9), 4
        path = QPainterPath(QPointF(x0, y))
        for i in range(1, 2 * n + 1):
            path.lineTo(QPointF(x0 + (x1 - x0) * i / (2 * n), y + (amp if i % 2 else -amp)))
        path.lineTo(QPointF(x1, y))
        pen = QPen(theme.AXIS, m.px(3))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.setPen(theme.TEXT_DIM)
        painter.setFont(fonts.font(m.small, self._lang, bold=True))
        rect = QRectF(x0 - m.px(30), y + amp + m.px(2), x1 - x0 + m.px(60), m.px(30))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), translate("kiosk", "{n} years").format(n=years))
