"""The bundled fonts must cover every character visitors can be shown."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from kiosk import paths
from kiosk.content.glyphs import load_coverage
from kiosk.ui.fonts import EMOJI, FONT_FILES, JAPANESE, LATIN
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
    assert {LATIN, JAPANESE, EMOJI} <= families
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


def faces(bold: bool) -> list[QFontMetrics]:
    out = []
    for family in (LATIN, JAPANESE, EMOJI):
        font = QFont(family)
        font.setBold(bold)
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        out.append(QFontMetrics(font))
    return out


def test_the_coverage_list_validation_uses_matches_the_fonts(qapp):
    """coverage.txt is what `kiosk validate` trusts: every character in it is drawn by a
    bundled face in both weights, and characters outside it are not."""
    coverage = load_coverage(paths.assets())
    listed = list(coverage.codepoints())
    assert len(listed) > 9000 and 0x1F600 in coverage and 0x3042 in coverage
    for bold in (False, True):
        metrics = faces(bold)
        undrawn = [hex(c) for c in listed if c > 0x20 and chr(c).isprintable()
                   and not any(m.inFontUcs4(c) for m in metrics)]
        assert not undrawn, f"bold={bold}: listed but not drawn: {undrawn[:10]}"
    for code in (0x2713, 0xAC00, 0x0915, 0x0627):  # check mark, Hangul, Devanagari, Arabic
        assert code not in coverage
        assert not any(m.inFontUcs4(code) for m in faces(False))
