"""The content model: categories and milestones, as editors write them in `data/`.

Plain frozen dataclasses, importing neither Qt nor pydantic: the kiosk starts from cached,
already-validated content without loading a validator. The loader validates files against
these same classes with pydantic (which reads the `Annotated` bounds and the
`__pydantic_config__` below), and schema.py generates the editors' JSON Schemas from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Literal

from annotated_types import Ge, Le, MaxLen, MinLen

LANGUAGES: tuple[str, ...] = ("en", "ja")
FIRST_YEAR = 1900
LAST_YEAR = 2100
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
COLOUR_PATTERN = r"^#[0-9A-Fa-f]{6}$"

Slug = Annotated[str, MinLen(2), MaxLen(60)]  # and SLUG_PATTERN, checked in checks.py
Text = Annotated[str, MinLen(1)]  # the loader strips surrounding white space first
Year = Annotated[int, Ge(FIRST_YEAR), Le(LAST_YEAR)]
Month = Annotated[int, Ge(1), Le(12)]

# Unknown fields are errors: a misspelt key must not be silently ignored.
STRICT = {"extra": "forbid"}


class Certainty(str, Enum):
    exact = "exact"
    approximate = "approximate"  # shown as "about 2003"
    disputed = "disputed"  # sources disagree; the note says how


class EndKind(str, Enum):
    ended = "ended"
    closed = "closed"
    renewed = "renewed"  # carried on under another programme: see `successor`


@dataclass(frozen=True)
class LocalText:
    __pydantic_config__ = STRICT
    en: Text
    ja: Text


@dataclass(frozen=True)
class Start:
    __pydantic_config__ = STRICT
    year: Year
    month: Month | None = None
    certainty: Certainty = Certainty.exact


@dataclass(frozen=True)
class End:
    __pydantic_config__ = STRICT
    year: Year
    kind: EndKind = EndKind.ended
    certainty: Certainty = Certainty.exact
    successor: Slug | None = None
    successor_name: LocalText | None = None


@dataclass(frozen=True)
class Figure:
    __pydantic_config__ = STRICT
    value: Text
    label: Text


@dataclass(frozen=True)
class MilestoneText:
    """Everything a visitor reads about one milestone, in one language."""

    __pydantic_config__ = STRICT
    title: Text
    caption: Text
    story: Text
    place: Text
    partners: tuple[Text, ...] = ()
    figures: tuple[Figure, ...] = ()
    date_note: Text | None = None


@dataclass(frozen=True)
class Milestone:
    __pydantic_config__ = STRICT
    id: Slug
    start: Start
    category: Slug
    en: MilestoneText
    ja: MilestoneText
    end: End | None = None
    tags: tuple[Slug, ...] = ()
    image: str | None = None
    see_also: tuple[Slug, ...] = ()
    sources: tuple[str, ...] = ()

    def text(self, lang: str) -> MilestoneText:
        return getattr(self, lang)

    @property
    def uncertain(self) -> bool:
        return self.start.certainty is not Certainty.exact or (
            self.end is not None and self.end.certainty is not Certainty.exact
        )


@dataclass(frozen=True)
class Category:
    __pydantic_config__ = STRICT
    id: Slug
    colour: str  # COLOUR_PATTERN, checked in checks.py
    icon: str
    en: Text
    ja: Text

    def label(self, lang: str) -> str:
        return getattr(self, lang)


@dataclass(frozen=True)
class CategoryFile:
    __pydantic_config__ = STRICT
    category: Annotated[tuple[Category, ...], MinLen(1)]


@dataclass(frozen=True)
class ContentInfo:
    """`content.toml`: what this content set is."""

    __pydantic_config__ = STRICT
    content_version: Text
    title: LocalText
    default_language: Literal["en", "ja"] = "ja"
