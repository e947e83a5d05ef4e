"""One evaluation run: tune thresholds on validation, measure on test, write the results files."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from coder_assist.evaluation.levels import sks_category, to_level3
from coder_assist.evaluation.matrices import as_matrices
from coder_assist.evaluation.metrics import (
    METRIC_KEYS,
    merge_metrics,
    per_code_scores,
    ranking_metrics,
    threshold_metrics,
    top_k,
)
from coder_assist.evaluation.thresholds import MIN_POSITIVES, tune_global_threshold, tune_per_code_thresholds

TOP_K = 15  # ranked codes kept per case in predictions.jsonl: the deepest cut any metric looks at (Recall@15)
# Metrics where a lower value is better; format_table marks the best value per column.
LOWER_IS_BETTER = frozenset({"never_predicted"})


@dataclass(frozen=True)
class CodeTable:
    """Per-code results on the test split; every array is `[C]`, in the order of `codes`."""

    codes: list[str]
    train_freq: np.ndarray  # cases with the code in the training data
    support: np.ndarray  # test cases with the code
    threshold: np.ndarray  # the code's own threshold tuned on validation (global where too few positives)
    precision: np.ndarray  # at the code's own threshold
    recall: np.ndarray  # at the code's own threshold
    f1: np.ndarray  # at the code's own threshold
    f1_global: np.ndarray  # at the global threshold, the one behind metrics["full"]
    secondary_share: np.ndarray | None  # share of the code's assignments coded as B (bidiagnose), if known


@dataclass(frozen=True)
class Report:
    """Everything write_report writes.

    `metrics` has the keys `full`, `full_per_code`, `level3`, `level3_per_code` (each the METRIC_KEYS, the
    global variants also `threshold`) and `counts`.
    """

    metrics: dict[str, dict[str, float]]
    codes: CodeTable
    case_ids: list[str]
    top_codes: np.ndarray  # [N, k] column indices into codes.codes, best first
    top_scores: np.ndarray  # [N, k]
    true_codes: list[list[str]]  # per test case, in label order


def evaluate(
    val_scores: np.ndarray,
    val_targets: np.ndarray,
    test_scores: np.ndarray,
    test_targets: np.ndarray,
    codes: Sequence[str],
    train_freq: Sequence[int] | np.ndarray,
    secondary_share: Sequence[float] | np.ndarray | None = None,
    case_ids: Sequence[str] | None = None,
    *,
    category_of: Callable[[str], str] = sks_category,
    min_positives: int = MIN_POSITIVES,
) -> Report:
    """Tune thresholds on validation and measure the test split at full code and at level 3.

    Level 3 gets its own thresholds, tuned on the level-3 validation scores: the max over a category's codes
    is distributed differently from a single code's score.

    Args:
        val_scores: `[Nv, C]` validation scores.
        val_targets: `[Nv, C]` 0/1 validation targets.
        test_scores: `[Nt, C]` test scores.
        test_targets: `[Nt, C]` 0/1 test targets.
        codes: the C codes, in column order.
        train_freq: `[C]` how often each code occurs in the training data.
        secondary_share: `[C]` share of each code's assignments coded as B, or None.
        case_ids: the Nt test case ids, or None to number them from 0.
        category_of: maps a code to its level-3 category (default: first 4 characters of an SKS code).
        min_positives: validation positives a code needs for its own threshold.
    """
    val_scores, val_targets = as_matrices(val_scores, val_targets)
    test_scores, test_targets = as_matrices(test_scores, test_targets)
    codes = [str(code) for code in codes]
    n_codes = len(codes)
    train_freq = np.asarray(train_freq)
    shares = None if secondary_share is None else np.asarray(secondary_share, dtype=np.float64)
    for name, shape in [
        ("val_scores", val_scores.shape[1:]),
        ("test_scores", test_scores.shape[1:]),
        ("train_freq", train_freq.shape),
        ("secondary_share", (n_codes,) if shares is None else shares.shape),
    ]:
        if shape != (n_codes,):
            raise ValueError(f"{name} has shape {shape} but there are {n_codes} codes")
    ids = [str(i) for i in range(test_scores.shape[0])] if case_ids is None else [str(i) for i in case_ids]
    if len(ids) != test_scores.shape[0]:
        raise ValueError(f"{len(ids)} case ids for {test_scores.shape[0]} test cases")

    metrics, threshold, per_code = _measure(val_scores, val_targets, test_scores, test_targets, min_positives)
    val3_scores, val3_targets, _ = to_level3(val_scores, val_targets, codes, category_of)
    test3_scores, test3_targets, categories = to_level3(test_scores, test_targets, codes, category_of)
    level3, _, _ = _measure(val3_scores, val3_targets, test3_scores, test3_targets, min_positives)
    precision, recall, f1 = per_code_scores(test_scores, test_targets, per_code)
    top_codes, top_scores = top_k(test_scores, TOP_K)
    return Report(
        metrics={
            "full": metrics["global"],
            "full_per_code": metrics["per_code"],
            "level3": level3["global"],
            "level3_per_code": level3["per_code"],
            "counts": {
                "test_cases": test_scores.shape[0],
                "validation_cases": val_scores.shape[0],
                "codes": n_codes,
                "level3_categories": len(categories),
                "codes_with_own_threshold": int(np.sum(val_targets.sum(axis=0) >= min_positives)),
            },
        },
        codes=CodeTable(
            codes=codes,
            train_freq=train_freq,
            support=test_targets.sum(axis=0),
            threshold=per_code,
            precision=precision,
            recall=recall,
            f1=f1,
            f1_global=per_code_scores(test_scores, test_targets, threshold)[2],
            secondary_share=shares,
        ),
        case_ids=ids,
        top_codes=top_codes,
        top_scores=top_scores,
        true_codes=[[codes[j] for j in np.flatnonzero(row)] for row in test_targets],
    )


def _measure(
    val_scores: np.ndarray,
    val_targets: np.ndarray,
    test_scores: np.ndarray,
    test_targets: np.ndarray,
    min_positives: int,
) -> tuple[dict[str, dict[str, float]], float, np.ndarray]:
    """Test metrics at the global and the per-code thresholds tuned on validation, sharing one ranking pass."""
    threshold = tune_global_threshold(val_scores, val_targets)
    per_code = tune_per_code_thresholds(val_scores, val_targets, threshold, min_positives)
    ranking = ranking_metrics(test_scores, test_targets)
    metrics = {
        "global": {
            **merge_metrics(threshold_metrics(test_scores, test_targets, threshold), ranking),
            "threshold": threshold,
        },
        "per_code": merge_metrics(threshold_metrics(test_scores, test_targets, per_code), ranking),
    }
    return metrics, threshold, per_code


def write_report(report: Report, out_dir: str | Path) -> list[Path]:
    """Write `metrics.json`, `per_code.tsv` and `predictions.jsonl` into out_dir (created if missing).

    Returns:
        The paths written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    metrics_path = out / "metrics.json"
    metrics_path.write_text(json.dumps(report.metrics, indent=2) + "\n", encoding="utf-8")

    table = report.codes
    header = ["code", "train_freq", "support", "threshold", "precision", "recall", "f1", "f1_global_threshold"]
    if table.secondary_share is not None:
        header.append("share_secondary")
    lines = ["\t".join(header)]
    for j, code in enumerate(table.codes):
        row = [
            code,
            str(int(table.train_freq[j])),
            str(int(table.support[j])),
            f"{table.threshold[j]:.6g}",
            f"{table.precision[j]:.4f}",
            f"{table.recall[j]:.4f}",
            f"{table.f1[j]:.4f}",
            f"{table.f1_global[j]:.4f}",
        ]
        if table.secondary_share is not None:
            row.append(f"{table.secondary_share[j]:.4f}")
        lines.append("\t".join(row))
    per_code_path = out / "per_code.tsv"
    per_code_path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    predictions_path = out / "predictions.jsonl"
    with predictions_path.open("w", encoding="utf-8") as stream:
        for case_id, indices, values, true in zip(
            report.case_ids, report.top_codes, report.top_scores, report.true_codes, strict=True
        ):
            ranked = [
                {"code": table.codes[j], "score": round(float(value), 6)}
                for j, value in zip(indices, values, strict=True)
            ]
            stream.write(json.dumps({"case_id": case_id, "top": ranked, "true": true}, ensure_ascii=False) + "\n")
    return [metrics_path, per_code_path, predictions_path]


def format_table(metrics_by_name: Mapping[str, Mapping[str, float]], columns: Sequence[str] = METRIC_KEYS) -> str:
    """A Markdown table comparing systems: one row per system, one column per metric, values in percent.

    Args:
        metrics_by_name: system name -> its metrics (e.g. `metrics.json["level3"]`); a missing metric shows "–".
        columns: which metrics, in order.

    Returns:
        The table, ending in a newline; the best value of each column is bold (lowest for never_predicted).
    """
    best = {}
    for column in columns:
        values = [round(100 * m[column], 1) for m in metrics_by_name.values() if column in m]
        if values:
            best[column] = min(values) if column in LOWER_IS_BETTER else max(values)
    lines = [
        "| system | " + " | ".join(columns) + " |",
        "| --- | " + " | ".join("---:" for _ in columns) + " |",
    ]
    for name, metrics in metrics_by_name.items():
        cells = []
        for column in columns:
            if column not in metrics:
                cells.append("–")
                continue
            value = round(100 * metrics[column], 1)
            cells.append(f"**{value:.1f}**" if len(metrics_by_name) > 1 and value == best[column] else f"{value:.1f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
