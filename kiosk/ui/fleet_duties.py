"""What a kiosk in a fleet does on its own, on timers parented to the window: rewrite its
health file every minute and copy its engagement log to the fleet folder every hour. The
figures are gathered on the UI thread (cheap reads of what it already knows); the file work
runs on the thread pool. With neither configured, nothing is created at all."""

from __future__ import annotations

import logging
import os
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer

from .. import __version__
from ..analytics.sessions import EngagementLog
from ..config import Config
from ..logs import recent_errors
from .controller import Controller
from .workers import run_in_pool

log = logging.getLogger(__name__)
HEALTH_MS = 60_000
EXPORT_MS = 3_600_000
FIRST_MS = 5_000  # the first health file soon after start, once the window is up


class FleetDuties(QObject):
    def __init__(self, parent: QObject, controller: Controller, config: Config,
                 engagement: Callable[[], EngagementLog | None]) -> None:
        super().__init__(parent)
        self._controller = controller
        self._config = config
        self._engagement = engagement
        self._started = time.monotonic()
        self._busy: set[str] = set()
        self._timers: list[QTimer] = []
        if config.health_file is not None:
            self._every(HEALTH_MS, self._on_health_due)
        if config.fleet_folder is not None:
            self._every(EXPORT_MS, self._on_export_due)

    def _every(self, ms: int, slot) -> None:
        timer = QTimer(self)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        timer.start()
        QTimer.singleShot(FIRST_MS, self, slot)
        self._timers.append(timer)

    def health(self):
        from ..fleet.health import Health
        from .admin import memory_mb

        controller = self._controller
        release = controller.release
        engagement = self._engagement()
        return Health(
            kiosk=self._config.name, version=__version__,
            content_version=controller.content.info.content_version,
            release=(release.current or "") if release is not None else "",
            uptime_seconds=round(time.monotonic() - self._started, 3), visits_today=0,
            last_error=recent_errors.last_at, content_problems=len(controller.content_problems),
            release_refused=bool(release and release.refused),
            memory_bytes=int(memory_mb() * 1e6),
            engagement_writing=engagement is not None and engagement.writing,
            at=round(time.time(), 3))

    def _on_health_due(self) -> None:
        from ..fleet.health import write_health

        engagement = self._engagement()
        self._run("health", write_health, self._config.health_file, self.health(),
                  engagement.path if engagement is not None else None)

    def _on_export_due(self) -> None:
        engagement = self._engagement()
        if engagement is not None:
            self._run("export", _export, engagement, self._config.fleet_folder, self._config.name)

    def _run(self, job: str, fn, *args) -> None:
        if job in self._busy:  # a slow disk: never pile up writes
            return
        self._busy.add(job)
        run_in_pool(self, fn, *args, on_done=lambda _r: self._busy.discard(job),
                    on_error=lambda exc: self._on_failed(job, exc))

    def _on_failed(self, job: str, exc: BaseException) -> None:
        self._busy.discard(job)
        log.error("fleet %s could not be written: %s", job, exc)


def _export(engagement: EngagementLog, folder, name: str):
    from ..fleet.exports import export_log

    engagement.flush(timeout=5)
    if not os.path.exists(engagement.path):
        return None
    return export_log(engagement.path, folder, name)
