"""Many fingers on the glass: each touch point is tracked by its id from press to release.
Each test here drives a defect that real touch sequences found on the old window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractAnimation, QPoint, QPropertyAnimation
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.config import Config
from kiosk.ui import theme
from tests.ui.conftest import card, cards, wait_settled
from tests.ui.test_timeline import card_point, chip
from tests.ui.touch import device, tap


def in_window(widget, point: QPoint) -> QPoint:
    return widget.mapTo(widget.window(), point)


def looks_pressed(qtbot, window, milestone_id: str) -> bool:
    """Is the card drawn pressed? Its fill, beside the text, as the visitor sees it."""
    view = window.timeline
    view.center_on(milestone_id, animate=False)
    wait_settled(qtbot, window)
    rect = view.mapFromScene(cards(view)[milestone_id].card_scene_rect()).boundingRect()
    image = view.viewport().grab(rect).toImage()
    fill = image.pixelColor(window.metrics.px(8), image.height() // 2)
    return fill == theme.SURFACE_PRESSED


@pytest.mark.parametrize("resting", ["title", "chip", "overview"])
def test_a_second_finger_on_a_card_never_leaves_it_pressed(qtbot, window, resting):
    rest = {"title": lambda: in_window(window.title, window.title.rect().center()),
            "chip": lambda: in_window(chip(window, "sports"), QPoint(20, 20)),
            "overview": lambda: in_window(window.overview, window.overview.rect().center())}[resting]()
    card = in_window(window.timeline.viewport(), card_point(window, "ttec-founded"))
    assert not looks_pressed(qtbot, window, "ttec-founded")
    seq = QTest.touchEvent(window, device())
    seq.press(0, rest).commit()
    QTest.qWait(20)
    seq.stationary(0).press(1, card).commit()
    QTest.qWait(20)
    assert looks_pressed(qtbot, window, "ttec-founded"), "the press shows at once"
    seq.stationary(0).release(1, card).commit()
    QTest.qWait(20)
    seq.release(0, rest).commit()  # on a chip or the strip, that is a tap of its own
    qtbot.waitUntil(lambda: window.state.open_milestone == "ttec-founded")
    window.controller.close_card()
    window.controller.choose_category(None)
    assert not looks_pressed(qtbot, window, "ttec-founded"), "drawn unpressed again"


def test_a_quick_double_tap_near_the_edge_opens_the_card_and_keeps_it_open(qtbot, window):
    view = window.timeline
    card_id = "eye-see"
    scene_x = card(view, card_id).card_scene_rect().center().x()
    right = view.viewport().width() - 60  # near the timeline's right edge, beyond the card's frame
    view.horizontalScrollBar().setValue(round(scene_x - right))
    point = card_point(window, card_id)
    assert in_window(view.viewport(), point).x() > 1700
    tap(view.viewport(), point)
    QTest.qWait(30)  # two taps 70 ms apart, as a child taps
    tap(view.viewport(), point)
    wait_settled(qtbot, window)
    assert window.state.open_milestone == card_id and window.detail.isVisible()


def test_a_finger_resting_on_the_glass_is_a_visitor(qtbot, make_window):
    window = make_window(config=Config(idle_seconds=0.3, countdown_seconds=20))
    centre = in_window(window.timeline.viewport(), window.timeline.viewport().rect().center())
    seq = QTest.touchEvent(window, device())
    seq.press(0, centre).commit()
    qtbot.wait(1200)  # four times the idle time, with the finger down
    assert window.controller.idle.state == "active" and not window.countdown.isVisible()
    seq.release(0, centre).commit()
    qtbot.waitUntil(lambda: window.countdown.isVisible(), timeout=3000)  # counts from the lift


def open_and_wait(qtbot, window, milestone_id: str) -> None:
    window.controller.open_card(milestone_id)
    wait_settled(qtbot, window)
    qtbot.wait(QGuiApplication.styleHints().mouseDoubleClickInterval())  # past a double tap


def test_see_also_while_the_card_slides_away_does_nothing(qtbot, window):
    open_and_wait(qtbot, window, "dream-goal-2010")
    link = next(b for b in window.detail.findChildren(type(window.detail.close_button).__mro__[1])
                if b.objectName() == "seeAlso:dream-goal-2014")
    link_point = in_window(link, link.rect().center())
    changes = []
    window.state.subscribe("open_milestone", lambda new, _old: changes.append(new))
    tap(window.detail, QPoint(10, window.height() - 10))  # outside the card: it slides away
    seq = QTest.touchEvent(window, device())
    seq.press(0, link_point).commit()
    seq.release(0, link_point).commit()
    wait_settled(qtbot, window)
    assert changes == [None], "the other milestone was never opened"
    assert not window.detail.isVisible()


def running_animations(widget) -> list[QPropertyAnimation]:
    return [a for a in widget.findChildren(QPropertyAnimation)
            if a.state() == QAbstractAnimation.State.Running]


def test_the_close_button_slides_the_card_away_like_a_tap_outside(qtbot, window):
    open_and_wait(qtbot, window, "eye-see")
    tap(window.detail.close_button)
    assert window.state.open_milestone is None
    assert window.detail.isVisible() and running_animations(window.detail), "it slides away"
    qtbot.waitUntil(lambda: not window.detail.isVisible())


def test_more_taps_outside_a_closing_card_do_not_restart_its_slide(qtbot, window):
    open_and_wait(qtbot, window, "eye-see")
    outside = QPoint(10, window.height() - 10)
    slides = set()
    for _ in range(12):
        tap(window.detail, outside)
        slides |= {id(a) for a in running_animations(window.detail)}
        QTest.qWait(15)
    qtbot.waitUntil(lambda: not window.detail.isVisible())
    assert len(slides) == 1, "one slide, from the first tap to the end"
