"""MIMIC-IV ICD-10 (credentialed, not in the project) as a Dataset, read from its published file layout.

Two files, plain or gzipped CSV, directly in the folder or where the PhysioNet releases put them::

    discharge.csv(.gz)       note/ of MIMIC-IV-Note: note_id, subject_id, hadm_id, note_type, note_seq,
                             charttime, storetime, text
    diagnoses_icd.csv(.gz)   hosp/ of MIMIC-IV: subject_id, hadm_id, seq_num, icd_code, icd_version

One example per admission (hadm_id) with a discharge note and at least one ICD-10 code (icd_version 10;
ICD-9 rows are ignored). Several discharge notes of one admission are joined in note_seq order. Codes
are kept as MIMIC writes them (no dot, ``E119``); seq_num 1 is the principal diagnosis, so code types
are A for it and B for the rest. Splits are by subject_id (the patient), by hash.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coder_assist.datasets.examples import DataError, Dataset, Example, split_by_patient, unique, warn

NOTES = "discharge"
DIAGNOSES = "diagnoses_icd"
NOTE_COLUMNS = ("subject_id", "hadm_id", "note_seq", "text")
DIAGNOSIS_COLUMNS = ("subject_id", "hadm_id", "seq_num", "icd_code", "icd_version")
SUBFOLDERS = ("", "note", "hosp")


def find_table(root: Path, name: str) -> Path:
    """``name.csv.gz`` or ``name.csv`` in ``root`` or its note/ or hosp/ folder; DataError naming the places."""
    candidates = [root / sub / f"{name}{suffix}" for sub in SUBFOLDERS for suffix in (".csv.gz", ".csv")]
    for path in candidates:
        if path.is_file():
            return path
    raise DataError(f"MIMIC-IV file {name}.csv(.gz) not found; looked for {', '.join(map(str, candidates))}")


@contextmanager
def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[Iterator[dict[str, str]]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        absent = [c for c in columns if c not in (reader.fieldnames or [])]
        if absent:
            raise DataError(f"missing column(s) {', '.join(absent)}", where=str(path))
        yield reader


def _diagnoses(path: Path) -> dict[str, list[tuple[int, str]]]:
    """hadm_id -> [(seq_num, ICD-10 code)] of its ICD-10 rows."""
    codes: dict[str, list[tuple[int, str]]] = {}
    with _rows(path, DIAGNOSIS_COLUMNS) as rows:
        for row in rows:
            if row["icd_version"].strip() != "10":
                continue
            code = row["icd_code"].strip().upper()
            if code:
                seq = int(row["seq_num"]) if row["seq_num"].strip().isdigit() else sys.maxsize
                codes.setdefault(row["hadm_id"].strip(), []).append((seq, code))
    return codes


def load_mimic(path: str | Path, *, val_share: float = 0.1, test_share: float = 0.1) -> Dataset:
    """MIMIC-IV discharge notes with their ICD-10 diagnosis codes, split by patient (subject_id).

    Raises:
        DataError: a file is missing (the error lists where it looked) or lacks a column.
    """
    root = Path(path)
    if not root.is_dir():
        raise DataError("MIMIC-IV folder not found", where=str(root))
    diagnoses = _diagnoses(find_table(root, DIAGNOSES))
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # discharge notes run past csv's 128 KiB default
    notes: dict[str, list[tuple[int, str]]] = {}
    subjects: dict[str, str] = {}
    without_codes: set[str] = set()
    with _rows(find_table(root, NOTES), NOTE_COLUMNS) as rows:
        for row in rows:
            hadm = row["hadm_id"].strip()
            if hadm not in diagnoses:
                without_codes.add(hadm)
                continue
            seq = int(row["note_seq"]) if row["note_seq"].strip().isdigit() else 0
            notes.setdefault(hadm, []).append((seq, row["text"]))
            subjects[hadm] = row["subject_id"].strip()
    examples: list[Example] = []
    no_text = 0
    for hadm, parts in notes.items():
        text = "\n\n".join(part for _, part in sorted(parts, key=lambda p: p[0]) if part.strip())
        if not text:
            no_text += 1
            continue
        ranked = [code for _, code in sorted(diagnoses[hadm], key=lambda p: p[0])]
        codes = unique(ranked)
        types = {code: "B" for code in codes}
        types[ranked[0]] = "A"
        examples.append(Example(case_id=hadm, patient_id=subjects[hadm], text=text, codes=codes, code_types=types))
    warnings: list[str] = []
    warn(warnings, len(without_codes), "MIMIC-IV admissions with a discharge note but no ICD-10 code skipped")
    warn(warnings, no_text, "MIMIC-IV admissions with an empty discharge note skipped")
    warn(
        warnings,
        len(diagnoses.keys() - notes.keys()),
        "MIMIC-IV admissions with ICD-10 codes but no discharge note ignored",
    )
    train, val, test = split_by_patient(examples, val_share, test_share)
    return Dataset(train, val, test, warnings, source=f"mimic:{root} (ICD-10, split by subject_id)")
