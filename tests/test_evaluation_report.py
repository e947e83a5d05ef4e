"""Level-3 truncation, the evaluation report and its files, the comparison table and the plot."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from coder_assist.errors import UserError
from coder_assist.evaluation import (
    METRIC_KEYS,
    all_metrics,
    evaluate,
    format_table,
    to_level3,
    tune_global_threshold,
    tune_per_code_thresholds,
    write_report,
)
from coder_assist.evaluation.plots import plot_threshold_curves


def test_level3_takes_the_max_over_each_category() -> None:
    codes = ["DI109", "DE119", "DI100", "DI10"]
    scores = np.array([[0.2, 0.1, 0.7, 0.3], [0.6, 0.9, 0.1, 0.0]])
    targets = np.array([[1, 0, 0, 0], [0, 0, 0, 0]])
    scores3, targets3, categories = to_level3(scores, targets, codes)
    assert categories == ["DE11", "DI10"]
    # DI10 = max(DI109, DI100, DI10): max(0.2, 0.7, 0.3) = 0.7 and max(0.6, 0.1, 0.0) = 0.6
    np.testing.assert_allclose(scores3, [[0.1, 0.7], [0.9, 0.6]])
    np.testing.assert_array_equal(targets3, [[False, True], [False, False]])


def test_level3_takes_any_category_function() -> None:
    codes = ["e11.9", "i10", "e11.65"]  # ICD-10-CM, as in CodiEsp
    scores = np.array([[0.1, 0.4, 0.8]])
    targets = np.array([[1, 0, 0]])
    scores3, targets3, categories = to_level3(scores, targets, codes, category_of=lambda code: code.split(".")[0])
    assert categories == ["e11", "i10"]
    np.testing.assert_allclose(scores3, [[0.8, 0.4]])
    np.testing.assert_array_equal(targets3, [[True, False]])


CODES = ["DI109", "DI100", "DE119", "DE110", "DJ189", "DR509"]


def _split(seed: int, n_cases: int) -> tuple[np.ndarray, np.ndarray]:
    """Scores that rank true codes higher, with noise; every code has positives."""
    rng = np.random.default_rng(seed)
    targets = rng.random((n_cases, len(CODES))) < 0.3
    targets[: len(CODES), :] |= np.eye(len(CODES), dtype=bool)
    scores = np.clip(rng.normal(0.3, 0.15, targets.shape) + 0.35 * targets, 0, 1)
    return scores, targets


def test_evaluate_tunes_on_validation_and_measures_test(tmp_path: Path) -> None:
    val_scores, val_targets = _split(1, 60)
    test_scores, test_targets = _split(2, 20)
    report = evaluate(
        val_scores,
        val_targets,
        test_scores,
        test_targets,
        CODES,
        train_freq=[50, 40, 30, 20, 10, 5],
        secondary_share=[0.9, 0.5, 0.8, 0.7, 0.1, 0.2],
        case_ids=[f"K-{i:03d}" for i in range(20)],
    )
    full = report.metrics["full"]
    # thresholds come from validation (level 3 re-tuned on level-3 scores), metrics from test
    assert full["threshold"] == tune_global_threshold(val_scores, val_targets)
    assert {key: full[key] for key in METRIC_KEYS} == pytest.approx(
        all_metrics(test_scores, test_targets, full["threshold"])
    )
    level3 = report.metrics["level3"]
    assert level3["threshold"] == tune_global_threshold(*to_level3(val_scores, val_targets, CODES)[:2])
    scores3, targets3, _ = to_level3(test_scores, test_targets, CODES)
    assert {key: level3[key] for key in METRIC_KEYS} == pytest.approx(
        all_metrics(scores3, targets3, level3["threshold"])
    )
    per_code = tune_per_code_thresholds(val_scores, val_targets, full["threshold"])
    np.testing.assert_array_equal(report.codes.threshold, per_code)
    assert report.metrics["full_per_code"]["f1_micro"] == pytest.approx(
        all_metrics(test_scores, test_targets, per_code)["f1_micro"]
    )
    # the per-code variant shares the ranking metrics and differs only where thresholds matter
    assert report.metrics["full_per_code"]["map"] == full["map"]
    np.testing.assert_array_equal(report.codes.support, test_targets.sum(axis=0))
    assert report.metrics["counts"]["level3_categories"] == 4  # DI10, DE11, DJ18, DR50

    paths = write_report(report, tmp_path / "out")
    assert [path.name for path in paths] == ["metrics.json", "per_code.tsv", "predictions.jsonl"]

    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text(encoding="utf-8"))
    for level in ("full", "level3"):
        assert set(metrics[level]) == {*METRIC_KEYS, "threshold"}
    for level in ("full_per_code", "level3_per_code"):
        assert set(metrics[level]) == set(METRIC_KEYS)

    rows = [line.split("\t") for line in (tmp_path / "out" / "per_code.tsv").read_text(encoding="utf-8").splitlines()]
    assert rows[0] == [
        "code",
        "train_freq",
        "support",
        "threshold",
        "precision",
        "recall",
        "f1",
        "f1_global_threshold",
        "share_secondary",
    ]
    assert [row[0] for row in rows[1:]] == CODES
    assert rows[5][1] == "10" and rows[5][2] == str(int(test_targets[:, 4].sum())) and rows[5][8] == "0.1000"

    lines = (tmp_path / "out" / "predictions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 20
    first = json.loads(lines[0])
    assert first["case_id"] == "K-000"
    assert first["true"] == [code for code, true in zip(CODES, test_targets[0], strict=True) if true]
    # all 6 codes (fewer than 15), best first, with their scores
    ranked = [entry["code"] for entry in first["top"]]
    assert ranked == [CODES[j] for j in np.argsort(-test_scores[0], kind="stable")]
    assert first["top"][0]["score"] == pytest.approx(test_scores[0].max(), abs=1e-6)


def test_report_without_secondary_share_or_case_ids(tmp_path: Path) -> None:
    val_scores, val_targets = _split(3, 30)
    test_scores, test_targets = _split(4, 10)
    report = evaluate(val_scores, val_targets, test_scores, test_targets, CODES, train_freq=np.ones(6, dtype=int))
    write_report(report, tmp_path)
    header = (tmp_path / "per_code.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert "share_secondary" not in header
    assert json.loads((tmp_path / "predictions.jsonl").read_text(encoding="utf-8").splitlines()[3])["case_id"] == "3"


def test_evaluate_refuses_mismatched_inputs() -> None:
    val_scores, val_targets = _split(3, 30)
    with pytest.raises(ValueError, match="train_freq"):
        evaluate(val_scores, val_targets, val_scores, val_targets, CODES, train_freq=[1, 2, 3])
    with pytest.raises(ValueError, match="case ids"):
        evaluate(val_scores, val_targets, val_scores, val_targets, CODES, train_freq=np.ones(6), case_ids=["a"])


def test_format_table_compares_systems_in_percent_and_marks_the_best() -> None:
    table = format_table(
        {
            "PLM-CA": {"f1_micro": 0.718, "map": 0.828, "never_predicted": 0.10},
            "TF-IDF": {"f1_micro": 0.601, "never_predicted": 0.25},
        },
        columns=("f1_micro", "map", "never_predicted"),
    )
    assert table == (
        "| system | f1_micro | map | never_predicted |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| PLM-CA | **71.8** | **82.8** | **10.0** |\n"
        "| TF-IDF | 60.1 | – | 25.0 |\n"
    )


def test_format_table_defaults_to_every_metric() -> None:
    header = format_table({"x": dict.fromkeys(METRIC_KEYS, 0.5)}).splitlines()[0]
    assert header == "| system | " + " | ".join(METRIC_KEYS) + " |"


def test_plot_without_matplotlib_names_the_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(UserError, match="pip install matplotlib"):
        plot_threshold_curves(np.array([[0.2, 0.8]]), np.array([[0, 1]]), tmp_path / "curve.png")


def test_plot_writes_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    scores, targets = _split(5, 40)
    path = plot_threshold_curves(scores, targets, tmp_path / "plots" / "curve.png", threshold=0.5)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_gold_code_outside_the_label_space_is_a_miss_in_every_metric() -> None:
    from coder_assist.evaluation import Outside

    codes = ["DA011", "DB011"]
    scores = np.array([[0.9, 0.2], [0.3, 0.8]])
    targets = np.array([[1, 0], [0, 1]])
    # Case 0 also has DZ991, which the model cannot score: it ranks third (score 0) and is never predicted.
    outside = Outside(["DZ991"], np.array([[1], [0]]), np.array([0]))
    report = evaluate(None, None, scores, targets, codes, [5, 5], outside=outside, thresholds=(0.5, np.full(2, 0.5)))
    inside, every = report.metrics["label_space"]["full"], report.metrics["full"]
    assert inside["f1_micro"] == 1.0 and inside["map"] == 1.0 and inside["precision@recall"] == 1.0
    assert every["f1_micro"] == pytest.approx(4 / 5)  # TP 2, FN 1
    assert every["f1_macro"] == pytest.approx(2 / 3)  # DZ991 is present in the split with F1 0
    assert every["map"] == pytest.approx(((1 + 2 / 3) / 2 + 1) / 2)
    assert every["precision@recall"] == pytest.approx(0.75)
    assert report.metrics["level3"]["f1_micro"] == pytest.approx(4 / 5)
    assert report.codes.codes == [*codes, "DZ991"] and report.codes.threshold[2] == np.inf
    assert report.true_codes[0] == ["DA011", "DZ991"]
