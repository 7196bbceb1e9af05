"""JSON Schemas generated from the model, so an editor's own tool can check a file as it
is typed (e.g. VS Code with Even Better TOML reads the `#:schema` line at the top).

The model stays free of pydantic; the editor-facing descriptions and the id and colour
patterns are added here.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from .languages import CODE_PATTERN, SECTION_PATTERN
from .model import COLOUR_PATTERN, SLUG_PATTERN, CategoryFile, ContentInfo, Milestone, declare_bounds

declare_bounds()  # before TypeAdapter reads the model's fields

SCHEMAS = {
    "milestone.schema.json": Milestone,
    "categories.schema.json": CategoryFile,
    "content.schema.json": ContentInfo,
}

SLUG_FIELDS = {"id", "category", "tags", "see_also", "successor"}

DESCRIPTIONS = {
    ("Milestone", "id"): "Stable id: lower-case letters, digits and single hyphens.",
    ("Milestone", "category"): "Primary category id, from categories.toml.",
    ("Milestone", "tags"): "Secondary category ids: the milestone also shows under these chips.",
    ("Milestone", "image"): "Picture for the timeline and detail cards, relative to the content "
                            "folder: an SVG illustration, or a PNG or JPEG photograph with its "
                            "credit. Needs image_alt in every language.",
    ("Milestone", "see_also"): "Ids of related milestones, offered on the detail card.",
    ("Milestone", "sources"): "Where the facts come from. For editors; never shown.",
    ("Milestone", "url"): "A public page about it (https://…), shown on the card as a QR code "
                          "with \"Scan to read more\"; no tracking parameters (utm_…).",
    ("Start", "certainty"): 'exact; approximate (shown as "about 2003"); disputed (sources disagree).',
    ("End", "kind"): "ended, closed, or renewed (carried on as another programme).",
    ("End", "successor"): "Id of the milestone it was renewed as (kind = renewed).",
    ("End", "successor_name"): 'The new programme\'s name, for "renewed as ...".',
    ("MilestoneText", "caption"): "One line for the timeline card (90 columns; a Japanese character is 2).",
    ("MilestoneText", "story"): "One to five sentences for the detail card.",
    ("MilestoneText", "place"): "Where it happened; may be left out.",
    ("Milestone", "editor_note"): "For editors, never shown: why a date is uncertain, with sources.",
    ("MilestoneText", "date_note"): "Required when the start or end is not exact: a short note "
                                    "for visitors, shown behind \"date uncertain ⓘ\": "
                                    "\"Records differ: 1998 or 1999.\"",
    ("MilestoneText", "did_you_know"): "One surprising, true fact for a curious ten-year-old, "
                                       "new beside the story: one or two short sentences, "
                                       "180 columns at most.",
    ("MilestoneText", "image_alt"): "The picture in words, for visitors who cannot see it. "
                                    "Required when the milestone has an image.",
    ("MilestoneText", "image_credit"): "Who made the picture: required for a photograph "
                                       "(PNG or JPEG), shown on the card.",
    ("MilestoneText", "image_caption"): "What the picture shows, if it needs saying; shown under it.",
    ("MilestoneText", "narration"): "A recorded reading of this card, played instead of a synthetic "
                                    "voice: a WAV file (16-bit PCM, 3 minutes at most), such as "
                                    "audio/eye-see-en.wav.",
    ("Figure", "value"): 'The number itself, shown big: "US$100 million".',
    ("Figure", "label"): 'What it counts: "to help people through the pandemic".',
    ("Category", "colour"): "Colour-blind-safe palette colour, #RRGGBB.",
    ("Category", "icon"): "SVG file in assets/icons/.",
    ("ContentInfo", "content_version"): "Shown in the admin status; change it on every edit.",
    ("ContentInfo", "languages"): 'The content\'s languages, in the switch\'s order: ["en", "ja"].',
    ("ContentInfo", "default_language"): "Language after start and after every reset; "
                                          "empty means the first of the languages.",
    ("ContentInfo", "title"): "The exhibit's title, one key per language.",
}
# Fields the files write as one key or [section] per language, beside the entry's own.
BY_LANGUAGE = {("Milestone", "texts"), ("Category", "names")}


def _unfold(name: str, node: dict[str, Any]) -> None:
    """A field gathered from per-language keys is written in the file as those keys."""
    for field in list(node.get("properties", {})):
        if (name, field) in BY_LANGUAGE:
            values = node["properties"].pop(field).get("additionalProperties", {})
            node.setdefault("patternProperties", {})[SECTION_PATTERN] = values
            node["required"] = [f for f in node.get("required", []) if f != field]


def _decorate(name: str, node: dict[str, Any]) -> None:
    _unfold(name, node)
    for field, prop in node.get("properties", {}).items():
        if (name, field) in DESCRIPTIONS:
            prop["description"] = DESCRIPTIONS[(name, field)]
        if field in SLUG_FIELDS:
            for target in [prop, prop.get("items", {})] + prop.get("anyOf", []):
                if target.get("type") == "string":
                    target["pattern"] = SLUG_PATTERN
        if (name, field) == ("Category", "colour"):
            prop["pattern"] = COLOUR_PATTERN
        if (name, field) == ("ContentInfo", "languages"):
            prop.setdefault("items", {})["pattern"] = CODE_PATTERN


def schema_for(model: type) -> dict[str, Any]:
    schema = TypeAdapter(model).json_schema()
    _decorate(schema.get("title", ""), schema)
    for name, node in schema.get("$defs", {}).items():
        _decorate(name, node)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def schema_text(model: type) -> str:
    return json.dumps(schema_for(model), indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(schema_text(model))
        os.replace(tmp, path)
        written.append(path)
    return written
