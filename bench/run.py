"""Kiosk benchmarks. `python bench/run.py [--quick]` prints one line per figure:
name, value, unit, budget, and whether it is met.

Every budget is a ratio against a baseline taken in the same run, because these machines
are noisy and differ about 2x from day to day: the first frame against a bare PySide6
window, frame times against a bare QGraphicsView flicked the same way (bench/floor.py), the
5,000-milestone case against the bundled 29, the bundle against a run from source.
Absolute figures are printed beside them, without budgets. Everything runs offscreen.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS: list[tuple[str, float, str, str, bool]] = []


def report(name: str, value: float, unit: str, budget: float | None, higher_is_worse: bool = True) -> None:
    if budget is None:
        met, text = True, "-"
    else:
        met = value <= budget if higher_is_worse else value >= budget
        text = f"{'<=' if higher_is_worse else '>='} {budget:g}"
    RESULTS.append((name, value, unit, text, met))
    verdict = "" if budget is None else "met" if met else "MISSED"  # a figure without a budget is read, not judged
    print(f"{name:<40} {value:>10.2f} {unit:<5} budget {text:<10} {verdict}", flush=True)


def screen_config(width: int, height: int) -> str:
    config = {"windowFrameMargins": False, "screens": [
        {"name": "bench", "x": 0, "y": 0, "width": width, "height": height,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]}
    path = Path(tempfile.gettempdir()) / f"kiosk-bench-screen-{width}x{height}.json"
    path.write_text(json.dumps(config))
    return f"offscreen:configfile={path}"


def time_to_first_frame(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            cwd=ROOT, text=True)
    elapsed = float("nan")
    for line in proc.stdout:
        if line.startswith("FIRST-FRAME"):
            elapsed = time.perf_counter() - start
            break
    proc.stdout.close()
    proc.wait(timeout=60)
    return elapsed


def bench_first_frame(runs: int) -> None:
    # Byte-compiled first, as pip does at install: where PYTHONDONTWRITEBYTECODE is set
    # (this project's machines set it) every run would otherwise compile the whole package.
    compileall.compile_dir(str(ROOT / "kiosk"), quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM=screen_config(1920, 1080))
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    kiosk_cmd = [sys.executable, "-m", "kiosk", "--first-frame"]
    time_to_first_frame(kiosk_cmd, env)  # warm the disk cache for both
    time_to_first_frame(bare_cmd, env)
    bare, ours = [], []
    for _ in range(runs):  # interleaved, so drift hits both alike
        bare.append(time_to_first_frame(bare_cmd, env))
        ours.append(time_to_first_frame(kiosk_cmd, env))
    b, o = statistics.median(bare), statistics.median(ours)
    report("first frame: bare PySide6 window", b * 1000, "ms", None)
    report("first frame: kiosk (bundled content)", o * 1000, "ms", None)
    report("first frame: kiosk / bare", o / b, "x", 2.0)


def open_window(content, size: tuple[int, int]):
    """The kiosk's window on `content`, shown at `size`; and how long until it was ready."""
    from PySide6.QtTest import QTest

    from kiosk.ui.main_window import MainWindow

    start = time.perf_counter()
    window = MainWindow(content, "en")
    window.resize(*size)
    window.show()
    QTest.qWaitForWindowExposed(window)
    ready = time.perf_counter() - start
    settle(window)
    return window, ready


def settle(window) -> None:
    """What the kiosk builds just after its first frame is done before any frame is timed:
    the overview strip, and the speech engine, which starts speech-dispatcher and its voice
    modules in processes of their own. On a 2-core machine their start landed in the frames
    measured (profiled: a fifth of the CPU during a pinch); a kiosk pays it once, at boot."""
    from PySide6.QtTest import QTest

    from bench.idle import until_idle

    for _ in range(500):
        read_aloud = window.read_aloud
        speaker = read_aloud.speaker if read_aloud is not None else None
        if window.overview is not None and read_aloud is not None and (speaker is None or speaker.voices is not None):
            break
        QTest.qWait(20)
    QTest.qWait(500)  # the daemon's voice modules answer the probe, then go quiet
    until_idle(window)


def close_window(app, window) -> None:
    window.close()
    window.deleteLater()
    app.processEvents()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench_in_process(quick: bool) -> None:
    os.environ["QT_QPA_PLATFORM"] = screen_config(3840, 2160)
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk import paths
    from kiosk.content import load_content
    from kiosk.content.filtering import Filter
    from kiosk.ui.fonts import register_fonts

    from bench.floor import flick, floor_frames, native_cards, painted_cards, zoom_floor_frames
    from bench.idle import until_idle
    from bench.synthetic import synthetic_content
    from bench.zooming import pinch_frames, story_flick_frames

    app = QApplication.instance() or QApplication([])
    register_fonts()
    bundled = load_content(paths.bundled_content(), paths.assets()).content

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    def flick_frames(window) -> list[float]:
        """Scroll as a fast flick does (2,400 px/s at 60 frames/s) and time each frame."""
        view = window.timeline
        until_idle(window)
        counter = PaintCounter()
        view.viewport().installEventFilter(counter)
        times = flick(app, view, max(1, round(40 * window.metrics.scale)))
        view.viewport().removeEventFilter(counter)
        assert counter.count >= len(times), "frames were not painted"
        return times

    def toggle_times(window, toggles: int) -> list[float]:
        chips = [c for c in window.chips.chips() if c.category_id]
        times = []
        for i in range(toggles):
            chip = chips[i % len(chips)]
            t = time.perf_counter()
            chip.click()
            app.processEvents()  # the first frame after the tap
            times.append(time.perf_counter() - t)
            QTest.qWait(320)  # let the animation finish before the next tap
        window.state.filter = Filter()
        return times

    small = {}
    for (w, h), budget in (((1920, 1080), 2.0), ((3840, 2160), 2.5)):
        hd = (w, h) == (1920, 1080)
        floor = floor_frames(app, w, h, min(w, h) / 1080)
        # For reading the budget: the same flick over cards painted in Python, as close
        # together as ours, is what a frame costs any PySide timeline.
        painted = percentile(floor_frames(app, w, h, min(w, h) / 1080, painted_cards), 0.95) if hd else None
        native = percentile(floor_frames(app, w, h, min(w, h) / 1080, native_cards), 0.95) if hd else None
        window, ready = open_window(bundled, (w, h))
        frames = flick_frames(window)
        p95, floor_p95 = percentile(frames, 0.95), percentile(floor, 0.95)
        report(f"flick frame {w}x{h}: bare view floor p95", floor_p95 * 1000, "ms", None)
        report(f"flick frame {w}x{h}: p95", p95 * 1000, "ms", None)
        report(f"flick frame {w}x{h}: p95 / floor", p95 / floor_p95, "x", budget)
        if hd:
            report(f"flick frame {w}x{h}: Python-painted cards floor p95", painted * 1000, "ms", None)
            report(f"flick frame {w}x{h}: p95 / Python-painted cards floor", p95 / painted, "x", None)
            report(f"flick frame {w}x{h}: cards of Qt's own items p95", native * 1000, "ms", None)
            report(f"flick frame {w}x{h}: cards of Qt's own items / floor", native / floor_p95, "x", None)
            toggles = toggle_times(window, 8 if quick else 24)
            report("filter toggle, bundled (29): median", statistics.median(toggles) * 1000, "ms", None)
            small = {"ready": ready, "flick": p95, "toggle": statistics.median(toggles)}
        close_window(app, window)

    bench_engagement(app, bundled, quick)

    big = synthetic_content(5000)
    window, ready = open_window(big, (1920, 1080))
    report("5,000 milestones: window ready", ready * 1000, "ms", None)
    report("window ready, 5,000 / 29 milestones", ready / small["ready"], "x", 1.5)
    toggles = toggle_times(window, 6 if quick else 16)
    report("filter toggle, 5,000 milestones: median", statistics.median(toggles) * 1000, "ms", None)
    report("filter toggle, 5,000 / 29 milestones", statistics.median(toggles) / small["toggle"], "x", 1.5)
    across = [percentile(flick_frames(window), 0.95)]
    pinch = [percentile(pinch_frames(app, window), 0.95)]
    story, items, groups = story_flick_frames(app, window)
    story = [percentile(story, 0.95)]
    close_window(app, window)

    def flick_p95(size: tuple[int, int]) -> float:
        window, _ready = open_window(big, size)
        assert window.timeline.vertical == (size[1] > size[0])
        p95 = percentile(flick_frames(window), 0.95)
        if not window.timeline.vertical:  # the zoom figures too: each side of a ratio alike
            pinch.append(percentile(pinch_frames(app, window), 0.95))
            story.append(percentile(story_flick_frames(app, window)[0], 0.95))
        close_window(app, window)
        return p95

    # The same flick down a portrait totem's timeline, taken in turn with the landscape one
    # (twice each, the better of each kept): this machine's noise is larger than the gap.
    # The pinch and the whole-story flick are taken in both landscape windows as well, and
    # the better of each kept, as for the card-level flick they are compared with.
    down = [flick_p95((1080, 1920))]
    across.append(flick_p95((1920, 1080)))
    down.append(flick_p95((1080, 1920)))
    pinch, story = min(pinch), min(story)
    report("flick frame 5,000 milestones 1920x1080: p95", min(across) * 1000, "ms", None)
    report("flick p95, 5,000 / 29 milestones", min(across) / small["flick"], "x", 1.3)
    report("flick frame 5,000 milestones 1080x1920 (vertical): p95", min(down) * 1000, "ms", None)
    report("flick p95, vertical 1080x1920 / horizontal 1920x1080", min(down) / min(across), "x", 1.1)
    report("pinch frame, 5,000 milestones 1920x1080: p95", pinch * 1000, "ms", None)
    report("pinch p95 / card-level flick p95", pinch / min(across), "x", 1.2)
    # For reading the line above: a zoom rewrites every pixel of the view, a flick copies
    # them and paints a sliver. The bare view zoomed the same way is a zoom frame's floor.
    zoom_floor = percentile(zoom_floor_frames(app, 1920, 1080, 1.0), 0.95)
    report("zoom frame 1920x1080: bare view floor p95", zoom_floor * 1000, "ms", None)
    report("pinch p95 / bare view zoom floor p95", pinch / zoom_floor, "x", None)
    report(f"whole-story flick, 5,000 milestones ({groups} groups, {items} items): p95", story * 1000, "ms", None)
    report("whole-story flick p95 / card-level flick p95", story / min(across), "x", 1.2)

    env = dict(os.environ, QT_QPA_PLATFORM=screen_config(1920, 1080))
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "scale.py"), "50000"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        raise SystemExit("bench/scale.py failed")
    figures = dict(line.split() for line in done.stdout.splitlines() if line.count(" ") == 1)
    report("50,000 milestones: window ready", float(figures["ready-ms"]), "ms", None)
    report("50,000 milestones: flick p95", float(figures["flick-p95-ms"]), "ms", None)
    report("flick p95, 50,000 / 29 milestones", float(figures["flick-p95-ms"]) / 1000 / small["flick"], "x", 1.5)
    report("peak RSS, 50,000 milestones", float(figures["peak-rss-mb"]), "MB", 250)


def bench_bundle(runs: int) -> None:
    """Build the onedir bundle, measure it on disk, and time its first frame beside a run
    from source."""
    work = Path(tempfile.mkdtemp(prefix="kiosk-bundle-"))
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                    "--dist", str(work / "dist"), "--work", str(work / "build")],
                   cwd=ROOT, check=True, capture_output=True, timeout=1800)
    sys.path.insert(0, str(ROOT / "packaging"))
    from slim import size_on_disk

    bundle = work / "dist" / "kiosk"
    report("bundle size on disk", size_on_disk(bundle) / 1e6, "MB", 150)
    env = dict(os.environ, QT_QPA_PLATFORM=screen_config(1920, 1080))
    # Each its own content cache: the cache keeps one content folder, and the bundle's data/
    # is another folder than the checkout's; sharing would make both validate every start.
    frozen_env = dict(env, XDG_CACHE_HOME=str(work / "cache"))
    frozen_cmd = [str(bundle / "kiosk"), "--first-frame"]
    source_cmd = [sys.executable, "-m", "kiosk", "--first-frame"]
    time_to_first_frame(frozen_cmd, frozen_env)
    time_to_first_frame(source_cmd, env)
    frozen, source = [], []
    for _ in range(runs):
        source.append(time_to_first_frame(source_cmd, env))
        frozen.append(time_to_first_frame(frozen_cmd, frozen_env))
    f, s_ = statistics.median(frozen), statistics.median(source)
    report("first frame: bundle", f * 1000, "ms", None)
    report("first frame: bundle / from source", f / s_, "x", 1.5)


def bench_engagement(app, content, quick: bool) -> None:
    """Real touch taps on the chips, each answered by a frame, with and without the
    engagement log; windows alternate so machine noise falls on both alike."""
    import tempfile

    from PySide6.QtTest import QTest

    from kiosk.analytics.sessions import EngagementLog
    from kiosk.ui.main_window import MainWindow

    device = QTest.createTouchDevice()
    folder = tempfile.mkdtemp(prefix="kiosk-bench-")
    log = EngagementLog.at(folder, 365)
    log.start()
    windows = {False: MainWindow(content, "en"), True: MainWindow(content, "en", None, log)}
    for window in windows.values():
        window.resize(1920, 1080)
        window.show()
        QTest.qWaitForWindowExposed(window)
        while window.overview is None:  # the engagement watcher is built with it
            app.processEvents()
    times: dict[bool, list[float]] = {False: [], True: []}
    chips = [c for c in windows[False].chips.chips() if c.category_id]
    rounds = 3 if quick else 8
    for r in range(rounds):
        for logged in (False, True) if r % 2 else (True, False):
            window = windows[logged]
            for i, chip in enumerate(c for c in window.chips.chips() if c.category_id):
                at = chip.mapTo(window, chip.rect().center())
                t = time.perf_counter()
                QTest.touchEvent(window, device).press(0, at).commit()
                QTest.touchEvent(window, device).release(0, at).commit()
                app.processEvents()  # the frame that answers the tap
                if r:  # the first round warms up
                    times[logged].append(time.perf_counter() - t)
                QTest.qWait(40 if i % 2 else 330)
    log.close()
    for window in windows.values():
        window.close()
        window.deleteLater()
    app.processEvents()
    off, on = statistics.median(times[False]), statistics.median(times[True])
    report("chip tap frame, engagement log off: median", off * 1000, "ms", None)
    report("chip tap frame, engagement log on: median", on * 1000, "ms", None)
    report("engagement log cost per tap frame (on/off)", on / off, "x", 1.10)
    import sqlite3

    conn = sqlite3.connect(Path(folder) / "engagement.sqlite3")
    recorded = conn.execute("SELECT COUNT(*) FROM events WHERE kind = 'filter'").fetchone()[0]
    conn.close()
    assert recorded == rounds * len(chips), f"the log recorded {recorded} taps"


def bench_peak_rss() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=screen_config(1920, 1080))
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "session.py")], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        raise SystemExit("bench/session.py failed")
    report("peak RSS, bundled content, scripted session", float(done.stdout.split()[-1]), "MB", 150)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, for CI")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-bench-home-"))
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME"):  # the kiosks started here log elsewhere
        os.environ[name] = str(scratch / name.lower())
    bench_first_frame(3 if args.quick else 9)
    bench_bundle(3 if args.quick else 7)
    bench_peak_rss()
    bench_in_process(args.quick)
    budgeted = [r for r in RESULTS if r[3] != "-"]
    missed = [r[0] for r in budgeted if not r[4]]
    print(f"{len(budgeted) - len(missed)} of {len(budgeted)} budgets met ({len(RESULTS)} figures)"
          + (f"; missed: {', '.join(missed)}" if missed else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
