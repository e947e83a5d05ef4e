"""The datasets package: our cases, splits by patient, the common form and the label space."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from coder_assist.datasets import (
    DataError,
    Example,
    build_label_space,
    encode_targets,
    load_dataset,
    load_jsonl,
    outside,
)


def example(case_id: str, codes: list[str], types: dict[str, str] | None = None, patient: str = "") -> Example:
    return Example(
        case_id=case_id, patient_id=patient or case_id, text=f"tekst {case_id}", codes=codes, code_types=types
    )


def case(
    case_id: str,
    codes: list[str],
    *,
    patient: str | None = None,
    truth: list[str] | None = None,
    text: str = "Patienten har hypertension.",
) -> dict:
    obj: dict = {
        "case_id": case_id,
        "notes": [{"type": "epikrise", "text": text}],
        "codes": [{"code": c, "type": "A" if i == 0 else "B"} for i, c in enumerate(codes)],
    }
    if patient is not None:
        obj["patient"] = {"age": 60, "sex": "F", "id": patient}
    if truth is not None:
        obj["truth"] = {"codes": [{"code": c, "type": "A" if i == 0 else "B"} for i, c in enumerate(truth)]}
    return obj


def write_jsonl(path: Path, cases: list[dict]) -> Path:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    return path


# --- label space -----------------------------------------------------------------------------------------
def test_label_space_drops_rare_codes_and_reports_them() -> None:
    train = [
        example("1", ["DI10", "DE11"], {"DI10": "A", "DE11": "B"}),
        example("2", ["DI10", "DE11"], {"DI10": "B", "DE11": "B"}),
        example("3", ["DI10"], {"DI10": "B"}),
        example("4", ["DZ99"], {"DZ99": "A"}),
    ]
    space, report = build_label_space(train, min_count=2)

    assert space.codes == ["DE11", "DI10"]
    assert space.frequency == {"DE11": 2, "DI10": 3}
    assert space.share_secondary == pytest.approx({"DE11": 1.0, "DI10": 2 / 3})
    assert (report.kept_codes, report.kept_occurrences) == (2, 5)
    assert (report.dropped_codes, report.dropped_occurrences) == (1, 1)
    assert report.cases_without_label == 1  # case 4 had only the rare code
    assert "1 rarer codes dropped with 1 of 6 occurrences" in str(report)


def test_min_count_is_configurable_and_types_are_optional() -> None:
    train = [example(str(i), ["DI10"] if i < 10 else ["DE11"]) for i in range(19)]
    assert build_label_space(train)[0].codes == ["DI10"]  # default 10: DE11 (9 cases) is dropped
    space, _ = build_label_space(train, min_count=9)
    assert space.codes == ["DE11", "DI10"]
    assert space.share_secondary is None


def test_targets_ignore_codes_outside_the_label_space_and_count_them() -> None:
    space, _ = build_label_space([example("1", ["DI10", "DE11"]), example("2", ["DI10"])], min_count=1)
    cases = [example("a", ["DE11", "DX01"]), example("b", ["DI10", "DX01", "DX02"])]

    targets = encode_targets(cases, space)

    assert targets.dtype == np.uint8
    assert targets.tolist() == [[1, 0], [0, 1]]
    assert outside(cases, space) == (3, 2)


# --- our JSON Lines cases ----------------------------------------------------------------------------------
def test_jsonl_split_files_with_human_codes_or_truth(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "train.jsonl", [case("T1", ["DI10"], patient="P1", truth=["DI10", "DE66"])])
    write_jsonl(tmp_path / "val.jsonl", [case("V1", ["DJ45"], patient="P2", truth=["DJ45"])])
    write_jsonl(tmp_path / "test.jsonl", [case("S1", ["DK35"], patient="P3", truth=["DK35", "DI10"])])

    human = load_jsonl(tmp_path)
    truth = load_jsonl(tmp_path, target="truth")

    assert human.sizes() == {"train": 1, "val": 1, "test": 1}
    assert human.train[0].codes == ["DI10"]
    assert truth.train[0].codes == ["DI10", "DE66"]
    assert truth.train[0].code_types == {"DI10": "A", "DE66": "B"}
    assert truth.test[0].codes == ["DK35", "DI10"]
    assert human.train[0].patient_id == "P1"
    assert "## epikrise" in human.train[0].text and "hypertension" in human.train[0].text


def test_truth_target_on_cases_without_truth_is_a_clear_error(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "cases.jsonl", [case("H1", ["DI10"])])
    with pytest.raises(DataError, match="H1 has no 'truth'"):
        load_jsonl(tmp_path / "cases.jsonl", target="truth")


def test_one_file_is_split_by_patient_without_leakage(tmp_path: Path) -> None:
    cases = [case(f"C{p}-{k}", ["DI10"], patient=f"P{p}") for p in range(300) for k in range(1 + p % 3)]
    path = write_jsonl(tmp_path / "cases.jsonl", cases)

    data = load_jsonl(path, val_share=0.2, test_share=0.2)
    again = load_jsonl(path, val_share=0.2, test_share=0.2)

    patients = {name: {e.patient_id for e in data.split(name)} for name in ("train", "val", "test")}
    assert not patients["train"] & patients["val"]
    assert not patients["train"] & patients["test"]
    assert not patients["val"] & patients["test"]
    assert sum(data.sizes().values()) == len(cases)
    assert 40 <= len(patients["val"]) <= 80 and 40 <= len(patients["test"]) <= 80
    assert [e.case_id for e in again.test] == [e.case_id for e in data.test]


def test_cases_without_patient_id_are_split_by_case_id(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "cases.jsonl", [case(f"C{i}", ["DI10"]) for i in range(50)])
    data = load_jsonl(path)
    assert {e.patient_id for e in data.train} == {e.case_id for e in data.train}


def test_missing_val_and_test_files_are_carved_from_train(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "train.jsonl", [case(f"C{i}", ["DI10"], patient=f"P{i}") for i in range(100)])
    data = load_jsonl(tmp_path)
    assert data.val and data.test and sum(data.sizes().values()) == 100
    assert any("carved from train" in line for line in data.warnings)


def test_split_files_sharing_patients_are_warned_about(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "train.jsonl", [case("T1", ["DI10"], patient="P1")])
    write_jsonl(tmp_path / "val.jsonl", [case("V1", ["DI10"], patient="P9")])
    write_jsonl(tmp_path / "test.jsonl", [case("S1", ["DI10"], patient="P1")])
    data = load_jsonl(tmp_path)
    assert "1 patients of test also have cases in train (results will look too good)" in data.warnings


def test_cases_without_text_or_codes_are_skipped_with_a_counted_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cases = [case("C1", ["DI10"]), case("C2", ["DI10"], text="  \n"), case("C3", ["DI10"], text=""), case("C4", [])]
    path = write_jsonl(tmp_path / "cases.jsonl", cases)

    with caplog.at_level(logging.WARNING):
        data = load_jsonl(path, val_share=0.0, test_share=0.0)

    assert [e.case_id for e in data.train] == ["C1"]
    assert "2 cases with no text skipped (cases.jsonl)" in data.warnings
    assert "1 cases with no codes skipped (cases.jsonl)" in data.warnings
    assert "2 cases with no text skipped" in caplog.text
    assert "Patienten" not in caplog.text  # logs never carry note text


def test_malformed_cases_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(case("C1", ["DI10"])) + "\n{not json\n", encoding="utf-8")
    data = load_jsonl(path, val_share=0.0, test_share=0.0)
    assert len(data.train) == 1
    assert data.warnings[0].startswith("1 problems in") and "line 2" in data.warnings[0]


def test_missing_paths_and_unknown_options_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="nowhere"):
        load_jsonl(tmp_path / "nowhere")
    with pytest.raises(DataError, match=r"no train\.jsonl"):
        load_jsonl(tmp_path)
    with pytest.raises(DataError, match="target must be one of codes, truth"):
        load_jsonl(tmp_path, target="human")
    with pytest.raises(DataError, match="unknown data format 'csv'"):
        load_dataset("csv", tmp_path)
