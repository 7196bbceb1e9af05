"""A cache of validated content, so a kiosk start does not validate unchanged files again.

The key is a digest (BLAKE2b, `kiosk/digest.py`) of the content's own files (content.toml,
categories.toml and the milestone files, each read within its bound), of the name, size and
time of every picture and icon (listed, not read), of the fonts' coverage list, of the
kiosk's version and of the model's structure: any edit to the content, and any change to
the classes it is stored as, means a full load and check. Nothing the content does not use is read. A missing, stale or
unreadable cache is simply ignored; only content that passed every check is stored.
"""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

from .. import __version__, digest as digests
from . import files
from .timeline import LoadResult

log = logging.getLogger(__name__)


def model_signature() -> str:
    """Every model class with its layout, its fields, their types and defaults."""
    from dataclasses import MISSING, fields, is_dataclass

    from . import model, timeline

    def default(f) -> str:  # MISSING's repr holds a memory address: never use it
        return "required" if f.default is MISSING else repr(f.default)

    classes = sorted((c for c in vars(model).values() if is_dataclass(c)), key=lambda c: c.__name__)
    classes.append(timeline.Content)  # what is pickled
    # How instances are laid out (__slots__ or not) changes what a pickle means, too.
    return repr([(c.__name__, "__slots__" in vars(c), [(f.name, str(f.type), default(f)) for f in fields(c)])
                 for c in classes])


def fingerprint(root: Path, assets: Path | None) -> str:
    """Raises files.Refused for a folder that cannot be opened (the loader says why)."""
    digest = digests.new(f"kiosk {__version__}\n{model_signature()}".encode())
    folder = files.open_folder(root)
    for rel in ["content.toml", "categories.toml", *files.milestone_files(folder)]:
        digest.update(rel.encode() + b"\0")
        try:
            digest.update(files.read_bytes(folder, rel, files.MAX_TOML_BYTES))
        except (OSError, files.Refused) as exc:
            digest.update(f"unreadable: {exc}".encode())  # validation will say why
    for base, sub in ((folder, "images"), (folder, "icons"), (assets, "icons")):
        if base is not None and (base / sub).is_dir():
            for name in sorted(os.listdir(base / sub)):
                digest.update(files.stamp(Path(base), f"{sub}/{name}"))
    coverage = assets / "fonts" / "coverage.txt" if assets else None
    if coverage is not None and coverage.is_file():
        digest.update(coverage.read_bytes())
    return digest.hexdigest()


def load_cached(root: Path, assets: Path | None, cache_dir: Path | None) -> LoadResult:
    """Like load_content, but reuses the last result for byte-identical content."""

    if cache_dir is None:
        return _load(root, assets)
    try:
        key = fingerprint(Path(root), assets)
    except (OSError, RuntimeError, files.Refused):
        return _load(root, assets)
    path = Path(cache_dir) / f"content-{key[:32]}.pickle"
    try:
        with path.open("rb") as fh:
            content = pickle.load(fh)
        if content.root == files.open_folder(root):
            return LoadResult(content, [])
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a bad cache must never stop the kiosk
        log.warning("ignoring unreadable content cache %s: %s", path, exc)
    result = _load(root, assets)
    if result.ok:
        _store(path, result)
    return result


def _load(root: Path, assets: Path | None) -> LoadResult:
    from .loader import load_content  # and pydantic: only when the cache cannot answer

    return load_content(root, assets)


def _store(path: Path, result: LoadResult) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Earlier caches, and half-written ones a kill or power cut left behind.
        for old in [*path.parent.glob("content-*.pickle"), *path.parent.glob("tmp*.tmp")]:
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(result.content, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not write the content cache %s: %s", path, exc)
