"""Zoom's sums, without a display: levels, the buttons' stops, pinching about a point, and
the whole-story level's groups."""

from __future__ import annotations

import random

from kiosk.content import zoom
from kiosk.content.scale import lay_out


def test_each_zoom_shows_the_level_legible_there():
    assert zoom.level(1.0) == zoom.CARDS
    assert zoom.level(zoom.CARDS_AT) == zoom.CARDS
    assert zoom.level(zoom.DECADES_ZOOM) == zoom.DECADES
    assert zoom.level(zoom.STORY_AT - 0.01) == zoom.STORY


def test_the_buttons_step_between_the_whole_story_the_decades_and_the_cards():
    whole = 0.2
    assert zoom.stops(whole) == (0.2, zoom.DECADES_ZOOM, 1.0)
    assert zoom.step(1.0, -1, whole) == zoom.DECADES_ZOOM
    assert zoom.step(zoom.DECADES_ZOOM, -1, whole) == whole
    assert zoom.step(whole, -1, whole) == whole, "nothing beyond the whole story"
    assert zoom.step(whole, 1, whole) == zoom.DECADES_ZOOM
    assert zoom.step(0.7, 1, whole) == 1.0, "from between two levels, on to the next"
    assert zoom.step(1.0, 1, whole) == 1.0
    # Few milestones on a big screen: the whole story is almost the decades level.
    assert zoom.stops(0.45) == (0.45, 1.0)
    assert zoom.stops(1.0) == (1.0,)


def test_the_whole_story_fits_the_screen():
    assert zoom.fit(1800, 9000) == 0.2
    assert zoom.fit(1800, 900) == 1.0, "a short story is whole at the card level"


def test_a_pinch_scales_with_the_fingers_distance_within_the_levels():
    assert zoom.pinched(0.5, 200, 400, 0.2) == 1.0
    assert zoom.pinched(0.5, 200, 300, 0.2) == 0.75
    assert zoom.pinched(0.5, 400, 100, 0.2) == 0.2, "never past the whole story"


def test_the_year_under_the_fingers_stays_under_them():
    layout = lay_out([1946, 1959, 1972, 1984, 1990, 1991, 1992, 2000])
    finger = 700.0
    scroll, unit = 1000.0, 440.0
    units = (scroll + finger) / unit
    year = layout.year_at(units)
    for new_unit in (100.0, 220.0, 880.0):
        new_scroll = zoom.scroll_keeping(units, new_unit, finger)
        assert abs(layout.x_at(year) * new_unit - new_scroll - finger) < 1e-6


def test_marks_of_the_same_or_neighbouring_years_gather_into_one_group():
    years = [1946, 1959, 1990, 1991, 1994, 1994, 1998, 2020]
    positions = [i * 100.0 for i in range(len(years))]
    marks = zoom.gather(positions, years, spacing=50)
    assert [(g.first_year, g.last_year, g.size) for g in marks.groups] == [
        (1946, 1946, 1), (1959, 1959, 1), (1990, 1991, 2), (1994, 1994, 2), (1998, 1998, 1),
        (2020, 2020, 1)]
    assert [g.label for g in marks.groups][2] == "1990–1991"
    assert sum(g.size for g in marks.groups) == len(years), "every milestone is in one group"


def test_a_crowded_screen_has_a_bounded_number_of_groups():
    """5,000 milestones over a screen 1,800 pixels long: marks gather until they stand apart."""
    rng = random.Random(3)
    years = sorted(rng.randrange(1900, 2100) for _ in range(5000))
    positions = [i * 1800 / 5000 for i in range(5000)]
    marks = zoom.gather(positions, years, spacing=84)
    assert len(marks.groups) <= 1800 / 84 * 2 + 1
    assert sum(g.size for g in marks.groups) == 5000
    assert all(b.first == a.last for a, b in zip(marks.groups, marks.groups[1:]))


def test_a_tap_finds_the_nearest_group_within_reach():
    marks = zoom.gather([0.0, 100.0, 400.0], [1950, 1960, 2000], spacing=50)
    assert marks.at(90, 30).first_year == 1960
    assert marks.at(250, 30) is None
    assert [g.first_year for g in marks.between(50, 500)] == [1960, 2000]


def test_a_tapped_group_opens_on_readable_cards():
    assert zoom.zoom_to_show(span=4000, extent=1800, whole=0.1) == zoom.DECADES_ZOOM
    assert zoom.zoom_to_show(span=600, extent=1800, whole=0.1) == 1.0
    assert zoom.DECADES_ZOOM < zoom.zoom_to_show(span=1800, extent=1800, whole=0.1) < 1.0


def test_groups_are_kept_while_a_pinch_changes_the_zoom_a_little():
    middle = zoom.bucket_zoom(-11)
    assert zoom.bucket(middle * 0.98) == zoom.bucket(middle * 1.02)
    assert zoom.bucket(middle) != zoom.bucket(middle * 1.2)
