"""The overview strip's geometry: all of the story on a true linear scale of years.

Plain Python, so it is tested without a display. The strip is drawn along `length` pixels
(across a landscape screen, down a portrait rail), years run from `first` to `last`, and
each milestone is a mark stacked above the axis where a year has several. Stacks are
bounded by the room the strip has (`rows`), so drawing the marks costs the same for 29
milestones or 50,000; the marks the filter shows stand at the foot of their year's stack,
so a visitor who picks a chip sees its marks in colour, whatever else that year holds.
"""

from __future__ import annotations

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
    year: int
    row: int  # 0 at the axis, counting away from it
    category: str
    shown: bool  # found by the filter: in colour; else dimmed
    milestone: str


class Stacks:
    """The milestones of each year, in content order, grouped once per content: each
    filter then picks a few per year instead of walking every milestone twice."""

    def __init__(self, years: Sequence[int], ids: Sequence[str], categories: Sequence[str]) -> None:
        self._years: dict[int, list[tuple[str, str]]] = {}
        for year, milestone, category in zip(years, ids, categories):
            self._years.setdefault(year, []).append((milestone, category))

    def marks(self, shown: frozenset[str] | set[str] | None, rows: int) -> list[Mark]:
        """The marks that fit: per year, those shown first (in content order), then the
        rest, `rows` at most (`shown` None: every milestone is shown). Marks beyond a year's
        last row are not drawn; the strip is a picture of density and of the filter, not a
        list."""
        marks: list[Mark] = []
        for year, entries in self._years.items():
            if shown is None:
                picked = [(e, True) for e in entries[:rows]]
            else:
                found = [e for e in entries if e[0] in shown][:rows]
                picked = [(e, True) for e in found]
                if len(found) < rows:
                    others = [e for e in entries if e[0] not in shown][:rows - len(found)]
                    picked += [(e, False) for e in others]
            marks.extend(Mark(year, row, category, on, milestone)
                         for row, ((milestone, category), on) in enumerate(picked))
        return marks
