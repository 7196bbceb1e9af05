"""The visitors' comfort controls: text size in three steps and calm motion, chosen by
touch or keypad, shown at once, fitted to every screen, and returned to the operator's
defaults by the reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest

from kiosk.config import Config
from tests.ui.conftest import cards, rows, wait_settled
from tests.ui.layout_checks import (assert_cards_fit_and_do_not_overlap, assert_controls_whole_apart_and_big,
                                    assert_no_clipped_labels, assert_parts_apart)
from tests.ui.touch import tap


def choose_text_size(qtbot, window, percent: int) -> None:
    tap(window.comfort.button)
    qtbot.waitUntil(window.comfort.is_open)
    tap(window.comfort.panel.sizes[percent])
    wait_settled(qtbot, window)
    tap(window.comfort.panel.close_button)
    qtbot.waitUntil(lambda: not window.comfort.is_open())
    wait_settled(qtbot, window)


def card_title_px(window) -> int:
    card = next(c for c in cards(window.timeline).values() if c.isVisible())
    return QFontInfo(card.text_boxes()[1].font).pixelSize()


@pytest.mark.parametrize("size", [(1280, 800), (1080, 1920)], ids=["1280x800", "portrait"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_160_per_cent_text_fits_every_card_label_and_control(qtbot, make_window, size, lang):
    window = make_window(size=size, lang=lang)
    before = card_title_px(window)
    choose_text_size(qtbot, window, 160)
    assert window.state.text_size == 160
    assert card_title_px(window) >= round(before * 1.5), "the cards' text grew"
    assert_cards_fit_and_do_not_overlap(window)
    view = window.timeline
    across = view.viewport().width() if view.vertical else view.viewport().height()
    for card_id in view.visible_ids():
        view.center_on(card_id, animate=False)
        rect = view.mapFromScene(cards(view)[card_id].card_scene_rect()).boundingRect()
        low, high = (rect.left(), rect.right()) if view.vertical else (rect.top(), rect.bottom())
        assert low >= 0 and high <= across + 1, f"{card_id} stands past the timeline's edge"
    view.scroll_to(0, animate=False)
    assert_no_clipped_labels(window)
    assert_controls_whole_apart_and_big(window)
    assert_parts_apart(window)
    window.controller.open_card(window.timeline.visible_ids()[3])
    wait_settled(qtbot, window)
    assert_no_clipped_labels(window.detail)


def test_the_comfort_panel_answers_the_keypad_and_the_reset_undoes_it(qtbot, make_window):
    window = make_window(config=Config(reduced_motion=False, text_size=100))
    handle = window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_Down)  # the top row: the comfort button first
    assert window.state.focus == "button:comfort"
    QTest.keyClick(handle, Qt.Key.Key_Return)
    qtbot.waitUntil(window.comfort.is_open)
    assert window.state.focus == "comfort:size:100", "the focus moves into the panel"
    QTest.keyClick(handle, Qt.Key.Key_Right)
    QTest.keyClick(handle, Qt.Key.Key_Return)
    assert window.state.text_size == 130
    QTest.keyClick(handle, Qt.Key.Key_Down)
    assert window.state.focus == "comfort:contrast"
    QTest.keyClick(handle, Qt.Key.Key_Right)
    QTest.keyClick(handle, Qt.Key.Key_Space)
    assert window.state.calm_motion
    assert window.comfort.panel.calm.isChecked()
    assert window.comfort.panel.calm.accessibleName() == "Calm motion: on"
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    assert not window.comfort.is_open() and window.state.focus == "button:comfort"
    wait_settled(qtbot, window)
    assert window.metrics.text == 1.3

    window.controller.reset()
    wait_settled(qtbot, window)
    assert (window.state.text_size, window.state.calm_motion, window.state.focus) == (100, False, None)
    assert window.metrics.text == 1.0


def test_calm_motion_opens_a_card_in_place_and_the_operator_can_make_it_the_default(qtbot, make_window):
    window = make_window(config=Config(reduced_motion=True, text_size=130))
    assert window.state.calm_motion and window.state.text_size == 130
    assert window.metrics.text == 1.3, "each visit starts at the operator's text size"
    milestone = window.timeline.visible_ids()[0]
    window.controller.open_card(milestone)
    assert window.detail.isVisible()
    start = window.detail.panel.pos()
    QTest.qWait(120)
    assert window.detail.panel.pos() == start, "no slide: the card is there at once"


def test_the_engagement_log_counts_each_comfort_choice(qtbot, make_window, engagement):
    window = make_window(engagement=engagement)
    qtbot.waitUntil(lambda: window.engagement is not None)
    choose_text_size(qtbot, window, 130)
    tap(window.comfort.button)
    qtbot.waitUntil(window.comfort.is_open)
    tap(window.comfort.panel.calm)
    events = rows(engagement, "SELECT subject FROM events WHERE kind = 'comfort' ORDER BY id")
    assert events == [("text_size=130",), ("calm_motion=on",)]


def axis_colours(window) -> set[str]:
    """The colours down the timeline a little after its first year, across the axis line
    (which the timeline keeps ready to paint between frames)."""
    view = window.timeline.viewport()
    x = round(window.timeline.offset_of(window.timeline.year_at(0)) + 20)
    image = view.grab().toImage()
    return {image.pixelColor(x, y).name() for y in range(image.height())}


def test_high_contrast_turns_the_screen_white_on_black_and_the_reset_turns_it_back(qtbot, make_window):
    from kiosk.ui import theme

    window = make_window(lang="ja")
    corner = window.rect().bottomRight() - window.rect().center() / 8  # bare background
    assert window.grab().toImage().pixelColor(corner).name() == theme.NORMAL["BACKGROUND"].name()
    assert theme.NORMAL["AXIS"].name() in axis_colours(window)
    tap(window.comfort.button)
    qtbot.waitUntil(window.comfort.is_open)
    tap(window.comfort.panel.contrast)
    assert window.state.contrast == "high" and theme.TEXT_MIN == 7.0
    assert window.comfort.panel.contrast.accessibleName() == "ハイコントラスト：オン"
    tap(window.comfort.panel.close_button)
    wait_settled(qtbot, window)
    image = window.grab().toImage()
    assert image.pixelColor(corner).name() == "#000000"
    view = window.timeline.viewport()
    assert view.grab().toImage().pixelColor(view.rect().topLeft()).name() == "#000000"
    chip = window.chips.chips()[0]  # "All", selected: black on white
    assert chip.grab().toImage().pixelColor(chip.rect().center()).name() in ("#ffffff", "#000000")
    axis = axis_colours(window)
    assert theme.HIGH["AXIS"].name() in axis and theme.NORMAL["AXIS"].name() not in axis

    window.controller.reset()
    wait_settled(qtbot, window)
    assert window.state.contrast == "normal" and theme.TEXT_MIN == 4.5
    assert window.grab().toImage().pixelColor(corner).name() == theme.NORMAL["BACKGROUND"].name()
