"""Frames while a visitor zooms: two fingers pinching out and back in (real touch events,
as a screen sends them), and a flick at the whole-story level, where marks stand for
cards. bench/run.py compares both with the card level's flick in the same run."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.floor import flick
from bench.idle import until_idle
from kiosk.content import zoom


def pinch(app: QApplication, window, device, centre: QPoint, gaps: list[float]) -> list[float]:
    """Two fingers `gaps[0]` pixels apart across `centre` land, move through the other gaps
    a step a frame, and lift; each step timed from its touch event to the painted view."""
    def fingers(gap: float) -> tuple[QPoint, QPoint]:
        half = QPoint(round(gap / 2), 0)
        return centre - half, centre + half

    a, b = fingers(gaps[0])
    QTest.touchEvent(window, device).press(0, a).press(1, b).commit()
    app.processEvents()
    times = []
    for gap in gaps[1:]:
        a, b = fingers(gap)
        t = time.perf_counter()
        QTest.touchEvent(window, device).move(0, a).move(1, b).commit()
        app.processEvents()
        times.append(time.perf_counter() - t)
    QTest.touchEvent(window, device).release(0, a).release(1, b).commit()
    app.processEvents()
    return times


def pinch_frames(app: QApplication, window, steps: int = 60) -> list[float]:
    """Fingers 600 px apart close to 100 px and open again, one step a frame; each frame
    timed from the touch event to the painted view. A first pinch warms caches."""
    view = window.timeline
    device = QTest.createTouchDevice()
    vp = view.viewport()
    centre = vp.mapTo(window, vp.rect().center())
    gaps = [600 - 500 * i / steps for i in range(steps + 1)]
    gaps += list(reversed(gaps))
    pinch(app, window, device, centre, gaps)  # warms caches
    times = pinch(app, window, device, centre, gaps)
    assert view.shown_zoom() > zoom.STORY_AT, "the pinch came back in"
    return times


def story_flick_frames(app: QApplication, window) -> tuple[list[float], int, int]:
    """A flick at the whole-story level, zoomed out just past where marks replace cards;
    with the scene's shown items and the groups its marks make."""
    window.controller.zoom_to(max(window.timeline.whole_zoom(), zoom.STORY_AT * 0.8))
    while window.timeline.shown_zoom() != window.state.zoom:
        app.processEvents()
    assert window.timeline.zoom_level == zoom.STORY
    until_idle(window)
    times = flick(app, window.timeline, max(1, round(40 * window.metrics.scale)))
    items = len([i for i in window.timeline.scene().items() if i.isVisible()])
    groups = len(window.timeline.marks().groups)
    window.controller.zoom_to(zoom.HOME)
    return times, items, groups
