"""Lockdown: the window's own behaviour on an unattended screen. Full screen, frameless
and on top; close keys and close requests do nothing, and a window manager that takes
full screen away has it given back. Visitor keys (a keypad's) still reach the exhibit.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


class Lockdown:
    """Mixed into the main window, which provides `_visitor_key(event) -> bool`."""

    _locked = False  # class defaults: Qt calls changeEvent before __init__ has run its course
    _closing = False

    def set_lockdown(self, locked: bool, hide_cursor: bool = True) -> None:
        """Full screen, frameless, on top; close keys and close requests do nothing."""
        self._locked = locked
        flags = Qt.WindowType.Window
        if locked:
            flags |= Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        self.setWindowFlags(flags)
        if locked and hide_cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)

    @property
    def locked(self) -> bool:
        return self._locked

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if (self._locked and event.type() == QEvent.Type.WindowStateChange
              and not self.isFullScreen() and self.isVisible() and not self._closing):
            QTimer.singleShot(0, self, self.showFullScreen)  # something un-fullscreened us

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._locked and not self._closing:
            log.info("close request ignored (lockdown)")
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self._visitor_key(event):
            event.accept()
            return
        if self._locked:
            event.accept()  # Esc, Ctrl+W, Ctrl+Q, F11 ... end here
            return
        super().keyPressEvent(event)
