"""A background thread that stores engagement rows in batches.

The UI thread only appends a tuple to a queue (a microsecond); the thread opens the
database (with its integrity check, which can take a while on a big file), gathers rows
for up to `batch_seconds`, and writes each batch in one transaction. If the database
cannot be used at all, rows are dropped and the operator is told; the exhibit goes on.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)

_STOP = object()
BATCH_ROWS = 500
PRUNE_EVERY = 86400.0


class Writer:
    def __init__(self, path: Path, keep_days: float, batch_seconds: float = 2.0,
                 clock=time.time) -> None:
        self.path = path
        self.note: str | None = None  # for the admin status: damaged file replaced, or unusable
        self.ready = threading.Event()
        self._keep_days = keep_days
        self._batch_seconds = batch_seconds
        self._clock = clock
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="engagement-writer", daemon=True)
        self._started = self._closed = False
        self._usable = False  # its database is open

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    @property
    def writing(self) -> bool:
        """Running, and its database open: what the fleet's health file reports."""
        return self._thread.is_alive() and not self._closed and self._usable

    def put(self, op: tuple) -> None:
        if not self._closed:
            self._queue.put(op)

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything put so far is on disk (for reports and tests)."""
        if not self._started or self._closed:
            return False
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued and end the thread."""
        if self._closed:
            return
        self._closed = True
        self.start()  # a visit in the kiosk's first seconds is still written
        self._queue.put(_STOP)
        self._thread.join(timeout)

    # --- the thread -------------------------------------------------------------------
    def _run(self) -> None:
        from . import store  # sqlite3 loads here, in this thread, not on the kiosk's start-up path

        self._store = store
        conn = self._open()
        self._usable = conn is not None
        self.ready.set()
        last_prune = self._clock()
        while True:
            batch, markers, stop = self._gather()
            if batch and conn is not None:
                try:
                    self._store.write_batch(conn, batch)
                except Exception as exc:  # noqa: BLE001 - a full disk must not stop the exhibit
                    log.error("engagement log: %d rows not written: %s", len(batch), exc)
            for marker in markers:
                marker.set()
            if stop:
                break
            if conn is not None and self._clock() - last_prune > PRUNE_EVERY:
                last_prune = self._clock()
                self._prune(conn)
        if conn is not None:
            conn.close()

    def _open(self):
        try:
            conn, self.note = self._store.open_store(self.path)
        except Exception as exc:  # noqa: BLE001
            self.note = f"The engagement log cannot be written ({exc}); visits are not being counted."
            log.error("engagement log %s: %s", self.path, exc)
            return None
        self._prune(conn)
        return conn

    def _prune(self, conn) -> None:
        try:
            self._store.prune(conn, self._keep_days, self._clock())
        except Exception as exc:  # noqa: BLE001
            log.error("engagement log: pruning failed: %s", exc)

    def _gather(self) -> tuple[list[tuple], list[threading.Event], bool]:
        """Block for the first item, then collect what arrives within the batch window."""
        batch: list[tuple] = []
        markers: list[threading.Event] = []
        item = self._queue.get()
        deadline = time.monotonic() + self._batch_seconds
        while True:
            if item is _STOP:
                return batch, markers, True
            if isinstance(item, threading.Event):
                markers.append(item)
                return batch, markers, False  # someone is waiting: write now
            batch.append(item)
            left = deadline - time.monotonic()
            if len(batch) >= BATCH_ROWS or left <= 0:
                return batch, markers, False
            try:
                item = self._queue.get(timeout=left)
            except queue.Empty:
                return batch, markers, False
