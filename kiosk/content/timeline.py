"""A loaded, checked content set: what the UI reads and never changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .model import Category, ContentInfo, Milestone
from .problems import Problem


@dataclass(frozen=True)
class Content:
    """Validated content, read only: what every view shows."""

    root: Path
    info: ContentInfo
    categories: tuple[Category, ...]
    milestones: tuple[Milestone, ...]  # by start year; seed order within a year
    _by_id: dict[str, Milestone] = field(init=False, repr=False, compare=False)
    _cats: dict[str, Category] = field(init=False, repr=False, compare=False)
    # Every character a visitor can be shown; worked out once and kept in the content cache,
    # so a start knows whether it needs the emoji face without reading every text.
    characters: frozenset[str] = field(init=False, repr=False, compare=False)
    # Japanese texts with their phrase breaks marked (content.phrases), worked out at
    # validation and kept in the cache too: a start draws them without loading BudouX.
    phrased: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        from .glyphs import content_characters

        object.__setattr__(self, "_by_id", {m.id: m for m in self.milestones})
        object.__setattr__(self, "_cats", {c.id: c for c in self.categories})
        object.__setattr__(self, "characters", frozenset(content_characters(self)))
        object.__setattr__(self, "phrased", _phrased(self))

    @property
    def languages(self) -> tuple[str, ...]:
        """In the order the switch lists them."""
        return self.info.language_list

    @property
    def operator_language(self) -> str:
        """The operator's screens are in English: the content's English where it has one."""
        return "en" if "en" in self.languages else self.languages[0]

    @property
    def first_year(self) -> int:
        return self.milestones[0].start.year

    @property
    def last_year(self) -> int:
        return max(m.end.year if m.end else m.start.year for m in self.milestones)

    def milestone(self, milestone_id: str) -> Milestone:
        return self._by_id[milestone_id]

    def category(self, category_id: str) -> Category:
        return self._cats[category_id]

    def icon_svg(self, name: str) -> bytes | None:
        """The SVG of the icon called `name`, read by the rule validation checked it with
        (the content folder's icons/, then the kiosk's own); None if it cannot be shown."""
        cache = self.__dict__.setdefault("_icon_svgs", {})
        if name not in cache:
            cache[name] = _read_icon(self.root, name)
        return cache[name]

    def summary(self) -> str:
        return (
            f"{len(self.milestones)} milestones, {len(self.categories)} categories, "
            f"{len(self.languages)} languages ({', '.join(self.languages)}); "
            f"content version {self.info.content_version}"
        )


def _phrased(content: Content) -> dict[str, str]:
    from .glyphs import visible_texts
    from .phrases import for_display

    texts = {text for part in (content.info, *content.categories, *content.milestones)
             for field, text in visible_texts(part)
             if field == "ja" or field.startswith("ja.") or field.endswith(".ja")}
    return {text: for_display(text, "ja") for text in texts}


def _read_icon(root: Path, name: str) -> bytes | None:
    """By the icon rule; the SVG rule is applied to the content folder's own icons (the
    kiosk's bundled icons are its own files, and parsing them would cost the first frame)."""
    from .. import paths
    from . import files, images

    try:
        path = files.icon_place(root, paths.assets(), name)
        data = path.read_bytes()
    except (OSError, files.Refused):
        return None
    own = Path(paths.assets()).resolve() in path.parents
    return data if own or not images.svg_problem(data) else None


@dataclass
class LoadResult:
    """Content that passed every check, or the problems that stopped it."""

    content: Content | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.content is not None and not self.problems
