"""`kiosk release DIR OUT` and `kiosk rollback`: the operator's side of content releases.
(`kiosk stats --fleet` lives with the other stats in the command line.)"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import paths


def add_parsers(sub) -> None:
    rel = sub.add_parser("release", help="make a content release: the validated folder plus a "
                         "manifest with a version, a time and a SHA-256 for each file")
    rel.add_argument("folder", type=Path, help="the content folder to release")
    rel.add_argument("out", type=Path, help="the release folder to create (new or empty); "
                     "copy or sync it into the kiosks' content_folder")
    sub.add_parser("rollback", help="go back one content release on this kiosk (the running "
                   "kiosk follows at its next reset)")


def run(args: argparse.Namespace) -> int:
    from .release import ReleaseError

    try:
        return _release(args) if args.command == "release" else _rollback(args)
    except ReleaseError as exc:
        print(f"kiosk {args.command}: {exc}", file=sys.stderr)
        return 1


def _release(args: argparse.Namespace) -> int:
    from .release import make_release

    manifest = make_release(args.folder, args.out, paths.assets())
    print(f"Release {manifest.id}: {len(manifest.files)} files, content version "
          f"{manifest.content_version}, written to {args.out}.")
    return 0


def _rollback(args: argparse.Namespace) -> int:
    from ..config import default_config_path, load_config
    from .store import ReleaseStore

    config, _ = load_config(args.config or default_config_path())
    store = ReleaseStore(config.releases)
    left = store.current()
    now = store.rollback()
    print(f"Rolled back from release {left} to {now} in {config.releases}. A running kiosk "
          "shows it from its next reset; the release left is not applied again.")
    return 0
