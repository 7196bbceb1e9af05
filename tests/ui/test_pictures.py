"""Pictures and visitors' words on screen: every illustration renders, a card shows its
thumbnail and opens to the picture large, a photograph carries its credit, the ⓘ beside an
uncertain date opens its note, and every card has its "Did you know?"."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect
from PySide6.QtGui import QColor, QImage

from kiosk.content import load_content
from kiosk.ui.pictures import load_picture
from tests.conftest import ASSETS
from tests.hostile import MILESTONE, set_image
from tests.ui.conftest import cards, wait_settled
from tests.ui.test_timeline import card_point, chip
from tests.ui.touch import tap

TILE = QColor("#17202D").rgb()  # the illustrations' dark tile (assets/illustrations/draw.py)


def colours(image: QImage, step: int = 3) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def test_every_illustration_renders_non_blank_at_both_sizes(content):
    """Read and decoded by the rules for untrusted pictures, as the kiosk shows them."""
    for ms in content.milestones:
        for size in (104, 300):
            image = load_picture(content.root, ms.image, size)
            assert image is not None and (image.width(), image.height()) == (size, size), ms.id
            seen = colours(image)
            colour = QColor(content.category(ms.category).colour).rgb()
            assert TILE in seen and len(seen) >= 3, ms.id
            close = [c for c in seen if all(abs(a - b) <= 6 for a, b in zip(QColor(c).getRgb()[:3],
                                                                              QColor(colour).getRgb()[:3]))]
            assert close, f"{ms.id}: its category's colour is in the picture"


def test_a_timeline_card_shows_its_thumbnail_once_decoded(qtbot, make_window):
    window = make_window(lang="en")
    view = window.timeline
    card = cards(view)["ttec-founded"]
    rect = view.mapFromScene(card.card_scene_rect()).boundingRect()
    corner = QRect(rect.right() - 140, rect.top() + 10, 120, 120)  # the top right, at 1080p

    def shown() -> bool:
        return TILE in colours(view.viewport().grab(corner).toImage())

    qtbot.waitUntil(shown)


def test_the_detail_card_shows_the_picture_large_and_says_what_it_shows(qtbot, make_window):
    window = make_window(lang="en")
    tap(window.timeline.viewport(), card_point(window, "ttec-founded"))
    qtbot.waitUntil(window.detail.isVisible)
    picture = window.detail.picture
    qtbot.waitUntil(lambda: TILE in colours(picture.image.pixmap().toImage()))
    assert picture.image.pixmap().width() == 300
    assert picture.image.accessibleName() == "A small office building with a radio mast sending out waves."
    assert not picture.credit.isVisible(), "an illustration made for the kiosk needs no credit"


def jpeg(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3A7D44"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG")
    return bytes(data)


def test_a_photograph_shows_its_credit_on_the_card(qtbot, make_window, content_copy):
    set_image(content_copy, "images/photo.jpg")
    (content_copy / "images" / "photo.jpg").write_bytes(jpeg(640, 480))
    result = load_content(content_copy, ASSETS)
    assert result.ok, result.problems
    window = make_window(lang="en", which=result.content)
    tap(chip(window, "communities"))  # Canada (1991), then Australia (1998), the photograph's
    wait_settled(qtbot, window)
    tap(window.timeline.viewport(), card_point(window, "sony-canada-foundation"))
    qtbot.waitUntil(window.detail.isVisible)
    tap(window.detail.next_button)
    wait_settled(qtbot, window)
    assert window.state.open_milestone == "sony-foundation-australia" == MILESTONE[14:-5]
    qtbot.waitUntil(window.detail.isVisible)
    picture = window.detail.picture
    assert picture.credit.isVisible() and picture.credit.text() == "Photo: a test"
    green = QColor("#3A7D44").getRgb()[:3]  # the photograph's colour, within JPEG's loss

    def shown() -> bool:
        return any(all(abs(a - b) <= 8 for a, b in zip(QColor(c).getRgb()[:3], green))
                   for c in colours(picture.image.pixmap().toImage(), 20))

    qtbot.waitUntil(shown)
    assert picture.image.pixmap().width() == 300 and picture.image.pixmap().height() == 225


def test_the_info_mark_beside_an_uncertain_date_opens_its_note(qtbot, make_window):
    window = make_window(lang="en")
    tap(chip(window, "company"))
    wait_settled(qtbot, window)
    tap(window.timeline.viewport(), card_point(window, "ttec-founded"))
    qtbot.waitUntil(window.detail.isVisible)
    detail = window.detail
    assert not detail.uncertain.isVisible(), "an exact date has no ⓘ"
    while window.state.open_milestone != "csr-department":
        tap(detail.next_button)
        wait_settled(qtbot, window)
    assert detail.uncertain.isVisible() and not detail.note.isVisible()
    assert detail.uncertain.accessibleName() == "Why the date is uncertain"
    tap(detail.uncertain)
    qtbot.waitUntil(detail.note.isVisible)
    assert detail.note.text() == ("No record gives the year. It was between 2002 and 2004, "
                                  "most likely 2003.")
    tap(detail.uncertain)
    qtbot.waitUntil(lambda: not detail.note.isVisible())


def test_every_card_has_its_did_you_know_in_both_languages(qtbot, make_window):
    window = make_window(lang="en")
    tap(window.timeline.viewport(), card_point(window, "ttec-founded"))
    qtbot.waitUntil(window.detail.isVisible)
    box = window.detail.did_you_know
    for ms in window.content.milestones:
        wait_settled(qtbot, window)
        assert window.state.open_milestone == ms.id
        assert box.isVisible() and box.heading.text() == "Did you know?"
        assert box.text.text() == ms.text("en").did_you_know
        if ms is not window.content.milestones[-1]:
            tap(window.detail.next_button)
    tap(window.language_toggle)
    qtbot.waitUntil(lambda: box.heading.text() == "知ってる?")
    assert box.text.accessibleName() == window.content.milestones[-1].text("ja").did_you_know
