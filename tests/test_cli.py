from __future__ import annotations

import argparse
import json

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


def test_calibrate_help_states_the_default_weight_of_coded_cases(capsys: pytest.CaptureFixture) -> None:
    from coder_assist.training.pipeline import CODED_WEIGHT

    assert main(["calibrate", "--help"]) == 0
    assert f"(default {CODED_WEIGHT})" in " ".join(capsys.readouterr().out.split())


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture) -> None:
    assert main(["catalogue", "frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("coder-assist 0.")


def test_case_validate_names_the_bad_line_and_keeps_checking(tmp_path, capsys: pytest.CaptureFixture) -> None:
    def case(case_id: str, code: str) -> str:
        note = {"type": "epikrise", "text": "Pt. med KOL."}
        return json.dumps({"case_id": case_id, "notes": [note], "codes": [{"code": code, "type": "A"}]})

    good, unknown = case("K-1", "DJ449"), case("K-2", "DI109X")
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join([good, '{"case_id": "K-3", "notes": [', unknown]) + "\n", encoding="utf-8")
    assert main(["case", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "cases.jsonl, line 2" in out and "cases.jsonl, line 3" in out and "DI109X" in out
    assert "1 valid" in out
    path.write_text(good + "\n" + unknown + "\n", encoding="utf-8")
    assert main(["case", "validate", str(path), "--unknown-codes", "warning"]) == 0
    assert "warning" in capsys.readouterr().out


def test_synth_writes_splits_and_describes_them(tmp_path, capsys: pytest.CaptureFixture) -> None:
    assert main(["synth", "--n", "120", "--seed", "5", "--out", str(tmp_path)]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert sum(counts.values()) == 120
    assert all((tmp_path / f"{split}.jsonl").stat().st_size > 0 for split in ("train", "val", "test"))
    assert main(["synth", "--stats", str(tmp_path)]) == 0
    assert "codes per case" in capsys.readouterr().out
    assert main(["case", "validate", str(tmp_path)]) == 0
    assert main(["synth", "--n", "10"]) == 2  # neither --out nor --stats


# One case nested 1,000 levels deep: beyond Python's recursion limit when parsed.
DEEP_CASE = '{"case_id": "K-9", "notes": [], "x": ' + "[" * 1000 + "]" * 1000 + "}"
DEEP = "lists or objects nested more than 64 levels deep; a case has only a few levels"


def kol_case(case_id: str) -> str:
    note = {"type": "epikrise", "text": "Pt. med KOL i exacerbation, behandlet med prednisolon."}
    return json.dumps({"case_id": case_id, "notes": [note], "codes": [{"code": "DJ449", "type": "A"}]})


def test_case_validate_checks_the_good_files_beside_a_bad_one(tmp_path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "a.json").write_text(kol_case("K-1"), encoding="utf-8")
    (tmp_path / "b.json").write_text(DEEP_CASE, encoding="utf-8")
    assert main(["case", "validate", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{tmp_path / 'b.json'}, line 1: error: {DEEP}",
        "2 files, 1 case: 1 valid, 0 with errors, 0 warnings, 1 file error",
    ]
    assert captured.err == ""


def test_suggest_answers_every_good_case_and_names_the_bad(tmp_path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.jsonl").write_text(f"{kol_case('K-1')}\n{{\n{kol_case('K-2')}\n", encoding="utf-8")
    (folder / "b.json").write_text(DEEP_CASE, encoding="utf-8")
    single = tmp_path / "single.json"
    single.write_text(kol_case("K-3"), encoding="utf-8")
    assert main(["suggest", str(folder), str(single), "--json", "--top", "3"]) == 1  # 1: not every case was read
    captured = capsys.readouterr()
    output = json.loads(captured.out)
    assert [case["case_id"] for case in output] == ["K-1", "K-2", "K-3"]
    assert all(len(case["suggestions"]) == 3 for case in output)
    assert f"{folder / 'a.jsonl'}, line 2, column 2: invalid JSON" in captured.err
    assert f"{folder / 'b.json'}, line 1: {DEEP}" in captured.err


def test_suggest_with_no_readable_case_exits_2_naming_the_file(tmp_path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "deep.json"
    path.write_text(DEEP_CASE, encoding="utf-8")
    assert main(["suggest", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"coder-assist: error: {path}, line 1: {DEEP}\n" and captured.out == ""
