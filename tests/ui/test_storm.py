"""A touch storm, as a school group delivers it: 1,000 random taps, flicks, swipes, long
presses and up to ten fingers at once, during animations, the countdown and the tour.
Afterwards nothing has raised, the state is consistent, and the kiosk still answers."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from kiosk.config import Config
from kiosk.ui.detail import DetailOverlay
from tests.ui.conftest import assert_cards_match_filter, card, wait_settled
from tests.ui.touch import device, drag, tap


def random_point(rng, window) -> QPoint:
    return QPoint(rng.randrange(window.width()), rng.randrange(window.height()))


def fingers(window, points) -> None:
    seq = QTest.touchEvent(window, device())
    for i, p in enumerate(points):
        seq.press(i, p)
    seq.commit()
    QTest.qWait(5)
    seq = QTest.touchEvent(window, device())
    for i, p in enumerate(points):
        seq.release(i, p)
    seq.commit()


def storm(window, rng, actions: int) -> None:
    for _ in range(actions):
        kind = rng.random()
        if kind < 0.45:
            tap(window, random_point(rng, window))
        elif kind < 0.65:
            drag(window, random_point(rng, window), random_point(rng, window), steps=4, step_ms=4)
        elif kind < 0.75 and window.detail.isVisible():
            panel = window.detail.panel
            y = panel.height() // 2
            a, b = QPoint(panel.width() - 100, y), QPoint(100, y)
            drag(panel, *(rng.choice([(a, b), (b, a)])), steps=4, step_ms=4)
        elif kind < 0.85:
            fingers(window, [random_point(rng, window) for _ in range(rng.randint(2, 10))])
        elif kind < 0.93:
            p = random_point(rng, window)
            QTest.touchEvent(window, device()).press(0, p).commit()
            QTest.qWait(rng.choice([60, 200]))  # a long press, sometimes in the admin corner
            QTest.touchEvent(window, device()).release(0, p).commit()
        else:
            QTest.qWait(rng.choice([50, 250, 400]))  # let animations, the countdown or the tour run


def assert_consistent(window) -> None:
    assert len(window.findChildren(DetailOverlay)) == 1
    for chip in window.chips.chips():
        expected = window.state.filter.is_all if chip.category_id is None else chip.category_id in window.state.filter.selected
        assert chip.isChecked() == expected
    assert_cards_match_filter(window)
    low, high = window.overview.shown_span()
    start, end = window.timeline.visible_years()
    assert abs(low - start) < 1 and abs(high - end) < 1, "the overview follows the timeline"


def test_a_touch_storm_leaves_a_consistent_kiosk_that_still_answers(qtbot, make_window):
    config = Config(idle_seconds=0.3, countdown_seconds=0.4, attract_seconds=0.3, admin_hold_seconds=10)
    window = make_window(config=config)
    rng = random.Random(20261124)
    storm(window, rng, 1000)
    wait_settled(qtbot, window)
    assert_consistent(window)
    view = window.timeline

    def card_opens() -> bool:
        """As a visitor would: close a card, tap "All", tap the first card. With a 0.3 s idle
        the countdown may be up, and then a tap only continues; so this is retried."""
        if window.detail.isVisible():
            tap(window.detail.close_button)
            wait_settled(qtbot, window)
            return False
        if not window.state.filter.is_all:
            tap(window.chips.chips()[0])
            wait_settled(qtbot, window)
            return False
        view.scroll_to(0, animate=False)
        tap(view.viewport(), view.mapFromScene(card(view, "ttec-founded").card_scene_rect().center()))
        return window.state.open_milestone == "ttec-founded"

    qtbot.waitUntil(card_opens, timeout=5000)
