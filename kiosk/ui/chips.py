"""Category filter chips: icon, colour, label and live count; multi-select plus "All".

A selected chip is filled with its colour, shows a tick and a heavier outline, so the
selection reads without colour. Chips wrap onto more rows when the screen is narrow.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QWidget

from ..content import contrast
from ..content.filtering import counts
from ..content.model import Category
from ..content.timeline import Content
from ..visit.state import VisitorState
from . import fonts, theme
from .buttons import pill_painter
from .i18n import translate
from .icons import draw_badge
from .widgets import Retranslates, follow, own_viewport


class Chip(QAbstractButton):
    def __init__(self, category: Category | None, count: int, state: VisitorState,
                 icon: bytes | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self._icon = icon
        self.count = count
        self._state = state
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._metrics = theme.Metrics(1920, 1080)
        self._size = QSize(200, 68)

    @property
    def category_id(self) -> str | None:
        return self.category.id if self.category else None

    def label(self) -> str:
        return self.category.label(self._state.language) if self.category else translate("kiosk", "All")

    def update_name(self) -> None:
        """What a screen reader says: the label as shown (an "&" kept), the count, and
        whether the chip is selected."""
        name = translate("kiosk", "{label}, {count} milestones").format(label=self.label(), count=self.count)
        if self.isChecked():
            name = translate("kiosk", "{name}, selected").format(name=name)
        self.setAccessibleName(name)

    def measure(self, metrics: theme.Metrics) -> None:
        """Size the chip for this screen and the visitor's language."""
        self._metrics = metrics
        self.setText(self.label().replace("&", "&&"))  # "&" is not a shortcut marker here
        self.update_name()
        self._size = QSize(self.width_in(self._state.language), metrics.px(68))
        self.setFixedSize(self._size)
        self.update()

    def width_in(self, lang: str) -> int:
        """The chip's width with its label in `lang` ("All" as it reads now)."""
        m = self._metrics
        bold = QFontMetricsF(fonts.font(m.body, lang, bold=True))
        label = self.category.label(lang) if self.category else self.label()
        count_w = bold.horizontalAdvance(f"{self.count}") + m.px(24)
        return int(m.px(14) + m.px(44) + m.px(12) + bold.horizontalAdvance(label) + m.px(12)
                   + count_w + m.px(18))

    def _font(self, bold: bool = False):
        return fonts.font(self._metrics.body, self._state.language, bold=bold)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._size  # measured once per size and language, in configure()

    def colour(self) -> QColor:
        return QColor(self.category.colour) if self.category else QColor(theme.TEXT)

    def paintEvent(self, event) -> None:  # noqa: N802
        m = self._metrics
        painter, rect, radius = pill_painter(self, m.px(2))
        checked, colour = self.isChecked(), self.colour()
        # Selected: filled with its colour; in high contrast, white, its colour the outline.
        on = QColor(theme.TEXT) if theme.HIGH_CONTRAST else QColor(colour)
        fill = on if checked else QColor(theme.SURFACE_PRESSED if self.isDown() else theme.SURFACE)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, m.px(4) if checked else m.px(2)))
        painter.drawRoundedRect(rect, radius, radius)
        fg = QColor(contrast.best_on(fill.name(), (theme.TEXT.name(), theme.ICON_ON_COLOUR.name()))) \
            if checked else theme.TEXT
        badge = QRectF(rect.left() + m.px(12), rect.center().y() - m.px(22), m.px(44), m.px(44))
        if checked:
            self._draw_tick(painter, badge, fg, fill)
        elif self.category:
            draw_badge(painter, badge, self._icon, colour, theme.ICON_ON_COLOUR)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, m.px(3)))
            painter.drawEllipse(badge.adjusted(m.px(4), m.px(4), -m.px(4), -m.px(4)))
        painter.setPen(fg)
        painter.setFont(self._font(bold=checked))
        count_text = f"{self.count}"
        count_w = QFontMetricsF(self._font(bold=True)).horizontalAdvance(count_text) + m.px(24)
        text_rect = QRectF(badge.right() + m.px(12), rect.top(),
                           rect.right() - badge.right() - m.px(24) - count_w - m.px(6), rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         self.label())
        pill = QRectF(rect.right() - m.px(10) - count_w, rect.center().y() - m.px(17), count_w, m.px(34))
        painter.setPen(Qt.PenStyle.NoPen)
        # On a selected chip the count sits on a dark pill in light text (16:1); on the
        # surface it is the label's own colour on a faint pill.
        painter.setBrush(theme.ICON_ON_COLOUR if checked else QColor(255, 255, 255, 36))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(theme.TEXT if checked else fg)
        painter.setFont(self._font(bold=True))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), count_text)

    def _draw_tick(self, painter: QPainter, rect: QRectF, fg: QColor, fill: QColor) -> None:
        m = self._metrics
        painter.setBrush(fg)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(rect)
        path = QPainterPath(QPointF(rect.left() + rect.width() * 0.27, rect.center().y()))
        path.lineTo(QPointF(rect.left() + rect.width() * 0.44, rect.top() + rect.height() * 0.68))
        path.lineTo(QPointF(rect.left() + rect.width() * 0.75, rect.top() + rect.height() * 0.32))
        pen = QPen(fill, m.px(5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class ChipBar(Retranslates, QWidget):
    """Renders `state.filter`; a tap says which chip was chosen and changes nothing itself.

    The chips flow into centred rows, at most MAX_ROWS. The bar is as tall as the most rows
    any of the content's languages needs, so switching the language never moves the
    timeline. Where even that is too many (4:3 screens), the chips stand in one row that a
    finger slides sideways (the chip cut by the edge shows there is more), and the bar
    takes a single row's height.
    """

    chosen = Signal(object)  # the category id a visitor tapped, or None for "All"
    MAX_ROWS = 2  # on a landscape screen; a portrait one has room for twice as many

    def __init__(self, content: Content, state: VisitorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._languages = content.languages
        self._metrics = theme.Metrics(1920, 1080)
        self._width: int | None = None
        self._measured_for: tuple | None = None
        self._scroll = QScrollArea(self)
        own_viewport(self._scroll)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keypad's keys go to the window
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setStyleSheet("background: transparent;")
        self._strip = QWidget()
        self._scroll.setWidget(self._strip)
        self._drag: tuple[float, int] | None = None  # where a finger went down, the scroll then
        self._dragging = False
        per_category = counts(content)
        self._all = Chip(None, len(content.milestones), state, parent=self._strip)
        self._chips = [Chip(c, per_category[c.id], state, content.icon_svg(c.icon), self._strip)
                       for c in content.categories]
        for chip in self.chips():
            chip.clicked.connect(lambda _checked=False, c=chip: self._on_chip_clicked(c))
            chip.installEventFilter(self)
        self._strip.installEventFilter(self)
        follow(self, state, "filter", self._on_filter)
        self._on_filter(state.filter, None)

    def chips(self) -> list[Chip]:
        return [self._all, *self._chips]

    @property
    def sliding(self) -> bool:
        """True where the chips stand in one row that slides sideways."""
        return self._strip.width() > self._scroll.viewport().width()

    def set_metrics(self, metrics: theme.Metrics, width: int | None = None) -> None:
        """`width`: the width the bar is about to get. Before the window's first layout its
        own is Qt's default, and rows flowed for that would claim the height of many."""
        self._metrics, self._width = metrics, width
        self._measure()

    def _measure(self) -> None:
        key = (self._metrics, self._state.language, self._width)
        if key == self._measured_for:
            return  # the language change Qt announces at start, after the window was built
        self._measured_for = key
        for chip in self.chips():
            chip.measure(self._metrics)
        self._place(self._width)
        self._width = None

    def retranslate(self) -> None:
        self._measure()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """A sliding row: a finger that moves sideways slides the chips, and the chip it
        started on is not chosen; a finger that stays is a tap, as on any chip."""
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._drag, self._dragging = (event.globalPosition().x(),
                                          self._scroll.horizontalScrollBar().value()), False
        elif kind == QEvent.Type.MouseMove and self._drag is not None and self.sliding:
            dx = event.globalPosition().x() - self._drag[0]
            if self._dragging or abs(dx) > self._metrics.px(24):
                if not self._dragging and isinstance(watched, Chip):
                    watched.setDown(False)  # a slide, not a tap: the release will not click
                self._dragging = True
                self._scroll.horizontalScrollBar().setValue(round(self._drag[1] - dx))
                return True
        elif kind == QEvent.Type.MouseButtonRelease:
            dragged, self._drag, self._dragging = self._dragging, None, False
            return dragged
        return False

    def _on_chip_clicked(self, chip: Chip) -> None:
        self._sync()  # a checkable button flips itself: show the state until it changes
        self.chosen.emit(chip.category_id)

    def _on_filter(self, _new, _old) -> None:
        self._sync()

    def _sync(self) -> None:
        selected = self._state.filter.selected
        self._all.setChecked(not selected)
        for chip in self._chips:
            chip.setChecked(chip.category_id in selected)
        for chip in self.chips():
            chip.update_name()

    def show_chip(self, chip: Chip) -> None:
        """Bring a chip into view in a sliding row (the keypad's focus moved to it)."""
        self._scroll.ensureWidgetVisible(chip, 0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.width(), self._place(max(self.width(), 1), move=False))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place()

    def _rows(self, widths: list[int], width: int) -> list[list[int]]:
        """Indices of the chips in each row, flowed at `width`."""
        gap = self._metrics.px(12)
        rows: list[list[int]] = [[]]
        used = 0
        for i, w in enumerate(widths):
            if rows[-1] and used + gap + w > width:
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + w
            rows[-1].append(i)
        return rows

    def _place(self, width: int | None = None, move: bool = True) -> int:
        """Flow the chips into centred rows (or one sliding row); returns the height used."""
        width = width or self.width()
        gap, row_h = self._metrics.px(12), self._metrics.px(68)
        chips = self.chips()
        most = max(len(self._rows([c.width_in(lang) for c in chips], width)) for lang in self._languages)
        # A portrait screen has room for twice as many rows, and for more with larger text.
        limit = round(self.MAX_ROWS * 2 * self._metrics.text) if self._metrics.portrait else self.MAX_ROWS
        widths = [c.sizeHint().width() for c in chips]
        rows = self._rows(widths, width) if most <= limit else [list(range(len(chips)))]
        reserved = most if most <= limit else 1
        height = reserved * row_h + (reserved - 1) * gap
        if move:
            strip_w = max(width, sum(widths) + gap * (len(chips) - 1)) if len(rows) == 1 else width
            for r, row in enumerate(rows):
                row_w = sum(widths[i] for i in row) + gap * (len(row) - 1)
                x = max(0, (strip_w - row_w) // 2)
                for i in row:
                    chips[i].move(x, r * (row_h + gap))
                    x += widths[i] + gap
            self._strip.resize(strip_w, height)
            self._scroll.setGeometry(0, 0, width, height)
            if height != self.minimumHeight():
                self.setMinimumHeight(height)
                self.updateGeometry()  # the window's layout asks for the new height
        return height
