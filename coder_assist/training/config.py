"""Training settings: frozen dataclasses read from flat TOML files, with a documented default for every key.

``coder-assist train --config FILE.toml`` reads the file with :meth:`TrainConfig.from_toml`;
``--print-defaults`` prints :func:`defaults_toml`. Unknown keys and values of the wrong type are errors that
name the key and the file, so a typo never trains with a silently ignored setting.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coder_assist.datasets.tomlfile import read_toml
from coder_assist.errors import UserError

if TYPE_CHECKING:
    from typing_extensions import Self


class ConfigError(UserError):
    """A training config file that cannot be used as it stands."""


def _setting(default: Any, help: str) -> Any:
    """A dataclass field whose help text is printed above it by :func:`defaults_toml`."""
    return field(default=default, metadata={"help": help})


ACTIVATIONS = ("gelu", "relu")


@dataclass(frozen=True)
class _Config:
    """The settings fine-tuning and pretraining share (the small BERT, its tokenizer, the optimiser, the
    machine), declared once, and their reading and writing as flat TOML with each key checked.

    Optimiser defaults are fine-tuning's; PretrainConfig declares its own where pretraining from scratch needs
    another. Subclasses add their checks in :meth:`_problems`.
    """

    # --- the small BERT (fine-tuning builds one when no encoder folder is given; pretraining always does) ---
    tokenizer: str = _setting(
        "", "Small BERT: a tokenizer folder (with tokenizer.json); empty = train WordPiece on the training texts."
    )
    vocab_size: int = _setting(16000, "Small BERT: WordPiece vocabulary size when training a tokenizer.")
    lowercase: bool = _setting(True, "Small BERT: lowercase when training a tokenizer (æ, ø, å are kept).")
    hidden_size: int = _setting(256, "Small BERT: width of the hidden states.")
    num_layers: int = _setting(4, "Small BERT: number of transformer layers.")
    num_heads: int = _setting(4, "Small BERT: attention heads per layer.")
    dropout: float = _setting(0.1, "Small BERT: dropout in the encoder (BERT's default).")
    activation: str = _setting(
        "gelu", "Small BERT: feed-forward activation, gelu (BERT's) or relu (cheaper in the int8 runtime)."
    )
    # --- input ------------------------------------------------------------------------------------------
    chunk_size: int = _setting(
        128,
        "Tokens per chunk fed to the encoder; no overlap, own position ids (PLM-ICD). Pretraining trains on"
        " sequences of this length, so fine-tuning must use the same.",
    )
    subword_dropout: float = _setting(
        0.0,
        "WordPiece tokenizers: while training, each longest-match step of a word's segmentation skips its longest"
        " piece with this probability (MaxMatch-Dropout), so codes are learnt from words, not one piece; 0 = off.",
    )
    # --- optimisation -----------------------------------------------------------------------------------
    epochs: int = _setting(10, "Upper bound on epochs; early stopping usually ends sooner (paper: 10).")
    batch_size: int = _setting(8, "Cases per forward pass and process; lower it if memory runs out.")
    lr: float = _setting(5e-5, "Peak AdamW learning rate (paper).")
    weight_decay: float = _setting(0.01, "AdamW weight decay on matrices; biases and norms are not decayed.")
    warmup_ratio: float = _setting(0.1, "Share of all optimizer steps spent warming the learning rate up linearly.")
    grad_clip: float = _setting(1.0, "Gradient norm clipping threshold (paper).")
    # --- machine ----------------------------------------------------------------------------------------
    seed: int = _setting(1234, "Seed for initialisation, batch order, dropout and masking.")
    device: str = _setting("auto", "auto (CUDA when available, else CPU), cpu, cuda or cuda:N.")
    threads: int = _setting(0, "CPU threads for torch; 0 = torch's default (one per core). 1 helps on a busy machine.")
    bf16: bool = _setting(True, "bf16 autocast on CUDA devices that support it; never on CPU.")
    progress_bar: bool = _setting(True, "Show a progress bar (only ever on a terminal, and only on rank 0).")

    def __post_init__(self) -> None:
        problems = self._problems()
        if problems:
            raise ConfigError("; ".join(problems))

    def _problems(self) -> list[str]:
        """What is wrong with the shared settings, one line each."""
        problems = []
        if self.hidden_size % self.num_heads:
            problems.append(f"hidden_size {self.hidden_size} is not divisible by num_heads {self.num_heads}")
        if self.activation not in ACTIVATIONS:
            problems.append(f"activation must be one of {', '.join(ACTIVATIONS)}, not {self.activation!r}")
        if self.chunk_size < 8:
            problems.append(f"chunk_size must be at least 8, not {self.chunk_size}")
        for name in ("vocab_size", "epochs", "batch_size"):
            if getattr(self, name) < 1:
                problems.append(f"{name} must be at least 1, not {getattr(self, name)}")
        if not 0.0 <= self.subword_dropout < 1.0:
            problems.append(f"subword_dropout must be in [0, 1), not {self.subword_dropout}")
        if self.lr <= 0:
            problems.append(f"lr must be positive, not {self.lr}")
        if not 0.0 <= self.warmup_ratio < 1.0:
            problems.append(f"warmup_ratio must be in [0, 1), not {self.warmup_ratio}")
        if self.threads < 0:
            problems.append(f"threads must be 0 (torch's default) or more, not {self.threads}")
        return problems

    @classmethod
    def from_toml(cls, path: str | Path) -> Self:
        """Read a flat TOML file; keys left out keep their defaults.

        Raises ConfigError naming the file and the key for unreadable TOML, unknown keys and wrong types.
        """
        return cls.from_dict(read_toml(path, ConfigError), where=str(path))

    @classmethod
    def from_dict(cls, raw: dict[str, Any], where: str = "config") -> Self:
        """Build from a flat dict, checking keys and types like :meth:`from_toml`."""
        fields = {f.name: f for f in dataclasses.fields(cls)}
        values = {}
        for key, value in raw.items():
            if key not in fields:
                known = ", ".join(sorted(fields))
                raise ConfigError(f"unknown key {key!r}; known keys are: {known}", where=where)
            kind = type(fields[key].default)
            if kind is float and type(value) is int:
                value = float(value)
            if type(value) is not kind:
                raise ConfigError(
                    f"key {key!r} must be {kind.__name__}, not {type(value).__name__} ({value!r})", where=where
                )
            values[key] = value
        try:
            return cls(**values)
        except ConfigError as exc:
            raise ConfigError(exc.message, where=where) from None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_toml(self, *, comments: bool = False) -> str:
        """The settings as a flat TOML file that :meth:`from_toml` reads back unchanged.

        The command's own settings come first (a run's folder and data before the small BERT's width).
        """
        shared = {f.name for f in dataclasses.fields(_Config)}
        lines = []
        for f in sorted(dataclasses.fields(self), key=lambda f: f.name in shared):
            if comments:
                lines.append(f"# {f.metadata['help']}")
            lines.append(f"{f.name} = {_toml_value(getattr(self, f.name))}")
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class TrainConfig(_Config):
    """Everything that decides how a PLM-CA model is trained (docs/architecture.md: model, training)."""

    # --- where things are -------------------------------------------------------------------------------
    run_dir: str = _setting("runs/plm-ca", "Output folder: best/ and last/ checkpoints, metrics.jsonl, metrics.json.")
    data: str = _setting("", "The data set (file or folder) for the data loader; train() itself gets loaded examples.")
    data_format: str = _setting("jsonl", "Format of the data set: jsonl, codiesp or mimic (see coder_assist/datasets).")
    min_code_count: int = _setting(10, "Codes seen fewer times in the training data are left out of the label space.")
    encoder: str = _setting(
        "", "Local Hugging Face encoder folder (its own tokenizer is used); empty = a small BERT built here."
    )
    # --- input ------------------------------------------------------------------------------------------
    max_tokens: int = _setting(10000, "Longer inputs are truncated, counted and warned about once (paper: 10,000).")
    token_noise: float = _setting(
        0.0, "While training, this share of the tokens is replaced by random vocabulary tokens; 0 = off."
    )
    label_init: str = _setting(
        "random",
        "How each code's attention query starts: random (the paper), or names: the encoder's reading of the"
        " code's clinical names (catalogue text, synonyms, its category's names), so rare codes start informed.",
    )
    # --- optimisation -----------------------------------------------------------------------------------
    effective_batch_size: int = _setting(
        16, "Cases per optimizer step, reached by gradient accumulation (paper: 128 on Danish data, 16 on MIMIC)."
    )
    head_lr: float = _setting(
        0.0,
        "Peak learning rate of the label attention (queries, keys, values, output); 0 = lr. The head starts from"
        " random weights, so next to a pretrained encoder's small lr (1e-4 or less) it learns in far fewer epochs"
        " with a larger step (e.g. 1e-3); next to a small BERT's lr of 1e-3, a 4x larger head step stalled.",
    )
    patience: int = _setting(2, "Stop after this many epochs without a better validation MAP (paper).")
    bucket_batches: int = _setting(
        50, "Cases are sorted by length within windows of this many batches, to cut padding."
    )

    def _problems(self) -> list[str]:
        problems = super()._problems()
        if self.max_tokens < 1:
            problems.append(f"max_tokens must be at least 1, not {self.max_tokens}")
        for name in ("effective_batch_size", "patience", "bucket_batches", "min_code_count"):
            if getattr(self, name) < 1:
                problems.append(f"{name} must be at least 1, not {getattr(self, name)}")
        if self.head_lr < 0:
            problems.append(f"head_lr must be 0 (same as lr) or positive, not {self.head_lr}")
        if not 0.0 <= self.token_noise < 1.0:
            problems.append(f"token_noise must be in [0, 1), not {self.token_noise}")
        if self.label_init not in ("random", "names"):
            problems.append(f"label_init must be random or names, not {self.label_init!r}")
        return problems


@dataclass(frozen=True)
class PretrainConfig(_Config):
    """Masked-language-model pretraining of the small BERT on unlabelled text (``coder-assist pretrain``)."""

    out_dir: str = _setting("runs/small-bert", "Output encoder folder, loadable as TrainConfig.encoder.")
    mask_share: float = _setting(0.15, "Share of tokens to predict; of those 80% [MASK], 10% random, 10% kept (BERT).")
    # Pretraining from scratch: fewer passes over more sequences per step, at a larger step.
    epochs: int = _setting(3, "Passes over the texts.")
    batch_size: int = _setting(64, "Sequences per optimizer step.")
    lr: float = _setting(
        5e-4, "Peak AdamW learning rate; higher than fine-tuning, as for BERT pretraining from scratch."
    )
    warmup_ratio: float = _setting(0.06, "Share of all steps spent warming the learning rate up linearly.")

    def _problems(self) -> list[str]:
        problems = super()._problems()
        if not 0.0 < self.mask_share < 1.0:
            problems.append(f"mask_share must be in (0, 1), not {self.mask_share}")
        return problems


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    return repr(value)


def defaults_toml(kind: type[_Config] = TrainConfig) -> str:
    """Every setting with its default and a comment saying what it does, as printed by ``--print-defaults``."""
    return kind().to_toml(comments=True)
