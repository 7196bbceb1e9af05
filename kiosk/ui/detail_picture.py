"""The detail card's picture: the milestone's illustration or photograph, large, with its
credit and caption under it, and its alt text as what a screen reader says for it.

The picture is decoded on a coming turn of the event loop (kiosk.ui.decoding), at the size
it is shown; the category's mark on a tile of its colour stands in until it arrives, or for
good if it cannot be read. The credit is always shown with a photograph: a museum that has
the rights to show it owes the credit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..content.model import Milestone
from ..content.phrases import for_display
from ..content.timeline import Content
from . import fonts, theme
from .decoding import decode_later
from .pictures import category_art
from .widgets import plain_label

class DetailPicture(QWidget):
    SIZE = 300  # the picture's box at 1080p, in design pixels

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("detailPicture")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.image = plain_label(self, wrap=False)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = plain_label(self)
        self.credit = plain_label(self)
        self.credit.setObjectName("credit")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image)
        layout.addWidget(self.caption)
        layout.addWidget(self.credit)
        layout.addStretch(1)
        self._shown: tuple[str, int] | None = None  # the milestone and size the image holds

    def show_for(self, content: Content, ms: Milestone, lang: str, m: theme.Metrics) -> None:
        """Show `ms`'s picture and words in `lang`, at the screen's size."""
        box = m.px(self.SIZE)
        self.setFixedWidth(box)
        text = ms.text(lang)
        for label, value, size in ((self.caption, text.image_caption, m.small),
                                   (self.credit, text.image_credit, m.type(16))):
            label.setFont(fonts.font(size, lang))
            label.setText(for_display(value or "", lang))
            label.setVisible(bool(value))
        self.image.setAccessibleName(text.image_alt or content.category(ms.category).label(lang))
        self.image.setAccessibleDescription(text.image_credit or "")
        if self._shown == (ms.id, box):
            return
        self._shown = (ms.id, box)
        self.image.setPixmap(category_art(content, ms, box))
        if ms.image:  # decoded on a coming turn; the category's mark stands in meanwhile
            decode_later(self, content.root, ms.image, box,
                         lambda image, shown=(ms.id, box): self._on_picture(shown, image))

    def _on_picture(self, shown: tuple[str, int], image) -> None:
        if image is not None and shown == self._shown:
            self.image.setPixmap(QPixmap.fromImage(image))
