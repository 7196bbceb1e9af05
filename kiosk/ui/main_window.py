"""The exhibit's window: title, filter chips, timeline with arrows, overview strip, and the
detail card over them. It owns the visitor state (language, filter, open card) and keeps
every view in step with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..content.filtering import Filter
from ..content.timeline import Content
from . import fonts, theme
from .buttons import RoundButton
from .chips import ChipBar
from .detail import DetailOverlay, plain_label
from .timeline_view import TimelineView

EMPTY_TEXT = {
    "en": "No milestones match these categories. Tap “All” to see every one.",
    "ja": "この組み合わせに当てはまる活動はありません。「すべて」をタップしてください。",
}


class MainWindow(QWidget):
    language_changed = Signal(str)

    def __init__(self, content: Content, lang: str | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(content.info.title.en)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.BACKGROUND)
        self.setPalette(palette)
        self.content = content
        self.language = lang or content.info.default_language
        self.metrics = theme.Metrics(1920, 1080)

        self.title = plain_label(self, wrap=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.chips)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self._overview_band)
        self._layout = layout

        self.chips.filter_changed.connect(self._on_filter_changed)
        self.timeline.milestone_tapped.connect(self._on_milestone_tapped)
        self.timeline.view_moved.connect(self._on_timeline_moved)
        self.prev_page.clicked.connect(lambda: self.timeline.page(-1))
        self.next_page.clicked.connect(lambda: self.timeline.page(1))
        self.detail.set_sequence(self.timeline.visible_ids())
        self.timeline.installEventFilter(self)
        self._apply_metrics()

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

    def set_filter(self, new_filter: Filter, animate: bool = True) -> None:
        self.chips.set_filter(new_filter)
        self._on_filter_changed(new_filter, animate)

    def set_language(self, lang: str) -> None:
        self.language = lang
        self._apply_metrics()
        self.language_changed.emit(lang)

    # --- layout -----------------------------------------------------------------------
    def _apply_metrics(self) -> None:
        m, lang = theme.Metrics(max(1, self.width()), max(1, self.height())), self.language
        self.metrics = m
        self._layout.setContentsMargins(m.px(32), m.px(20), m.px(32), m.px(12))
        self._layout.setSpacing(m.px(12))
        self.title.setFont(fonts.font(m.px(30), lang, bold=True))
        self.title.setStyleSheet(f"color: {theme.TEXT.name()};")
        self.title.setText(getattr(self.content.info.title, lang))
        self.empty.setFont(fonts.font(m.px(28), lang, bold=True))
        self.empty.setStyleSheet(f"color: {theme.TEXT.name()};")
        self.empty.setText(EMPTY_TEXT[lang])
        self.chips.configure(m, lang)
        self._overview_band.setFixedHeight(m.px(150))
        if self.overview is not None:
            self.overview.configure(m, lang)
        for button in (self.prev_page, self.next_page):
            button.set_diameter(m.px(88))
        self.timeline.set_metrics(m)
        self.timeline.set_language(lang)
        self.detail.configure(m, lang)
        self._place_overlays()

    def _place_overlays(self) -> None:
        geo = self.timeline.geometry()
        edge = self.metrics.px(16)
        y = geo.center().y() - self.prev_page.height() // 2
        self.prev_page.move(geo.left() + edge, y)
        self.next_page.move(geo.right() - edge - self.next_page.width(), y)
        self.empty.setGeometry(geo.adjusted(self.metrics.px(120), 0, -self.metrics.px(120), 0))
        for w in (self.prev_page, self.next_page, self.empty):
            w.raise_()
        self.detail.raise_()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_metrics()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
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

    def _on_overview_year(self, year: float) -> None:
        self.timeline.center_on_year(year, animate=False)
