"""How a milestone's date reads: "about 2003", "1990–2000", "2003年ごろ".

The facts (year, month, certainty, how it ended) come from the model; the words come from
the installed translation catalogue, like every other UI string. An uncertain year must
never read as a certain one.
"""

from __future__ import annotations

from ..content.model import Certainty, EndKind, Milestone
from .i18n import translate

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """A content text inside the kiosk's own words, in a bidi isolate: whatever direction
    its characters have, it cannot reorder the words around it."""
    return f"{FSI}{text}{PDI}"


def with_partners(partners) -> str:
    """The card's partners line, "With: UNICEF, WWF Japan", or "" when it has none: as
    shown on the card and as read aloud."""
    if not partners:
        return ""
    return translate("kiosk", "With: {partners}").format(
        partners=translate("kiosk", ", ", "between list items").join(map(isolate, partners)))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
SEPARATOR = " · "


def _year(year: int, certainty: Certainty) -> str:
    if certainty is Certainty.approximate:
        return translate("kiosk", "about {year}").format(year=year)
    return translate("kiosk", "{year}").format(year=year)


def card_date(ms: Milestone) -> str:
    """Short form for a timeline card: "1990–2000", "about 2003", "2006年"."""
    if ms.end is None or ms.end.year == ms.start.year:
        return _year(ms.start.year, ms.start.certainty)
    start = ms.start.year if ms.start.certainty is not Certainty.approximate else _year(
        ms.start.year, ms.start.certainty)
    return translate("kiosk", "{start}–{end}").format(start=start, end=ms.end.year)


def uncertainty_label(ms: Milestone) -> str | None:
    """A visible marker for an uncertain date, followed by a drawn (i) mark: its detail
    card says why."""
    return translate("kiosk", "date uncertain") if ms.uncertain else None


def _end(ms: Milestone, lang: str) -> str:
    end = ms.end
    if end.kind is EndKind.renewed:
        name = end.successor_name.get(lang, "") if end.successor_name else ""
        text = translate("kiosk", "renewed as {name} in {year}").format(name=isolate(name), year=end.year)
    elif end.kind is EndKind.closed:
        text = translate("kiosk", "closed {year}").format(year=end.year)
    else:
        text = translate("kiosk", "ended {year}").format(year=end.year)
    if end.certainty is not Certainty.exact:
        text = translate("kiosk", "{part} (date uncertain)").format(part=text)
    return text


def detail_date(ms: Milestone, lang: str) -> str:
    """Long form for the detail card: "May 1994 · closed 2016"."""
    start = ms.start
    if start.month and start.certainty is Certainty.exact:
        text = translate("kiosk", "{month_name} {year}").format(
            month_name=_MONTHS[start.month - 1], month=start.month, year=start.year)
    else:
        text = _year(start.year, start.certainty)
    if start.certainty is Certainty.disputed:
        text += SEPARATOR + translate("kiosk", "date uncertain")
    end = ms.end
    if end is None or (end.kind is EndKind.ended and end.year == start.year
                       and end.certainty is Certainty.exact):
        return text  # a programme of one year shows that year once
    return text + SEPARATOR + _end(ms, lang)
