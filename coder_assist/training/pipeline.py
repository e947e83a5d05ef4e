"""The commands' recipes: data set → label space → PLM-CA training, and a checkpoint → calibrated bundle.

Kept apart from the trainer so that ``train()`` stays a function of examples and settings, and the CLI
stays a parser.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from coder_assist.training.config import TrainConfig
from coder_assist.training.data import (
    Dataset,
    Example,
    LabelSpace,
    build_label_space,
    encode_targets,
    load_dataset,
    outside,
)

log = logging.getLogger(__name__)
LABEL_SPACE_FILE = "label_space.json"


def labelled(examples: Sequence[Example], space: LabelSpace) -> list:
    """(text, label ids) pairs for the trainer; codes outside the label space are left out."""
    from coder_assist.training.trainer import LabelledText

    index = space.index()
    return [LabelledText(e.text, [index[c] for c in e.codes if c in index]) for e in examples]


def train_from_config(config: TrainConfig, *, resume: Path | None = None, echo=print) -> Path:
    """Load ``config.data``, build the label space, train, and return the best checkpoint folder.

    The label space (codes, training frequency, share coded as B) is written beside the checkpoints so
    that export can carry it into the bundle without reloading the data.
    """
    from coder_assist.training.trainer import train

    dataset = load_dataset(config.data_format, config.data)
    for warning in dataset.warnings:
        echo(f"warning: {warning}")
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
        label_counts=counts, resume=resume,
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
    """The label order of a bundle (labels.json with thresholds) or a checkpoint (labels.json list)."""
    raw = json.loads((model / "labels.json").read_text(encoding="utf-8"))
    rows = raw["codes"] if isinstance(raw, dict) else raw
    return [row["code"] for row in rows]


def score_model(model: Path, texts: Sequence[str]) -> np.ndarray:
    """Scores [N, C] of a bundle (ONNX Runtime, as the app runs it) or a checkpoint (torch)."""
    if (model / "manifest.json").exists():
        from coder_assist.runtime.engine import Engine

        return Engine(model).score_texts(texts)
    import torch

    from coder_assist.training.checkpoint import load_checkpoint
    from coder_assist.training.model import pad_batch
    from coder_assist.training.tokenizer import encode

    loaded = load_checkpoint(model)
    scores = np.zeros((len(texts), len(loaded.labels)), dtype=np.float32)
    with torch.no_grad():
        for row, ids in enumerate(encode(loaded.tokenizer, list(texts))):
            input_ids, mask = pad_batch([ids[: loaded.max_tokens]], loaded.model.chunk_size, loaded.model.pad_token_id)
            scores[row] = torch.sigmoid(loaded.model(input_ids, mask)[0][0]).numpy()
    return scores


def evaluate_scores(
    dataset: Dataset,
    codes: list[str],
    val_scores: np.ndarray,
    test_scores: np.ndarray,
    out: Path,
    category_of=None,
    frequency: dict[str, int] | None = None,
) -> dict:
    """Tune thresholds on validation, score the test split, write metrics.json and friends into ``out``.

    ``frequency`` is each code's count in the data the system learnt from (default: ``dataset.train``).
    """
    from coder_assist.evaluation import evaluate, write_report

    frequency = frequency or training_frequency(dataset, codes)
    space = LabelSpace(codes=codes, frequency=frequency)
    report = evaluate(
        val_scores, encode_targets(dataset.val, space), test_scores, encode_targets(dataset.test, space), codes,
        [frequency[c] for c in codes], case_ids=[e.case_id for e in dataset.test],
        **({"category_of": category_of} if category_of else {}),
    )  # fmt: skip
    # The metrics only see codes in the label space; say how much of the test split's coding that leaves out.
    missing, missing_codes = outside(dataset.test, space)
    report.metrics["counts"].update(
        test_code_occurrences=sum(len(e.codes) for e in dataset.test),
        test_occurrences_outside_label_space=missing,
        test_codes_outside_label_space=missing_codes,
    )
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
) -> dict[str, dict[str, dict]]:
    """Metrics of a bundle or checkpoint (and of the TF-IDF baseline) against each target data set.

    ``datasets`` maps a target name to the same cases read with that target ("codes", or also "truth" for
    synthetic cases); with more than one, results go to ``out/<target>/<system>``, else ``out/<system>``.
    Every system learns from one target only, ``learn_from`` (default: the first data set), which should
    be the human codes, as in a hospital: the model was trained on them and the baseline is fitted on its
    train split; the truth changes only what the same scores are measured against. Thresholds are tuned
    on each target's validation split. Each distinct text is scored once. Returns
    ``{target: {system: metrics}}``.
    """
    codes = model_codes(model)
    learnt_from = learn_from or next(iter(datasets.values()))
    texts = sorted({e.text for dataset in datasets.values() for e in (*dataset.val, *dataset.test)})
    row = {text: i for i, text in enumerate(texts)}
    systems = {"plm-ca": score_model(model, texts)}
    if baseline:
        from coder_assist.training.baseline import fit_baseline, predict_scores

        fitted = fit_baseline(learnt_from.train, LabelSpace(codes=codes, frequency={}))
        systems["baseline"] = predict_scores(fitted, texts)
    frequency = training_frequency(learnt_from, codes)
    results: dict[str, dict[str, dict]] = {}
    for target, dataset in datasets.items():
        folder = out / target if len(datasets) > 1 else out
        val_rows = [row[e.text] for e in dataset.val]
        test_rows = [row[e.text] for e in dataset.test]
        results[target] = {
            system: evaluate_scores(
                dataset, codes, scores[val_rows], scores[test_rows], folder / system, category_of, frequency
            )
            for system, scores in systems.items()
        }
    return results
