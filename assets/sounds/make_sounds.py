"""Make the kiosk's sounds: soft, short tones, synthesised here so that no recording needs a
licence. Run `python assets/sounds/make_sounds.py`; it writes the WAV files beside it, and
writes the same bytes on every run (tests/ui/test_sounds.py checks that the files in the
repository are exactly what this script makes).

Each sound is a few sine partials with a soft attack and an exponential decay, in the
pentatonic notes of a glass harmonica: gentle enough to hear a hundred times an hour.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
HERE = Path(__file__).resolve().parent

# name: [(start s, frequency Hz, length s, loudness 0-1), ...]
SOUNDS: dict[str, list[tuple[float, float, float, float]]] = {
    "tap": [(0.0, 1318.5, 0.045, 0.22)],  # E6, a drop of light
    "open": [(0.0, 659.3, 0.16, 0.30), (0.07, 987.8, 0.20, 0.26)],  # E5 then B5, rising
    "close": [(0.0, 987.8, 0.12, 0.24), (0.06, 659.3, 0.18, 0.22)],  # B5 then E5, falling
    "filter": [(0.0, 880.0, 0.07, 0.22)],  # A5, a short tick
    "language": [(0.0, 784.0, 0.10, 0.24), (0.06, 1046.5, 0.14, 0.22)],  # G5 then C6
    "countdown": [(0.0, 587.3, 0.12, 0.22)],  # D5, a soft clock
}


def render(notes: list[tuple[float, float, float, float]]) -> bytes:
    length = max(start + seconds for start, _f, seconds, _a in notes) + 0.01
    samples = [0.0] * int(length * RATE)
    for start, frequency, seconds, loudness in notes:
        first = int(start * RATE)
        for i in range(int(seconds * RATE)):
            t = i / RATE
            attack = min(1.0, t / 0.004)  # 4 ms: no click
            decay = math.exp(-t * 5.0 / seconds)
            tail = min(1.0, (seconds - t) / 0.01)  # the last 10 ms fade to nothing
            tone = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
            samples[first + i] += loudness * attack * decay * tail * tone / 1.25
    return b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32_000)) for s in samples)


def write(name: str, folder: Path = HERE) -> Path:
    path = folder / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(render(SOUNDS[name]))
    return path


if __name__ == "__main__":
    for sound in SOUNDS:
        print(f"wrote {write(sound)}")
