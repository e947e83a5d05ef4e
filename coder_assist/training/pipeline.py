"""The commands' recipes: data set → label space → PLM-CA training, and a checkpoint → calibrated bundle.

Kept apart from the trainer so that ``train()`` stays a function of examples and settings, and the CLI
stays a parser.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from coder_assist.cases import Case
from coder_assist.datasets import (
    Dataset,
    Example,
    LabelSpace,
    build_label_space,
    encode_targets,
    load_dataset,
    outside,
)
from coder_assist.errors import UserError
from coder_assist.runtime.bundle import LABELS, read_labels
from coder_assist.training.config import TrainConfig

if TYPE_CHECKING:
    from coder_assist.runtime.engine import TierSettings

log = logging.getLogger(__name__)
LABEL_SPACE_FILE = "label_space.json"
# Texts per score_model call: often enough for a progress bar to move, and the model, loaded once per call,
# loads seldom next to the scoring of that many texts.
SCORE_BATCH = 1000
DESCRIBED = "plm-ca-described"  # the system of a checkpoint's codes and the codes described under their categories
SHOWN = 10  # suggestions the app shows per case (ui/jobs.py TOP_K); the tiers are measured among them
# How many times a case people wrote and coded counts in the combiner's fit (calibrate_bundle ``coded``) beside
# a synthetic validation case: about 150 of them against a thousand synthetic ones. More weight trades the
# synthetic test's figures for human writing's; with the seven hand-written development sets (204 cases) 6 is
# the most measured that keeps the synthetic test's bars (recall@10 against the truth, every gold code counted,
# 93.3 / 93.05 / 92.97 / 92.93 at 5 / 6 / 7 / 8; stop 20, with the combiner's "factor" feature; with six sets
# and without it, only 3 was). With five sets 6 did too (stop 19), with the first two 20.
CODED_WEIGHT = 6


def say(line: str) -> None:
    """Print one line of progress at once, also when the output goes to a file (a long run's log)."""
    print(line, flush=True)


def labelled(examples: Sequence[Example], space: LabelSpace) -> list:
    """(text, label ids) pairs for the trainer; codes outside the label space are left out."""
    from coder_assist.training.trainer import LabelledText

    index = space.index()
    return [LabelledText(e.text, [index[c] for c in e.codes if c in index]) for e in examples]


def train_from_config(config: TrainConfig, *, resume: Path | None = None, echo=say) -> Path:
    """Load ``config.data``, build the label space, train, and return the best checkpoint folder."""
    dataset = load_dataset(config.data_format, config.data)
    for warning in dataset.warnings:
        echo(f"warning: {warning}")
    return train_on_dataset(config, dataset, resume=resume, echo=echo)


def train_on_dataset(config: TrainConfig, dataset: Dataset, *, resume: Path | None = None, echo=say) -> Path:
    """Build the label space of ``dataset.train`` (``config.min_code_count``), train on it with ``dataset.val``
    for early stopping, and return the best checkpoint folder.

    The label space (codes, training frequency, share coded as B) is written beside the checkpoints so
    that export can carry it into the bundle without reloading the data.
    """
    from coder_assist.training.trainer import train

    space, report = build_label_space(dataset.train, config.min_code_count)
    echo(str(report))
    echo(f"cases: {dataset.sizes()}")
    run_dir = Path(config.run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / LABEL_SPACE_FILE).write_text(
        json.dumps(
            {"source": dataset.source, "codes": space.codes, "frequency": space.frequency,
             "share_secondary": space.share_secondary, "report": str(report)},
            ensure_ascii=False, indent=1,
        ),
        encoding="utf-8",
    )  # fmt: skip
    counts = [space.frequency[c] for c in space.codes]
    return train(
        config, labelled(dataset.train, space), labelled(dataset.val, space), space.codes,
        label_counts=counts, resume=resume, echo=echo,
    )  # fmt: skip


def calibration_data(dataset: Dataset, codes: list[str]) -> tuple[list[str], np.ndarray]:
    """Validation texts and their targets [N, C] in the checkpoint's label order."""
    space = LabelSpace(codes=codes, frequency={})
    return [e.text for e in dataset.val], encode_targets(dataset.val, space)


def share_secondary(checkpoint: Path, dataset: Dataset | None, codes: list[str]) -> dict[str, float] | None:
    """The share of each code's training uses coded as B: from the run's label space, else the data set."""
    saved = checkpoint.parent / LABEL_SPACE_FILE
    if saved.exists():
        return json.loads(saved.read_text(encoding="utf-8")).get("share_secondary")
    if dataset is not None:
        space, _ = build_label_space(dataset.train, 1)
        return {c: v for c, v in (space.share_secondary or {}).items() if c in set(codes)}
    return None


def model_codes(model: Path) -> list[str]:
    """The label order of a bundle or a checkpoint (both keep it in labels.json)."""
    return read_labels(model).codes


def score_model(model: Path, texts: Sequence[str]) -> np.ndarray:
    """Scores [N, C] of a bundle (ONNX Runtime, as the app runs it) or a checkpoint (torch)."""
    if (model / "manifest.json").exists():
        from coder_assist.runtime.engine import Engine

        return Engine(model).score_texts(texts)
    from coder_assist.training import require_train_extra

    require_train_extra("measuring a checkpoint (a bundle needs no torch)")
    from coder_assist.runtime.combiner import sigmoid
    from coder_assist.training.checkpoint import load_checkpoint

    return sigmoid(checkpoint_logits(load_checkpoint(model), texts).astype(np.float64)).astype(np.float32)


def checkpoint_logits(loaded, texts: Sequence[str]) -> np.ndarray:
    """Logits [N, C] of a loaded checkpoint (``checkpoint.Checkpoint``), one text at a time."""
    import torch

    from coder_assist.training.model import pad_batch
    from coder_assist.training.tokenizer import encode

    logits = np.zeros((len(texts), loaded.model.num_labels), dtype=np.float32)
    with torch.no_grad():
        for row, ids in enumerate(encode(loaded.tokenizer, list(texts))):
            input_ids, mask = pad_batch([ids[: loaded.max_tokens]], loaded.model.chunk_size, loaded.model.pad_token_id)
            logits[row] = loaded.model(input_ids, mask)[0][0].numpy()
    return logits


def described_system(
    model: Path, texts: Sequence[str], data_format: str, val: Sequence[Example]
) -> tuple[list[str], np.ndarray, dict]:
    """A checkpoint's codes and the codes described under their categories (``zero_shot``), scored on
    ``texts`` by the logistic regression of the model's logits and the note's words, fitted on ``val`` (among
    ``texts``).

    Returns the codes, the probabilities [N, C] and what went into them (how many codes were added, the
    regression's weights).
    """
    from coder_assist.training.zero_shot import FEATURES, fit_weights, probabilities

    codes, n_known, logits, shares = described_inputs(model, texts, data_format)
    row = {text: i for i, text in enumerate(texts)}
    rows = [row[e.text] for e in val]
    targets = encode_targets(val, LabelSpace(codes=codes, frequency={}))
    weights = fit_weights(logits[rows], targets, n_known, shares[rows])
    fitted = {name: round(float(weight), 4) for name, weight in zip(FEATURES, weights, strict=True)}
    info = {"described_codes": len(codes) - n_known, "weights": fitted}
    return codes, probabilities(logits, n_known, shares, weights), info


def described_inputs(
    model: Path, texts: Sequence[str], data_format: str
) -> tuple[list[str], int, np.ndarray, np.ndarray]:
    """What the described-codes regression reads of ``texts``: a checkpoint's codes followed by the codes
    described under their categories (``zero_shot``), how many of them are known, and the logits and word
    shares ``[N, C]``."""
    from coder_assist.training.checkpoint import load_checkpoint
    from coder_assist.training.zero_shot import add_described_codes, described_codes, word_shares

    loaded = load_checkpoint(model)
    known = list(loaded.labels)
    codes = [*known, *add_described_codes(loaded, described_codes(known, data_format), data_format)]
    return codes, len(known), checkpoint_logits(loaded, texts), word_shares(texts, codes, data_format)


def evaluate_scores(
    dataset: Dataset,
    codes: list[str],
    val_scores: np.ndarray | None,
    test_scores: np.ndarray,
    out: Path,
    category_of=None,
    frequency: dict[str, int] | None = None,
    *,
    thresholds: tuple[float, np.ndarray] | None = None,
    tiers: tuple[np.ndarray, np.ndarray] | None = None,
    extra: dict | None = None,
) -> dict:
    """Measure the test split over every gold code (and over the label space), write metrics.json and friends.

    Thresholds are tuned on validation unless given (then ``val_scores`` may be None). ``frequency`` is each
    code's count in the data the system learnt from (default: ``dataset.train``), gold codes outside the label
    space included. ``tiers`` are the app's tier masks of the test cases; ``extra`` goes into metrics.json as is.
    """
    from coder_assist.evaluation import Outside, evaluate, write_report

    space = LabelSpace(codes=codes, frequency={})
    missing = sorted({code for e in dataset.test for code in e.codes} - set(codes))
    frequency = frequency or training_frequency(dataset, [*codes, *missing])
    unscored = Outside(
        missing, encode_targets(dataset.test, LabelSpace(codes=missing, frequency={})),
        np.array([frequency.get(c, 0) for c in missing], dtype=np.int64),
    )  # fmt: skip
    report = evaluate(
        val_scores, None if val_scores is None else encode_targets(dataset.val, space), test_scores,
        encode_targets(dataset.test, space), codes, [frequency.get(c, 0) for c in codes],
        case_ids=[e.case_id for e in dataset.test], outside=unscored, thresholds=thresholds, tiers=tiers,
        **({"category_of": category_of} if category_of else {}),
    )  # fmt: skip
    occurrences, distinct = outside(dataset.test, space)
    report.metrics["counts"].update(
        test_code_occurrences=sum(len(e.codes) for e in dataset.test),
        test_occurrences_outside_label_space=occurrences,
        test_codes_outside_label_space=distinct,
    )
    report.metrics.update(extra or {})
    write_report(report, out)
    return report.metrics


def training_frequency(dataset: Dataset, codes: list[str]) -> dict[str, int]:
    """How often each of ``codes`` occurs in the training split."""
    frequency = {c: 0 for c in codes}
    for example in dataset.train:
        for code in example.codes:
            if code in frequency:
                frequency[code] += 1
    return frequency


def evaluate_model(
    model: Path,
    datasets: dict[str, Dataset],
    out: Path,
    *,
    baseline: bool = False,
    category_of=None,
    learn_from: Dataset | None = None,
    test_only: bool = False,
    evidence_cases: Sequence[Case] | None = None,
    top_k: int = SHOWN,
    scored: Scored | None = None,
    described: str | None = None,
) -> dict[str, dict[str, dict]]:
    """Metrics of a bundle or checkpoint (and of the TF-IDF baseline) against each target data set.

    ``datasets`` maps a target name to the same cases read with that target ("codes", or also "truth" for
    synthetic cases); with more than one, results go to ``out/<target>/<system>``, else ``out/<system>``.
    Every system learns from one target only, ``learn_from`` (default: the first data set), which should
    be the human codes, as in a hospital: the model was trained on them and the baseline is fitted on its
    train split; the truth changes only what the same scores are measured against. Thresholds are tuned
    on each target's validation split, or with ``test_only`` (a bundle, no baseline) taken from the bundle.
    Every gold code counts; the model's metrics also carry the app's tiers among its ``top_k`` suggestions
    (:func:`tier_settings`) and, for ``evidence_cases``, the evidence check (:func:`evidence_check`).
    Each distinct text is scored once, or ``scored`` (:func:`score_systems` of the same arguments) is reused.
    ``described`` (a data format; a checkpoint only) adds the system "plm-ca-described": the model over its
    codes and the codes described under their categories (:func:`described_system`).
    Returns ``{target: {system: metrics}}``.
    """
    from coder_assist.runtime.engine import tier_masks

    is_bundle = (model / "manifest.json").exists()
    if test_only and (baseline or not is_bundle):
        raise UserError("only a bundle, without --baseline, can be measured on test cases alone (nothing to tune on)")
    if evidence_cases is not None and not is_bundle:
        raise UserError("the evidence check explains codes as the app does, so it needs a bundle; export one first")
    if described is not None and is_bundle:
        raise UserError("described codes get their queries from the encoder, so they need a checkpoint, not a bundle")
    codes = model_codes(model)
    learnt_from = learn_from or next(iter(datasets.values()))
    scored = scored or score_systems(model, datasets, learnt_from, baseline=baseline, top_k=top_k, described=described)
    row, systems, combined = scored.row, scored.systems, scored.combined
    gold = {code for dataset in datasets.values() for e in dataset.test for code in e.codes}
    frequency = training_frequency(learnt_from, sorted(set(codes) | gold))
    if test_only:
        frequency.update(_bundle_frequency(model))
    settings = tier_settings(model, codes, learnt_from, systems["plm-ca"][[row[e.text] for e in learnt_from.val]])
    thresholds = bundle_thresholds(model) if test_only else None
    extra = {} if evidence_cases is None else {"evidence": evidence_check(model, evidence_cases)}
    results: dict[str, dict[str, dict]] = {}
    for target, dataset in datasets.items():
        folder = out / target if len(datasets) > 1 else out
        val_rows = [row[e.text] for e in dataset.val]
        test_rows = [row[e.text] for e in dataset.test]
        results[target] = {}
        for system, scores in systems.items():
            model_only = system == "plm-ca"
            system_codes, system_extra = scored.described if system == DESCRIBED else (codes, None)
            results[target][system] = evaluate_scores(
                dataset, system_codes, None if test_only else scores[val_rows], scores[test_rows], folder / system,
                category_of, frequency, thresholds=thresholds,
                tiers=tier_masks(scores[test_rows], settings, top_k) if model_only else None,
                extra=extra if model_only else system_extra,
            )  # fmt: skip
        if combined is not None:
            # What the app shows: ranked by the combiner, tiers from its cuts. The paper's F1 needs one
            # threshold: tuned on validation like the model's, or with test cases alone p >= 0.5 (it is
            # a probability fitted on validation).
            codes_k, p, (suggested, missed), first = combined
            results[target]["combined"] = evaluate_scores(
                dataset, codes_k, None if test_only else p[val_rows], p[test_rows], folder / "combined",
                category_of, frequency, thresholds=None if not test_only else (0.5, np.full(len(codes_k), 0.5)),
                tiers=(suggested[test_rows], missed[test_rows]),
                extra={"a_first": a_listed_first(dataset.test, [first[i] for i in test_rows])},
            )  # fmt: skip
    return results


@dataclass(frozen=True)
class Scored:
    """Every distinct validation and test text of the data sets, scored once by each system."""

    row: dict[str, int]  # text -> its row in the matrices
    systems: dict[str, np.ndarray]  # "plm-ca" (and "baseline") -> [texts, C] scores over the model's codes
    combined: tuple | None  # combined_system's output for the same rows; None without a combiner
    # The codes of the DESCRIBED system's columns and what went into them (described_system); None without it.
    described: tuple[list[str], dict] | None = None


def score_systems(
    model: Path,
    datasets: dict[str, Dataset],
    learnt_from: Dataset,
    *,
    baseline: bool = False,
    top_k: int = SHOWN,
    progress: Callable[[int], None] | None = None,
    described: str | None = None,
) -> Scored:
    """Score the validation and test texts of ``datasets`` and ``learnt_from`` with the model, the TF-IDF
    baseline fitted on ``learnt_from.train`` (with ``baseline``) and the bundle's combiner.

    The model scores :data:`SCORE_BATCH` texts at a time and ``progress`` is told how many it has done.
    ``described`` (the data format) adds the :data:`DESCRIBED` system (:func:`described_system`).
    """
    codes = model_codes(model)
    texts = sorted({e.text for dataset in (*datasets.values(), learnt_from) for e in (*dataset.val, *dataset.test)})
    batches = []
    for start in range(0, len(texts), SCORE_BATCH):
        batches.append(score_model(model, texts[start : start + SCORE_BATCH]))
        if progress is not None:
            progress(len(batches[-1]))
    model_scores = np.concatenate(batches) if batches else np.zeros((0, len(codes)), dtype=np.float32)
    systems = {"plm-ca": model_scores}
    if baseline:
        from coder_assist.training.baseline import fit_baseline, predict_scores

        fitted = fit_baseline(learnt_from.train, LabelSpace(codes=codes, frequency={}))
        systems["baseline"] = predict_scores(fitted, texts)
    patient = {e.text: (e.age, e.sex) for d in (*datasets.values(), learnt_from) for e in (*d.val, *d.test)}
    combined = combined_system(model, texts, model_scores, top_k, [patient[text] for text in texts])
    described_info = None
    if described is not None:
        described_codes, systems[DESCRIBED], info = described_system(model, texts, described, learnt_from.val)
        described_info = (described_codes, info)
    return Scored({text: i for i, text in enumerate(texts)}, systems, combined, described_info)


def a_listed_first(examples: Sequence[Example], first: Sequence[str | None]) -> dict[str, float | int]:
    """How often the app lists a case's A code first (where one key accepts it as A), over the cases whose
    data says which code is A."""
    with_a = [(e, code) for e, code in zip(examples, first, strict=True) if "A" in (e.code_types or {}).values()]
    hits = sum(code is not None and (e.code_types or {}).get(code) == "A" for e, code in with_a)
    return {"cases": len(with_a), "share": hits / len(with_a) if with_a else 0.0}


def combined_system(
    model: Path,
    texts: Sequence[str],
    model_scores: np.ndarray,
    top_k: int,
    patients: Sequence[tuple[int | None, str | None]] | None = None,
) -> tuple[list[str], np.ndarray, tuple[np.ndarray, np.ndarray], list[str | None]] | None:
    """What the app ranks and shows with a bundle's combiner: codes (the label space, then every code a text
    names), ``p`` ``[N, K]`` (0 where a code is no candidate), the tier masks of the shown codes and the code
    listed first for each text; None for a model without a combiner. ``patients`` are the (age, sex) of each
    text's case, where known."""
    from coder_assist.runtime.engine import Engine

    if not (model / "manifest.json").exists():
        return None
    engine = Engine(model)
    if engine.combiner is None:
        return None
    column = {code: i for i, code in enumerate(engine.codes)}
    rows = []
    patients = patients or [(None, None)] * len(texts)
    for text, scores, (age, sex) in zip(texts, model_scores, patients, strict=True):
        found, alternatives = engine.finder.read(text)
        combined = engine.combined(scores, found, age, sex, alternatives)
        for code in combined.codes:
            column.setdefault(code, len(column))
        rows.append((combined, engine.combiner.shown(combined, top_k)))
    p = np.zeros((len(texts), len(column)), dtype=np.float64)
    suggested = np.zeros(p.shape, dtype=bool)
    missed = np.zeros(p.shape, dtype=bool)
    first: list[str | None] = []
    for row, (combined, (order, is_suggested, is_missed)) in enumerate(rows):
        columns = np.array([column[code] for code in combined.codes])
        p[row, columns] = combined.p
        suggested[row, columns[order]] = is_suggested
        missed[row, columns[order]] = is_missed
        first.append(combined.codes[order[0]] if len(order) else None)
    return list(column), p, (suggested, missed), first


def calibrate_bundle(
    model: Path,
    data: str | Path,
    top_k: int = SHOWN,
    echo=say,
    coded: Sequence[Path] = (),
    coded_weight: int = CODED_WEIGHT,
) -> Path:
    """Fit the combiner of a bundle on the validation split of ``data`` (our case format) and store it in the
    bundle (``combiner.json``, the manifest's checksums rewritten). The truth is the target where
    the cases carry it, else the human codes.

    ``coded`` are files of cases that people wrote and coded (our case format, every case with its codes):
    their model scores, mentions and codes join the fit of the weights, each case counted ``coded_weight``
    times, so that the combiner learns how the note's namings and the model's scores go with human codes on
    human writing, which synthetic cases only approximate. The tiers' cuts stay chosen on ``data``."""
    from coder_assist.cases.io import read_path
    from coder_assist.runtime.bundle import MANIFEST, write_manifest
    from coder_assist.runtime.engine import SECONDARY_SHARE, Engine
    from coder_assist.training.calibrate import OPEN_SHARE, fit_combiner

    engine = Engine(model, combiner=False)  # a combiner.json already there may be of an older version
    validation = load_dataset("jsonl", data, target="codes")
    try:
        truth = {e.case_id: set(e.codes) for e in load_dataset("jsonl", data, target="truth").val}
    except UserError:
        truth = {}
    if not validation.val:
        raise UserError("the data set has no validation split to fit the combiner on", where=str(data))
    scores = engine.score_texts([e.text for e in validation.val])
    frequency = np.array([label.train_frequency for label in engine.bundle.labels], dtype=np.float64)
    secondary = engine.tier_settings.secondary_share >= SECONDARY_SHARE
    labels = np.asarray(engine.codes)
    rng = np.random.default_rng(0)
    everything = np.ones(len(labels), dtype=bool)
    cases, open_cases = [], []
    for example, row in zip(validation.val, scores, strict=True):
        read = engine.finder.read(example.text)
        patient = (example.age, example.sex, example.codes, example.code_types or {})
        true = truth.get(example.case_id, set(example.codes))
        cases.append(_candidates(*patient, true, row, labels, frequency, secondary, read, everything))
        hidden = rng.random(len(labels)) < OPEN_SHARE
        open_cases.append(_candidates(*patient, true, row, labels, frequency, secondary, read, ~hidden))
    people = []
    for path in coded:
        for case in read_path(path).check():
            codes = [c.code for c in case.codes]
            if not codes:
                raise UserError(f"case {case.case_id} has no codes; only coded cases can calibrate", where=str(path))
            patient = (case.patient.age, case.patient.sex) if case.patient else (None, None)
            row = engine.scores(engine.encode(case))
            read = (engine.mentions(case)[1], engine.alternatives(case))
            types = {c.code: c.type for c in case.codes}
            people.append(_candidates(*patient, codes, types, set(codes), row, labels, frequency, secondary, read,
                                      everything))  # fmt: skip
    combiner = fit_combiner(cases, top_k, open_cases, people, coded_weight)
    combiner.validation["coded_cases"] = len(people)
    combiner.validation["coded_weight"] = coded_weight if people else 0
    combiner.save(model)
    manifest = json.loads((model / MANIFEST).read_text(encoding="utf-8"))
    write_manifest(model, manifest)
    echo(f"combiner fitted on {len(cases):,} validation cases: {json.dumps(combiner.validation)}")
    return model / "combiner.json"


def _candidates(age: int | None, sex: str | None, coded: Sequence[str], code_types: dict[str, str], true: set[str],
                scores: np.ndarray, labels: np.ndarray, frequency: np.ndarray, secondary: np.ndarray, read: tuple,
                known: np.ndarray):  # fmt: skip
    """One case's candidates for fitting the combiner (``coded``: its human codes, ``true``: what it has), as if
    the model knew only the ``known`` columns of its label space (all of them, or a part for the
    open-label-space copies). ``read`` is what the finder read in the note: its mentions and alternatives."""
    from coder_assist.catalogue.patient_rules import ruled_out
    from coder_assist.runtime.combiner import candidate_features
    from coder_assist.training.calibrate import Candidates

    codes, features, mentions = candidate_features(scores[known], list(labels[known]), frequency[known], *read)
    names = np.asarray(codes)
    is_secondary = np.zeros(len(codes), dtype=bool)
    is_secondary[: int(known.sum())] = secondary[known]
    keep = ~ruled_out(codes, age, sex)
    a_codes = [code for code, type_ in code_types.items() if type_ == "A"]
    is_a = np.isin(names, a_codes)[keep] if a_codes else None
    # a code the patient's age or sex rules out is never shown, so the fit does not learn from it
    return Candidates(features[keep], np.isin(names, list(coded))[keep], np.isin(names, sorted(true))[keep],
                      is_secondary[keep], len(coded), names[keep], mentions, is_a)  # fmt: skip


def tier_settings(model: Path, codes: list[str], learnt_from: Dataset, val_scores: np.ndarray) -> TierSettings:
    """The thresholds behind the app's tiers: a bundle's own; for a checkpoint, those ``coder-assist export``
    would write, calibrated on ``val_scores`` (the checkpoint's, where export uses the exported model's)
    against the validation split of the data it learnt from."""
    from coder_assist.runtime.bundle import load_bundle
    from coder_assist.runtime.engine import TierSettings

    if (model / "manifest.json").exists():
        return TierSettings.of(load_bundle(model))
    from coder_assist.training.export import ExportSettings, calibrate, label_table

    _, thresholds = calibrate(val_scores, encode_targets(learnt_from.val, LabelSpace(codes=codes, frequency={})))
    shares = share_secondary(model, learnt_from, codes)
    table = label_table(codes, [0] * len(codes), thresholds, shares, ExportSettings().missed_factor)
    return TierSettings(np.array(table.threshold), np.array(table.missed_threshold), np.array(table.secondary_share))


def bundle_thresholds(model: Path) -> tuple[float, np.ndarray]:
    """A bundle's global and per-code thresholds, as export calibrated them."""
    table = read_labels(model)
    if table.global_threshold is None or table.threshold is None:
        raise UserError(
            "the bundle was exported without calibration data, so its thresholds say nothing; measure it on a "
            "data set with a validation split", where=f"{model / LABELS}, field global_threshold",
        )  # fmt: skip
    return table.global_threshold, np.array(table.threshold)


def _bundle_frequency(model: Path) -> dict[str, int]:
    """Each code's training frequency as the bundle records it."""
    table = read_labels(model)
    return dict(zip(table.codes, table.train_frequency, strict=True))


def evidence_cases(path: str | Path, case_ids: Sequence[str], limit: int) -> list[Case]:
    """The first ``limit`` cases of ``case_ids`` (a test split) read from ``path`` that carry gold evidence."""
    from coder_assist.cases.io import read_path

    wanted = set(case_ids)
    read = read_path(Path(path))
    found = [c for c in read.cases if c.case_id in wanted and c.truth is not None and c.truth.evidence]
    return found[:limit]


def evidence_check(model: Path, cases: Sequence[Case]) -> dict:
    """The bundle's highlights against the gold spans of each true code it scores (``evaluation.evidence``).

    A true code with no gold span (a code the text does not support) has nothing to compare and is skipped.
    """
    from coder_assist.cases.flatten import render_lab, render_medication
    from coder_assist.cases.model import LAB, MEDICATION, NOTE
    from coder_assist.evaluation.evidence import code_evidence, evidence_metrics, is_naming
    from coder_assist.runtime.engine import Engine

    engine = Engine(model)
    known = set(engine.codes)
    checked = []
    for case in cases:
        texts = {(NOTE, i): note.text for i, note in enumerate(case.notes)}
        texts |= {(MEDICATION, i): render_medication(m) for i, m in enumerate(case.medications)}
        texts |= {(LAB, i): render_lab(lab) for i, lab in enumerate(case.labs)}
        drugs = [m.name for m in case.medications]
        encoded = engine.encode(case)
        for code in dict.fromkeys(c.code for c in case.truth.codes if c.code in known):
            gold = [(e.source, e.index, e.start, e.end) for e in case.truth.evidence if e.code == code]
            if not gold:
                continue
            namings = [g for g in gold if g[0] == NOTE and is_naming(texts.get(g[:2], "")[g[2] : g[3]], drugs)]
            shown = [(s.source, s.index, s.start, s.end) for s in engine.explain(case, code, encoded)]
            checked.append(code_evidence(texts, shown, gold, namings))
    return {**evidence_metrics(checked), "cases": len(cases)}
