"""Suggest and explain latency, bundle load time and peak memory of the runtime, against torch eager.

Run from the repository root after tools/build_default_bundle.sh (it needs the checkpoint in runs/default):
``python benchmarks/bench_runtime.py``. Writes benchmarks/results/runtime.json and runtime.md. Every
measurement of the app side runs in a fresh process, so load time and peak RSS are what a user's process
sees; torch eager runs in its own process too, so its memory does not pollute the runtime's.
Targets (issue 5): int8 >= 2x faster than torch eager; suggest for 10,000 characters <= 150 ms; explain one
code <= 400 ms; load <= 1 s; peak RSS <= 400 MB.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from machine import describe

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
CHECKPOINT = ROOT / "runs" / "default" / "run" / "best"
INT8 = ROOT / "resources" / "models" / "default"
CASES = ROOT / "runs" / "default" / "cases" / "test.jsonl"
SIZES = (1_000, 3_000, 10_000)
REPEATS = 20
# This VM's timings swing by 20-50% from one minute to the next, whatever else runs: the three models are
# measured in turn, ROUNDS times, and each figure is its best round (the least disturbed one).
ROUNDS = 5

# A case of about n characters: test cases joined until long enough, cut at a sentence end.
# Peak memory is read from VmHWM: ru_maxrss can carry the parent's peak across fork and exec.
MAKE_CASES = """
import json, sys
from coder_assist.cases import read_cases
cases = read_cases(__import__("pathlib").Path(sys.argv[1])).cases
out = {}
for n in (1000, 3000, 10000):
    text = ""
    for case in cases:
        if len(text) >= n:
            break
        text += case.notes[0].text + "\\n\\n"
    cut = text.rfind(". ", 0, n) + 1 or n
    out[n] = {"case_id": f"BENCH-{n}", "notes": [{"type": "epikrise", "text": text[:cut]}],
              "medications": [{"atc": "C09AA02", "name": "enalapril", "dose": "10 mg x 1"}]}
print(json.dumps(out, ensure_ascii=False))
"""

RUNTIME = """
import json, statistics, sys, time
t0 = time.perf_counter()
from coder_assist.cases import case_from_dict
from coder_assist.runtime import Engine
engine = Engine(sys.argv[1], threads=int(sys.argv[3]))
load = time.perf_counter() - t0
cases = json.loads(open(sys.argv[2], encoding="utf-8").read())
result = {"load_s": load, "engine_load_s": engine.load_seconds, "provider": engine.provider, "sizes": {}}
for n, raw in cases.items():
    case = case_from_dict(raw)
    engine.suggest(case)  # warm-up: first-run allocations are not what a user waits for on every case
    times = []
    for _ in range(%(repeats)d):
        t = time.perf_counter(); suggestions = engine.suggest(case); times.append(time.perf_counter() - t)
    encoded = engine.encode(case)
    engine.explain(case, suggestions.items[0].code, encoded=encoded)
    one = []
    for _ in range(5):
        t = time.perf_counter(); engine.explain(case, suggestions.items[0].code, encoded=encoded)
        one.append(time.perf_counter() - t)
    t = time.perf_counter()
    for s in suggestions.items:
        engine.explain(case, s.code, encoded=encoded)
    top10 = time.perf_counter() - t
    result["sizes"][n] = {"tokens": int(encoded.attention_mask.sum()), "suggest_ms": statistics.median(times) * 1000,
                          "explain_one_ms": statistics.median(one) * 1000, "explain_top10_ms": top10 * 1000}
result["peak_rss_mb"] = [int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")][0] / 1024
print(json.dumps(result))
"""

TORCH = """
import json, statistics, sys, time
import torch
from coder_assist.cases import case_from_dict, flatten
from coder_assist.training.checkpoint import load_checkpoint
from coder_assist.training.model import pad_batch
torch.set_num_threads(int(sys.argv[3]))
loaded = load_checkpoint(sys.argv[1])
cases = json.loads(open(sys.argv[2], encoding="utf-8").read())
result = {"sizes": {}}
# The same job as Engine.suggest: case -> flat text -> tokens -> scores (tokenizing is part of both timings).
def suggest(case):
    text = flatten(case).text
    ids = loaded.tokenizer.backend_tokenizer.encode(text, add_special_tokens=False).ids[: loaded.max_tokens]
    input_ids, mask = pad_batch([ids], loaded.model.chunk_size, loaded.model.pad_token_id)
    with torch.no_grad():
        return len(ids), torch.sigmoid(loaded.model(input_ids, mask)[0][0]).topk(10)
for n, raw in cases.items():
    case = case_from_dict(raw)
    tokens, _ = suggest(case)
    times = []
    for _ in range(%(repeats)d):
        t = time.perf_counter(); suggest(case); times.append(time.perf_counter() - t)
    result["sizes"][n] = {"tokens": tokens, "suggest_ms": statistics.median(times) * 1000}
result["peak_rss_mb"] = [int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")][0] / 1024
print(json.dumps(result))
"""


def run(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def best_round(rounds: list[dict]) -> dict:
    """One model's result with every timing the minimum over the rounds (memory: the maximum)."""
    best = copy.deepcopy(rounds[0])
    for other in rounds[1:]:
        for key in ("load_s", "engine_load_s"):
            if key in best:
                best[key] = min(best[key], other[key])
        best["peak_rss_mb"] = max(best["peak_rss_mb"], other["peak_rss_mb"])
        for n, size in best["sizes"].items():
            for key, value in other["sizes"][n].items():
                if key.endswith("_ms"):
                    size[key] = min(size[key], value)
    best["rounds"] = len(rounds)
    return best


def flops_per_case(config: dict, tokens: int, labels: int) -> dict[str, float]:
    """FLOPs (multiply-adds x 2) of one forward pass, split by what int8 speeds up: the encoder's weight
    matrices (int8 in the int8 bundle) and the rest (attention over chunks, label attention: fp32 there too)."""
    d, layers, ff = config["hidden_size"], config["num_hidden_layers"], config["intermediate_size"]
    chunk = 128
    projections = layers * 2 * tokens * (4 * d * d + 2 * d * ff)
    chunk_attention = layers * 2 * 2 * tokens * chunk * d  # scores and weighted sum inside each chunk
    # Projections on the label side (model.LabelAttention): scores, A·H, then W_v and w on C rows.
    label_attention = 2 * 2 * labels * tokens * d + 2 * labels * d * d + 2 * labels * d
    return {"int8_able": projections, "fp32_only": chunk_attention + label_attention}


def cpu_peaks(threads: int) -> tuple[float, float, str]:
    """fp32 and int8 peak operations per second of ``threads`` cores, and how they were derived.

    fp32: two 256-bit FMA pipes per core = 32 FLOP per cycle (also Zen 4's rate for AVX-512, which it runs
    as two 256-bit halves). int8: VNNI's vpdpbusd does 4x the FMA's work per instruction, AVX2 without VNNI
    (vpmaddubsw + vpmaddwd) about 2x. The clock is the highest "cpu MHz" in /proc/cpuinfo.
    """
    try:
        text = Path("/proc/cpuinfo").read_text()
        mhz = max(float(line.split(":")[1]) for line in text.splitlines() if line.startswith("cpu MHz"))
        flags = next(line for line in text.splitlines() if line.startswith("flags")).split()
    except (OSError, ValueError, StopIteration):
        return 0.0, 0.0, "unknown CPU"
    vnni = "avx512_vnni" in flags or "avx_vnni" in flags
    fp32 = 32 * mhz * 1e6 * threads
    return fp32, fp32 * (4 if vnni else 2), f"{mhz:.0f} MHz, FMA x2, {'VNNI' if vnni else 'no VNNI'}"


def main() -> None:
    from coder_assist.training.export import ExportSettings, export_bundle

    threads = "2"
    with tempfile.TemporaryDirectory() as scratch:
        cases_file = Path(scratch) / "cases.json"
        cases_file.write_text(json.dumps(run(MAKE_CASES, str(CASES)), ensure_ascii=False), encoding="utf-8")
        fp32 = export_bundle(CHECKPOINT, Path(scratch) / "fp32", settings=ExportSettings(quantize="none"))
        commands = {
            "torch_eager_fp32": (TORCH, str(CHECKPOINT)),
            "onnx_fp32": (RUNTIME, str(fp32)),
            "onnx_int8": (RUNTIME, str(INT8)),
        }
        rounds = [
            {
                name: run(code % {"repeats": REPEATS}, model, str(cases_file), threads)
                for name, (code, model) in commands.items()
            }
            for _ in range(ROUNDS)
        ]
        results = {name: best_round([r[name] for r in rounds]) for name in commands}
    config = json.loads((CHECKPOINT / "config.json").read_text())
    labels = config["model"]["num_labels"]
    tokens_10k = results["onnx_int8"]["sizes"]["10000"]["tokens"]
    flops = flops_per_case(config["encoder"], tokens_10k, labels)
    total = sum(flops.values())
    machine = describe(("onnxruntime", "torch", "numpy"))
    peak, peak_int8, derivation = cpu_peaks(int(threads))
    seconds = {name: results[name]["sizes"]["10000"]["suggest_ms"] / 1000 for name in ("onnx_fp32", "onnx_int8")}
    floor_int8 = flops["int8_able"] / peak_int8 + flops["fp32_only"] / peak if peak else None
    summary = {
        "machine": machine,
        "threads": int(threads),
        "bundle_mb": round(sum(p.stat().st_size for p in INT8.iterdir()) / 1e6, 1),
        "results": results,
        "speedup_int8_vs_torch": {
            n: round(
                results["torch_eager_fp32"]["sizes"][n]["suggest_ms"] / results["onnx_int8"]["sizes"][n]["suggest_ms"],
                2,
            )
            for n in results["onnx_int8"]["sizes"]
        },
        "compute_floor": {
            "flops_per_10k_char_case": flops,
            "cpu_peak_fp32_flops": peak,
            "cpu_peak_int8_ops": peak_int8,
            "peak_derivation": derivation,
            "floor_fp32_ms": round(total / peak * 1000, 2) if peak else None,
            "floor_int8_ms": round(floor_int8 * 1000, 2) if peak else None,
            "fp32_achieved_share_of_floor": round(total / peak / seconds["onnx_fp32"], 3) if peak else None,
            "int8_achieved_share_of_floor": round(floor_int8 / seconds["onnx_int8"], 3) if peak else None,
        },
        "targets": {"int8_speedup": 2, "suggest_10k_ms": 150, "explain_one_ms": 400, "load_s": 1, "peak_rss_mb": 400},
        "command": "python benchmarks/bench_runtime.py",
    }
    floor = summary["compute_floor"]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "runtime.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    rows = []
    for name, result in results.items():
        for n, size in result["sizes"].items():
            rows.append(
                f"| {name} | {n} | {size['tokens']} | {size['suggest_ms']:.1f} | "
                f"{size.get('explain_one_ms', float('nan')):.1f} | {size.get('explain_top10_ms', float('nan')):.0f} |"
            )
    int8 = results["onnx_int8"]
    (RESULTS / "runtime.md").write_text(
        "# Runtime benchmark\n\n"
        f"Machine: {machine['cpu']}, {machine['cores']} cores; {threads} threads. Command: `{summary['command']}`\n\n"
        "| model | case chars | tokens | suggest ms | explain 1 code ms | explain top 10 ms |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: |\n" + "\n".join(rows) + "\n\n"
        f"int8 bundle: {summary['bundle_mb']} MB, load {int8['load_s'] * 1000:.0f} ms (process start to engine ready, "
        f"imports included), peak RSS {int8['peak_rss_mb']:.0f} MB (torch eager: "
        f"{results['torch_eager_fp32']['peak_rss_mb']:.0f} MB).\n"
        f"Speed-up int8 vs torch eager: {summary['speedup_int8_vs_torch']}.\n"
        f"Compute floor for a 10,000-character case: {total / 1e9:.2f} GFLOP, of which {flops['int8_able'] / 1e9:.2f} "
        f"in the encoder's weight matrices (int8 in the int8 bundle). This CPU ({derivation}) peaks at "
        f"{peak / 1e9:.0f} GFLOP/s fp32 and {peak_int8 / 1e9:.0f} GOP/s int8 on {threads} cores: floor "
        f"{floor['floor_fp32_ms']} ms fp32 (ONNX fp32 reaches {floor['fp32_achieved_share_of_floor']} "
        f"of it) and {floor['floor_int8_ms']} ms int8 (ONNX int8 reaches "
        f"{floor['int8_achieved_share_of_floor']}). The clock is the one /proc/cpuinfo reports, which in a virtual "
        "machine is the nominal clock; a share above 1 means the cores ran faster than that (boost) or did less "
        "work than counted.\n",
        encoding="utf-8",
    )
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
