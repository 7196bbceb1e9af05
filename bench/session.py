"""A scripted visitor session in a fresh process; prints its peak RSS in MB.

Run by bench/run.py. Every chip, every card opened and closed, and a sweep of the timeline.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtTest import QTest  # noqa: E402

from kiosk import paths  # noqa: E402
from kiosk.content.filtering import Filter  # noqa: E402
from kiosk.ui.app import load_or_fallback, make_app  # noqa: E402
from kiosk.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
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
