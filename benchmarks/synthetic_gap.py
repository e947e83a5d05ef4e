"""Where PLM-CA loses to the baseline on the synthetic test split: MAP on the test cases with and without a phrase.

Run from the repository root after tools/build_default_bundle.sh: ``python benchmarks/synthetic_gap.py``
(defaults: the shipped bundle, runs/default/cases, the phrase "Konfereret med bagvagt" and the code DR410).
Writes benchmarks/results/synthetic-gap.json. The phrase is a held-out filler sentence that only test cases
contain; its word "konfereret" shares the sub-word ``konf`` with "konfusion", and the model then ranks DR410
(confusion) high. ``--drop-code`` also reports PLM-CA's MAP with that code left out of the ranking.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from coder_assist.datasets import LabelSpace, encode_targets, load_dataset
from coder_assist.evaluation.metrics import mean_average_precision
from coder_assist.training.baseline import fit_baseline, predict_scores
from coder_assist.training.pipeline import model_codes, score_model

ROOT = Path(__file__).resolve().parent.parent


def _shown(path: Path) -> str:
    """``path`` relative to the repository when inside it, so the committed result names no machine's folders."""
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "resources" / "models" / "default", help="a bundle or a checkpoint"
    )
    parser.add_argument("--data", type=Path, default=ROOT / "runs" / "default" / "cases")
    parser.add_argument("--phrase", default="Konfereret med bagvagt")
    parser.add_argument("--drop-code", default="DR410")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "synthetic-gap.json")
    args = parser.parse_args()

    codes = model_codes(args.bundle)
    dataset = load_dataset("jsonl", args.data)
    space = LabelSpace(codes=codes, frequency={})
    texts = [example.text for example in dataset.test]
    targets = encode_targets(dataset.test, space).astype(bool)
    systems = {
        "plm-ca": score_model(args.bundle, texts),
        "baseline": predict_scores(fit_baseline(dataset.train, space), texts),
    }
    has = np.array([args.phrase in text for text in texts])
    groups = {"with": has, "without": ~has, "all": np.ones_like(has)}
    result = {
        "bundle": _shown(args.bundle),
        "data": _shown(args.data),
        "phrase": args.phrase,
        "cases": {name: int(rows.sum()) for name, rows in groups.items()},
        "training_cases_with_phrase": sum(args.phrase in example.text for example in dataset.train),
        "map": {
            system: {
                name: round(mean_average_precision(scores[rows], targets[rows]), 4) for name, rows in groups.items()
            }
            for system, scores in systems.items()
        },
    }
    if args.drop_code in codes:
        keep = np.array([code != args.drop_code for code in codes])
        result["map"]["plm-ca"][f"all_without_{args.drop_code}"] = round(
            mean_average_precision(systems["plm-ca"][:, keep], targets[:, keep]), 4
        )
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
