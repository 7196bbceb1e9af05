"""Build the kiosk bundle: one command, on a fresh machine.

    python3 packaging/build.py        # -> dist/kiosk/, then: dist/kiosk/kiosk --self-test

It makes its own virtual environment (build/venv), so the bundle holds exactly the kiosk's
runtime dependencies, never test tools or whatever else a development environment holds.
On Linux numpy is compiled there without BLAS: pyqtgraph needs numpy's arrays, not its
linear algebra, and the wheel's OpenBLAS would add 28 MB and a thread per core at start.
pip keeps the compiled wheel in its cache, so only the first build takes the ~3 minutes.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from slim import size_on_disk  # beside this script

ROOT = Path(__file__).resolve().parent.parent
NUMPY_WITHOUT_BLAS = ["--no-binary", "numpy", "-Csetup-args=-Dblas=none",
                      "-Csetup-args=-Dlapack=none", "-Csetup-args=-Dallow-noblas=true"]


def requirements() -> tuple[list[str], list[str]]:
    """(numpy's requirement, every other runtime and build requirement) from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["build"]
    numpy = [r for r in wanted if re.match(r"[A-Za-z0-9_.-]+", r).group().lower() == "numpy"]
    return numpy, [r for r in wanted if r not in numpy]


def environment(venv: Path) -> Path:
    """The build environment's Python, created and brought up to date."""
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    numpy, others = requirements()
    if sys.platform == "linux":
        again = ["--force-reinstall", "--no-deps"] if _numpy_blas(python) not in ("", "none") else []
        subprocess.run(pip + NUMPY_WITHOUT_BLAS + again + numpy, check=True)
    subprocess.run(pip + numpy + others, check=True)
    return python


def _numpy_blas(python: Path) -> str:
    """The BLAS the environment's numpy was built with ("" if numpy is not there yet)."""
    probe = "import numpy; print(numpy.show_config(mode='dicts')['Build Dependencies']['blas']['name'])"
    done = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "venv")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where kiosk/ goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    python = environment(args.venv)
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(args.dist), "--workpath", str(args.work),
                    str(ROOT / "packaging" / "kiosk.spec")], cwd=ROOT, check=True)
    bundle = args.dist / "kiosk"
    print(f"built {bundle} ({size_on_disk(bundle) / 1e6:.0f} MB). "
          f"Check it: {bundle / 'kiosk'} --self-test")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
