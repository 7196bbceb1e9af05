"""The engagement log without Qt: exact rows for scripted sessions, batching, retention,
a damaged database replaced, and a kill -9 in the middle of writing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.analytics import FILE_NAME, store
from kiosk.analytics.sessions import IDLE, OPERATOR, EngagementLog
from kiosk.analytics.writer import Writer
from tests.conftest import ROOT


class Clock:
    def __init__(self, now: float = 1_780_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def log(tmp_path, clock):
    engagement = EngagementLog(Writer(tmp_path / FILE_NAME, 365, batch_seconds=0.05,
                                      clock=clock), clock=clock)
    engagement.start()
    yield engagement
    engagement.writer.close()


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_scripted_session_gives_exactly_these_rows(log, clock, tmp_path):
    t0 = clock.now
    log.touched("en")                      # first touch starts the session
    log.tour_interrupted()                 # no tour was running: nothing recorded
    log.filter_used("environment", True)
    clock.tick(2)
    log.touched("en")
    log.card_shown("forest-restoration")
    clock.tick(12.5)
    log.touched("en")
    log.card_shown("eye-see")              # a swipe: the first card closes, the next opens
    clock.tick(4)
    log.touched("en")
    log.language_chosen("ja")
    clock.tick(1)
    log.touched("ja")
    log.card_closed()
    clock.tick(130)                        # walks away; idle + countdown run out
    log.end_session(IDLE, idle_since=t0 + 19.5 + 90)
    log.card_shown("ignored")              # no session: nothing is recorded until a touch
    assert log.writer.flush()

    db = tmp_path / FILE_NAME
    session_id = int(t0 * 1000)
    assert rows(db, "SELECT id, started, last_touch, ended, end_reason, touches, language "
                    "FROM sessions") == [(session_id, t0, t0 + 19.5, t0 + 149.5, "idle", 5, "ja")]
    assert rows(db, "SELECT at - ?, session, kind, subject, value FROM events ORDER BY id"
                .replace("?", str(t0))) == [
        (0.0, session_id, "filter", "environment", 1.0),
        (2.0, session_id, "card", "forest-restoration", 12.5),
        (18.5, session_id, "language", "ja", 0.0),
        (14.5, session_id, "card", "eye-see", 5.0),
    ]


def test_a_card_left_open_counts_until_the_countdown_began(log, clock, tmp_path):
    log.touched("en")
    log.card_shown("walkman")
    clock.tick(200)
    log.end_session(IDLE, idle_since=clock.now - 110)
    assert log.writer.flush()
    assert rows(tmp_path / FILE_NAME, "SELECT kind, subject, value FROM events") == [
        ("card", "walkman", 90.0)]


def test_tour_interruption_and_operator_end(log, clock, tmp_path):
    log.tour_started()
    clock.tick(42)
    log.touched("ja")
    log.tour_interrupted()
    clock.tick(3)
    log.touched("ja")                     # then an operator holds the corner
    log.end_session(OPERATOR)
    log.touched("en")                     # a new session after the operator leaves
    log.close()
    db = tmp_path / FILE_NAME
    assert rows(db, "SELECT kind, value FROM events") == [("attract", 42.0)]
    assert [r[0] for r in rows(db, "SELECT end_reason FROM sessions ORDER BY id")] == [
        "operator", "shutdown"]


def test_an_operators_corner_hold_alone_is_not_a_visit(log, clock, tmp_path):
    log.touched("en")                     # the finger that holds the corner
    clock.tick(3)
    log.end_session(OPERATOR)
    assert log.writer.flush()
    assert rows(tmp_path / FILE_NAME, "SELECT COUNT(*) FROM sessions") == [(0,)]


def test_rows_are_written_in_batches_off_the_callers_thread(tmp_path, clock):
    writer = Writer(tmp_path / FILE_NAME, 365, batch_seconds=30, clock=clock)
    engagement = EngagementLog(writer, clock=clock)
    engagement.start()
    try:
        assert writer.ready.wait(5)
        engagement.touched("en")
        for i in range(50):
            engagement.filter_used(f"c{i}", True)
        time.sleep(0.3)  # inside the 30 s batch window: nothing on disk yet
        assert rows(tmp_path / FILE_NAME, "SELECT COUNT(*) FROM events") == [(0,)]
        assert writer.flush()
        assert rows(tmp_path / FILE_NAME, "SELECT COUNT(*) FROM events") == [(50,)]
    finally:
        writer.close()


def test_old_rows_are_removed_at_start(tmp_path, clock):
    db = tmp_path / FILE_NAME
    conn, note = store.open_store(db)
    assert note is None
    day = 86400
    store.write_batch(conn, [("start", 1, clock.now - 40 * day, clock.now - 40 * day, "en"),
                             ("start", 2, clock.now - 5 * day, clock.now - 5 * day, "ja"),
                             ("event", clock.now - 40 * day, 1, "card", "a", 3.0),
                             ("event", clock.now - 5 * day, 2, "card", "b", 3.0)])
    conn.close()
    writer = Writer(db, keep_days=30, clock=clock)
    writer.start()
    assert writer.flush()
    writer.close()
    assert rows(db, "SELECT id FROM sessions") == [(2,)]
    assert rows(db, "SELECT subject FROM events") == [("b",)]


def test_a_damaged_database_is_moved_aside_and_a_new_one_started(tmp_path, clock):
    db = tmp_path / FILE_NAME
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    writer = Writer(db, 365, clock=clock)
    engagement = EngagementLog(writer, clock=clock)
    engagement.start()
    engagement.touched("en")
    engagement.close()
    assert "damaged" in writer.note and "moved to" in writer.note
    aside = list(tmp_path.glob(f"{FILE_NAME}.damaged-*"))
    assert len(aside) == 1 and aside[0].name in writer.note
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert len(rows(db, "SELECT * FROM sessions")) == 1


def test_an_unwritable_folder_drops_rows_and_says_so(tmp_path, clock):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    writer = Writer(blocker / FILE_NAME, 365, clock=clock)
    engagement = EngagementLog(writer, clock=clock)
    engagement.start()
    engagement.touched("en")
    assert writer.flush()
    engagement.close()
    assert "cannot be written" in writer.note


WRITER_SCRIPT = """
import sys, time
from pathlib import Path
from kiosk.analytics.sessions import EngagementLog
log = EngagementLog.at(Path(sys.argv[1]), 365, batch_seconds=0.01)
log.start()
n = 0
while True:
    log.touched("en")
    for _ in range(25):
        log.filter_used(f"{sys.argv[2]}-{n}", True)
        n += 1
    log.writer.flush()
    print(n, flush=True)
"""


def test_kill_9_while_writing_loses_at_most_the_last_batch(tmp_path):
    db = tmp_path / FILE_NAME
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER_SCRIPT, str(tmp_path), f"r{round_}"], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        committed = 0
        deadline = time.monotonic() + 60
        while committed < 500 and time.monotonic() < deadline:
            committed = int(proc.stdout.readline())
        os.kill(proc.pid, signal.SIGKILL)  # mid-stream: the next batch is being written
        proc.wait()
        proc.stdout.close()
        assert rows(db, "PRAGMA integrity_check") == [("ok",)]
        seen = [int(s.split("-")[1]) for (s,) in rows(
            db, "SELECT subject FROM events ORDER BY id") if s.startswith(f"r{round_}-")]
        assert seen == list(range(len(seen))), "rows missing or out of order"
        assert len(seen) >= committed, "committed rows were lost"
    # and the kiosk opens the same file afterwards without calling it damaged
    writer = Writer(db, 365)
    writer.start()
    assert writer.flush()
    writer.close()
    assert writer.note is None
