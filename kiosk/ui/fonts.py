"""Bundled fonts, registered at start so the kiosk looks the same on every machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from .. import paths

log = logging.getLogger(__name__)

LATIN = "Noto Sans"
JAPANESE = "Noto Sans CJK JP"
EMOJI = "Noto Color Emoji"
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
              "NotoSansCJKjp-Regular.otf", "NotoSansCJKjp-Bold.otf", "NotoColorEmoji.ttf")


def register_fonts() -> list[str]:
    """Load every bundled font; returns the files that failed (logged, never fatal)."""
    failed = []
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(paths.assets() / "fonts" / name)) < 0:
            failed.append(name)
            log.error("font %s could not be loaded; text may fall back to a system font", name)
    return failed


def font(pixel_size: int, lang: str = "en", bold: bool = False) -> QFont:
    """Japanese text takes the Japanese face first, so its Latin letters and punctuation
    match the kana; English takes Noto Sans, falling back to the Japanese face. Emoji come
    last, from their own face."""
    f = QFont()
    f.setFamilies([JAPANESE, LATIN, EMOJI] if lang == "ja" else [LATIN, JAPANESE, EMOJI])
    f.setPixelSize(max(1, pixel_size))
    f.setBold(bold)
    return f
