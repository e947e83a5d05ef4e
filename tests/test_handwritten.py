"""The hand-written cases are valid, coherent cases, and their evaluation counts every gold code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from coder_assist.cases import read_cases, validate_case
from coder_assist.catalogue import default_catalogue
from coder_assist.synth.rules import broken_rules

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "benchmarks" / "data" / "handwritten"


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cases():
    return read_cases(FOLDER / "cases.jsonl").check()


def test_committed_cases_are_what_the_source_builds():
    build = _module(FOLDER / "build_cases.py")
    assert (FOLDER / "cases.jsonl").read_text(encoding="utf-8") == build.render(build.build())


def test_cases_are_valid_with_known_codes_and_one_a_code(cases):
    catalogue = default_catalogue()
    assert len(cases) >= 20
    assert len({c.department for c in cases}) >= 12
    for case in cases:
        assert validate_case(case, catalogue) == [], case.case_id
        assert [c.type for c in case.codes].count("A") == 1, case.case_id
        distractors = case.truth.extra["distractors"]
        for code in [c.code for c in case.codes] + [d["code"] for d in distractors]:
            assert catalogue.codes.get(code) is not None, (case.case_id, code)


def test_codes_fit_the_patients_age_and_sex(cases):
    for case in cases:
        for code in (c.code for c in case.codes):
            assert broken_rules(code, case.patient.age, case.patient.sex) == [], (case.case_id, code)


def test_every_span_is_non_empty_text_of_its_note(cases):
    for case in cases:
        spans = [(e.code, e.index, e.start, e.end) for e in case.truth.evidence]
        spans += [(d["code"], d["note"], d["start"], d["end"]) for d in case.truth.extra["distractors"]]
        assert spans, case.case_id
        for code, note, start, end in spans:
            text = case.notes[note].text
            assert 0 <= start < end <= len(text), (case.case_id, code)
            assert text[start:end].strip(), (case.case_id, code)
        gold = {c.code for c in case.codes}
        assert gold <= {e.code for e in case.truth.evidence}, case.case_id  # every gold code has evidence


def test_a_gold_code_outside_the_label_space_is_a_miss(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    evaluation = _module(ROOT / "benchmarks" / "eval_handwritten.py")
    labels = ["DI109", "DE119", "DJ189"]
    scores = np.array([0.9, 0.1, 0.5])  # ranking: DI109, DJ189, DE119
    inside = evaluation.gold_metrics(scores, labels, ["DE119", "DJ189"])
    # DJ189 at rank 2 (precision 1/2), DE119 at rank 3 (precision 2/3).
    assert inside == pytest.approx({"recall@5": 1.0, "recall@10": 1.0, "map": (1 / 2 + 2 / 3) / 2})
    with_unknown = evaluation.gold_metrics(scores, labels, ["DE119", "DJ189", "DK358B"])
    assert with_unknown == pytest.approx({"recall@5": 2 / 3, "recall@10": 2 / 3, "map": (1 / 2 + 2 / 3) / 3})
    assert evaluation.gold_metrics(scores, labels, ["DK358B"]) == {"recall@5": 0.0, "recall@10": 0.0, "map": 0.0}
    assert evaluation.ranks(scores, labels, ["DE119", "DK358B"]) == {"DE119": 3, "DK358B": None}
    # At level 3 the unknown full code DJ180 still finds its category DJ18.
    scores3, categories, gold3 = evaluation.level3(scores, labels, ["DJ180", "DK358B"])
    assert evaluation.gold_metrics(scores3, categories, gold3) == pytest.approx(
        {"recall@5": 1 / 2, "recall@10": 1 / 2, "map": (1 / 2) / 2}
    )
