"""A scripted visitor session in a fresh process; prints its peak RSS in MB.

Run by bench/run.py. Every chip, every card opened and closed, and a sweep of the timeline.
Qt's plugins are those the bundle ships: FFmpeg's media plugin is left out of it
(packaging/kiosk.spec), and from source it would add 17 MB of codec libraries that the
kiosk never runs, since its sounds play through QSoundEffect with no media backend.
"""

from __future__ import annotations

import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk import paths  # noqa: E402
from kiosk.content.filtering import Filter  # noqa: E402
from kiosk.ui.app import load_or_fallback, make_app  # noqa: E402 - kiosk.ui before Qt, as in the kiosk
from kiosk.ui.main_window import MainWindow  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402


def plugins_as_bundled(folder: Path) -> None:
    """Qt's plugin folders, linked into `folder` without the media backends."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    source = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for kind in source.iterdir():
        if kind.name != "multimedia":
            (folder / kind.name).symlink_to(kind)
    QCoreApplication.setLibraryPaths([str(folder)])


def main() -> None:
    with tempfile.TemporaryDirectory() as plugins:
        plugins_as_bundled(Path(plugins))
        session()


def session() -> None:
    app = make_app(offscreen=False)  # as the kiosk starts it (QT_QPA_PLATFORM set by the caller)
    content, _ = load_or_fallback(None, paths.cache_dir())  # as the kiosk loads it
    window = MainWindow(content)
    window.resize(1920, 1080)
    window.show()
    QTest.qWaitForWindowExposed(window)
    for lang in ("ja", "en"):
        window.state.language = lang
        for chip in window.chips.chips():
            chip.click()
            QTest.qWait(30)
        window.state.filter = Filter()
        for ms in content.milestones:
            window.controller.open_card(ms.id)
            QTest.qWait(5)
        window.controller.close_card()
        bar = window.timeline.horizontalScrollBar()
        for value in range(0, bar.maximum(), 60):
            bar.setValue(value)
            app.processEvents()
    print(f"peak-rss-mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")


if __name__ == "__main__":
    main()
