"""How the detail card comes and goes: it rises into place over 200 ms and slides away over
150 ms; a tap on the dimmed area beside it closes it (unless it is the second tap of the
double tap that opened it), and while it slides away it takes no input.

Mixed into the detail card (detail.py), which holds the panel and the state it renders.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractAnimation, QEasingCurve, QEvent, QPoint, QPropertyAnimation
from PySide6.QtGui import QGuiApplication, QMouseEvent

OPEN_MS = 200
CLOSE_MS = 150
INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                   QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
                   QEvent.Type.TouchEnd})


class DetailMotion:
    def _close(self, animate: bool) -> None:
        if not self.isVisible() or self._animation is not None and self._closing_now:
            return  # closed, or already sliding away: a second request changes nothing
        self._stop_animation()
        if not animate:
            self._on_close_finished()
            return
        self._closing_now = True
        self._run(CLOSE_MS, self.panel.pos(), self.panel.pos() + QPoint(0, self._metrics.px(60)),
                  self._on_close_finished)

    def event(self, event) -> bool:
        """While the card slides away it takes no input: the visitor has closed it."""
        if self.closing and event.type() in INPUT:
            event.accept()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A press outside the card closes it, unless it is the second tap of a double tap
        whose first tap opened the card (a quick double tap on a card near the edge)."""
        event.accept()
        since_open = time.monotonic() - self._opened_at
        quick = since_open * 1000 < QGuiApplication.styleHints().mouseDoubleClickInterval()
        self._press_outside = not quick and not self.panel.geometry().contains(event.position().toPoint())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()
        outside = not self.panel.geometry().contains(event.position().toPoint())
        if self._press_outside and outside:
            self.close_requested.emit()
        self._press_outside = False

    def _animate_open(self) -> None:
        self._stop_animation()
        end = self.panel.pos()
        self._run(OPEN_MS, end + QPoint(0, self._metrics.px(60)), end, self._on_open_finished)

    def _run(self, ms: int, start: QPoint, end: QPoint, done) -> None:
        move = QPropertyAnimation(self.panel, b"pos", self)
        move.setDuration(ms)
        move.setStartValue(start)
        move.setEndValue(end)
        move.setEasingCurve(QEasingCurve.Type.OutCubic)
        move.finished.connect(done)
        self._animation = move
        move.start(QAbstractAnimation.DeletionPolicy.DeleteWhenStopped)

    def _stop_animation(self) -> None:
        group, self._animation = self._animation, None
        self._closing_now = False
        if group is not None:
            group.stop()

    def _on_open_finished(self) -> None:
        self._animation = None
        self.place_panel()

    def _on_close_finished(self) -> None:
        self._animation = None
        self._closing_now = False
        self._shown = None
        self.hide()
        self.place_panel()
