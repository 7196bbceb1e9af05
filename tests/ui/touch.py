"""Real touch input for tests: QTest.touchEvent on a touchscreen QPointingDevice.

Sequences go to the top-level window, in its coordinates, and Qt delivers them to the
widget under the finger as it would from a screen. (Aimed at a child widget, QTest maps
the press wrongly and a button never sees it.)
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


@lru_cache(maxsize=1)
def device():
    return QTest.createTouchDevice()


def _in_window(widget: QWidget, pos) -> tuple[QWidget, QPoint]:
    pos = pos.toPoint() if isinstance(pos, QPointF) else pos
    window = widget.window()
    return window, widget.mapTo(window, pos)


def press(widget: QWidget, pos, finger: int = 0) -> None:
    window, p = _in_window(widget, pos)
    QTest.touchEvent(window, device()).press(finger, p).commit()


def release(widget: QWidget, pos, finger: int = 0) -> None:
    window, p = _in_window(widget, pos)
    QTest.touchEvent(window, device()).release(finger, p).commit()


def tap(widget: QWidget, pos=None) -> None:
    pos = widget.rect().center() if pos is None else pos
    press(widget, pos)
    QTest.qWait(20)
    release(widget, pos)
    QTest.qWait(20)


def drag(widget: QWidget, start, end, steps: int = 10, step_ms: int = 10) -> None:
    """A finger drag; short steps make it a flick that QScroller carries on."""
    window, a = _in_window(widget, start)
    _, b = _in_window(widget, end)
    QTest.touchEvent(window, device()).press(0, a).commit()
    QTest.qWait(step_ms)
    for i in range(1, steps + 1):
        QTest.touchEvent(window, device()).move(0, a + (b - a) * (i / steps)).commit()
        QTest.qWait(step_ms)
    QTest.touchEvent(window, device()).release(0, b).commit()
    QTest.qWait(step_ms)


def pinch(widget: QWidget, centre, start_gap: int, end_gap: int, vertical: bool = False,
          steps: int = 8, step_ms: int = 12, lift: bool = True):
    """Two fingers `start_gap` pixels apart about `centre` (across a landscape timeline, or
    down a portrait one), moving evenly until they are `end_gap` apart, then lifted (or,
    `lift` False, held: `lift_fingers` with what this returns lifts them)."""
    window, c = _in_window(widget, centre)

    def fingers(gap: float) -> tuple[QPoint, QPoint]:
        half = round(gap / 2)
        offset = QPoint(0, half) if vertical else QPoint(half, 0)
        return c - offset, c + offset

    a, b = fingers(start_gap)
    QTest.touchEvent(window, device()).press(0, a).press(1, b).commit()
    QTest.qWait(step_ms)
    for i in range(1, steps + 1):
        a, b = fingers(start_gap + (end_gap - start_gap) * i / steps)
        QTest.touchEvent(window, device()).move(0, a).move(1, b).commit()
        QTest.qWait(step_ms)
    if not lift:
        return window, a, b
    lift_fingers(window, a, b, step_ms)
    return None


def lift_fingers(window: QWidget, a: QPoint, b: QPoint, step_ms: int = 12) -> None:
    QTest.touchEvent(window, device()).release(0, a).release(1, b).commit()
    QTest.qWait(step_ms)
