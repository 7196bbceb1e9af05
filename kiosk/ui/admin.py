"""The operator's hidden way in: hold a finger on the top-left corner for 3 s, enter the
PIN on a large pad, and reach a screen that shows status and can reload content or exit.
Five wrong PINs lock the pad for a minute."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..pin import Lockout, load_pin, verify_pin
from . import fonts, theme
from .widgets import Overlay, plain_label
from .workers import run_in_pool

PRESS = frozenset({QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})
LIFT = frozenset({QEvent.Type.TouchEnd, QEvent.Type.TouchCancel, QEvent.Type.MouseButtonRelease})


class AdminGesture(QObject):
    """A long press in the top-left corner; watched on the window's QWindow."""

    triggered = Signal()

    def __init__(self, window: QWidget, hold_seconds: float) -> None:
        super().__init__(window)
        self._window = window
        self._watched: QObject | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, round(hold_seconds * 1000)))
        self._timer.timeout.connect(self.triggered)

    def watch(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None and handle is not self._watched:
            handle.installEventFilter(self)
            self._watched = handle

    def _in_corner(self, pos: QPointF) -> bool:
        size = theme.Metrics(self._window.width(), self._window.height()).px(140)
        return pos.x() <= size and pos.y() <= size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in PRESS and event.points():
            if self._in_corner(event.points()[0].position()):
                self._timer.start()
        elif kind in LIFT:
            self._timer.stop()
        elif kind in (QEvent.Type.TouchUpdate, QEvent.Type.MouseMove) and event.points():
            if not self._in_corner(event.points()[0].position()):
                self._timer.stop()
        return False


class OperatorOverlay(Overlay):
    """An operator screen: English only, large buttons, over the dimmed kiosk."""

    def button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text.replace("&", "&&"), self.panel)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def style(self, metrics: theme.Metrics) -> None:
        m = self._metrics = metrics
        self.panel.setStyleSheet(
            self.panel_style(m, 24) +
            f"QPushButton {{ color: {theme.TEXT.name()}; background: {theme.BACKGROUND.name()};"
            f" border: {m.px(2)}px solid {theme.AXIS.name()}; border-radius: {m.px(16)}px;"
            f" min-height: {m.touch}px; min-width: {m.touch}px; padding: 0 {m.px(20)}px; }}"
            f"QPushButton:pressed {{ background: {theme.SURFACE_PRESSED.name()}; }}"
            f"QPushButton:disabled {{ color: {theme.AXIS.name()}; }}")
        for child in self.panel.findChildren(QWidget):
            child.setFont(fonts.font(m.px(30), "en", bold=isinstance(child, QPushButton)))
        if self.panel.layout() is not None:
            self.panel.layout().setContentsMargins(m.px(48), m.px(40), m.px(48), m.px(40))
            self.panel.layout().setSpacing(m.px(20))
        self.panel.setMinimumWidth(m.px(560))


NOT_READ = object()  # the PIN file has not been read yet


class PinPad(OperatorOverlay):
    """The PIN file is read once each time the pad opens, and the slow scrypt check runs
    off the UI thread; the pad takes no keys while it checks."""

    unlocked = Signal()

    def __init__(self, parent: QWidget, pin_file: Path, lockout: Lockout) -> None:
        super().__init__(parent, "pinPad")
        self._pin_file, self._lockout, self._entered = pin_file, lockout, ""
        self._stored: object = NOT_READ
        self._checking = False
        self.dots = plain_label(self.panel, wrap=False)
        self.message = plain_label(self.panel)
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]
        for i, key in enumerate(keys):
            label = {"back": "←", "ok": "OK"}.get(key, key)
            button = self.button(label, f"pin:{key}")
            button.clicked.connect(lambda _c=False, k=key: self._on_key(k))
            grid.addWidget(button, i // 3, i % 3)
        cancel = self.button("Cancel", "pin:cancel")
        cancel.clicked.connect(self.hide)
        layout = QVBoxLayout(self.panel)
        for widget in (self.dots, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(cancel)
        self._unlock = QTimer(self)
        self._unlock.setSingleShot(True)
        self._unlock.timeout.connect(self._refresh)

    def open(self) -> None:
        self._entered = ""
        self._stored = NOT_READ
        self._refresh()
        super().open()
        run_in_pool(self, load_pin, self._pin_file, on_done=self._on_pin_read)

    def _on_pin_read(self, stored: str | None) -> None:
        self._stored = stored
        self._refresh()

    def _on_key(self, key: str) -> None:
        if self._checking:
            return
        if key == "back":
            self._entered = self._entered[:-1]
        elif key == "ok":
            self._check()
            return
        elif len(self._entered) < 8:
            self._entered += key
        self._refresh()

    def _check(self) -> None:
        entered, self._entered = self._entered, ""
        if self._lockout.locked_for() > 0 or self._stored is None:
            self._refresh()
            return
        self._checking = True
        self._refresh()
        run_in_pool(self, _check_pin, self._pin_file, entered, on_done=self._on_checked)

    def _on_checked(self, answer: tuple[str | None, bool]) -> None:
        self._checking = False
        self._stored, right = answer
        if self._stored is None:
            self._refresh()
        elif right:
            self._refresh()
            self._lockout.succeeded()
            self.hide()
            self.unlocked.emit()
            return
        self._lockout.failed()
        self._refresh(wrong=True)
        if self._lockout.locked_for() > 0:
            self._unlock.start(round(self._lockout.locked_for() * 1000) + 50)

    def _refresh(self, wrong: bool = False) -> None:
        locked = self._lockout.locked_for()
        for button in self.panel.findChildren(QPushButton):
            if button.objectName() != "pin:cancel":
                button.setEnabled(locked == 0 and not self._checking)
        self.dots.setText("● " * len(self._entered) or
                          ("Checking…" if self._checking else "Enter the operator PIN"))
        if self._stored is None:
            self.message.setText(f"No PIN is set. Run: kiosk set-pin  ({self._pin_file})")
        elif locked > 0:
            self.message.setText(f"Too many wrong PINs. Locked for {int(locked + 0.99)} s.")
        elif wrong:
            self.message.setText(f"Wrong PIN. {self._lockout.tries_left} tries left.")
        else:
            self.message.setText("")


def _check_pin(pin_file: Path, entered: str) -> tuple[str | None, bool]:
    """The stored hash as read now, and whether `entered` matches it (scrypt: ~50-100 ms)."""
    stored = load_pin(pin_file)
    return stored, stored is not None and verify_pin(entered, stored)


class AdminScreen(OperatorOverlay):
    reload_requested = Signal()
    rollback_requested = Signal()
    exit_requested = Signal()
    analytics_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "admin")
        self.status = plain_label(self.panel)
        buttons = QHBoxLayout()
        for text, name, action in (("Visitor analytics", "admin:analytics",
                                    self.analytics_requested.emit),
                                   ("Reload content", "admin:reload", self.reload_requested.emit),
                                   ("Roll back release", "admin:rollback",
                                    self.rollback_requested.emit),
                                   ("Exit kiosk", "admin:exit", self.exit_requested.emit),
                                   ("Close", "admin:close", self.hide)):
            button = self.button(text, name)
            button.clicked.connect(action)
            buttons.addWidget(button)
        layout = QVBoxLayout(self.panel)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def set_rollback_shown(self, shown: bool) -> None:
        """Only a kiosk that follows content releases has one to go back to."""
        self.findChild(QPushButton, "admin:rollback").setVisible(shown)

    def show_status(self, lines: list[str]) -> None:
        self.status.setText("\n".join(lines))
        if self.isVisible():
            self.open()


def memory_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * 4096 / 1e6
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def uptime(since: float) -> str:
    seconds = int(time.monotonic() - since)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    return f"{days} d {hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
