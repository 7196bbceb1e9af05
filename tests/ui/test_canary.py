"""PySide6 6.12.0 drops a reference to None on every void call and aborts CPython 3.11."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_steal_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText(str(i))
    assert sys.getrefcount(None) >= before
