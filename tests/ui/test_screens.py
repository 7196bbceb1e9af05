"""Every screen a museum mounts, in both languages: the home screen, a single category and
an open detail card, from a 9:16 totem to a 32:9 wall."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel

from kiosk.content.filtering import Filter
from tests.ui.conftest import wait_settled
from tests.ui.layout_checks import (assert_card_fits_across, assert_cards_fit_and_do_not_overlap,
                                    assert_cards_painted_whole,
                                    assert_controls_whole_apart_and_big,
                                    assert_no_clipped_labels, assert_parts_apart, bare_row_share,
                                    controls, in_window)

SIZES = [(1080, 1920), (768, 1024), (1024, 768), (1280, 1024), (1280, 800), (1920, 1080),
         (2560, 1440), (3440, 1440), (3840, 1080), (3840, 2160)]


def assert_home(window):
    assert_cards_fit_and_do_not_overlap(window)
    assert_cards_painted_whole(window)
    assert_controls_whole_apart_and_big(window)
    assert_parts_apart(window)
    assert_no_clipped_labels(window)


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_reads_whole(qtbot, make_window, size, lang):
    window = make_window(size, lang)
    portrait = size[1] > size[0]
    assert window.timeline.vertical == portrait, "time runs along the screen's long axis"
    assert_home(window)
    if portrait:
        half = window.height() // 2
        high = [c for c in controls(window) if in_window(c, window).top() < half]
        assert not high, f"out of reach in the upper half: {high}"
        assert bare_row_share(window) <= 0.20, "the timeline's band is mostly bare"

    window.state.filter = Filter(frozenset({"sports"}))
    wait_settled(qtbot, window)
    assert_home(window)
    assert len(window.timeline.visible_ids()) == 2

    window.state.filter = Filter()
    wait_settled(qtbot, window)
    longest = max(window.content.milestones,  # the detail card with the most text, in this language
                  key=lambda m: len(m.text(lang).story) + 40 * len(m.text(lang).figures))
    window.controller.open_card(longest.id)
    wait_settled(qtbot, window)
    detail, floor = window.detail, 48 * window.metrics.scale - 0.5
    panel = detail.panel.geometry()
    assert window.rect().contains(panel)
    assert not panel.intersects(in_window(window.language_toggle, window)), "the switch stays clear"
    assert_no_clipped_labels(detail.panel)
    for button in (detail.close_button, detail.prev_button, detail.next_button):
        rect = in_window(button, window)
        assert panel.contains(rect) and min(rect.width(), rect.height()) >= floor, button.objectName()
        if portrait:
            assert rect.top() >= window.height() // 2, "the card's buttons are within reach"
    buttons = [in_window(b, window) for b in (detail.close_button, detail.prev_button, detail.next_button)]
    assert not any(a.intersects(b) for i, a in enumerate(buttons) for b in buttons[i + 1:])


def test_a_config_key_runs_time_across_a_portrait_screen(make_window):
    from kiosk.config import Config

    window = make_window((1080, 1920), "en", config=Config(timeline_direction="across"))
    assert not window.timeline.vertical
    assert window.chips.mapTo(window, QPoint(0, 0)).y() > window.height() // 2, "controls stay low"
    assert_home(window)


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", [(1080, 1920), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_detail_card_fits_across_its_panel(qtbot, make_window, size, lang):
    """A long Japanese name (ソニー・エクスプローラサイエンス(北京)オープン) once made the card's
    text wider than a portrait card, cutting every line at the right edge."""
    window = make_window(size, lang)

    def whole() -> None:
        assert_card_fits_across(window.detail)
        assert_no_clipped_labels(window.detail.panel)

    for ms in window.content.milestones:
        window.controller.open_card(ms.id)
        wait_settled(qtbot, window)
        qtbot.waitUntil(whole, timeout=2000)  # once the new text is laid out


def test_a_card_open_before_the_card_is_built_shows_all_of_it(qtbot, content):
    """`kiosk --screenshot --open ID` opens a card before the window's first frame, before
    the detail card itself is built: it shows the card whole, its figures too (they were
    hidden by the card's own preparation, which came after)."""
    from kiosk.config import Config
    from kiosk.ui.main_window import MainWindow

    window = MainWindow(content, "en", Config(speech_engine="none", sound=False))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.controller.open_card("sumatra-forest")
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.isVisible())
    wait_settled(qtbot, window)
    shown = {label.text() for label in window.detail.findChildren(QLabel) if label.isVisible()}
    figures = content.milestone("sumatra-forest").text("en").figures
    assert len(figures) == 2
    for figure in figures:
        assert figure.value in shown and figure.label in shown, figure
