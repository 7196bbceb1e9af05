"""Two real Syncthing instances on loopback: an editor's send-only folder delivers a release
into a kiosk's receive-only folder, and the kiosk applies it. (Debian's `syncthing`
package; .ci/run installs it.) No Qt: the kiosk's own follower is called as its watcher
calls it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.fleet.inbox import follow
from kiosk.fleet.release import read_manifest
from tests.conftest import ASSETS
from tests.content.test_release import release

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200),
              pytest.mark.skipif(shutil.which("syncthing") is None, reason="syncthing is not installed")]
FOLDER = "kiosk-content"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def generate(home: Path) -> str:
    done = subprocess.run(["syncthing", "generate", f"--home={home}", "--no-default-folder",
                           "--skip-port-probing"], capture_output=True, text=True, timeout=60,
                          check=True)
    return next(line.split(": ", 1)[1].strip() for line in (done.stdout + done.stderr).splitlines()
                if "Device ID:" in line)


def configure(home: Path, me: str, other: str, ports: dict[str, int], own: str, theirs: str,
              path: Path, kind: str) -> None:
    """Loopback only: no discovery, relays, NAT, upgrades or reports; one folder shared."""
    tree = ET.parse(home / "config.xml")
    root = tree.getroot()
    root.find("gui/address").text = f"127.0.0.1:{ports[own + '-gui']}"
    options = root.find("options")
    settings = {"listenAddress": f"tcp://127.0.0.1:{ports[own]}", "globalAnnounceEnabled": "false",
                "localAnnounceEnabled": "false", "relaysEnabled": "false", "natEnabled": "false",
                "startBrowser": "false", "urAccepted": "-1", "autoUpgradeIntervalH": "0",
                "crashReportingEnabled": "false"}
    for key, value in settings.items():
        options.find(key).text = value
    device = ET.SubElement(root, "device", id=other, name=theirs, compression="metadata",
                           introducer="false", skipIntroductionRemovals="false", introducedBy="")
    ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{ports[theirs]}"
    folder = ET.Element("folder", id=FOLDER, label=FOLDER, path=str(path), type=kind,
                        rescanIntervalS="2", fsWatcherEnabled="true", fsWatcherDelayS="1",
                        ignorePerms="false", autoNormalize="true")
    ET.SubElement(folder, "filesystemType").text = "basic"
    for device_id in (me, other):
        ET.SubElement(folder, "device", id=device_id, introducedBy="")
    ET.SubElement(folder, "minDiskFree", unit="%").text = "0"
    root.insert(0, folder)
    tree.write(home / "config.xml")


def test_a_release_synced_by_syncthing_is_applied(tmp_path):
    editor, kiosk = tmp_path / "editor-folder", tmp_path / "kiosk-folder"
    for folder in (editor, kiosk):
        (folder / ".stfolder").mkdir(parents=True)
    made = release(tmp_path, "2026.12.05")
    shutil.copytree(made, editor, dirs_exist_ok=True)
    ports = {name: free_port() for name in ("editor", "kiosk", "editor-gui", "kiosk-gui")}
    ids = {name: generate(tmp_path / name) for name in ("editor", "kiosk")}
    configure(tmp_path / "editor", ids["editor"], ids["kiosk"], ports, "editor", "kiosk", editor,
              "sendonly")
    configure(tmp_path / "kiosk", ids["kiosk"], ids["editor"], ports, "kiosk", "editor", kiosk,
              "receiveonly")
    env = dict(os.environ, STNOUPGRADE="1", STNORESTART="1")
    procs = [subprocess.Popen(["syncthing", "serve", f"--home={tmp_path / name}", "--no-browser",
                               "--no-restart", "--no-upgrade"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) for name in ("editor", "kiosk")]
    try:
        store, deadline, outcome = tmp_path / "store", time.monotonic() + 180, None
        while time.monotonic() < deadline:
            outcome = follow(kiosk, store, ASSETS)  # as the kiosk's watcher does when files settle
            if outcome.current is not None:
                break
            time.sleep(1)
        assert outcome is not None and outcome.current == read_manifest(made).id, outcome
        assert outcome.refused is None
        assert (outcome.folder / "content.toml").read_text().count("2026.12.05") == 1
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)
