"""Before a scripted sweep is timed, the kiosk finishes what it does while nobody touches it."""

from __future__ import annotations

import time


def until_idle(window, limit_s: float = 10.0) -> None:
    """After each layout the timeline measures ahead for a language switch, one card per
    turn of the event loop, while nobody touches it. A visitor's flick pauses that (a
    finger is down, then the scroller runs); the bench's scripted flick moves the scroll
    bar without a touch and would not, so each sweep begins once it is done, as the first
    begins after `bench.run.settle`."""
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + limit_s
    while not window.timeline.measured_ahead() and time.monotonic() < deadline:
        QTest.qWait(20)
