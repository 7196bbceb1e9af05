"""Category icons: SVGs read by the content's one rule (content.icon_svg), rendered once per
size and colour; an icon that cannot be shown leaves an empty disc."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


@lru_cache(maxsize=256)
def icon_pixmap(svg: bytes | None, size: int, colour: str) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if svg is None:
        return QPixmap.fromImage(image)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, size, size))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    # The same pixels as fillRect, whose overloads make PySide build QGradient's 169 presets
    # on the first frame (15 million instructions, counted).
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRect(image.rect())
    painter.end()
    return QPixmap.fromImage(image)


def draw_badge(painter: QPainter, rect: QRectF, icon: bytes | None, colour: QColor, fg: QColor) -> None:
    """The category mark: the icon on a disc of the category colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(rect)
    inner = rect.adjusted(rect.width() * 0.2, rect.height() * 0.2, -rect.width() * 0.2,
                          -rect.height() * 0.2)
    painter.drawPixmap(inner.toRect(), icon_pixmap(icon, max(1, int(inner.width())), fg.name()))
    painter.restore()
