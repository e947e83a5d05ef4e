"""The ``coder-assist`` command. Each sub-command imports what it needs when it runs, so that
``coder-assist --help`` and a catalogue search start fast and work without the training extra.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from coder_assist import __version__
from coder_assist.errors import UserError

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

    catalogue = default_catalogue()
    retired = sum(1 for c in catalogue if not c.valid_at(date.today()))
    print(f"{catalogue.version}: {len(catalogue)} codes ({retired} not valid today)")
    print(f"from {catalogue.source}")
    return 0


def _catalogue_import(args: argparse.Namespace) -> int:
    from coder_assist.catalogue import default_catalogue
    from coder_assist.catalogue.sks_import import import_sks_complete

    report = import_sks_complete(args.file, reference=default_catalogue())
    print(
        f"Imported {report.codes} diagnosis codes ({report.retired} retired, {report.new} new) as "
        f"{report.version}; skipped {report.skipped_lines} lines of other registers.\n"
        f"Written to {report.path}; coder-assist uses it from now on."
    )
    return 0


def _catalogue_reset(args: argparse.Namespace) -> int:
    from coder_assist.catalogue.io import TSV_NAME, user_catalogue_dir

    path = user_catalogue_dir() / TSV_NAME
    if not path.exists():
        print("No imported catalogue; the shipped snapshot is in use.")
        return 0
    path.unlink()
    print(f"Removed {path}; the shipped snapshot is in use again.")
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
    p = command(cat_commands, "import", _catalogue_import, "import the official SKScomplete.txt as your catalogue")
    p.add_argument("file", type=Path, help="SKScomplete.txt from Sundhedsdatastyrelsen (Latin-1, fixed width)")
    command(cat_commands, "reset", _catalogue_reset, "forget the imported catalogue and use the shipped snapshot")

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has printed its message
        return int(exc.code or 0)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if not hasattr(args, "run"):
        parser.print_help()
        return 0
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
