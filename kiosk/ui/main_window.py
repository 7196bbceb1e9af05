"""The exhibit's window: title, filter chips, timeline with arrows, overview strip, and the
detail card over them. It owns the visitor state (language, filter, open card) and keeps
every view in step with it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from ..config import Config
from ..memory import release_free_memory
from ..content.filtering import Filter
from ..content.timeline import Content
from . import fonts, theme
from .buttons import RoundButton
from .chips import ChipBar
from .detail import DetailOverlay, plain_label
from .i18n import Translator, translate
from .idle import ATTRACT, COUNTDOWN, IdleController
from .language_toggle import LanguageToggle
from .operator import OperatorAccess
from .timeline_view import TimelineView



if TYPE_CHECKING:
    from ..analytics.sessions import EngagementLog
    from .engagement import EngagementWatcher
    from .attract import AttractTour
    from .idle import CountdownOverlay

log = logging.getLogger(__name__)


class MainWindow(QWidget):
    language_changed = Signal(str)
    _locked = False  # class defaults: Qt calls changeEvent before __init__ has run its course
    _closing = False
    engagement: EngagementWatcher | None = None  # built just after the first frame, if counting

    def __init__(self, content: Content, lang: str | None = None, config: Config | None = None,
                 engagement: EngagementLog | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(content.info.title.en)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.BACKGROUND)
        self.setPalette(palette)
        self.content = content
        fonts.ensure_emoji(content.characters)
        self.config = config or Config()
        self.default_language = self.config.default_language or content.info.default_language
        self.language = lang or self.default_language
        self.metrics = theme.Metrics(1920, 1080)
        self.content_problems: list[str] = []  # why the configured content was not used
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

        self._translator = Translator(self)
        self._translator.set_language(self.language)
        self.title = plain_label(self, wrap=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_toggle = LanguageToggle(self)
        self.language_toggle.set_language(self.language)
        self._title_balance = QWidget(self)  # as wide as the toggle: keeps the title centred
        self.chips = ChipBar(content, self)
        self.timeline = TimelineView(content, self)
        # The overview strip needs pyqtgraph and numpy (~180 ms to import): it is built
        # just after the first frame, in a band kept for it, so the kiosk shows sooner.
        # The detail card is warmed up then too.
        self.overview = None
        self._overview_queued = False
        self._overview_band = QWidget(self)
        self.prev_page = RoundButton("left", 72, self)
        self.next_page = RoundButton("right", 72, self)
        self.empty = plain_label(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.detail = DetailOverlay(content, self)
        # The countdown and the attract tour are needed no sooner than idle_seconds after
        # start: they are built just after the first frame, with the overview strip.
        self.tour: AttractTour | None = None
        self.countdown: CountdownOverlay | None = None
        self.idle = IdleController(self.config.idle_seconds, self.config.countdown_seconds, self)

        header = QHBoxLayout()
        header.addWidget(self._title_balance)
        header.addWidget(self.title, 1)
        header.addWidget(self.language_toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.chips)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self._overview_band)
        self._layout = layout

        self.prev_page.clicked.connect(lambda: self.timeline.page(-1))
        self.next_page.clicked.connect(lambda: self.timeline.page(1))
        self.language_toggle.clicked.connect(self._on_language_toggled)
        self._connect_content_views()
        self.operator = OperatorAccess(self)
        self._engagement_log = engagement  # watched from just after the first frame
        self.idle.state_changed.connect(self._on_idle_state_changed)
        # Sizes and texts are applied just before the window first shows, and on each resize.

    def _connect_content_views(self) -> None:
        self.chips.filter_changed.connect(self._on_filter_changed)
        self.timeline.milestone_tapped.connect(self._on_milestone_tapped)
        self.timeline.view_moved.connect(self._on_timeline_moved)
        self.timeline.installEventFilter(self)
        self.detail.set_sequence(self.timeline.visible_ids())
        if self.engagement is not None:
            self.engagement.connect_views()

    def replace_content(self, content: Content) -> None:
        """Swap in a new, already-validated content set, whole, and go home. Every view
        that holds content is built anew; the old ones are deleted."""
        from .overview import OverviewStrip

        old = [w for w in (self.chips, self.timeline, self.detail, self.overview, self.tour) if w]
        self.content = content
        fonts.ensure_emoji(content.characters)
        self.default_language = self.config.default_language or content.info.default_language
        chips, timeline = ChipBar(content, self), TimelineView(content, self)
        self._layout.replaceWidget(self.chips, chips)
        self._layout.replaceWidget(self.timeline, timeline)
        self.chips, self.timeline = chips, timeline
        self.detail = DetailOverlay(content, self)
        if self.overview is not None:
            strip = OverviewStrip(content, self)
            self._layout.replaceWidget(self.overview, strip)
            strip.year_requested.connect(self._on_overview_year)
            self.overview = strip
        if self.tour is not None:
            from .attract import AttractTour

            self.tour = AttractTour(self.timeline, self.config.attract_seconds,
                                    self.config.reduced_motion, self)
            self.idle.set_ignored([self.tour.pause_button])
        for widget in old:
            widget.hide()
            widget.deleteLater()
        self._connect_content_views()
        for widget in (self.chips, self.timeline, self.overview):
            if widget is not None:
                widget.show()
        self._apply_metrics()
        self.reset_home()
        log.info("content replaced: %s", content.summary())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """The arrows float over the timeline: follow it whenever the layout moves it."""
        if watched is self.timeline and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place_overlays()
        return super().eventFilter(watched, event)

    # --- state ------------------------------------------------------------------------
    @property
    def filter(self) -> Filter:
        return self.chips.current

    def open_milestone(self, milestone_id: str) -> None:
        self.detail.set_sequence(self.timeline.visible_ids())
        self.detail.open(milestone_id)
        self._raise_language_toggle()

    def set_filter(self, new_filter: Filter, animate: bool = True) -> None:
        self.chips.set_filter(new_filter)
        self._on_filter_changed(new_filter, animate)

    def set_language(self, lang: str) -> None:
        """Every UI string and every milestone text at once; scroll, filters and the open
        card stay as they are."""
        self.language = lang
        self._translator.set_language(lang)
        self.language_toggle.set_language(lang)
        self._apply_metrics()
        self.language_changed.emit(lang)

    # --- layout -----------------------------------------------------------------------
    def _apply_metrics(self) -> None:
        m, lang = theme.Metrics(max(1, self.width()), max(1, self.height())), self.language
        self.metrics = m
        side = m.px(32)
        self._layout.setContentsMargins(side, m.px(20), side, m.px(12))
        self._layout.setSpacing(m.px(12))
        self.title.setFont(fonts.font(m.px(30), lang, bold=True))
        self.title.setStyleSheet(f"color: {theme.TEXT.name()};")
        self.title.setText(getattr(self.content.info.title, lang))
        self.empty.setFont(fonts.font(m.px(28), lang, bold=True))
        self.empty.setStyleSheet(f"color: {theme.TEXT.name()};")
        self.empty.setText(translate("kiosk", "No milestones match these categories. Tap “All” to see every one."))
        self.chips.configure(m, lang, self.width() - 2 * side)
        self.language_toggle.configure(m)
        self._title_balance.setFixedWidth(self.language_toggle.width())
        self._overview_band.setFixedHeight(m.px(150))
        if self.overview is not None:
            self.overview.configure(m, lang)
        for button in (self.prev_page, self.next_page):
            button.set_diameter(m.px(88))
        self.timeline.set_metrics(m)
        self.timeline.set_language(lang)
        self.detail.configure(m, lang)
        if self.tour is not None:
            self.countdown.configure(m, lang)
            self.tour.configure(m, lang)
        self._place_overlays()

    def _place_overlays(self) -> None:
        geo = self.timeline.geometry()
        edge = self.metrics.px(16)
        y = geo.center().y() - self.prev_page.height() // 2
        self.prev_page.move(geo.left() + edge, y)
        self.next_page.move(geo.right() - edge - self.next_page.width(), y)
        self.empty.setGeometry(geo.adjusted(self.metrics.px(120), 0, -self.metrics.px(120), 0))
        floating = [self.prev_page, self.next_page, self.empty]
        if self.tour is not None:
            self.tour.move(geo.center().x() - self.tour.width() // 2,
                           geo.bottom() - self.tour.height() - self.metrics.px(24))
            floating.append(self.tour)
        for w in floating:
            w.raise_()
        self.detail.raise_()
        self._raise_language_toggle()
        self.operator.raise_open()

    def _raise_language_toggle(self) -> None:
        """The language switch stays reachable over an open detail card, which keeps clear of it."""
        self.language_toggle.raise_()
        self.detail.set_reserved_top(self.language_toggle.geometry().bottom() + self.metrics.px(12))

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
        self.idle.watch()
        self.operator.watch()
        self._place_overlays()
        self._on_timeline_moved()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.overview is None and not self._overview_queued:
            self._overview_queued = True
            QTimer.singleShot(0, self, self._build_overview)

    def _build_overview(self) -> None:
        from .overview import OverviewStrip

        if self.overview is not None:
            return
        strip = OverviewStrip(self.content, self)
        self._layout.replaceWidget(self._overview_band, strip)
        strip.show()  # now, not by Qt's queued show: the timeline must not grow meanwhile
        self._overview_band.hide()
        self.overview = strip
        strip.configure(self.metrics, self.language)
        strip.set_filter(self.filter)
        strip.year_requested.connect(self._on_overview_year)
        self._on_timeline_moved()
        self.detail.prepare()
        self._build_idle_widgets()

    def _build_idle_widgets(self) -> None:
        from .attract import AttractTour
        from .idle import CountdownOverlay

        if self._engagement_log is not None and self.engagement is None:
            from .engagement import EngagementWatcher

            self.engagement = EngagementWatcher(self, self._engagement_log)

        self.tour = AttractTour(self.timeline, self.config.attract_seconds,
                                self.config.reduced_motion, self)
        self.countdown = CountdownOverlay(self)
        self.idle.set_ignored([self.tour.pause_button])
        self.idle.countdown_tick.connect(self.countdown.show_seconds)
        self.countdown.configure(self.metrics, self.language)
        self.tour.configure(self.metrics, self.language)
        self._place_overlays()

    # --- slots ------------------------------------------------------------------------
    def _on_filter_changed(self, new_filter: Filter, animate: bool = True) -> None:
        self.timeline.set_filter(new_filter, animate=animate)
        if self.overview is not None:
            self.overview.set_filter(new_filter)
        ids = self.timeline.visible_ids()
        self.detail.set_sequence(ids)
        self.empty.setVisible(not ids)
        self._on_timeline_moved()

    def _on_milestone_tapped(self, milestone_id: str) -> None:
        self.open_milestone(milestone_id)

    def _on_timeline_moved(self) -> None:
        if self.overview is not None:
            self.overview.show_years(*self.timeline.visible_years())
        bar = self.timeline.horizontalScrollBar()
        self.prev_page.setEnabled(bar.value() > bar.minimum())
        self.next_page.setEnabled(bar.value() < bar.maximum())

    def reset_home(self) -> None:
        """Everything a visitor could have changed goes back: card, filters, scroll, language."""
        self.detail.close_card(animate=False)
        self.operator.close()
        self.set_filter(Filter(), animate=False)
        self.timeline.scroll_to(0, animate=False)
        if self.language != self.default_language:
            self.set_language(self.default_language)
        release_free_memory()  # nobody is waiting for a frame now

    def recover(self) -> None:
        """After an unhandled exception: never leave a half-drawn screen, go home."""
        try:
            if self.tour is not None:
                self.countdown.hide()
                self.tour.stop()
            self.reset_home()
            log.warning("recovered: back on the home screen")
        except Exception:  # noqa: BLE001 - recovery must not raise into the event loop
            log.exception("recovery failed")

    # --- lockdown -----------------------------------------------------------------------
    def set_lockdown(self, locked: bool, hide_cursor: bool = True) -> None:
        """Full screen, frameless, on top; close keys and close requests do nothing."""
        self._locked = locked
        flags = Qt.WindowType.Window
        if locked:
            flags |= Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        self.setWindowFlags(flags)
        if locked and hide_cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)

    @property
    def locked(self) -> bool:
        return self._locked

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

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._locked and not self._closing:
            log.info("close request ignored (lockdown)")
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self._locked:
            event.accept()  # Esc, Ctrl+W, Ctrl+Q, F11 ... end here
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if (self._locked and event.type() == QEvent.Type.WindowStateChange
                and not self.isFullScreen() and self.isVisible() and not self._closing):
            QTimer.singleShot(0, self, self.showFullScreen)  # something un-fullscreened us

    def _on_idle_state_changed(self, state: str, old: str) -> None:
        if self.engagement is not None:  # first: a visit ends before the reset that ends it
            self.engagement.on_idle_state(state, old)
        if self.tour is None:
            self._build_idle_widgets()
        if state == COUNTDOWN:
            self.countdown.open()
            return
        self.countdown.hide()
        if state == ATTRACT:
            pending = self.operator.take_pending()
            if pending is not None:
                self.replace_content(pending)  # edited content, shown at the reset
            self.reset_home()
            self.tour.start()
        elif old == ATTRACT:
            self.tour.stop()

    def _on_language_toggled(self) -> None:
        self.set_language(self.language_toggle.other())

    def _on_overview_year(self, year: float) -> None:
        self.timeline.center_on_year(year, animate=False)
