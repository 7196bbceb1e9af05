"""The steps that make the Linux bundle small (packaging/): they must leave out only what the
kiosk never loads. Runs on PySide6's own libraries, without building a bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import icu_data  # noqa: E402
import slim  # noqa: E402
from elf import Elf  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the ELF steps are Linux-only")
QT = Path(__import__("PySide6").__file__).parent
ICU = next((QT / "Qt" / "lib").glob("libicudata.so.*"), None)


def test_elf_reads_what_a_binding_needs():
    needed = Elf(QT / "QtCore.abi3.so").needed()
    assert "libQt6Core.so.6" in needed
    assert any(name.startswith("libshiboken6") for name in needed)


def test_libraries_nothing_loads_are_left_out_with_their_links():
    lib = QT / "Qt" / "lib"
    table = [
        ("PySide6/QtCore.abi3.so", str(QT / "QtCore.abi3.so"), "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(lib / "libQt6Core.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", str(lib / "libQt6Network.so.6"), "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so",
         str(QT / "Qt" / "plugins" / "platforms" / "libqoffscreen.so"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", str(lib / "libQt6Gui.so.6"), "BINARY"),
    ]
    kept = {dest for dest, _src, _kind in slim.referenced_only(table)}
    assert kept == {"PySide6/QtCore.abi3.so", "PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6",
                    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                    "PySide6/Qt/lib/libQt6Gui.so.6"}, "a plugin's libraries stay; Network goes"


@pytest.mark.parametrize("name, kept", [
    ("icudt73l/coll/ja.res", True), ("icudt73l/ja_JP.res", True), ("icudt73l/en_GB.res", True),
    ("icudt73l/root.res", True), ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/brkitr/cjdict.dict", True), ("icudt73l/curr/pool.res", True),
    ("icudt73l/coll/res_index.res", True), ("icudt73l/zoneinfo64.res", True),
    ("icudt73l/nfkc.nrm", True), ("icudt73l/likelySubtags.res", True),
    ("icudt73l/de.res", False), ("icudt73l/coll/zh.res", False), ("icudt73l/yue_Hans.res", False),
    ("icudt73l/gb18030.cnv", False), ("icudt73l/translit/root.res", False),
    ("icudt73l/brkitr/thaidict.dict", False),
])
def test_icu_keeps_english_japanese_and_the_core(name, kept):
    assert icu_data.wanted(name) is kept


@pytest.mark.skipif(ICU is None, reason="this PySide6 ships no ICU")
def test_icu_package_rewritten_holds_exactly_the_kept_items():
    _symbol, blob = Elf(ICU).symbol_bytes(r"icudt\d+_dat")
    header, items = icu_data.read_items(blob)
    assert len(items) > 3000
    kept = [item for item in items if icu_data.wanted(item[0])]
    again_header, again = icu_data.read_items(icu_data.write_items(header, kept))
    assert again_header == header and again == kept
    assert sum(len(data) for _name, data in again) < len(blob) / 4


def test_pyqtgraph_draws_with_the_opengl_stand_ins():
    """The bundle leaves PySide6's OpenGL modules out; pyqtgraph must still load and plot,
    and asking for OpenGL must fail loudly, not silently draw nothing."""
    code = f"""
import runpy, sys
runpy.run_path({str(ROOT / 'packaging' / 'rthook_no_opengl.py')!r})
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication
app = QApplication([])
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [3, 1, 2])
plot.resize(200, 100)
assert not plot.grab().toImage().isNull()
assert not hasattr(sys.modules['PySide6.QtOpenGL'], 'QOpenGLBuffer'), 'the stand-in was used'
try:
    plot.useOpenGL(True)
except RuntimeError as exc:
    print('refused:', exc)
plot.close()
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "refused: this kiosk bundle has no OpenGL" in done.stdout
