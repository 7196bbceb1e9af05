"""Which characters the kiosk's bundled fonts can draw, from assets/fonts/coverage.txt
(written by packaging/fonts/subset_fonts.py). Content that uses any other character would
show an empty box on the exhibit, so validation refuses it. Plain Python, no Qt."""

from __future__ import annotations

import bisect
import dataclasses
import unicodedata
from functools import lru_cache
from pathlib import Path

from .model import LOCALISED

# Characters that are never drawn (controls, format marks such as joiners and direction
# overrides, variation selectors): no font needs a glyph for them.
_INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp"})
_SELECTORS = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))


class Coverage:
    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self._starts = [lo for lo, _ in ranges]
        self._ends = [hi for _, hi in ranges]

    def __contains__(self, code: int) -> bool:
        i = bisect.bisect_right(self._starts, code) - 1
        return i >= 0 and code <= self._ends[i]

    def codepoints(self):
        for lo, hi in zip(self._starts, self._ends):
            yield from range(lo, hi + 1)

    def missing(self, text: str) -> list[str]:
        """The distinct characters of `text` no bundled font can draw, in order of use."""
        out: list[str] = []
        for ch in text:
            if ord(ch) not in self and ch not in out and needs_glyph(ch):
                out.append(ch)
        return out


@lru_cache(maxsize=4)
def load_coverage(assets: Path) -> Coverage | None:
    path = Path(assets) / "fonts" / "coverage.txt"
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except OSError:
        return None
    ranges = []
    for line in lines:
        if line and not line.startswith("#"):
            lo, hi = line.split("-")
            ranges.append((int(lo, 16), int(hi, 16)))
    return Coverage(sorted(ranges))


def describe(chars: list[str]) -> str:
    """'🦄 (U+1F984 UNICORN FACE)' and so on, for an editor's error message."""
    return ", ".join(f"{ch} (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed character')})"
                     for ch in chars[:3]) + (f" and {len(chars) - 3} more" if len(chars) > 3 else "")


def visible_texts(obj, path: str = "", in_language: bool = False):
    """(field path, text) for every string in a language: what visitors read. Paths are
    as the file shows them: "ja.caption", "title.en", "end.successor_name.ja"."""
    if isinstance(obj, str):
        if in_language:
            yield path, obj
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from visible_texts(item, f"{path}[{i + 1}]", in_language)
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if f.name in LOCALISED and isinstance(value, dict):
                inner = "" if f.name in ("texts", "names") else f.name
                where = ".".join(p for p in (path, inner) if p)
                for lang, text in value.items():
                    yield from visible_texts(text, f"{where}.{lang}" if where else lang, True)
            else:
                yield from visible_texts(value, f"{path}.{f.name}" if path else f.name, in_language)


def needs_glyph(ch: str) -> bool:
    """False for spaces, controls, joiners, direction marks and variation selectors."""
    return (not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE
            and not any(lo <= ord(ch) <= hi for lo, hi in _SELECTORS))


def drawn_characters(texts) -> set[str]:
    """The distinct characters that need a glyph."""
    return {ch for ch in set("".join(texts)) if needs_glyph(ch)}


def content_characters(content) -> set[str]:
    """Every character a visitor can be shown from this content set."""
    parts = [content.info, *content.categories, *content.milestones]
    return drawn_characters(text for part in parts for _, text in visible_texts(part))
