"""Content releases: a validated content folder plus `release.json`, a manifest with the
release's id, its content version, when it was made, and a SHA-256 and size for every
file. A kiosk applies a release only when every file is there and matches.

Why a manifest: a sync tool (Syncthing, rsync, a network share) delivers files one at a
time and in any order, so a folder can be half old and half new for minutes. The manifest
says what complete looks like; until the folder matches it, the kiosk keeps what it shows.
Plain Python, no Qt.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..content import files

MANIFEST = "release.json"
FORMAT = 1
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_FILES = files.MAX_MILESTONE_FILES + 10_000
# Files a sync tool or an editor's machine leaves beside the content: never part of it.
_IGNORED = re.compile(r"(^|/)(\.|~\$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class ReleaseError(Exception):
    """Why a folder is not a release the kiosk can apply, in plain words."""


class Incomplete(ReleaseError):
    """Not there yet: the manifest or some files have still to arrive."""


@dataclass(frozen=True)
class Manifest:
    """A release's list of files with their hashes: it arrives last and is checked first."""

    id: str
    content_version: str
    created: str
    files: dict[str, tuple[str, int]]  # relative path -> (sha256 hex, size)


def content_files(folder: Path) -> list[str]:
    """Every file of a content folder, as sorted relative paths; hidden and sync-tool files
    and the manifest itself left out."""
    out = []
    for path in sorted(Path(folder).rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and not path.is_symlink() and rel != MANIFEST and not _IGNORED.search(rel):
            out.append(rel)
    return out


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_release(source: Path, out: Path, assets: Path | None) -> Manifest:
    """Validate `source` and write it, with its manifest, to the new folder `out`."""
    from ..content import load_content

    result = load_content(source, assets)
    if not result.ok:
        raise ReleaseError("the content does not validate:\n" +
                           "\n".join(f"  {p}" for p in result.problems[:50]))
    if out.exists() and any(out.iterdir()):
        raise ReleaseError(f"{out} already exists and is not empty.")
    created = datetime.now(timezone.utc).replace(microsecond=0)
    version = result.content.info.content_version
    release_id = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{version}-{created:%Y%m%dT%H%M%SZ}").strip("-.")
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    listed: dict[str, tuple[str, int]] = {}
    try:
        root = files.open_folder(source)
        for rel in content_files(root):
            data = files.read_bytes(root, rel, files.MAX_IMAGE_BYTES)
            (work / rel).parent.mkdir(parents=True, exist_ok=True)
            (work / rel).write_bytes(data)
            listed[rel] = (digest(data), len(data))
        manifest = Manifest(release_id[:100], version, created.isoformat(), listed)
        (work / MANIFEST).write_text(manifest_text(manifest), encoding="utf-8")
        if out.exists():
            out.rmdir()
        os.replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return manifest


def manifest_text(m: Manifest) -> str:
    return json.dumps({"format": FORMAT, "id": m.id, "content_version": m.content_version,
                       "created": m.created,
                       "files": {rel: {"sha256": h, "size": n} for rel, (h, n) in m.files.items()}},
                      indent=1, ensure_ascii=False) + "\n"


def read_manifest(folder: Path) -> Manifest:
    """The manifest of a release folder; ReleaseError if it is missing or not one we know."""
    try:
        raw = files.read_bytes(files.open_folder(folder), MANIFEST, MAX_MANIFEST_BYTES)
        data = json.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        raise Incomplete(f"{MANIFEST} is not there (yet).") from None
    except (files.Refused, OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ReleaseError(f"{MANIFEST} cannot be read ({exc}).") from None
    try:
        listed = {str(rel): (str(v["sha256"]), int(v["size"])) for rel, v in data["files"].items()}
        manifest = Manifest(str(data["id"]), str(data["content_version"]), str(data["created"]),
                            listed)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ReleaseError(f"{MANIFEST} is not a release manifest this kiosk knows.") from None
    if data.get("format") != FORMAT or not _ID.match(manifest.id) or len(listed) > MAX_FILES:
        raise ReleaseError(f"{MANIFEST} is not a release manifest this kiosk knows.")
    return manifest


def verified(folder: Path, manifest: Manifest) -> dict[str, bytes]:
    """Every file the manifest lists, read once and checked against its size and SHA-256.
    Raises ReleaseError naming the first file that is missing or does not match."""
    root = files.open_folder(folder)
    out: dict[str, bytes] = {}
    missing = [rel for rel in manifest.files if not (root / rel).is_file()]
    if missing:
        raise Incomplete(f"{len(missing)} of {len(manifest.files)} files are not there yet "
                           f"(first: {missing[0]}).")
    for rel, (sha, size) in manifest.files.items():
        mismatch = ReleaseError(f"{rel} does not match its checksum (still arriving, or damaged).")
        try:
            if files.locate(root, rel)[1] != size:
                raise mismatch
            data = files.read_bytes(root, rel, max(size, 1))
        except (files.Refused, OSError) as exc:
            raise ReleaseError(f"{rel} {exc}") from None
        if len(data) != size or digest(data) != sha:
            raise mismatch
        out[rel] = data
    return out
