"""The exhibit's window: it lays out the views (title, language switch, chips, timeline
with arrows, overview strip, and the overlays over them) for the screen, and connects
what visitors ask of them to the controller. It keeps no visitor state: the views render
`state`, and the controller changes it.

Lockdown (full screen, frameless, deaf to close keys and close requests) is mixed in from
lockdown.py, and where each part goes for the screen from window_layout.py.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from ..config import Config
from ..content import phrases
from ..content.timeline import Content
from ..visit.state import VisitorState
from . import accessible, fonts, theme
from .buttons import RoundButton
from .chips import ChipBar
from .comfort import ComfortAccess
from .controller import Controller
from .i18n import Translator, translate
from .idle import ATTRACT, COUNTDOWN
from .language_toggle import LanguageToggle
from .late_views import LateViews
from .lockdown import Lockdown
from .timeline import TimelineView
from .widgets import Retranslates, follow, plain_label
from .window_layout import ScreenLayout

log = logging.getLogger(__name__)


class MainWindow(LateViews, Lockdown, ScreenLayout, Retranslates, QWidget):
    controller = None

    def __init__(self, content: Content, lang: str | None = None, config: Config | None = None,
                 engagement=None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.BACKGROUND)
        self.setPalette(palette)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        fonts.ensure_emoji(content.characters)
        phrases.remember(content.phrased)
        self.config = config or Config()
        self.state = VisitorState()
        self.controller = Controller(content, self.config, self.state, self)
        self.state.reset()
        if lang in content.languages:
            self.state.language = lang  # a preview or screenshot in another language
        elif lang:
            log.warning("--lang %s: the content's languages are %s", lang, ", ".join(content.languages))
        self.metrics = theme.Metrics(1920, 1080)
        self._translator = Translator(self.state, content.languages, self)

        self.title = plain_label(self, wrap=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_toggle = LanguageToggle(self.state, content.languages, self)
        self.language_toggle.setVisible(len(content.languages) > 1)
        self._title_balance = QWidget(self)  # as wide as the toggle: keeps the title centred
        QHBoxLayout(self._title_balance).setContentsMargins(0, 0, 0, 0)  # the comfort button's
        self.comfort = ComfortAccess(self, self.state, self.controller)
        # Read-aloud starts its voice in a thread of its own after the first frame; its
        # button for the categories shows once a voice for the language is known.
        self.read_aloud = None
        self.sounds = None  # built after the first frame, where `sound` is on
        self.read_categories = RoundButton("speaker", 72, self, purpose="read_categories")
        self.read_categories.hide()
        # The overview strip is built just after the first frame, in a band kept for it:
        # what a visitor sees first comes first.
        self.overview = None
        self._overview_queued = False
        self._overview_band = QWidget(self)
        self.prev_page = RoundButton("left", 72, self)
        self.next_page = RoundButton("right", 72, self)
        self.zoom_out = RoundButton("zoom_out", 72, self)
        self.zoom_in = RoundButton("zoom_in", 72, self)
        self.empty = plain_label(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        # The countdown and the attract tour are needed no sooner than idle_seconds after
        # start: they are built just after the first frame, with the overview strip.
        self.tour = None
        self.countdown = None
        self.engagement = None
        self.fleet = None  # the health file and the fleet export, where configured
        self._engagement_log = engagement  # watched from just after the first frame

        self._header = QHBoxLayout()
        self._footer = QHBoxLayout()  # the language switch, where controls sit low
        self._timeline_row = QHBoxLayout()
        self._arrow_row = QHBoxLayout()  # the arrows, under the timeline where controls sit low
        self._sides = (QVBoxLayout(), QVBoxLayout())  # else an arrow, and zoom under it, each side
        self._layout = QVBoxLayout(self)
        self._controls_low: bool | None = None
        self._arranged: tuple[bool, bool] | None = None
        self.chips = ChipBar(content, self.state, self)
        self.timeline = TimelineView(content, self.state, self)
        self._arrange(False, False)
        accessible.install()  # before Qt first asks: it keeps the interface it is given
        # Nothing can be tapped or keyed before the first frame: the detail card, the keypad
        # and the operator's way in are built just after it (doors.py).
        self.detail = None
        self.keypad = None
        self.operator = None

        self.prev_page.clicked.connect(lambda _checked=False: self.timeline.page(-1))
        self.next_page.clicked.connect(lambda _checked=False: self.timeline.page(1))
        self.zoom_out.clicked.connect(lambda _checked=False: self.timeline.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda _checked=False: self.timeline.step_zoom(1))
        self.language_toggle.chosen.connect(self.controller.choose_language)
        self.controller.phase_changed.connect(self._on_phase_changed)
        self.controller.content_replaced.connect(self._on_content_replaced)
        follow(self, self.state, "filter", self._on_filter)
        follow(self, self.state, "text_size", lambda *_: self.restyle())
        self._connect_content_views()
        self.retranslate()
        # Sizes are applied just before the window first shows, and on each resize.

    @property
    def content(self) -> Content:
        return self.controller.content

    def _connect_content_views(self) -> None:
        c = self.controller
        self.chips.chosen.connect(c.choose_category)
        self.timeline.milestone_tapped.connect(c.open_card)
        self.timeline.view_moved.connect(self._on_timeline_moved)
        self.timeline.zoom_requested.connect(c.zoom_to)
        self.timeline.installEventFilter(self)
        if self.detail is not None:
            self._connect_detail()
        if self.overview is not None:
            self.overview.year_requested.connect(self._on_overview_year)

    def _on_content_replaced(self, content: Content) -> None:
        """Every view that holds content is built anew; the old ones are deleted."""
        from .overview import OverviewStrip

        fonts.ensure_emoji(content.characters)
        phrases.remember(content.phrased)
        if self.operator is not None:
            self.operator.close()
        old = [w for w in (self.chips, self.timeline, self.detail, self.overview, self.tour) if w]
        chips, timeline = ChipBar(content, self.state, self), TimelineView(content, self.state, self)
        self._layout.replaceWidget(self.chips, chips)
        self._layout.replaceWidget(self.timeline, timeline)
        self.chips, self.timeline = chips, timeline
        if self.detail is not None:
            self.detail = self._new_detail()
        if self.overview is not None:
            strip = OverviewStrip(content, self.state, self)
            self._layout.replaceWidget(self.overview, strip)
            self.overview = strip
        if self.tour is not None:
            self._build_tour()
        for widget in old:
            widget.hide()
            widget.deleteLater()
        self._connect_content_views()
        for widget in (self.chips, self.timeline, self.overview):
            if widget is not None:
                widget.show()
        self.retranslate()
        self._apply_metrics()
        if self.detail is not None:
            self.detail.prepare()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """The empty-filter message and the tour's cue float over the timeline: follow it
        whenever the layout moves it."""
        if watched is self.timeline and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place_overlays()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        if self.controller is None:
            return  # Qt may ask before __init__ has built anything
        info, lang = self.content.info, self.state.language
        self.setWindowTitle(info.title[self.content.operator_language])
        self.title.setText(info.title[lang])
        self.empty.setText(translate("kiosk", "No milestones match these categories. Tap “All” to see every one."))
        self._set_title_fonts()
        QTimer.singleShot(0, self, self._place_overlays)  # after the children's own texts

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_metrics()

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        """Qt lays the window out as it shows, before it sends the pending resize: sizes for
        the window's real size must be in place by then, or every card is measured twice."""
        if visible and not self.isVisible():
            self._apply_metrics()
        super().setVisible(visible)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.controller.idle.watch()
        if self.operator is not None:
            self.operator.watch()
        self._place_overlays()

    def closeEvent(self, event) -> None:  # noqa: N802
        super().closeEvent(event)
        if event.isAccepted() and self.read_aloud is not None:
            self.read_aloud.shutdown()  # its thread ends with the window

    # --- slots ------------------------------------------------------------------------
    def _on_filter(self, new_filter, _old) -> None:
        self.empty.setVisible(not new_filter.visible(self.content))

    def _on_timeline_moved(self, first: float, last: float) -> None:
        self.controller.show_years(first, last)
        at_start, at_end = self.timeline.at_ends()
        self.prev_page.setEnabled(not at_start)
        self.next_page.setEnabled(not at_end)
        shown, whole = self.timeline.shown_zoom(), self.timeline.whole_zoom()
        self.zoom_out.setEnabled(shown > whole * 1.001)
        self.zoom_in.setEnabled(shown < 0.999)

    def _on_overview_year(self, year: float) -> None:
        self.timeline.center_on_year(year, animate=False)

    def _on_phase_changed(self, phase: str, old: str) -> None:
        """The idle cycle's views: after the controller's reset, if there was one."""
        if self.tour is None:
            self._build_doors()
            self._build_idle_widgets()
        if phase == COUNTDOWN:
            self.countdown.open()
            return
        self.countdown.hide()
        if phase == ATTRACT:
            self.operator.close()
            self.comfort.close_panel()
            self.tour.start()
        elif old == ATTRACT or phase == "recover":
            self.tour.stop()

    # --- keys and the way out ---------------------------------------------------------
    def _visitor_key(self, event) -> bool:
        """A keypad's keys work in lockdown too (lockdown.py refuses every other key)."""
        if self.keypad is None:
            return False  # not built yet: the first frame is not on screen
        return not self.operator.is_open() and self.keypad.handle(event)

    def quit_kiosk(self, reason: str = "exit") -> None:
        """The one way out: the admin screen's Exit, or SIGTERM/SIGINT."""
        log.info("quitting (%s)", reason)
        self._closing = True
        if self.engagement is not None:
            self.engagement.shutdown()
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
        self.close()
        QApplication.quit()
