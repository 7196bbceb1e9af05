"""What the read-aloud voice says: a card's words in the order a visitor sees them, and the
category names of the chip bar, joined into sentences a speech engine pauses between.

Plain Python, no Qt: the Qt layer passes in the words it shows (the formatted date, the
translated "With: …"), and this module decides what is read and in which order.
"""

from __future__ import annotations

from typing import Iterable

from .model import Milestone

_ENDS = ".!?。！？"
# Marks that hold a Japanese phrase together on screen (word joiners, zero-width spaces)
# and bidi isolates: a voice must not hear them.
_INVISIBLE = dict.fromkeys(map(ord, "\u2060\u200b\u2068\u2069\u00ad"), None)


def sentence(text: str, lang: str) -> str:
    """One part, stripped and ended with a full stop of its language."""
    text = " ".join(text.translate(_INVISIBLE).split())
    if not text:
        return ""
    if text[-1] in _ENDS:
        return text
    return text + ("。" if lang == "ja" else ".")


def joined(parts: Iterable[str], lang: str) -> str:
    """Parts as sentences: a voice pauses between them as a reader would."""
    sentences = [s for s in (sentence(p, lang) for p in parts) if s]
    return ("" if lang == "ja" else " ").join(sentences)


def card_script(ms: Milestone, lang: str, date: str, category: str, with_partners: str) -> str:
    """The detail card, top to bottom: date, title, category, place, partners, key figures,
    story. `with_partners` is the shown "With: …" line, or "" when there are none."""
    text = ms.text(lang)
    parts = [date, text.title, category, text.place or "", with_partners]
    parts += [f"{figure.value} {figure.label}" if lang != "ja" else f"{figure.value}、{figure.label}"
              for figure in text.figures]
    parts.append(text.story)
    return joined(parts, lang)


def list_script(heading: str, names: Iterable[str], lang: str) -> str:
    """A heading and a list read as one sentence each: the chip bar's categories."""
    return joined([heading, *names], lang)


# The voice each language prefers where an engine has several, then any of the language.
_PREFERRED = {"en": ("en_US", "en_GB"), "ja": ("ja_JP",)}


def voice_locale(available: Iterable[str], lang: str) -> str | None:
    """The engine's locale ("en_US") that speaks `lang` ("en"), or None if it has none."""
    names = list(available)
    for name in _PREFERRED.get(lang, ()):
        if name in names:
            return name
    return next((n for n in names if n == lang or n.split("_")[0] == lang), None)


def chosen_voice(names: Iterable[str], wanted: str | None) -> str | None:
    """The voice to read with, of an engine's `names` for one locale: the first that
    contains one of `wanted`'s comma-separated names (None if none does); with no wish, the
    engine's own choice (""). Case does not matter: "Haruka" finds "Microsoft Haruka"."""
    if not wanted:
        return ""
    names = list(names)
    for wish in (w.strip().lower() for w in wanted.split(",") if w.strip()):
        found = next((n for n in names if wish in n.lower()), None)
        if found is not None:
            return found
    return None
