"""What a screen reader finds: the accessibility tree as assistive technology walks it
(QAccessible.queryAccessibleInterface and its children), in both languages. Every chip,
button and timeline card has a name in the visitor's language that matches the screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from kiosk.ui.dates import card_date
from kiosk.ui.i18n import translate
from tests.ui.conftest import wait_settled
from tests.ui.touch import tap



def walk(interface, depth: int = 0) -> list:
    """Every interface under `interface`, depth first."""
    found = [interface]
    if depth > 30:
        return found
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None:
            found += walk(child, depth + 1)
    return found


def tree(window) -> list:
    return walk(QAccessible.queryAccessibleInterface(window))


def name(interface) -> str:
    return interface.text(QAccessible.Text.Name)


def named(window, widget) -> str:
    matches = [i for i in tree(window) if i.object() is widget]
    assert matches, f"{widget} is not in the accessibility tree"
    return name(matches[0])


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_chip_button_and_card_has_a_name_in_the_visitors_language(qtbot, make_window, content, lang):
    window = make_window(lang=lang)
    wait_settled(qtbot, window)
    interfaces = tree(window)

    for chip in window.chips.chips():
        label = chip.category.label(lang) if chip.category else translate("kiosk", "All")
        spoken = named(window, chip)
        assert spoken.startswith(label), (spoken, label)  # "Arts & culture" keeps its "&"
        assert str(chip.count) in spoken

    buttons = [window.prev_page, window.next_page, window.zoom_out, window.zoom_in, window.comfort.button,
               window.language_toggle]
    names = [named(window, b) for b in buttons]
    assert all(names), names
    assert len(set(names)) == len(names), "each button says what it does"
    if lang == "ja":
        assert all(any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in n)
                   for n in names[:5]), names

    timeline = [i for i in interfaces if i.role() == QAccessible.Role.List]
    assert len(timeline) == 1
    children = [timeline[0].child(i) for i in range(timeline[0].childCount())]
    shown = window.timeline.visible_ids()
    assert len(children) == len(shown) == 29, "every shown milestone, in time order"
    for child, milestone_id in zip(children, shown):
        milestone = content.milestone(milestone_id)
        spoken = name(child)
        assert child.role() == QAccessible.Role.ListItem
        assert spoken.startswith(card_date(milestone)), spoken
        assert milestone.text(lang).title in spoken and milestone.text(lang).caption in spoken
    on_screen = [c for c in children if not c.state().offscreen]
    assert on_screen and all(c.rect().isValid() for c in on_screen)
    assert timeline[0].indexOfChild(children[3]) == 3


def test_a_chips_name_says_when_it_is_selected_and_the_list_follows_the_filter(qtbot, make_window):
    window = make_window(lang="en")
    culture = next(c for c in window.chips.chips() if c.category_id == "culture")
    assert named(window, culture) == "Arts & culture, 4 milestones"
    tap(culture)
    wait_settled(qtbot, window)
    assert named(window, culture) == "Arts & culture, 4 milestones, selected"
    timeline = next(i for i in tree(window) if i.role() == QAccessible.Role.List)
    assert timeline.childCount() == 4


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_an_open_detail_card_names_its_parts(qtbot, make_window, content, lang):
    window = make_window(lang=lang)
    milestone = content.milestones[5]
    window.controller.open_card(milestone.id)
    wait_settled(qtbot, window)
    detail = window.detail
    assert named(window, detail.panel) == milestone.text(lang).title
    names = {named(window, b) for b in (detail.close_button, detail.prev_button, detail.next_button)}
    assert len(names) == 3 and all(names)
    assert translate("kiosk", "Close") in names
    texts = [name(i) for i in walk(QAccessible.queryAccessibleInterface(detail.panel))]
    assert milestone.text(lang).title in texts
    assert milestone.text(lang).story in texts, "the story is read out whole, with no hidden marks"
