"""Where a timeline card goes on screen, for a horizontal or a vertical timeline.

The scale (`scale.py`) says how far along the axis each card's point is; a `Track` turns
that into positions: along x and across y for a landscape timeline, along y and across x
for a portrait one. Cards sit above and below a horizontal axis, and beside a vertical one:
on both sides when the width allows two readable columns, else all on its right.
"""

from __future__ import annotations

from dataclasses import dataclass

ABOVE, BELOW, LEFT, RIGHT = "above", "below", "left", "right"


@dataclass(frozen=True)
class Track:
    """Where the axis and the cards stand across the view, for either direction of time."""

    vertical: bool
    axis: float  # the axis's place across the view
    stem: float  # from the axis to a card
    card_width: float
    columns: int = 2  # along a horizontal axis: rows, above and below it, or one above
    lead: float = 0.0  # vertical: from a card's top down to its stem

    def side(self, index: int) -> str:
        if not self.vertical:  # one row: every card above an axis near the foot of the view
            return ABOVE if index % 2 == 0 or self.columns == 1 else BELOW
        if self.columns == 1:
            return RIGHT
        return LEFT if index % 2 == 0 else RIGHT

    def point(self, along: float, across: float) -> tuple[float, float]:
        """Scene x, y of a point `along` the axis and `across` it."""
        return (across, along) if self.vertical else (along, across)

    def card_origin(self, anchor: float, height: float, side: str) -> tuple[float, float]:
        """Top-left of a card item (card and stem) whose point on the axis is `anchor`."""
        if side == ABOVE:
            return anchor - self.card_width / 2, self.axis - height - self.stem
        if side == BELOW:
            return anchor - self.card_width / 2, self.axis
        if side == LEFT:
            return self.axis - self.stem - self.card_width, anchor - self.lead
        return self.axis, anchor - self.lead


def vertical_track(view_width: float, px, card_width: float, gutter: float | None = None) -> Track:
    """Two columns beside a centred axis when each can be `card_width` wide, else one
    column right of an axis set in from the left edge, as wide as the view leaves (at most
    a readable measure). `px` scales a 1080p length to this screen; `gutter`, left of a
    one-column axis, holds the break marks' labels (wider for larger text)."""
    stem, edge = px(36), px(12)
    two = (view_width - 2 * stem - 2 * edge) / 2
    if two >= card_width:
        return Track(True, view_width / 2, stem, min(two, px(600)), 2, px(42))
    axis = max(px(112), gutter or 0)
    width = min(view_width - axis - stem - edge, px(900))
    return Track(True, axis, stem, width, 1, px(42))
