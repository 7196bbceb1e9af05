"""Telling taps from drags with many fingers on the glass.

Each finger is tracked by its touch-point id from press to release or cancel. A tap is a
press and a release of the same finger within a slop; a second finger never ends the
first finger's press, and a drag (one finger moving past the slop, or the scroller taking
over) ends every press without a tap. Plain Python: the view feeds it points and draws
what it says is pressed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Hashable, TypeVar

T = TypeVar("T", bound=Hashable)  # what was pressed: a card, a button


@dataclass
class _Press(Generic[T]):
    """Where a finger went down, and on what."""

    x: float
    y: float
    target: T | None


class TapTracker(Generic[T]):
    def __init__(self, slop: float) -> None:
        self.slop = slop
        self._presses: dict[int, _Press[T]] = {}

    def press(self, finger: int, x: float, y: float, target: T | None) -> None:
        self._presses[finger] = _Press(x, y, target)

    def move(self, finger: int, x: float, y: float) -> None:
        press = self._presses.get(finger)
        if press is not None and abs(x - press.x) + abs(y - press.y) > self.slop:
            press.target = None  # a drag, not a tap

    def release(self, finger: int, x: float, y: float) -> T | None:
        """The target tapped by this finger, or None (a drag, or a finger never pressed)."""
        press = self._presses.pop(finger, None)
        if press is None or press.target is None:
            return None
        if abs(x - press.x) + abs(y - press.y) > self.slop:
            return None
        return press.target

    def cancel(self) -> None:
        """Every finger's press ends without a tap (touch cancelled, a scroll began)."""
        self._presses.clear()

    def drag_began(self) -> None:
        """The scroller took over: fingers stay tracked, but none of them can tap now."""
        for press in self._presses.values():
            press.target = None

    @property
    def pressed(self) -> set[T]:
        """What is drawn pressed now: targets under a finger that may still tap."""
        return {p.target for p in self._presses.values() if p.target is not None}

    def start_of(self, finger: int) -> tuple[float, float] | None:
        """Where this finger went down, while it is down."""
        press = self._presses.get(finger)
        return None if press is None else (press.x, press.y)
