"""A content picture on screen: read by the content's rules (inside the folder, within its
size bound, a PNG, JPEG or static SVG within the pixel bound), then decoded at the size it
is shown, never at the size the file claims. `load_picture` makes a QImage, on the UI
thread (kiosk.ui.decoding says why)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap

from ..content import files, images
from ..content.model import Milestone
from ..content.timeline import Content
from . import theme
from .icons import draw_badge

log = logging.getLogger(__name__)
ALLOCATION_LIMIT_MB = 64  # MAX_PIXELS at four bytes each


def load_picture(root: Path, rel: str, box: int) -> QImage | None:
    """The picture `rel` of the content folder `root`, fitted into a `box`-pixel square;
    None (and a log line) if it breaks a rule or cannot be decoded. On the UI thread only
    (kiosk.ui.decoding says why)."""
    limit = files.MAX_SVG_BYTES if rel.lower().endswith(".svg") else files.MAX_IMAGE_BYTES
    try:
        data = files.read_bytes(Path(root), rel, limit)
    except (OSError, files.Refused) as exc:
        log.warning("picture %s not shown: %s", rel, exc)
        return None
    problem = images.problem(data, Path(rel).suffix)
    if problem:
        log.warning("picture %s not shown: it %s", rel, problem)
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    size = reader.size()
    if size.isValid() and not size.isEmpty():
        reader.setScaledSize(size.scaled(QSize(box, box), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.warning("picture %s not shown: %s", rel, reader.errorString())
        return None
    return image


def category_art(content: Content, ms: Milestone, size: int) -> QPixmap:
    """The milestone's category mark on a tile of its colour: shown where it has no
    picture, or until its picture is decoded."""
    cat = content.category(ms.category)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(cat.colour).darker(160))
    painter.drawRoundedRect(pixmap.rect(), size / 8, size / 8)
    inset = size * 0.12
    draw_badge(painter, pixmap.rect().toRectF().adjusted(inset, inset, -inset, -inset),
               content.icon_svg(cat.icon), QColor(cat.colour), theme.ICON_ON_COLOUR)
    painter.end()
    return pixmap
