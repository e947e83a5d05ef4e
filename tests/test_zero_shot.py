"""Described codes: codes training never saw, scored from their names beside the codes the model knows."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from test_label_init import attention_on, named_in_a_sentence  # noqa: E402

from coder_assist.cli import main  # noqa: E402
from coder_assist.datasets import load_codiesp  # noqa: E402
from coder_assist.training.checkpoint import load_checkpoint  # noqa: E402
from coder_assist.training.label_init import informed_queries, label_names  # noqa: E402
from coder_assist.training.zero_shot import (  # noqa: E402
    FEATURES,
    add_described_codes,
    described_codes,
    fit_weights,
    name_words,
    probabilities,
    word_shares,
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


def test_the_note_writing_a_code_s_name_is_read_in_its_own_words():
    shares = word_shares(
        ["Pain in the left knee after a fall.", "Right knee swollen, no pain."], ["M25.562", "M25.561", "J18.9"],
        "codiesp",
    )  # fmt: skip
    assert shares[0, 0] == 1.0  # "Pain in left knee": pain, left, knee
    assert shares[0, 1] == pytest.approx(2 / 3)  # "Pain in right knee": no "right"
    assert shares[1, 1] == 1.0 and shares[0, 2] == 0.0
    assert name_words("Diabetic kidneys", "codiesp") == {"diabetic", "kidney"}


def test_the_regression_learns_from_validation_which_signal_finds_gold_codes():
    rng = np.random.default_rng(0)
    logits = rng.normal(-3, 1, (60, 8))
    shares = rng.random((60, 8)).astype(np.float32)
    targets = np.zeros((60, 8), dtype=bool)
    targets[:, 0] = True
    logits[:, 0] += 4.0  # the known gold code: a high logit
    targets[np.arange(60), 5 + np.arange(60) % 3] = True
    shares[np.arange(60), 5 + np.arange(60) % 3] = 1.0  # the described gold code: its words are written
    weights = fit_weights(logits, targets, 5, shares)
    column = {name: i for i, name in enumerate(FEATURES)}
    assert weights[column["known_logit"]] > 0 and weights[column["words"]] + weights[column["all_words"]] > 1
    p = probabilities(logits, 5, shares, weights)
    best_described = 5 + np.argmax(p[:, 5:], axis=1)
    assert (best_described == 5 + np.arange(60) % 3).mean() > 0.9


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
        text = named_in_a_sentence(name)
        siblings = [i for i, known in enumerate(loaded.labels) if known[:4] == code[:4]]
        own = attention_on(loaded.model, loaded.tokenizer, text, name, column)
        shares.append(own > max(attention_on(loaded.model, loaded.tokenizer, text, name, i) for i in siblings))
    assert sum(shares) >= 0.7 * len(shares), (sum(shares), len(shares))


def test_evaluate_scores_described_codes_of_a_checkpoint(tiny_run, tiny_bundles, tmp_path, capsys):
    best, _, base = tiny_run
    out = tmp_path / "eval"
    assert main(["evaluate", str(best), "--data", str(base / "cases"), "--described-codes", "--out", str(out)]) == 0
    plain = json.loads((out / "plm-ca" / "metrics.json").read_text(encoding="utf-8"))
    described = json.loads((out / "plm-ca-described" / "metrics.json").read_text(encoding="utf-8"))
    assert described["described_codes"] > 0 and set(described["weights"]) == set(FEATURES)
    outside = "test_occurrences_outside_label_space"
    assert described["counts"][outside] <= plain["counts"][outside]
    assert "plm-ca-described" in capsys.readouterr().out
    bundle = ["evaluate", str(tiny_bundles[1]), "--data", str(base / "cases"), "--described-codes", "--out", str(out)]
    assert main(bundle) == 2
    assert "need a checkpoint" in capsys.readouterr().err
