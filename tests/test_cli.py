from __future__ import annotations

import argparse

import pytest

from coder_assist.cli import build_parser, main


def all_command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths.extend(all_command_paths(sub, (*prefix, name)))
    return paths


def test_every_command_has_help(capsys: pytest.CaptureFixture) -> None:
    paths = all_command_paths(build_parser())
    assert ("catalogue", "search") in paths and ("case", "validate") in paths and ("synth",) in paths
    for path in paths:
        assert main([*path, "--help"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("usage: coder-assist") and len(out) > 80


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture) -> None:
    assert main(["catalogue", "frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("coder-assist 0.")
