"""What the Linux bundle's slimming asks of ELF files, answered by pyelftools: which
libraries a binary needs, and the bytes of one exported symbol."""
from __future__ import annotations

import re
from pathlib import Path

from elftools.elf.dynamic import DynamicSection
from elftools.elf.elffile import ELFFile


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def needed(path: Path) -> list[str]:
    """The DT_NEEDED names: the libraries the dynamic loader must find for this file."""
    with path.open("rb") as f:
        return [tag.needed for section in ELFFile(f).iter_sections()
                if isinstance(section, DynamicSection)
                for tag in section.iter_tags("DT_NEEDED")]


def symbol_bytes(path: Path, pattern: str) -> tuple[str, bytes]:
    """The name and contents of the one exported object whose name matches `pattern`."""
    with path.open("rb") as f:
        elf = ELFFile(f)
        symbols = elf.get_section_by_name(".dynsym")
        for symbol in symbols.iter_symbols() if symbols else ():
            index = symbol["st_shndx"]
            if re.fullmatch(pattern, symbol.name) and isinstance(index, int) and index > 0:
                section = elf.get_section(index)
                f.seek(symbol["st_value"] - section["sh_addr"] + section["sh_offset"])
                return symbol.name, f.read(symbol["st_size"])
    raise LookupError(f"{path}: no exported symbol matches {pattern!r}")
