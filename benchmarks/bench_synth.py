"""Time ``write_splits`` on 100,000 cases and record the result with the machine that ran it.

Run: ``python benchmarks/bench_synth.py [--n 100000] [--seed 1] [--workers N]``; writes
``benchmarks/results/synth.json`` and ``synth.md`` (the time, the machine and the whole ``synth --stats``
report of the generated cases: sentence reuse, audit, drug-code conditionals, distractors, coding rates by
documentation, code space). The target is 100,000 cases in under 2 minutes on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from coder_assist.synth.generate import write_splits
from coder_assist.synth.stats import format_stats, stats_report

RESULT = Path(__file__).parent / "results" / "synth.json"
SUMMARY = RESULT.with_suffix(".md")


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_before": [round(x, 2) for x in load] if load else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    info = machine()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        counts = write_splits(args.n, args.seed, Path(tmp), workers=args.workers)
        seconds = time.perf_counter() - start
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
        report = stats_report(Path(tmp))
    result = {
        "benchmark": "coder_assist.synth.generate.write_splits",
        "n": args.n,
        "seed": args.seed,
        "workers": args.workers or os.cpu_count(),
        "seconds": round(seconds, 2),
        "cases_per_second": round(args.n / seconds),
        "seconds_per_100k": round(seconds * 100_000 / args.n, 1),
        "output_bytes": size,
        "counts": counts,
        "machine": info,
        "stats": report,
    }
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    load = info["load_average_before"]
    SUMMARY.write_text(
        "# Synthetic case generation\n\n"
        f"`python benchmarks/bench_synth.py` ({args.n:,} cases, seed {args.seed}, "
        f"{result['workers']} worker processes): "
        f"{seconds:.1f} s ({result['cases_per_second']:,} cases/s), {size / 1e6:.0f} MB of JSON Lines, on "
        f"{info['cpu']}, {info['cores']} cores, Python {info['python']} (load average before: {load}).\n\n"
        f"The whole `coder-assist synth --stats` report of those cases:\n\n```\n{format_stats(report)}\n```\n",
        encoding="utf-8",
    )
    print(json.dumps({k: result[k] for k in ("n", "seconds", "cases_per_second", "machine")}, indent=2))


if __name__ == "__main__":
    main()
