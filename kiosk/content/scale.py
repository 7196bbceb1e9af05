"""The timeline's time scale: where each card sits along the axis.

Time runs along the axis, but not linearly: 1946-1984 has four milestones and 2020 has
three. `lay_out` is the horizontal scale, in card widths: cards alternate above and below
the axis, so neighbours may sit half a card apart. `pack` is the vertical one, in pixels:
there cards are as tall as their own text, so each comes as soon as its column has room.
Each empty year between two milestones adds `year_unit`, so the 1990s still read as a
decade; a gap longer than `break_after` years is cut to a fixed width and drawn as a
break mark labelled with the years it skips. The overview strip shows true, linear time.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class ScaleParams:
    """How a horizontal timeline spaces its cards, in card widths."""

    card_width: float = 1.0
    gap: float = 0.1  # between two cards in the same row
    year_unit: float = 0.22  # per empty year inside a short gap
    break_after: int = 5  # a gap of more years than this is compressed
    break_width: float = 0.5
    margin: float = 0.3  # before the first card and after the last

    @property
    def step(self) -> float:
        """Anchor distance of consecutive cards: same-row cards are two steps apart."""
        return (self.card_width + self.gap) / 2


@dataclass(frozen=True)
class Break:
    """A long gap between two milestones, drawn short with the years it skips."""

    start: float  # x where the cut begins
    end: float
    from_year: int
    to_year: int

    @property
    def years(self) -> int:
        return self.to_year - self.from_year


@dataclass(frozen=True)
class Layout:
    """Where each shown milestone stands along the axis, and where the axis breaks."""

    anchors: tuple[float, ...]  # x of each card's anchor on the axis
    years: tuple[int, ...]
    breaks: tuple[Break, ...]
    width: float

    def row(self, index: int) -> int:
        """0 above the axis, 1 below."""
        return index % 2

    @cached_property
    def year_ticks(self) -> tuple[tuple[int, float], ...]:
        """Every year that is on the drawn axis (not inside a break), with its x. Kept: the
        axis paints them at every scroll step."""
        first = dict(zip(reversed(self.years), reversed(self.anchors)))  # a year's first card
        last = dict(zip(self.years, self.anchors))  # and its last (years only ever rise)
        ticks = dict(first)
        years = sorted(first)  # a pass over the distinct years, not over every card
        for y0, y1 in zip(years, years[1:]):
            if y1 - y0 < 2 or self._break_between(y0, y1):
                continue
            x0, x1 = last[y0], first[y1]
            for year in range(y0 + 1, y1):
                ticks[year] = x0 + (x1 - x0) * (year - y0) / (y1 - y0)
        return tuple(sorted(ticks.items()))

    @cached_property
    def tick_places(self) -> tuple[float, ...]:
        """The ticks' x, in order: the axis finds the ticks a frame repaints by bisection."""
        return tuple(x for _year, x in self.year_ticks)

    def ticks_between(self, low: float, high: float) -> tuple[tuple[int, float], ...]:
        places = self.tick_places
        return self.year_ticks[bisect.bisect_left(places, low):bisect.bisect_right(places, high)]

    def _break_between(self, y0: int, y1: int) -> bool:
        return any(b.from_year == y0 and b.to_year == y1 for b in self.breaks)

    def year_at(self, x: float) -> float:
        """Map an x on the timeline to a (fractional) year, for the overview strip."""
        if not self.anchors:
            return 0.0
        if x <= self.anchors[0]:
            return float(self.years[0])
        if x >= self.anchors[-1]:
            return float(self.years[-1])
        i = bisect.bisect_right(self.anchors, x) - 1
        x0, x1, y0, y1 = self.anchors[i], self.anchors[i + 1], self.years[i], self.years[i + 1]
        return y0 + (y1 - y0) * (x - x0) / (x1 - x0) if x1 > x0 else float(y0)

    def x_at(self, year: float) -> float:
        """Inverse of year_at: the x where a (fractional) year is, clamped to the ends."""
        if not self.anchors:
            return 0.0
        if year <= self.years[0]:
            return self.anchors[0]
        if year >= self.years[-1]:
            return self.anchors[-1]
        i = bisect.bisect_right(self.years, year) - 1
        while i + 1 < len(self.years) and self.years[i + 1] == self.years[i]:
            i += 1
        y0, y1 = self.years[i], self.years[i + 1]
        x0, x1 = self.anchors[i], self.anchors[i + 1]
        return x0 + (x1 - x0) * (year - y0) / (y1 - y0)


def nearest(values, target: float) -> int:
    """Index of the value nearest `target` in an ascending sequence (the first of equal
    values; the earlier of two equally near), found by bisection, not by a pass."""
    i = bisect.bisect_left(values, target)
    if i == len(values) or (i > 0 and target - values[i - 1] <= values[i] - target):
        i -= 1
    return bisect.bisect_left(values, values[i])


def lay_out(years: list[int], params: ScaleParams = ScaleParams()) -> Layout:
    """Anchors for cards whose start years are `years` (already in display order)."""
    anchors: list[float] = []
    breaks: list[Break] = []
    step, unit, after, bw = params.step, params.year_unit, params.break_after, params.break_width
    x = params.margin + params.card_width / 2 - step
    previous = years[0] if years else 0
    for year in years:  # one pass, with the parameters in locals: 5,000 cards in ~1 ms
        x += step
        gap_years = year - previous
        if gap_years > after:
            breaks.append(Break(x - step / 2, x - step / 2 + bw, previous, year))
            x += bw
        elif gap_years > 1:
            x += (gap_years - 1) * unit
        anchors.append(x)
        previous = year
    width = (anchors[-1] if anchors else 0) + params.card_width / 2 + params.margin
    return Layout(tuple(anchors), tuple(years), tuple(breaks), width)


@dataclass(frozen=True)
class PackParams:
    """A vertical timeline's spacing, in pixels: cards are as tall as their own text."""

    gap: float  # between two cards in one column
    min_step: float  # between two consecutive points on the axis
    year_unit: float  # per empty year inside a short gap
    break_width: float
    margin: float  # before the first card and after the last
    lead: float  # from a card's top edge down to its point on the axis
    break_after: int = 5


def pack(years: list[int], extents: list[float], columns: int, p: PackParams) -> Layout:
    """Anchors, in pixels, for cards of the given heights in one or two columns (cards
    alternate columns). Each card comes as soon as its column has room and time allows:
    empty years still add space. A long gap gets a break mark on the axis: beside the
    cards when they stand in one column (its label goes in the gutter on the other side),
    else in a band no card crosses, with its label beside the axis."""
    anchors: list[float] = []
    breaks: list[Break] = []
    bottoms = [float("-inf")] * columns
    for i, (year, extent) in enumerate(zip(years, extents)):
        column = i % columns
        if not i:
            pos = p.margin + p.lead
        elif year - years[i - 1] > p.break_after and columns > 1:
            pos = max(anchors[-1] + p.min_step + p.break_width,
                      max(bottoms) + p.gap + p.break_width + p.lead)
            end = pos - p.lead - p.gap / 2
            breaks.append(Break(end - p.break_width, end, years[i - 1], year))
        elif year - years[i - 1] > p.break_after:
            pos = max(anchors[-1] + p.min_step + p.break_width, bottoms[column] + p.gap + p.lead)
            middle = (anchors[-1] + pos) / 2
            breaks.append(Break(middle - p.break_width / 2, middle + p.break_width / 2,
                                years[i - 1], year))
        else:
            pos = anchors[-1] + p.min_step + max(0, year - years[i - 1] - 1) * p.year_unit
            pos = max(pos, bottoms[column] + p.gap + p.lead)
        anchors.append(pos)
        bottoms[column] = pos - p.lead + extent
    width = max(bottoms) + p.margin if anchors else 0.0
    return Layout(tuple(anchors), tuple(years), tuple(breaks), width)
