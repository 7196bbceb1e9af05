"""Shared fixtures. Deliberately imports no Qt: tests/content must run where Qt is absent."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
ASSETS = ROOT / "assets"


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content, for breaking on purpose."""
    target = tmp_path / "content"
    shutil.copytree(DATA, target)
    return target
