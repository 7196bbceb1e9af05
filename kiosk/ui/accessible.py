"""Names for assistive technology: what a screen reader says for each control and card.

Qt gives widgets an accessible interface, but the timeline's cards are painted scene
items, which have none. A factory installed with `QAccessible.installFactory` gives the
timeline view one that lists every shown milestone as a child, in time order, each named
by its date, title and caption in the visitor's language. Names are read from the state
and the content when asked, so they always match what the screen shows.

Focus moves made with the keypad are announced with a Focus event on the interface of
what the ring now rests on.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from .dates import card_date, uncertainty_label
from .i18n import translate

log = logging.getLogger(__name__)

_installed = False


def install() -> None:
    """Once per process: the timeline view's interface comes from here."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if class_name == "TimelineView" and isinstance(obj, QWidget):
        return TimelineAccessible(obj)
    return None


def milestone_name(milestone, lang: str) -> str:
    """A card as a screen reader says it: its date as the card shows it, its title and its
    caption ("1994, Sony Science Program. Hands-on workshops...")."""
    text = milestone.text(lang)
    parts = [card_date(milestone)]
    marker = uncertainty_label(milestone)
    if marker:
        parts.append(marker)
    parts.append(text.title)
    name = ", ".join(parts)
    return f"{name}. {text.caption}" if text.caption else name


class CardAccessible(QAccessibleInterface):
    """One shown milestone on the timeline: a list item that opens its story."""

    def __init__(self, parent: "TimelineAccessible", milestone_id: str) -> None:
        super().__init__()
        self._parent = parent
        self.milestone_id = milestone_id

    def isValid(self) -> bool:  # noqa: N802
        return self._parent.view() is not None and self.milestone_id in self._parent.ids()

    def object(self) -> QObject | None:
        return None  # a painted item, not a QObject a reader could follow

    def window(self):
        return self._parent.window()

    def relations(self, _match=None) -> list:
        return []

    def focusChild(self) -> None:  # noqa: N802
        return None

    def childAt(self, _x: int, _y: int) -> None:  # noqa: N802
        return None

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def child(self, _index: int) -> None:
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, _child) -> int:  # noqa: N802
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        view = self._parent.view()
        if view is None:
            return ""
        if kind == QAccessible.Text.Name:
            return milestone_name(view.content.milestone(self.milestone_id), view.state.language)
        if kind == QAccessible.Text.Description:
            return translate("kiosk", "Opens its story")
        return ""

    def setText(self, _kind, _text: str) -> None:  # noqa: N802
        pass

    def rect(self) -> QRect:
        view = self._parent.view()
        shown = view.card_rect(self.milestone_id) if view is not None else None
        if shown is None:
            return QRect()
        return QRect(view.viewport().mapToGlobal(shown.topLeft().toPoint()), shown.size().toSize())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        view = self._parent.view()
        state = QAccessible.State()
        state.focusable = True
        if view is None or view.card_rect(self.milestone_id) is None:
            state.invisible = True
            state.offscreen = True
        elif view.state.focus == f"card:{self.milestone_id}":
            state.focused = True
        return state


class TimelineAccessible(QAccessibleWidget):
    """The timeline: a list of the shown milestones, in time order."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view, QAccessible.Role.List)
        self._cards: dict[str, CardAccessible] = {}  # kept: Qt holds no reference of its own

    def view(self):
        widget = self.widget()
        return widget if widget is not None and hasattr(widget, "visible_ids") else None

    def ids(self) -> list[str]:
        view = self.view()
        return view.visible_ids() if view is not None else []

    def card(self, milestone_id: str) -> CardAccessible:
        if milestone_id not in self._cards:
            self._cards[milestone_id] = CardAccessible(self, milestone_id)
        return self._cards[milestone_id]

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return translate("kiosk", "Timeline")
        return super().text(kind)

    def childCount(self) -> int:  # noqa: N802
        return len(self.ids())

    def child(self, index: int) -> QAccessibleInterface | None:
        ids = self.ids()
        return self.card(ids[index]) if 0 <= index < len(ids) else None

    def indexOfChild(self, child) -> int:  # noqa: N802
        ids = self.ids()
        milestone_id = getattr(child, "milestone_id", None)
        return ids.index(milestone_id) if milestone_id in ids else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802
        for milestone_id in self.ids():
            card = self.card(milestone_id)
            if card.rect().contains(x, y):
                return card
        return None


def card_interface(view: QWidget, milestone_id: str) -> QAccessibleInterface | None:
    timeline = QAccessible.queryAccessibleInterface(view)
    if isinstance(timeline, TimelineAccessible) and milestone_id in timeline.ids():
        return timeline.card(milestone_id)
    return None


def announce(interface: QAccessibleInterface | None) -> None:
    """Tell assistive technology that the focus moved to `interface`."""
    if interface is None:
        return
    QAccessible.updateAccessibility(QAccessibleEvent(interface, QAccessible.Event.Focus))


def interface_of(widget: QWidget) -> QAccessibleInterface | None:
    return QAccessible.queryAccessibleInterface(widget)


def announce_widget(widget: QWidget) -> None:
    announce(interface_of(widget))
