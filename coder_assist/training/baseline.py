"""The baseline a user would otherwise pick: TF-IDF n-grams and one logistic regression per code.

Features: word 1-2-grams and character 2-5-grams within word boundaries (``char_wb``, robust to Danish
compounds and inflection), each TF-IDF with sublinear term frequency and a vocabulary cap, side by side.
Classifier: one L2-regularised logistic regression per code, liblinear's dual solver (fast when features
outnumber cases, as here), fitted in parallel worker processes, not threads: liblinear draws its case order
from C's process-wide ``rand()``, which it seeds at the start of every fit, so two threads fitting at once
shuffled with each other's draws and the weights depended on the timing (two fits of one data set with
2 threads differed in 1,577 of 1,609 weight columns). A process fits its codes one after another, so each
fit sees only its own seeded sequence; joblib hands the feature matrix to the workers as a shared
memory-mapped file, not a copy each. The fitted weights are kept as one float32 matrix, so scoring is one sparse
matrix product and the model holds no 500 separate estimators.

Codes with no positive training case cannot be fitted and score 0; codes on every training case score 1.
scikit-learn is imported here only (the ``train`` extra).
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from coder_assist.datasets import SPLITS, Dataset, Example, LabelSpace, encode_targets, outside
from coder_assist.errors import UserError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BaselineConfig:
    word_max_features: int = 100_000  # most frequent word 1-2-grams kept
    char_max_features: int = 100_000  # most frequent character 2-5-grams kept
    min_df: int = 2  # an n-gram must occur in this many training cases (drops typos and ids)
    # n-grams in more than this share of training cases are dropped: they say little about any code, yet
    # they fill most of the sparse matrix (0.5 halves the character n-grams per case, and the fitting time)
    max_df: float = 0.5
    c: float = 10.0  # inverse L2 strength; high because TF-IDF rows are unit length and codes are rare
    tol: float = 0.1  # liblinear's own default for the dual solver; scikit-learn's 1e-4 is 2x slower, same AP
    # a cap, not a target: a few codes with noisy labels would take 1000+ passes for no better ranking
    max_iter: int = 100
    class_weight: str | None = None  # "balanced" lifts rare codes but skews the ranking across codes
    n_jobs: int = 2  # processes fitting codes in parallel (threads for the two vectorizers); any count, one result
    seed: int = 0  # liblinear's dual solver visits the cases in a random order; seeded, one data set, one result


@dataclass
class BaselineModel:
    """A fitted baseline: the vectorizer and, for every code of the label space, a weight column."""

    vectorizer: Any  # sklearn FeatureUnion of the two TfidfVectorizers
    weights: np.ndarray  # [F, C] float32
    bias: np.ndarray  # [C] float32
    codes: list[str]  # the label space's codes, the column order of weights and scores


def _require_sklearn() -> None:
    try:
        import sklearn  # noqa: F401
    except ModuleNotFoundError:
        raise UserError("the baseline needs scikit-learn; install it with: pip install '.[train]'") from None


def _vectorizer(config: BaselineConfig) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    common = {"sublinear_tf": True, "min_df": config.min_df, "max_df": config.max_df, "dtype": np.float32}
    return FeatureUnion(
        [
            ("word", TfidfVectorizer(ngram_range=(1, 2), max_features=config.word_max_features, **common)),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), max_features=config.char_max_features, **common
                ),
            ),
        ],
        n_jobs=config.n_jobs,
    )


def _fit_codes(features: Any, targets: np.ndarray, config: BaselineConfig) -> list[tuple[np.ndarray, float, bool]]:
    """Fit one logistic regression per column of ``targets`` `[N, K]`, one after another in this process.

    Returns:
        per column: the weights `[F]` float32, the intercept, and whether the fit stopped at ``max_iter``.
    """
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    results = []
    # Counted by the caller instead of one warning per code; set here because each worker has its own filters.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        for column in range(targets.shape[1]):
            model = LogisticRegression(
                solver="liblinear",
                dual=True,
                C=config.c,
                tol=config.tol,
                class_weight=config.class_weight,
                max_iter=config.max_iter,
                random_state=config.seed,
            )
            model.fit(features, targets[:, column])
            results.append(
                (
                    model.coef_[0].astype(np.float32),
                    float(model.intercept_[0]),
                    bool(model.n_iter_.max() >= config.max_iter),
                )
            )
    return results


def fit_baseline(
    train: Sequence[Example], label_space: LabelSpace, config: BaselineConfig | None = None
) -> BaselineModel:
    """Fit TF-IDF on the training texts and one logistic regression per code of ``label_space``."""
    config = config or BaselineConfig()
    if not train:
        raise UserError("the baseline needs at least one training case")
    _require_sklearn()
    vectorizer = _vectorizer(config)
    from joblib import Parallel, delayed

    started = time.perf_counter()
    features = vectorizer.fit_transform([example.text for example in train]).tocsr()
    # LogisticRegression.fit takes np.max(X), which makes a non-canonical CSR matrix canonical in place: on
    # a matrix shared between threads that corrupted the heap, and the workers' memory-mapped copy is
    # read-only. Done once here, every fit only reads it.
    features.sum_duplicates()
    targets = encode_targets(train, label_space)  # [N, C]
    positives = targets.sum(axis=0)
    fitted = np.flatnonzero((positives > 0) & (positives < len(train)))
    vectorized = time.perf_counter()

    # A few chunks per worker: codes differ a lot in fitting time, and a chunk pays one round trip.
    chunks = [chunk for chunk in np.array_split(fitted, max(1, config.n_jobs) * 4) if len(chunk)]
    parts = Parallel(n_jobs=config.n_jobs)(delayed(_fit_codes)(features, targets[:, chunk], config) for chunk in chunks)
    results = [result for part in parts for result in part]
    weights = np.zeros((features.shape[1], len(label_space)), dtype=np.float32)
    bias = np.full(len(label_space), -np.inf, dtype=np.float32)  # sigmoid(-inf) = 0: never positive in train
    bias[positives == len(train)] = np.inf  # always positive in train: score 1
    capped = 0
    for column, (coef, intercept, stopped) in zip(fitted, results, strict=True):
        capped += stopped
        weights[:, column] = coef
        bias[column] = intercept
    log.info(
        "baseline fitted: %d cases, %d features, %d of %d codes fitted (%d stopped at max_iter); "
        "vectorizing %.1f s, fitting %.1f s",
        len(train), features.shape[1], len(fitted), len(label_space), capped,
        vectorized - started, time.perf_counter() - vectorized,
    )  # fmt: skip
    return BaselineModel(vectorizer=vectorizer, weights=weights, bias=bias, codes=list(label_space.codes))


def predict_scores(model: BaselineModel, texts: Sequence[str]) -> np.ndarray:
    """Probabilities of every code for every text.

    Returns:
        `[N, C]` float32 in [0, 1], columns in ``model.codes`` order.
    """
    if not texts:
        return np.zeros((0, len(model.codes)), dtype=np.float32)
    features = model.vectorizer.transform(list(texts))
    logits = np.asarray(features @ model.weights, dtype=np.float32) + model.bias
    with np.errstate(over="ignore"):  # exp(+inf) for never-positive codes gives exactly 0, as meant
        return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)


def baseline_results(dataset: Dataset, label_space: LabelSpace, config: BaselineConfig | None = None) -> dict[str, Any]:
    """Fit on train, score val and test, and evaluate with coder_assist.evaluation.

    One global threshold is tuned on validation for micro F1 and applied to both splits (docs/architecture.md: metrics).

    Returns:
        ``{"codes": [C], "threshold": float, "seconds": {"fit", "predict"},
        "val"/"test": {"case_ids": [N], "scores": [N, C] float32, "targets": [N, C] uint8,
        "outside": {"occurrences", "codes"}, "metrics": {key: value}}}``; ``outside`` counts the
        split's codes that the label space lacks (ignored in the targets).
    """
    from coder_assist.evaluation.metrics import all_metrics
    from coder_assist.evaluation.thresholds import tune_global_threshold

    started = time.perf_counter()
    model = fit_baseline(dataset.train, label_space, config)
    fitted = time.perf_counter()
    results: dict[str, Any] = {"codes": list(label_space.codes)}
    for name in SPLITS[1:]:
        examples = dataset.split(name)
        occurrences, codes = outside(examples, label_space)
        results[name] = {
            "case_ids": [example.case_id for example in examples],
            "scores": predict_scores(model, [example.text for example in examples]),
            "targets": encode_targets(examples, label_space),
            "outside": {"occurrences": occurrences, "codes": codes},
        }
    results["seconds"] = {"fit": fitted - started, "predict": time.perf_counter() - fitted}
    threshold = tune_global_threshold(results["val"]["scores"], results["val"]["targets"])
    results["threshold"] = threshold
    for name in SPLITS[1:]:
        results[name]["metrics"] = all_metrics(results[name]["scores"], results[name]["targets"], threshold)
    return results
