"""The label space: the codes a model predicts, and the 0/1 target matrices in its column order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from coder_assist.datasets.examples import Example

DEFAULT_MIN_COUNT = 10  # docs/architecture.md: model: codes seen fewer times in training are left out


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
