"""Give freed heap back to the operating system.

Over a day of visitors, glibc keeps freed memory in its arenas, so a process's RSS creeps
up and down by tens of MB (measured with bench/soak.py) although nothing leaks. At each
idle reset, when nobody is waiting for a frame, malloc_trim returns it. Elsewhere a no-op.
"""

from __future__ import annotations

import sys
from functools import cache


@cache
def _malloc_trim():
    """glibc's malloc_trim, looked up on first use (never on the start-up path): the
    process already has libc loaded, so no library search is needed."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None  # not glibc (musl has no malloc_trim)


def release_free_memory() -> None:
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
