"""Operator access by touch: corner hold, PIN pad with lockout, admin screen, reload."""

from __future__ import annotations

import gc
import shutil
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from kiosk.config import Config
from kiosk.pin import Lockout, save_pin
from tests.conftest import DATA
from tests.ui.conftest import card
from tests.ui.touch import press, release, tap


@pytest.fixture
def operator_window(make_window, tmp_path):
    save_pin(tmp_path / "pin", "2468")
    content = tmp_path / "content"
    shutil.copytree(DATA, content)
    config = Config(admin_hold_seconds=0.3, admin_pin_file=tmp_path / "pin", content_folder=content)
    return make_window(config=config)


def hold_corner(qtbot, window) -> None:
    press(window, QPoint(20, 20))
    qtbot.waitUntil(lambda: window.operator.pin_pad is not None and window.operator.pin_pad.isVisible(),
                    timeout=2000)
    release(window, QPoint(20, 20))


def key(window, name):
    return next(b for b in window.operator.pin_pad.findChildren(QPushButton) if b.objectName() == f"pin:{name}")


def enter(qtbot, window, digits: str) -> None:
    """Type the PIN and OK; the check runs off the UI thread, so wait for its answer."""
    for digit in digits:
        tap(key(window, digit))
    tap(key(window, "ok"))
    pad = window.operator.pin_pad
    qtbot.waitUntil(lambda: pad.dots.text() != "Checking…", timeout=5000)


def test_a_short_touch_in_the_corner_does_nothing(qtbot, operator_window):
    tap(operator_window, QPoint(20, 20))
    QTest.qWait(500)
    assert operator_window.operator.pin_pad is None


def test_pin_flow_with_lockout(qtbot, operator_window):
    window = operator_window
    now = [1000.0]
    window.operator.lockout = Lockout(clock=lambda: now[0])  # a clock the test can move on
    hold_corner(qtbot, window)
    pad = window.operator.pin_pad
    for digit in "1111":
        tap(key(window, digit))
    tap(key(window, "ok"))
    assert pad.dots.text() == "Checking…", "the tap answers at once; scrypt runs in a worker"
    assert not key(window, "1").isEnabled(), "no keys while a PIN is checked"
    qtbot.waitUntil(lambda: "Wrong PIN" in pad.message.text())
    for attempt in range(3):
        enter(qtbot, window, "1111")
        assert "Wrong PIN" in pad.message.text()
    enter(qtbot, window, "1111")
    assert "Locked for" in pad.message.text()
    assert not key(window, "2").isEnabled(), "the pad is locked"
    tap(key(window, "cancel"))
    now[0] += 61  # a minute later the operator comes back
    hold_corner(qtbot, window)
    assert key(window, "2").isEnabled()
    enter(qtbot, window, "2468")
    assert not pad.isVisible() and window.operator.screen.isVisible()
    status = window.operator.screen.status.text()
    assert "content 2026.12.02" in status and "memory" in status and "Up " in status


def admin_button(window, name):
    return next(b for b in window.operator.screen.findChildren(QPushButton) if b.objectName() == f"admin:{name}")


def test_invalid_new_content_leaves_the_old_in_place(qtbot, operator_window, tmp_path):
    window = operator_window
    before = window.content
    broken = tmp_path / "content" / "milestones" / "05-sspa-us.toml"
    broken.write_text(broken.read_text(encoding="utf-8").replace('category = "exchange"',
                                                                 'category = "exchnage"'))
    hold_corner(qtbot, window)
    enter(qtbot, window, "2468")
    tap(admin_button(window, "reload"))
    assert "Checking the content folder" in window.operator.screen.status.text()
    qtbot.waitUntil(lambda: "exchnage" in window.operator.screen.status.text(), timeout=8000)
    assert window.content is before, "nothing was swapped"
    assert len(window.timeline.visible_ids()) == 29


def test_valid_new_content_is_swapped_in_whole(qtbot, operator_window, tmp_path):
    window = operator_window
    info = tmp_path / "content" / "content.toml"
    info.write_text(info.read_text(encoding="utf-8").replace('content_version = "2026.12.02"',
                                                             'content_version = "2026.12.01"'))
    (tmp_path / "content" / "milestones" / "29-social-justice-fund.toml").unlink()
    (tmp_path / "content" / "milestones" / "27-covid-relief-fund.toml").write_text(
        (tmp_path / "content" / "milestones" / "27-covid-relief-fund.toml").read_text(
            encoding="utf-8").replace('see_also = ["social-justice-fund"]', "see_also = []"))
    window.controller.open_card("eye-see")
    old_view = weakref.ref(window.timeline)  # (the old content is the test session's fixture)
    old_card = weakref.ref(card(window.timeline, "eye-see"))
    hold_corner(qtbot, window)
    enter(qtbot, window, "2468")
    tap(admin_button(window, "reload"))
    qtbot.waitUntil(lambda: window.content.info.content_version == "2026.12.01", timeout=8000)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    assert old_view() is None and old_card() is None, "the replaced views and cards are freed"
    assert len(window.timeline.visible_ids()) == 28 and window.chips.chips()[0].count == 28
    assert not window.detail.isVisible() and not window.operator.screen.isVisible()
    tap(window.timeline.viewport(), window.timeline.mapFromScene(
        card(window.timeline, "ttec-founded").card_scene_rect().center()))
    qtbot.waitUntil(lambda: window.state.open_milestone == "ttec-founded", timeout=1000)


def test_exit_quits(qtbot, operator_window, monkeypatch):
    window = operator_window
    reasons = []
    monkeypatch.setattr(window, "quit_kiosk", lambda reason="exit": reasons.append(reason))
    hold_corner(qtbot, window)
    enter(qtbot, window, "2468")
    assert not admin_button(window, "rollback").isVisible(), "a plain folder has no releases"
    tap(admin_button(window, "exit"))
    assert reasons == ["admin exit"]


def test_edited_content_is_picked_up_and_shown_at_the_next_reset(qtbot, make_window, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(DATA, content)
    # Idle long enough for the edit to settle (2 s) first; then the real idle cycle runs.
    window = make_window(config=Config(idle_seconds=4, countdown_seconds=0.3, content_folder=content))
    info = content / "content.toml"
    info.write_text(info.read_text(encoding="utf-8").replace('"2026.12.02"', '"2026.12.24"'))
    qtbot.waitUntil(lambda: window.controller.pending is not None, timeout=8000)
    assert window.controller.idle.state == "active"
    assert window.content.info.content_version == "2026.12.02", "not under a visitor's finger"
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=8000)
    assert window.content.info.content_version == "2026.12.24"


def test_broken_edits_are_refused_and_reported(qtbot, make_window, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(DATA, content)
    window = make_window(config=Config(content_folder=content))
    path = content / "milestones" / "05-sspa-us.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('category = "exchange"', 'category = "exchnage"'))
    qtbot.waitUntil(lambda: bool(window.operator.last_reload), timeout=8000)
    assert window.controller.pending is None and len(window.timeline.visible_ids()) == 29
    assert any('"exchnage" is not a category' in p for p in window.operator.status_lines())
