"""The visitor's side of the kiosk: what one visit has chosen, and how taps are told from
drags. Plain Python, no Qt: the views subscribe to it and render what it says."""

from .state import VisitorState

__all__ = ["VisitorState"]
