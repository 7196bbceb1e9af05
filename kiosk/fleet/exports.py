"""Engagement logs across a fleet: each kiosk copies its own log into a shared or synced
folder as `<kiosk name>.sqlite3` (never merged in place: one writer per file), and
`kiosk stats --fleet FOLDER` reads them all into one report.

A copy is taken with SQLite's backup API (a consistent snapshot while the kiosk writes),
stamped with the kiosk's name, and renamed into place, so a reader never sees half a file.
Reading merges the copies into one in-memory database keyed by (kiosk, session), so a copy
read twice, or found under two file names, never counts a session twice. Plain Python.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)
SUFFIX = ".sqlite3"
MAX_EXPORTS = 1000

_MERGED = """
CREATE TABLE sessions (kiosk TEXT NOT NULL, id INTEGER NOT NULL, started REAL NOT NULL,
    last_touch REAL NOT NULL, ended REAL, end_reason TEXT, touches INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL, PRIMARY KEY (kiosk, id));
CREATE TABLE events (kiosk TEXT NOT NULL, id INTEGER NOT NULL, at REAL NOT NULL,
    session INTEGER NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, value REAL NOT NULL,
    PRIMARY KEY (kiosk, id));
"""


def export_log(database: Path, folder: Path, name: str) -> Path:
    """Copy the kiosk's engagement log to `folder/<name>.sqlite3`, atomically."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}{SUFFIX}"
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
    os.close(fd)
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
            copy.execute("CREATE TABLE IF NOT EXISTS kiosk (name TEXT NOT NULL)")
            copy.execute("DELETE FROM kiosk")
            copy.execute("INSERT INTO kiosk VALUES (?)", (name,))
            copy.commit()
        finally:
            copy.close()
            source.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def merged(folder: Path) -> tuple[sqlite3.Connection, list[str], list[str]]:
    """One in-memory database of every export in `folder`: (connection, kiosk names, notes
    on files that could not be read)."""
    conn = sqlite3.connect("file::memory:", uri=True)  # URIs on, for read-only ATTACH
    conn.executescript(_MERGED)
    names, notes = [], []
    for path in sorted(Path(folder).glob(f"*{SUFFIX}"))[:MAX_EXPORTS]:
        try:
            name = _merge(conn, path)
        except sqlite3.Error as exc:
            notes.append(f"{path.name}: not read ({exc}).")
            continue
        if name not in names:
            names.append(name)
    return conn, names, notes


def _merge(conn: sqlite3.Connection, path: Path) -> str:
    conn.execute("ATTACH DATABASE ? AS one", (f"file:{path}?mode=ro",))
    try:
        try:
            row = conn.execute("SELECT name FROM one.kiosk").fetchone()
        except sqlite3.OperationalError:
            row = None
        name = row[0] if row else path.stem  # an export from before names were stamped
        with conn:
            conn.execute("INSERT OR IGNORE INTO sessions SELECT ?, id, started, last_touch, ended, "
                         "end_reason, touches, language FROM one.sessions", (name,))
            conn.execute("INSERT OR IGNORE INTO events SELECT ?, id, at, session, kind, subject, "
                         "value FROM one.events", (name,))
        return name
    finally:
        conn.execute("DETACH DATABASE one")
