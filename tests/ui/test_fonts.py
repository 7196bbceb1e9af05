"""The bundled fonts must cover every character visitors can be shown."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from kiosk import paths
from kiosk.ui.fonts import FONT_FILES, JAPANESE, LATIN
from tests.conftest import DATA

UI_TEXT_FILES = ["assets/i18n/kiosk_ja.ts", "kiosk/ui/i18n.py", "kiosk/ui/dates.py", "kiosk/ui/admin.py"]


def visible_characters() -> set[str]:
    chars: set[str] = set()
    for path in DATA.rglob("*.toml"):
        chars |= set(path.read_text(encoding="utf-8"))
    for name in UI_TEXT_FILES:
        chars |= set((DATA.parent / name).read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable() and not c.isspace()}


def test_bundled_fonts_cover_all_content_in_both_languages(qapp):
    families = set()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.assets() / "fonts" / name))
        assert font_id >= 0, name
        families |= set(QFontDatabase.applicationFontFamilies(font_id))
    assert {LATIN, JAPANESE} <= families
    for bold in (False, True):
        metrics = []
        for family in (LATIN, JAPANESE):
            font = QFont(family)
            font.setBold(bold)
            font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # this face only
            metrics.append(QFontMetrics(font))
        missing = sorted(c for c in visible_characters()
                         if not any(m.inFontUcs4(ord(c)) for m in metrics))
        assert not missing, f"bold={bold}: no glyph for {''.join(missing)!r}"
