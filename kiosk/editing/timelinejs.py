"""Reading TimelineJS timelines: version-3 JSON, the older version-2 JSON, and the
spreadsheet TimelineJS reads (as CSV, the way Google Sheets exports it).

Every form becomes version-3 slides (plain dicts, as TimelineJS itself converts them), so
one converter (draft.py) serves all three. The source is a stranger's file: its size,
its nesting and its number of events are bounded, and whatever is not a timeline is
refused with a sentence that says so.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .report import Report

MAX_SOURCE_BYTES = 20 * 1024 * 1024
MAX_EVENTS = 5_000  # what the kiosk is measured with; a larger timeline is refused
MAX_CELL_CHARS = 100_000


@dataclass
class Timeline:
    """A TimelineJS timeline as read, before it becomes content."""

    events: list[tuple[str, dict[str, Any]]]  # ("event 3" or "row 5", a v3 slide)
    title: dict[str, Any] | None = None
    eras: list[Any] = field(default_factory=list)
    scale: str | None = None


def read_bytes(path: Path, report: Report) -> bytes | None:
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            report.refuse(name, "is not a file.")
            return None
        if size > MAX_SOURCE_BYTES:
            report.refuse(name, f"is {size:,} bytes; a timeline is {MAX_SOURCE_BYTES:,} at most.")
            return None
        with path.open("rb") as fh:
            data = fh.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        report.refuse(name, f"cannot be read: {exc.strerror or exc}.")
        return None
    if not data.strip():
        report.refuse(name, "is empty.")
        return None
    return data


def read_text(path: Path, report: Report) -> str | None:
    """The file as UTF-8 text (a byte-order mark allowed), within the bounds."""
    data = read_bytes(path, report)
    if data is None:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.refuse(path.name, f"is not UTF-8 text (byte {exc.start + 1}). Save it as UTF-8.")
        return None


def read_json(path: Path, report: Report) -> Timeline | None:
    name = path.name
    text = read_text(path, report)
    if text is None:
        return None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        report.refuse(name, f"is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}).")
        return None
    except RecursionError:
        report.refuse(name, "is nested too deeply to read.")
        return None
    if isinstance(doc, dict) and isinstance(doc.get("timeline"), dict):
        return _version_2(doc["timeline"], name, report)
    if isinstance(doc, dict) and "events" in doc:
        return _version_3(doc, name, report)
    keys = ", ".join(map(str, list(doc)[:6])) if isinstance(doc, dict) else type(doc).__name__
    report.refuse(name, "is JSON but not a TimelineJS timeline: it has no \"events\" list (and no "
                  f"version-2 \"timeline\"). It holds: {keys}.")
    return None


def _version_3(doc: dict[str, Any], name: str, report: Report) -> Timeline | None:
    events = doc.get("events")
    if not isinstance(events, list):
        report.refuse(name, '"events" must be a list of slides.', field="events")
        return None
    if not _bounded(len(events), name, report):
        return None
    title = doc.get("title") if isinstance(doc.get("title"), dict) else None
    eras = doc.get("eras") if isinstance(doc.get("eras"), list) else []
    scale = doc.get("scale") if isinstance(doc.get("scale"), str) else None
    return Timeline([(f"event {i + 1}", e) for i, e in enumerate(events)], title, eras, scale)


def _version_2(doc: dict[str, Any], name: str, report: Report) -> Timeline | None:
    """{"timeline": {"headline", "text", "startDate", "asset", "date": [...], "era": [...]}},
    or {"timeline": {"slides": [...]}} (version-3 slides in the old wrapper)."""
    if isinstance(doc.get("slides"), list):
        slides = doc["slides"]
        if not _bounded(len(slides), name, report):
            return None
        return Timeline([(f"slide {i + 1}", s) for i, s in enumerate(slides)])
    dates = doc.get("date")
    if not isinstance(dates, list):
        report.refuse(name, 'is a version-2 timeline with no "date" list.', field="timeline.date")
        return None
    if not _bounded(len(dates), name, report):
        return None
    report.add("converted", name, "is a TimelineJS version-2 file; read as version 3.")
    title = {"text": {"headline": doc.get("headline"), "text": doc.get("text")},
             "media": _v2_media(doc.get("asset"))}
    events = [(f"date {i + 1}", _v2_slide(d)) for i, d in enumerate(dates)]
    eras = doc.get("era") if isinstance(doc.get("era"), list) else []
    return Timeline(events, title, eras)


def _v2_slide(d: Any) -> Any:
    if not isinstance(d, dict):
        return d
    slide: dict[str, Any] = {"text": {"headline": d.get("headline"), "text": d.get("text")},
                             "start_date": _v2_date(d.get("startDate"))}
    if d.get("endDate") not in (None, "", d.get("startDate")):
        slide["end_date"] = _v2_date(d.get("endDate"))
    tags = d.get("tag") or d.get("tags")
    if isinstance(tags, str) and tags.strip():  # "Personal life, Career": a group, then tags
        first, *more = [t.strip() for t in tags.split(",") if t.strip()] or [""]
        slide["group"] = first
        if more:
            slide["tags"] = more
    media = _v2_media(d.get("asset"))
    if media:
        slide["media"] = media
    return slide


def _v2_date(value: Any) -> Any:
    """"2011,3,23" -> {"year": "2011", "month": "3", "day": "23"}."""
    if not isinstance(value, str):
        return {"year": value}
    parts = [p.strip() for p in value.split(",")]
    return {k: v for k, v in zip(("year", "month", "day", "hour", "minute", "second"), parts) if v}


def _v2_media(asset: Any) -> dict[str, Any] | None:
    if not isinstance(asset, dict):
        return None
    return {"url": asset.get("media"), "credit": asset.get("credit"),
            "caption": asset.get("caption"), "thumbnail": asset.get("thumbnail")}


def _bounded(count: int, name: str, report: Report) -> bool:
    if count > MAX_EVENTS:
        report.refuse(name, f"has {count:,} events; the importer takes {MAX_EVENTS:,} at most. "
                      "Split the timeline into parts.")
        return False
    return True


# The spreadsheet's columns, by their header text, as TimelineJS matches them.
_COLUMNS = {
    "year": ("start_date", "year"), "month": ("start_date", "month"), "day": ("start_date", "day"),
    "time": ("start_date", "time"), "end year": ("end_date", "year"),
    "end month": ("end_date", "month"), "end day": ("end_date", "day"),
    "end time": ("end_date", "time"), "display date": ("display_date",),
    "headline": ("text", "headline"), "text": ("text", "text"), "media": ("media", "url"),
    "media credit": ("media", "credit"), "media caption": ("media", "caption"),
    "media thumbnail": ("media", "thumbnail"), "alt text": ("media", "alt"), "type": ("type",),
    "group": ("group",), "tag": ("group",), "background": ("background", "url"),
}


def sheet_header(row: list[str]) -> dict[int, tuple[str, ...]]:
    return {i: _COLUMNS[h.strip().lower()] for i, h in enumerate(row)
            if h.strip().lower() in _COLUMNS}


def read_sheet_csv(path: Path, report: Report) -> Timeline | None:
    name = path.name
    text = read_text(path, report)
    if text is None:
        return None
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        report.refuse(name, f"is not readable as CSV: {exc}.")
        return None
    header = sheet_header(rows[0]) if rows else {}
    found = {target for target in header.values()}
    if ("start_date", "year") not in found or ("text", "headline") not in found:
        columns = ", ".join(h.strip() for h in rows[0][:8]) if rows else "none"
        report.refuse(name, "is not a TimelineJS sheet: it needs Year and Headline columns "
                      f"(its columns are {columns}).", field="header")
        return None
    if not _bounded(len(rows) - 1, name, report):
        return None
    timeline = Timeline([])
    for number, row in enumerate(rows[1:], start=2):
        slide: dict[str, Any] = {}
        for i, cell in enumerate(row):
            if i in header and cell.strip():
                *path_, leaf = header[i]
                node = slide
                for part in path_:
                    node = node.setdefault(part, {})
                node[leaf] = cell.strip()
        if not slide:
            continue
        for key in ("start_date", "end_date"):
            if "time" in slide.get(key, {}):
                _split_time(slide[key])
        kind = str(slide.pop("type", "")).strip().lower()
        if kind == "title":
            timeline.title = slide
        elif kind == "era":
            timeline.eras.append(slide)
        else:
            timeline.events.append((f"row {number}", slide))
    return timeline


def _split_time(date: dict[str, Any]) -> None:
    """"14:30:05" -> hour, minute, second (reported later as beyond what the kiosk shows)."""
    parts = str(date.pop("time")).replace(".", ":").split(":")
    for key, value in zip(("hour", "minute", "second"), parts):
        if value.strip():
            date[key] = value.strip()
