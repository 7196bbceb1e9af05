"""`kiosk --self-test` passes on a checkout, and fails, naming the gap, when something is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from tests.conftest import ROOT


def run_self_test(cwd) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "kiosk", "--self-test"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_self_test_passes_on_the_checkout():
    done = run_self_test(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("SELF-TEST OK: 29 milestones")
    assert done.stderr == "", "an operator sees the one line, no offscreen notices"


def test_self_test_names_a_missing_font(tmp_path):
    copy = tmp_path / "kiosk-copy"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "build", "dist"))
    (copy / "assets" / "fonts" / "NotoSansCJKjp-Bold.otf").unlink()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(copy))
    done = subprocess.run([sys.executable, "-m", "kiosk", "--self-test"], cwd=copy, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "SELF-TEST FAILED" in done.stdout and "NotoSansCJKjp-Bold.otf" in done.stdout
