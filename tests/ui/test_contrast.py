"""Every text a visitor reads stands out from what is behind it (WCAG 1.4.3), computed from
the theme's own colours and the content's category colours."""

from __future__ import annotations

import pytest

from kiosk.content import contrast
from kiosk.ui import theme

TEXT_MIN = contrast.TEXT_MIN


@pytest.mark.parametrize("where, fg, bg", theme.TEXT_ON, ids=[w for w, _, _ in theme.TEXT_ON])
def test_theme_text_contrast(where, fg, bg):
    assert contrast.ratio(fg.name(), bg.name()) >= TEXT_MIN, where


def test_text_on_every_category_colour(content):
    choices = (theme.TEXT.name(), theme.ICON_ON_COLOUR.name())
    for cat in content.categories:
        label = contrast.best_on(cat.colour, choices)  # a selected chip's label and tick
        assert contrast.ratio(label, cat.colour) >= TEXT_MIN, cat.id
        date = contrast.readable(cat.colour, theme.SURFACE.name())  # the detail card's date
        assert contrast.ratio(date, theme.SURFACE.name()) >= TEXT_MIN, cat.id


def test_the_check_can_fail():
    assert contrast.ratio("#0072B2", theme.ICON_ON_COLOUR.name()) < TEXT_MIN, \
        "dark text on the science blue was the case the chips had to fix"
