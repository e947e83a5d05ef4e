"""The figures of the paper's report (``coder-assist report``), as pure functions of score and target matrices.

Every function takes the test split's matrices over every gold code: `scores [N, C]` (0 for a code the system
cannot score) and `targets [N, C]` 0/1, columns in the order of `codes`; a code outside the label space is a
miss, as it is for a coder using the app. Nothing here draws or writes files (``figures`` and ``html`` do).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from coder_assist.evaluation.levels import sks_category, to_level3
from coder_assist.evaluation.matrices import as_matrices
from coder_assist.evaluation.metrics import f1_micro, per_code_scores, rank, recall_at_k

MIN_DEPARTMENT_CASES = 20  # departments with fewer test cases say too little to be listed
# Training-frequency buckets of a level-3 category, on a log scale: never seen, 1-9, 10-99, 100-999, 1000+.
FREQUENCY_EDGES = (0, 1, 10, 100, 1000)
RECALL_KS = (5, 10)


def per_department(
    scores: np.ndarray,
    targets: np.ndarray,
    in_label_space: np.ndarray,
    departments: Sequence[str],
    threshold: float | np.ndarray,
    min_cases: int = MIN_DEPARTMENT_CASES,
) -> list[dict]:
    """F1 (micro, at ``threshold``), recall@10 and the share of gold code occurrences outside the label space,
    per department with at least ``min_cases`` test cases, most cases first (then by name).

    Args:
        in_label_space: `[C]` bool, the codes the system can score.
        departments: the department of each of the N cases.
    """
    scores, targets = as_matrices(scores, targets)
    names = np.asarray(departments, dtype=object)
    rows = []
    for name in sorted(set(departments)):
        cases = names == name
        if cases.sum() < min_cases:
            continue
        gold = targets[cases]
        occurrences = int(gold.sum())
        outside = int(gold[:, ~np.asarray(in_label_space, dtype=bool)].sum())
        rows.append({
            "department": name,
            "cases": int(cases.sum()),
            "f1_micro": f1_micro(scores[cases], gold, threshold),
            "recall@10": recall_at_k(scores[cases], gold, 10),
            "share_outside_label_space": outside / occurrences if occurrences else 0.0,
        })  # fmt: skip
    return sorted(rows, key=lambda row: (-row["cases"], row["department"]))


def primary_secondary_recall(
    scores: np.ndarray, targets: np.ndarray, is_primary: np.ndarray, threshold: float | np.ndarray
) -> dict[str, dict[str, float]]:
    """Recall of the primary (A) and the secondary (B) gold codes: within each case's top 5 and top 10, and at
    ``threshold``, pooled over the code occurrences of each type.

    Args:
        is_primary: `[N, C]` bool, the gold codes coded as A (every other gold code counts as B).

    Returns:
        ``{"A": {...}, "B": {...}}``, each with ``codes`` (occurrences), ``recall@5``, ``recall@10`` and
        ``recall_at_threshold``.
    """
    scores, targets = as_matrices(scores, targets)
    position = np.empty(scores.shape, dtype=np.int64)
    np.put_along_axis(position, rank(scores), np.arange(scores.shape[1])[None, :], axis=1)  # 0 = ranked first
    above = scores >= threshold
    result = {}
    for name, cells in (("A", targets & is_primary), ("B", targets & ~np.asarray(is_primary, dtype=bool))):
        n = int(cells.sum())
        values = {f"recall@{k}": int((cells & (position < k)).sum()) / n if n else 0.0 for k in RECALL_KS}
        result[name] = {"codes": n, **values, "recall_at_threshold": int((cells & above).sum()) / n if n else 0.0}
    return result


def secondary_share(
    scores: np.ndarray,
    targets: np.ndarray,
    is_primary: np.ndarray,
    codes: Sequence[str],
    threshold: float | np.ndarray,
    bins: int = 4,
) -> tuple[list[dict], list[dict]]:
    """F1 of each code (at ``threshold``) against the share of its gold occurrences coded as B (not A).

    Returns:
        ``points``: ``{code, support, share_secondary, f1}`` per code with a gold occurrence;
        ``bins``: the points binned by share in ``bins`` equal bins of [0, 1] (a share of 1 in the last), each
        with its ``codes`` and their mean ``f1``.
    """
    scores, targets = as_matrices(scores, targets)
    _, _, f1 = per_code_scores(scores, targets, threshold)
    support = targets.sum(axis=0)
    primary = (targets & np.asarray(is_primary, dtype=bool)).sum(axis=0)
    points = [
        {"code": code, "support": int(support[j]), "share_secondary": 1 - primary[j] / support[j], "f1": float(f1[j])}
        for j, code in enumerate(codes)
        if support[j]
    ]
    binned = []
    for b in range(bins):
        members = [p["f1"] for p in points if min(int(p["share_secondary"] * bins), bins - 1) == b]
        binned.append({"low": b / bins, "high": (b + 1) / bins, "codes": len(members),
                       "f1": float(np.mean(members)) if members else 0.0})  # fmt: skip
    return points, binned


def complete_and_exact(predicted: np.ndarray, targets: np.ndarray) -> dict[str, float]:
    """The share of cases with a gold code whose predicted set holds every gold code (complete), and of those
    whose predicted set is exactly the gold set (exact).

    Args:
        predicted: `[N, C]` bool, the codes the system predicts.
        targets: `[N, C]` 0/1 gold codes.
    """
    predicted, targets = np.asarray(predicted, dtype=bool), np.asarray(targets, dtype=bool)
    coded = targets.any(axis=1)
    if not coded.any():
        return {"cases": 0, "complete": 0.0, "exact": 0.0}
    complete = ~(targets & ~predicted).any(axis=1)
    exact = complete & ~(predicted & ~targets).any(axis=1)
    return {"cases": int(coded.sum()), "complete": float(complete[coded].mean()), "exact": float(exact[coded].mean())}


def frequency_buckets(
    scores: np.ndarray,
    targets: np.ndarray,
    codes: Sequence[str],
    train_frequency: Sequence[int],
    threshold: float,
    category_of: Callable[[str], str] = sks_category,
    edges: Sequence[int] = FREQUENCY_EDGES,
) -> tuple[list[dict], list[dict]]:
    """F1 of each level-3 category against how often it was seen in training, and per frequency bucket.

    A category is predicted when one of its codes scores at least ``threshold``; its training frequency is the
    sum of its codes'. Only categories with a gold code in the split have an F1.

    Returns:
        ``points``: ``{category, train_frequency, support, f1}`` per category with support (for a log axis);
        ``buckets``: per bucket ``[edges[i], edges[i+1])`` (the last open), its ``categories`` with support,
        their mean ``f1``, and ``never_predicted``, the share of the bucket's categories (with or without
        support) predicted for no case.
    """
    scores3, targets3, categories = to_level3(scores, targets, codes, category_of)
    frequency = dict.fromkeys(categories, 0)
    for code, count in zip(codes, train_frequency, strict=True):
        frequency[category_of(code)] += int(count)
    counts = np.array([frequency[c] for c in categories])
    _, _, f1 = per_code_scores(scores3, targets3, threshold)
    support = targets3.sum(axis=0)
    predicted = (scores3 >= threshold).any(axis=0)
    points = [
        {"category": c, "train_frequency": int(counts[j]), "support": int(support[j]), "f1": float(f1[j])}
        for j, c in enumerate(categories)
        if support[j]
    ]
    buckets = []
    for i, low in enumerate(edges):
        high = edges[i + 1] if i + 1 < len(edges) else None
        members = (counts >= low) & (True if high is None else counts < high)
        present = members & (support > 0)
        buckets.append({
            "bucket": f"{low}+" if high is None else (f"{low}" if high == low + 1 else f"{low}-{high - 1}"),
            "categories": int(present.sum()),
            "f1": float(f1[present].mean()) if present.any() else 0.0,
            "never_predicted": float((~predicted[members]).mean()) if members.any() else 0.0,
        })  # fmt: skip
    return points, buckets


def parse_group(spec: str) -> tuple[str, ...]:
    """The code prefixes of a group as the command line names it: ``DI10`` or a range ``DX60-DX84``."""
    if "-" not in spec:
        return (spec,)
    first, last = spec.split("-", 1)
    head = len(first.rstrip("0123456789"))
    if first[:head] != last[:head] or not first[head:].isdigit() or not last[head:].isdigit():
        raise ValueError(f"a range of codes is like DX60-DX84; got {spec!r}")
    width = len(first) - head
    return tuple(f"{first[:head]}{n:0{width}d}" for n in range(int(first[head:]), int(last[head:]) + 1))


def undercoding(
    flags: Mapping[str, np.ndarray],
    human: np.ndarray,
    truth: np.ndarray | None,
    codes: Sequence[str],
    groups: Mapping[str, tuple[str, ...]],
) -> list[dict]:
    """For each code group and each way of flagging, the conditions flagged that the coder left out.

    A flag counts where the system flags a code of the group that the human codes lack. Against the truth
    (where known): ``true`` flags, ``precision`` (true / flagged) and ``recall`` (true / the group's codes
    the truth has and the coder left out).

    Args:
        flags: name (an app tier, a threshold) -> `[N, C]` bool, what the system flags.
        human: `[N, C]` 0/1, the coder's codes.
        truth: `[N, C]` 0/1, what the cases really have, or None.
        groups: group name -> code prefixes.
    """
    human = np.asarray(human, dtype=bool)
    rows = []
    for group, prefixes in groups.items():
        columns = np.array([code.startswith(prefixes) for code in codes], dtype=bool)
        left_out = None if truth is None else (np.asarray(truth, dtype=bool) & ~human)[:, columns]
        for name, flagged in flags.items():
            new = (np.asarray(flagged, dtype=bool) & ~human)[:, columns]
            row = {"group": group, "flagged_by": name, "flagged": int(new.sum())}
            if left_out is not None:
                true = int((new & left_out).sum())
                row |= {
                    "true": true,
                    "precision": true / row["flagged"] if row["flagged"] else 0.0,
                    "recall": true / int(left_out.sum()) if left_out.any() else 0.0,
                }
            rows.append(row)
    return rows


def reliability(scores: np.ndarray, targets: np.ndarray, bins: int = 10) -> list[dict]:
    """The reliability diagram: the (case, code) cells binned by score in ``bins`` equal bins of [0, 1], each
    with its ``cells``, mean score and the share that is a gold code (``observed``); empty bins left out."""
    scores, targets = as_matrices(scores, targets)
    which = np.clip((scores * bins).astype(np.int64), 0, bins - 1).ravel()  # a score of 1 joins the top bin
    counts = np.bincount(which, minlength=bins)
    sums = np.bincount(which, weights=scores.ravel().astype(np.float64), minlength=bins)
    hits = np.bincount(which, weights=targets.ravel().astype(np.float64), minlength=bins)
    return [
        {"low": b / bins, "high": (b + 1) / bins, "cells": int(counts[b]), "mean_score": sums[b] / counts[b],
         "observed": hits[b] / counts[b]}
        for b in range(bins) if counts[b]
    ]  # fmt: skip
