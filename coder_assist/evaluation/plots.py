"""Pictures of the threshold choice: the micro precision-recall curve and F1 against the threshold."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from coder_assist.errors import UserError
from coder_assist.evaluation.thresholds import micro_curve

MAX_POINTS = 2_000  # points drawn per line; the curve has one point per distinct score (millions)


def plot_threshold_curves(
    scores: np.ndarray, targets: np.ndarray, path: str | Path, threshold: float | None = None
) -> Path:
    """Save a PNG with two panels: micro precision against recall, and micro precision, recall and F1
    against the threshold, with the chosen threshold marked.

    Args:
        scores: `[N, C]` scores (normally validation, where the threshold is chosen).
        targets: `[N, C]` 0/1 targets.
        path: where to write the PNG.
        threshold: the chosen global threshold to mark, or None.

    Raises:
        UserError: matplotlib is not installed.
    """
    try:
        # The object-oriented API without pyplot: no global figure state and no GUI backend, so this is safe
        # from a worker thread and in a headless CI.
        from matplotlib.figure import Figure
    except ImportError as error:
        raise UserError("plots need matplotlib; install it with: pip install matplotlib") from error

    curve = micro_curve(scores, targets)
    keep = np.unique(np.linspace(0, curve["threshold"].shape[0] - 1, MAX_POINTS).astype(np.int64))
    figure = Figure(figsize=(10, 4), layout="constrained")
    left, right = figure.subplots(1, 2)
    left.plot(curve["recall"][keep], curve["precision"][keep])
    left.set(xlabel="recall (micro)", ylabel="precision (micro)", xlim=(0, 1), ylim=(0, 1.02))
    for name in ("precision", "recall", "f1"):
        right.plot(curve["threshold"][keep], curve[name][keep], label=name)
    if threshold is not None:
        right.axvline(threshold, color="grey", linestyle="--", label=f"threshold {threshold:.3g}")
    right.set(xlabel="threshold", ylim=(0, 1.02))
    right.legend()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=120)
    return path
