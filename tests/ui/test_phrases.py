"""Japanese lines break between BudouX phrases only, as Qt lays them out on screen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextLayout, QTextOption

from kiosk.content.phrases import HOLD_MAX, SEAMS, for_display, phrases, plain
from kiosk.ui import fonts, theme


def line_starts(text: str, font, width: float) -> list[int]:
    """Where Qt starts each line of `text` when it wraps it at `width`."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def boundaries(text: str) -> set[int]:
    """Phrase boundaries, and the word boundaries of Latin names inside a phrase; in a
    phrase too long for a narrow line, also at its seams and inside a run that is
    still too long."""
    edges, at = {0}, 0
    for phrase in phrases(text):
        edges |= {at + i + 1 for i, ch in enumerate(phrase) if ch.isspace()}
        if len(phrase) > HOLD_MAX:
            start = at
            for part in re.split(SEAMS, phrase):
                if len(part) > HOLD_MAX:
                    edges |= set(range(start, start + len(part)))
                start += len(part)
                edges.add(start)
        at += len(phrase)
        edges.add(at)
    return edges


@pytest.mark.parametrize("field, size, width", [("story", 24, 40), ("caption", 20, 18),
                                                ("title", 28, 14)])
def test_no_japanese_line_breaks_inside_a_phrase(content, field, size, width):
    m = theme.Metrics(1920, 1080)
    font = fonts.font(m.px(size), "ja")
    pixel_width = font.pixelSize() * width  # a reading line of `width` Japanese characters
    broken = 0
    for ms in content.milestones:
        text = getattr(ms.text("ja"), field)
        shown = for_display(text, "ja")
        assert plain(shown) == text
        starts = line_starts(shown, font, pixel_width)
        broken += len(starts) > 1
        for start in starts:
            position = len(plain(shown[:start]))
            assert position in boundaries(text), f"{ms.id}: a line starts inside a phrase at " \
                                                 f"{text[max(0, position - 4):position + 4]!r}"
    assert broken, "some texts are long enough to wrap, so the test has lines to check"


def test_without_the_phrase_marks_qt_breaks_inside_words(content):
    """The check above can fail: plain Japanese text does break inside phrases."""
    font = fonts.font(24, "ja")
    inside = 0
    for ms in content.milestones:
        text = ms.text("ja").story
        inside += sum(start not in boundaries(text) for start in line_starts(text, font, 24 * 40))
    assert inside > 0
