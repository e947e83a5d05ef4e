"""Findings that support a code (mentions/support.py) and how explain shows them after the note's naming."""

from __future__ import annotations

from coder_assist.cases.flatten import render_lab, render_medication
from coder_assist.cases.model import Case, Lab, Medication, Note
from coder_assist.mentions.support import RULES, findings, rules_for
from coder_assist.paths import default_bundle_dir

NOTE = (
    "Indlagt med lungebetændelse i højre underlap. Kendt med hypertension, behandles med amlodipin. "
    "Amoxicillin givet i 5 dage."
)


def _case() -> Case:
    return Case(
        case_id="S1",
        notes=[Note("epikrise", NOTE)],
        medications=[
            Medication("C08CA01", "amlodipin", "5 mg x 1"),
            Medication("J01CA04", "amoxicillin", "750 mg x 3"),
            Medication("N02BE01", "paracetamol", "1 g x 4"),
        ],
        labs=[
            Lab("DNK05472", "Blodtryk systolisk;Arm", 168, "mmHg", low=90, high=140),
            Lab("DNK05473", "Blodtryk diastolisk;Arm", 78, "mmHg", low=50, high=90),
            Lab("NPU19748", "C-reaktivt protein [CRP];P", 142, "mg/L", high=8),
            Lab("NPU03429", "Natrium;P", 129, "mmol/L", low=137, high=145),
            Lab("NPU21578", "Nitrit (semikvant);U", "negativ"),
        ],
    )


def _texts(case: Case, found) -> list[tuple[str, str]]:
    sources = {
        "note": [n.text for n in case.notes],
        "medication": [render_medication(m) for m in case.medications],
        "lab": [render_lab(lab) for lab in case.labs],
    }
    return [(f.source, sources[f.source][f.index][f.start : f.end]) for f in found]


def test_hypertension_is_supported_by_the_raised_pressure_and_its_drug_by_name_not_by_a_normal_value() -> None:
    case = _case()
    found = _texts(case, findings(case, "DI109"))
    assert ("lab", "Blodtryk systolisk;Arm 168 mmHg (H)") in found  # the whole row, as the coder reads it
    assert not any("diastolisk" in text for _, text in found)  # 78 is inside the reference interval
    assert ("medication", "amlodipin") in found  # the drug's name, not its ATC code or dose
    assert ("note", "amlodipin") in found  # and where the note writes it
    assert not any("amoxicillin" in text.casefold() or "CRP" in text for _, text in found)


def test_pneumonia_is_supported_by_the_inflammation_and_the_antibiotic_and_urine_nitrite_only_when_positive() -> None:
    case = _case()
    pneumonia = _texts(case, findings(case, "DJ189"))
    assert ("lab", "C-reaktivt protein [CRP];P 142 mg/L (H)") in pneumonia
    assert ("medication", "amoxicillin") in pneumonia and ("note", "Amoxicillin") in pneumonia
    uti = _texts(case, findings(case, "DN390"))
    assert not any("Nitrit" in text for _, text in uti)  # "negativ" shows nothing


def test_a_low_sodium_supports_hyponatraemia_not_hypernatraemia_and_an_unknown_code_has_no_findings() -> None:
    case = _case()
    assert ("lab", "Natrium;P 129 mmol/L (L)") in _texts(case, findings(case, "DE871"))
    assert not findings(case, "DE870")
    assert rules_for("DZ000") == [] and findings(case, "DZ000") == []


def test_every_rule_names_sks_codes_and_says_how_a_result_must_deviate() -> None:
    for rule in RULES:
        assert rule.codes and all(code.startswith("D") for code in rule.codes)
        assert rule.drugs or rule.labs
        assert all(direction in ("H", "L", "") for _, direction in rule.labs)


def test_explain_shows_the_naming_first_then_the_rows_and_model_words_elsewhere() -> None:
    from coder_assist.runtime import Engine

    engine = Engine(default_bundle_dir())
    case = _case()
    spans = engine.explain(case, "DJ189")
    kinds = [s.kind for s in spans]
    assert kinds[0] == "named" and NOTE[spans[0].start : spans[0].end] == "lungebetændelse"
    assert "finding" in kinds
    assert [s.weight for s in spans] == sorted((s.weight for s in spans), reverse=True)
    assert sum(s.weight for s in spans) <= 1.0 + 1e-6
    shown = [(s.source, s.index, s.start, s.end) for s in spans if s.kind != "model"]
    for span in (s for s in spans if s.kind == "model"):  # the model's words never repeat a naming or row
        assert not any(
            src == span.source and i == span.index and a < span.end and span.start < b for src, i, a, b in shown
        )
