"""The visitor state: the one home of everything a visitor can change.

Views subscribe to a field and render what it holds; they keep no copy. Setting a field to
the value it already has does nothing, so a view is never asked to redraw for nothing.
`reset()` returns every field to its default in one call (the idle reset, a content swap,
recovery after an exception). A few lines of our own rather than psygnal: the kiosk needs
per-field callbacks, equality checks and a reset, and nothing else.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, fields, replace
from typing import Any, Callable

from ..content.filtering import Filter

log = logging.getLogger(__name__)

Callback = Callable[[Any, Any], None]  # (new value, old value)


@dataclass(frozen=True)
class Visit:
    """The values of one visit. Each field has one meaning and one owner: the state."""

    language: str = "en"
    filter: Filter = field(default_factory=Filter)
    open_milestone: str | None = None  # the detail card on screen, if any
    span: tuple[float, float] | None = None  # the years the timeline shows; None: home
    focus: str | None = None  # the milestone a keypad focus rests on
    zoom: float = 1.0  # 1.0: the card level
    text_size: int = 100  # per cent
    contrast: str = "normal"  # "normal" or "high"
    calm_motion: bool = False
    sound: bool = True
    narration: bool = False


FIELDS = tuple(f.name for f in fields(Visit))


class VisitorState:
    """Evented: `subscribe(name, callback)` calls `callback(new, old)` after each change."""

    def __init__(self, defaults: Visit | None = None) -> None:
        self._defaults = defaults or Visit()
        self._values = self._defaults
        self._subscribers: dict[str, list[Callback]] = {name: [] for name in FIELDS}
        self.resetting = False  # views skip their animations while a reset runs

    # --- reading and writing ------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        if name in FIELDS:
            return getattr(self._values, name)
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in FIELDS:
            self.update(**{name: value})
        else:
            super().__setattr__(name, value)

    @property
    def values(self) -> Visit:
        """A frozen snapshot, for tests and the log."""
        return self._values

    @property
    def defaults(self) -> Visit:
        return self._defaults

    def update(self, **changes: Any) -> None:
        """Set several fields; each field that really changed emits once, in field order."""
        old = self._values
        unknown = set(changes) - set(FIELDS)
        if unknown:
            raise AttributeError(f"no such visitor state: {', '.join(sorted(unknown))}")
        # Only the fields asked about are compared: a flick sets the span at every frame.
        changed = [name for name in FIELDS if name in changes and getattr(old, name) != changes[name]]
        if not changed:
            return
        self._values = new = replace(old, **{name: changes[name] for name in changed})
        for name in changed:
            self._emit(name, getattr(new, name), getattr(old, name))

    def set_defaults(self, **defaults: Any) -> None:
        """What a reset returns to: the operator's settings and the content's language."""
        self._defaults = replace(self._defaults, **defaults)

    def reset(self) -> None:
        """Every field back to its default, each change announced once."""
        self.resetting = True
        try:
            self.update(**{name: getattr(self._defaults, name) for name in FIELDS})
        finally:
            self.resetting = False

    # --- subscribing --------------------------------------------------------------------
    def subscribe(self, name: str, callback: Callback) -> Callable[[], None]:
        """Call `callback(new, old)` after each change of `name`; returns the unsubscribe."""
        if name not in self._subscribers:
            raise AttributeError(f"no such visitor state: {name}")
        self._subscribers[name].append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers[name]:
                self._subscribers[name].remove(callback)

        return unsubscribe

    def _emit(self, name: str, new: Any, old: Any) -> None:
        for callback in list(self._subscribers[name]):
            if getattr(self._values, name) != new:
                return  # a subscriber changed it again: the newer value has been announced
            callback(new, old)
