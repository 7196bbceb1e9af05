"""Start the kiosk: Qt application, fonts, content, window; or render a screenshot."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from .. import __version__, paths
from ..content import Content
from ..content.cache import load_cached

log = logging.getLogger(__name__)
ENGAGEMENT_START_MS = 3000


def load_or_fallback(folder: Path | None, cache: Path | None = None) -> tuple[Content, list[str]]:
    """The configured content if valid, else the bundled content, with the reasons."""
    bundled = paths.bundled_content()
    reasons: list[str] = []
    if folder is not None and Path(folder).absolute() != bundled.absolute():
        try:
            result = load_cached(folder, paths.assets(), cache)
        except Exception as exc:  # noqa: BLE001 - whatever the folder holds, a screen follows
            log.exception("content %s could not be loaded", folder)
            reasons = [f"{folder}: could not be loaded ({type(exc).__name__})"]
        else:
            if result.ok:
                return result.content, []
            reasons = [str(p) for p in result.problems]
        for reason in reasons[:50]:
            log.error("content %s: %s", folder, reason)
        log.error("content folder %s is not valid; showing the bundled content", folder)
    result = load_cached(bundled, paths.assets(), cache)
    if not result.ok:
        raise SystemExit("bundled content is invalid:\n" + "\n".join(map(str, result.problems)))
    return result.content, reasons


def following(folder: Path | None, config):
    """The folder to show: a release inbox's current release (applying a new complete one
    first), or the folder itself; and the release outcome (None for a plain folder)."""
    if folder is None:
        return None, None
    from ..fleet.inbox import follow

    outcome = follow(folder, config.releases, paths.assets())
    for note in outcome.notes:
        log.info("%s", note)
    return outcome.folder, (outcome if outcome.notes else None)


def no_display() -> bool:
    """True where Qt would abort for want of a display (and blame a missing library): on
    Linux with no X or Wayland display and no other platform chosen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def fitted(size: tuple[int, int], available) -> tuple[int, int]:
    """A window of `size`, shrunk to the screen's free area, keeping its shape."""
    width, height = size
    scale = min(1.0, available.width() / width, available.height() / height)
    return max(320, int(width * scale)), max(240, int(height * scale))


def make_app(offscreen: bool):
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from .fonts import register_fonts

    from PySide6.QtGui import QPixmapCache

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Qt's styles fill this cache up to its 10 MB default over a day of taps; we draw our
    # own cards uncached, so 2 MB is plenty (measured: peak RSS falls ~8 MB).
    QPixmapCache.setCacheLimit(2048)
    register_fonts()
    return app


def render_screenshot(window, path: Path) -> bool:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    return image.save(str(path), "PNG")


def apply_state(window, args: argparse.Namespace) -> None:
    """--text-size, --filter, --zoom and --open, for screenshots of any state."""
    controller = window.controller
    if args.text_size:
        controller.set_text_size(args.text_size)
    if args.zoom:
        from ..content import zoom

        stops = {zoom.STORY: window.timeline.whole_zoom(), zoom.DECADES: zoom.DECADES_ZOOM,
                 zoom.CARDS: zoom.HOME}
        controller.zoom_to(stops[args.zoom])
    if args.filter:
        wanted = [c.strip() for c in args.filter.split(",") if c.strip()]
        unknown = set(wanted) - {c.id for c in controller.content.categories}
        if unknown:
            raise SystemExit(f"--filter: unknown categories: {', '.join(sorted(unknown))}")
        for category in wanted:
            controller.choose_category(category)
    if args.open:
        try:
            controller.content.milestone(args.open)
        except KeyError:
            raise SystemExit(f"--open: no milestone has the id {args.open!r}") from None
        if window.timeline.zoom_level != "story":
            window.timeline.center_on(args.open, animate=False)
        controller.open_card(args.open)


def _quit_when_still(app, window) -> None:
    """A screenshot is taken once the window is whole and still: the parts built after the
    first frame are there and no animation runs (the first frame's work can hold the
    event loop longer than any fixed wait). At most five seconds."""
    from PySide6.QtCore import QAbstractAnimation, QTimer

    started = time.monotonic()

    def check() -> None:
        running = any(a.state() == QAbstractAnimation.State.Running
                      for a in window.findChildren(QAbstractAnimation))
        voice = window.read_aloud is None or window.read_aloud.speaker is None or \
            window.read_aloud.speaker.locales is not None
        if (window.overview is not None and voice and not running) or time.monotonic() - started > 5:
            QTimer.singleShot(100, app.quit)  # one more turn for the last repaint
        else:
            QTimer.singleShot(50, window, check)

    QTimer.singleShot(50, window, check)


def _exit_after_first_paint(window) -> None:
    """For bench/run.py: report when the first frame has been painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, window, _on_painted)
            return False

    def _on_painted() -> None:
        print("FIRST-FRAME", flush=True)
        window.quit_kiosk("first frame painted")  # QApplication.quit() alone: refused in lockdown

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)


def _guard(window, content) -> None:
    """Installed on the first turn of the event loop, after the first frame is on screen."""
    from .guard import SignalBridge, install_excepthook, install_qt_message_handler

    install_qt_message_handler()
    install_excepthook(window.controller.recover)
    window._signals = SignalBridge(window.quit_kiosk, window)
    log.info("kiosk ready: %s", content.summary())


def run(args: argparse.Namespace) -> int:
    from ..config import default_config_path, load_config
    from ..logs import default_log_folder, setup_logging

    config, _warnings = load_config(args.config or default_config_path())
    interactive = args.screenshot is None  # --first-frame times a real start, logging included
    if interactive and no_display():
        print("kiosk: there is no display to show the kiosk on (neither DISPLAY nor "
              "WAYLAND_DISPLAY is set). Start it in the kiosk's graphical session, or render "
              "a picture with --screenshot.", file=sys.stderr)
        return 2
    if interactive:
        log_file = setup_logging(config.log_folder or default_log_folder(), config.log_max_kb)
        for warning in _warnings:  # logged before the file existed
            log.warning(warning)
        log.info("kiosk %s starting; log %s", __version__, log_file)
    else:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = make_app(offscreen=args.screenshot is not None)
    from PySide6.QtCore import QTimer

    from .main_window import MainWindow

    if not interactive:
        from dataclasses import replace

        config = replace(config, speech_engine=args.voice, sound=False)  # a picture is silent
    folder, release = following(args.content or config.content_folder, config)
    content, problems = load_or_fallback(folder, paths.cache_dir())
    engagement = _engagement_log(config) if interactive else None
    window = MainWindow(content, args.lang, config, engagement)
    window.controller.content_problems = problems
    window.controller.release = release
    if args.screenshot is not None:
        window.resize(*args.size)
        window.show()
        app.processEvents()
        apply_state(window, args)
        _quit_when_still(app, window)
        app.exec()
        ok = render_screenshot(window, args.screenshot)
        window.close()
        print(f"{'wrote' if ok else 'FAILED to write'} {args.screenshot}")
        return 0 if ok else 1
    if args.first_frame:
        _exit_after_first_paint(window)
    if interactive:
        QTimer.singleShot(0, window, lambda: _guard(window, content))
    if engagement is not None:
        # Its thread imports sqlite3 and checks the database: later, off the first frame's
        # path; rows recorded before then wait in its queue.
        QTimer.singleShot(ENGAGEMENT_START_MS, window, engagement.start)
    if args.windowed or not config.lockdown:
        window.resize(*fitted(args.size, window.screen().availableGeometry().size()))
        window.show()
    else:
        window.set_lockdown(True, hide_cursor=config.hide_cursor)
        # At its final size before it is shown, so the first layout is the only one (each
        # intermediate size measured every card again: ~20 ms of the first frame).
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
    try:
        return app.exec()
    finally:
        if engagement is not None:
            engagement.close()  # the visit in progress ends; queued rows are written


def _engagement_log(config):
    if not config.analytics:
        return None
    from ..analytics.sessions import EngagementLog
    from ..config import default_analytics_folder

    return EngagementLog.at(config.analytics_folder or default_analytics_folder(),
                            config.analytics_keep_days)
