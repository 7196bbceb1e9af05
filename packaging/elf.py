"""Just enough of ELF to slim the Linux bundle: which libraries a binary needs, and the bytes
of one exported symbol. Plain struct, so the build needs no binutils or pyelftools."""
from __future__ import annotations

import re
import struct
from pathlib import Path

_SHT_DYNSYM, _SHT_DYNAMIC = 11, 6
_DT_NEEDED = 1


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


class Elf:
    """A 64-bit little-endian ELF file (the only kind PySide6's Linux wheels ship)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        if self.data[:4] != b"\x7fELF" or self.data[4] != 2 or self.data[5] != 1:
            raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
        shoff, = struct.unpack_from("<Q", self.data, 0x28)
        entsize, count = struct.unpack_from("<HH", self.data, 0x3A)
        # (name, type, flags, addr, offset, size, link, info, addralign, entsize)
        self.sections = [struct.unpack_from("<IIQQQQIIQQ", self.data, shoff + i * entsize)
                         for i in range(count)]

    def _string(self, table: int, offset: int) -> str:
        start = self.sections[table][4] + offset
        return self.data[start:self.data.index(b"\0", start)].decode()

    def needed(self) -> list[str]:
        """The DT_NEEDED names: the libraries the dynamic loader must find for this file."""
        names = []
        for _n, kind, _f, _a, offset, size, link, *_ in self.sections:
            if kind != _SHT_DYNAMIC:
                continue
            for pos in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", self.data, pos)
                if tag == _DT_NEEDED:
                    names.append(self._string(link, value))
        return names

    def symbol_bytes(self, pattern: str) -> tuple[str, bytes]:
        """The name and contents of the one exported object whose name matches `pattern`."""
        for _n, kind, _f, _a, offset, size, link, *_ in self.sections:
            if kind != _SHT_DYNSYM:
                continue
            for pos in range(offset, offset + size, 24):
                name, _info, _other, shndx, value, length = struct.unpack_from(
                    "<IBBHQQ", self.data, pos)
                text = self._string(link, name)
                if re.fullmatch(pattern, text) and 0 < shndx < len(self.sections):
                    section = self.sections[shndx]
                    start = value - section[3] + section[4]
                    return text, self.data[start:start + length]
        raise LookupError(f"{self.path}: no exported symbol matches {pattern!r}")
