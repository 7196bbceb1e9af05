"""Give freed heap back to the operating system.

Over a day of visitors, glibc keeps freed memory in its arenas, so a process's RSS creeps
up and down by tens of MB (measured with bench/soak.py) although nothing leaks. At each
idle reset, when nobody is waiting for a frame, malloc_trim returns it. Large blocks (a
pinch's still, a decoded picture) are given back as soon as they are freed. Elsewhere a
no-op.
"""

from __future__ import annotations

import sys
from functools import cache


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
LARGE = 1 << 20  # blocks this big or bigger are mapped on their own, and unmapped when freed


@cache
def _libc():
    """glibc, looked up on first use (never on the start-up path): the process already
    has libc loaded, so no library search is needed. None where it is not glibc."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None  # not glibc (musl has no malloc_trim)


def release_free_memory() -> None:
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def give_back_large_blocks() -> None:
    """Fix glibc's threshold for mapping a block on its own at 1 MB. Left to itself, glibc
    raises the threshold each time such a block is freed, after which a pinch's 6 MB
    still came from the heap and stayed there until the next reset (measured: a pinch
    in left RSS 6.4 MB higher; with the threshold fixed, it is back at once)."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(M_MMAP_THRESHOLD, LARGE)
