"""The platform's floor for a scrolling frame on this machine: a bare QGraphicsView with a
handful of plain items, flicked exactly as bench/run.py flicks the timeline. Frame budgets
are ratios against it, measured in the same run, so a slow machine does not turn them red."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView


def flick(app: QApplication, view: QGraphicsView, step: int, limit: int = 1000) -> list[float]:
    """Scroll as a fast flick does (step px per frame) and time each frame, from the scroll
    step to its paint: the work a step causes (cards made near the view, the overview's
    region, the reports) counts, as a pinch frame's does from its touch event. The first
    sweep warms caches and is not counted. Along the time axis: down a vertical timeline."""
    bar = view.verticalScrollBar() if getattr(view, "vertical", False) else view.horizontalScrollBar()
    values = list(range(0, bar.maximum() + step, step))[:limit]
    times = []
    for sweep in range(2):
        for value in values:
            t = time.perf_counter()
            bar.setValue(value)
            app.processEvents()
            if sweep:
                times.append(time.perf_counter() - t)
    return times


class _Paints(QObject):
    count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def floor_frames(app: QApplication, width: int, height: int, scale: float) -> list[float]:
    """A handful of plain rectangles with a line of text, spread along the whole scroll."""
    scene = QGraphicsScene()
    length = 16 * width
    scene.setSceneRect(QRectF(0, 0, length, height))
    scene.setBackgroundBrush(QColor("#0E1726"))
    for i in range(12):
        x = i * length / 12
        rect = scene.addRect(QRectF(x, height * 0.2, 440 * scale, 300 * scale))
        rect.setBrush(QBrush(QColor("#1B2940")))
        scene.addSimpleText(f"Card {i}").setPos(x + 20, height * 0.2 + 20)
    view = QGraphicsView(scene)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(width, height)
    view.show()
    QTest.qWaitForWindowExposed(view)
    paints = _Paints()
    view.viewport().installEventFilter(paints)
    frames = flick(app, view, max(1, round(40 * scale)))
    view.viewport().removeEventFilter(paints)
    assert paints.count >= len(frames), "the floor's frames were not painted"
    view.close()
    view.deleteLater()
    app.processEvents()
    return frames
