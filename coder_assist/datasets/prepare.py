"""A hospital's own export made ready for training: the paper's pre-processing (its Figure 4), step by step.

``coder-assist prepare EXPORT --out DIR`` reads cases in our format, removes in order the cases each step
names, splits what is left by patient, and writes ``train.jsonl``, ``val.jsonl`` and ``test.jsonl`` with a
removal report (``prepare_report.json``, ``prepare_report.md`` and the flow figure ``prepare_flow.png``).

Every step is a setting of :class:`PrepareConfig`. :data:`PAPER` is the paper's pre-processing; the default
is the same without the rare-category step, since our suggestions must cover rare codes too (the mention
finder suggests codes the model never learnt).
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coder_assist.cases import Case, write_cases
from coder_assist.cases.io import read_path
from coder_assist.catalogue import Catalogue
from coder_assist.datasets.examples import SPLITS, DataError, split_by_patient
from coder_assist.datasets.jsonl import case_patient_id
from coder_assist.datasets.tomlfile import read_toml

log = logging.getLogger(__name__)

REPORT_JSON = "prepare_report.json"
REPORT_MD = "prepare_report.md"
FLOW_FIGURE = "prepare_flow.png"


@dataclass(frozen=True)
class PrepareConfig:
    """Which cases the pre-processing removes, and how the rest is split. The defaults are the paper's values,
    except that the rare-category step is off (see :data:`PAPER`). Words are matched in any case."""

    drop_no_codes: bool = True  # cases without human codes: nothing to learn from
    drop_no_discharge_summary: bool = True  # cases without a note of discharge_summary_types that has text
    # A note is a discharge summary when its type contains one of these ("Udskrivningsepikrise" too).
    discharge_summary_types: tuple[str, ...] = ("epikrise", "discharge summary")
    drop_only_z_codes: bool = True  # cases whose codes are all Z codes (DZ...): contacts, not diseases
    drop_rare_categories: bool = False  # cases with a category (DI10) in under min_category_count cases
    min_category_count: int = 10  # the paper's bar
    drop_outside_catalogue: bool = True  # cases with a code whose category the SKS catalogue in use lacks
    drop_long_notes: bool = True  # cases whose notes together are longer than max_note_chars
    max_note_chars: int = 10_000  # the paper's bar
    drop_adult_psychiatry: bool = True  # child and adolescent psychiatry is kept
    psychiatry_words: tuple[str, ...] = ("psykiatri", "psychiatr")  # in the department or specialty
    # Psychiatry whose department or specialty also has one of these is child and adolescent psychiatry.
    child_psychiatry_words: tuple[str, ...] = ("børne", "ungdom", "child", "adolescent")
    val_share: float = 0.1  # of the patients
    test_share: float = 0.1
    seed: int = 0  # another seed, another split by patient; the same seed, the same split

    def __post_init__(self) -> None:
        problems = []
        for name in ("min_category_count", "max_note_chars"):
            if getattr(self, name) < 1:
                problems.append(f"{name} must be at least 1, not {getattr(self, name)}")
        if self.val_share < 0 or self.test_share < 0 or self.val_share + self.test_share >= 1:
            problems.append(
                f"val_share {self.val_share} and test_share {self.test_share} must be >= 0 and sum to less than 1"
            )
        if problems:
            raise DataError("; ".join(problems))

    @classmethod
    def from_toml(cls, path: str | Path, base: PrepareConfig | None = None) -> PrepareConfig:
        """``base`` (default: the defaults) with the keys of a flat TOML file; an unknown key or a value of the
        wrong type is an error naming the file and the key."""
        raw = read_toml(path, DataError)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        values = dataclasses.asdict(base or cls())
        for key, value in raw.items():
            if key not in fields:
                raise DataError(f"unknown key {key!r}; known keys are: {', '.join(fields)}", where=str(path))
            values[key] = _checked_value(key, value, fields[key].default, str(path))
        try:
            return cls(**values)
        except DataError as exc:
            raise DataError(exc.message, where=str(path)) from None


def _checked_value(key: str, value: Any, default: Any, where: str) -> Any:
    kind = type(default)
    if kind is tuple:
        if isinstance(value, list) and all(isinstance(word, str) for word in value):
            return tuple(value)
        raise DataError(f"key {key!r} must be a list of strings, not {value!r}", where=where)
    if kind is float and type(value) is int:
        return float(value)
    if type(value) is not kind:
        raise DataError(f"key {key!r} must be {kind.__name__}, not {type(value).__name__} ({value!r})", where=where)
    return value


# The paper's pre-processing; the default differs only in keeping rare categories.
PAPER = PrepareConfig(drop_rare_categories=True)
PRESETS = {"default": PrepareConfig(), "paper": PAPER}


@dataclass(frozen=True)
class StepCount:
    """One step of the pre-processing and the cases it met and removed."""

    name: str  # the step's switch in PrepareConfig, "drop_no_codes"
    label: str  # what it removes, as the report says it: "no codes"
    enabled: bool
    before: int
    removed: int

    @property
    def after(self) -> int:
        return self.before - self.removed


@dataclass
class PrepareReport:
    """The steps in order with their counts, and (after the split) the cases and patients of each split."""

    cases: int  # read from the export
    steps: list[StepCount]
    splits: dict[str, dict[str, int]] = field(default_factory=dict)  # split -> {"cases", "patients"}

    @property
    def kept(self) -> int:
        return self.steps[-1].after if self.steps else self.cases

    def to_dict(self) -> dict[str, Any]:
        steps = [{**dataclasses.asdict(step), "after": step.after} for step in self.steps]
        return {"cases": self.cases, "steps": steps, "kept": self.kept, "splits": self.splits}


def _casefolded(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(word.casefold() for word in words)


# A step: the cases that reach it -> for each, whether the step removes it.
_Step = Callable[[list[Case]], list[bool]]


def _each(removes: Callable[[Case], bool]) -> _Step:
    return lambda cases: [removes(case) for case in cases]


def _categories(case: Case) -> set[str]:
    return {code.code[:4] for code in case.codes}


def _rare_categories(min_count: int) -> _Step:
    # Counted once over the cases that reach the step (in how many cases each category appears): removing a
    # case may leave another category under the bar, and that case stays.
    def step(cases: list[Case]) -> list[bool]:
        counts = Counter(category for case in cases for category in _categories(case))
        return [any(counts[category] < min_count for category in _categories(case)) for case in cases]

    return step


def _steps(config: PrepareConfig, catalogue: Catalogue) -> list[tuple[str, str, _Step]]:
    """(switch in PrepareConfig, what the step removes, the step), in the paper's order."""
    summary_types = _casefolded(config.discharge_summary_types)
    psychiatry = _casefolded(config.psychiatry_words)
    child = _casefolded(config.child_psychiatry_words)

    def no_discharge_summary(case: Case) -> bool:
        return not any(
            note.text.strip() and any(word in note.type.casefold() for word in summary_types) for note in case.notes
        )

    def only_z_codes(case: Case) -> bool:
        return bool(case.codes) and all(code.code.upper().startswith("DZ") for code in case.codes)

    def outside_catalogue(case: Case) -> bool:
        return any(category not in catalogue for category in _categories(case))

    def long_notes(case: Case) -> bool:
        return sum(len(note.text) for note in case.notes) > config.max_note_chars

    def adult_psychiatry(case: Case) -> bool:
        where = f"{case.department or ''} {case.specialty or ''}".casefold()
        return any(word in where for word in psychiatry) and not any(word in where for word in child)

    return [
        ("drop_no_codes", "no codes", _each(lambda case: not case.codes)),
        ("drop_no_discharge_summary", "no discharge summary", _each(no_discharge_summary)),
        ("drop_only_z_codes", "only Z codes", _each(only_z_codes)),
        (
            "drop_rare_categories",
            f"a category in fewer than {config.min_category_count} cases",
            _rare_categories(config.min_category_count),
        ),
        ("drop_outside_catalogue", "a category outside the Danish ICD-10", _each(outside_catalogue)),
        ("drop_long_notes", f"notes over {config.max_note_chars:,} characters", _each(long_notes)),
        ("drop_adult_psychiatry", "adult psychiatry", _each(adult_psychiatry)),
    ]


def prepare(cases: Sequence[Case], config: PrepareConfig, catalogue: Catalogue) -> tuple[list[Case], PrepareReport]:
    """The cases every enabled step keeps, in their order, and the report of what each step removed.

    A step that is off is listed with nothing removed, so the report always shows all of them.
    """
    kept = list(cases)
    counts = []
    for name, label, step in _steps(config, catalogue):
        before = len(kept)
        enabled = getattr(config, name)
        if enabled:
            kept = [case for case, removed in zip(kept, step(kept), strict=True) if not removed]
        counts.append(StepCount(name, label, enabled, before, before - len(kept)))
    return kept, PrepareReport(len(cases), counts)


def split_cases(cases: Sequence[Case], config: PrepareConfig) -> dict[str, list[Case]]:
    """Train, validation and test cases; every case of a patient lands in the same split."""
    train, val, test = split_by_patient(
        cases,
        config.val_share,
        config.test_share,
        patient_id=case_patient_id,
        salt=f"coder_assist prepare {config.seed}",
    )
    return dict(zip(SPLITS, (train, val, test), strict=True))


def format_table(report: PrepareReport) -> str:
    """The removal report as a Markdown table, which also reads well as plain text."""
    lines = ["| step: remove cases with | on | before | removed | after |", "| --- | --- | ---: | ---: | ---: |"]
    for step in report.steps:
        on = "yes" if step.enabled else "off"
        lines.append(f"| {step.label} | {on} | {step.before:,} | {step.removed:,} | {step.after:,} |")
    lines.append(f"| **kept** | | {report.cases:,} | {report.cases - report.kept:,} | {report.kept:,} |")
    if report.splits:
        lines.append("")
        lines.append("| split | cases | patients |")
        lines.append("| --- | ---: | ---: |")
        lines += [f"| {name} | {n['cases']:,} | {n['patients']:,} |" for name, n in report.splits.items()]
    return "\n".join(lines) + "\n"


def draw_flow(report: PrepareReport, path: Path) -> bool:
    """Save the flow figure (cases left after each step, what each removed, the splits) as a PNG.

    Returns False, writing nothing, when matplotlib is not installed (it comes with the train extra).
    """
    try:
        # The object-oriented API without pyplot: no global figure state and no GUI backend.
        from matplotlib.figure import Figure
    except ImportError:
        return False
    steps = [step for step in report.steps if step.enabled]
    rows = len(steps) + 2  # the export, one box per step, the splits
    figure = Figure(figsize=(8, 0.9 * rows + 0.4), layout="constrained")
    axes = figure.subplots()
    axes.set(xlim=(0, 1), ylim=(rows - 0.5, -0.5))
    axes.axis("off")
    box = {"boxstyle": "round,pad=0.4", "facecolor": "#eef3fb", "edgecolor": "#3b5b92"}
    removed_box = {"boxstyle": "round,pad=0.3", "facecolor": "#fbeeee", "edgecolor": "#a04040"}
    arrow = {"arrowstyle": "->", "color": "#555555"}
    axes.text(0.3, 0, f"export: {report.cases:,} cases", ha="center", va="center", bbox=box)
    for row, step in enumerate(steps, start=1):
        axes.annotate("", xy=(0.3, row - 0.25), xytext=(0.3, row - 0.75), arrowprops=arrow)
        axes.annotate(
            f"−{step.removed:,}: {step.label}", xy=(0.3, row - 0.5), xytext=(0.52, row - 0.5),
            ha="left", va="center", bbox=removed_box, arrowprops={**arrow, "arrowstyle": "<-"},
        )  # fmt: skip
        axes.text(0.3, row, f"{step.after:,} cases", ha="center", va="center", bbox=box)
    last = rows - 1
    for column, (name, counts) in enumerate(report.splits.items()):
        x = 0.12 + 0.3 * column
        axes.annotate("", xy=(x, last - 0.25), xytext=(0.3, last - 0.75), arrowprops=arrow)
        text = f"{name}: {counts['cases']:,} cases\n{counts['patients']:,} patients"
        axes.text(x, last, text, ha="center", va="center", bbox=box)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=120)
    return True


def prepare_export(
    paths: Sequence[Path], out: Path, config: PrepareConfig, catalogue: Catalogue
) -> tuple[PrepareReport, list[str]]:
    """Read the export (case files or folders of them), prepare and split it, and write the splits and the
    report into ``out``. Returns the report and the notes for the user (a figure that could not be drawn).

    Raises:
        CaseError: a case that cannot be read, naming its file and line: a training set with silent gaps
            would be worse than none.
        DataError: ``out`` is an export folder, or would replace an export file.
    """
    outputs = {out.resolve(), *((out / f"{name}.jsonl").resolve() for name in SPLITS)}
    for path in paths:
        if path.resolve() in outputs:
            raise DataError("the prepared splits would overwrite the export; give another --out", where=str(path))
    cases: list[Case] = []
    for path in paths:
        cases += read_path(path).check()
    kept, report = prepare(cases, config, catalogue)
    splits = split_cases(kept, config)
    report.splits = {
        name: {"cases": len(split), "patients": len({case_patient_id(case) for case in split})}
        for name, split in splits.items()
    }
    for name, split in splits.items():
        write_cases(out / f"{name}.jsonl", split)
    notes = []
    if not draw_flow(report, out / FLOW_FIGURE):
        notes.append(f"{FLOW_FIGURE} not drawn: matplotlib is not installed (pip install matplotlib)")
    document = {
        "inputs": [str(path) for path in paths],
        "catalogue": catalogue.version,
        "config": dataclasses.asdict(config),
        **report.to_dict(),
        "notes": notes,
    }
    try:
        (out / REPORT_JSON).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (out / REPORT_MD).write_text("# Pre-processing\n\n" + format_table(report), encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot write the report: {exc.strerror or exc}", where=str(out)) from None
    log.info("prepare: %d cases read, %d kept, splits %s", report.cases, report.kept, report.splits)
    return report, notes
