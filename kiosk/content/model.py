"""The content model: categories and milestones, as editors write them in `data/`.

Plain Python (pydantic, no Qt), so content can be checked on any machine and in CI
without a display. The same classes generate the JSON Schemas in `data/schema/`.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

LANGUAGES: tuple[str, ...] = ("en", "ja")
FIRST_YEAR = 1900
LAST_YEAR = 2100

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=2, max_length=60),
    Field(description="Stable id: lower-case letters, digits and single hyphens."),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Year = Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR)]
Month = Annotated[int, Field(ge=1, le=12)]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class Strict(BaseModel):
    """Unknown fields are errors: a misspelt key must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Certainty(str, Enum):
    exact = "exact"
    approximate = "approximate"  # shown as "about 2003"
    disputed = "disputed"  # sources disagree; the note says how


class EndKind(str, Enum):
    ended = "ended"
    closed = "closed"
    renewed = "renewed"  # carried on under another programme: see `successor`


class LocalText(Strict):
    en: Text
    ja: Text


class Start(Strict):
    year: Year
    month: Month | None = None
    certainty: Certainty = Certainty.exact


class End(Strict):
    year: Year
    kind: EndKind = EndKind.ended
    certainty: Certainty = Certainty.exact
    successor: Slug | None = Field(
        None, description="Id of the milestone this one was renewed as (kind = renewed)."
    )
    successor_name: LocalText | None = Field(
        None, description='The new programme\'s name, for "renewed as …" (kind = renewed).'
    )


class Figure(Strict):
    value: Text = Field(description='The number itself, shown big: "US$100 million".')
    label: Text = Field(description='What it counts: "fund for COVID-19 relief".')


class MilestoneText(Strict):
    """Everything a visitor reads about one milestone, in one language."""

    title: Text
    caption: Text = Field(description="One line for the timeline card.")
    story: Text = Field(description="Two to five sentences for the detail card.")
    place: Text
    partners: list[Text] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    date_note: Text | None = Field(
        None, description="Required when the start or end is not exact: why the date is uncertain."
    )


class Milestone(Strict):
    id: Slug
    start: Start
    end: End | None = None
    category: Slug = Field(description="Primary category id, from categories.toml.")
    tags: list[Slug] = Field(default_factory=list, description="Secondary category ids.")
    image: str | None = Field(None, description="Image path, relative to the content folder.")
    see_also: list[Slug] = Field(default_factory=list, description="Ids of related milestones.")
    sources: list[str] = Field(default_factory=list, description="For editors; never shown.")
    en: MilestoneText
    ja: MilestoneText

    def text(self, lang: str) -> MilestoneText:
        return getattr(self, lang)

    @property
    def uncertain(self) -> bool:
        return self.start.certainty is not Certainty.exact or (
            self.end is not None and self.end.certainty is not Certainty.exact
        )


class Category(Strict):
    id: Slug
    colour: Colour = Field(description="Colour-blind-safe palette colour, #RRGGBB.")
    icon: str = Field(description="SVG file in assets/icons/.")
    en: Text
    ja: Text

    def label(self, lang: str) -> str:
        return getattr(self, lang)


class CategoryFile(Strict):
    category: list[Category] = Field(min_length=1)


class ContentInfo(Strict):
    """`content.toml`: what this content set is."""

    content_version: Text = Field(description="Shown in the admin status; change it on every edit.")
    default_language: Literal["en", "ja"] = "ja"
    title: LocalText
