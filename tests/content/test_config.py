"""Operator settings: defaults, documented keys, and a bad file never blocking start."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import KEYS, Config, load_config
from tests.conftest import ROOT


def test_missing_file_means_defaults(tmp_path):
    assert load_config(tmp_path / "none.toml") == (Config(), [])
    assert load_config(None) == (Config(), [])


def test_valid_values_are_used(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('idle_seconds = 45\ndefault_language = "en"\ncontent_folder = "/srv/content"\n'
                    "reduced_motion = true\n", encoding="utf-8")
    config, warnings = load_config(path)
    assert warnings == []
    assert config.idle_seconds == 45 and config.default_language == "en"
    assert config.content_folder == Path("/srv/content") and config.reduced_motion


def test_a_bad_value_falls_back_to_its_default_with_a_warning(tmp_path, caplog):
    path = tmp_path / "config.toml"
    path.write_text('idle_seconds = 2\ncountdown_seconds = "soon"\nlockdown = "yes"\n'
                    "idle_secs = 30\n", encoding="utf-8")
    config, warnings = load_config(path)
    assert config.idle_seconds == 90 and config.countdown_seconds == 20 and config.lockdown is True
    assert len(warnings) == 4
    assert any("idle_seconds = 2 is not valid" in w for w in warnings)
    assert any("unknown setting 'idle_secs'" in w for w in warnings)
    assert "idle_seconds = 2" in caplog.text, "each warning is logged"


def test_a_broken_file_means_all_defaults(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b"idle_seconds = [\n\xff")
    config, warnings = load_config(path)
    assert config == Config()
    assert len(warnings) == 1 and "cannot be read" in warnings[0]


def test_every_key_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [k.name for k in KEYS if f"`{k.name}`" not in readme]
    assert not missing, f"README lacks: {missing}"
