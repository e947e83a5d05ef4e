"""CodiEsp (the real shared files, and a small fixture for the SKS mapping) and the MIMIC-IV file layout."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

from coder_assist.datasets import DataError, load_codiesp, load_dataset, load_mimic

CODIESP = Path(__file__).resolve().parents[2] / "shared" / "data" / "codiesp"
needs_codiesp = pytest.mark.skipif(
    not (CODIESP / "train").is_dir(), reason=f"the CodiEsp corpus is not at {CODIESP} (shared data, read-only)"
)


# --- CodiEsp, the real files ---------------------------------------------------------------------------------
@needs_codiesp
def test_codiesp_english_train_val_from_train_and_dev_as_test() -> None:
    data = load_codiesp(CODIESP, language="en", level="full")

    assert len(data.train) + len(data.val) == 500  # CodiEsp train, every case coded
    assert 50 <= len(data.val) <= 100  # about 15% carved out
    assert len(data.test) == 250  # CodiEsp dev
    assert not {e.case_id for e in data.train} & {e.case_id for e in data.val}
    assert data.warnings == []
    first = next(e for e in data.train + data.val if e.case_id == "S0004-06142005000700014-1")
    assert first.text.startswith("We describe the case of a 37-year-old man")
    assert first.codes[:3] == ["N44.8", "Z20.818", "R60.9"]
    assert sum(len(e.codes) for e in data.train + data.val) == 5639  # every line of trainD.tsv, no duplicates


@needs_codiesp
def test_codiesp_spanish_text_and_sks_levels() -> None:
    spanish = load_codiesp(CODIESP, language="es", level="full")
    sks3 = load_codiesp(CODIESP, level="sks3")
    sks4 = load_codiesp(CODIESP, level="sks4")

    first = next(e for e in spanish.train + spanish.val if e.case_id == "S0004-06142005000700014-1")
    assert first.text.startswith("Describimos el caso de un varón de 37 años")
    assert all(len(c) == 4 and c.startswith("D") for e in sks3.train for c in e.codes)
    assert all(4 <= len(c) <= 5 and c.startswith("D") for e in sks4.train for c in e.codes)
    distinct = {level: len({c for e in d.train + d.val for c in e.codes}) for level, d in (("3", sks3), ("4", sks4))}
    assert distinct["3"] < distinct["4"] < len({c for e in spanish.train + spanish.val for c in e.codes})
    # D49.* and a few other CIE-10-ES-only codes have no SKS category: left out and counted.
    assert any("no SKS category left out (sks3)" in line for line in sks3.warnings)
    assert [e.case_id for e in load_dataset("codiesp", CODIESP, level="sks3").val] == [e.case_id for e in sks3.val]


# --- CodiEsp, a fixture in its layout ------------------------------------------------------------------------
def write_codiesp(root: Path) -> Path:
    mapping = [("split", "doc_id", "cie10_es_code", "sks_category", "sks_4char_if_exists")]
    for folder, cases in {
        "train": {"c1": ["i10", "e11.9"], "c2": ["n44.8", "d49.59"], "c3": ["d49.59"]},
        "dev": {"d1": ["i10"], "d2": ["r52"]},
    }.items():
        (root / folder / "text_files_en").mkdir(parents=True)
        rows = []
        for case_id, codes in cases.items():
            (root / folder / "text_files_en" / f"{case_id}.txt").write_text(f"Case {case_id}.\n", encoding="utf-8")
            rows += [f"{case_id}\t{code}\n" for code in codes]
        (root / folder / f"{folder}D.tsv").write_text("".join(rows), encoding="utf-8")
    table = {"i10": ("DI10", ""), "e11.9": ("DE11", "DE119"), "n44.8": ("DN44", ""), "r52": ("DR52", "DR52")}
    for folder, case_id, code in [("train", "c1", "i10"), ("train", "c1", "e11.9"), ("train", "c2", "n44.8"),
                                  ("train", "c2", "d49.59"), ("train", "c3", "d49.59"), ("dev", "d1", "i10"),
                                  ("dev", "d2", "r52")]:  # fmt: skip
        mapping.append((folder, case_id, code, *table.get(code, ("", ""))))
    (root / "codiesp_D_train_dev_mapped_to_sks.tsv").write_text(
        "".join("\t".join(row) + "\n" for row in mapping), encoding="utf-8"
    )
    return root


def test_codiesp_sks4_falls_back_to_the_category_and_drops_unmapped_codes(tmp_path: Path) -> None:
    data = load_codiesp(write_codiesp(tmp_path), level="sks4", val_share=0.0)

    codes = {e.case_id: e.codes for e in data.train + data.test}
    assert codes == {"c1": ["DI10", "DE119"], "c2": ["DN44"], "d1": ["DI10"], "d2": ["DR52"]}
    assert "2 CodiEsp train code occurrences with no SKS category left out (sks4)" in data.warnings
    assert "1 CodiEsp train cases with no code left at level sks4 skipped" in data.warnings


def test_codiesp_missing_files_are_named(tmp_path: Path) -> None:
    root = write_codiesp(tmp_path)
    with pytest.raises(DataError, match=r"train/text_files: missing"):
        load_codiesp(root, language="es")
    (root / "codiesp_D_train_dev_mapped_to_sks.tsv").unlink()
    with pytest.raises(DataError, match=r"codiesp_D_train_dev_mapped_to_sks\.tsv"):
        load_codiesp(root, level="sks3")
    (root / "dev" / "text_files_en" / "d2.txt").unlink()
    with pytest.raises(DataError, match=r"d2\.txt"):
        load_codiesp(root)
    with pytest.raises(DataError, match="level must be one of full, sks3, sks4"):
        load_codiesp(root, level="sks5")


# --- MIMIC-IV ---------------------------------------------------------------------------------------------
def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def write_mimic(root: Path) -> Path:
    (root / "note").mkdir(parents=True)
    (root / "hosp").mkdir()
    note_columns = ["note_id", "subject_id", "hadm_id", "note_type", "note_seq", "charttime", "storetime", "text"]
    notes = [
        ["1-DS-2", 1, 101, "DS", 2, "", "", "Addendum: potassium, 3.1"],
        ["1-DS-1", 1, 101, "DS", 1, "", "", 'Discharge: "hypertension"\nand diabetes'],
        ["1-DS-3", 1, 102, "DS", 1, "", "", "Second admission, ICD-9 only."],
        ["2-DS-1", 2, 201, "DS", 1, "", "", "  "],
    ]
    notes += [[f"{s}-DS-1", s, s * 100 + 1, "DS", 1, "", "", f"note {s}"] for s in range(3, 60)]
    write_csv(root / "note" / "discharge.csv.gz", note_columns, notes)
    diagnoses = [
        [1, 101, 2, "E119", 10],
        [1, 101, 1, "I10", 10],
        [1, 101, 3, "4019", 9],
        [1, 102, 1, "4019", 9],
        [2, 201, 1, "I10", 10],
        [999, 99901, 1, "J45", 10],  # codes, but no note
    ]
    diagnoses += [[s, s * 100 + 1, 1, "J45", 10] for s in range(3, 60)]
    write_csv(
        root / "hosp" / "diagnoses_icd.csv", ["subject_id", "hadm_id", "seq_num", "icd_code", "icd_version"], diagnoses
    )
    return root


def test_mimic_joins_notes_and_icd10_codes_on_hadm_id(tmp_path: Path) -> None:
    data = load_mimic(write_mimic(tmp_path), val_share=0.2, test_share=0.2)

    everything = {e.case_id: e for e in data.train + data.val + data.test}
    assert len(everything) == 58  # 101 and 3..59; 102 (ICD-9 only) and 201 (empty note) skipped
    first = everything["101"]
    assert first.patient_id == "1"
    assert first.codes == ["I10", "E119"]  # ICD-9 4019 filtered out; seq_num order
    assert first.code_types == {"I10": "A", "E119": "B"}
    assert first.text == 'Discharge: "hypertension"\nand diabetes\n\nAddendum: potassium, 3.1'
    assert "1 MIMIC-IV admissions with a discharge note but no ICD-10 code skipped" in data.warnings
    assert "1 MIMIC-IV admissions with an empty discharge note skipped" in data.warnings
    subjects = [{e.patient_id for e in split} for split in (data.train, data.val, data.test)]
    assert not subjects[0] & subjects[1] and not subjects[0] & subjects[2] and not subjects[1] & subjects[2]
    assert all(subjects)


def test_mimic_missing_file_names_it(tmp_path: Path) -> None:
    root = write_mimic(tmp_path)
    (root / "hosp" / "diagnoses_icd.csv").unlink()
    with pytest.raises(DataError, match=r"diagnoses_icd\.csv\(\.gz\) not found"):
        load_mimic(root)
