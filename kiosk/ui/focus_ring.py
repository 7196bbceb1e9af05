"""The keypad's focus ring: where the next Select acts, seen from across the room.

A light ring 4 px wide (at 1080p; it scales with the screen) inside a dark outline on each
side: against the dark background and against any category colour, one of the two stands
at least 3:1 (WCAG 2.4.13). It covers only its own rectangle, so the views beneath it do
not repaint for it, and it lets every touch through.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from . import theme


class FocusRing(QWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._round = False
        self._target = QRect()
        self.hide()

    @property
    def target(self) -> QRect:
        """What the ring surrounds, in the window's coordinates (empty: no ring)."""
        return QRect(self._target) if self.isVisible() else QRect()

    def _width(self) -> int:
        return max(3, self.parentWidget().metrics.px(4))

    def show_at(self, rect: QRect | None, round_: bool = False) -> None:
        if rect is None or rect.isEmpty():
            self._target = QRect()
            self.hide()
            return
        self._target, self._round = QRect(rect), round_
        outer = self._width() * 3
        self.setGeometry(rect.adjusted(-outer, -outer, outer, outer))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        width = self._width()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = QRectF(self.rect()).adjusted(width * 1.5, width * 1.5, -width * 1.5, -width * 1.5)
        radius = min(ring.width(), ring.height()) / 2 if self._round else width * 4
        for colour, pen_width in ((theme.FOCUS_OUTLINE, width * 3), (theme.FOCUS, width)):
            painter.setPen(QPen(colour, pen_width))
            if self._round:
                painter.drawEllipse(ring)
            else:
                painter.drawRoundedRect(ring, radius, radius)
