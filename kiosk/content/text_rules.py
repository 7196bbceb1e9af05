"""What a visitor-facing text may hold: printable characters, a bounded length in which a
line break counts as a line, no direction controls that could reorder the kiosk's own
words beside it, and no stack of combining marks that would draw outside its box.
Plain Python, no Qt."""

from __future__ import annotations

import unicodedata

LINE_COLUMNS = 40  # a line break takes the room of a line of this many columns
MULTILINE = frozenset({"story", "date_note"})  # fields where a line break is allowed
MAX_LINE_BREAKS = 6
MAX_COMBINING = 3  # marks on one base character: enough for any language the fonts draw
_DIRECTION_CONTROLS = frozenset([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_LINE_SEPARATORS = frozenset({"\u2028", "\u2029", "\u0085", "\r", "\v", "\f"})
# Zero-width joiners and selectors stay: emoji sequences and Japanese variants need them.
_FORMAT_ALLOWED = frozenset({"\u200c", "\u200d", "\u200e", "\u200f", "\ufe0e", "\ufe0f"})


def display_width(text: str) -> int:
    """Columns a text takes: a Japanese glyph two, a line break a whole line."""
    return sum(LINE_COLUMNS if ch == "\n" else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def text_problem(text: str, field: str) -> str | None:
    """Why `text` (the value of `field`, such as "en.story") cannot be shown, or None."""
    leaf = field.rsplit(".", 1)[-1].split("[", 1)[0]
    breaks = text.count("\n")
    if breaks and leaf not in MULTILINE:
        return "has a line break; this field is one line. Remove it."
    if breaks > MAX_LINE_BREAKS:
        return f"has {breaks} line breaks; {MAX_LINE_BREAKS} at most."
    combining = 0
    for ch in text:
        code, kind = ord(ch), unicodedata.category(ch)
        if ch in _LINE_SEPARATORS:
            return f"has a line separator {_name(ch)}; use a plain line break, in a story only."
        if code in _DIRECTION_CONTROLS:
            return (f"has a text-direction control {_name(ch)}, which could turn the kiosk's "
                    "own words around. Remove it.")
        if kind == "Cc" and ch != "\n":
            return f"has a control character {_name(ch)}, which no screen can show. Remove it."
        if kind == "Cf" and ch not in _FORMAT_ALLOWED and not 0xE0020 <= code <= 0xE007F:
            return f"has an invisible format character {_name(ch)}. Remove it."
        if kind in ("Mn", "Me"):
            combining += 1
            if combining > MAX_COMBINING:
                return (f"has more than {MAX_COMBINING} combining marks on one character; "
                        "they would draw outside the card.")
        else:
            combining = 0
    return None


def _name(ch: str) -> str:
    return f"U+{ord(ch):04X}" + (f" ({unicodedata.name(ch)})" if unicodedata.name(ch, "") else "")


def printable(text: str) -> str:
    """`text` safe for a terminal or a log: controls and direction marks shown as escapes."""
    out = []
    for ch in text:
        kind = unicodedata.category(ch)
        if (kind in ("Cc", "Cf") and ch not in "\n\t") or ch in _LINE_SEPARATORS:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)
