"""Text from a stranger's timeline made plain and bounded, as the kiosk draws it.

TimelineJS texts are HTML (and the sheets people keep sometimes hold Markdown links).
The kiosk draws every text as plain text, so markup is turned into what a reader sees:
tags removed, entities decoded, paragraphs and list items kept as lines, links kept as
their words, scripts and styles dropped whole. Then the text is cut to what a card
holds, at a word or sentence, and the caller reports any cut.
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

from ..content.checks import count_sentences
from ..content.languages import sentence_ends
from ..content.text_rules import MAX_LINE_BREAKS, display_width

MAX_SOURCE_CHARS = 100_000  # of one text, before it is parsed: a story is 900 columns at most
_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                     "tr", "blockquote", "section", "article", "header", "footer", "table",
                     "dd", "dt", "hr", "pre", "figure", "figcaption"})
_HIDDEN = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg",
                     "math", "head", "title", "textarea", "select"})
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_TAG_LIKE = re.compile(r"<\s*/?\s*[A-Za-z!?][^<>]{0,2000}>")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# Kept: joiners and selectors (emoji, Japanese variants); dropped: every other control.
_KEEP_FORMAT = frozenset({"\u200c", "\u200d", "\ufe0e", "\ufe0f"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self._hidden:
            self.parts.append(data)


def _once(text: str) -> str:
    parser = _Text()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


def plain(value: object) -> str:
    """Plain text, one paragraph per line. Entities that spell out a tag ("&lt;b&gt;") are
    decoded and then removed too: no markup of any kind comes out."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = text[:MAX_SOURCE_CHARS]
    for _ in range(3):
        text = _MARKDOWN_LINK.sub(r"\1", _once(text))
        if not _TAG_LIKE.search(text) and "&" not in text:
            break
    return _tidy(_TAG_LIKE.sub("", text))


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if _keep(ch))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _keep(ch: str) -> bool:
    if ch == "\n":
        return True
    kind = unicodedata.category(ch)
    if kind in ("Cc", "Zl", "Zp"):
        return ch in "\t"
    return kind != "Cf" or ch in _KEEP_FORMAT


def one_line(text: str) -> str:
    return " ".join(text.split("\n"))


def fit_line(text: str, columns: int) -> str:
    """At most `columns` display columns, cut at a word where there is one, with "…"."""
    text = one_line(text)
    if display_width(text) <= columns:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > columns - 1:
            break
        out += ch
    cut = out.rfind(" ")
    if cut > len(out) // 2:
        out = out[:cut]
    return out.rstrip(" ,;:.-–—、。") + "…"


# A full stop after these is not the end of a sentence ("Visits St. Louis").
_ABBREVIATIONS = frozenset("mr mrs ms dr st mt jr sr no vs etc inc ltd co dept univ prof gen "
                           "col capt lt sgt rev hon jan feb mar apr jun jul aug sep sept oct nov "
                           "dec e.g i.e u.s a.m p.m".split())


def first_sentence(text: str, lang: str, columns: int) -> str:
    """The opening sentence of a text, for a card's caption, within `columns`."""
    line = one_line(text)
    for found in sentence_ends(lang).finditer(line):
        words = line[: found.start()].split()
        last = words[-1].lower().strip("(\"'") if words else ""
        if last not in _ABBREVIATIONS and not (len(last) == 1 and last.isalpha()):
            return fit_line(line[: found.end()], columns)
    return fit_line(line, columns)


def fit_story(text: str, lang: str, columns: int, sentences: int) -> str:
    """Whole sentences from the start, as many as fit `columns`, `sentences` and the line
    breaks a story may hold; one cut sentence only when even the first is too long."""
    lines = text.split("\n")
    text = "\n".join(lines[: MAX_LINE_BREAKS + 1]) if len(lines) > MAX_LINE_BREAKS + 1 else text
    if display_width(text) <= columns and count_sentences(text, lang) <= sentences:
        return text
    kept = ""
    for count, end in enumerate((m.end() for m in sentence_ends(lang).finditer(text)), 1):
        if count > sentences or display_width(text[:end]) > columns:
            break
        kept = text[:end]
    return kept.strip() if kept.strip() else fit_line(text, columns)
