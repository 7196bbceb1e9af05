"""The timeline: the view, its painted cards and axis, and the touch input it reads."""

from .view import TimelineView

__all__ = ["TimelineView"]
