"""Taps and drags with many fingers, with no Qt: each finger by its id."""

from __future__ import annotations

from kiosk.visit.taps import TapTracker


def test_a_tap_is_a_press_and_release_of_the_same_finger_within_the_slop():
    taps: TapTracker[str] = TapTracker(slop=24)
    taps.press(0, 100, 100, "card")
    assert taps.pressed == {"card"}
    assert taps.release(0, 110, 105) == "card"
    assert taps.pressed == set()


def test_a_second_finger_never_ends_the_first_fingers_press():
    taps: TapTracker[str] = TapTracker(slop=24)
    taps.press(0, 10, 10, None)  # a finger resting on the title
    taps.press(1, 500, 300, "card")
    assert taps.release(0, 10, 10) is None
    assert taps.pressed == {"card"}, "still pressed: its own finger is down"
    assert taps.release(1, 500, 300) == "card"
    assert taps.pressed == set()


def test_a_drag_is_not_a_tap():
    taps: TapTracker[str] = TapTracker(slop=24)
    taps.press(3, 100, 100, "card")
    taps.move(3, 160, 100)
    assert taps.pressed == set(), "drawn unpressed as soon as it is a drag"
    assert taps.release(3, 100, 100) is None


def test_a_scroll_or_a_cancel_ends_every_press():
    taps: TapTracker[str] = TapTracker(slop=24)
    taps.press(0, 1, 1, "a")
    taps.press(1, 2, 2, "b")
    taps.drag_began()
    assert taps.pressed == set() and taps.release(0, 1, 1) is None
    taps.press(2, 5, 5, "c")
    taps.cancel()
    assert taps.release(2, 5, 5) is None and taps.start_of(2) is None


def test_a_release_without_a_press_is_nothing():
    taps: TapTracker[str] = TapTracker(slop=24)
    assert taps.release(7, 0, 0) is None
