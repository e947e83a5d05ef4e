"""How often the app shows a condition the note denies, rules out or puts in the past as "Foreslået".

Run from the repository root: ``python benchmarks/eval_distractors.py [--model DIR] [--synthetic DIR]``. Writes
benchmarks/results/distractors.json and .md. For every mention a case must not be coded for
(``truth.distractors``: negated, ruled out, dismissed, earlier episode; family, suspected and planned are
counted too) whose code is not a gold code of the case, it asks ``Engine.suggest`` for the ten suggestions the
app shows and counts the cases where that code carries "Foreslået" (or "Sandsynligt overset B"). Issue 16's bar:
negated, ruled-out and historical mentions shown as "Foreslået" in at most 3% of the cases that mention them so.
Sets: the test split of a synthetic set (default: the default bundle's build, runs/default/cases, when present)
and the hand-written sets; the held-out set gives its totals only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from machine import describe

from coder_assist.cases import Case, read_cases
from coder_assist.catalogue import default_catalogue
from coder_assist.runtime import Engine, Tier

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
HANDWRITTEN = ROOT / "benchmarks" / "data" / "handwritten"
BUNDLE = ROOT / "resources" / "models" / "default"
SHOWN = 10
# The kinds the bar is about: the note says the patient does not have it now.
NOT_NOW = ("negated", "ruled_out", "dismissed", "history")


def measure(engine: Engine, cases: list[Case]) -> dict[str, dict[str, int]]:
    """Per distractor kind: the cases that mention a code that way (and do not have it), and those where the app
    shows that code as "Foreslået" or as "Sandsynligt overset B"."""
    counts: dict[str, Counter[str]] = {}
    for case in cases:
        distractors = case.truth.extra.get("distractors", []) if case.truth else []
        gold = {c.code for c in case.codes} | ({c.code for c in case.truth.codes} if case.truth else set())
        wrong = {(d["kind"], d["code"]) for d in distractors if d["code"] not in gold}
        if not wrong:
            continue
        tiers = {s.code: s.tier for s in engine.suggest(case, top_k=SHOWN).items}
        for kind, code in wrong:
            tally = counts.setdefault(kind, Counter())
            tally["cases"] += 1
            tally["suggested"] += tiers.get(code) == Tier.SUGGESTED
            tally["missed"] += tiers.get(code) == Tier.MISSED
    return {kind: dict(tally) for kind, tally in sorted(counts.items())}


def _share(tally: dict[str, int], key: str) -> str:
    return f"{tally.get(key, 0) / tally['cases']:.1%}" if tally.get("cases") else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=BUNDLE)
    parser.add_argument("--synthetic", type=Path, default=ROOT / "runs" / "default" / "cases")
    args = parser.parse_args(argv)
    engine = Engine(args.model, catalogue=default_catalogue())
    sets = {}
    synthetic = args.synthetic / "test.jsonl"
    if synthetic.exists():
        sets["synthetic test split"] = read_cases(synthetic).check()
    for name, file in (("hand-written, developed on", "cases.jsonl"), ("hand-written, second set", "dev2.jsonl"),
                       ("hand-written, third set", "dev3.jsonl"), ("hand-written, fourth set", "dev4.jsonl"),
                       ("hand-written, fifth set", "dev5.jsonl"), ("hand-written, sixth set", "dev6.jsonl"),
                       ("hand-written, seventh set", "dev7.jsonl"),
                       ("hand-written, held out", "heldout.jsonl")):  # fmt: skip
        sets[name] = read_cases(HANDWRITTEN / file).check()
    results = {name: measure(engine, cases) for name, cases in sets.items()}
    RESULTS.mkdir(parents=True, exist_ok=True)
    machine = describe()
    (RESULTS / "distractors.json").write_text(
        json.dumps({"model": str(args.model), "sets": results, "machine": machine}, indent=1) + "\n", encoding="utf-8"
    )
    lines = [
        "# Conditions the note denies or puts in the past, as the app shows them",
        "",
        f"`python benchmarks/eval_distractors.py --model {args.model.name}`. A mention a case must not be coded "
        "for (`truth.distractors`) whose code is not gold: how often the app's ten suggestions show that code as "
        '"Foreslået" or "Sandsynligt overset B". Issue 16\'s bar: at most 3% "Foreslået" for negated, ruled-out '
        "and historical mentions.",
        "",
        "| set | kind | cases | Foreslået | Sandsynligt overset B |",
        "|---|---|---:|---:|---:|",
    ]
    for name, by_kind in results.items():
        not_now = Counter()
        for kind, tally in by_kind.items():
            if kind in NOT_NOW:
                not_now.update(tally)
            lines.append(
                f"| {name} | {kind} | {tally['cases']} | {_share(tally, 'suggested')} | {_share(tally, 'missed')} |"
            )
        lines.append(
            f"| {name} | **negated, ruled out, dismissed or earlier** | {not_now['cases']} | "
            f"**{_share(not_now, 'suggested')}** | {_share(not_now, 'missed')} |"
        )
    lines += ["", f"Machine: {machine['cpu']}, {machine['cores']} cores, Python {machine['python']}.", ""]
    (RESULTS / "distractors.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
