"""Tokenizers: the fast tokenizer of a local Hugging Face encoder folder, or a WordPiece tokenizer trained here.

The model never sees special tokens: text is encoded with ``add_special_tokens=False`` and cut into chunks
(see model.py), so every token id lines up with one offset in the text. Truncation and padding stored in a
tokenizer.json (MiniLM's pads and truncates to 128) are switched off, because chunking and the 10,000-token
limit are ours to apply; the saved tokenizer.json is then exactly what the torch-free runtime loads.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
from transformers import AutoTokenizer, PreTrainedTokenizerFast

from coder_assist.errors import UserError

SPECIAL_TOKENS = {
    "pad_token": "[PAD]",
    "unk_token": "[UNK]",
    "cls_token": "[CLS]",
    "sep_token": "[SEP]",
    "mask_token": "[MASK]",
}


def load_tokenizer(folder: str | Path) -> PreTrainedTokenizerFast:
    """The fast tokenizer of a local encoder or checkpoint folder; never downloads.

    Raises UserError when the folder holds no tokenizer or only a slow (Python) one: the runtime needs
    tokenizer.json and its offsets.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError("no such tokenizer folder", where=str(folder))
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot load a tokenizer from this folder: {exc}", where=str(folder)) from None
    if not tokenizer.is_fast:
        raise UserError(
            "the tokenizer here is not a fast (tokenizers) tokenizer; add a tokenizer.json", where=str(folder)
        )
    tokenizer.backend_tokenizer.no_truncation()
    tokenizer.backend_tokenizer.no_padding()
    return tokenizer


def train_wordpiece(texts: Iterable[str], vocab_size: int, *, lowercase: bool = True) -> PreTrainedTokenizerFast:
    """Train a BERT-style WordPiece tokenizer on ``texts``.

    NFC first, so a decomposed "å" (a + ring) and a composed one become the same token; lowercasing is
    optional, but accents are never stripped, so æ, ø and å survive (BertNormalizer strips them by default
    whenever it lowercases).
    """
    tokenizer = Tokenizer(models.WordPiece(unk_token=SPECIAL_TOKENS["unk_token"]))
    tokenizer.normalizer = normalizers.Sequence(
        [normalizers.NFC(), normalizers.BertNormalizer(lowercase=lowercase, strip_accents=False)]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(
        vocab_size=vocab_size, special_tokens=list(SPECIAL_TOKENS.values()), show_progress=False
    )
    tokenizer.train_from_iterator(texts, trainer)
    return PreTrainedTokenizerFast(tokenizer_object=tokenizer, **SPECIAL_TOKENS)


def save_tokenizer(tokenizer: PreTrainedTokenizerFast, folder: str | Path) -> None:
    """Write tokenizer.json (what the runtime reads) and tokenizer_config.json (what transformers reads)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(str(folder))


def encode(tokenizer: PreTrainedTokenizerFast, texts: list[str]) -> list[list[int]]:
    """Token ids of each text, without special tokens and without truncation."""
    return [e.ids for e in tokenizer.backend_tokenizer.encode_batch(texts, add_special_tokens=False)]
