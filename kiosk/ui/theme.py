"""Colours and sizes. Sizes scale with the screen's short side, so the layout designed at
1920x1080 keeps its proportions at 1280x800, 4K and in portrait."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from PySide6.QtGui import QColor

from ..content import contrast

BACKGROUND = QColor(contrast.BACKGROUND)  # validation checks category colours against it
SURFACE = QColor("#1B2940")
SURFACE_PRESSED = QColor("#2C4166")
TEXT = QColor("#F5F7FA")
TEXT_DIM = QColor("#C9D2DF")
AXIS = QColor("#7A8BA6")
SCRIM = QColor(4, 8, 16, 200)
ICON_ON_COLOUR = QColor("#10151F")
# The keypad's focus ring: yellow between two black bands. Whatever is around it, one of
# the two stands at least 3:1 against it (tests/ui/test_keypad.py checks every surface).
FOCUS = QColor("#FFD23F")
FOCUS_OUTLINE = QColor("#000000")

# Every text colour on what is behind it, as the views draw them (WCAG 1.4.3: 4.5:1, large
# text 3:1). Category colours are checked against the background at validation, and text
# on a category colour picks the better of TEXT and ICON_ON_COLOUR (contrast.best_on).
TEXT_ON = (
    ("titles, the empty-filter message, the note's text", TEXT, BACKGROUND),
    ("card and detail texts, unselected chips, countdown", TEXT, SURFACE),
    ("captions, figure labels", TEXT_DIM, SURFACE),
    ("axis and overview labels", TEXT_DIM, BACKGROUND),
    ("a pressed card or chip", TEXT, SURFACE_PRESSED),
    ("the current language, the tour's cue", BACKGROUND, TEXT),
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
