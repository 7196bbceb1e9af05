"""Recorded narrations, checked as untrusted input before anything plays them.

Only uncompressed PCM WAV is taken: the standard library reads its header with no decoder,
and Qt's QSoundEffect plays it with no codec. The file is bounded in bytes and seconds, and
its format must be one a sound card plays as it is. Plain Python, no Qt.
"""

from __future__ import annotations

import io
import wave

SUFFIXES = (".wav",)
MAX_AUDIO_BYTES = 16 * 1024 * 1024  # three minutes of 16-bit mono at 44.1 kHz, with room
MAX_SECONDS = 180  # a card's reading; a longer recording belongs in an audio guide
RATES = (8_000, 11_025, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000)


def problem(data: bytes, suffix: str) -> str | None:
    """Why this recording cannot be played, in plain words; None when it can."""
    if suffix.lower() not in SUFFIXES:
        return "must be a WAV file (.wav, uncompressed PCM)."
    try:
        with wave.open(io.BytesIO(data), "rb") as wav:
            channels, width, rate, frames = (wav.getnchannels(), wav.getsampwidth(),
                                             wav.getframerate(), wav.getnframes())
    except (wave.Error, EOFError, ValueError) as exc:
        return f"is not a WAV recording the kiosk can play ({exc})."
    if channels not in (1, 2):
        return f"has {channels} channels; record it in mono or stereo."
    if width not in (1, 2):
        return f"has {width * 8}-bit samples; save it as 16-bit PCM."
    if rate not in RATES:
        return f"has a sample rate of {rate:,} Hz; use 22,050, 44,100 or 48,000 Hz."
    seconds = frames / rate
    if seconds > MAX_SECONDS:
        return f"lasts {seconds:.0f} seconds; {MAX_SECONDS} at most."
    if frames * channels * width > len(data):
        return "is cut short: it holds fewer samples than its header says."
    if frames == 0:
        return "holds no sound."
    return None
