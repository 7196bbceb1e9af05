"""The time axis: year ticks, decade labels and the break marks of compressed gaps.

It runs along x on a landscape timeline and down y on a portrait one; the `Track` turns
(along, across) into scene points, so one painting serves both.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...content.scale import Layout
from ...content.track import Track
from ...content.zoom import CARDS, STORY
from .. import fonts, theme
from ..i18n import translate


class AxisItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self._layout: Layout | None = None
        self._unit = 1.0
        self._track = Track(False, 0.0, 0.0, 0.0)
        self._metrics = theme.Metrics(1920, 1080)
        self._lang = "en"
        self._level = CARDS
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # the frame's part

    def configure(self, layout: Layout, unit: float, track: Track, metrics: theme.Metrics,
                  lang: str, level: str = CARDS) -> None:
        """At the whole-story level each decade's tick is labelled, since no card says the
        year; a break is labelled with the years it skips only where it is wide enough, at
        the card level."""
        self.prepareGeometryChange()
        self._layout, self._unit, self._track = layout, unit, track
        self._metrics, self._lang, self._level = metrics, lang, level
        self.update()

    def _at(self, along: float, across: float) -> QPointF:
        return QPointF(*self._track.point(along, across))

    def boundingRect(self) -> QRectF:  # noqa: N802
        if self._layout is None:
            return QRectF()
        band = self._metrics.px(360) if self._track.vertical else self._metrics.px(140)
        axis = self._track.axis
        return QRectF(self._at(0, axis - band), self._at(self._layout.width * self._unit, axis + band)).normalized()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._layout is None or not self._layout.anchors:
            return
        m, u, y = self._metrics, self._unit, self._track.axis
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QPen(theme.AXIS, m.px(4))
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(line)
        exposed = option.exposedRect
        low, high = ((exposed.top(), exposed.bottom()) if self._track.vertical
                     else (exposed.left(), exposed.right()))
        # The line between the breaks, cut to the part exposed (a flick exposes a sliver of a
        # line as long as the timeline): beyond the pen's round cap, nothing shows.
        cap = m.px(4)
        start, end = self._layout.anchors[0] * u - m.px(40), self._layout.anchors[-1] * u + m.px(40)
        for a, b in self._line_segments(start, end):
            a, b = max(a, low - cap), min(b, high + cap)
            if a < b:
                painter.drawLine(self._at(a, y), self._at(b, y))
        reach = m.px(200)  # a label reaches this far from its tick
        ticks = self._layout.ticks_between((low - reach) / u, (high + reach) / u)
        pens = {True: QPen(theme.AXIS, m.px(3)), False: QPen(theme.AXIS, m.px(2))}
        for year, tx in ticks:
            decade = year % 10 == 0
            h = m.px(14 if decade else 8)
            painter.setPen(pens[decade])
            painter.drawLine(self._at(tx * u, y - h), self._at(tx * u, y + h))
        if self._level == STORY:
            self._paint_decades(painter, ticks)
        for b in self._layout.breaks:
            if b.end * u < low - reach or b.start * u > high + reach:
                continue
            self._paint_break(painter, b.start * u, b.end * u, b.years, self._level == CARDS)

    def _line_segments(self, start: float, end: float) -> list[tuple[float, float]]:
        """The axis line from `start` to `end` (pixels), broken at each compressed gap."""
        u, segments, x = self._unit, [], start
        for a, b in sorted((b.start * u, b.end * u) for b in self._layout.breaks):
            segments.append((x, a))
            x = b
        segments.append((x, end))
        return segments

    def _paint_decades(self, painter: QPainter, ticks) -> None:
        """Under a horizontal axis, clear of the groups' labels; left of a vertical one."""
        m, y, u = self._metrics, self._track.axis, self._unit
        painter.setPen(theme.TEXT_DIM)
        painter.setFont(fonts.font(m.type(24), self._lang, bold=True))
        width, height = m.px(100), m.px(32)
        for year, tx in ticks:
            if year % 10:
                continue
            if self._track.vertical:
                rect = QRectF(y - m.px(48) - width, tx * u - height / 2, width, height)  # clear of marks
                flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:
                rect = QRectF(tx * u - width / 2, y + m.px(100), width, height)
                flags = Qt.AlignmentFlag.AlignCenter
            painter.drawText(rect, int(flags), str(year))

    def _paint_break(self, painter: QPainter, x0: float, x1: float, years: int, label: bool) -> None:
        """A zigzag across the gap, with how many years it skips written beside it: under a
        horizontal axis, and on a vertical one on the side no card stands."""
        m, y = self._metrics, self._track.axis
        amp, n = m.px(9), 4
        path = QPainterPath(self._at(x0, y))
        for i in range(1, 2 * n + 1):
            path.lineTo(self._at(x0 + (x1 - x0) * i / (2 * n), y + (amp if i % 2 else -amp)))
        path.lineTo(self._at(x1, y))
        pen = QPen(theme.AXIS, m.px(3))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPath(path)
        if not label:
            return
        painter.setPen(theme.TEXT_DIM)
        painter.setFont(fonts.font(m.small, self._lang, bold=True))
        label = translate("kiosk", "{n} years").format(n=years)
        if self._track.vertical and self._track.columns == 1:  # in the gutter, left of the axis
            rect = QRectF(y - amp - m.px(10) - m.px(300), x0, m.px(300), x1 - x0)
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        elif self._track.vertical:  # in the band between two cards
            rect = QRectF(y + amp + m.px(10), x0, m.px(300), x1 - x0)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            rect = QRectF(x0 - m.px(30), y + amp + m.px(2), x1 - x0 + m.px(60), m.px(30))
            flags = Qt.AlignmentFlag.AlignCenter
        painter.drawText(rect, int(flags), label)
