"""Checks that span fields or files, which a per-file schema cannot express."""

from __future__ import annotations

import re
from pathlib import Path

from . import audio, contrast, files, images, links
from .glyphs import Coverage, describe, load_coverage, visible_texts
from .language_checks import check_languages
from .languages import english_name, sentence_ends
from .model import (COLOUR_PATTERN, SLUG_PATTERN, Category, Certainty, ContentInfo, EndKind,
                    Milestone)
from .problems import COLOUR_HINT, SLUG_HINT, Problem, shown
from .text_rules import display_width, text_problem

# What fits on a timeline card at 1080p, in columns: a Japanese glyph takes two.
CAPTION_MAX = 90
TITLE_MAX = 72
# Bounds for the detail card's texts, so no field can push the layout off the screen.
FIELD_MAX = {"place": 80, "partners": 80, "date_note": 160, "story": 900, "did_you_know": 180,
             "image_alt": 200, "image_credit": 100, "image_caption": 160}
EDITOR_NOTE_MAX = 2000
FIGURE_MAX = {"value": 28, "label": 70}
STORY_SENTENCES = (1, 5)
LABEL_MAX = 40  # a category chip's label
CONTENT_TITLE_MAX = 80
SUCCESSOR_MAX = 60
VERSION_MAX = 40
LIST_MAX = {"partners": 8, "figures": 4, "see_also": 4, "tags": 6, "sources": 20}
IMAGE_SUFFIXES = images.SUFFIXES
_SLUG = re.compile(SLUG_PATTERN)
_COLOUR = re.compile(COLOUR_PATTERN)


def count_sentences(text: str, lang: str) -> int:
    """A text with no full stop at its end still holds one sentence more."""
    text = text.strip()
    ends = [m.end() for m in sentence_ends(lang).finditer(text)]
    return len(ends) + (1 if text and (not ends or text[ends[-1]:].strip(" \n\"'”」』)")) else 0)


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
    problems += check_languages(info, categories, milestones)
    problems += _check_texts(info, categories, milestones)
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
        # With no categories read (a broken categories.toml), that file's problem says it all.
        problems += _check_milestone(root, rel, ms, known if categories else None, linkable)
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



def _check_texts(info: ContentInfo | None, categories: list[Category],
                 milestones: list[tuple[str, Milestone]]) -> list[Problem]:
    """Every visitor-facing text: printable, one line where it must be, no direction
    controls, no stacks of combining marks; and the bounds of the short texts."""
    out: list[Problem] = []
    parts = ([("content.toml", info, None, "file")] if info is not None else [])
    parts += [("categories.toml", cat, cat.id, "category") for cat in categories]
    parts += [(rel, ms, ms.id, "milestone") for rel, ms in milestones]
    for rel, obj, entry, kind in parts:
        for field, text in visible_texts(obj):
            problem = text_problem(text, field)
            if problem:
                out.append(Problem(rel, f"the text {problem}", entry, field, kind=kind))
    bounds = [("content.toml", None, "file", f"title.{lang}", title, CONTENT_TITLE_MAX)
              for lang, title in info.title.items()] if info is not None else []
    if info is not None:
        bounds.append(("content.toml", None, "file", "content_version", info.content_version,
                       VERSION_MAX))
    bounds += [("categories.toml", cat.id, "category", lang, name, LABEL_MAX)
               for cat in categories for lang, name in cat.names.items()]
    bounds += [(rel, ms.id, "milestone", f"end.successor_name.{lang}", name, SUCCESSOR_MAX)
               for rel, ms in milestones if ms.end and ms.end.successor_name
               for lang, name in ms.end.successor_name.items()]
    for rel, entry, kind, field, value, limit in bounds:
        if display_width(value) > limit:
            out.append(Problem(rel, f"this text is too long: {display_width(value)} columns (a "
                               f"Japanese character counts as 2), {limit} at most.", entry, field,
                               kind=kind))
    return out


def _check_categories(root: Path, assets: Path | None, categories: list[Category]) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for cat in categories:
        rel = "categories.toml"

        def say(field: str, message: str) -> None:
            problems.append(Problem(rel, message, cat.id, field, kind="category"))

        if not _SLUG.match(cat.id):
            say("id", f"the id {SLUG_HINT}, not {shown(cat.id)}.")
        if not _COLOUR.match(cat.colour):
            say("colour", f"the colour {COLOUR_HINT}, not {shown(cat.colour)}.")
        elif contrast.ratio(cat.colour, contrast.BACKGROUND) < contrast.GRAPHICS_MIN:
            say("colour", f"the colour {cat.colour} is too dark on the kiosk's background "
                f"({contrast.ratio(cat.colour, contrast.BACKGROUND):.1f}:1; "
                f"{contrast.GRAPHICS_MIN:g}:1 at least). Choose a lighter one.")
        if cat.id in seen:
            say("id", "this id is used twice.")
        seen.add(cat.id)
        problem = icon_problem(root, assets, cat.icon)
        if problem:
            say("icon", problem)
    return problems


def icon_problem(root: Path | None, assets: Path | None, name: str) -> str | None:
    """Why the icon `name` cannot be shown, by the rule the screen reads icons with."""
    try:
        path = files.icon_place(root, assets, name)
    except FileNotFoundError:
        return (f"the icon file {shown(name)} was not found in the content folder's icons/ "
                "or the kiosk's own icons.")
    except files.Refused as exc:
        return f"the icon {shown(name)} {exc}"
    problem = images.svg_problem(path.read_bytes())
    return f"the icon {shown(name)} {problem}" if problem else None


def _check_milestone(
    root: Path, rel: str, ms: Milestone, known: set[str] | None, ids: set[str]
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

    if known is not None and ms.category not in known:
        say("category", f'{shown(ms.category)} is not a category. Known: {", ".join(sorted(known))}.')
    for i, tag in enumerate(ms.tags):
        if known is not None and tag not in known:
            say(f"tags[{i + 1}]", f'{shown(tag)} is not a category. Known: {", ".join(sorted(known))}.')
    for name, limit in LIST_MAX.items():
        for lang in (list(ms.texts) if name in ("partners", "figures") else [None]):
            items = getattr(ms.text(lang) if lang else ms, name)
            if len(items) > limit:
                say(f"{lang}.{name}" if lang else name,
                    f"has {len(items)} entries; {limit} at most, so the card can show them all.")
    if ms.end is not None:
        if ms.end.year < ms.start.year:
            say("end.year", f"the end ({ms.end.year}) is before the start ({ms.start.year}).")
        if ms.end.kind is EndKind.renewed and ms.end.successor_name is None:
            say("end.successor_name", "a renewed programme needs the name it was renewed as.")
        if ms.end.successor == ms.id:
            say("end.successor", "a milestone cannot be its own successor.")
        elif ms.end.successor is not None and ms.end.successor not in ids:
            say("end.successor", f"no milestone has the id {shown(ms.end.successor)}.")
    for i, other in enumerate(ms.see_also):
        if other == ms.id:
            say(f"see_also[{i + 1}]", "a milestone cannot link to itself.")
        elif other not in ids:
            say(f"see_also[{i + 1}]", f"no milestone has the id {shown(other)}.")
    for lang in ms.texts:
        out += _check_text(rel, ms, lang)
    first, *others = list(ms.texts) or [None]
    for lang in others:
        for name in ("partners", "figures"):
            mine, theirs = len(getattr(ms.text(lang), name)), len(getattr(ms.text(first), name))
            if mine != theirs:
                say(f"{lang}.{name}", f"the {english_name(lang)} {name} list has {mine} entries "
                    f"but the {english_name(first)} one has {theirs}; they must match one to one.")
    if ms.image is not None:
        problem = _check_image(root, ms.image)
        if problem:
            say("image", problem)
    for lang in ms.texts:
        for field, problem in _picture_words(ms, lang):
            say(f"{lang}.{field}", problem)
    if ms.editor_note is not None and len(ms.editor_note) > EDITOR_NOTE_MAX:
        say("editor_note", f"is {len(ms.editor_note):,} characters; {EDITOR_NOTE_MAX:,} at most.")
    if ms.url is not None and (problem := links.problem(ms.url)):
        say("url", f"the web address {shown(ms.url)} {problem}")
    for lang, text in ms.texts.items():
        if text.narration is not None:
            problem = _check_narration(root, text.narration)
            if problem:
                say(f"{lang}.narration", problem)
    return out


def _check_text(rel: str, ms: Milestone, lang: str) -> list[Problem]:
    out: list[Problem] = []
    text = ms.text(lang)
    name = english_name(lang)
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


def _picture_words(ms: Milestone, lang: str) -> list[tuple[str, str]]:
    """A picture needs words in every language: what it shows, for a visitor who cannot
    see it, and for a photograph, whose it is. Words for a picture need a picture."""
    text, name = ms.text(lang), english_name(lang)
    if ms.image is None:
        return [(field, f"describes a picture, but the milestone has no image. Add image = "
                 f'"images/{ms.id}.svg" (or .jpg), or remove it.')
                for field in ("image_alt", "image_credit", "image_caption")
                if getattr(text, field) is not None]
    out = []
    if text.image_alt is None:
        out.append(("image_alt", f"the milestone has a picture, so its {name} text needs image_alt: "
                    "what the picture shows, for visitors who cannot see it."))
    if images.is_photograph(ms.image) and text.image_credit is None:
        out.append(("image_credit", f"the picture is a photograph, so its {name} text needs "
                    'image_credit: who took it, and the rights ("Photo: A. Tanaka, CC BY 4.0").'))
    return out


def _check_image(root: Path, image: str) -> str | None:
    """By the rule the screen loads pictures with (content.images)."""
    limit = files.MAX_SVG_BYTES if image.lower().endswith(".svg") else files.MAX_IMAGE_BYTES
    return _check_file(root, image, "image", limit, images.problem)


def _check_narration(root: Path, rel: str) -> str | None:
    """By the rule the kiosk plays recordings with (content.audio)."""
    return _check_file(root, rel, "narration", audio.MAX_AUDIO_BYTES, audio.problem)


def _check_file(root: Path, rel: str, what: str, limit: int, check) -> str | None:
    try:
        data = files.read_bytes(root, rel, limit)
    except FileNotFoundError:
        return f"the {what} file {shown(rel)} was not found."
    except files.Refused as exc:
        return f"the {what} {shown(rel)} {exc}"
    problem = check(data, Path(rel).suffix)
    return f"the {what} {shown(rel)} {problem}" if problem else None
