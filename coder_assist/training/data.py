"""The common form of coded data: examples, splits, the label space and target matrices.

Every loader (our JSON Lines cases here, CodiEsp in ``codiesp.py``, MIMIC-IV in ``mimic.py``) returns a
:class:`Dataset` of :class:`Example` objects; the model, the baseline and the evaluation only ever see
this form. Splits are by patient, never by record (docs/architecture.md: training): where a data set has no split files,
a patient's split is decided by a hash of the patient id, so it is the same on every run and machine
and adding patients never moves an old one.

Loaders skip what cannot be used (a case with no text, a case with no codes) and say so: each such
problem becomes one counted line in ``Dataset.warnings`` and in the log, never the case's text.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from coder_assist.cases import Case, flatten, read_cases
from coder_assist.errors import UserError

log = logging.getLogger(__name__)

DEFAULT_MIN_COUNT = 10  # docs/architecture.md: model: codes seen fewer times in training are left out
SPLITS = ("train", "val", "test")
TARGETS = ("codes", "truth")
CASE_SUFFIXES = (".jsonl", ".json")


class DataError(UserError):
    """A data set that cannot be loaded as asked: a missing file, a missing column, a wrong option."""


@dataclass
class Example:
    """One coded case in model form."""

    case_id: str
    patient_id: str  # the unit of splitting; the case id where a data set knows no patients
    text: str  # the model input (for our cases: ``flatten(case).text``)
    codes: list[str]  # target codes, each once, in the order first given
    code_types: dict[str, str] | None = None  # code -> "A" or "B" where the source says; None: unknown
    age: int | None = None  # the patient's, where the source says: codes their age or sex rules out are
    sex: str | None = None  # never suggested (catalogue.patient_rules), so evaluation must know them too


@dataclass
class Dataset:
    """Train, validation and test examples, and the counted problems met while loading them."""

    train: list[Example]
    val: list[Example]
    test: list[Example]
    warnings: list[str] = field(default_factory=list)  # one line per kind of problem, with its count
    source: str = ""  # what was loaded, for reports: "jsonl:/data/synth (target=codes)"

    def split(self, name: str) -> list[Example]:
        if name not in SPLITS:
            raise ValueError(f"no split {name!r}; the splits are {', '.join(SPLITS)}")
        return getattr(self, name)

    def sizes(self) -> dict[str, int]:
        return {name: len(self.split(name)) for name in SPLITS}


@dataclass(frozen=True)
class LabelSpace:
    """The codes a model predicts, in a fixed sorted order (the column order of every matrix)."""

    codes: list[str]  # sorted
    frequency: dict[str, int]  # training cases that carry each code
    share_secondary: dict[str, float] | None = None  # code -> share of its typed training occurrences that are B

    def index(self) -> dict[str, int]:
        """Column of each code."""
        return {code: i for i, code in enumerate(self.codes)}

    def __len__(self) -> int:
        return len(self.codes)


@dataclass(frozen=True)
class LabelReport:
    """What building the label space left out; the caller prints ``str(report)``."""

    min_count: int
    kept_codes: int
    kept_occurrences: int
    dropped_codes: int  # distinct training codes seen fewer than min_count times
    dropped_occurrences: int  # their occurrences in training cases
    cases_without_label: int  # training cases left with no code of the label space

    def __str__(self) -> str:
        total_codes = self.kept_codes + self.dropped_codes
        total = self.kept_occurrences + self.dropped_occurrences
        line = (
            f"label space: {self.kept_codes} of {total_codes} training codes kept (seen >= {self.min_count} times); "
            f"{self.dropped_codes} rarer codes dropped with {self.dropped_occurrences} of {total} occurrences"
        )
        if self.cases_without_label:
            line += f"; {self.cases_without_label} training cases keep no code"
        return line


def build_label_space(train: Sequence[Example], min_count: int = DEFAULT_MIN_COUNT) -> tuple[LabelSpace, LabelReport]:
    """The codes seen in at least ``min_count`` training cases, and a report of the rest.

    ``share_secondary`` is filled for codes with at least one typed occurrence when any example has
    code types, and is None otherwise.
    """
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, not {min_count}")
    counts = Counter(code for example in train for code in example.codes)
    kept = sorted(code for code, n in counts.items() if n >= min_count)
    kept_set = set(kept)
    secondary: Counter[str] = Counter()
    typed: Counter[str] = Counter()
    for example in train:
        for code, kind in (example.code_types or {}).items():
            if code in kept_set:
                typed[code] += 1
                secondary[code] += kind == "B"
    has_types = any(example.code_types is not None for example in train)
    space = LabelSpace(
        codes=kept,
        frequency={code: counts[code] for code in kept},
        share_secondary={code: secondary[code] / typed[code] for code in kept if typed[code]} if has_types else None,
    )
    dropped = {code: n for code, n in counts.items() if code not in kept_set}
    report = LabelReport(
        min_count=min_count,
        kept_codes=len(kept),
        kept_occurrences=sum(counts[code] for code in kept),
        dropped_codes=len(dropped),
        dropped_occurrences=sum(dropped.values()),
        cases_without_label=sum(1 for example in train if not kept_set.intersection(example.codes)),
    )
    return space, report


def encode_targets(examples: Sequence[Example], label_space: LabelSpace) -> np.ndarray:
    """The 0/1 target matrix; codes outside the label space are ignored (count them with :func:`outside`).

    Returns:
        `[N, C]` uint8, rows in the order of ``examples``, columns in ``label_space.codes`` order.
    """
    column = label_space.index()
    targets = np.zeros((len(examples), len(label_space)), dtype=np.uint8)
    for row, example in enumerate(examples):
        for code in example.codes:
            j = column.get(code)
            if j is not None:
                targets[row, j] = 1
    return targets


def outside(examples: Iterable[Example], label_space: LabelSpace) -> tuple[int, int]:
    """Occurrences and distinct codes of ``examples`` that the label space lacks (unseen or too rare)."""
    column = label_space.index()
    missing = Counter(code for example in examples for code in example.codes if code not in column)
    return sum(missing.values()), len(missing)


def patient_fraction(patient_id: str, salt: str = "coder_assist") -> float:
    """A number in [0, 1) fixed by the patient id alone: the same on every run, machine and Python."""
    digest = hashlib.sha256(f"{salt}\0{patient_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_by_patient(
    examples: Iterable[Example], val_share: float, test_share: float
) -> tuple[list[Example], list[Example], list[Example]]:
    """Train, validation and test by a hash of the patient id: all cases of a patient land together."""
    if val_share < 0 or test_share < 0 or val_share + test_share >= 1:
        raise ValueError(f"val_share {val_share} and test_share {test_share} must be >= 0 and sum to less than 1")
    train: list[Example] = []
    val: list[Example] = []
    test: list[Example] = []
    for example in examples:
        u = patient_fraction(example.patient_id)
        (test if u < test_share else val if u < test_share + val_share else train).append(example)
    return train, val, test


def warn(warnings: list[str], count: int, message: str) -> None:
    """Record and log a counted problem; nothing when the count is 0. ``message`` starts after the count."""
    if count:
        line = f"{count} {message}"
        warnings.append(line)
        log.warning("%s", line)


def unique(codes: Iterable[str]) -> list[str]:
    """Each code once, in the order first given."""
    return list(dict.fromkeys(codes))


# --- our JSON Lines cases ----------------------------------------------------------------------------------
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


def load_dataset(kind: str, path: str | Path, **options: object) -> Dataset:
    """Load ``path`` with the loader for ``kind`` (``jsonl``, ``codiesp`` or ``mimic``; TrainConfig.data_format).

    ``options`` go to that loader: :func:`load_jsonl`, ``codiesp.load_codiesp`` or ``mimic.load_mimic``.
    """
    from coder_assist.training.codiesp import load_codiesp
    from coder_assist.training.mimic import load_mimic

    loaders: dict[str, Callable[..., Dataset]] = {"jsonl": load_jsonl, "codiesp": load_codiesp, "mimic": load_mimic}
    if kind not in loaders:
        raise DataError(f"unknown data format {kind!r}; use one of {', '.join(loaders)}")
    return loaders[kind](path, **options)
