"""What a visitor reads: nothing clipped or overlapping at any supported screen, in either
language; text big enough at arm's length; targets big enough for a child's finger."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.content import load_content
from kiosk.content.phrases import plain
from kiosk.ui.buttons import RoundButton
from tests.conftest import ASSETS, DATA, ROOT
from tests.ui.conftest import card, cards, wait_settled
from tests.ui.touch import drag, tap

def test_touch_targets_and_text_sizes_at_1080p(qtbot, make_window):
    window = make_window((1920, 1080))
    for chip in window.chips.chips():
        assert min(chip.width(), chip.height()) >= 48
    shown = card(window.timeline, "eye-see")
    sizes = [box.font.pixelSize() for box in shown.text_boxes()]
    assert min(sizes) >= 18
    assert shown.text_boxes()[-2].font.pixelSize() >= 28, "card title"
    window.controller.open_card("dream-goal-2010")
    wait_settled(qtbot, window)
    for button in window.findChildren(RoundButton) + window.detail.findChildren(QPushButton):
        if button.isVisible():
            assert min(button.width(), button.height()) >= 48, button
    assert window.detail.title.font().pixelSize() >= 28
    assert window.detail.story.font().pixelSize() >= 18


def test_content_text_is_shown_literally_never_as_markup(qtbot, make_window, tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(DATA, folder)
    path = folder / "milestones" / "01-ttec-founded.toml"
    hostile = '<img src=/etc/hostname><b>bold</b><a href="https://example.com">link</a>'
    text = path.read_text(encoding="utf-8").replace(
        'title = "Sony\'s beginning: Tokyo Telecommunications Engineering Corporation"',
        f"title = '{hostile}'")
    path.write_text(text, encoding="utf-8")
    result = load_content(folder, ASSETS)
    assert result.ok, [str(p) for p in result.problems]
    window = make_window(which=result.content)
    window.controller.open_card("ttec-founded")
    wait_settled(qtbot, window)
    assert window.detail.title.text() == hostile
    labels = [label for label in window.findChildren(QLabel) if label.window() is window]
    assert labels and all(label.textFormat().name == "PlainText" for label in labels)
    assert hostile in [box.text for box in card(window.timeline, "ttec-founded").text_boxes()]


def test_screenshot_command_renders_the_real_window(tmp_path):
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--screenshot", str(out), "--size", "1280x800",
         "--open", "eye-see", "--filter", "culture", "--lang", "ja"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 50, "the screenshot is blank"


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_see_also_links_never_clip(qtbot, make_window, tmp_path, size, lang):
    """Four links (the most validation allows) to the longest titles: each is shortened to
    share the row, drawn whole inside its button, and a tap opens the whole title."""
    folder = tmp_path / "content"
    shutil.copytree(DATA, folder)
    content = load_content(DATA, ASSETS).content
    longest = sorted(content.milestones, key=lambda m: -len(m.text(lang).title))[:5]
    host, targets = longest[0], [m.id for m in longest[1:5]]
    path = next(p for p in (folder / "milestones").glob("*.toml")
                if f'id = "{host.id}"' in p.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    start = text.index("see_also = [")
    end = text.index("]", start) + 1
    path.write_text(text[:start] + f"see_also = {targets!r}".replace("'", '"') + text[end:],
                    encoding="utf-8")
    result = load_content(folder, ASSETS)
    assert result.ok, [str(p) for p in result.problems]
    window = make_window(size, lang, which=result.content)
    window.controller.open_card(host.id)
    wait_settled(qtbot, window)
    panel = window.detail.panel
    buttons = [b for b in panel.findChildren(QPushButton) if b.objectName().startswith("seeAlso:")
               and b.isVisible()]
    assert len(buttons) == 4
    for button in buttons:
        assert panel.rect().contains(QRect(button.mapTo(panel, QPoint(0, 0)), button.size())), button.text()
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width(), button.text()
    viewport = panel.scroll.viewport()
    for _ in range(10):  # a visitor drags the card's text up until the links show
        if QApplication.widgetAt(buttons[0].mapToGlobal(buttons[0].rect().center())) is buttons[0]:
            break
        drag(viewport, viewport.rect().center(), viewport.rect().center() - QPoint(0, 300))
        wait_settled(qtbot, window)
    tap(buttons[0])
    assert window.state.open_milestone == targets[0]
    assert plain(window.detail.title.text()) == result.content.milestone(targets[0]).text(lang).title


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_detail_cards_buttons_hold_still_through_all_29(qtbot, make_window, size):
    """A visitor taps "next" in the same place, card after card: ✕, ‹ and › never move."""
    window = make_window(size, "ja")
    detail = window.detail

    def places():
        return [QRect(b.mapTo(window, QPoint(0, 0)), b.size())
                for b in (detail.close_button, detail.prev_button, detail.next_button)]

    window.controller.open_card(window.content.milestones[0].id)
    wait_settled(qtbot, window)
    first = places()
    seen = [window.state.open_milestone]
    while detail.next_button.isEnabled():
        tap(detail.next_button)
        wait_settled(qtbot, window)
        assert places() == first, f"the buttons moved on {window.state.open_milestone}"
        seen.append(window.state.open_milestone)
    assert seen == [m.id for m in window.content.milestones]
    for button_rect in first:
        assert window.rect().contains(button_rect)


def test_a_long_story_scrolls_inside_the_card_under_a_finger(qtbot, make_window, tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(DATA, folder)
    path = folder / "milestones" / "17-eye-see.toml"
    sentence = ("Children learned to see their own lives through a camera, to choose what mattered "
                "to them, and to tell others about it in pictures and in their own words")
    text = path.read_text(encoding="utf-8")
    start = text.index('story = """') + len('story = """\n')
    end = text.index('"""', start)
    text = text[:start] + ". ".join([sentence] * 5) + ".\n" + text[end:]
    for names in ('["UNICEF", "Japan Committee for UNICEF"]', '["ユニセフ", "日本ユニセフ協会"]'):
        many = [f"Partner organisation number {i} for photography by children" for i in range(8)]
        text = text.replace(f"partners = {names}", f"partners = {many!r}".replace("'", '"'), 1)
    path.write_text(text, encoding="utf-8")
    result = load_content(folder, ASSETS)
    assert result.ok, [str(p) for p in result.problems]
    window = make_window((800, 600), "en", which=result.content)
    window.controller.open_card("eye-see")
    wait_settled(qtbot, window)
    scroll = window.detail.panel.scroll
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.isVisible(), "the card shows that there is more"
    story = window.detail.story
    start_point = story.mapTo(window, story.rect().center())
    drag(window, start_point, start_point - QPoint(0, 200), steps=8, step_ms=15)
    assert bar.value() > 0, "a finger drags the story up"
    assert window.state.open_milestone == "eye-see", "a drag is not a swipe to the next card"


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768), (1280, 1024), (1080, 1920), (3440, 1440)],
                         ids=lambda s: f"{s[0]}x{s[1]}")
def test_switching_the_language_never_moves_the_timeline(qtbot, make_window, size):
    window = make_window(size, "en")
    before = window.timeline.geometry()
    tap(window.language_toggle)
    qtbot.waitUntil(lambda: window.chips.chips()[1].label() != "Science education")
    wait_settled(qtbot, window)
    assert window.timeline.geometry() == before


@pytest.mark.parametrize("size", [(1024, 768), (1280, 1024), (800, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_on_4_3_and_5_4_the_chips_never_push_the_cards_off(qtbot, make_window, size, lang):
    window = make_window(size, lang)
    view = window.timeline
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for card_id in view.visible_ids()[:3]:
        body = cards(view)[card_id].card_scene_rect()
        if body.right() < shown.right():
            assert shown.top() <= body.top() and body.bottom() <= shown.bottom(), card_id
    if window.chips.sliding:  # one row a finger slides: the last chip comes into view
        last = window.chips.chips()[-1]
        start = window.chips.mapTo(window, window.chips.rect().center())
        for _ in range(4):
            drag(window, start, start - QPoint(window.width() // 2, 0), steps=6, step_ms=10)
            wait_settled(qtbot, window)
        spot = last.mapTo(window, last.rect().center())
        assert window.rect().contains(spot)
        tap(last)
        assert window.state.filter.selected == {last.category_id}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_on_a_portrait_totem_every_control_is_in_the_lower_half(qtbot, make_window, lang):
    window = make_window((1080, 1920), lang)
    half = window.height() // 2

    def low(widget) -> bool:
        return widget.mapTo(window, QPoint(0, 0)).y() >= half

    controls = [*window.chips.chips(), window.language_toggle, window.prev_page, window.next_page]
    assert all(low(w) for w in controls), [w.objectName() for w in controls if not low(w)]
    window.controller.open_card("eye-see")
    wait_settled(qtbot, window)
    detail = window.detail
    for button in (detail.close_button, detail.prev_button, detail.next_button):
        assert low(button)
    assert not detail.panel.geometry().intersects(window.language_toggle.geometry()), \
        "the card keeps clear of the language switch"


def test_a_config_key_keeps_the_controls_at_the_top_for_a_low_screen(make_window):
    from kiosk.config import Config

    window = make_window((1080, 1920), "en", config=Config(controls_at_top=True))
    assert window.chips.mapTo(window, QPoint(0, 0)).y() < window.height() // 4
