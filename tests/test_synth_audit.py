"""The audit of finished synthetic cases, and the figures `coder-assist synth --stats` prints.

Each audit rule is shown a small hand-made case that breaks it and one that does not; the stats figures
are checked on a hand-made folder whose numbers are counted by hand below.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from coder_assist.cases import Case, case_from_dict
from coder_assist.synth import audit
from coder_assist.synth.stats import drug_conditionals, format_stats, stats_report


def _case(
    text: str,
    *,
    age: int = 70,
    sex: str = "F",
    codes: tuple[str, ...] = ("DR074",),
    department: str = "Medicinsk afdeling",
    stay: tuple[str, str] = ("2020-03-01", "2020-03-10"),
    medications: tuple[tuple[str, str], ...] = (),
    labs: tuple[str, ...] = (),
) -> Case:
    coded = [{"code": c, "type": "A" if i == 0 else "B"} for i, c in enumerate(codes)]
    return case_from_dict({
        "case_id": "K1", "department": department, "patient": {"age": age, "sex": sex},
        "admission": {"start": stay[0], "end": stay[1]}, "notes": [{"type": "epikrise", "text": text}],
        "medications": [{"atc": atc, "name": name} for atc, name in medications],
        "labs": [{"npu": None, "name": name, "value": 1} for name in labs],
        "codes": coded, "truth": {"codes": coded, "evidence": []},
    })  # fmt: skip


def _kinds(case: Case) -> Counter[str]:
    return Counter(v.kind for v in audit.audit_case(case))


# (kind, a case that breaks the rule, a case that keeps it)
RULES = {
    "class 8 at 4": (
        audit.SCHOOL_AGE,
        _case("4-årig dreng. Går i 8. klasse, trives socialt.", age=4, sex="M"),
        _case("14-årig dreng. Går i 8. klasse, trives socialt.", age=14, sex="M"),
    ),
    "nursery at 10": (
        audit.SCHOOL_AGE,
        _case("10-årig pige. Går i vuggestue.", age=10),
        _case("2-årig pige. Går i vuggestue. Mor er ansat som pædagog.", age=2),
    ),
    "rollator and home help at 1": (
        audit.ADULT_LIFE_IN_CHILD,
        _case("Mobiliseret med rollator. Kommunen kontaktet mhp. hjemmehjælp x 3 dagligt.", age=1),
        _case("Mobiliseret med rollator. Kommunen kontaktet mhp. hjemmehjælp x 3 dagligt.", age=81),
    ),
    "a pregnant man": (
        audit.PREGNANCY,
        _case("Pt. er gravid i uge 12.", age=30, sex="M"),
        _case("Pt. er gravid i uge 32, GA 32+4.", age=28),
    ),
    "pregnant at 70": (
        audit.PREGNANCY,
        _case("Obj.: GA 32+4, fosterlyd hørt.", age=70),
        _case("3 graviditeter, 2 fødsler. Menopause som 51-årig.", age=70),
    ),
    "a delivery code for a man": (
        audit.CODE_AGE_SEX,
        _case("Normal fødsel.", age=30, sex="M", codes=("DO800",)),
        _case("Normal fødsel.", age=30, sex="F", codes=("DO800",)),
    ),
    "EWS 9 called stable": (
        audit.EWS_WORDS,
        _case("Dag 2: EWS 9, stabil gennem vagten."),
        _case("Dag 2: EWS 9, bagvagt tilkaldt. Dag 3: EWS 1, stabil gennem vagten."),
    ),
    "day 6 before day 2": (
        audit.DAYS_ORDER,
        _case("Dag 6: Let træt.\nDag 2: Afebril."),
        _case("Dag 2: Afebril.\nDag 6: Let træt."),
    ),
    "day 8 of a two-day stay": (
        audit.DAY_AFTER_DISCHARGE,
        _case("Dag 1: Indlagt.\nDag 8: Udskrives.", stay=("2020-03-01", "2020-03-02")),
        _case("Dag 1: Indlagt.\nDag 2: Udskrives.", stay=("2020-03-01", "2020-03-02")),
    ),
    "a sentence twice, numbers masked": (
        audit.REPEATED_SENTENCE,
        _case(
            "Kommunen er kontaktet mhp. hjemmehjælp 7 gange dagligt. Kommunen er kontaktet mhp. hjemmehjælp "
            "5 gange dagligt."
        ),
        _case("Kommunen er kontaktet mhp. hjemmehjælp 7 gange dagligt. Ingen. Ingen. Pårørende orienteret."),
    ),
    "AMI without troponin or KAG": (
        audit.AMI_WORKUP,
        _case("Indlagt med NSTEMI. Udskrives i vanlig medicin.", codes=("DI214",)),
        _case("NSTEMI med troponin T 890. KAG med PCI af LAD.", codes=("DI214",)),
    ),
    "pneumonia without CRP, X-ray or antibiotics": (
        audit.PNEUMONIA_WORKUP,
        _case("Pneumoni. Udskrives.", codes=("DJ189",)),
        _case(
            "Pneumoni. RTG af thorax: infiltrat basalt hø.",
            codes=("DJ189",),
            medications=(("J01CE02", "phenoxymethylpenicillin"),),
            labs=("C-reaktivt protein [CRP];P",),
        ),
    ),
    "hip fracture without surgery": (
        audit.HIP_FRACTURE_SURGERY,
        _case("Collumfraktur hø. Mobiliseret med fysioterapeut.", codes=("DS720",)),
        _case("Collumfraktur hø., opereret med hemialloplastik.", codes=("DS720",)),
    ),
    "diabetes without HbA1c or glucose": (
        audit.DIABETES_GLUCOSE,
        _case("Kendt type 2-diabetes.", codes=("DR074", "DE119")),
        _case("Kendt type 2-diabetes, HbA1c 58.", codes=("DR074", "DE119")),
    ),
    "elective frostbite": (
        audit.ELECTIVE_ACUTE,
        _case("Elektivt indlagt mhp. behandling af forfrysninger.", codes=("DT332",)),
        _case("Akut indlagt med forfrysninger.", codes=("DT332",)),
    ),
    "elective in an emergency department": (
        audit.ELECTIVE_ACUTE,
        _case("Elektivt indlagt mhp. udredning.", department="Akutafdeling"),
        _case("Elektivt indlagt mhp. KAG.", department="Kardiologisk afdeling", codes=("DI209",)),
    ),
}


@pytest.mark.parametrize("name", RULES)
def test_each_rule_fires_on_a_bad_case_and_stays_quiet_on_a_good_one(name: str) -> None:
    kind, bad, good = RULES[name]
    found = audit.audit_case(bad)
    assert kind in {v.kind for v in found}
    assert all(v.case_id == "K1" and v.quote for v in found)
    assert _kinds(good) == Counter()


LEFTOVERS = (
    "Akut myokardieinfarkt UNS",
    "Hypertension IKA",
    "Anæmi ved sygdom klassificeret andetsteds",
    "Polyneuropati, ikke specificeret",
    "Uspecificeret demens",
    "Lungebetændelse uden angivelse af mikroorganisme",
    "Selvmordsforsøg med ikke-opioidt analgetikum",
    "Forgiftning med paracetamol o.l.",
    "Forgiftning med antipyretikum og antireumatikum",
    "Pneumonia NOS",
)


@pytest.mark.parametrize("phrase", LEFTOVERS)
def test_catalogue_wording_in_the_prose_is_a_leftover(phrase: str) -> None:
    assert _kinds(_case(f"Konklusion: {phrase}.")) == Counter({audit.LEFTOVER: 1})


def test_clinical_wording_is_no_leftover() -> None:
    text = "Uspecifikke brystsmerter, AMI afkræftet. Paracetamol, NSAID o. lign. har ikke hjulpet. Pt. har sovet."
    assert _kinds(_case(text)) == Counter()


def test_sentences_keep_abbreviations_and_split_at_capitals_and_lines() -> None:
    text = "Pt. er mobiliseret, obs. pro pneumoni. BT 132/80.\nDag 2: Afebril. Paracetamol 1 g p.o. x 4."
    assert audit.sentences(text) == [
        "Pt. er mobiliseret, obs. pro pneumoni.", "BT 132/80.", "Dag 2: Afebril.", "Paracetamol 1 g p.o. x 4.",
    ]  # fmt: skip


# --- the stats figures on a hand-made folder ------------------------------------------------------
_OWN = ("Anna har altid boet på landet", "Bent kom ind med ambulance i nat", "Carl ryger ikke og drikker ikke",
        "Dorte har tre voksne børn", "Erik var tidligere tømrer her i byen", "Frida er enke siden sidste år",
        "Gunnar spiller golf hver anden uge", "Hanne har en hund hun går tur med", "Ib har aldrig været indlagt",
        "Jonna bor i rækkehus med have", "Karl cykler stadig til købmanden", "Lis holder af at strikke",
        "Mads har kørt lastbil i mange år", "Nina synger i kirkekoret om søndagen")  # fmt: skip


def _folder_case(i: int, own: str, coded_b: set[str], distractors: list[str]) -> dict:
    intro = "Anamnese: Kendt med hypertension gennem mange år. "
    conclusion = "\n\nKonklusion: Brystsmerter. Atrieflimren.\n\nPt. er informeret om plan og accepterer denne."
    text = intro + own + conclusion
    truth = [("DR074", "A"), ("DI109", "B"), ("DI489", "B"), ("DE785", "B")]
    hypertension, af = text.index("hypertension"), text.index("Atrieflimren")
    return {
        "case_id": f"K{i}", "department": "Medicinsk afdeling", "patient": {"age": 70, "sex": "F", "id": f"P{i}"},
        "admission": {"start": "2020-03-01", "end": "2020-03-05"}, "notes": [{"type": "epikrise", "text": text}],
        "medications": [{"atc": "C10AA05", "name": "atorvastatin", "dose": "40 mg x 1"}],
        "codes": [{"code": "DR074", "type": "A"}] + [{"code": c, "type": "B"} for c in sorted(coded_b)],
        "truth": {
            "codes": [{"code": c, "type": t} for c, t in truth],
            "evidence": [{"code": "DI109", "note": 0, "start": hypertension, "end": hypertension + 12},
                         {"code": "DI489", "note": 0, "start": af, "end": af + 12},
                         {"code": "DE785", "source": "medication", "index": 0, "start": 0, "end": 11}],
            "distractors": [{"code": "DJ189", "note": 0, "start": 0, "end": 8, "kind": k} for k in distractors],
            "implicit": {"DE785": "med"},
        },
    }  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12 train and 2 test cases: hypertension named in passing (coded in 3 train cases and test case
    K13), atrial fibrillation in the conclusion (9 train cases, K12), hyperlipidaemia only by a drug (6
    train cases); distractors in K0-K3 (K0 also a family one); "UNS" in K1; K2 writes its own sentence
    twice."""
    base = tmp_path_factory.mktemp("handmade")
    rows = {"train": [], "test": []}
    for i, own in enumerate(_OWN):
        coded = {c for c, n in (("DI109", 3), ("DI489", 9), ("DE785", 6)) if i < n}
        if i == 1:
            own = "Tidligere appendicitis UNS i barndommen."
        if i == 2:
            own = f"{own}. {own}"
        distractors = ["negated", "family"] if i == 0 else ["negated"] if i < 4 else []
        if i == 12:
            coded = {"DI489"}
        if i == 13:
            coded = {"DI109"}
        rows["train" if i < 12 else "test"].append(_folder_case(i, own + ".", coded, distractors))
    for split, cases in rows.items():
        (base / f"{split}.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases))
    return base


def test_stats_figures_on_a_hand_made_folder(folder: Path) -> None:
    report = stats_report(folder, workers=1)
    # Prose sentences per note: the anamnesis and the closing sentence (in all 14 notes) and the note's
    # own sentence (K2 twice): 43, of which 28 occur in 10 or more notes.
    assert report["sentence_reuse"] == {"notes": 14, "sentences": 43, "share_in_10_notes": round(28 / 43, 4)}
    by_kind = report["audit"]["by_kind"]
    assert by_kind[audit.LEFTOVER]["cases"] == 1 and "UNS" in by_kind[audit.LEFTOVER]["example"]
    assert by_kind[audit.REPEATED_SENTENCE] == {
        "violations": 1, "cases": 1, "example": "K2: Carl ryger ikke og drikker ikke.",
    }  # fmt: skip
    assert report["audit"]["cases_with_any"] == 2
    # Named in the conclusion: AF, coded in 9 train cases and K12; in passing: hypertension, coded in 3
    # train cases and K13; only by a drug: hyperlipidaemia, coded in 6 train cases.
    assert report["b_coded_rate_by_documentation"] == {
        "named in conclusion": {"present": 14, "rate": round(10 / 14, 4)},
        "named in passing": {"present": 14, "rate": round(4 / 14, 4)},
        "only by a drug": {"present": 14, "rate": round(6 / 14, 4)},
    }
    assert report["cases_with_distractor"] == {"any": round(4 / 14, 4), "family": round(1 / 14, 4),
                                               "negated": round(4 / 14, 4)}  # fmt: skip
    # Only DR074 is a human code of 10 train cases (all four true codes are in 12); test codes DR074 x 2,
    # DI489, DI109: half outside.
    assert report["code_space"] == {
        "human_codes_in_10_train_cases": 1, "true_codes_in_10_train_cases": 4, "test_human_codes_outside": 0.5,
    }  # fmt: skip
    text = format_stats(report)
    assert "sentence reuse: 65.1% of 43 sentences" in text
    assert "cases whose note repeats a sentence: 1 of 14" in text
    assert "named in conclusion      71.4% of 14" in text


def test_stats_do_not_depend_on_the_number_of_audit_workers(folder: Path) -> None:
    assert stats_report(folder, workers=2) == stats_report(folder, workers=1)


def test_a_typical_drug_is_the_one_with_the_highest_lift_and_enough_cases() -> None:
    codes = Counter({"DJ449": 60, "DI109": 40, "DE119": 25})
    drugs = Counter({"C08CA01": 30, "N02BE01": 50, "A10BA02": 22})
    both = Counter({
        ("DJ449", "N02BE01"): 30,  # lift 30 * 100 / (60 * 50) = 1: paracetamol is typical of nothing
        ("DI109", "C08CA01"): 24,  # lift 2.0
        ("DI109", "N02BE01"): 20,  # lift 1.0
        ("DE119", "A10BA02"): 21,  # lift 3.8
        ("DE119", "N02BE01"): 12,  # under 20 cases
    })  # fmt: skip
    rows = drug_conditionals(100, codes, drugs, both)
    assert [(r["code"], r["drug"], r["p_code_given_drug"], r["p_drug_given_code"], r["lift"]) for r in rows] == [
        ("DI109", "C08CA01", 0.8, 0.6, 2.0),
        ("DE119", "A10BA02", round(21 / 22, 3), 0.84, 3.8),
    ]


# --- the audit on a generated set -----------------------------------------------------------------
@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Case]:
    from coder_assist.cases import read_cases_dir
    from coder_assist.synth.generate import write_splits

    base = tmp_path_factory.mktemp("generated")
    write_splits(300, 5, base, workers=1)
    return read_cases_dir(base).check()


def _report(violations: list[audit.Violation]) -> None:
    counts = Counter(v.kind for v in violations)
    print(f"\naudit of 300 generated cases: {len(violations)} violations")
    for kind in audit.KINDS:
        example = next((f"{v.case_id}: {v.quote}" for v in violations if v.kind == kind), "")
        print(f"  {kind:<45} {counts[kind]:>5}  {example}")


def test_the_audit_reads_a_generated_set(generated: list[Case]) -> None:
    violations = audit.audit_cases(generated)
    _report(violations)
    ids = {c.case_id for c in generated}
    assert all(v.case_id in ids and v.kind in audit.KINDS for v in violations)
    # The generator draws only codes the age and sex rules allow.
    assert [v for v in violations if v.kind == audit.CODE_AGE_SEX] == []


def test_a_generated_set_breaks_no_rule(generated: list[Case]) -> None:
    assert audit.audit_cases(generated) == []
