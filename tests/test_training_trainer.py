"""Training PLM-CA end to end on a tiny BERT and made-up Danish text where code k is present iff its keyword is.

The data has a signal a model must learn (chance MAP is about 0.6); everything runs on one CPU thread in
a few seconds per training run.
"""

from __future__ import annotations

import json
import logging
import random
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from safetensors.torch import load_file  # noqa: E402

from coder_assist.evaluation.metrics import mean_average_precision  # noqa: E402
from coder_assist.runtime.bundle import read_labels  # noqa: E402
from coder_assist.training import trainer  # noqa: E402
from coder_assist.training.checkpoint import CheckpointError, load_checkpoint, save_checkpoint  # noqa: E402
from coder_assist.training.config import PretrainConfig, TrainConfig  # noqa: E402
from coder_assist.training.encoder import load_encoder, small_bert  # noqa: E402
from coder_assist.training.model import PLMCA, attingrad, pad_batch  # noqa: E402
from coder_assist.training.pretrain import pretrain_mlm  # noqa: E402
from coder_assist.training.tokenizer import encode, load_tokenizer, save_tokenizer, train_wordpiece  # noqa: E402
from coder_assist.training.trainer import LabelledText, train  # noqa: E402

# fmt: off
FILLER = [
    "patienten", "blev", "indlagt", "med", "smerter", "i", "brystet", "og", "ingen", "feber", "normal", "puls",
    "på", "afdelingen", "undersøgt", "tidligere", "rask", "får", "medicin", "til", "kontrol", "om", "tre", "uger",
    "hos", "egen", "læge", "blodprøver", "viste", "værdier", "inden", "for", "referenceområdet", "ordineret",
    "behandling", "fortsættes", "udskrevet", "til", "hjemmet", "i", "god", "almentilstand",
]
# fmt: on
KEYWORDS = ["hjertesvigt", "diabetes", "hypertension", "astma", "lungebetændelse", "nyresvigt"]
LABELS = ["DE11", "DI10", "DI50", "DJ18", "DJ45", "DN18"]
KEYWORD_OF = dict(zip(["DI50", "DE11", "DI10", "DJ45", "DJ18", "DN18"], KEYWORDS, strict=True))


def make_cases(count: int, seed: int, *, words: tuple[int, int] = (10, 60)) -> list[LabelledText]:
    """Cases whose codes are exactly the codes whose keyword occurs in the text (some have none)."""
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        text = [rng.choice(FILLER) for _ in range(rng.randint(*words))]
        codes = [k for k in range(len(LABELS)) if rng.random() < 0.3]
        for k in codes:
            text.insert(rng.randrange(len(text) + 1), KEYWORD_OF[LABELS[k]])
        cases.append(LabelledText(" ".join(text), codes))
    return cases


def tiny_config(run_dir: Path, **changes: object) -> TrainConfig:
    settings = {
        "run_dir": str(run_dir),
        "vocab_size": 300,
        "hidden_size": 32,
        "num_layers": 1,
        "num_heads": 2,
        "dropout": 0.1,
        "chunk_size": 32,
        "epochs": 8,
        "batch_size": 8,
        "effective_batch_size": 8,
        "lr": 3e-3,
        "warmup_ratio": 0.0,
        "patience": 3,
        "threads": 1,
        "progress_bar": False,
    }
    settings.update(changes)
    return TrainConfig(**settings)


def weights(folder: Path) -> dict[str, torch.Tensor]:
    return load_file(str(folder / "model.safetensors"))


def scores_of(folder: Path, cases: list[LabelledText]) -> tuple[torch.Tensor, torch.Tensor]:
    checkpoint = load_checkpoint(folder)
    ids = encode(checkpoint.tokenizer, [case.text for case in cases])
    input_ids, mask = pad_batch(ids, checkpoint.model.chunk_size, checkpoint.model.pad_token_id)
    with torch.no_grad():
        logits, _ = checkpoint.model(input_ids, mask)
    targets = torch.zeros(len(cases), len(LABELS))
    for row, case in enumerate(cases):
        targets[row, list(case.label_ids)] = 1
    return logits, targets


ECHOED: list[str] = []  # what the shared run printed, one line per epoch


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[LabelledText], list[str]]:
    """One training run shared by the tests that only read its results; returns (run_dir, validation, log)."""
    run_dir = tmp_path_factory.mktemp("run")
    train_cases = [*make_cases(300, 1), LabelledText("", [0]), LabelledText("   ", [])]
    train_cases.append(LabelledText(" ".join(["diabetes"] + FILLER * 10), [0]))  # > max_tokens
    validation = make_cases(100, 2)
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger("coder_assist.training")
    logger.addHandler(handler)
    try:
        best = train(tiny_config(run_dir, max_tokens=200), train_cases, validation, LABELS, echo=ECHOED.append)
    finally:
        logger.removeHandler(handler)
    assert best == run_dir / "best"
    return run_dir, validation, [r.getMessage() for r in records if r.levelno >= logging.WARNING]


def test_training_learns_the_keywords(trained: tuple[Path, list[LabelledText], list[str]]) -> None:
    run_dir, _, _ = trained
    rows = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    # each epoch is told as it ends, whatever the log level: a long run is not silent in its output file
    assert [line.split(":")[0] for line in ECHOED] == [f"epoch {row['epoch']}" for row in rows]
    assert all("validation MAP" in line for line in ECHOED)
    assert [row["epoch"] for row in rows] == list(range(1, len(rows) + 1))
    assert rows[0]["val_map"] < 0.8
    assert max(row["val_map"] for row in rows) > 0.9
    summary = json.loads((run_dir / "metrics.json").read_text())
    assert summary["best_val_map"] == max(row["val_map"] for row in rows)
    assert all(row["tokens_per_s"] > 0 for row in rows)


def test_empty_and_too_long_cases_are_counted_and_warned_once(
    trained: tuple[Path, list[LabelledText], list[str]],
) -> None:
    run_dir, _, warnings = trained
    cases = json.loads((run_dir / "metrics.json").read_text())["cases"]
    assert cases["train_skipped_empty"] == 2 and cases["train_truncated"] == 1 and cases["train"] == 301
    assert warnings == [
        "training: skipped 2 of 303 cases that have no text",
        "training: truncated 1 cases to max_tokens=200 tokens",
    ]


def test_the_best_checkpoint_alone_reproduces_its_validation_map(
    trained: tuple[Path, list[LabelledText], list[str]], tmp_path: Path
) -> None:
    run_dir, validation, _ = trained
    best = run_dir / "best"
    assert {p.name for p in best.iterdir()} >= {"model.safetensors", "config.json", "labels.json", "tokenizer.json"}
    labels = read_labels(best)
    assert labels.codes == LABELS
    assert all(count > 50 for count in labels.train_frequency)
    logits, targets = scores_of(best, validation)
    recorded = json.loads((best / "config.json").read_text())["validation"]["val_map"]
    assert mean_average_precision(logits.numpy(), targets.numpy()) == pytest.approx(recorded, abs=1e-6)
    checkpoint = load_checkpoint(best)
    copy = save_checkpoint(
        tmp_path / "copy", checkpoint.model, checkpoint.tokenizer, checkpoint.labels, checkpoint.label_counts,
        max_tokens=checkpoint.max_tokens,
    )  # fmt: skip
    assert torch.equal(scores_of(copy, validation)[0], logits)


def test_attingrad_points_at_the_keyword(trained: tuple[Path, list[LabelledText], list[str]]) -> None:
    run_dir, validation, _ = trained
    checkpoint = load_checkpoint(run_dir / "best")
    hits = total = 0
    for case in validation[:20]:
        encoding = checkpoint.tokenizer.backend_tokenizer.encode(case.text, add_special_tokens=False)
        input_ids, mask = pad_batch([encoding.ids], checkpoint.model.chunk_size, checkpoint.model.pad_token_id)
        for label in case.label_ids:
            scores = attingrad(checkpoint.model, input_ids[0], mask[0], label)
            start, end = encoding.offsets[int(scores.argmax())]
            hits += KEYWORD_OF[LABELS[label]].startswith(case.text[start:end].lower()) and end > start
            total += 1
    assert hits / total > 0.8


def test_missing_checkpoint_file_is_named(trained: tuple[Path, list[LabelledText], list[str]], tmp_path: Path) -> None:
    run_dir, _, _ = trained
    for name in ("model.safetensors", "config.json", "labels.json", "tokenizer.json"):
        broken = tmp_path / name
        shutil.copytree(run_dir / "best", broken)
        (broken / name).unlink()
        with pytest.raises(CheckpointError, match=rf"missing {name}") as caught:
            load_checkpoint(broken)
        assert str(broken) in str(caught.value)
    with pytest.raises(CheckpointError, match=r"training_state\.pt is missing"):
        train(tiny_config(tmp_path / "again"), make_cases(20, 1), make_cases(10, 2), LABELS, resume=run_dir / "best")


def test_same_seed_same_weights_and_resume_continues_where_it_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases, validation = make_cases(150, 3), make_cases(40, 4)
    # Training WordPiece itself is not deterministic (huggingface/tokenizers#1794: ties broken in hash-map
    # order), so runs that must match share one tokenizer, as a user reproducing a run would.
    save_tokenizer(train_wordpiece([case.text for case in cases], 300), tmp_path / "tokenizer")
    # With both kinds of training noise on: their draws must repeat too, also after a resume.
    config = tiny_config(
        tmp_path / "a", epochs=3, patience=5, effective_batch_size=16, tokenizer=str(tmp_path / "tokenizer"),
        subword_dropout=0.2, token_noise=0.1,
    )  # fmt: skip
    train(config, cases, validation, LABELS)
    train(replace(config, run_dir=str(tmp_path / "b")), cases, validation, LABELS)
    reference = weights(tmp_path / "a" / "last")
    assert reference.keys() == weights(tmp_path / "b" / "last").keys()
    assert all(torch.equal(reference[k], weights(tmp_path / "b" / "last")[k]) for k in reference)

    interrupted = replace(config, run_dir=str(tmp_path / "c"))
    predict = trainer._Run._predict
    calls = []

    def crash_in_epoch_two(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return predict(self, *args, **kwargs)

    monkeypatch.setattr(trainer._Run, "_predict", crash_in_epoch_two)
    with pytest.raises(KeyboardInterrupt):
        train(interrupted, cases, validation, LABELS)
    monkeypatch.setattr(trainer._Run, "_predict", predict)
    assert len((tmp_path / "c" / "metrics.jsonl").read_text().splitlines()) == 1
    train(interrupted, cases, validation, LABELS, resume=tmp_path / "c" / "last")
    resumed = weights(tmp_path / "c" / "last")
    assert all(torch.equal(reference[k], resumed[k]) for k in reference)
    rows = [json.loads(line) for line in (tmp_path / "c" / "metrics.jsonl").read_text().splitlines()]
    expected = [json.loads(line) for line in (tmp_path / "a" / "metrics.jsonl").read_text().splitlines()]
    assert [row["epoch"] for row in rows] == [1, 2, 3]
    assert [row["val_map"] for row in rows] == [row["val_map"] for row in expected]


def test_pretrained_small_bert_is_a_loadable_encoder_for_fine_tuning(tmp_path: Path) -> None:
    texts = [case.text for case in make_cases(300, 5, words=(40, 120))]
    config = PretrainConfig(
        out_dir=str(tmp_path / "bert"), vocab_size=300, hidden_size=32, num_layers=1, num_heads=2,
        chunk_size=32, epochs=3, batch_size=16, lr=3e-3, threads=1, progress_bar=False,
    )  # fmt: skip
    folder = pretrain_mlm(texts, config)
    history = json.loads((folder / "pretrain_metrics.json").read_text())["epochs"]
    assert history[-1]["mlm_loss"] < history[0]["mlm_loss"] - 0.5
    assert load_encoder(folder).config.hidden_size == 32
    best = train(
        tiny_config(tmp_path / "run", encoder=str(folder), epochs=1), make_cases(40, 6), make_cases(20, 7), LABELS
    )
    assert encode(load_checkpoint(best).tokenizer, texts[:5]) == encode(load_tokenizer(folder), texts[:5])


def test_head_lr_steps_the_label_attention_at_its_own_rate() -> None:
    """One AdamW step moves each parameter by about its group's learning rate (Adam's first step is lr-sized)."""
    torch.manual_seed(0)
    model = PLMCA(small_bert(100, hidden=32, layers=1, heads=2, max_position=32), 4, 32)
    before = {name: p.detach().clone() for name, p in model.named_parameters()}
    optimizer = trainer.adamw(model, 1e-6, 0.0, head=model.label_attention, head_lr=1e-2)
    input_ids, mask = pad_batch([[5, 6, 7, 8], [9, 10]], 32, 0)
    logits, _ = model(input_ids, mask)
    torch.nn.functional.binary_cross_entropy_with_logits(logits, torch.eye(4)[:2]).backward()
    optimizer.step()
    moved = {name: (p.detach() - before[name]).abs().max().item() for name, p in model.named_parameters()}
    assert 5e-3 < min(v for k, v in moved.items() if k.startswith("label_attention.")) <= 1.01e-2
    assert (
        max(v for k, v in moved.items() if not k.startswith("label_attention.")) < 2e-6
    )  # float32 rounding of weights near 1
    assert {group["lr"] for group in trainer.adamw(model, 1e-6, 0.0).param_groups} == {1e-6}


def test_mlm_loss_on_predicted_positions_equals_the_full_head_loss() -> None:
    """The pretraining loss skips the vocabulary head where nothing is predicted; the value must not change."""
    from transformers import BertForMaskedLM

    from coder_assist.training.pretrain import mask_tokens, mlm_loss

    torch.manual_seed(0)
    model = BertForMaskedLM(small_bert(200, hidden=32, layers=1, heads=2, max_position=32).config).eval()
    input_ids, mask = pad_batch([list(range(5, 37)), list(range(40, 60))], 32, 0)
    inputs, labels = mask_tokens(
        input_ids, mask, mask_id=4, vocab_size=200, share=0.3, generator=torch.Generator().manual_seed(1)
    )
    expected = model(input_ids=inputs, attention_mask=mask, labels=labels).loss
    assert torch.allclose(mlm_loss(model, inputs, mask, labels), expected, atol=1e-6)


def test_training_noise_changes_what_the_model_sees_and_it_still_learns(tmp_path: Path) -> None:
    cases, validation = make_cases(300, 1), make_cases(100, 2)
    save_tokenizer(train_wordpiece([case.text for case in cases], 300), tmp_path / "tokenizer")
    plain = tiny_config(tmp_path / "plain", epochs=1, tokenizer=str(tmp_path / "tokenizer"))
    train(plain, cases, validation, LABELS)
    for name, changes in {"dropout": {"subword_dropout": 0.3}, "noise": {"token_noise": 0.1}}.items():
        noisy = replace(plain, run_dir=str(tmp_path / name), **changes)
        train(noisy, cases, validation, LABELS)
        reference, changed = weights(tmp_path / "plain" / "last"), weights(tmp_path / name / "last")
        assert not all(torch.equal(reference[k], changed[k]) for k in reference), name
    learnt = replace(plain, run_dir=str(tmp_path / "noisy"), epochs=8, token_noise=0.1)
    train(learnt, cases, validation, LABELS)
    assert json.loads((tmp_path / "noisy" / "metrics.json").read_text())["best_val_map"] > 0.9
