"""A smaller ICU data library for the Linux bundle.

Qt Core links ICU, and PySide6's wheel ships ICU's complete data (libicudata, 32 MB: every
locale, legacy converter, transliterator and dictionary). The kiosk speaks English and
Japanese. This keeps the root, English and Japanese data and the locale-independent core
(collation, normalisation, time zones, CJK line-break dictionary), drops the rest, and links
the result into a library with the same name and symbol, so Qt's ICU loads it unchanged.

The data is an ICU "common data" package: a header, a table of contents sorted by item name
(name offset, data offset; both relative to the end of the header), the names, then the
items. Requires gcc (for `.incbin`); without it the bundle keeps the full library.
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

try:
    from .elf import Elf
except ImportError:  # imported by the spec file, which is not a package
    from elf import Elf

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
    if leaf.endswith(".dict") and leaf != "cjdict.dict":
        return False  # Thai, Lao, Khmer and Burmese word dictionaries
    match = _LOCALE_ITEM.fullmatch(leaf)
    # another language's locale data goes: ICU falls back to root
    return not (match and not leaf.startswith("res_index") and match.group(1) not in KEEP_LANGUAGES)


def read_items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, data) items of a common data package, in table order."""
    header_size, = struct.unpack_from("<H", blob, 0)
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count, = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    ends = [data for _name, data in entries[1:]] + [len(blob) - header_size]
    items = []
    for (name_at, data_at), end in zip(entries, ends):
        start = header_size + name_at
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        items.append((name, blob[header_size + data_at:header_size + end]))
    return blob[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package holding `items`, which must stay sorted by name."""
    names = [name.encode("ascii") + b"\0" for name, _data in items]
    toc_size = 4 + 8 * len(items)
    name_offsets, cursor = [], toc_size
    for name in names:
        name_offsets.append(cursor)
        cursor += len(name)
    body, data_offsets = bytearray(), []
    cursor = _aligned(len(header) + cursor) - len(header)
    for _name, data in items:
        data_offsets.append(cursor)
        padded = data + b"\0" * (_aligned(len(data)) - len(data))
        body += padded
        cursor += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets))
    head = header + toc + b"".join(names)
    return head + b"\0" * (_aligned(len(head)) - len(head)) + bytes(body)


def _aligned(size: int) -> int:
    return (size + _ALIGN - 1) // _ALIGN * _ALIGN


def trimmed_library(library: Path, workdir: Path) -> Path | None:
    """Build a trimmed copy of `library` (libicudata.so.NN) in `workdir`; None without gcc."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    if compiler is None:
        print("icu: no C compiler; the bundle keeps the full ICU data")
        return None
    symbol, blob = Elf(library).symbol_bytes(r"icudt\d+_dat")
    header, items = read_items(blob)
    kept = [(name, data) for name, data in items if wanted(name)]
    workdir.mkdir(parents=True, exist_ok=True)
    package = workdir / f"{symbol}.dat"
    package.write_bytes(write_items(header, kept))
    output = workdir / library.name
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "icudata.S"
        source.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
            f'\t.balign {_ALIGN}\n{symbol}:\n\t.incbin "{package}"\n'
            f'\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n')
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
                        "-Wl,-z,noexecstack", "-o", str(output), str(source)], check=True)
    print(f"icu: {len(kept)} of {len(items)} data items kept, "
          f"{library.stat().st_size / 1e6:.0f} MB -> {output.stat().st_size / 1e6:.1f} MB")
    return output
