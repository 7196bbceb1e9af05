"""Filtering, the time scale and date phrasing: what the visitor will see, without a display."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import load_content
from kiosk.content.filtering import Filter, counts
from kiosk.content.scale import ScaleParams, lay_out
from kiosk.content.schema import SCHEMAS, schema_text
from tests.conftest import ASSETS, DATA


@pytest.fixture(scope="module")
def content():
    return load_content(DATA, ASSETS).content


def test_counts_match_what_each_chip_shows(content):
    per = counts(content)
    assert per == {"science": 8, "culture": 4, "exchange": 2, "environment": 3,
                   "communities": 6, "relief": 4, "sports": 2, "company": 3}
    for cat, n in per.items():
        assert len(Filter(frozenset({cat})).visible(content)) == n


def test_secondary_tags_are_found(content):
    culture = [m.id for m in Filter(frozenset({"culture"})).visible(content)]
    assert "eye-see" in culture and "refugee-film-festival" in culture


def test_multi_select_is_a_union_and_all_is_everything(content):
    both = Filter(frozenset({"sports", "environment"})).visible(content)
    assert {m.category for m in both} <= {"sports", "environment", "communities"}
    assert len(both) == 5
    assert len(Filter().visible(content)) == 29
    assert Filter().toggled("sports").toggled("sports").is_all


@given(st.sets(st.sampled_from(["science", "culture", "exchange", "environment", "communities",
                                "relief", "sports", "company"])))
def test_any_chips_show_in_time_order_and_the_layout_reads_the_same_cards(content, chips):
    """Whatever chips are on, the cards shown are those any of them finds (by category or
    tag), in the content's order, and the years and ids the timeline lays out are theirs."""
    shown = Filter(frozenset(chips)).visible(content)
    expected = [m for m in content.milestones
                if not chips or m.category in chips or chips & set(m.tags)]
    assert list(shown) == expected
    years, ids = Filter(frozenset(chips)).years_and_ids(content)
    assert years == [m.start.year for m in expected] and ids == [m.id for m in expected]


def test_neighbour_walks_within_the_filter(content):
    sports = Filter(frozenset({"sports"}))
    assert sports.neighbour(content, "dream-goal-2010", 1) == "dream-goal-2014"
    assert sports.neighbour(content, "dream-goal-2014", 1) is None
    assert sports.neighbour(content, "dream-goal-2010", -1) is None


def test_dense_years_do_not_overlap_and_gaps_are_bounded(content):
    params = ScaleParams()
    layout = lay_out([m.start.year for m in content.milestones], params)
    for i in range(2, len(layout.anchors)):
        assert layout.anchors[i] - layout.anchors[i - 2] >= params.card_width + params.gap - 1e-9
    steps = [b - a for a, b in zip(layout.anchors, layout.anchors[1:])]
    assert max(steps) <= params.step + params.break_width + 1e-9, "no screen of emptiness"
    assert [(b.from_year, b.to_year) for b in layout.breaks] == [
        (1946, 1959), (1959, 1972), (1972, 1984), (1984, 1990)]


@given(st.lists(st.integers(1900, 2100), min_size=2, max_size=60).map(sorted))
def test_year_and_x_are_inverse_and_monotonic(years):
    layout = lay_out(years)
    assert list(layout.anchors) == sorted(layout.anchors)
    for year in range(years[0], years[-1] + 1):
        assert layout.year_at(layout.x_at(year)) == pytest.approx(year, abs=1e-6)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_matches_the_model(name):
    committed = json.loads((DATA / "schema" / name).read_text(encoding="utf-8"))
    assert committed == json.loads(schema_text(SCHEMAS[name])), "run: kiosk schema"
