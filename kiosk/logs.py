"""Logs for operators: a size-bounded rotating file, the last errors kept for the admin
screen, and a crash log that the next start reads and reports (never shown to visitors)."""

from __future__ import annotations

import faulthandler
import logging
import sys
from collections import deque
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

log = logging.getLogger("kiosk")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
BACKUPS = 5


class SafeFormatter(logging.Formatter):
    """A log line never carries a raw control character: a content file name or id such as
    `x\x1b[2K\rOK` cannot rewrite the operator's terminal or forge a log line."""

    def format(self, record: logging.LogRecord) -> str:
        from .content.text_rules import printable

        return printable(super().format(record))


class RecentErrors(logging.Handler):
    """The last warnings and errors, for the admin status screen."""

    def __init__(self, keep: int = 20) -> None:
        super().__init__(logging.WARNING)
        self.records: deque[str] = deque(maxlen=keep)
        self.last_at = 0.0  # Unix time of the last one, for the health file
        self.setFormatter(SafeFormatter("%(asctime)s %(levelname)s: %(message)s", "%H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record).splitlines()[0][:300])
        self.last_at = record.created


recent_errors = RecentErrors()
_crash_file: IO[str] | None = None


def default_log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("sony-timeline-kiosk", appauthor=False))


def setup_logging(folder: Path, max_kb: int = 1024) -> Path:
    """Log to `folder/kiosk.log` (rotating: at most (1 + BACKUPS) * max_kb), to stderr, and
    keep the last errors. Returns the log file's path."""
    global _crash_file
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    path = folder / "kiosk.log"
    file_handler = RotatingFileHandler(path, maxBytes=max_kb * 1024, backupCount=BACKUPS,
                                       encoding="utf-8")
    stderr = logging.StreamHandler(sys.stderr)
    for handler in (file_handler, stderr):
        handler.setFormatter(SafeFormatter(FORMAT))
        root.addHandler(handler)
    root.addHandler(recent_errors)
    _report_previous_crash(folder / "crash.log")
    _crash_file = (folder / "crash.log").open("w", encoding="utf-8")
    faulthandler.enable(_crash_file)  # a hard crash (segfault, abort) leaves its trace here
    return path


def _report_previous_crash(crash: Path) -> None:
    try:
        text = crash.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return
    if text:
        log.error("the previous run crashed; its trace follows:\n%s", text[-20_000:])
        crash.replace(crash.with_suffix(".log.1"))


def log_unhandled(exc_type, exc, tb) -> None:
    log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
