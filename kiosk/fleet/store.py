"""The kiosk's own copy of the releases it has applied, so that what it shows never
changes under it while a sync tool writes the next one, and so that there is always a last
good release to go back to.

    store/
      <release id>/        a verified, validated release (its files and its manifest)
      state.json           {"history": [ids, oldest first], "current": id, "skipped": [ids]}

A release is copied in from the watched folder only once every file matches the manifest
(each read once, checked, and written from those same bytes), validated there, and only
then named current. `rollback()` moves back one release and remembers the one it left, so
that the same release is not applied again just because it is still in the watched folder.
Plain Python, no Qt; every write is atomic.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from ..atomic import write_atomic
from .release import MANIFEST, Manifest, ReleaseError, manifest_text, read_manifest, verified

KEEP = 3  # releases kept on disk: the current one and two to roll back to
STATE = "state.json"


class ReleaseStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # --- state --------------------------------------------------------------------------
    def _state(self) -> dict:
        try:
            data = json.loads((self.root / STATE).read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("history"), list):
                return data
        except (OSError, ValueError):
            pass
        return {"history": [], "current": None, "skipped": []}

    def _save(self, state: dict) -> None:
        # A power cut leaves the old state or the new, never half.
        write_atomic(self.root / STATE, json.dumps(state, indent=1), durable=True)

    def current(self) -> str | None:
        current = self._state().get("current")
        return current if current and (self.root / current / MANIFEST).is_file() else None

    def current_folder(self) -> Path | None:
        current = self.current()
        return self.root / current if current else None

    def history(self) -> list[str]:
        return [r for r in self._state()["history"] if (self.root / r / MANIFEST).is_file()]

    def is_skipped(self, release_id: str) -> bool:
        return release_id in self._state().get("skipped", [])

    # --- applying and rolling back ------------------------------------------------------
    def wanted(self, inbox: Path) -> Manifest | None:
        """The watched folder's release if it is one this store has not applied or skipped;
        raises ReleaseError while the folder holds no readable manifest."""
        manifest = read_manifest(inbox)
        state = self._state()
        if manifest.id == state.get("current") or manifest.id in state.get("skipped", []):
            return None
        return manifest

    def apply(self, inbox: Path, manifest: Manifest,
              check: Callable[[Path], list[str]]) -> Path:
        """Copy the release in, verified; `check(folder)` validates it and returns its
        problems. Only a release that passes becomes current. Raises ReleaseError."""
        data = verified(inbox, manifest)
        self.root.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.root))
        try:
            for rel, content in data.items():
                target = work / os.path.normpath(rel)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
            (work / MANIFEST).write_text(manifest_text(manifest), encoding="utf-8")
            problems = check(work)
            if problems:
                raise ReleaseError(f"it does not validate ({len(problems)} problem(s); first: "
                                   f"{problems[0]}).")
            final = self.root / manifest.id
            if final.exists():
                shutil.rmtree(final)
            os.replace(work, final)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        state = self._state()
        state["history"] = [r for r in state["history"] if r != manifest.id] + [manifest.id]
        state["current"] = manifest.id
        self._save(state)
        self._prune(state)
        return final

    def rollback(self) -> str:
        """Go back one release; returns the id now current. Raises ReleaseError if there is
        none to go back to."""
        state = self._state()
        history = [r for r in state["history"] if (self.root / r / MANIFEST).is_file()]
        current = state.get("current")
        if current not in history or history.index(current) == 0:
            raise ReleaseError("there is no earlier release to go back to.")
        earlier = history[history.index(current) - 1]
        state["skipped"] = (state.get("skipped", []) + [current])[-20:]
        state["history"] = history[: history.index(current)]
        state["current"] = earlier
        self._save(state)
        shutil.rmtree(self.root / current, ignore_errors=True)
        return earlier

    def _prune(self, state: dict) -> None:
        keep = set(state["history"][-KEEP:])
        for path in self.root.iterdir():
            if path.is_dir() and path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)
        if len(state["history"]) > KEEP:
            state["history"] = state["history"][-KEEP:]
            self._save(state)
