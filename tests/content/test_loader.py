"""Loading and validation, as a content editor meets it: every problem names the file,
the milestone and the field, in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content import load_content
from tests.content.pictures import png
from tests.hostile import set_image
from tests.conftest import ASSETS, DATA


def problems_for(folder: Path) -> list[str]:
    result = load_content(folder, ASSETS)
    assert result.content is None, "broken content must not load"
    return [str(p) for p in result.problems]


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / "milestones" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_bundled_content_is_valid_and_complete():
    result = load_content(DATA, ASSETS)
    assert result.ok, [str(p) for p in result.problems]
    content = result.content
    assert len(content.milestones) == 29
    assert len(content.categories) == 8
    assert content.languages == ("en", "ja")
    assert content.milestones[0].id == "ttec-founded"
    assert content.milestones[-1].id == "social-justice-fund"


def test_validate_command_reports_summary(capsys):
    assert main(["validate", str(DATA)]) == 0
    out = capsys.readouterr().out
    assert "29 milestones" in out and "8 categories" in out and "2 languages" in out


def test_validate_command_fails_on_bad_content(content_copy, capsys):
    edit(content_copy, "05-sspa-us.toml", 'category = "exchange"', 'category = "exchnage"')
    assert main(["validate", str(content_copy)]) != 0
    assert "exchnage" in capsys.readouterr().err


def test_duplicate_id(content_copy):
    edit(content_copy, "06-sony-canada-foundation.toml", 'id = "sony-canada-foundation"', 'id = "sspa-us"')
    [msg] = [p for p in problems_for(content_copy) if "already used" in p]
    assert "milestones/06-sony-canada-foundation.toml" in msg
    assert 'milestone "sspa-us"' in msg and "field id" in msg
    assert "milestones/05-sspa-us.toml" in msg


def test_unknown_category(content_copy):
    edit(content_copy, "05-sspa-us.toml", 'category = "exchange"', 'category = "exchnage"')
    [msg] = problems_for(content_copy)
    assert "milestones/05-sspa-us.toml" in msg and 'milestone "sspa-us"' in msg
    assert "field category" in msg and '"exchnage" is not a category' in msg


def test_end_before_start(content_copy):
    edit(content_copy, "05-sspa-us.toml", "year = 2000", "year = 1980")
    [msg] = problems_for(content_copy)
    assert "field end.year" in msg and "before the start" in msg and 'milestone "sspa-us"' in msg


@pytest.mark.parametrize("lang,word", [("ja", "Japanese"), ("en", "English")])
def test_missing_text_in_one_language(content_copy, lang, word):
    path = content_copy / "milestones" / "04-sony-music-foundation.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"[{lang}]")
    kept = [line for i, line in enumerate(lines) if not (i > start and line.startswith("caption = "))
            or i < start or any(lines[j].startswith("[") for j in range(start + 1, i))]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    [msg] = problems_for(content_copy)
    assert f"field {lang}.caption" in msg and f"the {word} caption is missing" in msg


def test_missing_whole_language_section(content_copy):
    path = content_copy / "milestones" / "04-sony-music-foundation.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("[ja]")], encoding="utf-8")
    [msg] = problems_for(content_copy)
    assert "field ja" in msg and "Japanese text" in msg and "missing" in msg


def test_caption_too_long(content_copy):
    long = "A" + " very" * 30 + " long caption."
    edit(content_copy, "09-conservation-international.toml",
         'caption = "Photos and films show why the variety of life on Earth matters."',
         f'caption = "{long}"')
    [msg] = problems_for(content_copy)
    assert "field en.caption" in msg and "too long for a card" in msg


def test_japanese_caption_width_counts_double(content_copy):
    edit(content_copy, "09-conservation-international.toml",
         'caption = "写真や映像で、いろいろな生きものがいることの大切さを伝えます。"', 'caption = "' + "あ" * 46 + '"')
    [msg] = problems_for(content_copy)
    assert "field ja.caption" in msg and "92 columns" in msg


def test_unknown_field(content_copy):
    edit(content_copy, "09-conservation-international.toml", 'category = "environment"',
         'category = "environment"\ncolour = "green"')
    [msg] = problems_for(content_copy)
    assert 'milestone "conservation-international"' in msg and "field colour" in msg
    assert '"colour" is not a field we know' in msg


def test_missing_image_file(content_copy):
    set_image(content_copy, "images/forest.png")
    [msg] = problems_for(content_copy)
    assert "field image" in msg and '"images/forest.png" was not found' in msg


def test_image_outside_content_folder(content_copy):
    set_image(content_copy, "../../etc/hostname.png")
    [msg] = problems_for(content_copy)
    assert "outside the content folder" in msg


def test_present_image_is_accepted(content_copy):
    (content_copy / "images").mkdir(exist_ok=True)
    (content_copy / "images" / "forest.png").write_bytes(png(640, 480))
    set_image(content_copy, "images/forest.png")
    assert load_content(content_copy, ASSETS).ok


def test_malformed_file_reports_line_and_column(content_copy):
    edit(content_copy, "09-conservation-international.toml", 'category = "environment"',
         'category = "environment\ntags = []')
    [msg] = problems_for(content_copy)
    assert msg.startswith("milestones/09-conservation-international.toml | line 4, column")
    assert "not valid TOML" in msg


def test_invalid_utf8_reports_position(content_copy):
    path = content_copy / "milestones" / "09-conservation-international.toml"
    path.write_bytes(path.read_bytes().replace("写真".encode(), b"\xff\xfe", 1))
    [msg] = problems_for(content_copy)
    assert "not UTF-8" in msg and "line" in msg and "column" in msg


def test_wrong_type_is_explained(content_copy):
    edit(content_copy, "09-conservation-international.toml", "year = 1995", 'year = "nineteen"')
    [msg] = problems_for(content_copy)
    assert "field start.year" in msg and "whole number" in msg


def test_uncertain_date_needs_a_note(content_copy):
    edit(content_copy, "11-sony-foundation-australia.toml",
         'date_note = "記録によって、1998年とも1999年ともいわれています。"\n', "")
    [msg] = problems_for(content_copy)
    assert "field ja.date_note" in msg and "uncertain" in msg


def test_every_problem_is_reported_at_once(content_copy):
    edit(content_copy, "05-sspa-us.toml", 'category = "exchange"', 'category = "nope"')
    edit(content_copy, "06-sony-canada-foundation.toml", 'category = "communities"', 'category = "nada"')
    (content_copy / "milestones" / "07-volunteer-leave.toml").write_text("id = \n", encoding="utf-8")
    files = {p.split(" | ")[0] for p in problems_for(content_copy)}
    assert files == {"milestones/05-sspa-us.toml", "milestones/06-sony-canada-foundation.toml",
                     "milestones/07-volunteer-leave.toml"}


def test_missing_folder_and_files(tmp_path):
    assert "is not a folder" in problems_for(tmp_path / "nowhere")[0]
    msgs = problems_for(tmp_path)
    assert any(m.startswith("content.toml") for m in msgs)
    assert any(m.startswith("categories.toml") for m in msgs)
    assert any(m.startswith("milestones/") for m in msgs)


def test_category_icon_must_exist(content_copy):
    path = content_copy / "categories.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('icon = "sports.svg"', 'icon = "sport.svg"'),
                    encoding="utf-8")
    [msg] = problems_for(content_copy)
    assert msg.startswith("categories.toml") and 'category "sports"' in msg and "field icon" in msg


def test_malformed_id_is_explained(content_copy):
    edit(content_copy, "05-sspa-us.toml", 'id = "sspa-us"', 'id = "SSPA US"')
    msgs = problems_for(content_copy)
    assert any("field id" in m and "lower-case letters, digits and single hyphens" in m for m in msgs)


def test_malformed_category_colour_is_explained(content_copy):
    path = content_copy / "categories.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('colour = "#009E73"', 'colour = "green"'),
                    encoding="utf-8")
    [msg] = problems_for(content_copy)
    assert 'category "environment"' in msg and "field colour" in msg and "#0072B2" in msg


def test_too_short_id_says_how_long_it_must_be(content_copy):
    edit(content_copy, "05-sspa-us.toml", 'category = "exchange"', 'category = "x"')
    msgs = problems_for(content_copy)
    assert any("field category" in m and "at least 2 characters" in m for m in msgs)


def test_characters_the_fonts_cannot_draw_are_refused(content_copy):
    """Hangul and a check mark would be empty boxes on the exhibit; emoji are drawn."""
    edit(content_copy, "09-conservation-international.toml",
         'caption = "Photos and films show why the variety of life on Earth matters."',
         'caption = "Photos and films (한국어 ✓) show why the variety of life on Earth matters."')
    [msg] = problems_for(content_copy)
    assert msg.startswith('milestones/09-conservation-international.toml | milestone '
                          '"conservation-international" | field en.caption: ')
    assert "한 (U+D55C HANGUL SYLLABLE HAN)" in msg and "and 1 more" in msg
    assert "empty box" in msg


def test_emoji_and_invisible_marks_are_accepted(content_copy):
    edit(content_copy, "09-conservation-international.toml",
         'caption = "Photos and films show why the variety of life on Earth matters."',
         'caption = "Photos 🌏 and films 👩\u200d🔬 show why the variety of life on Earth matters\u2764\ufe0f."')
    assert load_content(content_copy, ASSETS).ok


def test_category_names_are_checked_too(content_copy):
    path = content_copy / "categories.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'en = "Sports"', 'en = "Sports \u0915"', 1), encoding="utf-8")
    [msg] = problems_for(content_copy)
    assert msg.startswith('categories.toml | category "sports" | field en:')
