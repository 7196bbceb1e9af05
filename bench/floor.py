"""The platform's floor for a scrolling frame on this machine: a bare QGraphicsView with a
handful of plain items, flicked exactly as bench/run.py flicks the timeline. Frame budgets
are ratios against it, measured in the same run, so a slow machine does not turn them red."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QApplication, QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem,
                               QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView)


def flick(app: QApplication, view: QGraphicsView, step: int, limit: int = 1000) -> list[float]:
    """Scroll as a fast flick does (step px per frame) and time each frame, from the scroll
    step to its paint: the work a step causes (cards made near the view, the overview's
    region, the reports) counts, as a pinch frame's does from its touch event. The first
    sweep warms caches and is not counted. Along the time axis: down a vertical timeline."""
    bar = view.verticalScrollBar() if getattr(view, "vertical", False) else view.horizontalScrollBar()
    values = list(range(0, bar.maximum() + step, step))[:limit]
    times = []
    for sweep in range(2):
        for value in values:
            t = time.perf_counter()
            bar.setValue(value)
            app.processEvents()
            if sweep:
                times.append(time.perf_counter() - t)
    return times


class _Paints(QObject):
    count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


CARD = QColor("#1B2940")


def _plain_cards(scene: QGraphicsScene, length: float, height: int, scale: float) -> None:
    """A dozen plain rectangles with a line of text, spread along the whole scroll."""
    for i in range(12):
        x = i * length / 12
        rect = scene.addRect(QRectF(x, height * 0.2, 440 * scale, 300 * scale))
        rect.setBrush(QBrush(CARD))
        scene.addSimpleText(f"Card {i}").setPos(x + 20, height * 0.2 + 20)


class _PaintedCard(QGraphicsItem):
    """A card as any PySide timeline paints one: a rounded rectangle and a line of text,
    drawn by a `paint` written in Python."""

    def __init__(self, rect: QRectF, text: str) -> None:
        super().__init__()
        self._rect, self._text = rect, text

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CARD)
        painter.drawRoundedRect(self._rect, 16, 16)
        painter.setPen(QColor("#F2F5FA"))
        painter.drawText(self._rect.adjusted(20, 20, -20, -20), int(Qt.AlignmentFlag.AlignLeft), self._text)


def painted_cards(scene: QGraphicsScene, length: float, height: int, scale: float) -> None:
    """Cards painted in Python, as close together as the timeline's, above and below the
    middle in turn: a flick's sliver always crosses one or two."""
    card_w, card_h = 440 * scale, 300 * scale
    x, row = 0.0, 0
    while x < length:
        top = height / 2 - card_h - 20 * scale if row % 2 == 0 else height / 2 + 20 * scale
        scene.addItem(_PaintedCard(QRectF(x, top, card_w, card_h), f"Card {row}"))
        x += card_w * 0.55  # two rows, each a card and a tenth apart, as the timeline stands
        row += 1


def native_cards(scene: QGraphicsScene, length: float, height: int, scale: float) -> None:
    """Cards as rich as ours (colour band, badge, year, picture, two lines of title and two
    of body) built from Qt's own items, which Qt paints with no Python in the frame, as
    close together as `painted_cards`: what the frame would cost if no card were painted
    in Python."""
    card_w, card_h = 580 * scale, 280 * scale
    fonts = [QFont("Noto Sans") for _ in range(3)]
    for font, size, bold in zip(fonts, (34, 30, 20), (True, True, False)):
        font.setPixelSize(round(size * scale))
        font.setBold(bold)
    no_pen = QPen(Qt.PenStyle.NoPen)
    x, row = 0.0, 0
    while x < length:
        top = height / 2 - card_h - 20 * scale if row % 2 == 0 else height / 2 + 20 * scale
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(0, 0, card_w, card_h), 16 * scale, 16 * scale)
        card = QGraphicsPathItem(outline)
        card.setPos(x, top)
        scene.addItem(card)
        parts = [card, QGraphicsRectItem(0, 0, card_w, 10 * scale, card),
                 QGraphicsEllipseItem(20 * scale, 14 * scale, 56 * scale, 56 * scale, card),
                 QGraphicsRectItem(card_w - 124 * scale, 14 * scale, 104 * scale, 104 * scale, card)]
        for part, colour in zip(parts, (CARD, "#0A6FB5", "#0A6FB5", "#223044")):
            part.setBrush(QColor(colour))
            part.setPen(no_pen)
        lines = [(f"{1946 + row}", 0, 90, 18), ("Sony Fund for the Promotion", 1, 20, 90),
                 ("of Science Education", 1, 20, 128), ("Money from Sony helps elementary and", 2, 20, 180),
                 ("junior high schools teach science.", 2, 20, 208)]
        for text, font, left, down in lines:
            item = QGraphicsSimpleTextItem(text, card)
            item.setFont(fonts[font])
            item.setBrush(QColor("#F2F5FA"))
            item.setPos(left * scale, down * scale)
        x += card_w * 0.55
        row += 1


def _bare_view(width: int, height: int, scale: float, cards=_plain_cards) -> QGraphicsView:
    """A bare view sixteen screens long, with `cards` along it."""
    scene = QGraphicsScene()
    length = 16 * width
    scene.setSceneRect(QRectF(0, 0, length, height))
    scene.setBackgroundBrush(QColor("#0E1726"))
    cards(scene, length, height, scale)
    view = QGraphicsView(scene)
    scene.setParent(view)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(width, height)
    view.show()
    QTest.qWaitForWindowExposed(view)
    return view


def _timed(app: QApplication, view: QGraphicsView, frames) -> list[float]:
    paints = _Paints()
    view.viewport().installEventFilter(paints)
    times = frames()
    view.viewport().removeEventFilter(paints)
    assert paints.count >= len(times), "the floor's frames were not painted"
    view.close()
    view.deleteLater()
    app.processEvents()
    return times


def floor_frames(app: QApplication, width: int, height: int, scale: float,
                 cards=_plain_cards) -> list[float]:
    """The bare view flicked as the timeline is. With `painted_cards`, its cards are
    painted in Python: what a frame costs any PySide timeline, before anything the kiosk
    itself does."""
    view = _bare_view(width, height, scale, cards)
    return _timed(app, view, lambda: flick(app, view, max(1, round(40 * scale))))



def zoom_floor_frames(app: QApplication, width: int, height: int, scale: float,
                      steps: int = 60) -> list[float]:
    """The platform's floor for a zoom frame: the bare view scaled about its middle a step
    a frame, as bench/zooming.py pinches (to a sixth and back), each frame timed from the
    new scale to its paint. A zoom changes every pixel, so each frame paints the whole
    view, where a flick's frame copies pixels and paints a sliver."""
    view = _bare_view(width, height, scale)
    view.centerOn(view.sceneRect().width() / 2, height / 2)
    factors = [(600 - 500 * i / steps) / 600 for i in range(steps + 1)]
    factors += list(reversed(factors))

    def frames() -> list[float]:
        times = []
        for sweep in range(2):
            for k in factors[1:]:
                t = time.perf_counter()
                view.setTransform(QTransform.fromScale(k, k))
                app.processEvents()
                if sweep:
                    times.append(time.perf_counter() - t)
        return times

    return _timed(app, view, frames)
