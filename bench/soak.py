"""Soak: random visitor interactions and idle resets, offscreen, with RSS and object counts.

    python bench/soak.py --short            # CI: ~2,000 interactions, 40 resets
    python bench/soak.py                    # by hand: 100,000 interactions, 1,000 resets

Visitors tap, flick and pinch (two fingers, in and out). Prints a line at intervals, and
the peak RSS after warm-up (the goal is 120 MB), read from the kernel's own count of the
peak, so that nothing between samples is missed; exits 1
if, after warm-up, RSS grew by more than 10 MB or the QObject or shown scene-item counts
are not back at their baseline after a reset. Qt's plugins are those the bundle ships, as
in bench/session.py. Objects are counted from Qt's own dump of the window's object tree,
so that the soak gives no object a Python wrapper the kiosk would not have made.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def restart_peak() -> bool:
    """Start the kernel's count of peak RSS again (Linux 4.0+): the peak then read covers
    every moment after warm-up, a pinch's still included, not only the moments sampled."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def peak_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1000 * 1.024
    return 0.0


def _kinds(window) -> dict[str, int]:
    """How many objects of each class the window holds, read from Qt's own dump of its
    object tree. `findChildren(QObject)` would give each a Python wrapper, and PySide
    would build every QObject subclass and its enums to find each one's type: 1-2 MB
    that the soak, not the kiosk, made, counted in the kiosk's peak."""
    from collections import Counter

    from PySide6.QtCore import qInstallMessageHandler

    lines: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: lines.append(message))
    try:
        window.dumpObjectTree()
    finally:
        qInstallMessageHandler(previous)
    return dict(Counter(line.strip().split("::", 1)[0] for line in lines[1:] if "::" in line))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--short", action="store_true")
    parser.add_argument("--interactions", type=int)
    parser.add_argument("--resets", type=int)
    args = parser.parse_args()
    interactions = args.interactions or (2_000 if args.short else 100_000)
    resets = args.resets or (40 if args.short else 1_000)
    screen = Path(tempfile.gettempdir()) / "kiosk-soak-screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "soak", "x": 0, "y": 0, "width": 1920,
                                               "height": 1080}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    with tempfile.TemporaryDirectory() as plugins:
        from bench.session import plugins_as_bundled

        plugins_as_bundled(Path(plugins))
        return soak(interactions, resets)


def soak(interactions: int, resets: int) -> int:
    from PySide6.QtCore import QAbstractAnimation, QPoint
    from PySide6.QtTest import QTest

    from bench.zooming import pinch
    from kiosk import paths
    from kiosk.config import Config
    from kiosk.ui.app import load_or_fallback, make_app
    from kiosk.ui.main_window import MainWindow

    app = make_app(offscreen=False)
    content, _ = load_or_fallback(None, paths.cache_dir())
    window = MainWindow(content, None, Config(idle_seconds=600))
    window.resize(1920, 1080)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(300)
    device = QTest.createTouchDevice()
    rng = random.Random(7)
    every = max(1, interactions // resets)

    def touch(p: QPoint, q: QPoint | None = None) -> None:
        QTest.touchEvent(window, device).press(0, p).commit()
        if q is not None:
            QTest.touchEvent(window, device).move(0, q).commit()
        QTest.touchEvent(window, device).release(0, q or p).commit()
        app.processEvents()

    def counts() -> tuple[int, int]:
        """QObjects, and the scene items shown (the timeline keeps a few hidden cards to
        reuse: their number is bounded below, not compared)."""
        return (sum(_kinds(window).values()),
                sum(1 for item in window.timeline.scene().items() if item.isVisible()))

    def settle() -> None:
        """Counts are taken once the reset's own animations have run out, so a fade still in
        flight is not read as a leak (or, next time, as a loss)."""
        for _ in range(300):
            QTest.qWait(10)
            if not any(a.state() == QAbstractAnimation.State.Running
                       for a in window.findChildren(QAbstractAnimation)):
                break
        QTest.qWait(10)

    # The first reading loads the speech engine (about 10 MB, once): part of the warm-up,
    # like every other thing built on first use.
    for _ in range(500):
        speaker = window.read_aloud.speaker if window.read_aloud is not None else None
        if window.read_aloud is not None and (speaker is None or speaker.voices is not None):
            break
        QTest.qWait(20)
    if window.read_categories.isVisible():
        button = window.read_categories
        touch(button.mapTo(window, button.rect().center()))
        QTest.qWait(1500)
        touch(button.mapTo(window, button.rect().center()))

    baseline = None
    peak = 0.0
    warm_up = max(1, resets // 10)
    report_every = max(1, resets // 20)
    for i in range(1, interactions + 1):
        p = QPoint(rng.randrange(1920), rng.randrange(1080))
        kind = rng.random()
        if kind < 0.65:
            touch(p)
        elif kind < 0.95:
            touch(p, QPoint(rng.randrange(1920), p.y()))
        else:  # out to the decades or the whole story, or in towards a single card
            centre = QPoint(rng.randrange(300, 1620), rng.randrange(300, 780))  # drawn first:
            # the same random visit as the figures in the README
            start, end = rng.choice([(560, rng.randrange(80, 400)), (rng.randrange(80, 400), 560)])
            pinch(app, window, device, centre, [start + (end - start) * step / 8 for step in range(9)])
        if i % every == 0:
            window.controller.reset()
            settle()
            reset_no = i // every
            objects, items = counts()
            if reset_no == warm_up:
                baseline = (rss_mb(), objects, items)
                kinds = _kinds(window)
                exact = restart_peak()
            if baseline is not None and not exact:
                peak = max(peak, rss_mb())
            if reset_no % report_every == 0 or i == interactions:
                print(f"reset {reset_no:5d}  interactions {i:7d}  RSS {rss_mb():7.1f} MB  "
                      f"QObjects {objects:5d}  scene items {items:5d}", flush=True)
    rss, objects, items = rss_mb(), *counts()
    now = _kinds(window)
    for kind in sorted(set(now) | set(kinds)):
        if now.get(kind, 0) != kinds.get(kind, 0):
            print(f"  {kind}: {kinds.get(kind, 0)} -> {now.get(kind, 0)}")
    grew = rss - baseline[0]
    total = len(window.timeline.scene().items())
    bound = len(content.milestones) + 2  # every card at once, the axis and the marks layer
    print(f"scene items in all: {total} (at most {bound})")
    peak = peak_mb() if exact else max(peak, rss)  # the kernel's peak covers every moment
    print(f"peak RSS after warm-up: {peak:.1f} MB (goal 120: {'met' if peak <= 120 else 'MISSED'}; "
          f"{'every moment, read from the kernel' if exact else 'sampled at each reset'}; "
          "not in the exit status: it depends on the machine's libraries)")
    ok = grew <= 10 and objects == baseline[1] and items == baseline[2] and total <= bound
    print(f"after warm-up: RSS {grew:+.1f} MB (budget +10), QObjects {objects - baseline[1]:+d}, "
          f"scene items {items - baseline[2]:+d} (budget 0): {'met' if ok else 'MISSED'}")
    window.quit_kiosk("soak over")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
