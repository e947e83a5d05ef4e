"""The note writer: coherent patients, varied prose and hard negatives a clinician would accept."""

from __future__ import annotations

import itertools
import random
import re
from collections import Counter
from datetime import date

import pytest

from coder_assist.synth.config import SynthConfig
from coder_assist.synth.generate import Generator, generate_cases
from coder_assist.synth.notes import CaseDraft, write_note
from coder_assist.synth.text import slip

# A sentence ends at . ! ? before a capital, but not at a one- or two-letter abbreviation ("partus m. DM
# mellitus", "hø. side").
_SENTENCE = re.compile(r"(?<![\s(][a-zæøå]\.)(?<![\s(][a-zæøå]{2}\.)(?<=[.!?])\s+(?=[A-ZÆØÅ0-9])|\n+")
_DAY = re.compile(r"^(?:Dag|dag|Indl\.dag) (\d+):", re.MULTILINE)


@pytest.fixture(scope="module")
def generator():
    return Generator(SynthConfig())


@pytest.fixture(scope="module")
def cases():
    return [case for _, case in generate_cases(1000, 23)]


def _sentences(text: str) -> list[str]:
    return [re.sub(r"\d+", "#", s.strip()) for s in _SENTENCE.split(text) if s.strip()]


def test_prose_varies_across_notes_and_never_repeats_inside_one(cases):
    notes_per: Counter[str] = Counter()
    per_note = [_sentences(c["notes"][0]["text"]) for c in cases]
    for sentences in per_note:
        assert len(set(sentences)) == len(sentences), [s for s, k in Counter(sentences).items() if k > 1]
        notes_per.update(set(sentences))
    total = sum(len(s) for s in per_note)
    common = sum(1 for sentences in per_note for s in sentences if notes_per[s] >= 10)
    assert common / total <= 0.15


def test_social_history_and_function_follow_age(cases):
    for case in cases:
        age, text = case["patient"]["age"], case["notes"][0]["text"]
        if age < 18:
            adult_life = r"rollator|hjemmehjælp|pensionist|plejecenter|arbejder som|ægtefælle"
            assert not re.search(adult_life, text), case["case_id"]
        for klasse in re.findall(r"går i (\d+)\. klasse", text):
            assert int(klasse) == age - 6, (case["case_id"], age, klasse)
        if age < 67:
            assert "hjemmehjælp" not in text and "plejecenter" not in text, case["case_id"]
        if case["patient"]["sex"] == "M":
            assert not re.search(r"gravid|menstruation|U-hCG", text, re.IGNORECASE), case["case_id"]


def test_days_run_in_order_within_the_stay_and_scores_match_their_words(cases):
    seen_days = 0
    for case in cases:
        text = case["notes"][0]["text"]
        days = [int(d) for d in _DAY.findall(text)]
        seen_days += bool(days)
        assert days == sorted(set(days)), (case["case_id"], days)
        start, end = (date.fromisoformat(case["admission"][k]) for k in ("start", "end"))
        assert not days or max(days) <= (end - start).days, case["case_id"]
        for score, words in re.findall(r"(?:EWS|Early Warning Score) (\d+)([^.;]*)", text):
            assert int(score) <= 2 or "stabil" not in words, (case["case_id"], score, words)
    assert seen_days > 100


def test_workup_follows_the_main_diagnosis(cases):
    checks = {
        ("DI21",): r"TnT|[Tt]roponin",
        ("DJ13", "DJ15", "DJ18"): r"RTG|Røntgen",
        ("DS72",): r"[Oo]pereret|[Oo]steosyntese|[Hh]emialloplastik",
    }
    found = Counter()
    for case in cases:
        a, text = case["truth"]["codes"][0]["code"], case["notes"][0]["text"]
        for prefixes, pattern in checks.items():
            if a.startswith(prefixes):
                found[prefixes] += 1
                assert re.search(pattern, text), (case["case_id"], a)
        if a.startswith(("DJ13", "DJ15", "DJ18")):
            crp = [lab["value"] for lab in case["labs"] if lab["name"].startswith("C-reaktivt")]
            assert crp and crp[0] > 8, case["case_id"]
    assert all(found[p] for p in checks), found


def test_hard_negatives_in_a_third_of_cases_with_exact_spans(cases):
    kinds: Counter[str] = Counter()
    with_any = 0
    for case in cases:
        truth = case["truth"]
        with_any += bool(truth["distractors"])
        true_categories = {c["code"][:4] for c in truth["codes"]}
        text = case["notes"][0]["text"]
        for d in truth["distractors"]:
            kinds[d["kind"]] += 1
            assert d["code"][:4] not in true_categories
            assert text[d["start"] : d["end"]].strip() == text[d["start"] : d["end"]] != ""
    assert with_any / len(cases) >= 0.3
    assert set(kinds) == {"negated", "ruled_out", "dismissed", "uncertain", "history", "family", "planned"}


def _has(case: dict, prefixes: tuple[str, ...], a: bool | None = None) -> bool:
    """Whether the case has a true code with one of ``prefixes`` (as its A diagnosis, a B, or either)."""
    codes = [c["code"] for c in case["truth"]["codes"]]
    chosen = codes[:1] if a else codes[1:] if a is False else codes
    return any(c.startswith(prefixes) for c in chosen)


def test_every_diabetic_has_a_glucose_and_a_main_diabetes_its_hba1c(cases):
    diabetes = ("DE10", "DE11", "DE12", "DE13", "DE14")
    by_drug_only = 0
    for case in cases:
        if not _has(case, diabetes):
            continue
        glucose = [lab["value"] for lab in case["labs"] if lab["name"].startswith("Glukose")]
        assert glucose and glucose[0] > 7, case["case_id"]
        if _has(case, diabetes, a=True):
            assert "HbA1c" in case["notes"][0]["text"], case["case_id"]
        by_drug_only += any(
            code.startswith(diabetes) and how == "med" for code, how in case["truth"].get("implicit", {}).items()
        )
    assert by_drug_only > 10  # a comorbidity known only from the drug list still has its glucose


@pytest.mark.parametrize(
    ("b", "patterns"),
    [
        ("DI214", (r"TnT|[Tt]roponin", r"KAG|PCI")),
        # the treatment sentence names one of its antibiotics (phrases.py: penicillin, cefuroxim,
        # piperacillin/tazobactam, ampicillin)
        ("DJ189", (r"RTG|Røntgen", r"antibiotika|penicillin|cefuroxim|piperacillin|ampicillin")),
        ("DS720", (r"[Oo]pereret|[Oo]steosyntese|[Hh]emialloplastik",)),
    ],
)
def test_an_infarct_a_pneumonia_or_a_hip_fracture_as_b_diagnosis_brings_its_workup(generator, b, patterns):
    # Written directly: as B diagnoses these are about 1 in 1,000 generated cases, too rare for a sample.
    department = next(t.dept for t in generator.tables if t.dept.name == "Medicinsk afdeling")
    for seed in range(5):
        draft = CaseDraft(
            rng=random.Random(seed), config=generator.config, age=78, sex="F", department=department, a="DN390",
            b=[b], forms=generator.forms, templates=generator.templates, test=False,
            distractor_pool=generator.distractor_pool,
        )  # fmt: skip
        text = write_note(draft).text
        assert all(re.search(p, text) for p in patterns), (b, seed)


def test_dementia_never_manages_alone_and_pain_scores_fall(cases):
    dementia = 0
    for case in cases:
        text = case["notes"][0]["text"]
        if _has(case, ("DF00", "DF01", "DF02", "DF03", "DG30")):
            dementia += 1
            # the prose, not the name of a Barthel class (DR670 "Selvhjulpen eller lettere afhængig") it may code
            prose = text
            for span in case["truth"]["evidence"]:
                if span["code"].startswith("DR67") and span.get("note", 0) == 0:
                    prose = prose[: span["start"]] + " " * (span["end"] - span["start"]) + prose[span["end"] :]
            assert not re.search(r"klarer sig selv|selvhjulpen|kører selv bil|cykler dagligt", prose), case["case_id"]
        scores = [int(s) for s in re.findall(r"VAS (\d+)", text)]
        assert scores == sorted(scores, reverse=True), (case["case_id"], scores)
    assert dementia > 10


def test_self_harm_is_followed_up_by_psychiatry_not_by_the_usual_medicine(cases):
    seen = 0
    for case in cases:
        text = case["notes"][0]["text"]
        for span in case["truth"]["evidence"]:
            if span.get("note") != 0 or not span["code"].startswith(tuple(f"DX{n}" for n in range(60, 85))):
                continue
            end = text.find(".", span["end"])
            # The sentence around the mention, the mention itself left out ("... med håndkøbsmedicin").
            around = text[text.rfind(".", 0, span["start"]) + 1 : span["start"]] + text[span["end"] : max(end, 0)]
            seen += 1
            assert not re.search(r"medicin|velreguleret|velbehandlet|kendt", around, re.IGNORECASE), around
    assert seen > 10


def test_dictation_slips_never_double_a_word(cases):
    text = "Pt. er mobiliseret på gangen, spiser og drikker tilfredsstillende og ønsker udskrivelse."
    for seed in range(300):
        words = slip(text, random.Random(seed)).split()
        assert all(a != b for a, b in itertools.pairwise(words)), words
    # Four letters or more: "behandling for for lavt stofskifte" is Danish, "blandede blandede" is not.
    doubled = re.compile(r"\b([a-zæøå]{4,}) \1\b")
    assert not [m.group() for case in cases for m in doubled.finditer(case["notes"][0]["text"])]
