"""The operator's settings: one TOML file, every key optional, typed and documented.

A bad value falls back to its default with a warning; an unreadable file means all
defaults. Nothing here may stop the kiosk from starting. Plain Python, no Qt.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Callable

from .content.languages import is_code

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Key:
    """One setting: its default, what it means, and how a value is checked and read."""

    name: str
    default: Any
    doc: str
    check: Callable[[Any], bool]
    convert: Callable[[Any], Any] = lambda v: v


def _seconds(low: float, high: float) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and low <= v <= high


def _is_bool(v: Any) -> bool:
    return isinstance(v, bool)


def _folder_or_empty(v: Any) -> bool:
    return isinstance(v, str)


def _optional_path(v: str) -> Path | None:
    return Path(v).expanduser() if v else None


JAPANESE_VOICES = "mei, Haruka, Ayumi, Ichiro, Sayaka, Nanami"

KEYS: tuple[Key, ...] = (
    Key("idle_seconds", 90, "Seconds without a touch before the \"Still there?\" countdown (14-600).",
        _seconds(14, 600)),
    Key("countdown_seconds", 20, "Length of the \"Still there?\" countdown; at least 20 (WCAG 2.2.1).",
        _seconds(20, 120)),
    Key("default_language", "", 'Language after start and after every reset, one of the '
        'content\'s languages ("en", "ja"); empty, or a language the content lacks, means the '
        "content's default_language.", lambda v: v == "" or is_code(v)),
    Key("content_folder", "", "Content folder to show; empty means the bundled data/. If it is "
        "invalid, the bundled content is shown and the admin status says why.", _folder_or_empty,
        _optional_path),
    Key("lockdown", True, "Full screen, frameless, on top; close keys and gestures do nothing. "
        "--windowed overrides it.", _is_bool),
    Key("hide_cursor", True, "Hide the mouse cursor (a touch-only screen); applies in lockdown.",
        _is_bool),
    Key("reduced_motion", False, "Calm motion from the start of each visit: the attract tour "
        "cross-fades, a card appears in place, nothing slides. Visitors can turn it on or off "
        "for their visit.", _is_bool),
    Key("high_contrast", False, "Each visit starts in the high-contrast theme (white on black, "
        "every text at least 7:1). Visitors can turn it on or off for their visit.", _is_bool),
    Key("text_size", 100, "The text size each visit starts at, in per cent: 100, 130 or 160. "
        "Visitors can change it for their visit.", lambda v: v in (100, 130, 160)),
    Key("read_aloud", False, "Each visit starts with read-aloud on: every detail card is read "
        "as it opens. The speaker buttons show either way, where a voice exists; visitors can "
        "turn it on or off for their visit.", _is_bool),
    Key("speech_engine", "", 'The voice engine for read-aloud: empty means the platform\'s own '
        '(speech-dispatcher on Linux, WinRT on Windows); "speechd", "sapi", "winrt" or "flite" '
        'choose one; "none" turns read-aloud off.',
        lambda v: isinstance(v, str) and re.fullmatch(r"[a-z]{0,20}", v) is not None),
    Key("voices", {"ja": JAPANESE_VOICES}, 'Which voice reads each language, as {ja = "names"}: '
        "the first installed voice whose name contains one of the comma-separated names. A "
        "language listed with none of its voices installed shows no speaker button; a language "
        "not listed takes the engine's own voice for it. Japanese asks for Open JTalk's Mei "
        "(Linux) or a Microsoft Japanese voice (Windows): espeak-ng reads every kanji as "
        '"Chinese letter".', lambda v: isinstance(v, dict) and all(
            isinstance(k, str) and isinstance(x, str) for k, x in v.items()),
        lambda v: tuple(sorted(v.items()))),
    Key("sound", True, "Soft tones for a touch on a button, a card opening and closing, a filter, "
        "the language switch and the countdown (never during the attract tour). Visitors can "
        "silence them for their visit; false loads no sound at all.", _is_bool),
    Key("sound_volume", 60, "The tones' volume, in per cent of the system's (0-100).",
        lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 100),
    Key("qr_codes", True, "Show a QR code with \"Scan to read more\" on each card whose milestone "
        "has a url; false hides them all.", _is_bool),
    Key("controls_at_top", False, "On a portrait screen the chips, the language switch and the "
        "arrows sit in the lower half, within a wheelchair user's and a child's reach; set true "
        "for a screen mounted low, to keep them at the top.", _is_bool),
    Key("timeline_direction", "auto", 'Which way time runs: "auto" runs it down a screen taller '
        'than it is wide and across any other; "down" or "across" fixes it.',
        lambda v: v in ("auto", "down", "across")),
    Key("attract_seconds", 6, "Seconds each milestone stays in view during the attract tour (3-60).",
        _seconds(3, 60)),
    Key("admin_hold_seconds", 3, "How long a finger must rest on the top-left corner to open the "
        "operator PIN pad (1-10 s).", _seconds(1, 10)),
    Key("admin_pin_file", "", "Where `kiosk set-pin` keeps the PIN's salted hash; empty means "
        "admin-pin in the config folder.", _folder_or_empty, _optional_path),
    Key("log_folder", "", "Where kiosk.log and crash.log go; empty means the platform's log "
        "folder.", _folder_or_empty, _optional_path),
    Key("log_max_kb", 1024, "Size of one log file before it rotates (64-65536 KB); 5 old files "
        "are kept.", lambda v: isinstance(v, int) and not isinstance(v, bool) and 64 <= v <= 65536),
    Key("analytics", True, "Keep the anonymous engagement log (sessions, cards opened, filters, "
        "language) on this device, for `kiosk stats` and the admin screen. Nothing is sent "
        "anywhere.", _is_bool),
    Key("analytics_folder", "", "Where engagement.sqlite3 goes; empty means the platform's data "
        "folder.", _folder_or_empty, _optional_path),
    Key("analytics_keep_days", 365, "Engagement rows older than this many days are deleted "
        "(1-3650).", lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 3650),
    Key("kiosk_name", "", "This kiosk's name in a fleet (letters, digits, . _ -): the health "
        "file's label and the name of its engagement export; empty means the computer's name.",
        lambda v: v == "" or (isinstance(v, str) and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,59}", v)
                              is not None)),
    Key("release_store", "", "Where the kiosk keeps the content releases it has applied (the "
        "current one and two to roll back to); empty means releases/ in the platform's data "
        "folder.", _folder_or_empty, _optional_path),
    Key("health_file", "", "A file the kiosk rewrites every minute in Prometheus's text format, "
        "for node_exporter's textfile collector (for example /var/lib/prometheus/node-exporter/"
        "kiosk.prom); empty means none.", _folder_or_empty, _optional_path),
    Key("fleet_folder", "", "A shared or synced folder the engagement log is copied to every "
        "hour, as <kiosk_name>.sqlite3, for `kiosk stats --fleet`; empty means none.",
        _folder_or_empty, _optional_path),
)


@dataclass(frozen=True)
class Config:
    """The operator's settings: a bad value falls back to its default, with a log line."""

    idle_seconds: float = 90
    countdown_seconds: float = 20
    default_language: str = ""
    content_folder: Path | None = None
    lockdown: bool = True
    hide_cursor: bool = True
    reduced_motion: bool = False
    high_contrast: bool = False
    text_size: int = 100
    read_aloud: bool = False
    speech_engine: str = ""
    voices: tuple[tuple[str, str], ...] = (("ja", JAPANESE_VOICES),)
    sound: bool = True
    sound_volume: int = 60
    qr_codes: bool = True
    controls_at_top: bool = False
    timeline_direction: str = "auto"
    attract_seconds: float = 6
    admin_hold_seconds: float = 3
    admin_pin_file: Path | None = None
    log_folder: Path | None = None
    log_max_kb: int = 1024
    analytics: bool = True
    analytics_folder: Path | None = None
    analytics_keep_days: int = 365
    kiosk_name: str = ""
    release_store: Path | None = None
    health_file: Path | None = None
    fleet_folder: Path | None = None

    @property
    def name(self) -> str:
        """The kiosk's name in the fleet: the configured one, else the host's."""
        import socket

        host = re.sub(r"[^A-Za-z0-9._-]+", "-", socket.gethostname()).strip("-.") or "kiosk"
        return self.kiosk_name or host[:60]

    @property
    def releases(self) -> Path:
        return self.release_store or default_analytics_folder() / "releases"


assert [k.name for k in KEYS] == [f.name for f in fields(Config)], "every key has one doc"


def load_config(path: Path | None) -> tuple[Config, list[str]]:
    """The settings in `path` (defaults where missing or wrong), and what was wrong."""
    warnings: list[str] = []
    config = Config()
    if path is None or not Path(path).exists():
        return config, warnings
    import tomllib  # only when there is a file to read: it is on the start-up path

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        warnings.append(f"{path}: cannot be read ({exc}); using every default.")
        return config, _logged(warnings)
    known = {k.name: k for k in KEYS}
    values = {}
    for name, value in data.items():
        key = known.get(name)
        if key is None:
            warnings.append(f"{path}: unknown setting {name!r} ignored (known: {', '.join(known)}).")
        elif not key.check(value):
            warnings.append(f"{path}: {name} = {value!r} is not valid; using the default "
                            f"{key.default!r}. {key.doc}")
        else:
            values[name] = key.convert(value)
    return replace(config, **values), _logged(warnings)


def _logged(warnings: list[str]) -> list[str]:
    for warning in warnings:
        log.warning(warning)
    return warnings


def default_analytics_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("sony-timeline-kiosk", appauthor=False))


def default_config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("sony-timeline-kiosk", appauthor=False)) / "config.toml"
