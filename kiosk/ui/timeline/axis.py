"""The time axis: year ticks, decade labels and the break marks of compressed gaps.

It runs along x on a landscape timeline and down y on a portrait one; the `Track` turns
(along, across) into scene points, so one painting serves both.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...content.scale import Layout
from ...content.track import Track
from ...content.zoom import CARDS, STORY
from .. import fonts, theme
from ..i18n import translate


REACH = 200  # how far from its tick or break a label reaches, in px at 1080p


class _Break(NamedTuple):
    start: float  # pixels along the axis
    end: float
    zigzag: QPainterPath
    label: tuple[QRectF, int, str] | None  # where, aligned how, and the text


class _Plan(NamedTuple):
    """What the axis draws, worked out once per layout, language and theme: a flick
    paints it in a sliver a frame, and its Python was most of each."""
    colour: QColor  # the theme's axis colour the pens were made with
    segments: tuple[tuple[float, float], ...]  # the line, broken at each compressed gap
    line: QPen
    ticks: dict[bool, tuple[QPen, int]]  # decade or not: its pen and half length
    dashed: QPen
    breaks: tuple[_Break, ...]
    label_font: QFont


class AxisItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self._layout: Layout | None = None
        self._unit = 1.0
        self._track = Track(False, 0.0, 0.0, 0.0)
        self._metrics = theme.Metrics(1920, 1080)
        self._lang = "en"
        self._level = CARDS
        self._bounds = QRectF()
        self._plan: _Plan | None = None
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
        band = metrics.px(360) if track.vertical else metrics.px(140)
        self._bounds = QRectF(self._at(0, track.axis - band),
                              self._at(layout.width * unit, track.axis + band)).normalized()
        self._plan = None
        self.update()

    def _at(self, along: float, across: float) -> QPointF:
        return QPointF(*self._track.point(along, across))

    def boundingRect(self) -> QRectF:  # noqa: N802
        """Kept, not built: with no scene index Qt asks for it at every scroll step."""
        return self._bounds if self._layout is not None else QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._layout is None or not self._layout.anchors:
            return
        plan = self._plan if self._plan is not None and self._plan.colour is theme.AXIS else self._make_plan()
        u, y = self._unit, self._track.axis
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(plan.line)
        exposed = option.exposedRect
        low, high = ((exposed.top(), exposed.bottom()) if self._track.vertical
                     else (exposed.left(), exposed.right()))
        # The line between the breaks, cut to the part exposed (a flick exposes a sliver of a
        # line as long as the timeline): beyond the pen's round cap, nothing shows.
        cap = plan.line.widthF()
        for a, b in plan.segments:
            a, b = max(a, low - cap), min(b, high + cap)
            if a < b:
                painter.drawLine(self._at(a, y), self._at(b, y))
        reach = self._metrics.px(REACH)
        ticks = self._layout.ticks_between((low - reach) / u, (high + reach) / u)
        for year, tx in ticks:
            pen, h = plan.ticks[year % 10 == 0]
            painter.setPen(pen)
            painter.drawLine(self._at(tx * u, y - h), self._at(tx * u, y + h))
        if self._level == STORY:
            self._paint_decades(painter, ticks)
        labelled = False
        for b in plan.breaks:
            if b.end < low - reach or b.start > high + reach:
                continue
            painter.setPen(plan.dashed)
            painter.drawPath(b.zigzag)
            if b.label is not None:
                if not labelled:
                    painter.setFont(plan.label_font)
                    labelled = True
                painter.setPen(theme.TEXT_DIM)
                painter.drawText(b.label[0], b.label[1], b.label[2])

    def _make_plan(self) -> _Plan:
        m, u = self._metrics, self._unit
        line = QPen(theme.AXIS, m.px(4))
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        dashed = QPen(theme.AXIS, m.px(3))
        dashed.setStyle(Qt.PenStyle.DashLine)
        start, end = self._layout.anchors[0] * u - m.px(40), self._layout.anchors[-1] * u + m.px(40)
        self._plan = _Plan(
            theme.AXIS, tuple(self._line_segments(start, end)), line,
            {True: (QPen(theme.AXIS, m.px(3)), m.px(14)), False: (QPen(theme.AXIS, m.px(2)), m.px(8))},
            dashed, tuple(self._break(b.start * u, b.end * u, b.years) for b in self._layout.breaks),
            fonts.font(m.small, self._lang, bold=True))
        return self._plan

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

    def _break(self, x0: float, x1: float, years: int) -> _Break:
        """A zigzag across the gap, with how many years it skips written beside it (at the
        card level): under a horizontal axis, and on a vertical one on the side no card
        stands."""
        m, y = self._metrics, self._track.axis
        amp, n = m.px(9), 4
        path = QPainterPath(self._at(x0, y))
        for i in range(1, 2 * n + 1):
            path.lineTo(self._at(x0 + (x1 - x0) * i / (2 * n), y + (amp if i % 2 else -amp)))
        path.lineTo(self._at(x1, y))
        if self._level != CARDS:
            return _Break(x0, x1, path, None)
        text = translate("kiosk", "{n} years").format(n=years)
        if self._track.vertical and self._track.columns == 1:  # in the gutter, left of the axis
            rect = QRectF(y - amp - m.px(10) - m.px(300), x0, m.px(300), x1 - x0)
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        elif self._track.vertical:  # in the band between two cards
            rect = QRectF(y + amp + m.px(10), x0, m.px(300), x1 - x0)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            rect = QRectF(x0 - m.px(30), y + amp + m.px(2), x1 - x0 + m.px(60), m.px(30))
            flags = Qt.AlignmentFlag.AlignCenter
        return _Break(x0, x1, path, (rect, int(flags), text))
