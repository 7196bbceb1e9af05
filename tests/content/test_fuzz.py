"""Hostile content files: the loader loads them or explains them, never crashes or hangs."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import load_content
from tests.conftest import ASSETS, DATA

TARGETS = ["content.toml", "categories.toml", "milestones/13-explorascience-tokyo.toml",
           "milestones/20-sony-science-program.toml"]
FUZZ = settings(max_examples=40, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])


def fresh_copy(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "content"
    shutil.copytree(DATA, folder)
    return folder


def assert_loads_or_explains(folder: Path) -> None:
    result = load_content(folder, ASSETS)
    if result.ok:
        assert len(result.content.milestones) >= 1
    else:
        assert result.problems, "invalid content must say why"
        for problem in result.problems:
            text = str(problem)
            assert problem.file and ": " in text and len(text) < 2000


@FUZZ
@given(target=st.sampled_from(TARGETS), cut=st.floats(0, 1))
def test_truncated_files(tmp_path_factory, target, cut):
    folder = fresh_copy(tmp_path_factory)
    path = folder / target
    raw = path.read_bytes()
    path.write_bytes(raw[: int(len(raw) * cut)])
    assert_loads_or_explains(folder)


@FUZZ
@given(target=st.sampled_from(TARGETS), position=st.floats(0, 1), junk=st.binary(min_size=1, max_size=8))
def test_random_bytes_and_invalid_utf8(tmp_path_factory, target, position, junk):
    folder = fresh_copy(tmp_path_factory)
    path = folder / target
    raw = path.read_bytes()
    at = int(len(raw) * position)
    path.write_bytes(raw[:at] + junk + raw[at:])
    assert_loads_or_explains(folder)


HOSTILE_VALUES = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: repr(f).replace("inf", "inf")),
    st.just("true"), st.just("[]"), st.just("{}"), st.just('"' + "x" * 100_000 + '"'),
    st.just("[" * 5000 + "]" * 5000), st.just("{ a = { b = { c = [1, 2, { d = 3 }] } } }"),
    st.text(max_size=50).map(lambda t: '"' + t.replace("\\", "").replace('"', "") + '"'),
)


@FUZZ
@given(target=st.sampled_from(TARGETS), line=st.integers(0, 60), value=HOSTILE_VALUES)
def test_wrong_types_huge_values_and_deep_nesting(tmp_path_factory, target, line, value):
    folder = fresh_copy(tmp_path_factory)
    path = folder / target
    lines = path.read_text(encoding="utf-8").splitlines()
    assignments = [i for i, text in enumerate(lines) if " = " in text and not text.startswith("#")]
    index = assignments[line % len(assignments)]
    key = lines[index].split(" = ", 1)[0]
    lines[index] = f"{key} = {value}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert_loads_or_explains(folder)


@FUZZ
@given(target=st.sampled_from(TARGETS), line=st.integers(0, 60))
def test_duplicate_keys(tmp_path_factory, target, line):
    folder = fresh_copy(tmp_path_factory)
    path = folder / target
    lines = path.read_text(encoding="utf-8").splitlines()
    assignments = [i for i, text in enumerate(lines) if " = " in text and not text.startswith("#")]
    index = assignments[line % len(assignments)]
    lines.insert(index + 1, lines[index])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_content(folder, ASSETS)
    assert not result.ok and any("line" in str(p) for p in result.problems), "a duplicate key is an error"
