"""Draw the bundled milestones' illustrations: one flat pictogram scene per milestone, in
its category's colour and two neutrals, on a dark tile that reads on the card in either
theme. Run `python assets/illustrations/draw.py`; it writes `data/images/<id>.svg`, the
same bytes on every run (tests/content/test_illustrations.py checks the committed files
are exactly what this script draws).

Each scene is two to four simple shapes on a 120-unit square, drawn for this project and
shared under the repository's licence. `C` is the category colour, `D` the dark neutral
(the tile), `L` the light neutral; the strings below name them and `scene()` fills them in.
Alt text for each picture is in the milestone's file (`image_alt`, per language).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
DARK = "#17202D"
LIGHT = "#F3EFE6"
STROKE = 'fill="none" stroke-linecap="round" stroke-linejoin="round"'

# An airplane pointing right, about 48 units long, centred on the origin.
PLANE = ("M-20 -3 L-24 -11 L-19 -11 L-13 -3 L-2 -3 L-10 -19 L-3 -19 L10 -3 L20 -3 Q26 0 20 3 "
         "L10 3 L-3 19 L-10 19 L-2 3 L-13 3 L-19 11 L-24 11 L-20 3 Z")
HEART = "M0 22 C-26 6 -26 -14 -12 -16 C-6 -17 -2 -12 0 -8 C2 -12 6 -17 12 -16 C26 -14 26 6 0 22 Z"
CHILD = "M-9 0 a9 9 0 1 0 18 0 a9 9 0 1 0 -18 0 Z M-13 12 h26 a5 5 0 0 1 5 5 v21 h-36 v-21 a5 5 0 0 1 5 -5 Z"

SCENES: dict[str, str] = {
    "ttec-founded": f"""
<rect x="30" y="46" width="60" height="58" rx="3" fill="C"/>
<path d="M38 56h10v10h-10zM72 56h10v10h-10zM38 76h10v10h-10zM72 76h10v10h-10zM54 56h12v10h-12zM54 78h12v26h-12z" fill="D"/>
<path d="M60 46V28M51 22a13 13 0 0 1 18 0M43 14a24 24 0 0 1 34 0" stroke="L" stroke-width="5" {STROKE}/>""",
    "science-fund": f"""
<path d="M74 104V70l16-14 16 14v34z" fill="L"/>
<rect x="85" y="84" width="10" height="20" fill="D"/>
<rect x="14" y="96" width="50" height="8" rx="3" fill="C"/>
<path d="M26 96c0-20 10-32 28-34" stroke="C" stroke-width="8" {STROKE}/>
<rect x="34" y="16" width="14" height="42" rx="4" transform="rotate(-28 41 37)" fill="C"/>
<rect x="34" y="72" width="30" height="7" rx="3" fill="L"/>""",
    "sony-education-foundation": f"""
<path d="M60 62c-12-8-28-8-44-2v44c16-6 32-6 44 2zM60 62c12-8 28-8 44-2v44c-16-6-32-6-44 2z" fill="L"/>
<path d="M60 62V30" stroke="C" stroke-width="6" {STROKE}/>
<path d="M60 46c-4-14-18-18-28-13 2 11 14 18 28 13zM60 38c4-14 18-18 28-13-2 11-14 18-28 13z" fill="C"/>""",
    "sony-music-foundation": f"""
<rect x="14" y="84" width="92" height="24" rx="3" fill="L"/>
<path d="M29 84v13M46 84v13M63 84v13M80 84v13M97 84v13" stroke="D" stroke-width="6"/>
<ellipse cx="38" cy="64" rx="12" ry="8.5" transform="rotate(-20 38 64)" fill="C"/>
<ellipse cx="80" cy="56" rx="12" ry="8.5" transform="rotate(-20 80 56)" fill="C"/>
<path d="M48 61V24l42-9v38" stroke="C" stroke-width="5" {STROKE}/>
<path d="M48 26l42-9" stroke="C" stroke-width="12"/>""",
    "sspa-us": f"""
<circle cx="60" cy="82" r="28" fill="C"/>
<path d="M32 82h56M60 54c-12 14-12 42 0 56M60 54c12 14 12 42 0 56" stroke="D" stroke-width="3" {STROKE}/>
<path d="M18 66C22 34 50 20 78 24" stroke="L" stroke-width="3" stroke-dasharray="5 6" {STROKE}/>
<path d="{PLANE}" transform="translate(92 28) rotate(8)" fill="L"/>""",
    "sony-canada-foundation": """
<path d="M60 12l8 17 10-5-4 23 17-12-3 10 13 2-11 13 4 6-21 4 2 10-13-4v26h-4v-26l-13 4 2-10-21-4 4-6-11-13 13-2-3-10 17 12-4-23 10 5z" fill="C"/>
<path d="M0 22 C-26 6 -26 -14 -12 -16 C-6 -17 -2 -12 0 -8 C2 -12 6 -17 12 -16 C26 -14 26 6 0 22 Z" transform="translate(60 54) scale(0.55)" fill="D"/>""",
    "volunteer-leave": f"""
<path d="M46 40v-8a6 6 0 0 1 6-6h16a6 6 0 0 1 6 6v8" stroke="L" stroke-width="6" {STROKE}/>
<rect x="20" y="40" width="80" height="60" rx="8" fill="C"/>
<path d="{HEART}" transform="translate(60 70) scale(0.8)" fill="D"/>""",
    "wonder-technology-lab": f"""
<path d="M60 30V16" stroke="L" stroke-width="5" {STROKE}/>
<circle cx="60" cy="14" r="6" fill="L"/>
<rect x="24" y="30" width="72" height="60" rx="14" fill="C"/>
<path d="M36 52a8 8 0 1 0 16 0a8 8 0 1 0 -16 0zM68 52a8 8 0 1 0 16 0a8 8 0 1 0 -16 0zM42 74h36v6h-36z" fill="L"/>
<rect x="36" y="94" width="48" height="14" rx="5" fill="C"/>""",
    "conservation-international": f"""
<circle cx="54" cy="66" r="38" fill="C"/>
<path d="M16 66h76M54 28c-16 18-16 58 0 76M54 28c16 18 16 58 0 76" stroke="D" stroke-width="3" {STROKE}/>
<path d="M70 50C72 26 92 14 110 14c0 22-14 38-38 38z" fill="L"/>
<path d="M72 50l20-20" stroke="D" stroke-width="3" {STROKE}/>""",
    "creative-science-award": """
<path d="M60 10l6 13 14 2-10 10 2 14-12-7-12 7 2-14-10-10 14-2z" fill="L"/>
<path d="M18 86v-14a6 6 0 0 1 6-6h12l12-14h26l14 14h12a6 6 0 0 1 6 6v14z" fill="C"/>
<path d="M51 57h10v9h-17zM69 57h4l9 9h-13z" fill="D"/>
<path d="M26 88a10 10 0 1 0 20 0a10 10 0 1 0 -20 0zM74 88a10 10 0 1 0 20 0a10 10 0 1 0 -20 0z" fill="L" stroke="D" stroke-width="5"/>""",
    "sony-foundation-australia": f"""
<path d="{HEART}" transform="translate(60 70) scale(1.5)" fill="C"/>
<path d="M30 18l2 5 5 2-5 2-2 5-2-5-5-2 5-2zM88 14l2 5 5 2-5 2-2 5-2-5-5-2 5-2zM100 36l2 4 4 2-4 2-2 4-2-4-4-2 4-2zM18 40l2 4 4 2-4 2-2 4-2-4-4-2 4-2z" fill="L"/>""",
    "explorascience-beijing": f"""
<path d="M8 62L48 56" stroke="L" stroke-width="6" {STROKE}/>
<path d="M66 84L108 70" stroke="C" stroke-width="8" opacity="0.55" {STROKE}/>
<path d="M66 80L108 84" stroke="C" stroke-width="8" opacity="0.8" {STROKE}/>
<path d="M66 76L108 98" stroke="C" stroke-width="8" {STROKE}/>
<path d="M60 22L92 92H28z" fill="L" stroke="D" stroke-width="2"/>""",
    "explorascience-tokyo": f"""
<path d="M18 48h18l26-22v68l-26-22h-18z" fill="C"/>
<path d="M74 46a20 20 0 0 1 0 28M84 34a36 36 0 0 1 0 52M94 22a52 52 0 0 1 0 76" stroke="L" stroke-width="6" {STROKE}/>""",
    "csr-department": f"""
<rect x="26" y="20" width="68" height="88" rx="6" fill="C"/>
<rect x="34" y="32" width="52" height="68" rx="3" fill="L"/>
<rect x="46" y="14" width="28" height="14" rx="5" fill="D"/>
<path d="M42 48l6 6 10-12M42 74l6 6 10-12M64 50h14M64 76h14" stroke="D" stroke-width="5" {STROKE}/>""",
    "movie-works": """
<rect x="18" y="50" width="84" height="56" rx="5" fill="C"/>
<path d="M16 46l82-20 4 16-82 20z" fill="L"/>
<path d="M30 43l10-18M50 38l10-18M70 33l10-18" stroke="D" stroke-width="7"/>
<path d="M50 66v26l24-13z" fill="L"/>""",
    "sspa-china": f"""
<path d="M44 30h32" stroke="D" stroke-width="1"/>
<rect x="50" y="36" width="20" height="8" rx="2" fill="L"/>
<ellipse cx="60" cy="70" rx="30" ry="28" fill="C"/>
<path d="M42 70h36M60 44c-10 8-10 44 0 52M60 44c10 8 10 44 0 52" stroke="D" stroke-width="3" {STROKE}/>
<rect x="50" y="96" width="20" height="8" rx="2" fill="L"/>
<path d="M12 40C26 22 46 18 64 20" stroke="L" stroke-width="3" stroke-dasharray="5 6" {STROKE}/>
<path d="{PLANE}" transform="translate(88 22) rotate(-6) scale(0.8)" fill="L"/>""",
    "eye-see": f"""
<path d="{CHILD}" transform="translate(46 36) scale(1.6)" fill="C"/>
<rect x="56" y="58" width="40" height="28" rx="5" fill="L"/>
<rect x="62" y="53" width="12" height="7" rx="2" fill="L"/>
<circle cx="78" cy="72" r="9" fill="D"/>
<circle cx="78" cy="72" r="4" fill="C"/>""",
    "refugee-film-festival": """
<rect x="12" y="14" width="96" height="62" rx="4" fill="L"/>
<path d="M60 26L84 66H36z" fill="C"/>
<path d="M60 40L68 66H52z" fill="L"/>
<path d="M26 108a12 12 0 0 1 24 0zM48 108a12 12 0 0 1 24 0zM70 108a12 12 0 0 1 24 0z" fill="C"/>
<circle cx="38" cy="90" r="7" fill="C"/><circle cx="60" cy="90" r="7" fill="C"/><circle cx="82" cy="90" r="7" fill="C"/>""",
    "mobile-library": """
<path d="M10 88V42a6 6 0 0 1 6-6h62v52zM78 54h18l14 18v16h-32z" fill="C"/>
<path d="M20 46h8v32h-8zM32 50h8v28h-8zM44 44h8v34h-8zM56 52h8v26h-8zM84 60h10l9 12h-19z" fill="L"/>
<path d="M22 92a10 10 0 1 0 20 0a10 10 0 1 0 -20 0zM78 92a10 10 0 1 0 20 0a10 10 0 1 0 -20 0z" fill="L" stroke="D" stroke-width="5"/>""",
    "sony-science-program": """
<path d="M48 14h24M52 14v34L28 92c-3 7 1 14 9 14h46c8 0 12-7 9-14L68 48V14" fill="L"/>
<path d="M40 72h40l12 20c3 7-1 14-9 14H37c-8 0-12-7-9-14z" fill="C"/>
<circle cx="54" cy="88" r="5" fill="L"/><circle cx="68" cy="80" r="3.5" fill="L"/>
<circle cx="88" cy="30" r="7" fill="C"/><circle cx="100" cy="16" r="4" fill="C"/>""",
    "dream-goal-2010": """
<rect x="10" y="18" width="100" height="70" rx="6" fill="C"/>
<path d="M40 88l-10 18h60l-10-18z" fill="C"/>
<circle cx="60" cy="53" r="24" fill="L"/>
<path d="M60 43l10 7-4 12h-12l-4-12zM60 29v14M36 51l14 -1M84 51l-14 -1M46 73l8-11M74 73l-8-11" fill="D" stroke="D" stroke-width="3" stroke-linejoin="round"/>""",
    "save-the-children-partnership": f"""
<path d="M12 58L60 18l48 40h-12v48H24V58z" fill="C"/>
<path d="{CHILD}" transform="translate(60 60) scale(0.9)" fill="L"/>""",
    "sumatra-forest": """
<path d="M24 10L46 56H2zM24 36L50 86H-2zM96 14L118 60H74zM96 40L122 90H70z" fill="C"/>
<circle cx="38" cy="56" r="10" fill="L"/><circle cx="82" cy="56" r="10" fill="L"/>
<circle cx="60" cy="80" r="30" fill="L"/>
<path d="M60 50v10M48 52l4 9M72 52l-4 9M30 78h10M80 78h10M31 90h10M79 90h10M48 76h.1M72 76h.1M55 92h10l-5 6z" stroke="D" stroke-width="4" fill="D" stroke-linecap="round" stroke-linejoin="round"/>""",
    "dream-goal-2014": f"""
<rect x="6" y="94" width="108" height="16" rx="3" fill="C"/>
<path d="M16 94V26h88v68" stroke="L" stroke-width="7" {STROKE}/>
<path d="M30 40h60M30 56h60M30 72h60M44 32v58M60 32v58M76 32v58" stroke="L" stroke-width="2" opacity="0.45"/>
<circle cx="60" cy="80" r="14" fill="C"/>
<path d="M60 74l6 4-2 7h-8l-2-7z" fill="D"/>""",
    "emergency-fund": f"""
<path d="M12 56a48 42 0 0 1 96 0c-6-6-12-6-16 0-6-6-14-6-16 0-4-6-12-6-16 0-4-6-12-6-16 0-4-6-12-6-16 0-4-6-10-6-16 0z" fill="C"/>
<path d="M60 56v10" stroke="C" stroke-width="4" {STROKE}/>
<path d="{CHILD}" transform="translate(60 74) scale(1.0)" fill="L"/>
<path d="M18 74v8M102 72v8M28 92v8M94 94v8" stroke="L" stroke-width="4" opacity="0.7" {STROKE}/>""",
    "kando-program": f"""
<path d="M60 6l8 20 20-10-6 22 22 2-16 14 14 14-22 0 4 22-18-12-6 20-6-20-18 12 4-22-22 0 14-14-16-14 22-2-6-22 20 10z" fill="C"/>
<path d="{CHILD}" transform="translate(60 50) scale(1.3)" fill="L"/>
<path d="M44 70L30 48M76 70L90 48" stroke="L" stroke-width="9" {STROKE}/>""",
    "covid-relief-fund": f"""
<circle cx="52" cy="62" r="40" fill="L"/>
<path d="M12 62h80M52 22c-16 18-16 62 0 80M52 22c16 18 16 62 0 80" stroke="D" stroke-width="3" {STROKE}/>
<path d="M80 58h12v-14h14v14h12v14h-12v14h-14v-14h-12z" transform="translate(-6 0)" fill="C" stroke="D" stroke-width="4" stroke-linejoin="round"/>""",
    "curiostep": f"""
<path d="M8 108V88h26V68h26V48h26V28h26v80z" fill="C"/>
<path d="M28 34a14 14 0 1 1 20 13c-4 2-6 5-6 9v4" stroke="L" stroke-width="7" {STROKE}/>
<circle cx="42" cy="72" r="5" fill="L"/>""",
    "social-justice-fund": f"""
<path d="M60 20v82M38 106h44M20 40h80" stroke="C" stroke-width="7" {STROKE}/>
<path d="M20 40l-12 30M20 40l12 30M100 40l-12 30M100 40l12 30" stroke="L" stroke-width="2.5" {STROKE}/>
<path d="M4 70h32a16 16 0 0 1 -32 0zM84 70h32a16 16 0 0 1 -32 0z" fill="C"/>
<circle cx="60" cy="18" r="7" fill="L"/>""",
}


def scene(body: str, colour: str) -> str:
    """A whole SVG file: the dark tile, then the scene in its colours."""
    shapes = body.strip().replace('"C"', f'"{colour}"').replace('"D"', f'"{DARK}"').replace(
        '"L"', f'"{LIGHT}"')
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="240" height="240">\n'
            '<clipPath id="tile"><rect width="120" height="120" rx="16"/></clipPath>\n'
            f'<rect width="120" height="120" rx="16" fill="{DARK}"/>\n'
            f'<g clip-path="url(#tile)">\n{shapes}\n</g>\n</svg>\n')


def drawings() -> dict[str, str]:
    """Every bundled milestone's picture, by file name, from its category's colour."""
    categories = tomllib.loads((DATA / "categories.toml").read_text("utf-8"))["category"]
    colour = {c["id"]: c["colour"] for c in categories}
    out = {}
    for path in sorted((DATA / "milestones").glob("*.toml")):
        ms = tomllib.loads(path.read_text("utf-8"))
        if ms["id"] in SCENES:
            out[f"{ms['id']}.svg"] = scene(SCENES[ms["id"]], colour[ms["category"]])
    return out


def main() -> int:
    target = DATA / "images"
    target.mkdir(exist_ok=True)
    for name, text in drawings().items():
        (target / name).write_text(text, "utf-8", newline="\n")
    print(f"wrote {len(SCENES)} pictures to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
