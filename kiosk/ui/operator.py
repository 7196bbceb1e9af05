"""Operator access: the corner gesture, the PIN pad and the admin screen, and what the
admin screen does (status, reload content, exit); and a watcher that notices edited
content files. New content is validated first and swapped in whole, or not at all; what
the watcher finds waits for the next reset, so no visitor sees the screen change under
their finger."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from .. import __version__, paths
from ..logs import recent_errors
from ..pin import Lockout, default_pin_path
from .admin import AdminGesture, AdminScreen, PinPad, memory_mb, uptime

if TYPE_CHECKING:
    from .analytics_page import AnalyticsPage
    from .main_window import MainWindow

log = logging.getLogger(__name__)
SETTLE_MS = 2000


class OperatorAccess(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._started = time.monotonic()
        self.lockout = Lockout()  # public: one per kiosk run, shared by every opening of the pad
        self.gesture = AdminGesture(window, window.config.admin_hold_seconds)
        self.gesture.triggered.connect(self._on_gesture)
        self.pin_pad: PinPad | None = None
        self.screen: AdminScreen | None = None
        self.analytics: AnalyticsPage | None = None
        self.last_reload: list[str] = []
        self.pending = None  # validated content waiting for the next reset
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)  # editors copy many files: wait until they are done
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_files_settled)
        self._watcher.directoryChanged.connect(self._on_files_changed)
        self._watcher.fileChanged.connect(self._on_files_changed)
        self._watch_content_files()

    def watch(self) -> None:
        self.gesture.watch()

    def is_open(self) -> bool:
        return any(o is not None and o.isVisible() for o in self._overlays())

    def _overlays(self) -> tuple:
        return (self.pin_pad, self.screen, self.analytics)

    def raise_open(self) -> None:
        """Operator screens stay above everything the window re-stacks after a resize."""
        for overlay in self._overlays():
            if overlay is not None and overlay.isVisible():
                overlay.raise_()

    def close(self) -> None:
        for overlay in self._overlays():
            if overlay is not None:
                overlay.hide()

    def _on_gesture(self) -> None:
        if self.pin_pad is None:
            pin_file = self._window.config.admin_pin_file or default_pin_path()
            self.pin_pad = PinPad(self._window, pin_file, self.lockout)
            self.pin_pad.unlocked.connect(self._on_unlocked)
        self.pin_pad.style(self._window.metrics)
        self.pin_pad.open()
        log.info("admin PIN pad opened")

    def _on_unlocked(self) -> None:
        log.info("admin screen opened")
        if self.screen is None:
            self.screen = AdminScreen(self._window)
            self.screen.reload_requested.connect(self._on_reload)
            self.screen.exit_requested.connect(lambda: self._window.quit_kiosk("admin exit"))
            self.screen.analytics_requested.connect(self._on_analytics_requested)
        self.screen.style(self._window.metrics)
        self.screen.show_status(self.status_lines())
        self.screen.open()

    def status_lines(self) -> list[str]:
        content = self._window.content
        lines = [
            f"Kiosk {__version__} · content {content.info.content_version} · "
            f"{len(content.milestones)} milestones",
            f"Content folder: {content.root}",
            f"Up {uptime(self._started)} · memory {memory_mb():.0f} MB",
        ]
        problems = self.last_reload or self._window.content_problems
        if problems:
            lines.append(f"Content problems ({len(problems)}); showing the last good content:")
            lines += [f"  {p}" for p in problems[:6]]
        lines.append(self._engagement_status())
        lines.append("Recent warnings and errors:" if recent_errors.records else "No recent errors.")
        lines += [f"  {r}" for r in list(recent_errors.records)[-6:]]
        return lines

    def _engagement_status(self) -> str:
        watcher = self._window.engagement
        if watcher is None:
            return "Engagement log: off (analytics = false in the config)."
        note = watcher.log.note
        return f"Engagement log: {watcher.log.path}" + (f"\n  {note}" if note else "")

    # --- analytics --------------------------------------------------------------------
    def _on_analytics_requested(self) -> None:
        if self.analytics is None:
            from .analytics_page import AnalyticsPage

            self.analytics = AnalyticsPage(self._window)
            self.analytics.range_chosen.connect(self.show_analytics)
        self.analytics.style(self._window.metrics)
        self.show_analytics(30)
        self.analytics.open()
        log.info("analytics page opened")

    def show_analytics(self, days: int) -> None:
        """Reads the log on this thread: an operator waits a moment, no visitor does."""
        from ..analytics.report import build_report, last_days, open_read_only

        watcher = self._window.engagement
        first, last = last_days(days)
        conn = None
        if watcher is not None:
            watcher.log.writer.flush(timeout=2)
            conn = open_read_only(watcher.log.path.parent)
        try:
            report = build_report(conn, first, last)
        finally:
            if conn is not None:
                conn.close()
        note = watcher.log.note if watcher else "The engagement log is off (analytics = false)."
        self.analytics.show_report(report, days, self._window.content, note)

    def _folder(self):
        return self._window.config.content_folder or paths.bundled_content()

    def _validate(self):
        from ..content.cache import load_cached

        return load_cached(self._folder(), paths.assets(), paths.cache_dir())

    def _on_reload(self) -> None:
        """Validate the configured content (or the bundled set) and swap it in whole."""
        result = self._validate()
        if result.ok:
            self.last_reload = []
            self.pending = None
            self._window.content_problems = []
            self._window.replace_content(result.content)
            self._watch_content_files()
        else:
            self.last_reload = [str(p) for p in result.problems]
            log.error("reload refused: %s has %d problem(s); keeping the current content",
                      self._folder(), len(result.problems))
            if self.screen is not None:
                self.screen.show_status(self.status_lines())

    # --- the content watcher ----------------------------------------------------------
    def _watch_content_files(self) -> None:
        folder = self._folder()
        if not folder.is_dir():
            return
        wanted = {str(folder), str(folder / "milestones")} | {str(p) for p in folder.rglob("*.toml")}
        watched = set(self._watcher.files() + self._watcher.directories())
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def _on_files_changed(self, _path: str) -> None:
        self._settle.start()

    def _on_files_settled(self) -> None:
        self._watch_content_files()  # files replaced by an editor's save are new files
        result = self._validate()
        if not result.ok:
            self.last_reload = [str(p) for p in result.problems]
            log.error("edited content in %s has %d problem(s); keeping the current content",
                      self._folder(), len(result.problems))
            return
        if result.content.info == self._window.content.info and \
                result.content.milestones == self._window.content.milestones and \
                result.content.categories == self._window.content.categories:
            return
        self.last_reload = []
        self.pending = result.content
        log.info("new content validated; it will be shown at the next reset")

    def take_pending(self):
        content, self.pending = self.pending, None
        return content
