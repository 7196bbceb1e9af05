"""Touch kiosk: a timeline of Sony's social contribution activities, 1946-2020."""

__version__ = "0.1.0"  # pyproject.toml reads it from here
