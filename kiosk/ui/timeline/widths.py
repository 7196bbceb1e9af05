"""How wide the timeline's cards are along a horizontal axis, and in how many rows they
stand; and the same measured ahead for the languages not shown.

A card's height depends on its language, so the width is found again at a language
switch: the cards widen until the tallest fits its row. The pool keeps every height it
measures per language and width, so `measure_ahead` can do that work in idle time after
a layout: a visitor's first switch then lays out no text (it laid out 34 cards' texts at
1080p, counted; each later switch laid out 24-27 of them before heights were kept).
"""

from __future__ import annotations

from typing import NamedTuple

from ...content.model import Milestone
from .. import theme
from .pool import MEASURE_ALL, CardPool


class CardShape(NamedTuple):  # not a dataclass: one exec on the start's path, not six
    width: float  # the cards' width: the pixels of one layout unit at zoom 1
    rows: int  # one or two rows of cards
    axis: float  # where the axis runs across the view
    stem: float  # the line from a card to its year on the axis


def card_shape(pool: CardPool, metrics: theme.Metrics, lang: str, height: float,
               extent: float) -> CardShape:
    """Cards widen until the tallest fits its row (every card is measured up to 100
    milestones; beyond, the tallest is looked for among the dozen longest texts); where
    large text still does not fit two rows, they stand in one row above an axis near the
    foot of the view. `height` is the view's across the axis, `extent` its length along
    it. Leaves the pool measuring `lang` at the width found."""
    px = metrics.px
    stem = px(44)
    width = metrics.card_width * (1.15 if metrics.portrait else 1.0)
    pool.configure(metrics, lang, width, cards=False)
    candidates = pool.longest()

    def tallest() -> float:  # at each width: another card may wrap to the most lines
        return max((pool.height(c) for c in candidates), default=0.0)

    # Two rows of cards fit, each with a stem at least half its usual length, up to:
    too_tall = (height - px(16)) / 2 - px(22)
    if pool.any_taller(candidates, too_tall):
        # Wider by up to half at 100 %; for larger text, up to two thirds of the view.
        widest = px(900) if metrics.text <= 1 else extent * 0.66
        for _attempt in range(3 if metrics.text <= 1 else 12):
            if width * 1.15 > widest:
                break
            width *= 1.15
            pool.configure(metrics, lang, width, cards=False)
            if not pool.any_taller(candidates, too_tall):
                break
    room = height - metrics.type(44)  # one row: the break labels stand under the axis
    if tallest() > too_tall and tallest() + px(22) + px(16) <= room < height:
        # large text on a short screen: one row of cards, above
        return CardShape(width, 1, room, min(stem, room - px(16) - tallest()))
    # Stems shorten (never below a fifth of their length) before a card leaves.
    return CardShape(width, 2, height / 2, max(px(8), min(stem, (height - px(16)) / 2 - tallest())))


def measure_ahead(pool: CardPool, metrics: theme.Metrics, languages: list[str],
                  vertical: bool, column_width: float, across: float, extent: float,
                  shown: tuple[Milestone, ...], near: list[str]) -> None:
    """Measure, for each of `languages`, what a switch to it would: the card width (or,
    beside a vertical axis, every shown card's height, up to `MEASURE_ALL` of them), and
    the texts of the cards `near` the view. The pool is left as it was found."""
    before = pool.configuration()
    for lang in languages:
        if vertical:
            if len(shown) > MEASURE_ALL:
                continue  # thousands of cards: too long for an idle moment
            pool.configure(metrics, lang, column_width, cards=False)
            ids = [ms.id for ms in shown]
        else:
            card_shape(pool, metrics, lang, across, extent)
            ids = near
        for card_id in ids:
            pool.height(card_id)
    pool.configure(*before, cards=False)
