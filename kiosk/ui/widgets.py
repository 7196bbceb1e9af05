"""Small widgets every screen shares: a plain-text label, the dimmed overlay that carries
the detail card, the countdown and the operator screens, and the tie between a view and
the visitor state."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QWidget

from ..visit.state import VisitorState
from . import theme


def plain_label(parent: QWidget, wrap: bool = True) -> QLabel:
    """A label that can never read its text as markup, and lets touches through. One that
    wraps takes the width its layout gives it: a word wider than that (a stranger's
    60-letter name) is cut inside the label, never widening the card past the screen."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if wrap:  # its own minimum, instead of its longest word's width
        label.setMinimumWidth(1)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setOpenExternalLinks(False)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


def own_viewport(area: QAbstractScrollArea) -> None:
    """Give a scroll area a viewport made in Python. Qt's own is a widget PySide has never
    seen, and the first `viewport()` call then builds every QWidget subclass it knows, with
    their enums, to find that widget's type: 12-17 ms, and 2.1 MB of the soak's peak when
    the chips' bar did it (measured)."""
    area.setViewport(QWidget())


def follow(view: QObject, state: VisitorState, name: str, slot: Callable[[Any, Any], None]) -> None:
    """Call `slot(new, old)` on each change of `state.<name>` for as long as `view` lives."""
    unsubscribe = state.subscribe(name, slot)
    view.destroyed.connect(lambda *_: unsubscribe())


class Retranslates:
    """For widgets: Qt sends every widget a LanguageChange event when the catalogue changes
    (the state's language changed); the widget then redoes its texts in `retranslate()`,
    reading the language from the state."""

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        raise NotImplementedError


class Overlay(QWidget):
    """A full-window layer, dimmed, with one panel on it. It keeps the window's size."""

    def __init__(self, parent: QWidget, name: str, backdrop: QColor = theme.SCRIM,
                 panel_type: type[QFrame] = QFrame) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._backdrop = backdrop
        self.panel = panel_type(self)
        self.panel.setObjectName(f"{name}Panel")
        self._metrics = theme.Metrics(1920, 1080)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(watched.rect())
        return False

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.place_panel()
        self.show()
        self.raise_()

    def place_panel(self) -> None:
        """Centred at its natural size; subclasses with a fixed frame override this."""
        self.panel.adjustSize()
        self.panel.move((self.width() - self.panel.width()) // 2,
                        (self.height() - self.panel.height()) // 2)

    def panel_style(self, metrics: theme.Metrics, radius: int) -> str:
        """The panel's own background and its labels' colours, for each overlay's sheet."""
        return (f"#{self.panel.objectName()} {{ background: {theme.SURFACE.name()};"
                f" border-radius: {metrics.px(radius)}px; }}"
                f"QLabel {{ color: {theme.TEXT.name()}; background: transparent; }}")

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.place_panel()

    def paintEvent(self, event) -> None:  # noqa: N802
        QPainter(self).fillRect(event.rect(), self._backdrop)
