"""The visitor's language switch: "EN | 日本語", every one of the content's languages
always shown, each by its own name, in the content's order; `state.language` is filled.
A tap on a name asks for that language, and a tap on the current one for the next, so
with two languages a tap anywhere switches. One language: no switch at all (the window
hides it)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

from ..content.languages import own_name as language_name
from ..visit.state import VisitorState
from . import fonts, theme
from .buttons import pill_painter
from .widgets import follow


class LanguageToggle(QAbstractButton):
    chosen = Signal(str)  # the language a tap asks for

    def __init__(self, state: VisitorState, languages: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageToggle")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._state = state
        self._languages = languages
        self._metrics = theme.Metrics(1920, 1080)
        self._pressed_x: float | None = None
        self.setText(" | ".join(language_name(lang) for lang in languages))
        follow(self, state, "language", lambda _new, _old: self.update())
        self.clicked.connect(self._on_clicked)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - a touch arrives as this too
        self._pressed_x = event.position().x()
        super().mousePressEvent(event)

    def _on_clicked(self) -> None:
        """The name under the finger; the current one (or a key press) means the next."""
        n = len(self._languages)
        current = self._languages.index(self._state.language) \
            if self._state.language in self._languages else -1
        index = current
        if self._pressed_x is not None and self.width() > 0:
            index = min(n - 1, max(0, int(self._pressed_x * n / self.width())))
        self._pressed_x = None
        if index == current:
            index = (current + 1) % n
        self.chosen.emit(self._languages[index])

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self.setFixedSize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        m = self._metrics
        per = m.px(130 if len(self._languages) <= 2 else 150)
        for lang in self._languages:  # larger text: as wide as the widest name needs
            per = max(per, QFontMetrics(fonts.font(m.type(24), lang, bold=True)).horizontalAdvance(
                language_name(lang)) + m.px(44))
        height = max(m.px(72), round(m.type(24) * 1.4) + m.px(24))
        return QSize(per * max(2, len(self._languages)), height)

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
            painter.setFont(fonts.font(m.type(24), lang, bold=current))
            painter.drawText(part, int(Qt.AlignmentFlag.AlignCenter), language_name(lang))
