"""The baseline for first-frame time: a bare PySide6 window, painted once, then exit."""

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
window = QLabel("bare window")


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, window, lambda: (print("FIRST-FRAME", flush=True), app.quit()))
        return False


spy = FirstPaint(window)
window.installEventFilter(spy)
window.showFullScreen()
app.exec()
