"""Start the kiosk: Qt application, fonts, content, window; or render a screenshot."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from .. import paths
from ..content import Content
from ..content.cache import load_cached
from ..content.filtering import Filter

log = logging.getLogger(__name__)


def load_or_fallback(folder: Path | None, cache: Path | None = None) -> tuple[Content, list[str]]:
    """The configured content if valid, else the bundled content, with the reasons."""
    bundled = paths.bundled_content()
    if folder is not None and Path(folder).resolve() != bundled.resolve():
        result = load_cached(folder, paths.assets(), cache)
        if result.ok:
            return result.content, []
        reasons = [str(p) for p in result.problems]
        for reason in reasons:
            log.error("content %s: %s", folder, reason)
        log.error("content folder %s is not valid; showing the bundled content", folder)
    else:
        reasons = []
    result = load_cached(bundled, paths.assets(), cache)
    if not result.ok:
        raise SystemExit("bundled content is invalid:\n" + "\n".join(map(str, result.problems)))
    return result.content, reasons


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
    """--filter and --open, for screenshots of any state."""
    if args.filter:
        wanted = frozenset(c.strip() for c in args.filter.split(",") if c.strip())
        unknown = wanted - {c.id for c in window.content.categories}
        if unknown:
            raise SystemExit(f"--filter: unknown categories: {', '.join(sorted(unknown))}")
        window.set_filter(Filter(wanted), animate=False)
    if args.open:
        try:
            window.content.milestone(args.open)
        except KeyError:
            raise SystemExit(f"--open: no milestone has the id {args.open!r}") from None
        window.timeline.center_on(args.open, animate=False)
        window.open_milestone(args.open)


def _exit_after_first_paint(window) -> None:
    """For bench/run.py: report when the first frame has been painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, window, _on_painted)
            return False

    def _on_painted() -> None:
        print("FIRST-FRAME", flush=True)
        QApplication.quit()

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = make_app(offscreen=args.screenshot is not None)
    from PySide6.QtCore import QTimer

    from .main_window import MainWindow

    content, _problems = load_or_fallback(args.content, paths.cache_dir())
    window = MainWindow(content, args.lang)
    if args.screenshot is not None:
        window.resize(*args.size)
        window.show()
        app.processEvents()
        apply_state(window, args)
        QTimer.singleShot(400, app.quit)  # let the open/filter animations finish
        app.exec()
        ok = render_screenshot(window, args.screenshot)
        window.close()
        print(f"{'wrote' if ok else 'FAILED to write'} {args.screenshot}")
        return 0 if ok else 1
    if args.first_frame:
        _exit_after_first_paint(window)
    if args.windowed:
        window.resize(*args.size)
        window.show()
    else:
        window.showFullScreen()
    return app.exec()
