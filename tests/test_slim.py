"""The steps that make the Linux bundle small (packaging/): they must leave out only what the
kiosk never loads. Runs on PySide6's own libraries, without building a bundle."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import icu_data  # noqa: E402
import slim  # noqa: E402
from elf import needed, symbol_bytes  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the ELF steps are Linux-only")
QT = Path(__import__("PySide6").__file__).parent
ICU = next((QT / "Qt" / "lib").glob("libicudata.so.*"), None)


def test_elf_reads_what_a_binding_needs():
    names = needed(QT / "QtCore.abi3.so")
    assert "libQt6Core.so.6" in names
    assert any(name.startswith("libshiboken6") for name in names)


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
    ("icudt73l/brkitr/thaidict.dict", True),  # root's line breaker names it: ICU refuses without
])
def test_icu_keeps_english_japanese_and_the_core(name, kept):
    assert icu_data.wanted(name) is kept


@pytest.mark.skipif(ICU is None or shutil.which("icupkg") is None or shutil.which("gcc") is None,
                    reason="needs PySide6's ICU, icupkg (icu-devtools) and gcc")
def test_icupkg_builds_the_trimmed_package_and_it_breaks_lines(tmp_path):
    """ICU's own tool writes the package (it refuses one with missing dependencies), and
    ICU, loading the result, still breaks English and Japanese lines."""
    library = icu_data.trimmed_library(ICU, tmp_path)
    assert library is not None and library.stat().st_size < ICU.stat().st_size / 3
    symbol, blob = symbol_bytes(library, r"icudt\d+_dat")
    assert symbol == symbol_bytes(ICU, r"icudt\d+_dat")[0]
    listed = icu_data.icupkg("-l", icu_data._package_file(tmp_path, blob)).split()
    assert "brkitr/line.brk" in listed and "coll/ja.res" in listed and "coll/de.res" not in listed
    code = f"""
import ctypes, sys
ctypes.CDLL({str(library)!r}, mode=ctypes.RTLD_GLOBAL)
sys.path.insert(0, {str(ROOT)!r})
from kiosk.ui.selftest import line_breaks
print(line_breaks({str(ICU.parent)!r}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", "English and Japanese lines break through the trimmed data"


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
