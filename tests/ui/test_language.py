"""English ⇄ 日本語: one tap switches everything at once, and nothing else changes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.ui.dates import card_date, detail_date, uncertainty_label
from kiosk.ui.i18n import Translator
from kiosk.ui.timeline import card_text
from kiosk.visit.state import Visit, VisitorState
from tests.ui.conftest import card, wait_settled
from tests.ui.touch import tap

WORD = re.compile(r"[A-Za-z]{2,}")


def visible_texts(window) -> dict[str, str]:
    """Every text on screen, keyed by where it is."""
    texts = {}
    for label in window.findChildren(QLabel):
        if label.window() is window and label.isVisible() and label.text():
            texts[f"label:{label.objectName() or id(label)}"] = label.text()
    for chip in window.chips.chips():
        texts[f"chip:{chip.category_id}"] = chip.label()
    view = window.timeline
    here = view.scroll_pos()
    for card_id in view.visible_ids():
        for i, box in enumerate(card(view, card_id).text_boxes()):
            texts[f"card:{card_id}:{i}"] = box.text
    view.scroll_to(here, animate=False)
    for button in window.detail.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            texts[f"button:{button.objectName()}"] = button.text()
    return texts


def japanese_words(content) -> set[str]:
    """Latin-script words the Japanese content itself uses: names such as UNICEF or Sony,
    and the web addresses beside the QR codes, the same in every language."""
    words = set()
    for ms in content.milestones:
        for value in asdict(ms.text("ja")).values():
            words |= set(WORD.findall(str(value)))
        words |= set(WORD.findall(ms.url or ""))
        if ms.end and ms.end.successor_name:
            words |= set(WORD.findall(ms.end.successor_name["ja"]))
    words |= set(WORD.findall(content.info.title["ja"]))
    return words


def test_one_tap_switches_every_text_and_keeps_the_state(qtbot, make_window, content):
    window = make_window(lang="en")
    toggle = window.language_toggle
    sports = next(c for c in window.chips.chips() if c.category_id == "sports")
    relief = next(c for c in window.chips.chips() if c.category_id == "relief")
    tap(sports)
    tap(relief)
    wait_settled(qtbot, window)
    window.timeline.center_on("emergency-fund", animate=False)
    window.controller.open_card("emergency-fund")
    wait_settled(qtbot, window)
    before = visible_texts(window)
    centre = window.timeline.center_year()

    tap(toggle)
    wait_settled(qtbot, window)
    after = visible_texts(window)

    assert window.state.language == "ja"
    assert window.state.filter.selected == {"sports", "relief"}, "filters kept"
    assert window.state.open_milestone == "emergency-fund", "the open card kept"
    assert abs(window.timeline.center_year() - centre) < 0.5, "scroll position kept"
    unchanged = {k: v for k, v in after.items() if before.get(k) == v and WORD.search(v)}
    assert not unchanged, f"texts that did not change: {unchanged}"
    allowed = japanese_words(content)
    english = {k: w for k, v in after.items() for w in WORD.findall(v) if w not in allowed}
    assert not english, f"English left in Japanese mode: {english}"

    tap(toggle)
    wait_settled(qtbot, window)
    assert window.state.language == "en" and visible_texts(window) == before


@pytest.fixture
def japanese(qapp):
    state = VisitorState(Visit(language="ja"))
    translator = Translator(state, ("en", "ja"))
    yield
    state.language = "en"
    translator.deleteLater()


def plain(text: str) -> str:
    """Without the bidi isolates that keep content names from turning the kiosk's words."""
    return text.replace("\u2068", "").replace("\u2069", "")


def test_dates_read_honestly_in_english(content):
    csr = content.milestone("csr-department")
    assert card_date(csr) == "about 2003"
    assert uncertainty_label(content.milestone("sony-foundation-australia")) == "date uncertain"
    assert detail_date(content.milestone("eye-see"), "en") == "2006 · ended 2012 (date uncertain)"
    assert plain(detail_date(content.milestone("sony-science-program"), "en")) == \
        "January 2009 · renewed as CurioStep with Sony in 2020"
    assert detail_date(content.milestone("wonder-technology-lab"), "en") == "May 1994 · closed 2016"


def test_dates_read_honestly_in_japanese(content, japanese):
    assert card_date(content.milestone("csr-department")) == "2003年ごろ"
    assert card_date(content.milestone("sspa-us")) == "1990–2000年"
    assert "諸説あり" in detail_date(content.milestone("sony-foundation-australia"), "ja")
    assert detail_date(content.milestone("wonder-technology-lab"), "ja") == "1994年5月 · 2016年に閉館"


def test_over_an_open_card_the_switch_answers_also_after_new_content(qtbot, window):
    """The card rises over the window when it opens; the language switch stays above it,
    for the card built with the window and for one built anew with new content."""
    from kiosk import paths
    from kiosk.content.loader import load_content
    from tests.ui.test_timeline import card_point

    for lang in ("ja", "en"):
        tap(window.timeline.viewport(), card_point(window, "ttec-founded"))
        qtbot.waitUntil(window.detail.isVisible)
        wait_settled(qtbot, window)
        tap(window.language_toggle)
        qtbot.waitUntil(lambda: window.state.language == lang)
        assert window.state.open_milestone == "ttec-founded", "the card stays open"
        window.controller.close_card()
        qtbot.waitUntil(lambda: not window.detail.isVisible())
        window.controller.replace_content(load_content(paths.bundled_content(), paths.assets()).content)
        window.timeline.scroll_to(0, animate=False)


def spy_on_text_layouts(monkeypatch) -> list[str]:
    """The language of every card text laid out from now on."""
    laid, real = [], card_text.lay_out_text

    def counted(ms, m, lang, *args, **kwargs):
        laid.append(lang)
        return real(ms, m, lang, *args, **kwargs)

    monkeypatch.setattr(card_text, "lay_out_text", counted)
    return laid


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_switch_lays_out_no_card_text_once_the_kiosk_has_stood_still(qtbot, make_window, monkeypatch, size):
    """Laying out every card's text in the other language took most of a switch (34 cards
    at 1080p, two frames): it is done while nobody touches the kiosk, and a switch back
    finds the first language's still kept."""
    laid = spy_on_text_layouts(monkeypatch)
    window = make_window(size, "en")
    qtbot.waitUntil(window.timeline.measured_ahead, timeout=5000)  # untouched
    assert "ja" in laid, "the other language was measured while the kiosk stood still"
    for lang in ("ja", "en", "ja"):
        laid.clear()
        tap(window.language_toggle)
        qtbot.waitUntil(lambda: window.state.language == lang)
        wait_settled(qtbot, window)
        assert laid == [], f"the switch to {lang} laid out {len(laid)} card texts"


def test_a_long_portrait_timeline_switches_without_laying_out_text(qtbot, make_window, monkeypatch, content):
    """Beside a vertical axis the column is packed from every shown card's height, so the
    first switch measured all of them in the new language: 0.63 s for 5,000 milestones, a
    visitor's tap with no answer. Measured ahead, a card a turn, the switch lays out none."""
    many = replace(content, milestones=tuple(sorted(
        (replace(ms, id=f"{ms.id}-{i}") for i in range(11) for ms in content.milestones),
        key=lambda ms: ms.start.year)))
    assert len(many.milestones) > 300
    laid = spy_on_text_layouts(monkeypatch)
    window = make_window((1080, 1920), "en", which=many)
    assert window.timeline.vertical
    qtbot.waitUntil(window.timeline.measured_ahead, timeout=20_000)
    laid.clear()
    tap(window.language_toggle)
    qtbot.waitUntil(lambda: window.state.language == "ja")
    wait_settled(qtbot, window)
    assert laid == [], f"the switch laid out {len(laid)} card texts"


def test_measuring_ahead_lets_a_touch_in_after_each_card(qtbot, make_window, monkeypatch):
    """The other language is measured while nobody touches the kiosk, but a visitor may
    touch it at any moment, and a touch is answered when the event loop next comes round.
    A timer that fires at every turn of the loop stands for that touch (a touch sent from
    a test is delivered at once, whatever the loop is doing): each card's text is laid out
    in a turn of its own, so a touch waits for one card (under a millisecond), not for all
    of them (15-20 ms at 1080p)."""
    turns, turn_of, real = [0], [], card_text.lay_out_text

    def noted(ms, m, lang, *args, **kwargs):
        turn_of.append((lang, turns[0]))
        return real(ms, m, lang, *args, **kwargs)

    monkeypatch.setattr(card_text, "lay_out_text", noted)
    window = make_window((1920, 1080), "en")
    ticker = QTimer(window)  # comes round once a turn of the event loop
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start(0)
    qtbot.waitUntil(window.timeline.measured_ahead, timeout=5000)
    ticker.stop()
    per_turn = Counter(turn for lang, turn in turn_of if lang == "ja")
    assert sum(per_turn.values()) >= 10, "the other language's cards were measured"
    assert max(per_turn.values()) == 1, f"{max(per_turn.values())} cards laid out in one turn"


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("still", [False, True], ids=["at-once", "after-standing-still"])
def test_after_a_switch_the_cards_stand_as_in_a_kiosk_started_in_that_language(
        qtbot, make_window, size, still):
    """Cards are widened until the tallest fits: measured in the new language at each width
    tried, never with the width a card had in the old one; the same whether the switch
    comes at once or after the kiosk measured the other language ahead."""
    switched = make_window(size, "en")
    if still:
        qtbot.waitUntil(switched.timeline.measured_ahead, timeout=5000)
    tap(switched.language_toggle)
    qtbot.waitUntil(lambda: switched.state.language == "ja")
    wait_settled(qtbot, switched)
    switched.timeline.scroll_to(0, animate=False)
    fresh = make_window(size, "ja")
    ids = [m for m in fresh.timeline.visible_ids()[:4] if fresh.timeline.card_rect(m) is not None]
    assert len(ids) >= 2, "cards on screen to compare"
    shapes = [[view.card_rect(m) for m in ids] for view in (switched.timeline, fresh.timeline)]
    assert shapes[0] == shapes[1]
