"""The common form of coded data: examples, splits by patient, and the counted problems met while loading.

Every loader (our cases in ``jsonl.py``, CodiEsp in ``codiesp.py``, MIMIC-IV in ``mimic.py``) returns a
:class:`Dataset` of :class:`Example` objects; the model, the baseline and the evaluation only ever see
this form. Splits are by patient, never by record (docs/architecture.md: training): where a data set has no
split files, a patient's split is decided by a hash of the patient id, so it is the same on every run and
machine and adding patients never moves an old one.

Loaders skip what cannot be used (a case with no text, a case with no codes) and say so: each such
problem becomes one counted line in ``Dataset.warnings`` and in the log, never the case's text.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TypeVar

from coder_assist.errors import UserError

log = logging.getLogger(__name__)

T = TypeVar("T")

SPLITS = ("train", "val", "test")


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


def patient_fraction(patient_id: str, salt: str = "coder_assist") -> float:
    """A number in [0, 1) fixed by the patient id alone: the same on every run, machine and Python."""
    digest = hashlib.sha256(f"{salt}\0{patient_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_by_patient(
    examples: Iterable[T],
    val_share: float,
    test_share: float,
    *,
    patient_id: Callable[[T], str] = attrgetter("patient_id"),
    salt: str = "coder_assist",
) -> tuple[list[T], list[T], list[T]]:
    """Train, validation and test by a hash of the patient id: all cases of a patient land together.

    ``patient_id`` reads an item's patient (default: an Example's), so cases split the same way; another
    ``salt`` gives another split of the same patients, as a seed would.
    """
    if val_share < 0 or test_share < 0 or val_share + test_share >= 1:
        raise ValueError(f"val_share {val_share} and test_share {test_share} must be >= 0 and sum to less than 1")
    train: list[T] = []
    val: list[T] = []
    test: list[T] = []
    for example in examples:
        u = patient_fraction(patient_id(example), salt)
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
