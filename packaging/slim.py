"""Making the Linux bundle small without losing anything the kiosk loads.

PyInstaller collects every library any collected binary needs, including binaries the spec
then leaves out (the GTK theme plugin alone brings GTK's whole stack), and it cannot strip
auditwheel-patched libraries. These steps run on its table of binaries and on the result;
the built app's `--self-test` proves what remains is enough.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

try:
    from .elf import is_elf, needed
except ImportError:  # imported by the spec file, which is not a package
    from elf import is_elf, needed


def _is_root(dest: str, kind: str) -> bool:
    """Loaded by name, not as a dependency: Python extensions, Qt plugins, libpython."""
    return kind == "EXTENSION" or "/plugins/" in dest or Path(dest).name.startswith("libpython")


def referenced_only(binaries: list[tuple]) -> list[tuple]:
    """`binaries` (PyInstaller's (dest, source, kind) table) less every library that no
    extension module, Qt plugin or libpython needs, directly or through others."""
    files = {dest: (src, kind) for dest, src, kind in binaries if kind != "SYMLINK"}
    by_name: dict[str, str] = {}
    for dest in files:
        by_name.setdefault(Path(dest).name, dest)
    todo = [dest for dest, (_src, kind) in files.items() if _is_root(dest, kind)]
    reached: set[str] = set()
    while todo:
        dest = todo.pop()
        if dest in reached:
            continue
        reached.add(dest)
        src = Path(files[dest][0])
        if is_elf(src):
            todo += [by_name[n] for n in needed(src) if n in by_name]
    dropped = sorted(Path(d).name for d in files if d not in reached)
    print(f"slim: {len(dropped)} libraries nothing loads left out: {', '.join(dropped)}")
    return [(dest, src, kind) for dest, src, kind in binaries
            if (src if kind == "SYMLINK" else dest) in reached]


def replace_source(binaries: list[tuple], name: str, source: Path) -> list[tuple]:
    """`binaries` with the library called `name` taken from `source` instead."""
    return [(dest, str(source) if Path(dest).name == name and kind != "SYMLINK" else src, kind)
            for dest, src, kind in binaries]


def find_source(binaries: list[tuple], pattern: str) -> Path | None:
    """Where the library whose file name matches the glob `pattern` comes from."""
    return next((Path(src) for dest, src, kind in binaries
                 if fnmatch(Path(dest).name, pattern) and kind != "SYMLINK"), None)


def strip_binaries(folder: Path) -> None:
    """Debug symbols out of every ELF file but the auditwheel-patched ones in *.libs/, which
    PyInstaller's own all-or-nothing strip corrupts ("ELF load command address/offset not
    page-aligned")."""
    tool = shutil.which("strip")
    if tool is None or sys.platform != "linux":
        print("strip: not available; the bundle keeps its debug symbols")
        return
    before = size_on_disk(folder)
    for path in folder.rglob("*"):
        if (path.is_file() and not path.is_symlink() and not path.parent.name.endswith(".libs")
                and is_elf(path)):
            subprocess.run([tool, "--strip-unneeded", str(path)], check=False, capture_output=True)
    print(f"strip: {before / 1e6:.0f} MB -> {size_on_disk(folder) / 1e6:.0f} MB")


def size_on_disk(folder: Path) -> int:
    """Bytes of the files under `folder`, symlinks not counted twice: the bundle's size as
    the build reports it, the bench measures it and its test holds it to the budget."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
