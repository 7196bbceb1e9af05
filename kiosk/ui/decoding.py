"""Pictures decoded for the screen, on the UI thread, one per turn of the event loop.

Never in a worker thread: that deadlocked the test suite twice, read from the hung runs
with gdb and with faulthandler. First, a worker held the GIL inside QImageReader.size()
(PySide does not release it there), where Qt's SVG reader connects a signal and waits for
one of Qt's connection locks, while the UI thread held that lock in QObject::disconnect and
waited for the GIL to ask Python about a disconnectNotify override. Then, with only
photographs in the worker, the worker stopped inside QImageReader.read() while the UI
thread, decoding an SVG, held the GIL in size(); most likely the same lock, taken for the
Python-made QBuffer, whose connectNotify override check needs the GIL. So no Qt decoder
runs outside the UI thread (workers run plain Python, kiosk.ui.workers).

The cost: a touch may wait for one decode. An illustration at card size takes about half
a millisecond; a photograph is read at the size it is shown, so a JPEG (with its reduced
decode) takes at most about 25 ms, once; a 4096×4096 PNG 0.2 s, once. The README tells
editors to give photographs as JPEG.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

from .pictures import load_picture
from .workers import application_timer

_requests: deque[tuple[QObject, Path, str, int, Callable[[QImage | None], None]]] = deque()
_turns: QTimer | None = None


def decode_later(owner: QObject, root: Path, rel: str, box: int,
                 on_done: Callable[[QImage | None], None]) -> None:
    """Decode the picture `rel` of `root` into a `box`-pixel square, then call
    `on_done(image or None)` on a coming turn of the event loop, unless `owner` has been
    deleted by then."""
    _requests.append((owner, root, rel, box, on_done))
    _timer().start()


def _timer() -> QTimer:
    global _turns
    _turns = application_timer(_turns, 0, _on_turn)  # 0: when the event loop is idle
    return _turns


def _on_turn() -> None:
    while _requests:
        owner, root, rel, box, on_done = _requests.popleft()
        if shiboken6.isValid(owner):
            on_done(load_picture(root, rel, box))
            break
    if not _requests:
        _timer().stop()
