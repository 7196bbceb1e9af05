"""The running kiosk writes its health file for Prometheus, and the fleet export, on its own."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families

from kiosk.config import Config


def test_the_kiosk_writes_its_health_file(qtbot, make_window, tmp_path):
    path = tmp_path / "metrics" / "kiosk.prom"
    window = make_window(config=Config(health_file=path, kiosk_name="lobby-1"))
    qtbot.waitUntil(path.exists, timeout=10000)
    families = {f.name: f for f in text_string_to_metric_families(path.read_text())}
    [info] = families["kiosk_info"].samples
    assert info.labels["kiosk"] == "lobby-1"
    assert info.labels["content_version"] == window.content.info.content_version
    assert families["kiosk_content_problems"].samples[0].value == 0
    assert families["kiosk_release_refused"].samples[0].value == 0
    assert families["kiosk_memory_rss_bytes"].samples[0].value > 10e6


def test_with_no_fleet_settings_nothing_runs(window):
    assert window.fleet is None
