"""What a content picture may be: PNG, JPEG or a static SVG, within a pixel bound.

The header is read without decoding the picture, so a bomb (a small file that decodes to
gigabytes, or an SVG that expands without end) is refused before anything decodes it. The
kiosk then decodes at display size (`QImageReader.setScaledSize`). Plain Python, no Qt.
"""

from __future__ import annotations

import re
import struct

MAX_PIXELS = 4096 * 4096  # 16.7 million: a 4K screen's worth and more, at most 64 MB decoded
MAX_SIDE = 8192
SVG_MAX_ELEMENTS = 2000
SVG_MAX_USES = 200
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg")  # a photograph: it needs a credit
SUFFIXES = (*PHOTO_SUFFIXES, ".svg")
_FORBIDDEN_SVG = {"image", "foreignObject", "script", "iframe", "video", "audio", "feImage"}
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)")
_XLINK = "{http://www.w3.org/1999/xlink}href"


def is_photograph(name: str) -> bool:
    """A PNG or JPEG: a photograph someone holds the rights to, shown with its credit
    (an SVG is an illustration)."""
    return name.lower().endswith(PHOTO_SUFFIXES)


def problem(data: bytes, suffix: str) -> str | None:
    """Why these bytes are not a picture the kiosk will show, or None."""
    suffix = suffix.lower()
    if suffix not in SUFFIXES:
        return "must be a PNG, JPEG or SVG file."
    if suffix == ".svg":
        return svg_problem(data)
    size = png_size(data) if suffix == ".png" else jpeg_size(data)
    if size is None:
        return f"is not a readable {'PNG' if suffix == '.png' else 'JPEG'} image."
    width, height = size
    if width < 1 or height < 1 or width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        return (f"is {width}×{height} pixels; at most {MAX_PIXELS:,} pixels "
                f"(such as 4096×4096) and {MAX_SIDE} on a side. Scale it down.")
    return None


def png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the first start-of-frame marker."""
    if data[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        length, = struct.unpack(">H", data[at + 2:at + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return width, height
        at += 2 + length
    return None


def svg_problem(data: bytes) -> str | None:
    """A static picture only: no document type (entities), nothing embedded or fetched, no
    script, every reference inside the file, and a bounded size once `<use>` is expanded."""
    head = data[:4096].lower()
    if b"<!doctype" in data.lower() or b"<!entity" in data.lower():
        return "is an SVG with a document type or entities; save it as plain SVG."
    if b"<svg" not in head:
        return "is not a readable SVG image."
    import xml.etree.ElementTree as ET  # only where there is an SVG to read

    try:
        root = ET.fromstring(data)
    except (ET.ParseError, ValueError):
        return "is not a readable SVG image (broken XML)."
    except RecursionError:
        return "is an SVG nested too deeply."
    elements = list(root.iter())
    if len(elements) > SVG_MAX_ELEMENTS:
        return f"is an SVG of {len(elements):,} elements; {SVG_MAX_ELEMENTS:,} at most."
    by_id = {el.get("id"): el for el in elements if el.get("id")}
    uses = 0
    for el in elements:
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in _FORBIDDEN_SVG:
            return f"is an SVG with <{tag}>: only shapes, text and gradients are shown."
        for name, value in el.attrib.items():
            if name in ("href", _XLINK) and not value.startswith("#"):
                return "is an SVG that refers to something outside itself."
            if name.startswith("on"):
                return "is an SVG with a script."
            for target in _URL.findall(value):
                if target and not target.startswith("#"):
                    return "is an SVG that refers to something outside itself."
        if tag == "style":
            text = el.text or ""
            if "@import" in text or any(t and not t.startswith("#") for t in _URL.findall(text)):
                return "is an SVG whose style refers to something outside itself."
        if tag == "use":
            uses += 1
    if uses > SVG_MAX_USES:
        return f"is an SVG with {uses} <use> elements; {SVG_MAX_USES} at most."
    if _expanded(root, by_id) > SVG_MAX_ELEMENTS * 4:
        return "is an SVG whose <use> elements copy each other without end."
    return None


def _expanded(root, by_id) -> int:
    """How many elements the picture has once every <use> is replaced by what it copies;
    stops counting past the bound, so a nested-copy bomb costs nothing to find."""
    limit = SVG_MAX_ELEMENTS * 4 + 1
    memo: dict[int, int] = {}

    def size(el, depth: int) -> int:
        if depth > 20:
            return limit
        key = id(el)
        if key in memo:
            return memo[key]
        memo[key] = limit  # a <use> that reaches itself is endless
        total = 1
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "use":
            ref = (el.get("href") or el.get(_XLINK) or "")[1:]
            target = by_id.get(ref)
            if target is not None:
                total += size(target, depth + 1)
        for child in el:
            total += size(child, depth + 1)
            if total >= limit:
                break
        memo[key] = min(total, limit)
        return memo[key]

    return size(root, 0)
