"""Category filtering: which milestones show, and the live counts on the chips.

A milestone matches a selected category through its primary category or a secondary tag,
so "Arts & culture" also finds EYE SEE (photography). No selection means "All".
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

from .model import Milestone
from .timeline import Content


KEPT = 4  # filters whose visible milestones are kept


@dataclass(frozen=True)
class Filter:
    """The categories a visitor chose; none chosen shows every milestone."""

    selected: frozenset[str] = frozenset()

    @property
    def is_all(self) -> bool:
        return not self.selected

    def toggled(self, category_id: str) -> Filter:
        return Filter(self.selected ^ {category_id})

    def visible(self, content: Content) -> tuple[Milestone, ...]:
        """The milestones shown, in order."""
        return self._shown(content)[0]

    def years_and_ids(self, content: Content) -> tuple[list[int], list[str]]:
        """The shown milestones' start years and ids, in order: what a layout needs, picked
        from lists made once per content, not read off each milestone at every toggle.
        Shared: read them, never change them."""
        _milestones, at = self._shown(content)
        columns = content.__dict__.get("_columns")
        if columns is None:
            columns = ([m.start.year for m in content.milestones], [m.id for m in content.milestones])
            content.__dict__["_columns"] = columns
        if len(at) == len(content.milestones):
            return columns
        return _pick(columns[0], at), _pick(columns[1], at)

    def _shown(self, content: Content) -> tuple[tuple[Milestone, ...], tuple[int, ...]]:
        """The milestones shown and their places in the content. Kept for the last few
        filters: a toggle asks from the timeline, the card and the window, and with 50,000
        milestones each answer is a pass over all of them."""
        cache = content.__dict__.setdefault("_visible", {})
        shown = cache.pop(self.selected, None)
        if shown is None:
            shown = _matching(content, self.selected)
        cache[self.selected] = shown  # the most recent last
        while len(cache) > KEPT:
            del cache[next(iter(cache))]
        return shown

    def neighbour(self, content: Content, milestone_id: str, step: int) -> str | None:
        """The previous (-1) or next (+1) milestone within this filter, or None at an end."""
        ids = [m.id for m in self.visible(content)]
        if milestone_id not in ids:
            return ids[0] if ids else None
        index = ids.index(milestone_id) + step
        return ids[index] if 0 <= index < len(ids) else None


def _matching(content: Content,
              selected: frozenset[str]) -> tuple[tuple[Milestone, ...], tuple[int, ...]]:
    """The milestones that match `selected`, in order, and their places: from each chip's
    own list, made in one pass when first asked, so a toggle joins a few lists instead of
    testing every milestone again."""
    milestones = content.milestones
    if not selected:
        return tuple(milestones), tuple(range(len(milestones)))
    finds = _chip_index(content)
    at = tuple(sorted(set().union(*(finds.get(chip, ()) for chip in selected))))
    return tuple(_pick(milestones, at)), at


def _chip_index(content: Content) -> dict[str, list[int]]:
    """The places in the content of the milestones each chip finds (by category or tag),
    made in one pass when first asked and kept with the content."""
    finds = content.__dict__.get("_finds")
    if finds is None:
        finds = {}
        for i, m in enumerate(content.milestones):
            for chip in {m.category, *m.tags}:
                finds.setdefault(chip, []).append(i)
        content.__dict__["_finds"] = finds
    return finds


def _pick(values, at: tuple[int, ...]) -> list:
    """values[i] for each i in `at`, at C speed."""
    if len(at) < 2:
        return [values[i] for i in at]
    return list(itemgetter(*at)(values))


def counts(content: Content) -> dict[str, int]:
    """How many milestones each chip would show on its own; the counts never depend on
    the other chips, so a visitor can predict what a tap will add. Read off the chips'
    index, not by testing every milestone against every chip (8 x 5,000 tests took 20 ms
    of the window's start)."""
    finds = _chip_index(content)
    return {c.id: len(finds.get(c.id, ())) for c in content.categories}
