"""One evaluation run: tune thresholds on validation (or take a bundle's), measure on test, write the results files.

Every gold code counts by default: a code the model cannot score is a miss (score 0, never predicted), as it is
for a coder using the app. The label-space view, which leaves those codes out, is kept beside it and says so.
"""

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
from coder_assist.evaluation.tiers import tier_metrics

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
    global variants also `threshold`), counted over every gold code of the test split; `label_space` with
    the same four keys counted over the model's codes only; `tiers` when tier masks were given; `counts`.
    The code table, predictions and true codes also cover every gold code.
    """

    metrics: dict[str, dict[str, float]]
    codes: CodeTable
    case_ids: list[str]
    top_codes: np.ndarray  # [N, k] column indices into codes.codes, best first
    top_scores: np.ndarray  # [N, k]
    true_codes: list[list[str]]  # per test case, in label order


@dataclass(frozen=True)
class Outside:
    """The test split's gold codes that the model cannot score: every metric counts them as misses."""

    codes: list[str]  # U codes, none of them in the label space
    targets: np.ndarray  # [Nt, U] 0/1
    train_freq: np.ndarray  # [U] how often each occurs in the training data


@dataclass(frozen=True)
class Thresholds:
    """The thresholds of one level: a global one and one per code (or category), by name."""

    global_threshold: float
    per_code: dict[str, float]

    def arrays(self, codes: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """`[C]` global and per-code thresholds of these columns; infinite (never predicted) for a column the
        model cannot score."""
        known = np.array([code in self.per_code for code in codes])
        per_code = np.array([self.per_code.get(code, np.inf) for code in codes], dtype=np.float64)
        return np.where(known, self.global_threshold, np.inf), per_code


def evaluate(
    val_scores: np.ndarray | None,
    val_targets: np.ndarray | None,
    test_scores: np.ndarray,
    test_targets: np.ndarray,
    codes: Sequence[str],
    train_freq: Sequence[int] | np.ndarray,
    secondary_share: Sequence[float] | np.ndarray | None = None,
    case_ids: Sequence[str] | None = None,
    *,
    outside: Outside | None = None,
    thresholds: tuple[float, np.ndarray] | None = None,
    tiers: tuple[np.ndarray, np.ndarray] | None = None,
    category_of: Callable[[str], str] = sks_category,
    min_positives: int = MIN_POSITIVES,
) -> Report:
    """Measure the test split at full code and at level 3, over every gold code and over the label space.

    Thresholds are tuned on validation, level 3 on the level-3 validation scores (the max over a category's
    codes is distributed differently from a single code's score); or given (``thresholds``, e.g. a bundle's
    own), and then a category is predicted at level 3 when one of its codes is.

    Args:
        val_scores: `[Nv, C]` validation scores; None when ``thresholds`` are given.
        val_targets: `[Nv, C]` 0/1 validation targets; None when ``thresholds`` are given.
        test_scores: `[Nt, C]` test scores.
        test_targets: `[Nt, C]` 0/1 test targets over the label space.
        codes: the C codes, in column order.
        train_freq: `[C]` how often each code occurs in the training data.
        secondary_share: `[C]` share of each code's assignments coded as B, or None.
        case_ids: the Nt test case ids, or None to number them from 0.
        outside: the test split's gold codes outside the label space; their score is 0 and they are never
            predicted (ranked after every code the model scores).
        thresholds: the global threshold and `[C]` per-code thresholds to use instead of tuning.
        tiers: `suggested [Nt, C]` and `missed [Nt, C]` as the app marks them (``runtime.engine.tier_masks``).
        category_of: maps a code to its level-3 category (default: first 4 characters of an SKS code).
        min_positives: validation positives a code needs for its own threshold.
    """
    test_scores, test_targets = as_matrices(test_scores, test_targets)
    codes = [str(code) for code in codes]
    n_codes = len(codes)
    train_freq = np.asarray(train_freq)
    shares = None if secondary_share is None else np.asarray(secondary_share, dtype=np.float64)
    shapes = [
        ("test_scores", test_scores.shape[1:]),
        ("train_freq", train_freq.shape),
        ("secondary_share", (n_codes,) if shares is None else shares.shape),
    ]
    if thresholds is None:
        if val_scores is None or val_targets is None:
            raise ValueError("validation scores and targets are needed to tune thresholds")
        val_scores, val_targets = as_matrices(val_scores, val_targets)
        shapes.append(("val_scores", val_scores.shape[1:]))
    else:
        shapes.append(("thresholds", np.shape(thresholds[1])))
    for name, shape in shapes:
        if shape != (n_codes,):
            raise ValueError(f"{name} has shape {shape} but there are {n_codes} codes")
    ids = [str(i) for i in range(test_scores.shape[0])] if case_ids is None else [str(i) for i in case_ids]
    if len(ids) != test_scores.shape[0]:
        raise ValueError(f"{len(ids)} case ids for {test_scores.shape[0]} test cases")

    if thresholds is None:
        full, level3 = _tune(val_scores, val_targets, codes, category_of, min_positives)
        own_threshold = int(np.sum(val_targets.sum(axis=0) >= min_positives))
    else:
        full, level3 = Thresholds(float(thresholds[0]), dict(zip(codes, map(float, thresholds[1]), strict=True))), None
        own_threshold = int(np.sum(np.asarray(thresholds[1]) != thresholds[0]))
    # Every gold code: the codes the model cannot score join as columns of score 0 after the label space.
    outside = outside or Outside([], np.zeros((test_scores.shape[0], 0), dtype=bool), np.zeros(0, dtype=np.int64))
    all_codes = codes + outside.codes
    all_scores = np.hstack([test_scores, np.zeros(outside.targets.shape, dtype=test_scores.dtype)])
    all_targets = np.hstack([test_targets, np.asarray(outside.targets, dtype=bool)])
    metrics = _view(all_scores, all_targets, all_codes, full, level3, category_of)
    metrics["label_space"] = _view(test_scores, test_targets, codes, full, level3, category_of)
    if tiers is not None:
        padding = np.zeros(outside.targets.shape, dtype=bool)
        suggested, missed = (np.hstack([np.asarray(mask, dtype=bool), padding]) for mask in tiers)
        metrics["tiers"] = tier_metrics(suggested, missed, all_targets, all_codes, category_of)
    metrics["counts"] = {
        "test_cases": test_scores.shape[0],
        "validation_cases": 0 if val_scores is None else val_scores.shape[0],
        "codes": n_codes,
        "gold_codes_outside_label_space": len(outside.codes),
        "level3_categories": len({category_of(code) for code in codes}),
        "codes_with_own_threshold": own_threshold,
    }
    global_thresholds, per_code = full.arrays(all_codes)
    precision, recall, f1 = per_code_scores(all_scores, all_targets, per_code)
    top_codes, top_scores = top_k(all_scores, TOP_K)
    if shares is not None:
        shares = np.r_[shares, np.full(len(outside.codes), np.nan)]
    return Report(
        metrics=metrics,
        codes=CodeTable(
            codes=all_codes,
            train_freq=np.r_[train_freq, outside.train_freq],
            support=all_targets.sum(axis=0),
            threshold=per_code,
            precision=precision,
            recall=recall,
            f1=f1,
            f1_global=per_code_scores(all_scores, all_targets, global_thresholds)[2],
            secondary_share=shares,
        ),
        case_ids=ids,
        top_codes=top_codes,
        top_scores=top_scores,
        true_codes=[[all_codes[j] for j in np.flatnonzero(row)] for row in all_targets],
    )


def _tune(
    val_scores: np.ndarray,
    val_targets: np.ndarray,
    codes: list[str],
    category_of: Callable[[str], str],
    min_positives: int,
) -> tuple[Thresholds, Thresholds]:
    """Global and per-code thresholds tuned on validation, at full code and at level 3."""
    tuned = []
    val3_scores, val3_targets, categories = to_level3(val_scores, val_targets, codes, category_of)
    for scores, targets, names in ((val_scores, val_targets, codes), (val3_scores, val3_targets, categories)):
        threshold = tune_global_threshold(scores, targets)
        per_code = tune_per_code_thresholds(scores, targets, threshold, min_positives)
        tuned.append(Thresholds(threshold, dict(zip(names, map(float, per_code), strict=True))))
    return tuned[0], tuned[1]


def _view(
    scores: np.ndarray,
    targets: np.ndarray,
    codes: list[str],
    full: Thresholds,
    level3: Thresholds | None,
    category_of: Callable[[str], str],
) -> dict[str, dict[str, float]]:
    """The METRIC_KEYS at the global and the per-code thresholds, at full code and at level 3.

    Without level-3 thresholds a category is predicted when one of its codes is: its best margin over its
    codes' thresholds is at least 0.
    """
    global_thresholds, per_code = full.arrays(codes)
    ranking = ranking_metrics(scores, targets)
    scores3, targets3, categories = to_level3(scores, targets, codes, category_of)
    ranking3 = ranking_metrics(scores3, targets3)
    if level3 is None:
        by_global3, by_code3 = (
            threshold_metrics(to_level3(scores - cut, targets, codes, category_of)[0], targets3, 0.0)
            for cut in (global_thresholds, per_code)
        )
        level3_global = merge_metrics(by_global3, ranking3)
    else:
        global3, per_code3 = level3.arrays(categories)
        by_code3 = threshold_metrics(scores3, targets3, per_code3)
        level3_global = {
            **merge_metrics(threshold_metrics(scores3, targets3, global3), ranking3),
            "threshold": level3.global_threshold,
        }
    return {
        "full": {
            **merge_metrics(threshold_metrics(scores, targets, global_thresholds), ranking),
            "threshold": full.global_threshold,
        },
        "full_per_code": merge_metrics(threshold_metrics(scores, targets, per_code), ranking),
        "level3": level3_global,
        "level3_per_code": merge_metrics(by_code3, ranking3),
    }


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
