"""A card's texts: laid out at the card's width, measured, and kept.

The timeline measures cards it has not made (heights decide the layout) and makes a card
for a milestone again each time the view comes back near it. Both ask `CardTexts`, which
keeps each milestone's laid-out texts for the few hundred most recently asked: a flick
back and forth over the same cards lays nothing out again (a card made anew took 0.3-1 ms,
one frame in ten of a flick over the bundled content).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText, QTextOption

from ...content.model import Milestone
from ...content.phrases import for_display
from .. import fonts, theme
from ..dates import card_date, uncertainty_label

KEEP = 64  # milestones whose texts are kept: the cards of a few screens either way

WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


class TextBox(NamedTuple):
    """One text on a card, laid out: where it stands and how it is drawn. A NamedTuple,
    not a frozen dataclass: four are made per card measured, and a frozen dataclass sets
    each field through object.__setattr__."""

    text: str
    rect: QRectF
    font: QFont
    flags: int
    info: bool = False  # followed by a drawn ⓘ: the detail card says why (the fonts lack ⓘ)

    def needed_height(self) -> float:
        return QFontMetricsF(self.font).boundingRect(self.rect, self.flags, self.text).height()


THUMB = 104  # a card's picture, a square at its top right, in design pixels
OPEN_MARK = 40  # the round "+" that says a card opens: on its picture's corner, or alone
COMPACT = 1.7  # a compact card's type, against a full card's: it is drawn at half size or less
COMPACT_LINES = 3  # of a compact card's title


def corner_size(ms: Milestone, m: theme.Metrics, compact: bool) -> float:
    """The square at a card's top right: its picture, or the open mark alone."""
    return 0.0 if compact else m.px(THUMB if ms.image else OPEN_MARK)


def lay_out_text(ms: Milestone, m: theme.Metrics, lang: str, card_width: float,
                 compact: bool = False, limit: float = 0.0) -> list[TextBox]:
    """A card's texts laid out at `card_width`, in card coordinates. A compact card (the
    decades level, drawn small) has only its year and title, in larger type, in as many
    whole lines as fit within `limit` (its full card's height: the layout is made of full
    cards, so a compact one never reaches its neighbour)."""
    grow = COMPACT if compact else 1.0
    pad, badge = m.px(20), m.px(56 * grow)
    left, width = pad, card_width - 2 * pad
    top = m.px(14)
    # Texts beside the picture (or the open mark) at the top right are narrowed to clear it.
    corner = corner_size(ms, m, compact)
    corner_bottom, beside = top + corner, width - corner - m.px(12)
    boxes = []
    year_font, year_metrics = fonts.measured(round(m.year * grow), lang, bold=True)
    year_h = year_metrics.height()
    year_left = left + badge + m.px(14)
    boxes.append(TextBox(card_date(ms), QRectF(year_left, top, beside - badge - m.px(14)
                                               if corner else width - badge - m.px(14),
                                               year_h), year_font, WRAP))
    marker = None if compact else uncertainty_label(ms)
    top += max(badge, year_h) + m.px(10)
    if marker:
        small, small_metrics = fonts.measured(m.small, lang)
        h = small_metrics.height()
        boxes.append(TextBox(marker, QRectF(left, top, beside if top < corner_bottom else width,
                                            h), small, WRAP, info=True))
        top += h + m.px(6)
    text = ms.text(lang)
    parts = [(for_display(text.title, lang), round(m.title * grow), True)]
    if not compact:
        parts.append((for_display(text.caption, lang), m.body, False))
    for value, size, bold in parts:
        f, metrics = fonts.measured(size, lang, bold)
        probe = QRectF(left, top, beside if top < corner_bottom else width, 10_000)
        h = metrics.boundingRect(probe, WRAP, value).height()
        if compact:
            room = (limit - top - m.px(16)) // metrics.lineSpacing() if limit else COMPACT_LINES
            h = min(h, metrics.lineSpacing() * max(1, min(COMPACT_LINES, room)))
        boxes.append(TextBox(value, QRectF(left, top, probe.width(), h), f, WRAP))
        top += h + m.px(10)
    return boxes


def with_labels(boxes: list[TextBox], ms: Milestone, compact: bool) -> list[TextBox]:
    """The boxes with the date and its marker in the catalogue installed now. They are the
    kiosk's words, not the content's: a card laid out ahead in another language (while
    the kiosk stood still, widths.py) has them in the language then shown. Each is one
    line whose box does not depend on its words, so only the words change."""
    date, marker = card_date(ms), None if compact else uncertainty_label(ms)
    if boxes[0].text == date and all(b.text == marker for b in boxes if b.info):
        return boxes
    return [b._replace(text=date) if i == 0 else b._replace(text=marker) if b.info else b
            for i, b in enumerate(boxes)]


def natural_height(boxes: list[TextBox], m: theme.Metrics, corner: float = 0.0) -> float:
    """Height that shows every line of a card's text, and its picture (`corner` high)."""
    return max(max(b.rect.bottom() for b in boxes), m.px(14) + corner) + m.px(16)


def static_text(box: TextBox) -> QStaticText:
    """A box's text laid out once, as plain text (content never becomes markup), wrapped
    at the box's width: drawn each frame without laying it out again (half the cost of
    drawText, measured)."""
    text = QStaticText(box.text)
    text.setTextFormat(Qt.TextFormat.PlainText)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    text.setTextOption(option)
    text.setTextWidth(box.rect.width())
    return text


def info_ring(box: TextBox, rect: QRectF) -> QRectF:
    """Where the ⓘ after a box's text (drawn in `rect`) goes: as tall as its capitals, a
    space after it."""
    metrics = QFontMetricsF(box.font)
    d = metrics.capHeight() * 1.25
    return QRectF(rect.left() + metrics.horizontalAdvance(box.text) + d * 0.5,
                  rect.top() + metrics.ascent() - metrics.capHeight() * 1.125, d, d)


class CardTexts:
    """Each milestone's laid-out texts at one scale, language, width and level, kept for
    the `KEEP` most recently asked; the QStaticTexts are made when a card first shows them."""

    def __init__(self, keep: int = KEEP) -> None:
        self._keep = keep
        self._kept: OrderedDict[tuple, list] = OrderedDict()  # key -> [boxes, texts or None]

    def _entry(self, ms: Milestone, m: theme.Metrics, lang: str, width: float, compact: bool,
               limit: float) -> list:
        key = (ms.id, m.scale, m.text, lang, width, compact, limit)
        entry = self._kept.get(key)
        if entry is None:
            entry = self._kept[key] = [lay_out_text(ms, m, lang, width, compact, limit), None]
            while len(self._kept) > self._keep:
                self._kept.popitem(last=False)
            return entry
        self._kept.move_to_end(key)
        relabelled = with_labels(entry[0], ms, compact)
        if relabelled is not entry[0]:
            entry[:] = [relabelled, None]
        return entry

    def boxes(self, ms: Milestone, m: theme.Metrics, lang: str, width: float, compact: bool = False,
              limit: float = 0.0) -> list[TextBox]:
        return self._entry(ms, m, lang, width, compact, limit)[0]

    def texts(self, ms: Milestone, m: theme.Metrics, lang: str, width: float, compact: bool = False,
              limit: float = 0.0) -> tuple[list[TextBox], list[QStaticText]]:
        """The boxes, and their texts ready to draw."""
        entry = self._entry(ms, m, lang, width, compact, limit)
        if entry[1] is None:
            entry[1] = [static_text(box) for box in entry[0]]
        return entry[0], entry[1]

    def height(self, ms: Milestone, m: theme.Metrics, lang: str, width: float, compact: bool = False,
               limit: float = 0.0) -> float:
        """How tall a card needs to be, measured without making one (the timeline places
        thousands of cards it has not made)."""
        return natural_height(self.boxes(ms, m, lang, width, compact, limit), m, corner_size(ms, m, compact))
