"""The cards' QR codes, read back as a visitor's phone would read them (zxing-cpp)."""

from __future__ import annotations

import numpy as np
import zxingcpp
from PySide6.QtGui import QImage

from kiosk.config import Config
from kiosk.content.links import short
from tests.ui.conftest import wait_settled
from tests.ui.test_timeline import card_point
from tests.ui.touch import tap


def decoded(widget) -> list[str]:
    """What a QR reader finds in the widget as it is drawn on screen."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return [result.text for result in zxingcpp.read_barcodes(np.ascontiguousarray(rows[:, :image.width()]))]


def test_every_qr_code_on_a_card_reads_back_as_its_address(qtbot, make_window):
    window = make_window(lang="en")
    first = window.content.milestones[0].id
    tap(window.timeline.viewport(), card_point(window, first))
    qtbot.waitUntil(window.detail.isVisible)
    seen = 0
    for ms in window.content.milestones:
        wait_settled(qtbot, window)
        assert window.state.open_milestone == ms.id
        qr = window.detail.qr
        if ms.url is None:
            assert not qr.isVisible()
        else:
            assert qr.isVisible()
            assert decoded(qr.code) == [ms.url], ms.id
            assert qr.caption.text() == f"Scan to read more\n{short(ms.url)}"
            seen += 1
        if ms is not window.content.milestones[-1]:
            tap(window.detail.next_button)
    assert seen == 28


def test_a_japanese_card_and_high_contrast_keep_a_readable_code(qtbot, make_window):
    window = make_window(lang="ja", config=Config(high_contrast=True))
    ms = window.content.milestone("eye-see")
    tap(window.timeline.viewport(), card_point(window, ms.id))
    qtbot.waitUntil(window.detail.isVisible)
    wait_settled(qtbot, window)
    assert decoded(window.detail.qr.code) == [ms.url]
    assert window.detail.qr.caption.text().startswith("スキャンしてもっと読む\n")


def test_the_operator_can_hide_every_qr_code(qtbot, make_window):
    window = make_window(lang="en", config=Config(qr_codes=False))
    tap(window.timeline.viewport(), card_point(window, "ttec-founded"))
    qtbot.waitUntil(window.detail.isVisible)
    assert not window.detail.qr.isVisible()
