"""What a folder of synthetic cases holds: code frequencies, realised under-coding, lengths, departments,
how varied the prose is, what the audit finds, how much drugs give away, and the code space.

Reads the JSON Lines directly (no validation). The audit, which needs ``Case`` objects, runs on chunks of
lines in worker processes while this process counts, so that 100,000 cases take about a minute on two
cores.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter, deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from coder_assist.cases import case_from_dict
from coder_assist.synth.audit import KINDS, REPEATED_SENTENCE, audit_case, is_prose, mask_numbers, sentences
from coder_assist.synth.generate import SPLITS

# A code enters the trained model's label space when it is a human code of this many training cases
# (TrainConfig.min_code_count's default).
LABEL_MIN_CASES = 10
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


# --- prose ---------------------------------------------------------------------------------------
# Sentence reuse is measured over a fixed number of notes, since how many sentences reach 10 notes grows
# with the sample; 1,000 notes is the yardstick.
REUSE_NOTES = 1_000
REUSE_MIN_NOTES = 10


def sentence_reuse(notes: list[str]) -> dict:
    """Share of sentences (four words or more, numbers masked) whose wording occurs in at least
    REUSE_MIN_NOTES of ``notes``; each occurrence counts, as a reader meets it."""
    per_note = [[m for m in map(mask_numbers, sentences(text)) if is_prose(m)] for text in notes]
    in_notes = Counter(s for note in per_note for s in set(note))
    total = sum(len(note) for note in per_note)
    reused = sum(in_notes[s] >= REUSE_MIN_NOTES for note in per_note for s in note)
    return {"notes": len(notes), "sentences": total, "share_in_10_notes": round(reused / max(total, 1), 4)}


# --- documentation of B conditions ----------------------------------------------------------------
DOC_TYPES = ("named in conclusion", "named in passing", "only by a drug", "only by a sign", "only by lab rows",
             "no evidence")  # fmt: skip
_IMPLICIT_DOC = {"med": DOC_TYPES[2], "sign": DOC_TYPES[3], "lab": DOC_TYPES[4]}
# The conclusion of an epikrise: from its heading to the next blank line.
_CONCLUSION = re.compile(
    r"^(?:Konklusion|Konkl\.|Vurdering|Diagnoser?|Udskrivelsesdiagnoser?|Udskrivningsdiagnoser?|"
    r"Sammenfatning)\b[^\n:]{0,30}:.*?(?:\n\n|\Z)",
    re.MULTILINE | re.DOTALL,
)


def documentation(case: dict) -> dict[str, str]:
    """How the note documents each true B condition (one of DOC_TYPES). ``truth.implicit`` says when a
    condition is shown only by a drug, a sign or lab rows; otherwise a note evidence span inside the
    conclusion, or elsewhere, says whether it is named where a coder looks first or only in passing."""
    truth = case["truth"]
    shown_by = truth.get("implicit", {})
    b_codes = [c["code"] for c in truth["codes"][1:]]
    named = {c for c in b_codes if c not in shown_by}
    spans: dict[str, list[tuple[int, int]]] = {}
    for e in truth.get("evidence", []):
        if e["code"] in named and e.get("source", "note") == "note":
            spans.setdefault(e["code"], []).append((e["note"], e["start"]))
    conclusions = (
        [[(m.start(), m.end()) for m in _CONCLUSION.finditer(n["text"])] for n in case["notes"]] if spans else []
    )
    kinds = {}
    for code in b_codes:
        if code in shown_by:
            kinds[code] = _IMPLICIT_DOC.get(shown_by[code], DOC_TYPES[5])
        elif code not in spans:
            kinds[code] = DOC_TYPES[5]
        elif any(a <= start < b for note, start in spans[code] for a, b in conclusions[note]):
            kinds[code] = DOC_TYPES[0]
        else:
            kinds[code] = DOC_TYPES[1]
    return kinds


# --- drugs that give a code away -----------------------------------------------------------------
# The "typical drug" of a code is derived from the data: among the drugs on the lists of at least
# DRUG_SUPPORT cases with the code, the one with the highest lift, P(code and drug) / (P(code) P(drug)).
# Lift rather than co-occurrence, because paracetamol is on half of all lists and so co-occurs with
# everything; a lift below DRUG_MIN_LIFT means the code has no typical drug (nothing is given for it
# more often than for anything else).
DRUG_CODES = 50
DRUG_SUPPORT = 20
DRUG_MIN_LIFT = 2.0
DRUG_LIMIT = 0.8  # the ceiling on P(code | drug) and P(drug | code)


def drug_conditionals(n: int, codes: Counter[str], drugs: Counter[str], both: Counter[tuple[str, str]]) -> list[dict]:
    """For the DRUG_CODES most frequent true codes that have a typical drug: P(code | drug on the list)
    and P(drug | code), from case counts (``both`` counts cases with the code and the drug)."""
    candidates: dict[str, list[tuple[str, int]]] = {}
    for (code, drug), k in both.items():
        if k >= DRUG_SUPPORT:
            candidates.setdefault(code, []).append((drug, k))
    rows = []
    for code in sorted(candidates, key=lambda c: (-codes[c], c)):
        lift, drug, k = max((k * n / (codes[code] * drugs[d]), d, k) for d, k in candidates[code])
        if lift < DRUG_MIN_LIFT:
            continue
        rows.append({"code": code, "drug": drug, "cases_code": codes[code], "cases_drug": drugs[drug], "cases_both": k,
                     "p_code_given_drug": round(k / drugs[drug], 3), "p_drug_given_code": round(k / codes[code], 3),
                     "lift": round(lift, 1)})  # fmt: skip
        if len(rows) == DRUG_CODES:
            break
    return rows


# --- the audit, in worker processes ---------------------------------------------------------------
_AUDIT_CHUNK = 500  # cases per task: big enough to amortise the hand-over, small enough to spread


def _audit_lines(lines: list[str]) -> tuple[Counter[str], Counter[str], dict[str, str]]:
    """Violations by kind, cases with a violation by kind ("" counts cases with any), and the first
    quote of each kind, for a chunk of JSON lines."""
    violations: Counter[str] = Counter()
    cases: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for line in lines:
        found = audit_case(case_from_dict(json.loads(line)))
        violations.update(v.kind for v in found)
        cases.update({v.kind for v in found} | ({""} if found else set()))
        for v in found:
            examples.setdefault(v.kind, f"{v.case_id}: {v.quote}")
    return violations, cases, examples


class _Audit:
    """Runs ``_audit_lines`` on chunks as they are read, in ``workers`` processes (inline for one), and
    merges the results in reading order, so that the examples do not depend on timing."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.pending: deque[Future] = deque()
        self.chunk: list[str] = []
        self.violations: Counter[str] = Counter()
        self.cases: Counter[str] = Counter()
        self.examples: dict[str, str] = {}

    def __enter__(self) -> _Audit:
        self.pool = ProcessPoolExecutor(self.workers) if self.workers > 1 else None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def add(self, line: str) -> None:
        self.chunk.append(line)
        if len(self.chunk) >= _AUDIT_CHUNK:
            self._submit()

    def _submit(self) -> None:
        if not self.chunk:
            return
        if self.pool is None:
            self._merge(_audit_lines(self.chunk))
        else:
            self.pending.append(self.pool.submit(_audit_lines, self.chunk))
            # Reading outruns the audit: wait for the oldest chunk rather than hold the folder in memory.
            while len(self.pending) > 2 * self.workers:
                self._merge(self.pending.popleft().result())
        self.chunk = []

    def _merge(self, result: tuple[Counter[str], Counter[str], dict[str, str]]) -> None:
        violations, cases, examples = result
        self.violations.update(violations)
        self.cases.update(cases)
        for kind, quote in examples.items():
            self.examples.setdefault(kind, quote)

    def report(self) -> dict:
        """The figures, once every line has been added."""
        self._submit()
        while self.pending:
            self._merge(self.pending.popleft().result())
        by_kind = {k: {"violations": self.violations[k], "cases": self.cases[k], "example": self.examples.get(k, "")}
                   for k in KINDS}  # fmt: skip
        return {"cases_with_any": self.cases[""], "by_kind": by_kind}


def stats_report(folder: Path, workers: int | None = None) -> dict:
    """Figures about the cases in ``folder`` (``train.jsonl``, ``val.jsonl``, ``test.jsonl``); the audit
    runs in ``workers`` processes (default: one per core)."""
    folder = Path(folder)
    cases_per_split: dict[str, int] = {}
    patients: dict[str, set[str]] = {}
    departments: Counter[str] = Counter()
    truth_codes: Counter[str] = Counter()
    human_codes: Counter[str] = Counter()
    train_human: Counter[str] = Counter()
    train_truth: Counter[str] = Counter()
    test_human: Counter[str] = Counter()
    present: Counter[str] = Counter()
    coded: Counter[str] = Counter()
    group_present: Counter[str] = Counter()
    group_coded: Counter[str] = Counter()
    doc_present: Counter[str] = Counter()
    doc_coded: Counter[str] = Counter()
    dept_present: Counter[str] = Counter()
    dept_coded: Counter[str] = Counter()
    distractor_kinds: Counter[str] = Counter()
    cases_with_distractor: Counter[str] = Counter()  # by kind; "" counts cases with any
    case_codes: Counter[str] = Counter()
    case_drugs: Counter[str] = Counter()
    code_drug: Counter[tuple[str, str]] = Counter()
    drug_names: dict[str, str] = {}
    reuse_notes: list[str] = []
    lengths: list[int] = []
    n_truth = n_human = a_exact = deep = deep_coded = deep_de14 = unevidenced = implicit = b_total = 0
    with _Audit(workers or os.cpu_count() or 1) as audit:
        for split in SPLITS:
            path = folder / f"{split}.jsonl"
            if not path.exists():
                continue
            count = 0
            ids: set[str] = set()
            with open(path, encoding="utf-8") as f:
                for line in f:
                    audit.add(line)
                    case = json.loads(line)
                    count += 1
                    ids.add(case["patient"].get("id", case["case_id"]))
                    departments[case["department"]] += 1
                    lengths.extend(len(n["text"]) for n in case["notes"])
                    reuse_notes.extend(n["text"] for n in case["notes"][: REUSE_NOTES - len(reuse_notes)])
                    truth = case["truth"]
                    t_codes = [c["code"] for c in truth["codes"]]
                    h_codes = {c["code"] for c in case["codes"]}
                    n_truth += len(t_codes)
                    n_human += len(case["codes"])
                    truth_codes.update(t_codes)
                    human_codes.update(h_codes)
                    if split == "train":
                        train_human.update(h_codes)
                        train_truth.update(set(t_codes))
                    elif split == "test":
                        test_human.update(c["code"] for c in case["codes"])
                    drugs = set()
                    for m in case.get("medications", []):
                        drugs.add(m["atc"] or m["name"])
                        drug_names.setdefault(m["atc"] or m["name"], m["name"])
                    case_codes.update(set(t_codes))
                    case_drugs.update(drugs)
                    code_drug.update((c, d) for c in set(t_codes) for d in drugs)
                    a_exact += case["codes"][0]["code"] == t_codes[0]
                    is_deep = "diabetes_type_deep" in truth.get("flags", [])
                    deep += is_deep
                    shown_by = truth.get("implicit", {})
                    documented = documentation(case)
                    for code in t_codes[1:]:
                        b_total += 1
                        implicit += code in shown_by
                        hit = code in h_codes or ("DE14" + code[4:5] in h_codes and code[:4] in ("DE10", "DE11"))
                        present[code] += 1
                        coded[code] += hit
                        group_present[rate_group(code)] += 1
                        group_coded[rate_group(code)] += hit
                        doc_present[documented[code]] += 1
                        doc_coded[documented[code]] += hit
                        dept_present[case["department"]] += 1
                        dept_coded[case["department"]] += hit
                        if is_deep and code[:4] in ("DE10", "DE11") and hit:
                            deep_coded += 1
                            deep_de14 += "DE14" + code[4:5] in h_codes
                    unevidenced += bool(_unsupported(h_codes, t_codes))
                    kinds = [d["kind"] for d in truth.get("distractors", [])]
                    distractor_kinds.update(kinds)
                    cases_with_distractor.update(set(kinds) | ({""} if kinds else set()))
            cases_per_split[split] = count
            patients[split] = ids
        audited = audit.report()
    n = sum(cases_per_split.values())
    lengths.sort()
    shared_patients = sum(
        len(patients[a] & patients[b]) for i, a in enumerate(patients) for b in list(patients)[i + 1 :]
    )
    frequent_b = sorted(present, key=lambda c: (-present[c], c))[:25]
    label_space = {c for c, k in train_human.items() if k >= LABEL_MIN_CASES}
    test_total = sum(test_human.values())
    drug_rows = [{**r, "name": drug_names[r["drug"]]} for r in drug_conditionals(n, case_codes, case_drugs, code_drug)]
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
        "b_coded_rate_by_documentation": {
            t: {"present": doc_present[t], "rate": round(doc_coded[t] / doc_present[t], 4)}
            for t in DOC_TYPES
            if doc_present[t]
        },
        "b_coded_rate_by_department": {
            d: {"present": dept_present[d], "rate": round(dept_coded[d] / dept_present[d], 4)}
            for d in sorted(dept_present, key=lambda d: (-dept_present[d], d))
        },
        "diabetes_type_deep": {
            "cases": deep,
            "coded": deep_coded,
            "coded_de14": round(deep_de14 / deep_coded, 4) if deep_coded else None,
        },
        "cases_with_unevidenced_human_code": unevidenced,
        "b_never_named": round(implicit / max(b_total, 1), 4),
        "distractors": {"per_case": round(sum(distractor_kinds.values()) / max(n, 1), 3), **distractor_kinds},
        "cases_with_distractor": {
            "any": round(cases_with_distractor[""] / max(n, 1), 4),
            **{k: round(v / max(n, 1), 4) for k, v in sorted(cases_with_distractor.items()) if k},
        },
        "sentence_reuse": sentence_reuse(reuse_notes),
        "audit": audited,
        "drug_conditionals": {
            "codes": len(drug_rows),
            "over_limit": {
                "p_code_given_drug": sum(r["p_code_given_drug"] > DRUG_LIMIT for r in drug_rows),
                "p_drug_given_code": sum(r["p_drug_given_code"] > DRUG_LIMIT for r in drug_rows),
            },
            "rows": drug_rows,
        },
        "code_space": {
            "human_codes_in_10_train_cases": len(label_space),
            "true_codes_in_10_train_cases": sum(k >= LABEL_MIN_CASES for k in train_truth.values()),
            "test_human_codes_outside": round(
                sum(k for c, k in test_human.items() if c not in label_space) / max(test_total, 1), 4
            ),
        },
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
    lines.append("B coded by humans, by how the note documents the condition:")
    for doc, v in report["b_coded_rate_by_documentation"].items():
        lines.append(f"  {doc:<24} {v['rate']:.1%} of {v['present']}")
    lines.append("B coded by humans, by department:")
    for dept, v in report["b_coded_rate_by_department"].items():
        lines.append(f"  {dept:<40} {v['rate']:.1%} of {v['present']}")
    d = report["distractors"]
    lines.append("distractors per case: " + ", ".join(f"{k} {v}" for k, v in d.items()))
    shares = report["cases_with_distractor"]
    lines.append("cases with a distractor: " + ", ".join(f"{k} {v:.1%}" for k, v in shares.items()))
    n = sum(report["cases"].values())
    reuse = report["sentence_reuse"]
    audit = report["audit"]
    lines.append(
        f"sentence reuse: {reuse['share_in_10_notes']:.1%} of {reuse['sentences']} sentences (four words or more, "
        f"numbers masked) occur in {REUSE_MIN_NOTES} or more of the first {reuse['notes']} notes"
    )
    lines.append(f"cases whose note repeats a sentence: {audit['by_kind'][REPEATED_SENTENCE]['cases']} of {n}")
    lines.append(f"audit: {audit['cases_with_any']} of {n} cases break a rule")
    for kind, v in audit["by_kind"].items():
        lines.append(f"  {kind:<45} {v['violations']:>6} in {v['cases']:>5} cases  {v['example'][:100]}")
    drugs = report["drug_conditionals"]
    over = drugs["over_limit"]
    lines.append(
        f"drugs that give a code away ({drugs['codes']} most frequent true codes with a typical drug, lift >= "
        f"{DRUG_MIN_LIFT:g}, >= {DRUG_SUPPORT} cases): P(code | drug) > {DRUG_LIMIT} for {over['p_code_given_drug']}, "
        f"P(drug | code) > {DRUG_LIMIT} for {over['p_drug_given_code']}"
    )
    lines.extend(
        f"  {r['code']:<8} {r['drug']:<8} {r['name'][:24]:<24} P(code|drug) {r['p_code_given_drug']:.2f}  P(drug|code) "
        f"{r['p_drug_given_code']:.2f}  lift {r['lift']:g}  (cases: both {r['cases_both']}, code {r['cases_code']}, "
        f"drug {r['cases_drug']})"
        for r in drugs["rows"]
    )
    space = report["code_space"]
    lines.append(
        f"code space: {report['distinct_codes_truth']} distinct true codes, {report['distinct_codes_human']} human; "
        f"{space['human_codes_in_10_train_cases']} human codes in >= {LABEL_MIN_CASES} train cases (the label "
        f"space; true codes: {space['true_codes_in_10_train_cases']}); {space['test_human_codes_outside']:.1%} of "
        "test human codes fall outside it"
    )
    ln = report["note_length"]
    lines.append("note length: " + ", ".join(f"{k} {v}" for k, v in ln.items()))
    lines.append("departments:")
    lines.extend(f"  {name:<40} {n}" for name, n in report["departments"].items())
    lines.append("most frequent true codes:")
    lines.extend(f"  {code:<8} {n}" for code, n in report["top_codes_truth"].items())
    lines.append("human coding rate of the most frequent B codes:")
    lines.extend(f"  {code:<8} {v['rate']:.1%} of {v['present']}" for code, v in report["b_coded_rate_by_code"].items())
    return "\n".join(lines)
