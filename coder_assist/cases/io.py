"""Reading and writing case files: ``.json`` (one case or a list of cases) and ``.jsonl`` (one per line).

Reading never gives up on a whole file for one bad case: every case that can be read is returned, and
every problem becomes a CaseError naming the file, line and (where there is one) field, in the order
met. Only a file that cannot be opened or decoded at all yields no cases.

Absurd input is refused, naming its file and line, before it can cost much memory or time: a ``.json``
file or a ``.jsonl`` line over MAX_CASE_BYTES, a case of over MAX_VALUES values, JSON nested deeper than
MAX_NESTING, a number too long to convert, and text that cannot be stored (unpaired UTF-16 surrogates).
A ``.jsonl`` file is read one line at a time, so its size alone costs nothing, and the problems of a file
beyond MAX_LISTED_ERRORS are counted rather than kept: memory follows the good cases only.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from coder_assist.cases.convert import case_from_dict, case_to_dict
from coder_assist.cases.model import Case
from coder_assist.errors import CaseError

SUFFIXES = (".json", ".jsonl")
# One case: a whole .json file or one .jsonl line. Six times a 5 MB note, or 10,000 notes of 3 KB; a case
# this size takes about 100 MB to read, and nothing larger is read at all.
MAX_CASE_BYTES = 32 * 2**20
# A case has five levels (case, truth, evidence, one evidence, its extra fields); far deeper JSON is not a
# case, and would exhaust Python's recursion limit somewhere between reading and storing it.
MAX_NESTING = 64
# Values in one case, counted before parsing as its ',', '[' and '{' characters (text included, so an
# upper bound): a parsed value costs 30-60 bytes, up to twenty times its text, so 32 MB of "[]," would
# take 800 MB. A case of 10,000 notes has a few hundred thousand, mostly the commas of its text.
MAX_VALUES = 2_000_000
# Problems kept per file: a large file of garbage would otherwise fill the memory with error messages.
MAX_LISTED_ERRORS = 1000
_BOM = b"\xef\xbb\xbf"  # Windows editors like to start UTF-8 files with it; harmless, so skipped
_WHITESPACE = re.compile(r"[ \t\n\r]*")  # exactly what JSON allows between values
_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON allows "\ud800" escapes, UTF-8 cannot store them
# Only an escape can put one in a parsed string (UTF-8 cannot hold one), so text without anything like it
# needs no search of its strings: a quarter of the time it takes to read a large case.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SKIP_CHUNK = 2**20  # the bytes read at a time while skipping an over-long line


@dataclass
class ReadResult:
    """The good cases of one or more files and the problems met on the way."""

    cases: list[Case] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # sources[i]: "FILE, line N" where cases[i] begins
    errors: list[CaseError] = field(default_factory=list)  # at most MAX_LISTED_ERRORS (+1) per file
    rejected: int = 0  # case records refused, listed among the errors or not; the rest are errors of a whole file
    unlisted: int = 0  # refused case records left out of errors (a file's problems beyond MAX_LISTED_ERRORS)
    files: int = 0  # case files looked at

    def extend(self, other: ReadResult) -> None:
        self.cases += other.cases
        self.sources += other.sources
        self.errors += other.errors
        self.rejected += other.rejected
        self.unlisted += other.unlisted
        self.files += other.files

    def check(self) -> list[Case]:
        """The cases, or the first error (with a count of the others) for callers that need all."""
        if self.errors:
            first = self.errors[0]
            others = len(self.errors) - 1 + self.unlisted
            more = f" (and {others} more problem{'s' if others > 1 else ''})" if others else ""
            raise CaseError(first.message + more, where=first.where)
        return self.cases


def unlisted_message(count: int) -> str:
    """The line that stands for ``count`` problems left out of ReadResult.errors."""
    problems = "problems" if count > 1 else "problem"
    return f"{count} more {problems} not listed (only the first {MAX_LISTED_ERRORS} of each file are)"


def _json_problem(exc: json.JSONDecodeError) -> str:
    if exc.pos >= len(exc.doc.rstrip()):
        return "invalid JSON: the text ends in the middle of a case (truncated file?)"
    return f"invalid JSON: {exc.msg}"


_TOO_DEEP = f"lists or objects nested more than {MAX_NESTING} levels deep; a case has only a few levels"
_TOO_MANY = f"over {MAX_VALUES:,} values (counted as ',', '[' and '{{' characters); a case has far fewer"
_SURROGATE_TEXT = "text with an unpaired surrogate escape (\\ud800 to \\udfff), which is not a character"


def _unreadable(exc: RecursionError | ValueError) -> str:
    """The problem for what the JSON parser raises besides a syntax error."""
    if isinstance(exc, RecursionError):
        return _TOO_DEEP
    return f"a number with more than {sys.get_int_max_str_digits()} digits; a case has no such number"


def _values(text: str) -> int:
    """An upper bound on the values parsing ``text`` makes (but one), counted without parsing."""
    return text.count(",") + text.count("[") + text.count("{")


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def _not_utf8(where: str, byte: int) -> CaseError:
    return CaseError(f"not UTF-8 text (byte {byte} of the file); save the file as UTF-8", where=where)


def _value_problem(value: Any, *, strings: bool) -> tuple[str, str] | None:
    """(field path, problem) for a parsed case that is valid JSON yet cannot be read as one, else None.

    ``strings``: look for unpaired surrogates in its text too (only needed where its JSON had escapes).

    Walked with a stack of iterators rather than by recursion, as the value may be as deep as the parser
    allowed; the stack never holds more than MAX_NESTING iterators, whatever the size of the value.
    """
    path: list[str | int] = []  # the keys leading to the innermost iterator on the stack
    stack = [_children(value)]
    while stack:
        for key, child in stack[-1]:
            if isinstance(child, str):
                if strings and _SURROGATE.search(child):
                    return _field_path([*path, key]), _SURROGATE_TEXT
            elif isinstance(child, (dict, list)):
                if len(stack) >= MAX_NESTING:
                    return _field_path([*path, key][:1]), _TOO_DEEP
                if strings and isinstance(child, dict) and any(_SURROGATE.search(name) for name in child):
                    return _field_path([*path, key]), _SURROGATE_TEXT
                path.append(key)
                stack.append(_children(child))
                break
        else:
            stack.pop()
            if path:
                path.pop()
    return None


def _children(value: Any) -> Iterator[tuple[str | int, Any]]:
    if isinstance(value, dict):
        return iter(value.items())
    return enumerate(value) if isinstance(value, list) else iter(())


def _field_path(keys: list[str | int]) -> str:
    """``["notes", 0, "text"]`` as ``notes[0].text``, the form case_from_dict uses."""
    return "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in keys).lstrip(".")


# (line number, parsed value, None) or (line number, None, the error met reading that record)
_Record = tuple[int, Any, CaseError | None]


def _checked(line: int, value: Any, where: str, escapes: bool) -> _Record:
    """The record for a parsed value, or its error if the value cannot be a case (``escapes``: whether
    its JSON had anything like a surrogate escape)."""
    problem = _value_problem(value, strings=escapes)
    if problem is None:
        return line, value, None
    path, message = problem
    return line, None, CaseError(message, where=f"{where}, field {path}" if path else where)


def _skip_rest_of_line(f: BinaryIO) -> int:
    """Read past the end of the current line a chunk at a time; the bytes skipped."""
    skipped = 0
    while chunk := f.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _jsonl_records(f: BinaryIO, name: str) -> Iterator[_Record]:
    """One record for each non-blank line, read one line at a time; a JSON Lines file has no error outside
    its records."""
    line_start = 0
    number = 0
    while raw := f.readline(MAX_CASE_BYTES + 1):
        number += 1
        offset = line_start
        line_start += len(raw)
        where = f"{name}, line {number}"
        if len(raw) > MAX_CASE_BYTES and not raw.endswith(b"\n"):
            size = len(raw) + _skip_rest_of_line(f)
            line_start = offset + size
            message = f"the case on this line is {_megabytes(size)}, over the {_megabytes(MAX_CASE_BYTES)} a case "
            message += "may hold; the line is skipped"
            yield number, None, CaseError(message, where=where)
            continue
        # The line without its end, as a view rather than a copy: a line may hold a 32 MB case.
        body = memoryview(raw)[: -1 if raw.endswith(b"\n") else None]
        if number == 1 and raw.startswith(_BOM):
            body, offset = body[len(_BOM) :], offset + len(_BOM)
        # Decoding line by line keeps one mangled line from taking the rest of the file with it.
        try:
            text = str(body, "utf-8")
        except UnicodeDecodeError as exc:
            yield number, None, _not_utf8(where, offset + exc.start)
            continue
        if not text or text.isspace():
            continue
        if _values(text) > MAX_VALUES:
            yield number, None, CaseError(_TOO_MANY, where=where)
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield number, None, CaseError(_json_problem(exc), where=f"{where}, column {exc.colno}")
            continue
        except (RecursionError, ValueError) as exc:
            yield number, None, CaseError(_unreadable(exc), where=where)
            continue
        yield _checked(number, value, where, _SURROGATE_ESCAPE.search(text) is not None)


def _json_records(f: BinaryIO, name: str) -> tuple[list[_Record], CaseError | None]:
    """A record for the one case or each case of the list in a ``.json`` file, and the file's error.

    The list is parsed one element at a time so that each case knows its line, and so that the cases
    before a syntax error are kept. The size is checked before reading, and the read is capped too, for
    a file that grows meanwhile or is not a regular file.
    """
    size = os.fstat(f.fileno()).st_size
    data = f.read(MAX_CASE_BYTES + 1) if size <= MAX_CASE_BYTES else b""
    if size > MAX_CASE_BYTES or len(data) > MAX_CASE_BYTES:
        message = f"the file is {_megabytes(max(size, len(data)))}, over the {_megabytes(MAX_CASE_BYTES)} a .json "
        message += "file may hold; save many cases as JSON Lines (.jsonl) instead, where the limit is per case"
        return [], CaseError(message, where=name)
    skipped = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = str(memoryview(data)[skipped:], "utf-8")  # a view, not a copy: the file may be large
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, skipped + exc.start) + 1
        return [], _not_utf8(f"{name}, line {line}", skipped + exc.start)
    del data  # the text holds it all now; memory for one copy is enough
    if _values(text) > MAX_VALUES:
        return [], CaseError(_TOO_MANY, where=name)
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

    escapes = _SURROGATE_ESCAPE.search(text) is not None

    def add(start: int, value: Any) -> None:
        at = line_at(start)
        records.append(_checked(at, value, f"{name}, line {at}", escapes))

    pos = start = skip(0)
    if pos == len(text):
        return [], CaseError("the file is empty; expected a case or a list of cases", where=name)
    try:
        if text[pos] != "[":
            value, pos = decoder.raw_decode(text, start)
            add(start, value)
        else:
            pos = skip(pos + 1)
            closed = text.startswith("]", pos)
            if closed:
                pos += 1
            while not closed:
                start = pos
                value, pos = decoder.raw_decode(text, start)
                add(start, value)
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
    except (RecursionError, ValueError) as exc:
        # Where such a value ends is unknown, so the cases after it cannot be found.
        return records, CaseError(_unreadable(exc), where=f"{name}, line {line_at(start)}")
    return records, None


def _add_cases(result: ReadResult, records: Iterable[_Record], name: str) -> None:
    """Turn records into cases, or into problems (the first MAX_LISTED_ERRORS of them listed)."""
    first_line: dict[str, int] = {}

    def reject(error: CaseError) -> None:
        result.rejected += 1
        if len(result.errors) < MAX_LISTED_ERRORS:
            result.errors.append(error)
        else:
            result.unlisted += 1

    for line, value, error in records:
        where = f"{name}, line {line}"
        if error is not None:
            reject(error)
            continue
        try:
            case = case_from_dict(value, where)
        except CaseError as exc:
            reject(exc)
            continue
        if case.case_id in first_line:
            message = f"duplicate case_id {json.dumps(case.case_id, ensure_ascii=False)}: "
            message += f"already used on line {first_line[case.case_id]}; give each case its own id"
            reject(CaseError(message, where=f"{where}, field case_id"))
            continue
        first_line[case.case_id] = line
        result.cases.append(case)
        result.sources.append(where)


def read_cases(path: Path | str) -> ReadResult:
    """Read one ``.json`` or ``.jsonl`` case file; never raises for a problem with the file."""
    path = Path(path)
    name = str(path)
    result = ReadResult(files=1)
    suffix = path.suffix.lower()
    problem = None
    if not path.exists():
        problem = "file not found"
    elif path.is_dir():
        problem = "this is a folder, not a case file"
    elif suffix not in SUFFIXES:
        problem = "not a case file: expected a .json or .jsonl file"
    if problem is not None:
        result.errors.append(CaseError(problem, where=name))
        return result
    file_error = None
    try:
        with path.open("rb") as f:
            if suffix == ".jsonl":
                _add_cases(result, _jsonl_records(f, name), name)
            else:
                records, file_error = _json_records(f, name)
                _add_cases(result, records, name)
    except OSError as exc:
        file_error = CaseError(f"cannot read the file: {exc.strerror or exc}", where=name)
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


def read_path(path: Path | str) -> ReadResult:
    """Read a case file, or every case file directly in a folder; never raises for a problem with them."""
    return read_cases_dir(path) if Path(path).is_dir() else read_cases(path)


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
