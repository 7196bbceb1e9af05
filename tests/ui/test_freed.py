"""What a visitor's actions create is freed again: the animations of a closed card and of
filtered-out cards, and a whole replaced content set. (The detail card is one overlay,
reused; timeline cards are hidden, not rebuilt: so the scene holds a fixed number of items.)"""

from __future__ import annotations

import gc
import weakref

import shiboken6
from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QEvent

from kiosk import paths
from kiosk.content import load_content
from tests.ui.test_timeline import card_point, chip
from tests.ui.conftest import wait_settled
from tests.ui.touch import tap


def flush_deletes() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def test_closed_cards_filtered_cards_and_replaced_content_are_freed(qtbot, make_window):
    window = make_window(which=load_content(paths.bundled_content(), paths.assets()).content)
    old_content = weakref.ref(window.content)
    def shown_items() -> int:
        return sum(1 for item in window.timeline.scene().items() if item.isVisible())

    items = shown_items()
    kept = set(window.findChildren(QAbstractAnimation))  # made once and reused (the zoom's)

    tap(window.timeline.viewport(), card_point(window, "ttec-founded"))
    opening = [a for a in window.findChildren(QAbstractAnimation) if a not in kept]
    assert opening, "the card slides in"
    qtbot.waitUntil(lambda: window.detail.isVisible())
    wait_settled(qtbot, window)
    tap(window.detail.close_button)
    qtbot.waitUntil(lambda: not window.detail.isVisible())
    for _ in range(6):
        tap(chip(window, "sports"))
        filtering = [a for a in window.findChildren(QAbstractAnimation) if a not in kept]
        wait_settled(qtbot, window)
    assert filtering, "cards fade and move"
    flush_deletes()
    assert not any(shiboken6.isValid(a) for a in opening + filtering), "animations are freed"
    window.timeline.scroll_to(0, animate=False)  # back where the count was taken
    # (the cards set aside as it jumps are hidden a turn of the event loop later)
    qtbot.waitUntil(lambda: shown_items() == items, timeout=1000)
    assert len(window.timeline.scene().items()) <= len(window.content.milestones) + 2, \
        "hidden cards kept for reuse are bounded"

    window.controller.replace_content(load_content(paths.bundled_content(), paths.assets()).content)
    flush_deletes()
    assert old_content() is None, "the replaced content set is freed"
