"""UI strings through Qt's translation system.

English is the source language. The Japanese catalogue is `assets/i18n/kiosk_ja.ts`
(committed; refresh it with pyside6-lupdate, see the README), compiled to `.qm` by Qt's
lrelease: `kiosk build-translations` writes it next to the `.ts` (the bundle build does
this), and a checkout without it compiles it once into the cache folder at start.
Every call site uses `translate("kiosk", "…")`, the form lupdate extracts.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from .. import paths

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "EN", "ja": "日本語"}  # each in its own language: never translated


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


def qm_file(lang: str) -> Path | None:
    """The compiled catalogue for `lang`: the shipped one if it is up to date, else one
    compiled from the `.ts` into the cache folder (once per version of the `.ts`)."""
    ts = ts_file(lang)
    shipped = ts.with_suffix(".qm")
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = paths.cache_dir() / f"kiosk_{lang}-{digest}.qm"
    if not cached.is_file():
        try:
            compile_catalogue(ts, cached)
        except Exception as exc:  # noqa: BLE001 - no translations must never stop the kiosk
            log.error("could not compile %s: %s", ts, exc)
            return None
    return cached


class Translator(QObject):
    """Installs the catalogue of the current language on the application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: QTranslator | None = None
        self.language = SOURCE_LANGUAGE

    def set_language(self, lang: str) -> None:
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)
            self._installed.deleteLater()
            self._installed = None
        self.language = lang
        if lang == SOURCE_LANGUAGE:
            return
        qm = qm_file(lang)
        translator = QTranslator(self)
        if qm is not None and translator.load(str(qm)):
            QCoreApplication.installTranslator(translator)
            self._installed = translator
        else:
            translator.deleteLater()
            log.error("no %s translations found (%s): the interface stays in English", lang, qm)
