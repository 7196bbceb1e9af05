"""The detail card's "Did you know?" box: one surprising fact about the milestone, set apart
from the story so that a visitor who reads nothing else may still read it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ..content.phrases import for_display
from . import fonts, theme
from .i18n import translate
from .widgets import plain_label


class DidYouKnow(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("didYouKnow")
        self.heading = plain_label(self, wrap=False)
        self.text = plain_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self._raw = ""
        self.hide()

    def fill(self, fact: str | None, lang: str, m: theme.Metrics) -> None:
        """Show `fact` in `lang`, or nothing where the milestone has none."""
        self._raw = fact or ""
        self.layout().setContentsMargins(m.px(20), m.px(14), m.px(20), m.px(16))
        self.layout().setSpacing(m.px(6))
        self.heading.setFont(fonts.font(m.body, lang, bold=True))
        self.heading.setText(translate("kiosk", "Did you know?"))
        self.text.setFont(fonts.font(m.type(24), lang))
        self.text.setText(for_display(self._raw, lang))
        self.text.setAccessibleName(self._raw)
        self.setAccessibleName(f"{self.heading.text()} {self._raw}")
        self.setVisible(bool(fact))

    @staticmethod
    def style(m: theme.Metrics) -> str:
        """Its part of the card's style sheet: a band of light down its side."""
        return (f"QFrame#didYouKnow {{ background: {theme.BACKGROUND.name()};"
                f" border-left: {m.px(8)}px solid {theme.FOCUS.name()}; border-radius: {m.px(10)}px; }}"
                f"QFrame#didYouKnow QLabel {{ background: transparent; border: none; }}")
