"""The detail card: `state.open_milestone`, large, over a dimmed timeline.

The scrim appears at once, so the tap answers in the next frame; the card rises into place
and slides away (detail_motion.py) when the state opens and closes it. The scrim itself does
not fade: a translucent layer that changes makes Qt repaint the whole window beneath it
on every frame. A horizontal swipe or the arrow buttons ask for the neighbour within the
filter; the close button or a tap on the dimmed area ask to close. While the card slides
away it takes no input. Every label is plain text: content can never be read as markup.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPropertyAnimation, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QBoxLayout, QHBoxLayout, QLabel, QPushButton, QSpacerItem,
                               QVBoxLayout, QWidget)

from ..content import contrast
from ..content.languages import is_wide
from ..content.model import Milestone
from ..content.phrases import for_display
from ..content.timeline import Content
from ..visit.state import VisitorState
from . import fonts, theme
from .buttons import RoundButton
from .qr import QrRow
from .dates import detail_date, with_partners
from .i18n import translate
from .detail_links import SeeAlsoRow
from .detail_motion import DetailMotion
from .detail_picture import DetailPicture
from .did_you_know import DidYouKnow
from .detail_panel import DetailPanel
from .widgets import Overlay, Retranslates, follow, plain_label

class DetailOverlay(DetailMotion, Retranslates, Overlay):
    close_requested = Signal()
    step_requested = Signal(int)  # -1 previous, +1 next, within the filter
    milestone_requested = Signal(str)  # a "See also" link
    read_requested = Signal()  # the speaker button: read this card aloud, or stop

    def __init__(self, content: Content, state: VisitorState, parent: QWidget,
                 qr_codes: bool = True) -> None:
        super().__init__(parent, "detail", panel_type=DetailPanel)
        self._qr_codes = qr_codes
        self._content = content
        self._state = state
        self._shown: str | None = None  # the milestone whose texts the labels hold
        self._filled_for: tuple | None = None
        self._animation: QPropertyAnimation | None = None
        self._press_outside = False
        self._opened_at = 0.0
        self._closing_now = False
        self._applied = False  # sizes are applied lazily, when shown
        self._high = theme.HIGH_CONTRAST
        self._reserved_top = self._reserved_bottom = 0
        self._above: list[QWidget] = []  # stay over the card when it rises (the language switch)
        self.panel.swiped.connect(self.step_requested)
        self.picture = DetailPicture(self.panel.body)
        self.date = plain_label(self.panel.body)
        # ⓘ beside an uncertain date: a tap shows the visitors' note on why, and hides it again.
        self.uncertain = RoundButton("info", 72, self.panel.body)
        self.uncertain.setObjectName("dateUncertain")
        self.uncertain.setCheckable(True)
        self.uncertain.toggled.connect(self._on_uncertain_toggled)
        self.note = plain_label(self.panel.body)
        self.did_you_know = DidYouKnow(self.panel.body)
        self.title = plain_label(self.panel.body)
        self.category = plain_label(self.panel.body)
        self.place = plain_label(self.panel.body)
        self.partners = plain_label(self.panel.body)
        self.story = plain_label(self.panel.body)
        self.see_also = SeeAlsoRow(content, self.panel.body)
        self.see_also.milestone_requested.connect(self._on_see_also)
        self.qr = QrRow(self.panel.body)
        self.qr.hide()
        self.close_button = RoundButton("close", 72, self.panel)
        self.prev_button = RoundButton("left", 72, self.panel, purpose="previous")
        self.next_button = RoundButton("right", 72, self.panel, purpose="next")
        self.speak_button = RoundButton("speaker", 72, self.panel)
        self.speak_button.hide()  # until a voice for the language is known
        self.speak_button.clicked.connect(lambda _checked=False: self.read_requested.emit())
        self.position = plain_label(self.panel, wrap=False)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_button.clicked.connect(lambda _checked=False: self.close_requested.emit())
        self.prev_button.clicked.connect(lambda _checked=False: self.step_requested.emit(-1))
        self.next_button.clicked.connect(lambda _checked=False: self.step_requested.emit(1))
        self._figures = QHBoxLayout()
        self._figure_slots: list[tuple[QLabel, QLabel]] = []
        self._build_layout()
        follow(self, state, "open_milestone", self._on_open_milestone)
        follow(self, state, "filter", lambda _new, _old: self._update_nav())

    def _build_layout(self) -> None:
        """Everything but the buttons scrolls inside the card's fixed frame; ✕ sits in its
        top corner and ‹ › in a row under the scrolling part, where they never move."""
        text_col = QVBoxLayout()
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.uncertain)
        date_row.addStretch(1)
        text_col.addLayout(date_row)
        for w in (self.note, self.title, self.category, self.place, self.partners):
            text_col.addWidget(w)
        text_col.addStretch(1)
        self._head = QHBoxLayout()
        self._head.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        self._head.addLayout(text_col, 1)
        self._head.addSpacing(72)  # room for ✕, which floats in the corner
        self._text = QVBoxLayout()  # figures and story; the QR code beside them
        self._text.addLayout(self._figures)
        self._text.addWidget(self.story)
        self._text.addWidget(self.did_you_know)
        self._text.addStretch(1)
        lower = self._lower = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        lower.addLayout(self._text, 1)
        self._beside_qr = QSpacerItem(0, 0)  # widened so that the story keeps a reading line
        lower.addItem(self._beside_qr)
        lower.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self._body = QVBoxLayout(self.panel.body)
        self._body.addLayout(self._head)
        self._body.addLayout(lower)
        self._body.addWidget(self.see_also)
        self._body.addStretch(1)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.speak_button)
        nav.addWidget(self.position)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        self.panel.frame.addLayout(nav)

    # --- rendering the state -----------------------------------------------------------
    @property
    def closing(self) -> bool:
        """Sliding away: on screen, but the state has no card open any more."""
        return self.isVisible() and self._state.open_milestone is None

    def set_metrics(self, metrics: theme.Metrics) -> None:
        """Take a new screen size; a hidden card applies it when next shown."""
        if metrics == self._metrics and self._applied and self._high == theme.HIGH_CONTRAST:
            return
        self._metrics, self._high = metrics, theme.HIGH_CONTRAST  # the theme styles it too
        self._applied = False
        if self.isVisible():
            self._apply()

    def show_read_aloud(self, available: bool, reading: bool) -> None:
        """The speaker button: shown where the language has a voice; ■ while it reads."""
        self.speak_button.setVisible(available)
        self.speak_button.set_kind("stop" if reading else "speaker")

    def retranslate(self) -> None:
        if self.isVisible() and self._shown:
            self._fill(self._content.milestone(self._shown))

    def keep_above(self, widget: QWidget) -> None:
        """A widget that stays reachable over the card whenever the card rises."""
        self._above.append(widget)

    def show_open(self) -> None:
        """Show the card the state holds open: for a card opened before this view was built."""
        self._on_open_milestone(self._state.open_milestone, None)

    def _on_open_milestone(self, milestone_id: str | None, _old) -> None:
        if milestone_id is None:
            self._close(animate=not (self._state.resetting or self._state.calm_motion))
            return
        first = not self.isVisible() or self._animation is not None and self._closing_now
        self._stop_animation()
        if first:  # shown before filling: hidden widgets do not count in the layout's height
            self._apply()
            self.setGeometry(self.parentWidget().rect())
            self.show()
            self.raise_()
            for widget in self._above:
                widget.raise_()
            self._opened_at = time.monotonic()
        self._fill(self._content.milestone(milestone_id))
        if first and not self._state.calm_motion:  # calm motion: it appears, nothing slides
            self._animate_open()
        elif first:
            self._on_open_finished()

    def _apply(self) -> None:
        if self._applied:
            return
        self._applied = True
        m = self._metrics
        for button in (self.close_button, self.prev_button, self.next_button, self.speak_button,
                       self.uncertain):
            button.set_diameter(m.touch)
        self.panel.set_metrics(m)
        self.panel.frame.setContentsMargins(m.px(40), m.px(32), m.px(32), m.px(28))
        self.panel.frame.setSpacing(m.px(16))
        self._body.setContentsMargins(0, 0, m.px(16), 0)
        self._body.setSpacing(m.px(20))
        self._text.setSpacing(m.px(20))
        self.note.setObjectName("note")
        self.panel.setStyleSheet(
            self.panel_style(m, 24) +
            f"QLabel#figureLabel {{ color: {theme.TEXT_DIM.name()}; }}"
            f"QLabel#note {{ background: {theme.BACKGROUND.name()};"
            f" border-left: {m.px(6)}px solid {theme.AXIS.name()}; padding: {m.px(10)}px {m.px(14)}px; }}"
            f"QPushButton {{ color: {theme.TEXT.name()}; background: {theme.BACKGROUND.name()};"
            f" border: {m.px(2)}px solid {theme.AXIS.name()}; border-radius: {m.touch // 2}px;"
            f" padding: 0 {m.px(24)}px; }}"
            f"QPushButton:pressed {{ background: {theme.SURFACE_PRESSED.name()}; }}"
            f"QLabel#credit {{ color: {theme.TEXT_DIM.name()}; }}" + self.did_you_know.style(m))
        self._filled_for = None
        if self._shown and self.isVisible():
            self._fill(self._content.milestone(self._shown))

    def prepare(self) -> None:
        """Render the card once while hidden, so a visitor's first tap does not pay for
        style sheets, layout and glyphs at the card's large sizes (~0.2 s). The figures'
        places are made here, for the most any milestone needs, so the card never creates
        widgets later (counting them read every milestone: 8 ms of the first frame at 5,000)."""
        most_figures = max((len(m.text(lang).figures) for m in self._content.milestones
                            for lang in self._content.languages), default=0)
        while len(self._figure_slots) < most_figures:  # a card already open keeps its own
            for widget in self._figure_slot(len(self._figure_slots)):
                widget.hide()
        if self._content.milestones and not self.isVisible():
            self._apply()
            self._fill(self._content.milestones[0])
            self.panel.grab()

    def set_reserved(self, top: int, bottom: int) -> None:
        """Keep the card clear of the language switch, which floats over it: `top` pixels
        at the top or `bottom` pixels at the bottom of the window."""
        if (top, bottom) != (self._reserved_top, self._reserved_bottom):
            self._reserved_top, self._reserved_bottom = top, bottom
            self.place_panel()

    # --- filling ----------------------------------------------------------------------
    def _fill(self, ms: Milestone) -> None:
        m, lang = self._metrics, self._state.language
        if self._filled_for != (ms.id, lang, m):
            self._filled_for = (ms.id, lang, m)
            for label, f in self._fonts(m, lang).items():
                label.setFont(f)
        if ms.id != self._shown:  # a new card: from its top, with the date note folded away
            self.panel.scroll_to_top()
            self.uncertain.setChecked(False)
        self._shown = ms.id
        text = ms.text(lang)
        cat = self._content.category(ms.category)
        self.date.setText(detail_date(ms, lang))
        # On one line beside its ⓘ where it fits; a wrapped label would wrap it early.
        room = self.panel.width() - m.px(DetailPicture.SIZE + 40 + 32 + 48) - 3 * m.touch
        self.date.setWordWrap(QFontMetrics(self.date.font()).horizontalAdvance(self.date.text()) > room)
        self.date.setStyleSheet(
            f"color: {contrast.readable(cat.colour, theme.SURFACE.name(), theme.TEXT_MIN)};")
        self.title.setText(for_display(text.title, lang))
        self.panel.setAccessibleName(text.title)
        self.category.setText(cat.label(lang))
        self.place.setText(for_display(text.place or "", lang))
        self.place.setVisible(bool(text.place))
        self.partners.setText(with_partners(text.partners))
        self.partners.setVisible(bool(text.partners))
        self.uncertain.setVisible(bool(text.date_note))
        self.note.setText(for_display(text.date_note or "", lang))
        self._on_uncertain_toggled(self.uncertain.isChecked())
        self.did_you_know.fill(text.did_you_know, lang, m)
        self.story.setText(for_display(text.story, lang))
        # A screen reader gets the words without the marks that hold Japanese phrases together.
        for label, raw in ((self.title, text.title), (self.place, text.place or ""),
                           (self.note, text.date_note or ""), (self.story, text.story)):
            label.setAccessibleName(raw)
        self.picture.show_for(self._content, ms, lang, m)
        for i, figure in enumerate(text.figures):
            value, label = self._figure_slot(i)
            value.setFont(fonts.font(m.figure, lang, bold=True))
            value.setText(figure.value)
            label.setFont(fonts.font(m.body, lang))
            label.setText(for_display(figure.label, lang))
        for i, (value, label) in enumerate(self._figure_slots):
            # Shown now, not by Qt's queued show, so the panel's height counts them.
            value.setVisible(i < len(text.figures))
            label.setVisible(i < len(text.figures))
        self.see_also.fill(ms, lang, m, min(self.width() - 2 * m.px(48), m.px(1500)))
        self.qr.show_url(ms.url if self._qr_codes else None, m, lang)
        self._update_nav()
        self.place_panel()

    def links(self) -> list[tuple[str, QPushButton]]:
        """The card's own buttons besides ✕ ‹ ›, named for the keypad's focus."""
        shown = [("date-note", self.uncertain)] if self.uncertain.isVisibleTo(self) else []
        return shown + [(f"link:{i}", button) for i, button in enumerate(self.see_also.buttons)]

    def _on_uncertain_toggled(self, on: bool) -> None:
        self.note.setVisible(on and bool(self.note.text()))

    def _on_see_also(self, milestone_id: str) -> None:
        if not self.closing:  # a card sliding away takes no taps
            self.milestone_requested.emit(milestone_id)

    def _fonts(self, m: theme.Metrics, lang: str) -> dict[QLabel, object]:
        return {
            self.date: fonts.font(m.year, lang, bold=True),
            self.title: fonts.font(m.heading, lang, bold=True),
            self.category: fonts.font(m.body, lang, bold=True),
            self.place: fonts.font(m.body, lang),
            self.partners: fonts.font(m.body, lang),
            self.note: fonts.font(m.body, lang),
            self.story: fonts.font(m.type(24), lang),
            self.position: fonts.font(m.body, lang, bold=True),
        }

    def _figure_slot(self, index: int) -> tuple[QLabel, QLabel]:
        """Figure labels are made once and reused: no widget churn on every open."""
        while len(self._figure_slots) <= index:
            value, label = plain_label(self.panel.body), plain_label(self.panel.body)
            label.setObjectName("figureLabel")
            col = QVBoxLayout()
            col.addWidget(value)
            col.addWidget(label)
            col.addStretch(1)
            self._figures.addLayout(col, 1)
            self._figure_slots.append((value, label))
        return self._figure_slots[index]

    def _update_nav(self) -> None:
        """Where the card stands within the filter: the same rule as the controller's step."""
        current = self._shown
        if current is None or self._state.open_milestone is None:
            return  # no card on screen: the next one shown sets its own buttons
        ids = [m.id for m in self._state.filter.visible(self._content)]
        at = ids.index(current) if current in ids else -1
        self.prev_button.setEnabled(at > 0)
        self.next_button.setEnabled(0 <= at < len(ids) - 1)
        position = translate("kiosk", "{i} of {n}").format(i=at + 1, n=len(ids))
        self.position.setText(position if at >= 0 else "")

    def place_panel(self) -> None:
        """One frame per screen size, whatever the milestone: from below the language
        switch to the bottom margin, as wide as reads well."""
        m = self._metrics
        margin = m.px(48)
        width = max(200, min(self.width() - 2 * margin, m.px(1500)))
        top, bottom = max(margin, self._reserved_top), max(margin, self._reserved_bottom)
        self.panel.setFixedSize(width, max(200, self.height() - top - bottom))
        self.panel.move((self.width() - width) // 2, top)
        # The title keeps clear of ✕ where ✕ stands at the top right; where ✕ stands low,
        # beside ›, the title has the panel's whole width.
        self._head.itemAt(2).spacerItem().changeSize(0 if self._reserved_bottom else m.touch, 0)
        self._head.invalidate()
        if self._reserved_bottom:  # controls sit low: ✕ beside › , in reach
            self.panel.layout().activate()
            self.close_button.move(self.next_button.x() - m.px(24) - self.close_button.width(),
                                   self.panel.height() - m.px(28) - self.close_button.height())
        else:
            self.close_button.move(width - m.px(32) - self.close_button.width(), m.px(32))
        self.close_button.raise_()
        # The story keeps a reading line, and the QR code stands beside it where the card has
        # room (else under it). The line is kept by the width of the space between them, not
        # by a width limit on the story: a wrapped label's layout asks its height for the
        # width the layout offers, and a limited label would be given too little, and clip.
        measure, room = self._measure(self.story.font()), width - m.px(40 + 32 + 16 + 12)
        qr_width = 0 if self.qr.isHidden() else self.qr.width() + m.px(40)
        beside = room >= measure + qr_width
        self._beside_qr.changeSize(max(0, room - measure - qr_width) if beside else 0, 0)
        direction = QBoxLayout.Direction
        self._lower.setDirection(direction.LeftToRight if beside else direction.TopToBottom)
        self._lower.setAlignment(self.qr, Qt.AlignmentFlag.AlignTop | (
            Qt.AlignmentFlag.AlignRight if beside else Qt.AlignmentFlag.AlignLeft))

    def _measure(self, font) -> int:
        """A reading line: about 70 characters in English, 40 in Japanese."""
        metrics = QFontMetrics(font)
        if is_wide(self._state.language):
            return metrics.horizontalAdvance("あ" * 40)
        return metrics.averageCharWidth() * 70
