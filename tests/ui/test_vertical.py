"""A portrait totem's timeline: time runs down the screen, a finger flicks it up and down,
the arrows page it, and the rail beside it follows and steers it, as the strip does under
a landscape timeline (the rail is tested with the strip, in test_timeline.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from tests.ui.conftest import cards, wait_settled
from tests.ui.touch import drag, tap

PORTRAIT = (1080, 1920)


@pytest.fixture
def totem(make_window):
    return make_window(PORTRAIT, "en")


def test_time_runs_down_the_screen(totem):
    view = totem.timeline
    assert view.vertical
    made = cards(view)
    ids = [i for i in view.visible_ids() if i in made]
    assert len(ids) >= 5
    tops = [made[i].card_scene_rect().top() for i in ids]
    assert tops == sorted(tops), "later milestones stand lower"
    assert len({round(made[i].card_scene_rect().left()) for i in ids}) == 1, "one column"


def test_a_flick_up_moves_on_in_time_and_opens_nothing(qtbot, totem):
    view = totem.timeline
    middle = view.viewport().rect().center()
    drag(view.viewport(), middle, middle - QPoint(0, 700))
    wait_settled(qtbot, totem)
    assert view.scroll_pos() > 300
    assert view.horizontalScrollBar().value() == 0
    assert not totem.detail.isVisible()
    low, high = totem.overview.shown_span()
    assert low > 1950, "the rail follows"


def test_a_sideways_drag_does_not_move_a_vertical_timeline(qtbot, totem):
    view = totem.timeline
    middle = view.viewport().rect().center()
    drag(view.viewport(), middle, middle - QPoint(400, 0))
    wait_settled(qtbot, totem)
    assert view.scroll_pos() == 0 and view.horizontalScrollBar().value() == 0


def test_the_arrows_page_down_and_back_up(qtbot, totem):
    view = totem.timeline
    assert not totem.prev_page.isEnabled(), "nothing above the first milestone"
    tap(totem.next_page, totem.next_page.rect().center())
    wait_settled(qtbot, totem)
    assert view.scroll_pos() > view.viewport().height() * 0.5
    tap(totem.prev_page, totem.prev_page.rect().center())
    wait_settled(qtbot, totem)
    assert view.scroll_pos() == 0


def test_a_tapped_card_opens_its_detail(qtbot, totem):
    view = totem.timeline
    rect = view.mapFromScene(cards(view)["science-fund"].card_scene_rect()).boundingRect()
    tap(view.viewport(), rect.center())
    assert totem.state.open_milestone == "science-fund"
