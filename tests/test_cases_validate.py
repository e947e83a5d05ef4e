"""Validating cases against the coding rules and a tiny SKS catalogue."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from coder_assist.cases import case_from_dict, validate_case, validate_paths
from coder_assist.catalogue.model import Catalogue, Code

CATALOGUE = Catalogue(
    codes={
        "DI10": Code("DI10", "Essentiel hypertension"),
        "DI109": Code("DI109", "Essentiel hypertension UNS"),
        "DI214": Code("DI214", "Non-ST-elevationsmyokardieinfarkt"),
        "DE119": Code("DE119", "Type 2-diabetes uden komplikationer"),
        "DZ001": Code("DZ001", "Gammel kode", valid_to=date(2010, 1, 1)),
    },
    version="test",
)


def case(**fields: object) -> dict:
    base = {
        "case_id": "K-1",
        "patient": {"age": 67, "sex": "M"},
        "admission": {"start": "2014-03-02", "end": "2014-03-07"},
        "notes": [{"type": "epikrise", "text": "Blodtryk 170/95, kendt hypertension."}],
        "medications": [{"atc": "C09AA02", "name": "enalapril"}],
        "codes": [{"code": "DI214", "type": "A"}, {"code": "DI109", "type": "B"}],
    }
    return base | fields


def problems(obj: dict, unknown_codes: str = "error") -> list[tuple[str, str, str]]:
    issues = validate_case(case_from_dict(obj), CATALOGUE, unknown_codes=unknown_codes)
    return [(i.level, i.where, i.message) for i in issues]


def test_good_case_has_no_problems() -> None:
    assert problems(case()) == []


def test_two_a_diagnoses_name_both() -> None:
    found = problems(case(codes=[{"code": "DI214", "type": "A"}, {"code": "DI109", "type": "A"}]))
    assert found == [
        (
            "error",
            "codes[1].type",
            "second A diagnosis (DI109): codes[0] (DI214) is already the A diagnosis; "
            "a contact has exactly one aktionsdiagnose, make the other a B",
        )
    ]


def test_duplicate_code_even_in_another_form() -> None:
    found = problems(case(codes=[{"code": "DI109", "type": "A"}, {"code": "DI109", "type": "B"}]))
    assert found == [("error", "codes[1].code", "DI109 is assigned twice: also in codes[0]")]


def test_unknown_code_is_error_or_warning_as_asked() -> None:
    obj = case(codes=[{"code": "DI214", "type": "A"}, {"code": "DI109X", "type": "B"}])
    message = (
        "DI109X is not in the SKS catalogue (test); the nearest existing code is DI109 (Essentiel hypertension UNS)"
    )
    assert problems(obj) == [("error", "codes[1].code", message)]
    assert problems(obj, unknown_codes="warning") == [("warning", "codes[1].code", message)]


def test_user_code_form_suggests_the_sks_form() -> None:
    found = problems(case(codes=[{"code": "DI214", "type": "A"}, {"code": "i10.9", "type": "B"}]))
    assert found == [
        ("error", "codes[1].code", '"i10.9" is not in SKS form; did you mean DI109 (Essentiel hypertension UNS)?')
    ]


def test_retired_code_follows_the_unknown_code_level() -> None:
    obj = case(codes=[{"code": "DI214", "type": "A"}, {"code": "DZ001", "type": "B"}])
    message = "DZ001 is retired: valid until 2009-12-31, the admission began 2014-03-02"
    assert problems(obj) == [("error", "codes[1].code", message)]
    assert problems(obj, unknown_codes="warning") == [("warning", "codes[1].code", message)]
    assert problems(case(admission={"start": "2009-06-01"}, codes=obj["codes"])) == []


def test_patient_and_admission_values() -> None:
    found = problems(case(patient={"age": 130, "sex": "K"}, admission={"start": "2014-03-07", "end": "2014-03-02"}))
    assert found == [
        ("error", "patient.age", "age must be 0 to 125 years, got 130"),
        ("error", "patient.sex", 'sex must be "M" or "F", got "K"'),
        ("error", "admission.end", "the admission ends (2014-03-02) before it starts (2014-03-07)"),
    ]


def test_truth_evidence_must_fit_its_source_and_codes() -> None:
    truth = {
        "codes": [{"code": "DI109", "type": "A"}],
        "evidence": [
            {"code": "DI109", "note": 0, "start": 24, "end": 36},
            {"code": "DI109", "source": "medication", "index": 0, "start": 8, "end": 17},
            {"code": "DI109", "note": 0, "start": 25, "end": 99},
            {"code": "DI109", "source": "lab", "index": 0, "start": 0, "end": 1},
            {"code": "DE119", "note": 0, "start": 0, "end": 1},
        ],
    }
    assert problems(case(truth=truth)) == [
        ("error", "truth.evidence[2].end", "span [25, 99) is not a non-empty span of note 0 (length 36)"),
        ("error", "truth.evidence[3].index", "the case has no lab 0"),
        ("error", "truth.evidence[4].code", "evidence for DE119, which is not in truth.codes"),
    ]


def write_jsonl(path: Path, cases: list[dict | str]) -> Path:
    lines = [c if isinstance(c, str) else json.dumps(c, ensure_ascii=False) for c in cases]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_validate_paths_exit_status_and_output(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [case(), case(case_id="K-2")])
    out = io.StringIO()
    assert validate_paths([good], CATALOGUE, out=out) == 0
    assert out.getvalue() == "1 file, 2 cases: 2 valid, 0 with errors, 0 warnings\n"

    unknown = case(case_id="K-3", codes=[{"code": "DI214", "type": "A"}, {"code": "DI109X", "type": "B"}])
    bad = write_jsonl(tmp_path / "bad.jsonl", [case(), '{"case_id": 5, "notes": []}', unknown])
    out = io.StringIO()
    assert validate_paths([good, bad], CATALOGUE, out=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == f"{bad}, line 2, field case_id: error: expected text, got 5"
    assert lines[1].startswith(f"{bad}, line 3, field codes[1].code: error: DI109X is not in the SKS catalogue")
    assert lines[2] == "2 files, 5 cases: 3 valid, 2 with errors, 0 warnings"

    out = io.StringIO()
    assert validate_paths([bad], CATALOGUE, unknown_codes="warning", out=out) == 1  # the type error remains
    assert out.getvalue().splitlines()[-1] == "1 file, 3 cases: 2 valid, 1 with errors, 1 warning"


def test_validate_paths_reports_unreadable_files_without_traceback(tmp_path: Path) -> None:
    out = io.StringIO()
    assert validate_paths([tmp_path / "missing.jsonl", tmp_path], None, out=out) == 1
    assert out.getvalue().splitlines() == [
        f"{tmp_path / 'missing.jsonl'}: error: file not found",
        f"{tmp_path}: error: no .json or .jsonl case files in this folder",
        "1 file, 0 cases: 0 valid, 0 with errors, 0 warnings, 2 file errors",
    ]


def test_validate_paths_checks_every_good_file_of_a_folder_and_names_the_bad_ones(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [case()])
    (folder / "b.json").write_text('{"case_id": "K-2", "notes": [], "x": ' + "[" * 1000 + "]" * 1000 + "}")
    write_jsonl(folder / "c.jsonl", [case(case_id="K-3"), *["{"] * 1002])  # more problems than are listed
    out = io.StringIO()
    assert validate_paths([folder], CATALOGUE, out=out) == 1
    lines = out.getvalue().splitlines()
    deep = "lists or objects nested more than 64 levels deep; a case has only a few levels"
    assert lines[0] == f"{folder / 'b.json'}, line 1: error: {deep}"
    assert lines[1].startswith(f"{folder / 'c.jsonl'}, line 2, column 2: error: invalid JSON")
    assert lines[-2] == f"{folder}: error: 2 more problems not listed (only the first 1000 of each file are)"
    assert lines[-1] == "3 files, 1004 cases: 2 valid, 1002 with errors, 0 warnings, 1 file error"
