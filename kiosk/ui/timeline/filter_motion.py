"""How the timeline's cards move when the filter changes: those that stay glide to their
new places, those that leave fade out, in FILTER_MS; a new toggle or a zoom stops the
motion where it is, and no half-faded card stays behind."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation

from .card import CardItem

FILTER_MS = 260


class FilterMotion:
    """Mixed into the timeline's QGraphicsView, which keeps `_animation` (the running
    group), `_leaving` (the cards fading out) and `_drop` and `_sync`."""

    def _animate(self, card: CardItem, prop: bytes, start, end) -> QPropertyAnimation:
        anim = QPropertyAnimation(card, prop, self)
        anim.setDuration(FILTER_MS)
        anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        anim.setStartValue(start)
        anim.setEndValue(end)
        return anim

    def _stop_animation(self) -> None:
        group, self._animation = self._animation, None
        if group is not None:
            group.stop()
            self._end_animation()

    def _end_animation(self) -> None:
        """Also runs when a new toggle interrupts: half-faded cards must not stay behind."""
        self._animation = None
        for card_id in list(self._leaving):  # (a new layout stops the fade before it places)
            self._drop(card_id)

    def _on_filter_animation_finished(self) -> None:
        self._end_animation()
        self._sync()
