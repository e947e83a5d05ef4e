"""Fine-tuning PLM-CA (docs/architecture.md: training): AdamW with linear warm-up and decay, clipping,
gradient accumulation, early stopping on validation MAP, best and last checkpoints, resume, metrics per epoch,
DDP under torchrun.

The data loaders (coder_assist/datasets) hand over examples as ``(text, label_ids)`` pairs plus the label list;
this module tokenizes, buckets by length, trains and writes the run folder::

    run_dir/best/            best checkpoint by validation MAP (what train() returns)
    run_dir/last/            checkpoint after the latest epoch + training_state.pt, to resume from
    run_dir/tokenizer/       the WordPiece tokenizer trained for a small BERT
    run_dir/metrics.jsonl    one line per epoch
    run_dir/metrics.json     all epochs, the best epoch and the input counts
"""

from __future__ import annotations

import json
import logging
import math
import random
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import torch
from torch.nn.parallel import DistributedDataParallel
from torch.optim.lr_scheduler import LambdaLR, LRScheduler
from torch.utils.data import DistributedSampler
from tqdm import tqdm

from coder_assist.errors import UserError
from coder_assist.evaluation.metrics import ranking_metrics
from coder_assist.training import distributed
from coder_assist.training.augment import WordPieceDropout, ordinary_ids, replace_tokens
from coder_assist.training.checkpoint import load_checkpoint, load_training_state, save_checkpoint
from coder_assist.training.config import TrainConfig
from coder_assist.training.encoder import load_encoder, small_bert_for
from coder_assist.training.model import PLMCA, pad_batch
from coder_assist.training.tokenizer import encode, load_tokenizer, save_tokenizer, train_wordpiece

log = logging.getLogger("coder_assist.training")


class LabelledText(NamedTuple):
    """One case for training: its model text and the indices of its codes in the label list."""

    text: str
    label_ids: Sequence[int]


@dataclass
class Encoded:
    """Token ids and label ids of the usable cases of one split, with what was dropped or cut."""

    ids: list[list[int]]
    labels: list[list[int]]
    skipped_empty: int
    truncated: int
    words: list[list[tuple[int, ...]]] | None = None  # per case, for sub-word dropout (training split only)


def train(
    config: TrainConfig,
    train_set: Sequence[LabelledText | tuple[str, Sequence[int]]],
    validation_set: Sequence[LabelledText | tuple[str, Sequence[int]]],
    labels: Sequence[str],
    *,
    label_counts: Sequence[int] | None = None,
    resume: str | Path | None = None,
    echo: Callable[[str], None] | None = None,
) -> Path:
    """Train PLM-CA and return the best checkpoint folder (``run_dir/best``).

    Args:
        config: the settings.
        train_set, validation_set: ``(text, label_ids)`` pairs, label_ids indexing ``labels``. Cases with no
            text are skipped with a counted warning; cases with no codes are kept as negatives.
        labels: the codes in output order (the label space; codes outside it are the caller's to drop).
        label_counts: training frequency of each label, stored in labels.json; counted from train_set if None.
        resume: a ``run_dir/last`` folder to continue from (the epoch after the one it saved).
        echo: called with one line per epoch (loss, validation MAP, speed), so that a long run shows its
            progress wherever its output goes; the log gets the same line.
    """
    processes = distributed.start(config.device)
    deterministic, threads = torch.are_deterministic_algorithms_enabled(), torch.get_num_threads()
    torch.use_deterministic_algorithms(True, warn_only=True)
    if config.threads:
        torch.set_num_threads(config.threads)
    try:
        return _Run(config, processes, list(labels), echo).fit(train_set, validation_set, label_counts, resume)
    finally:
        torch.use_deterministic_algorithms(deterministic)
        torch.set_num_threads(threads)
        distributed.stop(processes)


class _Run:
    def __init__(
        self,
        config: TrainConfig,
        processes: distributed.Processes,
        labels: list[str],
        echo: Callable[[str], None] | None = None,
    ) -> None:
        self.config = config
        self.echo = echo
        self.processes = processes
        self.device = processes.device
        self.labels = labels
        self.run_dir = Path(config.run_dir)
        self.bf16 = config.bf16 and self.device.type == "cuda" and torch.cuda.is_bf16_supported()
        self.dropout: WordPieceDropout | None = None
        self.noise_ids: torch.Tensor | None = None

    # --- setup ------------------------------------------------------------------------------------------
    def fit(
        self,
        train_set: Sequence[Any],
        validation_set: Sequence[Any],
        label_counts: Sequence[int] | None,
        resume: str | Path | None,
    ) -> Path:
        config = self.config
        if not self.labels:
            raise UserError("no labels to train on: the label space is empty")
        if not train_set or not validation_set:
            raise UserError(
                f"training needs cases in both splits (train {len(train_set)}, validation {len(validation_set)})"
            )
        torch.manual_seed(config.seed)
        if self.processes.is_main:
            self.run_dir.mkdir(parents=True, exist_ok=True)
        state: dict[str, Any] | None = None
        if resume is not None:
            checkpoint = load_checkpoint(resume)
            if checkpoint.labels != self.labels:
                raise UserError("the checkpoint's labels differ from this data's label space", where=str(resume))
            state = load_training_state(resume)
            model, tokenizer = checkpoint.model, checkpoint.tokenizer
        else:
            model, tokenizer = self._new_model(train_set)
            if config.label_init == "names":
                self._inform_queries(model, tokenizer)
        counts = list(label_counts) if label_counts is not None else self._count_labels(train_set)
        if config.subword_dropout:
            self.dropout = WordPieceDropout(tokenizer, config.subword_dropout)
        if config.token_noise:
            self.noise_ids = ordinary_ids(tokenizer)
        train_data = self._encode(tokenizer, train_set, "training", self.dropout)
        validation = self._encode(tokenizer, validation_set, "validation")
        return self._loop(model.to(self.device), tokenizer, counts, train_data, validation, state)

    def _new_model(self, train_set: Sequence[Any]) -> tuple[PLMCA, Any]:
        config = self.config
        if config.encoder:
            tokenizer = load_tokenizer(config.encoder)
            encoder = load_encoder(config.encoder)
            positions = encoder.config.max_position_embeddings
            if positions < config.chunk_size:
                raise UserError(f"chunk_size {config.chunk_size} exceeds the encoder's {positions} positions")
        else:
            tokenizer = self._small_bert_tokenizer(train_set)
            encoder = small_bert_for(config, tokenizer)
        return PLMCA(encoder, len(self.labels), chunk_size=config.chunk_size), tokenizer

    def _inform_queries(self, model: PLMCA, tokenizer: Any) -> None:
        """Start each code's query from the encoder's reading of its names (training/label_init.py)."""
        from coder_assist.training.label_init import informed_queries, label_names

        names = label_names(self.labels, self.config.data_format)
        informed = informed_queries(model, tokenizer, names, self.labels, torch.device("cpu"))
        if self.processes.is_main:
            log.info("label queries: %d of %d codes start from their names", informed, len(self.labels))

    def _small_bert_tokenizer(self, train_set: Sequence[Any]) -> Any:
        """The configured tokenizer, or WordPiece trained by rank 0 on the training texts and shared via disk."""
        if self.config.tokenizer:
            return load_tokenizer(self.config.tokenizer)
        folder = self.run_dir / "tokenizer"
        if self.processes.is_main:
            texts = (text for text, _ in train_set)
            save_tokenizer(train_wordpiece(texts, self.config.vocab_size, lowercase=self.config.lowercase), folder)
        distributed.barrier(self.processes)
        return load_tokenizer(folder)

    def _count_labels(self, train_set: Sequence[Any]) -> list[int]:
        counts = [0] * len(self.labels)
        for _, label_ids in train_set:
            for label in set(label_ids):
                counts[label] += 1
        return counts

    def _encode(
        self, tokenizer: Any, examples: Sequence[Any], split: str, dropout: WordPieceDropout | None = None
    ) -> Encoded:
        """Tokenize one split: skip cases without tokens, cut to max_tokens, check label ids; warn once each.

        With ``dropout``, each kept case is also split into words, to be segmented anew every epoch.
        """
        texts = [text or "" for text, _ in examples]
        ids, labels, kept, skipped, truncated = [], [], [], 0, 0
        for number, (tokens, (_, label_ids)) in enumerate(zip(encode(tokenizer, texts), examples, strict=True)):
            bad = [label for label in label_ids if not 0 <= label < len(self.labels)]
            if bad:
                raise UserError(f"{split} case {number} has label ids {bad} outside the {len(self.labels)} labels")
            if not tokens:
                skipped += 1
                continue
            if len(tokens) > self.config.max_tokens:
                truncated += 1
                tokens = tokens[: self.config.max_tokens]
            ids.append(tokens)
            labels.append(sorted(set(label_ids)))
            kept.append(texts[number])
        if self.processes.is_main and skipped:
            log.warning("%s: skipped %d of %d cases that have no text", split, skipped, len(examples))
        if self.processes.is_main and truncated:
            log.warning("%s: truncated %d cases to max_tokens=%d tokens", split, truncated, self.config.max_tokens)
        if not ids:
            raise UserError(f"no {split} case has any text")
        return Encoded(ids, labels, skipped, truncated, dropout.prepare(kept) if dropout is not None else None)

    # --- training loop ----------------------------------------------------------------------------------
    def _loop(
        self,
        model: PLMCA,
        tokenizer: Any,
        label_counts: list[int],
        data: Encoded,
        validation: Encoded,
        state: dict[str, Any] | None,
    ) -> Path:
        config, processes = self.config, self.processes
        per_step = config.batch_size * processes.world_size
        accumulation = max(1, math.ceil(config.effective_batch_size / per_step))
        sampler = DistributedSampler(
            range(len(data.ids)),
            num_replicas=processes.world_size,
            rank=processes.rank,
            shuffle=True,
            seed=config.seed,
        )
        batches_per_epoch = math.ceil(len(sampler) / config.batch_size)
        steps_per_epoch = math.ceil(batches_per_epoch / accumulation)
        total_steps = config.epochs * steps_per_epoch
        warmup = int(config.warmup_ratio * total_steps)
        optimizer = adamw(model, config.lr, config.weight_decay, head=model.label_attention, head_lr=config.head_lr)
        scheduler = linear_schedule(optimizer, total_steps, warmup)
        history: list[dict[str, Any]] = []
        start_epoch, best_map, best_epoch, stale = 1, -1.0, 0, 0
        if state is not None:
            optimizer.load_state_dict(state["optimizer"])
            scheduler.load_state_dict(state["scheduler"])
            torch.set_rng_state(state["rng"])
            if self.device.type == "cuda" and "cuda_rng" in state:
                torch.cuda.set_rng_state(state["cuda_rng"], self.device)
            history = json.loads(state["history"])
            start_epoch = state["epoch"] + 1
            best_map, best_epoch, stale = state["best_map"], state["best_epoch"], state["stale_epochs"]
        if processes.is_main:
            log.info(
                "training %d cases (%d per step: batch %d x accumulation %d x %d processes), %d labels, %s",
                len(data.ids),
                per_step * accumulation,
                config.batch_size,
                accumulation,
                processes.world_size,
                len(self.labels),
                "bf16" if self.bf16 else "fp32",
            )
        trained = (
            DistributedDataParallel(model, device_ids=[self.device.index] if self.device.type == "cuda" else None)
            if processes.distributed
            else model
        )
        best = self.run_dir / "best"
        for epoch in range(start_epoch, config.epochs + 1):
            if stale >= config.patience:
                break
            sampler.set_epoch(epoch)
            row = self._train_epoch(trained, optimizer, scheduler, data, list(sampler), epoch, accumulation)
            scores = self._predict(model, validation)
            row.update(
                {
                    f"val_{key}": value
                    for key, value in ranking_metrics(scores, _multi_hot(validation.labels, len(self.labels))).items()
                }
            )
            history.append(row)
            improved = row["val_map"] > best_map
            if improved:
                best_map, best_epoch, stale = row["val_map"], epoch, 0
            else:
                stale += 1
            if processes.is_main:
                info = {
                    "training": config.to_dict(),
                    "validation": {"epoch": epoch, **{k: v for k, v in row.items() if k.startswith("val_")}},
                }
                if improved:
                    save_checkpoint(
                        best, model, tokenizer, self.labels, label_counts, max_tokens=config.max_tokens, info=info
                    )
                training_state = {
                    "optimizer": optimizer.state_dict(),
                    "scheduler": scheduler.state_dict(),
                    "rng": torch.get_rng_state(),
                    "epoch": epoch,
                    "best_map": best_map,
                    "best_epoch": best_epoch,
                    "stale_epochs": stale,
                    "history": json.dumps(history),
                }
                if self.device.type == "cuda":
                    training_state["cuda_rng"] = torch.cuda.get_rng_state(self.device)
                save_checkpoint(
                    self.run_dir / "last",
                    model,
                    tokenizer,
                    self.labels,
                    label_counts,
                    max_tokens=config.max_tokens,
                    info=info,
                    training_state=training_state,
                )
                self._write_metrics(history, best_epoch, data, validation)
                line = (
                    f"epoch {epoch}: loss {row['train_loss']:.4f}, validation MAP {row['val_map']:.4f} "
                    f"(best {best_map:.4f} at epoch {best_epoch}), {row['tokens_per_s']:.0f} tokens/s"
                )
                log.info("%s", line)
                if self.echo is not None:
                    self.echo(line)
            distributed.barrier(processes)
        if processes.is_main and stale >= config.patience:
            log.info("stopped early: no better validation MAP for %d epochs", stale)
        return best

    def _train_epoch(
        self,
        model: torch.nn.Module,
        optimizer: torch.optim.Optimizer,
        scheduler: LRScheduler,
        data: Encoded,
        indices: list[int],
        epoch: int,
        accumulation: int,
    ) -> dict[str, Any]:
        config = self.config
        batches = _bucketed_batches(indices, data.ids, config.batch_size, config.bucket_batches, config.seed + epoch)
        model.train()
        loss_fn = torch.nn.BCEWithLogitsLoss()
        show = config.progress_bar and self.processes.is_main and sys.stderr.isatty()
        progress = tqdm(batches, desc=f"epoch {epoch}", unit="batch", disable=not show, dynamic_ncols=True)
        total_loss, real_tokens, padded_tokens = 0.0, 0, 0
        started = time.perf_counter()
        for number, batch in enumerate(progress):
            group_start = number - number % accumulation
            group_size = min(accumulation, len(batches) - group_start)
            steps_now = number == group_start + group_size - 1
            sequences = [self._training_ids(data, i, epoch) for i in batch]
            input_ids, mask = pad_batch(sequences, config.chunk_size, self._pad_id(model))
            if self.noise_ids is not None:
                input_ids = replace_tokens(input_ids, mask, config.token_noise, self.noise_ids)
            targets = _multi_hot([data.labels[i] for i in batch], len(self.labels))
            input_ids, mask, targets = (
                input_ids.to(self.device),
                mask.to(self.device),
                torch.from_numpy(targets).to(self.device),
            )
            sync = nullcontext() if steps_now or not isinstance(model, DistributedDataParallel) else model.no_sync()
            with sync:
                with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.bf16):
                    logits, _ = model(input_ids, mask)
                loss = loss_fn(logits.float(), targets)
                (loss / group_size).backward()
            if steps_now:
                torch.nn.utils.clip_grad_norm_(model.parameters(), config.grad_clip)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad(set_to_none=True)
            total_loss += loss.item()
            real_tokens += int(mask.sum())
            padded_tokens += mask.numel()
            progress.set_postfix(loss=f"{total_loss / (number + 1):.4f}", refresh=False)
        progress.close()
        seconds = time.perf_counter() - started
        return {
            "epoch": epoch,
            "train_loss": total_loss / max(1, len(batches)),
            "lr": scheduler.get_last_lr()[0],
            "seconds": seconds,
            "tokens_per_s": real_tokens * self.processes.world_size / seconds,
            "padded_tokens_per_s": padded_tokens * self.processes.world_size / seconds,
        }

    def _training_ids(self, data: Encoded, index: int, epoch: int) -> list[int]:
        """The ids case ``index`` is trained on in ``epoch``: its own, or a segmentation drawn for this epoch
        (the same on every run and after a resume)."""
        if self.dropout is None or data.words is None:
            return data.ids[index]
        rng = random.Random(f"{self.config.seed}:{epoch}:{index}")
        return self.dropout.sample(data.words[index], rng)[: self.config.max_tokens]

    @staticmethod
    def _pad_id(model: torch.nn.Module) -> int:
        return (model.module if isinstance(model, DistributedDataParallel) else model).pad_token_id

    @torch.no_grad()
    def _predict(self, model: PLMCA, data: Encoded) -> np.ndarray:
        """Sigmoid scores [N, C] of every case of a split, in the split's order."""
        model.eval()
        order = sorted(range(len(data.ids)), key=lambda i: len(data.ids[i]))
        scores = np.zeros((len(data.ids), len(self.labels)), dtype=np.float32)
        for start in range(0, len(order), self.config.batch_size):
            batch = order[start : start + self.config.batch_size]
            input_ids, mask = pad_batch([data.ids[i] for i in batch], self.config.chunk_size, model.pad_token_id)
            with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.bf16):
                logits, _ = model(input_ids.to(self.device), mask.to(self.device))
            scores[batch] = torch.sigmoid(logits.float()).cpu().numpy()
        return scores

    def _write_metrics(
        self, history: list[dict[str, Any]], best_epoch: int, data: Encoded, validation: Encoded
    ) -> None:
        lines = "".join(json.dumps(row) + "\n" for row in history)
        (self.run_dir / "metrics.jsonl").write_text(lines, encoding="utf-8")
        summary = {
            "best_epoch": best_epoch,
            "best_val_map": next((row["val_map"] for row in history if row["epoch"] == best_epoch), None),
            "cases": {
                "train": len(data.ids),
                "train_skipped_empty": data.skipped_empty,
                "train_truncated": data.truncated,
                "validation": len(validation.ids),
                "validation_skipped_empty": validation.skipped_empty,
                "validation_truncated": validation.truncated,
            },
            "labels": len(self.labels),
            "epochs": history,
        }
        (self.run_dir / "metrics.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


def adamw(
    model: torch.nn.Module,
    lr: float,
    weight_decay: float,
    head: torch.nn.Module | None = None,
    head_lr: float = 0.0,
) -> torch.optim.AdamW:
    """AdamW with weight decay on matrices only (biases, norms and other vectors are not decayed); the
    parameters of ``head`` (a submodule of ``model``) step at ``head_lr`` when it is set, the rest at ``lr``."""
    in_head = {id(p) for p in head.parameters()} if head is not None and head_lr > 0 else set()
    groups = []
    for group_lr, params in (
        (lr, [p for p in model.parameters() if id(p) not in in_head]),
        (head_lr, [p for p in model.parameters() if id(p) in in_head]),
    ):
        for decayed in (True, False):
            chosen = [p for p in params if (p.ndim >= 2) == decayed]
            if chosen:
                groups.append({"params": chosen, "lr": group_lr, "weight_decay": weight_decay if decayed else 0.0})
    return torch.optim.AdamW(groups, lr=lr)


def linear_schedule(optimizer: torch.optim.Optimizer, total_steps: int, warmup_steps: int) -> LambdaLR:
    """Learning rate rising linearly from 0 over warmup_steps, then falling linearly to 0 at total_steps."""

    def factor(step: int) -> float:
        if step < warmup_steps:
            return step / warmup_steps
        return max(0.0, (total_steps - step) / max(1, total_steps - warmup_steps))

    return LambdaLR(optimizer, factor)


def _bucketed_batches(
    indices: list[int], ids: list[list[int]], batch_size: int, window_batches: int, seed: int
) -> list[list[int]]:
    """Batches of similar length: sort (already shuffled) indices by length within windows, then shuffle
    the batches, so padding stays small while each epoch still sees a new order."""
    window = batch_size * window_batches
    batches = []
    for start in range(0, len(indices), window):
        part = sorted(indices[start : start + window], key=lambda i: len(ids[i]))
        batches.extend(part[i : i + batch_size] for i in range(0, len(part), batch_size))
    generator = torch.Generator().manual_seed(seed)
    return [batches[i] for i in torch.randperm(len(batches), generator=generator).tolist()]


def _multi_hot(label_lists: list[list[int]], num_labels: int) -> np.ndarray:
    targets = np.zeros((len(label_lists), num_labels), dtype=np.float32)
    for row, labels in enumerate(label_lists):
        targets[row, labels] = 1.0
    return targets
