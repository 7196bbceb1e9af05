"""The keypad's path through the exhibit, as on a museum's universal keypad beside a
touchscreen: arrows move a focus ring, select activates, back goes back, help explains.

Plain Python, no Qt. The window lists what can take the focus as rows in screen order
(the chips, the timeline's cards, the buttons; or the open detail card's controls), and
this module says where each key takes the focus. Left and right move along a row (along
the timeline: earlier and later, whichever way time runs on the screen); up and down move
between rows, and a row is entered where the focus last left it, or at its `entry`.
"""

from __future__ import annotations

from dataclasses import dataclass

LEFT, RIGHT, UP, DOWN = "left", "right", "up", "down"
SELECT, BACK, HELP = "select", "back", "help"
MOVES = (LEFT, RIGHT, UP, DOWN)


@dataclass(frozen=True)
class Row:
    """One row of focus targets, in screen order. Focus enters it at `entry` (the
    timeline's: the card in view), else where it last was, else at the first."""

    keys: tuple[str, ...]
    entry: str | None = None


class Path:
    """Where the focus goes next. It remembers, per row, where the focus last was."""

    def __init__(self) -> None:
        self._last: dict[str, str] = {}  # a row's first key -> the key last focused in it

    def forget(self) -> None:
        """A reset: the next visitor starts afresh."""
        self._last.clear()

    def move(self, rows: list[Row], current: str | None, key: str) -> str | None:
        """The focus after `key`, from `current` (None: no focus yet, so the first press
        only shows the ring, on the first row's entry)."""
        rows = [row for row in rows if row.keys]
        if not rows:
            return None
        where = _find(rows, current)
        if where is None:
            return self._enter(rows[0])
        r, i = where
        row = rows[r]
        self._last[row.keys[0]] = row.keys[i]
        if key == LEFT:
            return row.keys[max(0, i - 1)]
        if key == RIGHT:
            return row.keys[min(len(row.keys) - 1, i + 1)]
        if key in (UP, DOWN):
            step = -1 if key == UP else 1
            target = r + step
            if 0 <= target < len(rows):
                return self._enter(rows[target])
            return row.keys[i]
        return current

    def _enter(self, row: Row) -> str:
        if row.entry in row.keys:
            return row.entry
        last = self._last.get(row.keys[0])
        return last if last in row.keys else row.keys[0]


def _find(rows: list[Row], key: str | None) -> tuple[int, int] | None:
    if key is None:
        return None
    for r, row in enumerate(rows):
        if key in row.keys:
            return r, row.keys.index(key)
    return None
