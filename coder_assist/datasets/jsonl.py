"""Our cases (docs/architecture.md: case format) as a Dataset: split files, or one set split by patient."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coder_assist.cases import Case, flatten, read_cases
from coder_assist.datasets.examples import SPLITS, DataError, Dataset, Example, split_by_patient, unique, warn

TARGETS = ("codes", "truth")
CASE_SUFFIXES = (".jsonl", ".json")


def case_patient_id(case: Case) -> str:
    """``patient.id`` (as ``coder-assist synth`` writes it), else a top-level ``patient_id``, else the case id."""
    for value in (case.patient.extra.get("id") if case.patient else None, case.extra.get("patient_id")):
        if value not in (None, ""):
            return str(value)
    return case.case_id


def _has_text(case: Case) -> bool:
    return any(note.text.strip() for note in case.notes) or bool(case.medications) or bool(case.labs)


def _case_example(case: Case, target: str) -> Example:
    if target == "truth":
        if case.truth is None:
            raise DataError(
                f"case {case.case_id} has no 'truth' field; target='truth' needs synthetic cases, "
                "use target='codes' for other data"
            )
        assigned = case.truth.codes
    else:
        assigned = case.codes
    types: dict[str, str] = {}
    for code in assigned:
        if code.type in ("A", "B") and types.get(code.code) != "A":  # a code given as both counts as A
            types[code.code] = code.type
    return Example(
        case_id=case.case_id,
        patient_id=case_patient_id(case),
        text=flatten(case).text,
        codes=unique(code.code for code in assigned),
        code_types=types or None,
        age=case.patient.age if case.patient else None,
        sex=case.patient.sex if case.patient else None,
    )


def _split_file(folder: Path, split: str) -> Path | None:
    for suffix in CASE_SUFFIXES:
        path = folder / f"{split}{suffix}"
        if path.is_file():
            return path
    return None


def _read_examples(paths: Sequence[Path], target: str, warnings: list[str]) -> list[Example]:
    examples: list[Example] = []
    no_text = no_codes = 0
    for path in paths:
        result = read_cases(path)
        if result.errors and not result.cases:
            raise DataError(result.errors[0].message, where=result.errors[0].where)
        if result.errors:
            first = result.errors[0]
            warn(warnings, len(result.errors), f"problems in {path}, those cases skipped; first: {first}")
        for case in result.cases:
            example = _case_example(case, target)
            if not _has_text(case):
                no_text += 1
            elif not example.codes:
                no_codes += 1
            else:
                examples.append(example)
    names = ", ".join(p.name for p in paths)
    warn(warnings, no_text, f"cases with no text skipped ({names})")
    warn(warnings, no_codes, f"cases with no {'codes' if target == 'codes' else 'truth codes'} skipped ({names})")
    return examples


def load_jsonl(path: str | Path, *, target: str = "codes", val_share: float = 0.1, test_share: float = 0.1) -> Dataset:
    """Our cases (docs/architecture.md: case format) as a Dataset.

    Args:
        path: a folder holding ``train``, ``val`` and ``test`` ``.jsonl`` (or ``.json``) files, as
            ``coder-assist synth`` writes them; or a folder of other case files, or one case file, which
            is split by patient (``val_share``, ``test_share`` of the patients). A folder with a train
            file but no val or test file has the missing splits carved from train by patient.
        target: ``"codes"``: the human-assigned codes (what a hospital has); ``"truth"``: the true codes
            of synthetic cases (``truth.codes``).
        val_share, test_share: shares of patients for the splits that have no file.

    Raises:
        DataError: the path does not exist or holds no case files, or ``target`` is unknown, or a case
            lacks the ``truth`` that ``target="truth"`` needs.
    """
    if target not in TARGETS:
        raise DataError(f"target must be one of {', '.join(TARGETS)}, not {target!r}")
    path = Path(path)
    warnings: list[str] = []
    source = f"jsonl:{path} (target={target})"
    if path.is_file():
        train, val, test = split_by_patient(_read_examples([path], target, warnings), val_share, test_share)
        return Dataset(train, val, test, warnings, source)
    if not path.is_dir():
        raise DataError("no such file or folder of cases", where=str(path))
    files = {split: _split_file(path, split) for split in SPLITS}
    train_file = files["train"]
    if train_file is None:
        others = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in CASE_SUFFIXES)
        if not others:
            raise DataError("no train.jsonl and no other .jsonl or .json case files in this folder", where=str(path))
        train, val, test = split_by_patient(_read_examples(others, target, warnings), val_share, test_share)
        return Dataset(train, val, test, warnings, source)
    loaded = {split: _read_examples([file], target, warnings) for split, file in files.items() if file is not None}
    missing = [split for split in ("val", "test") if split not in loaded]
    if missing:
        shares = {"val": val_share if "val" in missing else 0.0, "test": test_share if "test" in missing else 0.0}
        loaded["train"], carved_val, carved_test = split_by_patient(loaded["train"], shares["val"], shares["test"])
        loaded.setdefault("val", carved_val)
        loaded.setdefault("test", carved_test)
        warn(warnings, len(missing), f"split files missing ({', '.join(missing)}); carved from train by patient")
    _warn_shared_patients(loaded, warnings)
    return Dataset(loaded["train"], loaded["val"], loaded["test"], warnings, source)


def _warn_shared_patients(splits: dict[str, list[Example]], warnings: list[str]) -> None:
    """Split files made elsewhere may share patients between splits, which flatters every metric."""
    train_patients = {example.patient_id for example in splits["train"]}
    for name in ("val", "test"):
        shared = {example.patient_id for example in splits[name]} & train_patients
        warn(warnings, len(shared), f"patients of {name} also have cases in train (results will look too good)")
