"""The command line reads a kiosk start's options without building the commands' parsers,
and still knows every command, every mistake and the whole help."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main, parse_args


def test_a_kiosk_start_reads_its_options():
    args = parse_args(["--windowed", "--size", "1280x800", "--lang", "en", "--content", "show"])
    assert (args.command, args.windowed, args.size, args.lang) == (None, True, (1280, 800), "en")
    assert args.content == Path("show")  # an option's value that is a word, not a command


def test_a_command_after_the_options_is_still_a_command(tmp_path):
    args = parse_args(["--config", str(tmp_path / "c.toml"), "validate", "data"])
    assert (args.command, args.folder) == ("validate", Path("data"))


def test_validate_runs_as_before(capsys):
    assert main(["validate", "data"]) == 0
    assert "29 milestones" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["valdate"], ["--windowd"], ["--size", "big"]])
def test_a_mistake_is_named(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse_args(argv)
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert argv[-1] in error or argv[0] in error


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    out = capsys.readouterr().out
    for command in ("validate", "stats", "import", "export", "release", "set-pin"):
        assert command in out
