"""Zoom, as visitors use it: two fingers pinching, the − and + buttons, a tap on a group of
marks at the whole-story level, the keypad, and the reset that brings the card level back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest

from kiosk.config import Config
from kiosk.content import zoom
from tests.ui.conftest import assert_cards_match_filter, cards, rows, wait_settled
from tests.ui.on_screen import alike, on_screen, whole_share
from tests.ui.test_timeline import card_point, chip
from tests.ui.touch import drag, lift_fingers, pinch, press, release, tap

SIZES = [(1920, 1080), (1080, 1920)]


def region_width(window) -> float:
    low, high = window.overview.shown_span()
    return high - low


def along(view, point: QPoint) -> int:
    return point.y() if view.vertical else point.x()


def zoom_out_to_the_whole_story(qtbot, window) -> None:
    while window.zoom_out.isEnabled():
        tap(window.zoom_out)
        wait_settled(qtbot, window)
    assert window.timeline.zoom_level == zoom.STORY


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_a_pinch_zooms_about_the_fingers_and_a_flick_after_it_still_glides(qtbot, make_window, size):
    window = make_window(size=size, lang="en")
    view = window.timeline
    vp = view.viewport()
    tap(window.zoom_out)  # to the decades level, so that there is room to zoom in too
    wait_settled(qtbot, window)
    assert window.state.zoom == zoom.DECADES_ZOOM and view.zoom_level == zoom.DECADES
    tap(window.next_page)  # away from the start, where the view cannot scroll back further
    wait_settled(qtbot, window)

    centre = QPoint(int(vp.width() * 0.45), int(vp.height() * 0.5))
    year = view.year_at(along(view, centre))
    width = region_width(window)
    pinch(vp, centre, 200, 360, vertical=view.vertical)  # fingers apart: closer in
    assert view.shown_zoom() == pytest.approx(zoom.DECADES_ZOOM * 360 / 200, rel=0.03)
    assert window.state.zoom == view.shown_zoom(), "the zoom is the visitor's state"
    assert abs(view.offset_of(year) - along(view, centre)) <= 3, "the year stays under the fingers"
    assert region_width(window) < width * 0.7, "the overview's region shows the narrower span"

    width = region_width(window)
    pinch(vp, centre, 360, 150, vertical=view.vertical)  # fingers together: further out
    assert view.shown_zoom() < zoom.DECADES_ZOOM
    assert abs(view.offset_of(year) - along(view, centre)) <= 3
    assert region_width(window) > width * 1.5

    bar = view.verticalScrollBar() if view.vertical else view.horizontalScrollBar()
    start = QPoint(vp.width() // 2, vp.height() // 2)
    step = QPoint(0, -400) if view.vertical else QPoint(-400, 0)
    drag(vp, start, start + step, steps=6, step_ms=8)
    at_release = bar.value()
    QTest.qWait(150)
    assert bar.value() > at_release, "a one-finger flick after the pinch carries on"
    wait_settled(qtbot, window)


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
@pytest.mark.parametrize("end_gap, level", [(390, zoom.CARDS), (350, zoom.DECADES)],
                         ids=["within-cards", "into-decades"])
def test_a_pinch_shows_the_timeline_as_it_will_be_and_draws_it_afresh_when_the_fingers_lift(
        qtbot, make_window, size, end_gap, level):
    """While the fingers move, the view shows a scaled still (a frame costs one picture
    copied, not every card laid out): it must show the timeline as it is at that zoom, and
    once the fingers lift, the timeline itself, sharp, must be what is on screen. Crossing
    into the decades level on the last step, that frame shows the new still it takes."""
    window = make_window(size=size, lang="en")
    view = window.timeline
    vp = view.viewport()
    tap(window.next_page)
    wait_settled(qtbot, window)
    centre = QPoint(vp.width() // 2, vp.height() // 2)
    held = pinch(vp, centre, 500, end_gap, vertical=view.vertical, lift=False)
    assert view.zoom_level == level and view.shown_zoom() < 0.8
    during = on_screen(view)
    lift_fingers(*held)
    wait_settled(qtbot, window)
    after = on_screen(view)
    assert alike(during, after) > 0.95, "the still showed the timeline where it then stood"
    assert whole_share(qtbot, view, 0.995) > 0.995, "when the fingers lift, the timeline is drawn afresh"


def test_a_chip_tapped_by_another_hand_during_a_pinch_filters_what_the_pinch_leaves(qtbot, make_window):
    """A group at the glass: one visitor pinches while another taps a chip. The filter
    applies at the zoom the pinch reached, and what is on screen is the timeline itself."""
    window = make_window(size=(1920, 1080), lang="en")
    view = window.timeline
    vp = view.viewport()
    held = pinch(vp, QPoint(vp.width() // 2, vp.height() // 2), 500, 390, lift=False)
    reached = view.shown_zoom()
    science = chip(window, "science")
    press(science, science.rect().center(), finger=2)
    QTest.qWait(20)
    release(science, science.rect().center(), finger=2)
    lift_fingers(*held)
    wait_settled(qtbot, window)
    assert window.state.filter.selected == frozenset({"science"})
    assert len(view.visible_ids()) == 8
    assert view.shown_zoom() == pytest.approx(reached, rel=0.01), "the zoom the pinch reached"
    assert_cards_match_filter(window)
    assert whole_share(qtbot, view, 0.995) > 0.995


@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_the_buttons_reach_the_whole_story_and_a_group_opens_where_a_card_can_be_tapped(
        qtbot, make_window, size):
    window = make_window(size=size, lang="en")
    view = window.timeline
    zoom_out_to_the_whole_story(qtbot, window)
    first, last = window.state.span
    assert first == window.content.first_year and last >= 2019, "1946 to 2020 on one screen"
    assert not cards(view), "marks, not cards"
    groups = view.marks().groups
    assert sum(g.size for g in groups) == len(window.content.milestones)
    group = next(g for g in groups if g.size > 1)
    members = view.visible_ids()[group.first:group.last]

    tap(view.viewport(), view.mark_rect(group).center())
    wait_settled(qtbot, window)
    assert view.zoom_level != zoom.STORY, "the tap zoomed in on the group"
    on_screen = QRect(QPoint(0, 0), view.viewport().size())
    shown = [m for m in members if m in cards(view)
             and on_screen.contains(card_point(window, m))]
    assert shown == members, "the group's cards are on screen"

    opened = []
    window.state.subscribe("open_milestone", lambda new, _old: opened.append(new))
    tap(view.viewport(), card_point(window, members[0]))
    qtbot.waitUntil(window.detail.isVisible)
    wait_settled(qtbot, window)
    assert opened == [members[0]], "exactly one detail card"


def test_the_reset_returns_to_the_card_level_and_the_tour_runs_there(qtbot, make_window):
    window = make_window(lang="en", config=Config(idle_seconds=0.4, countdown_seconds=0.4,
                                                  attract_seconds=0.3))
    zoom_out_to_the_whole_story(qtbot, window)
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=4000)
    assert window.state.zoom == zoom.HOME
    assert window.timeline.shown_zoom() == zoom.HOME and window.timeline.zoom_level == zoom.CARDS
    qtbot.waitUntil(lambda: window.timeline.scroll_pos() > 0, timeout=3000)  # the tour moves on
    assert window.timeline.zoom_level == zoom.CARDS and cards(window.timeline)
    tap(window.timeline.viewport(), window.timeline.viewport().rect().center())
    wait_settled(qtbot, window)


def test_the_keypad_zooms_in_lockdown_and_keeps_the_filter_language_and_card(qtbot, make_window):
    window = make_window(lang="en")
    window.set_lockdown(True, hide_cursor=False)
    window.show()
    qtbot.waitExposed(window)
    tap(chip(window, "science"))
    tap(window.language_toggle)
    wait_settled(qtbot, window)
    milestone = window.timeline.visible_ids()[1]
    tap(window.timeline.viewport(), card_point(window, milestone))
    qtbot.waitUntil(window.detail.isVisible)
    wait_settled(qtbot, window)
    before = (window.state.filter, window.state.language, window.state.open_milestone)

    stops = zoom.stops(window.timeline.whole_zoom())  # the filter's eight cards: fewer stops
    for expected in reversed(stops[:-1]):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Minus)
        wait_settled(qtbot, window)
        assert window.state.zoom == expected
    assert window.state.zoom == window.timeline.whole_zoom() < zoom.DECADES_ZOOM, "the whole story"
    assert window.timeline.zoom_level != zoom.CARDS
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Plus)
    wait_settled(qtbot, window)
    assert window.state.zoom == stops[1]
    assert (window.state.filter, window.state.language, window.state.open_milestone) == before
    assert window.detail.isVisible()
    assert set(cards(window.timeline)) <= set(window.timeline.visible_ids()), "the filter still holds"
    window.set_lockdown(False)


def test_the_engagement_log_counts_each_zoom_once_and_the_level_a_card_opened_at(
        qtbot, make_window, engagement):
    window = make_window(lang="en", engagement=engagement)
    qtbot.waitUntil(lambda: window.engagement is not None)
    view = window.timeline
    tap(window.zoom_out)
    wait_settled(qtbot, window)
    vp = view.viewport()
    pinch(vp, QPoint(vp.width() // 2, vp.height() // 2), 300, 240)  # eight steps: one change
    wait_settled(qtbot, window)
    assert view.zoom_level == zoom.DECADES
    milestone = next(m for m in view.visible_ids() if m in cards(view))
    tap(vp, card_point(window, milestone))
    qtbot.waitUntil(window.detail.isVisible)
    events = rows(engagement, "SELECT kind, subject FROM events ORDER BY id")
    assert events == [("zoom", "decades"), ("zoom", "decades"), ("card_level", "decades")]
