"""The timeline's cards that exist: only those within about a screen of the view.

The rest are positions in the layout. A card is made when the view comes near it and
set aside, out of sight, when the view is far from it, to show the next milestone that
comes near: the scene holds a few dozen items whether the content has 29 milestones or
50,000, neither a scroll step nor a filter toggle visits the others, and no card is ever
deleted while the kiosk runs (a deleted item is one more thing an animation or a finger
could still point at). Heights are measured without making cards, and kept per language
and width: a visitor switching language and back measures nothing twice.
"""

from __future__ import annotations

import heapq
import math
from collections import OrderedDict
from collections.abc import Generator
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...content.text_rules import LINE_COLUMNS
from ...content.timeline import Content
from .. import theme
from .card import CardItem
from .card_text import CardTexts

CANDIDATES = 12  # the longest texts, measured to find the tallest card
MEASURE_ALL = 100  # up to this many milestones, every card is measured (a few ms)
SIZED_PER_STEP = 2_000  # texts sized at a step while looking for the longest
HEIGHTS_KEPT = 20_000  # heights kept for configurations other than the present one
PARKED = -1e7  # where a card set aside waits to be hidden: far from any timeline

T = TypeVar("T")
# Work that pauses where a turn of the event loop may come: a generator, so a function
# returning it is named `..._steps` (called alone, it would do nothing).
Steps = Generator[None, None, T]


def finish(steps: Steps[T]) -> T:
    """Run steps through to their result, without pausing."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


class CardPool:
    def __init__(self, scene: QGraphicsScene, content: Content, thumbs=None) -> None:
        self._scene = scene
        self._thumbs = thumbs  # the cards' pictures (Thumbnails), shared by every card
        self._content = content
        self.cards: dict[str, CardItem] = {}
        self._spare: list[CardItem] = []  # out of sight, in the scene, ready to show another milestone
        self._hide_spares = QTimer(scene)  # a turn of the event loop after cards are set aside
        self._hide_spares.setSingleShot(True)
        self._hide_spares.setInterval(0)
        self._hide_spares.timeout.connect(self._on_hide_spares)
        # Heights per configuration (scale, text size, language, width), the present one
        # last: a language switch and back measures nothing again.
        self._measured: OrderedDict[tuple, dict[tuple[str, bool], float]] = OrderedDict()
        self._heights: dict[tuple[str, bool], float] = {}
        self._longest: dict[str, list[str]] = {}  # per language: the candidates for the tallest
        self._last_seen: dict[str, float] = {}  # the candidates' full heights, at the last width tried
        self._texts = CardTexts()  # measured for heights, then drawn by the cards made
        self._metrics = theme.Metrics(1920, 1080)
        self._lang = "en"
        self._width = 440.0
        self.compact = False
        self._cached = False

    def configure(self, metrics: theme.Metrics, lang: str, width: float, compact: bool = False,
                  cards: bool = True) -> None:
        """A new scale, language, card width or level: heights are measured again when asked,
        and the cards that exist take it on (not with `cards` False: while the view tries
        widths, only heights are needed; laying out every card's texts at each width tried
        was half of a language switch, 11 of 23 ms)."""
        self._heights = self._kept_heights((metrics.scale, metrics.text, lang, width))
        self._metrics, self._lang, self._width, self.compact = metrics, lang, width, compact
        for card_id, card in self.cards.items() if cards else ():
            card.configure(metrics, lang, width, compact, self._limit(card_id))

    def configuration(self) -> tuple[theme.Metrics, str, float, bool]:
        """What it measures for now: the arguments `configure` was last given."""
        return self._metrics, self._lang, self._width, self.compact

    def _kept_heights(self, key: tuple) -> dict[tuple[str, bool], float]:
        """The heights measured for a configuration. Others' are kept, the least recently
        used given up first, while they hold at most `HEIGHTS_KEPT` (a portrait timeline of
        50,000 milestones measures every card: that one alone is kept)."""
        heights = self._measured.pop(key, None)
        heights = {} if heights is None else heights
        others = sum(len(h) for h in self._measured.values())
        while self._measured and others > HEIGHTS_KEPT:
            others -= len(self._measured.popitem(last=False)[1])
        self._measured[key] = heights
        return heights

    def _limit(self, milestone_id: str) -> float:
        """A compact card is never taller than its full card, around which the layout is made."""
        return self.height(milestone_id) if self.compact else 0.0

    def height(self, milestone_id: str, compact: bool = False) -> float:
        """How tall this milestone's card is, full or compact, at the present scale,
        language and width. The layout is made of full cards at every zoom."""
        height = self._heights.get((milestone_id, compact))
        if height is None:  # from the kept texts: a card made may be shaped for another width
            height = self._heights[milestone_id, compact] = self._texts.height(
                self._content.milestone(milestone_id), self._metrics, self._lang, self._width, compact,
                self.height(milestone_id) if compact else 0.0)
        return height

    def taller_steps(self, candidates: list[str], limit: float) -> Steps[bool]:
        """Whether any of these full cards is taller than `limit` at the present width. It
        stops at the first that is, trying first those tallest at the last width tried:
        the view widens the cards step by step until the tallest fits, so only the last
        width needs every card measured (at start, 116 measured fell to 33, counted).
        In steps: see `measure_steps`."""
        seen = self._last_seen
        for card_id in sorted(candidates, key=lambda c: -seen.get(c, math.inf)):
            yield from self.measure_steps([card_id])
            height = seen[card_id] = self.height(card_id)
            if height > limit:
                return True
        return False

    def measure_steps(self, ids: list[str]) -> Steps[None]:
        """Measure these full cards, pausing before each not yet measured. Driven by
        `finish`, it runs at once; measured ahead, one card's text is laid out at a turn of
        the event loop, so that a touch waits for one card, not for dozens (widths.py)."""
        for card_id in ids:
            if (card_id, False) not in self._heights:
                yield
                self.height(card_id)

    def longest_steps(self) -> Steps[list[str]]:
        """The milestones whose texts are longest in the present language: the tallest card
        is among them, found without measuring every card. Within one language the script
        is the same, so characters compare as well as display columns would. Counted in C
        (len, count) over lists of the texts: 5,000 milestones in 5 ms, not 9. Kept per
        language (a pool's content never changes), and in steps of `SIZED_PER_STEP`
        texts: measured ahead at 50,000 milestones, it held a touch up for 69 ms."""
        lang = self._lang
        kept = self._longest.get(lang)
        if kept is not None:
            return kept
        milestones = self._content.milestones
        sizes: list[int] = []
        for first in range(0, len(milestones), SIZED_PER_STEP):
            if first:
                yield
            texts = [m.texts[lang] for m in milestones[first:first + SIZED_PER_STEP]]
            sizes += [len(t.title) + len(t.caption) + (t.title.count("\n") + t.caption.count("\n")) * LINE_COLUMNS
                      for t in texts]
        # Up to MEASURE_ALL milestones, every one is a candidate (no guessing), longest first.
        top = heapq.nlargest(CANDIDATES if len(milestones) > MEASURE_ALL else len(milestones),
                             range(len(sizes)), key=sizes.__getitem__)
        kept = self._longest[lang] = [milestones[i].id for i in top]
        return kept

    def set_cached(self, cached: bool) -> None:
        """While a button's zoom animates, cards are drawn from a picture of themselves,
        scaled: a frame then costs a blit per card, not its text laid out again (a pinch
        shows a still of the whole view instead, still.py). At rest they are
        painted afresh, sharp at their size, and the pictures are freed."""
        self._cached = cached
        mode = QGraphicsItem.CacheMode.ItemCoordinateCache if cached else QGraphicsItem.CacheMode.NoCache
        for card in self.cards.values():
            card.setCacheMode(mode)

    def make(self, milestone_id: str) -> CardItem:
        card = self.cards.get(milestone_id)
        if card is None:
            ms = self._content.milestone(milestone_id)
            category = self._content.category(ms.category)
            icon = self._content.icon_svg(category.icon)
            if self._spare:
                card = self._spare.pop()
                card.bind(ms, category, icon)
            else:
                card = CardItem(ms, category, icon, self._thumbs, self._texts)
                self._scene.addItem(card)
            card.configure(self._metrics, self._lang, self._width, self.compact, self._limit(milestone_id))
            if self._cached:
                card.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache)
            self.cards[milestone_id] = card
        return card

    def on_picture_ready(self, rel: str) -> None:
        """A picture was decoded: repaint the cards that show it."""
        for card in self.cards.values():
            if card.milestone.image == rel:
                card.update()

    def drop(self, milestone_id: str) -> None:
        """Set a card aside: out of sight now (moved far off, transparent), hidden a turn
        of the event loop later. Qt remembers where it last painted each item and
        repaints that place when the item next changes; it forgets only when it sees the
        item change while shown and elsewhere. A card hidden at once kept that memory:
        shown again after a jump (the idle reset, a tap on the overview), it repainted a
        card's area of whatever stood there then, 0.3-0.5 ms in a flick's frame."""
        card = self.cards.pop(milestone_id, None)
        if card is not None:
            card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            card.setOpacity(0.0)
            card.setPos(PARKED, PARKED)
            self._spare.append(card)
            self._hide_spares.start()

    def _on_hide_spares(self) -> None:
        for card in self._spare:
            card.setVisible(False)
