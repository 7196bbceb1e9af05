"""A smaller ICU data library for the Linux bundle.

Qt Core links ICU, and PySide6's wheel ships ICU's complete data (libicudata, 32 MB: every
locale, legacy converter, transliterator and dictionary). The kiosk speaks English and
Japanese. This keeps the root, English and Japanese data and the locale-independent core
(collation, normalisation, time zones, the break iterators and their dictionaries), drops
the rest, and links the result into a library with the same name and symbol, so Qt's ICU
loads it unchanged.

ICU's own `icupkg` (Debian's icu-devtools) lists the package, extracts the kept items and
writes the new package; it refuses one in which a kept item depends on a dropped one, so
ICU itself vouches for the result. gcc links it (`.incbin`). Without either tool the bundle
keeps the full library.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

try:
    from .elf import symbol_bytes
except ImportError:  # imported by the spec file, which is not a package
    from elf import symbol_bytes

KEEP_LANGUAGES = ("en", "ja")
_LOCALE_ITEM = re.compile(r"([a-z]{2,3})(_[A-Za-z0-9]*)*\.res")
_ALIGN = 16


def wanted(name: str) -> bool:
    """Whether the item `icudt73l/<tree>/<leaf>` is kept."""
    parts = name.split("/")[1:]
    tree, leaf = (parts[0] if len(parts) > 1 else ""), parts[-1]
    if leaf.endswith((".cnv", ".spp")) or leaf in ("confusables.cfu", "unames.icu"):
        return False  # legacy codecs, StringPrep, spoof checks, character names: Qt uses none
    if tree == "translit":
        return False  # transliterators
    match = _LOCALE_ITEM.fullmatch(leaf)
    # another language's locale data goes: ICU falls back to root
    return not (match and not leaf.startswith("res_index") and match.group(1) not in KEEP_LANGUAGES)


def icupkg(*args: str) -> str:
    """Run ICU's package tool; its own complaint, if any, is the error's message."""
    done = subprocess.run(["icupkg", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"icupkg {' '.join(args)}: {done.stderr.strip() or done.returncode}")
    return done.stdout


def trimmed_library(library: Path, workdir: Path) -> Path | None:
    """Build a trimmed copy of `library` (libicudata.so.NN) in `workdir`; None without gcc
    or icupkg."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None or shutil.which("icupkg") is None:
        print("icu: no C compiler or no icupkg (icu-devtools); the bundle keeps the full ICU data")
        return None
    symbol, blob = symbol_bytes(library, r"icudt\d+_dat")
    workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        names = icupkg("-l", _package_file(tmp, blob)).split()
        prefix = names[0].split("/")[0] if "/" in names[0] else _package_name(blob)
        kept = [name for name in names if wanted(f"{prefix}/{name}")]
        (tmp / "keep.lst").write_text("\n".join(kept) + "\n", encoding="ascii")
        source = _package_file(tmp, blob, prefix)
        (tmp / "items").mkdir()
        icupkg("-d", str(tmp / "items"), "-x", str(tmp / "keep.lst"), source)
        package = workdir / f"{prefix}.dat"
        package.unlink(missing_ok=True)
        icupkg("-tl", "-s", str(tmp / "items"), "-a", str(tmp / "keep.lst"), "new", str(package))
        output = workdir / library.name
        assembly = tmp / "icudata.S"
        assembly.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
            f'\t.balign {_ALIGN}\n{symbol}:\n\t.incbin "{package}"\n'
            f'\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n')
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
                        "-Wl,-z,noexecstack", "-o", str(output), str(assembly)], check=True)
    print(f"icu: {len(kept)} of {len(names)} data items kept (icupkg), "
          f"{library.stat().st_size / 1e6:.0f} MB -> {output.stat().st_size / 1e6:.1f} MB")
    return output


def _package_name(blob: bytes) -> str:
    """The package's own name, as its item names begin ("icudt73l"): icupkg insists that
    the file is called so."""
    match = re.search(rb"(icudt\d+[lbe])/", blob)
    if match is None:
        raise ValueError("not an ICU common data package")
    return match.group(1).decode("ascii")


def _package_file(folder: Path, blob: bytes, prefix: str | None = None) -> str:
    path = folder / f"{prefix or _package_name(blob)}.dat"
    path.write_bytes(blob)
    return str(path)
