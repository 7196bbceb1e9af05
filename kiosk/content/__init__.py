"""Content: the model, loading, validation and filtering. Plain Python; never imports Qt."""

from .loader import LoadResult, load_content
from .model import LANGUAGES, Category, Milestone
from .problems import Problem
from .timeline import Content

__all__ = ["LANGUAGES", "Category", "Content", "LoadResult", "Milestone", "Problem", "load_content"]
