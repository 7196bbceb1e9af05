"""UI strings through Qt's translation system.

English is the source language. The Japanese catalogue is `assets/i18n/kiosk_ja.ts`
(committed; refresh it with pyside6-lupdate, see the README), compiled to `.qm` by Qt's
lrelease: `kiosk build-translations` writes it next to the `.ts` (the bundle build does
this). A checkout without it compiles it once into the cache folder: before the window
when the kiosk starts in that language, else in a worker just after the first frame.
Every call site uses `translate("kiosk", "…")`, the form lupdate extracts.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator

from .. import digest, paths
from ..visit.state import VisitorState

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)


def ts_file(lang: str) -> Path:
    return paths.assets() / "i18n" / f"kiosk_{lang}.ts"


def lrelease() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Run Qt's lrelease; the result is written atomically."""
    import subprocess
    import tempfile

    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=qm.parent, suffix=".qm")
    os.close(fd)
    try:
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", tmp], check=True,
                       capture_output=True, timeout=60)
        os.replace(tmp, qm)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _cached_qm(lang: str) -> Path | None:
    ts = ts_file(lang)
    if not ts.is_file():
        return None
    name = digest.new(ts.read_bytes()).hexdigest()[:16]
    return paths.cache_dir() / f"kiosk_{lang}-{name}.qm"


def ready_qm(lang: str) -> Path | None:
    """The compiled catalogue for `lang` if one is ready: the shipped one when it is up to
    date, else one compiled earlier into the cache folder. Never compiles."""
    ts = ts_file(lang)
    shipped = ts.with_suffix(".qm")
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    cached = _cached_qm(lang)
    return cached if cached is not None and cached.is_file() else None


def qm_file(lang: str) -> Path | None:
    """The compiled catalogue for `lang`, compiling it into the cache folder if needed
    (once per version of the `.ts`). Slow: at start-up or in a worker, never mid-visit."""
    ready = ready_qm(lang)
    if ready is not None or lang == SOURCE_LANGUAGE:
        return ready
    cached = _cached_qm(lang)
    if cached is None:
        return None
    compile_catalogue(ts_file(lang), cached)
    return cached


class Translator(QObject):
    """Installs the catalogue of `state.language` on the application. Installing or
    removing one makes Qt send every widget a LanguageChange event, and each widget
    retranslates itself, reading the language from the state."""

    def __init__(self, state: VisitorState, languages: tuple[str, ...],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._languages = languages
        self._installed: QTranslator | None = None
        self._compiling: set[str] = set()
        if state.language != SOURCE_LANGUAGE and ready_qm(state.language) is None:
            self._compile_now(state.language)  # the first start of a checkout: before the window
        self._apply(state.language)
        unsubscribe = state.subscribe("language", self._on_language)
        self.destroyed.connect(lambda *_: unsubscribe())

    def prepare(self) -> None:
        """Compile, off the UI thread, the catalogues a visitor may switch to."""
        from .workers import run_in_pool

        for lang in self._languages:
            if lang != SOURCE_LANGUAGE and lang not in self._compiling and ready_qm(lang) is None:
                self._compiling.add(lang)
                run_in_pool(self, qm_file, lang, on_done=lambda _qm, lang=lang: self._on_compiled(lang),
                            on_error=lambda exc, lang=lang: self._on_compile_failed(lang, exc))

    def _compile_now(self, lang: str) -> None:
        try:
            qm_file(lang)
        except Exception as exc:  # noqa: BLE001 - no translations must never stop the kiosk
            self._on_compile_failed(lang, exc)

    def _on_compiled(self, lang: str) -> None:
        self._compiling.discard(lang)
        if self._state.language == lang and self._installed is None:
            self._apply(lang)

    def _on_compile_failed(self, lang: str, exc: BaseException) -> None:
        self._compiling.discard(lang)
        log.error("could not compile the %s catalogue (%s): the interface stays in English",
                  lang, exc)

    def _on_language(self, lang: str, _old: str) -> None:
        self._apply(lang)

    def _apply(self, lang: str) -> None:
        changed = self._installed is not None
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)  # Qt posts LanguageChange
            self._installed.deleteLater()
            self._installed = None
        if lang != SOURCE_LANGUAGE:
            qm = ready_qm(lang)
            translator = QTranslator(self)
            if qm is not None and translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)  # Qt posts LanguageChange
                self._installed, changed = translator, True
            else:
                translator.deleteLater()
                if lang in self._compiling:
                    log.info("the %s catalogue is still compiling; it follows shortly", lang)
                else:
                    log.warning("no %s interface catalogue: the interface stays in English", lang)
        if not changed:  # the content's own texts still change language
            QCoreApplication.postEvent(QCoreApplication.instance(),
                                       QEvent(QEvent.Type.LanguageChange))
