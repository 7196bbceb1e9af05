"""Hostile content folders, made in the test (nothing large is committed), and a runner
that starts the real kiosk on one while auditing every file Python opens."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import DATA, ROOT
from tests.content.pictures import png, svg, use_bomb

MILESTONE = "milestones/11-sony-foundation-australia.toml"

# Runs the kiosk (or `kiosk validate`) as CI would, recording every path Python opens, and
# the peak memory, for the test to check after it ends.
AUDITED = """
import atexit, json, os, sys
opened = set()
def audit(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        opened.add(os.fsdecode(args[0]))
sys.addaudithook(audit)
def report():
    # VmHWM: this process's own peak. (ru_maxrss would include the test runner's memory at
    # the fork, which Linux carries across exec.)
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    with open(os.environ["AUDIT_REPORT"], "w") as fh:
        json.dump({"opened": sorted(opened), "peak_mb": peak_kb / 1024}, fh)
atexit.register(report)
from kiosk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def edit(folder: Path, rel: str, old: str, new: str) -> None:
    path = folder / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def set_image(folder: Path, rel: str) -> None:
    """The milestone's picture becomes `rel`, with a credit in each language as a
    photograph needs, so that the only problem left is the file itself."""
    path = folder / MILESTONE
    text = re.sub(r'^image = ".*"$', lambda _m: f'image = "{rel}"', path.read_text("utf-8"),
                  count=1, flags=re.M)
    text = text.replace("\nimage_alt = ", '\nimage_credit = "Photo: a test"\nimage_alt = ')
    path.write_text(text, encoding="utf-8")


def set_icon(folder: Path, name: str) -> None:
    edit(folder, "categories.toml", 'icon = "sports.svg"', f'icon = "{name}"')


def put(folder: Path, rel: str, data: bytes) -> None:
    (folder / rel).parent.mkdir(parents=True, exist_ok=True)
    (folder / rel).write_bytes(data)


def link(folder: Path, rel: str, target: str | Path) -> None:
    (folder / rel).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, folder / rel)


def text_field(folder: Path, field: str, value: str) -> None:
    """Set the English `field` of one milestone (a TOML basic string, escapes allowed)."""
    path = folder / MILESTONE
    text = path.read_text(encoding="utf-8")
    text = re.sub(rf'(?m)^{field} = ".*"$', lambda _m: f'{field} = "{value}"', text, count=1)
    path.write_text(text, encoding="utf-8")


def make(kind: str, base: Path) -> tuple[Path, Path]:
    """The content folder for `kind`, and a secret folder beside it that nothing may open."""
    secret = base / "secret"
    secret.mkdir()
    (secret / "secret.png").write_bytes(png(8, 8))
    (secret / "icon.svg").write_bytes(svg('<circle r="40"/>'))
    milestone = (DATA / MILESTONE).read_text(encoding="utf-8").replace(
        'id = "sony-foundation-australia"', 'id = "secret-id"')
    (secret / "milestone.toml").write_text(milestone, encoding="utf-8")
    folder = base / "content"
    if kind == "folder-link-loop":
        os.symlink(base / "content", folder)
        return folder, secret
    shutil.copytree(DATA, folder)
    CASES[kind](folder, secret)
    return folder, secret


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as fh:
        fh.truncate(size)  # a hole: no disk used, but stat says `size`


CASES = {
    "image-link-loop": lambda f, s: (link(f, "images/loop.png", "loop.png"), set_image(f, "images/loop.png")),
    "pipe-milestone": lambda f, s: os.mkfifo(f / "milestones/50-pipe.toml"),
    "dev-zero-milestone": lambda f, s: link(f, "milestones/50-zero.toml", "/dev/zero"),
    "svg-use-bomb": lambda f, s: (put(f, "images/bomb.svg", use_bomb()), set_image(f, "images/bomb.svg")),
    "svg-use-bomb-icon": lambda f, s: (put(f, "icons/bomb.svg", use_bomb()), set_icon(f, "bomb.svg")),
    "svg-outside-image": lambda f, s: (
        put(f, "images/peek.svg", svg(f'<image xlink:href="{s / "secret.png"}" width="100" height="100"/>')),
        set_image(f, "images/peek.svg")),
    "svg-entities": lambda f, s: (
        put(f, "images/lol.svg", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">'
            b'<text>&b;</text></svg>'),
        set_image(f, "images/lol.svg")),
    "icon-absolute": lambda f, s: set_icon(f, str(s / "icon.svg")),
    "icon-link-to-passwd": lambda f, s: (link(f, "icons/x.svg", "/etc/passwd"), set_icon(f, "x.svg")),
    "milestone-linked-outside": lambda f, s: link(f, "milestones/50-outside.toml", s / "milestone.toml"),
    "image-outside-path": lambda f, s: set_image(f, "../secret/secret.png"),
    "pixel-bomb": lambda f, s: (put(f, "images/big.png", png(7900, 7900)), set_image(f, "images/big.png")),
    "unreadable-image": lambda f, s: (put(f, "images/bad.png", b"\x89PNG\r\n\x1a\n" + os.urandom(200)),
                                      set_image(f, "images/bad.png")),
    "huge-milestone": lambda f, s: _sparse(f / "milestones/50-huge.toml", 200 * 2**20),
    "huge-unreferenced": lambda f, s: _sparse(f / "notes.bin", 2**30),
    "largest-allowed-picture": lambda f, s: (put(f, "images/photo.png", png(4096, 4096)),
                                             set_image(f, "images/photo.png")),
    "bidi-override": lambda f, s: text_field(f, "title", "\\u202eSony Foundation"),
    "control-characters": lambda f, s: text_field(f, "caption", "Bell\\u0007 and escape\\u001b[2J"),
    "combining-stack": lambda f, s: text_field(f, "title", "Z" + "\\u0334" * 40 + "algo"),
    "newlines": lambda f, s: text_field(f, "title", "Tall" + "\\n" * 66 + "title"),
    "long-label": lambda f, s: edit(f, "categories.toml", 'en = "Sports"', f'en = "{"Sports " * 7000}"'),
    "long-lists": lambda f, s: edit(f, MILESTONE, "see_also = []", 'see_also = ["eye-see", "ttec-founded", '
                                    '"science-fund", "dream-goal-2010", "dream-goal-2014", "kando-program"]'),
    "low-contrast": lambda f, s: edit(f, "categories.toml", 'colour = "#0072B2"', 'colour = "#123456"'),
    "utf16-categories": lambda f, s: (f / "categories.toml").write_bytes(
        (f / "categories.toml").read_text(encoding="utf-8").encode("utf-16")),
    "hostile-id": lambda f, s: edit(f, MILESTONE, 'id = "sony-foundation-australia"',
                                    'id = "x\\u001b[2K\\rOK data: all good"'),
    "successor-is-itself": lambda f, s: edit(f, "milestones/20-sony-science-program.toml",
                                             'successor = "curiostep"', 'successor = "sony-science-program"'),
}


def run_audited(args: list[str], tmp: Path, timeout: float) -> tuple[subprocess.CompletedProcess, dict, float]:
    (tmp / "audit").mkdir(exist_ok=True)
    report = tmp / "audit" / f"{time.monotonic_ns()}.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AUDIT_REPORT=str(report),
               XDG_CACHE_HOME=str(tmp / "cache"), XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "data"), XDG_STATE_HOME=str(tmp / "state"))
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", AUDITED, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)
    took = time.monotonic() - start
    audit = json.loads(report.read_text()) if report.exists() else {"opened": [], "peak_mb": 0}
    return done, audit, took


def outside_opens(opened: list[str], allowed: list[Path]) -> list[str]:
    """Opened paths that lie in none of the allowed folders."""
    roots = [os.path.realpath(p) for p in allowed]
    bad = []
    for path in opened:
        real = os.path.realpath(path)
        if not any(real == r or real.startswith(r + os.sep) for r in roots):
            bad.append(path)
    return bad
