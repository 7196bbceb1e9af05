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


TEXT_MIN = 4.5  # WCAG 1.4.3, for text of any size


def readable(colour: str, background: str, minimum: float = TEXT_MIN) -> str:
    """`colour`, lightened or darkened just enough to read at `minimum` on `background`."""
    towards = 255 if luminance(background) < 0.18 else 0
    rgb = [int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    for step in range(21):
        mixed = "#" + "".join(f"{round(c + (towards - c) * step / 20):02X}" for c in rgb)
        if ratio(mixed, background) >= minimum:
            return mixed
    return "#FFFFFF" if towards else "#000000"


def best_on(fill: str, choices: tuple[str, ...]) -> str:
    """Of `choices`, the text colour that reads best on `fill`."""
    return max(choices, key=lambda c: ratio(c, fill))
