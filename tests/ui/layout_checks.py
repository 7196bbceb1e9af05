"""What "laid out right" means, as assertions shared by the layout tests: cards that show
all their text and never overlap, labels that are tall enough, controls that are whole,
apart and big enough, and how much of a timeline is bare background."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from kiosk.ui import theme
from tests.ui.conftest import cards


def in_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def assert_cards_fit_and_do_not_overlap(window):
    """Brought into view one by one, every shown milestone has its card there, showing all
    its text, with its point on the axis in the middle of the view, and no two cards near
    it overlap."""
    view = window.timeline
    vertical = view.vertical
    bar = view.verticalScrollBar() if vertical else view.horizontalScrollBar()
    middle = (view.viewport().height() if vertical else view.viewport().width()) / 2
    for card_id in view.visible_ids():
        view.center_on(card_id, animate=False)
        item = cards(view).get(card_id)
        assert item is not None and item.isVisible(), f"{card_id} has no card in view"
        rect = item.card_scene_rect()
        for box in item.text_boxes():
            assert box.needed_height() <= box.rect.height() + 0.5, f"clipped: {box.text!r}"
            assert item.mapRectToScene(box.rect).bottom() <= rect.bottom() + 0.5, box.text
        point = view.mapFromScene(item.axis_point())
        if bar.minimum() < bar.value() < bar.maximum():
            assert abs((point.y() if vertical else point.x()) - middle) <= 1, f"{card_id} is off its year"
        rects = [c.card_scene_rect() for c in cards(view).values() if c.isVisible()]
        for i, a in enumerate(rects):
            for b in rects[i + 1:]:
                assert not a.intersects(b), "two cards overlap"
    view.scroll_to(0, animate=False)


def assert_no_clipped_labels(widget):
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.wordWrap() and label.text():
            assert label.height() + 1 >= label.heightForWidth(label.width()), f"clipped: {label.text()!r}"


def assert_card_fits_across(detail):
    """The detail card's text is as wide as its panel at most: nothing stands past its
    right edge, where a visitor could not scroll to it."""
    viewport = detail.panel.scroll.viewport()
    assert detail.panel.body.width() <= viewport.width(), "the card's text is wider than the card"
    for label in detail.panel.body.findChildren(QLabel):
        if label.isVisibleTo(detail.panel.body) and label.text():
            right = label.mapTo(viewport, QPoint(label.width(), 0)).x()
            assert right <= viewport.width(), f"cut off at the right: {label.text()!r}"


def controls(window) -> list:
    """Everything a visitor touches on the home screen."""
    return [*window.chips.chips(), window.language_toggle, window.prev_page, window.next_page,
            window.zoom_out, window.zoom_in, window.comfort.button]


def assert_controls_whole_apart_and_big(window):
    """Each control wholly on screen (a chip in a sliding row may stand past the edge: a
    finger slides it in), apart from every other, and at least 48 px at 1080p scale."""
    screen, floor = window.rect(), 48 * window.metrics.scale - 0.5
    rects = []
    for control in controls(window):
        rect = in_window(control, window)
        if not (control in window.chips.chips() and window.chips.sliding):
            assert screen.contains(rect), f"{control.objectName() or control} is off screen"
        assert min(rect.width(), rect.height()) >= floor, f"{control} is smaller than 48 px"
        rects.append((control, rect))
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            assert not ra.intersects(rb), f"{a} overlaps {b}"


def assert_parts_apart(window):
    """Title, chips, timeline, arrows, overview and language switch never overlap: no text
    stands over another or over a control."""
    parts = [window.title, window.chips, window.timeline, window.prev_page, window.next_page,
             window.overview, window.language_toggle]
    rects = [(p.objectName() or type(p).__name__, in_window(p, window)) for p in parts if p.isVisible()]
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            assert not ra.intersects(rb), f"{a} overlaps {b}"


def bare_row_share(window) -> float:
    """Of the timeline's rows of pixels, the share that show nothing but background (the
    axis's own line and ticks aside)."""
    view = window.timeline
    image = view.viewport().grab().toImage()
    background = QColor(theme.BACKGROUND).rgb()
    ratio = image.width() / max(1, view.viewport().width())
    axis = view.axis_position() * ratio
    skip = range(int(axis - window.metrics.px(20) * ratio), int(axis + window.metrics.px(20) * ratio) + 1)
    xs = [x for x in range(0, image.width(), 2) if x not in skip]
    bare = sum(all(image.pixel(x, y) == background for x in xs) for y in range(image.height()))
    return bare / image.height()


def assert_cards_painted_whole(window):
    """Every card on screen shows its body (a clip left behind by one card once cut the
    next cards' bodies and stems away)."""
    view = window.timeline
    image = view.viewport().grab().toImage()
    ratio = image.width() / max(1, view.viewport().width())
    surface = QColor(theme.SURFACE).rgb()
    checked = 0
    for card in cards(view).values():
        rect = view.mapFromScene(card.card_scene_rect()).boundingRect()
        if not card.isVisible() or not view.viewport().rect().contains(rect):
            continue
        inside = QPoint(rect.right() - window.metrics.px(8), rect.center().y())
        assert image.pixel(round(inside.x() * ratio), round(inside.y() * ratio)) == surface, \
            f"{card.milestone.id}'s body is not drawn"
        checked += 1
    assert checked, "no card wholly on screen"
