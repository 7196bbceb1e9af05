"""Slow work off the UI thread: validation, hashing, SQLite reads, compiling catalogues.

`run_in_pool` runs a plain function on Qt's global thread pool and hands its result (or
its exception) back to the UI thread by a queued signal. If the object that asked has
been deleted by then, the answer is dropped: a closed screen is never called back.
"""

from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set[_Relay] = set()  # kept alive until their answer has been delivered


class _Relay(QObject):
    finished = Signal(bool, object)  # ok, result or exception


class _Task(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[..., Any], args: tuple) -> None:
        super().__init__()
        self._relay, self._fn, self._args = relay, fn, args

    def run(self) -> None:
        try:
            result, ok = self._fn(*self._args), True
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which logs it
            result, ok = exc, False
        self._relay.finished.emit(ok, result)


def run_in_pool(owner: QObject, fn: Callable[..., Any], *args: Any,
                on_done: Callable[[Any], None],
                on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run `fn(*args)` off the UI thread; then `on_done(result)` or `on_error(exc)` on it,
    unless `owner` is gone. An error with no `on_error` is raised on the UI thread, where
    the kiosk's exception hook logs it and recovers."""
    relay = _Relay()
    _running.add(relay)

    def deliver(ok: bool, result: Any) -> None:
        _running.discard(relay)
        relay.deleteLater()
        if not shiboken6.isValid(owner):
            return
        if ok:
            on_done(result)
        elif on_error is not None:
            on_error(result)
        else:
            raise result

    relay.finished.connect(deliver)
    QThreadPool.globalInstance().start(_Task(relay, fn, args))
