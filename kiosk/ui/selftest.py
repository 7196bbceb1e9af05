"""`kiosk --self-test`: prove that a built bundle (or a checkout) has everything it shows.

Loads and fully validates the bundled content, renders every icon, registers every font
and checks it covers every character of the content and the translations, loads each
translation catalogue, checks Qt can read every image format content may use, writes and
reads back an engagement log in a temporary folder (sqlite3 must be in the bundle), checks
the operator's PIN hashing (OpenSSL's scrypt), Qt's locale data for both languages and
ICU's line breaking of an English and a Japanese line (the Linux bundle carries a trimmed
ICU), and renders the real window offscreen. Prints one
line; exit 0 only if all of it worked, else non-zero naming what is missing.
"""

from __future__ import annotations

import os
import sys


def run_self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTranslator, qInstallMessageHandler
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from .. import paths
    from ..content.loader import load_content
    from .fonts import FONT_FILES, JAPANESE, LATIN
    from .i18n import qm_file
    from .icons import icon_pixmap

    qInstallMessageHandler(_print_unless_offscreen_notice)
    app = QApplication.instance() or QApplication([])
    missing: list[str] = []
    result = load_content(paths.bundled_content(), paths.assets())
    if not result.ok:
        missing += [f"content: {p}" for p in result.problems[:5]]
    families: set[str] = set()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.assets() / "fonts" / name))
        if font_id < 0:
            missing.append(f"font {name}")
        else:
            families |= set(QFontDatabase.applicationFontFamilies(font_id))
    texts = "".join(p.read_text(encoding="utf-8") for p in paths.bundled_content().rglob("*.toml"))
    qm = qm_file("ja")
    if qm is None or not QTranslator().load(str(qm)):
        missing.append("translation ja (.qm)")
    if {LATIN, JAPANESE} <= families:
        faces = []
        for family in (LATIN, JAPANESE):
            font = QFont(family)
            font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
            faces.append(QFontMetrics(font))
        uncovered = {c for c in texts if c.isprintable() and not c.isspace()
                     and not any(f.inFontUcs4(ord(c)) for f in faces)}
        if uncovered:
            missing.append(f"glyphs for {''.join(sorted(uncovered))[:40]!r}")
    if result.ok:
        for cat in result.content.categories:
            svg = result.content.icon_svg(cat.icon)
            if svg is None or icon_pixmap(svg, 48, "#000000").toImage().isNull():
                missing.append(f"icon {cat.icon}")
        missing += _render(app, result.content)
    missing += (_engagement_log() + _operator_pin() + _locale_data() + line_breaks() + _image_formats()
                + _phrases() + _speech() + _sounds())
    if missing:
        print("SELF-TEST FAILED: missing " + "; ".join(missing))
        return 1
    print(f"SELF-TEST OK: {result.content.summary()}; {len(FONT_FILES)} fonts, "
          f"translations, icons, image formats, the engagement log, the PIN check, "
          f"locale data, speech engines, sounds and an offscreen render")
    return 0


def _speech() -> list[str]:
    """Read-aloud's module and an engine plugin: the bundle must carry both. Its audio and
    speech client libraries are the machine's (packaging/linux/speech-packages.txt)."""
    from .voices import quiet_multimedia

    quiet_multimedia()
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return [f"read-aloud ({exc}; install packaging/linux/speech-packages.txt)"]
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    return [] if engines else ["a speech engine plugin (speechd, sapi or winrt)"]


def _sounds() -> list[str]:
    """Every tone the kiosk plays, there and playable."""
    from .. import paths
    from ..content import audio
    from .sounds import NAMES

    missing = []
    for name in NAMES:
        path = paths.assets() / "sounds" / f"{name}.wav"
        if not path.is_file() or audio.problem(path.read_bytes(), ".wav"):
            missing.append(f"sound {name}.wav")
    return missing


def _print_unless_offscreen_notice(_kind, _context, message: str) -> None:
    """The offscreen platform says it cannot honour size hints each time a window shows;
    the operator running the self-test should see only what matters."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _render(app, content) -> list[str]:
    """The real window, offscreen: not blank, and with its overview strip built."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ..config import Config
    from .main_window import MainWindow

    # Speech and sound are checked on their own (_speech, _sounds): the render needs neither.
    window = MainWindow(content, None, Config(speech_engine="none", sound=False))
    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(500, loop.quit)  # the overview strip is built just after the first frame
    loop.exec()
    image = window.grab().toImage()
    problems = [] if window.overview is not None else ["the overview strip"]
    window.close()
    window.deleteLater()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 20)
               for y in range(0, image.height(), 20)}
    return problems + ([] if len(colours) > 50 else ["a non-blank offscreen render of the window"])


def _engagement_log() -> list[str]:
    import sqlite3
    import tempfile
    from pathlib import Path

    from ..analytics.sessions import EngagementLog

    with tempfile.TemporaryDirectory() as folder:
        try:
            log = EngagementLog.at(Path(folder), 1, batch_seconds=0)
            log.start()
            log.touched("en")
            log.filter_used("self-test", True)
            log.close()
            conn = sqlite3.connect(log.path)
            rows = conn.execute("SELECT subject FROM events").fetchall()
            conn.close()
        except Exception as exc:  # noqa: BLE001 - named in the one-line summary
            return [f"the engagement log ({exc})"]
    return [] if rows == [("self-test",)] and log.note is None else ["the engagement log"]


def _image_formats() -> list[str]:
    """Content images may be PNG, JPEG or SVG; the last two are Qt plugins the bundle
    must carry."""
    from PySide6.QtGui import QImageReader

    from ..content.checks import IMAGE_SUFFIXES

    have = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    lacking = sorted({s.lstrip(".") for s in IMAGE_SUFFIXES} - have)
    return [f"image format plugins for {', '.join(lacking)}"] if lacking else []


def _phrases() -> list[str]:
    """Japanese phrase boundaries (BudouX and its model must be in the bundle)."""
    from ..content.phrases import phrases

    return [] if phrases("ソニーの科学教室") == ["ソニーの", "科学教室"] else ["BudouX's Japanese model"]


def _operator_pin() -> list[str]:
    from ..pin import hash_pin, verify_pin

    try:
        works = verify_pin("2468", hash_pin("2468")) and not verify_pin("1357", hash_pin("2468"))
    except Exception as exc:  # noqa: BLE001 - named in the one-line summary
        return [f"the operator PIN check ({exc})"]
    return [] if works else ["the operator PIN check"]


def _locale_data() -> list[str]:
    """Collation needs ICU's data: Japanese orders kanji by JIS (亜 before 一), the root
    order by code point (一 before 亜); English puts "a" before "B"."""
    from PySide6.QtCore import QCollator, QLocale

    if sys.platform != "linux":  # elsewhere Qt collates through the system, not a bundled ICU
        return []
    japanese = QCollator(QLocale("ja_JP"))
    english = QCollator(QLocale("en_US"))
    if japanese.compare("亜", "一") < 0 and english.compare("a", "B") < 0:
        return []
    return ["ICU locale data for Japanese and English (libicudata)"]


UBRK_LINE, UBRK_DONE = 2, -1
LINES = {"en": ("Sony science programme", [5, 13, 22]),
         "ja": ("ソニーの科学教室", None)}  # ICU's own rules: a break between most kana and kanji


def line_breaks(lib_dir: str | None = None) -> list[str]:
    """ICU itself breaks an English and a Japanese line: its break-iterator data (line.brk,
    the dictionaries root names) must be in the data library Qt's ICU loads."""
    import ctypes
    from pathlib import Path

    if sys.platform != "linux":
        return []
    if lib_dir is None:
        import PySide6

        lib_dir = str(Path(PySide6.__file__).parent / "Qt" / "lib")
    library = next(Path(lib_dir).glob("libicuuc.so.*"), None)
    if library is None:
        return []  # this Qt has no ICU of its own
    version = library.name.rsplit(".", 1)[-1]
    icu = ctypes.CDLL(str(library))
    open_, next_, close = (getattr(icu, f"{name}_{version}") for name in ("ubrk_open", "ubrk_next",
                                                                          "ubrk_close"))
    open_.restype, open_.argtypes = ctypes.c_void_p, [ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p,
                                                      ctypes.c_int32, ctypes.POINTER(ctypes.c_int)]
    next_.restype, next_.argtypes = ctypes.c_int32, [ctypes.c_void_p]
    close.argtypes = [ctypes.c_void_p]
    problems = []
    for lang, (text, expected) in LINES.items():
        units = text.encode("utf-16-le")
        buffer = ctypes.create_string_buffer(units, len(units) + 2)
        status = ctypes.c_int(0)
        iterator = open_(UBRK_LINE, lang.encode(), buffer, len(units) // 2, ctypes.byref(status))
        if not iterator or status.value > 0:
            problems.append(f"ICU line breaking for {lang} (error {status.value})")
            continue
        breaks = []
        while (at := next_(iterator)) != UBRK_DONE:
            breaks.append(at)
        close(iterator)
        fine = breaks == expected if expected else len(breaks) > 2 and breaks[-1] == len(text)
        if not fine:
            problems.append(f"ICU line breaking for {lang} (breaks {breaks})")
    return problems
