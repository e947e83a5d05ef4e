"""Speed of the mention finder: building its lexicon, and reading cases of 2,000 to 100,000 characters.

Run from the repository root: ``python benchmarks/bench_mentions.py``. Writes benchmarks/results/mentions.json
and mentions.md. Target (issue 16): a 10,000-character case in well under 50 ms on 2 cores. The cases are the
hand-written ones (benchmarks/data/handwritten), their notes repeated up to each length, so that the text is
human writing with its usual density of diagnoses, negations and abbreviations.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from machine import describe

from coder_assist.cases import read_cases
from coder_assist.catalogue import default_catalogue
from coder_assist.catalogue.synonyms import load_synonyms
from coder_assist.mentions.finder import MentionFinder
from coder_assist.mentions.lexicon import Lexicon

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
CASES = ROOT / "benchmarks" / "data" / "handwritten" / "cases.jsonl"
LENGTHS = (2_000, 10_000, 100_000)
REPEATS = 20


def main() -> None:
    catalogue, synonyms = default_catalogue(), load_synonyms()
    started = time.perf_counter()
    lexicon = Lexicon.build(catalogue, synonyms)
    build_s = time.perf_counter() - started
    started = time.perf_counter()
    finder = MentionFinder(lexicon)
    finder_s = time.perf_counter() - started
    notes = [note.text for case in read_cases(CASES).check() for note in case.notes]
    corpus = "\n\n".join(notes)
    rows = []
    for length in LENGTHS:
        text = (corpus * (length // len(corpus) + 1))[:length]
        times, with_open, found, left_open = [], [], 0, 0
        for _ in range(REPEATS):
            # the first run fills the finder's cache of word readings; the app keeps one finder for the day
            started = time.perf_counter()
            mentions = finder.find(text)
            times.append(time.perf_counter() - started)
            # what the app reads for each case: the mentions and the more specific codes they leave open
            started = time.perf_counter()
            left_open = len(finder.read(text)[1])
            with_open.append(time.perf_counter() - started)
            found = len(mentions)
        rows.append(
            {"chars": length, "first_ms": round(times[0] * 1000, 2),
             "median_ms": round(statistics.median(times) * 1000, 2), "max_ms": round(max(times) * 1000, 2),
             "mentions": found, "with_alternatives_median_ms": round(statistics.median(with_open) * 1000, 2),
             "alternatives": left_open}
        )  # fmt: skip
    result = {
        "lexicon": {"terms": len(lexicon.terms), "build_s": round(build_s, 2), "finder_s": round(finder_s, 2)},
        "cases": rows,
        "machine": describe(("numpy",)),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "mentions.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    machine = result["machine"]
    lines = [
        "# Mention finder speed",
        "",
        "`python benchmarks/bench_mentions.py`: the hand-written notes repeated to each length; "
        f"{REPEATS} runs each with one finder (the app keeps one).",
        "",
        f"Lexicon: {len(lexicon.terms):,} terms from the catalogue and the synonym table, built in {build_s:.2f} s "
        f"(once per process, in the worker), and the finder's typo index in {finder_s:.2f} s.",
        "",
        "| characters | first run ms | median ms | max ms | mentions | with alternatives, median ms | alternatives |",
        "|---|---|---|---|---|---|---|",
        *(
            f"| {r['chars']:,} | {r['first_ms']} | {r['median_ms']} | {r['max_ms']} | {r['mentions']} | "
            f"{r['with_alternatives_median_ms']} | {r['alternatives']} |"
            for r in rows
        ),
        "",
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB, {machine['os']}, "
        f"Python {machine['python']}.",
        "",
    ]
    (RESULTS / "mentions.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
