"""The visitor's language switch: "EN | 日本語", both names always shown, each in its own
language; the current one is filled. One tap anywhere on it switches."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

from . import fonts, theme
from .buttons import pill_painter
from .i18n import LANGUAGE_NAMES

ORDER = ("en", "ja")


class LanguageToggle(QAbstractButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageToggle")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._lang = "en"
        self._metrics = theme.Metrics(1920, 1080)
        self.setText(" | ".join(LANGUAGE_NAMES[lang] for lang in ORDER))

    @property
    def language(self) -> str:
        return self._lang

    def other(self) -> str:
        return ORDER[(ORDER.index(self._lang) + 1) % len(ORDER)]

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.update()

    def configure(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self.setFixedSize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._metrics.px(260), self._metrics.px(72))

    def paintEvent(self, event) -> None:  # noqa: N802
        m = self._metrics
        painter, rect, radius = pill_painter(self, m.px(2))
        painter.setPen(QPen(theme.TEXT, m.px(3)))
        painter.setBrush(theme.SURFACE_PRESSED if self.isDown() else theme.SURFACE)
        painter.drawRoundedRect(rect, radius, radius)
        half = rect.width() / len(ORDER)
        for i, lang in enumerate(ORDER):
            part = QRectF(rect.left() + i * half, rect.top(), half, rect.height())
            current = lang == self._lang
            if current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.TEXT)
                inset = part.adjusted(m.px(5), m.px(5), -m.px(5), -m.px(5))
                painter.drawRoundedRect(inset, inset.height() / 2, inset.height() / 2)
            painter.setPen(theme.BACKGROUND if current else theme.TEXT)
            painter.setFont(fonts.font(m.px(24), lang, bold=current))
            painter.drawText(part, int(Qt.AlignmentFlag.AlignCenter), LANGUAGE_NAMES[lang])
