"""Synthetic cases v2: clinical naming, a wide code space, drugs that do not give their diagnosis away,
and under-coding that follows how a note documents a condition (issue 15, items 2, 3, 5 and 6)."""

from __future__ import annotations

import math
import zlib
from collections import Counter

import pytest

from coder_assist.catalogue.names import clinical_names, leftovers
from coder_assist.synth.config import SynthConfig
from coder_assist.synth.drugs import conditionals
from coder_assist.synth.forms import MIN_FORMS, _definite, _slips, programmatic_forms, slip_form
from coder_assist.synth.generate import Generator, generate_cases
from coder_assist.synth.lexicon import CONDITIONS
from coder_assist.synth.rules import allowed

N = 3000
SEED = 23


@pytest.fixture(scope="module")
def generator():
    return Generator(SynthConfig())


@pytest.fixture(scope="module")
def cases():
    return [case for _, case in generate_cases(N, SEED)]


def _drawn(generator: Generator) -> set[str]:
    return {c for t in generator.tables for c in (*t.a_codes, *t.comorbidities, *t.tail)}


# --- naming -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Akut myokardieinfarkt UNS", ["akut myokardieinfarkt"]),
        # the register's drug class: clinicians name the drug (the hand-written forms: "... med paracetamol")
        ("Selvmordsforsøg med ikke-opioidt analgetikum o.l. før patientkontakt", []),
        ("Selvmordsforsøg ved hængning UNS", ["selvmordsforsøg ved hængning"]),
        ("Epidural eller subdural absces UNS", ["epidural absces", "subdural absces"]),
        ("Anden form for hypothyroidisme", ["hypothyroidisme"]),
        ("Kræft i corpus para-aorticus eller andet paraganglion", ["kræft i corpus para-aorticus"]),
        ("Neopl mal cervicis vesicae urinariae", []),  # the register's truncated Latin
        ("Anæmi ved anden kronisk sygdom klassificeret andetsteds", []),  # "anden" inside the name
        ("Graviditetslængde som hovedindikation for igangsættelse af fødsel", []),
    ],
)  # fmt: skip
def test_catalogue_text_becomes_clinical_wording_or_nothing(text, names):
    assert clinical_names(text) == names


def test_frequent_codes_get_clinical_names_from_the_synonym_table(generator):
    forms = {f for f in generator.forms["DI219"].shared + generator.forms["DI219"].test_only}
    assert {"akut myokardieinfarkt", "AMI"} <= forms
    assert not any(leftovers(f) for f in forms)


def test_inflection_and_slips_stay_real_words():
    assert _definite("kronisk sygdom") == "kronisk sygdom"  # "den kroniske sygdom": not a name
    assert _definite("kræft i underlæbens slimhinde") == "kræften i underlæbens slimhinde"
    assert _definite("pneumoni") == "pneumonien"
    assert _definite("congelatio superficialis manus") == "congelatio superficialis manus"  # Latin: no "manusen"
    assert _definite("corrosio trunci") == "corrosio trunci"
    for salt in range(60):
        for slip in _slips("selvmordsforsøg", salt):
            # a dropped letter never comes from the short last part ("selvmordsforsg", "selvmordsfrsøg")
            assert len(slip) >= len("selvmordsforsøg") or slip.endswith("forsøg"), slip
        assert _slips("manus", salt) == []  # a short word is never misspelt into nonsense
    forms = programmatic_forms("DX70", "Selvmordsforsøg ved hængning UNS")
    assert forms and not [f for f in forms if leftovers(f) or "forsg" in f]


def test_every_drawn_code_has_enough_clinical_forms_and_no_register_leftovers(generator):
    drawn = _drawn(generator)
    for code in drawn:
        forms = generator.forms[code].shared + generator.forms[code].test_only
        assert len({f for f in forms if f != slip_form(code, generator.catalogue_text[code])}) >= MIN_FORMS, forms
        assert not [f for f in forms if leftovers(f) or "(" in f], (code, forms)


def test_diagnoses_are_mostly_spelt_right(generator, cases):
    """A clinician misspells a diagnosis now and then, not in most of its mentions (v2 had 4 slips
    against one real name for a rare code: ~80% of its mentions misspelt)."""
    slips = {
        code: slip.casefold()
        for code in _drawn(generator)
        if (slip := slip_form(code, generator.catalogue_text[code]))
        and slip in generator.forms[code].shared + generator.forms[code].test_only
    }
    mentions: Counter[str] = Counter()
    misspelt: Counter[str] = Counter()
    for case in cases:
        text = case["notes"][0]["text"]
        for span in case["truth"]["evidence"] + case["truth"]["distractors"]:
            if span.get("note") == 0 and span["code"] in slips:
                mentions[span["code"]] += 1
                misspelt[span["code"]] += text[span["start"] : span["end"]].casefold() == slips[span["code"]]
    assert sum(mentions.values()) > 1000
    assert sum(misspelt.values()) / sum(mentions.values()) < 0.1
    often = [c for c in mentions if mentions[c] >= 30]
    assert often and not [c for c in often if misspelt[c] / mentions[c] > 0.2], often


def test_notes_carry_no_catalogue_leftovers(cases):
    found = [(c["case_id"], leftovers(c["notes"][0]["text"])) for c in cases]
    assert not [f for f in found if f[1]], found[:5]
    text = "\n".join(c["notes"][0]["text"] for c in cases)
    assert "manusen" not in text and "selvmordsforsg" not in text


# --- code space ---------------------------------------------------------------------------------------


def test_the_code_space_is_wide_and_follows_the_age_and_sex_rules(generator, cases):
    drawn = _drawn(generator)
    assert len(drawn) >= 3000
    assert len({c[:4] for c in drawn}) >= 1000
    frequency = Counter(c["code"] for case in cases for c in case["truth"]["codes"])
    assert len(frequency) >= 1500  # v1 drew about 600 distinct codes in 5,000 cases
    tail = sum(n for code, n in frequency.items() if code not in CONDITIONS)
    assert 0.2 < tail / sum(frequency.values()) < 0.45  # a long tail, not a flat spread
    for case in cases:
        age, sex = case["patient"]["age"], case["patient"]["sex"]
        assert all(allowed(c["code"], age, sex) for c in case["truth"]["codes"]), case["case_id"]


# --- drugs --------------------------------------------------------------------------------------------


def test_no_frequent_code_is_read_off_its_typical_drug(cases):
    rows = conditionals(cases, top=50)
    assert len(rows) == 50
    # Codes seen 40+ times; rarer ones are checked by the benchmark on 100,000 cases. A share estimated from
    # k cases may exceed the bar by two standard errors of a binomial at 0.8 before it counts as over.
    measured = [r for r in rows if r[2] >= 40]
    assert len(measured) >= 20

    def over_bar(share: float, k: float) -> bool:
        return share > 0.8 + 2 * math.sqrt(0.8 * 0.2 / k)

    over = [r for r in measured if (r[3] and over_bar(r[3], r[4] * r[2] / r[3])) or over_bar(r[4], r[2])]
    assert not over, over


def test_drugs_serve_several_conditions_and_conditions_go_untreated(cases):
    with_drug: dict[str, Counter[str]] = {atc: Counter() for atc in ("C07AB02", "C08CA01", "A10BA02", "C03CA01")}
    diabetes = untreated = 0
    diabetes_drugs = {atc for atc, _ in CONDITIONS["DE119"].meds + CONDITIONS["DE119"].co_meds}
    for case in cases:
        codes = {c["code"] for c in case["truth"]["codes"]}
        drugs = {m["atc"] for m in case["medications"]}
        for atc in drugs & set(with_drug):
            with_drug[atc].update(codes)
        if "DE119" in codes:
            diabetes += 1
            untreated += not drugs & diabetes_drugs
    assert all(with_drug["C07AB02"][c] for c in ("DI489", "DI109", "DI509", "DI259"))  # metoprolol
    assert all(with_drug["C08CA01"][c] for c in ("DI109", "DI259"))  # amlodipin
    assert all(with_drug["C03CA01"][c] for c in ("DI509", "DN189"))  # furosemid
    assert with_drug["A10BA02"]["DR730"] or with_drug["A10BA02"]["DE282"]  # metformin without diabetes
    assert untreated / diabetes > 0.25  # diet-treated or newly found type 2 diabetes
    statuses = sum("pauseret" in m["dose"] or "seponeret" in m["dose"] for c in cases for m in c["medications"])
    assert statuses > 50


# --- human coding -------------------------------------------------------------------------------------


def test_coding_follows_how_the_note_documents_a_condition(cases):
    present: Counter[str] = Counter()
    coded: Counter[str] = Counter()
    for case in cases:
        human = {c["code"] for c in case["codes"]}
        documentation = case["truth"]["documentation"]
        assert set(documentation) == {c["code"] for c in case["truth"]["codes"][1:]}, case["case_id"]
        for code, how in documentation.items():
            present[how] += 1
            coded[how] += code in human or (code[:4] in ("DE10", "DE11") and "DE14" + code[4] in human)
    rate = {how: coded[how] / present[how] for how in present}
    assert set(rate) == {"conclusion", "passing", "sign", "med", "lab"}
    assert rate["conclusion"] > rate["passing"] + 0.15
    assert rate["passing"] > max(rate["sign"], rate["med"], rate["lab"]) + 0.1


def test_surgical_departments_code_fewer_medical_comorbidities():
    config = SynthConfig()
    surgery = Generator(config).tables
    by_name = {t.dept.specialty: t.dept for t in surgery}
    hypertension = [
        config.b_probability("DI109", "passing", by_name[specialty].b_odds("DI109"))
        for specialty in ("kirurgi", "intern medicin")
    ]
    assert hypertension[0] < hypertension[1] - 0.1
    assert by_name["psykiatri"].b_odds("DX6010") == 1.0  # psychiatry codes self-harm as its own


def test_calibration_keeps_the_documented_rates():
    cfg = SynthConfig()
    present: Counter[int] = Counter()
    coded: Counter[int] = Counter()
    for _, case in generate_cases(6000, 31):
        human = {c["code"] for c in case["codes"]}
        for c in case["truth"]["codes"][1:]:
            code = c["code"]
            group = cfg.b_group(code)
            present[group] += 1
            coded[group] += code in human or (code[:4] in ("DE10", "DE11") and "DE14" + code[4] in human)
    targets = (cfg.hypertension_rate, cfg.overweight_rate, cfg.suicidal_rate, cfg.default_b_rate)
    for group, target in enumerate(targets):
        n = present[group]
        assert abs(coded[group] / n - target) < 4 * (target * (1 - target) / n) ** 0.5 + 0.01, (group, n)


def test_forms_are_stable_across_runs(generator):
    """A code's forms come from hashes of the code, not from the run: a rebuilt generator names alike."""
    again = Generator(SynthConfig())
    sample = sorted(_drawn(generator), key=lambda c: zlib.crc32(c.encode()))[:200]
    assert [generator.forms[c] for c in sample] == [again.forms[c] for c in sample]
