"""The detail card's frame: the same size for every milestone on a given screen, so its
close and arrow buttons never move under a finger. What does not fit scrolls inside it:
a finger drags it up and down, a scroll bar shows that there is more, and a horizontal
swipe asks for the neighbouring milestone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from . import theme
from .widgets import own_viewport

DRAG = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                  QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease})


class DetailPanel(QFrame):
    swiped = Signal(int)  # +1: the next milestone, -1: the previous one

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._press: QPointF | None = None
        self._start_scroll = 0
        self._scrolling = False
        self._slop = 60
        self.scroll = QScrollArea(self)
        own_viewport(self.scroll)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.body.setObjectName("detailBody")
        self.scroll.setWidget(self.body)
        self.frame = QVBoxLayout(self)  # the scrolling body, then the fixed navigation row
        self.frame.addWidget(self.scroll, 1)
        for watched in (self, self.scroll.viewport(), self.body):
            watched.installEventFilter(self)

    def set_metrics(self, metrics: theme.Metrics) -> None:
        m = metrics
        self._slop = m.px(30)
        self.scroll.setStyleSheet(
            "QScrollArea, QWidget#detailBody { background: transparent; }"
            f"QScrollBar:vertical {{ background: {theme.BACKGROUND.name()}; width: {m.px(12)}px;"
            f" border-radius: {m.px(6)}px; margin: 0; }}"
            f"QScrollBar::handle:vertical {{ background: {theme.AXIS.name()};"
            f" border-radius: {m.px(6)}px; min-height: {m.px(60)}px; }}"
            "QScrollBar::add-line, QScrollBar::sub-line { height: 0; }"
            "QScrollBar::add-page, QScrollBar::sub-page { background: none; }")
        self.scroll.viewport().setAutoFillBackground(False)

    def scroll_to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Presses on the card's text (or its empty parts) drag the text; buttons keep
        their own presses."""
        if event.type() in DRAG:
            self._on_drag(event)
            return event.type() != QEvent.Type.MouseMove or self._scrolling
        return False

    def _on_drag(self, event) -> None:
        kind, pos = event.type(), event.globalPosition()
        bar = self.scroll.verticalScrollBar()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._press, self._start_scroll, self._scrolling = pos, bar.value(), False
        elif kind == QEvent.Type.MouseMove and self._press is not None:
            dx, dy = pos.x() - self._press.x(), pos.y() - self._press.y()
            if self._scrolling or (abs(dy) > self._slop / 2 and abs(dy) > abs(dx)):
                self._scrolling = True
                bar.setValue(round(self._start_scroll - dy))
        elif kind == QEvent.Type.MouseButtonRelease and self._press is not None:
            dx, dy = pos.x() - self._press.x(), pos.y() - self._press.y()
            swipe = not self._scrolling and abs(dx) >= self._slop * 2 and abs(dx) > 1.5 * abs(dy)
            self._press, self._scrolling = None, False
            if swipe:
                self.swiped.emit(1 if dx < 0 else -1)
