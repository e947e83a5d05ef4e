"""How well the mention finder reads: gold codes named as current, the precision of what it calls current, and
how it handles the mentions a case must not be coded for (negated, earlier, family, suspected, planned).

Run from the repository root: ``python benchmarks/eval_mentions.py [--synthetic DIR]``. Writes
benchmarks/results/mentions-quality.json and .md. Sets: the hand-written cases the finder was developed on,
the held-out hand-written cases (never read for rules), and the test split of a synthetic set (default: the
default bundle's build, runs/default/cases, when present). A distractor (``truth.distractors``) counts as
handled when every mention of its code that overlaps its span is not current; one the finder does not find
at all is listed apart (it cannot mislead the finder, but the model may still read it).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from machine import describe

from coder_assist.cases import Case, read_cases
from coder_assist.catalogue import default_catalogue
from coder_assist.mentions.finder import MentionFinder, finder_for

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
HANDWRITTEN = ROOT / "benchmarks" / "data" / "handwritten"


def measure(finder: MentionFinder, cases: list[Case], truth: bool) -> dict:
    """The figures of one set; gold is the truth where the cases carry it and ``truth`` is asked, else the codes."""
    gold_total = named = named3 = current_total = current_true = 0
    distractors: Counter[tuple[str, str]] = Counter()
    for case in cases:
        gold = {c.code for c in (case.truth.codes if truth and case.truth else case.codes)}
        found = [(index, m) for index, note in enumerate(case.notes) for m in finder.find(note.text)]
        current = {m.code for _, m in found if m.current}
        gold_total += len(gold)
        named += len(gold & current)
        named3 += len({g[:4] for g in gold} & {c[:4] for c in current})
        current_total += len(current)
        current_true += len(current & gold)
        for distractor in case.truth.extra.get("distractors", []) if case.truth else []:
            overlapping = [
                m for index, m in found
                if index == distractor["note"] and m.code == distractor["code"]
                and m.start < distractor["end"] and distractor["start"] < m.end
            ]  # fmt: skip
            outcome = (
                "not found"
                if not overlapping
                else "read as current"
                if any(m.current for m in overlapping)
                else "handled"
            )
            distractors[(distractor["kind"], outcome)] += 1
    kinds = sorted({kind for kind, _ in distractors})
    return {
        "cases": len(cases),
        "gold_codes": gold_total,
        "named_current": named / gold_total if gold_total else 0.0,
        "named_current_level3": named3 / gold_total if gold_total else 0.0,
        "current_precision": current_true / current_total if current_total else 0.0,
        "current_per_case": current_total / len(cases) if cases else 0.0,
        "distractors": {
            kind: {outcome: distractors[(kind, outcome)] for outcome in ("handled", "read as current", "not found")}
            for kind in kinds
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--synthetic", type=Path, default=ROOT / "runs" / "default" / "cases")
    parser.add_argument("--synthetic-cases", type=int, default=1000, help="test cases read from the synthetic set")
    args = parser.parse_args(argv)
    finder = finder_for(default_catalogue())
    sets = {
        "hand-written, developed on": (read_cases(HANDWRITTEN / "cases.jsonl").check(), False),
        "hand-written, second development set": (read_cases(HANDWRITTEN / "dev2.jsonl").check(), False),
        "hand-written, third development set": (read_cases(HANDWRITTEN / "dev3.jsonl").check(), False),
        "hand-written, fourth development set": (read_cases(HANDWRITTEN / "dev4.jsonl").check(), False),
        "hand-written, fifth development set": (read_cases(HANDWRITTEN / "dev5.jsonl").check(), False),
        "hand-written, sixth development set": (read_cases(HANDWRITTEN / "dev6.jsonl").check(), False),
        "hand-written, seventh development set": (read_cases(HANDWRITTEN / "dev7.jsonl").check(), False),
        "hand-written, held out": (read_cases(HANDWRITTEN / "heldout.jsonl").check(), False),
    }
    synthetic = args.synthetic / "test.jsonl"
    if synthetic.exists():
        sets["synthetic test split (truth)"] = (read_cases(synthetic).check()[: args.synthetic_cases], True)
    results = {name: measure(finder, cases, truth) for name, (cases, truth) in sets.items()}
    machine = describe()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "mentions-quality.json").write_text(
        json.dumps({"sets": results, "machine": machine}, indent=1) + "\n", encoding="utf-8"
    )
    lines = [
        "# What the mention finder reads",
        "",
        "`python benchmarks/eval_mentions.py`. *Named as current*: the share of gold codes the notes name as a "
        "current diagnosis (full code; level 3: its category). *Precision*: the share of codes named as current "
        "that are gold. The synthetic set is scored against its truth (the human codes leave some out on purpose).",
        "",
        "| set | cases | gold codes | named as current | level 3 | precision | current codes per case |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['cases']} | {r['gold_codes']} | {r['named_current']:.1%} | "
            f"{r['named_current_level3']:.1%} | {r['current_precision']:.1%} | {r['current_per_case']:.1f} |"
        )
    lines += ["", "Mentions a case must not be coded for (`truth.distractors`), by kind:", ""]
    lines += ["| set | kind | handled | read as current | not found |", "|---|---|---|---|---|"]
    for name, r in results.items():
        for kind, counts in r["distractors"].items():
            lines.append(
                f"| {name} | {kind} | {counts['handled']} | {counts['read as current']} | {counts['not found']} |"
            )
    lines += ["", f"Machine: {machine['cpu']}, {machine['cores']} cores, Python {machine['python']}.", ""]
    (RESULTS / "mentions-quality.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
