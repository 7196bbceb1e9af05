"""Content is untrusted input: each hostile folder is refused by `kiosk validate` with a
plain message, and a real start on it ends on a screen (that content, or the bundled one)
within seconds and bounded memory, without opening anything outside the content and the
kiosk's own folders. Every folder is generated here; nothing large is committed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from kiosk.content import files, images
from tests.conftest import ROOT
from tests.content.pictures import png, use_bomb
from tests.hostile import CASES, make, outside_opens, run_audited

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="links, pipes and /dev are POSIX")

# What `kiosk validate` must say for each case (in its output, one of these phrases).
REFUSED = {
    "folder-link-loop": "link loop",
    "image-link-loop": "link loop",
    "pipe-milestone": "not a regular file",
    "dev-zero-milestone": "points outside the content folder",
    "svg-use-bomb": "copy each other without end",
    "svg-use-bomb-icon": "copy each other without end",
    "svg-outside-image": "only shapes, text and gradients",
    "svg-entities": "document type or entities",
    "icon-absolute": "must be the file name of an SVG icon",
    "icon-link-to-passwd": "points outside the content folder",
    "milestone-linked-outside": "points outside the content folder",
    "image-outside-path": "points outside the content folder",
    "pixel-bomb": "7900×7900 pixels",
    "unreadable-image": "not a readable PNG",
    "huge-milestone": "is too large",
    "bidi-override": "text-direction control U+202E",
    "control-characters": "control character U+0007",
    "combining-stack": "combining marks",
    "newlines": "has a line break",
    "long-label": "too long",
    "long-lists": "6 entries; 4 at most",
    "low-contrast": "too dark",
    "utf16-categories": "saved as UTF-16",
    "hostile-id": "the id must",
    "successor-is-itself": "cannot be its own successor",
}
# Nothing wrong with these: they are shown, with the card of the milestone that has the
# picture open (decoded at the size it is shown, not at 4096×4096).
SHOWN = {"huge-unreferenced", "largest-allowed-picture"}
assert set(REFUSED) | SHOWN == set(CASES) | {"folder-link-loop"}

RAW_CONTROLS = [chr(c) for c in range(32) if chr(c) not in "\n\t"] + ["\x7f", "\u202e"]
FALLBACK = "is not valid; showing the bundled content"


def allowed_folders(folder: Path, tmp: Path) -> list[Path]:
    """Where the kiosk may read: its content, its own files and Python, its own cache."""
    return [folder, ROOT, Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix),
            tmp / "cache", tmp / "config", tmp / "data", tmp / "state", tmp / "audit",
            Path("/proc/self"),
            Path("/dev/null"), Path("/dev/urandom"),
            Path("/etc/localtime"), Path("/usr/share/zoneinfo"), Path("/etc/ld.so.cache")]


@pytest.mark.parametrize("kind", sorted(REFUSED) + sorted(SHOWN))
def test_hostile_folder_is_refused_plainly_and_the_kiosk_still_starts(kind, tmp_path):
    folder, secret = make(kind, tmp_path)
    allowed = allowed_folders(folder, tmp_path)

    done, audit, took = run_audited(["validate", str(folder)], tmp_path, timeout=60)
    output = done.stdout + done.stderr
    assert "Traceback" not in output
    assert not [c for c in RAW_CONTROLS if c in output], "no raw control character reaches a terminal"
    if kind in SHOWN:
        assert done.returncode == 0, output
    else:
        assert done.returncode == 1, output
        assert REFUSED[kind] in output, output
    assert "secret-id" not in output, "nothing from outside the folder is read, or told"
    assert took < 10, f"validate took {took:.1f} s"
    assert not outside_opens(audit["opened"], allowed), outside_opens(audit["opened"], allowed)

    shot = tmp_path / "shot.png"
    opened_card = ["--open", "sony-foundation-australia"] if kind in SHOWN else []
    done, audit, took = run_audited(["--screenshot", str(shot), "--size", "1280x800",
                                     "--content", str(folder), *opened_card], tmp_path, timeout=60)
    assert done.returncode == 0 and shot.stat().st_size > 10_000, done.stderr[-2000:]
    assert took < 10, f"the start took {took:.1f} s to reach a screen"
    assert audit["peak_mb"] < 300, f"peak RSS {audit['peak_mb']:.0f} MB"
    assert (FALLBACK in done.stderr) == (kind not in SHOWN), done.stderr[-2000:]
    assert not outside_opens(audit["opened"], allowed), outside_opens(audit["opened"], allowed)
    assert not [p for p in audit["opened"] if str(secret) in p or p in ("/etc/passwd", "/dev/zero")]


@pytest.mark.parametrize("bomb", ["svg", "png"])
def test_bombs_are_refused_within_two_seconds(bomb):
    data = use_bomb(12) if bomb == "svg" else png(7900, 7900)
    start = time.monotonic()
    problem = images.problem(data, f".{bomb}")
    assert problem and time.monotonic() - start < 2


def test_a_file_is_refused_by_its_size_before_it_is_read(tmp_path, monkeypatch):
    (tmp_path / "big.toml").write_bytes(b"x" * (files.MAX_TOML_BYTES + 1))
    opened = []
    real_open = files.os.open
    monkeypatch.setattr(files.os, "open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    with pytest.raises(files.Refused, match="too large"):
        files.read_bytes(tmp_path.resolve(), "big.toml", files.MAX_TOML_BYTES)
    assert opened == [], "stat said no; the file was never opened"
