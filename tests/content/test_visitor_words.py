"""The words and pictures visitors get with each milestone: an illustration with alt text, a
"Did you know?" line, plain sentences, and an honest note where a date is uncertain; and
the rules that keep an editor's picture described and credited."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

import pytest

from kiosk.content import load_content
from kiosk.content.checks import FIELD_MAX
from tests.conftest import ASSETS, DATA, ROOT
from tests.content.pictures import png
from tests.hostile import MILESTONE, set_image

LANGS = ("en", "ja")
SENTENCE_WORDS = 20  # plain words for visitors of ten and up
SENTENCE_CHARS = 55  # the same in Japanese, where a sentence is counted in characters


@pytest.fixture(scope="module")
def content():
    result = load_content(DATA, ASSETS)
    assert result.ok, result.problems
    return result.content


def problems(folder: Path) -> list[str]:
    result = load_content(folder, ASSETS)
    assert result.content is None, "broken content must not load"
    return [str(p) for p in result.problems]


def test_every_milestone_has_an_illustration_described_in_both_languages(content):
    assert len(content.milestones) == 29
    for ms in content.milestones:
        assert ms.image == f"images/{ms.id}.svg", ms.id
        assert (DATA / ms.image).is_file()
        for lang in LANGS:
            alt = ms.text(lang).image_alt
            assert alt and len(alt) >= 8, (ms.id, lang)
    alts = [ms.text("en").image_alt for ms in content.milestones]
    assert len(set(alts)) == len(alts), "each picture is described for itself"


def test_the_illustrations_are_what_the_repository_script_draws():
    spec = importlib.util.spec_from_file_location("draw", ROOT / "assets" / "illustrations" / "draw.py")
    draw = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(draw)
    drawn = draw.drawings()
    assert len(drawn) == 29
    for name, text in drawn.items():
        assert (DATA / "images" / name).read_text("utf-8") == text, f"run {draw.__file__}: {name}"


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d[\d,.]*\d|\d", text))


def test_every_milestone_has_a_did_you_know_in_both_languages(content):
    for ms in content.milestones:
        english, japanese = ms.text("en").did_you_know, ms.text("ja").did_you_know
        assert english and japanese, ms.id
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", japanese), ms.id


def test_a_did_you_know_tells_what_the_card_does_not(content):
    """Not the story again: a fact with numbers brings at least one the card does not show."""
    for ms in content.milestones:
        text = ms.text("en")
        card = " ".join([text.caption, text.story, *(f"{f.value} {f.label}" for f in text.figures)])
        assert text.did_you_know not in card, ms.id
        told = _numbers(text.did_you_know)
        assert not told or told - _numbers(card), f"{ms.id}: {text.did_you_know}"


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def test_english_sentences_are_short_enough_for_a_ten_year_old(content):
    long = [(ms.id, field, len(sentence.split()), sentence)
            for ms in content.milestones
            for field in ("caption", "story", "did_you_know", "date_note")
            for sentence in _sentences(getattr(ms.text("en"), field) or "")
            if len(sentence.split()) > SENTENCE_WORDS]
    assert not long, long


def test_japanese_sentences_are_short_and_polite_as_a_science_museum_writes(content):
    """です・ます, as a Japanese science museum writes for children and their parents, and
    no sentence longer than a child reads in one breath."""
    for ms in content.milestones:
        text = ms.text("ja")
        for field in ("caption", "story", "did_you_know", "date_note"):
            for sentence in re.findall(r"[^。]+。?", getattr(text, field) or ""):
                assert len(sentence) <= SENTENCE_CHARS, (ms.id, field, sentence)
                if field == "story":
                    assert re.search(r"(ます|です|ました|でした|ません)。$", sentence), (ms.id, sentence)


def test_a_did_you_know_is_one_or_two_sentences_within_its_length(content):
    for ms in content.milestones:
        english = ms.text("en").did_you_know
        assert 1 <= len(_sentences(english)) <= 2, ms.id
        assert len(english) <= FIELD_MAX["did_you_know"]


def test_uncertain_dates_have_a_short_note_for_visitors_and_the_long_one_for_editors(content):
    uncertain = [ms for ms in content.milestones if ms.uncertain]
    assert {ms.id for ms in uncertain} == {"sony-foundation-australia", "csr-department",
                                          "eye-see", "save-the-children-partnership"}
    for ms in uncertain:
        assert ms.editor_note and len(ms.editor_note) > 40, ms.id
        for lang in LANGS:
            note = ms.text(lang).date_note
            assert note and len(note) <= 80, (ms.id, lang, note)
    raw = tomllib.loads((DATA / "milestones" / "11-sony-foundation-australia.toml").read_text("utf-8"))
    assert raw["en"]["date_note"] == "Records differ: 1998 or 1999."


def test_a_too_long_did_you_know_is_refused_naming_the_field(content_copy):
    path = content_copy / MILESTONE
    text = path.read_text("utf-8")
    long = "Wow. " * 40
    path.write_text(re.sub(r'(\[en\][\s\S]*?did_you_know = )".*"', lambda m: f'{m.group(1)}"{long}"', text, count=1),
                    "utf-8")
    [msg] = problems(content_copy)
    assert "field en.did_you_know" in msg and "too long" in msg


def test_a_photograph_without_a_credit_is_refused_naming_the_field(content_copy):
    set_image(content_copy, "images/photo.png")
    (content_copy / "images" / "photo.png").write_bytes(png(64, 48))
    path = content_copy / MILESTONE
    path.write_text(re.sub(r'^image_credit = .*\n', "", path.read_text("utf-8"), count=1, flags=re.M), "utf-8")
    [msg] = problems(content_copy)
    assert "field en.image_credit" in msg and "photograph" in msg and "credit" in msg


def test_a_picture_without_alt_text_is_refused_naming_the_field(content_copy):
    path = content_copy / MILESTONE
    path.write_text(re.sub(r'^image_alt = .*\n', "", path.read_text("utf-8"), count=1, flags=re.M), "utf-8")
    [msg] = problems(content_copy)
    assert "field en.image_alt" in msg and "cannot see" in msg


def test_an_illustration_needs_no_credit_but_a_photograph_with_one_loads(content_copy):
    set_image(content_copy, "images/photo.png")
    (content_copy / "images" / "photo.png").write_bytes(png(64, 48))
    assert load_content(content_copy, ASSETS).ok


def test_words_for_a_picture_that_is_not_there_are_refused(content_copy):
    path = content_copy / MILESTONE
    path.write_text(re.sub(r'^image = .*\n', "", path.read_text("utf-8"), count=1, flags=re.M), "utf-8")
    found = problems(content_copy)
    assert any("field en.image_alt" in msg and "no image" in msg for msg in found), found
