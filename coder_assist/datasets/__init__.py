"""Coded data sets in one common form, torch-free: our cases, CodiEsp and MIMIC-IV, and the label space.

Training, the baseline and ``coder-assist evaluate`` read their data through here, so measuring a bundle
needs neither torch nor transformers (``tests/test_boundaries.py`` keeps it so).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coder_assist.datasets.codiesp import load_codiesp
from coder_assist.datasets.examples import SPLITS, DataError, Dataset, Example, split_by_patient
from coder_assist.datasets.jsonl import load_jsonl
from coder_assist.datasets.label_space import LabelReport, LabelSpace, build_label_space, encode_targets, outside
from coder_assist.datasets.mimic import load_mimic

__all__ = [
    "SPLITS",
    "DataError",
    "Dataset",
    "Example",
    "LabelReport",
    "LabelSpace",
    "build_label_space",
    "encode_targets",
    "load_codiesp",
    "load_dataset",
    "load_jsonl",
    "load_mimic",
    "outside",
    "split_by_patient",
]

LOADERS: dict[str, Callable[..., Dataset]] = {"jsonl": load_jsonl, "codiesp": load_codiesp, "mimic": load_mimic}


def load_dataset(kind: str, path: str | Path, **options: object) -> Dataset:
    """Load ``path`` with the loader for ``kind`` (``jsonl``, ``codiesp`` or ``mimic``; TrainConfig.data_format).

    ``options`` go to that loader: :func:`load_jsonl`, :func:`load_codiesp` or :func:`load_mimic`.
    """
    if kind not in LOADERS:
        raise DataError(f"unknown data format {kind!r}; use one of {', '.join(LOADERS)}")
    return LOADERS[kind](path, **options)
