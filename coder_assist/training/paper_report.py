"""``coder-assist report``: the paper's figures for a bundle or checkpoint on a data set, in one HTML file with
the same numbers as JSON and CSV.

The test split is scored once (``pipeline.score_systems``); Table 1 comes from ``pipeline.evaluate_model`` on
those scores, every other figure from ``evaluation.paper`` on the same matrices, over every gold code.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np

from coder_assist.datasets import Dataset, LabelSpace, encode_targets, load_dataset
from coder_assist.errors import UserError
from coder_assist.evaluation import METRIC_KEYS, paper
from coder_assist.evaluation.figures import frequency_plot, reliability_plot, secondary_plot
from coder_assist.evaluation.html import Section, Table, write_html
from coder_assist.evaluation.plots import plot_threshold_curves
from coder_assist.evaluation.tiers import MISSED_GROUPS
from coder_assist.training.pipeline import (
    SHOWN,
    Scored,
    evaluate_model,
    evidence_cases,
    model_codes,
    score_systems,
)

LOWERED = (1.0, 0.5, 0.25)  # the under-coding check's thresholds, as fractions of the system's own
DEPARTMENT_COLUMNS = ("department", "cases", "f1_micro", "recall@10", "share_outside_label_space")
BUCKET_COLUMNS = ("bucket", "categories", "f1", "never_predicted")
REVIEW_LIMIT = 500  # rows of the review list: the most confident flags, a clinician's afternoon
EVIDENCE_CASES = 200  # test cases whose evidence is checked: explaining every true code is slow


def write_paper_report(
    model: Path,
    data: Path,
    out: Path,
    *,
    baseline: bool = False,
    min_cases: int = paper.MIN_DEPARTMENT_CASES,
    groups: Mapping[str, tuple[str, ...]] = MISSED_GROUPS,
    progress: Callable[[int], None] | None = None,
    evidence: Callable[[str, str], str] | None = None,
    evidence_limit: int = EVIDENCE_CASES,
) -> dict:
    """Score ``data`` (our case format, with splits) and write report.html, figures.json, per_department.csv,
    frequency_buckets.csv and review_undercoding.csv into ``out``; return the figures.

    ``progress`` is told how many texts have been scored; ``evidence(case_id, code)`` gives the text that
    supports a flagged code for the review list (empty without it). A bundle's highlights are checked against
    the gold spans of up to ``evidence_limit`` test cases that have them (0: not checked).
    """
    from coder_assist.cases.io import read_path

    coded = load_dataset("jsonl", data, target="codes")
    try:
        truth = load_dataset("jsonl", data, target="truth")
    except UserError:
        truth = None  # cases without a truth: measured against the human codes alone
    if not coded.val or not coded.test:
        raise UserError("the report tunes on the validation split and measures the test split; one is empty",
                        where=str(data))  # fmt: skip
    datasets = {"codes": coded, **({"truth": truth} if truth else {})}
    scored = score_systems(model, datasets, coded, baseline=baseline, top_k=SHOWN, progress=progress)
    checked = None
    if evidence_limit and (model / "manifest.json").exists():  # the app explains with a bundle only
        checked = evidence_cases(data, [e.case_id for e in coded.test], evidence_limit)
    results = evaluate_model(model, datasets, out / "metrics", baseline=baseline, learn_from=coded, scored=scored,
                             evidence_cases=checked)  # fmt: skip
    system = "combined" if scored.combined is not None else "plm-ca"
    gold = {c for d in datasets.values() for e in d.test for c in e.codes}
    view = _View.of(scored, system, model_codes(model), coded.test, gold)
    threshold = results["codes"][system]["full"]["threshold"]
    departments = {c.case_id: c.department or "(none)" for c in read_path(data).cases}
    truth_targets = _truth_targets(view, coded.test, truth)
    human = view.targets(coded.test)
    frequency = _train_frequency(model, view.codes)

    points, buckets = paper.frequency_buckets(view.scores, human, view.codes, frequency, threshold)
    flags = {f"score >= {f:g} x threshold": view.scores >= f * threshold for f in LOWERED}
    if view.missed is not None:
        flags = {"app: probably missed B": view.missed, **flags}
    figures = {
        "system": system,
        "threshold": threshold,
        "table1": _table1(results),
        "a_first": {t: r[system].get("a_first") for t, r in results.items()},
        "per_department": paper.per_department(
            view.scores, human, view.in_space, [departments.get(e.case_id, "(none)") for e in coded.test],
            threshold, min_cases,
        ),
        "primary_secondary": paper.primary_secondary_recall(view.scores, human, view.is_primary(coded.test),
                                                            threshold),
        "complete_exact": {t: paper.complete_and_exact(view.scores >= threshold, g)
                           for t, g in (("codes", human), ("truth", truth_targets)) if g is not None},
        "frequency_points": points,
        "frequency_buckets": buckets,
        "undercoding": paper.undercoding(flags, human, truth_targets, view.codes, groups),
        "secondary_share": dict(zip(("points", "bins"), paper.secondary_share(
            view.scores, human, view.is_primary(coded.test), view.codes, threshold), strict=True)),
        "evidence": results["codes"]["plm-ca"].get("evidence"),
        "reliability": paper.reliability(view.scores, truth_targets if truth_targets is not None else human),
    }  # fmt: skip
    review = _review(view, human, flags[f"score >= {LOWERED[-1]:g} x threshold"], groups, coded.test, evidence)
    out.mkdir(parents=True, exist_ok=True)
    (out / "figures.json").write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    _csv(out / "per_department.csv", figures["per_department"], DEPARTMENT_COLUMNS)
    _csv(out / "frequency_buckets.csv", buckets, BUCKET_COLUMNS)
    _csv(out / "review_undercoding.csv", review, ("case_id", "code", "score", "evidence"))
    curves = plot_threshold_curves(view.scores, human, out / "threshold_curves.png", threshold)
    write_html(out / "report.html", f"coder-assist report: {model.name} on {data.name}",
               _sections(figures, curves.read_bytes(), len(review)))  # fmt: skip
    return figures


class _View:
    """One system's test-split matrices over every gold code: its own columns, then the gold codes (of the
    human codes or the truth) it cannot score, at score 0."""

    def __init__(self, codes: list[str], scores: np.ndarray, in_space: np.ndarray, missed: np.ndarray | None):
        # in_space: [C] bool, the model's label space (a combiner also scores codes a note names, outside it)
        self.codes, self.scores, self.in_space, self.missed = codes, scores, in_space, missed

    @classmethod
    def of(cls, scored: Scored, system: str, model_codes: list[str], test: Sequence, gold: set[str]) -> _View:
        rows = [scored.row[e.text] for e in test]
        if system == "combined":
            own, p, (_, missed), _ = scored.combined
            scores, missed = p[rows], missed[rows]
        else:
            own, scores, missed = model_codes, scored.systems[system][rows], None
        extra = sorted(gold - set(own))
        pad = np.zeros((len(rows), len(extra)))
        codes = [*own, *extra]
        return cls(
            codes, np.hstack([scores, pad]), np.isin(codes, model_codes),
            None if missed is None else np.hstack([missed, pad.astype(bool)]),
        )  # fmt: skip

    def targets(self, examples: Sequence) -> np.ndarray:
        """`[N, C]` bool: each example's codes in this view's columns."""
        return encode_targets(examples, LabelSpace(codes=self.codes, frequency={})).astype(bool)

    def is_primary(self, examples: Sequence) -> np.ndarray:
        """`[N, C]` bool: the codes each example's data marks as A."""
        column = {c: j for j, c in enumerate(self.codes)}
        primary = np.zeros(self.scores.shape, dtype=bool)
        for i, example in enumerate(examples):
            for code, type_ in (example.code_types or {}).items():
                if type_ == "A" and code in column:
                    primary[i, column[code]] = True
        return primary


def _truth_targets(view: _View, test: Sequence, truth: Dataset | None) -> np.ndarray | None:
    """The truth of the human-coded test cases, in their order and the view's columns; None without one."""
    if truth is None:
        return None
    by_id = {e.case_id: e for e in truth.test}
    if any(e.case_id not in by_id for e in test):
        raise UserError("the truth and the human codes put different cases in the test split")
    return view.targets([by_id[e.case_id] for e in test])


def _train_frequency(model: Path, codes: Sequence[str]) -> list[int]:
    """How often the model saw each code in training, as its labels.json records it (0 for a code it never
    learnt, such as a named code only the combiner suggests)."""
    from coder_assist.runtime.bundle import read_labels

    table = read_labels(model)
    seen = dict(zip(table.codes, table.train_frequency, strict=True))
    return [int(seen.get(code, 0)) for code in codes]


def _table1(results: dict[str, dict[str, dict]]) -> list[dict]:
    """Table 1: one row per level, target and system, over every gold code, at the global threshold."""
    return [
        {"level": level, "target": target, "system": system, **{k: metrics[level][k] for k in METRIC_KEYS}}
        for level in ("full", "level3")
        for target, systems in results.items()
        for system, metrics in systems.items()
    ]


def _review(
    view: _View,
    human: np.ndarray,
    flagged: np.ndarray,
    groups: Mapping[str, tuple[str, ...]],
    test: Sequence,
    evidence: Callable[[str, str], str] | None,
) -> list[dict]:
    """The flags of the groups' codes the coder left out, most confident first, for a clinician to confirm."""
    prefixes = tuple(p for group in groups.values() for p in group)
    columns = np.array([code.startswith(prefixes) for code in view.codes], dtype=bool)
    cases, codes = np.nonzero(flagged & ~human & columns[None, :])
    order = np.argsort(-view.scores[cases, codes], kind="stable")[:REVIEW_LIMIT]
    rows = []
    for i, j in zip(cases[order], codes[order], strict=True):
        case_id, code = test[i].case_id, view.codes[j]
        rows.append({"case_id": case_id, "code": code, "score": round(float(view.scores[i, j]), 4),
                     "evidence": evidence(case_id, code) if evidence else ""})  # fmt: skip
    return rows


def _csv(path: Path, rows: Sequence[dict], columns: Sequence[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)


def _sections(figures: dict, curves_png: bytes, review_rows: int) -> list[Section]:
    """The HTML report's sections, in the paper's order."""
    metrics = list(METRIC_KEYS)
    system = figures["system"]
    first = [
        f"{target}: the A code is listed first in {a['share']:.1%} of {a['cases']:,} test cases with an A code"
        for target, a in figures["a_first"].items() if a
    ]  # fmt: skip
    types = [{"type": t, **values} for t, values in figures["primary_secondary"].items()]
    exact = [{"target": t, **values} for t, values in figures["complete_exact"].items()]
    return [
        Section("Table 1", ["Every gold code counts; F1 at the global threshold tuned on validation."],
                [Table(["level", "target", "system", *metrics], figures["table1"])]),
        Section("Per department", [f"{system}, against the human codes; departments with enough test cases."],
                [Table(DEPARTMENT_COLUMNS, figures["per_department"])]),
        Section("Primary (A) and secondary (B) diagnoses", first,
                [Table(["type", "codes", "recall@5", "recall@10", "recall_at_threshold"], types)]),
        Section("Cases coded completely and exactly", [], [Table(["target", "cases", "complete", "exact"], exact)]),
        Section("F1 by training frequency (level 3)",
                ["Mean F1 of the categories in each bucket of training cases; never_predicted: share of the "
                 "bucket's categories predicted for no test case."],
                [Table(BUCKET_COLUMNS, figures["frequency_buckets"])],
                [frequency_plot(figures["frequency_points"])]),
        Section("F1 and the share of a code's occurrences coded as B",
                ["Codes with a gold occurrence in the test split, binned by the share of those coded as B."],
                [Table(["low", "high", "codes", "f1"], figures["secondary_share"]["bins"], frozenset({"low", "high"}))],
                [secondary_plot(figures["secondary_share"]["points"])]),
        Section("Under-coding", [f"Codes of the groups flagged where the coder left them out; precision and "
                                 f"recall against the truth where the data has it. Review list: "
                                 f"review_undercoding.csv ({review_rows} rows)."],
                [Table(["group", "flagged_by", "flagged", "true", "precision", "recall"], figures["undercoding"])]),
        Section("Threshold curves and calibration", [f"threshold {figures['threshold']:.3g}"],
                [Table(["low", "high", "cells", "mean_score", "observed"], figures["reliability"],
                       frozenset({"low", "high", "mean_score", "observed"}))],
                [curves_png, reliability_plot(figures["reliability"])]),
        _evidence_section(figures["evidence"]),
    ]  # fmt: skip


def _evidence_section(evidence: dict | None) -> Section:
    if evidence is None:
        return Section("Evidence", ["Not checked: it needs a bundle and test cases with gold evidence spans."])
    return Section(
        "Evidence",
        [f"The model's highlights against the gold spans of {evidence['codes']:,} true codes in {evidence['cases']:,} "
         "test cases, in words; named_in_top3: the share of codes a note names whose naming is among the three "
         "strongest highlights."],
        [Table(["token_precision", "token_recall", "token_f1", "named_in_top3", "named_codes"], [evidence])],
    )  # fmt: skip
