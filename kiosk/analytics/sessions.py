"""What visitors do, as anonymous rows: sessions, cards, filters, language, zoom, tour
interruptions.

A session begins with the first touch and ends at the idle reset (or when an operator
opens the admin screen, or the kiosk stops). Its length runs from the first touch to the
last; a card counts as open until it is closed, or until the idle countdown began if the
visitor walked away from it. Nothing identifies a person: no names, no device ids, no
positions, only what was shown and when. Plain Python, no Qt: the UI reports events,
this decides what they mean, and the writer stores them off the UI thread.
"""

from __future__ import annotations

import time
from pathlib import Path

from . import FILE_NAME
from .writer import Writer

IDLE, OPERATOR, SHUTDOWN = "idle", "operator", "shutdown"


class EngagementLog:
    def __init__(self, writer: Writer, clock=time.time) -> None:
        self.writer = writer
        self._clock = clock
        self.session: int | None = None
        self._started = self._last_touch = 0.0
        self._touches = 0
        self._keyed = False  # this visit has used the keypad
        self._card: tuple[str, float] | None = None  # open card and when it opened
        self._tour_since: float | None = None
        self._language = ""
        self._last_id = 0

    @classmethod
    def at(cls, folder: Path, keep_days: float, batch_seconds: float = 2.0) -> EngagementLog:
        return cls(Writer(Path(folder) / FILE_NAME, keep_days, batch_seconds))

    @property
    def path(self) -> Path:
        return self.writer.path

    @property
    def note(self) -> str | None:
        return self.writer.note

    @property
    def writing(self) -> bool:
        return self.writer.writing

    def now(self) -> float:
        return self._clock()

    def start(self) -> None:
        self.writer.start()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything reported so far is on disk (slow: not on the UI thread)."""
        return self.writer.flush(timeout)

    def close(self) -> None:
        self.end_session(SHUTDOWN)
        self.writer.close()

    # --- what the UI reports ------------------------------------------------------------
    def touched(self, language: str) -> None:
        now = self._clock()
        if self.session is None:
            self.session = self._new_id(now)
            self._started = now
            self._touches = 0
            self._keyed = False
            self.writer.put(("start", self.session, now, now, language))
        self._language = language
        self._touches += 1
        self._last_touch = now

    def card_shown(self, milestone_id: str) -> None:
        if self.session is None:
            return
        self.card_closed()
        self._card = (milestone_id, self._clock())

    def card_closed(self, until: float | None = None) -> None:
        if self._card is None or self.session is None:
            self._card = None
            return
        milestone_id, opened = self._card
        self._card = None
        end = self._clock() if until is None else min(self._clock(), until)
        self._event("card", milestone_id, round(max(0.0, end - opened), 3), at=opened)

    def zoom_changed(self, level: str) -> None:
        """A pinch, a zoom button or a tap on a group ended at `level`."""
        self._event("zoom", level, 1.0)

    def card_level(self, level: str) -> None:
        """The zoom level in use when a card was opened."""
        self._event("card_level", level, 1.0)

    def keypad_used(self) -> None:
        """A keypad key in this visit: each visit that used the keypad is counted once."""
        if self.session is not None and not self._keyed:
            self._keyed = True
            self._event("keypad", "", 1.0)

    def comfort_used(self, control: str, value: str) -> None:
        """A comfort control a visitor changed ("text_size" to "160", "calm_motion" to "on")."""
        self._event("comfort", f"{control}={value}", 1.0)

    def read_aloud_played(self, what: str) -> None:
        """A reading a visitor asked for: "card", "narration" (a recording) or "categories"."""
        self._event("read_aloud", what, 1.0)

    def filter_used(self, subject: str, on: bool) -> None:
        self._event("filter", subject, 1.0 if on else 0.0)

    def language_chosen(self, language: str) -> None:
        if self.session is not None:
            self._language = language
        self._event("language", language, 0.0)

    def tour_started(self) -> None:
        self._tour_since = self._clock()

    def tour_interrupted(self) -> None:
        """A touch ended the attract tour: how long had it been running?"""
        if self._tour_since is None or self.session is None:
            return
        self._event("attract", "", round(self._clock() - self._tour_since, 3))
        self._tour_since = None

    def end_session(self, reason: str, idle_since: float | None = None) -> None:
        """The visitor has gone (idle reset), an operator took over, or the kiosk stops."""
        if self.session is None:
            return
        if reason == OPERATOR and self._touches <= 1:
            self.writer.put(("discard", self.session))  # only the operator's own corner hold
            self.session, self._card = None, None
            return
        self.card_closed(until=idle_since)
        self.writer.put(("end", self._last_touch, self._clock(), reason, self._touches,
                         self._language, self.session))
        self.session = None

    # --- helpers ------------------------------------------------------------------------
    def _event(self, kind: str, subject: str, value: float, at: float | None = None) -> None:
        if self.session is not None:
            self.writer.put(("event", self._clock() if at is None else at, self.session,
                             kind, subject, value))

    def _new_id(self, now: float) -> int:
        """The start in ms; bumped by one if two sessions would share a millisecond."""
        self._last_id = max(int(now * 1000), self._last_id + 1)
        return self._last_id
