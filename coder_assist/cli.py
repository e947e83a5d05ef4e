"""The ``coder-assist`` command. Each sub-command imports what it needs when it runs, so that
``coder-assist --help`` and a catalogue search start fast and work without the training extra.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from coder_assist import __version__, logs
from coder_assist.errors import UserError

EVIDENCE_SHOWN = 5  # evidence lines per suggestion in suggest's text output; --json has them all

log = logging.getLogger("coder_assist")


def _iso_date(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a date; use YYYY-MM-DD, e.g. 2024-03-01") from None


def _positive_int(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a whole number of at least 1")
    return value


# --- catalogue ---------------------------------------------------------------------------------
def _catalogue_search(args: argparse.Namespace) -> int:
    from coder_assist.catalogue import default_index

    hits = default_index().search(args.query, limit=args.limit, at=args.date)
    if args.json:
        rows = [
            {
                "code": h.code.code,
                "text": h.code.text,
                "score": round(h.score, 4),
                "match": h.match,
                "matched": h.matched,
                "valid": h.valid,
                "who_code": h.code.who_code,
                "chapter": h.code.chapter,
                "block": h.code.block,
                "valid_to": h.code.valid_to.isoformat() if h.code.valid_to else None,
            }
            for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(f"No codes match {args.query!r}.")
        return 0
    for h in hits:
        note = ""
        if h.match == "synonym" and h.matched != h.code.text:
            note = f'  (søgeord: "{h.matched}")'
        if not h.valid:
            note += "  [UDGÅET / ikke gyldig på datoen]"
        print(f"{h.code.code:<9} {h.code.text}{note}")
    return 0


def _catalogue_show(args: argparse.Namespace) -> int:
    from coder_assist.catalogue import default_catalogue

    catalogue = default_catalogue()
    code = catalogue.get(args.code)
    if code is None:
        raise UserError(f"{args.code!r} is not a code in {catalogue.version}; try: coder-assist catalogue search")
    chapter = catalogue.chapter(code.code)
    print(f"{code.code}  {code.text}")
    if chapter:
        print(f"  Kapitel {chapter.numeral} ({chapter.range}): {chapter.title}")
    if code.block:
        print(f"  Blok {code.block}")
    for ancestor in catalogue.ancestors(code.code):
        print(f"  Under {ancestor.code}  {ancestor.text}")
    print(f"  {'WHO-kode ' + code.who_code if code.who_code else 'Dansk underopdeling'} ({code.kind})")
    validity = f"{code.valid_from or 'altid'} til {code.valid_to or 'fortsat gyldig'}"
    print(f"  Gyldig: {validity}")
    for alias in code.aliases:
        print(f"  Også: {alias}")
    for child in catalogue.children(code.code):
        print(f"    {child.code:<9} {child.text}")
    return 0


def _catalogue_info(args: argparse.Namespace) -> int:
    from coder_assist.catalogue import default_catalogue
    from coder_assist.catalogue.io import TSV_NAME, previous_catalogue_dir, read_meta, user_catalogue_dir

    catalogue = default_catalogue()
    retired = sum(1 for c in catalogue if not c.valid_at(date.today()))
    print(f"{catalogue.version}: {len(catalogue)} codes ({retired} not valid today)")
    print(f"from {catalogue.source}")
    live = user_catalogue_dir()
    if Path(catalogue.source) == live / TSV_NAME:
        print("In use: your imported catalogue; `coder-assist catalogue reset` goes back to the shipped snapshot.")
    else:
        print("In use: the snapshot shipped with coder-assist; `coder-assist catalogue import FILE` updates it.")
    previous = previous_catalogue_dir(live)
    if (previous / TSV_NAME).exists():
        version = read_meta(previous).get("version", "unknown version")
        print(f"Kept: the import before it, {version}; `coder-assist catalogue restore` brings it back.")
    return 0


def _catalogue_import(args: argparse.Namespace) -> int:
    from coder_assist.catalogue import default_catalogue, forget_loaded_catalogue
    from coder_assist.catalogue.sks_import import import_sks_complete

    report = import_sks_complete(args.file, reference=default_catalogue(), force=args.force)
    forget_loaded_catalogue()
    print(
        f"Imported {report.codes} diagnosis codes ({report.retired} retired, {report.new} new) as "
        f"{report.version}; skipped {report.skipped_lines} lines of other registers.\n"
        f"Written to {report.path}; coder-assist uses it from now on."
    )
    if report.replaced.endswith("(imported)"):
        print(f"The catalogue it replaced, {report.replaced}, is kept: `coder-assist catalogue restore`.")
    return 0


def _catalogue_restore(args: argparse.Namespace) -> int:
    from coder_assist.catalogue import default_catalogue, forget_loaded_catalogue
    from coder_assist.catalogue.io import restore_previous_catalogue

    path = restore_previous_catalogue()
    forget_loaded_catalogue()
    catalogue = default_catalogue()
    print(f"Restored {catalogue.version} ({len(catalogue)} codes) from {path}; coder-assist uses it from now on.")
    return 0


def _catalogue_reset(args: argparse.Namespace) -> int:
    from coder_assist.catalogue import forget_loaded_catalogue
    from coder_assist.catalogue.io import remove_imported_catalogue

    removed = remove_imported_catalogue()
    forget_loaded_catalogue()
    if not removed:
        print("No imported catalogue; the shipped snapshot is in use.")
        return 0
    print(f"Removed {', '.join(str(p) for p in removed)}; the shipped snapshot is in use again.")
    return 0


# --- cases -------------------------------------------------------------------------------------
def _case_validate(args: argparse.Namespace) -> int:
    from coder_assist.cases.validate import validate_paths
    from coder_assist.catalogue import default_catalogue

    return validate_paths(args.files, default_catalogue(), unknown_codes=args.unknown_codes, out=sys.stdout)


# --- synthetic data ----------------------------------------------------------------------------
def _synth(args: argparse.Namespace) -> int:
    if args.stats:
        from coder_assist.synth.stats import format_stats, stats_report

        report = stats_report(args.stats)
        print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_stats(report))
        return 0
    if args.out is None:
        raise UserError("give --out DIR to write cases, or --stats DIR to describe cases already written")
    from coder_assist.synth.generate import write_splits

    counts = write_splits(args.n, args.seed, args.out)
    print(json.dumps(counts, ensure_ascii=False))
    return 0


def _prepare(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from coder_assist.catalogue import default_catalogue
    from coder_assist.datasets.prepare import PRESETS, PrepareConfig, format_table, prepare_export

    config = PRESETS[args.preset]
    if args.config is not None:
        config = PrepareConfig.from_toml(args.config, base=config)
    if args.seed is not None:
        config = replace(config, seed=args.seed)
    report, notes = prepare_export(args.export, args.out, config, default_catalogue())
    print(format_table(report), end="")
    for note in notes:
        print(f"note: {note}")
    print(f"written to {args.out}")
    return 0


# --- model: training, export, evaluation, suggestions --------------------------------------------------
def _train(args: argparse.Namespace) -> int:
    from coder_assist.training import require_train_extra

    require_train_extra()
    from coder_assist.training.config import TrainConfig, defaults_toml

    if args.print_defaults:
        print(defaults_toml(TrainConfig), end="")
        return 0
    if args.config is None:
        raise UserError("give --config FILE.toml (coder-assist train --print-defaults shows every setting)")
    from coder_assist.training.pipeline import train_from_config

    config = TrainConfig.from_toml(args.config)
    overrides = {k: v for k, v in (("data", args.data), ("run_dir", args.run_dir)) if v is not None}
    if overrides:
        config = TrainConfig.from_dict({**config.to_dict(), **overrides}, where=str(args.config))
    if not config.data:
        raise UserError("no data set: set data in the config file or give --data", where=str(args.config))
    best = train_from_config(config, resume=args.resume)
    print(f"best checkpoint: {best}")
    return 0


def _scaling(args: argparse.Namespace) -> int:
    from coder_assist.training import require_train_extra

    require_train_extra()
    from coder_assist.training.config import TrainConfig
    from coder_assist.training.scaling import parse_sizes, run_scaling

    config = TrainConfig.from_toml(args.config)
    for path in run_scaling(config, parse_sizes(args.sizes), args.out, baseline=args.baseline):
        print(f"written: {path}")
    return 0


def _pretrain(args: argparse.Namespace) -> int:
    from coder_assist.training import require_train_extra

    require_train_extra()
    from coder_assist.training.config import PretrainConfig, defaults_toml

    if args.print_defaults:
        print(defaults_toml(PretrainConfig), end="")
        return 0
    from coder_assist.datasets import load_dataset
    from coder_assist.training.pretrain import pretrain_mlm

    config = PretrainConfig.from_toml(args.config) if args.config else PretrainConfig()
    if args.out:
        config = PretrainConfig.from_dict(
            {**config.to_dict(), "out_dir": str(args.out)}, where=str(args.config or "--out")
        )
    dataset = load_dataset(args.data_format, args.data)
    # The training split only, unless asked: pretraining on the test split's text would show the encoder the
    # test-only wording before the model is measured on it.
    splits = (dataset.train, dataset.val, dataset.test) if args.all_splits else (dataset.train,)
    texts = [e.text for split in splits for e in split]
    from coder_assist.training.pipeline import say

    print(f"encoder: {pretrain_mlm(texts, config, echo=say)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from coder_assist.training import require_train_extra

    require_train_extra()
    from coder_assist.catalogue import default_catalogue
    from coder_assist.training.export import ExportSettings, export_bundle
    from coder_assist.training.pipeline import calibration_data, model_codes, share_secondary

    dataset = None
    if args.data:
        from coder_assist.datasets import load_dataset

        dataset = load_dataset(args.data_format, args.data)
    codes = model_codes(args.checkpoint)
    metrics = json.loads(args.metrics.read_text(encoding="utf-8")) if args.metrics else None
    out = export_bundle(
        args.checkpoint, args.out, settings=ExportSettings(quantize=args.quantize),
        calibration=calibration_data(dataset, codes) if dataset else None,
        secondary_share=share_secondary(args.checkpoint, dataset, codes), metrics=metrics,
        training_data=args.training_data or (dataset.source if dataset else ""),
        catalogue_version=default_catalogue().version, name=args.name,
    )  # fmt: skip
    print(f"bundle: {out}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from coder_assist.datasets import Dataset, load_dataset
    from coder_assist.evaluation import format_table
    from coder_assist.training.pipeline import SHOWN, evaluate_model, evidence_cases

    def load(target: str) -> Dataset:
        options = {"target": target} if args.data_format == "jsonl" else {}
        dataset = load_dataset(args.data_format, args.data, **options)
        if args.test_only:  # every case is a test case: a bundle brings its own thresholds
            return Dataset([], [], [*dataset.train, *dataset.val, *dataset.test], dataset.warnings, dataset.source)
        return dataset

    targets = ("codes", "truth") if args.target == "both" else (args.target,)
    datasets = {target: load(target) for target in targets}
    # Systems learn from the human codes even when only the truth is scored (see evaluate_model).
    learn_from = datasets.get("codes") or (load("codes") if args.data_format == "jsonl" else None)
    evidence = None
    if args.evidence:
        test_ids = [e.case_id for e in next(iter(datasets.values())).test]
        evidence = evidence_cases(args.data, test_ids, args.evidence_cases)
    results_by_target = evaluate_model(
        args.model, datasets, args.out, baseline=args.baseline, learn_from=learn_from, test_only=args.test_only,
        evidence_cases=evidence, described=args.data_format if args.described_codes else None,
    )  # fmt: skip
    views = {"every gold code": lambda m: m, "label space only": lambda m: m["label_space"]}
    tier_rows = {}
    for view, pick in views.items():
        tables = {}
        for target, results in results_by_target.items():
            for system, metrics in results.items():
                for level in ("full", "level3"):
                    tables[f"{system} vs {target}, {level}"] = pick(metrics)[level]
                if "tiers" in metrics:
                    tiers = metrics["tiers"]
                    for level in ("suggested", "suggested_level3"):
                        tier_rows[f"{system} vs {target}, {level.replace('_', ', ')}"] = tiers[level]
                    missed = tiers["missed"]
                    tier_rows[f"{system} vs {target}, probably missed B ({missed['shown']})"] = {
                        "precision": missed["precision"]
                    }
                    for group, flags in missed.get("by_group", {}).items():
                        tier_rows[f"{system} vs {target}, probably missed B, {group} ({flags['shown']})"] = {
                            "precision": flags["precision"]
                        }
        print(f"{view}:\n{format_table(tables)}")
    print(f"tiers the app shows (top {SHOWN}), every gold code:")
    print(format_table(tier_rows, ("precision", "recall", "f1")))
    for target, results in results_by_target.items():
        first = results.get("combined", {}).get("a_first")
        if first and first["cases"]:
            print(f"A code listed first (vs {target}): {first['share']:.1%} of {first['cases']:,} test cases")
    metrics = next(iter(next(iter(results_by_target.values())).values()))
    if "evidence" in metrics:
        ev = metrics["evidence"]
        print(
            f"evidence vs gold spans ({ev['cases']} cases, {ev['codes']} true codes; words): token precision "
            f"{ev['token_precision']:.1%}, recall {ev['token_recall']:.1%}, F1 {ev['token_f1']:.1%}; naming among "
            f"the top 3 highlights for {ev['named_in_top3']:.1%} of {ev['named_codes']} named codes\n"
        )
    print(f"written to {args.out}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from coder_assist.evaluation.paper import parse_group
    from coder_assist.training.paper_report import write_paper_report

    chosen = {}  # the defaults (the groups the paper's clinicians reviewed, enough cases) live with the report
    if args.groups:
        try:
            chosen["groups"] = {spec: parse_group(spec) for spec in args.groups.split(",")}
        except ValueError as error:
            raise UserError(str(error), where="--groups") from error
    if args.min_cases:
        chosen["min_cases"] = args.min_cases
    if args.evidence_cases is not None:
        chosen["evidence_limit"] = args.evidence_cases
    with _progress_bar("scoring") as progress:
        figures = write_paper_report(
            args.model, args.data, args.out, baseline=args.baseline, progress=progress,
            evidence=_evidence_text(args.model, args.data), **chosen,
        )  # fmt: skip
    print(f"report of {figures['system']} written to {args.out / 'report.html'}")
    return 0


@contextlib.contextmanager
def _progress_bar(what: str):
    """A callable that advances a tqdm bar by n, or does nothing where tqdm is not installed."""
    try:
        from tqdm import tqdm
    except ImportError:
        yield lambda n: None
        return
    with tqdm(desc=what, unit="text") as bar:
        yield bar.update


def _evidence_text(model: Path, data: Path):
    """For the under-coding review list: the strongest highlight of a code in a case, as the app shows it; None
    for a checkpoint (the app explains with a bundle only)."""
    if not (model / "manifest.json").exists():
        return None
    from coder_assist.cases.io import read_path
    from coder_assist.runtime import Engine

    engine = Engine(model)
    cases = {case.case_id: case for case in read_path(data).cases}

    def text(case_id: str, code: str) -> str:
        case = cases[case_id]
        try:
            spans = engine.explain(case, code)
        except UserError:  # a code the note names only as negated or earlier: no naming, and no model output
            return ""
        return _source_text(case, spans[0].source, spans[0].index)[spans[0].start : spans[0].end] if spans else ""

    return text


def _suggest(args: argparse.Namespace) -> int:
    from coder_assist.cases.io import ReadResult, read_path, unlisted_message
    from coder_assist.catalogue import default_catalogue
    from coder_assist.paths import default_bundle_dir
    from coder_assist.runtime import Engine, Tier

    result = ReadResult()
    for path in args.cases:
        read = read_path(path)
        result.extend(read)
        for error in read.errors:
            print(f"coder-assist: error: {error}", file=sys.stderr)
        if read.unlisted:
            print(f"coder-assist: error: {path}: {unlisted_message(read.unlisted)}", file=sys.stderr)
    if not result.cases:
        return 2
    # Suggestions for every case that could be read, and a failing status if any could not.
    status = 1 if result.errors else 0
    engine = Engine(args.model or default_bundle_dir(), catalogue=default_catalogue(), provider=args.provider)
    if engine.provider_warning:
        print(f"coder-assist: warning: {engine.provider_warning}", file=sys.stderr)
    outputs = []
    for case in result.cases:
        encoded = engine.encode(case)
        suggestions = engine.suggest(case, top_k=args.top, encoded=encoded)
        if suggestions.truncation:
            print(f"coder-assist: warning: {case.case_id}: {suggestions.truncation.message()}", file=sys.stderr)
        rows = []
        for s in suggestions.items:
            row = {"code": s.code, "text": s.text, "score": round(s.score, 4), "tier": s.tier}
            if args.explain:
                row["evidence"] = [
                    {"source": e.source, "index": e.index, "start": e.start, "end": e.end, "weight": e.weight,
                     "kind": e.kind, "text": _source_text(case, e.source, e.index)[e.start : e.end]}
                    for e in engine.explain(case, s.code, encoded=encoded)
                ]  # fmt: skip
            rows.append(row)
        outputs.append({"case_id": case.case_id, "suggestions": rows})
    if args.json:
        print(json.dumps(outputs[0] if len(outputs) == 1 else outputs, ensure_ascii=False, indent=2))
        return status
    marks = {Tier.SUGGESTED: "foreslået", Tier.MISSED: "sandsynligt overset B", Tier.BELOW: ""}
    names = {"note": "notat", "medication": "medicin", "lab": "laboratoriesvar"}
    for output in outputs:
        print(f"{output['case_id']}:")
        for row in output["suggestions"]:
            print(f"  {row['code']:<9} {row['score']:.2f}  {row['text']}  {marks[row['tier']]}".rstrip())
            for e in row.get("evidence", [])[:EVIDENCE_SHOWN]:
                kind = {"named": " (nævnt)", "finding": " (fund)"}.get(e["kind"], "")
                print(f'            {names[e["source"]]} {e["index"] + 1}: "{e["text"]}" {e["weight"]:.2f}{kind}')
    return status


def _source_text(case, source: str, index: int) -> str:
    """The text an evidence span's offsets point into: a note's text or a row's rendered line."""
    from coder_assist.cases.flatten import render_lab, render_medication

    if source == "note":
        return case.notes[index].text
    if source == "medication":
        return render_medication(case.medications[index])
    return render_lab(case.labs[index])


def _calibrate(args: argparse.Namespace) -> int:
    from coder_assist.training.pipeline import calibrate_bundle

    weight = {} if args.coded_weight is None else {"coded_weight": args.coded_weight}
    path = calibrate_bundle(args.bundle, args.data, coded=args.coded or (), **weight)
    print(f"wrote {path}")
    return 0


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1366x768, not {text!r}") from None
    if width < 400 or height < 300:
        raise argparse.ArgumentTypeError(f"{text} is smaller than any screen the app is made for (400x300)")
    return width, height


def _gui(args: argparse.Namespace) -> int:
    from coder_assist.ui.app import run

    return run(args.paths, model=args.model, screenshot=args.screenshot, case_id=args.case, size=args.size)


# --- parser ------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coder-assist",
        description="Offline assistant for coding Danish discharge cases with SKS diagnosis codes.",
    )
    parser.add_argument("--version", action="version", version=f"coder-assist {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log timings and ids to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(group: argparse._SubParsersAction, name: str, run: Callable[[argparse.Namespace], int], text: str):
        p = group.add_parser(name, help=text, description=text)
        p.set_defaults(run=run)
        return p

    cat = commands.add_parser("catalogue", help="search and manage the SKS diagnosis catalogue")
    cat_commands = cat.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    p = command(
        cat_commands,
        "search",
        _catalogue_search,
        "search codes by code, Danish text, lay term or abbreviation",
    )
    p.add_argument("query", help='e.g. "DI10", "i10.9", "forhøjet blodtryk", "KOL", "lungebetaendelse"')
    p.add_argument("--limit", type=_positive_int, default=10, help="how many codes to show (default 10)")
    p.add_argument(
        "--date", type=_iso_date, default=None, help="the contact date codes must be valid on (default today)"
    )
    p.add_argument("--json", action="store_true", help="print a JSON array of {code, text, score, ...}")
    p = command(cat_commands, "show", _catalogue_show, "show one code with its chapter, block, parents and children")
    p.add_argument("code", help='e.g. "DI109" or "I10.9"')
    command(
        cat_commands,
        "info",
        _catalogue_info,
        "show which catalogue version is in use and where it comes from",
    )
    p = command(
        cat_commands,
        "import",
        _catalogue_import,
        "import the official SKScomplete.txt as your catalogue; a file whose last line is cut off, or with under "
        "90 percent of the codes of the catalogue in use, is refused and the catalogue in use kept",
    )
    p.add_argument("file", type=Path, help="SKScomplete.txt from Sundhedsdatastyrelsen (Latin-1, fixed width)")
    p.add_argument("--force", action="store_true", help="import even with under 90%% of the codes in use")
    command(
        cat_commands,
        "restore",
        _catalogue_restore,
        "go back to the catalogue imported before the last import (run again to undo)",
    )
    command(
        cat_commands,
        "reset",
        _catalogue_reset,
        "delete the imported catalogue and the one kept for restore; the shipped snapshot is used again",
    )

    case = commands.add_parser("case", help="check case files")
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = command(case_commands, "validate", _case_validate, "check case files (JSON or JSON Lines) against the format")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument(
        "--unknown-codes", choices=("error", "warning"), default="error",
        help="whether a code missing from the catalogue, or retired, is an error (default) or a warning",
    )  # fmt: skip

    p = command(commands, "synth", _synth, "write synthetic Danish discharge cases, or describe a folder of them")
    p.add_argument("--n", type=_positive_int, default=10_000, help="number of cases (default 10000)")
    p.add_argument("--seed", type=int, default=0, help="random seed; the same seed gives the same cases")
    p.add_argument("--out", type=Path, help="folder for train.jsonl, val.jsonl and test.jsonl")
    p.add_argument("--stats", type=Path, metavar="DIR", help="describe the cases in DIR instead of writing")
    p.add_argument("--json", action="store_true", help="with --stats: print JSON")

    p = command(
        commands, "prepare", _prepare,
        "the paper's pre-processing of a hospital's export: remove cases step by step (each a setting), split the "
        "rest by patient, and write train/val/test.jsonl with a removal report and flow figure",
    )  # fmt: skip
    p.add_argument("export", type=Path, nargs="+", metavar="EXPORT", help="case files (JSON Lines or JSON) or folders")
    p.add_argument("--out", type=Path, required=True, help="folder for the splits and the reports")
    p.add_argument(
        "--preset", choices=("default", "paper"), default="default",
        help="paper: the paper's steps; default: the same, keeping cases with rare categories",
    )  # fmt: skip
    p.add_argument("--config", type=Path, help="settings in TOML over the preset (PrepareConfig's fields)")
    p.add_argument("--seed", type=int, help="seed of the split by patient (overrides the config; default 0)")

    p = command(commands, "train", _train, "train a PLM-CA model (needs the train extra)")
    p.add_argument("--config", type=Path, help="settings in TOML; unknown keys are refused")
    p.add_argument("--print-defaults", action="store_true", help="print every setting with its default and exit")
    p.add_argument("--data", help="the data set (overrides data in the config)")
    p.add_argument("--run-dir", help="output folder (overrides run_dir in the config)")
    p.add_argument("--resume", type=Path, help="continue from a RUN_DIR/last checkpoint")

    p = command(
        commands, "scaling", _scaling,
        "a learning curve: train and measure PLM-CA (and the TF-IDF baseline) on nested subsets of the training "
        "split, each on the same full test split; resumable (needs the train extra)",
    )  # fmt: skip
    p.add_argument("--config", type=Path, required=True, help="training settings in TOML, as for train")
    p.add_argument("--sizes", required=True, help="training cases per run, comma-separated, e.g. 1000,2000,4000,8000")
    p.add_argument("--out", type=Path, help="folder for size-<n>/ runs and scaling.json/.csv/.png "
                                            "(default: the config's run_dir + '-scaling')")  # fmt: skip
    p.add_argument("--baseline", action=argparse.BooleanOptionalAction, default=True,
                   help="also fit and measure the TF-IDF baseline on each subset (default: on)")  # fmt: skip

    p = command(commands, "pretrain", _pretrain, "masked-language-model pretraining of the small BERT on case texts")
    p.add_argument("--config", type=Path, help="settings in TOML (--print-defaults shows them)")
    p.add_argument("--print-defaults", action="store_true", help="print every setting with its default and exit")
    p.add_argument("--data", help="cases to read text from (their training split)")
    p.add_argument("--out", type=Path, help="encoder folder to write (overrides out_dir in the config)")
    p.add_argument("--data-format", default="jsonl", choices=("jsonl", "codiesp", "mimic"))
    p.add_argument(
        "--all-splits",
        action="store_true",
        help="also read the validation and test splits (only when no model will be measured on them)",
    )

    p = command(commands, "export", _export, "export a checkpoint to a model bundle for the app (ONNX, int8)")
    p.add_argument("checkpoint", type=Path, help="a checkpoint folder (RUN_DIR/best)")
    p.add_argument("--out", type=Path, required=True, help="bundle folder to write (replaced if present)")
    p.add_argument("--quantize", choices=("int8", "none"), default="int8")
    p.add_argument("--data", help="data set whose validation split calibrates the per-code thresholds")
    p.add_argument("--data-format", default="jsonl", choices=("jsonl", "codiesp", "mimic"))
    p.add_argument("--metrics", type=Path, help="a metrics.json from coder-assist evaluate, kept in the manifest")
    p.add_argument("--training-data", help="one line describing the training data, kept in the manifest")
    p.add_argument("--name", help="bundle name shown in the app")

    p = command(
        commands, "calibrate", _calibrate,
        "fit a bundle's combiner of model scores and the note's named diagnoses on validation cases; it ranks the "
        "suggestions and sets their tiers in the app",
    )  # fmt: skip
    p.add_argument("bundle", type=Path, help="a model bundle folder (combiner.json is written into it)")
    p.add_argument("--data", required=True, help="cases in our format with a validation split (synth's output)")
    p.add_argument(
        "--coded",
        type=Path,
        action="append",
        metavar="FILE",
        help="cases people wrote and coded (our format); they join the fit of the weights (repeatable)",
    )
    p.add_argument(
        "--coded-weight",
        type=int,
        help="how many times each --coded case counts beside a validation case (default 6)",
    )

    p = command(commands, "evaluate", _evaluate, "measure a bundle or checkpoint with the paper's metrics")
    p.add_argument("model", type=Path, help="a model bundle or a checkpoint folder")
    p.add_argument("--data", required=True, help="the data set (its val split tunes thresholds, test is scored)")
    p.add_argument("--data-format", default="jsonl", choices=("jsonl", "codiesp", "mimic"))
    p.add_argument("--target", default="codes", choices=("codes", "truth", "both"),
                   help="synthetic cases: score against the human codes, the truth, or both")  # fmt: skip
    p.add_argument("--baseline", action="store_true", help="also fit and score the TF-IDF baseline")
    p.add_argument(
        "--test-only", action="store_true",
        help="a bundle only: every case of --data (a file or folder) is a test case, at the bundle's own thresholds",
    )  # fmt: skip
    p.add_argument(
        "--evidence", action="store_true",
        help="a bundle only: also check its evidence against the gold spans of cases that have them (slow)",
    )  # fmt: skip
    p.add_argument("--evidence-cases", type=_positive_int, default=200, help="test cases the evidence check reads")
    p.add_argument(
        "--described-codes", action="store_true",
        help="a checkpoint only: also score the codes under its codes' categories that training never saw, and "
             "every code by the words of its name in the note, in one regression fitted on validation (system "
             "plm-ca-described)",
    )  # fmt: skip
    p.add_argument("--out", type=Path, default=Path("evaluation"), help="folder for metrics.json and tables")

    p = command(
        commands, "report", _report,
        "write one HTML report of the paper's figures (and the same numbers as JSON and CSV) for a bundle or "
        "checkpoint on a data set in our case format",
    )  # fmt: skip
    p.add_argument("model", type=Path, help="a model bundle or a checkpoint folder")
    p.add_argument("--data", type=Path, required=True, help="cases with splits (val tunes thresholds, test is scored)")
    p.add_argument("--out", type=Path, required=True, help="folder for report.html, figures.json and the CSVs")
    p.add_argument("--baseline", action="store_true", help="also fit and score the TF-IDF baseline (Table 1)")
    p.add_argument("--min-cases", type=_positive_int, help="test cases a department needs to be listed (default 20)")
    p.add_argument("--groups", help="code groups of the under-coding check, comma-separated, a range as DX60-DX84 "
                                    "(default DI10,DE66,DX60-DX84)")  # fmt: skip
    p.add_argument(
        "--evidence-cases", type=int, metavar="N",
        help="a bundle's evidence is checked on N test cases with gold spans (default 200; 0: never)",
    )  # fmt: skip

    p = command(commands, "gui", _gui, "open the app on case files or folders (default: the sample worklist)")
    p.add_argument("paths", type=Path, nargs="*", metavar="FILE_OR_DIR", help="JSON, JSON Lines or folders of them")
    p.add_argument("--model", type=Path, help="model bundle folder for this session (default: from the settings)")
    p.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit")
    p.add_argument("--case", help="with --screenshot: the case id to show (default: the first)")
    p.add_argument(
        "--size", type=_window_size, metavar="WxH", help="window size in pixels, e.g. 1366x768 (a laptop screen)"
    )

    p = command(
        commands, "suggest", _suggest,
        "suggest codes for the cases in files or folders, with evidence; a case that cannot be read is "
        "reported and skipped, and the exit status is then 1",
    )  # fmt: skip
    p.add_argument(
        "cases", type=Path, nargs="+", metavar="FILE_OR_DIR",
        help="cases as JSON or JSON Lines (every case in them), or folders of such files",
    )  # fmt: skip
    p.add_argument("--model", type=Path, help="model bundle folder (default: the shipped one)")
    p.add_argument("--top", type=_positive_int, default=10, help="how many codes (default 10)")
    p.add_argument(
        "--json", action="store_true", help="print JSON: {case_id, suggestions: [...]}, a list of them for more cases"
    )
    p.add_argument("--explain", action="store_true", help="add the evidence spans of each suggestion")
    p.add_argument("--provider", default="auto", help="execution provider: auto, cpu, cuda, directml, coreml")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has printed its message
        return int(exc.code or 0)
    logs.setup(verbose=args.verbose)
    if not hasattr(args, "run"):
        # No command: what a coder wants, the app on the sample worklist.
        args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), "gui"])
    try:
        return args.run(args)
    except UserError as exc:
        print(f"coder-assist: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): not our error. Point stdout at devnull so that the
        # interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
