"""Rebuild the subsetted fonts in assets/fonts/ (run by a developer, not at build time).

Sources (OFL-1.1): Debian's fonts-noto-core (Noto Sans), fonts-noto-cjk (Noto Sans CJK) and
fonts-noto-color-emoji (Noto Color Emoji, copied whole: its colour bitmaps do not subset):
    apt-get download fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
    for d in *.deb; do dpkg-deb -x $d x; done
    python packaging/fonts/subset_fonts.py x/usr/share/fonts
A face whose source is not there is left as it is. The Japanese face keeps all of JIS X
0208 (every kanji in everyday use), so editors can write new text without a font rebuild.
Last, it writes coverage.txt: every character some bundled face can draw, which
`kiosk validate` checks content against (no empty boxes on the exhibit).
Needs fonttools (pip install fonttools); the kiosk itself does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets" / "fonts"

# Latin with its extensions and combining accents, Greek (for units and science), and
# the punctuation, currency, letterlike, arrow and shape blocks.
LATIN = [(0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x2000, 0x206F),
         (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2212, 0x2212), (0x25A0, 0x25FF)]
EMOJI = "NotoColorEmoji.ttf"
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


def write_coverage() -> None:
    """Ranges of code points that both weights of some bundled face (or the emoji face) draw."""
    faces = [("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
             ("NotoSansCJKjp-Regular.otf", "NotoSansCJKjp-Bold.otf"), (EMOJI, EMOJI)]
    covered: set[int] = set()
    for regular, bold in faces:
        covered |= (set(TTFont(OUT / regular).getBestCmap())
                    & set(TTFont(OUT / bold).getBestCmap()))
    ranges, start, prev = [], None, None
    for code in sorted(covered):
        if start is None:
            start = prev = code
        elif code == prev + 1:
            prev = code
        else:
            ranges.append((start, prev))
            start = prev = code
    ranges.append((start, prev))
    lines = ["# Characters the bundled fonts can draw; written by packaging/fonts/subset_fonts.py.",
             "# kiosk validate rejects content text outside these ranges."]
    lines += [f"{lo:04X}-{hi:04X}" for lo, hi in ranges]
    (OUT / "coverage.txt").write_text("\n".join(lines) + "\n", encoding="ascii")
    print(f"assets/fonts/coverage.txt: {len(covered)} characters in {len(ranges)} ranges")


def main(src: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for weight in ("Regular", "Bold"):
        for latin_src in src.rglob(f"NotoSans-{weight}.ttf"):
            write_subset(TTFont(latin_src), expand(LATIN), OUT / f"NotoSans-{weight}.ttf")
            break
        for cjk_src in src.rglob(f"NotoSansCJK-{weight}.ttc"):
            jp = next(f for f in TTCollection(cjk_src).fonts if "CJK JP" in f["name"].getDebugName(1))
            wanted = expand(CJK) | jis_x_0208() | (content_chars() - expand([(0, 0x1F)]))
            write_subset(jp, wanted, OUT / f"NotoSansCJKjp-{weight}.otf")
            break
    for emoji_src in src.rglob(EMOJI):
        (OUT / EMOJI).write_bytes(emoji_src.read_bytes())
        print(f"assets/fonts/{EMOJI}: {(OUT / EMOJI).stat().st_size / 1e6:.2f} MB (whole)")
        break
    write_coverage()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
