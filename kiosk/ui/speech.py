"""The voice of read-aloud: Qt's QTextToSpeech for a synthetic voice, QSoundEffect for a
recorded narration.

Nothing here loads before the first frame: the window builds the Speaker after it. Starting
an engine takes more than a second (speech-dispatcher lists a hundred voices), and a server
that died can make it hang: so the engine lives in a thread of its own, and the UI thread
only posts calls to it. No Python runs in that thread. Python code there would hold the
interpreter lock while Qt waits on its own locks, and the UI thread, disconnecting a
signal, waits for that same interpreter lock: both would stop for good. So every call
crosses as a queued Qt call (`QMetaObject.invokeMethod`), which that thread's event loop
runs in C++, and every answer comes back as a queued signal. A missing voice, or an engine
that fails, leaves the kiosk as it was: the speaker buttons do not appear for that
language, and the log says why.
"""

from __future__ import annotations

import atexit
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import (Q_ARG, QLocale, QLoggingCategory, QMetaObject, QObject, Qt, QThread,
                            QTimer, QUrl, Signal)

from ..content.reading import chosen_voice, voice_locale

log = logging.getLogger(__name__)

# QtMultimedia looks for PipeWire and reports its absence as a warning on every machine
# without it; the kiosk's own log says what it found instead.
_QUIET = "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.symbolsresolver.info=false"
# The platform's own engine when none is configured, best first; "mock" only when asked.
_PLATFORM_ENGINES = ("winrt", "sapi", "darwin", "speechd", "flite")
_QUEUED = Qt.ConnectionType.QueuedConnection
# Speech threads still running, and their engines. A QThread destroyed while it runs aborts
# the process, so the thread has no parent: it is kept here until it has ended, however its
# window went (closed, deleted unclosed, or left to the interpreter's exit).
_RUNNING: dict[QThread, object] = {}


def _end(thread: QThread, tts) -> None:
    """Stop the engine and end its thread; a stuck engine's thread is ended after 5 s."""
    if not shiboken6.isValid(thread):
        return  # ended already, and collected
    if thread.isRunning():
        QMetaObject.invokeMethod(tts, "stop", _QUEUED)
        QMetaObject.invokeMethod(tts, "deleteLater", _QUEUED)  # in its thread, as it ends
        thread.quit()
        if not thread.wait(5000):
            log.warning("read-aloud: the speech engine did not stop in 5 s; ending its thread")
            thread.terminate()
            thread.wait(1000)
    _RUNNING.pop(thread, None)


@atexit.register
def _end_all() -> None:
    for thread, tts in list(_RUNNING.items()):
        _end(thread, tts)


class Speaker(QObject):
    """What the kiosk asks of the voice, and what it knows of it."""

    voices_changed = Signal()  # the engine has said which languages it can speak
    speaking_changed = Signal(bool)
    said = Signal(str, str)  # what the engine was given (text or recording) and its locale

    def __init__(self, engine: str, languages: tuple[str, ...], wishes: dict[str, str],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.engine = engine
        self.locales: dict[str, str] | None = None  # None until the engine has answered
        self.speaking = False  # as the buttons show it: off as soon as a stop is asked
        self.engine_state = "loading"  # as the engine last reported it
        self._languages, self._wishes = languages, wishes
        self._voices: dict[str, object] = {}  # the QVoice asked for, per language
        self._tts = None
        self._effect = None  # QSoundEffect, made for the first narration
        self._fallback: tuple[str, str] | None = None  # read if a recording cannot play
        self._thread = QThread()
        self._thread.setObjectName("speech")
        QTimer.singleShot(0, self, self._load)

    # --- what the kiosk asks --------------------------------------------------------------
    def has_voice(self, lang: str) -> bool:
        return self.locales is not None and lang in self.locales

    def read(self, text: str, lang: str, recording: Path | None = None) -> None:
        if recording is not None:
            self._play(recording, text, lang)
        elif self.has_voice(lang):
            self._say(text, lang)

    def stop(self) -> None:
        self._fallback = None
        if self.speaking:
            self._set_speaking(False)  # at once: the button shows it as the touch lands
        if self._effect is not None and self._effect.isPlaying():
            self._effect.stop()
        if self._tts is not None:
            QMetaObject.invokeMethod(self._tts, "stop", _QUEUED)

    def shutdown(self) -> None:
        """The thread ends before the window does (a test, the kiosk's exit)."""
        if self._effect is not None:
            self._effect.stop()
        if self._tts is not None:
            _end(self._thread, self._tts)
        self._tts = None

    # --- the engine -----------------------------------------------------------------------
    def _load(self) -> None:
        # An engine-less QTextToSpeech is made here, cheaply, and the engine is loaded in
        # the speech thread; Qt calls the engine-less one "not supported", which is meant.
        QLoggingCategory.setFilterRules(_QUIET + "\ndefault.critical=false")
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._tts = QTextToSpeech("-")
        except ImportError as exc:
            log.warning("read-aloud is off: QtTextToSpeech cannot be loaded (%s)", exc)
            self._loaded({})
            return
        finally:
            QLoggingCategory.setFilterRules(_QUIET)
        engines = QTextToSpeech.availableEngines()
        name = self.engine or next((e for e in _PLATFORM_ENGINES if e in engines), "")
        if name not in engines:
            log.warning("read-aloud is off: no speech engine %r here (have: %s)", name or "at all",
                        ", ".join(engines) or "none")
            self.engine = name
            self._loaded({})
            return
        self.engine = name
        self._tts.engineChanged.connect(self._on_engine)
        self._tts.stateChanged.connect(self._on_tts_state)
        self._tts.moveToThread(self._thread)
        _RUNNING[self._thread] = self._tts
        thread, tts = self._thread, self._tts
        self.destroyed.connect(lambda *_: _end(thread, tts))  # a window deleted unclosed
        self._thread.start(QThread.Priority.LowPriority)
        QMetaObject.invokeMethod(self._tts, "setEngine", _QUEUED, Q_ARG(str, name))

    def _on_engine(self, _name: str) -> None:
        """The engine has started in its thread (which now waits for calls): its voices."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self._tts
        if tts.state() == QTextToSpeech.State.Error:
            log.warning("read-aloud: the %s engine failed: %s", self.engine, tts.errorString())
            self._loaded({})
            return
        available = [locale.name() for locale in tts.availableLocales()]
        locales = {}
        for lang in self._languages:
            name = voice_locale(available, lang)
            if name is None:
                continue
            tts.setLocale(QLocale(name))
            voices = {voice.name(): voice for voice in tts.availableVoices()}
            chosen = chosen_voice(voices, self._wishes.get(lang))
            if chosen is None:
                log.warning("read-aloud: none of the voices %r for %s is installed; %s has no "
                            "voice", self._wishes.get(lang), name, lang)
                continue
            locales[lang] = name + (f", {chosen}" if chosen else "")
            if chosen:
                self._voices[lang] = voices[chosen]
        log.info("read-aloud: %s engine, voices for %s", self.engine,
                 ", ".join(f"{k} ({v})" for k, v in locales.items()) or "no language")
        self._loaded(locales)

    def _loaded(self, locales: dict[str, str]) -> None:
        self.locales = locales
        self.engine_state = "ready" if locales else "none"
        self.voices_changed.emit()

    def _say(self, text: str, lang: str) -> None:
        from PySide6.QtTextToSpeech import QVoice

        self._stop_recording()
        locale = self.locales[lang].split(",")[0]
        QMetaObject.invokeMethod(self._tts, "stop", _QUEUED)
        QMetaObject.invokeMethod(self._tts, "setLocale", _QUEUED, Q_ARG(QLocale, QLocale(locale)))
        if lang in self._voices:
            QMetaObject.invokeMethod(self._tts, "setVoice", _QUEUED, Q_ARG(QVoice, self._voices[lang]))
        QMetaObject.invokeMethod(self._tts, "say", _QUEUED, Q_ARG(str, text))
        self.said.emit(text, locale)

    def _play(self, path: Path, text: str, lang: str) -> None:
        """A recorded narration; if it cannot be played, the voice reads `text` instead."""
        from PySide6.QtMultimedia import QSoundEffect

        if self._tts is not None:
            QMetaObject.invokeMethod(self._tts, "stop", _QUEUED)
        if self._effect is None:
            self._effect = QSoundEffect(self)
            self._effect.playingChanged.connect(self._on_playing)
            self._effect.statusChanged.connect(self._on_effect_status)
        self._fallback = (text, lang)
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effect.play()
        self.said.emit(str(path), lang)

    def _stop_recording(self) -> None:
        self._fallback = None
        if self._effect is not None and self._effect.isPlaying():
            self._effect.stop()

    # --- what the engine and the recording report -----------------------------------------
    def _on_tts_state(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Error and self._tts is not None:
            log.warning("read-aloud: %s", self._tts.errorString())
        self._on_state({QTextToSpeech.State.Speaking: "speaking",
                        QTextToSpeech.State.Synthesizing: "speaking",
                        QTextToSpeech.State.Error: "error"}.get(state, "ready"))

    def _on_playing(self) -> None:
        self._on_state("speaking" if self._effect.isPlaying() else "ready")

    def _on_effect_status(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect.status() == QSoundEffect.Status.Error and self._fallback is not None:
            text, lang = self._fallback
            log.warning("read-aloud: the narration %s could not be played; reading instead",
                        self._effect.source().toLocalFile())
            if self.has_voice(lang):
                self._say(text, lang)

    def _on_state(self, state: str) -> None:
        self.engine_state = state
        self._set_speaking(state == "speaking")

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self.speaking:
            self.speaking = speaking
            self.speaking_changed.emit(speaking)
