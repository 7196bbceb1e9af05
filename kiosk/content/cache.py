"""A cache of validated content, so a kiosk start does not validate unchanged files again.

The key is a SHA-256 of every file under the content folder, the icons and the fonts'
coverage list, of the kiosk's version and of the model's structure: any edit to the content, and any change to the
classes it is stored as, means a full load and check. A missing, stale
or unreadable cache is simply ignored; only content that passed every check is stored.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from pathlib import Path

from .. import __version__
from .timeline import LoadResult

log = logging.getLogger(__name__)


def model_signature() -> str:
    """Every model class with its fields, their types and defaults."""
    from dataclasses import MISSING, fields, is_dataclass

    from . import model, timeline

    def default(f) -> str:  # MISSING's repr holds a memory address: never use it
        return "required" if f.default is MISSING else repr(f.default)

    classes = sorted((c for c in vars(model).values() if is_dataclass(c)), key=lambda c: c.__name__)
    classes.append(timeline.Content)  # what is pickled
    return repr([(c.__name__, [(f.name, str(f.type), default(f)) for f in fields(c)])
                 for c in classes])


def fingerprint(root: Path, assets: Path | None) -> str:
    digest = hashlib.sha256(f"kiosk {__version__}\n{model_signature()}".encode())
    folders = [root] + ([assets / "icons"] if assets else [])
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    coverage = assets / "fonts" / "coverage.txt" if assets else None
    if coverage is not None and coverage.is_file():
        digest.update(coverage.read_bytes())
    return digest.hexdigest()


def load_cached(root: Path, assets: Path | None, cache_dir: Path | None) -> LoadResult:
    """Like load_content, but reuses the last result for byte-identical content."""

    if cache_dir is None or not Path(root).is_dir():
        return _load(root, assets)
    try:
        key = fingerprint(Path(root), assets)
    except OSError:
        return _load(root, assets)
    path = Path(cache_dir) / f"content-{key[:32]}.pickle"
    try:
        with path.open("rb") as fh:
            content = pickle.load(fh)
        if content.root == Path(root):
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
