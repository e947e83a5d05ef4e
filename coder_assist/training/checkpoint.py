"""Checkpoint folders: everything needed to rebuild a trained PLM-CA model, and nothing else.

A folder holds ``model.safetensors`` (weights), ``config.json`` (model and encoder config, so the original
encoder folder is not needed), ``labels.json`` (codes in output order with their training frequency, in the
form ``runtime/bundle.py`` reads and writes for bundles too) and
``tokenizer.json`` + ``tokenizer_config.json``. A training run's ``last/`` folder adds ``training_state.pt``
(optimizer, scheduler, epoch, RNG state) to resume from. Folders are written to a temporary name and
renamed, so an interrupted save never leaves a half-written checkpoint behind.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_model, save_model
from transformers import PreTrainedTokenizerFast

from coder_assist.errors import UserError
from coder_assist.runtime.bundle import LABELS, LabelTable, read_labels, write_labels
from coder_assist.training.encoder import encoder_from_config
from coder_assist.training.model import PLMCA
from coder_assist.training.tokenizer import load_tokenizer, save_tokenizer

FORMAT_VERSION = 1
REQUIRED_FILES = ("model.safetensors", "config.json", LABELS, "tokenizer.json")
TRAINING_STATE = "training_state.pt"


class CheckpointError(UserError):
    """A checkpoint folder that cannot be loaded."""


@dataclass
class Checkpoint:
    """A loaded checkpoint: the model (eval mode, CPU), its tokenizer, its labels and its config.json."""

    model: PLMCA
    tokenizer: PreTrainedTokenizerFast
    labels: list[str]
    label_counts: list[int]
    config: dict[str, Any]

    @property
    def max_tokens(self) -> int:
        return int(self.config["model"]["max_tokens"])


def save_checkpoint(
    folder: str | Path,
    model: PLMCA,
    tokenizer: PreTrainedTokenizerFast,
    labels: list[str],
    label_counts: list[int],
    *,
    max_tokens: int,
    info: dict[str, Any] | None = None,
    training_state: dict[str, Any] | None = None,
) -> Path:
    """Write a checkpoint folder (replacing one already there) and return its path.

    ``info`` (training settings, validation metrics) is stored in config.json for the record.
    """
    folder = Path(folder)
    if len(labels) != model.num_labels or len(label_counts) != len(labels):
        raise ValueError(f"{len(labels)} labels and {len(label_counts)} counts for a model with {model.num_labels}")
    staging = folder.with_name(folder.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    save_model(model, str(staging / "model.safetensors"))
    config = {
        "format_version": FORMAT_VERSION,
        "model": {
            "architecture": "PLM-CA",
            "num_labels": model.num_labels,
            "chunk_size": model.chunk_size,
            "max_tokens": max_tokens,
            "special_tokens": False,  # ids are encoded with add_special_tokens=False; see model.py
            "pad_token_id": model.pad_token_id,
        },
        "encoder": model.encoder.config.to_dict(),
        **(info or {}),
    }
    _write_json(staging / "config.json", config)
    write_labels(staging, LabelTable(list(labels), [int(count) for count in label_counts]))
    save_tokenizer(tokenizer, staging)
    if training_state is not None:
        torch.save(training_state, staging / TRAINING_STATE)
    retired = folder.with_name(folder.name + ".old")
    shutil.rmtree(retired, ignore_errors=True)
    if folder.exists():
        folder.rename(retired)
    staging.rename(folder)
    shutil.rmtree(retired, ignore_errors=True)
    return folder


def load_checkpoint(folder: str | Path) -> Checkpoint:
    """Rebuild the model from the folder alone (no encoder folder, no download), on the CPU in eval mode.

    Raises CheckpointError naming the folder and the missing file, or what else is wrong.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise CheckpointError("no such checkpoint folder", where=str(folder))
    for name in REQUIRED_FILES:
        if not (folder / name).is_file():
            raise CheckpointError(
                f"the checkpoint is missing {name}; copy the whole folder written by training", where=str(folder)
            )
    config = _read_json(folder / "config.json")
    version = config.get("format_version")
    if version != FORMAT_VERSION:
        raise CheckpointError(
            f"config.json has format version {version!r}; this program reads version {FORMAT_VERSION}",
            where=str(folder),
        )
    table = read_labels(folder)
    labels, counts = table.codes, table.train_frequency
    settings = config["model"]
    if len(labels) != settings["num_labels"]:
        raise CheckpointError(
            f"labels.json lists {len(labels)} codes but config.json says {settings['num_labels']}", where=str(folder)
        )
    model = PLMCA(encoder_from_config(config["encoder"]), len(labels), chunk_size=settings["chunk_size"])
    try:
        load_model(model, str(folder / "model.safetensors"), strict=True)
    except RuntimeError as exc:
        raise CheckpointError(f"model.safetensors does not fit config.json: {exc}", where=str(folder)) from None
    return Checkpoint(model.eval(), load_tokenizer(folder), labels, counts, config)


def load_training_state(folder: str | Path) -> dict[str, Any]:
    """The optimizer/scheduler/epoch/RNG state saved beside a ``last/`` checkpoint, for resuming."""
    path = Path(folder) / TRAINING_STATE
    if not path.is_file():
        raise CheckpointError(
            f"cannot resume: {TRAINING_STATE} is missing (resume from the run's last/ folder)", where=str(folder)
        )
    return torch.load(path, map_location="cpu", weights_only=True)


def _write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CheckpointError(f"cannot read {path.name}: {exc}", where=str(path.parent)) from None
