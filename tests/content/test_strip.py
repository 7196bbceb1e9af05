"""The overview strip's geometry, without a display: years to pixels and back, ticks, and
which marks fit in its rows."""

from __future__ import annotations

from hypothesis import given, strategies as st

from kiosk.content.strip import FIRST, LAST, Scale, Stacks


def test_the_strip_spans_the_whole_story_with_a_year_to_spare_each_side():
    scale = Scale.for_years([1950, 2001], 1000, margin=20)
    assert scale.span == (FIRST - 1, LAST + 1)
    assert scale.at(FIRST - 1) == 20 and scale.at(LAST + 1) == 980
    wider = Scale.for_years([1930, 2030], 1000)
    assert wider.span == (1929, 2031), "content beyond 1946-2020 widens the strip"


@given(st.floats(min_value=FIRST - 1, max_value=LAST + 1))
def test_a_year_maps_to_a_pixel_and_back(year):
    scale = Scale.for_years([], 1843, margin=28)
    assert abs(scale.year(scale.at(year)) - year) < 1e-6


def test_a_tap_beyond_either_end_is_the_end_year():
    scale = Scale.for_years([], 1000, margin=30)
    assert scale.year(0) == FIRST - 1 and scale.year(1000) == LAST + 1


def test_a_span_is_moved_inside_the_strip_not_squeezed():
    scale = Scale.for_years([], 1000)
    assert scale.clamp(1940, 1960) == (1945, 1965)
    assert scale.clamp(2015, 2030) == (2006, 2021)
    assert scale.clamp(1900, 2100) == (1945, 2021)


def test_ticks_every_five_years_labelled_every_ten():
    ticks = Scale.for_years([], 1000).ticks()
    assert ticks[0] == (1945, False) and ticks[1] == (1950, True) and ticks[-1] == (2020, True)
    assert all(b - a == 5 for (a, _), (b, _) in zip(ticks, ticks[1:]))


def test_the_filters_marks_stand_at_the_foot_of_a_crowded_year():
    years = [2000] * 6 + [2001]
    ids = [f"m{i}" for i in range(7)]
    cats = ["a", "a", "b", "a", "b", "a", "b"]
    stacks = Stacks(years, ids, cats)
    marks = stacks.marks(([2000, 2001], ["m4", "m6"]), rows=3)
    in_2000 = [(m.milestone, m.row, m.shown) for m in marks if m.year == 2000]
    assert in_2000 == [("m4", 0, True), ("m0", 1, False), ("m1", 2, False)]
    assert [(m.milestone, m.shown) for m in marks if m.year == 2001] == [("m6", True)]


@given(st.lists(st.integers(min_value=1946, max_value=2020), max_size=300), st.integers(1, 5),
       st.sets(st.integers(0, 299)), st.booleans())
def test_marks_never_exceed_the_rows_and_every_year_shows(years, rows, picked, in_order):
    """Content in year order (as the loader gives it) or not, the same marks."""
    if in_order:
        years = sorted(years)
    ids = [str(i) for i in range(len(years))]
    shown = {str(i) for i in picked if i < len(years)}
    given_ = ([y for i, y in enumerate(years) if str(i) in shown], [i for i in ids if i in shown])
    marks = Stacks(years, ids, ["c"] * len(years)).marks(given_, rows)
    assert {m.year for m in marks} == set(years), "every year with a milestone has a mark"
    assert all(0 <= m.row < rows for m in marks)
    per_year = {}
    for m in marks:
        per_year.setdefault(m.year, []).append(m)
    for year, held in per_year.items():
        assert len(held) == min(rows, years.count(year))
        found = sum(1 for i, y in enumerate(years) if y == year and str(i) in shown)
        assert sum(m.shown for m in held) == min(rows, found), "the filter's marks come first"
        assert all(m.shown == (m.milestone in shown) for m in held)
        first = [i for i, y in zip(ids, years) if y == year and i in shown][:rows]
        assert [m.milestone for m in sorted(held, key=lambda m: m.row) if m.shown] == first


def test_with_no_filter_every_mark_is_in_colour():
    marks = Stacks([1990, 1990], ["a", "b"], ["x", "y"]).marks(None, rows=4)
    assert [(m.milestone, m.row, m.shown) for m in marks] == [("a", 0, True), ("b", 1, True)]
