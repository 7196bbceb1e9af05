"""`kiosk stats` and its CSV export, from a log written by scripted sessions."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest

from kiosk.analytics.export import DAILY_COLUMNS
from kiosk.analytics.report import build_report, open_read_only
from kiosk.analytics.sessions import IDLE, EngagementLog
from kiosk.analytics.writer import Writer
from kiosk.cli import main
from tests.content.test_engagement import Clock


def visit(log: EngagementLog, clock: Clock, when: datetime, seconds: float, lang: str,
          cards: list[str], filters: list[str] = ()) -> None:
    clock.now = when.timestamp()
    log.touched(lang)
    for category in filters:
        log.filter_used(category, True)
    for milestone in cards:
        log.card_shown(milestone)
        clock.tick(seconds / max(1, len(cards)))
        log.touched(lang)
    log.card_closed()
    clock.tick(120)
    log.end_session(IDLE)


@pytest.fixture
def folder(tmp_path):
    clock = Clock()
    log = EngagementLog(Writer(tmp_path / "engagement.sqlite3", 3650, clock=clock), clock=clock)
    log.start()
    visit(log, clock, datetime(2026, 11, 20, 10, 15), 40, "en", ["science-fund", "eye-see"], ["environment"])
    visit(log, clock, datetime(2026, 11, 20, 10, 50), 5, "ja", ["science-fund"])
    visit(log, clock, datetime(2026, 11, 20, 14, 5), 400, "en", ["science-fund", "forest", "eye-see", "x"],
          ["education", "environment"])
    visit(log, clock, datetime(2026, 11, 22, 9, 0), 0, "ja", [])
    visit(log, clock, datetime(2026, 10, 1, 9, 0), 10, "en", ["old"])  # outside the range below
    log.writer.close()
    return tmp_path


def test_report_counts_what_the_sessions_did(folder):
    conn = open_read_only(folder)
    report = build_report(conn, date(2026, 11, 14), date(2026, 11, 23))
    conn.close()
    assert report.sessions == 4
    assert report.end_reasons == {"idle": 4}
    assert report.per_hour[10] == 2 and report.per_hour[14] == 1 and report.per_hour[9] == 1
    assert sum(report.per_hour) == 4
    assert dict(report.lengths) == {"under 10 s": 2, "10-30 s": 0, "30-60 s": 1, "1-2 min": 0,
                                    "2-5 min": 0, "5-10 min": 1, "over 10 min": 0}
    assert report.top_milestones[0] == ("science-fund", 3, 20.0)
    assert report.top_milestones[1][:2] == ("eye-see", 2)
    assert report.cards_opened == 7
    assert report.filters == (("environment", 2), ("education", 1))
    assert report.languages == (("en", 2), ("ja", 2))
    assert report.median_seconds == pytest.approx(22.5)


def test_stats_command_prints_a_summary_and_writes_csv(folder, tmp_path, capsys):
    config = tmp_path / "config.toml"
    config.write_text(f'analytics_folder = "{folder}"\n', encoding="utf-8")
    out = tmp_path / "export"
    assert main(["--config", str(config), "stats", "--from", "2026-11-20", "--to", "2026-11-22",
                 "--csv", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Sessions: 4" in printed
    assert "3 x  EYE SEE" not in printed and "2 x  EYE SEE: children's digital photography" in printed
    assert "Cards opened: 7" in printed
    with (out / "daily.csv").open(newline="", encoding="utf-8") as fh:
        daily = list(csv.DictReader(fh))
    assert tuple(daily[0]) == DAILY_COLUMNS
    assert [(d["date"], d["sessions"], d["cards_opened"]) for d in daily] == [
        ("2026-11-20", "3", "7"), ("2026-11-21", "0", "0"), ("2026-11-22", "1", "0")]
    assert daily[0]["sessions_en"] == "2" and daily[0]["sessions_ja"] == "1"
    with (out / "events.csv").open(newline="", encoding="utf-8") as fh:
        events = list(csv.DictReader(fh))
    assert [e["subject"] for e in events if e["kind"] == "card"] == [
        "science-fund", "eye-see", "science-fund", "science-fund", "forest", "eye-see", "x"]
    assert events[0]["time"] == "2026-11-20 10:15:00"
    with (out / "sessions.csv").open(newline="", encoding="utf-8") as fh:
        sessions = list(csv.DictReader(fh))
    assert [s["seconds"] for s in sessions] == ["40.0", "5.0", "400.0", "0.0"]


def test_stats_without_a_log_says_so(tmp_path, capsys):
    config = tmp_path / "config.toml"
    config.write_text(f'analytics_folder = "{tmp_path / "none"}"\n', encoding="utf-8")
    assert main(["--config", str(config), "stats"]) == 0
    printed = capsys.readouterr().out
    assert "No engagement log yet" in printed and "No sessions recorded" in printed


def test_stats_rejects_a_backwards_range(tmp_path, capsys):
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    assert main(["--config", str(config), "stats", "--from", "2026-11-22", "--to", "2026-11-20"]) == 2
    assert "after" in capsys.readouterr().err
