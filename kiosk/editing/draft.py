"""A TimelineJS timeline turned into content files: slides become milestones, groups
become categories, and every field that is converted, guessed or left out is reported.

The kiosk's model is narrower than TimelineJS: a date is a year and perhaps a month, and
a card needs a title, a one-line caption and a short story. What the model cannot hold
(days, times, dates before the common era, display dates, backgrounds, eras) is
reported, never silently changed; a caption the source lacks is made from the text and
flagged for an editor to check.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from .. import paths
from ..content.checks import CAPTION_MAX, CONTENT_TITLE_MAX, FIELD_MAX, LABEL_MAX, TITLE_MAX
from ..content.glyphs import describe, load_coverage
from ..content.model import FIRST_YEAR, LAST_YEAR
from ..content.text_rules import display_width
from .folder import ContentFiles
from .media import Media
from .plain import first_sentence, fit_line, fit_story, one_line, plain
from .report import Report, quoted
from .timelinejs import Timeline

# Colour-blind-safe colours that stand out on the kiosk's background, in order of use.
PALETTE = ("#56B4E9", "#E69F00", "#009E73", "#F0E442", "#CC79A7", "#D55E00", "#0072B2",
           "#BBBBBB")
GENERIC_ICON = "generic.svg"
EVENTS = {"en": "Events", "ja": "出来事", "fr": "Événements", "de": "Ereignisse",
          "es": "Eventos", "it": "Eventi", "nl": "Gebeurtenissen", "pt": "Eventos"}
_TIME_PARTS = ("day", "hour", "minute", "second", "millisecond")


def slug(text: str, fallback: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:50].strip("-")
    return out if len(out) >= 2 else fallback


def unique(wanted: str, taken: set[str]) -> str:
    out, n = wanted, 2
    while out in taken:
        out = f"{wanted[:55]}-{n}"
        n += 1
    taken.add(out)
    return out


class Draft:
    """One source file's conversion; `files()` gives what to write."""

    def __init__(self, source: Path, languages: list[str], report: Report) -> None:
        self.name = source.name
        self.langs = languages
        self.lang = languages[0]
        self.report = report
        self.media = Media(source.parent, self.name, report)
        self.ids: set[str] = set()
        self.groups: dict[str, dict[str, Any]] = {}
        self.milestones: list[dict[str, Any]] = []
        self.labels: list[str] = []
        self.coverage = load_coverage(paths.assets())

    def say(self, kind: str, message: str, entry: str | None = None, field: str | None = None):
        self.report.add(kind, self.name, message, entry, field)

    def files(self, timeline: Timeline) -> ContentFiles | None:
        self.report.events += len(timeline.events)
        for entry, slide in timeline.events:
            self._event(entry, slide)
        if timeline.eras:
            self.say("dropped", f"{len(timeline.eras)} era(s) (named spans of time) are not shown: "
                     "the kiosk's timeline has no eras.", "eras")
        if timeline.scale and timeline.scale != "human":
            self.say("converted", f"the scale {quoted(timeline.scale)} is read as a human one: "
                     "years from 1 to 2100.", None, "scale")
        if not self.milestones:
            self.report.refuse(self.name, "no event could be kept, so there is no timeline to show "
                               "(the notes above say why for each).")
            return None
        self.report.milestones = len(self.milestones)
        order = sorted(range(len(self.milestones)), key=lambda i: (
            self.milestones[i]["start"]["year"], self.milestones[i]["start"].get("month", 0), i))
        self.milestones = [self.milestones[i] for i in order]  # file names in time's order
        self.labels = [self.labels[i] for i in order]
        if len(self.langs) > 1:
            self.say("guessed", f"the {', '.join(self.langs[1:])} text of every milestone and "
                     f"category is a copy of the {self.lang} text: translate it.")
        return ContentFiles(info=self._info(timeline.title), categories=list(self.groups.values()),
                            milestones=self.milestones, images=self.media.images,
                            labels=self.labels)

    def _info(self, title_slide: dict[str, Any] | None) -> dict[str, Any]:
        text = title_slide.get("text") if isinstance(title_slide, dict) else None
        headline = self._read(text.get("headline"), "title", "title.text.headline") \
            if isinstance(text, dict) else ""
        if headline:
            title = self._fit(headline, CONTENT_TITLE_MAX, "title", "title.text.headline")
        else:
            title = fit_line(Path(self.name).stem.replace("_", " ").replace("-", " ").strip()
                             or "Timeline", CONTENT_TITLE_MAX)
            self.say("guessed", f"the timeline has no title slide; its title is the file's name, "
                     f"{quoted(title)}.", "title")
        return {"content_version": f"imported {date.today().isoformat()}",
                "languages": list(self.langs), "title": self._each(title)}

    def _read(self, value: Any, entry: str | None, field: str, lines: bool = False) -> str:
        """Plain text in characters the kiosk's fonts draw; any other is left out, and said."""
        text = plain(value)
        text = text if lines else one_line(text)
        if self.coverage is not None:
            missing = self.coverage.missing(text)
            if missing:
                text = "".join(ch for ch in text if ch not in missing)
                self.say("dropped", f"{describe(missing)}: the kiosk's fonts cannot draw it.",
                         entry, field)
        return text

    def _each(self, text: str) -> dict[str, str]:
        return {lang: text for lang in self.langs}

    def _fit(self, text: str, columns: int, entry: str, field: str) -> str:
        fitted = fit_line(text, columns)
        if fitted != text:
            self.say("dropped", f"the end was cut: {display_width(text)} columns, {columns} fit.",
                     entry, field)
        return fitted

    def _event(self, entry: str, slide: Any) -> None:
        if not isinstance(slide, dict):
            self.say("dropped", f"is not a slide (a table of fields) but {quoted(slide)}; left out.",
                     entry)
            return
        start = self._date(slide.get("start_date"), entry, "start_date", required=True)
        if start is None:
            return
        text = slide.get("text") if isinstance(slide.get("text"), dict) else {}
        headline = self._read(text.get("headline"), entry, "text.headline")
        story = self._read(text.get("text"), entry, "text.text", lines=True)
        if not headline and not story:
            self.say("dropped", "has no headline and no text; left out.", entry, "text")
            return
        ms: dict[str, Any] = {"id": self._id(slide, headline, entry)}
        ms["category"] = self._category(slide.get("group"), entry)
        tags = [self._category(t, entry) for t in slide.get("tags", ()) if isinstance(t, str)]
        if [t for t in tags if t != ms["category"]]:
            ms["tags"] = list(dict.fromkeys(t for t in tags if t != ms["category"]))
        ms["start"] = start
        end = self._date(slide.get("end_date"), entry, "end_date") if slide.get("end_date") else None
        if end is not None and end["year"] <= start["year"]:
            self.say("dropped", f"the end ({end['year']}) is not after the start ({start['year']}); "
                     "the milestone shows its start only.", entry, "end_date")
        elif end is not None:
            ms["end"] = {"year": end["year"]}
            if "month" in end:
                self.say("dropped", "the end month is not shown: an end is a year.", entry,
                         "end_date.month")
        if not headline:
            headline = fit_line(story, TITLE_MAX)
            self.say("guessed", "there is no headline; the title is the text's opening words.",
                     entry, "text.headline")
        lang = self.lang
        texts = {"title": self._fit(headline, TITLE_MAX, entry, "text.headline")}
        if story:
            texts["caption"] = first_sentence(story, lang, CAPTION_MAX)
            self.say("guessed", f"the caption is made from the text: {quoted(texts['caption'])}. "
                     "Check it.", entry, "caption")
            fitted = fit_story(story, lang, FIELD_MAX["story"], 5)
            if fitted != story:
                self.say("dropped", f"the text was cut to what a card holds: "
                         f"{display_width(story)} columns, kept {display_width(fitted)}.",
                         entry, "text.text")
            texts["story"] = fitted
        else:
            texts["caption"] = texts["story"] = texts["title"]
            self.say("guessed", "there is no text; the caption and the story repeat the headline.",
                     entry, "text.text")
        ms.update({lang: dict(texts) for lang in self.langs})
        image, sources, words = self.media.take(slide.get("media"), ms["id"], entry)
        if image:
            ms["image"] = image
            if "image_alt" not in words:
                words["image_alt"] = words.get("image_caption") or texts["title"]
                self.say("guessed", f"the picture has no alt text; it is described as "
                         f"{quoted(words['image_alt'])}. Say what it shows.", entry, "media.alt")
            for lang in self.langs:
                ms[lang].update({k: self._fit(v, FIELD_MAX[k], entry, f"media.{k}") for k, v in words.items()})
        if sources:
            ms["sources"] = sources
        if slide.get("display_date"):
            self.say("dropped", f"{quoted(slide['display_date'])} is not shown: the kiosk words "
                     "dates itself.", entry, "display_date")
        if slide.get("background"):
            self.say("dropped", "the slide's background is not shown: the kiosk has one "
                     "background for every card.", entry, "background")
        self.milestones.append(ms)
        self.labels.append(entry)

    def _date(self, value: Any, entry: str, field: str, required: bool = False) -> dict | None:
        if not isinstance(value, dict) or value.get("year") in (None, ""):
            if required:
                self.say("dropped", "has no year; left out (the kiosk places events by year).",
                         entry, f"{field}.year")
            return None
        year = _whole(value.get("year"))
        if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
            why = (f"{quoted(value.get('year'))} is not a year" if year is None else
                   f"{year} is before the common era" if year < FIRST_YEAR else f"{year} is after {LAST_YEAR}")
            self.say("dropped", f"{why}; the kiosk's timeline holds years {FIRST_YEAR} to "
                     f"{LAST_YEAR}. {'Left out' if required else 'The end is left out'}.",
                     entry, f"{field}.year")
            return None
        out: dict[str, Any] = {"year": year}
        month = _whole(value.get("month")) if value.get("month") not in (None, "") else None
        if month is not None and 1 <= month <= 12:
            out["month"] = month
        elif value.get("month") not in (None, ""):
            self.say("dropped", f"{quoted(value.get('month'))} is not a month (1 to 12).", entry,
                     f"{field}.month")
        finer = [k for k in _TIME_PARTS if value.get(k) not in (None, "")]
        if finer:
            values = ", ".join(str(value[k])[:20] for k in finer)
            self.say("dropped", f"the {', '.join(finer)} ({values}) {'are' if len(finer) > 1 else 'is'} "
                     "not shown: the kiosk shows years and months.", entry, f"{field}.{finer[0]}")
        if value.get("display_date"):
            self.say("dropped", f"{quoted(value['display_date'])} is not shown: the kiosk words "
                     "dates itself.", entry, f"{field}.display_date")
        return out

    def _id(self, slide: dict[str, Any], headline: str, entry: str) -> str:
        given = slide.get("unique_id")
        if isinstance(given, str) and given.strip():
            made = slug(given, f"event-{len(self.milestones) + 1}")
            if made != given:
                self.say("converted", f"the id {quoted(given)} became {quoted(made)}.", entry,
                         "unique_id")
        else:
            made = slug(headline, f"event-{len(self.milestones) + 1}")
        return unique(made, self.ids)

    def _category(self, group: Any, entry: str) -> str:
        name = self._read(group, entry, "group") if group not in (None, "") else ""
        key = name or "\0"
        if key not in self.groups:
            label = fit_line(name, LABEL_MAX) if name else EVENTS.get(self.lang, "Events")
            taken = {g["id"] for g in self.groups.values()}
            cat_id = unique(slug(name, f"group-{len(self.groups) + 1}") if name else "events", taken)
            colour = PALETTE[len(self.groups) % len(PALETTE)]
            if len(self.groups) == len(PALETTE):
                self.say("converted", f"more than {len(PALETTE)} groups: colours repeat from here.",
                         entry, "group")
            self.groups[key] = {"id": cat_id, "colour": colour, "icon": GENERIC_ICON,
                                **self._each(label)}
            self.say("converted", f"the group {quoted(label)} became the category "
                     f"{quoted(cat_id)}, with the generic icon.", entry, "group")
        return self.groups[key]["id"]


def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,9}\s*", value):
        return int(value)
    return None
