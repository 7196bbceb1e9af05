"""The content model: categories and milestones, as editors write them in `data/`.

Plain frozen dataclasses, importing neither Qt nor pydantic: the kiosk starts from cached,
already-validated content without loading a validator, nor annotated_types, whose bounds
the annotations name and `declare_bounds` supplies when validation needs them. The loader
validates files against these same classes with pydantic (which reads the `Annotated`
bounds and the `__pydantic_config__` below), and schema.py generates the editors' JSON
Schemas from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

# Year 1 to 2100: a museum's timeline may reach back centuries (TimelineJS imports do), but
# not before the common era, which the layout and the date wording do not hold.
FIRST_YEAR = 1
LAST_YEAR = 2100
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
COLOUR_PATTERN = r"^#[0-9A-Fa-f]{6}$"

if TYPE_CHECKING:
    from typing import Annotated

    from annotated_types import MinLen

    Slug = Text = str
    Year = Month = int
    LocalText = dict[str, str]


def declare_bounds() -> None:
    """The fields' bounds, as pydantic reads them: called by the validator and the schema
    writer before they build an adapter. A start from cached content never needs them
    (annotated_types costs 10 ms of the first frame)."""
    from typing import Annotated

    from annotated_types import Ge, Le, MaxLen, MinLen

    text = Annotated[str, MinLen(1)]  # the loader strips surrounding white space first
    globals().update(
        Annotated=Annotated, MinLen=MinLen, Text=text,
        Slug=Annotated[str, MinLen(2), MaxLen(60)],  # and SLUG_PATTERN, checked in checks.py
        Year=Annotated[int, Ge(FIRST_YEAR), Le(LAST_YEAR)],
        Month=Annotated[int, Ge(1), Le(12)],
        # A short text in each of the content's languages, keyed by language code ("en",
        # "ja"). Which codes are allowed is the content's own list, checked in checks.py.
        LocalText=dict[str, text])


# The fields that hold a text per language, as {code: text}.
LOCALISED = frozenset({"texts", "names", "title", "successor_name"})

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


@dataclass(frozen=True, slots=True)
class Start:
    """When a milestone began: a year, perhaps a month, and how sure the sources are."""

    __pydantic_config__ = STRICT
    year: Year
    month: Month | None = None
    certainty: Certainty = Certainty.exact


@dataclass(frozen=True, slots=True)
class End:
    """When a milestone ended, closed or was carried on as another programme."""

    __pydantic_config__ = STRICT
    year: Year
    kind: EndKind = EndKind.ended
    certainty: Certainty = Certainty.exact
    successor: Slug | None = None
    successor_name: LocalText | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A number worth showing on the detail card, with what it counts."""

    __pydantic_config__ = STRICT
    value: Text
    label: Text


@dataclass(frozen=True, slots=True)
class MilestoneText:
    """Everything a visitor reads about one milestone, in one language."""

    __pydantic_config__ = STRICT
    title: Text
    caption: Text
    story: Text
    place: Text | None = None  # a timeline brought in from elsewhere may have none
    partners: tuple[Text, ...] = ()
    figures: tuple[Figure, ...] = ()
    # For visitors, behind the card's "date uncertain ⓘ": "Records differ: 1998 or 1999".
    date_note: Text | None = None
    # One surprising, true fact, for a curious ten-year-old.
    did_you_know: Text | None = None
    # The picture in words, for a visitor who cannot see it (required with an image).
    image_alt: Text | None = None
    # Who made the picture (required for a photograph), and what it shows, if it needs saying.
    image_credit: Text | None = None
    image_caption: Text | None = None
    # A recorded reading of this language's card, played instead of a synthetic voice:
    # a WAV file inside the content folder, such as "audio/eye-see-en.wav".
    narration: Text | None = None


@dataclass(frozen=True, slots=True)
class Milestone:
    """One entry of the timeline: its date, category, picture and texts in every language."""

    __pydantic_config__ = STRICT
    id: Slug
    start: Start
    category: Slug
    # One section per language, `[en]`, `[ja]`: the loader gathers them here.
    texts: dict[str, MilestoneText]
    end: End | None = None
    tags: tuple[Slug, ...] = ()
    image: str | None = None
    see_also: tuple[Slug, ...] = ()
    sources: tuple[str, ...] = ()
    # A public page about it (https), shown on the card as a QR code; no tracking parameters.
    url: str | None = None
    # For editors only, never shown: why a date is uncertain, with its sources.
    editor_note: str | None = None

    def text(self, lang: str) -> MilestoneText:
        return self.texts[lang]

    @property
    def uncertain(self) -> bool:
        return self.start.certainty is not Certainty.exact or (
            self.end is not None and self.end.certainty is not Certainty.exact
        )


@dataclass(frozen=True, slots=True)
class Category:
    """A filter chip: its colour, its icon and its name in every language."""

    __pydantic_config__ = STRICT
    id: Slug
    colour: str  # COLOUR_PATTERN, checked in checks.py
    icon: str
    # One key per language, `en = "..."`: the loader gathers them here.
    names: LocalText

    def label(self, lang: str) -> str:
        return self.names[lang]


@dataclass(frozen=True, slots=True)
class CategoryFile:
    """categories.toml: the categories, in the order the chips show them."""

    __pydantic_config__ = STRICT
    category: Annotated[tuple[Category, ...], MinLen(1)]


@dataclass(frozen=True, slots=True)
class ContentInfo:
    """`content.toml`: what this content set is."""

    __pydantic_config__ = STRICT
    content_version: Text
    title: LocalText
    # In the order the language switch shows them; empty means the title's languages.
    languages: tuple[str, ...] = ()
    # Empty means the first of the languages.
    default_language: str | None = None

    @property
    def language_list(self) -> tuple[str, ...]:
        return self.languages or tuple(self.title)

    @property
    def first_language(self) -> str:
        return self.default_language or self.language_list[0]
