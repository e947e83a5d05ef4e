"""Choosing decision thresholds on validation scores, and applying them.

A code is predicted when its score is >= its threshold. Both tuners search the exact set of thresholds that
can change a decision: the distinct scores themselves. A fixed grid (0.01 .. 0.99) would be simpler, but
sigmoid outputs of a model with ~1,000 labels crowd near 0 for rare codes and near 1 for frequent ones, so a
grid step of 0.01 can skip the best cut entirely; the sorted-score search costs one sort and one cumulative
sum, and finds the optimum on validation exactly. The returned threshold is the midpoint between the
lowest score kept and the next lower distinct score, so test scores a hair below a validation score fall on
the side they fell on in validation rather than on a knife edge.
"""

from __future__ import annotations

import numpy as np

from coder_assist.evaluation.matrices import CHUNK_CELLS, as_matrices

# Codes with fewer validation positives than this keep the global threshold: with one or two positives the
# F1-best cut sits exactly at those cases' scores, which says more about those cases than about the code.
MIN_POSITIVES = 3


def apply_threshold(scores: np.ndarray, threshold: float | np.ndarray) -> np.ndarray:
    """Predicted codes: `scores >= threshold`.

    Args:
        scores: `[N, C]` scores.
        threshold: one global threshold, or `[C]` per-code thresholds (broadcast over the rows).

    Returns:
        `[N, C]` bool, True where the code is predicted for the case.
    """
    threshold = np.asarray(threshold)
    if threshold.ndim not in (0, 1) or (threshold.ndim == 1 and threshold.shape[0] != np.shape(scores)[-1]):
        raise ValueError(f"threshold must be a scalar or one value per code [C]; got shape {threshold.shape}")
    return np.asarray(scores) >= threshold


def micro_curve(scores: np.ndarray, targets: np.ndarray) -> dict[str, np.ndarray]:
    """Micro precision, recall and F1 at every threshold that changes a decision.

    Args:
        scores: `[N, C]` validation scores.
        targets: `[N, C]` 0/1 validation targets.

    Returns:
        `threshold [K]` (the distinct scores, descending), `precision [K]`, `recall [K]` and `f1 [K]` when
        predicting every cell with a score >= that threshold.
    """
    scores, targets = as_matrices(scores, targets)
    flat = scores.ravel()
    # Sorting values alone (not an argsort of all N·C cells) is several times faster; the positives per
    # distinct score then come from placing the few positive cells among the distinct scores.
    ascending = np.sort(flat)
    starts = np.flatnonzero(np.r_[True, ascending[1:] != ascending[:-1]])  # first cell of each distinct score
    distinct = ascending[starts]
    positive_scores = flat[targets.ravel()]
    positives_at = np.bincount(np.searchsorted(distinct, positive_scores), minlength=distinct.shape[0])
    # Descending from here: the cut at a distinct score predicts every cell with that score or a higher one.
    tp = np.cumsum(positives_at[::-1]).astype(np.float64)
    predicted = (flat.shape[0] - starts[::-1]).astype(np.float64)
    positives = float(positive_scores.shape[0])
    return {
        "threshold": distinct[::-1],
        "precision": tp / predicted,
        "recall": tp / positives if positives else np.zeros_like(tp),
        "f1": 2 * tp / (predicted + positives),
    }


def tune_global_threshold(scores: np.ndarray, targets: np.ndarray) -> float:
    """The one threshold that maximises micro F1 on validation (see the module notes for the search).

    Args:
        scores: `[N, C]` validation scores.
        targets: `[N, C]` 0/1 validation targets.

    Returns:
        The threshold; among equally good cuts the highest one (fewest predictions) wins.

    Raises:
        ValueError: the validation targets hold no positive at all, so no threshold is better than another.
    """
    scores, targets = as_matrices(scores, targets)
    if not targets.any():
        raise ValueError("validation targets have no positive label; cannot tune a threshold")
    curve = micro_curve(scores, targets)
    best = int(np.argmax(curve["f1"]))
    cuts = curve["threshold"]
    below = cuts[best + 1] if best + 1 < cuts.shape[0] else cuts[best]
    return float(_between(np.asarray([cuts[best]]), np.asarray([below]), scores.dtype)[0])


def tune_per_code_thresholds(
    scores: np.ndarray, targets: np.ndarray, fallback: float, min_positives: int = MIN_POSITIVES
) -> np.ndarray:
    """Per-code thresholds that maximise each code's F1 on validation.

    Args:
        scores: `[N, C]` validation scores.
        targets: `[N, C]` 0/1 validation targets.
        fallback: the threshold for codes with fewer than `min_positives` validation positives (normally the
            tuned global threshold).
        min_positives: the least number of validation positives a code needs for a threshold of its own.

    Returns:
        `[C]` float64 thresholds; among equally good cuts of one code the highest wins.
    """
    scores, targets = as_matrices(scores, targets)
    n_cases, n_codes = scores.shape
    thresholds = np.full(n_codes, float(fallback))
    positives = targets.sum(axis=0)
    tunable = np.flatnonzero(positives >= min_positives)
    step = max(1, CHUNK_CELLS // max(n_cases, 1))
    for start in range(0, tunable.shape[0], step):
        columns = tunable[start : start + step]
        order = np.argsort(-scores[:, columns], axis=0, kind="stable")  # [N, c]
        ranked = np.take_along_axis(scores[:, columns], order, axis=0)
        tp = np.cumsum(np.take_along_axis(targets[:, columns], order, axis=0), axis=0, dtype=np.int64)
        predicted = np.arange(1, n_cases + 1, dtype=np.float64)[:, None]
        f1 = 2 * tp / (predicted + positives[columns])
        # As in micro_curve: a cut between tied scores is not realisable.
        f1[:-1][ranked[:-1] == ranked[1:]] = -1.0
        best = np.argmax(f1, axis=0)  # [c]
        index = np.arange(columns.shape[0])
        below = ranked[np.minimum(best + 1, n_cases - 1), index]
        thresholds[columns] = _between(ranked[best, index], below, scores.dtype)
    return thresholds


# How many validation positives a code's own threshold counts as, against the global one: with 3 positives a
# code keeps 3/13 of its own cut, with 50 about 80%. The app's thresholds (export) are shrunk; the paper's
# per-code evaluation is not.
SHRINK_POSITIVES = 10
FLOOR_SHARE = 0.5  # no code's threshold goes below this share of the global one


def shrink_thresholds(
    per_code: np.ndarray, global_threshold: float, positives: np.ndarray, strength: float = SHRINK_POSITIVES
) -> np.ndarray:
    """Per-code thresholds drawn toward the global one by how little validation support each has.

    A cut tuned on three validation positives sits at those cases' scores: 0.001 for one code once gave 112
    false positives. Each code's threshold becomes the mean of its own and the global one weighted by its
    positives and ``strength``, and never less than ``FLOOR_SHARE`` of the global one.

    Args:
        per_code: `[C]` thresholds from :func:`tune_per_code_thresholds`.
        global_threshold: the tuned global threshold.
        positives: `[C]` validation positives of each code.
        strength: how many positives the global threshold counts as.

    Returns:
        `[C]` float64 thresholds.
    """
    positives = np.asarray(positives, dtype=np.float64)
    shrunk = (positives * np.asarray(per_code, dtype=np.float64) + strength * global_threshold) / (positives + strength)
    return np.maximum(shrunk, FLOOR_SHARE * global_threshold)


def _between(kept: np.ndarray, below: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """Midpoints between the lowest kept scores and the next lower scores, `[c]`, exact in the scores' dtype.

    The midpoint is rounded to the scores' dtype because numpy compares float32 scores with a Python float
    in float32: a float64 midpoint of two adjacent float32 values could round down onto the excluded score.
    Where no representable value lies strictly between, the kept score itself is the threshold.
    """
    middle = ((kept.astype(np.float64) + below.astype(np.float64)) / 2).astype(dtype)
    return np.where((middle > below) & (middle <= kept), middle, kept).astype(np.float64)
