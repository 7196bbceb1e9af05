"""The detail card's "See also" row: one button per related milestone, all on one line.

Buttons are made once, for the most links any milestone has, and reused: opening a card
never creates widgets. Each title is shortened to share the row; the button's accessible
name keeps the whole title, and a tap opens that card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from ..content.model import Milestone
from ..content.timeline import Content
from . import fonts, theme
from .i18n import translate
from .widgets import plain_label


class SeeAlsoRow(QWidget):
    milestone_requested = Signal(str)

    def __init__(self, content: Content, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = plain_label(self, wrap=False)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.label)
        self._row.addStretch(1)
        self.buttons: list[QPushButton] = []
        self._ids: list[str] = []
        self._content = content
        for i in range(max((len(m.see_also) for m in content.milestones), default=0)):
            self._button(i).hide()

    def fill(self, ms: Milestone, lang: str, m: theme.Metrics, panel_width: int) -> None:
        self.label.setFont(fonts.font(m.body, lang, bold=True))
        self.label.setText(translate("kiosk", "See also") if ms.see_also else "")
        self.setVisible(bool(ms.see_also))
        self._ids = list(ms.see_also)
        room = self._room(m, panel_width, len(ms.see_also))
        for i, other in enumerate(ms.see_also):
            button = self._button(i)
            title = self._content.milestone(other).text(lang).title
            button.setFont(fonts.font(m.body, lang))
            # "&" would otherwise become a keyboard mnemonic and vanish from the title.
            shown = QFontMetrics(button.font()).elidedText(title, Qt.TextElideMode.ElideRight, room)
            button.setText(shown.replace("&", "&&"))
            button.setAccessibleName(title)
            button.setObjectName(f"seeAlso:{other}")
            button.setMinimumHeight(m.touch)
            button.setMaximumWidth(room + 2 * m.px(24) + 2 * m.px(2))
        for i, button in enumerate(self.buttons):
            button.setVisible(i < len(ms.see_also))

    def _room(self, m: theme.Metrics, panel_width: int, links: int) -> int:
        """The text width each button has, so that all of them fit one row."""
        if not links:
            return 0
        label = QFontMetrics(self.label.font()).horizontalAdvance(self.label.text())
        row = panel_width - m.px(40) - m.px(32) - label - m.px(20) * links
        return max(m.px(80), row // links - 2 * m.px(24) - 2 * m.px(2))

    def _button(self, index: int) -> QPushButton:
        while len(self.buttons) <= index:
            button = QPushButton(self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            slot = len(self.buttons)
            button.clicked.connect(lambda _c=False, i=slot: self._on_clicked(i))
            self._row.insertWidget(slot + 1, button)
            self.buttons.append(button)
        return self.buttons[index]

    def _on_clicked(self, index: int) -> None:
        if index < len(self._ids):
            self.milestone_requested.emit(self._ids[index])
