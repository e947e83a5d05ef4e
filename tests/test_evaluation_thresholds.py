"""Threshold tuning on validation: the best cut is found, ties are respected, rare codes fall back."""

from __future__ import annotations

import numpy as np
import pytest

from coder_assist.evaluation import (
    apply_threshold,
    f1_micro,
    micro_curve,
    per_code_scores,
    shrink_thresholds,
    tune_global_threshold,
    tune_per_code_thresholds,
)


def test_global_threshold_is_the_obvious_best_cut() -> None:
    # Positives score 0.9, 0.8, 0.6; negatives 0.7, 0.3, 0.2 (P = 3). F1 = 2 TP / (predicted + P) per cut:
    # >= 0.9: 2/4; >= 0.8: 4/5; >= 0.7: 4/6; >= 0.6: 6/7 (best); >= 0.3: 6/8; >= 0.2: 6/9.
    # The threshold is the midpoint between 0.6 and the next lower score 0.3.
    scores = np.array([[0.9, 0.7], [0.8, 0.3], [0.6, 0.2]])
    targets = np.array([[1, 0], [1, 0], [1, 0]])
    threshold = tune_global_threshold(scores, targets)
    assert threshold == pytest.approx(0.45)
    assert f1_micro(scores, targets, threshold) == pytest.approx(6 / 7)


def test_global_threshold_never_cuts_between_tied_scores() -> None:
    # Four cells tie at 0.8 (one positive); cutting after the positive alone (F1 2/3) is impossible.
    # Realisable: >= 0.8: 2*1 / (4 + 2) = 1/3; >= 0.1: 2*2 / (6 + 2) = 1/2, the best.
    scores = np.array([[0.8, 0.8], [0.8, 0.8], [0.1, 0.1]])
    targets = np.array([[1, 0], [0, 0], [1, 0]])
    threshold = tune_global_threshold(scores, targets)
    assert threshold == pytest.approx(0.1)
    assert f1_micro(scores, targets, threshold) == pytest.approx(0.5)


def test_global_threshold_matches_a_brute_force_search() -> None:
    rng = np.random.default_rng(3)
    targets = rng.random((40, 12)) < 0.2
    scores = np.round(rng.random((40, 12)) * 0.6 + targets * 0.3, 2)  # rounding makes ties
    best = max(f1_micro(scores, targets, t) for t in np.unique(scores))
    assert f1_micro(scores, targets, tune_global_threshold(scores, targets)) == pytest.approx(best)


def test_micro_curve_points_are_the_metrics_at_each_threshold() -> None:
    rng = np.random.default_rng(4)
    targets = rng.random((10, 6)) < 0.3
    scores = np.round(rng.random((10, 6)), 1)
    curve = micro_curve(scores, targets)
    np.testing.assert_array_equal(curve["threshold"], np.unique(scores)[::-1])
    for i in (0, len(curve["threshold"]) // 2, len(curve["threshold"]) - 1):
        predicted = scores >= curve["threshold"][i]
        tp = (predicted & targets).sum()
        assert curve["precision"][i] == pytest.approx(tp / predicted.sum())
        assert curve["recall"][i] == pytest.approx(tp / targets.sum())
        assert curve["f1"][i] == pytest.approx(f1_micro(scores, targets, curve["threshold"][i]))


def test_float32_threshold_separates_adjacent_scores() -> None:
    # Two adjacent float32 values: no float32 lies between them, and numpy compares float32 scores with a
    # Python float in float32, so a naive midpoint can round onto the excluded score.
    for kept in (0.5, 0.3, 0.7, 0.123, 0.999):
        high = np.float32(kept)
        low = np.nextafter(high, np.float32(0))
        scores = np.array([[high], [low]], dtype=np.float32)
        targets = np.array([[1], [0]])
        threshold = tune_global_threshold(scores, targets)
        np.testing.assert_array_equal(apply_threshold(scores, threshold), targets.astype(bool))
        per_code = tune_per_code_thresholds(scores, targets, fallback=0.0, min_positives=1)
        np.testing.assert_array_equal(apply_threshold(scores, per_code), targets.astype(bool))


def test_global_tuning_refuses_a_split_without_positives() -> None:
    with pytest.raises(ValueError, match="no positive"):
        tune_global_threshold(np.array([[0.2, 0.4]]), np.array([[0, 0]]))


# Per code, 6 cases:
#   code 0: positives 0.9 0.8 0.7, negatives 0.2 0.1 0.05 -> cut at 0.7, threshold (0.7 + 0.2) / 2 = 0.45
#   code 1: positives 0.3 0.25 0.2, negatives 0.1 0.05 0.01 -> threshold (0.2 + 0.1) / 2 = 0.15
#   code 2: one positive -> too rare, keeps the fallback
#   code 3: no positive -> keeps the fallback
PER_CODE_SCORES = np.array(
    [
        [0.9, 0.3, 0.99, 0.5],
        [0.8, 0.25, 0.5, 0.4],
        [0.7, 0.2, 0.4, 0.3],
        [0.2, 0.1, 0.3, 0.2],
        [0.1, 0.05, 0.2, 0.1],
        [0.05, 0.01, 0.1, 0.0],
    ]
)
PER_CODE_TARGETS = np.array([[1, 1, 1, 0], [1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]])


def test_per_code_thresholds_fit_each_code_and_fall_back_for_rare_codes() -> None:
    thresholds = tune_per_code_thresholds(PER_CODE_SCORES, PER_CODE_TARGETS, fallback=0.6)
    np.testing.assert_allclose(thresholds, [0.45, 0.15, 0.6, 0.6])
    # both frequent codes are now perfect, which no single threshold achieves
    np.testing.assert_allclose(per_code_scores(PER_CODE_SCORES, PER_CODE_TARGETS, thresholds)[2][:2], [1, 1])


def test_min_positives_decides_which_codes_get_their_own_threshold() -> None:
    thresholds = tune_per_code_thresholds(PER_CODE_SCORES, PER_CODE_TARGETS, fallback=0.6, min_positives=1)
    # code 2's single positive scores 0.99, next lower 0.5
    np.testing.assert_allclose(thresholds, [0.45, 0.15, 0.745, 0.6])


def test_the_apps_thresholds_lean_on_the_global_one_where_support_is_thin() -> None:
    # one code tuned to 0.001 on 3 positives, one to 0.3 on 90, one to 0.9 on 10; global 0.4
    shrunk = shrink_thresholds(np.array([0.001, 0.3, 0.9]), 0.4, np.array([3, 90, 10]))
    np.testing.assert_allclose(shrunk, [(3 * 0.001 + 4) / 13, (27 + 4) / 100, (9 + 4) / 20])
    assert shrunk.min() > 0.2  # never near 0
    assert shrink_thresholds(np.array([0.01]), 0.4, np.array([10_000]))[0] == 0.2  # the floor: half the global


def test_per_code_thresholds_respect_ties_and_column_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(5)
    targets = rng.random((30, 9)) < 0.3
    scores = np.round(rng.random((30, 9)) * 0.6 + targets * 0.3, 1)  # heavy ties
    monkeypatch.setattr("coder_assist.evaluation.thresholds.CHUNK_CELLS", 30 * 2)  # 2 codes per chunk
    thresholds = tune_per_code_thresholds(scores, targets, fallback=0.5, min_positives=1)
    for code in range(9):
        column_scores, column_targets = scores[:, [code]], targets[:, [code]]
        best = max(f1_micro(column_scores, column_targets, t) for t in np.unique(column_scores))
        assert f1_micro(column_scores, column_targets, thresholds[code]) == pytest.approx(best)


def test_apply_threshold_takes_a_scalar_or_one_value_per_code() -> None:
    scores = np.array([[0.2, 0.6], [0.5, 0.4]])
    np.testing.assert_array_equal(apply_threshold(scores, 0.5), [[False, True], [True, False]])
    np.testing.assert_array_equal(apply_threshold(scores, np.array([0.1, 0.9])), [[True, False], [True, False]])
    with pytest.raises(ValueError, match="one value per code"):
        apply_threshold(scores, np.array([0.1, 0.2, 0.3]))
