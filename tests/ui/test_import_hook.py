"""PySide reads the source of every module imported after it, looking for `__feature__`,
and keeps the lines in memory (14 MB of the kiosk's peak, run from source). kiosk.ui turns
that scan off; a PySide release that renames its hook would bring the 14 MB back."""

import importlib
import linecache
import sys


def test_modules_imported_after_pyside_are_not_read_as_source():
    importlib.import_module("kiosk.ui")
    linecache.clearcache()
    sys.modules.pop("colorsys", None)
    importlib.import_module("colorsys")  # a small module this process has not imported yet
    assert not [name for name in linecache.cache if name.endswith("colorsys.py")]
