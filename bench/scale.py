"""50,000 synthetic milestones in one process: how long until the window is ready, the p95
of a fast flick, and the process's peak RSS. bench/run.py starts it in a fresh process, so
the peak is this content's alone.

    python bench/scale.py [N]       # prints: ready-ms, flick-p95-ms, peak-rss-mb
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from bench.floor import flick
    from bench.run import open_window, percentile
    from bench.synthetic import synthetic_content
    from kiosk.ui.app import make_app

    app = make_app(offscreen=False)  # QT_QPA_PLATFORM set by the caller
    content = synthetic_content(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)
    window, ready = open_window(content, (1920, 1080))
    frames = flick(app, window.timeline, 40)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ready-ms {ready * 1000:.1f}")
    print(f"flick-p95-ms {percentile(frames, 0.95) * 1000:.2f}")
    print(f"peak-rss-mb {peak:.1f}")
    window.quit_kiosk("bench over")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
