"""The tour's invitation to touch: a pulse of light around the card the tour presents, and
a finger beside it that taps towards it, so a child sees at a glance that cards open.

Both are drawn around the card, never over it: the ring stands outside its edge and the
finger points at its corner from outside. Touches pass through to the timeline. With calm
motion the ring and the finger stand still. The animation runs only while the tour shows.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QRegion, QTransform
from PySide6.QtWidgets import QWidget

from . import theme

PERIOD_MS = 1600  # one tap and its pulse
FINGER = 96  # the finger's width, in design pixels
RING = 30  # how far the pulse of light spreads from the card's edge
TAP = 14  # how far the finger moves in to tap


class TapHint(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tapHint")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self._card: QRectF | None = None  # the presented card, in this widget's coordinates
        self._metrics = theme.Metrics(1920, 1080)
        self._phase = 0.35  # where a still hint rests: the finger down, the ring out
        self._pulse = QVariantAnimation(self)
        self._pulse.setStartValue(0.0)
        self._pulse.setEndValue(1.0)
        self._pulse.setDuration(PERIOD_MS)
        self._pulse.setLoopCount(-1)
        self._pulse.valueChanged.connect(self._on_pulse)
        self.hide()

    @property
    def card(self) -> QRectF | None:
        return self._card

    @property
    def moving(self) -> bool:
        """The ring pulses and the finger taps; a still hint is drawn as it rests."""
        return self._pulse.state() == QVariantAnimation.State.Running

    def present(self, card: QRectF | None, metrics: theme.Metrics, moving: bool) -> None:
        """Show the hint around `card` (None hides it); `moving` False holds it still."""
        self._card, self._metrics = card, metrics
        self.setVisible(card is not None)
        if card is not None and moving:
            if self._pulse.state() != QVariantAnimation.State.Running:
                self._pulse.start()
        else:
            self._pulse.stop()
            self._phase = 0.35
        self.update()

    def finger_tip(self) -> tuple[QPointF, int]:
        """Where the fingertip rests and which way it points (-90: left, 90: right): beside
        the card's right edge, or its left edge where the right has no room. The layer spans
        the window, so the finger may stand over the overview beside a portrait timeline."""
        m, card = self._metrics, self._card or QRectF()
        gap, reach = m.px(40), m.px(FINGER) * 1.3 + m.px(40)
        if card.right() + reach <= self.width() or card.left() - reach < 0:
            return QPointF(card.right() + gap, card.center().y()), -90
        return QPointF(card.left() - gap, card.center().y()), 90

    def finger_path(self, phase: float | None = None) -> QPainterPath:
        """The finger, seen from the side, where it is at `phase` of a pulse (now, if None):
        it moves in to tap the card during the first part of each pulse."""
        m, p = self._metrics, self._phase if phase is None else phase
        tip, angle = self.finger_tip()
        tap = min(p, 0.6 - p, 0.3) / 0.3 if p < 0.6 else 0.0
        w = m.px(FINGER)
        finger = QPainterPath()
        finger.addRoundedRect(QRectF(-w * 0.14, 0, w * 0.28, w * 0.75), w * 0.14, w * 0.14)
        finger.addRoundedRect(QRectF(-w * 0.36, w * 0.5, w * 0.72, w * 0.72), w * 0.22, w * 0.22)
        place = QTransform()
        place.translate(tip.x() + m.px(TAP) * tap * (1 if angle > 0 else -1), tip.y())
        place.rotate(angle)
        return place.map(finger.simplified())

    def _changing(self) -> QRegion:
        """What a pulse repaints: the band around the card and the finger's reach, never the
        card itself or the rest of the timeline beneath this layer."""
        m, card = self._metrics, self._card
        outer = card.adjusted(-m.px(RING + 10), -m.px(RING + 10), m.px(RING + 10), m.px(RING + 10))
        reach = self.finger_path(0.0).boundingRect().united(self.finger_path(0.3).boundingRect())
        pad = m.px(4)
        return (QRegion(outer.toAlignedRect()) - QRegion(card.toRect())) + QRegion(
            reach.adjusted(-pad, -pad, pad, pad).toAlignedRect())

    def _on_pulse(self, value: float) -> None:
        self._phase = value
        if self._card is not None:
            self.update(self._changing())

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._card is None:
            return
        m, p = self._metrics, self._phase
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        glow = QColor(theme.FOCUS)
        glow.setAlphaF(max(0.0, 1.0 - p) * 0.9)
        grow = m.px(8) + m.px(RING - 8) * p
        painter.setPen(QPen(glow, m.px(6)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = m.px(16) + grow
        painter.drawRoundedRect(self._card.adjusted(-grow, -grow, grow, grow), radius, radius)
        painter.setPen(QPen(theme.ICON_ON_COLOUR, m.px(4)))
        painter.setBrush(theme.TEXT)
        painter.drawPath(self.finger_path())
