"""How a milestone's date reads, in each language: "about 2003", "1990–2000", "2003年ごろ".

Date phrasing is part of the content's meaning (an uncertain year must never read as a
certain one), so it lives here with the model and is tested without a display.
"""

from __future__ import annotations

from .model import Certainty, EndKind, Milestone

_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]

_PHRASES = {
    "en": {
        "year": "{y}",
        "about": "about {y}",
        "month": "{m} {y}",
        "period": "{a}–{b}",
        "uncertain": "date uncertain",
        "uncertain_end": "{part} (date uncertain)",
        EndKind.ended: "ended {y}",
        EndKind.closed: "closed {y}",
        EndKind.renewed: "renewed as {name} in {y}",
        "since": "since {y}",
    },
    "ja": {
        "year": "{y}年",
        "about": "{y}年ごろ",
        "month": "{y}年{n}月",
        "period": "{a}–{b}年",
        "uncertain": "年は諸説あり",
        "uncertain_end": "{part}(諸説あり)",
        EndKind.ended: "{y}年に終了",
        EndKind.closed: "{y}年に閉館",
        EndKind.renewed: "{y}年に「{name}」へ",
        "since": "{y}年から",
    },
}


def _year(year: int, certainty: Certainty, lang: str) -> str:
    key = "about" if certainty is Certainty.approximate else "year"
    return _PHRASES[lang][key].format(y=year)


def card_date(ms: Milestone, lang: str) -> str:
    """Short form for a timeline card: "1990–2000", "about 2003", "2006年"."""
    p = _PHRASES[lang]
    if ms.end is None or ms.end.year == ms.start.year:
        return _year(ms.start.year, ms.start.certainty, lang)
    start = "about " + str(ms.start.year) if (
        ms.start.certainty is Certainty.approximate and lang == "en") else str(ms.start.year)
    return p["period"].format(a=start, b=ms.end.year)


def uncertainty_label(ms: Milestone, lang: str) -> str | None:
    """A visible marker for a disputed date; approximate dates already say "about"."""
    disputed = ms.start.certainty is Certainty.disputed or (
        ms.end is not None and ms.end.certainty is Certainty.disputed)
    return _PHRASES[lang]["uncertain"] if disputed else None


def detail_date(ms: Milestone, lang: str) -> str:
    """Long form for the detail card: "May 1994 · closed 2016"."""
    p = _PHRASES[lang]
    if ms.start.month and ms.start.certainty is Certainty.exact:
        if lang == "en":
            start = p["month"].format(m=_MONTHS_EN[ms.start.month - 1], y=ms.start.year)
        else:
            start = p["month"].format(y=ms.start.year, n=ms.start.month)
    else:
        start = _year(ms.start.year, ms.start.certainty, lang)
    if ms.start.certainty is Certainty.disputed:
        start = f"{start} · {p['uncertain']}"
    if ms.end is None:
        return start
    name = getattr(ms.end.successor_name, lang, "") if ms.end.successor_name else ""
    end = p[ms.end.kind].format(y=ms.end.year, name=name)
    if ms.end.certainty is Certainty.disputed:
        end = p["uncertain_end"].format(part=end)
    elif ms.end.certainty is Certainty.approximate:
        end = p["uncertain_end"].format(part=end)
    return f"{start} · {end}"
