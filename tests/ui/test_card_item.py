"""The timeline reuses a card for another milestone, language or shape rather than make a
new one, and a card keeps where each of its parts goes between frames (a flick paints it
in slivers). A reused card must then look exactly like one made afresh for what it now
shows: never a text, picture or stem of what it showed before."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from kiosk.content.track import ABOVE, RIGHT
from kiosk.ui import theme
from kiosk.ui.timeline.card import CardItem
from kiosk.ui.timeline.card_text import CardTexts

METRICS = theme.Metrics(1920, 1080)
WIDTH = 440.0


def made(content, milestone_id: str, lang: str = "en", texts: CardTexts | None = None) -> CardItem:
    ms = content.milestone(milestone_id)
    category = content.category(ms.category)
    item = CardItem(ms, category, content.icon_svg(category.icon), None, texts or CardTexts())
    item.configure(METRICS, lang, WIDTH)
    return item


def shaped(item: CardItem, side: str = ABOVE, height: float = 320.0) -> CardItem:
    item.set_shape(height, 40.0, side, 30.0)
    return item


def picture(item: CardItem) -> QImage:
    """The card as a frame draws it, whole."""
    scene = QGraphicsScene()
    scene.addItem(item)
    image = QImage(700, 420, QImage.Format.Format_RGB32)
    image.fill(theme.BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), QRectF(-10, -10, 700, 420),
                 Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    scene.removeItem(item)
    return image


def test_a_card_switched_to_another_language_looks_like_one_made_in_it(qtbot, content):
    japanese = made(content, "science-fund", "ja")
    height = japanese.natural_height()  # both stand as tall: only the texts change
    reused = shaped(made(content, "science-fund"), height=height)
    english = picture(reused)
    reused.configure(METRICS, "ja", WIDTH)
    shaped(reused, height=height)
    assert picture(reused) == picture(shaped(japanese, height=height))
    assert picture(reused) != english


def test_a_card_reused_for_another_milestone_looks_like_one_made_for_it(qtbot, content):
    texts = CardTexts()
    reused = shaped(made(content, "science-fund", texts=texts))
    picture(reused)
    other = content.milestone("ttec-founded")
    category = content.category(other.category)
    reused.bind(other, category, content.icon_svg(category.icon))
    reused.configure(METRICS, "en", WIDTH)
    shaped(reused)
    assert picture(reused) == picture(shaped(made(content, "ttec-founded", texts=texts)))


def test_a_card_moved_to_the_other_side_of_its_stem_looks_like_one_made_there(qtbot, content):
    reused = shaped(made(content, "ttec-founded"))
    above = picture(reused)
    shaped(reused, RIGHT)
    assert picture(reused) == picture(shaped(made(content, "ttec-founded"), RIGHT))
    assert picture(reused) != above
