"""Writing finished cases out: a CSV with one row per accepted code, or the cases themselves as JSON Lines.

Both are written to a temporary file beside the target and moved into place, so an export that fails
half-way never leaves a truncated file where a good one was.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from coder_assist.cases import AssignedCode, Case, write_cases
from coder_assist.errors import UserError
from coder_assist.store.model import Decision, to_text

CSV, JSONL, JSON = ".csv", ".jsonl", ".json"
FORMATS = (CSV, JSONL, JSON)
CSV_COLUMNS = ("case_id", "code", "type", "source", "score", "model_version", "decided_at", "user")


def export_format(path: Path) -> str:
    """The format chosen by the file name's suffix, or a UserError naming the ones that work."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError("cannot export: the file name must end in .csv, .jsonl or .json", where=str(path))
    return suffix


def write_export(path: Path, finished: list[tuple[Case, list[Decision]]]) -> None:
    """Write ``finished`` (each case with its accepted codes, A first) in the format of ``path``'s suffix.

    CSV: UTF-8, comma-separated, a header row, one row per code; an empty ``score``/``model_version`` means
    none. JSON Lines (or JSON): each case as imported with its ``codes`` replaced by the accepted ones.
    """
    if export_format(path) == CSV:
        _write_csv(path, (d for _, decisions in finished for d in decisions))
    else:
        write_cases(path, (_with_codes(case, decisions) for case, decisions in finished))


def _with_codes(case: Case, decisions: list[Decision]) -> Case:
    codes = [AssignedCode(code=d.code, type=d.type) for d in decisions]
    return replace(case, codes=codes, keep_empty=case.keep_empty | {"codes"})


def _write_csv(path: Path, decisions: Iterable[Decision]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for d in decisions:
        score = "" if d.score is None else repr(d.score)
        model_version = d.model_version or ""
        writer.writerow((d.case_id, d.code, d.type, d.source, score, model_version, to_text(d.decided_at), d.user))
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as f:
            tmp_name = f.name
            f.write(buffer.getvalue())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise UserError(f"cannot write the export: {exc.strerror or exc}", where=str(path)) from None
