"""The detail card's "Scan to read more": a QR code of the milestone's `url`, with the short
address beside it as plain text, so a visitor takes the story home on a phone.

The code is drawn from qrcode's module matrix straight onto an image, whole modules of whole
pixels with the four-module quiet zone the standard asks for, black on white in either
theme (phones read dark on light). No image file is written and nothing is fetched.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..content.links import short
from . import fonts, theme
from .i18n import translate
from .widgets import plain_label

QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)


@lru_cache(maxsize=64)
def qr_image(url: str, most_px: int) -> QImage:
    """The code at the largest whole-pixel module size that fits in `most_px`."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)  # the quiet zone is drawn here
    code.add_data(url)
    code.make(fit=True)  # the smallest version that holds it
    rows = code.get_matrix()
    modules = len(rows) + 2 * QUIET_ZONE
    module = max(2, most_px // modules)
    image = QImage(modules * module, modules * module, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRect((x + QUIET_ZONE) * module, (y + QUIET_ZONE) * module, module, module),
                                 QColor(0, 0, 0))
    painter.end()
    return image


class QrRow(QWidget):
    """The code and, under it, "Scan to read more" and the short address."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.code = QLabel(self)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.caption = plain_label(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        self.url: str | None = None

    def show_url(self, url: str | None, metrics: theme.Metrics, lang: str) -> None:
        self.url = url
        self.setVisible(url is not None)
        if url is None:
            return
        self.layout().setSpacing(metrics.px(12))
        image = qr_image(url, metrics.px(220))
        self.code.setPixmap(QPixmap.fromImage(image))
        font = fonts.font(metrics.body, lang)
        self.caption.setFont(font)
        heading = translate("kiosk", "Scan to read more")
        self.caption.setText(f"{heading}\n{short(url)}")
        lines = QFontMetrics(font)
        widest = max(lines.horizontalAdvance(line) for line in self.caption.text().split("\n"))
        self.setFixedWidth(max(image.width(), widest + metrics.px(8)))
        code = translate("kiosk", "QR code")
        self.code.setAccessibleName(f"{code}: {short(url)}")
        self.caption.setAccessibleName(f"{heading}: {short(url)}")
