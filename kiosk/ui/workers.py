"""Slow work off the UI thread: validation, hashing, SQLite reads, compiling catalogues.
Plain Python only, never a Qt call: a worker that holds the GIL while Qt takes its own
locks, or that made a QObject in Python, can deadlock with the UI thread (kiosk.ui.decoding
tells how pictures did).

`run_in_pool` runs a plain function on Qt's global thread pool. The worker touches no
QObject: it puts its result (or its exception) on a queue, and the UI thread collects the
answers with a timer that runs only while work is out, then calls back whoever asked,
unless it has been deleted by then: a closed screen is never called back. A signal emitted
from the worker would be the same hazard as a picture decoded there: a queued emission
takes the receiver's connection lock while the worker holds the GIL.
"""

from __future__ import annotations

import itertools
import queue
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer

COLLECT_MS = 1  # while work is out; answers left waiting longer kept 5 MB more alive (bench)

_answers: queue.SimpleQueue = queue.SimpleQueue()  # (ticket, ok, result or exception)
_waiting: dict[int, tuple[QObject, Callable[[Any], None], Callable[[BaseException], None] | None]] = {}
_tickets = itertools.count()
_collector: QTimer | None = None


def run_in_pool(owner: QObject, fn: Callable[..., Any], *args: Any,
                on_done: Callable[[Any], None],
                on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run `fn(*args)` off the UI thread; then `on_done(result)` or `on_error(exc)` on it,
    unless `owner` is gone. An error with no `on_error` is raised on the UI thread, where
    the kiosk's exception hook logs it and recovers."""
    ticket = next(_tickets)
    _waiting[ticket] = (owner, on_done, on_error)

    def work() -> None:
        try:
            _answers.put((ticket, True, fn(*args)))
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which logs it
            _answers.put((ticket, False, exc))

    _collecting().start()
    QThreadPool.globalInstance().start(work)


def application_timer(current: QTimer | None, interval_ms: int, slot: Callable[[], None]) -> QTimer:
    """`current`, or (the first time, or after the application was replaced) a new timer
    owned by the application: for module-level queues that outlive any one window."""
    if current is not None and shiboken6.isValid(current):
        return current
    timer = QTimer(QCoreApplication.instance())
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def _collecting() -> QTimer:
    """The UI thread's timer that collects answers."""
    global _collector
    _collector = application_timer(_collector, COLLECT_MS, _on_collect)
    return _collector


def _on_collect() -> None:
    while True:
        try:
            ticket, ok, result = _answers.get_nowait()
        except queue.Empty:
            break
        owner, on_done, on_error = _waiting.pop(ticket)
        if not shiboken6.isValid(owner):
            continue
        if ok:
            on_done(result)
        elif on_error is not None:
            on_error(result)
        else:
            raise result
    if not _waiting:
        _collecting().stop()
