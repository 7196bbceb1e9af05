"""The keypad: a museum's keypad beside the screen (its keys emulate a keyboard's arrows,
Enter, Escape and F1) reaches everything a finger can.

Where each key takes the focus is decided in `visit/keypad.py`; the focus itself is
`state.focus`. This module reads the window's controls into rows in screen order, acts on
Select, goes back on Back, shows the key map on Help, draws the focus ring and tells
assistive technology where the focus went.

Keys: arrows move (in an open detail card, left and right go to the previous and next
milestone, as a swipe does, and up and down move between its controls); Enter, Return,
Space or Select activates; Escape, Backspace or Back closes the help, then the card, and
otherwise returns the focus to the first row; F1, ? or Help shows the key map.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtWidgets import QWidget

from ..content import zoom
from ..visit import keypad
from . import accessible
from .focus_ring import FocusRing
from .keypad_help import KeypadHelp
from .widgets import follow

KEYS = {Qt.Key.Key_Left: keypad.LEFT, Qt.Key.Key_Right: keypad.RIGHT, Qt.Key.Key_Up: keypad.UP,
        Qt.Key.Key_Down: keypad.DOWN, Qt.Key.Key_Return: keypad.SELECT, Qt.Key.Key_Enter: keypad.SELECT,
        Qt.Key.Key_Space: keypad.SELECT, Qt.Key.Key_Select: keypad.SELECT,
        Qt.Key.Key_Escape: keypad.BACK, Qt.Key.Key_Backspace: keypad.BACK, Qt.Key.Key_Back: keypad.BACK,
        Qt.Key.Key_F1: keypad.HELP, Qt.Key.Key_Question: keypad.HELP, Qt.Key.Key_Help: keypad.HELP}
ZOOM_KEYS = {Qt.Key.Key_Plus: 1, Qt.Key.Key_Equal: 1, Qt.Key.Key_Minus: -1, Qt.Key.Key_Underscore: -1}


@dataclass
class Target:
    """What a focus key stands for: where to draw the ring, what Select does, and what a
    screen reader is told."""

    rect: Callable[[], QRect | None]  # in the window's coordinates; None: not on screen
    activate: Callable[[], None]
    interface: Callable[[], object]
    round: bool = False
    reveal: Callable[[], None] | None = None  # bring it on screen


class Keypad(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._state = window.state
        self._path = keypad.Path()
        self.ring = FocusRing(window)
        self.help = KeypadHelp(window)
        self._refresh = QTimer(self)  # after the layout and animations of a change settle
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._on_refresh)
        follow(self, self._state, "focus", self._on_focus)
        follow(self, self._state, "open_milestone", self._on_open_milestone)
        for name in ("filter", "zoom", "language", "span"):  # not every scroll step, unless a ring shows
            follow(self, self._state, name, lambda *_: self.refresh_soon())

    def watch(self, timeline: QWidget, detail: QWidget) -> None:
        """The views the ring follows as they move: a scroll, a card sliding in."""
        timeline.view_moved.connect(self.refresh_soon)
        detail.panel.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.refresh_soon()
        return False

    # --- keys -----------------------------------------------------------------------
    def handle(self, event) -> bool:
        """True if the key was a keypad key (it is then used up)."""
        if event.key() in ZOOM_KEYS:
            self._window.controller.note_keypad()
            self._window.timeline.step_zoom(ZOOM_KEYS[event.key()])
            return True
        key = KEYS.get(event.key())
        if key is None:
            return False
        self._window.controller.note_keypad()
        if self.help.isVisible():
            self.help.dismiss()
            return True
        if key == keypad.HELP:
            self.help.open_for(self._state.language)
            return True
        detail = self._state.open_milestone is not None and not self._window.comfort.is_open()
        if key == keypad.BACK:
            self._back(detail)
        elif key == keypad.SELECT:
            self._select()
        elif detail and key in (keypad.LEFT, keypad.RIGHT) and self._state.focus is not None:
            self._window.controller.step_card(-1 if key == keypad.LEFT else 1)
        else:
            self._move(key)
        return True

    def _move(self, key: str) -> None:
        rows, _targets = self._rows()
        self._state.focus = self._path.move(rows, self._state.focus, key)

    def _select(self) -> None:
        _rows, targets = self._rows()
        target = targets.get(self._state.focus or "")
        if target is None:
            self._move(keypad.DOWN)  # the first press shows where the focus is
            return
        target.activate()
        _rows, targets = self._rows()
        focus = self._state.focus or ""
        if focus not in targets and (focus.startswith("comfort:") or focus == "button:comfort"):
            comfort = self._window.comfort  # its panel opened, or closed, under the focus
            self._state.focus = (f"comfort:size:{self._state.text_size}" if comfort.is_open()
                                 else "button:comfort")

    def _back(self, detail: bool) -> None:
        if self._window.comfort.is_open():
            self._window.comfort.close_panel()
            self._state.focus = "button:comfort"
            return
        if detail:
            self._window.controller.close_card()
            return
        rows, _targets = self._rows()
        self._state.focus = self._path.move(rows, None, keypad.DOWN)

    # --- what can take the focus ------------------------------------------------------
    def _rows(self) -> tuple[list[keypad.Row], dict[str, Target]]:
        """The rows of the screen as it is, top to bottom, and what each key stands for."""
        w = self._window
        targets: dict[str, Target] = {}
        placed: list[tuple[float, keypad.Row]] = []

        def add(keys: list[str], y: float, entry: str | None = None) -> None:
            if keys:
                placed.append((y, keypad.Row(tuple(keys), entry)))

        def widget_target(widget: QWidget, round_: bool = False, reveal=None) -> Target:
            return Target(lambda: self._widget_rect(widget),
                          lambda: widget.click() if widget.isEnabled() else None,
                          lambda: accessible.interface_of(widget), round_, reveal)

        if w.comfort.is_open():
            for name, button in w.comfort.panel.controls():
                targets[f"comfort:{name}"] = widget_target(button, round_=name == "close")
            sizes = [f"comfort:{n}" for n, _b in w.comfort.panel.controls() if n.startswith("size:")]
            rows = [keypad.Row(("comfort:close",)), keypad.Row(tuple(sizes)),
                    keypad.Row(("comfort:contrast", "comfort:calm"))]
            rows.append(keypad.Row(("comfort:sound", "comfort:read") if w.comfort.panel.read.isVisible()
                                   else ("comfort:sound",)))
            return rows, targets
        if self._state.open_milestone is not None:
            detail = w.detail
            for name, button in (("close", detail.close_button), ("read", detail.speak_button),
                                 ("previous", detail.prev_button), ("next", detail.next_button),
                                 *detail.links()):
                if button.isVisible():
                    targets[f"detail:{name}"] = widget_target(
                        button, round_=name in ("close", "read", "previous", "next"))
                    add([f"detail:{name}"], self._widget_rect(button).center().y())
            return [row for _y, row in sorted(placed, key=lambda p: p[0])], targets

        chips = []
        for chip in w.chips.chips():
            key = f"chip:{chip.category_id or 'all'}"
            targets[key] = widget_target(chip, reveal=lambda c=chip: w.chips.show_chip(c))
            chips.append(key)
        add(chips, self._widget_rect(w.chips).center().y())
        timeline = w.timeline
        middle = self._widget_rect(timeline).center().y()
        if timeline.zoom_level == zoom.STORY:
            groups = timeline.marks().groups
            for group in groups:
                targets[f"group:{group.index}"] = Target(
                    lambda g=group: self._view_rect(timeline.mark_rect(g)),
                    lambda g=group: timeline.zoom_into(g),
                    lambda g=group: accessible.interface_of(timeline), round=True)
            add([f"group:{g.index}" for g in groups], middle)
        else:
            cards = []
            for milestone_id in timeline.visible_ids():
                key = f"card:{milestone_id}"
                targets[key] = Target(
                    lambda i=milestone_id: self._view_rect(timeline.card_rect(i)),
                    lambda i=milestone_id: w.controller.open_card(i),
                    lambda i=milestone_id: accessible.card_interface(timeline, i),
                    reveal=lambda i=milestone_id: self._reveal_card(i))
                cards.append(key)
            current = self._state.focus
            on_screen = current in targets and current.startswith("card:") and targets[current].rect()
            centre = timeline.milestone_at_center()
            add(cards, middle, current if on_screen else (f"card:{centre}" if centre else None))
        buttons = []
        for name in ("prev_page", "zoom_out", "zoom_in", "next_page"):
            button = getattr(w, name)
            if button.isVisible():
                targets[f"button:{name}"] = widget_target(button, round_=True)
                buttons.append(f"button:{name}")
        if buttons:
            add(buttons, max(self._widget_rect(getattr(w, n.split(":")[1])).center().y() for n in buttons))
        top = ["button:comfort"]
        targets["button:comfort"] = widget_target(w.comfort.button, round_=True)
        if w.read_categories.isVisible():
            targets["button:read_categories"] = widget_target(w.read_categories, round_=True)
            top.append("button:read_categories")
        if w.language_toggle.isVisible():
            targets["button:language"] = widget_target(w.language_toggle)
            top.append("button:language")
        add(top, self._widget_rect(w.comfort.button).center().y())
        return [row for _y, row in sorted(placed, key=lambda p: p[0])], targets

    def _widget_rect(self, widget: QWidget) -> QRect:
        return QRect(widget.mapTo(self._window, widget.rect().topLeft()), widget.size())

    def _view_rect(self, rect: QRectF | None) -> QRect | None:
        if rect is None:
            return None
        viewport = self._window.timeline.viewport()
        return QRect(viewport.mapTo(self._window, rect.toRect().topLeft()), rect.toRect().size())

    def _reveal_card(self, milestone_id: str) -> None:
        timeline = self._window.timeline
        rect = timeline.card_rect(milestone_id)
        if rect is None or not QRectF(timeline.viewport().rect()).contains(rect):
            timeline.center_on(milestone_id, animate=not self._state.calm_motion)

    # --- showing it -------------------------------------------------------------------
    def _on_focus(self, new: str | None, _old) -> None:
        if new is None:
            self._path.forget()  # a reset: the next visitor starts at the top
        _rows, targets = self._rows()
        target = targets.get(new or "")
        if target is not None:
            if target.reveal is not None:
                target.reveal()
            accessible.announce(target.interface())
        self._on_refresh()

    def _on_open_milestone(self, new: str | None, old: str | None) -> None:
        """Into an open card the focus goes with the visitor; out of it, back to its card."""
        focus = self._state.focus
        if focus is None:
            return
        if new is not None and not focus.startswith("detail:"):
            self._state.focus = "detail:close"
        elif new is None and focus.startswith("detail:"):
            self._state.focus = f"card:{old}" if old in self._window.timeline.visible_ids() else None
        self._refresh.start()

    def _on_refresh(self) -> None:
        focus = self._state.focus
        if focus is None:
            self.ring.show_at(None)
            return
        _rows, targets = self._rows()
        target = targets.get(focus)
        self.ring.show_at(target.rect() if target else None, target.round if target else False)

    def refresh_soon(self) -> None:
        """Something moved (a scroll, an animation's end): the ring follows."""
        if self._state.focus is not None:
            self._refresh.start()
