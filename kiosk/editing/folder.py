"""A content folder as files: the shape an editor writes (content.toml, categories.toml,
milestones/*.toml, images/), made from the model or from an import, and written whole.

A folder is written into a fresh folder beside its destination and renamed into place
only when complete, so a failed import never leaves half a content folder, and an
existing folder is never written over.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field, fields, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Callable

from ..content.timeline import Content

# Fields whose {language: value} the files write as one key or [section] per language.
_UNFOLDED = ("texts", "names")


@dataclass
class ContentFiles:
    """A content folder as plain data, before it is written or after it is read."""

    info: dict[str, Any]
    categories: list[dict[str, Any]]
    milestones: list[dict[str, Any]]  # in order: the file names keep it within a year
    images: dict[str, bytes] = field(default_factory=dict)  # name in images/ -> bytes
    copied: dict[str, Path] = field(default_factory=dict)  # name in images/ -> file to copy
    labels: list[str] = field(default_factory=list)  # where each milestone came from


def as_data(obj: Any) -> Any:
    """A model object as the file writes it: defaults and empty values left out."""
    if is_dataclass(obj):
        out: dict[str, Any] = {}
        for f in fields(obj):
            value = getattr(obj, f.name)
            if value is None or value == () or value == f.default:
                continue
            if f.name in _UNFOLDED:
                out.update({lang: as_data(v) for lang, v in value.items()})
            else:
                out[f.name] = as_data(value)
        return out
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, (tuple, list)):
        return [as_data(v) for v in obj]
    if isinstance(obj, dict):
        return {k: as_data(v) for k, v in obj.items()}
    return obj


def from_content(content: Content) -> ContentFiles:
    """The files of a loaded (so already checked) content set; its pictures are copied."""
    return ContentFiles(
        info=as_data(content.info),
        categories=[as_data(c) for c in content.categories],
        milestones=[as_data(m) for m in content.milestones],
        copied={m.image: content.root / m.image for m in content.milestones if m.image},
    )


def file_names(milestones: list[dict[str, Any]]) -> list[str]:
    """"0007-dream-goal.toml": the number keeps the order within a year."""
    digits = max(3, len(str(len(milestones))))
    return [f"milestones/{i + 1:0{digits}d}-{m.get('id', 'milestone')}.toml"
            for i, m in enumerate(milestones)]


def write_folder(files: ContentFiles, out: Path,
                 check: Callable[[Path], bool] | None = None) -> bool:
    """Write the whole folder, then move it into place if `check` passes it (False: nothing
    is left behind). Raises FileExistsError if `out` exists and is not empty."""
    import tomli_w

    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise FileExistsError(f"{out} already exists and is not empty")
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        (work / "milestones").mkdir()
        _write(work / "content.toml", tomli_w.dumps(files.info))
        _write(work / "categories.toml", tomli_w.dumps({"category": files.categories}))
        for name, data in zip(file_names(files.milestones), files.milestones):
            _write(work / name, tomli_w.dumps(data, multiline_strings=True))
        for name, data in files.images.items():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            (work / name).write_bytes(data)
        for name, source in files.copied.items():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, work / name)
        if check is not None and not check(work):
            shutil.rmtree(work, ignore_errors=True)
            return False
        if out.exists():
            out.rmdir()
        os.replace(work, out)
        return True
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")
