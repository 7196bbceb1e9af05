"""Following a watched content folder that receives releases (a Syncthing receive-only
folder, an rsync target, a network share).

A folder with a `release.json` is a release inbox: what the kiosk shows is then its store's
current release, and a new release in the inbox is applied only once it is complete,
matches every checksum and validates. A folder without one is shown as it is, as before.
Plain Python, no Qt: the kiosk calls `follow` at start and from a worker thread whenever the
folder settles after a change.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .release import MANIFEST, Incomplete, ReleaseError
from .store import ReleaseStore

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What looking in the release inbox found, and which content to show."""

    folder: Path | None  # what to show; None: no release yet (the caller shows the bundled set)
    notes: list[str] = field(default_factory=list)  # for the admin status and the log
    refused: str | None = None  # the release refused, and why
    applied: str | None = None  # the release newly applied
    current: str | None = None  # the release shown


def is_inbox(folder: Path) -> bool:
    """A folder with a manifest, or a Syncthing folder (its `.stfolder` marker): in one, files
    arrive one by one, so nothing is shown from it until a whole release is there."""
    return (Path(folder) / MANIFEST).exists() or (Path(folder) / ".stfolder").exists()


def follow(folder: Path, store_root: Path, assets: Path | None) -> Outcome:
    folder, store = Path(folder), ReleaseStore(store_root)
    if not is_inbox(folder) and store.current() is None:
        return Outcome(folder)
    outcome = Outcome(None)
    try:
        manifest = store.wanted(folder)
        if manifest is not None:
            store.apply(folder, manifest, lambda work: _problems(work, assets))
            outcome.applied = manifest.id
            outcome.notes.append(f"Release {manifest.id} applied (content {manifest.content_version}).")
            log.info("release %s applied from %s", manifest.id, folder)
    except Incomplete as exc:
        outcome.notes.append(f"A release is arriving in {folder}: {exc} It is applied once complete.")
    except ReleaseError as exc:
        name = _name(folder)
        outcome.refused = f"Release {name} refused: {exc}"
        outcome.notes.append(outcome.refused + " Showing the last good release.")
        log.error("release %s in %s refused: %s", name, folder, exc)
    except OSError as exc:
        outcome.notes.append(f"The release store {store_root} cannot be written ({exc}).")
        log.error("release store %s: %s", store_root, exc)
    outcome.folder = store.current_folder()
    current = outcome.current = store.current()
    if current is not None:
        history = store.history()
        earlier = history[-2] if len(history) > 1 and history[-1] == current else None
        outcome.notes.insert(0, f"Release {current}" + (f"; can roll back to {earlier}." if earlier
                                                          else "; none earlier to roll back to."))
    else:
        outcome.notes.append("No release has been applied yet; showing the bundled content.")
    return outcome


def _problems(folder: Path, assets: Path | None) -> list[str]:
    from ..content import load_content

    return [str(p) for p in load_content(folder, assets).problems]


def _name(folder: Path) -> str:
    try:
        from .release import read_manifest

        return read_manifest(folder).id
    except ReleaseError:
        return "(unreadable manifest)"
