"""Shared fixtures. Deliberately imports no Qt: tests/content must run where Qt is absent."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Headless, with a 4K virtual screen: the default 800x800 one drops touch points that fall
# outside it, and our windows are 1920x1080 and larger.
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'offscreen-screen.json'}"
# The user's folders stay untouched, and a config or PIN on this machine cannot change a
# result: every test, and every kiosk a test starts, keeps its cache, config, data and logs
# in a folder of this run's own (a test that needs another sets its own).
_HOMES = Path(tempfile.mkdtemp(prefix="kiosk-tests-"))
atexit.register(shutil.rmtree, _HOMES, True)
for _name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOMES / _name.lower())
DATA = ROOT / "data"
ASSETS = ROOT / "assets"


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content, for breaking on purpose."""
    target = tmp_path / "content"
    shutil.copytree(DATA, target)
    return target
