"""Training-time noise: sub-word dropout draws valid alternative segmentations, token noise spares padding."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from tokenizers import Tokenizer, models, pre_tokenizers  # noqa: E402
from transformers import PreTrainedTokenizerFast  # noqa: E402

from coder_assist.errors import UserError  # noqa: E402
from coder_assist.training.augment import WordPieceDropout, ordinary_ids, replace_tokens  # noqa: E402
from coder_assist.training.config import ConfigError, TrainConfig  # noqa: E402
from coder_assist.training.tokenizer import encode, train_wordpiece  # noqa: E402

TEXTS = [
    "Konfus tilstand, konfusion og delir hos ældre. Konfereret med bagvagt om pneumoni.",
    "Pneumonien er i bedring; lungebetændelse behandlet med penicillin. Kendt hypertension.",
    "Tidligere konfusion, nu klar. Hjertesvigt, atrieflimren og kronisk nyresygdom.",
] * 20


@pytest.fixture(scope="module")
def tokenizer() -> PreTrainedTokenizerFast:
    return train_wordpiece(TEXTS, 120)  # small: most words take several pieces


def test_every_drawn_segmentation_spells_the_same_text(tokenizer: PreTrainedTokenizerFast) -> None:
    dropout = WordPieceDropout(tokenizer, 0.3)
    text = TEXTS[0]
    (words,) = dropout.prepare([text])
    (usual,) = encode(tokenizer, [text])
    assert [t for word in words for t in word] == usual
    rng = random.Random(7)
    drawn = [dropout.sample(words, rng) for _ in range(200)]
    assert all(tokenizer.decode(ids) == tokenizer.decode(usual) for ids in drawn)
    assert len({tuple(ids) for ids in drawn}) > 50  # many segmentations, not one fixed alternative
    assert all(len(ids) >= len(usual) for ids in drawn)  # greedy longest match is the shortest


def test_each_word_keeps_its_usual_segmentation_as_often_as_the_drop_rate_says(
    tokenizer: PreTrainedTokenizerFast,
) -> None:
    p = 0.2
    dropout = WordPieceDropout(tokenizer, p)
    (words,) = dropout.prepare(["konfusion"])
    word = dropout.words[words[0]]
    assert word is not None and word.choices >= 1
    rng = random.Random(3)
    seen = Counter(tuple(dropout.sample(words, rng)) for _ in range(4000))
    kept = seen[words[0]] / 4000
    assert seen.most_common(1)[0][0] == words[0]
    assert kept == pytest.approx((1 - p) ** word.choices, abs=0.03)


def test_same_seed_same_segmentation(tokenizer: PreTrainedTokenizerFast) -> None:
    dropout = WordPieceDropout(tokenizer, 0.25)
    prepared = dropout.prepare(TEXTS[:3])
    first = [dropout.sample(w, random.Random("1:2:3")) for w in prepared]
    again = [dropout.sample(w, random.Random("1:2:3")) for w in prepared]
    assert first == again


def test_a_tokenizer_that_is_not_wordpiece_is_refused_by_setting_name() -> None:
    bpe = Tokenizer(models.BPE(vocab={"a": 0, "b": 1, "[UNK]": 2}, merges=[], unk_token="[UNK]"))
    bpe.pre_tokenizer = pre_tokenizers.Whitespace()
    with pytest.raises(UserError) as error:
        WordPieceDropout(PreTrainedTokenizerFast(tokenizer_object=bpe, unk_token="[UNK]"), 0.1)
    assert error.value.where == "subword_dropout" and "BPE" in error.value.message


def test_token_noise_replaces_about_its_share_and_never_padding_or_special_tokens(
    tokenizer: PreTrainedTokenizerFast,
) -> None:
    torch.manual_seed(0)
    input_ids = torch.full((8, 512), 20)
    mask = torch.zeros_like(input_ids)
    mask[:, :300] = 1
    candidates = ordinary_ids(tokenizer)
    noisy = replace_tokens(input_ids, mask, 0.1, candidates)
    changed = noisy != input_ids
    assert not changed[:, 300:].any()
    assert changed[:, :300].float().mean().item() == pytest.approx(0.1 * (1 - 1 / len(candidates)), abs=0.02)
    assert not set(noisy[changed].tolist()) & set(tokenizer.all_special_ids)


@pytest.mark.parametrize("key", ["subword_dropout", "token_noise"])
def test_noise_settings_outside_their_range_are_refused(key: str) -> None:
    with pytest.raises(ConfigError, match=key):
        TrainConfig(**{key: 1.0})


def test_pretraining_with_subword_dropout_sees_new_segmentations_each_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coder_assist.training import pretrain
    from coder_assist.training.config import PretrainConfig

    seen: list[list[int]] = []

    def fit(model, epoch_sequences, *args):
        """Record what two epochs would train on, instead of training."""
        seen.extend([t for chunk in epoch_sequences(epoch) for t in chunk] for epoch in (1, 2))
        return []

    monkeypatch.setattr(pretrain, "_fit", fit)
    config = PretrainConfig(
        out_dir=str(tmp_path / "bert"), vocab_size=250, hidden_size=32, num_layers=1, num_heads=2,
        chunk_size=32, subword_dropout=0.3, threads=1, progress_bar=False,
    )  # fmt: skip
    pretrain.pretrain_mlm(TEXTS[:6], config)
    tokenizer = pretrain.load_tokenizer(tmp_path / "bert")
    first, second = seen
    assert first != second
    assert (
        tokenizer.decode(first)
        == tokenizer.decode(second)
        == tokenizer.decode([t for ids in encode(tokenizer, TEXTS[:6]) for t in ids])
    )
