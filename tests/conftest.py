"""Shared fixtures. Deliberately imports no Qt: tests/content must run where Qt is absent."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Headless, with a 4K virtual screen: the default 800x800 one drops touch points that fall
# outside it, and our windows are 1920x1080 and larger.
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'offscreen-screen.json'}"
DATA = ROOT / "data"
ASSETS = ROOT / "assets"


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content, for breaking on purpose."""
    target = tmp_path / "content"
    shutil.copytree(DATA, target)
    return target
