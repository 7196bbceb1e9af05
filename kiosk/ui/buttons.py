"""A large round touch button with a drawn glyph: arrows, zoom, close, pause and play.

Glyphs are drawn as paths rather than font characters, so they never depend on a font.
A press shows at once (the button lightens while down), and it fires once, on release.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

from . import theme
from .i18n import translate

GLYPHS = ("left", "right", "up", "down", "close", "pause", "play", "zoom_in", "zoom_out", "comfort",
          "speaker", "stop", "info")


def glyph_path(kind: str, rect: QRectF) -> QPainterPath:
    c, r = rect.center(), rect.width() * 0.2
    path = QPainterPath()
    if kind == "left":
        path.moveTo(c + QPointF(r * 0.5, -r))
        path.lineTo(c + QPointF(-r * 0.6, 0))
        path.lineTo(c + QPointF(r * 0.5, r))
    elif kind == "right":
        path.moveTo(c + QPointF(-r * 0.5, -r))
        path.lineTo(c + QPointF(r * 0.6, 0))
        path.lineTo(c + QPointF(-r * 0.5, r))
    elif kind == "up":
        path.moveTo(c + QPointF(-r, r * 0.5))
        path.lineTo(c + QPointF(0, -r * 0.6))
        path.lineTo(c + QPointF(r, r * 0.5))
    elif kind == "down":
        path.moveTo(c + QPointF(-r, -r * 0.5))
        path.lineTo(c + QPointF(0, r * 0.6))
        path.lineTo(c + QPointF(r, -r * 0.5))
    elif kind == "pause":
        for dx in (-r * 0.45, r * 0.45):
            path.moveTo(c + QPointF(dx, -r))
            path.lineTo(c + QPointF(dx, r))
    elif kind == "play":
        path.moveTo(c + QPointF(-r * 0.5, -r))
        path.lineTo(c + QPointF(r * 0.8, 0))
        path.lineTo(c + QPointF(-r * 0.5, r))
        path.closeSubpath()
    elif kind in ("zoom_in", "zoom_out"):
        path.moveTo(c + QPointF(-r, 0))
        path.lineTo(c + QPointF(r, 0))
        if kind == "zoom_in":
            path.moveTo(c + QPointF(0, -r))
            path.lineTo(c + QPointF(0, r))
    elif kind == "comfort":  # the access figure: a head, open arms, a body, two legs
        path.addEllipse(c + QPointF(0, -r * 1.05), r * 0.28, r * 0.28)
        path.moveTo(c + QPointF(-r * 1.0, -r * 0.45))
        path.lineTo(c + QPointF(r * 1.0, -r * 0.45))
        path.moveTo(c + QPointF(0, -r * 0.45))
        path.lineTo(c + QPointF(0, r * 0.3))
        path.lineTo(c + QPointF(-r * 0.55, r * 1.15))
        path.moveTo(c + QPointF(0, r * 0.3))
        path.lineTo(c + QPointF(r * 0.55, r * 1.15))
    elif kind == "speaker":  # a loudspeaker and two waves of sound
        path.moveTo(c + QPointF(-r * 1.1, -r * 0.35))
        path.lineTo(c + QPointF(-r * 0.6, -r * 0.35))
        path.lineTo(c + QPointF(-r * 0.05, -r * 0.9))
        path.lineTo(c + QPointF(-r * 0.05, r * 0.9))
        path.lineTo(c + QPointF(-r * 0.6, r * 0.35))
        path.lineTo(c + QPointF(-r * 1.1, r * 0.35))
        path.closeSubpath()
        for k in (0.55, 1.0):
            box = QRectF(c.x() - r * k * 0.9, c.y() - r * k, 2 * r * k * 0.9 + r * 0.2, 2 * r * k)
            path.arcMoveTo(box, 45)
            path.arcTo(box, 45, -90)
    elif kind == "info":  # the "i" of ⓘ: the button's own ring is the circle
        path.addEllipse(c + QPointF(0, -r * 0.85), r * 0.12, r * 0.12)
        path.moveTo(c + QPointF(0, -r * 0.3))
        path.lineTo(c + QPointF(0, r * 0.95))
    elif kind == "stop":
        path.addRect(QRectF(c.x() - r * 0.75, c.y() - r * 0.75, r * 1.5, r * 1.5))
    elif kind == "close":
        path.moveTo(c + QPointF(-r, -r))
        path.lineTo(c + QPointF(r, r))
        path.moveTo(c + QPointF(r, -r))
        path.lineTo(c + QPointF(-r, r))
    return path


def pill_painter(widget: QWidget, inset: float) -> tuple[QPainter, QRectF, float]:
    """An antialiased painter on `widget`, its rect inset by `inset`, and a pill's radius."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset)
    return painter, rect, rect.height() / 2


def spoken_names() -> dict[str, str]:
    """What each button is called for a screen reader, in the installed language."""
    return {"left": translate("kiosk", "Earlier"), "right": translate("kiosk", "Later"),
            "up": translate("kiosk", "Earlier"), "down": translate("kiosk", "Later"),
            "previous": translate("kiosk", "Previous milestone"),
            "next": translate("kiosk", "Next milestone"), "close": translate("kiosk", "Close"),
            "pause": translate("kiosk", "Pause the tour"), "play": translate("kiosk", "Continue the tour"),
            "zoom_in": translate("kiosk", "Zoom in"), "zoom_out": translate("kiosk", "Zoom out"),
            "comfort": translate("kiosk", "Easier to see and hear"),
            "speaker": translate("kiosk", "Read aloud"),
            "info": translate("kiosk", "Why the date is uncertain"), "stop": translate("kiosk", "Stop reading"),
            "read_categories": translate("kiosk", "Read the categories aloud")}


class RoundButton(QAbstractButton):
    """`purpose` names it for a screen reader where its glyph alone does not ("previous"
    for the detail card's ‹); else its glyph does."""

    def __init__(self, kind: str, size: int, parent: QWidget | None = None,
                 purpose: str | None = None) -> None:
        super().__init__(parent)
        assert kind in GLYPHS
        self._kind = kind
        self._purpose = purpose
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.set_diameter(size)
        self._name()

    @property
    def kind(self) -> str:
        return self._kind

    def set_kind(self, kind: str) -> None:
        assert kind in GLYPHS
        self._kind = kind
        self._name()
        self.update()

    def _name(self) -> None:
        kind = self._kind if self._kind == "stop" else self._purpose or self._kind
        self.setAccessibleName(spoken_names()[kind])

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    def set_diameter(self, size: int) -> None:
        self.setFixedSize(QSize(size, size))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        enabled = self.isEnabled()
        fill = theme.SURFACE_PRESSED if self.isDown() else theme.SURFACE
        painter.setBrush(fill)
        border = QColor(theme.TEXT if enabled else theme.AXIS)
        border.setAlpha(230 if enabled else 90)
        painter.setPen(QPen(border, max(2.0, rect.width() * 0.04)))
        painter.drawEllipse(rect)
        pen = QPen(border, max(3.0, rect.width() * 0.08))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(glyph_path(self._kind, rect))
