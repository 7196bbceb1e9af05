"""Where the bundled content and assets live: the checkout, or the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def bundled_content() -> Path:
    return app_root() / "data"


def assets() -> Path:
    return app_root() / "assets"


def cache_dir() -> Path:
    """Per-user cache (validated content); safe to delete at any time."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sony-timeline-kiosk", appauthor=False))
