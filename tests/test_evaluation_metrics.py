"""The metrics of docs/architecture.md: metrics on small cases worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from coder_assist.evaluation import (
    METRIC_KEYS,
    all_metrics,
    exact_match,
    f1_macro,
    f1_micro,
    mean_average_precision,
    never_predicted,
    per_code_scores,
    precision_at_recall,
    rank,
    recall_at_k,
    top_k,
)

# 4 cases x 5 codes. At threshold 0.5 the predicted sets are
#   case 0: {0, 1}  true {0, 2, 4}
#   case 1: {1, 2}  true {2}        (codes 1 and 2 tie at 0.6: code 1 ranks first)
#   case 2: {0, 1}  true {}         (no true code: left out of the ranking averages)
#   case 3: {3}     true {3}
# Per code: 0: TP1 FP1 FN0 -> F1 2/3; 1: no positives (FP 3), left out of macro; 2: TP1 FN1 -> 2/3;
# 3: TP1 -> 1; 4: TP0 FN1, never predicted -> 0.
SCORES = np.array(
    [
        [0.9, 0.8, 0.3, 0.1, 0.2],
        [0.2, 0.6, 0.6, 0.4, 0.1],
        [0.7, 0.55, 0.2, 0.3, 0.0],
        [0.1, 0.2, 0.3, 0.9, 0.4],
    ]
)
TARGETS = np.array(
    [
        [1, 0, 1, 0, 1],
        [0, 0, 1, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 1, 0],
    ]
)


def test_f1_micro_pools_every_decision() -> None:
    # TP = 3, FP = 1 + 3 = 4, FN = 1 + 1 = 2: 2*3 / (2*3 + 4 + 2) = 6/12
    assert f1_micro(SCORES, TARGETS, 0.5) == pytest.approx(0.5)


def test_f1_macro_averages_only_codes_present_and_counts_unpredicted_codes_as_zero() -> None:
    # codes 0, 2, 3, 4 have positives: (2/3 + 2/3 + 1 + 0) / 4 = 7/12 (with code 1 it would be 7/15)
    assert f1_macro(SCORES, TARGETS, 0.5) == pytest.approx(7 / 12)


def test_per_code_precision_recall_f1() -> None:
    precision, recall, f1 = per_code_scores(SCORES, TARGETS, 0.5)
    # code 0: 1 of 2 predictions right; code 1: 0 of 3; code 2: 1 of 1, finds 1 of 2; code 4: nothing predicted
    np.testing.assert_allclose(precision, [1 / 2, 0, 1, 1, 0])
    np.testing.assert_allclose(recall, [1, 0, 1 / 2, 1, 0])
    np.testing.assert_allclose(f1, [2 / 3, 0, 2 / 3, 1, 0])


def test_exact_match_counts_whole_sets() -> None:
    # only case 3 predicts exactly its true set: 1/4
    assert exact_match(SCORES, TARGETS, 0.5) == pytest.approx(0.25)


def test_exact_match_counts_a_case_with_no_codes_and_no_predictions_as_a_match() -> None:
    assert exact_match(np.array([[0.1, 0.2]]), np.array([[0, 0]]), 0.5) == 1.0


def test_never_predicted_is_the_share_of_codes_no_case_gets() -> None:
    # code 4 is never >= 0.5: 1/5
    assert never_predicted(SCORES, 0.5) == pytest.approx(0.2)
    # per-code thresholds: code 4 at 0.4 is now predicted for case 3, code 3 at 0.95 for nobody
    assert never_predicted(SCORES, np.array([0.5, 0.5, 0.5, 0.95, 0.4])) == pytest.approx(0.2)
    assert never_predicted(SCORES, np.array([0.5, 0.5, 0.5, 0.5, 0.4])) == 0.0


def test_ranking_metrics_by_hand() -> None:
    # Rankings (ties by column): case 0: 0 1 2 4 3, hits 1 0 1 1 0 (R = 3)
    #                             case 1: 1 2 3 0 4, hits 0 1 0 0 0 (R = 1; the tie puts code 1 first)
    #                             case 3: 3 4 2 1 0, hits 1 0 0 0 0 (R = 1); case 2 has R = 0 and is left out.
    # recall@1: (1/3 + 0 + 1) / 3 = 4/9; recall@2: (1/3 + 1 + 1) / 3 = 7/9
    assert recall_at_k(SCORES, TARGETS, 1) == pytest.approx(4 / 9)
    assert recall_at_k(SCORES, TARGETS, 2) == pytest.approx(7 / 9)
    # R-precision: (2/3 + 0 + 1) / 3 = 5/9
    assert precision_at_recall(SCORES, TARGETS) == pytest.approx(5 / 9)
    # AP case 0: (1/1 + 2/3 + 3/4) / 3 = 29/36; case 1: (1/2) / 1; case 3: 1. MAP = (29/36 + 18/36 + 36/36) / 3
    assert mean_average_precision(SCORES, TARGETS) == pytest.approx(83 / 108)


def test_recall_at_k_counts_true_codes_by_rank() -> None:
    # one case, 20 codes, true codes at ranks 3, 7 and 12
    scores = np.linspace(1.0, 0.05, 20)[None, :]
    targets = np.zeros((1, 20), dtype=int)
    targets[0, [2, 6, 11]] = 1
    metrics = all_metrics(scores, targets, 0.5)
    assert metrics["recall@5"] == pytest.approx(1 / 3)
    assert metrics["recall@10"] == pytest.approx(2 / 3)
    assert metrics["recall@15"] == pytest.approx(1.0)


def test_ties_rank_by_column_index() -> None:
    scores = np.full((1, 3), 0.5)
    targets = np.array([[0, 0, 1]])
    np.testing.assert_array_equal(rank(scores), [[0, 1, 2]])
    # the true code is last among equals: rank 3
    assert mean_average_precision(scores, targets) == pytest.approx(1 / 3)
    assert precision_at_recall(scores, targets) == 0.0
    assert recall_at_k(scores, targets, 1) == 0.0
    # and the same matrix gives the same answer with the columns as float32
    assert mean_average_precision(scores.astype(np.float32), targets) == pytest.approx(1 / 3)


def test_top_k_is_the_ranking_head() -> None:
    indices, values = top_k(SCORES, 2)
    np.testing.assert_array_equal(indices, [[0, 1], [1, 2], [0, 1], [3, 4]])
    np.testing.assert_allclose(values, [[0.9, 0.8], [0.6, 0.6], [0.7, 0.55], [0.9, 0.4]])
    assert top_k(SCORES, 15)[0].shape == (4, 5)


def test_all_metrics_has_exactly_the_report_keys_and_agrees_with_the_single_metrics() -> None:
    metrics = all_metrics(SCORES, TARGETS, 0.5)
    assert tuple(metrics) == METRIC_KEYS
    assert metrics["f1_micro"] == pytest.approx(0.5)
    assert metrics["f1_macro"] == pytest.approx(7 / 12)
    assert metrics["exact_match"] == pytest.approx(0.25)
    assert metrics["never_predicted"] == pytest.approx(0.2)
    assert metrics["precision@recall"] == pytest.approx(5 / 9)
    assert metrics["map"] == pytest.approx(83 / 108)
    # C = 5: every true code is in the top 5
    assert metrics["recall@5"] == metrics["recall@15"] == 1.0


def test_ranking_metrics_match_across_row_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(0)
    scores = rng.random((50, 30))
    targets = rng.random((50, 30)) < 0.1
    whole = all_metrics(scores, targets, 0.5)
    monkeypatch.setattr("coder_assist.evaluation.matrices.CHUNK_CELLS", 30 * 7)  # 7 rows per chunk
    assert all_metrics(scores, targets, 0.5) == pytest.approx(whole)


def test_a_split_with_no_true_codes_scores_zero_not_nan() -> None:
    metrics = all_metrics(np.array([[0.9, 0.1]]), np.array([[0, 0]]), 0.5)
    assert metrics["f1_macro"] == metrics["map"] == metrics["recall@5"] == 0.0


@pytest.mark.parametrize(
    ("scores", "targets", "message"),
    [
        (np.zeros((2, 3)), np.zeros((3, 2)), "one shape"),
        (np.array([[np.nan, 0.1]]), np.array([[0, 1]]), "NaN"),
        (np.array([[0.5, 0.1]]), np.array([[2, 1]]), "only 0 and 1"),
    ],
)
def test_bad_matrices_are_refused(scores: np.ndarray, targets: np.ndarray, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        all_metrics(scores, targets, 0.5)
