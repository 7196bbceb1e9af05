"""The controller: what a visitor's touch or key asks for becomes a change of the visitor
state, and the visit's lifecycle lives here: the idle cycle and its reset, content swaps,
recovery after an exception, and the operator's way in.

Views never change the state themselves: they emit what the visitor asked for, and the
window connects that to a method here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..config import Config
from ..content.filtering import Filter
from ..content import zoom
from ..content.timeline import Content
from ..memory import release_free_memory
from ..visit.state import VisitorState
from .idle import ATTRACT, IdleController

log = logging.getLogger(__name__)

TEXT_SIZES = (100, 130, 160)  # per cent: the visitor's three steps


class Controller(QObject):
    phase_changed = Signal(str, str)  # idle phase, old phase: after the reset it may cause
    content_replaced = Signal(object)  # Content: the window builds its content views anew
    category_chosen = Signal(str, bool)  # a visitor's chip ("all" or an id), now on?
    zoom_chosen = Signal(str)  # the level a visitor's zoom (a pinch, a button, a group) ended at
    keypad_used = Signal()  # a visitor pressed a keypad key
    comfort_chosen = Signal(str, str)  # a comfort control a visitor used, and its new value
    read_aloud_played = Signal(str)  # "card", "narration" or "categories"

    def __init__(self, content: Content, config: Config, state: VisitorState,
                 host: QWidget) -> None:
        super().__init__(host)
        self.content = content
        self.config = config
        self.state = state
        self.content_problems: list[str] = []  # why the configured content was not used
        self.release = None  # fleet.inbox.Outcome when the content folder receives releases
        self.pending: Content | None = None  # validated content waiting for the next reset
        self.idle = IdleController(config.idle_seconds, config.countdown_seconds, host)
        self.idle.state_changed.connect(self._on_idle_state_changed)
        self._before_reset: list = []  # told of each idle change before the reset acts
        self._set_defaults()

    def _set_defaults(self) -> None:
        language = self.config.default_language
        if language and language not in self.content.languages:
            log.warning("default_language %r is not one of the content's languages (%s); "
                        "using %s", language, ", ".join(self.content.languages),
                        self.content.info.first_language)
            language = ""
        self.state.set_defaults(language=language or self.content.info.first_language,
                                calm_motion=self.config.reduced_motion, text_size=self.config.text_size,
                                contrast="high" if self.config.high_contrast else "normal",
                                narration=self.config.read_aloud, sound=self.config.sound)

    # --- what visitors ask for ----------------------------------------------------------
    def choose_category(self, category_id: str | None) -> None:
        """A chip tap: "All" (None) clears the filter; every category selected is "All"."""
        if category_id is None:
            new = Filter()
        else:
            new = self.state.filter.toggled(category_id)
            if new.selected >= {c.id for c in self.content.categories}:
                new = Filter()
        self.state.filter = new
        subject = category_id or "all"
        self.category_chosen.emit(subject, subject == "all" or subject in new.selected)

    def choose_language(self, lang: str) -> None:
        if lang in self.content.languages:
            self.state.language = lang

    def zoom_to(self, value: float, final: bool = True) -> None:
        """A pinch's every step, a button's level, a group's; `final` once the gesture ends."""
        self.state.zoom = value
        if final:
            self.zoom_chosen.emit(zoom.level(value))

    def set_text_size(self, percent: int) -> None:
        """A visitor's text size: one of TEXT_SIZES."""
        if percent in TEXT_SIZES and percent != self.state.text_size:
            self.state.text_size = percent
            self.comfort_chosen.emit("text_size", str(percent))

    def set_calm_motion(self, calm: bool) -> None:
        """Nothing slides: the tour cross-fades, a card appears in place."""
        if calm != self.state.calm_motion:
            self.state.calm_motion = calm
            self.comfort_chosen.emit("calm_motion", "on" if calm else "off")

    def set_high_contrast(self, high: bool) -> None:
        """White on black, every text at least 7:1."""
        value = "high" if high else "normal"
        if value != self.state.contrast:
            self.state.contrast = value
            self.comfort_chosen.emit("contrast", value)

    def set_read_aloud(self, on: bool) -> None:
        """Each card is read as it opens."""
        if on != self.state.narration:
            self.state.narration = on
            self.comfort_chosen.emit("read_aloud", "on" if on else "off")

    def set_sound(self, on: bool) -> None:
        """The tones, for this visit."""
        if on != self.state.sound:
            self.state.sound = on
            self.comfort_chosen.emit("sound", "on" if on else "off")

    def note_read_aloud(self, what: str) -> None:
        """A reading started at a visitor's request (the engagement log counts them)."""
        self.read_aloud_played.emit(what)

    def note_keypad(self) -> None:
        """A keypad key was pressed (the engagement log counts visits that used one)."""
        self.keypad_used.emit()

    def open_card(self, milestone_id: str) -> None:
        self.state.open_milestone = milestone_id

    def close_card(self) -> None:
        self.state.open_milestone = None

    def step_card(self, step: int) -> None:
        """The previous or next milestone within the filter, from the open card."""
        current = self.state.open_milestone
        if current is None:
            return
        neighbour = self.state.filter.neighbour(self.content, current, step)
        if neighbour is not None and neighbour != current:
            self.state.open_milestone = neighbour

    def show_years(self, first: float, last: float) -> None:
        """The timeline reports what it shows; the overview strip follows the state."""
        self.state.span = (round(first, 3), round(last, 3))

    # --- the visit's lifecycle ----------------------------------------------------------
    def before_reset(self, callback) -> None:
        """`callback(phase, old)` runs at each idle change before the reset acts: a visit
        must end before the reset that ends it (the engagement log)."""
        self._before_reset.append(callback)

    def reset(self) -> None:
        """Everything a visitor could have changed goes back to the operator's defaults."""
        self.state.reset()
        release_free_memory()  # nobody is waiting for a frame now

    def recover(self) -> None:
        """After an unhandled exception: never leave a half-drawn screen, go home."""
        try:
            self.phase_changed.emit("recover", self.idle.state)
            self.reset()
            log.warning("recovered: back on the home screen")
        except Exception:  # noqa: BLE001 - recovery must not raise into the event loop
            log.exception("recovery failed")

    def replace_content(self, content: Content) -> None:
        """Swap in a new, already-validated content set, whole, and go home."""
        self.content = content
        self.pending = None
        self.content_problems = []
        self._set_defaults()
        self.content_replaced.emit(content)  # the views are built anew for it
        self.reset()  # and then go home (the old set's ids leave the state here)
        log.info("content replaced: %s", content.summary())

    def _on_idle_state_changed(self, phase: str, old: str) -> None:
        for callback in self._before_reset:
            callback(phase, old)
        if phase == ATTRACT:
            if self.pending is not None:
                self.replace_content(self.pending)  # edited content, shown at the reset
            else:
                self.reset()
        self.phase_changed.emit(phase, old)
