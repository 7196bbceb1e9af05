"""Pictures decoded for the screen: illustrations on the UI thread, one per turn of the
event loop; photographs on a worker thread.

Illustrations are not decoded in a worker because that deadlocked the kiosk (a hung test
run, read with gdb). PySide keeps the GIL through QImageReader.size(), and Qt's SVG
reader, inside it, builds a QTextStream, which connects a signal and so takes one of Qt's
connection locks. The UI thread, at that moment, was disconnecting a signal: it held the
lock and waited for the GIL (Qt asked Python whether the object overrides
disconnectNotify). An illustration at card size takes about half a millisecond, so on
the UI thread a touch waits for one at most.

A photograph is another matter: a 4096×4096 PNG takes 0.2 s to decode, too long for the
UI thread. Its size is read from its header in Python, so the worker's only decoding call
is QImageReader.read(), which lets go of the GIL (measured: the UI thread's Python ran on
throughout a 270 ms decode); see kiosk.ui.pictures.load_picture.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QImage

from ..content.images import is_photograph
from .pictures import load_picture
from .workers import run_in_pool

_requests: deque[tuple[QObject, Path, str, int, Callable[[QImage | None], None]]] = deque()
_turns: QTimer | None = None


def decode_later(owner: QObject, root: Path, rel: str, box: int,
                 on_done: Callable[[QImage | None], None]) -> None:
    """Decode the picture `rel` of `root` into a `box`-pixel square, then call
    `on_done(image or None)` on the UI thread, unless `owner` has been deleted."""
    if is_photograph(rel):
        run_in_pool(owner, load_picture, root, rel, box, on_done=on_done)
        return
    _requests.append((owner, root, rel, box, on_done))
    _timer().start()


def _timer() -> QTimer:
    global _turns
    if _turns is None or not shiboken6.isValid(_turns):
        _turns = QTimer(QCoreApplication.instance())
        _turns.setInterval(0)  # when the event loop has nothing else to do
        _turns.timeout.connect(_on_turn)
    return _turns


def _on_turn() -> None:
    while _requests:
        owner, root, rel, box, on_done = _requests.popleft()
        if shiboken6.isValid(owner):
            on_done(load_picture(root, rel, box))
            break
    if not _requests:
        _timer().stop()
