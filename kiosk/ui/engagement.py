"""Reports what visitors do on screen to the engagement log. Only visitor actions count:
the idle reset's own changes (filters cleared, language restored, card closed) come after
the session has ended, and nothing is counted while an operator screen is open. Built
just after the first frame, like the other idle-time pieces; everything it watches is
handed to it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..analytics.sessions import IDLE, OPERATOR, SHUTDOWN, EngagementLog
from ..content import zoom
from .controller import Controller
from .idle import ACTIVE, ATTRACT, COUNTDOWN
from .operator import OperatorAccess
from .widgets import follow


class EngagementWatcher(QObject):
    def __init__(self, log: EngagementLog, controller: Controller, operator: OperatorAccess) -> None:
        super().__init__(controller)
        self.log = log
        self._state = controller.state
        self._operator = operator
        self._idle_since: float | None = None
        controller.idle.activity.connect(self._on_activity)
        controller.before_reset(self._on_idle_state)
        controller.category_chosen.connect(self._on_chip_chosen)
        controller.zoom_chosen.connect(self._on_zoom_chosen)
        controller.keypad_used.connect(self._on_keypad_used)
        controller.comfort_chosen.connect(self._on_comfort_chosen)
        controller.read_aloud_played.connect(self._on_read_aloud)
        operator.gesture.triggered.connect(self._on_operator)
        follow(self, self._state, "open_milestone", self._on_open_milestone)
        follow(self, self._state, "language", self._on_language_changed)

    def shutdown(self) -> None:
        self.log.end_session(SHUTDOWN)

    def _counting(self) -> bool:
        return self.log.session is not None and not self._operator.is_open()

    def _on_activity(self) -> None:
        if not self._operator.is_open():
            self.log.touched(self._state.language)

    def _on_idle_state(self, state: str, old: str) -> None:
        """Called before the controller acts on the change (a reset is not a visitor's)."""
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

    def _on_zoom_chosen(self, level: str) -> None:
        if self._counting():
            self.log.zoom_changed(level)

    def _on_comfort_chosen(self, control: str, value: str) -> None:
        if self._counting():
            self.log.comfort_used(control, value)

    def _on_read_aloud(self, what: str) -> None:
        if self._counting():
            self.log.read_aloud_played(what)

    def _on_keypad_used(self) -> None:
        if self._counting():
            self.log.keypad_used()

    def _on_open_milestone(self, milestone_id: str | None, _old) -> None:
        if milestone_id is None:
            self.log.card_closed()
        elif self._counting():
            self.log.card_shown(milestone_id)
            self.log.card_level(zoom.level(self._state.zoom))

    def _on_language_changed(self, language: str, _old) -> None:
        if self._counting():  # the reset's own change comes after the session has ended
            self.log.language_chosen(language)
