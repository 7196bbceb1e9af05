"""GUI fixtures: a shown kiosk window, and a check that no test leaves Qt objects alive."""

from __future__ import annotations

import gc
import os
import threading
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import paths
from kiosk.content import load_content
from kiosk.ui.fonts import register_fonts


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp):
    assert register_fonts() == []


def python_threads() -> set[threading.Thread]:
    """Threads Python started. Qt's pool threads show up as dummy entries once Python code
    has run on them; they are counted by the thread pool check instead."""
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


@pytest.fixture(autouse=True)
def no_leaks(qapp):
    """A kiosk runs for weeks: a widget, timer or thread left behind by a test is a bug."""
    threads = python_threads()
    yield
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in QApplication.topLevelWidgets() if shiboken6.isValid(w)]
    timers = [o for o in gc.get_objects()
              if isinstance(o, QTimer) and shiboken6.isValid(o) and o.isActive() and o.parent() is None]
    assert not left, f"widgets left alive: {left}"
    assert not timers, f"unparented timers left running: {timers}"
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    qthreads = [o for o in gc.get_objects()
                if isinstance(o, QThread) and shiboken6.isValid(o) and o.isRunning()]
    assert not qthreads, f"Qt threads left running: {qthreads}"
    new = python_threads() - threads  # one that was already running may end meanwhile
    assert not new, f"threads left running: {new}"


@pytest.fixture(scope="session")
def content():
    result = load_content(paths.bundled_content(), paths.assets())
    assert result.ok
    return result.content


@pytest.fixture
def make_window(qtbot, content):
    from kiosk.ui.main_window import MainWindow

    def make(size=(1920, 1080), lang="en", which=content, config=None, engagement=None,
             sound=False) -> MainWindow:
        from kiosk.config import Config

        config = config or Config()
        if not config.speech_engine:  # this machine's own voices, only where a test asks
            config = replace(config, speech_engine="none")
        config = replace(config, sound=config.sound and sound)  # and its sound card
        window = MainWindow(which, lang, config, engagement)
        window.resize(*size)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.overview is not None)  # built just after the first frame
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def cards(view) -> dict:
    """The timeline's cards as its scene holds them, by milestone id: those within about a
    screen of the view (the timeline makes no others)."""
    from kiosk.ui.timeline.card import CardItem

    return {item.milestone.id: item for item in view.scene().items()  # (hidden or transparent
            if isinstance(item, CardItem) and item.isVisible() and item.opacity() > 0}  # ones wait)


def assert_cards_match_filter(window) -> None:
    """The cards on the axis are the filter's, and the milestone in the middle of the view
    has its card there (the timeline makes cards only near the screen)."""
    view = window.timeline
    shown = {cid for cid, c in cards(view).items() if c.isVisible() and c.opacity() > 0.5}
    assert shown <= set(view.visible_ids()), "a filtered-out card is on the axis"
    middle = view.milestone_at_center()
    assert middle is None or middle in shown, "the milestone in view has no card"


def card(view, milestone_id: str):
    """A milestone's card; if it is far from the view, the view is centred on it first."""
    if milestone_id not in cards(view):
        view.center_on(milestone_id, animate=False)
    return cards(view)[milestone_id]


def wait_settled(qtbot, window) -> None:
    """Until nothing on screen moves: no animation runs (filter, card, cross-fade) and the
    timeline's scroller is at rest. An endless loop (the tour's pulse of light around a card)
    never ends, so it does not count: it moves nothing but itself."""
    from PySide6.QtCore import QAbstractAnimation
    from PySide6.QtWidgets import QScroller

    scroller = QScroller.scroller(window.timeline.viewport())

    def still() -> bool:
        running = [a for a in window.findChildren(QAbstractAnimation)
                   if a.state() == QAbstractAnimation.State.Running and a.loopCount() != -1]
        return not running and scroller.state() == QScroller.State.Inactive

    qtbot.waitUntil(still, timeout=8000)


@pytest.fixture
def engagement(tmp_path):
    """An engagement log that writes every 50 ms, for tests that read its rows."""
    from kiosk.analytics.sessions import EngagementLog

    log = EngagementLog.at(tmp_path, 365, batch_seconds=0.05)
    log.start()
    yield log
    log.writer.close()


def rows(log, sql: str) -> list[tuple]:
    """What the log has written so far, once everything reported is on disk."""
    import sqlite3

    assert log.writer.flush()
    conn = sqlite3.connect(log.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="session")
def null_audio(tmp_path_factory):
    """A PulseAudio server whose only output is a null sink, and a speech-dispatcher of
    this test's own that plays into it: the real engine speaks, and nothing is heard. One
    for the whole session: Qt's PulseAudio client is the process's, and libpulse aborts when
    the server it knew is gone."""
    import shutil
    import subprocess
    import time

    pulse = shutil.which("pulseaudio")
    if pulse is None:
        pytest.skip("pulseaudio is not installed")
    tmp_path = tmp_path_factory.mktemp("audio")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    socket = runtime / "pulse.sock"
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path))
    server = subprocess.Popen(
        [pulse, "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
         "--load=module-null-sink"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline and server.poll() is None:
        time.sleep(0.05)
    if not socket.exists():
        server.kill()
        pytest.fail("the null PulseAudio server did not start")
    speechd = runtime / "speechd.sock"
    before = {name: os.environ.get(name) for name in ("PULSE_SERVER", "SPEECHD_ADDRESS")}
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    os.environ["SPEECHD_ADDRESS"] = f"unix_socket:{speechd}"
    dispatcher = None if shutil.which("speech-dispatcher") is None else subprocess.Popen(
        ["speech-dispatcher", "-s", "-t", "0", "-c", "unix_socket", "-S", str(speechd),
         "-P", str(runtime / "speechd.pid"), "-L", str(runtime)],
        env=dict(os.environ, XDG_RUNTIME_DIR=str(runtime)), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    while dispatcher and not speechd.exists() and time.monotonic() < deadline + 10 and dispatcher.poll() is None:
        time.sleep(0.05)
    yield
    for process in (p for p in (dispatcher, server) if p is not None):
        process.terminate()
        process.wait(timeout=10)
    for name, value in before.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
