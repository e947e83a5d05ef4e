"""Evidence against gold spans, counted in words."""

from __future__ import annotations

import pytest

from coder_assist.evaluation.evidence import code_evidence, evidence_metrics, is_naming

NOTE = "Pt. med hypertension og KOL, BT 168/96."


def span(text: str) -> tuple[str, int, int, int]:
    start = NOTE.index(text)
    return ("note", 0, start, start + len(text))


def test_token_scores_and_the_naming_among_the_top_highlights() -> None:
    texts = {("note", 0): NOTE}
    gold = [span("hypertension"), span("BT 168/96")]  # 4 words
    shown = [span("hypertension og"), span("KOL")]  # 3 words, one of them gold
    checked = code_evidence(texts, shown, gold, namings=[span("hypertension")])
    metrics = evidence_metrics([checked])
    assert metrics["token_precision"] == pytest.approx(1 / 3)
    assert metrics["token_recall"] == pytest.approx(1 / 4)
    assert metrics["token_f1"] == pytest.approx(2 / 7)
    assert metrics["named_in_top3"] == 1.0

    # The naming only fourth: not among the three a coder reads first.
    shown_late = [span("KOL"), span("og"), span("Pt"), span("hypertension")]
    late = code_evidence(texts, shown_late, gold, [span("hypertension")])
    assert evidence_metrics([checked, late])["named_in_top3"] == 0.5


def test_a_naming_is_neither_a_drug_nor_a_measurement() -> None:
    assert is_naming("Fedme, BMI 33", ["metformin"])
    assert is_naming("KOL", [])
    assert not is_naming("BT 168/96", [])
    assert not is_naming("HbA1c 61 mmol/mol", [])
    assert not is_naming("Metformin", ["metformin"])
