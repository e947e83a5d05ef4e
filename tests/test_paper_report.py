"""`coder-assist report`: the paper's figures on small fixed examples computed by hand, and one run of the
command on the tiny bundle."""

from __future__ import annotations

import csv
import json
import re

import numpy as np
import pytest

from coder_assist.evaluation import paper
from coder_assist.evaluation.html import Section, Table, render


def test_per_department_counts_every_gold_code_and_lists_only_departments_with_enough_cases() -> None:
    # Columns: a, b, nine codes no case has, then c, which the model cannot score (score 0, ranked last).
    scores = np.zeros((4, 12))
    targets = np.zeros((4, 12), dtype=int)
    scores[0, :2], targets[0, 0] = (0.9, 0.2), 1
    scores[1, :2], targets[1, :2] = (0.8, 0.7), 1
    scores[2, :2], targets[2, 11] = (0.1, 0.6), 1
    scores[3, 0], targets[3, 0] = 0.9, 1
    in_space = np.r_[np.ones(11, bool), False]
    rows = paper.per_department(scores, targets, in_space, ["X", "X", "X", "Y"], 0.5, min_cases=2)
    # X predicts {a}, {a, b}, {b}: TP 3, FP 1 (b of case 2), FN 1 (c) -> F1 6/8. Recall@10: c ranks 12th.
    assert rows == [
        {"department": "X", "cases": 3, "f1_micro": 0.75, "recall@10": pytest.approx(2 / 3),
         "share_outside_label_space": 0.25},
    ]  # fmt: skip


def test_departments_are_sorted_by_cases_then_name() -> None:
    scores, targets = np.ones((5, 1)), np.ones((5, 1), dtype=int)
    rows = paper.per_department(scores, targets, np.ones(1, bool), ["B", "C", "C", "A", "B"], 0.5, min_cases=1)
    assert [row["department"] for row in rows] == ["B", "C", "A"]


def test_primary_and_secondary_recall_in_the_top_k_and_at_the_threshold() -> None:
    scores = np.array([[0.9, 0.8, 0.7, 0.6, 0.5, 0.4], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]])
    targets = np.array([[1, 1, 0, 0, 0, 1], [1, 0, 0, 0, 1, 0]])
    primary = np.zeros((2, 6), dtype=bool)
    primary[0, 1] = primary[1, 0] = True  # A codes rank 2nd and 6th; B codes 1st, 6th and 2nd
    result = paper.primary_secondary_recall(scores, targets, primary, 0.45)
    assert result["A"] == {"codes": 2, "recall@5": 0.5, "recall@10": 1.0, "recall_at_threshold": 0.5}
    assert result["B"] == {"codes": 3, "recall@5": pytest.approx(2 / 3), "recall@10": 1.0,
                           "recall_at_threshold": pytest.approx(2 / 3)}  # fmt: skip


def test_f1_against_the_share_of_a_codes_occurrences_coded_as_b() -> None:
    scores = np.array([[0.9, 0.9, 0.0], [0.9, 0.1, 0.0], [0.1, 0.1, 0.9], [0.9, 0.1, 0.9]])
    targets = np.array([[1, 1, 0], [1, 1, 0], [0, 1, 1], [1, 0, 0]])
    primary = np.array([[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 0]], dtype=bool)
    points, bins = paper.secondary_share(scores, targets, primary, ["a", "b", "c"], 0.5)
    # a: A twice of 3, always found; b: A once of 3, found once; c: always B, found once and once wrongly.
    assert points == [
        {"code": "a", "support": 3, "share_secondary": pytest.approx(1 / 3), "f1": 1.0},
        {"code": "b", "support": 3, "share_secondary": pytest.approx(2 / 3), "f1": 0.5},
        {"code": "c", "support": 1, "share_secondary": 1.0, "f1": pytest.approx(2 / 3)},
    ]
    assert [(b["codes"], b["f1"]) for b in bins] == [(0, 0.0), (1, 1.0), (1, 0.5), (1, pytest.approx(2 / 3))]


def test_complete_and_exact_shares_count_only_cases_with_a_gold_code() -> None:
    predicted = np.array([[1, 1], [1, 0], [0, 0], [1, 0]], dtype=bool)
    targets = np.array([[1, 0], [1, 0], [0, 1], [0, 0]])
    # Case 0 has every gold code and one more, case 1 exactly its codes, case 2 misses its code; case 3 has none.
    assert paper.complete_and_exact(predicted, targets) == {
        "cases": 3, "complete": pytest.approx(2 / 3), "exact": pytest.approx(1 / 3)
    }  # fmt: skip


def test_frequency_buckets_pool_a_categorys_codes_and_count_categories_never_predicted() -> None:
    codes = ["DI109", "DI100", "DE660", "DJ189"]
    scores = np.array([[0.9, 0.1, 0.0, 0.2], [0.2, 0.6, 0.0, 0.7], [0.0, 0.0, 0.3, 0.1]])
    targets = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]])
    points, buckets = paper.frequency_buckets(scores, targets, codes, [5, 7, 0, 150], 0.5)
    # DI10 (5 + 7 training cases) is right twice; DJ18 is predicted once where it is wrong and missed once.
    assert points == [
        {"category": "DI10", "train_frequency": 12, "support": 2, "f1": 1.0},
        {"category": "DJ18", "train_frequency": 150, "support": 1, "f1": 0.0},
    ]
    assert buckets == [
        {"bucket": "0", "categories": 0, "f1": 0.0, "never_predicted": 1.0},  # DE66, never seen nor predicted
        {"bucket": "1-9", "categories": 0, "f1": 0.0, "never_predicted": 0.0},
        {"bucket": "10-99", "categories": 1, "f1": 1.0, "never_predicted": 0.0},
        {"bucket": "100-999", "categories": 1, "f1": 0.0, "never_predicted": 0.0},
        {"bucket": "1000+", "categories": 0, "f1": 0.0, "never_predicted": 0.0},
    ]


def test_a_group_is_a_code_or_a_range_of_categories() -> None:
    assert paper.parse_group("DI10") == ("DI10",)
    group = paper.parse_group("DX60-DX84")
    assert (len(group), group[0], group[-1]) == (25, "DX60", "DX84")
    with pytest.raises(ValueError, match="DX60-DX84"):
        paper.parse_group("DX60-DY84")


def test_undercoding_counts_flags_the_coder_left_out_against_the_truth() -> None:
    codes = ["DI109", "DE660", "DJ189"]
    human = np.array([[0, 0, 1], [1, 0, 0], [0, 0, 0]])
    truth = np.array([[1, 0, 1], [1, 0, 0], [1, 1, 0]])
    flags = {
        "app": np.array([[1, 0, 0], [1, 1, 0], [0, 1, 0]], dtype=bool),
        "lowered": np.array([[1, 0, 1], [1, 0, 0], [1, 1, 0]], dtype=bool),
    }
    groups = {"DI10": ("DI10",), "DE66": ("DE66",)}
    rows = paper.undercoding(flags, human, truth, codes, groups)
    # DI10 is left out in cases 0 and 2; the app flags case 0 only (case 1's flag is a code the coder gave).
    # DE66 is left out in case 2; the app also flags it in case 1, where the truth lacks it.
    assert rows == [
        {"group": "DI10", "flagged_by": "app", "flagged": 1, "true": 1, "precision": 1.0, "recall": 0.5},
        {"group": "DI10", "flagged_by": "lowered", "flagged": 2, "true": 2, "precision": 1.0, "recall": 1.0},
        {"group": "DE66", "flagged_by": "app", "flagged": 2, "true": 1, "precision": 0.5, "recall": 1.0},
        {"group": "DE66", "flagged_by": "lowered", "flagged": 1, "true": 1, "precision": 1.0, "recall": 1.0},
    ]
    without_truth = paper.undercoding(flags, human, None, codes, groups)
    assert without_truth[0] == {"group": "DI10", "flagged_by": "app", "flagged": 1}


def test_reliability_bins_cells_by_score_and_leaves_empty_bins_out() -> None:
    bins = paper.reliability(np.array([[0.05, 0.95], [0.15, 1.0]]), np.array([[0, 1], [1, 1]]))
    assert bins == [
        {"low": 0.0, "high": 0.1, "cells": 1, "mean_score": pytest.approx(0.05), "observed": 0.0},
        {"low": 0.1, "high": 0.2, "cells": 1, "mean_score": pytest.approx(0.15), "observed": 1.0},
        {"low": 0.9, "high": 1.0, "cells": 2, "mean_score": pytest.approx(0.975), "observed": 1.0},
    ]


def test_html_escapes_text_and_embeds_images() -> None:
    page = render(
        "<report>",
        [Section("Kardiologisk & co", ["F1 < 1"], [Table(["department", "f1"], [{"department": "<b>", "f1": 0.5}])],
                 [b"\x89PNG"])],
    )  # fmt: skip
    assert "&lt;b&gt;" in page and "<b>" not in page
    assert "<td class=n>50.0</td>" in page
    assert 'src="data:image/png;base64,iVBORw=="' in page


def test_report_command_writes_an_offline_html_and_the_same_numbers_as_files(tiny_run, tiny_bundles, tmp_path):
    from coder_assist.cli import main

    _, dataset, base = tiny_run
    out = tmp_path / "report"
    args = ["report", str(tiny_bundles[1]), "--data", str(base / "cases"), "--out", str(out)]
    assert main([*args, "--baseline", "--min-cases", "5", "--evidence-cases", "3"]) == 0

    page = (out / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"https?://", page) and "http://" not in page and "https://" not in page
    for heading in ("Table 1", "Per department", "Under-coding", "Threshold curves and calibration", "Evidence"):
        assert f"<h2>{heading}</h2>" in page
    assert page.count("data:image/png;base64,") == 4

    figures = json.loads((out / "figures.json").read_text(encoding="utf-8"))
    assert figures["system"] == "plm-ca"  # the tiny bundle has no combiner
    rows = {(r["level"], r["target"], r["system"]): r for r in figures["table1"]}
    assert set(rows) == {(lv, t, s) for lv in ("full", "level3") for t in ("codes", "truth")
                         for s in ("plm-ca", "baseline")}  # fmt: skip
    metrics = json.loads((out / "metrics" / "codes" / "plm-ca" / "metrics.json").read_text(encoding="utf-8"))
    assert rows[("full", "codes", "plm-ca")]["f1_micro"] == metrics["full"]["f1_micro"]

    assert figures["evidence"]["cases"] == 3 and figures["evidence"]["codes"] > 0
    with_a = sum("A" in (e.code_types or {}).values() for e in dataset.test)
    assert figures["primary_secondary"]["A"]["codes"] == with_a
    with (out / "per_department.csv").open(encoding="utf-8") as stream:
        departments = list(csv.DictReader(stream))
    assert departments and all(int(row["cases"]) >= 5 for row in departments)
    assert [int(row["cases"]) for row in departments] == sorted((int(row["cases"]) for row in departments),
                                                                reverse=True)  # fmt: skip
    assert sum(int(row["cases"]) for row in departments) <= len(dataset.test)
    with (out / "review_undercoding.csv").open(encoding="utf-8") as stream:
        review = list(csv.DictReader(stream))
    assert all(row["code"].startswith(("DI10", "DE66", "DX")) for row in review)
    assert (out / "frequency_buckets.csv").read_text(encoding="utf-8").startswith("bucket,categories,f1")
