"""``coder-assist scaling``: how PLM-CA and the TF-IDF baseline improve with more training cases.

Each size trains on the first n cases of one shuffle of the training split (so every smaller set lies inside
every larger one), with the config's settings and its own label space, and is measured on the same full test
split over every gold code. Sizes already measured are skipped and an interrupted size resumes from its last
checkpoint, so a long run can be restarted with the same command.

    OUT/size-<n>/            run_dir of that size: best/, last/, label_space.json, evaluation/, scaling.json
    OUT/scaling.json         one row per size; scaling.csv the same rows flat; scaling.png the curves
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from coder_assist.datasets import Dataset, load_dataset
from coder_assist.errors import UserError
from coder_assist.training.config import TrainConfig

T = TypeVar("T")
SIZE_FILE = "scaling.json"  # in OUT/size-<n>: the size's row; its presence means the size is done
SYSTEMS = ("plm-ca", "baseline")
LEVELS = ("full", "level3")
METRICS = ("map", "f1_micro", "recall@10")
CSV_COLUMNS = (
    "size", "train_cases", "label_codes",
    *(f"{system}_{level}_{metric}" for system in SYSTEMS for level in LEVELS for metric in METRICS),
)  # fmt: skip
_TITLES = {"map": "MAP", "f1_micro": "micro F1", "recall@10": "recall@10", "full": "full code", "level3": "level 3"}
_STYLES = {"plm-ca": ("PLM-CA", "-"), "baseline": ("TF-IDF baseline", "--")}


def parse_sizes(text: str) -> list[int]:
    """The training sizes of ``--sizes 1000,2000,4000``, in the order given (:func:`check_sizes` checks them)."""
    sizes = []
    for part in text.split(","):
        try:
            sizes.append(int(part.strip()))
        except ValueError:
            raise UserError(
                f"{part.strip()!r} is not a whole number; give training sizes such as 1000,2000,4000", where="--sizes"
            ) from None
    return sizes


def check_sizes(sizes: Sequence[int], available: int) -> list[int]:
    """``sizes`` in ascending order; a UserError naming --sizes where one is below 1, given twice or more than
    the ``available`` training cases."""
    if not sizes:
        raise UserError("no training sizes; give some such as 1000,2000,4000", where="--sizes")
    for size in sizes:
        if size < 1:
            raise UserError(f"a training size must be at least 1, not {size}", where="--sizes")
        if sizes.count(size) > 1:
            raise UserError(f"{size} is given twice; give each training size once", where="--sizes")
        if size > available:
            raise UserError(f"{size} is more than the {available:,} cases of the training split", where="--sizes")
    return sorted(sizes)


def nested_subsets(train: Sequence[T], sizes: Sequence[int], seed: int) -> dict[int, list[T]]:
    """Size -> its training cases, ascending: the first n of ``train`` shuffled once with ``seed``, so the same
    seed gives the same sets and each set holds every smaller one."""
    order = list(train)
    random.Random(seed).shuffle(order)
    return {size: order[:size] for size in check_sizes(sizes, len(order))}


def scaling_row(size: int, train_cases: int, label_codes: int, results: Mapping[str, Mapping]) -> dict:
    """One size's row: its training cases, label-space size and, of each system in ``results`` (evaluate_model's
    ``{system: metrics}`` of one target), MAP, micro F1 and recall@10 at full code and level 3."""
    row: dict = {"size": size, "train_cases": train_cases, "label_codes": label_codes}
    for system in SYSTEMS:
        if system in results:
            row[system] = {level: {m: results[system][level][m] for m in METRICS} for level in LEVELS}
    return row


def flat_row(row: Mapping) -> dict:
    """A row as :data:`CSV_COLUMNS`, e.g. ``plm-ca_full_map``; empty for a system the row lacks."""
    flat = {key: row[key] for key in CSV_COLUMNS[:3]}
    for system in SYSTEMS:
        for level in LEVELS:
            for metric in METRICS:
                flat[f"{system}_{level}_{metric}"] = row[system][level][metric] if system in row else ""
    return flat


def format_line(row: Mapping) -> str:
    """One line per size for the terminal: full-code MAP, micro F1 and recall@10 of each system."""
    parts = [
        f"{_STYLES[system][0]} MAP {row[system]['full']['map']:.3f}, F1 {row[system]['full']['f1_micro']:.3f}, "
        f"R@10 {row[system]['full']['recall@10']:.3f}"
        for system in SYSTEMS if system in row
    ]  # fmt: skip
    return f"size {row['size']:,} ({row['label_codes']:,} codes): " + "; ".join(parts)


def write_tables(rows: Sequence[Mapping], out: Path, about: Mapping) -> tuple[Path, Path]:
    """``out/scaling.json`` (``about`` and the rows) and ``out/scaling.csv`` (the rows flat)."""
    out.mkdir(parents=True, exist_ok=True)
    table = out / "scaling.json"
    table.write_text(json.dumps({**about, "rows": list(rows)}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    flat = out / "scaling.csv"
    with flat.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(CSV_COLUMNS))
        writer.writeheader()
        writer.writerows(flat_row(row) for row in rows)
    return table, flat


def plot_scaling(rows: Sequence[Mapping], path: Path) -> Path:
    """A PNG of MAP, micro F1 and recall@10 (columns) at full code and level 3 (rows) against the training size
    on a log axis: PLM-CA solid, the baseline dashed."""
    try:
        from matplotlib.figure import Figure  # without pyplot: no global state, no GUI backend (plots.py)
    except ImportError as error:
        raise UserError("the scaling plot needs matplotlib; install it with: pip install matplotlib") from error

    sizes = [row["size"] for row in rows]
    figure = Figure(figsize=(12, 7), layout="constrained")
    grid = figure.subplots(len(LEVELS), len(METRICS), squeeze=False)
    for axes_row, level in zip(grid, LEVELS, strict=True):
        for axes, metric in zip(axes_row, METRICS, strict=True):
            for system, (label, style) in _STYLES.items():
                points = [(row["size"], row[system][level][metric]) for row in rows if system in row]
                if points:
                    axes.plot(*zip(*points, strict=True), linestyle=style, marker="o", label=label)
            axes.set(xscale="log", title=f"{_TITLES[metric]}, {_TITLES[level]}", ylim=(0, 1.02))
            axes.set_xticks(sizes, labels=[f"{size:,}" for size in sizes])
            axes.minorticks_off()
            axes.grid(alpha=0.3)
    for axes in grid[-1]:
        axes.set_xlabel("training cases (log scale)")
    grid[0][0].legend()
    figure.savefig(path, dpi=110)
    return path


def default_out(config: TrainConfig) -> Path:
    """Where a scaling run goes without --out: beside the config's run folder, ``<run_dir>-scaling``."""
    run_dir = Path(config.run_dir)
    return run_dir.with_name(run_dir.name + "-scaling")


def run_scaling(
    config: TrainConfig,
    sizes: Sequence[int],
    out: Path | None = None,
    *,
    baseline: bool = True,
    echo: Callable[[str], None] | None = None,
) -> list[Path]:
    """Train and measure one model per training size (see the module's docstring); return the paths of
    scaling.json, scaling.csv and scaling.png."""
    from coder_assist.training import require_train_extra

    require_train_extra()
    from coder_assist.training.pipeline import say

    echo = echo or say
    if not config.data:
        raise UserError("no data set: set data in the config file")
    dataset = load_dataset(config.data_format, config.data)
    for warning in dataset.warnings:
        echo(f"warning: {warning}")
    subsets = nested_subsets(dataset.train, sizes, config.seed)
    out = Path(out) if out is not None else default_out(config)
    rows = []
    for size, subset in subsets.items():
        rows.append(_measure_size(config, dataset, subset, out / f"size-{size}", baseline, echo))
        echo(format_line(rows[-1]))
    about = {"data": dataset.source, "seed": config.seed, "min_code_count": config.min_code_count,
             "validation_cases": len(dataset.val), "test_cases": len(dataset.test)}  # fmt: skip
    return [*write_tables(rows, out, about), plot_scaling(rows, out / "scaling.png")]


def _measure_size(
    config: TrainConfig,
    dataset: Dataset,
    subset: list,
    folder: Path,
    baseline: bool,
    echo: Callable[[str], None],
) -> dict:
    """Train on ``subset`` in ``folder`` (resuming from its last checkpoint) and measure it on the full test
    split; a size measured before, with the baseline where it is asked for, is read back instead."""
    from coder_assist.training.pipeline import evaluate_model, model_codes, train_on_dataset

    size = len(subset)
    subset_of = {"data": dataset.source, "seed": config.seed, "size": size}
    done = folder / SIZE_FILE
    if done.exists():
        saved = json.loads(done.read_text(encoding="utf-8"))
        if saved["subset"] != subset_of:
            raise UserError(
                f"this folder was trained on {saved['subset']}, not {subset_of}; give another --out or remove it",
                where=str(folder),
            )
        if not baseline or "baseline" in saved["row"]:
            echo(f"size {size:,}: already done ({done})")
            return saved["row"]
    last = folder / "last"
    resume = last if last.exists() else None
    echo(f"size {size:,}: {f'resuming from {last}' if resume else 'training'}")
    shuffled = f"{dataset.source}, the first {size} training cases shuffled with seed {config.seed}"
    learnt_from = Dataset(subset, dataset.val, dataset.test, [], shuffled)
    best = train_on_dataset(replace(config, run_dir=str(folder)), learnt_from, resume=resume, echo=echo)
    results = evaluate_model(best, {"codes": learnt_from}, folder / "evaluation", baseline=baseline)["codes"]
    row = scaling_row(size, len(subset), len(model_codes(best)), results)
    done.write_text(json.dumps({"subset": subset_of, "row": row}, indent=1, ensure_ascii=False) + "\n",
                    encoding="utf-8")  # fmt: skip
    return row
