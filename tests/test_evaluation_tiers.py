"""The app's tiers, measured: the runtime's tier function and the evaluation's tier metrics."""

from __future__ import annotations

import numpy as np
import pytest

from coder_assist.evaluation.tiers import tier_metrics
from coder_assist.runtime.engine import TierSettings, tier_masks


def test_tiers_follow_the_thresholds_within_the_top_k_and_are_scored_against_the_gold() -> None:
    scores = np.array([[0.9, 0.6, 0.4, 0.1]])
    settings = TierSettings(
        threshold=np.array([0.5, 0.7, 0.5, 0.05]),
        missed_threshold=np.array([0.25, 0.35, 0.25, 0.025]),
        secondary_share=np.array([0.0, 0.8, 0.8, 0.8]),
    )
    suggested, missed = tier_masks(scores, settings, top_k=3)
    # The fourth code clears its threshold but is ranked below the three the app shows.
    assert suggested.tolist() == [[True, False, False, False]]
    assert missed.tolist() == [[False, True, True, False]]

    metrics = tier_metrics(suggested, missed, np.array([[1, 0, 1, 1]]), ["DA011", "DA012", "DB011", "DC011"])
    assert metrics["suggested"] == pytest.approx({"precision": 1.0, "recall": 1 / 3, "f1": 0.5, "shown": 1.0})
    assert metrics["suggested_level3"]["recall"] == pytest.approx(1 / 3)  # DA01 found, DB01 and DC01 not
    assert {k: v for k, v in metrics["missed"].items() if k != "by_group"} == {"shown": 2, "true": 1, "precision": 0.5}


def test_missed_flags_are_scored_for_the_groups_the_paper_reviewed() -> None:
    codes = ["DI109", "DI119", "DE660", "DX609", "DX849", "DJ189"]
    missed = np.array([[True, False, True, True, False, True], [True, True, False, False, True, False]])
    targets = np.array([[1, 0, 0, 1, 0, 0], [0, 1, 0, 0, 1, 0]])
    groups = tier_metrics(np.zeros_like(missed), missed, targets, codes)["missed"]["by_group"]
    assert groups["DI10"] == {"shown": 2, "true": 1, "precision": 0.5}  # DI119 is not DI10
    assert groups["DE66"] == {"shown": 1, "true": 0, "precision": 0.0}
    assert groups["DX60-DX84"] == {"shown": 2, "true": 2, "precision": 1.0}
