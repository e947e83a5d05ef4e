"""The commands' recipes: data set → label space → PLM-CA training, and a checkpoint → calibrated bundle.

Kept apart from the trainer so that ``train()`` stays a function of examples and settings, and the CLI
stays a parser.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from coder_assist.training.config import TrainConfig
from coder_assist.training.data import Dataset, Example, LabelSpace, build_label_space, encode_targets, load_dataset

log = logging.getLogger(__name__)
LABEL_SPACE_FILE = "label_space.json"


def labelled(examples: Sequence[Example], space: LabelSpace) -> list:
    """(text, label ids) pairs for the trainer; codes outside the label space are left out."""
    from coder_assist.training.trainer import LabelledText

    index = space.index()
    return [LabelledText(e.text, [index[c] for c in e.codes if c in index]) for e in examples]


def train_from_config(config: TrainConfig, *, resume: Path | None = None, echo=print) -> Path:
    """Load ``config.data``, build the label space, train, and return the best checkpoint folder.

    The label space (codes, training frequency, share coded as B) is written beside the checkpoints so
    that export can carry it into the bundle without reloading the data.
    """
    from coder_assist.training.trainer import train

    dataset = load_dataset(config.data_format, config.data)
    for warning in dataset.warnings:
        echo(f"warning: {warning}")
    space, report = build_label_space(dataset.train, config.min_code_count)
    echo(str(report))
    echo(f"cases: {dataset.sizes()}")
    run_dir = Path(config.run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / LABEL_SPACE_FILE).write_text(
        json.dumps(
            {"source": dataset.source, "codes": space.codes, "frequency": space.frequency,
             "share_secondary": space.share_secondary, "report": str(report)},
            ensure_ascii=False, indent=1,
        ),
        encoding="utf-8",
    )  # fmt: skip
    counts = [space.frequency[c] for c in space.codes]
    return train(
        config, labelled(dataset.train, space), labelled(dataset.val, space), space.codes,
        label_counts=counts, resume=resume,
    )  # fmt: skip


def calibration_data(dataset: Dataset, codes: list[str]) -> tuple[list[str], np.ndarray]:
    """Validation texts and their targets [N, C] in the checkpoint's label order."""
    space = LabelSpace(codes=codes, frequency={})
    return [e.text for e in dataset.val], encode_targets(dataset.val, space)


def share_secondary(checkpoint: Path, dataset: Dataset | None, codes: list[str]) -> dict[str, float] | None:
    """The share of each code's training uses coded as B: from the run's label space, else the data set."""
    saved = checkpoint.parent / LABEL_SPACE_FILE
    if saved.exists():
        return json.loads(saved.read_text(encoding="utf-8")).get("share_secondary")
    if dataset is not None:
        space, _ = build_label_space(dataset.train, 1)
        return {c: v for c, v in (space.share_secondary or {}).items() if c in set(codes)}
    return None
