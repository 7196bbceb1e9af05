"""The engagement log as CSV for a spreadsheet: raw sessions and events, and one row per
local day. Plain Python, no Qt."""

from __future__ import annotations

import csv
import io
import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from .report import day_bounds

DAILY_COLUMNS = ("date", "sessions", "median_session_seconds", "total_session_seconds",
                 "cards_opened", "card_seconds", "filters_chosen", "language_switches",
                 "tour_interruptions", "sessions_en", "sessions_ja")
# sessions_en and sessions_ja always, so a sheet keeps its shape; then any other language
# a visitor used, in alphabetical order.
ALWAYS = ("en", "ja")


def _local(ts: float | None) -> str:
    return "" if ts is None else time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts))


def export_csv(conn: sqlite3.Connection | None, folder: Path, first: date, last: date) -> list[Path]:
    """events.csv and sessions.csv (raw rows) and daily.csv (one row per local day)."""
    start, end = day_bounds(first, last)
    rng = (start, end)
    # A fleet's merged log (fleet/exports.py) has a kiosk column: it leads every raw row.
    fleet = conn is not None and "kiosk" in {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    lead = "kiosk, " if fleet else "'', "
    sessions = [] if conn is None else conn.execute(
        f"SELECT {lead}id, started, last_touch, ended, end_reason, touches, language FROM sessions "
        f"WHERE started >= ? AND started < ? ORDER BY {lead}id", rng).fetchall()
    events = [] if conn is None else conn.execute(
        f"SELECT {lead}id, at, session, kind, subject, value FROM events "
        f"WHERE at >= ? AND at < ? ORDER BY {lead}id", rng).fetchall()
    kiosk = ("kiosk",) if fleet else ()

    def led(name: str) -> tuple:
        return (name,) if fleet else ()

    tables = {
        "sessions.csv": (kiosk + ("session", "started", "last_touch", "ended", "seconds",
                                  "end_reason", "touches", "language"),
                         [(*led(name), i, _local(s), _local(lt), _local(e), round(lt - s, 3),
                           r or "", t, lang) for name, i, s, lt, e, r, t, lang in sessions]),
        "events.csv": (kiosk + ("event", "time", "session", "kind", "subject", "value"),
                       [(*led(name), i, _local(at), s, k, subj, v)
                        for name, i, at, s, k, subj, v in events]),
        "daily.csv": _daily([row[1:] for row in sessions], [row[1:] for row in events], first, last),
    }
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (header, rows) in tables.items():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(rows)
        target = folder / name
        temp = target.with_name(f".{name}.tmp")
        temp.write_text(buffer.getvalue(), encoding="utf-8", newline="")
        temp.replace(target)  # atomic: a spreadsheet never opens half a file
        written.append(target)
    return written


def _daily(sessions: list[tuple], events: list[tuple], first: date,
           last: date) -> tuple[tuple[str, ...], list[tuple]]:
    langs = list(ALWAYS) + sorted({s[-1] for s in sessions if s[-1]} - set(ALWAYS))
    days: dict[str, dict] = {}
    day = first
    while day <= last:
        days[day.isoformat()] = {"lengths": [], "cards": 0, "card_seconds": 0.0, "filter": 0,
                                 "language": 0, "attract": 0, "by_language": dict.fromkeys(langs, 0)}
        day += timedelta(days=1)

    def bucket(ts: float) -> dict | None:
        return days.get(time.strftime("%Y-%m-%d", time.localtime(ts)))

    for _id, started, last_touch, _ended, _reason, _touches, language in sessions:
        row = bucket(started)
        if row is not None:
            row["lengths"].append(last_touch - started)
            if language:
                row["by_language"][language] += 1
    for _id, at, _session, kind, _subject, value in events:
        row = bucket(at)
        if row is None:
            continue
        if kind == "card":
            row["cards"] += 1
            row["card_seconds"] += value
        elif kind == "filter":
            row["filter"] += int(value == 1)
        elif kind in ("language", "attract"):
            row[kind] += 1
    header = DAILY_COLUMNS[:-len(ALWAYS)] + tuple(f"sessions_{lang}" for lang in langs)
    return header, [(d, len(r["lengths"]),
                     round(statistics.median(r["lengths"]), 3) if r["lengths"] else 0,
                     round(sum(r["lengths"]), 3), r["cards"], round(r["card_seconds"], 3),
                     r["filter"], r["language"], r["attract"], *r["by_language"].values())
                    for d, r in days.items()]
