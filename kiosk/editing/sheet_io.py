"""The editors' spreadsheet as a file: XLSX (with openpyxl) or CSV (UTF-8 with a byte-order
mark, so Excel reads it). XLSX holds three sheets: Milestones, Categories, Content. A CSV
holds one table, so FILE.csv has the milestones and FILE.categories.csv and
FILE.content.csv sit beside it.

A cell is always written as text or a number, never a formula: a value starting with
"=", "+", "-" or "@" is written to XLSX as a string, and to CSV behind an apostrophe
(which Excel hides and the importer removes), so a spreadsheet never runs content.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ..atomic import write_atomic
from .folder import ContentFiles
from .report import Report, quoted
from .sheet import (NOTES_MARK, SHEETS, Column, category_columns, content_columns, flatten,
                    milestone_columns, unflatten)
from .timelinejs import MAX_CELL_CHARS, MAX_EVENTS, read_bytes, read_text

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_COLUMNS = 400


def tables(files: ContentFiles) -> dict[str, tuple[list[Column], list[dict[str, Any]]]]:
    langs = list(files.info.get("languages") or files.info.get("title", {}))
    return {"Milestones": (milestone_columns(langs), files.milestones),
            "Categories": (category_columns(langs), files.categories),
            "Content": (content_columns(langs), [files.info])}


def _rows(columns: list[Column], entries: list[dict[str, Any]]) -> list[list[Any]]:
    notes = [f"{NOTES_MARK} {columns[0].note}"] + [c.note for c in columns[1:]]
    return [[c.path for c in columns], notes] + [flatten(e, columns) for e in entries]


def write_xlsx(files: ContentFiles, path: Path) -> list[Path]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for name, (columns, entries) in tables(files).items():
        sheet = book.create_sheet(name)
        for row in _rows(columns, entries):
            sheet.append([None] * len(row))
            for cell, value in zip(sheet[sheet.max_row], row):
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for cell in sheet[2]:
            cell.font = Font(italic=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "B3"
    data = io.BytesIO()
    book.save(data)
    write_atomic(path, data.getvalue())
    return [path]


def csv_paths(path: Path) -> dict[str, Path]:
    stem = path.with_suffix("")
    return {"Milestones": path, "Categories": stem.with_name(stem.name + ".categories.csv"),
            "Content": stem.with_name(stem.name + ".content.csv")}


def write_csv(files: ContentFiles, path: Path) -> list[Path]:
    written = []
    for name, target in csv_paths(path).items():
        columns, entries = tables(files)[name]
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        for row in _rows(columns, entries):
            writer.writerow(["" if v is None else _guarded(v) for v in row])
        write_atomic(target, out.getvalue().encode("utf-8-sig"))
        written.append(target)
    return written


def _guarded(value: Any) -> Any:
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def read_xlsx(path: Path, report: Report) -> dict[str, list[list[Any]]] | None:
    if read_bytes(path, report) is None:
        return None
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        report.refuse(path.name, f"is not an Excel workbook (.xlsx) that can be read: {exc}.")
        return None
    try:
        missing = [name for name in SHEETS if name not in book.sheetnames]
        if missing:
            report.refuse(path.name, f"has no {' or '.join(missing)} sheet (its sheets are "
                          f"{', '.join(book.sheetnames[:6])}).")
            return None
        out = {}
        for name in SHEETS:
            rows = []
            for row in book[name].iter_rows(values_only=True, max_col=MAX_COLUMNS):
                rows.append([_bounded(v) for v in row])
                if len(rows) > MAX_EVENTS + 2:
                    report.refuse(path.name, f"sheet {name} has more than {MAX_EVENTS:,} rows.")
                    return None
            out[name] = rows
        return out
    finally:
        book.close()


def _bounded(value: Any) -> Any:
    return value[:MAX_CELL_CHARS] if isinstance(value, str) else value


def read_csv(path: Path, report: Report) -> dict[str, list[list[Any]]] | None:
    out = {}
    for name, target in csv_paths(path).items():
        if not target.exists():
            report.refuse(path.name, f"needs {target.name} beside it, as `kiosk export --csv` "
                          "writes it.", field=name)
            return None
        text = read_text(target, report)
        if text is None:
            return None
        try:
            csv.field_size_limit(MAX_CELL_CHARS)
            rows = [[_unguarded(c) for c in row[:MAX_COLUMNS]]
                    for row in csv.reader(io.StringIO(text, newline=""))]
        except csv.Error as exc:
            report.refuse(target.name, f"cannot be read as CSV: {exc}.")
            return None
        out[name] = rows
    return out


def _unguarded(cell: str) -> str:
    return cell[1:] if cell[:1] == "'" and cell[1:2] and cell[1:2] in _FORMULA_START else cell


def from_rows(sheets: dict[str, list[list[Any]]], source: str, report: Report) -> ContentFiles | None:
    """The three tables as content files; every unreadable cell is named by sheet, row and
    column. Labels ("sheet Milestones, row 4") go with each milestone for later problems."""
    parsed: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for name in SHEETS:
        rows = sheets[name]
        header = [str(h).strip() if h is not None else "" for h in (rows[0] if rows else [])]
        langs = _languages(header)
        known = {c.path: c for c in {"Milestones": milestone_columns, "Categories": category_columns,
                                     "Content": content_columns}[name](langs)}
        if not header or header[0] not in known:
            report.refuse(source, f"sheet {name} does not start with its header row (first column "
                          f"{quoted(header[0] if header else '')}).", f"sheet {name}, row 1")
            return None
        for h in header:
            if h and h not in known:
                report.add("dropped", source, f"the column {quoted(h)} is not one we know; left "
                           "out.", f"sheet {name}, row 1", h)
        entries = []
        for number, row in enumerate(rows[1:], start=2):
            first = row[0] if row else None
            if isinstance(first, str) and first.startswith(NOTES_MARK):
                continue
            cells = {h: v for h, v in zip(header, row) if h in known}
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()):
                continue
            where = f"sheet {name}, row {number}"
            data = unflatten(cells, known, lambda col, msg, where=where: report.refuse(
                source, msg, where, col))
            entries.append((where, data))
        parsed[name] = entries
    if not parsed["Content"]:
        report.refuse(source, "sheet Content has no row under its notes.", "sheet Content")
        return None
    if report.refused:
        return None
    report.events = report.milestones = len(parsed["Milestones"])
    return ContentFiles(info=parsed["Content"][0][1],
                        categories=[data for _, data in parsed["Categories"]],
                        milestones=[data for _, data in parsed["Milestones"]],
                        labels=[where for where, _ in parsed["Milestones"]])


def _languages(header: list[str]) -> list[str]:
    """The languages a header has columns for: "en.title" -> en; "title.en" -> en; "en" -> en."""
    from ..content.languages import is_code

    langs: list[str] = []
    for h in header:
        for part in (h.split(".")[0], h.split(".")[-1]):
            if is_code(part) and part not in langs:
                langs.append(part)
    return langs
