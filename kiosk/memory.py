"""Give freed heap back to the operating system.

Over a day of visitors, glibc keeps freed memory in its arenas, so a process's RSS creeps
up and down by tens of MB (measured with bench/soak.py) although nothing leaks. At each
idle reset, when nobody is waiting for a frame, malloc_trim returns it. Elsewhere a no-op.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_trim = None
if sys.platform.startswith("linux"):
    try:
        _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        _trim = None


def release_free_memory() -> None:
    if _trim is not None:
        _trim(0)
