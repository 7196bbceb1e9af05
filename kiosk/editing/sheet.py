"""The editors' spreadsheet: which columns it has, what each means, and how a row maps to
the fields of a content file and back. No file format here (sheet_io.py reads and writes
XLSX and CSV); plain Python.

One row per milestone, a column per field and per language ("en.title", "ja.title"),
lists one item per line (tags and see-also separated by commas), figures in numbered
columns. Row 2 explains each column; the importer skips it by its first cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..content.checks import LIST_MAX
from ..content.languages import english_name

NOTES_MARK = "ⓘ"  # the first cell of the notes row starts with it
SHEETS = ("Milestones", "Categories", "Content")


@dataclass(frozen=True)
class Column:
    """One spreadsheet column: where its value lives in the content, and how it is written."""

    path: str  # "start.year", "en.figures[2].label": where the value lives in the file
    note: str
    kind: str = "text"  # text | number | commas | lines


def milestone_columns(langs: list[str]) -> list[Column]:
    cols = [
        Column("id", "Stable id: lower-case letters, digits and single hyphens. Never reuse one."),
        Column("category", "Category id, from the Categories sheet."),
        Column("start.year", "Year it began.", "number"),
        Column("start.month", "Month it began, 1 to 12; empty if not known.", "number"),
        Column("start.certainty", "exact (or empty), approximate, or disputed."),
        Column("end.year", "Year it ended; empty if it goes on.", "number"),
        Column("end.kind", "ended (or empty), closed, or renewed."),
        Column("end.certainty", "exact (or empty), approximate, or disputed."),
        Column("end.successor", "Id of the milestone it was renewed as."),
    ]
    cols += [Column(f"end.successor_name.{lang}", f"The new programme's name, in {english_name(lang)}.")
             for lang in langs]
    cols += [
        Column("tags", "More category ids it shows under, separated by commas.", "commas"),
        Column("see_also", "Ids of related milestones, separated by commas.", "commas"),
        Column("image", "Picture in the content folder, such as images/eye-see.png."),
        Column("sources", "Where the facts come from, one per line. Never shown.", "lines"),
        Column("editor_note", "For editors, never shown: why a date is uncertain, with sources."),
        Column("url", "A public page about it, shown as a QR code: https://…"),
    ]
    for lang in langs:
        name = english_name(lang)
        cols += [
            Column(f"{lang}.title", f"{name}: the card's title (72 columns at most)."),
            Column(f"{lang}.caption", f"{name}: one line for the card (90 columns at most)."),
            Column(f"{lang}.story", f"{name}: one to five sentences for the detail card."),
            Column(f"{lang}.place", f"{name}: where it happened."),
            Column(f"{lang}.partners", f"{name}: partners, one per line (Alt+Enter in Excel).",
                   "lines"),
            Column(f"{lang}.did_you_know", f"{name}: one surprising, true fact for a curious "
                   "ten-year-old (one or two short sentences)."),
            Column(f"{lang}.date_note", f"{name}: for visitors, why the date is uncertain: "
                   '"Records differ: 1998 or 1999."'),
            Column(f"{lang}.image_alt", f"{name}: what the picture shows, for visitors who "
                   "cannot see it (needed with a picture)."),
            Column(f"{lang}.image_credit", f"{name}: who made the picture (needed for a photograph)."),
            Column(f"{lang}.image_caption", f"{name}: a line under the picture, if it needs one."),
            Column(f"{lang}.narration", f"{name}: a recorded reading, such as audio/card-{lang}.wav."),
        ]
        for k in range(1, LIST_MAX["figures"] + 1):
            cols += [Column(f"{lang}.figures[{k}].value", f"{name}: figure {k}, the number."),
                     Column(f"{lang}.figures[{k}].label", f"{name}: figure {k}, what it counts.")]
    return cols


def category_columns(langs: list[str]) -> list[Column]:
    return [Column("id", "Category id: lower-case letters, digits and single hyphens."),
            Column("colour", 'Colour, written like "#0072B2".'),
            Column("icon", "SVG icon: a file in the content folder's icons/ or the kiosk's own.")] + [
        Column(lang, f"The chip's label in {english_name(lang)}.") for lang in langs]


def content_columns(langs: list[str]) -> list[Column]:
    return [Column("content_version", "Change it on every edit; the admin screen shows it."),
            Column("languages", 'Language codes, in the switch\'s order: "en, ja".', "commas"),
            Column("default_language", "Language after every reset; empty means the first.")] + [
        Column(f"title.{lang}", f"The exhibit's title in {english_name(lang)}.") for lang in langs]


def flatten(data: dict[str, Any], columns: list[Column]) -> list[Any]:
    """A file's data as one row of cells."""
    return [_cell(_get(data, col.path), col.kind) for col in columns]


def _cell(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "commas":
        return ", ".join(value)
    if kind == "lines":
        return "\n".join(value)
    return value


def _get(data: Any, path: str) -> Any:
    for part in _parts(path):
        if isinstance(part, int):
            data = data[part] if isinstance(data, list) and part < len(data) else None
        else:
            data = data.get(part) if isinstance(data, dict) else None
        if data is None:
            return None
    return data


def _parts(path: str) -> list[str | int]:
    out: list[str | int] = []
    for piece in path.split("."):
        name, _, index = piece.partition("[")
        out.append(name)
        if index:
            out.append(int(index.rstrip("]")) - 1)
    return out


def unflatten(cells: dict[str, Any], columns: dict[str, Column],
              say: Callable[[str, str], None]) -> dict[str, Any]:
    """One row's cells (by column path) as file data; empty cells are left out. `say(column,
    message)` reports a cell that cannot be read."""
    data: dict[str, Any] = {}
    for path, raw in cells.items():
        col = columns[path]
        value = _value(raw, col, say)
        if value is None:
            continue
        node: Any = data
        parts = _parts(path)
        for part, following in zip(parts, parts[1:]):
            if isinstance(part, int):
                while len(node) <= part:
                    node.append({})
                node = node[part]
            else:
                node = node.setdefault(part, [] if isinstance(following, int) else {})
        last = parts[-1]
        node[last] = value
    for lang_section in data.values():  # figures in numbered columns: no holes
        if isinstance(lang_section, dict) and "figures" in lang_section:
            lang_section["figures"] = [f for f in lang_section["figures"] if f]
    return data


def _value(raw: Any, col: Column, say: Callable[[str, str], None]) -> Any:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if col.kind == "number":
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        text = str(raw).strip()
        if text.lstrip("-").isdigit() and len(text) < 10:
            return int(text)
        say(col.path, f'"{text[:40]}" is not a whole number.')
        return None
    text = _text(raw)
    if col.kind == "commas":
        return [part.strip() for part in text.split(",") if part.strip()]
    if col.kind == "lines":
        return [part.strip() for part in text.splitlines() if part.strip()]
    return text


def _text(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).replace("\r\n", "\n").replace("\r", "\n")
