"""Unattended: idle, "Still there?", full reset, attract tour, and a touch to explore again.
Short timers stand in for the configured minutes."""

from __future__ import annotations

import pytest

from PySide6.QtTest import QTest

from kiosk.config import Config
from kiosk.content.filtering import Filter
from tests.ui.conftest import cards, wait_settled
from tests.ui.touch import tap

FAST = Config(idle_seconds=0.4, countdown_seconds=0.6, attract_seconds=0.3)


def chip(window, category_id):
    return next(c for c in window.chips.chips() if c.category_id == category_id)


def test_the_full_cycle_idle_countdown_reset_attract_touch(qtbot, make_window):
    window = make_window(lang="ja", config=FAST)
    assert window.state.defaults.language == "ja"
    tap(chip(window, "sports"))
    tap(window.language_toggle)  # the visitor switches to English
    window.timeline.center_on("dream-goal-2014", animate=False)
    window.controller.open_card("dream-goal-2014")
    states = []
    window.controller.idle.state_changed.connect(lambda new, old: states.append(new))
    reset_seen = {}
    window.controller.idle.state_changed.connect(lambda new, old: new == "attract" and reset_seen.update(
        detail=window.detail.isVisible(), filter=window.state.filter, scroll=window.timeline.scroll_pos(),
        language=window.state.language))

    qtbot.waitUntil(lambda: window.countdown.isVisible(), timeout=3000)
    assert window.countdown.question.text() == "Still there?"
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=3000)
    assert reset_seen == {"detail": False, "filter": Filter(), "scroll": 0, "language": "ja"}
    assert not window.countdown.isVisible() and window.tour.isVisible()
    # The catalogue changes with the reset's language; Qt tells the widgets on its next turn.
    qtbot.waitUntil(lambda: window.tour.cue.text() == "タッチして、探検しよう")
    qtbot.waitUntil(lambda: window.timeline.scroll_pos() > 0, timeout=3000)  # the tour moves on

    tap(window.timeline.viewport(), window.timeline.viewport().rect().center())
    assert window.controller.idle.state == "active" and not window.tour.isVisible()
    QTest.qWait(50)
    here = window.timeline.scroll_pos()
    QTest.qWait(700)
    assert window.timeline.scroll_pos() == here, "exploring starts where the tour was"
    assert states[:3] == ["countdown", "attract", "active"]


def test_one_tap_on_the_countdown_continues_without_a_reset(qtbot, make_window):
    window = make_window(lang="en", config=Config(idle_seconds=0.3, countdown_seconds=20))
    tap(chip(window, "sports"))
    qtbot.waitUntil(lambda: window.countdown.isVisible(), timeout=3000)
    assert window.countdown.seconds.text() in ("20 s", "19 s")
    tap(window.countdown, window.countdown.rect().center())
    assert not window.countdown.isVisible() and window.controller.idle.state == "active"
    assert window.state.filter.selected == {"sports"}, "nothing was reset"


def test_the_pause_button_stops_the_tour_without_ending_it(qtbot, make_window):
    window = make_window(lang="en", config=FAST)
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=3000)
    tap(window.tour.pause_button)
    assert window.tour.paused and window.controller.idle.state == "attract"
    here = window.timeline.scroll_pos()
    QTest.qWait(800)
    assert window.timeline.scroll_pos() == here, "nothing moves while paused"
    tap(window.tour.pause_button)
    assert not window.tour.paused
    qtbot.waitUntil(lambda: window.timeline.scroll_pos() != here, timeout=3000)


def test_reduced_motion_cross_fades(qtbot, make_window):
    window = make_window(lang="en", config=Config(idle_seconds=0.3, countdown_seconds=0.3,
                                                  attract_seconds=0.3, reduced_motion=True))
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=3000)
    qtbot.waitUntil(lambda: window.timeline.scroll_pos() > 0, timeout=3000)
    from PySide6.QtWidgets import QLabel

    fades = [w for w in window.timeline.viewport().findChildren(QLabel) if w.isVisible()]
    assert fades, "a cross-fade picture covers the jump"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)])
def test_the_cue_never_covers_a_card(qtbot, make_window, size):
    """Landscape: the cue stands across the axis from the card presented, whichever side
    that is. Portrait: it stands between the arrows, clear of every card."""
    window = make_window(size=size, lang="en", config=Config(idle_seconds=0.3, countdown_seconds=0.3,
                                                             attract_seconds=1.0))
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=3000)
    view, sides = window.timeline, set()
    origin = view.viewport().mapTo(window, view.viewport().rect().topLeft())
    for _ in range(6):
        here = view.scroll_pos()
        qtbot.waitUntil(lambda: view.scroll_pos() != here, timeout=3000)  # the next step
        wait_settled(qtbot, window)
        featured = view.milestone_at_center()
        shown = [featured] if not view.vertical else [i for i, c in cards(view).items() if c.isVisible()]
        for card_id in shown:
            card = view.mapFromScene(cards(view)[card_id].card_scene_rect()).boundingRect()
            card = card.translated(origin).intersected(view.geometry())
            assert not card.intersects(window.tour.geometry()), f"the cue covers {card_id}"
        sides.add(view.side_of(featured))
    assert sides == ({"right"} if view.vertical else {"above", "below"}), "both sides presented"


def _in_window(window, rect):
    """A rect of the timeline's viewport, in the window's coordinates."""
    viewport = window.timeline.viewport()
    return rect.translated(viewport.mapTo(window, viewport.rect().topLeft()))


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1024, 768)])
def test_the_tour_rings_the_presented_card_and_points_at_it_from_outside(qtbot, make_window, size):
    """The invitation to touch: a pulse of light around the card the tour presents and a
    finger that taps towards it, both outside the card; a touch ends them with the tour."""
    window = make_window(size=size, lang="en", config=Config(idle_seconds=0.3, countdown_seconds=0.3,
                                                             attract_seconds=1.0))
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=3000)
    view, hint = window.timeline, window.tour.hint
    for _ in range(2):
        here = view.scroll_pos()
        qtbot.waitUntil(lambda: view.scroll_pos() != here, timeout=3000)  # the next step
        wait_settled(qtbot, window)
        featured = view.milestone_at_center()
        card = _in_window(window, view.mapFromScene(cards(view)[featured].card_scene_rect()).boundingRect())
        assert hint.isVisible() and hint.card is not None
        ringed = hint.card.translated(hint.pos().toPointF()).toAlignedRect()
        assert abs(ringed.left() - card.left()) <= 2 and abs(ringed.top() - card.top()) <= 2, featured
        assert abs(ringed.width() - card.width()) <= 3 and abs(ringed.height() - card.height()) <= 3
        finger = hint.finger_path().boundingRect().translated(hint.pos().toPointF())
        for phase in (0.0, 0.3):  # resting and at the end of its tap
            reach = hint.finger_path(phase).boundingRect().translated(hint.pos().toPointF())
            assert not reach.intersects(card.toRectF()), f"the finger covers {featured}"
        assert window.rect().toRectF().contains(finger), "the finger is on screen"
        assert hint.moving
    tap(view.viewport())
    qtbot.waitUntil(lambda: window.controller.idle.state == "active", timeout=3000)
    assert not hint.isVisible() and not hint.moving


def test_with_calm_motion_the_invitation_stands_still(qtbot, make_window):
    window = make_window(lang="en", config=Config(idle_seconds=0.3, countdown_seconds=0.3,
                                                  attract_seconds=1.0, reduced_motion=True))
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=3000)
    hint = window.tour.hint
    qtbot.waitUntil(hint.isVisible, timeout=3000)
    assert not hint.moving, "nothing pulses or taps"
    tap(window.tour.pause_button)  # and a paused tour keeps it still too
    assert not hint.moving
