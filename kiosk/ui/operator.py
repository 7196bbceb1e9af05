"""Operator access: the corner gesture, the PIN pad and the admin screen, and what the
admin screen does (status, reload content, exit); and a watcher that notices edited
content files. New content is validated off the UI thread and swapped in whole, or not at
all; what the watcher finds waits for the next reset, so no visitor sees the screen change
under their finger. Everything it needs is handed to it: it never reaches into the window."""

from __future__ import annotations

import logging
import time
from typing import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QWidget

from .. import __version__, paths
from ..analytics.sessions import EngagementLog
from ..config import Config
from ..logs import recent_errors
from ..pin import Lockout, default_pin_path
from . import theme
from .admin import AdminGesture, AdminScreen, PinPad, memory_mb, uptime
from .controller import Controller
from .workers import run_in_pool

log = logging.getLogger(__name__)
SETTLE_MS = 2000
READING = "Reading the engagement log…"


def _check(folder, store):
    """(the release outcome, the content to show validated), off the UI thread: a release
    inbox is followed first (fleet.inbox), then what it leaves to show is loaded."""
    from ..content.cache import load_cached
    from ..fleet.inbox import follow

    outcome = follow(folder, store, paths.assets())
    shown = outcome.folder or paths.bundled_content()
    return outcome, load_cached(shown, paths.assets(), paths.cache_dir())


def _rollback(folder, store):
    from ..fleet.store import ReleaseStore

    ReleaseStore(store).rollback()
    return _check(folder, store)


class OperatorAccess(QObject):
    def __init__(self, host: QWidget, controller: Controller, config: Config,
                 engagement: Callable[[], EngagementLog | None], quit_kiosk: Callable[[str], None]) -> None:
        super().__init__(host)
        self._host = host
        self._controller = controller
        self._config = config
        self._engagement = engagement  # the log, once it is running (None when off)
        self._quit = quit_kiosk
        self._metrics = theme.Metrics(1920, 1080)
        self._started = time.monotonic()
        self.lockout = Lockout()  # one per kiosk run, shared by every opening of the pad
        self.gesture = AdminGesture(host, config.admin_hold_seconds)
        self.gesture.triggered.connect(self._on_gesture)
        self.pin_pad: PinPad | None = None
        self.screen: AdminScreen | None = None
        self.analytics = None
        self.last_reload: list[str] = []
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)  # editors copy many files: wait until they are done
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_files_settled)
        self._watcher.directoryChanged.connect(self._on_files_changed)
        self._watcher.fileChanged.connect(self._on_files_changed)

    def watch(self) -> None:
        self.gesture.watch()

    def watch_content(self) -> None:
        """Follow the content folder's files for an editor's changes: from just after the
        first frame (listing the folder and finding the release store took 5 ms of it)."""
        self._watch_content_files()

    def set_metrics(self, metrics: theme.Metrics) -> None:
        self._metrics = metrics

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
            pin_file = self._config.admin_pin_file or default_pin_path()
            self.pin_pad = PinPad(self._host, pin_file, self.lockout)
            self.pin_pad.unlocked.connect(self._on_unlocked)
        self.pin_pad.style(self._metrics)
        self.pin_pad.open()
        log.info("admin PIN pad opened")

    def _on_unlocked(self) -> None:
        log.info("admin screen opened")
        if self.screen is None:
            self.screen = AdminScreen(self._host)
            self.screen.reload_requested.connect(self._on_reload)
            self.screen.rollback_requested.connect(self._on_rollback)
            self.screen.exit_requested.connect(lambda: self._quit("admin exit"))
            self.screen.analytics_requested.connect(self._on_analytics_requested)
        self.screen.style(self._metrics)
        self.screen.set_rollback_shown(self._follows_releases())
        self.screen.show_status(self.status_lines())
        self.screen.open()

    def _follows_releases(self) -> bool:
        from ..fleet.inbox import is_inbox
        from ..fleet.store import ReleaseStore

        folder = self._config.content_folder
        return folder is not None and (is_inbox(folder) or
                                       ReleaseStore(self._config.releases).current() is not None)

    def status_lines(self) -> list[str]:
        content = self._controller.content
        lines = [
            f"Kiosk {__version__} · content {content.info.content_version} · "
            f"{len(content.milestones)} milestones",
            f"Content folder: {content.root}",
            f"Up {uptime(self._started)} · memory {memory_mb():.0f} MB",
        ]
        release = self._controller.release
        lines += release.notes if release is not None else []
        problems = self.last_reload or self._controller.content_problems
        if problems:
            lines.append(f"Content problems ({len(problems)}); showing the last good content:")
            lines += [f"  {p}" for p in problems[:6]]
        lines.append(self._engagement_status())
        read_aloud = getattr(self._host, "read_aloud", None)
        lines.append(f"Read-aloud: {read_aloud.status() if read_aloud is not None else 'starting'}")
        lines.append("Recent warnings and errors:" if recent_errors.records else "No recent errors.")
        lines += [f"  {r}" for r in list(recent_errors.records)[-6:]]
        return lines

    def _engagement_status(self) -> str:
        engagement = self._engagement()
        if engagement is None:
            return "Engagement log: off (analytics = false in the config)."
        note = engagement.note
        return f"Engagement log: {engagement.path}" + (f"\n  {note}" if note else "")

    # --- analytics --------------------------------------------------------------------
    def _on_analytics_requested(self) -> None:
        if self.analytics is None:
            from .analytics_page import AnalyticsPage

            self.analytics = AnalyticsPage(self._host)
            self.analytics.range_chosen.connect(self.show_analytics)
        self.analytics.style(self._metrics)
        self.show_analytics(30)
        self.analytics.open()
        log.info("analytics page opened")

    def show_analytics(self, days: int) -> None:
        """The log is flushed and read in a worker; the page fills in when it is done."""
        engagement = self._engagement()
        note = engagement.note if engagement else "The engagement log is off (analytics = false)."
        if self.analytics is not None:
            self.analytics.summary.setText(READING)
        run_in_pool(self, _read_report, engagement, days,
                    on_done=lambda report: self._on_report(report, days, note))

    def _on_report(self, report, days: int, note: str | None) -> None:
        if self.analytics is not None:
            self.analytics.show_report(report, days, self._controller.content, note)

    # --- reloading and the content watcher ------------------------------------------------
    def _folder(self):
        return self._config.content_folder or paths.bundled_content()

    def _on_reload(self) -> None:
        """Validate the configured content (or the bundled set) and swap it in whole."""
        if self.screen is not None:
            self.screen.show_status([f"Checking the content folder {self._folder()} …"])
        run_in_pool(self, _check, self._folder(), self._config.releases,
                    on_done=self._on_reload_validated)

    def _on_rollback(self) -> None:
        """Back one release, at once: the operator is at the screen, not a visitor."""
        run_in_pool(self, _rollback, self._folder(), self._config.releases,
                    on_done=self._on_reload_validated, on_error=self._on_rollback_failed)

    def _on_rollback_failed(self, exc: BaseException) -> None:
        log.error("rollback refused: %s", exc)
        if self.screen is not None:
            self.screen.show_status([f"Cannot roll back: {exc}", *self.status_lines()])

    def _on_reload_validated(self, checked) -> None:
        release, result = checked
        self._controller.release = release if release.notes else None
        if result.ok:
            self.last_reload = []
            self._controller.replace_content(result.content)
            self._watch_content_files()
        else:
            self._refused(result, "reload refused")
        if self.screen is not None:
            self.screen.show_status(self.status_lines())

    def _refused(self, result, what: str) -> None:
        self.last_reload = [str(p) for p in result.problems]
        log.error("%s: %s has %d problem(s); keeping the current content",
                  what, self._folder(), len(result.problems))

    def _watch_content_files(self) -> None:
        folder = self._folder()
        if not folder.is_dir():
            return
        wanted = {str(folder), str(folder / "milestones")} | {str(p) for p in folder.rglob("*.toml")}
        wanted |= {str(p) for p in (folder / "release.json", self._config.releases / "state.json")
                   if p.exists()}
        watched = set(self._watcher.files() + self._watcher.directories())
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def _on_files_changed(self, _path: str) -> None:
        self._settle.start()

    def _on_files_settled(self) -> None:
        self._watch_content_files()  # files replaced by an editor's save are new files
        run_in_pool(self, _check, self._folder(), self._config.releases,
                    on_done=self._on_edit_validated)

    def _on_edit_validated(self, checked) -> None:
        release, result = checked
        self._controller.release = release if release.notes else None
        if not result.ok:
            self._refused(result, "edited content refused")
            return
        current = self._controller.content
        if (result.content.info, result.content.milestones, result.content.categories) == \
                (current.info, current.milestones, current.categories):
            return
        self.last_reload = []
        self._controller.pending = result.content
        log.info("new content validated; it will be shown at the next reset")


def _read_report(engagement: EngagementLog | None, days: int):
    from ..analytics.report import build_report, last_days, open_read_only

    first, last = last_days(days)
    conn = None
    if engagement is not None:
        engagement.flush(timeout=2)
        conn = open_read_only(engagement.path.parent)
    try:
        return build_report(conn, first, last)
    finally:
        if conn is not None:
            conn.close()
