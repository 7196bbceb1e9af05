"""Command line: `kiosk` starts the exhibit; `kiosk validate` checks content for editors.

Qt is imported only when a window is needed, so `validate` and `schema` run on a machine
without a display or without Qt at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__, paths


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a size like 1920x1080') from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError(f'"{text}": each side must be 200 to 8000 pixels')
    return w, h


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a date like 2026-11-24') from None


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The kiosk's options, and with `commands` its subcommands' parsers and the help."""
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Touch timeline of Sony's social contribution activities.",
        add_help=commands,
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--config", type=Path, metavar="PATH",
                        help="settings file (default: config.toml in the platform's config folder)")
    parser.add_argument("--content", type=Path, help="content folder (default: the config's, "
                        "else the bundled data/)")
    parser.add_argument("--windowed", action="store_true", help="a normal window, for development")
    parser.add_argument("--screenshot", type=Path, metavar="PATH",
                        help="render the window offscreen to a PNG and exit")
    parser.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH",
                        help="window size for --screenshot and --windowed (default 1920x1080)")
    parser.add_argument("--open", metavar="ID", help="with --screenshot: open this milestone's card")
    parser.add_argument("--filter", metavar="CAT,...", help="with --screenshot: select categories")
    parser.add_argument("--zoom", choices=("story", "decades", "cards"),
                        help="with --screenshot: the zoom level (the whole story, decades, cards)")
    parser.add_argument("--voice", default="none", metavar="ENGINE",
                        help="with --screenshot: the speech engine whose voices decide the "
                             'speaker buttons ("mock", "speechd"; default none)')
    parser.add_argument("--text-size", type=int, choices=(100, 130, 160),
                        help="with --screenshot: the visitor's text size, in per cent")
    parser.add_argument("--lang", metavar="CODE", help="language to start in, one of the "
                        "content's (en, ja for the bundled content)")
    parser.add_argument("--self-test", action="store_true",
                        help="check that every asset, font and translation loads and the window "
                        "renders; one line, exit 0 if all is well")
    parser.add_argument("--first-frame", action="store_true",
                        help="diagnostic: print FIRST-FRAME once the window has painted, then exit")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command")
    val = sub.add_parser("validate", help="check a content folder and list every problem")
    val.add_argument("folder", nargs="?", type=Path, default=None,
                     help="content folder (default: bundled data/)")
    sub.add_parser("build-translations", help="compile assets/i18n/*.ts to .qm (Qt lrelease)")
    pin = sub.add_parser("set-pin", help="set the operator PIN for the hidden admin screen")
    pin.add_argument("--pin-file", type=Path, default=None,
                     help="where the hash is kept (default: admin-pin in the config folder)")
    stats = sub.add_parser("stats", help="summarise the on-device engagement log for a date range")
    stats.add_argument("--from", dest="first", type=_day, metavar="YYYY-MM-DD",
                       help="first day (default: --days before --to)")
    stats.add_argument("--to", dest="last", type=_day, metavar="YYYY-MM-DD",
                       help="last day, included (default: today)")
    stats.add_argument("--days", type=int, default=30, help="length of the range when --from "
                       "is not given (default 30)")
    stats.add_argument("--csv", type=Path, metavar="FOLDER",
                       help="also write sessions.csv, events.csv and daily.csv into FOLDER")
    stats.add_argument("--fleet", type=Path, metavar="FOLDER",
                       help="one report across the kiosks whose exports (<name>.sqlite3) are in "
                       "FOLDER; the CSVs get a kiosk column")
    from .editing.commands import add_parsers as add_editing_parsers

    add_editing_parsers(sub)
    from .fleet.commands import add_parsers as add_fleet_parsers

    add_fleet_parsers(sub)
    voices = sub.add_parser("voices", help="list the voice read-aloud uses for each language")
    voices.add_argument("--engine", default=None, help="a speech engine (default: the config's "
                        "speech_engine, else the platform's own)")
    voices.add_argument("--languages", metavar="CODES", help="comma-separated (default: en,ja)")
    voices.add_argument("--wishes", metavar="JSON", help=argparse.SUPPRESS)
    voices.add_argument("--json", action="store_true", help="one JSON line, for the kiosk itself")
    sch = sub.add_parser("schema", help="write the JSON Schemas editors validate against")
    sch.add_argument("folder", nargs="?", type=Path, default=None,
                     help="where to write them (default: data/schema/)")
    return parser


def validate(folder: Path | None) -> int:
    from .content import load_content

    folder = folder or paths.bundled_content()
    result = load_content(folder, paths.assets())
    if result.ok:
        print(f"OK {folder}: {result.content.summary()}")
        return 0
    print(f"{folder}: {len(result.problems)} problem(s) found.", file=sys.stderr)
    for problem in result.problems:
        print(f"  {problem}", file=sys.stderr)
    return 1


def set_pin(path: Path | None) -> int:
    """Ask twice (or read two lines from a pipe); store only a salted scrypt hash."""
    import getpass

    from .pin import MAX_DIGITS, MIN_DIGITS, default_pin_path, save_pin, valid_pin

    path = path or default_pin_path()
    if sys.stdin.isatty():
        first = getpass.getpass(f"New PIN ({MIN_DIGITS}-{MAX_DIGITS} digits): ")
        second = getpass.getpass("The same PIN again: ")
    else:
        lines = sys.stdin.read().splitlines() + ["", ""]
        first, second = lines[0].strip(), lines[1].strip()
    if first != second:
        print("The two PINs differ; nothing was changed.", file=sys.stderr)
        return 1
    if not valid_pin(first):
        print(f"A PIN is {MIN_DIGITS} to {MAX_DIGITS} digits; nothing was changed.", file=sys.stderr)
        return 1
    save_pin(path, first)
    print(f"PIN saved (as a salted scrypt hash) in {path}")
    return 0


def stats(args: argparse.Namespace) -> int:
    """Reads the log the configured kiosk writes; never needs Qt or a display."""
    from datetime import date, timedelta

    from .analytics.export import export_csv
    from .analytics.report import build_report, describe, open_read_only
    from .config import default_analytics_folder, default_config_path, load_config

    config, _ = load_config(args.config or default_config_path())
    folder = config.analytics_folder or default_analytics_folder()
    last = args.last or date.today()
    first = args.first or last - timedelta(days=max(1, args.days) - 1)
    if first > last:
        print(f"--from {first} is after --to {last}.", file=sys.stderr)
        return 2
    if args.fleet:
        from .fleet.exports import merged

        conn, names, notes = merged(args.fleet)
        print(f"Fleet of {len(names)} kiosk(s) in {args.fleet}: {', '.join(names) or 'none yet'}")
        for note in notes:
            print(f"  {note}")
    else:
        conn = open_read_only(folder)
        if conn is None:
            print(f"No engagement log yet in {folder}.")
    try:
        for line in describe(build_report(conn, first, last), _titles(config)):
            print(line)
        if args.csv:
            for path in export_csv(conn, args.csv, first, last):
                print(f"wrote {path}")
    finally:
        if conn is not None:
            conn.close()
    return 0


def _titles(config) -> dict[str, str]:
    """Milestone titles for the report, from the content the kiosk shows; ids if it won't load."""
    from .content.cache import load_cached

    result = load_cached(config.content_folder or paths.bundled_content(), paths.assets(),
                         paths.cache_dir())
    if not result.ok:
        result = load_cached(paths.bundled_content(), paths.assets(), paths.cache_dir())
    return {m.id: m.text(result.content.operator_language).title
            for m in result.content.milestones} if result.ok else {}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """A kiosk start names no command: its options are read without building the ten
    commands' parsers (1.4 % of the instructions to the first frame, counted). Any word
    left over (a command, a request for help, a mistake) goes to the whole parser, which
    reads the line again and says what is wrong with it."""
    args, rest = build_parser(commands=False).parse_known_args(argv)
    return build_parser().parse_args(argv) if rest else args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "validate":
        return validate(args.folder)
    if args.command == "schema":
        from .content.schema import write_schemas

        for path in write_schemas(args.folder or paths.bundled_content() / "schema"):
            print(f"wrote {path}")
        return 0
    if args.command == "stats":
        return stats(args)
    if args.command == "voices":
        from .ui.voices import run as list_voices

        return list_voices(args)
    if args.command in ("import", "export"):
        from .editing.commands import run

        return run(args)
    if args.command in ("release", "rollback"):
        from .fleet.commands import run as run_fleet

        return run_fleet(args)
    if args.self_test:
        from .ui.selftest import run_self_test

        return run_self_test()
    if args.command == "set-pin":
        return set_pin(args.pin_file)
    if args.command == "build-translations":
        from .ui.i18n import compile_catalogue

        for ts in sorted((paths.assets() / "i18n").glob("*.ts")):
            compile_catalogue(ts, ts.with_suffix(".qm"))
            print(f"wrote {ts.with_suffix('.qm')}")
        return 0
    from .ui.app import run

    return run(args)
