"""The Qt interface. It reads the content model and never changes it.

Importing it first turns off a PySide import hook's source scan. For `from __feature__
import snake_case`, PySide reads the source of every module imported after it and looks
for "PySide6" in it; the lines then stay in `linecache` (14 MB for numpy, pyqtgraph and
the kiosk, run from source). The kiosk uses no `__feature__`, and the bundle ships no
source, so there every module is already treated as this makes it: not using features.
"""

import importlib
import sys


def _no_feature_scan() -> None:
    importlib.import_module("PySide6.QtCore")  # which loads the hook
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: False


_no_feature_scan()
