"""The metrics of docs/architecture.md: metrics on a score matrix `[N, C]` and a 0/1 target matrix `[N, C]`.

Two families:
- threshold metrics (F1 micro/macro, exact match, never predicted) look at the predicted set
  `scores >= threshold`;
- ranking metrics (Recall@k, precision@recall, MAP) look only at each case's ranking of the C codes.

Ranking is deterministic: codes are sorted by score descending, ties by column index ascending (a stable
sort of the negated scores), so two runs and two machines agree even when a model outputs tied scores.
Where a ratio has nothing to divide by (no case with a true code, no code present) the metric is 0.0 rather
than NaN, so that metrics.json stays valid JSON.
"""

from __future__ import annotations

import numpy as np

from coder_assist.evaluation.matrices import as_matrices, row_chunks
from coder_assist.evaluation.thresholds import apply_threshold

METRIC_KEYS = (
    "f1_micro",
    "f1_macro",
    "exact_match",
    "recall@5",
    "recall@10",
    "recall@15",
    "precision@recall",
    "map",
    "never_predicted",
)
RECALL_KS = (5, 10, 15)


def rank(scores: np.ndarray) -> np.ndarray:
    """Column indices of each row from best to worst: score descending, then column index ascending.

    Args:
        scores: `[N, C]` scores.

    Returns:
        `[N, C]` int64 column indices.
    """
    return np.argsort(-np.asarray(scores), axis=1, kind="stable")


def top_k(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k best codes of each case, in ranking order.

    Args:
        scores: `[N, C]` scores.
        k: how many codes per case (capped at C).

    Returns:
        `indices [N, min(k, C)]` (columns) and `values [N, min(k, C)]` (their scores).
    """
    scores = np.asarray(scores)
    k = min(k, scores.shape[1])
    indices = np.empty((scores.shape[0], k), dtype=np.int64)
    for rows in row_chunks(scores.shape[0], scores.shape[1]):
        indices[rows] = rank(scores[rows])[:, :k]
    return indices, np.take_along_axis(scores, indices, axis=1)


def per_code_scores(
    scores: np.ndarray, targets: np.ndarray, threshold: float | np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall and F1 of each code at the threshold.

    A code never predicted has precision 0; a code with no positive target has recall 0; F1 is
    2·TP / (2·TP + FP + FN), 0 when that is 0/0.

    Args:
        scores: `[N, C]` scores.
        targets: `[N, C]` 0/1 targets.
        threshold: a global threshold or `[C]` per-code thresholds.

    Returns:
        `precision [C]`, `recall [C]`, `f1 [C]`.
    """
    scores, targets = as_matrices(scores, targets)
    tp, fp, fn = _confusion(apply_threshold(scores, threshold), targets)
    return _ratio(tp, tp + fp), _ratio(tp, tp + fn), _ratio(2 * tp, 2 * tp + fp + fn)


def f1_micro(scores: np.ndarray, targets: np.ndarray, threshold: float | np.ndarray) -> float:
    """F1 of all (case, code) decisions pooled: 2·ΣTP / (2·ΣTP + ΣFP + ΣFN). Shapes as in `all_metrics`."""
    scores, targets = as_matrices(scores, targets)
    return _f1_micro(apply_threshold(scores, threshold), targets)


def f1_macro(scores: np.ndarray, targets: np.ndarray, threshold: float | np.ndarray) -> float:
    """Mean per-code F1 over the codes with at least one positive target in this split.

    Codes with no positive target are left out (their F1 would be 0 or undefined and says nothing about
    the split); a code with positives but no predictions counts with F1 0. Shapes as in `all_metrics`.
    """
    scores, targets = as_matrices(scores, targets)
    return _f1_macro(apply_threshold(scores, threshold), targets)


def exact_match(scores: np.ndarray, targets: np.ndarray, threshold: float | np.ndarray) -> float:
    """Share of cases whose predicted code set equals the target set (a case with no codes matches an empty
    prediction). Shapes as in `all_metrics`."""
    scores, targets = as_matrices(scores, targets)
    return _exact_match(apply_threshold(scores, threshold), targets)


def never_predicted(scores: np.ndarray, threshold: float | np.ndarray) -> float:
    """Share of the C codes that are predicted for no case of the split.

    Args:
        scores: `[N, C]` scores.
        threshold: a global threshold or `[C]` per-code thresholds.
    """
    return _never_predicted(apply_threshold(scores, threshold))


def recall_at_k(scores: np.ndarray, targets: np.ndarray, k: int) -> float:
    """Share of a case's true codes found in its top k, averaged over cases with at least one true code.

    Shapes as in `all_metrics`.
    """
    if k < 1:
        raise ValueError(f"k must be at least 1; got {k}")
    return _ranking_metrics(*as_matrices(scores, targets), ks=(k,))[f"recall@{k}"]


def precision_at_recall(scores: np.ndarray, targets: np.ndarray) -> float:
    """R-precision: precision in a case's top R, R its number of true codes; averaged over cases with R >= 1.

    Shapes as in `all_metrics`.
    """
    return _ranking_metrics(*as_matrices(scores, targets), ks=())["precision@recall"]


def mean_average_precision(scores: np.ndarray, targets: np.ndarray) -> float:
    """MAP: per case, the mean of precision@rank over the ranks of its true codes in the full ranking;
    averaged over cases with at least one true code. Shapes as in `all_metrics`."""
    return _ranking_metrics(*as_matrices(scores, targets), ks=())["map"]


def threshold_metrics(scores: np.ndarray, targets: np.ndarray, threshold: float | np.ndarray) -> dict[str, float]:
    """F1 micro and macro, exact match and never predicted at one threshold (global `float` or `[C]`).

    Shapes as in `all_metrics`; cheap (no sort), so several thresholds can share one `ranking_metrics`.
    """
    scores, targets = as_matrices(scores, targets)
    predicted = apply_threshold(scores, threshold)
    return {
        "f1_micro": _f1_micro(predicted, targets),
        "f1_macro": _f1_macro(predicted, targets),
        "exact_match": _exact_match(predicted, targets),
        "never_predicted": _never_predicted(predicted),
    }


def ranking_metrics(scores: np.ndarray, targets: np.ndarray) -> dict[str, float]:
    """Recall@5/10/15, precision@recall and MAP from one sort per case. Shapes as in `all_metrics`."""
    return _ranking_metrics(*as_matrices(scores, targets), ks=RECALL_KS)


def all_metrics(scores: np.ndarray, targets: np.ndarray, threshold: float | np.ndarray) -> dict[str, float]:
    """Every metric of METRIC_KEYS.

    Args:
        scores: `[N, C]` scores.
        targets: `[N, C]` 0/1 targets.
        threshold: a global threshold or `[C]` per-code thresholds (threshold metrics only).

    Returns:
        `{key: value}` for exactly the keys of METRIC_KEYS, in that order, values in [0, 1].
    """
    return merge_metrics(threshold_metrics(scores, targets, threshold), ranking_metrics(scores, targets))


def merge_metrics(by_threshold: dict[str, float], by_ranking: dict[str, float]) -> dict[str, float]:
    """The outputs of `threshold_metrics` and `ranking_metrics` as one dict in METRIC_KEYS order."""
    values = {**by_threshold, **by_ranking}
    return {key: values[key] for key in METRIC_KEYS}


def _ranking_metrics(scores: np.ndarray, targets: np.ndarray, ks: tuple[int, ...]) -> dict[str, float]:
    """Recall@k for each k, precision@recall and MAP, from one sort per row chunk."""
    n_cases, n_codes = scores.shape
    found = {k: np.zeros(n_cases) for k in ks}
    r_precision = np.zeros(n_cases)
    average_precision = np.zeros(n_cases)
    n_true = targets.sum(axis=1)
    ranks = np.arange(1, n_codes + 1, dtype=np.float64)
    for rows in row_chunks(n_cases, n_codes):
        hits = np.take_along_axis(targets[rows], rank(scores[rows]), axis=1)  # [n, C] bool, best first
        hits_so_far = np.cumsum(hits, axis=1, dtype=np.int64)  # true codes within the top j + 1
        for k in ks:
            found[k][rows] = hits_so_far[:, min(k, n_codes) - 1]
        r = n_true[rows]
        r_precision[rows] = hits_so_far[np.arange(r.shape[0]), np.maximum(r - 1, 0)]
        average_precision[rows] = (hits_so_far / ranks * hits).sum(axis=1)
    has_codes = n_true > 0
    if not has_codes.any():
        return {**{f"recall@{k}": 0.0 for k in ks}, "precision@recall": 0.0, "map": 0.0}
    denominator = n_true[has_codes]
    result = {f"recall@{k}": float(np.mean(found[k][has_codes] / denominator)) for k in ks}
    result["precision@recall"] = float(np.mean(r_precision[has_codes] / denominator))
    result["map"] = float(np.mean(average_precision[has_codes] / denominator))
    return result


def _confusion(predicted: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """TP, FP and FN per code, each `[C]` int64, from `[N, C]` bool predictions and targets."""
    tp = (predicted & targets).sum(axis=0, dtype=np.int64)
    return tp, predicted.sum(axis=0, dtype=np.int64) - tp, targets.sum(axis=0, dtype=np.int64) - tp


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """Elementwise numerator / denominator, 0 where the denominator is 0."""
    return np.divide(numerator, denominator, out=np.zeros(np.shape(numerator)), where=denominator > 0)


def _f1_micro(predicted: np.ndarray, targets: np.ndarray) -> float:
    tp, fp, fn = (int(count.sum()) for count in _confusion(predicted, targets))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def _f1_macro(predicted: np.ndarray, targets: np.ndarray) -> float:
    tp, fp, fn = _confusion(predicted, targets)
    present = (tp + fn) > 0
    return float(np.mean(2 * tp[present] / (2 * tp[present] + fp[present] + fn[present]))) if present.any() else 0.0


def _exact_match(predicted: np.ndarray, targets: np.ndarray) -> float:
    return float(np.mean(np.all(predicted == targets, axis=1))) if predicted.shape[0] else 0.0


def _never_predicted(predicted: np.ndarray) -> float:
    return float(np.mean(~predicted.any(axis=0)))
