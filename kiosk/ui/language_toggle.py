"""The visitor's language switch: "EN | 日本語", both names always shown, each in its own
language; `state.language` is filled. One tap anywhere on it asks for the next one."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

from ..visit.state import VisitorState
from . import fonts, theme
from .buttons import pill_painter
from .i18n import LANGUAGE_NAMES
from .widgets import follow


class LanguageToggle(QAbstractButton):
    def __init__(self, state: VisitorState, languages: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageToggle")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._state = state
        self._languages = languages
        self._metrics = theme.Metrics(1920, 1080)
        self.setText(" | ".join(LANGUAGE_NAMES.get(lang, lang) for lang in languages))
        follow(self, state, "language", lambda _new, _old: self.update())

    def set_metrics(self, metrics: theme.Metrics) -> None:
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
        half = rect.width() / len(self._languages)
        for i, lang in enumerate(self._languages):
            part = QRectF(rect.left() + i * half, rect.top(), half, rect.height())
            current = lang == self._state.language
            if current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.TEXT)
                inset = part.adjusted(m.px(5), m.px(5), -m.px(5), -m.px(5))
                painter.drawRoundedRect(inset, inset.height() / 2, inset.height() / 2)
            painter.setPen(theme.BACKGROUND if current else theme.TEXT)
            painter.setFont(fonts.font(m.px(24), lang, bold=current))
            painter.drawText(part, int(Qt.AlignmentFlag.AlignCenter), LANGUAGE_NAMES.get(lang, lang))
