"""Where each part of the main window goes, for the screen's shape, size and text size.

Mixed into the main window (main_window.py), which builds the parts this arranges: the
title, the language switch, the comfort and read-aloud buttons, the chips, the timeline
with its arrows and zoom buttons, the overview strip, and the overlays above them. Sizes
come from `theme.Metrics`; nothing here holds visitor state.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from . import fonts, theme


class ScreenLayout:
    def _arrange(self, low: bool, vertical: bool) -> None:
        """Portrait totems keep every control in the lower half, within reach: the title
        and the timeline above (time running down it, the overview a rail beside it), then
        the arrows, the chips and the language switch. Elsewhere (and with
        `controls_at_top`) the controls sit above the timeline, with an arrow on each side
        of a horizontal one. The arrows never float over the timeline: then a flick
        scrolls it by moving pixels, not by repainting it whole."""
        if (low, vertical) == self._arranged:
            return
        self._arranged = (low, vertical)
        self._controls_low = low
        strip = self.overview or self._overview_band
        for layout in (self._layout, self._header, self._footer, self._timeline_row, self._arrow_row,
                       *self._sides):
            while layout.count():
                layout.takeAt(0)
        self._title_balance.setVisible(not low)
        self.prev_page.set_kind("up" if vertical else "left")
        self.next_page.set_kind("down" if vertical else "right")
        if low:
            self._header.addWidget(self.title, 1)
            self._footer.addWidget(self.comfort.button)
            self._footer.addWidget(self.read_categories)
            self._footer.addStretch(1)
            self._footer.addWidget(self.language_toggle)
        else:
            self._title_balance.layout().addWidget(self.comfort.button, 0, Qt.AlignmentFlag.AlignLeft)
            self._title_balance.layout().addWidget(self.read_categories, 0, Qt.AlignmentFlag.AlignLeft)
            self._title_balance.layout().addStretch(1)
            self._header.addWidget(self._title_balance)
            self._header.addWidget(self.title, 1)
            self._header.addWidget(self.language_toggle, 0, Qt.AlignmentFlag.AlignTop)
        if vertical or low:
            for widget in (self.prev_page, self.zoom_out, None, self.zoom_in, self.next_page):
                if widget is None:
                    self._arrow_row.addStretch(1)
                else:
                    self._arrow_row.addWidget(widget)
            self._timeline_row.addWidget(self.timeline, 1)
        else:  # − under the left arrow and + under the right, at the timeline's lower corners
            for side, arrow, zoom_button in zip(self._sides, (self.prev_page, self.next_page),
                                                (self.zoom_out, self.zoom_in)):
                side.addStretch(1)
                side.addWidget(arrow)
                side.addStretch(1)
                side.addWidget(zoom_button)
            self._timeline_row.addLayout(self._sides[0])
            self._timeline_row.addWidget(self.timeline, 1)
            self._timeline_row.addLayout(self._sides[1])
        if vertical:
            self._timeline_row.addWidget(strip)
            parts = ((self._header, self._timeline_row, self._arrow_row, self.chips, self._footer) if low
                     else (self._header, self.chips, self._arrow_row, self._timeline_row))
        elif low:
            parts = (self._header, self._timeline_row, self._arrow_row, strip, self.chips, self._footer)
        else:
            parts = (self._header, self.chips, self._timeline_row, strip)
        for part in parts:
            stretch = 1 if part is self._timeline_row else 0
            if isinstance(part, QWidget):
                self._layout.addWidget(part, stretch)
            else:
                self._layout.addLayout(part, stretch)

    def _vertical_for(self, m: theme.Metrics) -> bool:
        direction = self.config.timeline_direction
        return direction == "down" or (direction == "auto" and m.portrait)

    def restyle(self) -> None:
        """Sizes and style sheets again: the text size or the theme changed."""
        self._apply_metrics()

    def _apply_metrics(self) -> None:
        m = theme.Metrics(max(1, self.width()), max(1, self.height()), self.state.text_size / 100)
        self.metrics = m
        vertical = self._vertical_for(m)
        self._arrange(m.portrait and not self.config.controls_at_top, vertical)
        self.timeline.set_vertical(vertical)
        if self.overview is not None:
            self.overview.set_vertical(vertical)
        side = m.px(32)
        self._layout.setContentsMargins(side, m.px(20), side, m.px(12))
        self._layout.setSpacing(m.px(12))
        # Sizes first, then what is measured against them: the title wraps beside the
        # language switch, and the timeline gets what the rest leaves. Each is then laid
        # out once, at the size it keeps (every card measured once at start).
        self.language_toggle.set_metrics(m)
        self._title_balance.setFixedWidth(self.language_toggle.width())
        for button in (self.prev_page, self.next_page, self.zoom_out, self.zoom_in):
            button.set_diameter(m.px(88))
        if vertical:
            self._overview_band.setMinimumHeight(0)
            self._overview_band.setMaximumHeight(16_777_215)
            self._overview_band.setFixedWidth(m.px(150))
        else:
            self._overview_band.setMinimumWidth(0)
            self._overview_band.setMaximumWidth(16_777_215)
            self._overview_band.setFixedHeight(m.px(150))
        self._set_title_fonts()
        self.chips.set_metrics(m, self.width() - 2 * side)
        for view in (self.overview, self.timeline, self.detail, self.countdown, self.tour, self.operator,
                     self.comfort):
            if view is not None:
                view.set_metrics(m)
        self.read_categories.set_diameter(self.comfort.button.width())
        self._place_overlays()

    def _set_title_fonts(self) -> None:
        m, lang = self.metrics, self.state.language
        self.title.setFont(fonts.font(m.type(30), lang, bold=True))
        # As tall as the title is in any of the content's languages: a switch never moves
        # the timeline below it.
        width = self.width() - 2 * m.px(32) - (0 if self._controls_low else 2 * self.language_toggle.width())
        wrap = int(Qt.TextFlag.TextWordWrap)
        self.title.setFixedHeight(max(
            QFontMetrics(fonts.font(m.type(30), other, bold=True)).boundingRect(
                QRect(0, 0, max(1, width), 10_000), wrap, self.content.info.title[other]).height()
            for other in self.content.languages))
        self.title.setStyleSheet(f"color: {theme.TEXT.name()};")
        self.empty.setFont(fonts.font(m.type(28), lang, bold=True))
        self.empty.setStyleSheet(f"color: {theme.TEXT.name()};")

    def _place_overlays(self) -> None:
        geo = self.timeline.geometry()
        self.empty.setGeometry(geo.adjusted(self.metrics.px(120), 0, -self.metrics.px(120), 0))
        floating = [self.empty]
        if self.tour is not None:
            self.tour.set_spot(self._free_spot())
            floating.append(self.tour)
        for w in floating:
            w.raise_()
        if self.detail is not None:  # built just after the first frame (late_views.py)
            self.detail.raise_()
            self.operator.raise_open()
        self._raise_language_toggle()

    def _free_spot(self) -> QRect | None:
        """Between the arrows under (or over) a vertical timeline nothing is drawn: the
        attract cue stands there, clear of every card."""
        if not self.timeline.vertical:
            return None
        left, right = self.zoom_out.geometry(), self.zoom_in.geometry()
        return QRect(left.right() + 1, left.top(), max(0, right.left() - left.right() - 1), left.height())

    def _raise_language_toggle(self) -> None:
        """The language switch stays reachable over an open detail card, which keeps clear of it."""
        self.language_toggle.raise_()
        gap, toggle = self.metrics.px(12), self.language_toggle.geometry()
        if self.detail is None:
            return
        if self._controls_low:
            self.detail.set_reserved(0, self.height() - toggle.top() + gap)
        else:
            self.detail.set_reserved(toggle.bottom() + gap, 0)
