"""50,000 synthetic milestones in one process: how long until the window is ready, the p95
of a fast flick, and the process's peak RSS. bench/run.py starts it in a fresh process, so
the peak is this content's alone.

    python bench/scale.py [N]       # prints: ready-ms, flick-p95-ms, peak-rss-mb
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtTest import QTest

    from bench.floor import flick
    from bench.run import percentile
    from bench.synthetic import synthetic_content
    from kiosk.ui.app import make_app
    from kiosk.ui.main_window import MainWindow

    app = make_app(offscreen=False)  # QT_QPA_PLATFORM set by the caller
    content = synthetic_content(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)
    start = time.perf_counter()
    window = MainWindow(content, "en")
    window.resize(1920, 1080)
    window.show()
    QTest.qWaitForWindowExposed(window)
    ready = time.perf_counter() - start
    frames = flick(app, window.timeline, 40)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ready-ms {ready * 1000:.1f}")
    print(f"flick-p95-ms {percentile(frames, 0.95) * 1000:.2f}")
    print(f"peak-rss-mb {peak:.1f}")
    window.quit_kiosk("bench over")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
