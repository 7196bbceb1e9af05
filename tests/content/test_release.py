"""Content releases without a display: a manifest that says what complete looks like, a
store that applies only complete, matching, valid releases and rolls back, and a watched
folder followed as a sync tool fills it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.fleet.inbox import follow
from kiosk.fleet.release import MANIFEST, Incomplete, ReleaseError, make_release, read_manifest, verified
from kiosk.fleet.store import ReleaseStore
from tests.conftest import ASSETS, DATA


def release(tmp_path: Path, version: str) -> Path:
    source = tmp_path / f"source-{version}"
    shutil.copytree(DATA, source)
    info = source / "content.toml"
    info.write_text(info.read_text(encoding="utf-8").replace('"2026.12.02"', f'"{version}"'),
                    encoding="utf-8")
    out = tmp_path / f"release-{version}"
    make_release(source, out, ASSETS)
    return out


def sync(release_folder: Path, inbox: Path, only: list[str] | None = None) -> list[str]:
    """Copy files in, as a sync tool does; returns what was copied."""
    names = sorted(p.relative_to(release_folder).as_posix() for p in release_folder.rglob("*") if p.is_file())
    names = [n for n in names if only is None or n in only]
    for name in names:
        (inbox / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(release_folder / name, inbox / name)
    return names


def test_a_release_lists_every_file_with_its_checksum(tmp_path):
    out = release(tmp_path, "2026.12.01")
    manifest = read_manifest(out)
    assert manifest.content_version == "2026.12.01" and manifest.id.startswith("2026.12.01-")
    assert "content.toml" in manifest.files and MANIFEST not in manifest.files
    assert len([n for n in manifest.files if n.startswith("milestones/")]) == 29
    assert set(verified(out, manifest)) == set(manifest.files)


def test_an_invalid_folder_is_not_released(content_copy, tmp_path, capsys):
    (content_copy / "categories.toml").write_text("[[category]]\nid = 1\n", encoding="utf-8")
    assert main(["release", str(content_copy), str(tmp_path / "out")]) == 1
    assert "does not validate" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_missing_or_damaged_files_are_named(tmp_path):
    out = release(tmp_path, "1")
    manifest = read_manifest(out)
    (out / "milestones" / "02-science-fund.toml").unlink()
    with pytest.raises(Incomplete, match="1 of 63 files are not there yet"):
        verified(out, manifest)
    shutil.copyfile(DATA / "milestones" / "03-sony-education-foundation.toml",
                    out / "milestones" / "02-science-fund.toml")
    with pytest.raises(ReleaseError, match="02-science-fund.toml does not match its checksum"):
        verified(out, manifest)


def test_a_manifest_cannot_point_outside_its_folder(tmp_path):
    out = release(tmp_path, "1")
    data = json.loads((out / MANIFEST).read_text())
    data["files"]["../../secret"] = {"sha256": "0" * 64, "size": 3}
    (out / MANIFEST).write_text(json.dumps(data))
    (tmp_path / "secret").write_text("abc")
    with pytest.raises(ReleaseError, match="secret"):
        verified(out, read_manifest(out))


def test_the_store_applies_complete_releases_and_rolls_back(tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "store"
    inbox.mkdir()
    (inbox / ".stfolder").mkdir()  # a Syncthing folder: wait for a whole release
    first, second = release(tmp_path, "1"), release(tmp_path, "2")

    outcome = follow(inbox, store, ASSETS)
    assert outcome.folder is None and "No release has been applied yet" in outcome.notes[-1]
    sync(first, inbox, only=[MANIFEST, "content.toml"])
    outcome = follow(inbox, store, ASSETS)
    assert outcome.folder is None and "files are not there yet" in " ".join(outcome.notes)
    sync(first, inbox)
    outcome = follow(inbox, store, ASSETS)
    assert outcome.applied == read_manifest(first).id and outcome.refused is None
    assert (outcome.folder / "content.toml").read_text().count('"1"') == 1

    sync(second, inbox)
    damaged = inbox / "milestones" / "10-creative-science-award.toml"
    damaged.write_bytes(damaged.read_bytes().replace(b"science", b"sciences"))
    outcome = follow(inbox, store, ASSETS)
    assert outcome.refused and "does not match its checksum" in outcome.refused
    assert outcome.current == read_manifest(first).id, "the last good release stays"

    sync(second, inbox)
    assert follow(inbox, store, ASSETS).current == read_manifest(second).id
    assert ReleaseStore(store).rollback() == read_manifest(first).id
    outcome = follow(inbox, store, ASSETS)
    assert outcome.current == read_manifest(first).id, "a release rolled back is not applied again"
    with pytest.raises(ReleaseError, match="no earlier release"):
        ReleaseStore(store).rollback()


def test_a_release_that_does_not_validate_is_refused(tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "store"
    source = tmp_path / "bad"
    shutil.copytree(DATA, source)
    out = tmp_path / "release"
    make_release(source, out, ASSETS)
    path = out / "milestones" / "05-sspa-us.toml"
    path.write_text(path.read_text().replace('category = "exchange"', 'category = "nope"'))
    data = json.loads((out / MANIFEST).read_text())  # re-signed: checksums match, content is bad
    from kiosk.fleet.release import digest

    body = path.read_bytes()
    data["files"]["milestones/05-sspa-us.toml"] = {"sha256": digest(body), "size": len(body)}
    (out / MANIFEST).write_text(json.dumps(data))
    shutil.copytree(out, inbox)
    outcome = follow(inbox, store, ASSETS)
    assert outcome.refused and "does not validate" in outcome.refused and outcome.folder is None
    assert not [p for p in Path(store).iterdir() if p.is_dir()], "nothing half-applied is kept"


def test_a_plain_folder_is_shown_as_it_is(content_copy, tmp_path):
    outcome = follow(content_copy, tmp_path / "store", ASSETS)
    assert outcome.folder == content_copy and outcome.notes == []
