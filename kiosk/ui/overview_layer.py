"""What the overview strip shows that does not move with the timeline: its marks, its
axis and its year labels, painted once into a pixmap. The region that follows the
timeline is painted over it, so a flick repaints a region's width from the pixmap and
draws no mark again.

Each category has a shape as well as a colour (in chip order), so colour is never the
only cue. A shape is rendered once per size and colour into a small stamp, and the marks
are stamps; their number is bounded by the strip's rows (`strip.Stacks`). Year labels
are drawn with drawText, which never interprets markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform

from ..content.strip import Mark, Scale
from . import fonts, theme

SHAPES = ("circle", "square", "triangle", "diamond", "hexagon", "star", "pentagon", "triangle_down",
          "cross", "plus")
DIM_ALPHA = 110  # a mark the filter leaves out: the axis colour, faint


def _polygon(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def _regular(sides: int, turn: float = -math.pi / 2, radius: float = 0.5) -> list[tuple[float, float]]:
    return [(radius * math.cos(turn + 2 * math.pi * i / sides), radius * math.sin(turn + 2 * math.pi * i / sides))
            for i in range(sides)]


def shape(name: str) -> QPainterPath:
    """A category's shape, one unit across, centred on the origin."""
    if name == "circle":
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), 0.5, 0.5)
        return path
    if name == "square":
        return _polygon([(-0.42, -0.42), (0.42, -0.42), (0.42, 0.42), (-0.42, 0.42)])
    if name == "triangle":
        return _polygon([(0, -0.5), (0.5, 0.42), (-0.5, 0.42)])
    if name == "triangle_down":
        return _polygon([(0, 0.5), (0.5, -0.42), (-0.5, -0.42)])
    if name == "diamond":
        return _polygon([(0, -0.5), (0.5, 0), (0, 0.5), (-0.5, 0)])
    if name == "hexagon":
        return _polygon(_regular(6, 0.0))
    if name == "pentagon":
        return _polygon(_regular(5))
    if name == "star":
        outer, inner = _regular(5), _regular(5, -math.pi / 2 + math.pi / 5, 0.21)
        return _polygon([p for pair in zip(outer, inner) for p in pair])
    t = 0.17  # the bars of a plus, and of a cross (a plus turned by 45 degrees)
    plus = _polygon([(-t, -0.5), (t, -0.5), (t, -t), (0.5, -t), (0.5, t), (t, t), (t, 0.5), (-t, 0.5),
                     (-t, t), (-0.5, t), (-0.5, -t), (-t, -t)])
    if name == "plus":
        return plus
    return QTransform().rotate(45).map(plus)


def stamp(name: str, size: float, fill: QColor, dpr: float) -> QPixmap:
    """One mark, rendered once: drawn thereafter as a pixmap at each of its places."""
    side = math.ceil(size + 4)
    pixmap = QPixmap(round(side * dpr), round(side * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(side / 2, side / 2)
    painter.scale(size, size)
    painter.setPen(QPen(theme.BACKGROUND, 1.5 / size))
    painter.setBrush(fill)
    painter.drawPath(shape(name))
    painter.end()
    return pixmap


@dataclass(frozen=True)
class Geometry:
    """Where things stand on the strip: years along it, rows of marks away from the axis."""

    scale: Scale
    vertical: bool
    axis: float  # the axis line's position across the strip
    pitch: float  # between rows of marks
    rows: int
    across: float  # the strip's thickness

    def band(self, low: float, high: float) -> QRectF:
        """The rectangle of the strip between two years, on the marks' side of the axis."""
        a, b = self.scale.at(low), self.scale.at(high)
        if self.vertical:
            return QRectF(self.axis, a, self.across - self.axis, b - a)
        return QRectF(a, 0, b - a, self.axis)


def draw_layer(geometry: Geometry, marks: list[Mark], shapes: dict[str, str], colours: dict[str, QColor],
               metrics: theme.Metrics, lang: str, dpr: float, stamps: dict) -> QPixmap:
    """The strip without its region: background, marks, axis, ticks and year labels.
    `stamps` keeps the rendered marks across layers (by shape, size, colours and pixel
    ratio), so a filter toggle renders none again."""
    g, m = geometry, metrics
    width, height = (g.across, g.scale.length) if g.vertical else (g.scale.length, g.across)
    pixmap = QPixmap(max(1, round(width * dpr)), max(1, round(height * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(theme.BACKGROUND)
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    dim = QColor(theme.AXIS)
    dim.setAlpha(DIM_ALPHA)
    along = {year: g.scale.at(year) for year in {mark.year for mark in marks}}
    for mark in sorted(marks, key=lambda mk: mk.shown):  # shown marks over dimmed ones
        name = shapes.get(mark.category, "circle")
        size = m.px(20) if mark.shown else m.px(12)
        fill = colours.get(mark.category, theme.TEXT) if mark.shown else dim
        key = (name, size, fill.rgba(), theme.BACKGROUND.rgba(), dpr)
        if key not in stamps:
            picture = stamp(name, size, fill, dpr)
            stamps[key] = picture, picture.width() / dpr / 2
        picture, half = stamps[key]
        away = g.pitch * (0.8 + mark.row)
        x, y = (g.axis + away, along[mark.year]) if g.vertical else (along[mark.year], g.axis - away)
        painter.drawPixmap(round(x - half), round(y - half), picture)
    _draw_axis(painter, g, m, lang)
    painter.end()
    return pixmap


def _draw_axis(painter: QPainter, g: Geometry, m: theme.Metrics, lang: str) -> None:
    painter.setPen(QPen(theme.AXIS, max(1, m.px(2))))
    start, end = g.scale.at(g.scale.first), g.scale.at(g.scale.last)
    if g.vertical:
        painter.drawLine(QPointF(g.axis, start), QPointF(g.axis, end))
    else:
        painter.drawLine(QPointF(start, g.axis), QPointF(end, g.axis))
    painter.setFont(fonts.font(m.small, lang, bold=True))
    label_w, label_h = m.type(64), m.type(30)
    for year, major in g.scale.ticks():
        at = g.scale.at(year)
        tick = m.px(10) if major else m.px(6)
        painter.setPen(QPen(theme.AXIS, max(1, m.px(2))))
        if g.vertical:
            painter.drawLine(QPointF(g.axis - tick, at), QPointF(g.axis, at))
        else:
            painter.drawLine(QPointF(at, g.axis), QPointF(at, g.axis + tick))
        if not major:
            continue
        painter.setPen(theme.TEXT_DIM)
        if g.vertical:
            rect = QRectF(g.axis - m.px(14) - label_w, at - label_h / 2, label_w, label_h)
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        else:
            rect = QRectF(at - label_w / 2, g.axis + m.px(12), label_w, label_h)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(rect, int(flags), str(year))


TINT_TILE = 256  # the tint's side, in logical pixels: 256 KB at a pixel ratio of 1


def make_tint(colour: QColor, dpr: float) -> QPixmap:
    """A tile of the region's translucent colour, to draw the region's fill with.

    Qt's raster engine blends a translucent fillRect a scanline at a time, at about a
    third of a microsecond each: the strip's tall, narrow region cost 0.1 ms a frame that
    way. A translucent pixmap of the same colour is blended in one go (measured: 43 µs
    against 3 for a 26 x 114 sliver)."""
    tile = QPixmap(round(TINT_TILE * dpr), round(TINT_TILE * dpr))
    tile.setDevicePixelRatio(dpr)
    tile.fill(colour)
    return tile


def tint(painter: QPainter, rect: QRectF, tile: QPixmap) -> None:
    """Blend `tile`'s colour over `rect`, a tile at a time (each drawn unscaled)."""
    dpr, side = tile.devicePixelRatio(), TINT_TILE
    y = rect.top()
    while y < rect.bottom():
        height = min(side, rect.bottom() - y)
        x = rect.left()
        while x < rect.right():
            width = min(side, rect.right() - x)
            painter.drawPixmap(QRectF(x, y, width, height), tile, QRectF(0, 0, width * dpr, height * dpr))
            x += width
        y += height
