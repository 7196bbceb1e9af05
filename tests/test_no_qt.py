"""The content layer and the visitor state must work on a machine without Qt (an editor's
laptop, a CI step)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

BLOCK_QT = """
import importlib.abc, sys
class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'):
            raise ImportError(f'{name} is blocked: the content layer must not need Qt')
sys.meta_path.insert(0, NoQt())
"""


def run_blocked(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCK_QT + code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_blocker_really_blocks_qt():
    assert run_blocked("import PySide6").returncode != 0


def test_validate_runs_without_qt():
    done = run_blocked("from kiosk.cli import main; raise SystemExit(main(['validate', 'data']))")
    assert done.returncode == 0, done.stderr
    assert "29 milestones" in done.stdout


def test_content_tests_pass_without_qt():
    done = run_blocked(
        "import pytest; raise SystemExit(pytest.main(['-q', '-p', 'no:pytest-qt', '-p', 'no:cacheprovider', "
        "'tests/content', 'tests/visit']))")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert " passed" in done.stdout
