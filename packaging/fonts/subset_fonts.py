"""Rebuild the subsetted fonts in assets/fonts/ (run by a developer, not at build time).

Sources (OFL-1.1): Debian's fonts-noto-core (Noto Sans) and fonts-noto-cjk (Noto Sans CJK):
    apt-get download fonts-noto-core fonts-noto-cjk && for d in *.deb; do dpkg-deb -x $d x; done
    python packaging/fonts/subset_fonts.py x/usr/share/fonts
The Japanese face keeps all of JIS X 0208 (every kanji in everyday use), so editors can
write new text without a font rebuild; the test suite checks every content character.
Needs fonttools (pip install fonttools); the kiosk itself does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets" / "fonts"

LATIN = [(0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F),
         (0x2190, 0x21FF), (0x2212, 0x2212), (0x25A0, 0x25FF)]
CJK = LATIN + [(0x3000, 0x30FF), (0xFF00, 0xFFEF), (0x31F0, 0x31FF)]


def jis_x_0208() -> set[int]:
    chars = set()
    for hi in range(0xA1, 0xFF):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("euc_jp")))
            except UnicodeDecodeError:
                pass
    return chars


def content_chars() -> set[int]:
    chars: set[int] = set()
    for path in list((ROOT / "data").rglob("*.toml")) + list((ROOT / "kiosk").rglob("*.ts")):
        chars |= {ord(c) for c in path.read_text(encoding="utf-8")}
    return chars


def expand(ranges: list[tuple[int, int]]) -> set[int]:
    return {c for lo, hi in ranges for c in range(lo, hi + 1)}


def write_subset(font: TTFont, codepoints: set[int], out: Path) -> None:
    options = subset.Options()
    options.layout_features = ["*"]  # keep kerning, vertical forms and proportional kana
    options.name_IDs = ["*"]
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=sorted(codepoints))
    sub.subset(font)
    font.save(out)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.2f} MB")


def main(src: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for weight in ("Regular", "Bold"):
        latin = TTFont(next(src.rglob(f"NotoSans-{weight}.ttf")))
        write_subset(latin, expand(LATIN), OUT / f"NotoSans-{weight}.ttf")
        ttc = TTCollection(next(src.rglob(f"NotoSansCJK-{weight}.ttc")))
        jp = next(f for f in ttc.fonts if "CJK JP" in f["name"].getDebugName(1))
        wanted = expand(CJK) | jis_x_0208() | (content_chars() - expand([(0, 0x1F)]))
        write_subset(jp, wanted, OUT / f"NotoSansCJKjp-{weight}.otf")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
