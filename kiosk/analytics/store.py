"""The engagement database: schema, the integrity check at start, and retention.

SQLite in WAL mode with synchronous=NORMAL: a killed process loses nothing it committed,
a power cut at most the last transaction or two, and the file is never left corrupt by
either. If it is corrupt anyway (a failing disk, a bad copy), it is moved aside and a new
one started: counting visitors must never stop the exhibit. Plain Python, no Qt.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

log = logging.getLogger(__name__)

# A hard ceiling whatever the retention: about 100 MB on disk. A busy exhibit logs some
# 10,000 events a day, so this is years; it only matters if something floods the log.
MAX_EVENTS = 1_000_000
MAX_SESSIONS = 250_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id          INTEGER PRIMARY KEY,  -- start time in ms: unique on one kiosk, says nothing of anyone
    started     REAL NOT NULL,        -- Unix time of the first touch
    last_touch  REAL NOT NULL,        -- Unix time of the last touch
    ended       REAL,                 -- Unix time the session was closed; NULL if the kiosk was killed
    end_reason  TEXT,                 -- idle | operator | shutdown
    touches     INTEGER NOT NULL DEFAULT 0,
    language    TEXT NOT NULL         -- the language on screen when the session ended
);
CREATE TABLE IF NOT EXISTS events (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       REAL NOT NULL,           -- Unix time
    session  INTEGER NOT NULL,        -- sessions.id
    kind     TEXT NOT NULL,           -- card | filter | language | attract
    subject  TEXT NOT NULL,           -- milestone id | category id or "all" | "en"/"ja" | ""
    value    REAL NOT NULL            -- card: seconds open | filter: 1 on, 0 off | attract: seconds the tour ran
);
CREATE INDEX IF NOT EXISTS events_at ON events(at);
CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started);
"""


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=5, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def open_store(path: Path) -> tuple[sqlite3.Connection, str | None]:
    """The database at `path`, checked and ready; and a note for the operator if the old
    file was damaged and replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    note = None
    if path.exists():
        problem = _check(path)
        if problem is not None:
            moved = _move_aside(path)
            note = (f"The engagement database was damaged ({problem}); it was moved to "
                    f"{moved.name} and a new one started.")
            log.error("%s", note)
    conn = connect(path)
    conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # takes effect on a new file only
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.executescript(SCHEMA)
    return conn, note


def _check(path: Path) -> str | None:
    try:
        conn = connect(path)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:3])
    return None if result == "ok" else result


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            part.replace(Path(f"{target}{suffix}"))
    return target


def prune(conn: sqlite3.Connection, keep_days: float, now: float) -> int:
    """Forget what is older than `keep_days`, and the oldest rows beyond the hard ceiling."""
    cutoff = now - keep_days * 86400
    with conn:
        conn.execute("BEGIN")
        removed = conn.execute("DELETE FROM events WHERE at < ?", (cutoff,)).rowcount
        removed += conn.execute("DELETE FROM sessions WHERE started < ?", (cutoff,)).rowcount
        removed += conn.execute(
            "DELETE FROM events WHERE id <= (SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET ?)",
            (MAX_EVENTS,)).rowcount
        removed += conn.execute(
            "DELETE FROM sessions WHERE id <= (SELECT id FROM sessions ORDER BY id DESC LIMIT 1 OFFSET ?)",
            (MAX_SESSIONS,)).rowcount
    if removed:
        conn.execute("PRAGMA incremental_vacuum")
        log.info("engagement log: %d old rows removed (keeping %g days)", removed, keep_days)
    return removed


def write_batch(conn: sqlite3.Connection, ops: list[tuple]) -> None:
    """One transaction: a kill loses the batch in flight, never half of one."""
    with conn:
        conn.execute("BEGIN")
        for op in ops:
            kind, row = op[0], op[1:]
            if kind == "start":
                conn.execute("INSERT OR REPLACE INTO sessions (id, started, last_touch, language) "
                             "VALUES (?, ?, ?, ?)", row)
            elif kind == "discard":
                conn.execute("DELETE FROM events WHERE session = ?", row)
                conn.execute("DELETE FROM sessions WHERE id = ?", row)
            elif kind == "end":
                conn.execute("UPDATE sessions SET last_touch = ?, ended = ?, end_reason = ?, "
                             "touches = ?, language = ? WHERE id = ?", row)
            else:
                conn.execute("INSERT INTO events (at, session, kind, subject, value) "
                             "VALUES (?, ?, ?, ?, ?)", row)
