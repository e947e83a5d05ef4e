"""Checking and chunking the score and target matrices every metric works on."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

# Rows per chunk are chosen so that one chunk's [rows, C] temporaries stay around this many cells: a full
# argsort of 20,000 x 1,000 scores would hold several 160 MB int64/float64 copies at once.
CHUNK_CELLS = 1 << 21


def as_matrices(scores: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Validate a score matrix and its 0/1 target matrix and return them as (float, bool) arrays.

    Args:
        scores: `[N, C]` model scores (probabilities or logits; only their order and the threshold matter).
        targets: `[N, C]` 0/1 (or bool) gold labels in the same column order.

    Returns:
        `scores [N, C]` as a floating array (float32 kept, to save memory) and `targets [N, C]` as bool.

    Raises:
        ValueError: shapes differ, a matrix is not 2-D, the label space is empty, a score is NaN, or a
            target is not 0 or 1.
    """
    scores = np.asarray(scores)
    if not np.issubdtype(scores.dtype, np.floating):
        scores = scores.astype(np.float64)
    targets = np.asarray(targets)
    if scores.ndim != 2 or scores.shape != targets.shape:
        raise ValueError(f"scores {scores.shape} and targets {targets.shape} must be 2-D matrices of one shape [N, C]")
    if scores.shape[1] == 0:
        raise ValueError("the label space is empty (C = 0)")
    if np.isnan(scores).any():
        raise ValueError("scores contain NaN; a NaN cannot be ranked or thresholded")
    if targets.dtype != np.bool_:
        if not np.isin(targets, (0, 1)).all():
            raise ValueError("targets must hold only 0 and 1")
        targets = targets.astype(bool)
    return scores, targets


def row_chunks(n_rows: int, n_cols: int) -> Iterator[slice]:
    """Slices over `n_rows` rows so that each chunk holds about CHUNK_CELLS cells of an `[n, n_cols]` matrix."""
    step = max(1, CHUNK_CELLS // max(n_cols, 1))
    for start in range(0, n_rows, step):
        yield slice(start, min(start + step, n_rows))
