"""`kiosk import` on real TimelineJS timelines that no one here wrote, and on hostile ones:
each becomes content that validates, or is refused with messages naming the file, the
event or row and the field. No Qt (tests/ui/test_imported.py renders the results)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content import load_content
from kiosk.content.glyphs import visible_texts
from tests.conftest import ASSETS, ROOT

EXAMPLES = ROOT.parent / "shared" / "timelinejs-examples"
FILES = sorted(p for p in EXAMPLES.rglob("*") if p.suffix in (".json", ".csv")) if EXAMPLES.is_dir() else []
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
# What the README says of these 51 files; a change in the importer that moves one shows here.
IMPORTED, REFUSED = 43, 8


def run_import(source: Path, out: Path, capsys, *extra: str) -> tuple[int, list[str]]:
    code = main(["import", str(source), str(out), *extra])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out.splitlines()


def texts(content) -> list[tuple[str, str]]:
    parts = [content.info, *content.categories, *content.milestones]
    return [pair for part in parts for pair in visible_texts(part)]


def assert_plain(content) -> None:
    for field, text in texts(content):
        assert not MARKUP.search(text), f"markup survives in {field}: {text[:80]!r}"


needs_examples = pytest.mark.skipif(not FILES, reason="../shared/timelinejs-examples is missing")


@needs_examples
@pytest.mark.parametrize("source", FILES, ids=lambda p: str(p.relative_to(EXAMPLES)))
def test_every_example_validates_or_is_refused_by_name(source, tmp_path, capsys):
    out = tmp_path / "imported"
    code, lines = run_import(source, out, capsys)
    if code == 0:
        result = load_content(out, ASSETS)
        assert result.ok, result.problems[:3]
        assert_plain(result.content)
        assert result.content.languages == ("en",)
        notes = [line for line in lines if line.startswith(("converted", "guessed", "dropped"))]
        assert all(f": {source.name}" in line for line in notes)
    else:
        assert code == 1 and not out.exists(), "a refused import writes nothing"
        refusals = [line for line in lines if line.startswith("refused:")]
        assert refusals and all(line.startswith(f"refused: {source.name}") for line in refusals)
        assert lines[-1].startswith("Refused")


@needs_examples
def test_the_readme_counts_of_imported_and_refused_examples(tmp_path, capsys):
    codes = [run_import(source, tmp_path / str(i), capsys)[0] for i, source in enumerate(FILES)]
    assert (codes.count(0), codes.count(1)) == (IMPORTED, REFUSED)


@needs_examples
def test_what_the_model_cannot_hold_is_reported_by_event_and_field(tmp_path, capsys):
    source = EXAMPLES / "TimelineJS3" / "contrib" / "women_in_computing.json"
    code, lines = run_import(source, tmp_path / "out", capsys)
    assert code == 0
    assert "dropped: women_in_computing.json | event 1 | field start_date.day: the day (10) is " \
           "not shown: the kiosk shows years and months." in lines
    assert any(line.startswith("guessed: women_in_computing.json | event 1 | field caption")
               for line in lines), "a caption made from the text is flagged"
    assert any("event 3 | field media.url" in line and "kept in the milestone's sources" in line
               for line in lines), "remote media is listed"
    content = load_content(tmp_path / "out", ASSETS).content
    ada = content.milestone("ada-lovelace")
    assert (ada.start.year, ada.start.month, ada.end.year) == (1815, 12, 1852)
    assert ada.text("en").caption == "Women have been programming since before it was a thing."
    assert "<" not in ada.text("en").story and "Charles Babbage's Analytical Engine" in ada.text("en").story
    assert any("Ada_Lovelace_portrait.jpg" in s for s in ada.sources)


def timeline(events, **extra) -> str:
    return json.dumps({"title": {"text": {"headline": "Hostile <b>timeline</b>"}},
                       "events": events, **extra})


def event(year=2000, headline="A headline", text="Some text.", **extra):
    return {"start_date": {"year": year}, "text": {"headline": headline, "text": text}, **extra}


HOSTILE = [
    event(headline="<script>alert('x')</script>Clean <i>title</i>",
          text="<p onclick='steal()'>Hello</p><iframe src='evil'></iframe><style>p{}</style>"
               "<a href='javascript:alert(1)'>a link</a> &lt;img src=x onerror=alert(1)&gt; end."),
    event(headline="x" * 100_000, text="<b>" * 50_000 + "deep"),
    event(text="Sentence one. " * 5_000),
    event(year="19x6"), event(year=-500), event(year=[1, 2]), event(year=None),
    {"start_date": "1999", "text": "not a table"}, "a string, not a slide", 42, None,
    event(headline="", text=""), event(media={"url": "javascript:alert(1)"}),
    event(media={"url": "../../etc/passwd.png"}), event(media=["not", "a", "table"]),
    event(group={"a": "dict"}), event(unique_id="<b>id</b>", display_date="<i>soon</i>"),
    event(headline="\u202eevil\u202c direction \x00 nul \x1b[31m red"),
    event(month=13, start_date={"year": "2001", "month": "13", "day": "40"}),
]


def test_hostile_timelinejs_becomes_plain_bounded_content(tmp_path, capsys):
    source = tmp_path / "hostile.json"
    source.write_text(timeline(HOSTILE), encoding="utf-8")
    code, lines = run_import(source, tmp_path / "out", capsys)
    assert code == 0, lines[-5:]
    content = load_content(tmp_path / "out", ASSETS).content
    assert_plain(content)
    first = content.milestone("clean-title")
    assert first.text("en").title == "Clean title"
    assert "a link" in first.text("en").story and "alert" not in first.text("en").story
    assert all(len(text) <= 900 + 6 * 40 for _, text in texts(content))
    assert all("\u202e" not in text and "\x1b" not in text for _, text in texts(content))
    for needle in ('field start_date.year: "19x6" is not a year', "field start_date.year: -500 is "
                   "before the common era", "is not a slide", "has no headline and no text",
                   'field media.url: "javascript:alert(1)" is not a picture file or a web address',
                   "field media.url: the picture \"../../etc/passwd.png\" points outside"):
        assert any(needle in line for line in lines), needle


@pytest.mark.parametrize("body, says", [
    ("", "is empty."),
    ("{", "is not valid JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"events": {"not": "a list"}}', '"events" must be a list'),
    ('{"something": "else"}', "is JSON but not a TimelineJS timeline"),
    (timeline([event()] * 5_001), "has 5,001 events; the importer takes 5,000 at most"),
    (timeline([event(year=-1)] * 3), "no event could be kept"),
])
def test_what_cannot_be_a_timeline_is_refused_in_plain_words(tmp_path, capsys, body, says):
    source = tmp_path / "bad.json"
    source.write_text(body, encoding="utf-8")
    code, lines = run_import(source, tmp_path / "out", capsys)
    assert code == 1 and not (tmp_path / "out").exists()
    assert any(line.startswith("refused: bad.json") and says in line for line in lines), lines[-3:]


def test_thousands_of_events_import_whole(tmp_path, capsys):
    events = [event(year=1900 + i % 120, headline=f"Event {i}") for i in range(2_000)]
    source = tmp_path / "many.json"
    source.write_text(timeline(events), encoding="utf-8")
    code, _ = run_import(source, tmp_path / "out", capsys)
    assert code == 0
    assert len(load_content(tmp_path / "out", ASSETS).content.milestones) == 2_000


def test_an_existing_folder_is_never_written_over(tmp_path, capsys):
    source = tmp_path / "one.json"
    source.write_text(timeline([event()]), encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "mine.txt").write_text("an editor's file")
    code, lines = run_import(source, tmp_path / "out", capsys)
    assert code == 1 and (tmp_path / "out" / "mine.txt").read_text() == "an editor's file"
    assert any("already exists" in line for line in lines)


def test_a_local_picture_is_copied_in_and_more_languages_start_as_copies(tmp_path, capsys):
    (tmp_path / "pics").mkdir()
    png = (ROOT / "assets" / "screenshots" / "4x3-en-1024x768.png").read_bytes()
    (tmp_path / "pics" / "photo.png").write_bytes(png)
    source = tmp_path / "pic.json"
    source.write_text(timeline([event(media={"url": "pics/photo.png", "credit": "Someone"})]),
                      encoding="utf-8")
    code, lines = run_import(source, tmp_path / "out", capsys, "--lang", "ja,en")
    assert code == 0, lines
    content = load_content(tmp_path / "out", ASSETS).content
    [ms] = content.milestones
    assert ms.image == "images/a-headline.png"
    assert (tmp_path / "out" / ms.image).read_bytes() == png
    assert content.languages == ("ja", "en") and ms.text("en") == ms.text("ja")
    assert any("translate it" in line for line in lines)
    assert ms.text("en").image_credit == "Someone", "the slide's credit comes with the picture"
    assert ms.text("en").image_alt == "A headline", "no alt text: the headline, said as a guess"
    assert any("guessed" in line and "media.alt" in line for line in lines)


def test_a_photograph_without_a_credit_is_left_out_and_said_so(tmp_path, capsys):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "photo.png").write_bytes(
        (ROOT / "assets" / "screenshots" / "4x3-en-1024x768.png").read_bytes())
    source = tmp_path / "pic.json"
    source.write_text(timeline([event(media={"url": "pics/photo.png", "alt": "A kiosk"})]),
                      encoding="utf-8")
    code, lines = run_import(source, tmp_path / "out", capsys)
    assert code == 0, lines
    [ms] = load_content(tmp_path / "out", ASSETS).content.milestones
    assert ms.image is None and not (tmp_path / "out" / "images").exists()
    assert any("field media.credit" in line and "has no credit" in line for line in lines), lines
