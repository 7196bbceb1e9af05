"""The visitor state, with no Qt: a visit and its reset, as the views would see them."""

from __future__ import annotations

import pytest

from kiosk.content.filtering import Filter
from kiosk.visit.state import Visit, VisitorState


def recorder(state: VisitorState, *names: str) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    for name in names:
        state.subscribe(name, lambda new, _old, name=name: seen.append((name, new)))
    return seen


def test_a_visit_and_its_reset():
    state = VisitorState(Visit(language="ja"))
    seen = recorder(state, "language", "filter", "open_milestone", "span")
    state.filter = Filter(frozenset({"sports"}))
    state.open_milestone = "dream-goal-2010"
    state.language = "en"
    state.open_milestone = "dream-goal-2014"
    state.span = (2009.5, 2015.0)
    assert seen == [("filter", Filter(frozenset({"sports"}))), ("open_milestone", "dream-goal-2010"),
                    ("language", "en"), ("open_milestone", "dream-goal-2014"),
                    ("span", (2009.5, 2015.0))]
    seen.clear()
    state.reset()
    assert state.values == Visit(language="ja")
    assert seen == [("language", "ja"), ("filter", Filter()), ("open_milestone", None), ("span", None)]


def test_setting_the_same_value_announces_nothing():
    state = VisitorState()
    seen = recorder(state, "filter", "language")
    state.filter = Filter()
    state.language = "en"
    state.update(filter=Filter(), language="en")
    state.reset()
    assert seen == []


def test_one_update_announces_each_changed_field_once():
    state = VisitorState()
    seen = recorder(state, "filter", "open_milestone", "zoom")
    state.update(filter=Filter(frozenset({"a"})), open_milestone="x", zoom=1.0)
    assert seen == [("filter", Filter(frozenset({"a"}))), ("open_milestone", "x")]


def test_a_reset_returns_to_the_defaults_of_now():
    state = VisitorState()
    state.set_defaults(language="ja", calm_motion=True)
    state.language = "en"
    state.reset()
    assert state.language == "ja" and state.calm_motion is True


def test_resetting_is_visible_to_subscribers_during_the_reset_only():
    state = VisitorState()
    during = []
    state.subscribe("filter", lambda _new, _old: during.append(state.resetting))
    state.filter = Filter(frozenset({"a"}))
    state.reset()
    assert during == [False, True] and state.resetting is False


def test_a_subscriber_that_changes_the_field_again_wins():
    """The timeline answers a reset's "home" (span None) with the span it then shows; the
    others must see that span, not a stale None after it."""
    state = VisitorState()
    state.span = (1950.0, 1960.0)
    state.subscribe("span", lambda new, _old: new is None and setattr(state, "span", (1946.0, 1955.0)))
    later = []
    state.subscribe("span", lambda new, _old: later.append(new))
    state.reset()
    assert later == [(1946.0, 1955.0)] and state.span == (1946.0, 1955.0)


def test_unsubscribe_and_unknown_fields():
    state = VisitorState()
    seen = []
    unsubscribe = state.subscribe("language", lambda new, _old: seen.append(new))
    state.language = "ja"
    unsubscribe()
    state.language = "en"
    assert seen == ["ja"]
    with pytest.raises(AttributeError):
        state.subscribe("colour", print)
    with pytest.raises(AttributeError):
        state.update(colour="red")
