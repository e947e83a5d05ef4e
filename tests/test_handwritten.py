"""The hand-written cases (the first set, the held-out set and the second to fifth development sets) are valid,
coherent cases, and their evaluation counts every gold code."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import numpy as np
import pytest

from coder_assist.cases import read_cases, validate_case
from coder_assist.catalogue import default_catalogue
from coder_assist.synth.rules import broken_rules

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "benchmarks" / "data" / "handwritten"

# Each set: its committed file and the fewest cases and departments it must have.
SETS = {
    "cases": ("cases.jsonl", 20, 12),
    "heldout": ("heldout.jsonl", 20, 12),
    "dev2": ("dev2.jsonl", 30, 20),
    "dev3": ("dev3.jsonl", 30, 20),
    "dev4": ("dev4.jsonl", 30, 20),
    "dev5": ("dev5.jsonl", 30, 20),
    "dev6": ("dev6.jsonl", 30, 20),
    "dev7": ("dev7.jsonl", 30, 20),
}


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def builder():
    return _module(FOLDER / "build_cases.py")


def _sources(builder, which: str) -> list[dict]:
    """The set as written in its source file (phrases, not spans)."""
    if which == "cases":
        return builder.CASES
    return builder.heldout_sources() if which == "heldout" else builder.dev_sources(which)


@pytest.fixture(scope="module", params=sorted(SETS))
def which(request):
    return request.param


@pytest.fixture(scope="module")
def cases(which):
    return read_cases(FOLDER / SETS[which][0]).check()


def test_committed_file_is_what_the_source_builds(builder, which):
    built = builder.build(_sources(builder, which))
    assert (FOLDER / SETS[which][0]).read_text(encoding="utf-8") == builder.render(built)


def test_cases_are_valid_with_known_codes_and_one_a_code(cases, which):
    _, fewest_cases, fewest_departments = SETS[which]
    catalogue = default_catalogue()
    assert len(cases) >= fewest_cases
    assert len({c.department for c in cases}) >= fewest_departments
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


def test_every_span_points_at_the_phrase_it_names(builder, which):
    """Evidence and distractor spans cover exactly the phrase written for them, under the same code;
    a distractor never names a gold code of its case."""
    for source, case in zip(_sources(builder, which), builder.build(_sources(builder, which)), strict=True):
        texts = [n["text"] for n in case["notes"]]
        written = [(e[0], e[1]) for e in source["evidence"]] + [(d[0], d[1]) for d in source["distractors"]]
        spans = case["truth"]["evidence"] + case["truth"]["distractors"]
        for (code, phrase), span in zip(written, spans, strict=True):
            assert span["code"] == code, (case["case_id"], code)
            assert texts[span["note"]][span["start"] : span["end"]] == phrase, (case["case_id"], code, phrase)
        gold = {c["code"] for c in case["codes"]}
        assert not gold & {d["code"] for d in case["truth"]["distractors"]}, case["case_id"]


def test_no_two_sets_share_a_case_or_note():
    sets = {which: read_cases(FOLDER / file).check() for which, (file, _, _) in SETS.items()}
    for one, other in itertools.combinations(sorted(sets), 2):
        assert not {c.case_id for c in sets[one]} & {c.case_id for c in sets[other]}, (one, other)
        notes = {n.text for c in sets[one] for n in c.notes} & {n.text for c in sets[other] for n in c.notes}
        assert not notes, (one, other)


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
