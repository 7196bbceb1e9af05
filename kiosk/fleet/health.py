"""The kiosk's health as a file in Prometheus's text format, for node_exporter's textfile
collector: museum IT already scrapes node_exporter, so a kiosk needs no server of its own.

The file is rewritten whole every minute (written beside itself and renamed, as the
collector's documentation asks), so the collector never reads half of it; a kiosk that
stops rewriting it shows as a stale `kiosk_health_timestamp_seconds`. Plain Python.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..atomic import write_atomic


@dataclass(frozen=True)
class Health:
    """What the health file tells a fleet's operator about one kiosk."""

    kiosk: str
    version: str
    content_version: str
    release: str  # "" when the content folder is not a release inbox
    uptime_seconds: float
    visits_today: int
    last_error: float  # Unix time of the last warning or error; 0 for none
    content_problems: int
    release_refused: bool
    memory_bytes: int
    engagement_writing: bool
    at: float


METRICS = (
    ("kiosk_up_seconds", "Seconds since the kiosk started.", "uptime_seconds"),
    ("kiosk_visits_today", "Visits (sessions) recorded since local midnight.", "visits_today"),
    ("kiosk_last_error_timestamp_seconds", "Unix time of the last warning or error; 0 if none.",
     "last_error"),
    ("kiosk_content_problems", "Problems in the configured content (0: it is shown).",
     "content_problems"),
    ("kiosk_release_refused", "1 while the release in the content folder is refused.",
     "release_refused"),
    ("kiosk_memory_rss_bytes", "Resident memory of the kiosk process.", "memory_bytes"),
    ("kiosk_engagement_log_writing", "1 while the engagement log is being written.",
     "engagement_writing"),
    ("kiosk_health_timestamp_seconds", "Unix time this file was written.", "at"),
)


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def health_text(h: Health) -> str:
    kiosk = f'kiosk="{_label(h.kiosk)}"'
    lines = ["# HELP kiosk_info The kiosk's name, app version, content version and release.",
             "# TYPE kiosk_info gauge",
             f'kiosk_info{{{kiosk},version="{_label(h.version)}",content_version='
             f'"{_label(h.content_version)}",release="{_label(h.release)}"}} 1']
    for name, doc, attr in METRICS:
        value = getattr(h, attr)
        shown = f"{value:.3f}" if isinstance(value, float) else str(int(value))
        lines += [f"# HELP {name} {doc}", f"# TYPE {name} gauge", f"{name}{{{kiosk}}} {shown}"]
    return "\n".join(lines) + "\n"


def write_health(path: Path, h: Health, database: Path | None) -> None:
    """Count today's visits (a read of the engagement log, so off the UI thread) and
    rewrite the file atomically."""
    if database is not None:
        from dataclasses import replace

        h = replace(h, visits_today=visits_today(database))
    write_atomic(path, health_text(h), mode=0o644)  # node_exporter runs as its own user


def visits_today(database: Path, now: float | None = None) -> int:
    import sqlite3

    midnight = datetime.combine(datetime.fromtimestamp(now or time.time()).date(),
                                datetime.min.time()).timestamp()
    if not Path(database).exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=2)
        try:
            return conn.execute("SELECT COUNT(*) FROM sessions WHERE started >= ?",
                                (midnight,)).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
