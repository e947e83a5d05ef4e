"""The TF-IDF + logistic regression baseline learns what it should and scores what it cannot fit as 0."""

from __future__ import annotations

import random

import numpy as np
import pytest

pytest.importorskip("sklearn", reason="the baseline needs scikit-learn (pip install '.[train]')")

from coder_assist.datasets import Dataset, Example, LabelSpace, build_label_space, encode_targets
from coder_assist.evaluation.metrics import mean_average_precision
from coder_assist.training.baseline import BaselineConfig, baseline_results, fit_baseline, predict_scores

SIGNS = {
    "DI10": "hypertension",
    "DE11": "diabetes",
    "DJ45": "astma",
    "DK35": "appendicitis",
    "DN39": "urinvejsinfektion",
}
FILLER = (
    "patienten", "blev", "indlagt", "og", "udskrevet", "i", "god", "almentilstand",
    "efter", "samtale", "med", "lægen", "om", "forløbet",
)  # fmt: skip


def toy(n: int, seed: int) -> list[Example]:
    """Cases whose codes are exactly the conditions their text names, among shared filler words."""
    rng = random.Random(seed)
    examples = []
    for i in range(n):
        codes = rng.sample(sorted(SIGNS), k=rng.randint(1, 2))
        words = [rng.choice(FILLER) for _ in range(30)] + [SIGNS[c] for c in codes]
        rng.shuffle(words)
        examples.append(Example(f"{seed}-{i}", f"{seed}-{i}", " ".join(words), codes, None))
    return examples


def test_baseline_learns_a_separable_problem() -> None:
    train, test = toy(120, seed=1), toy(40, seed=2)
    space, _ = build_label_space(train, min_count=5)

    model = fit_baseline(train, space, BaselineConfig(n_jobs=1))
    scores = predict_scores(model, [e.text for e in test])

    assert scores.shape == (40, 5) and scores.dtype == np.float32
    assert ((scores >= 0) & (scores <= 1)).all()
    targets = encode_targets(test, space)
    chance = mean_average_precision(np.random.default_rng(0).random(scores.shape), targets)
    assert mean_average_precision(scores, targets) > 0.95 > chance + 0.3


def test_codes_without_a_positive_training_case_score_zero() -> None:
    train, test = toy(80, seed=3), toy(40, seed=4)
    space = LabelSpace(codes=["DA00", *sorted(SIGNS)], frequency={})  # DA00 never occurs in train

    scores = predict_scores(fit_baseline(train, space, BaselineConfig(n_jobs=1)), [e.text for e in test])

    assert (scores[:, 0] == 0).all()
    assert mean_average_precision(scores, encode_targets(test, space)) > 0.95  # the other codes still learnt


def test_baseline_results_gives_matrices_and_metrics_for_val_and_test() -> None:
    data = Dataset(train=toy(100, seed=5), val=toy(30, seed=6), test=toy(30, seed=7))
    data.test[0].codes.append("DX99")  # unseen in training: ignored in targets, counted
    space, _ = build_label_space(data.train, min_count=5)

    results = baseline_results(data, space, BaselineConfig(n_jobs=2))

    assert results["codes"] == space.codes
    for name in ("val", "test"):
        assert results[name]["scores"].shape == results[name]["targets"].shape == (30, 5)
        assert results[name]["metrics"]["map"] > 0.95
    assert results["test"]["outside"] == {"occurrences": 1, "codes": 1}
    assert 0 < results["threshold"] < 1


def test_every_fit_gets_a_canonical_feature_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    """LogisticRegression.fit canonicalises a non-canonical CSR matrix in place: on a matrix shared between
    fitting threads that crashed `evaluate --baseline` with heap corruption, and the worker processes get a
    read-only memory map. Every fit must therefore get a matrix that is already canonical (so it only reads)."""
    from sklearn.linear_model import LogisticRegression

    original = LogisticRegression.fit
    seen: list[bool] = []

    def recording_fit(self, X, y, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(bool(X.has_canonical_format))
        return original(self, X, y, *args, **kwargs)

    monkeypatch.setattr(LogisticRegression, "fit", recording_fit)  # seen in this process only: n_jobs=1
    train = toy(60, seed=5)
    space, _ = build_label_space(train, min_count=5)

    fit_baseline(train, space, BaselineConfig(n_jobs=1))

    assert seen and all(seen)


def test_the_same_training_cases_give_the_same_baseline_whatever_the_worker_count() -> None:
    # liblinear's dual solver shuffles the cases with C's process-wide rand(), seeded at the start of each
    # fit: fits on parallel threads drew from each other's sequence, and two CodiEsp fits with 2 threads
    # differed in 1,577 of 1,609 weight columns. Thirty codes give the threads many fits to overlap: with
    # threads, 2 workers differed from 1 in 6 runs of 6 on this data (5 codes: 2 of 6).
    rng = random.Random(5)
    train = []
    for i in range(300):
        codes = rng.sample([f"DX{j:02d}" for j in range(30)], k=3)
        words = [rng.choice(FILLER) for _ in range(30)] + [f"tegn{code[2:]}" for code in codes if rng.random() < 0.8]
        rng.shuffle(words)
        train.append(Example(str(i), str(i), " ".join(words), codes, None))
    space, _ = build_label_space(train, min_count=5)

    fits = [fit_baseline(train, space, BaselineConfig(n_jobs=n_jobs)) for n_jobs in (1, 2, 3)]

    for other in fits[1:]:
        assert np.array_equal(fits[0].weights, other.weights) and np.array_equal(fits[0].bias, other.bias)
