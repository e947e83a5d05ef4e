"""The report's pictures as PNG bytes, drawn from the rows of ``evaluation.paper``."""

from __future__ import annotations

import io
from collections.abc import Sequence

from coder_assist.errors import UserError


def _figure(size: tuple[float, float]):
    try:
        # The object-oriented API without pyplot: no global figure state and no GUI backend (see plots.py).
        from matplotlib.figure import Figure
    except ImportError as error:
        raise UserError("the report's plots need matplotlib; install it with: pip install matplotlib") from error
    return Figure(figsize=size, layout="constrained")


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    return buffer.getvalue()


def frequency_plot(points: Sequence[dict]) -> bytes:
    """F1 of each level-3 category against its training frequency (log axis; a category never seen in
    training sits at 0.5 so that it shows)."""
    figure = _figure((6, 4))
    axes = figure.subplots()
    axes.scatter([max(p["train_frequency"], 0.5) for p in points], [p["f1"] for p in points], s=10, alpha=0.6)
    axes.set(xscale="log", xlabel="training cases of the category (log)", ylabel="F1", ylim=(-0.02, 1.02))
    return _png(figure)


def reliability_plot(bins: Sequence[dict]) -> bytes:
    """Observed share of gold codes against the mean score per bin, with the diagonal of a calibrated model."""
    figure = _figure((5, 5))
    axes = figure.subplots()
    axes.plot([0, 1], [0, 1], color="grey", linestyle="--", label="calibrated")
    axes.plot([b["mean_score"] for b in bins], [b["observed"] for b in bins], marker="o", label="model")
    axes.set(xlabel="mean score in bin", ylabel="share that is a gold code", xlim=(0, 1), ylim=(0, 1))
    axes.legend()
    return _png(figure)


def secondary_plot(points: Sequence[dict]) -> bytes:
    """F1 of each code against the share of its gold occurrences coded as B."""
    figure = _figure((6, 4))
    axes = figure.subplots()
    axes.scatter([p["share_secondary"] for p in points], [p["f1"] for p in points], s=10, alpha=0.6)
    axes.set(xlabel="share of the code's occurrences coded as B", ylabel="F1", xlim=(-0.02, 1.02), ylim=(-0.02, 1.02))
    return _png(figure)
