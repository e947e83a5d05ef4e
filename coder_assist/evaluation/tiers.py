"""How the app's tiers do: precision, recall and F1 of the codes it marks "foreslået", and the precision of
its "sandsynligt overset B" badge.

The tier masks come from the runtime's own tier function (``runtime.engine.tier_masks``), so what is
measured here is what a coder sees among the suggestions the app shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from coder_assist.evaluation.levels import sks_category, to_level3
from coder_assist.evaluation.matrices import as_matrices

# The conditions the paper's clinicians reviewed when the model flagged them and the coder had not coded them:
# hypertension, overweight and obesity, and intentional self-harm.
MISSED_GROUPS = {"DI10": ("DI10",), "DE66": ("DE66",), "DX60-DX84": tuple(f"DX{n}" for n in range(60, 85))}


def tier_metrics(
    suggested: np.ndarray,
    missed: np.ndarray,
    targets: np.ndarray,
    codes: Sequence[str],
    category_of: Callable[[str], str] = sks_category,
) -> dict[str, dict[str, float]]:
    """The suggested tier against the targets at full code and at level 3, and the missed tier's precision.

    At level 3 a category is suggested when one of its codes is, and true when one of its codes is.

    Args:
        suggested: `[N, C]` bool, the codes shown as suggested.
        missed: `[N, C]` bool, the codes shown as probably missed B diagnoses.
        targets: `[N, C]` 0/1 gold codes (every gold code: columns the model cannot score are never suggested).
        codes: the C codes, in column order.
        category_of: maps a code to its level-3 category.

    Returns:
        ``suggested`` and ``suggested_level3``: precision, recall, f1 and shown (per case);
        ``missed``: shown (in all), true and precision, and the same ``by_group`` for the groups the paper's
        clinicians reviewed (``MISSED_GROUPS``).
    """
    suggested, targets = as_matrices(np.asarray(suggested, dtype=np.float64), targets)
    missed = np.asarray(missed, dtype=bool)
    scores3, targets3, _ = to_level3(suggested, targets, codes, category_of)
    by_group = {}
    for group, prefixes in MISSED_GROUPS.items():
        columns = np.array([code.startswith(prefixes) for code in codes], dtype=bool)
        by_group[group] = _flag_scores(missed[:, columns], targets[:, columns])
    return {
        "suggested": _set_scores(suggested > 0, targets),
        "suggested_level3": _set_scores(scores3 > 0, targets3),
        "missed": {**_flag_scores(missed, targets), "by_group": by_group},
    }


def _flag_scores(flags: np.ndarray, targets: np.ndarray) -> dict[str, float]:
    shown, true = int(flags.sum()), int((flags & (targets > 0)).sum())
    return {"shown": shown, "true": true, "precision": true / shown if shown else 0.0}


def _set_scores(predicted: np.ndarray, targets: np.ndarray) -> dict[str, float]:
    """Micro precision, recall and F1 of predicted cells, and how many are shown per case."""
    tp = int((predicted & targets).sum())
    n_predicted, n_true = int(predicted.sum()), int(targets.sum())
    return {
        "precision": tp / n_predicted if n_predicted else 0.0,
        "recall": tp / n_true if n_true else 0.0,
        "f1": 2 * tp / (n_predicted + n_true) if n_predicted + n_true else 0.0,
        "shown": n_predicted / predicted.shape[0] if predicted.shape[0] else 0.0,
    }
