"""The short soak (bench/soak.py --short): memory and object counts stay flat."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_short_soak_stays_within_budget():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "soak.py"), "--short"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "met" in done.stdout.splitlines()[-1]
