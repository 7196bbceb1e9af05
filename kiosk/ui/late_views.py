"""What the exhibit's window builds just after its first frame: the overview strip, the
detail card, the keypad, the operator's way in, the countdown, the attract tour, the
engagement watcher, the read-aloud voice and the sounds; and the allocator is told to give
large blocks back when they are freed (memory.py).

None of them is needed for the first picture, and nothing can be tapped or keyed before
there is one. Each is built on the event loop's first turn after the first paint, in the
order a visitor may need them. Counted with callgrind, keeping the detail card, the keypad
and the operator's way in out of the first frame saves 48 million instructions (4 %) of a
start. Mixed into MainWindow, whose views and state it uses.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ..memory import give_back_large_blocks


class LateViews:
    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.overview is None and not self._overview_queued:
            self._overview_queued = True
            QTimer.singleShot(0, self, self._build_after_first_frame)

    def _build_after_first_frame(self) -> None:
        from .overview import OverviewStrip

        if self.overview is not None:
            return
        if not self.isVisible():  # closed first (a quit just after start): at its next paint
            self._overview_queued = False
            return
        give_back_large_blocks()
        self._build_doors()
        strip = OverviewStrip(self.content, self.state, self)
        self._layout.replaceWidget(self._overview_band, strip)
        strip.show()  # now, not by Qt's queued show: the timeline must not grow meanwhile
        self._overview_band.hide()
        self.overview = strip
        strip.set_vertical(self.timeline.vertical)
        strip.set_metrics(self.metrics)
        strip.year_requested.connect(self._on_overview_year)
        self.timeline.start_pictures()
        self.operator.watch_content()
        self.detail.prepare()
        self._build_idle_widgets()
        self._translator.prepare()
        if self.read_aloud is None:
            from .read_aloud import ReadAloud

            self.read_aloud = ReadAloud(self)
        if self.sounds is None and self.config.sound:
            from .sounds import Sounds

            self.sounds = Sounds(self, self.config.sound_volume)

    def _build_doors(self) -> None:
        """The detail card, the keypad and the operator's way in (the corner gesture). A card
        the state already holds open (a screenshot's --open) is shown at once."""
        if self.detail is not None:
            return
        from .keypad import Keypad
        from .operator import OperatorAccess

        self.detail = self._new_detail()
        self.keypad = Keypad(self)
        self.operator = OperatorAccess(self, self.controller, self.config,
                                       lambda: self._engagement_log if self.engagement else None,
                                       lambda reason: self.quit_kiosk(reason))
        self._connect_detail()
        for view in (self.detail, self.operator):
            view.set_metrics(self.metrics)
        if self.isVisible():
            self.operator.watch()
        self._place_overlays()
        if self.state.open_milestone is not None:
            self.detail.show_open()

    def _new_detail(self):
        from .detail import DetailOverlay

        return DetailOverlay(self.content, self.state, self, qr_codes=self.config.qr_codes)

    def _connect_detail(self) -> None:
        c = self.controller
        self.detail.keep_above(self.language_toggle)
        self.detail.close_requested.connect(c.close_card)
        self.detail.step_requested.connect(c.step_card)
        self.detail.milestone_requested.connect(c.open_card)
        self.keypad.watch(self.timeline, self.detail)
        if self.read_aloud is not None:
            self.read_aloud.watch(self.detail)
        if self.sounds is not None:
            self.sounds.watch(self.detail)

    def _build_idle_widgets(self) -> None:
        from .idle import CountdownOverlay

        if self._engagement_log is not None and self.engagement is None:
            from .engagement import EngagementWatcher

            self.engagement = EngagementWatcher(self._engagement_log, self.controller, self.operator)
        if self.config.health_file is not None or self.config.fleet_folder is not None:
            from .fleet_duties import FleetDuties

            self.fleet = FleetDuties(self, self.controller, self.config,
                                     lambda: self._engagement_log if self.engagement else None)
        self.countdown = CountdownOverlay(self, self.state)
        self.controller.idle.countdown_tick.connect(self.countdown.show_seconds)
        self.countdown.set_metrics(self.metrics)
        self._build_tour()

    def _build_tour(self) -> None:
        from .attract import AttractTour

        self.tour = AttractTour(self.timeline, self.config.attract_seconds, self.state, self)
        self.controller.idle.set_ignored([self.tour.pause_button])
        self.tour.set_metrics(self.metrics)
        self._place_overlays()
