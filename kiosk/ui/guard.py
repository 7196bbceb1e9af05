"""Keeping a kiosk that nobody watches on its feet: Qt's messages go to the log, an
exception in any slot is logged and the screen goes back home, and SIGTERM/SIGINT (a
systemd stop, Ctrl+C) quit cleanly."""

from __future__ import annotations

import logging
import signal
import socket
import sys

from PySide6.QtCore import QObject, QSocketNotifier, QtMsgType, QTimer, qInstallMessageHandler

from ..logs import log_unhandled

log = logging.getLogger("kiosk.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind, context, message: str) -> None:
    log.log(_LEVELS.get(kind, logging.WARNING), "%s", message)


def install_qt_message_handler() -> None:
    qInstallMessageHandler(_qt_message)


def install_excepthook(recover) -> None:
    """PySide6 hands exceptions raised in slots and event handlers to sys.excepthook;
    `recover` (the controller's, a QObject's slot) then takes the screen home."""

    def hook(exc_type, exc, tb) -> None:
        log_unhandled(exc_type, exc, tb)
        if not issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            QTimer.singleShot(0, recover.__self__, recover)

    sys.excepthook = hook


class SignalBridge(QObject):
    """Python runs signal handlers only between bytecodes; a socket written by the C-level
    handler wakes the Qt event loop so SIGTERM is handled at once, not at the next event."""

    def __init__(self, on_signal, parent: QObject) -> None:
        super().__init__(parent)
        self._read, self._write = socket.socketpair()
        self._write.setblocking(False)
        self._read.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda number, frame: on_signal(signal.Signals(number).name))

    def _on_wakeup(self) -> None:
        try:
            self._read.recv(64)
        except BlockingIOError:
            pass
