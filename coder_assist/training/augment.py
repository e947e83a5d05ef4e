"""Training-time noise on the token ids of a case, so that a code is not learnt from one sub-word piece.

A small encoder trained on a few thousand notes learns shortcuts a pretrained one would not: on the
synthetic test split, the unseen word "konfereret" (``konf ##ereret``) made the model suggest confusion
(``konf ##usion``) in 393 of 984 cases. Two remedies, both used only while training:

- :class:`WordPieceDropout`, sub-word regularisation for WordPiece (MaxMatch-Dropout, Hiraoka 2022): when a
  word is segmented, each longest-match step skips its longest piece with probability ``p`` and tries the
  next longest, so the model sees ``kon ##fus ##ion`` and ``konf ##us ##ion`` beside ``konf ##usion`` and
  learns a code from the word's pieces together, as it must for a misspelling or an inflection it never saw.
- :func:`replace_tokens`: a share of the tokens replaced by random vocabulary tokens, so every piece also
  turns up in cases where it means nothing, and a lone piece stops being proof of a code.

Inference always uses the tokenizer's own segmentation.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor

from coder_assist.errors import UserError


@dataclass(frozen=True)
class _Word:
    """One distinct word: its usual ids and, per character position, the pieces that may start there."""

    ids: tuple[int, ...]  # the tokenizer's own (greedy longest-match) segmentation
    # options[i]: (end, id) of every vocabulary piece spanning characters i..end that can still be completed
    # to the end of the word, longest first; options[i][0] is the greedy choice
    options: tuple[tuple[tuple[int, int], ...], ...]
    path: tuple[int, ...]  # the start positions of the greedy pieces
    choices: int  # greedy steps that have an alternative; each may be dropped


class WordPieceDropout:
    """MaxMatch-Dropout for a WordPiece tokenizer: random alternative segmentations of the same text."""

    def __init__(self, tokenizer: Any, p: float) -> None:
        """``tokenizer``: a fast tokenizer with a WordPiece model; ``p`` in (0, 1): the drop probability per step.

        Raises UserError for a tokenizer of another kind (BPE, Unigram), which has its own regularisation.
        """
        model = _wordpiece(tokenizer, "subword_dropout", p)
        self.tokenizer = tokenizer
        self.p = p
        self.log_keep = math.log1p(-p)
        self.prefix = model.continuing_subword_prefix
        self.max_chars = model.max_input_chars_per_word
        self.vocab: dict[str, int] = tokenizer.get_vocab()
        self.words: dict[tuple[int, ...], _Word | None] = {}

    def prepare(self, texts: list[str]) -> list[list[tuple[int, ...]]]:
        """Each text as its words, a word as the tuple of its usual token ids (joined: the usual encoding)."""
        prepared = []
        for encoding in self.tokenizer.backend_tokenizer.encode_batch(texts, add_special_tokens=False):
            words: list[list[int]] = []
            last = None
            for token_id, word in zip(encoding.ids, encoding.word_ids, strict=True):
                if word != last or not words:
                    words.append([])
                    last = word
                words[-1].append(token_id)
            keys = [tuple(w) for w in words]
            for key in keys:
                if key not in self.words:
                    self.words[key] = self._table(key)
            prepared.append(keys)
        return prepared

    def _table(self, ids: tuple[int, ...]) -> _Word | None:
        """The segmentation options of one word, or None when it has no other segmentation to offer."""
        pieces = self.tokenizer.convert_ids_to_tokens(list(ids))
        text = "".join(p[len(self.prefix) :] if i and p.startswith(self.prefix) else p for i, p in enumerate(pieces))
        if len(text) > self.max_chars or self.tokenizer.unk_token in pieces:
            return None
        n = len(text)
        complete = [False] * n + [True]  # complete[i]: characters i..n can be segmented
        options: list[tuple[tuple[int, int], ...]] = [()] * n
        for start in range(n - 1, -1, -1):
            found = []
            for end in range(n, start, -1):
                piece = text[start:end] if start == 0 else self.prefix + text[start:end]
                token = self.vocab.get(piece)
                if token is not None and complete[end]:
                    found.append((end, token))
            options[start] = tuple(found)
            complete[start] = bool(found)
        path, position, greedy = [], 0, []
        while position < n and options[position]:
            path.append(position)
            end, token = options[position][0]
            greedy.append(token)
            position = end
        if tuple(greedy) != ids:  # e.g. a normalizer that changes the text's length: keep the usual ids
            return None
        choices = sum(len(options[i]) > 1 for i in path)
        return _Word(ids, tuple(options), tuple(path), choices) if choices else None

    def sample(self, words: list[tuple[int, ...]], rng: random.Random) -> list[int]:
        """Token ids of a prepared text, each word segmented anew by MaxMatch-Dropout."""
        out: list[int] = []
        for key in words:
            word = self.words[key]
            if word is None:
                out.extend(key)
                continue
            # The first dropped step among the word's droppable ones is geometric: one draw decides
            # whether (and where) this word leaves its usual segmentation.
            first = int(math.log(1.0 - rng.random()) / self.log_keep)
            if first >= word.choices:
                out.extend(key)
                continue
            out.extend(self._deviate(word, first, rng))
        return out

    def _deviate(self, word: _Word, first: int, rng: random.Random) -> list[int]:
        """The greedy pieces up to the ``first`` droppable step, a dropped choice there, and dropout after."""
        out: list[int] = []
        seen = -1
        for step, position in enumerate(word.path):
            options = word.options[position]
            if len(options) > 1:
                seen += 1
            if seen == first:
                break
            out.append(word.ids[step])
        choice = 1
        while choice < len(options) - 1 and rng.random() < self.p:
            choice += 1
        end, token = options[choice]
        out.append(token)
        n = len(word.options)
        while end < n:
            options = word.options[end]
            choice = 0
            while choice < len(options) - 1 and rng.random() < self.p:
                choice += 1
            end, token = options[choice]
            out.append(token)
        return out


def _wordpiece(tokenizer: Any, setting: str, value: float) -> Any:
    """The tokenizer's WordPiece model; UserError naming ``setting`` for another kind (BPE, Unigram)."""
    model = tokenizer.backend_tokenizer.model
    if type(model).__name__ != "WordPiece":
        raise UserError(
            f"{setting} needs a WordPiece tokenizer; this encoder's is {type(model).__name__}", where=setting
        )
    if not 0.0 < value < 1.0:
        raise ValueError(f"{setting} must be in (0, 1), not {value}")
    return model


def replace_tokens(input_ids: Tensor, attention_mask: Tensor, share: float, candidates: Tensor) -> Tensor:
    """``input_ids`` [B, T] with about ``share`` of the real tokens replaced by ids drawn from ``candidates``.

    Padding is never touched; draws come from torch's global generator, so a seeded run repeats exactly.
    """
    replace = (torch.rand(input_ids.shape) < share) & attention_mask.bool()
    drawn = candidates[torch.randint(len(candidates), input_ids.shape)]
    return torch.where(replace, drawn, input_ids)


def ordinary_ids(tokenizer: Any) -> Tensor:
    """Every vocabulary id except the special tokens ([PAD], [MASK], ...): what random replacement draws from."""
    special = set(tokenizer.all_special_ids)
    return torch.tensor([i for i in range(len(tokenizer)) if i not in special], dtype=torch.long)
