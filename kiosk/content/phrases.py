"""Japanese lines break between phrases, never inside one: 誕生, ソニー, パブリック and 15か国
stay whole. BudouX finds the phrase boundaries; a word joiner (U+2060) between the
characters of a phrase and a zero-width space (U+200B) between phrases tell Qt's line
breaker where it may break. The spaces of a Latin name inside a phrase stay breakable,
and so does a phrase too long to hold whole on a narrow line: it breaks after a middle dot
or at a bracket (ソニー・|エクスプローラサイエンス|(北京)), and a run still longer than HOLD_MAX is
left to Qt's own breaker.
Plain Python: the views draw what this returns."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

log = logging.getLogger(__name__)

WORD_JOINER, BREAK = "\u2060", "\u200b"
HOLD_MAX = 12  # characters held on one line: fits the narrowest column (a portrait card's title)
SEAMS = re.compile(r"(?<=[・)）])|(?=[(（])")  # where a too-long phrase may break first
_MARKS = str.maketrans("", "", WORD_JOINER + BREAK)


@lru_cache(maxsize=1)
def _parser():
    """BudouX's Japanese model (~1 ms to load, with the first Japanese text); None if it
    cannot be loaded, and then lines break as Qt alone would: never a reason to stop."""
    try:
        import budoux

        return budoux.load_default_japanese_parser()
    except Exception:  # noqa: BLE001 - a missing model must not take the screen down
        log.exception("BudouX could not be loaded; Japanese lines break anywhere")
        return None


def phrases(text: str) -> list[str]:
    """The phrases of `text`, per line of it (each line whole, without BudouX)."""
    parser, out = _parser(), []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("\n")
        if line:
            out += parser.parse(line) if parser is not None else [line]
    return out


_known: dict[str, str] = {}  # worked out before, at validation (Content.phrased)


def remember(phrased: dict[str, str]) -> None:
    """Texts whose marks were worked out at validation: drawn without loading BudouX."""
    _known.update(phrased)


@lru_cache(maxsize=4096)
def for_display(text: str, lang: str) -> str:
    """`text` with its line-break opportunities marked, for a view in `lang`."""
    if lang != "ja" or not text:
        return text
    if text in _known:
        return _known[text]
    if _parser() is None:
        return text
    return BREAK.join(_joined(phrase) for phrase in phrases(text))


def _joined(phrase: str) -> str:
    """The phrase's characters held together, except at its spaces (a Latin name inside a
    phrase, "Sony Wonder Technology Labが", may still wrap between its words) and, in a
    phrase longer than HOLD_MAX, at its seams and anywhere in a run still too long."""
    if len(phrase) <= HOLD_MAX:
        return _held(phrase)
    parts = re.split(SEAMS, phrase)
    return BREAK.join(_held(part) if len(part) <= HOLD_MAX else part for part in parts if part)


def _held(run: str) -> str:
    out = [run[:1]]
    for before, ch in zip(run, run[1:]):
        out.append(ch if before.isspace() or ch.isspace() else WORD_JOINER + ch)
    return "".join(out)


def plain(text: str) -> str:
    """Without the marks: what the visitor reads."""
    return text.translate(_MARKS)
