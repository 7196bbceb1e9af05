"""Pictures decoded on the UI thread, one per turn of the event loop.

Not in a worker thread, because that deadlocked the kiosk. PySide keeps the GIL through
a call such as QImageReader.size(), and Qt's SVG reader, inside it, builds a QTextStream,
which connects a signal and so takes one of Qt's connection locks. The UI thread, at the
same moment, was disconnecting a signal: it held that lock and waited for the GIL (Qt
asked Python whether the object overrides disconnectNotify). Caught in a hung test run
with gdb. Plain-Python work stays in the pool (kiosk.ui.workers); Qt's decoders do not.

Here each request waits its turn: one picture is decoded per turn of the event loop, so a
touch waits for one decode at most (an illustration at card size takes about half a
millisecond; a photograph is read at the size it is shown, which for JPEG means a reduced
decode of a few milliseconds).
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QImage

from .pictures import load_picture

_requests: deque[tuple[QObject, Path, str, int, Callable[[QImage | None], None]]] = deque()
_turns: QTimer | None = None


def decode_later(owner: QObject, root: Path, rel: str, box: int,
                 on_done: Callable[[QImage | None], None]) -> None:
    """Decode the picture `rel` of `root` into a `box`-pixel square on a coming turn of the
    event loop, then `on_done(image or None)`, unless `owner` has been deleted."""
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
