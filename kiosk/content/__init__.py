"""Content: the model, loading, validation and filtering. Plain Python; never imports Qt.

`load_content` (and with it pydantic) is imported on first use: a kiosk starting from
cached, already-validated content never needs the validator.
"""

from .model import Category, Milestone
from .problems import Problem
from .timeline import Content, LoadResult

__all__ = ["Category", "Content", "LoadResult", "Milestone", "Problem", "load_content"]


def __getattr__(name: str):
    if name == "load_content":
        from .loader import load_content

        return load_content
    raise AttributeError(name)
