"""Evaluating at ICD-10 level 3 (the category, e.g. DI10) instead of the full code (e.g. DI109)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from coder_assist.evaluation.matrices import as_matrices


def sks_category(code: str) -> str:
    """The level-3 category of an SKS diagnosis code: its first 4 characters (`DI109` -> `DI10`).

    SKS codes carry a `D` before the ICD-10 code, so the 3-character ICD-10 category is 4 characters here.
    For ICD-10-CM codes such as CodiEsp's `e11.9`, pass another function, e.g. `lambda c: c[:3]`.
    """
    return code[:4]


def to_level3(
    scores: np.ndarray,
    targets: np.ndarray,
    codes: Sequence[str],
    category_of: Callable[[str], str] = sks_category,
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Collapse full codes to their categories: a category's score is the best score of its codes, and it is a
    target when any of its codes is.

    Args:
        scores: `[N, C]` scores, columns in the order of `codes`.
        targets: `[N, C]` 0/1 targets.
        codes: the C codes of the label space.
        category_of: maps a code to its category.

    Returns:
        `scores3 [N, K]`, `targets3 [N, K]` (bool) and the K categories, sorted, in column order.
    """
    scores, targets = as_matrices(scores, targets)
    if len(codes) != scores.shape[1]:
        raise ValueError(f"{len(codes)} codes given for {scores.shape[1]} score columns")
    categories, column_category = np.unique([category_of(code) for code in codes], return_inverse=True)
    # Sorting the columns by category makes each category one contiguous block, so one reduceat per matrix
    # takes the max over every category at once.
    order = np.argsort(column_category, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(column_category[order]) != 0])
    scores3 = np.maximum.reduceat(scores[:, order], starts, axis=1)
    targets3 = np.logical_or.reduceat(targets[:, order], starts, axis=1)
    return scores3, targets3, [str(category) for category in categories]
