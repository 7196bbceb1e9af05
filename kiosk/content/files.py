"""Reading a content folder as if a stranger wrote it.

Only regular files inside the folder are read: a link that leads outside, a link loop, a
pipe, a device or a socket is refused before a byte is read, and so is a file over its
size bound (its size is taken from `stat`, and the read stops one byte past the bound in
case it grows). Nothing outside the folder is ever opened, and nothing the content does not
name is read at all. Plain Python, no Qt: validation and the kiosk use the same rules.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

MAX_TOML_BYTES = 512 * 1024
MAX_IMAGE_BYTES = 8 * 1024 * 1024  # a photograph at display size, with room to spare
MAX_SVG_BYTES = 256 * 1024
MAX_MILESTONE_FILES = 100_000
_BARE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class Refused(Exception):
    """A file the kiosk will not read; the message says why, in plain words."""


def open_folder(root: Path) -> Path:
    """The content folder itself, resolved; refused if it is a loop or not a folder."""
    try:
        real = Path(root).resolve(strict=True)
    except FileNotFoundError:
        raise Refused("is not a folder (nothing is there).") from None
    except (OSError, RuntimeError):
        raise Refused("cannot be opened: it is a link loop.") from None
    if not real.is_dir():
        raise Refused("is not a folder.")
    return real


def locate(folder: Path, rel: str) -> tuple[Path, int]:
    """The regular file `rel` names inside `folder` (already resolved), and its size."""
    if not rel or rel.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", rel) or "\0" in rel:
        raise Refused("must be a path inside the content folder, such as images/photo.png.")
    if os.path.normpath(rel).split(os.sep)[0] == "..":
        raise Refused("points outside the content folder.")
    path = _inside(folder, rel)
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise Refused("is not a regular file (a folder, pipe, device or socket).")
    return path, info.st_size


def read_bytes(folder: Path, rel: str, limit: int) -> bytes:
    """The bytes of `rel`, within `limit`; raises Refused or FileNotFoundError."""
    path, size = locate(folder, rel)
    if size > limit:
        raise Refused(f"is too large ({size:,} bytes; {limit:,} at most).")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise Refused(f"cannot be read ({exc.strerror or exc}).") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped since it was looked at
            raise Refused("is not a regular file (a folder, pipe, device or socket).")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise Refused(f"is too large (more than {limit:,} bytes).")
    return data


def milestone_files(folder: Path) -> list[str]:
    """The names under milestones/ that end in .toml, sorted, as paths relative to the
    folder. Each one is checked when it is read."""
    try:
        sub = locate_folder(folder, "milestones")
    except (FileNotFoundError, Refused):
        return []
    names = []
    with os.scandir(sub) as entries:
        for entry in entries:
            if entry.name.endswith(".toml"):
                names.append(f"milestones/{entry.name}")
                if len(names) > MAX_MILESTONE_FILES:
                    break
    return sorted(names)


def locate_folder(folder: Path, rel: str) -> Path:
    path = _inside(folder, rel)
    if not path.is_dir():
        raise Refused("is not a folder inside the content folder.")
    return path


def _inside(folder: Path, rel: str) -> Path:
    """`rel` resolved, every link followed; refused if that leaves `folder` or loops."""
    try:
        path = (folder / rel).resolve(strict=True)
    except FileNotFoundError:
        raise FileNotFoundError(rel) from None
    except (OSError, RuntimeError):
        raise Refused("is a link loop.") from None
    if folder not in path.parents:
        raise Refused("points outside the content folder.")
    return path


def icon_place(folder: Path | None, assets: Path | None, name: str) -> Path:
    """Where the icon called `name` is read from, for validation and the screen alike: the
    content folder's icons/ first, then the kiosk's own. Names are bare file names."""
    if not _BARE_NAME.fullmatch(name) or not name.endswith(".svg"):
        raise Refused("must be the file name of an SVG icon, such as star.svg (no folders).")
    for base in (folder, assets):
        if base is None:
            continue
        try:
            path, size = locate(base if base is folder else Path(base).resolve(), f"icons/{name}")
        except FileNotFoundError:
            continue
        if size > MAX_SVG_BYTES:
            raise Refused(f"is too large ({size:,} bytes; {MAX_SVG_BYTES:,} at most).")
        return path
    raise FileNotFoundError(name)


def stamp(folder: Path, rel: str) -> bytes:
    """Name, size and modification time of one file (or b"" if it is not there): enough to
    notice an edit without reading the file."""
    try:
        info = (folder / rel).stat()
    except (OSError, RuntimeError):
        return b""
    return f"{rel}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_mode}\n".encode()
