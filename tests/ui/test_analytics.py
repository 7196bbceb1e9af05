"""The engagement log driven through the real UI: scripted visits by touch, the exact rows
they leave, the reset's own changes left out, and the admin screen's analytics page."""

from __future__ import annotations

import csv
import time

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from kiosk.analytics import FILE_NAME
from kiosk.analytics.export import export_csv
from kiosk.analytics.report import build_report, last_days, open_read_only
from kiosk.analytics.sessions import EngagementLog
from kiosk.config import Config
from kiosk.pin import save_pin
from tests.ui.test_admin import enter, hold_corner
from tests.ui.test_timeline import card_point, chip
from tests.ui.conftest import rows, wait_settled
from tests.ui.touch import tap

FAST = Config(idle_seconds=0.5, countdown_seconds=0.6, attract_seconds=5)


def button(widget, name: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.objectName() == name)


def test_a_visit_by_touch_leaves_exactly_these_rows(qtbot, make_window, engagement, tmp_path):
    window = make_window(config=FAST, engagement=engagement)
    QTest.qWait(100)
    assert rows(engagement, "SELECT COUNT(*) FROM sessions") == [(0,)], "no touch, no session"

    tap(chip(window, "environment"))                                  # touch 1
    wait_settled(qtbot, window)
    tap(window.timeline.viewport(), card_point(window, "conservation-international"))  # touch 2
    qtbot.waitUntil(lambda: window.state.open_milestone == "conservation-international")
    wait_settled(qtbot, window)
    tap(window.detail.next_button)                                    # touch 3: the next card
    next_id = window.state.open_milestone
    assert next_id != "conservation-international"
    tap(window.language_toggle)                                       # touch 4
    assert window.state.language == "ja"
    tap(window.detail.close_button)                                   # touch 5
    qtbot.waitUntil(lambda: not window.detail.isVisible())
    # Walk away: idle, countdown, reset (filter, language and scroll go back), tour.
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=4000)
    assert window.state.language == window.state.defaults.language and window.state.filter.is_all
    qtbot.wait(300)  # not an animation: the tour runs a while before the next visitor comes
    tap(window.timeline.viewport(), window.timeline.viewport().rect().center())  # next visitor

    sessions = rows(engagement, "SELECT end_reason, touches, language, last_touch - started "
                                "FROM sessions ORDER BY id")
    assert len(sessions) == 2
    first, second = sessions
    assert first[:3] == ("idle", 5, "ja")
    assert 0.3 < first[3] < 5
    assert second[:3] == (None, 0, window.state.defaults.language), "still going: counted when it ends"
    events = rows(engagement, "SELECT kind, subject, value, session FROM events ORDER BY id")
    later = events[7:]  # the next visitor's tap may open a card: counted in their session
    assert all(e[0] == "card_level" and e[3] != events[0][3] for e in later)
    events = events[:7]
    assert [e[:2] for e in events] == [
        ("filter", "environment"),
        ("card_level", "cards"),  # the zoom level in use as the card opened
        ("card", "conservation-international"),
        ("card_level", "cards"),
        ("language", "ja"),
        ("card", next_id),
        ("attract", ""),
    ], "the reset's own changes are not visitor choices"
    assert events[0][2] == 1.0
    assert 0.2 < events[2][2] < 3 and 0 < events[5][2] < 3
    assert 0.2 < events[6][2] < 3, "how long the tour ran before the touch"
    assert len({e[3] for e in events[:6]}) == 1 and events[6][3] != events[0][3]

    export = tmp_path / "export"  # what `kiosk stats --csv` writes, for the same visit
    conn = open_read_only(engagement.path.parent)
    try:
        export_csv(conn, export, *last_days(1))
    finally:
        conn.close()
    with (export / "events.csv").open(newline="", encoding="utf-8") as fh:
        exported = [(r["kind"], r["subject"], r["session"]) for r in csv.DictReader(fh)]
    assert exported[:7] == [(k, s_, str(sess)) for k, s_, _, sess in events]
    with (export / "daily.csv").open(newline="", encoding="utf-8") as fh:
        [today] = list(csv.DictReader(fh))
    assert (today["sessions"], today["cards_opened"], today["filters_chosen"],
            today["language_switches"], today["tour_interruptions"]) == ("2", "2", "1", "1", "1")


def operator_config(tmp_path) -> Config:
    save_pin(tmp_path / "pin", "2468")
    return Config(admin_hold_seconds=0.3, admin_pin_file=tmp_path / "pin")


def open_analytics(qtbot, window) -> None:
    hold_corner(qtbot, window)
    enter(qtbot, window, "2468")
    qtbot.waitUntil(lambda: window.operator.screen is not None and window.operator.screen.isVisible())
    tap(button(window.operator.screen, "admin:analytics"))
    qtbot.waitUntil(lambda: window.operator.analytics is not None
                    and window.operator.analytics.isVisible())
    report_shown(qtbot, window)


def report_shown(qtbot, window) -> None:
    """The log is read off the UI thread; the page says so until the report is in."""
    from kiosk.ui.operator import READING

    qtbot.waitUntil(lambda: window.operator.analytics.summary.text() != READING)


def test_the_analytics_page_charts_what_was_recorded(qtbot, make_window, engagement, tmp_path):
    window = make_window(config=operator_config(tmp_path), engagement=engagement)
    for milestone in ("eye-see", "eye-see", "science-fund", "eye-see"):
        window.timeline.center_on(milestone, animate=False)
        QTest.qWait(50)
        tap(window.timeline.viewport(), card_point(window, milestone))
        qtbot.waitUntil(lambda m=milestone: window.state.open_milestone == m)
        wait_settled(qtbot, window)
        tap(window.detail.close_button)
        qtbot.waitUntil(lambda: not window.detail.isVisible())
    tap(chip(window, "sports"))
    wait_settled(qtbot, window)
    open_analytics(qtbot, window)

    page = window.operator.analytics
    report = build_report(open_read_only(tmp_path), *last_days(30))
    assert report.sessions == 1
    hour = time.localtime().tm_hour
    assert page.charts["hours"].bars[hour] == (f"{hour:02d}", 1)
    assert sum(v for _, v in page.charts["hours"].bars) == 1
    assert dict(page.charts["lengths"].bars) == dict(report.lengths)
    assert page.charts["milestones"].bars == [(window.content.milestone("eye-see").text("en").title, 3),
                                              (window.content.milestone("science-fund").text("en").title, 1)]
    assert ("Sports", 1) in page.charts["choices"].bars
    assert ("English sessions", 1) in page.charts["choices"].bars
    assert "1 sessions" in page.summary.text() and "4 cards opened" in page.summary.text()
    assert page.range_buttons[30].isChecked()

    tap(page.range_buttons[1])
    assert page.range_buttons[1].isChecked() and not page.range_buttons[30].isChecked()
    qtbot.waitUntil(lambda: page.heading.text() == f"Visitor engagement, {time.strftime('%Y-%m-%d')}")
    tap(button(page, "analytics:back"))
    assert not page.isVisible() and window.operator.screen.isVisible()


def test_operator_touches_end_the_visit_and_are_not_counted(qtbot, make_window, engagement, tmp_path):
    window = make_window(config=operator_config(tmp_path), engagement=engagement)
    tap(chip(window, "sports"))
    open_analytics(qtbot, window)
    tap(button(window.operator.analytics, "analytics:7"))
    report_shown(qtbot, window)
    tap(button(window.operator.analytics, "analytics:back"))
    tap(button(window.operator.screen, "admin:close"))
    assert rows(engagement, "SELECT end_reason FROM sessions") == [("operator",)]
    assert rows(engagement, "SELECT kind, subject FROM events") == [("filter", "sports")]
    tap(chip(window, "sports"))                        # a visitor again: a new session
    assert rows(engagement, "SELECT COUNT(*) FROM sessions") == [(2,)]


def test_a_damaged_log_is_replaced_and_the_admin_status_says_so(qtbot, make_window, tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"this is not a database" * 100)
    log = EngagementLog.at(tmp_path, 365, batch_seconds=0.05)
    log.start()
    try:
        window = make_window(config=operator_config(tmp_path), engagement=log)
        assert log.writer.ready.wait(5)
        hold_corner(qtbot, window)
        enter(qtbot, window, "2468")
        qtbot.waitUntil(lambda: window.operator.screen is not None)
        status = window.operator.screen.status.text()
        assert "engagement database was damaged" in status and "a new one started" in status
        assert list(tmp_path.glob(f"{FILE_NAME}.damaged-*"))
    finally:
        log.writer.close()


def test_no_log_when_analytics_is_off(qtbot, make_window, tmp_path):
    window = make_window(config=operator_config(tmp_path))
    open_analytics(qtbot, window)
    page = window.operator.analytics
    assert "off" in page.summary.text()
    assert sum(v for _, v in page.charts["hours"].bars) == 0


def test_milestone_titles_in_the_charts_are_plain_text(qtbot, make_window, engagement, tmp_path):
    """Axis ticks are drawn with drawText: markup in a title is shown, never interpreted."""
    from PySide6.QtCore import Qt

    from tests.ui.test_hostile_text import HOSTILE, hostile_content

    text = HOSTILE["markup"]
    window = make_window(which=hostile_content(tmp_path, text), config=operator_config(tmp_path),
                         engagement=engagement)
    window.timeline.center_on("sony-foundation-australia", animate=False)
    QTest.qWait(50)
    tap(window.timeline.viewport(), card_point(window, "sony-foundation-australia"))
    qtbot.waitUntil(lambda: window.state.open_milestone == "sony-foundation-australia")
    open_analytics(qtbot, window)
    page = window.operator.analytics
    assert page.charts["milestones"].bars == [(text, 1)]
    label = page.charts["milestones"].tick_labels[0]
    assert label.startswith(text[:20]) and label.endswith("… (1)")
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in [page.heading, page.summary, *page.titles.values()])
