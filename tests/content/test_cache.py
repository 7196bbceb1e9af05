"""The validated-content cache: a speed-up that must never show stale or unchecked content."""

from __future__ import annotations

from kiosk.content.cache import load_cached
from tests.conftest import ASSETS


def test_unchanged_content_is_served_from_the_cache(content_copy, tmp_path):
    cache = tmp_path / "cache"
    first = load_cached(content_copy, ASSETS, cache)
    assert first.ok and len(list(cache.glob("*.pickle"))) == 1
    second = load_cached(content_copy, ASSETS, cache)
    assert second.ok and second.content == first.content


def test_any_edit_means_a_full_load(content_copy, tmp_path):
    cache = tmp_path / "cache"
    load_cached(content_copy, ASSETS, cache)
    path = content_copy / "milestones" / "05-sspa-us.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("About 500 students", "About 501 students"),
                    encoding="utf-8")
    result = load_cached(content_copy, ASSETS, cache)
    assert "About 501 students" in result.content.milestone("sspa-us").text("en").story


def test_invalid_content_is_never_cached(content_copy, tmp_path):
    cache = tmp_path / "cache"
    path = content_copy / "milestones" / "05-sspa-us.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('category = "exchange"', 'category = "x"'),
                    encoding="utf-8")
    assert not load_cached(content_copy, ASSETS, cache).ok
    assert not load_cached(content_copy, ASSETS, cache).ok
    assert not list(cache.glob("*.pickle"))


def test_a_corrupt_cache_is_ignored(content_copy, tmp_path):
    cache = tmp_path / "cache"
    load_cached(content_copy, ASSETS, cache)
    [pickle_file] = cache.glob("*.pickle")
    pickle_file.write_bytes(b"\x80\x05garbage")
    assert load_cached(content_copy, ASSETS, cache).ok
