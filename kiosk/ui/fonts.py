"""Bundled fonts, registered at start so the kiosk looks the same on every machine."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QFontMetricsF

from .. import paths

log = logging.getLogger(__name__)

LATIN = "Noto Sans"
JAPANESE = "Noto Sans CJK JP"
EMOJI = "Noto Color Emoji"
TEXT_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
                   "NotoSansCJKjp-Regular.otf", "NotoSansCJKjp-Bold.otf")
EMOJI_FILE = "NotoColorEmoji.ttf"
FONT_FILES = (*TEXT_FONT_FILES, EMOJI_FILE)
_families = [LATIN, JAPANESE]  # EMOJI joins once its face is loaded


def register_fonts(emoji: bool = False) -> list[str]:
    """Load the bundled text faces (and the emoji face if asked); returns the files that
    failed (logged, never fatal)."""
    failed = [name for name in TEXT_FONT_FILES if not _register(name)]
    if emoji:
        failed += ensure_emoji({"\U0001F600"})
    return failed


def ensure_emoji(chars: set[str]) -> list[str]:
    """The emoji face is 11 MB and costs start-up time and memory: it is loaded only when
    the content has characters the text faces cannot draw."""
    if EMOJI in _families:
        return []
    faces = []
    for family in (LATIN, JAPANESE):
        face = QFont(family)
        face.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        faces.append(QFontMetrics(face))
    if all(any(m.inFontUcs4(ord(c)) for m in faces) for c in chars):
        return []
    if not _register(EMOJI_FILE):
        return [EMOJI_FILE]
    _families.append(EMOJI)
    measured.cache_clear()  # their families change
    log.info("emoji face loaded: the content has characters the text faces lack")
    return []


def _register(name: str) -> bool:
    if QFontDatabase.addApplicationFont(str(paths.assets() / "fonts" / name)) >= 0:
        return True
    log.error("font %s could not be loaded; text may fall back to a system font", name)
    return False


def font(pixel_size: int, lang: str = "en", bold: bool = False) -> QFont:
    """Japanese text takes the Japanese face first, so its Latin letters and punctuation
    match the kana; English takes Noto Sans, falling back to the Japanese face. Emoji come
    last, from their own face."""
    f = QFont()
    first = [JAPANESE, LATIN] if lang == "ja" else [LATIN, JAPANESE]
    f.setFamilies(first + _families[2:])
    f.setPixelSize(max(1, pixel_size))
    f.setBold(bold)
    return f


@lru_cache(maxsize=128)
def measured(pixel_size: int, lang: str = "en", bold: bool = False) -> tuple[QFont, QFontMetricsF]:
    """`font` and its metrics, made once, for text that is only measured and drawn with
    them, never changed (a card's texts: made anew for each card, a portrait timeline's
    5,000 cards, all measured at start, made 15,000 fonts and as many metrics)."""
    face = font(pixel_size, lang, bold)
    return face, QFontMetricsF(face)
