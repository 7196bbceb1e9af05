"""How wide the timeline's cards are along a horizontal axis, and in how many rows they
stand; and the same measured ahead for the languages not shown.

A card's height depends on its language, so the width is found again at a language
switch: the cards widen until the tallest fits its row. The pool keeps every height it
measures per language and width, so `Ahead` can do that work in idle time after a
layout, a card at a time: a visitor's first switch then lays out no text (it laid out 34
cards' texts at 1080p, counted; each later switch laid out 24-27 of them before heights
were kept).
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from PySide6.QtCore import QObject, QTimer

from ...content.model import Milestone
from .. import theme
from .pool import HEIGHTS_KEPT, CardPool, Steps, finish

AHEAD_MS = 400  # after a layout, the other languages are measured once the view is still


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
    return finish(shape_steps(pool, metrics, lang, height, extent))


def shape_steps(pool: CardPool, metrics: theme.Metrics, lang: str, height: float,
                extent: float) -> Steps[CardShape]:
    """`card_shape`, in steps (`CardPool.measure_steps`)."""
    px = metrics.px
    stem = px(44)
    width = metrics.card_width * (1.15 if metrics.portrait else 1.0)
    pool.configure(metrics, lang, width, cards=False)
    candidates = yield from pool.longest_steps()
    # Two rows of cards fit, each with a stem at least half its usual length, up to:
    too_tall = (height - px(16)) / 2 - px(22)
    if (yield from pool.taller_steps(candidates, too_tall)):
        # Wider by up to half at 100 %; for larger text, up to two thirds of the view.
        widest = px(900) if metrics.text <= 1 else extent * 0.66
        for _attempt in range(3 if metrics.text <= 1 else 12):
            if width * 1.15 > widest:
                break
            width *= 1.15
            pool.configure(metrics, lang, width, cards=False)
            if not (yield from pool.taller_steps(candidates, too_tall)):
                break
    yield from pool.measure_steps(candidates)  # the tallest, at the width found
    tallest = max((pool.height(c) for c in candidates), default=0.0)
    room = height - metrics.type(44)  # one row: the break labels stand under the axis
    if tallest > too_tall and tallest + px(22) + px(16) <= room < height:
        # large text on a short screen: one row of cards, above
        return CardShape(width, 1, room, min(stem, room - px(16) - tallest))
    # Stems shorten (never below a fifth of their length) before a card leaves.
    return CardShape(width, 2, height / 2, max(px(8), min(stem, (height - px(16)) / 2 - tallest)))


def ahead_steps(pool: CardPool, metrics: theme.Metrics, languages: list[str],
                  vertical: bool, column_width: float, across: float, extent: float,
                  shown: tuple[Milestone, ...], near: list[str]) -> Steps[None]:
    """Measure, for each of `languages`, what a switch to it would: the card width, or
    beside a vertical axis every shown card's height (the column is packed from them: at
    5,000 milestones the first switch took 0.63 s, measured), and the texts of the cards
    `near` the view, last, so that they are the texts kept. In steps, each run in the
    configuration the last left (`Ahead`)."""
    for lang in languages:
        if vertical:
            if len(shown) > HEIGHTS_KEPT:
                continue  # more than the pool keeps for another language
            pool.configure(metrics, lang, column_width, cards=False)
            close = set(near)
            yield from pool.measure_steps([ms.id for ms in shown if ms.id not in close])
        else:
            yield from shape_steps(pool, metrics, lang, across, extent)
        yield from pool.measure_steps(near)


class Ahead:
    """Measures ahead while nobody touches the view: `AHEAD_MS` after a layout, then one
    step at each turn of the event loop (a touch waits for one card's text, 0.3-1 ms,
    where all of them at once held it up for 15-20 ms at 1080p), pausing while a finger
    is down or anything moves. The pool is left as the view set it between steps."""

    def __init__(self, parent: QObject, pool: CardPool, at_rest: Callable[[], bool],
                 plan: Callable[[], Steps[None]]) -> None:
        self._pool, self._at_rest, self._plan = pool, at_rest, plan
        self._steps: Steps[None] | None = None
        self._config: tuple | None = None  # the pool's configuration the steps left
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self.done = False  # everything the present layout needs is measured

    def restart(self) -> None:
        """After a layout: what was planned may no longer be what a switch would need
        (the heights already measured are kept)."""
        self._steps, self.done = None, False
        self._timer.start(AHEAD_MS)

    def _on_timeout(self) -> None:
        if not self._at_rest():
            self._timer.start(AHEAD_MS)  # later: a frame now must not wait for it
            return
        shown = self._pool.configuration()
        if self._steps is None:
            self._steps, self._config = self._plan(), shown
        self._pool.configure(*self._config, cards=False)
        try:
            next(self._steps)
        except StopIteration:
            self._steps, self.done = None, True
        finally:
            self._config = self._pool.configuration()
            self._pool.configure(*shown, cards=False)
        if not self.done:
            self._timer.start(0)
