"""The fleet playbook (packaging/fleet/): it parses, it passes a check-mode run against this
machine, and a real run into a temporary prefix, for a temporary user, succeeds and a
second run changes nothing. Services are left out (`kiosk_manage_services=false`): CI has
no systemd."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

FLEET = ROOT / "packaging" / "fleet"
PLAYBOOK = ROOT / "packaging" / "fleet" / "playbook.yml"
ANSIBLE = Path(sys.executable).with_name("ansible-playbook")
USER = "kiosk-ci-test"
pytestmark = pytest.mark.skipif(not ANSIBLE.exists(), reason="ansible-core is not installed")


def playbook(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, ANSIBLE_HOME=str(tmp_path / "ansible"), ANSIBLE_NOCOLOR="1",
               ANSIBLE_LOCAL_TEMP=str(tmp_path / "ansible" / "tmp"), ANSIBLE_RETRY_FILES_ENABLED="0")
    return subprocess.run([str(ANSIBLE), str(PLAYBOOK), *args], capture_output=True, text=True,
                          env=env, timeout=600, cwd=tmp_path)


def local(tmp_path: Path, *extra: str) -> list[str]:
    """This machine, as a kiosk: into tmp_path, with a stand-in for the bundle."""
    bundle = tmp_path / "bundle"
    if not bundle.exists():
        (bundle / "_internal").mkdir(parents=True)
        (bundle / "kiosk").write_text("#!/bin/sh\necho kiosk\n")
        (bundle / "kiosk").chmod(0o755)
        (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in")
        (tmp_path / "admin-pin").write_text("scrypt$stand-in\n")
    home = tmp_path / "home"
    values = {"kiosk_become": "false", "kiosk_bundle": str(bundle), "kiosk_prefix": str(tmp_path / "opt"),
              "kiosk_user": USER, "kiosk_home": str(home), "kiosk_manage_services": "false",
              "kiosk_health_file": str(tmp_path / "metrics" / "kiosk.prom"),
              "kiosk_pin_hash_file": str(tmp_path / "admin-pin"), "kiosk_name": "ci-kiosk",
              "kiosk_language": "en", "ansible_python_interpreter": "/usr/bin/python3"}
    return ["-i", "localhost,", "-c", "local", *[a for k, v in values.items() for a in ("-e", f"{k}={v}")],
            *extra]


def recap(done: subprocess.CompletedProcess) -> dict[str, int]:
    found = re.search(r"localhost\s*:\s*ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)",
                      done.stdout)
    assert found, done.stdout[-3000:] + done.stderr[-2000:]
    return dict(zip(("ok", "changed", "unreachable", "failed"), map(int, found.groups())))


def test_the_playbook_and_its_example_inventory_parse(tmp_path):
    done = playbook(tmp_path, "--syntax-check", "-i", str(FLEET / "inventory.example.ini"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_check_mode_run_against_this_machine_passes(tmp_path):
    done = playbook(tmp_path, *local(tmp_path, "--check"))
    assert done.returncode == 0 and recap(done)["failed"] == 0, done.stdout[-3000:]


@pytest.mark.timeout(1200)
@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="creating a user needs root")
def test_a_real_run_installs_and_a_second_changes_nothing(tmp_path):
    try:
        first = playbook(tmp_path, *local(tmp_path))
        assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-2000:]
        assert recap(first)["changed"] > 0
        config = (tmp_path / "home" / ".config" / "sony-timeline-kiosk" / "config.toml").read_text()
        assert 'kiosk_name = "ci-kiosk"' in config and 'default_language = "en"' in config
        assert os.access(tmp_path / "opt" / "kiosk", os.X_OK)
        pin = tmp_path / "home" / ".config" / "sony-timeline-kiosk" / "admin-pin"
        assert pin.stat().st_mode & 0o777 == 0o600
        second = playbook(tmp_path, *local(tmp_path))
        assert second.returncode == 0 and recap(second)["changed"] == 0, second.stdout[-3000:]
    finally:
        subprocess.run(["userdel", USER], capture_output=True)
        shutil.rmtree(tmp_path / "home", ignore_errors=True)
