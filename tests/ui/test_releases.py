"""A kiosk whose content folder receives releases, file by file as a sync tool delivers
them: it shows a release only once complete, refuses a damaged one and says why on the
admin screen, and `kiosk rollback` takes it back one release."""

from __future__ import annotations

from PySide6.QtTest import QTest

from kiosk.cli import main
from kiosk.config import Config
from kiosk.fleet.inbox import follow
from kiosk.fleet.release import MANIFEST, read_manifest
from kiosk.pin import save_pin
from tests.conftest import ASSETS
from tests.content.test_release import release, sync
from tests.ui.test_admin import admin_button, enter, hold_corner
from tests.ui.touch import tap

SETTLE_WAIT = 2600  # longer than the watcher's settle time: the kiosk looks at a half folder


def shown(window) -> str:
    return window.controller.content.info.content_version


def pending(window) -> str | None:
    return window.controller.pending.info.content_version if window.controller.pending else None


def next_reset(qtbot, window) -> None:
    """A visitor touches the screen and walks away: the idle reset that follows."""
    tap(window.title)
    qtbot.waitUntil(lambda: window.controller.idle.state == "active", timeout=2000)
    qtbot.waitUntil(lambda: window.controller.idle.state == "attract", timeout=10000)


def notes(window) -> str:
    release = window.controller.release
    return " ".join(release.notes) if release else ""


def test_releases_arrive_file_by_file_and_roll_back(qtbot, make_window, tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "store"
    inbox.mkdir()
    (inbox / ".stfolder").mkdir()
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'content_folder = "{inbox}"\nrelease_store = "{store}"\n')
    config = Config(idle_seconds=3, countdown_seconds=0.3, content_folder=inbox, release_store=store)
    window = make_window(config=config)
    first, second, damaged = (release(tmp_path, v) for v in ("2026.12.01", "2026.12.02", "2026.12.03"))

    files = sync(first, inbox, only=[MANIFEST, "content.toml", "categories.toml"])
    for name in sorted(p.relative_to(first).as_posix() for p in (first / "milestones").iterdir())[:10]:
        sync(first, inbox, only=[name])
        files.append(name)
        QTest.qWait(20)  # a sync tool's pace
    QTest.qWait(SETTLE_WAIT)
    qtbot.waitUntil(lambda: "not there yet" in notes(window), timeout=8000)
    assert pending(window) is None and shown(window) == "2026.12.02", "half a release: never shown"

    sync(first, inbox)
    qtbot.waitUntil(lambda: pending(window) == "2026.12.01", timeout=8000)
    assert shown(window) == "2026.12.02", "not under a visitor's finger: at the next reset"
    next_reset(qtbot, window)
    assert shown(window) == "2026.12.01"

    sync(second, inbox)
    qtbot.waitUntil(lambda: pending(window) == "2026.12.02", timeout=8000)
    next_reset(qtbot, window)
    assert shown(window) == "2026.12.02"

    sync(damaged, inbox)
    broken = inbox / "milestones" / "05-sspa-us.toml"
    broken.write_bytes(broken.read_bytes().replace(b"students", b"pupils"))
    qtbot.waitUntil(lambda: window.controller.release is not None
                    and window.controller.release.refused is not None, timeout=8000)
    status = " ".join(window.operator.status_lines())
    assert f"Release {read_manifest(damaged).id} refused" in status
    assert "05-sspa-us.toml does not match its checksum" in status
    assert pending(window) is None and shown(window) == "2026.12.02"

    assert main(["--config", str(config_file), "rollback"]) == 0
    qtbot.waitUntil(lambda: pending(window) == "2026.12.01", timeout=8000)
    next_reset(qtbot, window)
    assert shown(window) == "2026.12.01"
    assert f"Release {read_manifest(first).id}" in " ".join(window.operator.status_lines())


def test_the_admin_screen_rolls_back_one_release(qtbot, make_window, tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "store"
    inbox.mkdir()
    for version in ("2026.12.01", "2026.12.02"):
        sync(release(tmp_path, version), inbox)
        assert follow(inbox, store, ASSETS).refused is None
    save_pin(tmp_path / "pin", "2468")
    config = Config(admin_hold_seconds=0.3, admin_pin_file=tmp_path / "pin", content_folder=inbox,
                    release_store=store)
    window = make_window(config=config)
    hold_corner(qtbot, window)
    enter(qtbot, window, "2468")
    qtbot.waitUntil(lambda: window.operator.screen is not None and window.operator.screen.isVisible())
    tap(admin_button(window, "rollback"))
    qtbot.waitUntil(lambda: shown(window) == "2026.12.01", timeout=8000)
    assert "can roll back" not in " ".join(window.operator.status_lines())
    qtbot.waitUntil(lambda: not window.operator.screen.isVisible())  # home, as after a reload
    hold_corner(qtbot, window)
    enter(qtbot, window, "2468")
    qtbot.waitUntil(window.operator.screen.isVisible)
    tap(admin_button(window, "rollback"))
    qtbot.waitUntil(lambda: "Cannot roll back: there is no earlier release" in
                    window.operator.screen.status.text(), timeout=8000)
    assert shown(window) == "2026.12.01"
