"""What the screen shows of the timeline, against the timeline itself: for tests that the
view paints only part of a frame (a flick's sliver, a pinch's still) and still shows it
whole."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].astype(int)


def on_screen(view) -> np.ndarray:
    """The timeline as the screen shows it: the window's backing store, not a fresh paint."""
    window, vp = view.window(), view.viewport()
    corner = vp.mapTo(window, QPoint(0, 0))
    shot = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    return pixels(shot.copy(corner.x(), corner.y(), vp.width(), vp.height()))


def laid_out(view) -> np.ndarray:
    """The timeline's scene itself, rendered where the view shows it."""
    vp = view.viewport()
    image = QImage(vp.size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHints(view.renderHints())
    view.scene().render(painter, QRectF(image.rect()), view.mapToScene(vp.rect()).boundingRect())
    painter.end()
    return pixels(image)


def alike(a: np.ndarray, b: np.ndarray) -> float:
    """The share of pixels that are nearly the same colour in two pictures."""
    return float((np.abs(a - b).max(axis=2) <= 40).mean())


def whole_share(qtbot, view, share: float) -> float:
    """How much of the screen is the timeline itself, once the repaints already asked for
    are painted (a card's picture decoded a moment ago repaints it at the next turn of the
    event loop): polled for up to a second, the last share returned. A part the view never
    paints stays wrong, and the share with it."""
    last = alike(on_screen(view), laid_out(view))
    for _ in range(50):
        if last > share:
            break
        qtbot.wait(20)
        last = alike(on_screen(view), laid_out(view))
    return last
