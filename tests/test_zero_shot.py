"""Described codes: codes training never saw, scored from their names beside the codes the model knows."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from coder_assist.cli import main  # noqa: E402
from coder_assist.datasets import load_codiesp  # noqa: E402
from coder_assist.training.checkpoint import load_checkpoint  # noqa: E402
from coder_assist.training.label_init import informed_queries, label_names  # noqa: E402
from coder_assist.training.zero_shot import (  # noqa: E402
    NOT_SHOWN,
    add_described_codes,
    described_codes,
    fit_offset,
    shifted_scores,
)


def test_codiesp_described_codes_are_the_icd10cm_leaves_under_the_training_categories():
    described = described_codes(["N44.8", "R52", "S72.001A"], "codiesp")  # as datasets.codiesp writes codes
    assert {"N44.1", "N44.2", "S72.001B", "S72.002A"} <= set(described)
    assert "N44.8" not in described  # known already
    assert "N44.0" not in described  # has sub-codes: a coder picks one of them
    assert not any(code.startswith(("N44.00", "J18")) for code in described)  # deeper than training goes / no category


CODIESP = Path(__file__).resolve().parents[2] / "shared" / "data" / "codiesp"


@pytest.mark.skipif(not (CODIESP / "train").is_dir(), reason=f"the CodiEsp corpus is not at {CODIESP}")
def test_described_codes_reach_codiesp_test_codes_that_training_never_saw():
    data = load_codiesp(CODIESP, language="en", level="full")
    known = sorted({code for e in data.train for code in e.codes})
    unseen = [code for e in data.test for code in e.codes if code not in set(known)]
    described = set(described_codes(known, "codiesp"))
    # Written as the reader writes codes, so that a described code can be a gold code at all.
    assert sum(code in described for code in unseen) >= 0.4 * len(unseen)


def test_sks_described_codes_come_from_the_catalogue():
    described = described_codes(["DJ189", "DE119"], "jsonl")
    assert {"DJ180", "DJ181", "DE111"} <= set(described)
    assert not {"DJ18", "DJ189", "DE11", "DI10"} & set(described)


def test_the_offset_keeps_described_codes_that_find_gold_codes_and_drops_noise():
    rng = np.random.default_rng(0)
    known = rng.normal(0, 1, (40, 6))
    targets_known = np.zeros((40, 6), dtype=bool)
    targets_known[:, 0] = True
    known[:, 0] += 4.0  # the known gold code is on top
    described = rng.normal(-2, 1, (40, 4))
    targets_described = np.zeros((40, 4), dtype=bool)
    targets_described[:, 1] = True
    described[:, 1] += 3.5  # a described gold code, a little below the known one
    logits, targets = np.hstack([known, described]), np.hstack([targets_known, targets_described])
    offset = fit_offset(logits, targets, 6, np.zeros(40, dtype=np.int64))
    assert offset < 4.0
    # The same described columns without gold codes among them only push known codes down: dropped.
    noise = logits + np.r_[np.zeros(6), np.full(4, 6.0)]
    no_gold = np.hstack([targets_known, np.zeros_like(targets_described)])
    assert fit_offset(noise, no_gold, 6, np.ones(40, dtype=np.int64)) == NOT_SHOWN


def test_shifted_scores_move_only_the_described_columns():
    logits = np.array([[2.0, -1.0, 2.0]])
    scores = shifted_scores(logits, 2, 3.0)
    assert scores[0, 0] == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert scores[0, 2] == pytest.approx(1 / (1 + math.exp(1.0)))
    assert shifted_scores(logits, 2, NOT_SHOWN)[0, 2] == 0.0


def _share_on(model, tokenizer, text: str, phrase: str, column: int) -> float:
    from coder_assist.training.model import pad_batch

    encoding = tokenizer.backend_tokenizer.encode(text, add_special_tokens=False)
    input_ids, mask = pad_batch([encoding.ids], model.chunk_size, model.pad_token_id)
    with torch.no_grad():
        _, attention = model(input_ids, mask)
    start = text.index(phrase)
    inside = torch.tensor([start <= begin < start + len(phrase) for begin, _ in encoding.offsets])
    return float(attention[0, column, : len(encoding.ids)][inside].sum())


def test_a_described_code_reads_its_own_name(tiny_run):
    best, _, _ = tiny_run
    loaded = load_checkpoint(best)
    # Queries as training starts them from names, so that a described code can be compared with its start.
    informed_queries(loaded.model, loaded.tokenizer, label_names(loaded.labels, "jsonl"), loaded.labels,
                     torch.device("cpu"))  # fmt: skip
    described = described_codes(loaded.labels, "jsonl")
    added = add_described_codes(loaded, described, "jsonl")
    assert added and set(added) <= set(described)
    assert loaded.model.label_attention.queries.shape[0] == len(loaded.labels) + len(added)
    names = label_names(added, "jsonl")
    # A described code attends to its own name more than the known codes of its category do.
    shares = []
    for column, code in list(enumerate(added, start=len(loaded.labels)))[:40]:
        name = names[code][0]
        text = f"Patienten blev indlagt og observeret. {name}. Udskrevet til eget hjem."
        siblings = [i for i, known in enumerate(loaded.labels) if known[:4] == code[:4]]
        own = _share_on(loaded.model, loaded.tokenizer, text, name, column)
        shares.append(own > max(_share_on(loaded.model, loaded.tokenizer, text, name, i) for i in siblings))
    assert sum(shares) >= 0.7 * len(shares), (sum(shares), len(shares))


def test_evaluate_scores_described_codes_of_a_checkpoint(tiny_run, tiny_bundles, tmp_path, capsys):
    best, _, base = tiny_run
    out = tmp_path / "eval"
    assert main(["evaluate", str(best), "--data", str(base / "cases"), "--described-codes", "--out", str(out)]) == 0
    plain = json.loads((out / "plm-ca" / "metrics.json").read_text(encoding="utf-8"))
    described = json.loads((out / "plm-ca-described" / "metrics.json").read_text(encoding="utf-8"))
    assert described["described_codes"] > 0
    offset = described["described_offset"]
    if offset is None:  # validation found no use for them: the system is the model alone
        assert described["full"]["map"] == pytest.approx(plain["full"]["map"])
    else:
        outside = "test_occurrences_outside_label_space"
        assert described["counts"][outside] < plain["counts"][outside]
    assert "plm-ca-described" in capsys.readouterr().out
    bundle = ["evaluate", str(tiny_bundles[1]), "--data", str(base / "cases"), "--described-codes", "--out", str(out)]
    assert main(bundle) == 2
    assert "need a checkpoint" in capsys.readouterr().err
