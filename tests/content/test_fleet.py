"""One report across kiosks, and the health file Prometheus reads. No Qt."""

from __future__ import annotations

import csv
import shutil
import threading
from datetime import date, datetime
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from kiosk.analytics.report import build_report, open_read_only
from kiosk.analytics.sessions import EngagementLog
from kiosk.analytics.writer import Writer
from kiosk.cli import main
from kiosk.fleet.exports import export_log, merged
from kiosk.fleet.health import Health, health_text, visits_today, write_health
from tests.content.test_engagement import Clock
from tests.content.test_stats import visit

DAY = date(2026, 11, 20)


def kiosk_log(folder: Path, visits: list[tuple[int, str, list[str]]]) -> Path:
    clock = Clock()
    log = EngagementLog(Writer(folder / "engagement.sqlite3", 3650, clock=clock), clock=clock)
    log.start()
    for hour, lang, cards in visits:
        visit(log, clock, datetime(2026, 11, 20, hour, 0), 30, lang, cards, ["sports"])
    log.writer.close()
    return folder / "engagement.sqlite3"


def report_of(conn):
    return build_report(conn, DAY, DAY)


def test_fleet_stats_are_the_sum_of_each_kiosk_and_never_count_twice(tmp_path, capsys):
    shared = tmp_path / "shared"
    kiosks = {"lobby-1": [(9, "en", ["eye-see"]), (10, "ja", ["science-fund", "eye-see"])],
              "lobby-2": [(10, "en", ["science-fund"])],
              "floor-3": [(11, "ja", []), (11, "en", ["eye-see"]), (15, "ja", ["forest"])]}
    singles = []
    for name, visits in kiosks.items():
        (tmp_path / name).mkdir()
        database = kiosk_log(tmp_path / name, visits)
        export_log(database, shared, name)
        conn = open_read_only(tmp_path / name)
        singles.append(report_of(conn))
        conn.close()
    conn, names, notes = merged(shared)
    fleet = report_of(conn)
    assert sorted(names) == sorted(kiosks) and notes == []
    assert fleet.sessions == sum(r.sessions for r in singles) == 6
    assert fleet.cards_opened == sum(r.cards_opened for r in singles)
    assert fleet.per_hour == tuple(map(sum, zip(*(r.per_hour for r in singles))))
    assert dict(fleet.languages) == {"en": 3, "ja": 3}
    assert dict(fleet.filters) == {"sports": 6}

    shutil.copyfile(shared / "lobby-1.sqlite3", shared / "lobby-1 (copy).sqlite3")
    export_log(tmp_path / "lobby-2" / "engagement.sqlite3", shared, "lobby-2")  # re-exported
    again, _, _ = merged(shared)
    assert report_of(again) == fleet, "an export read twice changes nothing"

    config = tmp_path / "config.toml"
    config.write_text(f'analytics_folder = "{tmp_path / "none"}"\n', encoding="utf-8")
    out = tmp_path / "csv"
    assert main(["--config", str(config), "stats", "--fleet", str(shared), "--from", "2026-11-20",
                 "--to", "2026-11-20", "--csv", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Fleet of 3 kiosk(s)" in printed and "Sessions: 6" in printed
    with (out / "sessions.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted({r["kiosk"] for r in rows}) == sorted(kiosks) and len(rows) == 6


def health(**changes) -> Health:
    values = dict(kiosk='lobby "1"', version="1.2.0", content_version="2026.11.24",
                  release="2026.11.24-20261201T000000Z", uptime_seconds=3600.5, visits_today=0,
                  last_error=0.0, content_problems=0, release_refused=False,
                  memory_bytes=120_000_000, engagement_writing=True, at=1_764_547_200.25)
    return Health(**(values | changes))


def test_the_health_file_parses_as_prometheus_text(tmp_path):
    families = {f.name: f for f in text_string_to_metric_families(health_text(health(release_refused=True)))}
    [info] = families["kiosk_info"].samples
    assert info.labels == {"kiosk": 'lobby "1"', "version": "1.2.0",
                           "content_version": "2026.11.24", "release": "2026.11.24-20261201T000000Z"}
    value = {name: f.samples[0].value for name, f in families.items()}
    assert value["kiosk_release_refused"] == 1 and value["kiosk_engagement_log_writing"] == 1
    assert value["kiosk_up_seconds"] == 3600.5 and value["kiosk_memory_rss_bytes"] == 120e6
    assert value["kiosk_health_timestamp_seconds"] == 1_764_547_200.25


def test_the_health_file_is_rewritten_atomically_with_todays_visits(tmp_path):
    database = kiosk_log(tmp_path, [(9, "en", []), (10, "ja", [])])
    path = tmp_path / "textfile" / "kiosk.prom"
    write_health(path, health(), database)
    assert visits_today(database, datetime(2026, 11, 20, 23, 0).timestamp()) == 2
    seen, stop = [], threading.Event()

    def read() -> None:
        while not stop.is_set():
            seen.append(len(list(text_string_to_metric_families(path.read_text()))))

    reader = threading.Thread(target=read)
    reader.start()
    for i in range(200):
        write_health(path, health(uptime_seconds=float(i)), None)
    stop.set()
    reader.join()
    assert seen and set(seen) == {9}, "a reader never sees half a file"
    assert [p.name for p in path.parent.iterdir()] == ["kiosk.prom"], "no temporary file left"
