"""`coder-assist scaling`: nested training subsets, the rows and files built from metrics made by hand, and one
tiny run of the command that a second call finds done."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from coder_assist.cli import main
from coder_assist.errors import UserError
from coder_assist.training.scaling import (
    CSV_COLUMNS,
    check_sizes,
    format_line,
    nested_subsets,
    parse_sizes,
    scaling_row,
    write_tables,
)


def test_subsets_are_one_shuffle_cut_at_each_size() -> None:
    cases = [f"case-{i}" for i in range(50)]
    subsets = nested_subsets(cases, [40, 5, 20], seed=7)
    assert list(subsets) == [5, 20, 40]
    assert nested_subsets(cases, [40, 5, 20], seed=7) == subsets
    assert subsets[5] == subsets[20][:5] == subsets[40][:5] and subsets[20] == subsets[40][:20]
    assert len(set(subsets[40])) == 40 and set(subsets[40]) <= set(cases)
    assert subsets[40] != cases[:40]  # shuffled, not the split's own order
    assert nested_subsets(cases, [40], seed=8)[40] != subsets[40]
    assert nested_subsets(cases, [50], seed=7)[50][:40] == subsets[40]


@pytest.mark.parametrize(
    ("sizes", "message"),
    [
        ("0,10", "at least 1, not 0"),
        ("10,-5", "at least 1, not -5"),
        ("10,20,10", "10 is given twice"),
        ("10,51", "51 is more than the 50 cases of the training split"),
        ("10,many", "'many' is not a whole number"),
        ("10,,20", "'' is not a whole number"),
        ("1.5", "'1.5' is not a whole number"),
    ],
)
def test_bad_sizes_are_refused_naming_the_option(sizes: str, message: str) -> None:
    with pytest.raises(UserError, match=message) as error:
        check_sizes(parse_sizes(sizes), available=50)
    assert str(error.value).startswith("--sizes: ")


def test_sizes_are_sorted_and_spaces_allowed() -> None:
    assert check_sizes(parse_sizes("4000, 1000,2000"), available=4000) == [1000, 2000, 4000]


def metrics(map_: float, f1: float, recall: float) -> dict:
    """evaluate_model's metrics of one system, with keys the row leaves out, level 3 a tenth higher."""

    def level(shift: float) -> dict:
        return {"map": map_ + shift, "f1_micro": f1 + shift, "recall@10": recall + shift, "f1_macro": 0.01}

    return {"full": level(0.0), "level3": level(0.1), "label_space": {"full": level(0.5)}, "counts": {}}


def test_rows_json_and_csv_from_hand_made_metrics(tmp_path: Path) -> None:
    small = scaling_row(10, 10, 4, {"plm-ca": metrics(0.5, 0.25, 0.75), "baseline": metrics(0.375, 0.125, 0.5)})
    large = scaling_row(20, 20, 9, {"plm-ca": metrics(0.625, 0.5, 0.875)})  # measured without the baseline
    assert small == {
        "size": 10, "train_cases": 10, "label_codes": 4,
        "plm-ca": {"full": {"map": 0.5, "f1_micro": 0.25, "recall@10": 0.75},
                   "level3": {"map": 0.6, "f1_micro": 0.35, "recall@10": 0.85}},
        "baseline": {"full": {"map": 0.375, "f1_micro": 0.125, "recall@10": 0.5},
                     "level3": {"map": 0.475, "f1_micro": 0.225, "recall@10": 0.6}},
    }  # fmt: skip
    assert "baseline" not in large
    assert format_line(small) == (
        "size 10 (4 codes): PLM-CA MAP 0.500, F1 0.250, R@10 0.750; TF-IDF baseline MAP 0.375, F1 0.125, R@10 0.500"
    )

    table, flat = write_tables([small, large], tmp_path, {"seed": 3})
    assert json.loads(table.read_text(encoding="utf-8")) == {"seed": 3, "rows": [small, large]}
    with flat.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["plm-ca_full_map"] == "0.5" and rows[0]["baseline_level3_recall@10"] == "0.6"
    assert rows[1]["size"] == "20" and rows[1]["label_codes"] == "9" and rows[1]["plm-ca_level3_f1_micro"] == "0.6"
    assert rows[1]["baseline_full_map"] == ""


def test_the_command_needs_a_config(capsys: pytest.CaptureFixture) -> None:
    assert main(["scaling", "--sizes", "10,20"]) == 2
    assert "the following arguments are required: --config" in capsys.readouterr().err


def test_a_config_file_that_is_not_there_is_named(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    pytest.importorskip("torch")
    missing = tmp_path / "nowhere.toml"
    assert main(["scaling", "--config", str(missing), "--sizes", "10"]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "cannot read the config file" in err


def test_a_tiny_scaling_run_writes_its_curves_and_a_second_call_finds_it_done(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    pytest.importorskip("torch")
    from coder_assist.synth.generate import write_splits

    write_splits(60, 3, tmp_path / "cases", workers=1)  # 50 training, 3 validation, 7 test cases
    config = tmp_path / "tiny.toml"
    config.write_text(
        f'run_dir = "{(tmp_path / "run").as_posix()}"\ndata = "{(tmp_path / "cases").as_posix()}"\n'
        "min_code_count = 1\nvocab_size = 300\nhidden_size = 32\nnum_layers = 1\nnum_heads = 2\nchunk_size = 64\n"
        "max_tokens = 256\nepochs = 1\nbatch_size = 8\neffective_batch_size = 8\nlr = 3e-3\nthreads = 1\n"
        "progress_bar = false\n",
        encoding="utf-8",
    )
    args = ["scaling", "--config", str(config), "--sizes", "30,15"]
    assert main(args) == 0
    out = tmp_path / "run-scaling"  # the default: beside the config's run_dir
    first = capsys.readouterr().out
    assert "size 15 (" in first and "size 30 (" in first and "TF-IDF baseline MAP" in first
    assert f"written: {out / 'scaling.png'}" in first

    summary = json.loads((out / "scaling.json").read_text(encoding="utf-8"))
    assert summary["test_cases"] == 7
    rows = summary["rows"]
    assert [(row["size"], row["train_cases"]) for row in rows] == [(15, 15), (30, 30)]
    assert 0 < rows[0]["label_codes"] < rows[1]["label_codes"]  # more cases, more codes seen
    numbers = [row[system][level][m] for row in rows for system in ("plm-ca", "baseline")
               for level in ("full", "level3") for m in ("map", "f1_micro", "recall@10")]  # fmt: skip
    assert len(numbers) == 24 and all(0.0 <= n <= 1.0 for n in numbers)
    assert (out / "scaling.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert len((out / "scaling.csv").read_text(encoding="utf-8").splitlines()) == 3
    metrics = json.loads((out / "size-15" / "evaluation" / "plm-ca" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["full"]["map"] == rows[0]["plm-ca"]["full"]["map"]  # the same full test split, every gold code
    space = json.loads((out / "size-15" / "label_space.json").read_text(encoding="utf-8"))
    assert len(space["codes"]) == rows[0]["label_codes"] and "the first 15 training cases" in space["source"]

    kept = {path: path.stat().st_mtime_ns for path in out.glob("size-*/**/*") if path.is_file()}
    assert main(args) == 0
    second = capsys.readouterr().out
    assert second.count("already done") == 2 and "epoch" not in second
    assert {path: path.stat().st_mtime_ns for path in out.glob("size-*/**/*") if path.is_file()} == kept
    assert json.loads((out / "scaling.json").read_text(encoding="utf-8"))["rows"] == rows

    # Stopped before its measurement: the size resumes from last/ (whose training had ended) and is measured.
    (out / "size-30" / "scaling.json").unlink()
    assert main([*args, "--no-baseline"]) == 0
    third = capsys.readouterr().out
    assert f"size 30: resuming from {out / 'size-30' / 'last'}" in third and "epoch" not in third
    best = out / "size-30" / "best" / "model.safetensors"
    assert best.stat().st_mtime_ns == kept[best]
    again = json.loads((out / "scaling.json").read_text(encoding="utf-8"))["rows"]
    assert again[0] == rows[0] and again[1] == {k: v for k, v in rows[1].items() if k != "baseline"}
