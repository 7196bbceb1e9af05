"""Colours and sizes. Sizes scale with the screen's short side, so the layout designed at
1920x1080 keeps its proportions at 1280x800, 4K and in portrait."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from PySide6.QtGui import QColor

from ..content import contrast

# The normal theme: every text at least 4.5:1 (most are 9-17:1). A visitor may choose the
# high-contrast theme, in which every text is at least 7:1 (WCAG 1.4.6): white on black,
# the category colours kept for marks and outlines, never for text or fills behind text.
NORMAL = {
    "BACKGROUND": QColor(contrast.BACKGROUND),  # validation checks category colours against it
    "SURFACE": QColor("#1B2940"),
    "SURFACE_PRESSED": QColor("#2C4166"),
    "TEXT": QColor("#F5F7FA"),
    "TEXT_DIM": QColor("#C9D2DF"),
    "AXIS": QColor("#7A8BA6"),
    "SCRIM": QColor(4, 8, 16, 200),
    "ICON_ON_COLOUR": QColor("#10151F"),
}
HIGH = {
    "BACKGROUND": QColor("#000000"),
    "SURFACE": QColor("#141414"),
    "SURFACE_PRESSED": QColor("#3A3A3A"),
    "TEXT": QColor("#FFFFFF"),
    "TEXT_DIM": QColor("#FFFFFF"),
    "AXIS": QColor("#D0D0D0"),
    "SCRIM": QColor(0, 0, 0, 225),
    "ICON_ON_COLOUR": QColor("#000000"),
}
BACKGROUND, SURFACE, SURFACE_PRESSED, TEXT, TEXT_DIM, AXIS, SCRIM, ICON_ON_COLOUR = NORMAL.values()
HIGH_CONTRAST = False
TEXT_MIN = contrast.TEXT_MIN  # what every text reaches in the theme in use
# The keypad's focus ring: yellow between two black bands. Whatever is around it, one of
# the two stands at least 3:1 against it (tests/ui/test_keypad.py checks every surface).
FOCUS = QColor("#FFD23F")
FOCUS_OUTLINE = QColor("#000000")


def use_high_contrast(high: bool) -> None:
    """Switch the colours every view reads when it paints or styles itself."""
    global BACKGROUND, SURFACE, SURFACE_PRESSED, TEXT, TEXT_DIM, AXIS, SCRIM, ICON_ON_COLOUR
    global HIGH_CONTRAST, TEXT_MIN
    BACKGROUND, SURFACE, SURFACE_PRESSED, TEXT, TEXT_DIM, AXIS, SCRIM, ICON_ON_COLOUR = \
        (HIGH if high else NORMAL).values()
    HIGH_CONTRAST, TEXT_MIN = high, 7.0 if high else contrast.TEXT_MIN


def text_on() -> tuple[tuple[str, QColor, QColor], ...]:
    """Every text colour on what is behind it, as the views draw them in the theme in use
    (WCAG 1.4.3). Category colours are checked against the background at validation, and
    text on a category colour picks the better of TEXT and ICON_ON_COLOUR (contrast.best_on)."""
    return (
        ("titles, the empty-filter message, the note's text", TEXT, BACKGROUND),
        ("card and detail texts, unselected chips, countdown", TEXT, SURFACE),
        ("captions, figure labels", TEXT_DIM, SURFACE),
        ("axis and overview labels", TEXT_DIM, BACKGROUND),
        ("a pressed card or chip", TEXT, SURFACE_PRESSED),
        ("the current language, the tour's cue, a selected pill", BACKGROUND, TEXT),
        ("a selected chip's count", TEXT, ICON_ON_COLOUR),
    )


DESIGN_SHORT_SIDE = 1080


@dataclass(frozen=True)
class Metrics:
    """Sizes for one screen: geometry scales with its short side (`px`), and type with
    that and the visitor's text size too (`type`, 1.0 = 100 %)."""

    width: int
    height: int
    text: float = 1.0

    @cached_property
    def scale(self) -> float:
        return max(0.5, min(self.width, self.height) / DESIGN_SHORT_SIDE)

    @property
    def portrait(self) -> bool:
        return self.height > self.width

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    def type(self, value: float) -> int:
        """A type size in px at 1080p and 100 %: scaled by the screen and the text size."""
        return max(1, round(value * self.scale * self.text))

    # Text sizes at 1080p: body >= 18 px and titles >= 28 px, readable at arm's length.
    @property
    def body(self) -> int:
        return self.type(20)

    @property
    def small(self) -> int:
        return self.type(18)

    @property
    def title(self) -> int:
        return self.type(28)

    @property
    def year(self) -> int:
        return self.type(34)

    @property
    def heading(self) -> int:
        return self.type(40)

    @property
    def figure(self) -> int:
        return self.type(52)

    @property
    def touch(self) -> int:
        """Smallest touch target: 48 px is the floor; we use more, for children's fingers."""
        return self.px(72)

    @property
    def card_width(self) -> int:
        return self.px(440)
