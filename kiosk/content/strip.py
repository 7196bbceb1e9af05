"""The overview strip's geometry: all of the story on a true linear scale of years.

Plain Python, so it is tested without a display. The strip is drawn along `length` pixels
(across a landscape screen, down a portrait rail), years run from `first` to `last`, and
each milestone is a mark stacked above the axis where a year has several. Stacks are
bounded by the room the strip has (`rows`), so drawing the marks costs the same for 29
milestones or 50,000; the marks the filter shows stand at the foot of their year's stack,
so a visitor who picks a chip sees its marks in colour, whatever else that year holds.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable, Sequence

FIRST, LAST = 1946, 2020  # the story's span: the strip shows at least this much
MAJOR, MINOR = 10, 5  # years between labelled ticks, and between ticks


@dataclass(frozen=True)
class Scale:
    """Years to pixels along the strip, with `margin` pixels kept at each end."""

    first: float
    last: float
    length: float
    margin: float = 0.0

    @classmethod
    def for_years(cls, years: Iterable[int], length: float, margin: float = 0.0) -> "Scale":
        """A year's room either side of the content's first and last year, and never less
        than the story's 1946-2020."""
        years = list(years)
        first = min([FIRST, *years]) - 1
        last = max([LAST, *years]) + 1
        return cls(float(first), float(last), float(length), float(margin))

    @property
    def span(self) -> tuple[float, float]:
        return self.first, self.last

    def at(self, year: float) -> float:
        usable = max(self.length - 2 * self.margin, 1.0)
        return self.margin + (year - self.first) / (self.last - self.first) * usable

    def year(self, along: float) -> float:
        """The year at a pixel along the strip, held within the strip's span."""
        usable = max(self.length - 2 * self.margin, 1.0)
        year = self.first + (along - self.margin) / usable * (self.last - self.first)
        return max(self.first, min(self.last, year))

    def clamp(self, low: float, high: float) -> tuple[float, float]:
        """A span of years moved, not squeezed, to lie within the strip (as far as it fits)."""
        width = min(high - low, self.last - self.first)
        low = max(self.first, min(self.last - width, low))
        return low, low + width

    def ticks(self) -> list[tuple[int, bool]]:
        """Every fifth year within the span, and whether it is a labelled (tenth) one."""
        start = -(-int(self.first) // MINOR) * MINOR
        return [(year, year % MAJOR == 0) for year in range(start, int(self.last) + 1, MINOR)]


@dataclass(frozen=True)
class Mark:
    """One milestone's mark on the overview strip."""

    year: int
    row: int  # 0 at the axis, counting away from it
    category: str
    shown: bool  # found by the filter: in colour; else dimmed
    milestone: str


class Stacks:
    """The milestones of each year, in content order, grouped once per content: a filter
    then picks a few per year, not walking every milestone (measured at 5,000 milestones,
    the strip's share of a toggle fell from 5 ms to under 1)."""

    def __init__(self, years: Sequence[int], ids: Sequence[str], categories: Sequence[str]) -> None:
        self._years: dict[int, list[tuple[str, str]]] = {}
        self._category = dict(zip(ids, categories))
        for year, milestone, category in zip(years, ids, categories):
            self._years.setdefault(year, []).append((milestone, category))
        self._sorted = all(a <= b for a, b in zip(years, years[1:]))

    def marks(self, shown: tuple[Sequence[int], Sequence[str]] | None, rows: int) -> list[Mark]:
        """The marks that fit: per year, the milestones the filter shows first (`shown`:
        their years and ids, in content order; None when every milestone is shown), then
        the rest, `rows` at most. Marks beyond a year's last row are not drawn; the strip
        is a picture of density and of the filter, not a list."""
        if shown is None:
            return [Mark(year, row, category, True, milestone) for year, entries in self._years.items()
                    for row, (milestone, category) in enumerate(entries[:rows])]
        marks: list[Mark] = []
        placed = self._place_shown(shown, rows, marks)
        found: set[str] | None = None
        for year, entries in self._years.items():
            row = placed.get(year, 0)
            if row >= rows:
                continue
            if found is None:
                found = set(shown[1])
            for milestone, category in entries:
                if milestone not in found:
                    marks.append(Mark(year, row, category, False, milestone))
                    row += 1
                    if row >= rows:
                        break
        return marks

    def _place_shown(self, shown: tuple[Sequence[int], Sequence[str]], rows: int,
                     marks: list[Mark]) -> dict[int, int]:
        """The shown milestones' marks, the first `rows` of each year; how many each year got.
        In content order (by year, as the loader sorts it), a year is one bisected run."""
        years, ids = shown
        placed: dict[int, int] = {}
        if self._sorted:
            start, count = 0, len(years)
            while start < count:
                year = years[start]
                end = bisect.bisect_right(years, year, start)
                taken = ids[start:min(end, start + rows)]
                placed[year] = len(taken)
                marks.extend(Mark(year, row, self._category[m], True, m) for row, m in enumerate(taken))
                start = end
            return placed
        for year, milestone in zip(years, ids):
            row = placed.get(year, 0)
            if row < rows:
                placed[year] = row + 1
                marks.append(Mark(year, row, self._category[milestone], True, milestone))
        return placed
