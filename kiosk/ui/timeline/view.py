"""The scrolling timeline: card layout, filtering, scrolling along the time axis.

Time runs left to right on a landscape screen and top to bottom on a portrait one (the
window says which); `Track` places the cards either way. The view renders `state.filter`
and the visitor's language, reports the years it shows, and says which card a visitor
tapped (touch.py reads the fingers).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QAbstractAnimation, QParallelAnimationGroup, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QScroller

from ...content.model import Milestone
from ...content.scale import Layout, PackParams, ScaleParams, lay_out, nearest, pack
from ...content.timeline import Content
from ...content import zoom
from ...content.track import Track, vertical_track
from ...visit.state import VisitorState
from ...visit.taps import TapTracker
from .. import theme
from ..widgets import Retranslates, follow, own_viewport
from .axis import AxisItem
from .card import CardItem
from .filter_motion import FilterMotion
from .marks import MarkLayer
from .pool import CardPool, Steps
from .thumbs import Thumbnails
from .widths import Ahead, ahead_steps, card_shape
from .scrolling import AlongAxis
from .touch import TouchInput
from .zooming import Zooming


NEIGHBOURS = 8  # cards measured ahead beyond those near the view, each way


class TimelineView(AlongAxis, TouchInput, Zooming, FilterMotion, Retranslates, QGraphicsView):
    milestone_tapped = Signal(str)
    view_moved = Signal(float, float)  # the first and last year on screen
    zoom_requested = Signal(float, bool)  # a zoom, and whether the gesture is over

    def __init__(self, content: Content, state: VisitorState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._content = content
        self._state = state
        self._metrics = theme.Metrics(1920, 1080)
        self._card_unit = 440.0  # pixels per layout unit at zoom 1: a card's width
        self._unit = 440.0  # pixels per layout unit at the zoom shown
        self._layout: Layout = lay_out([])
        self._taps: TapTracker[CardItem] = TapTracker(self._metrics.px(24))
        self._drawn_pressed: set[CardItem] = set()
        self._mouse_scroll = 0  # where a mouse drag began
        self._animation: QParallelAnimationGroup | None = None
        self._configured_for: tuple | None = None
        self._laid_out_for: tuple | None = None
        self._dirty = True
        self._stem = 44.0
        self._vertical = False
        self._track = Track(False, 0.0, self._stem, self._unit)

        scene = QGraphicsScene(self)
        scene.setBackgroundBrush(theme.BACKGROUND)
        # Every filter toggle moves most cards; a BSP index would be rebuilt each time.
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self._across = 0.0
        self._axis = AxisItem()
        scene.addItem(self._axis)
        self._thumbs = Thumbnails(content.root, self)
        self._pool = CardPool(scene, content, self._thumbs)
        self._thumbs.ready.connect(self._pool.on_picture_ready)
        self._marks = MarkLayer(content)
        scene.addItem(self._marks)
        self._order: list[str] = []  # the shown milestones, in the layout's order
        self._index: dict[str, int] = {}  # and where each is in it
        self._scaling = False
        self._ahead = Ahead(self, self._pool, self._at_rest, self._plan_ahead)  # for a switch
        self._init_zoom()
        self._leaving: set[str] = set()  # cards fading out

        own_viewport(self)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keypad's arrows move the focus ring
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        # The scene's opaque background covers every pixel it paints: Qt need not fill the
        # viewport, and the window under it, first (two full fills a zoom frame, measured).
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        self._grab_touch()
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        follow(self, state, "filter", self._on_filter)
        follow(self, state, "span", self._on_span)
        follow(self, state, "zoom", self._on_zoom)

    # --- public API -------------------------------------------------------------------
    def _visible(self) -> tuple[Milestone, ...]:
        return self._state.filter.visible(self._content)

    def start_pictures(self) -> None:
        """Decode the cards' pictures from now on: called just after the first frame."""
        self._thumbs.start()

    def visible_ids(self) -> list[str]:
        return [m.id for m in self._visible()]

    @property
    def content(self) -> Content:
        return self._content

    @property
    def state(self) -> VisitorState:
        return self._state

    @property
    def vertical(self) -> bool:
        return self._vertical

    def set_vertical(self, vertical: bool) -> None:
        """Time down the screen (portrait) or across it; the window decides."""
        if vertical != self._vertical:
            year = self.center_year() if self._layout.anchors and self.scroll_pos() > 0 else None
            self._vertical = vertical
            self._set_overshoot()
            self._dirty = True
            self._configured_for = None
            self.horizontalScrollBar().setValue(0)
            self.verticalScrollBar().setValue(0)
            self.relayout()
            if year is not None and self.isVisible():  # a screen turned: the same years in view
                self.center_on_year(year, animate=False)

    def axis_position(self) -> float:
        """Where the axis runs across the view: its y, or its x on a vertical timeline."""
        return self._track.axis

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics
        self._taps.slop = metrics.px(24)
        self.relayout()

    def retranslate(self) -> None:
        self.relayout()

    def _on_filter(self, _new, _old) -> None:
        """Cards that leave fade out, the rest close up; the view stays on the milestone
        that was in the middle, or the nearest one still shown. A reset does not animate."""
        if self._state.resetting:  # home, to the start, with no animation
            self.relayout(home=True, force=True)
            return
        self.relayout(animate=not self._state.calm_motion, keep_nearest=True, force=True)

    def _on_span(self, span, _old) -> None:
        """The state's span goes to None at a reset: home, to the start."""
        if span is None:
            self._taps.cancel()
            self._show_pressed()
            self.scroll_to(0, animate=False)
            self._sync(keep=1.0)  # home holds the same cards after every visit
            self._report()

    def relayout(self, animate: bool = False, keep_nearest: bool = False, force: bool = False,
                 home: bool = False) -> None:
        """Place the visible cards (size, language or filter changed). The view keeps the
        same year in the middle, or (`keep_nearest`, after a filter change) centres the
        milestone shown nearest to it. Only cards on screen animate, so a
        toggle costs the same with 30 milestones or 5,000. Nothing is done when the size
        and language are those already laid out, unless the filter changed (`force`)."""
        if not self.isVisible():
            self._dirty = True  # laid out once, when shown: startup sizes change several times
            return
        lang = self._state.language
        across = max(self.viewport().width() if self._vertical else self.viewport().height(),
                     self._metrics.px(400))
        key = (self._metrics, lang, self._vertical, self.viewport().size())
        if key == self._laid_out_for and not force and not self._dirty:
            return
        self._dirty = False
        self._laid_out_for = key
        self._settle_pinch()  # a chip tapped during a pinch: from where the still shows
        focus_year = self.center_year() if self._layout.anchors else None
        old_scroll = self.scroll_pos()
        visible = self._visible()
        key = (self._metrics, lang, self._vertical, across)
        if key != self._configured_for:
            self._configure_cards(across)
            self._configured_for = key
        track = self._track
        years, ids = self._state.filter.years_and_ids(self._content)
        if self._vertical:
            m = self._metrics
            self._layout = pack(years, [self._pool.height(ms.id) for ms in visible],
                                track.columns, PackParams(gap=m.px(24), min_step=m.px(72),
                                                          year_unit=m.px(14), break_width=m.px(56),
                                                          margin=m.px(40), lead=track.lead))
        else:
            # One row of cards stands a whole card apart; two rows alternate, half a card.
            self._layout = lay_out(years, ScaleParams(gap=1.1) if self._track.columns == 1 else ScaleParams())
        self._stop_animation()
        self._stop_zoom()
        self._order = ids  # shared with the filter's cache: read only
        self._index = dict(zip(ids, range(len(ids))))
        self._whole = zoom.fit(self._extent(), self._layout.width * self._card_unit)
        self._across = across
        self._scaling = True
        try:
            self._set_zoom(zoom.clamp(self._state.zoom, self._whole))
        finally:
            self._scaling = False
        unit = self._unit
        length = max(self._layout.width * unit, 1)

        extent = self._extent()
        if home:
            new_scroll = 0.0
        elif keep_nearest and focus_year is not None and years:
            new_scroll = self._layout.anchors[nearest(years, focus_year)] * unit - extent / 2
        elif old_scroll <= 0:
            new_scroll = 0.0  # resting at the start: stay there
        elif focus_year is not None:
            new_scroll = self._layout.x_at(focus_year) * unit - extent / 2
        else:
            new_scroll = old_scroll
        new_scroll = max(0.0, min(length - extent, new_scroll))
        shift = QPointF(*track.point(new_scroll - old_scroll, 0))
        reach = extent / 2
        window = QRectF(QPointF(*track.point(new_scroll - reach, 0)),
                        QPointF(*track.point(new_scroll + extent + reach, across)))

        group = QParallelAnimationGroup(self)
        shown = set()
        for index in range(*self._near(new_scroll)):
            card_id = self._order[index]
            card = self._pool.cards.get(card_id)
            on_screen_before = card is not None and card.isVisible() and card.opacity() > 0 and animate
            start = card.pos() + shift if on_screen_before else None
            card = card or self._pool.make(card_id)
            target = self._place(card, index)
            if animate and (window.contains(target) or (on_screen_before and window.contains(start))):
                if on_screen_before:
                    card.setPos(start)
                    group.addAnimation(self._animate(card, b"pos", start, target))
                else:
                    card.setPos(target)
                    card.setOpacity(0.0)
                group.addAnimation(self._animate(card, b"fade", card.opacity(), 1.0))
            else:
                card.setPos(target)
                card.setOpacity(1.0)
            card.setVisible(True)
            shown.add(card_id)
        for card_id in set(self._pool.cards) - shown:
            card = self._pool.cards[card_id]
            start = card.pos() + shift
            if animate and window.contains(start):
                card.setPos(start)
                group.addAnimation(self._animate(card, b"fade", card.opacity(), 0.0))
                self._leaving.add(card_id)
            else:
                self._drop(card_id)
        if group.animationCount():
            group.finished.connect(self._on_filter_animation_finished)
            self._animation = group
            group.start(QAbstractAnimation.DeletionPolicy.DeleteWhenStopped)
        else:
            group.deleteLater()
        self.scroll_to(new_scroll, animate=False)
        self._report()
        self._ahead.restart()

    def _configure_cards(self, across: float) -> None:
        """Set the cards' width: beside a vertical axis, as wide as their column; along a
        horizontal one, as widths.py finds."""
        metrics, lang = self._metrics, self._state.language
        if self._vertical:
            self._stem = metrics.px(44)
            self._track = vertical_track(across, metrics.px, metrics.card_width, metrics.type(112))
            self._card_unit = 1.0
            self._pool.configure(metrics, lang, self._track.card_width)
            return
        shape = card_shape(self._pool, metrics, lang, across, self._extent())
        self._stem = shape.stem
        self._card_unit = shape.width  # always the width the cards were measured at
        self._track = Track(False, shape.axis, shape.stem, shape.width, shape.rows)
        self._pool.configure(metrics, lang, shape.width)  # the cards that exist take the width found

    def _at_rest(self) -> bool:
        """No finger on the view, and nothing in it moving."""
        return (not self._taps.pressed and self._pinch is None and self._animation is None
                and QScroller.scroller(self.viewport()).state() == QScroller.State.Inactive
                and self._zoom_animation.state() != QAbstractAnimation.State.Running)

    def _plan_ahead(self) -> Steps[None]:
        """What a switch to each other language will need (widths.py), so that a visitor's
        switch lays out no text."""
        others = [lang for lang in self._content.languages if lang != self._state.language]
        placed = sorted(self._index[c] for c in self._pool.cards if c in self._index)
        # and a few either side: a column packed in another language stands a little
        # higher or lower, and brings others near (6 at 319 milestones, counted)
        near = self._order[max(0, placed[0] - NEIGHBOURS):placed[-1] + 1 + NEIGHBOURS] if placed else []
        return ahead_steps(self._pool, self._metrics, others, self._vertical, self._track.card_width,
                             self._across, self._extent(), self._visible(), near)

    def measured_ahead(self) -> bool:
        """Whether a language switch now would find every card's height kept."""
        return self._ahead.done

    def _set_scene_length(self) -> None:
        length = max(self._layout.width * self._unit, 1)
        self.scene().setSceneRect(QRectF(0, 0, self._across, length) if self._vertical
                                  else QRectF(0, 0, length, self._across))

    def _place(self, card: CardItem, index: int) -> QPointF:
        """Shape the card for its side of the axis, scaled by the zoom about its point on
        the axis; where it stands when laid out."""
        side, card_id = self._track.side(index), card.milestone.id
        height = self._pool.height(card_id, self._pool.compact)  # as tall as its own text
        card.set_shape(height, self._track.stem, side, self._track.lead)
        card.setTransformOriginPoint(card.axis_point_in_item())
        card.setScale(self._zoom)
        return QPointF(*self._track.card_origin(self._layout.anchors[index] * self._unit, height, side))

    def _near(self, scroll: float, reach: float = 1.0) -> tuple[int, int]:
        """The range of shown milestones whose cards stand within `reach` screens of the
        view when it is scrolled to `scroll`. At the whole-story level, none: marks stand there."""
        if self.zoom_level == zoom.STORY:
            return 0, 0
        extent = self._extent()
        pad = extent if self._vertical else self._unit  # a card's length along the axis, at most
        low = (scroll - reach * extent - pad) / self._unit
        high = (scroll + (1 + reach) * extent + pad) / self._unit
        anchors = self._layout.anchors
        return bisect.bisect_left(anchors, low), bisect.bisect_right(anchors, high)

    def _sync(self, keep: float = 2.0) -> None:
        """After a scroll: make the cards coming near, drop those `keep` screens away (two
        while scrolling, so a card does not come and go with a finger moving to and fro)."""
        if self._animation is not None or len(self._order) != len(self._layout.anchors):
            return  # a filter animation places the cards; it syncs when it ends
        scroll = self.scroll_pos()
        for index in range(*self._near(scroll)):
            card_id = self._order[index]
            if card_id not in self._pool.cards:
                card = self._pool.make(card_id)
                card.setPos(self._place(card, index))
                card.setOpacity(1.0)
                card.setVisible(True)
        first, last = self._near(scroll, reach=keep)
        index = self._index
        for card_id in [c for c in self._pool.cards if not first <= index.get(c, -1) < last]:
            self._drop(card_id)

    def _drop(self, card_id: str) -> None:
        card = self._pool.cards.get(card_id)
        if card is None:
            return
        if card in self._taps.pressed:
            self._taps.cancel()  # the view moved far, or a filter took the card: no tap
        self._drawn_pressed.discard(card)
        self._leaving.discard(card_id)
        self._pool.drop(card_id)

    # --- events -------------------------------------------------------------------------
    def _on_scrolled(self, _value: int) -> None:
        if self._scaling:
            return  # the scene is being scaled: the zoom syncs when it is done
        self._sync()
        self._report()

    def _report(self) -> None:
        if self._layout.anchors:
            self.view_moved.emit(*self.visible_years())

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.relayout()

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Only a change across the axis moves cards; along it, the view just shows more."""
        super().resizeEvent(event)
        old, new = event.oldSize(), event.size()
        if (old.width() != new.width()) if self._vertical else (old.height() != new.height()):
            self.relayout()
