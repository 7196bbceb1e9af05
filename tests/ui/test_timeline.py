"""The visitor's interactions, driven by real touch events."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.ui.timeline.card import CardItem
from tests.ui.conftest import assert_cards_match_filter, card, cards, wait_settled
from tests.ui.on_screen import whole_share
from tests.ui.touch import drag, tap


def card_point(window, milestone_id: str) -> QPoint:
    view = window.timeline
    return view.mapFromScene(card(view, milestone_id).card_scene_rect().center())


def test_flick_scrolls_with_inertia_and_settles(qtbot, window):
    view = window.timeline
    bar = view.horizontalScrollBar()
    assert bar.value() == 0
    vp = view.viewport()
    y = vp.height() // 2
    drag(vp, QPoint(1500, y), QPoint(900, y), steps=6, step_ms=8)
    at_release = bar.value()
    assert at_release > 0
    QTest.qWait(150)
    assert bar.value() > at_release, "a flick carries on after the finger lifts"
    wait_settled(qtbot, window)
    assert bar.minimum() < bar.value() <= bar.maximum()


def test_overshoot_at_the_start_eases_back(qtbot, window):
    view = window.timeline
    vp = view.viewport()
    y = vp.height() // 2
    drag(vp, QPoint(300, y), QPoint(900, y), steps=6, step_ms=8)
    wait_settled(qtbot, window)
    assert view.horizontalScrollBar().value() == 0
    assert vp.pos().x() == 0, "the overshoot has eased back"


def test_tap_opens_exactly_one_detail_card(qtbot, window):
    opened = []
    window.state.subscribe("open_milestone", lambda new, _old: opened.append(new))
    tap(window.timeline.viewport(), card_point(window, "ttec-founded"))
    qtbot.waitUntil(lambda: window.detail.isVisible())
    wait_settled(qtbot, window)
    assert opened == ["ttec-founded"]
    assert window.state.open_milestone == "ttec-founded"
    assert window.detail.title.text() == window.content.milestone("ttec-founded").text("en").title


def test_drag_on_a_card_scrolls_and_does_not_open_it(qtbot, window):
    vp = window.timeline.viewport()
    start = card_point(window, "science-fund")
    drag(vp, start, start - QPoint(400, 0))
    wait_settled(qtbot, window)
    assert not window.detail.isVisible()


def test_mouse_drag_scrolls_too(qtbot, window):
    vp = window.timeline.viewport()
    y = vp.height() // 2
    QTest.mousePress(vp, Qt_left(), pos=QPoint(1200, y))
    for x in range(1150, 700, -50):
        QTest.mouseMove(vp, QPoint(x, y))
    QTest.mouseRelease(vp, Qt_left(), pos=QPoint(700, y))
    assert window.timeline.horizontalScrollBar().value() > 300
    assert not window.detail.isVisible()


def Qt_left():  # noqa: N802
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_arrow_buttons_page_the_timeline(qtbot, window):
    bar = window.timeline.horizontalScrollBar()
    assert not window.prev_page.isEnabled()
    tap(window.next_page, window.next_page.rect().center())
    wait_settled(qtbot, window)
    assert bar.value() > window.timeline.viewport().width() * 0.5
    assert window.prev_page.isEnabled()
    tap(window.prev_page, window.prev_page.rect().center())
    wait_settled(qtbot, window)
    assert bar.value() == 0


def chip(window, category_id):
    return next(c for c in window.chips.chips() if c.category_id == category_id)


def test_chips_filter_and_show_live_counts(qtbot, window):
    assert chip(window, None).isChecked() and chip(window, None).count == 29
    tap(chip(window, "sports"), chip(window, "sports").rect().center())
    assert window.state.filter.selected == {"sports"}
    assert chip(window, "sports").isChecked() and not chip(window, None).isChecked()
    assert window.timeline.visible_ids() == ["dream-goal-2010", "dream-goal-2014"]
    tap(chip(window, "environment"), chip(window, "environment").rect().center())
    assert len(window.timeline.visible_ids()) == chip(window, "sports").count + chip(window, "environment").count
    wait_settled(qtbot, window)
    assert_cards_match_filter(window)
    tap(chip(window, None), chip(window, None).rect().center())
    assert window.state.filter.is_all and len(window.timeline.visible_ids()) == 29


def test_filter_keeps_a_milestone_in_view(qtbot, window):
    window.timeline.center_on("wonder-technology-lab", animate=False)
    tap(chip(window, "relief"), chip(window, "relief").rect().center())
    wait_settled(qtbot, window)
    view = window.timeline
    visible_rect = view.mapToScene(view.viewport().rect()).boundingRect()
    on_screen = [cid for cid, c in cards(view).items()
                 if cid in view.visible_ids() and visible_rect.intersects(c.card_scene_rect())]
    assert on_screen, "the view never rests on an empty stretch"


def test_swipe_moves_to_the_next_milestone_within_the_filter(qtbot, window):
    tap(chip(window, "sports"), chip(window, "sports").rect().center())
    wait_settled(qtbot, window)
    tap(window.timeline.viewport(), card_point(window, "dream-goal-2010"))
    qtbot.waitUntil(lambda: window.state.open_milestone == "dream-goal-2010")
    wait_settled(qtbot, window)
    panel = window.detail.panel
    y = panel.height() // 2
    drag(panel, QPoint(panel.width() - 200, y), QPoint(200, y))
    assert window.state.open_milestone == "dream-goal-2014", "next within the filter, not 2011's card"
    assert not window.detail.next_button.isEnabled()
    prev = window.detail.prev_button
    tap(prev, prev.rect().center())
    assert window.state.open_milestone == "dream-goal-2010"


def test_close_button_and_tap_outside_close_the_card(qtbot, window):
    window.controller.open_card("eye-see")
    wait_settled(qtbot, window)
    close = window.detail.close_button
    tap(close, close.rect().center())
    qtbot.waitUntil(lambda: not window.detail.isVisible())
    window.controller.open_card("eye-see")
    wait_settled(qtbot, window)
    # A tap within the double-click interval of the opening tap is the second half of a
    # double tap on the card (see test_touch.py); a deliberate tap outside comes later.
    qtbot.wait(QGuiApplication.styleHints().mouseDoubleClickInterval())
    tap(window.detail, QPoint(10, 10))
    assert window.state.open_milestone is None, "the tap closes at once"
    qtbot.waitUntil(lambda: not window.detail.isVisible())


def test_see_also_opens_the_linked_milestone(qtbot, window):
    from PySide6.QtWidgets import QPushButton

    window.controller.open_card("dream-goal-2010")
    wait_settled(qtbot, window)
    [button] = [b for b in window.detail.findChildren(QPushButton)
                if b.objectName() == "seeAlso:dream-goal-2014" and b.isVisible()]
    tap(button, button.rect().center())
    assert window.state.open_milestone == "dream-goal-2014"


def test_overview_follows_the_timeline(qtbot, window):
    window.timeline.center_on("kando-program", animate=False)
    low, high = window.overview.shown_span()
    assert low <= 2018 <= high
    assert high - low < 20


def overview_point(strip, year: float) -> QPoint:
    """Where a year is on the strip (or the rail beside a vertical timeline), among its
    marks: found in the picture the strip draws, from its decade ticks (longer than the
    five-year ones; 1950 the first, 2020 the last), not from the strip's own sums, so a tap
    test holds the strip to the years a visitor reads on it."""
    from PySide6.QtGui import QColor

    from kiosk.ui import theme

    image = strip.grab().toImage()
    vertical = strip.window().timeline.vertical
    length, across = (image.height(), image.width()) if vertical else (image.width(), image.height())
    ink, paper = theme.AXIS.getRgb()[:3], theme.BACKGROUND.getRgb()[:3]

    def on_axis(along: int, off: int) -> bool:  # nearer the axis colour than the background
        colour = QColor(image.pixel(*((off, along) if vertical else (along, off)))).getRgb()[:3]
        return sum((a - b) ** 2 for a, b in zip(colour, ink)) < sum((a - b) ** 2 for a, b in zip(colour, paper))

    def filled(off: int) -> int:
        return sum(on_axis(a, off) for a in range(0, length, 4))

    axis = max(range(across), key=filled)
    out = -1 if vertical else 1  # ticks stand left of a rail's axis, under a strip's
    beyond = next(r for r in range(1, across) if filled(axis + out * r) < filled(axis) / 4) + 1
    hits = [a for a in range(length) if on_axis(a, axis + out * beyond)]
    runs = [[hits[0]]]
    for a in hits[1:]:
        (runs[-1].append(a) if a - runs[-1][-1] <= 1 else runs.append([a]))
    ticks = [(sum(run) / len(run), run) for run in runs]

    def reach(run: list[int]) -> int:
        return max(next(r for r in range(beyond, across) if not on_axis(a, axis + out * r)) for a in run)

    reaches = [reach(run) for _at, run in ticks]
    decades = [at for (at, _run), r in zip(ticks, reaches) if r > min(reaches) + 1]
    assert len(decades) == 8, f"the strip draws the decades 1950-2020: found {len(decades)}"
    along = decades[0] + (decades[-1] - decades[0]) * (year - 1950) / 70
    middle = (axis + across) // 2 if vertical else axis // 2
    return QPoint(middle, round(along)) if vertical else QPoint(round(along), middle)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["strip", "rail"])
def test_tapping_the_overview_scrolls_the_timeline(qtbot, make_window, size):
    window = make_window(size)
    strip = window.overview
    tap(strip, overview_point(strip, 2010))
    assert abs(window.timeline.center_year() - 2010) < 1.5
    low, high = strip.shown_span()
    assert low <= 2010 <= high


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["strip", "rail"])
def test_the_strip_on_screen_is_whole_after_a_flick(qtbot, make_window, size):
    """The strip repaints only where its region's edges move: what the screen shows after
    a flick (the window's backing store) must be exactly a fresh paint of the strip, with
    no trace of an edge left behind."""
    window = make_window(size)
    view, strip = window.timeline, window.overview
    vp = view.viewport()
    before = strip.shown_span()
    start, end = vp.rect().center(), vp.rect().center()
    if view.vertical:
        start.setY(vp.height() * 3 // 4), end.setY(vp.height() // 4)
    else:
        start.setX(vp.width() * 3 // 4), end.setX(vp.width() // 4)
    drag(vp, start, end, steps=12, step_ms=10)
    wait_settled(qtbot, window)
    assert strip.shown_span()[0] > before[0] + 5, "the flick moved the region"
    shot = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    corner = strip.mapTo(window, QPoint(0, 0))
    on_screen = shot.copy(corner.x(), corner.y(), strip.width(), strip.height())
    assert on_screen == strip.grab().toImage().convertToFormat(on_screen.format())


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_timeline_on_screen_is_whole_after_a_slow_drag(qtbot, make_window, size):
    """A slow drag moves the timeline a few pixels a frame, and each frame paints only the
    sliver it exposes, of every card it crosses: what the screen then shows must be the
    timeline itself, with no badge, picture or text left out of a sliver."""
    window = make_window(size=size, lang="en")
    view = window.timeline
    vp = view.viewport()
    start = vp.rect().center()
    end = QPoint(start.x(), start.y() - 300) if view.vertical else QPoint(start.x() - 300, start.y())
    drag(vp, start, end, steps=60, step_ms=16)
    wait_settled(qtbot, window)
    assert view.scroll_pos() > 200, "the drag moved the timeline"
    assert whole_share(qtbot, view, 0.999) > 0.999


def test_dragging_the_overview_region_scrolls_the_timeline(qtbot, window):
    strip = window.overview
    low, high = strip.shown_span()
    start, end = overview_point(strip, (low + high) / 2), overview_point(strip, 2005)
    drag(strip, start, end, steps=12, step_ms=15)
    assert window.timeline.center_year() > 1995
    assert not window.detail.isVisible()


def test_overview_marks_follow_the_filter(qtbot, window):
    tap(chip(window, "sports"), chip(window, "sports").rect().center())
    assert window.overview.marked(shown=True) == {"dream-goal-2010", "dream-goal-2014"}
    assert len(window.overview.marked(shown=False)) == 27


def test_an_empty_result_says_so(qtbot, window):
    from kiosk.content.filtering import Filter

    window.state.filter = Filter(frozenset({"no-such-category"}))
    assert window.timeline.visible_ids() == []
    assert window.empty.isVisible() and "All" in window.empty.text()
    tap(chip(window, None))
    assert not window.empty.isVisible() and len(window.timeline.visible_ids()) == 29


def test_quick_successive_taps_each_count(qtbot, window):
    """A child taps fast: Qt turns the second press into a double click, which must not be lost."""
    tap(chip(window, "sports"))
    wait_settled(qtbot, window)
    tap(window.timeline.viewport(), card_point(window, "dream-goal-2010"))
    qtbot.waitUntil(lambda: window.state.open_milestone == "dream-goal-2010", timeout=1000)
    tap(window.detail.close_button)
    qtbot.waitUntil(lambda: not window.detail.isVisible())
    tap(window.overview, overview_point(window.overview, 1960))
    QTest.qWait(100)
    tap(window.overview, overview_point(window.overview, 2015))
    assert abs(window.timeline.center_year() - 2015) < 3


def test_an_arrow_with_nothing_beyond_is_dimmed_and_does_nothing(qtbot, window):
    bar = window.timeline.horizontalScrollBar()
    for _ in range(40):
        if not window.next_page.isEnabled():
            break
        tap(window.next_page)
        wait_settled(qtbot, window)
    assert not window.next_page.isEnabled() and bar.value() == bar.maximum()
    at_end = bar.value()
    tap(window.next_page)
    wait_settled(qtbot, window)
    assert bar.value() == at_end


class _Painted(QObject):
    """The widest part of a frame that a widget painted, frame by frame."""

    def __init__(self) -> None:
        super().__init__()
        self.widths: list[int] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.widths.append(max(rect.width() for rect in event.region()))
        return False


def test_after_a_jump_a_drag_repaints_only_what_it_uncovers(qtbot, window):
    """Cards far from the view are set aside and shown again for the milestones that come
    near. Qt remembers where it last painted each item; after a jump (two taps on the
    overview strip) a card shown again must not make it repaint where that card stood
    before the jump: each frame of a drag paints only the sliver it uncovers."""
    view, strip = window.timeline, window.overview
    vp = view.viewport()
    # A finger where no card or stem is: a press on one would rightly repaint it, lit
    start = next(QPoint(x, y) for x in range(vp.width() // 2, vp.width(), 8) for y in range(8, vp.height(), 8)
                 if not any(isinstance(item, CardItem) for item in view.items(QPoint(x, y))))
    end = start - QPoint(vp.width() // 2, 0)
    drag(vp, start, end, steps=40, step_ms=16)  # the pictures on the way are decoded and kept
    wait_settled(qtbot, window)
    tap(strip, overview_point(strip, 2019))
    wait_settled(qtbot, window)
    tap(strip, overview_point(strip, 1946))
    wait_settled(qtbot, window)
    painted = _Painted()
    vp.installEventFilter(painted)
    drag(vp, start, end, steps=40, step_ms=16)
    wait_settled(qtbot, window)
    vp.removeEventFilter(painted)
    assert view.scroll_pos() > vp.width() // 3, "the drag moved the timeline"
    assert len(painted.widths) > 10
    assert max(painted.widths) < vp.width() // 5, "a frame repainted a card's area it did not uncover"
