"""Operation: lockdown, recovery from an exception, content fallback, clean stop, and a
restart after kill -9."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from kiosk.ui.app import load_or_fallback
from tests.conftest import ROOT
from tests.ui.conftest import card, wait_settled
from tests.ui.touch import tap


@pytest.fixture
def locked(make_window):
    window = make_window()
    window.set_lockdown(True, hide_cursor=True)
    window.showFullScreen()
    QTest.qWaitForWindowExposed(window)
    yield window
    window.quit_kiosk("test over")


def test_key_combos_and_close_requests_do_not_close_a_locked_kiosk(locked):
    assert locked.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert locked.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    for key, mods in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)):
        QTest.keyClick(locked, key, mods)
    assert not locked.close(), "a close request (Alt+F4 from the window manager) is refused"
    QApplication.sendEvent(locked, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(50, 50),
                                                     locked.mapToGlobal(QPoint(50, 50))))
    QTest.qWait(50)
    assert locked.isVisible() and locked.isFullScreen()
    assert not [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()]


@pytest.mark.qt_no_exception_capture  # the kiosk's own sys.excepthook must see it
def test_an_exception_in_a_slot_is_logged_and_the_screen_goes_home(qtbot, make_window, caplog,
                                                                  monkeypatch):
    from kiosk.ui.guard import install_excepthook

    window = make_window()
    tap(next(c for c in window.chips.chips() if c.category_id == "sports"))
    wait_settled(qtbot, window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook(window.controller.recover)

    failures = []

    def broken_once(new, _old):
        if new is not None and not failures:
            failures.append(1)
            raise RuntimeError("injected failure")

    window.state.subscribe("open_milestone", broken_once)  # a view that fails half-way
    view = window.timeline
    point = view.mapFromScene(card(view, "dream-goal-2014").card_scene_rect().center())
    with caplog.at_level(logging.ERROR):
        tap(view.viewport(), point)  # opening the card now fails half-way, inside a slot
        qtbot.waitUntil(lambda: window.state.filter.is_all, timeout=2000)
    assert "injected failure" in caplog.text and "unhandled exception" in caplog.text
    assert not window.detail.isVisible() and window.timeline.scroll_pos() == 0
    assert window.timeline.visible_ids() == [m.id for m in window.content.milestones]


def test_invalid_configured_content_falls_back_to_the_bundled_content(tmp_path, caplog):
    broken = tmp_path / "content"
    broken.mkdir()
    (broken / "content.toml").write_text("content_version = [\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        content, reasons = load_or_fallback(broken, None)
    assert len(content.milestones) == 29
    assert reasons and any("content.toml" in r for r in reasons)
    assert "showing the bundled content" in caplog.text


def start_kiosk(tmp_path, *extra):
    config = tmp_path / "config.toml"
    config.write_text(f'log_folder = "{tmp_path / "logs"}"\nlockdown = false\n'
                      f'analytics_folder = "{tmp_path / "analytics"}"\n', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "kiosk", "--config", str(config), *extra],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def log_of_a_start(tmp_path) -> str:
    """Start the kiosk, wait until it is ready, stop it; its log."""
    proc = start_kiosk(tmp_path)
    try:
        return wait_for_log(tmp_path, "kiosk ready")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wait_for_log(tmp_path, text, times=1, timeout=30.0) -> str:
    log_file = tmp_path / "logs" / "kiosk.log"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log_file.exists() and (content := log_file.read_text(encoding="utf-8")).count(text) >= times:
            return content
        time.sleep(0.1)
    raise AssertionError(f"{text!r} not in the log within {timeout} s")


def test_sigterm_quits_cleanly(tmp_path):
    proc = start_kiosk(tmp_path)
    try:
        wait_for_log(tmp_path, "kiosk ready")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        proc.kill()
    assert "quitting (SIGTERM)" in wait_for_log(tmp_path, "quitting")


def test_after_kill_9_the_kiosk_restarts_clean_on_the_home_screen(tmp_path):
    proc = start_kiosk(tmp_path)
    try:
        wait_for_log(tmp_path, "kiosk ready")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        proc.kill()
    home = tmp_path / "home.png"
    again = tmp_path / "again.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for shot in (again, home):
        subprocess.run([sys.executable, "-m", "kiosk", "--screenshot", str(shot), "--size", "1280x800"],
                       cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    proc = start_kiosk(tmp_path)
    try:
        log = wait_for_log(tmp_path, "kiosk ready", times=2)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert log.count("starting") == 2 and "previous run crashed" not in log
    assert again.read_bytes() == home.read_bytes(), "the restart shows the home screen, unchanged"


def test_a_crash_trace_is_reported_by_the_next_start(tmp_path):
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "crash.log").write_text("Fatal Python error: Segmentation fault\n")
    log = log_of_a_start(tmp_path)
    assert "the previous run crashed" in log and "Segmentation fault" in log
    assert (tmp_path / "logs" / "crash.log.1").exists(), "kept, and not reported twice"


def test_repeated_kill_9_during_start_up_and_its_writes(tmp_path):
    """Killed again and again while it starts (writing its log, crash log and content cache):
    every restart still comes up, and no half-written file survives."""
    cache = tmp_path / "cache"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(cache))
    config = tmp_path / "config.toml"
    config.write_text(f'log_folder = "{tmp_path / "logs"}"\nlockdown = false\n'
                      f'analytics_folder = "{tmp_path / "analytics"}"\n', encoding="utf-8")
    for delay in (0.05, 0.15, 0.3, 0.5, 0.8, 1.2):
        proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--config", str(config)], cwd=ROOT,
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--config", str(config)], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        log = wait_for_log(tmp_path, "kiosk ready")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "29 milestones" in log
    assert not list(cache.rglob("*.tmp")), "no half-written cache file is left"
    assert "damaged" not in log, "the engagement log was never found damaged"


def test_with_no_display_it_says_so_in_one_line_and_the_next_start_is_clean(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'log_folder = "{tmp_path / "logs"}"\nlockdown = false\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "kiosk", "--config", str(config), "--windowed"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert "no display" in line and "Traceback" not in line
    assert "crashed" not in log_of_a_start(tmp_path)


def test_a_window_never_opens_larger_than_the_screen():
    from PySide6.QtCore import QSize

    from kiosk.ui.app import fitted

    assert fitted((1920, 1080), QSize(1366, 738)) == (1312, 738)  # 16:9 kept, all on screen
    assert fitted((1920, 1080), QSize(2560, 1400)) == (1920, 1080)
