"""What each part of the described-codes system adds on CodiEsp: the known codes alone or with the described
codes, each with and without the words of the codes' titles, the regression refitted on validation each time.

Run from the repository root after ``bash benchmarks/run_codiesp.sh`` (it needs runs/codiesp/minilm/best):
``python benchmarks/codiesp_parts.py``. Prints MAP at full code and at level 3 (first 4 characters), every gold
code of the test split counted, and each fit's weights; about 10 minutes on 2 cores (the checkpoint scores the
322 validation and test texts over about 10,000 codes once).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from coder_assist.datasets import LabelSpace, encode_targets, load_dataset
from coder_assist.evaluation.levels import to_level3
from coder_assist.evaluation.metrics import mean_average_precision
from coder_assist.training.pipeline import described_inputs
from coder_assist.training.zero_shot import FEATURES, fit_weights, probabilities

ROOT = Path(__file__).resolve().parent.parent
CHECKPOINT = ROOT / "runs" / "codiesp" / "minilm" / "best"
DATA = ROOT.parent / "shared" / "data" / "codiesp"


def main() -> None:
    data = load_dataset("codiesp", DATA)
    texts = [e.text for e in data.val] + [e.text for e in data.test]
    codes, n_known, logits, shares = described_inputs(CHECKPOINT, texts, "codiesp")
    n_val = len(data.val)
    gold = sorted({code for e in data.test for code in e.codes})
    for columns, words, name in (
        (len(codes), True, "known + described codes, with the words of their titles"),
        (n_known, True, "known codes, with the words of their titles"),
        (len(codes), False, "known + described codes, without words"),
        (n_known, False, "known codes, without words (the model's logit recalibrated)"),
    ):
        part = codes[:columns]
        written = shares[:, :columns] if words else np.zeros((len(texts), columns), dtype=np.float32)
        targets = encode_targets(data.val, LabelSpace(codes=part, frequency={}))
        weights = fit_weights(logits[:n_val, :columns], targets, n_known, written[:n_val])
        p = probabilities(logits[n_val:, :columns], n_known, written[n_val:], weights)
        missing = [code for code in gold if code not in set(part)]  # every gold code counts: 0 for these
        scores = np.hstack([p, np.zeros((len(p), len(missing)), dtype=p.dtype)])
        test_targets = encode_targets(data.test, LabelSpace(codes=part + missing, frequency={}))
        level3 = mean_average_precision(*to_level3(scores, test_targets, part + missing)[:2])
        fitted = ", ".join(f"{f} {w:+.2f}" for f, w in zip(FEATURES, weights, strict=True))
        print(f"{name}: MAP {mean_average_precision(scores, test_targets):.1%}, level 3 {level3:.1%} ({fitted})")


if __name__ == "__main__":
    main()
