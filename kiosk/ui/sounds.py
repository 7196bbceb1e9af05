"""Sound, as in a museum of light and sound: a soft tone for a touch on a button, for a card
opening and closing, a filter changing, the language switching and the "Still there?"
countdown. The tones are made by assets/sounds/make_sounds.py and played with QSoundEffect
(no media backend), loaded just after the first frame.

Silent: while the attract tour runs and during the reset (neither is a visitor's doing),
when a visitor turns sound off in the comfort panel (for that visit), and with `sound =
false` (then nothing is loaded at all). A machine with no audio device plays nothing and
the kiosk runs on: Qt says so in the log once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl, Signal

from .. import paths
from .idle import ATTRACT, COUNTDOWN
from .voices import quiet_multimedia
from .widgets import follow

log = logging.getLogger(__name__)

NAMES = ("tap", "open", "close", "filter", "language", "countdown")


class Sounds(QObject):
    played = Signal(str)  # a sound that was asked for and allowed: for tests and the log

    def __init__(self, window, volume_percent: int) -> None:
        quiet_multimedia()
        from PySide6.QtMultimedia import QSoundEffect

        super().__init__(window)
        self._window = window
        self._state = window.state
        self._idle = window.controller.idle
        self._effects: dict[str, QSoundEffect] = {}
        for name in NAMES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(paths.assets() / "sounds" / f"{name}.wav")))
            effect.setVolume(max(0, min(100, volume_percent)) / 100)
            self._effects[name] = effect
        from PySide6.QtMultimedia import QMediaDevices

        log.info("sounds loaded: %d tones at %d %%; audio output: %s", len(self._effects),
                 volume_percent, QMediaDevices.defaultAudioOutput().description() or "none")
        follow(self, self._state, "open_milestone", self._on_open_milestone)
        follow(self, self._state, "filter", lambda *_: self.play("filter"))
        follow(self, self._state, "language", lambda *_: self.play("language"))
        window.controller.phase_changed.connect(self._on_phase_changed)
        for button in (window.prev_page, window.next_page, window.zoom_out, window.zoom_in,
                       window.comfort.button, window.read_categories):
            button.pressed.connect(lambda: self.play("tap"))
        self.watch(window.detail)

    def watch(self, detail) -> None:
        """A detail card, the first or one built for new content: its ‹ › and speaker."""
        for button in (detail.prev_button, detail.next_button, detail.speak_button):
            button.pressed.connect(lambda: self.play("tap"))

    def play(self, name: str) -> None:
        if not self._state.sound or self._state.resetting or self._idle.state == ATTRACT:
            return
        effect = self._effects[name]
        effect.stop()
        effect.play()
        self.played.emit(name)

    def _on_open_milestone(self, new, old) -> None:
        if new is not None and old is None:
            self.play("open")
        elif new is None and old is not None:
            self.play("close")

    def _on_phase_changed(self, phase: str, _old: str) -> None:
        if phase == COUNTDOWN:
            self.play("countdown")
