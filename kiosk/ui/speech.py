"""The voice of read-aloud: Qt's QTextToSpeech for a synthetic voice, QSoundEffect for a
recorded narration.

Nothing loads before the first frame, and no engine loads until a visitor asks for a
reading: which languages have a voice is asked of `kiosk voices` in a process of its own
(voices.py). The engine then starts in a thread of its own, since starting it takes more
than a second and a dead speech server can make it hang. No Python runs in that thread:
Python there would hold the interpreter lock while Qt waits on its own locks, and the UI
thread, disconnecting a signal, would wait for that same interpreter lock, and both would
stop for good. So every call crosses as a queued Qt call (`QMetaObject.invokeMethod`),
which that thread's event loop runs in C++, and every answer comes back as a queued signal.
"""

from __future__ import annotations

import atexit
import json
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import (Q_ARG, QLocale, QMetaObject, QObject, QProcess, Qt,
                            QThread, QTimer, QUrl, Signal)

from .voices import probe_command, quiet_multimedia

log = logging.getLogger(__name__)

_QUEUED = Qt.ConnectionType.QueuedConnection
PROBE_SECONDS = 30  # `kiosk voices` must answer within this, or read-aloud stays off
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

    voices_changed = Signal()  # the probe has said which languages have a voice
    speaking_changed = Signal(bool)
    said = Signal(str, str)  # what the engine was given (text or recording) and its locale

    def __init__(self, engine: str, languages: tuple[str, ...], wishes: dict[str, str],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.engine = engine
        self.voices: dict[str, tuple[str, str]] | None = None  # {lang: (locale, voice)}, once known
        self.problem = ""  # why there is no voice at all, for the admin screen
        self.speaking = False  # as the buttons show it: on as the touch lands, off at a stop
        self.engine_state = "idle"  # idle (not loaded), loading, ready, speaking or error
        self._tts = None  # QTextToSpeech, in the speech thread, from the first reading on
        self._chosen: dict[str, object] = {}  # the QVoice per language, once the engine runs
        self._pending: tuple[str, str] | None = None  # asked for while the engine started
        self._effect = None  # QSoundEffect, made for the first narration
        self._fallback: tuple[str, str] | None = None  # read if a recording cannot play
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self._probe = QProcess(self)
        self._probe.finished.connect(self._on_probe_finished)
        self._probe_timer = QTimer(self)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.timeout.connect(self._on_probe_timeout)
        program, *arguments = probe_command(engine, languages, wishes)
        self._probe.start(program, arguments)
        self._probe_timer.start(PROBE_SECONDS * 1000)

    @property
    def locales(self) -> dict[str, str] | None:
        """{lang: "ja_JP, mei"}: what the admin screen shows."""
        return None if self.voices is None else self._locales_of(self.voices)

    # --- what the kiosk asks --------------------------------------------------------------
    def has_voice(self, lang: str) -> bool:
        return self.voices is not None and lang in self.voices

    def read(self, text: str, lang: str, recording: Path | None = None) -> None:
        if recording is not None:
            self._play(recording, text, lang)
        elif self.has_voice(lang):
            self._set_speaking(True)  # the button answers now; the voice follows
            if self.engine_state in ("idle", "loading"):
                self._pending = (text, lang)
                self._start_engine()
            else:
                self._say(text, lang)

    def stop(self) -> None:
        self._fallback = self._pending = None
        if self.speaking:
            self._set_speaking(False)
        if self._effect is not None and self._effect.isPlaying():
            self._effect.stop()
        if self._tts is not None:
            QMetaObject.invokeMethod(self._tts, "stop", _QUEUED)

    def shutdown(self) -> None:
        """The probe and the thread end before the window does (a test, the kiosk's exit)."""
        self._probe_timer.stop()
        if self._probe.state() != QProcess.ProcessState.NotRunning:
            self._probe.finished.disconnect(self._on_probe_finished)  # no answer is wanted now
            self._probe.kill()
            self._probe.waitForFinished(2000)
        if self._effect is not None:
            self._effect.stop()
        if self._tts is not None:
            _end(self._thread, self._tts)
        self._tts = None

    # --- the probe ------------------------------------------------------------------------
    def _on_probe_finished(self) -> None:
        self._probe_timer.stop()
        output = bytes(self._probe.readAllStandardOutput()).decode("utf-8", "replace")
        try:
            found = json.loads(output.strip().splitlines()[-1])
            voices = {lang: (str(locale), str(voice)) for lang, (locale, voice) in found["voices"].items()}
            self.engine, self.problem = str(found["engine"]), str(found.get("problem", ""))
        except (ValueError, IndexError, KeyError, TypeError):
            error = bytes(self._probe.readAllStandardError()).decode("utf-8", "replace")[-300:]
            voices, self.problem = {}, f"the voice probe failed: {error.strip() or 'no answer'}"
        if self.problem:
            log.warning("read-aloud is off: %s", self.problem)
        log.info("read-aloud: %s engine, voices for %s", self.engine or "no",
                 ", ".join(f"{k} ({v})" for k, v in (self._locales_of(voices)).items()) or "no language")
        self.voices = voices
        self.voices_changed.emit()

    def _on_probe_timeout(self) -> None:
        self._probe.kill()  # its finished() reports it: no voices

    @staticmethod
    def _locales_of(voices: dict[str, tuple[str, str]]) -> dict[str, str]:
        return {lang: locale + (f", {voice}" if voice else "") for lang, (locale, voice) in voices.items()}

    # --- the engine -----------------------------------------------------------------------
    def _start_engine(self) -> None:
        if self.engine_state == "loading":
            return
        self.engine_state = "loading"
        # An engine-less QTextToSpeech is made here, cheaply, and the engine is loaded in
        # the speech thread; Qt calls the engine-less one "not supported", which is meant.
        quiet_multimedia("default.critical=false")
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._tts = QTextToSpeech("-")
        finally:
            quiet_multimedia()
        self._tts.engineChanged.connect(self._on_engine)
        self._tts.stateChanged.connect(self._on_tts_state)
        self._tts.moveToThread(self._thread)
        _RUNNING[self._thread] = self._tts
        thread, tts = self._thread, self._tts
        self.destroyed.connect(lambda *_: _end(thread, tts))  # a window deleted unclosed
        self._thread.start(QThread.Priority.LowPriority)
        QMetaObject.invokeMethod(self._tts, "setEngine", _QUEUED, Q_ARG(str, self.engine))

    def _on_engine(self, _name: str) -> None:
        """The engine has started in its thread (which now waits for calls)."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = self._tts
        if tts is None:
            return  # shut down while the engine started
        if tts.state() == QTextToSpeech.State.Error:
            log.warning("read-aloud: the %s engine failed: %s", self.engine, tts.errorString())
            self.voices = {}
            self._on_state("error")
            self.voices_changed.emit()
            return
        for lang, (locale, voice) in (self.voices or {}).items():
            if voice:
                tts.setLocale(QLocale(locale))
                self._chosen[lang] = next((v for v in tts.availableVoices() if v.name() == voice), None)
        self.engine_state = "ready"
        pending, self._pending = self._pending, None
        if pending is not None:
            self._say(*pending)

    def _say(self, text: str, lang: str) -> None:
        from PySide6.QtTextToSpeech import QVoice

        self._stop_recording()
        locale = self.voices[lang][0]
        QMetaObject.invokeMethod(self._tts, "stop", _QUEUED)
        QMetaObject.invokeMethod(self._tts, "setLocale", _QUEUED, Q_ARG(QLocale, QLocale(locale)))
        if self._chosen.get(lang) is not None:
            QMetaObject.invokeMethod(self._tts, "setVoice", _QUEUED, Q_ARG(QVoice, self._chosen[lang]))
        QMetaObject.invokeMethod(self._tts, "say", _QUEUED, Q_ARG(str, text))
        self.said.emit(text, locale)

    def _play(self, path: Path, text: str, lang: str) -> None:
        """A recorded narration; if it cannot be played, the voice reads `text` instead."""
        from PySide6.QtMultimedia import QSoundEffect

        if self._tts is not None:
            QMetaObject.invokeMethod(self._tts, "stop", _QUEUED)
        if self._effect is None:
            quiet_multimedia()
            self._effect = QSoundEffect(self)
            self._effect.playingChanged.connect(self._on_playing)
            self._effect.statusChanged.connect(self._on_effect_status)
        self._fallback = (text, lang)
        self._set_speaking(True)
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
        if self.engine_state == "loading":
            return  # the engine's own start; _on_engine follows
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
            self._fallback = None
            self.read(text, lang)

    def _on_state(self, state: str) -> None:
        self.engine_state = state
        if self._pending is None:
            self._set_speaking(state == "speaking")

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self.speaking:
            self.speaking = speaking
            self.speaking_changed.emit(speaking)
