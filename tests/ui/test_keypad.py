"""A visitor who cannot use the touchscreen: a museum keypad's keys (arrows, Enter, Back,
Help) reach everything, in lockdown, with no touch at all; the focus ring shows where."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest

from kiosk.config import Config
from kiosk.content import contrast
from kiosk.ui import theme
from tests.ui.conftest import wait_settled


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keypad sends it: to the window system's window, as a keyboard's."""
    QTest.keyClick(window.windowHandle(), key, modifiers)
    wait_settled(qtbot, window)


def ring_around(window, widget) -> bool:
    """The ring is shown around `widget` (in the window's coordinates)."""
    target = window.keypad.ring.target
    shown = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return window.keypad.ring.isVisible() and target == shown


def move_until(qtbot, window, key, focus: str, limit: int = 40) -> None:
    for _ in range(limit):
        if window.state.focus == focus:
            return
        press(qtbot, window, key)
    assert window.state.focus == focus


@pytest.fixture
def locked(make_window, request):
    """A window in lockdown; `@pytest.mark.voiced` gives it Qt's mock voice (English)."""
    config = Config(speech_engine="mock") if request.node.get_closest_marker("voiced") else None
    window = make_window(size=(1920, 1080), config=config)
    window.set_lockdown(True, hide_cursor=False)  # new window flags hide the window
    window.resize(1920, 1080)
    window.show()
    QTest.qWaitForWindowExposed(window)
    yield window
    window.set_lockdown(False)


@pytest.mark.voiced
def test_a_keypad_alone_chooses_a_category_opens_a_card_moves_on_reads_it_closes_and_switches_language(
        qtbot, locked):
    window = locked
    qtbot.waitUntil(window.read_categories.isVisible)  # once the voice is known
    assert window.state.focus is None and not window.keypad.ring.isVisible()
    press(qtbot, window, Qt.Key.Key_Down)  # the first key shows where the focus is: the top
    assert window.state.focus == "button:comfort"
    assert ring_around(window, window.comfort.button)
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.state.focus == "chip:all"
    assert ring_around(window, window.chips.chips()[0])

    move_until(qtbot, window, Qt.Key.Key_Right, "chip:science")
    science = next(c for c in window.chips.chips() if c.category_id == "science")
    assert ring_around(window, science)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.state.filter.selected == {"science"}

    press(qtbot, window, Qt.Key.Key_Down)  # into the timeline, on a card in view
    focus = window.state.focus
    assert focus.startswith("card:")
    first = focus.split(":", 1)[1]
    shown = window.timeline.visible_ids()
    assert first in shown
    card_rect = window.timeline.card_rect(first)
    assert card_rect is not None, "the focused card is on screen"
    assert window.keypad.ring.target.contains(
        window.timeline.viewport().mapTo(window, card_rect.center().toPoint()))

    press(qtbot, window, Qt.Key.Key_Right)
    second = shown[shown.index(first) + 1]
    assert window.state.focus == f"card:{second}"
    assert window.timeline.card_rect(second) is not None, "the timeline follows the focus"
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.state.open_milestone == second
    assert window.state.focus == "detail:close"
    assert ring_around(window, window.detail.close_button)

    press(qtbot, window, Qt.Key.Key_Right)  # in a card: the next milestone, as a swipe
    third = shown[shown.index(second) + 1]
    assert window.state.open_milestone == third
    move_until(qtbot, window, Qt.Key.Key_Down, "detail:read")  # the speaker button
    assert ring_around(window, window.detail.speak_button)
    speaker = window.read_aloud.speaker
    with qtbot.waitSignal(speaker.said) as said:
        press(qtbot, window, Qt.Key.Key_Return)
    title = window.content.milestone(third).text("en").title
    assert title in said.args[0] and said.args[1] == "en_US"
    qtbot.waitUntil(lambda: speaker.engine_state == "speaking")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.state.open_milestone is None
    assert window.state.focus == f"card:{third}", "back on the card that was open"
    qtbot.waitUntil(lambda: speaker.engine_state == "ready")  # closing the card stopped it

    move_until(qtbot, window, Qt.Key.Key_Up, "button:comfort")
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.focus == "button:read_categories"
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.state.focus == "button:language"
    assert ring_around(window, window.language_toggle)
    press(qtbot, window, Qt.Key.Key_Enter)
    assert window.state.language == "ja"

    for key, mods in ((Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        QTest.keyClick(window.windowHandle(), key, mods)
    assert not window.close(), "lockdown still refuses to close"
    assert window.isVisible()


def test_the_keypad_reaches_every_button_and_back_and_help_work(qtbot, locked):
    window = locked
    press(qtbot, window, Qt.Key.Key_Down)
    seen = set()
    for _ in range(6):
        press(qtbot, window, Qt.Key.Key_Down)
        seen.add(window.state.focus)
    row = window.state.focus
    assert row.startswith("button:"), "the buttons' row is the lowest on a landscape screen"
    for _ in range(5):
        press(qtbot, window, Qt.Key.Key_Left)
        seen.add(window.state.focus)
    for _ in range(5):
        press(qtbot, window, Qt.Key.Key_Right)
        seen.add(window.state.focus)
    assert {"button:prev_page", "button:zoom_out", "button:zoom_in", "button:next_page"} <= seen
    move_until(qtbot, window, Qt.Key.Key_Left, "button:zoom_out")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.state.zoom < 1.0, "Select pressed the zoom-out button"

    press(qtbot, window, Qt.Key.Key_F1)
    assert window.keypad.help.isVisible()
    assert "Enter" in " ".join(label.text() for label in window.keypad.help.panel.findChildren(type(window.title)))
    press(qtbot, window, Qt.Key.Key_Down)  # any key closes the help, and does nothing else
    assert not window.keypad.help.isVisible()
    assert window.state.focus == "button:zoom_out"
    press(qtbot, window, Qt.Key.Key_Backspace)  # back, at home: to the top row
    assert window.state.focus == "button:comfort"


def test_the_reset_takes_the_focus_away(qtbot, locked):
    window = locked
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.keypad.ring.isVisible()
    window.controller.reset()
    wait_settled(qtbot, window)
    assert window.state.focus is None and not window.keypad.ring.isVisible()


def test_a_portrait_screen_lists_its_rows_top_to_bottom(qtbot, make_window):
    window = make_window(size=(1080, 1920))
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.state.focus.startswith("card:"), "the timeline is the top row on a totem"
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.state.focus.startswith("button:")
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.state.focus.startswith("chip:")


def test_the_focus_ring_stands_out_against_everything_around_it():
    """WCAG 2.4.13: at least 3:1 against what surrounds it. The ring is yellow between
    black bands, so the better of the two counts, on every surface and category colour."""
    surroundings = [theme.BACKGROUND, theme.SURFACE, theme.SURFACE_PRESSED, theme.TEXT]
    surroundings += [c for c in ("#0072B2", "#CC79A7", "#56B4E9", "#009E73", "#E69F00", "#D55E00",
                                  "#F0E442", "#BBBBBB")]
    for colour in surroundings:
        name = colour if isinstance(colour, str) else colour.name()
        best = max(contrast.ratio(theme.FOCUS.name(), name), contrast.ratio(theme.FOCUS_OUTLINE.name(), name))
        assert best >= 3.0, name
    assert contrast.ratio(theme.FOCUS.name(), theme.FOCUS_OUTLINE.name()) >= 3.0


def test_the_engagement_log_counts_a_visit_that_used_the_keypad_once(qtbot, make_window, engagement):
    from tests.ui.conftest import rows

    window = make_window(engagement=engagement)
    qtbot.waitUntil(lambda: window.engagement is not None)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Return):
        press(qtbot, window, key)
    assert window.state.filter.selected
    events = rows(engagement, "SELECT kind FROM events WHERE kind IN ('keypad', 'filter')")
    assert events == [("keypad",), ("filter",)]


def test_no_part_of_the_exhibit_takes_the_keyboard_focus_from_the_window(qtbot, make_window):
    """A scroll area or a plot with keyboard focus would eat the keypad's arrows."""
    from PySide6.QtWidgets import QWidget

    window = make_window()
    window.controller.open_card(window.timeline.visible_ids()[0])
    wait_settled(qtbot, window)
    grabbing = [w for w in window.findChildren(QWidget)
                if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()]
    assert not grabbing, grabbing
