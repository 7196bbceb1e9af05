"""What read-aloud says, and the recorded narrations editors may add: no display needed."""

from __future__ import annotations

import io
import wave

import pytest

from kiosk.content import load_content, reading
from tests.conftest import ASSETS, DATA
from tests.content.test_loader import edit, problems_for


def wav(seconds: float = 1.0, rate: int = 22_050, width: int = 2, channels: int = 1) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(b"\x00" * int(seconds * rate) * width * channels)
    return out.getvalue()


@pytest.fixture(scope="module")
def content():
    return load_content(DATA, ASSETS).content


def test_a_card_is_read_in_the_order_a_visitor_sees_it(content):
    ms = content.milestone("ttec-founded")
    script = reading.card_script(ms, "en", "May 1946", "The company", "")
    assert script == (
        "May 1946. Sony's beginning: Tokyo Telecommunications Engineering Corporation. "
        "The company. Nihonbashi, Tokyo, Japan. ¥190,000 start-up capital. On 7 May 1946, "
        "a small new company called Tokyo Telecommunications Engineering Corporation was "
        "started. It began in one room of the Shirokiya department store in Nihonbashi, Tokyo, "
        "with 190,000 yen. It set out to invent and build machines for communication and for "
        "measuring. Later the company took a new name: Sony.")


def test_japanese_is_read_with_japanese_full_stops_and_no_spaces(content):
    ms = content.milestone("ttec-founded")
    script = reading.card_script(ms, "ja", "1946年5月", "ソニー", "")
    assert script.startswith("1946年5月。東京通信工業株式会社(ソニー)設立。ソニー。東京・日本橋。19万円、設立時の資本金。")
    assert script.endswith("この会社が、のちのソニーです。")
    assert " " not in script


def test_marks_that_hold_phrases_together_are_not_read():
    assert reading.sentence("\u2068Sony\u2069\u2060 Foundation\u200b", "en") == "Sony Foundation."
    assert reading.joined(["Categories", "All", "Science & education"], "en") == \
        "Categories. All. Science & education."


@pytest.mark.parametrize("available, lang, expected", [
    (["en_GB", "en_US", "fi_FI"], "en", "en_US"),
    (["en_GB", "fi_FI"], "en", "en_GB"),
    (["en_AU"], "en", "en_AU"),
    (["sv_SE", "ja_JP"], "ja", "ja_JP"),
    (["en_GB", "en_US", "nb_NO", "nn_NO", "fi_FI"], "ja", None),  # Qt's mock engine
])
def test_each_language_finds_its_voice_or_none(available, lang, expected):
    assert reading.voice_locale(available, lang) == expected


def add_narration(folder, data: bytes | None, name: str = "audio/ttec-en.wav") -> None:
    if data is not None:
        (folder / "audio").mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
    edit(folder, "01-ttec-founded.toml", 'place = "Nihonbashi, Tokyo, Japan"',
         f'place = "Nihonbashi, Tokyo, Japan"\nnarration = "{name}"')


def test_a_recorded_narration_is_accepted(content_copy):
    add_narration(content_copy, wav(2.5))
    result = load_content(content_copy, ASSETS)
    assert result.ok, [str(p) for p in result.problems]
    assert result.content.milestone("ttec-founded").text("en").narration == "audio/ttec-en.wav"
    assert result.content.milestone("ttec-founded").text("ja").narration is None


@pytest.mark.parametrize("data, name, says", [
    (None, "audio/ttec-en.wav", '"audio/ttec-en.wav" was not found'),
    (wav(), "audio/ttec-en.mp3", "must be a WAV file"),
    (b"RIFF\x00\x00\x00\x00WAVEnot a wave", "audio/ttec-en.wav", "is not a WAV recording"),
    (wav(200), "audio/ttec-en.wav", "lasts 200 seconds; 180 at most"),
    (wav(1, rate=12_345), "audio/ttec-en.wav", "sample rate of 12,345 Hz"),
    (wav(1, width=4), "audio/ttec-en.wav", "32-bit samples"),
    (wav(0), "audio/ttec-en.wav", "holds no sound"),
    (wav(1)[:2000], "audio/ttec-en.wav", "cut short"),
])
def test_a_narration_the_kiosk_cannot_play_is_refused_by_name(content_copy, data, name, says):
    add_narration(content_copy, data, name)
    [message] = problems_for(content_copy)
    assert "01-ttec-founded.toml" in message and 'milestone "ttec-founded"' in message
    assert "field en.narration" in message and says in message, message


def test_a_narration_outside_the_folder_or_too_large_is_never_read(content_copy, tmp_path):
    add_narration(content_copy, None, "../outside.wav")
    (tmp_path / "outside.wav").write_bytes(wav())
    [message] = problems_for(content_copy)
    assert "outside the content folder" in message


def test_a_huge_narration_is_refused_before_it_is_read(content_copy):
    big = wav(1) + b"\x00" * (16 * 1024 * 1024)
    add_narration(content_copy, big)
    [message] = problems_for(content_copy)
    assert "is too large" in message



@pytest.mark.parametrize("names, wanted, expected", [
    (["Japanese", "Japanese+Adam", "mei"], "mei, Haruka", "mei"),  # speech-dispatcher
    (["Microsoft Haruka Desktop", "Microsoft Zira"], "mei, Haruka", "Microsoft Haruka Desktop"),
    (["Japanese", "Japanese+klatt"], "mei, Haruka", None),  # espeak-ng alone: no Japanese voice
    (["English (America)"], None, ""),  # nothing asked: the engine's own voice
])
def test_the_operator_chooses_the_voice_that_reads_a_language(names, wanted, expected):
    assert reading.chosen_voice(names, wanted) == expected
