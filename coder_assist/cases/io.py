"""Reading and writing case files: ``.json`` (one case or a list of cases) and ``.jsonl`` (one per line).

Reading never gives up on a whole file for one bad case: every case that can be read is returned, and
every problem becomes a CaseError naming the file, line and (where there is one) field, in the order
met. Only a file that cannot be opened or decoded at all yields no cases.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coder_assist.cases.convert import case_from_dict, case_to_dict
from coder_assist.cases.model import Case
from coder_assist.errors import CaseError

SUFFIXES = (".json", ".jsonl")
_BOM = b"\xef\xbb\xbf"  # Windows editors like to start UTF-8 files with it; harmless, so skipped
_WHITESPACE = re.compile(r"[ \t\n\r]*")  # exactly what JSON allows between values


@dataclass
class ReadResult:
    """The good cases of one or more files and the problems met on the way."""

    cases: list[Case] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # sources[i]: "FILE, line N" where cases[i] begins
    errors: list[CaseError] = field(default_factory=list)
    rejected: int = 0  # case records among the errors; the rest are errors of a whole file
    files: int = 0  # case files looked at

    def extend(self, other: ReadResult) -> None:
        self.cases += other.cases
        self.sources += other.sources
        self.errors += other.errors
        self.rejected += other.rejected
        self.files += other.files

    def check(self) -> list[Case]:
        """The cases, or the first error (with a count of the others) for callers that need all."""
        if self.errors:
            first = self.errors[0]
            others = len(self.errors) - 1
            more = f" (and {others} more problem{'s' if others > 1 else ''})" if others else ""
            raise CaseError(first.message + more, where=first.where)
        return self.cases


def _json_problem(exc: json.JSONDecodeError) -> str:
    if exc.pos >= len(exc.doc.rstrip()):
        return "invalid JSON: the text ends in the middle of a case (truncated file?)"
    return f"invalid JSON: {exc.msg}"


def _not_utf8(where: str, byte: int) -> CaseError:
    return CaseError(f"not UTF-8 text (byte {byte} of the file); save the file as UTF-8", where=where)


# (line number, parsed value, None) or (line number, None, the error met reading that record)
_Record = tuple[int, Any, CaseError | None]


def _jsonl_records(data: bytes, name: str) -> tuple[list[_Record], CaseError | None]:
    """One record for each non-blank line; a JSON Lines file has no error outside its records."""
    records: list[_Record] = []
    line_start = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        offset = line_start
        line_start += len(raw) + 1
        if number == 1 and raw.startswith(_BOM):
            raw, offset = raw[len(_BOM) :], offset + len(_BOM)
        # Decoding line by line keeps one mangled line from taking the rest of the file with it.
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            records.append((number, None, _not_utf8(f"{name}, line {number}", offset + exc.start)))
            continue
        if not text.strip():
            continue
        try:
            records.append((number, json.loads(text), None))
        except json.JSONDecodeError as exc:
            where = f"{name}, line {number}, column {exc.colno}"
            records.append((number, None, CaseError(_json_problem(exc), where=where)))
    return records, None


def _json_records(data: bytes, name: str) -> tuple[list[_Record], CaseError | None]:
    """A record for the one case or each case of the list in a ``.json`` file, and the file's error.

    The list is parsed one element at a time so that each case knows its line, and so that the cases
    before a syntax error are kept.
    """
    skipped = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skipped:].decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, skipped + exc.start) + 1
        return [], _not_utf8(f"{name}, line {line}", skipped + exc.start)
    decoder = json.JSONDecoder()
    records: list[_Record] = []
    line, counted = 1, 0  # line numbers counted forward only, so long files stay linear

    def line_at(pos: int) -> int:
        nonlocal line, counted
        line += text.count("\n", counted, pos)
        counted = pos
        return line

    def skip(pos: int) -> int:
        match = _WHITESPACE.match(text, pos)
        return match.end() if match else pos

    pos = skip(0)
    if pos == len(text):
        return [], CaseError("the file is empty; expected a case or a list of cases", where=name)
    try:
        if text[pos] != "[":
            start = pos
            value, pos = decoder.raw_decode(text, start)
            records.append((line_at(start), value, None))
        else:
            pos = skip(pos + 1)
            closed = text.startswith("]", pos)
            if closed:
                pos += 1
            while not closed:
                start = pos
                value, pos = decoder.raw_decode(text, start)
                records.append((line_at(start), value, None))
                pos = skip(pos)
                if text.startswith(",", pos):
                    pos = skip(pos + 1)
                elif text.startswith("]", pos):
                    pos, closed = pos + 1, True
                else:
                    raise json.JSONDecodeError("Expecting ',' or ']' after a case", text, pos)
        pos = skip(pos)
        if pos < len(text):
            raise json.JSONDecodeError("Extra data after the end of the cases", text, pos)
    except json.JSONDecodeError as exc:
        return records, CaseError(_json_problem(exc), where=f"{name}, line {exc.lineno}, column {exc.colno}")
    return records, None


def read_cases(path: Path | str) -> ReadResult:
    """Read one ``.json`` or ``.jsonl`` case file; never raises for a problem with the file."""
    path = Path(path)
    name = str(path)
    result = ReadResult(files=1)
    suffix = path.suffix.lower()
    problem, data = None, b""
    if not path.exists():
        problem = "file not found"
    elif path.is_dir():
        problem = "this is a folder, not a case file"
    elif suffix not in SUFFIXES:
        problem = "not a case file: expected a .json or .jsonl file"
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            problem = f"cannot read the file: {exc.strerror or exc}"
    if problem is not None:
        result.errors.append(CaseError(problem, where=name))
        return result
    records, file_error = (_jsonl_records if suffix == ".jsonl" else _json_records)(data, name)
    first_line: dict[str, int] = {}
    for line, value, error in records:
        where = f"{name}, line {line}"
        try:
            if error is not None:
                raise error
            case = case_from_dict(value, where)
        except CaseError as exc:
            result.errors.append(exc)
            result.rejected += 1
            continue
        if case.case_id in first_line:
            message = f"duplicate case_id {json.dumps(case.case_id, ensure_ascii=False)}: "
            message += f"already used on line {first_line[case.case_id]}; give each case its own id"
            result.errors.append(CaseError(message, where=f"{where}, field case_id"))
            result.rejected += 1
            continue
        first_line[case.case_id] = line
        result.cases.append(case)
        result.sources.append(where)
    if file_error is not None:
        result.errors.append(file_error)
    return result


def case_files(folder: Path) -> list[Path]:
    """The ``.json`` and ``.jsonl`` files directly in ``folder``, sorted by name."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


def read_cases_dir(folder: Path | str) -> ReadResult:
    """Read every case file directly in ``folder``, in name order."""
    folder = Path(folder)
    result = ReadResult()
    if not folder.is_dir():
        result.errors.append(CaseError("folder not found", where=str(folder)))
        return result
    files = case_files(folder)
    if not files:
        result.errors.append(CaseError("no .json or .jsonl case files in this folder", where=str(folder)))
    for path in files:
        result.extend(read_cases(path))
    return result


def write_cases(path: Path | str, cases: Iterable[Case]) -> None:
    """Write cases as ``.jsonl`` (one per line) or ``.json`` (a list), chosen by the suffix.

    UTF-8 with Danish letters as they are. The file is written to a temporary file beside it and then
    moved into place, so a crash or full disk never leaves a half-written case file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise CaseError("cannot write cases: the file name must end in .json or .jsonl", where=str(path))
    objects = [case_to_dict(case) for case in cases]
    if suffix == ".jsonl":
        content = "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects)
    else:
        content = json.dumps(objects, ensure_ascii=False, indent=2) + "\n"
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w",
            encoding="utf-8",
            newline="\n",
            dir=path.parent,
            prefix=f".{path.name}.",
            suffix=".tmp",
            delete=False,
        ) as f:
            tmp_name = f.name
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        # A new file keeps the temporary file's owner-only permissions (cases are patient data); a
        # replaced file keeps the permissions it had.
        if path.exists():
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise CaseError(f"cannot write cases: {exc.strerror or exc}", where=str(path)) from None
