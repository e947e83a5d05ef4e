"""Fitting the combiner (``runtime.combiner``) on a validation split, and choosing the tiers' cuts from it.

The logistic regression is fitted by Newton's method (iteratively reweighted least squares) with a small L2
penalty, which for 15 features and a million candidate rows takes seconds and needs nothing but numpy. The
cuts are chosen among the ``top_k`` suggestions the app shows, so the validated precision of each tier is the
precision a coder sees:

- "Foreslået": among the codes without the other badge, the cut with the best F1 against the human codes
  (every human code counted, also those the app does not show) among cuts whose precision against them is at
  least ``SUGGEST_PRECISION``;
- "Sandsynligt overset B": first the under-coded categories, those whose true validation cases the human codes
  have in at most ``UNDERCODED_SHARE`` (with at least ``MIN_UNDERCODED`` true cases; the categories of usual B
  codes only). Then, for each of them, the lowest cut among its shown codes that the human coder left out (the
  flags a coder would see) whose precision against the true codes clears ``MISSED_PRECISION`` by one standard
  error on at least ``MIN_CATEGORY_FLAGS`` flags; a category that never does is not flagged. With fewer than
  ``MIN_FLAGS`` flags in all, or no truth in the validation to tell under-coding by, the tier is off: a badge
  that is wrong more often than one time in five teaches a coder to ignore it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from coder_assist.mentions.finder import Mention
from coder_assist.runtime.combiner import FEATURES, Combiner, named_categories, primary_features

SUGGEST_PRECISION = 0.7
MISSED_PRECISION = 0.8
MIN_FLAGS = 20
UNDERCODED_SHARE = 0.55
MIN_UNDERCODED = 30
MIN_CATEGORY_FLAGS = 10
L2 = 1.0
# Share of the label space hidden in the open-label-space copies of the validation cases (``fit_combiner``):
# chosen on the two hand-written development sets: hiding 0.6 / 0.8 / 0.9 of it gave recall@10 83.7 / 87.8 /
# 87.8% and 81.2 / 81.9 / 81.0% there.
OPEN_SHARE = 0.8


@dataclass(frozen=True)
class Candidates:
    """One validation case: its candidates' features and what is known of each."""

    features: np.ndarray  # [K, F]
    coded: np.ndarray  # [K] bool: a human coder coded it
    true: np.ndarray  # [K] bool: the case has it (the truth; the human codes where no truth is known)
    secondary: np.ndarray  # [K] bool: coders usually code it as B
    coded_total: int  # the case's human codes, candidates or not (every gold code counts)
    codes: np.ndarray  # [K] str: the candidates' codes
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # the note's mentions of each candidate
    is_a: np.ndarray | None = None  # [K] bool: the human A code; None where the data does not say


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = L2, iterations: int = 30, weight: np.ndarray | None = None
) -> np.ndarray:
    """Weights ``[F]`` of an L2-penalised logistic regression (the bias column, if any, penalised alike); a row
    of ``weight`` w counts as w copies of it."""
    weights = np.zeros(x.shape[1])
    penalty = l2 * np.eye(x.shape[1])
    weight = np.ones(len(y)) if weight is None else np.asarray(weight, dtype=np.float64)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ weights, -40, 40)))
        gradient = x.T @ (weight * (p - y)) + l2 * weights
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return weights


def fit_combiner(
    cases: Sequence[Candidates],
    top_k: int,
    open_cases: Sequence[Candidates] = (),
    coded: Sequence[Candidates] = (),
    coded_weight: float = 1.0,
) -> Combiner:
    """The combiner fitted on ``cases``, with its cuts and what it measured there.

    ``open_cases`` are the same cases read as if the model knew only part of its codes (``OPEN_SHARE`` of them
    hidden, ``pipeline.calibrate_bundle``). The weights are fitted on them too: in synthetic validation cases
    nearly every true code is one the model knows, so a code that only the note names is nearly always a false
    reading there and would learn to count for little, while in notes people write 43-66% of the gold codes
    lie outside the label space (benchmarks/results/handwritten.md) and are found only by their naming.
    ``coded`` are cases people wrote and coded, each counted ``coded_weight`` times in the fit of the weights.
    The cuts are chosen on ``cases`` alone, as the app shows them."""
    if not cases:
        raise ValueError("no validation cases to fit the combiner on")
    fitted = (*cases, *open_cases, *coded)
    x = np.concatenate([c.features for c in fitted])
    if x.shape[1] != len(FEATURES):
        raise ValueError(f"features have {x.shape[1]} columns, the combiner {len(FEATURES)}")
    true = np.concatenate([c.true for c in fitted]).astype(np.float64)
    if not true.any():
        raise ValueError("the validation cases have no true candidate; nothing to fit")
    weight = np.ones(len(true))
    weight[len(true) - sum(len(c.true) for c in coded) :] = coded_weight
    weights = fit_logistic(x, true, weight=weight)
    undercoded = undercoded_categories(cases)
    draft = Combiner(weights, 1.0, dict.fromkeys(undercoded, 0.0), {})
    shown_coded, shown_true, shown_p, shown_flaggable, shown_codes = [], [], [], [], []
    for case in cases:
        p = draft.probabilities(case.features)
        top = np.argsort(-p, kind="stable")[:top_k]
        shown_coded.append(case.coded[top])
        shown_true.append(case.true[top])
        shown_p.append(p[top])
        named = named_categories(case.mentions)
        shown_flaggable.append(draft.missed_bar(case.codes[top], case.secondary[top], named) < np.inf)
        shown_codes.append(case.codes[top])
    coded_total = sum(c.coded_total for c in cases)
    p, is_coded, is_true = np.concatenate(shown_p), np.concatenate(shown_coded), np.concatenate(shown_true)
    categories = np.array([str(code)[:4] for code in np.concatenate(shown_codes)])
    left_out = np.concatenate(shown_flaggable) & ~is_coded
    missed_cuts, missed = _missed_tier(p[left_out], is_true[left_out], categories[left_out])
    missed["undercoded"] = undercoded
    # "Foreslået" is chosen among the codes that do not carry the other badge, as the app shows them.
    bar = np.array([missed_cuts.get(category, np.inf) for category in categories])
    unflagged = ~(np.concatenate(shown_flaggable) & (p >= bar))
    suggest_cut, suggested = _suggest_cut(p[unflagged], is_coded[unflagged], coded_total)
    validation = {
        "cases": len(cases),
        "open_cases": len(open_cases),
        "candidates": int(x.shape[0]),
        "suggested": suggested,
        "missed": missed,
    }
    primary_weights, validation["primary"] = _fit_primary(draft, cases)
    return Combiner(weights, suggest_cut, missed_cuts, validation, primary_weights)


def _fit_primary(draft: Combiner, cases: Sequence[Candidates]) -> tuple[np.ndarray | None, dict]:
    """The A-diagnosis model, fitted on the cases whose human A code is a candidate, and how often the fitted
    model puts that code first among the candidates (against ranking by presence alone)."""
    rows, targets, cases_with_a = [], [], []
    for case in cases:
        if case.is_a is None or not case.is_a.any():
            continue
        p = draft.probabilities(case.features)
        rows.append(primary_features(case.codes, p, case.secondary, case.mentions))
        targets.append(case.is_a)
        cases_with_a.append(p)
    if not rows:
        return None, {"cases": 0}
    weights = fit_logistic(np.concatenate(rows), np.concatenate(targets).astype(np.float64))
    first = sum(bool(t[np.argmax(f @ weights)]) for f, t in zip(rows, targets, strict=True))
    by_presence = sum(bool(t[np.argmax(p)]) for p, t in zip(cases_with_a, targets, strict=True))
    n = len(rows)
    return weights, {"cases": n, "a_first": round(first / n, 4), "a_first_by_presence": round(by_presence / n, 4)}


def undercoded_categories(cases: Sequence[Candidates]) -> dict[str, float]:
    """Category -> share of its true cases that the human codes have, for the categories of usual B codes
    that coders leave out often enough (``UNDERCODED_SHARE``) on enough cases (``MIN_UNDERCODED``)."""
    true_n: dict[str, int] = {}
    coded_n: dict[str, int] = {}
    for case in cases:
        for code, coded in zip(case.codes[case.true & case.secondary], case.coded[case.true & case.secondary],
                               strict=True):  # fmt: skip
            category = str(code)[:4]
            true_n[category] = true_n.get(category, 0) + 1
            coded_n[category] = coded_n.get(category, 0) + int(coded)
    shares = {category: coded_n[category] / n for category, n in true_n.items() if n >= MIN_UNDERCODED}
    return {category: round(share, 4) for category, share in sorted(shares.items()) if share <= UNDERCODED_SHARE}


def _suggest_cut(p: np.ndarray, coded: np.ndarray, coded_total: int) -> tuple[float, dict]:
    order = np.argsort(-p, kind="stable")
    tp = np.cumsum(coded[order])
    predicted = np.arange(1, len(order) + 1)
    precision = tp / predicted
    f1 = 2 * tp / (predicted + coded_total)
    allowed = precision >= SUGGEST_PRECISION
    best = int(np.argmax(np.where(allowed, f1, -1.0))) if allowed.any() else int(np.argmax(precision))
    cut = float(p[order[best]])
    return cut, {
        "precision": round(float(precision[best]), 4),
        "recall": round(float(tp[best] / coded_total), 4) if coded_total else 0.0,
        "f1": round(float(f1[best]), 4),
        "shown": int(predicted[best]),
    }


def _missed_tier(p: np.ndarray, true: np.ndarray, categories: np.ndarray) -> tuple[dict[str, float], dict]:
    """The cut of "Sandsynligt overset B" for each under-coded category: the lowest whose flags (the shown codes
    the coder left out) are right at least ``MISSED_PRECISION`` of the time on at least ``MIN_CATEGORY_FLAGS``;
    a category that never gets there is not flagged. The tier is off with fewer than ``MIN_FLAGS`` flags in all."""
    cuts, by_category = {}, {}
    for category in sorted(set(categories.tolist())):
        mine = categories == category
        cut, by_category[category] = _missed_cut(p[mine], true[mine], MIN_CATEGORY_FLAGS)
        if cut is not None:
            cuts[category] = cut
    flags = sum(by_category[c]["flags"] for c in cuts)
    if flags < MIN_FLAGS:
        return {}, {"flags": 0, "precision": None, "required": MISSED_PRECISION, "by_category": by_category}
    right = sum(by_category[c]["flags"] * by_category[c]["precision"] for c in cuts)
    figures = {"flags": flags, "precision": round(right / flags, 4), "required": MISSED_PRECISION}
    return cuts, {**figures, "by_category": by_category}


def _missed_cut(p: np.ndarray, true: np.ndarray, min_flags: int = MIN_FLAGS) -> tuple[float | None, dict]:
    if not len(p):
        return None, {"flags": 0, "precision": None, "required": MISSED_PRECISION}
    order = np.argsort(-p, kind="stable")
    tp = np.cumsum(true[order])
    flags = np.arange(1, len(order) + 1)
    precision = tp / flags
    # The precision must clear the bar by one standard error, so that a cut chosen on a few validation flags
    # keeps its promise on new cases.
    margin = np.sqrt(precision * (1 - precision) / flags)
    good = np.flatnonzero((precision - margin >= MISSED_PRECISION) & (flags >= min_flags))
    if not len(good):
        return None, {"flags": 0, "precision": None, "required": MISSED_PRECISION, "best_precision_at_min_flags":
                      round(float(precision[min_flags - 1]), 4) if len(p) >= min_flags else None}  # fmt: skip
    last = int(good[-1])
    return float(p[order[last]]), {
        "flags": int(flags[last]),
        "precision": round(float(precision[last]), 4),
        "required": MISSED_PRECISION,
    }
