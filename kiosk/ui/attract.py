"""The attract tour: while nobody is exploring, the timeline shows one milestone after
another, a "Touch to explore" cue invites a touch, and a pause button stops the motion
(WCAG 2.2.2). With reduced motion, each step is a calm cross-fade instead of a scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, QPoint, QPointF, QPropertyAnimation, QRect, Qt, QTimer
from PySide6.QtWidgets import QGraphicsOpacityEffect, QHBoxLayout, QLabel, QWidget

from ..content.track import BELOW
from ..visit.state import VisitorState
from . import fonts, theme
from .buttons import RoundButton
from .i18n import translate
from .tap_hint import TapHint
from .timeline import TimelineView
from .widgets import Retranslates, plain_label

FADE_MS = 700


class AttractTour(Retranslates, QWidget):
    """The cue and the pause button, floating over the timeline; owns the tour timer."""

    def __init__(self, timeline: TimelineView, seconds: float, state: VisitorState,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("attract")
        self._timeline = timeline
        self._state = state
        self._metrics = theme.Metrics(1920, 1080)
        self.paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, round(seconds * 1000)))
        self._timer.timeout.connect(self._on_step)
        self.cue = plain_label(self, wrap=False)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pause_button = RoundButton("pause", 72, self)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cue)
        layout.addWidget(self.pause_button)
        self._fade: QLabel | None = None
        self._spot: QRect | None = None
        self._featured: str | None = None
        self.hint = TapHint(parent)
        for bar in (timeline.horizontalScrollBar(), timeline.verticalScrollBar()):
            bar.valueChanged.connect(self._on_scrolled)
        self.hide()

    @property
    def running(self) -> bool:
        return self.isVisible()

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self.retranslate()

    def retranslate(self) -> None:
        m = self._metrics
        self.cue.setFont(fonts.font(m.type(36), self._state.language, bold=True))
        self.cue.setStyleSheet(f"color: {theme.BACKGROUND.name()}; background: {theme.TEXT.name()};"
                               f" border-radius: {m.px(36)}px; padding: {m.px(10)}px {m.px(40)}px;")
        self.cue.setText(translate("kiosk", "Touch to explore"))
        self.pause_button.set_diameter(m.px(80))
        self.layout().setSpacing(m.px(20))
        self.adjustSize()

    def start(self) -> None:
        self.paused = False
        self.pause_button.set_kind("pause")
        self._featured = None
        self.place()
        self.show()
        self._present_hint()
        self.hint.raise_()
        self.raise_()  # the cue and its pause button over the hint's layer
        self._timer.start()

    def stop(self) -> None:
        """A visitor touched: stay on the milestone on screen, wherever the tour was."""
        self._timer.stop()
        self.hide()
        self.hint.present(None, self._metrics, False)
        self._timeline.scroll_to(self._timeline.scroll_pos(), animate=False)

    def _on_pause_clicked(self) -> None:
        self.paused = not self.paused
        self.pause_button.set_kind("play" if self.paused else "pause")
        if self.paused:
            self._timer.stop()
        else:
            self._timer.start()
        self._present_hint()

    def _on_step(self) -> None:
        ids = self._timeline.visible_ids()
        if not ids:
            return
        current = self._timeline.milestone_at_center()
        following = ids[(ids.index(current) + 1) % len(ids)] if current in ids else ids[0]
        calm = self._state.calm_motion
        if calm:
            self._cross_fade()
        self._featured = following
        self._timeline.center_on(following, animate=not calm)
        self.place(following)
        self._present_hint()

    def set_spot(self, spot: QRect | None) -> None:
        """Somewhere nothing is drawn (between the arrows under a vertical timeline), or
        None: then the cue finds room beside the card it presents."""
        self._spot = spot
        self.place()

    def place(self, featured: str | None = None) -> None:
        """The cue never covers the card it presents: it stands in the window's free spot,
        else on the other side of the axis, under it when the card is above."""
        if self._spot is not None:
            self.move(self._spot.center().x() - self.width() // 2,
                      self._spot.center().y() - self.height() // 2)
            return
        featured = featured or self._timeline.milestone_at_center()
        geo, margin = self._timeline.geometry(), self._metrics.px(24)
        below = featured is not None and self._timeline.side_of(featured) == BELOW
        y = geo.top() + margin if below else geo.bottom() - self.height() - margin
        self.move(geo.center().x() - self.width() // 2, y)

    def _on_scrolled(self, _value: int) -> None:
        if self.running:
            self._present_hint()

    def _present_hint(self) -> None:
        """The pulse and the finger around the card the tour presents, wherever it is now."""
        featured = self._featured or self._timeline.milestone_at_center()
        rect = self._timeline.card_rect(featured) if featured and self.running else None
        if rect is not None:  # the hint spans the window: the finger may stand beside the timeline
            window = self.hint.parentWidget()
            self.hint.setGeometry(window.rect())
            rect = rect.translated(QPointF(self._timeline.viewport().mapTo(window, QPoint(0, 0))))
        self.hint.present(rect, self._metrics, not (self._state.calm_motion or self.paused))

    def _cross_fade(self) -> None:
        """Cover the timeline with a picture of itself and fade that out after the jump."""
        viewport = self._timeline.viewport()
        fade = QLabel(viewport)
        fade.setPixmap(viewport.grab())
        fade.setGeometry(viewport.rect())
        effect = QGraphicsOpacityEffect(fade)
        fade.setGraphicsEffect(effect)
        fade.show()
        animation = QPropertyAnimation(effect, b"opacity", fade)
        animation.setDuration(FADE_MS)
        animation.setStartValue(1.0)
        animation.setEndValue(0.0)
        animation.finished.connect(fade.deleteLater)
        animation.start(QAbstractAnimation.DeletionPolicy.DeleteWhenStopped)
