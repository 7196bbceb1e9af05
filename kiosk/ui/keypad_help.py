"""The keypad's Help key (F1 or ?): how to use the keys, on a dimmed screen, in the
visitor's language. Any key or touch closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from . import accessible, fonts
from .i18n import translate
from .widgets import Overlay, plain_label


def key_map() -> list[tuple[str, str]]:
    """Each key and what it does, in the installed language."""
    return [
        (translate("kiosk", "← →"), translate("kiosk", "Move along a row; in a story, the previous or next one")),
        (translate("kiosk", "↑ ↓"), translate("kiosk", "Move to the row above or below")),
        (translate("kiosk", "Enter"), translate("kiosk", "Choose what the yellow ring shows")),
        (translate("kiosk", "Back"), translate("kiosk", "Close the story, or go back to the top")),
        (translate("kiosk", "+ −"), translate("kiosk", "Zoom in and out")),
        (translate("kiosk", "Help"), translate("kiosk", "Show these keys")),
    ]


class KeypadHelp(Overlay):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "keypadHelp")
        self._window = window
        self.heading = plain_label(self.panel)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._grid = QGridLayout(self.panel)
        self._grid.addWidget(self.heading, 0, 0, 1, 2)
        self._rows: list[tuple] = []

    def open_for(self, lang: str) -> None:
        m = self._window.metrics
        self._metrics = m
        self.panel.setStyleSheet(self.panel_style(m, 28))
        self._grid.setContentsMargins(m.px(64), m.px(48), m.px(64), m.px(48))
        self._grid.setHorizontalSpacing(m.px(40))
        self._grid.setVerticalSpacing(m.px(16))
        self.heading.setFont(fonts.font(m.type(44), lang, bold=True))
        self.heading.setText(translate("kiosk", "Using the keypad"))
        for i, (key, meaning) in enumerate(key_map()):
            if i >= len(self._rows):
                row = (plain_label(self.panel, wrap=False), plain_label(self.panel))
                self._grid.addWidget(row[0], i + 1, 0)
                self._grid.addWidget(row[1], i + 1, 1)
                self._rows.append(row)
            label, text = self._rows[i]
            label.setFont(fonts.font(m.title, lang, bold=True))
            label.setText(key)
            text.setFont(fonts.font(m.body, lang))
            text.setText(meaning)
        self.panel.setAccessibleName(self.heading.text())
        self.open()
        accessible.announce_widget(self.panel)

    def place_panel(self) -> None:
        m = getattr(self, "_metrics", None)
        if m is not None:
            self.panel.setFixedWidth(max(200, min(self.width() - m.px(96), m.px(1100))))
        super().place_panel()

    def dismiss(self) -> None:
        self.hide()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.hide()
        event.accept()

