"""PLM-CA: a pretrained encoder over 128-token chunks, then label-wise cross-attention (docs/architecture.md: model).

Chunking. The token ids of a case carry no special tokens at all: no [CLS]/[SEP] at the ends of the text
and none inside chunks. The ids are padded to a multiple of ``chunk_size`` and reshaped to
``[B * chunks, chunk_size]``, so each chunk gets its own position ids 0..chunk_size-1 from the encoder.
Why no special tokens: the label attention reads every token state and never a [CLS] vector, so they carry
nothing PLM-CA uses; without them every model position is one tokenizer token with one character offset,
which keeps padding, AttInGrad scores and evidence offsets a plain 1:1 map, in torch and in the ONNX
runtime alike. (PLM-ICD put [CLS] and [SEP] only at the ends of the whole text, i.e. in the first and
last chunk; per-chunk [CLS]/[SEP] would cost 2 of every 128 positions and an index map.) A pretrained
encoder sees text without its usual [CLS] first; fine-tuning absorbs that.

Padding. A chunk with no real token at all (a short case in a batch of long ones, or an extra empty
chunk) would have a fully masked self-attention row, which some attention kernels turn into NaN; such
a chunk attends to its first position instead, and its states never reach a logit because the label
attention masks every padded position with an additive float mask of the dtype's most negative value:
its attention weight is exactly 0. (The reference passed a bool mask that was added as 0/1, so padding
was attended.)

Everything in ``forward`` is tensor operations on shapes, with no branches on data, so it traces for ONNX.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor, nn
from transformers import PreTrainedModel

INIT_STD = 0.03  # docs/architecture.md: model, from the PLM-CA reference


class LabelAttention(nn.Module):
    """Label-wise cross-attention: one learned query per code over all token states, one shared output vector."""

    def __init__(self, hidden_size: int, num_labels: int) -> None:
        super().__init__()
        self.key = nn.Linear(hidden_size, hidden_size, bias=False)
        self.value = nn.Linear(hidden_size, hidden_size)
        self.queries = nn.Parameter(torch.empty(num_labels, hidden_size))
        self.norm = nn.LayerNorm(hidden_size)
        self.output = nn.Linear(hidden_size, 1)
        for weight in (self.key.weight, self.value.weight, self.queries, self.output.weight):
            nn.init.normal_(weight, std=INIT_STD)
        nn.init.zeros_(self.value.bias)
        nn.init.zeros_(self.output.bias)

    def forward(self, hidden: Tensor, attention_mask: Tensor) -> tuple[Tensor, Tensor]:
        """hidden [B, T, d], attention_mask [B, T] (1 = token, 0 = padding) -> logits [B, C], attention [B, C, T].

        The two projections are applied on the label side, where there are C rows instead of T:
        Q Kᵀ = Q (H W_kᵀ)ᵀ = (Q W_k) Hᵀ, and because every row of A sums to 1 (padding exactly 0),
        A V = A (H W_vᵀ + b_v) = (A H) W_vᵀ + b_v. Same function and parameters as docs/architecture.md
        writes it, without two [T, d] x [d, d] products per case (about 6% of the int8 runtime at 10,000 characters).
        """
        queries = self.queries @ self.key.weight  # [C, d]
        scores = (queries @ hidden.transpose(1, 2)).float()  # [B, C, T]
        blocked = (1.0 - attention_mask.to(scores.dtype)) * torch.finfo(scores.dtype).min
        attention = torch.softmax(scores + blocked[:, None, :], dim=-1)
        pooled = self.norm(self.value(attention.to(hidden.dtype) @ hidden))  # [B, C, d]
        return self.output(pooled).squeeze(-1), attention


class PLMCA(nn.Module):
    """Encoder over chunks + label attention: ``input_ids [B, T]`` -> ``logits [B, C]``, T a multiple of chunk_size."""

    def __init__(self, encoder: PreTrainedModel, num_labels: int, chunk_size: int = 128) -> None:
        super().__init__()
        self.encoder = encoder
        self.chunk_size = chunk_size
        self.num_labels = num_labels
        self.label_attention = LabelAttention(encoder.config.hidden_size, num_labels)

    @property
    def pad_token_id(self) -> int:
        pad = self.encoder.config.pad_token_id
        return 0 if pad is None else int(pad)

    def embed(self, input_ids: Tensor) -> Tensor:
        """E, the output of the encoder's embedding layer: input_ids [B, T] -> [B * T / chunk_size, chunk_size, d]."""
        return self.encoder.embeddings(input_ids=input_ids.reshape(-1, self.chunk_size))

    def forward(
        self, input_ids: Tensor, attention_mask: Tensor, embeddings: Tensor | None = None
    ) -> tuple[Tensor, Tensor]:
        """Logits [B, C] and label attention [B, C, T] for input_ids and attention_mask [B, T].

        ``embeddings`` (from :meth:`embed`) replaces the embedding layer's output, so that gradients with
        respect to it can be taken (AttInGrad); the encoder layers then run on it unchanged.
        """
        batch = input_ids.shape[0]
        chunks = input_ids.reshape(-1, self.chunk_size)
        mask = attention_mask.reshape(-1, self.chunk_size)
        has_token = mask.amax(dim=1, keepdim=True) > 0
        first_only = (torch.arange(self.chunk_size, device=mask.device) == 0).to(mask.dtype)
        encoder_mask = torch.where(has_token, mask, first_only)
        if embeddings is None:
            hidden = self.encoder(input_ids=chunks, attention_mask=encoder_mask).last_hidden_state
        else:
            handle = self.encoder.embeddings.register_forward_hook(lambda module, args, output: embeddings)
            try:
                hidden = self.encoder(input_ids=chunks, attention_mask=encoder_mask).last_hidden_state
            finally:
                handle.remove()
        hidden = hidden.reshape(batch, -1, hidden.shape[-1])  # [B, T, d]
        return self.label_attention(hidden, attention_mask)


def attingrad(model: PLMCA, input_ids: Tensor, attention_mask: Tensor, code_index: int) -> Tensor:
    """AttInGrad evidence of one case for one code (docs/architecture.md: evidence): token scores [T] that sum to 1.

    s_t = ||E_t * dlogit_c/dE_t||_2 * A[c, t], with E the embedding layer's output and A the label
    attention after softmax; padded positions score exactly 0. input_ids and attention_mask are [T]
    (T a multiple of chunk_size). Runs the model in eval mode (no dropout) and restores its mode.
    """
    was_training = model.training
    model.eval()
    try:
        ids, mask = input_ids[None], attention_mask[None]
        embedded = model.embed(ids).detach().requires_grad_(True)
        logits, attention = model(ids, mask, embeddings=embedded)
        (gradient,) = torch.autograd.grad(logits[0, code_index], embedded)
    finally:
        model.train(was_training)
    scores = (embedded * gradient).reshape(-1, embedded.shape[-1]).norm(dim=-1) * attention[0, code_index]
    return (scores / scores.sum().clamp_min(torch.finfo(scores.dtype).tiny)).detach()


def pad_batch(sequences: list[list[int]], chunk_size: int, pad_id: int) -> tuple[Tensor, Tensor]:
    """Model input for token id lists: input_ids and attention_mask [B, T], T the longest list rounded up to a
    multiple of chunk_size (at least one chunk)."""
    length = chunk_size * max(1, math.ceil(max(len(s) for s in sequences) / chunk_size))
    input_ids = torch.full((len(sequences), length), pad_id, dtype=torch.long)
    mask = torch.zeros((len(sequences), length), dtype=torch.long)
    for row, sequence in enumerate(sequences):
        input_ids[row, : len(sequence)] = torch.tensor(sequence, dtype=torch.long)
        mask[row, : len(sequence)] = 1
    return input_ids, mask
