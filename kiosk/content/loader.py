"""Load a content folder and report every problem in it at once.

Layout of a content folder:
    content.toml            what this content set is (version, default language)
    categories.toml         the categories, in chip order
    milestones/*.toml       one milestone per file; file names set the order within a year
    images/                 optional pictures named by milestones

TOML because editors can write it by hand (comments, multi-line stories, no braces to
balance), Python reads it with the standard library, and the parser reports line and
column. Both the kiosk and `kiosk validate` load content through `load_content`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from . import files, languages
from .checks import check_content
from .model import Category, CategoryFile, ContentInfo, Milestone, declare_bounds
from .problems import Problem, explain_validation_error, field_path
from .timeline import Content, LoadResult

declare_bounds()  # before the first TypeAdapter reads the model's fields

MAX_FILE_BYTES = files.MAX_TOML_BYTES
_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_ID_LINE = re.compile(r'^id\s*=\s*"([a-z0-9-]+)"', re.MULTILINE)


def read_toml(folder: Path, rel: str, problems: list[Problem]) -> dict[str, Any] | None:
    """Parse one file of the (resolved) folder; a broken file becomes a Problem with its line
    and column. Only a regular file inside the folder, within its size bound, is read."""
    try:
        raw = files.read_bytes(folder, rel, MAX_FILE_BYTES)
    except FileNotFoundError:
        problems.append(Problem(rel, "is missing.", kind="file"))
        return None
    except files.Refused as exc:
        problems.append(Problem(rel, str(exc), kind="file"))
        return None
    except OSError as exc:
        problems.append(Problem(rel, f"cannot be read: {exc.strerror or exc}.", kind="file"))
        return None
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        problems.append(Problem(rel, "is saved as UTF-16. Save it as UTF-8.", kind="file"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.append(
            Problem(rel, "is not UTF-8 text. Save it as UTF-8.", line=line, column=column, kind="file")
        )
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _POSITION.search(str(exc))
        reason = _POSITION.sub("", str(exc)).strip().rstrip(".")
        line, column = (int(found[1]), int(found[2])) if found else (None, None)
        problems.append(
            Problem(rel, f"is not valid TOML: {reason}.", line=line, column=column, kind="file")
        )
    except RecursionError:
        problems.append(Problem(rel, "is nested too deeply to read.", kind="file"))
    return None


_ADAPTERS: dict[type, TypeAdapter] = {}


def _stripped(value: Any) -> Any:
    """Surrounding white space never counts: "  " is an empty field."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return {k: _stripped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stripped(v) for v in value]
    return value


# Where each model keeps the texts an editor writes per language, and whether they are
# tables ([en] sections) or plain keys (en = "...").
_GATHERED = {Milestone: ("texts", True), Category: ("names", False)}


def gathered(model: type, data: Any) -> Any:
    """Move the per-language parts of an entry (keys that are language codes, beside the
    model's own fields) into the one field the model keeps them in."""
    if model not in _GATHERED or not isinstance(data, dict):
        return data
    into, tables = _GATHERED[model]
    own = {f for f in model.__dataclass_fields__}
    out: dict[str, Any] = {}
    texts: dict[str, Any] = {}
    for key, value in data.items():
        if key not in own and languages.is_code(key) and isinstance(value, dict) == tables:
            texts[key] = value
        else:
            out[key] = value
    out[into] = texts
    return out


def _as_written(loc: tuple) -> tuple:
    """("texts", "en", "caption") -> ("en", "caption"): the place as the file shows it."""
    return loc[1:] if loc[:1] in (("texts",), ("names",)) else loc


def parse_model(model: type, data: Any, rel: str, entry: str | None, kind: str,
                problems: list[Problem]) -> Any:
    adapter = _ADAPTERS.get(model) or _ADAPTERS.setdefault(model, TypeAdapter(model))
    try:
        return adapter.validate_python(_stripped(gathered(model, data)))
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            err["loc"] = _as_written(tuple(err["loc"]))
            problems.append(
                Problem(
                    rel,
                    explain_validation_error(err),
                    entry=entry,
                    field=field_path(err["loc"]) or None,
                    kind=kind,
                )
            )
    except RecursionError:
        problems.append(Problem(rel, "is nested too deeply to read.", entry=entry, kind=kind))
    return None


def _guess_ids(folder: Path, rel: str) -> set[str]:
    """The id of a file too broken to parse, found by eye as an editor would."""
    try:
        return set(_ID_LINE.findall(files.read_bytes(folder, rel, MAX_FILE_BYTES).decode("utf-8", "replace")))
    except (OSError, files.Refused):
        return set()


def _entry_id(data: Any, fallback: str) -> str:
    if isinstance(data, dict) and isinstance(data.get("id"), str) and data["id"].strip():
        return data["id"].strip()[:60]
    return fallback


def load_content(root: Path, assets: Path | None = None) -> LoadResult:
    """Load and check everything under `root`; never raises for bad content."""
    try:
        root = files.open_folder(root)  # resolved: every file is then checked to lie inside it
    except files.Refused as exc:
        return LoadResult(None, [Problem(str(root), str(exc), kind="folder")])
    problems: list[Problem] = []

    info = None
    data = read_toml(root, "content.toml", problems)
    if data is not None:
        info = parse_model(ContentInfo, data, "content.toml", None, "file", problems)

    categories: list[Category] = []
    data = read_toml(root, "categories.toml", problems)
    if isinstance(data, dict) and isinstance(data.get("category"), list):
        for index, item in enumerate(data["category"]):
            cat = parse_model(
                Category, item, "categories.toml", _entry_id(item, f"no. {index + 1}"),
                "category", problems,
            )
            if cat is not None:
                categories.append(cat)
    elif data is not None:
        parse_model(CategoryFile, data, "categories.toml", None, "file", problems)

    milestones: list[tuple[str, Milestone]] = []
    broken_ids: set[str] = set()  # so one bad file does not make links to it look wrong too
    names = files.milestone_files(root)
    if not names:
        problems.append(Problem("milestones/", "has no milestone files (*.toml).", kind="folder"))
    for rel in names:
        data = read_toml(root, rel, problems)
        if data is None:
            broken_ids |= _guess_ids(root, rel)
            continue
        entry = _entry_id(data, Path(rel).stem)
        ms = parse_model(Milestone, data, rel, entry, "milestone", problems)
        if ms is not None:
            milestones.append((rel, ms))
        else:
            broken_ids.add(entry)

    problems.extend(check_content(root, assets, categories, milestones, broken_ids, info))
    if info is None or not categories or not milestones or problems:
        return LoadResult(None, problems)
    ordered = sorted(enumerate(milestones), key=lambda pair: (pair[1][1].start.year, pair[0]))
    content = Content(
        root=root,
        info=info,
        categories=tuple(categories),
        milestones=tuple(ms for _, (_, ms) in ordered),
    )
    return LoadResult(content, problems)
