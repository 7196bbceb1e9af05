"""The vertical timeline's arithmetic, without a display: cards packed down one or two
columns never overlap, keep time's order, and a long gap shows as a break."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content.scale import PackParams, pack
from kiosk.content.track import ABOVE, BELOW, LEFT, RIGHT, Track, vertical_track

PARAMS = PackParams(gap=24, min_step=72, year_unit=14, break_width=56, margin=40, lead=42)


def spans(layout, extents, columns):
    """Each card's (column, top, bottom) as pack placed it."""
    return [(i % columns, a - PARAMS.lead, a - PARAMS.lead + h)
            for i, (a, h) in enumerate(zip(layout.anchors, extents))]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(1946, 2020), st.floats(80, 600)), min_size=1, max_size=60),
       st.sampled_from([1, 2]))
def test_packed_cards_never_overlap_and_keep_time_in_order(cards, columns):
    cards.sort(key=lambda c: c[0])
    years, extents = [c[0] for c in cards], [c[1] for c in cards]
    layout = pack(years, extents, columns, PARAMS)
    assert list(layout.anchors) == sorted(layout.anchors), "later milestones stand lower"
    placed = spans(layout, extents, columns)
    for i, (col, top, bottom) in enumerate(placed):
        assert top >= PARAMS.margin - 0.01
        assert bottom <= layout.width - PARAMS.margin + 0.01, "the last card fits in the length"
        for other_col, other_top, other_bottom in placed[i + 1:]:
            if other_col == col:
                assert other_top >= bottom + PARAMS.gap - 0.01, "two cards in one column overlap"
    for a, b in zip(layout.anchors, layout.anchors[1:]):
        assert b - a >= PARAMS.min_step - 0.01, "two points on the axis run together"
    for year in range(years[0], years[-1] + 1):  # the rail and the view agree on where a year is
        assert abs(layout.year_at(layout.x_at(year)) - year) < 1e-6


def test_a_long_gap_is_a_break_mark_between_its_two_cards():
    layout = pack([1946, 1959, 1960], [200, 200, 200], 1, PARAMS)
    assert [(b.from_year, b.to_year) for b in layout.breaks] == [(1946, 1959)]
    brk = layout.breaks[0]
    assert layout.anchors[0] < brk.start < brk.end < layout.anchors[1]
    assert brk.end - brk.start == PARAMS.break_width


def test_in_two_columns_a_break_has_a_band_no_card_crosses():
    extents = [300, 300, 300]
    layout = pack([1946, 1950, 1970], extents, 2, PARAMS)
    brk = layout.breaks[0]
    tops_bottoms = spans(layout, extents, 2)
    assert all(bottom <= brk.start or top >= brk.end for _, top, bottom in tops_bottoms)


def test_cards_stand_beside_a_vertical_axis_in_one_or_two_columns():
    px = lambda v: v  # noqa: E731  (1080p)
    narrow = vertical_track(850, px, 440)
    assert narrow.columns == 1 and {narrow.side(i) for i in range(4)} == {RIGHT}
    assert narrow.card_width <= 900 and narrow.axis + narrow.stem + narrow.card_width <= 850
    wide = vertical_track(1100, px, 440)
    assert wide.columns == 2 and [wide.side(i) for i in range(3)] == [LEFT, RIGHT, LEFT]
    x, _ = wide.card_origin(500, 200, LEFT)
    assert x + wide.stem + wide.card_width == wide.axis, "a left card's stem ends on the axis"
    assert wide.point(10, 20) == (20, 10), "along is y on a vertical track"


def test_a_horizontal_track_alternates_above_and_below():
    track = Track(False, axis=400, stem=44, card_width=440)
    assert [track.side(i) for i in range(3)] == [ABOVE, BELOW, ABOVE]
    assert track.card_origin(1000, 300, ABOVE) == (780, 400 - 300 - 44)
    assert track.card_origin(1000, 300, BELOW) == (780, 400)


@given(st.lists(st.integers(1946, 2020), min_size=1, max_size=80).map(sorted), st.floats(1900, 2100))
def test_the_nearest_milestone_is_found_by_bisection_as_a_pass_would(years, target):
    from kiosk.content.scale import nearest

    assert nearest(years, target) == min(range(len(years)), key=lambda i: abs(years[i] - target))
