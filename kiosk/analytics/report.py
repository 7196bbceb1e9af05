"""Reading the engagement log: one report for a date range, shared by `kiosk stats` and
the admin screen's charts, and the CSV export. Days and hours are the kiosk's local time.
Plain Python, no Qt."""

from __future__ import annotations

import sqlite3
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from . import FILE_NAME

# Session lengths are grouped as a person would describe them.
LENGTH_BINS = ((0, "under 10 s"), (10, "10-30 s"), (30, "30-60 s"), (60, "1-2 min"),
               (120, "2-5 min"), (300, "5-10 min"), (600, "over 10 min"))
from ..content.languages import english_name
END_REASONS = {"idle": "at the idle reset", "operator": "by an operator", "shutdown": "when the "
               "kiosk stopped", "interrupted": "cut short (power cut or crash)"}


@dataclass(frozen=True)
class Report:
    """One date range of the engagement log, summed for the admin screen and `kiosk stats`."""

    first: date
    last: date
    sessions: int
    median_seconds: float
    end_reasons: dict[str, int]
    per_hour: tuple[int, ...]  # sessions started in each hour of the day, 0-23
    lengths: tuple[tuple[str, int], ...]  # (bin label, sessions)
    top_milestones: tuple[tuple[str, int, float], ...]  # (milestone id, opens, median seconds open)
    cards_opened: int
    filters: tuple[tuple[str, int], ...]  # (category id or "all", times chosen)
    languages: tuple[tuple[str, int], ...]  # (language, sessions that ended in it)
    language_switches: int
    tour_interruptions: int
    zooms: tuple[tuple[str, int], ...] = ()  # (level a zoom ended at, times)
    card_levels: tuple[tuple[str, int], ...] = ()  # (zoom level, cards opened there)
    keypad_sessions: int = 0  # visits that used the keypad
    comforts: tuple[tuple[str, int], ...] = ()  # ("text_size=160", times chosen)
    readings: tuple[tuple[str, int], ...] = ()  # ("card", read-aloud plays)


def open_read_only(folder: Path) -> sqlite3.Connection | None:
    path = Path(folder) / FILE_NAME
    if not path.exists():
        return None
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)


def day_bounds(first: date, last: date) -> tuple[float, float]:
    """Unix times from local midnight starting `first` to local midnight ending `last`."""
    start = datetime.combine(first, datetime.min.time()).timestamp()
    end = datetime.combine(last + timedelta(days=1), datetime.min.time()).timestamp()
    return start, end


def last_days(days: int, today: date | None = None) -> tuple[date, date]:
    today = today or date.today()
    return today - timedelta(days=max(1, days) - 1), today


def build_report(conn: sqlite3.Connection | None, first: date, last: date, top: int = 10) -> Report:
    if conn is None:
        return _empty(first, last)
    start, end = day_bounds(first, last)
    rng = (start, end)
    lengths = sorted(r[0] for r in conn.execute(
        "SELECT last_touch - started FROM sessions WHERE started >= ? AND started < ?", rng))
    per_hour = [0] * 24
    for hour, n in conn.execute(
            "SELECT CAST(strftime('%H', started, 'unixepoch', 'localtime') AS INTEGER), COUNT(*) "
            "FROM sessions WHERE started >= ? AND started < ? GROUP BY 1", rng):
        per_hour[hour] = n
    reasons = dict(conn.execute(
        "SELECT COALESCE(end_reason, 'interrupted'), COUNT(*) FROM sessions "
        "WHERE started >= ? AND started < ? GROUP BY 1 ORDER BY 2 DESC", rng).fetchall())
    cards: dict[str, list[float]] = {}
    for subject, seconds in conn.execute(
            "SELECT subject, value FROM events WHERE kind = 'card' AND at >= ? AND at < ?", rng):
        cards.setdefault(subject, []).append(seconds)
    ranked = sorted(cards.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]

    def counted(sql: str) -> tuple[tuple[str, int], ...]:
        return tuple((str(k), int(n)) for k, n in conn.execute(sql, rng))

    return Report(
        first=first, last=last, sessions=len(lengths),
        median_seconds=statistics.median(lengths) if lengths else 0.0,
        end_reasons=reasons, per_hour=tuple(per_hour),
        lengths=_binned(lengths),
        top_milestones=tuple((k, len(v), statistics.median(v)) for k, v in ranked),
        cards_opened=sum(len(v) for v in cards.values()),
        filters=counted("SELECT subject, COUNT(*) FROM events WHERE kind = 'filter' AND value = 1 "
                        "AND at >= ? AND at < ? GROUP BY subject ORDER BY 2 DESC, 1"),
        languages=counted("SELECT language, COUNT(*) FROM sessions WHERE started >= ? "
                          "AND started < ? GROUP BY language ORDER BY 2 DESC, 1"),
        language_switches=_count(conn, "language", rng),
        tour_interruptions=_count(conn, "attract", rng),
        zooms=counted("SELECT subject, COUNT(*) FROM events WHERE kind = 'zoom' "
                      "AND at >= ? AND at < ? GROUP BY subject ORDER BY 2 DESC, 1"),
        card_levels=counted("SELECT subject, COUNT(*) FROM events WHERE kind = 'card_level' "
                            "AND at >= ? AND at < ? GROUP BY subject ORDER BY 2 DESC, 1"),
        keypad_sessions=_count(conn, "keypad", rng),
        comforts=counted("SELECT subject, COUNT(*) FROM events WHERE kind = 'comfort' "
                         "AND at >= ? AND at < ? GROUP BY subject ORDER BY 2 DESC, 1"),
        readings=counted("SELECT subject, COUNT(*) FROM events WHERE kind = 'read_aloud' "
                         "AND at >= ? AND at < ? GROUP BY subject ORDER BY 2 DESC, 1"),
    )


def _count(conn: sqlite3.Connection, kind: str, rng: tuple[float, float]) -> int:
    return conn.execute("SELECT COUNT(*) FROM events WHERE kind = ? AND at >= ? AND at < ?",
                        (kind, *rng)).fetchone()[0]


def _binned(lengths: list[float]) -> tuple[tuple[str, int], ...]:
    counts = [0] * len(LENGTH_BINS)
    for seconds in lengths:
        index = max(i for i, (low, _) in enumerate(LENGTH_BINS) if seconds >= low or i == 0)
        counts[index] += 1
    return tuple((label, n) for (_, label), n in zip(LENGTH_BINS, counts))


def _empty(first: date, last: date) -> Report:
    return Report(first, last, 0, 0.0, {}, (0,) * 24, _binned([]), (), 0, (), (), 0, 0)


def describe(report: Report, titles: dict[str, str] | None = None) -> list[str]:
    """The report as lines of plain text, for the terminal."""
    titles = titles or {}
    span = (f"{report.first}" if report.first == report.last
            else f"{report.first} to {report.last}")
    lines = [f"Visitor engagement, {span}"]
    if not report.sessions:
        return lines + ["  No sessions recorded."]
    reasons = ", ".join(f"{n} {END_REASONS.get(k, k)}" for k, n in report.end_reasons.items())
    lines += [
        f"  Sessions: {report.sessions} (ended: {reasons})",
        f"  Median session: {duration_text(report.median_seconds)}",
        f"  Cards opened: {report.cards_opened}",
        f"  Attract tour interrupted: {report.tour_interruptions} times",
        f"  Language switches: {report.language_switches}",
        "  Sessions by language: " + ", ".join(
            f"{english_name(k)} {n}" for k, n in report.languages),
        "  Busiest hours: " + ", ".join(
            f"{h:02d}:00 ({n})" for h, n in sorted(enumerate(report.per_hour),
                                                    key=lambda hn: -hn[1])[:3] if n),
        "  Session lengths: " + ", ".join(f"{label} {n}" for label, n in report.lengths),
        "  Most opened:",
    ]
    lines += [f"    {n:5d} x  {titles.get(k, k)} (median {duration_text(s)} open)"
              for k, n, s in report.top_milestones] or ["    none"]
    lines.append("  Filters chosen: " + (", ".join(f"{k} {n}" for k, n in report.filters) or "none"))
    lines.append("  Zoom changes, by the level they ended at: "
                 + (", ".join(f"{k} {n}" for k, n in report.zooms) or "none"))
    lines.append("  Cards opened, by zoom level: "
                 + (", ".join(f"{k} {n}" for k, n in report.card_levels) or "none"))
    lines.append(f"  Visits that used the keypad: {report.keypad_sessions}")
    lines.append("  Comfort controls chosen: "
                 + (", ".join(f"{k} {n}" for k, n in report.comforts) or "none"))
    lines.append("  Read aloud: " + (", ".join(f"{k} {n}" for k, n in report.readings) or "none"))
    return lines


def duration_text(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds} s" if seconds < 60 else f"{seconds // 60} min {seconds % 60:02d} s"
