"""Sound as visitors hear it: one soft tone per action, none from the tour or the reset,
none after a visitor's mute; and a kiosk with no sound card starts all the same."""

from __future__ import annotations

import os
import subprocess
import sys

from kiosk.config import Config
from tests.conftest import ROOT
from tests.ui.conftest import wait_settled
from tests.ui.test_timeline import card_point, chip
from tests.ui.touch import tap

SOUNDS = ROOT / "assets" / "sounds"


def test_the_sound_files_are_exactly_what_the_repository_script_makes(tmp_path):
    sys.path.insert(0, str(SOUNDS))
    try:
        import make_sounds
    finally:
        sys.path.remove(str(SOUNDS))
    for name in make_sounds.SOUNDS:
        made = make_sounds.write(name, tmp_path)
        assert made.read_bytes() == (SOUNDS / f"{name}.wav").read_bytes(), name
    assert {p.stem for p in SOUNDS.glob("*.wav")} == set(make_sounds.SOUNDS)


def heard(qtbot, window) -> list[str]:
    qtbot.waitUntil(lambda: window.sounds is not None)
    sounds: list[str] = []
    window.sounds.played.connect(sounds.append)
    return sounds


def test_each_visitor_action_asks_for_its_sound_once(qtbot, make_window, null_audio):
    window = make_window(sound=True)
    sounds = heard(qtbot, window)
    tap(chip(window, "science"))
    wait_settled(qtbot, window)
    assert sounds == ["filter"]
    tap(window.next_page)
    wait_settled(qtbot, window)
    assert sounds == ["filter", "tap"]
    milestone = window.timeline.milestone_at_center()
    tap(window.timeline.viewport(), card_point(window, milestone))
    qtbot.waitUntil(window.detail.isVisible)
    wait_settled(qtbot, window)
    assert sounds[2:] == ["open"]
    tap(window.detail.next_button)
    wait_settled(qtbot, window)
    assert sounds[3:] == ["tap"], "the next card: a touch, not a second opening"
    tap(window.detail.close_button)
    wait_settled(qtbot, window)
    assert sounds[4:] == ["close"]
    tap(window.language_toggle)
    assert sounds[5:] == ["language"]


def test_a_visitors_mute_silences_the_visit_and_the_reset_brings_sound_back_silently(
        qtbot, make_window, null_audio, engagement):
    window = make_window(sound=True, engagement=engagement)
    sounds = heard(qtbot, window)
    tap(window.comfort.button)
    panel = window.comfort.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.sound.accessibleName() == "Sounds: on"
    tap(panel.sound)
    assert not window.state.sound and panel.sound.accessibleName() == "Sounds: off"
    tap(panel.close_button)
    tap(chip(window, "science"))
    tap(window.language_toggle)
    wait_settled(qtbot, window)
    assert sounds == ["tap"], "only the comfort button's own touch, before the mute"
    window.controller.reset()  # filter, language and sound back: the reset makes no sound
    wait_settled(qtbot, window)
    assert window.state.sound and sounds == ["tap"]


def test_the_attract_tour_is_silent(qtbot, make_window, null_audio):
    fast = Config(idle_seconds=0.4, countdown_seconds=0.6, attract_seconds=0.3)
    window = make_window(config=fast, sound=True)
    sounds = heard(qtbot, window)
    tap(chip(window, "science"))
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=4000)
    qtbot.waitUntil(lambda: window.timeline.scroll_pos() > 0, timeout=4000)  # the tour moves on
    assert sounds == ["filter", "countdown"], "the countdown is heard; the reset and tour are not"


def test_a_kiosk_with_no_sound_card_starts_and_says_so_in_its_log(tmp_path):
    from tests.ui.test_operation import wait_for_log

    config = tmp_path / "config.toml"
    config.write_text(f'log_folder = "{tmp_path / "logs"}"\nlockdown = false\nanalytics = false\n'
                      'speech_engine = "none"\n', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PULSE_SERVER=f"unix:{tmp_path / 'no-such-server'}")
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--config", str(config)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        log = wait_for_log(tmp_path, "sounds loaded")
        assert "kiosk ready" in log
        assert proc.poll() is None, "still running"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
