"""The operator PIN: never stored in plain text; guessing is locked out."""

from __future__ import annotations

import subprocess
import sys

from kiosk.pin import Lockout, hash_pin, load_pin, verify_pin
from tests.conftest import ROOT


def test_a_pin_is_stored_salted_and_hashed():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert "2468" not in first and first != second, "salted: the same PIN hashes differently"
    assert first.startswith("scrypt$")
    assert verify_pin("2468", first) and not verify_pin("2469", first)
    assert not verify_pin("2468", "garbage") and not verify_pin("2468", "md5$x$y$z$a$b")


def test_set_pin_command_writes_only_the_hash(tmp_path):
    path = tmp_path / "admin-pin"
    done = subprocess.run([sys.executable, "-m", "kiosk", "set-pin", "--pin-file", str(path)],
                          input="135790\n135790\n", text=True, capture_output=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    stored = load_pin(path)
    assert stored and "135790" not in path.read_text() and verify_pin("135790", stored)
    assert path.stat().st_mode & 0o077 == 0, "readable by its owner only"


def test_set_pin_refuses_mismatches_and_non_digits(tmp_path):
    path = tmp_path / "admin-pin"
    for given in ("1234\n4321\n", "12ab\n12ab\n", "12\n12\n"):
        done = subprocess.run([sys.executable, "-m", "kiosk", "set-pin", "--pin-file", str(path)],
                              input=given, text=True, capture_output=True, cwd=ROOT)
        assert done.returncode == 1 and not path.exists()


def test_five_wrong_tries_lock_for_a_minute():
    now = [1000.0]
    lockout = Lockout(clock=lambda: now[0])
    for _ in range(4):
        lockout.failed()
    assert lockout.locked_for() == 0 and lockout.tries_left == 1
    lockout.failed()
    assert lockout.locked_for() == 60
    now[0] += 59
    assert lockout.locked_for() == 1
    now[0] += 1
    assert lockout.locked_for() == 0 and lockout.tries_left == 5
