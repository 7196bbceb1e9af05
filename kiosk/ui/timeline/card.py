"""One milestone on the timeline: a painted card with a stem to its point on the axis.

Its texts are laid out by card_text.py and drawn as QStaticText set to plain text, so
content never becomes markup and shows literally. Cards are not cached as pixmaps:
measured, painting them is as fast at 1080p and faster at 4K than blitting caches, and
saves ~10 MB.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Property, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsObject

from ...content.model import Category, Milestone
from ...content.track import ABOVE, BELOW, LEFT, RIGHT
from .. import theme
from ..buttons import glyph_path
from ..icons import draw_badge
from .card_text import OPEN_MARK, CardTexts, TextBox, corner_size, info_ring, natural_height


NO_PEN, NO_BRUSH = Qt.PenStyle.NoPen, Qt.BrushStyle.NoBrush  # looked up once, not per paint
ANTIALIASED = QPainter.RenderHint.Antialiasing


def draw_mark(painter: QPainter, ring: QRectF, glyph: QPainterPath, ink: QColor, width: float,
              fill: QColor | None = None) -> None:
    """A round button's glyph (buttons.glyph_path) in a ring, small, painted on a card:
    the "+" that says it opens, the ⓘ after "date uncertain"."""
    painter.setPen(QPen(ink, width))
    painter.setBrush(fill if fill is not None else NO_BRUSH)
    painter.drawEllipse(ring)
    painter.setPen(QPen(ink, width * 1.3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(NO_BRUSH)
    painter.drawPath(glyph)


class CardItem(QGraphicsObject):
    def __init__(self, milestone: Milestone, category: Category, icon: bytes | None,
                 thumbs=None, texts: CardTexts | None = None) -> None:
        super().__init__()
        self.thumbs = thumbs  # the timeline's Thumbnails, shared by every card
        self.texts = texts or CardTexts()  # the timeline's kept texts, shared by every card
        self.bind(milestone, category, icon)
        self._lang = "en"
        self._metrics = theme.Metrics(1920, 1080)
        self._width = 440.0
        self._height = 300.0
        self._stem = 40.0
        self._side = ABOVE
        self._lead = 0.0
        self._pressed = False
        self._compact = False
        self._boxes: list[TextBox] = []
        self._texts: list[QStaticText] = []  # the boxes' texts, laid out once
        self._configured: tuple | None = None
        self._bounds = self._outline()
        self._plan: _Plan | None = None  # where each part is drawn (_make_plan)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles taps
        self.setFlag(QGraphicsObject.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # the frame's part

    def bind(self, milestone: Milestone, category: Category, icon: bytes | None) -> None:
        """Show another milestone: the timeline reuses a card rather than delete it."""
        self.milestone = milestone
        self.category = category
        self._icon = icon
        self._colour = QColor(category.colour)
        self._configured = None
        self._pressed = False

    # --- geometry -------------------------------------------------------------------
    def configure(self, metrics: theme.Metrics, lang: str, width: float, compact: bool = False,
                  limit: float = 0.0) -> None:
        """Measure the text: only when the screen size, the language, the width or the
        level (full or compact) changes."""
        if (metrics.scale, metrics.text, lang, width, compact, limit) == self._configured:
            return  # the text's layout depends on the scale, not on the window's shape
        self._configured = (metrics.scale, metrics.text, lang, width, compact, limit)
        self.prepareGeometryChange()
        self._metrics, self._lang, self._width, self._compact = metrics, lang, width, compact
        self._boxes, self._texts = self.texts.texts(self.milestone, metrics, lang, width, compact, limit)
        self._height = self.natural_height()
        self._bounds, self._plan = self._outline(), None
        self.update()

    def natural_height(self) -> float:
        """Height that shows every line of this card's text in the current language."""
        return natural_height(self._boxes, self._metrics,
                              corner_size(self.milestone, self._metrics, self._compact))

    def set_shape(self, height: float, stem: float, side: str, lead: float = 0.0) -> None:
        """The card's height, and where its stem meets the axis: below the card (the card
        stands above a horizontal axis), above it, or to its right or left (`lead` down
        from its top) beside a vertical axis."""
        if (height, stem, side, lead) != (self._height, self._stem, self._side, self._lead):
            self.prepareGeometryChange()
            self._height, self._stem, self._side, self._lead = height, stem, side, lead
            self._bounds, self._plan = self._outline(), None
            self.update()

    def _card_rect(self) -> QRectF:
        left = self._stem if self._side == RIGHT else 0.0
        top = self._stem if self._side == BELOW else 0.0
        return QRectF(left, top, self._width, self._height)

    def _stem_line(self, card: QRectF) -> tuple[QPointF, QPointF]:
        if self._side == ABOVE:
            return QPointF(card.center().x(), card.bottom()), QPointF(card.center().x(), card.bottom() + self._stem)
        if self._side == BELOW:
            return QPointF(card.center().x(), 0.0), QPointF(card.center().x(), card.top())
        y = card.top() + self._lead
        if self._side == LEFT:
            return QPointF(card.right(), y), QPointF(card.right() + self._stem, y)
        return QPointF(0.0, y), QPointF(card.left(), y)

    def card_scene_rect(self) -> QRectF:
        """The touchable card, in scene coordinates."""
        return self.mapRectToScene(self._card_rect())

    def axis_point(self) -> QPointF:
        """Where the card's stem meets the axis, in scene coordinates: the card's year."""
        return self.mapToScene(self.axis_point_in_item())

    def axis_point_in_item(self) -> QPointF:
        """The same point in the card's own coordinates: zoom scales the card about it."""
        start, end = self._stem_line(self._card_rect())
        return start if self._side in (BELOW, RIGHT) else end

    def boundingRect(self) -> QRectF:  # noqa: N802
        """Kept, not built: with no scene index Qt asks every card at every scroll step."""
        return self._bounds

    def _outline(self) -> QRectF:
        if self._side in (LEFT, RIGHT):
            return QRectF(-2, -2, self._width + self._stem + 4, self._height + 4)
        return QRectF(-2, -2, self._width + 4, self._height + self._stem + 4)

    def text_boxes(self) -> list[TextBox]:
        """The card's texts, in item coordinates."""
        card = self._card_rect()
        return [TextBox(b.text, b.rect.translated(card.left(), card.top()), b.font, b.flags, b.info)
                for b in self._boxes]

    # --- state ----------------------------------------------------------------------
    def set_pressed(self, pressed: bool) -> None:
        if pressed != self._pressed:
            self._pressed = pressed
            self.update()

    def _get_opacity(self) -> float:
        return self.opacity()

    def _set_opacity(self, value: float) -> None:
        self.setOpacity(value)

    fade = Property(float, _get_opacity, _set_opacity)

    # --- painting -------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        """Only what the frame exposes is drawn: a flick exposes a sliver of a card, and its
        badge, picture and texts outside the sliver cost nothing (half a card's paint,
        measured at 1080p). Where each part goes is worked out once (`_make_plan`): a
        flick paints a card in a dozen slivers."""
        plan = self._plan or self._make_plan()
        exposed = option.exposedRect
        painter.setRenderHint(ANTIALIASED)
        if exposed.intersects(plan.stem_reach):
            painter.setPen(plan.stem_pen)
            painter.drawLine(*plan.stem)
        card, radius = plan.card, plan.radius
        if not exposed.intersects(card):
            return
        painter.setPen(QPen(theme.TEXT, self._metrics.px(3)) if self._pressed else NO_PEN)
        painter.setBrush(theme.SURFACE_PRESSED if self._pressed else theme.SURFACE)
        painter.drawRoundedRect(card, radius, radius)
        if exposed.intersects(plan.band):
            painter.setPen(NO_PEN)
            painter.setBrush(self._colour)
            painter.setClipRect(plan.band)
            # The card's top only, the same shape inside the band: the whole card's path,
            # cut to the band, cost 4 % of a flick's sliver (counted with callgrind).
            painter.drawRoundedRect(plan.band_shape, radius, radius)
            painter.setClipping(False)
        if exposed.intersects(plan.badge):
            draw_badge(painter, plan.badge, self._icon, self._colour, theme.ICON_ON_COLOUR)
        if plan.corner is not None and exposed.intersects(plan.corner_reach):
            self._paint_corner(painter, plan)
        for reach, clip, font, bright, at, text, ring in plan.texts:
            if not exposed.intersects(reach):
                continue
            painter.setClipRect(clip)  # a text stays in its box, on its card
            painter.setFont(font)
            painter.setPen(theme.TEXT if bright else theme.TEXT_DIM)
            painter.drawStaticText(at, text)
            if ring is not None:
                painter.setClipRect(card)
                draw_mark(painter, ring[0], ring[1], painter.pen().color(), self._metrics.px(2))
        # The view does not save the painter's state around each item (DontSavePainterState):
        # a clip left set here would cut the next card's body and stem away.
        painter.setClipping(False)

    def _paint_corner(self, painter: QPainter, plan: _Plan) -> None:
        """The picture at the top right (a tile of the category's colour until it is
        decoded), and on its corner the round "+" that says the card opens."""
        box, m = plan.corner, self._metrics
        size = box.width()
        if self.milestone.image:
            pixmap = self.thumbs.get(self.milestone.image, round(size)) if self.thumbs else None
            if pixmap is None:
                painter.setPen(NO_PEN)
                painter.setBrush(self._colour.darker(200))
                painter.drawRoundedRect(box, size / 8, size / 8)
            else:
                painter.drawPixmap(box.topLeft() + QPointF((size - pixmap.width()) / 2,
                                                           (size - pixmap.height()) / 2), pixmap)
        draw_mark(painter, plan.ring, plan.ring_glyph, theme.SURFACE, m.px(3), fill=theme.TEXT)

    def _make_plan(self) -> _Plan:
        """Where the stem, body, band, badge, picture and texts go for the card's present
        shape and texts, in item coordinates."""
        m = self._metrics
        card = self._card_rect()
        radius = m.px(16)
        stem = self._stem_line(card)
        band = QRectF(card.left(), card.top(), card.width(), m.px(10))
        tall = min(card.height(), band.height() + 2 * radius)
        badge = self._boxes[0].rect.left() - m.px(34) if self._boxes else m.px(56)  # year's left
        size = corner_size(self.milestone, m, self._compact)
        corner = ring = reach = ring_glyph = None
        if size:
            corner = QRectF(card.right() - m.px(20) - size, card.top() + m.px(14), size, size)
            reach = corner.adjusted(0, 0, m.px(6), m.px(6))  # the "+" reaches past it
            mark = m.px(OPEN_MARK)
            ring = QRectF(corner.right() - mark + m.px(6), corner.bottom() - mark + m.px(6), mark, mark) \
                if self.milestone.image else corner
            ring_glyph = glyph_path("zoom_in", ring)
        texts = []
        for i, (box, text) in enumerate(zip(self._boxes, self._texts)):
            rect = box.rect.translated(card.left(), card.top())
            texts.append((rect.adjusted(0, 0, rect.height() if box.info else 0, 0), rect.intersected(card),
                          box.font, i == 0 or box.font.bold(), rect.topLeft(), text,
                          self._info(box, rect) if box.info else None))
        self._plan = _Plan(
            stem, QRectF(*stem).normalized().adjusted(-m.px(4), -m.px(4), m.px(4), m.px(4)),
            QPen(self._colour, m.px(4)), card, radius, band,
            QRectF(card.topLeft(), QSizeF(card.width(), tall)),
            QRectF(card.left() + m.px(20), card.top() + m.px(14), badge, badge),
            corner, reach, ring, ring_glyph, tuple(texts))
        return self._plan

    @staticmethod
    def _info(box: TextBox, rect: QRectF) -> tuple[QRectF, QPainterPath]:
        ring = info_ring(box, rect)
        return ring, glyph_path("info", ring)


class _Plan(NamedTuple):
    stem: tuple[QPointF, QPointF]
    stem_reach: QRectF  # the stem and its pen's width
    stem_pen: QPen
    card: QRectF
    radius: float
    band: QRectF  # the category's colour along the top
    band_shape: QRectF  # the rounded rectangle the band is cut from
    badge: QRectF
    corner: QRectF | None  # the picture's square, or the open mark's (none on a compact card)
    corner_reach: QRectF | None
    ring: QRectF | None  # the open mark
    ring_glyph: QPainterPath | None
    texts: tuple  # (reach, clip, font, bright, top left, QStaticText, (ⓘ ring, glyph) or None) each
