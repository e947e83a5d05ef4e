"""What a folder of synthetic cases holds: code frequencies, realised under-coding, lengths, departments.

Reads the JSON Lines directly (no validation) so that 100,000 cases take seconds.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

from coder_assist.synth.generate import SPLITS

RATE_GROUPS = ("hypertension DI10-DI15", "overweight DE66", "suicidal DX60-DX84", "other B")


def rate_group(code: str) -> str:
    category = code[:4]
    if "DI10" <= category <= "DI15":
        return RATE_GROUPS[0]
    if category == "DE66":
        return RATE_GROUPS[1]
    if "DX60" <= category <= "DX84":
        return RATE_GROUPS[2]
    return RATE_GROUPS[3]


def _unsupported(human: set[str], truth: list[str]) -> set[str]:
    """Human codes that are neither true nor a simulated coder's variant of a true code (DE14 for a
    typed diabetes, the unspecified X9 code for the A)."""
    variants = {"DE14" + c[4:5] for c in truth if c[:4] in ("DE10", "DE11")} | {truth[0][:4] + "9"}
    return human - set(truth) - variants


def _quantile(values: list[int], q: float) -> int:
    return values[min(len(values) - 1, int(q * len(values)))] if values else 0


def _zipf_slope(counts: list[int]) -> float:
    """Least-squares slope of log frequency on log rank (about -1 for a Zipf law)."""
    points = [(math.log(r), math.log(c)) for r, c in enumerate(sorted(counts, reverse=True), start=1)]
    if len(points) < 2:
        return 0.0
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx


def stats_report(folder: Path) -> dict:
    """Figures about the cases in ``folder`` (``train.jsonl``, ``val.jsonl``, ``test.jsonl``)."""
    folder = Path(folder)
    cases_per_split: dict[str, int] = {}
    patients: dict[str, set[str]] = {}
    departments: Counter[str] = Counter()
    truth_codes: Counter[str] = Counter()
    human_codes: Counter[str] = Counter()
    present: Counter[str] = Counter()
    coded: Counter[str] = Counter()
    group_present: Counter[str] = Counter()
    group_coded: Counter[str] = Counter()
    distractor_kinds: Counter[str] = Counter()
    lengths: list[int] = []
    n_truth = n_human = a_exact = deep = deep_coded = deep_de14 = unevidenced = implicit = b_total = 0
    for split in SPLITS:
        path = folder / f"{split}.jsonl"
        if not path.exists():
            continue
        count = 0
        ids: set[str] = set()
        with open(path, encoding="utf-8") as f:
            for line in f:
                case = json.loads(line)
                count += 1
                ids.add(case["patient"].get("id", case["case_id"]))
                departments[case["department"]] += 1
                lengths.extend(len(n["text"]) for n in case["notes"])
                truth = case["truth"]
                t_codes = [c["code"] for c in truth["codes"]]
                h_codes = {c["code"] for c in case["codes"]}
                n_truth += len(t_codes)
                n_human += len(case["codes"])
                truth_codes.update(t_codes)
                human_codes.update(h_codes)
                a_exact += case["codes"][0]["code"] == t_codes[0]
                is_deep = "diabetes_type_deep" in truth.get("flags", [])
                deep += is_deep
                shown_by = truth.get("implicit", {})
                for code in t_codes[1:]:
                    b_total += 1
                    implicit += code in shown_by
                    hit = code in h_codes or ("DE14" + code[4:5] in h_codes and code[:4] in ("DE10", "DE11"))
                    present[code] += 1
                    coded[code] += hit
                    group_present[rate_group(code)] += 1
                    group_coded[rate_group(code)] += hit
                    if is_deep and code[:4] in ("DE10", "DE11") and hit:
                        deep_coded += 1
                        deep_de14 += "DE14" + code[4:5] in h_codes
                unevidenced += bool(_unsupported(h_codes, t_codes))
                distractor_kinds.update(d["kind"] for d in truth.get("distractors", []))
        cases_per_split[split] = count
        patients[split] = ids
    n = sum(cases_per_split.values())
    lengths.sort()
    shared_patients = sum(
        len(patients[a] & patients[b]) for i, a in enumerate(patients) for b in list(patients)[i + 1 :]
    )
    frequent_b = sorted(present, key=lambda c: (-present[c], c))[:25]
    return {
        "cases": cases_per_split,
        "patients": {s: len(p) for s, p in patients.items()},
        "patients_in_two_splits": shared_patients,
        "departments": dict(departments.most_common()),
        "distinct_codes_truth": len(truth_codes),
        "distinct_categories_truth": len({c[:4] for c in truth_codes}),
        "distinct_codes_human": len(human_codes),
        "zipf_slope_truth": round(_zipf_slope(list(truth_codes.values())), 3),
        "top_codes_truth": dict(sorted(truth_codes.items(), key=lambda kv: (-kv[1], kv[0]))[:25]),
        "mean_codes_per_case": {"truth": round(n_truth / max(n, 1), 3), "human": round(n_human / max(n, 1), 3)},
        "a_coded_exactly": round(a_exact / max(n, 1), 4),
        "b_coded_rate": {
            g: {"present": group_present[g], "rate": round(group_coded[g] / group_present[g], 4)}
            for g in RATE_GROUPS
            if group_present[g]
        },
        "b_coded_rate_by_code": {
            c: {"present": present[c], "rate": round(coded[c] / present[c], 3)} for c in frequent_b
        },
        "diabetes_type_deep": {
            "cases": deep,
            "coded": deep_coded,
            "coded_de14": round(deep_de14 / deep_coded, 4) if deep_coded else None,
        },
        "cases_with_unevidenced_human_code": unevidenced,
        "b_never_named": round(implicit / max(b_total, 1), 4),
        "distractors": {"per_case": round(sum(distractor_kinds.values()) / max(n, 1), 3), **distractor_kinds},
        "note_length": {
            "min": lengths[0] if lengths else 0,
            "p05": _quantile(lengths, 0.05),
            "median": _quantile(lengths, 0.5),
            "mean": round(sum(lengths) / max(len(lengths), 1)),
            "p95": _quantile(lengths, 0.95),
            "max": lengths[-1] if lengths else 0,
        },
    }


def format_stats(report: dict) -> str:
    """The report as lines a person reads."""
    lines = [
        "cases: " + ", ".join(f"{s} {n}" for s, n in report["cases"].items()),
        "patients: " + ", ".join(f"{s} {n}" for s, n in report["patients"].items())
        + f" (in two splits: {report['patients_in_two_splits']})",
        f"codes (truth): {report['distinct_codes_truth']} distinct full codes in "
        f"{report['distinct_categories_truth']} categories; Zipf slope {report['zipf_slope_truth']}",
        f"codes (human): {report['distinct_codes_human']} distinct",
        "codes per case: truth {truth}, human {human}".format(**report["mean_codes_per_case"]),
        f"A coded exactly: {report['a_coded_exactly']:.1%}",
        "B coded by humans:",
    ]  # fmt: skip
    for group, v in report["b_coded_rate"].items():
        lines.append(f"  {group:<24} {v['rate']:.1%} of {v['present']}")
    deep = report["diabetes_type_deep"]
    if deep["coded"]:
        lines.append(
            f"diabetes type named once, deep: {deep['cases']} cases, {deep['coded']} with diabetes coded, "
            f"as DE14 in {deep['coded_de14']:.1%}"
        )
    lines.append(f"cases with a human code the note never supports: {report['cases_with_unevidenced_human_code']}")
    lines.append(f"B conditions never named (shown by a sign, drug or lab only): {report['b_never_named']:.1%}")
    d = report["distractors"]
    lines.append("distractors per case: " + ", ".join(f"{k} {v}" for k, v in d.items()))
    ln = report["note_length"]
    lines.append("note length: " + ", ".join(f"{k} {v}" for k, v in ln.items()))
    lines.append("departments:")
    lines.extend(f"  {name:<40} {n}" for name, n in report["departments"].items())
    lines.append("most frequent true codes:")
    lines.extend(f"  {code:<8} {n}" for code, n in report["top_codes_truth"].items())
    lines.append("human coding rate of the most frequent B codes:")
    lines.extend(f"  {code:<8} {v['rate']:.1%} of {v['present']}" for code, v in report["b_coded_rate_by_code"].items())
    return "\n".join(lines)
