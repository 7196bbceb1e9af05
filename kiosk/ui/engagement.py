"""Reports what visitors do on screen to the engagement log. Only visitor actions count:
the idle reset's own changes (filters cleared, language restored, card closed) come after
the session has ended, and nothing is counted while an operator screen is open. Built
just after the first frame, like the other idle-time pieces."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..analytics.sessions import IDLE, OPERATOR, SHUTDOWN, EngagementLog
from .idle import ACTIVE, ATTRACT, COUNTDOWN

if TYPE_CHECKING:
    from .main_window import MainWindow


class EngagementWatcher(QObject):
    def __init__(self, window: MainWindow, log: EngagementLog) -> None:
        super().__init__(window)
        self.log = log
        self._window = window
        self._idle_since: float | None = None
        window.idle.activity.connect(self._on_activity)
        window.language_changed.connect(self._on_language_changed)
        window.operator.gesture.triggered.connect(self._on_operator)
        self.connect_views()

    def connect_views(self) -> None:
        """The chips and the detail card are rebuilt when content is replaced."""
        window = self._window
        window.chips.chosen.connect(self._on_chip_chosen)
        window.detail.shown_milestone.connect(self._on_card_shown)
        window.detail.closed.connect(self._on_card_closed)

    def shutdown(self) -> None:
        self.log.end_session(SHUTDOWN)

    def _counting(self) -> bool:
        return self.log.session is not None and not self._window.operator.is_open()

    def _on_activity(self) -> None:
        if not self._window.operator.is_open():
            self.log.touched(self._window.language)

    def on_idle_state(self, state: str, old: str) -> None:
        """Called by the window before it acts on the change (a reset is not a visitor's)."""
        if state == COUNTDOWN:
            self._idle_since = self.log.now()
        elif state == ATTRACT:
            self.log.end_session(IDLE, idle_since=self._idle_since)
            self.log.tour_started()
        elif state == ACTIVE:
            self._idle_since = None
            if old == ATTRACT:
                self.log.tour_interrupted()

    def _on_operator(self) -> None:
        self.log.end_session(OPERATOR)

    def _on_chip_chosen(self, subject: str, on: bool) -> None:
        if self._counting():
            self.log.filter_used(subject, on)

    def _on_card_shown(self, milestone_id: str) -> None:
        if self._counting():
            self.log.card_shown(milestone_id)

    def _on_card_closed(self) -> None:
        self.log.card_closed()

    def _on_language_changed(self, language: str) -> None:
        if self._counting():  # the reset's own change comes after the session has ended
            self.log.language_chosen(language)
