"""Masked-language-model pretraining of the small BERT on unlabelled text (``coder-assist pretrain``).

The texts are cut exactly as fine-tuning cuts them (no special tokens, chunk_size tokens per sequence),
15% of the tokens are predicted (80% of those replaced by [MASK], 10% by a random token, 10% kept), and
the encoder is saved as a Hugging Face folder with its tokenizer, which ``load_encoder`` and
``TrainConfig.encoder`` take like any other local encoder.
"""

from __future__ import annotations

import json
import logging
import math
import random
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import torch
from torch import Tensor
from tqdm import tqdm
from transformers import BertForMaskedLM

from coder_assist.errors import UserError
from coder_assist.training.augment import WordPieceDropout
from coder_assist.training.config import PretrainConfig
from coder_assist.training.distributed import resolve_device
from coder_assist.training.encoder import small_bert_for
from coder_assist.training.model import pad_batch
from coder_assist.training.tokenizer import encode, load_tokenizer, save_tokenizer, train_wordpiece
from coder_assist.training.trainer import adamw, linear_schedule

log = logging.getLogger("coder_assist.training")


def pretrain_mlm(texts: Iterable[str], config: PretrainConfig, echo: Callable[[str], None] | None = None) -> Path:
    """Pretrain a small BERT on ``texts`` and return the encoder folder (``config.out_dir``); ``echo`` gets one
    line per epoch."""
    texts = [text for text in texts if text and text.strip()]
    if not texts:
        raise UserError("no text to pretrain on")
    device = resolve_device(config.device)
    torch.manual_seed(config.seed)
    threads = torch.get_num_threads()
    if config.threads:
        torch.set_num_threads(config.threads)
    try:
        if config.tokenizer:
            tokenizer = load_tokenizer(config.tokenizer)
        else:
            tokenizer = train_wordpiece(texts, config.vocab_size, lowercase=config.lowercase)
        sequences = _chunks(encode(tokenizer, texts), config.chunk_size)
        dropout = WordPieceDropout(tokenizer, config.subword_dropout) if config.subword_dropout else None
        words = dropout.prepare(texts) if dropout is not None else []

        def epoch_sequences(epoch: int) -> list[list[int]]:
            """The usual segmentation, or with sub-word dropout one drawn anew for each epoch."""
            if dropout is None:
                return sequences
            rng = random.Random(f"{config.seed}:{epoch}")
            return _chunks([dropout.sample(text, rng) for text in words], config.chunk_size)

        encoder = small_bert_for(config, tokenizer)
        model = BertForMaskedLM(encoder.config).to(device)
        history = _fit(model, epoch_sequences, tokenizer, config, device, echo)
    finally:
        torch.set_num_threads(threads)
    out = Path(config.out_dir)
    model.bert.save_pretrained(str(out))
    save_tokenizer(tokenizer, out)
    summary = {"sequences": len(sequences), "texts": len(texts), "epochs": history, "config": config.to_dict()}
    (out / "pretrain_metrics.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return out


def _chunks(token_lists: list[list[int]], size: int) -> list[list[int]]:
    return [tokens[start : start + size] for tokens in token_lists for start in range(0, len(tokens), size)]


def mask_tokens(
    input_ids: Tensor,
    attention_mask: Tensor,
    *,
    mask_id: int,
    vocab_size: int,
    share: float,
    generator: torch.Generator,
) -> tuple[Tensor, Tensor]:
    """BERT masking of real (unpadded) tokens: inputs [B, L] and labels [B, L] (-100 where nothing is predicted)."""
    chosen = (torch.rand(input_ids.shape, generator=generator) < share) & attention_mask.bool()
    labels = torch.where(chosen, input_ids, -100)
    draw = torch.rand(input_ids.shape, generator=generator)
    random_ids = torch.randint(vocab_size, input_ids.shape, generator=generator)
    inputs = torch.where(chosen & (draw < 0.8), mask_id, input_ids)
    inputs = torch.where(chosen & (draw >= 0.8) & (draw < 0.9), random_ids, inputs)
    return inputs, labels


def mlm_loss(model: BertForMaskedLM, input_ids: Tensor, attention_mask: Tensor, labels: Tensor) -> Tensor:
    """The loss of ``model(..., labels=labels).loss``, with the vocabulary head applied to the predicted positions only.

    BertForMaskedLM scores the whole vocabulary at every position; with a small encoder that head costs
    several times the encoder itself, and 85% of those rows are thrown away by the loss.
    """
    hidden = model.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
    chosen = labels != -100
    logits = model.cls(hidden[chosen])
    return torch.nn.functional.cross_entropy(logits.float(), labels[chosen])


def _fit(
    model: BertForMaskedLM,
    epoch_sequences: Callable[[int], list[list[int]]],
    tokenizer: Any,
    config: PretrainConfig,
    device: torch.device,
    echo: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Train on ``epoch_sequences(epoch)`` in each epoch; with sub-word dropout their number varies by a
    fraction of a percent between epochs, and the schedule is sized by the first."""
    sequences = epoch_sequences(1)
    steps_per_epoch = math.ceil(len(sequences) / config.batch_size)
    total = steps_per_epoch * config.epochs
    warmup = int(config.warmup_ratio * total)
    optimizer = adamw(model, config.lr, config.weight_decay)
    scheduler = linear_schedule(optimizer, total, warmup)
    bf16 = config.bf16 and device.type == "cuda" and torch.cuda.is_bf16_supported()
    generator = torch.Generator().manual_seed(config.seed)
    history = []
    for epoch in range(1, config.epochs + 1):
        if epoch > 1:
            sequences = epoch_sequences(epoch)
        model.train()
        order = torch.randperm(len(sequences), generator=generator).tolist()
        batches = [order[i : i + config.batch_size] for i in range(0, len(order), config.batch_size)]
        show = config.progress_bar and sys.stderr.isatty()
        total_loss, started = 0.0, time.perf_counter()
        for batch in tqdm(batches, desc=f"pretrain {epoch}", unit="batch", disable=not show, dynamic_ncols=True):
            input_ids, mask = pad_batch([sequences[i] for i in batch], config.chunk_size, tokenizer.pad_token_id)
            inputs, labels = mask_tokens(
                input_ids,
                mask,
                mask_id=tokenizer.mask_token_id,
                vocab_size=len(tokenizer),
                share=config.mask_share,
                generator=generator,
            )
            if not bool((labels != -100).any()):
                continue  # nothing drawn to predict in this (tiny) batch
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16):
                loss = mlm_loss(model, inputs.to(device), mask.to(device), labels.to(device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), config.grad_clip)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            total_loss += loss.item()
        row = {"epoch": epoch, "mlm_loss": total_loss / len(batches), "seconds": time.perf_counter() - started}
        history.append(row)
        line = f"pretrain epoch {epoch}: MLM loss {row['mlm_loss']:.4f}"
        log.info("%s", line)
        if echo is not None:
            echo(line)
    return history
