"""Hostile text in every visitor-facing field: shown literally, inside its box, with the
layout intact. (Over-long text, direction overrides, control characters and stacks of
combining marks never get this far: validation refuses them, tests/test_hostile_content.py.)"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.content import load_content
from tests.conftest import ASSETS, DATA
from tests.ui.conftest import card, wait_settled
from tests.ui.layout_checks import (assert_card_fits_across, assert_cards_fit_and_do_not_overlap,
                                    assert_no_clipped_labels)

HOSTILE = {
    "markup": '<img src=/etc/hostname><a href="x.test">x</a><b>b</b><i>',
    "rtl": "\u200fSony\u200e mixed \u200fright-to-left\u200e marks",
    "zero-width": "Z\u200cero\u200dwidth joins",
    "combining": "Z\u0334\u0351\u0344a\u0337\u035dl\u0336\u0350g\u0335\u0352o combining marks",
    "long-word": "Supercalifragilisticexpialidocious-Pneumonoultramicroscopic-name",
    "emoji": "Emoji \U0001f389\U0001f30f \U0001f469\u200d\U0001f52c \u2764\ufe0f\U0001f44d\U0001f3fd joy",
}
FIELDS = ("title", "caption", "place", "date_note")


def hostile_content(tmp_path, text: str):
    folder = tmp_path / "content"
    shutil.copytree(DATA, folder)
    path = folder / "milestones" / "11-sony-foundation-australia.toml"
    out, skipping = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if skipping:  # the rest of a multi-line partners list
            skipping = line != "]"
            continue
        key = line.split(" = ", 1)[0]
        if key in FIELDS or key == "partners":
            skipping = key == "partners" and line.endswith("[")
            value = f"['{text}']" if key == "partners" else f"'{text}'"
            line = f"{key} = {value}"
        out.append(line)
    story_at = [i for i, line in enumerate(out) if line.startswith('story = """')]
    en, ja = story_at  # two sentences of hostile text in each language
    out[en + 1] = f"{text}. {text}."
    out[ja + 1] = f"{text}。{text}。"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    result = load_content(folder, ASSETS)
    assert result.ok, [str(p) for p in result.problems]
    return result.content


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_text_is_shown_literally_and_bounded(qtbot, make_window, tmp_path, kind, size):
    text = HOSTILE[kind]
    window = make_window(size, which=hostile_content(tmp_path, text))
    shown = card(window.timeline, "sony-foundation-australia")
    assert text in [box.text for box in shown.text_boxes()]
    assert_cards_fit_and_do_not_overlap(window)
    window.controller.open_card("sony-foundation-australia")
    wait_settled(qtbot, window)
    detail = window.detail
    assert detail.title.text() == text and detail.place.text() == text and detail.note.text() == text
    assert text in detail.partners.text()
    labels = [label for label in window.findChildren(QLabel) if label.window() is window]
    assert all(label.textFormat().name == "PlainText" for label in labels)
    assert window.rect().contains(detail.panel.geometry()), "no layout explosion"
    assert_no_clipped_labels(detail.panel)
    assert_card_fits_across(detail)
    image = window.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 24)
                for y in range(0, image.height(), 24)}) > 20, "the screen still renders, not a blank"
