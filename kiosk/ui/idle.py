"""Idle handling: after `idle` seconds without input, a "Still there?" countdown; when it
runs out, a full reset and the attract tour; any touch goes back to exploring.

The controller watches the window's every touch, click and key press (an event filter
on its QWindow, which sees all input before any widget does, and little else), so no
widget has to remember to report activity. A finger resting on the glass is a visitor:
while any touch point is down the idle clock does not run (up to HOLD_LIMIT_S, after
which a touch that never lifts is taken for a fault of the screen).
"""

from __future__ import annotations

import math
import time

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QEventPoint, QInputDevice
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..visit.state import VisitorState
from . import fonts, theme
from .i18n import translate
from .widgets import Overlay, Retranslates, plain_label

log = logging.getLogger(__name__)

ACTIVE, COUNTDOWN, ATTRACT = "active", "countdown", "attract"
# A second tap within the double-click interval arrives as MouseButtonDblClick.
INPUT_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                          QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.Wheel})
TOUCH_EVENTS = frozenset({QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                          QEvent.Type.TouchCancel})
TICK_MS = 250
HOLD_LIMIT_S = 600


class IdleController(QObject):
    state_changed = Signal(str, str)  # new state, old state
    countdown_tick = Signal(int)  # whole seconds left
    activity = Signal()  # one per finger down, click or key press; before the state changes

    def __init__(self, idle_seconds: float, countdown_seconds: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = ACTIVE
        self._countdown_seconds = countdown_seconds
        self._deadline = 0.0
        self._ignored: list[QWidget] = []
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, round(idle_seconds * 1000)))
        self._idle.timeout.connect(self._on_idle)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._held = QTimer(self)  # a touch that never lifts: a fault, not a visitor
        self._held.setSingleShot(True)
        self._held.setInterval(HOLD_LIMIT_S * 1000)
        self._held.timeout.connect(self._on_held_too_long)
        self._fingers: set[int] = set()
        self._window = parent
        self._watched: QObject | None = None
        self._idle.start()

    def watch(self) -> None:
        """Start watching input; the window's QWindow exists once it has been shown."""
        handle = self._window.windowHandle()
        if handle is not None and handle is not self._watched:
            handle.installEventFilter(self)
            self._watched = handle

    def set_ignored(self, widgets: list[QWidget]) -> None:
        """Touches on these widgets (the tour's pause button) do not end the attract tour."""
        self._ignored = list(widgets)

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._deadline - time.monotonic()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in TOUCH_EVENTS:
            self._track_fingers(event)
        if event.type() in INPUT_EVENTS and not self._on_ignored_widget(event):
            self._on_activity(synthesized=_from_touch(event))
        return False

    def _track_fingers(self, event: QEvent) -> None:
        """Which touch points are on the glass; the idle clock waits while any is."""
        if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._fingers.clear()
        else:
            for point in event.points():
                if point.state() == QEventPoint.State.Pressed:
                    self._fingers.add(point.id())
                elif point.state() == QEventPoint.State.Released:
                    self._fingers.discard(point.id())
        if self._fingers:
            self._idle.stop()
            if not self._held.isActive():
                self._held.start()
        else:
            self._held.stop()
            if self.state == ACTIVE and not self._idle.isActive():
                self._idle.start()  # the idle time counts from the last finger lifted

    def _on_held_too_long(self) -> None:
        log.warning("a touch has rested on the screen for %d s without lifting; taken for a "
                    "fault of the screen, and the idle clock runs again", HOLD_LIMIT_S)
        self._fingers.clear()
        self._idle.start()

    def _on_ignored_widget(self, event: QEvent) -> bool:
        if not self._ignored or not hasattr(event, "points") or not event.points():
            return False
        target = self._window.childAt(event.points()[0].position().toPoint())
        return target is not None and any(w is target or w.isAncestorOf(target)
                                          for w in self._ignored if w.isVisible())

    def _set(self, state: str) -> None:
        old, self.state = self.state, state
        if old != state:
            self.state_changed.emit(state, old)

    def _on_activity(self, synthesized: bool = False) -> None:
        if not synthesized:
            self.activity.emit()
        if self.state != ACTIVE:
            self._tick.stop()
            self._set(ACTIVE)
        if not self._fingers:
            self._idle.start()

    def keep_awake(self) -> None:
        """A visitor listening counts as one touching: read-aloud restarts the idle time
        while it speaks, and once more when it ends."""
        if self.state == ACTIVE and not self._fingers:
            self._idle.start()

    def _on_idle(self) -> None:
        if self.state != ACTIVE:
            return
        self._deadline = time.monotonic() + self._countdown_seconds
        self._set(COUNTDOWN)
        self.countdown_tick.emit(self.seconds_left())
        self._tick.start()

    def _on_tick(self) -> None:
        left = self.seconds_left()
        self.countdown_tick.emit(left)
        if left <= 0:
            self._tick.stop()
            self._set(ATTRACT)  # the window resets on entering the attract state


def _from_touch(event: QEvent) -> bool:
    """Qt follows every touch with a mouse press it makes up; that is not a second touch."""
    if event.type() not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
        return False
    device = event.device()
    return device is not None and device.type() == QInputDevice.DeviceType.TouchScreen


class CountdownOverlay(Retranslates, Overlay):
    """"Still there?" over a dimmed screen; a tap anywhere continues."""

    def __init__(self, parent: QWidget, state: VisitorState) -> None:
        super().__init__(parent, "countdown")
        self._state = state
        self.question = plain_label(self.panel)
        self.hint = plain_label(self.panel)
        self.seconds = plain_label(self.panel, wrap=False)
        layout = QVBoxLayout(self.panel)
        for label in (self.question, self.seconds, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self._left = 0

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = m = metrics
        self.panel.setStyleSheet(self.panel_style(m, 28))
        self.panel.layout().setContentsMargins(m.px(64), m.px(48), m.px(64), m.px(48))
        self.retranslate()

    def retranslate(self) -> None:
        m, lang = self._metrics, self._state.language
        self.question.setFont(fonts.font(m.type(56), lang, bold=True))
        self.seconds.setFont(fonts.font(m.type(96), lang, bold=True))
        self.hint.setFont(fonts.font(m.type(28), lang))
        self.question.setText(translate("kiosk", "Still there?"))
        self.hint.setText(translate("kiosk", "Touch anywhere to keep exploring."))
        self.show_seconds(self._left)
        if self.isVisible():
            self.place_panel()

    def show_seconds(self, left: int) -> None:
        self._left = left
        self.seconds.setText(translate("kiosk", "{n} s").format(n=left))

    def place_panel(self) -> None:
        width = min(self.width() - self._metrics.px(96), self._metrics.px(1000))
        self.panel.setFixedWidth(max(200, width))
        super().place_panel()
