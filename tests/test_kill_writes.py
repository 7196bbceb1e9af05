"""kill -9 aimed exactly inside the kiosk's own writes: the validated-content cache and the
engagement log. The write is slowed and announced, so the kill lands mid-file every time;
the next start must come up on the home screen with intact content, and tidy up."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

from tests.conftest import ROOT

# Runs the real start-up path (load_or_fallback -> load_cached -> the cache write) with
# pickle.dump slowed: half the bytes, a line on stdout, then a long pause to be killed in.
SLOW_CACHE_WRITE = """
import pickle, sys, time
import kiosk.content.cache as cache

class SlowPickle:
    HIGHEST_PROTOCOL = pickle.HIGHEST_PROTOCOL
    load = staticmethod(pickle.load)

    @staticmethod
    def dump(obj, fh, protocol=None):
        data = pickle.dumps(obj, protocol=protocol)
        fh.write(data[: len(data) // 2])
        fh.flush()
        print("HALF-WRITTEN", flush=True)
        time.sleep(60)

cache.pickle = SlowPickle
from kiosk import paths
from kiosk.ui.app import load_or_fallback
load_or_fallback(None, paths.cache_dir())
"""


def run_env(tmp_path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"),
                XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"))


def kill_when(proc: subprocess.Popen, line: str) -> None:
    for out in proc.stdout:
        if out.strip() == line:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()


def screenshot(tmp_path, name: str) -> bytes:
    shot = tmp_path / name
    subprocess.run([sys.executable, "-m", "kiosk", "--screenshot", str(shot), "--size", "1280x800"],
                   cwd=ROOT, env=run_env(tmp_path), check=True, capture_output=True, timeout=120)
    return shot.read_bytes()


def test_kill_inside_the_content_cache_write(tmp_path):
    cache = tmp_path / "cache"
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", SLOW_CACHE_WRITE], cwd=ROOT,
                                env=run_env(tmp_path), stdout=subprocess.PIPE, text=True)
        kill_when(proc, "HALF-WRITTEN")
        half = list(cache.rglob("*.tmp"))
        assert half and not list(cache.rglob("*.pickle")), "killed mid-write, nothing complete"
    first = screenshot(tmp_path, "after-kill.png")   # validates afresh, writes a whole cache
    assert not list(cache.rglob("*.tmp")), "the half-written files were removed"
    assert len(list(cache.rglob("*.pickle"))) == 1
    assert screenshot(tmp_path, "from-cache.png") == first, "the cached start looks the same"
    reference = tmp_path / "reference"
    reference.mkdir()
    assert screenshot(reference, "clean.png") == first, "the home screen, as on a clean machine"


# The real write path (store.write_batch in the writer's thread), slowed from inside by a
# SQLite trace callback: half of the in-flight batch's inserts run, a line on stdout, then a
# long pause to be killed in, inside the open transaction.
SLOW_BATCH = """
import sys, time
from pathlib import Path
import kiosk.analytics.store as store

real_write = store.write_batch
slowed = []

def traced(conn, ops):
    inserts = []
    def trace(sql):
        if slowed and sql.lstrip().upper().startswith("INSERT INTO EVENTS"):
            inserts.append(sql)
            if len(inserts) == len(ops) // 2:
                print("HALF-WRITTEN", flush=True)
                time.sleep(60)
    conn.set_trace_callback(trace)
    try:
        real_write(conn, ops)
    finally:
        conn.set_trace_callback(None)
store.write_batch = traced

from kiosk.analytics.sessions import EngagementLog
log = EngagementLog.at(Path(sys.argv[1]).parent, 365, batch_seconds=0.01)
log.start()
log.writer.ready.wait()
log.touched("en")
for i in range(10):
    log.filter_used(f"committed-{i}", True)
log.flush()
slowed.append(True)
log.touched("en")
for i in range(100):
    log.filter_used(f"in-flight-{i}", True)
time.sleep(60)
"""


def test_kill_inside_an_engagement_log_transaction(tmp_path):
    db = tmp_path / "engagement.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_BATCH, str(db)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    kill_when(proc, "HALF-WRITTEN")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        subjects = [s for (s,) in conn.execute("SELECT subject FROM events ORDER BY id")]
    finally:
        conn.close()
    assert subjects == [f"committed-{i}" for i in range(10)], "the batch in flight, and only it, is lost"
