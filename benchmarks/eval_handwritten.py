"""How a bundle does on the hand-written discharge cases, counting every gold code.

Run from the repository root: ``python benchmarks/eval_handwritten.py`` (default: the shipped bundle in
resources/models/default, and the sets of benchmarks/data/handwritten/: the 24 cases the mention finder was
developed on, ``cases.jsonl``, the 30 of the second development set, ``dev2.jsonl``, and the held-out cases
nobody tuned on, ``heldout.jsonl``). Writes
benchmarks/results/handwritten.json and handwritten.md (``--name`` changes the file names, so that another
bundle's figures can sit beside them).

The cases were written by people, not by the generator (benchmarks/data/handwritten/README.md), so they
test whether a model trained on synthetic cases reads human writing. Every gold code counts: a code
outside the model's label space can never be suggested and is a miss, so recall@k and MAP are the
label-space figures scaled by the share of a case's gold codes the model knows (its found codes and their
precisions are unchanged; the denominator is all its gold codes). Cases are scored the way the app scores
them: with a bundle's combiner, its ranking of the model's codes and the codes the note names (a gold code
that is neither is a miss), and the tiers of ``Engine.suggest`` for the ten suggestions the app shows. The
model alone is measured beside it, so that what the mentions add is visible.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from coder_assist.cases import read_cases
from coder_assist.catalogue import default_catalogue
from coder_assist.evaluation.levels import sks_category, to_level3
from coder_assist.evaluation.metrics import rank, ranking_metrics
from coder_assist.runtime import Engine, Tier

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "benchmarks" / "data" / "handwritten"
SETS = {
    "developed on": FOLDER / "cases.jsonl",
    "second development set": FOLDER / "dev2.jsonl",
    "third development set": FOLDER / "dev3.jsonl",
    "fourth development set": FOLDER / "dev4.jsonl",
    "fifth development set": FOLDER / "dev5.jsonl",
    "sixth development set": FOLDER / "dev6.jsonl",
    "seventh development set": FOLDER / "dev7.jsonl",
    "held out": FOLDER / "heldout.jsonl",
}
BUNDLE = ROOT / "resources" / "models" / "default"
RESULTS = ROOT / "benchmarks" / "results"
SHOWN = 10  # suggestions the app shows per case (ui/jobs.py TOP_K)
ANY_TIER = "either"  # a code shown with either badge: what the app puts forward
KS = (5, 10)


def gold_metrics(scores: np.ndarray, labels: Sequence[str], gold: Sequence[str]) -> dict[str, float]:
    """Recall@5, recall@10 and average precision of one case over all of its gold codes.

    Args:
        scores: `[C]` scores, one per code of `labels`.
        labels: the C codes the model knows.
        gold: the case's gold codes; those not in `labels` are misses.

    Returns:
        `{"recall@5", "recall@10", "map"}`, each 0 when the case has no gold code in the label space.
    """
    gold = list(dict.fromkeys(gold))
    known = [c for c in gold if c in labels]
    if not known:
        return {**{f"recall@{k}": 0.0 for k in KS}, "map": 0.0}
    targets = np.isin(np.asarray(labels), known)[None, :]
    inside = ranking_metrics(np.asarray(scores, dtype=np.float64)[None, :], targets)
    share = len(known) / len(gold)
    return {**{f"recall@{k}": inside[f"recall@{k}"] * share for k in KS}, "map": inside["map"] * share}


def ranks(scores: np.ndarray, labels: Sequence[str], codes: Sequence[str]) -> dict[str, int | None]:
    """The 1-based rank of each code among all label codes (ties as in metrics.rank), None outside them."""
    position = {labels[column]: i + 1 for i, column in enumerate(rank(np.asarray(scores)[None, :])[0])}
    return {code: position.get(code) for code in codes}


def level3(scores: np.ndarray, labels: Sequence[str], gold: Sequence[str]) -> tuple[np.ndarray, list[str], list[str]]:
    """Scores `[K]` per category (its best code), the K categories and the gold categories."""
    scores3, _, categories = to_level3(np.asarray(scores)[None, :], np.zeros((1, len(labels)), bool), labels)
    return scores3[0], categories, list(dict.fromkeys(sks_category(c) for c in gold))


def _mean(values: list[float]) -> float:
    return float(np.mean(values)) if values else 0.0


def evaluate(engine: Engine, cases_path: Path) -> dict:
    """Every figure of the report, and one row per case."""
    cases = read_cases(cases_path).check()
    per_case, full, by_category, model_full, model_level3 = [], [], [], [], []
    shown = {Tier.SUGGESTED: [0, 0], Tier.MISSED: [0, 0], ANY_TIER: [0, 0]}  # tier -> [shown, true]
    shown3 = [0, 0]  # either tier at level 3: [categories shown, gold categories among them]
    gold3_total = 0
    a_ranks: list[int | None] = []
    a_first = 0  # cases whose A code heads the list the app shows (one key accepts it as A)
    outside_model = 0
    for case in cases:
        gold = [c.code for c in case.codes]
        a_code = next(c.code for c in case.codes if c.type == "A")
        encoded = engine.encode(case)
        scores, labels = engine.scores(encoded), engine.codes
        model_full.append(gold_metrics(scores, labels, gold))
        model_level3.append(gold_metrics(*level3(scores, labels, gold)))
        outside_model += sum(code not in labels for code in dict.fromkeys(gold))
        if engine.combiner is not None:
            patient = (case.patient.age, case.patient.sex) if case.patient else (None, None)
            combined = engine.combined(scores, engine.mentions(case)[1], *patient, engine.alternatives(case))
            scores, labels = combined.p, combined.codes
        full.append(gold_metrics(scores, labels, gold))
        by_category.append(gold_metrics(*level3(scores, labels, gold)))
        gold_ranks = ranks(scores, labels, gold)
        a_ranks.append(gold_ranks[a_code])
        tiers = []
        items = engine.suggest(case, top_k=SHOWN, encoded=encoded).items
        a_first += bool(items) and items[0].code == a_code
        gold3 = {sks_category(c) for c in gold}
        gold3_total += len(gold3)
        tiered3 = set()
        for s in items:
            if s.tier in shown:
                for tier in (s.tier, ANY_TIER):
                    shown[tier][0] += 1
                    shown[tier][1] += s.code in gold
                tiered3.add(sks_category(s.code))
                tiers.append({"code": s.code, "tier": s.tier, "true": s.code in gold})
        shown3[0] += len(tiered3)
        shown3[1] += len(tiered3 & gold3)
        per_case.append(
            {
                "case_id": case.case_id,
                "department": case.department,
                "gold": [{"code": c.code, "type": c.type, "rank": gold_ranks[c.code]} for c in case.codes],
                "shown": tiers,
                **{k: round(v, 4) for k, v in full[-1].items()},
            }
        )
    n_gold = sum(len(row["gold"]) for row in per_case)
    outside = sum(g["rank"] is None for row in per_case for g in row["gold"])
    known_a = [r for r in a_ranks if r is not None]
    return {
        "cases": len(cases),
        "gold_codes": n_gold,
        "label_space": len(engine.codes),
        "outside_label_space": outside_model,
        "outside_share": outside_model / n_gold if n_gold else 0.0,
        "not_candidates": outside,
        "combined": engine.combiner is not None,
        "full": {key: _mean([m[key] for m in full]) for key in full[0]},
        "level3": {key: _mean([m[key] for m in by_category]) for key in by_category[0]},
        "model_full": {key: _mean([m[key] for m in model_full]) for key in model_full[0]},
        "model_level3": {key: _mean([m[key] for m in model_level3]) for key in model_level3[0]},
        "a_code": {
            "listed_first": a_first / len(a_ranks),
            "rank_1": sum(r == 1 for r in known_a) / len(a_ranks),
            "top_10": sum(r <= SHOWN for r in known_a) / len(a_ranks),
            "outside_label_space": len(a_ranks) - len(known_a),
            "median_rank_known": statistics.median(known_a) if known_a else None,
        },
        # Every gold code counts in the recall: one the app shows untiered, or not at all, is a miss.
        "tiers": {
            **{tier: _tier_figures(n, true, n_gold) for tier, (n, true) in shown.items()},
            "level3": _tier_figures(*shown3, gold3_total),
        },
        "per_case": per_case,
    }


def _tier_figures(shown: int, true: int, gold: int) -> dict[str, float]:
    precision = true / shown if shown else 0.0
    recall = true / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"shown": shown, "true": true, "precision": precision, "recall": recall, "f1": f1}


def markdown(results: dict[str, dict], bundle: str, bundle_path: str, machine: dict) -> str:
    lines = [
        f"# Hand-written cases: {bundle}",
        "",
        f"`python benchmarks/eval_handwritten.py --model {bundle_path}`. Cases written by hand "
        "(benchmarks/data/handwritten/README.md): the set the mention finder was developed on, and a held-out set "
        "that nobody read while writing rules. Every gold code counts: a code the app cannot suggest is a miss.",
        "",
    ]
    for name, result in results.items():
        lines += [f"## {name.capitalize()} ({result['cases']} cases, {result['gold_codes']} gold codes)", ""]
        # The held-out set stays a test: no per-case list of what was missed for anyone to write rules against.
        lines += _set_markdown(result, per_case=name != "held out")
    lines += [
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB, {machine['os']}, "
        f"Python {machine['python']}, " + ", ".join(f"{k} {v}" for k, v in machine["packages"].items()),
        "",
    ]
    return "\n".join(lines)


def _set_markdown(result: dict, per_case: bool = True) -> list[str]:
    full, l3, a, tiers = result["full"], result["level3"], result["a_code"], result["tiers"]
    model, model3 = result["model_full"], result["model_level3"]
    system = "the app (model + named diagnoses)" if result["combined"] else "the app (model alone)"
    lines = [
        f"{result['outside_label_space']} gold codes ({result['outside_share']:.0%}) lie outside the model's "
        f"{result['label_space']} codes; {result['not_candidates']} are neither in it nor named in the note.",
        "",
        "| system | level | recall@5 | recall@10 | MAP |",
        "|---|---|---|---|---|",
        f"| {system} | full code | {full['recall@5']:.1%} | {full['recall@10']:.1%} | {full['map']:.1%} |",
        f"| {system} | level 3 | {l3['recall@5']:.1%} | {l3['recall@10']:.1%} | {l3['map']:.1%} |",
        f"| model alone | full code | {model['recall@5']:.1%} | {model['recall@10']:.1%} | {model['map']:.1%} |",
        f"| model alone | level 3 | {model3['recall@5']:.1%} | {model3['recall@10']:.1%} | {model3['map']:.1%} |",
        "",
        f"A code: listed first in {a['listed_first']:.0%} of cases (ranked first by probability in "
        f"{a['rank_1']:.0%}), in the top {SHOWN} in {a['top_10']:.0%}; "
        f"{a['outside_label_space']} A codes are outside the label space"
        + (f"; median rank of the others {a['median_rank_known']}." if a["median_rank_known"] else "."),
        "",
        f"Tiers among the {SHOWN} suggestions shown per case (a suggestion is true when it is a gold code; recall "
        "counts every gold code):",
        "",
        "| tier | shown | true | precision | recall | F1 |",
        "|---|---|---|---|---|---|",
    ]
    for tier, name in (
        (Tier.SUGGESTED, "foreslået"),
        (Tier.MISSED, "sandsynligt overset B"),
        (ANY_TIER, "either tier"),
        ("level3", "either tier, level 3"),
    ):
        t = tiers[tier]
        lines.append(
            f"| {name} | {t['shown']} | {t['true']} | {t['precision']:.1%} | {t['recall']:.1%} | {t['f1']:.1%} |"
        )
    if not per_case:
        return [*lines, ""]
    lines += ["", "| case | department | gold codes (rank; – not a candidate) | R@10 | AP |"]
    lines.append("|---|---|---|---|---|")
    for row in result["per_case"]:
        gold = ", ".join(f"{g['code']} {g['type']} ({g['rank'] if g['rank'] else '–'})" for g in row["gold"])
        lines.append(f"| {row['case_id']} | {row['department']} | {gold} | {row['recall@10']:.2f} | {row['map']:.2f} |")
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    from machine import describe  # beside this script; imported here so tests can import the metrics alone

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=BUNDLE, help="bundle folder (default: the shipped one)")
    parser.add_argument("--name", default="handwritten", help="results file names, without .json/.md")
    args = parser.parse_args(argv)
    engine = Engine(args.model, catalogue=default_catalogue())
    model = args.model.resolve()
    shown_path = str(model.relative_to(ROOT) if model.is_relative_to(ROOT) else model)
    results = {name: evaluate(engine, path) for name, path in SETS.items() if path.exists()}
    if "held out" in results:  # its per-case misses are not written down anywhere (see _set_markdown)
        results["held out"].pop("per_case")
    machine = describe(("onnxruntime", "numpy", "tokenizers"))
    everything = {"bundle": engine.bundle.name, "bundle_path": shown_path, "sets": results, "machine": machine}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.name}.json").write_text(
        json.dumps(everything, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (RESULTS / f"{args.name}.md").write_text(
        markdown(results, engine.bundle.name, shown_path, machine), encoding="utf-8"
    )
    for name, result in results.items():
        full, model_alone = result["full"], result["model_full"]
        print(
            f"{name}: recall@10 {full['recall@10']:.1%}, MAP {full['map']:.1%} (model alone "
            f"{model_alone['recall@10']:.1%}, {model_alone['map']:.1%}; full code, every gold code counted)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
