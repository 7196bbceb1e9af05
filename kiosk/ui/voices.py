"""Which voice reads each language: asked of the speech engine in a process of its own.

`kiosk voices` prints it for an operator. The kiosk runs the same command just after its
first frame, so that it knows where to show a speaker button without loading a speech
engine (10 MB, and more than a second to start) into its own process: the engine loads
there only when a visitor first asks for a reading. A probe that fails or hangs costs the
kiosk nothing: its speaker buttons simply stay hidden.
"""

from __future__ import annotations

import json
import logging
import sys

from ..content.reading import chosen_voice, voice_locale

log = logging.getLogger(__name__)

# The platform's own engine when none is configured, best first; "mock" only when asked.
PLATFORM_ENGINES = ("winrt", "sapi", "darwin", "speechd", "flite")
_QUIET = "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.symbolsresolver.info=false"


def quiet_multimedia(extra: str = "") -> None:
    """QtMultimedia looks for PipeWire and warns of its absence on every machine without
    it; the kiosk's own log says what it found instead. `extra`: rules for a moment only."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(_QUIET + (f"\n{extra}" if extra else ""))


def engine_name(wanted: str, available: list[str]) -> str:
    """The engine to use: the configured one, else the platform's own ("" if none)."""
    return wanted or next((e for e in PLATFORM_ENGINES if e in available), "")


def choose(tts, languages, wishes: dict[str, str]) -> dict[str, tuple[str, str]]:
    """{language: (locale, voice name or "")} for each language the engine can speak."""
    from PySide6.QtCore import QLocale

    available = [locale.name() for locale in tts.availableLocales()]
    found: dict[str, tuple[str, str]] = {}
    for lang in languages:
        name = voice_locale(available, lang)
        if name is None:
            continue
        tts.setLocale(QLocale(name))
        voice = chosen_voice([v.name() for v in tts.availableVoices()], wishes.get(lang))
        if voice is None:
            log.warning("read-aloud: none of the voices %r for %s is installed", wishes.get(lang), name)
            continue
        found[lang] = (name, voice)
    return found


def probe(engine: str, languages: list[str], wishes: dict[str, str]) -> dict:
    """Start the engine here (this process exists for it) and list what it can read."""
    quiet_multimedia()
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return {"engine": "", "voices": {}, "problem": f"QtTextToSpeech cannot be loaded ({exc})"}
    name = engine_name(engine, QTextToSpeech.availableEngines())
    if name not in QTextToSpeech.availableEngines():
        return {"engine": name, "voices": {}, "problem": f"no speech engine {name or 'at all'} here"}
    tts = QTextToSpeech(name)
    if tts.state() == QTextToSpeech.State.Error:
        return {"engine": name, "voices": {}, "problem": tts.errorString() or "the engine failed"}
    return {"engine": name, "voices": {k: list(v) for k, v in choose(tts, languages, wishes).items()}}


def run(args) -> int:
    """`kiosk voices`: what read-aloud will use on this machine, for each language."""
    from ..config import default_config_path, load_config

    config, _warnings = load_config(args.config or default_config_path())
    languages = args.languages.split(",") if args.languages else ["en", "ja"]
    wishes = json.loads(args.wishes) if args.wishes else dict(config.voices)
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])  # plugins load through it
    found = probe(args.engine if args.engine is not None else config.speech_engine, languages, wishes)
    app.processEvents()
    if args.json:
        print(json.dumps(found, ensure_ascii=False), flush=True)
        return 0
    print(f"engine: {found['engine'] or 'none'}" + (f" ({found['problem']})" if "problem" in found else ""))
    for lang in languages:
        locale, voice = found["voices"].get(lang, (None, None))
        print(f"  {lang}: " + (f"{locale}, voice {voice or 'the engine’s default'}" if locale
                               else "no voice: the speaker buttons do not show in this language"))
    return 0 if found["voices"] else 1


def probe_command(engine: str, languages, wishes: dict[str, str]) -> list[str]:
    """This same kiosk, run as `kiosk voices --json` (frozen or from source)."""
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk"]
    return base + ["voices", "--json", "--engine", engine, "--languages", ",".join(languages),
                   "--wishes", json.dumps(wishes)]
