"""The operator's PIN: stored only as a salted scrypt hash; guessing is stopped by a
lockout. Plain Python, no Qt."""

from __future__ import annotations

import base64
import os
import tempfile
import time
from pathlib import Path
from typing import Callable

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # ~50 ms per try on a kiosk PC
MIN_DIGITS, MAX_DIGITS = 4, 8


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    """hashlib (and hmac, which imports it) load OpenSSL: here, when a PIN is first set or
    typed, not at every start."""
    import hashlib

    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=dklen)


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, 32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.strip().split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(pin, base64.b64decode(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    import hmac

    return hmac.compare_digest(actual, expected)


def default_pin_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("sony-timeline-kiosk", appauthor=False)) / "admin-pin"


def save_pin(path: Path, pin: str) -> None:
    """Write the hash atomically, readable by its owner only."""
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".admin-pin.")
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(hash_pin(pin) + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def load_pin(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


class Lockout:
    """After `max_failures` wrong PINs in a row, no PIN is checked for `seconds`."""

    def __init__(self, max_failures: int = 5, seconds: float = 60,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_failures, self.seconds, self._clock = max_failures, seconds, clock
        self.failures = 0
        self._until = 0.0

    def locked_for(self) -> float:
        return max(0.0, self._until - self._clock())

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.max_failures:
            self._until = self._clock() + self.seconds
            self.failures = 0

    def succeeded(self) -> None:
        self.failures = 0

    @property
    def tries_left(self) -> int:
        return self.max_failures - self.failures
