"""A hung test ends the run, with every thread's Python stack on the terminal, instead of
holding CI until its limit with nothing to show where it stopped.

faulthandler's watchdog is a C thread, so it still fires when a deadlock holds the GIL,
where a Python timer thread (pytest-timeout's) would wait for the GIL with everyone else.
Loaded with `-p` (pyproject.toml), before pytest captures output: the stack goes to the
real stderr, which is kept here, since the run ends with os._exit and capture is lost."""

from __future__ import annotations

import faulthandler
import os

import pytest

HANG_SECONDS = 300  # no test needs more than a few seconds, except those marked timeout(N)
_STDERR = os.fdopen(os.dup(2), "w")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    marker = item.get_closest_marker("timeout")
    faulthandler.dump_traceback_later(marker.args[0] if marker else HANG_SECONDS, exit=True,
                                      file=_STDERR)
    yield
    faulthandler.cancel_dump_traceback_later()
