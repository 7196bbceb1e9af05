"""Read-aloud as visitors use it: the speaker button on a card and beside the chips, the
comfort panel's "read each card aloud", and speech that stops when the card closes, the
language changes or the reset comes. Qt's mock engine stands in for a voice (it speaks
English only); a last test drives the real engine where speech-dispatcher is installed."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.config import Config
from tests.content.test_reading import wav
from tests.ui.conftest import rows, wait_settled
from tests.ui.test_timeline import card_point
from tests.ui.touch import tap

ENGLISH_CARD = (
    "May 1946. Sony's beginning: Tokyo Telecommunications Engineering Corporation. "
    "Sony & its people. Nihonbashi, Tokyo, Japan. ¥190,000 start-up capital. On 7 May 1946, "
    "a small new company called Tokyo Telecommunications Engineering Corporation was "
    "started. It began in one room of the Shirokiya department store in Nihonbashi, Tokyo, "
    "with 190,000 yen. It set out to invent and build machines for communication and for "
    "measuring. Later the company took a new name: Sony.")

# Qt's mock engine has no Japanese voice: the Japanese card's exact text and locale are
# checked with the real engine below, where speech-dispatcher and Open JTalk are installed.
JAPANESE_CARD = (
    "1946年5月。東京通信工業株式会社(ソニー)設立。ソニーと社員。東京・日本橋。19万円、設立時の資本金。"
    "1946年5月7日、東京通信工業という小さな会社が生まれました。場所は東京・日本橋の白木屋百貨店の"
    "一室で、資本金は19万円でした。通信や測定のための機械を研究し、つくるための会社です。"
    "この会社が、のちのソニーです。")


def voiced(qtbot, make_window, engine="mock", **kwargs):
    config = kwargs.pop("config", None) or Config()
    from dataclasses import replace

    window = make_window(config=replace(config, speech_engine=engine), **kwargs)
    qtbot.waitUntil(lambda: window.read_aloud is not None and window.read_aloud.speaker.locales is not None,
                    timeout=15_000)
    return window


def open_card(qtbot, window, milestone_id="ttec-founded"):
    tap(window.timeline.viewport(), card_point(window, milestone_id))
    qtbot.waitUntil(window.detail.isVisible)
    wait_settled(qtbot, window)


def engine(window) -> str:
    return window.read_aloud.speaker.engine_state


def test_the_speaker_button_reads_the_card_exactly_in_an_english_voice(qtbot, make_window):
    window = voiced(qtbot, make_window)
    open_card(qtbot, window)
    button = window.detail.speak_button
    assert button.isVisible() and button.accessibleName() == "Read aloud"
    assert engine(window) == "idle", "no engine is loaded until a visitor asks for a reading"
    with qtbot.waitSignal(window.read_aloud.speaker.said) as said:
        tap(button)
        assert button.kind == "stop", "the button answers the touch at once"
    assert said.args == [ENGLISH_CARD, "en_US"]
    qtbot.waitUntil(lambda: engine(window) == "speaking")
    assert button.kind == "stop" and button.accessibleName() == "Stop reading"
    tap(button)  # a second touch stops it
    qtbot.waitUntil(lambda: engine(window) == "ready")
    assert button.kind == "speaker"


def test_the_categories_are_named_aloud_from_beside_the_chips(qtbot, make_window):
    window = voiced(qtbot, make_window)
    button = window.read_categories
    assert button.isVisible() and button.accessibleName() == "Read the categories aloud"
    with qtbot.waitSignal(window.read_aloud.speaker.said) as said:
        tap(button)
    text, locale = said.args
    assert locale == "en_US"
    assert text.startswith("Categories. All. ") and "Sony & its people." in text
    names = [c.label("en") for c in window.content.categories]
    assert all(f"{name}." in text for name in names)
    qtbot.waitUntil(lambda: engine(window) == "speaking")
    tap(button)
    qtbot.waitUntil(lambda: engine(window) == "ready")


def test_a_language_with_no_voice_shows_no_speaker_and_the_operator_is_told(qtbot, make_window):
    window = voiced(qtbot, make_window, lang="ja")  # the mock engine has no Japanese voice
    assert not window.read_categories.isVisible()
    open_card(qtbot, window)
    assert not window.detail.speak_button.isVisible()
    assert "mock: voices for en (en_US); no voice for ja" in window.read_aloud.status()
    tap(window.language_toggle)
    qtbot.waitUntil(lambda: window.detail.speak_button.isVisible())
    assert window.read_categories.isVisible()


@pytest.mark.parametrize("how", ["close", "language", "reset", "next card"])
def test_speech_stops_when_the_card_closes_the_language_changes_or_the_reset_comes(
        qtbot, make_window, how):
    window = voiced(qtbot, make_window)
    open_card(qtbot, window)
    tap(window.detail.speak_button)
    qtbot.waitUntil(lambda: engine(window) == "speaking")
    if how == "close":
        tap(window.detail.close_button)
    elif how == "language":
        tap(window.language_toggle)
    elif how == "reset":
        window.controller.reset()
    else:
        tap(window.detail.next_button)
    qtbot.waitUntil(lambda: engine(window) == "ready")
    assert not window.read_aloud.speaker.speaking


def test_read_each_card_aloud_reads_a_card_as_it_opens_and_the_reset_turns_it_off(
        qtbot, make_window, engagement):
    window = voiced(qtbot, make_window, engagement=engagement)
    qtbot.waitUntil(lambda: window.engagement is not None)
    tap(window.comfort.button)
    panel = window.comfort.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.read.isVisible() and panel.read.accessibleName() == "Read each card aloud: off"
    tap(panel.read)
    assert window.state.narration and panel.read.accessibleName() == "Read each card aloud: on"
    tap(panel.close_button)
    with qtbot.waitSignal(window.read_aloud.speaker.said) as said:
        open_card(qtbot, window)
    assert said.args == [ENGLISH_CARD, "en_US"]
    window.controller.reset()
    assert not window.state.narration
    qtbot.waitUntil(lambda: engine(window) == "ready")
    qtbot.waitUntil(lambda: ("read_aloud", "card") in rows(engagement, "SELECT kind, subject FROM events"))
    assert ("comfort", "read_aloud=on") in rows(engagement, "SELECT kind, subject FROM events")


def test_a_recorded_narration_is_played_instead_of_the_voice(qtbot, make_window, content_copy, null_audio):
    from kiosk.content import load_content
    from tests.conftest import ASSETS
    from tests.content.test_reading import add_narration

    add_narration(content_copy, wav(1.5))
    content = load_content(content_copy, ASSETS).content
    window = voiced(qtbot, make_window, which=content)
    open_card(qtbot, window)
    with qtbot.waitSignal(window.read_aloud.speaker.said) as said:
        tap(window.detail.speak_button)
    assert said.args == [str(content_copy / "audio" / "ttec-en.wav"), "en"]
    qtbot.waitUntil(lambda: engine(window) == "speaking")  # the recording plays
    qtbot.waitUntil(lambda: engine(window) == "ready", timeout=10_000)  # and ends by itself


def test_keys_reach_the_speaker_button(qtbot, make_window):
    window = voiced(qtbot, make_window)
    window.set_lockdown(True, hide_cursor=False)
    window.show()
    open_card(qtbot, window)
    handle = window.windowHandle()
    for _ in range(8):  # down the card's controls to its speaker button
        if window.state.focus == "detail:read":
            break
        QTest.keyClick(handle, Qt.Key.Key_Down)
    assert window.state.focus == "detail:read"
    with qtbot.waitSignal(window.read_aloud.speaker.said) as said:
        QTest.keyClick(handle, Qt.Key.Key_Return)
    assert said.args == [ENGLISH_CARD, "en_US"]
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: engine(window) == "ready")
    window.set_lockdown(False)


def test_the_operator_can_ask_which_voice_reads_each_language():
    import subprocess
    import sys

    from tests.conftest import ROOT

    done = subprocess.run([sys.executable, "-m", "kiosk", "voices", "--engine", "mock"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "engine: mock", "  en: en_US, voice the engine’s default",
        "  ja: no voice: the speaker buttons do not show in this language"]


def speech_dispatcher() -> bool:
    from PySide6.QtTextToSpeech import QTextToSpeech

    return shutil.which("speech-dispatcher") is not None and "speechd" in QTextToSpeech.availableEngines()


@pytest.mark.skipif(not speech_dispatcher(), reason="speech-dispatcher is not installed")
def test_the_real_engine_reads_an_english_and_a_japanese_story(qtbot, make_window, null_audio):
    window = voiced(qtbot, make_window, engine="speechd")
    assert {"en", "ja"} <= set(window.read_aloud.speaker.locales), window.read_aloud.status()
    assert window.read_aloud.speaker.locales["ja"] == "ja_JP, mei", "Open JTalk, not espeak-ng"
    open_card(qtbot, window)
    seen = []
    window.read_aloud.speaker.speaking_changed.connect(seen.append)
    with qtbot.waitSignal(window.read_aloud.speaker.said, timeout=10_000) as said:
        tap(window.detail.speak_button)
    assert said.args == [ENGLISH_CARD, window.read_aloud.speaker.locales["en"]]
    qtbot.waitUntil(lambda: True in seen, timeout=15_000)
    qtbot.waitUntil(lambda: engine(window) == "ready", timeout=60_000)
    assert "error" not in window.read_aloud.status()
    tap(window.language_toggle)
    qtbot.waitUntil(window.detail.speak_button.isVisible)
    with qtbot.waitSignal(window.read_aloud.speaker.said, timeout=10_000) as said:
        tap(window.detail.speak_button)
    assert said.args == [JAPANESE_CARD, "ja_JP"]
    qtbot.waitUntil(lambda: engine(window) == "speaking", timeout=15_000)
    tap(window.detail.close_button)
    qtbot.waitUntil(lambda: engine(window) == "ready", timeout=15_000)
