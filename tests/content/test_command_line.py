"""The command line reads a kiosk start's options without building the commands' parsers,
and still knows every command, every mistake and the whole help."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import parse_args


def test_a_kiosk_start_reads_its_options():
    args = parse_args(["--windowed", "--size", "1280x800", "--lang", "en", "--content", "show"])
    assert (args.command, args.windowed, args.size, args.lang) == (None, True, (1280, 800), "en")
    assert args.content == Path("show")  # an option's value that is a word, not a command


def test_a_command_after_the_options_is_still_a_command(tmp_path):
    args = parse_args(["--config", str(tmp_path / "c.toml"), "validate", "data"])
    assert (args.command, args.folder) == ("validate", Path("data"))


@pytest.mark.parametrize("argv, named", [(["valdate"], "'valdate'"), (["--windowd"], "--windowd"),
                                         (["--size", "big"], '"big" is not a size')])
def test_a_mistake_is_named(argv, named, capsys):
    with pytest.raises(SystemExit) as exit_:
        parse_args(argv)
    assert exit_.value.code == 2
    assert named in capsys.readouterr().err


@pytest.mark.parametrize("ask", ["--help", "-h", "--he"])
def test_help_lists_the_commands(ask, capsys):
    with pytest.raises(SystemExit):
        parse_args([ask])
    out = capsys.readouterr().out
    for command in ("validate", "stats", "import", "export", "release", "set-pin"):
        assert command in out
