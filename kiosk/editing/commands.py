"""`kiosk import SOURCE OUT_DIR` and `kiosk export DIR --xlsx FILE --csv FILE`.

An import writes a content folder only when the result passes the same validation the
kiosk applies (`kiosk validate`); otherwise nothing is written and every problem is named
by source file, event or row, and field. Neither command ever prints a traceback: a
source is a stranger's file, and the person running the command is an editor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from .. import paths
from ..atomic import write_atomic

if TYPE_CHECKING:  # the parser is built at every start: the content layer loads on use
    from .report import Report


def add_parsers(sub) -> None:
    imp = sub.add_parser("import", help="make a content folder from a TimelineJS timeline (JSON, "
                         "or its spreadsheet as CSV) or from the editors' spreadsheet (XLSX or CSV)")
    imp.add_argument("source", type=Path, help="a .json, .csv or .xlsx file")
    imp.add_argument("out", type=Path, help="the content folder to create (must not exist yet, "
                     "or be empty)")
    imp.add_argument("--lang", dest="import_lang", default="en", metavar="CODE[,CODE...]",
                     help="the language a TimelineJS timeline is written in (default en); more "
                     "codes add languages whose text starts as a copy, to translate")
    exp = sub.add_parser("export", help="write a content folder as a spreadsheet for editors")
    exp.add_argument("folder", nargs="?", type=Path, default=None,
                     help="content folder (default: bundled data/)")
    exp.add_argument("--xlsx", type=Path, metavar="FILE", help="an Excel workbook")
    exp.add_argument("--csv", type=Path, metavar="FILE", help="CSV: FILE and, beside it, "
                     "FILE.categories.csv and FILE.content.csv")


def run(args: argparse.Namespace) -> int:
    if args.command == "import":
        return run_import(args.source, args.out, args.import_lang)
    return run_export(args.folder, args.xlsx, args.csv)


def run_import(source: Path, out: Path, lang_arg: str) -> int:
    from ..content.languages import is_code
    from .report import Report

    report = Report()
    langs = [code.strip() for code in lang_arg.split(",") if code.strip()]
    bad = [code for code in langs if not is_code(code)]
    if bad or not langs:
        print(f'--lang {lang_arg}: write language codes such as "en" or "en,ja".', file=sys.stderr)
        return 2
    try:
        files = read_source(Path(source), langs, report)
        if files is not None and not report.refused:
            _write_checked(files, Path(out), Path(source).name, report)
    except Exception as exc:  # noqa: BLE001 - an editor sees a sentence, never a traceback
        report.refuse(Path(source).name, f"could not be imported ({type(exc).__name__}: "
                      f"{str(exc)[:200]}). Please report this with the file.")
    for line in report.lines():
        print(line)
    print(report.summary())
    if not report.refused:
        print(f"Wrote {out}. Check it with `kiosk validate {out}`; show it with "
              f"`kiosk --content {out}`.")
    return 1 if report.refused else 0


def read_source(source: Path, langs: list[str], report: Report):
    from . import sheet_io, timelinejs
    from .draft import Draft

    suffix = source.suffix.lower()
    if suffix == ".xlsx" or (suffix == ".csv" and _is_ours(source)):
        rows = (sheet_io.read_xlsx if suffix == ".xlsx" else sheet_io.read_csv)(source, report)
        files = sheet_io.from_rows(rows, source.name, report) if rows else None
        if files is not None:
            _pictures(files, source, report)
        return files
    if suffix in (".json", ".csv"):
        reader = timelinejs.read_json if suffix == ".json" else timelinejs.read_sheet_csv
        timeline = reader(source, report)
        return Draft(source, langs, report).files(timeline) if timeline is not None else None
    report.refuse(source.name, "is not a .json, .csv or .xlsx file, so it cannot be imported.")
    return None


def _pictures(files, source: Path, report: Report) -> None:
    """Pictures a spreadsheet names are read from beside it (images/eye-see.png), under
    the content limits; the folder check then applies the picture rules."""
    from ..content import files as content_files

    for label, ms in zip(files.labels, files.milestones):
        name = ms.get("image")
        if not isinstance(name, str):
            continue
        limit = content_files.MAX_SVG_BYTES if name.lower().endswith(".svg") else content_files.MAX_IMAGE_BYTES
        try:
            files.images[name] = content_files.read_bytes(
                content_files.open_folder(source.parent), name, limit)
        except FileNotFoundError:
            report.refuse(source.name, f"the picture {name} is not beside the spreadsheet.",
                          label, "image")
        except (content_files.Refused, OSError) as exc:
            report.refuse(source.name, f"the picture {name} {exc}", label, "image")


def _is_ours(path: Path) -> bool:
    """The editors' spreadsheet starts with an "id" column; a TimelineJS sheet with "Year"."""
    try:
        with path.open("rb") as fh:
            start = fh.read(64).decode("utf-8-sig", "replace")
    except OSError:
        return False
    return start.split(",", 1)[0].strip().strip('"') == "id"


def _write_checked(files, out: Path, source: str, report: Report) -> None:
    from ..content import load_content
    from .folder import file_names, write_folder

    names = file_names(files.milestones)

    def check(folder: Path) -> bool:
        result = load_content(folder, paths.assets())
        for problem in result.problems:
            where = problem.entry and f"{problem.kind} {problem.entry}"
            if problem.file in names and files.labels:
                where = f"{files.labels[names.index(problem.file)]} ({problem.entry})"
            elif problem.file == "content.toml":
                where = "title"
            report.refuse(source, problem.message, where, problem.field)
        return result.ok

    try:
        write_folder(files, out, check)
    except FileExistsError:
        report.refuse(source, f"{out} already exists and is not empty; choose a new folder, so "
                      "that nothing of yours is written over.")


def run_export(folder: Path | None, xlsx: Path | None, csv_path: Path | None) -> int:
    from ..content import load_content
    from .folder import from_content
    from .sheet_io import write_csv, write_xlsx

    if not xlsx and not csv_path:
        print("Say where to write: --xlsx FILE, --csv FILE, or both.", file=sys.stderr)
        return 2
    folder = folder or paths.bundled_content()
    result = load_content(folder, paths.assets())
    if not result.ok:
        print(f"{folder} does not validate, so it is not exported:", file=sys.stderr)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    files = from_content(result.content)
    written = (write_xlsx(files, xlsx) if xlsx else []) + (write_csv(files, csv_path) if csv_path else [])
    for path in written:
        print(f"wrote {path}")
    for sheet in (p for p in (xlsx, csv_path) if p):
        _pictures_beside(files.copied, Path(sheet).resolve().parent)
    return 0


def _pictures_beside(pictures: dict[str, Path], where: Path) -> None:
    """The spreadsheet names pictures (images/eye-see.svg) that an import reads from beside
    it: copy them there, never over a different file of the editor's."""
    kept = 0
    for name, source in pictures.items():
        target = where / name
        data = source.read_bytes()
        if target.exists():
            if target.read_bytes() != data:
                print(f"note: {target} is already there and differs; left as it is.")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
        kept += 1
    if kept:
        print(f"wrote {kept} picture(s) beside the spreadsheet, in {where / 'images'}")
