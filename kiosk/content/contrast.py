"""Contrast between two colours (WCAG 2), and the kiosk's background, which every category
colour is drawn against. Plain Python: validation checks a colour before the screen does."""

from __future__ import annotations

BACKGROUND = "#0E1726"
GRAPHICS_MIN = 3.0  # WCAG 1.4.11: a mark or icon against what is beside it


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
