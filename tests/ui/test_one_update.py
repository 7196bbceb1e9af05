"""One visitor action, one update of each view: counted through real touch taps."""

from __future__ import annotations

import pytest
from kiosk.analytics.sessions import EngagementLog
from kiosk.config import Config
from kiosk.ui import overview_layer
from kiosk.ui.timeline import view as timeline_view
from tests.ui.conftest import wait_settled
from tests.ui.test_timeline import chip
from tests.ui.touch import tap


@pytest.fixture
def counted(qtbot, make_window, tmp_path, monkeypatch):
    log = EngagementLog.at(tmp_path, 365, batch_seconds=0)
    log.start()
    window = make_window(config=Config(idle_seconds=600), engagement=log)
    qtbot.waitUntil(lambda: window.engagement is not None)
    tap(chip(window, "science"))  # a visit is under way; then count from here
    tap(chip(window, "science"))
    wait_settled(qtbot, window)
    counts = {"layouts": 0, "region": 0, "marks": 0}

    def layout(*args, **kwargs):
        counts["layouts"] += 1
        return real_lay_out(*args, **kwargs)

    real_lay_out = timeline_view.lay_out
    monkeypatch.setattr(timeline_view, "lay_out", layout)
    # The strip renders the state's span: each change of it is one move of its region.
    unsubscribe = window.state.subscribe("span", lambda *_: counts.__setitem__("region", counts["region"] + 1))
    real_draw = overview_layer.draw_layer
    monkeypatch.setattr(overview_layer, "draw_layer", lambda *a, **k: (
        counts.__setitem__("marks", counts["marks"] + 1), real_draw(*a, **k))[1])

    def rows() -> list[tuple]:
        import sqlite3

        assert log.flush(5)
        conn = sqlite3.connect(log.path)
        try:
            return conn.execute("SELECT kind, subject FROM events ORDER BY id").fetchall()
        finally:
            conn.close()

    before = len(rows())
    yield window, counts, lambda: rows()[before:]
    unsubscribe()
    log.close()


def test_a_chip_tap_is_one_layout_one_strip_update_one_row(qtbot, counted):
    window, counts, new_rows = counted
    tap(chip(window, "sports"))
    wait_settled(qtbot, window)
    assert counts["layouts"] == 1, "the timeline is laid out once"
    assert counts["region"] == 1, "the span the strip draws changes once"
    assert counts["marks"] == 1, "the strip's marks are drawn again once"
    assert new_rows() == [("filter", "sports")]


def test_the_all_chip_is_one_of_each_too(qtbot, counted):
    window, counts, new_rows = counted
    tap(chip(window, "sports"))
    wait_settled(qtbot, window)
    counts.update(layouts=0, region=0, marks=0)
    tap(chip(window, None))
    wait_settled(qtbot, window)
    assert (counts["layouts"], counts["region"], counts["marks"]) == (1, 1, 1)
    assert new_rows() == [("filter", "sports"), ("filter", "all")]


def test_a_language_switch_is_one_layout_and_one_row(qtbot, counted):
    window, counts, new_rows = counted
    before = window.state.language
    tap(window.language_toggle)
    wait_settled(qtbot, window)
    assert window.state.language != before
    assert counts["layouts"] == 1, "the timeline is laid out once, in the new language"
    assert counts["region"] <= 1 and counts["marks"] <= 1  # the year labels take the language's face
    assert new_rows() == [("language", window.state.language)]
