"""Imported timelines on the exhibit: every TimelineJS example that imports renders; a
single-language content set has no language switch; three languages are listed in the
content's order and a tap on a name picks it."""

from __future__ import annotations

import io
import json
import logging
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from kiosk.content import load_content
from kiosk.editing.commands import run_import
from tests.conftest import ASSETS
from tests.content.test_import import FILES
from tests.ui.conftest import cards, wait_settled
from tests.ui.touch import tap


def imported(source: Path, out: Path, langs: str = "en"):
    with redirect_stdout(io.StringIO()):
        code = run_import(source, out, langs)
    return load_content(out, ASSETS).content if code == 0 else None


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    root = tmp_path_factory.mktemp("imported")
    return {source.name + str(i): content for i, source in enumerate(FILES)
            if (content := imported(source, root / str(i))) is not None}


@pytest.mark.skipif(not FILES, reason="../shared/timelinejs-examples is missing")
def test_every_imported_example_renders_in_one_language(qtbot, make_window, examples):
    assert examples
    for name, content in examples.items():
        window = make_window(size=(1280, 800), lang=None, which=content)
        wait_settled(qtbot, window)
        assert window.title.text() == content.info.title["en"], name
        assert cards(window.timeline), f"{name}: no card on the timeline"
        assert not window.language_toggle.isVisible(), f"{name}: a switch with one language"
        assert window.state.language == "en"
        window.close()


def test_the_bundled_content_keeps_its_two_languages(window):
    assert window.language_toggle.isVisible()
    assert window.content.languages == ("en", "ja")
    assert window.language_toggle.text() == "EN | 日本語"


def test_three_languages_are_listed_in_order_and_a_tap_picks_one(qtbot, make_window, tmp_path,
                                                                  caplog):
    source = tmp_path / "three.json"
    events = [{"start_date": {"year": 1950 + i}, "text": {"headline": f"Event {i}",
                                                           "text": "Something happened."}}
              for i in range(5)]
    source.write_text(json.dumps({"events": events}), encoding="utf-8")
    content = imported(source, tmp_path / "out", "en,ja,fr")
    assert content is not None and content.languages == ("en", "ja", "fr")
    window = make_window(lang=None, which=content)
    toggle = window.language_toggle
    assert toggle.isVisible() and toggle.text() == "EN | 日本語 | Français"
    third = toggle.width() / 3
    with caplog.at_level(logging.WARNING):
        tap(toggle, QPoint(int(2.5 * third), toggle.height() // 2))
        qtbot.waitUntil(lambda: window.state.language == "fr")
        wait_settled(qtbot, window)
    assert "no fr interface catalogue: the interface stays in English" in caplog.text
    tap(toggle, QPoint(int(1.5 * third), toggle.height() // 2))
    qtbot.waitUntil(lambda: window.state.language == "ja")
    tap(toggle, QPoint(int(1.5 * third), toggle.height() // 2))
    qtbot.waitUntil(lambda: window.state.language == "fr")  # the current one: the next
