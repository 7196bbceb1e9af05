"""Every text a visitor reads stands out from what is behind it (WCAG 1.4.3), computed from
the theme's own colours and the content's category colours."""

from __future__ import annotations

import pytest

from kiosk.content import contrast
from kiosk.ui import theme

TEXT_MIN = contrast.TEXT_MIN


@pytest.fixture(params=[False, True], ids=["normal", "high contrast"])
def in_theme(request):
    """Each theme in turn: every text at least 4.5:1, and 7:1 in high contrast."""
    theme.use_high_contrast(request.param)
    yield 7.0 if request.param else TEXT_MIN
    theme.use_high_contrast(False)


def test_theme_text_contrast(in_theme):
    assert theme.TEXT_MIN == in_theme
    for where, fg, bg in theme.text_on():
        assert contrast.ratio(fg.name(), bg.name()) >= in_theme, where


def test_text_on_every_category_colour(content, in_theme):
    choices = (theme.TEXT.name(), theme.ICON_ON_COLOUR.name())
    for cat in content.categories:
        fill = theme.TEXT.name() if theme.HIGH_CONTRAST else cat.colour  # a selected chip
        label = contrast.best_on(fill, choices)  # its label and tick
        assert contrast.ratio(label, fill) >= in_theme, cat.id
        date = contrast.readable(cat.colour, theme.SURFACE.name(), theme.TEXT_MIN)  # detail date
        assert contrast.ratio(date, theme.SURFACE.name()) >= in_theme, cat.id


def test_the_check_can_fail():
    assert contrast.ratio("#0072B2", theme.ICON_ON_COLOUR.name()) < TEXT_MIN, \
        "dark text on the science blue was the case the chips had to fix"
