"""Zoom on the timeline: the levels a visitor sees, the stops the buttons step between,
the marks of the whole-story level gathered into groups, and the sums that keep a year
under a visitor's fingers while they pinch.

Zoom is one number: 1.0 shows the cards at their reading size, and smaller numbers show
more of the story, down to the whole of it on one screen (`fit`). It scales the layout's
positions along the axis, so between two levels zoom is continuous; what each position
shows depends on what is legible there. A card is drawn as a card from `CARDS_AT` up, as a
compact card (icon, year and title) down to `STORY_AT`, and below that as a mark on the axis.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Sequence

CARDS, DECADES, STORY = "cards", "decades", "story"
LEVELS = (STORY, DECADES, CARDS)
HOME = 1.0  # the card level: where a visit starts and the reset returns
DECADES_ZOOM = 0.5  # the decades level's button stop
CARDS_AT = 0.72  # below this, a full card's text is too small to read: compact cards
STORY_AT = 0.3  # below this, a compact card's title is too small: marks on the axis
GATHER_YEARS = 1  # marks this many years apart, or fewer, are one group
BUCKET = 1.15  # marks are gathered again when the zoom changes by this factor


def bucket(zoom: float) -> int:
    """Zooms that share their groups: a pinch gathers the marks again every 15 %, not at
    every frame, and the groups do not flicker as the fingers move."""
    return round(math.log(zoom) / math.log(BUCKET))


def bucket_zoom(index: int) -> float:
    return BUCKET ** index


def level(zoom: float) -> str:
    """The level a zoom shows."""
    if zoom >= CARDS_AT:
        return CARDS
    return DECADES if zoom >= STORY_AT else STORY


def fit(extent: float, length: float) -> float:
    """The zoom that shows the whole layout (`length` pixels long at zoom 1) in `extent`."""
    if length <= 0 or extent >= length:
        return HOME
    return max(extent / length, 1e-6)


def clamp(zoom: float, whole: float) -> float:
    return max(whole, min(HOME, zoom))


def stops(whole: float) -> tuple[float, ...]:
    """The zooms the − and + buttons step between, smallest first: the whole story, the
    decades and the cards. A level the whole story already shows is not a stop."""
    return tuple(sorted({whole, *(z for z in (DECADES_ZOOM, HOME) if z > whole * 1.25)}))


def step(zoom: float, direction: int, whole: float) -> float:
    """The next stop in `direction` (+1 in, -1 out) from `zoom`; the same zoom at an end."""
    levels = stops(whole)
    if direction > 0:
        return next((z for z in levels if z > zoom * 1.02), zoom)
    return next((z for z in reversed(levels) if z < zoom / 1.02), zoom)


def pinched(start_zoom: float, start_distance: float, distance: float, whole: float) -> float:
    """The zoom of two fingers that were `start_distance` apart and now are `distance`."""
    if start_distance <= 0:
        return clamp(start_zoom, whole)
    return clamp(start_zoom * distance / start_distance, whole)


def scroll_keeping(units: float, unit: float, offset: float) -> float:
    """Where to scroll so that layout position `units` shows `offset` pixels into the view
    when one layout unit is `unit` pixels: the year under the fingers stays under them."""
    return units * unit - offset


def zoom_to_show(span: float, extent: float, whole: float) -> float:
    """The zoom that shows a group `span` pixels long (at zoom 1) in most of the view, and
    never less than the decades level: a tap on a group lands on readable cards."""
    if span <= 0:
        return HOME
    return clamp(max(DECADES_ZOOM, min(HOME, extent * 0.7 / span)), whole)


@dataclass(frozen=True)
class Group:
    """Milestones first..last-1 (in the layout's order), drawn as one mark."""

    first: int
    last: int
    along: float  # the mark's place on the axis, in the units of the positions gathered
    first_year: int
    last_year: int
    index: int  # among the groups of its zoom: labels alternate sides by it

    @property
    def size(self) -> int:
        return self.last - self.first

    @property
    def label(self) -> str:
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"


@dataclass(frozen=True)
class Marks:
    """The groups of one zoom, in order along the axis, and where each stands."""

    groups: tuple[Group, ...]
    places: tuple[float, ...]

    def at(self, along: float, reach: float) -> Group | None:
        """The group whose mark is nearest `along`, if it is within `reach`."""
        i = bisect.bisect_left(self.places, along)
        near = [g for g in self.groups[max(0, i - 1):i + 1] if abs(g.along - along) <= reach]
        return min(near, key=lambda g: abs(g.along - along), default=None)

    def between(self, low: float, high: float) -> tuple[Group, ...]:
        """The groups whose marks stand from `low` to `high` along the axis."""
        return self.groups[bisect.bisect_left(self.places, low):bisect.bisect_right(self.places, high)]


def gather(positions: Sequence[float], years: Sequence[int], spacing: float) -> Marks:
    """Marks of the same or neighbouring years are one group, and so is any mark that would
    stand closer than `spacing` to the group before it (all in one unit, any unit): the
    number of groups on a screen is bounded by its length, not by the content's size."""
    groups: list[Group] = []
    start = 0
    for i in range(1, len(positions) + 1):
        if i < len(positions):
            centre = (positions[start] + positions[i - 1]) / 2
            if years[i] - years[start] <= GATHER_YEARS or positions[i] - centre < spacing:
                continue
        groups.append(Group(start, i, (positions[start] + positions[i - 1]) / 2,
                            years[start], years[i - 1], len(groups)))
        start = i
    return Marks(tuple(groups), tuple(g.along for g in groups))
