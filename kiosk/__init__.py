"""Touch kiosk: a timeline of Sony's social contribution activities, 1946-2020."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sony-timeline-kiosk")
except PackageNotFoundError:  # running from a frozen bundle or an uninstalled checkout
    __version__ = "0.1.0"
