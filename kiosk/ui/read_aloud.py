"""Read-aloud for visitors who cannot read the screen: a speaker button on the detail card
reads the card in the current language, and one beside the comfort button names the
categories. With the comfort panel's "Read aloud" on, each card is read as it opens.

A card with a recorded narration for the language plays it instead of the synthetic
voice. Speech stops when the card closes or changes, the language changes, read-aloud is
switched off, or the reset comes. A language with no voice shows no speaker button.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from ..content import reading
from ..content.files import Refused, locate
from .dates import detail_date, with_partners
from .i18n import translate
from .idle import ACTIVE
from .speech import Speaker
from .widgets import follow

log = logging.getLogger(__name__)


class ReadAloud(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._state = window.state
        self._reading: str | None = None  # what is being read: a milestone id or "categories"
        engine = window.config.speech_engine
        self.speaker = None if engine == "none" else Speaker(
            engine, window.content.languages, dict(window.config.voices), self)
        self._awake = QTimer(self)  # a long story must not end the visit
        self._awake.setInterval(10_000)
        self._awake.timeout.connect(window.controller.idle.keep_awake)
        if self.speaker is not None:
            self.speaker.voices_changed.connect(self._show_buttons)
            self.speaker.speaking_changed.connect(self._on_speaking)
        window.read_categories.clicked.connect(self._on_categories_clicked)
        follow(self, self._state, "open_milestone", self._on_open_milestone)
        follow(self, self._state, "language", lambda *_: self._on_language())
        follow(self, self._state, "narration", self._on_narration)
        window.controller.phase_changed.connect(self._on_phase_changed)
        self.watch(window.detail)

    def watch(self, detail) -> None:
        """A detail card, the first or one built for new content."""
        detail.read_requested.connect(self._on_card_clicked)
        self._show_buttons()

    def available(self, lang: str | None = None) -> bool:
        return self.speaker is not None and self.speaker.has_voice(lang or self._state.language)

    def status(self) -> str:
        """For the admin screen: which languages have a voice, and which do not."""
        if self.speaker is None:
            return "off (speech_engine = none)"
        if self.speaker.locales is None:
            return "starting"
        names = self._window.content.languages
        have = [f"{lang} ({self.speaker.locales[lang]})" for lang in names if lang in self.speaker.locales]
        missing = [lang for lang in names if lang not in self.speaker.locales]
        engine = self.speaker.engine or "no engine"
        text = f"{engine}: " + (f"voices for {', '.join(have)}" if have else "no voices")
        text += f" ({self.speaker.problem})" if self.speaker.problem else ""
        return text + (f"; no voice for {', '.join(missing)}" if missing else "")

    def shutdown(self) -> None:
        if self.speaker is not None:
            self.speaker.shutdown()

    # --- what is read ---------------------------------------------------------------------
    def read_card(self) -> None:
        milestone_id, lang = self._state.open_milestone, self._state.language
        if milestone_id is None or not self.available():
            return
        content = self._window.content
        ms = content.milestone(milestone_id)
        text = ms.text(lang)
        script = reading.card_script(ms, lang, detail_date(ms, lang), content.category(ms.category).label(lang),
                                     with_partners(text.partners))
        self._start(milestone_id, script, lang, self._recording(text.narration))
        self._window.controller.note_read_aloud("narration" if text.narration else "card")

    def read_categories(self) -> None:
        lang = self._state.language
        if not self.available():
            return
        content = self._window.content
        names = [translate("kiosk", "All"), *(c.label(lang) for c in content.categories)]
        self._start("categories", reading.list_script(translate("kiosk", "Categories"), names, lang), lang)
        self._window.controller.note_read_aloud("categories")

    def _recording(self, rel: str | None):
        if rel is None:
            return None
        try:
            return locate(self._window.content.root, rel)[0]
        except (OSError, Refused) as exc:
            log.warning("read-aloud: narration %s: %s", rel, exc)
            return None

    def _start(self, what: str, script: str, lang: str, recording=None) -> None:
        self._reading = what
        self.speaker.read(script, lang, recording)
        self._window.controller.idle.keep_awake()

    def stop(self) -> None:
        self._reading = None
        if self.speaker is not None:
            self.speaker.stop()

    # --- slots ----------------------------------------------------------------------------
    def _on_card_clicked(self) -> None:
        if self.speaker is not None and self.speaker.speaking and self._reading == self._state.open_milestone:
            self.stop()
        else:
            self.read_card()

    def _on_categories_clicked(self) -> None:
        if self.speaker is not None and self.speaker.speaking and self._reading == "categories":
            self.stop()
        else:
            self.read_categories()

    def _on_open_milestone(self, milestone_id, _old) -> None:
        self.stop()
        if milestone_id is not None and self._state.narration and not self._state.resetting:
            self.read_card()

    def _on_language(self) -> None:
        self.stop()
        self._show_buttons()

    def _on_narration(self, on: bool, _old) -> None:
        if not on:
            self.stop()

    def _on_phase_changed(self, phase: str, _old: str) -> None:
        if phase != ACTIVE:
            self.stop()

    def _on_speaking(self, speaking: bool) -> None:
        if speaking:
            self._awake.start()
        else:
            self._awake.stop()
        self._window.controller.idle.keep_awake()
        self._show_buttons()

    def _show_buttons(self) -> None:
        can = self.available()
        speaking = self.speaker is not None and self.speaker.speaking
        self._window.detail.show_read_aloud(can, speaking and self._reading not in (None, "categories"))
        button = self._window.read_categories
        button.setVisible(can)
        button.set_kind("stop" if speaking and self._reading == "categories" else "speaker")
