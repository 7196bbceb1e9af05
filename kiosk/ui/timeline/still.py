"""A pinch shows a still of the timeline, scaled as the fingers move, as maps and browsers
do: a pinch frame then costs one scaled copy of a picture, not every card laid out and
painted again (measured at 5,000 milestones and 1080p: 3-7 ms a frame before, about a
third of that after). The still is taken when the pinch begins, half a screen beyond each
end of the view so that a pinch out has something to show (a whole screen made each new
still a third dearer, 10 against 7 ms, for no fewer of them), and taken again, sharp, when the
zoom crosses into another level, when it is enlarged more than `MAGNIFY` times, or when
the view leaves what it holds. When the fingers lift, the timeline is laid out and
painted for real at the zoom they left. The whole-story level has no still: its marks do
not scale with the zoom, and painting them costs no more than a still would.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtWidgets import QGraphicsView

from .. import theme

SIDE = 0.5  # screens rendered beyond each end of the view: a pinch out to half the size
MAGNIFY = 2.0  # a still enlarged further than this is taken again
MAX_PIXELS = 3 * 1920 * 1080  # at most three 1080p screens' worth: a 4K still is softer


@dataclass(frozen=True)
class Still:
    """A picture of the timeline, scaled while a pinch moves."""

    image: QImage  # premultiplied ARGB: measured, the fastest to draw scaled, into either kind of screen
    unit: float  # pixels per layout unit when it was taken
    start: float  # the layout positions (units) at its two ends along the axis
    end: float
    level: str
    across: float  # the view's size across the axis, in pixels
    axis: float  # where the axis runs across the view

    def covers(self, unit: float, first: float, last: float, level: str) -> bool:
        """Whether it can show layout positions first..last at `unit` pixels a unit."""
        return (level == self.level and unit <= self.unit * MAGNIFY
                and self.start <= first and last <= self.end)

    def paint(self, painter: QPainter, view_rect: QRectF, unit: float, scroll: float,
              vertical: bool) -> None:
        """The still at `unit` pixels a unit, scrolled `scroll` pixels: positions along the
        axis and everything across it scale alike, about the axis, as the cards do."""
        k = unit / self.unit
        along, length = self.start * unit - scroll, (self.end - self.start) * unit
        low, size = self.axis * (1 - k), self.across * k
        target = QRectF(low, along, size, length) if vertical else QRectF(along, low, length, size)
        if not target.contains(view_rect):  # zoomed out past its edges: the rest is background
            inner = QRect(QPoint(math.ceil(target.left()), math.ceil(target.top())),
                          QPoint(math.floor(target.right()) - 1, math.floor(target.bottom()) - 1))
            for rect in QRegion(view_rect.toRect()).subtracted(QRegion(inner)):
                painter.fillRect(rect, theme.BACKGROUND)
        painter.drawImage(target, self.image, QRectF(self.image.rect()))


def take(view: QGraphicsView, unit: float, scroll: float, extent: float, across: float,
         axis: float, length: float, level: str, vertical: bool, reuse: QImage | None = None) -> Still:
    """Render the scene around the view (`extent` long, scrolled `scroll` along a timeline
    `length` pixels long) into a still: into `reuse`, the last still's picture, when it
    is the size needed (the scene's background covers every pixel). A new picture's pages
    are mapped afresh (memory.py gives them back at once), which cost a new still 2-4 ms."""
    first = max(0.0, scroll - SIDE * extent)
    last = min(max(length, scroll + extent), scroll + (1 + SIDE) * extent)
    span = max(last - first, 1.0)
    dpr = view.devicePixelRatioF()
    resolution = min(dpr, math.sqrt(MAX_PIXELS / (span * across)))
    w, h = (across, span) if vertical else (span, across)
    size = QSize(max(1, round(w * resolution)), max(1, round(h * resolution)))
    if reuse is not None and reuse.size() != size:
        reuse = None  # let go before another size is made (the caller keeps no reference)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied) if reuse is None else reuse
    painter = QPainter(image)  # the scene's background brush fills all of it
    painter.setRenderHints(view.renderHints())
    source = QRectF(0, first, across, span) if vertical else QRectF(first, 0, span, across)
    view.scene().render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return Still(image, unit, first / unit, last / unit, level, across, axis)
