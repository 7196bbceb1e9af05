"""Checks that span fields or files, which a per-file schema cannot express."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .glyphs import Coverage, describe, load_coverage, visible_texts
from .model import (COLOUR_PATTERN, LANGUAGES, SLUG_PATTERN, Category, Certainty, ContentInfo,
                    EndKind, Milestone)
from .problems import COLOUR_HINT, LANGUAGE_NAMES, SLUG_HINT, Problem, shown

# What fits on a timeline card at 1080p, in columns: a Japanese glyph takes two.
CAPTION_MAX = 90
TITLE_MAX = 72
# Bounds for the detail card's texts, so no field can push the layout off the screen.
FIELD_MAX = {"place": 80, "partners": 80, "date_note": 260, "story": 900}
FIGURE_MAX = {"value": 28, "label": 70}
STORY_SENTENCES = (2, 5)
IMAGE_SUFFIXES = {".png": b"\x89PNG", ".jpg": b"\xff\xd8", ".jpeg": b"\xff\xd8", ".svg": b""}
ICON_FOLDERS = ("icons",)
_SLUG = re.compile(SLUG_PATTERN)
_COLOUR = re.compile(COLOUR_PATTERN)
_SENTENCE_END = {"en": re.compile(r"[.!?](?=\s|$)"), "ja": re.compile(r"[。！？]")}


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def count_sentences(text: str, lang: str) -> int:
    return len(_SENTENCE_END[lang].findall(text.strip()))


def check_content(
    root: Path,
    assets: Path | None,
    categories: list[Category],
    milestones: list[tuple[str, Milestone]],
    broken_ids: set[str] = frozenset(),
    info: ContentInfo | None = None,
) -> list[Problem]:
    """`broken_ids` belong to files that failed to parse: links to them are not reported."""
    problems: list[Problem] = []
    problems += _check_categories(root, assets, categories)
    known = {c.id for c in categories}
    first_file: dict[str, str] = {}
    for rel, ms in milestones:
        if ms.id in first_file:
            problems.append(
                Problem(rel, f'this id is already used by {first_file[ms.id]}. Ids must be unique.',
                        ms.id, "id")
            )
        else:
            first_file[ms.id] = rel
    linkable = set(first_file) | set(broken_ids)
    for rel, ms in milestones:
        problems += _check_milestone(root, rel, ms, known, linkable)
    coverage = load_coverage(assets) if assets is not None else None
    if coverage is not None:
        for cat in categories:
            problems += _glyphs(coverage, "categories.toml", cat, cat.id, "category")
        for rel, ms in milestones:
            problems += _glyphs(coverage, rel, ms, ms.id, "milestone")
        if info is not None:
            problems += _glyphs(coverage, "content.toml", info, None, "file")
    return problems


def _glyphs(coverage: Coverage, rel: str, obj, entry: str | None, kind: str) -> list[Problem]:
    """Every visitor-facing text (under en or ja) in characters the bundled fonts draw."""
    out = []
    for field, text in visible_texts(obj):
        missing = coverage.missing(text)
        if missing:
            out.append(Problem(rel, f"{describe(missing)} cannot be shown: the kiosk's fonts have "
                               "no such character, so it would appear as an empty box. Remove it "
                               "or use another character.", entry, field, kind=kind))
    return out



def _check_categories(root: Path, assets: Path | None, categories: list[Category]) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for cat in categories:
        rel = "categories.toml"
        if not _SLUG.match(cat.id):
            problems.append(Problem(rel, f"the id {SLUG_HINT}, not {shown(cat.id)}.", cat.id, "id",
                                    kind="category"))
        if not _COLOUR.match(cat.colour):
            problems.append(Problem(rel, f"the colour {COLOUR_HINT}, not {shown(cat.colour)}.", cat.id,
                                    "colour", kind="category"))
        if cat.id in seen:
            problems.append(Problem(rel, "this id is used twice.", cat.id, "id", kind="category"))
        seen.add(cat.id)
        places = [root / "icons" / cat.icon] + ([assets / "icons" / cat.icon] if assets else [])
        if not cat.icon.endswith(".svg"):
            problems.append(Problem(rel, "the icon must be an SVG file.", cat.id, "icon", kind="category"))
        elif not any(p.is_file() for p in places):
            problems.append(
                Problem(rel, f'the icon file "{cat.icon}" was not found in '
                        f"{' or '.join(str(p.parent) for p in places)}.", cat.id, "icon",
                        kind="category")
            )
    return problems


def _check_milestone(
    root: Path, rel: str, ms: Milestone, known: set[str], ids: set[str]
) -> list[Problem]:
    out: list[Problem] = []

    def say(field: str, message: str) -> None:
        out.append(Problem(rel, message, ms.id, field))

    slugs = [("id", ms.id), ("category", ms.category)]
    slugs += [(f"tags[{i + 1}]", t) for i, t in enumerate(ms.tags)]
    slugs += [(f"see_also[{i + 1}]", t) for i, t in enumerate(ms.see_also)]
    slugs += [("end.successor", ms.end.successor)] if ms.end and ms.end.successor else []
    for field, value in slugs:
        if not _SLUG.match(value):
            say(field, f"the {field.split('[')[0].replace('_', '-')} {SLUG_HINT}, not {shown(value)}.")

    if ms.category not in known:
        say("category", f'"{ms.category}" is not a category. Known: {", ".join(sorted(known))}.')
    for i, tag in enumerate(ms.tags):
        if tag not in known:
            say(f"tags[{i + 1}]", f'"{tag}" is not a category. Known: {", ".join(sorted(known))}.')
    if ms.end is not None:
        if ms.end.year < ms.start.year:
            say("end.year", f"the end ({ms.end.year}) is before the start ({ms.start.year}).")
        if ms.end.kind is EndKind.renewed and ms.end.successor_name is None:
            say("end.successor_name", "a renewed programme needs the name it was renewed as.")
        if ms.end.successor is not None and ms.end.successor not in ids:
            say("end.successor", f'no milestone has the id "{ms.end.successor}".')
    for i, other in enumerate(ms.see_also):
        if other == ms.id:
            say(f"see_also[{i + 1}]", "a milestone cannot link to itself.")
        elif other not in ids:
            say(f"see_also[{i + 1}]", f'no milestone has the id "{other}".')
    for lang in LANGUAGES:
        out += _check_text(rel, ms, lang)
    en, ja = ms.en, ms.ja
    for name in ("partners", "figures"):
        if len(getattr(en, name)) != len(getattr(ja, name)):
            say(f"ja.{name}", f"the Japanese {name} list has {len(getattr(ja, name))} entries but "
                f"the English one has {len(getattr(en, name))}; they must match one to one.")
    if ms.image is not None:
        problem = _check_image(root, ms.image)
        if problem:
            say("image", problem)
    return out


def _check_text(rel: str, ms: Milestone, lang: str) -> list[Problem]:
    out: list[Problem] = []
    text = ms.text(lang)
    name = LANGUAGE_NAMES[lang]
    for field, limit in (("caption", CAPTION_MAX), ("title", TITLE_MAX)):
        width = display_width(getattr(text, field))
        if width > limit:
            out.append(Problem(rel, f"the {name} {field} is too long for a card: {width} columns "
                               f"(a Japanese character counts as 2), {limit} at most. Shorten it.",
                               ms.id, f"{lang}.{field}"))
    for field, limit in FIELD_MAX.items():
        values = getattr(text, field)
        items = values if isinstance(values, tuple) else [values]
        for i, value in enumerate(items):
            if value is not None and display_width(value) > limit:
                where = f"{lang}.{field}" + (f"[{i + 1}]" if isinstance(values, tuple) else "")
                out.append(Problem(rel, f"the {name} {field.replace('_', ' ')} is too long: "
                                   f"{display_width(value)} columns, {limit} at most.", ms.id, where))
    for i, figure in enumerate(text.figures):
        for field, limit in FIGURE_MAX.items():
            if display_width(getattr(figure, field)) > limit:
                out.append(Problem(rel, f"the {name} figure's {field} is too long: {limit} columns "
                                   "at most.", ms.id, f"{lang}.figures[{i + 1}].{field}"))
    low, high = STORY_SENTENCES
    n = count_sentences(text.story, lang)
    if not low <= n <= high:
        out.append(Problem(rel, f"the {name} story has {n} sentences; write {low} to {high}.",
                           ms.id, f"{lang}.story"))
    if ms.uncertain and text.date_note is None:
        out.append(Problem(rel, f"the date is marked uncertain, so the {name} date note must say "
                           "why.", ms.id, f"{lang}.date_note"))
    if not ms.uncertain and text.date_note is not None and ms.start.certainty is Certainty.exact:
        out.append(Problem(rel, f"the {name} date note is set, but the date is marked exact. Set "
                           'start.certainty to "approximate" or "disputed", or remove the note.',
                           ms.id, f"{lang}.date_note"))
    return out


def _check_image(root: Path, image: str) -> str | None:
    path = (root / image).resolve()
    if root.resolve() not in path.parents:
        return f'"{image}" points outside the content folder.'
    suffix = path.suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        return f'"{image}" must be a PNG, JPEG or SVG file.'
    if not path.is_file():
        return f'the image file "{image}" was not found.'
    with path.open("rb") as fh:
        head = fh.read(4096)
    magic = IMAGE_SUFFIXES[suffix]
    if (magic and not head.startswith(magic)) or (suffix == ".svg" and b"<svg" not in head):
        return f'"{image}" is not a readable {suffix[1:].upper()} image.'
    return None
