"""The voice of read-aloud: Qt's QTextToSpeech for a synthetic voice, QSoundEffect for a
recorded narration, both in a thread of their own.

Nothing here loads before the first frame: the window builds the Speaker after it, and the
Speaker's thread imports QtTextToSpeech and asks the engine for its voices. Starting the
engine can take a second (speech-dispatcher starts its server on first use), and it never
holds the UI thread. A voice that is missing, or an engine that fails, leaves the kiosk as it
was: the speaker buttons simply do not appear for that language, and the log says why.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QObject, QThread, QUrl, Signal, Slot

from ..content.reading import chosen_voice, voice_locale

log = logging.getLogger(__name__)

# QtMultimedia looks for PipeWire and reports its absence as a warning on every machine
# without it; the kiosk's own log says what it found instead.
_QUIET = "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.symbolsresolver.info=false"


class _Voice(QObject):
    """Lives in the speech thread: every call arrives as a queued signal."""

    loaded = Signal(dict, str)  # {language: locale} with a voice, the engine's name
    state_changed = Signal(str)  # "speaking", "ready" or "error"
    said = Signal(str, str)  # the text and the locale the engine was given

    def __init__(self, engine: str, languages: tuple[str, ...], wishes: dict[str, str]) -> None:
        super().__init__()
        self._engine, self._languages, self._wishes = engine, languages, wishes
        self._tts = None
        self._effect = None
        self._locales: dict[str, str] = {}
        self._voices: dict[str, object] = {}  # QVoice per language, where one was asked for
        self._fallback: tuple[str, str] | None = None  # said if a recording cannot play

    @Slot()
    def start(self) -> None:
        QLoggingCategory.setFilterRules(_QUIET)
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            log.warning("read-aloud: QtTextToSpeech is not installed (PySide6-Addons)")
            self.loaded.emit({}, "")
            return
        engines = QTextToSpeech.availableEngines()
        if self._engine and self._engine not in engines:
            log.warning("read-aloud: no speech engine %r here (have: %s)", self._engine,
                        ", ".join(engines) or "none")
            self.loaded.emit({}, self._engine)
            return
        self._tts = QTextToSpeech(self._engine, self) if self._engine else QTextToSpeech(self)
        if self._tts.state() == QTextToSpeech.State.Error:
            log.warning("read-aloud: the %s engine failed: %s", self._tts.engine(), self._tts.errorString())
            self.loaded.emit({}, self._tts.engine())
            return
        self._choose_voices()
        self._tts.stateChanged.connect(self._on_tts_state)
        log.info("read-aloud: %s engine, voices for %s", self._tts.engine(),
                 ", ".join(f"{k} ({v})" for k, v in self._locales.items()) or "no language")
        self.loaded.emit(dict(self._locales), self._tts.engine())

    def _choose_voices(self) -> None:
        """Per language: the engine's locale for it, and the voice the operator asked for."""
        from PySide6.QtCore import QLocale

        available = [locale.name() for locale in self._tts.availableLocales()]
        for lang in self._languages:
            name = voice_locale(available, lang)
            if name is None:
                continue
            self._tts.setLocale(QLocale(name))
            voices = {voice.name(): voice for voice in self._tts.availableVoices()}
            chosen = chosen_voice(voices, self._wishes.get(lang))
            if chosen is None:
                log.warning("read-aloud: none of the voices %r for %s is installed; %s has no "
                            "voice", self._wishes.get(lang), name, lang)
                continue
            self._locales[lang] = name + (f", {chosen}" if chosen else "")
            if chosen:
                self._voices[lang] = voices[chosen]

    @Slot(str, str)
    def say(self, text: str, lang: str) -> None:
        self._stop_recording()
        if self._tts is None or lang not in self._locales:
            return
        from PySide6.QtCore import QLocale

        self._tts.stop()
        self._tts.setLocale(QLocale(self._locales[lang].split(",")[0]))
        if lang in self._voices:
            self._tts.setVoice(self._voices[lang])
        self._tts.say(text)
        self.said.emit(text, self._tts.locale().name())

    @Slot(str, str, str)
    def play(self, path: str, text: str, lang: str) -> None:
        """A recorded narration; if it cannot be played, the voice reads `text` instead."""
        from PySide6.QtMultimedia import QSoundEffect

        if self._tts is not None:
            self._tts.stop()
        if self._effect is None:
            self._effect = QSoundEffect(self)
            self._effect.playingChanged.connect(self._on_playing)
            self._effect.statusChanged.connect(self._on_effect_status)
        self._fallback = (text, lang)
        self._effect.setSource(QUrl.fromLocalFile(path))
        self._effect.play()
        self.said.emit(path, lang)

    @Slot()
    def stop(self) -> None:
        self._stop_recording()
        if self._tts is not None:
            self._tts.stop()

    @Slot()
    def close(self) -> None:
        """Before the thread ends: the engine and the sound go with it."""
        self.stop()
        for part in (self._tts, self._effect):
            if part is not None:
                part.deleteLater()
        self._tts = self._effect = None

    def _stop_recording(self) -> None:
        self._fallback = None
        if self._effect is not None and self._effect.isPlaying():
            self._effect.stop()

    def _on_tts_state(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Error:
            log.warning("read-aloud: %s", self._tts.errorString())
        self.state_changed.emit({QTextToSpeech.State.Speaking: "speaking",
                                 QTextToSpeech.State.Synthesizing: "speaking",
                                 QTextToSpeech.State.Error: "error"}.get(state, "ready"))

    def _on_playing(self) -> None:
        self.state_changed.emit("speaking" if self._effect.isPlaying() else "ready")

    def _on_effect_status(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect.status() == QSoundEffect.Status.Error and self._fallback is not None:
            text, lang = self._fallback
            log.warning("read-aloud: the narration %s could not be played; reading instead",
                        self._effect.source().toLocalFile())
            self.say(text, lang)


class Speaker(QObject):
    """The UI thread's side: what the kiosk asks of the voice, and what it knows of it."""

    voices_changed = Signal()  # the engine has said which languages it can speak
    speaking_changed = Signal(bool)
    said = Signal(str, str)  # what the engine was given (text or recording, and locale)
    _say = Signal(str, str)
    _play = Signal(str, str, str)
    _stop = Signal()
    _close = Signal()

    def __init__(self, engine: str, languages: tuple[str, ...], wishes: dict[str, str],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.engine = engine
        self.locales: dict[str, str] | None = None  # None until the engine has answered
        self.speaking = False  # as the buttons show it: off as soon as a stop is asked
        self.engine_state = "loading"  # as the engine last reported it
        self._thread = QThread(self)
        self._thread.setObjectName("speech")
        self._voice = _Voice(engine, languages, wishes)
        self._voice.moveToThread(self._thread)
        self._thread.started.connect(self._voice.start)
        self._voice.loaded.connect(self._on_loaded)
        self._voice.state_changed.connect(self._on_state)
        self._voice.said.connect(self.said)
        self._say.connect(self._voice.say)
        self._play.connect(self._voice.play)
        self._stop.connect(self._voice.stop)
        self._close.connect(self._voice.close)
        self._thread.start(QThread.Priority.LowPriority)

    def has_voice(self, lang: str) -> bool:
        return self.locales is not None and lang in self.locales

    def read(self, text: str, lang: str, recording: Path | None = None) -> None:
        if recording is not None:
            self._play.emit(str(recording), text, lang)
        elif self.has_voice(lang):
            self._say.emit(text, lang)

    def stop(self) -> None:
        if self.speaking:
            self._set_speaking(False)  # at once: the button shows it as the touch lands
        self._stop.emit()

    def shutdown(self) -> None:
        """The thread ends before the window does (a test, the kiosk's exit)."""
        if not self._thread.isRunning():
            return
        self._close.emit()
        self._thread.quit()
        if not self._thread.wait(5000):  # an engine stuck in its start (a dead server)
            log.warning("read-aloud: the speech engine did not stop in 5 s; ending its thread")
            self._thread.terminate()
            self._thread.wait(1000)
        self._voice.deleteLater()

    def _on_loaded(self, locales: dict, engine: str) -> None:
        self.locales = dict(locales)
        self.engine_state = "ready" if locales else "none"
        self.engine = engine
        self.voices_changed.emit()

    def _on_state(self, state: str) -> None:
        self.engine_state = state
        self._set_speaking(state == "speaking")

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self.speaking:
            self.speaking = speaking
            self.speaking_changed.emit(speaking)
