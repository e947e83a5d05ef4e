"""Checking that a readable case also makes sense: codes, dates, patient and evidence.

``read_cases`` has already checked types; here the values are checked against the rules of Danish
coding and the SKS catalogue. Each problem is an Issue whose ``where`` is the field path inside the
case ("codes[1].code"), so the same issue can be shown beside a field in the app or after a file and
line on the command line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from coder_assist.cases.flatten import render_lab, render_medication
from coder_assist.cases.io import ReadResult, read_path, unlisted_message
from coder_assist.cases.model import MEDICATION, NOTE, AssignedCode, Case, Evidence, Truth
from coder_assist.catalogue.model import Catalogue, normalise_code

ERROR = "error"
WARNING = "warning"
MAX_AGE = 125


@dataclass(frozen=True)
class Issue:
    level: str  # ERROR or WARNING
    where: str  # field path inside the case, "codes[1].code"; "" for the case as a whole
    message: str


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _check_codes(
    codes: list[AssignedCode], path: str, catalogue: Catalogue | None, when: date | None, unknown: str
) -> list[Issue]:
    """The rules for one list of codes: types, one A, no duplicates, known and valid codes."""
    issues = []
    first_a: int | None = None
    seen: dict[str, int] = {}
    for i, assigned in enumerate(codes):
        here = f"{path}[{i}]"
        if assigned.type not in ("A", "B"):
            message = f'type must be "A" (aktionsdiagnose) or "B" (bidiagnose), got {_quote(assigned.type)}'
            issues.append(Issue(ERROR, f"{here}.type", message))
        elif assigned.type == "A":
            if first_a is None:
                first_a = i
            else:
                first = codes[first_a].code
                message = (
                    f"second A diagnosis ({assigned.code}): {path}[{first_a}] ({first}) is already the A "
                    "diagnosis; a contact has exactly one aktionsdiagnose, make the other a B"
                )
                issues.append(Issue(ERROR, f"{here}.type", message))
        sks = normalise_code(assigned.code)
        if sks is None:
            issues.append(Issue(ERROR, f"{here}.code", f"{_quote(assigned.code)} is not an SKS diagnosis code"))
            continue
        if sks in seen:
            message = f"{sks} is assigned twice: also in {path}[{seen[sks]}]"
            issues.append(Issue(ERROR, f"{here}.code", message))
        seen.setdefault(sks, i)
        if sks != assigned.code:
            found = catalogue.get(sks) if catalogue is not None else None
            known = f" ({found.text})" if found is not None else ""
            message = f"{_quote(assigned.code)} is not in SKS form; did you mean {sks}{known}?"
            issues.append(Issue(ERROR, f"{here}.code", message))
            continue
        if catalogue is not None:
            issues += _check_in_catalogue(sks, f"{here}.code", catalogue, when, unknown)
    if codes and first_a is None:
        issues.append(Issue(WARNING, path, "no A diagnosis: a contact has exactly one aktionsdiagnose"))
    return issues


def _check_in_catalogue(code: str, where: str, catalogue: Catalogue, when: date | None, level: str) -> list[Issue]:
    found = catalogue.codes.get(code)
    if found is None:
        nearest = catalogue.parent(code)
        hint = f"; the nearest existing code is {nearest.code} ({nearest.text})" if nearest else ""
        return [Issue(level, where, f"{code} is not in the SKS catalogue ({catalogue.version}){hint}")]
    if when is None or found.valid_at(when):
        return []
    if found.valid_to is not None and when >= found.valid_to:
        last = found.valid_to - timedelta(days=1)  # valid_to is exclusive
        return [Issue(level, where, f"{code} is retired: valid until {last}, the admission began {when}")]
    return [Issue(level, where, f"{code} is not yet valid on {when} (the admission start): from {found.valid_from}")]


def _source_text(case: Case, evidence: Evidence) -> str | None:
    """The text an evidence span indexes into, or None if the case lacks that note or row."""
    if evidence.source == NOTE:
        rows = [n.text for n in case.notes]
    elif evidence.source == MEDICATION:
        rows = [render_medication(m) for m in case.medications]
    else:
        rows = [render_lab(lab) for lab in case.labs]
    return rows[evidence.index] if 0 <= evidence.index < len(rows) else None


def _check_truth(case: Case, truth: Truth, catalogue: Catalogue | None, when: date | None, unknown: str) -> list[Issue]:
    issues = _check_codes(truth.codes, "truth.codes", catalogue, when, unknown)
    true_codes = {normalise_code(c.code) or c.code for c in truth.codes}
    for i, ev in enumerate(truth.evidence):
        here = f"truth.evidence[{i}]"
        if (normalise_code(ev.code) or ev.code) not in true_codes:
            issues.append(Issue(ERROR, f"{here}.code", f"evidence for {ev.code}, which is not in truth.codes"))
        text = _source_text(case, ev)
        if text is None:
            key = "note" if ev.source == NOTE else "index"
            issues.append(Issue(ERROR, f"{here}.{key}", f"the case has no {ev.source} {ev.index}"))
            continue
        if not (0 <= ev.start < len(text) and ev.start < ev.end <= len(text)):
            bad = "start" if not 0 <= ev.start < len(text) else "end"
            message = f"span [{ev.start}, {ev.end}) is not a non-empty span of {ev.source} {ev.index} "
            message += f"(length {len(text)})"
            issues.append(Issue(ERROR, f"{here}.{bad}", message))
    return issues


def validate_case(case: Case, catalogue: Catalogue | None = None, *, unknown_codes: str = ERROR) -> list[Issue]:
    """All problems of one case, in field order.

    Without a catalogue the codes are checked for form only. ``unknown_codes`` is the level for codes
    the catalogue lacks or that are not valid at the admission start ("warning" when the catalogue is
    known to be older or newer than the cases).
    """
    if unknown_codes not in (ERROR, WARNING):
        raise ValueError(f'unknown_codes must be "error" or "warning", not {unknown_codes!r}')
    issues = []
    if case.patient is not None:
        age, sex = case.patient.age, case.patient.sex
        if age is not None and not 0 <= age <= MAX_AGE:
            issues.append(Issue(ERROR, "patient.age", f"age must be 0 to {MAX_AGE} years, got {age}"))
        if sex is not None and sex not in ("M", "F"):
            issues.append(Issue(ERROR, "patient.sex", f'sex must be "M" or "F", got {_quote(sex)}'))
    when = None
    if case.admission is not None:
        when = case.admission.start
        end = case.admission.end
        if end is not None and end < when:
            issues.append(Issue(ERROR, "admission.end", f"the admission ends ({end}) before it starts ({when})"))
    if not case.notes:
        issues.append(Issue(WARNING, "notes", "the case has no notes, so the model has nothing to read"))
    issues += _check_codes(case.codes, "codes", catalogue, when, unknown_codes)
    if case.truth is not None:
        issues += _check_truth(case, case.truth, catalogue, when, unknown_codes)
    return issues


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def validate_paths(paths: list[Path], catalogue: Catalogue | None, *, unknown_codes: str = ERROR, out: TextIO) -> int:
    """Read and check case files (a folder means its case files), print each problem and a summary.

    One line per problem, ``FILE, line N, field F: error: message``, read errors of a file first, then
    its cases' issues; then ``3 files, 120 cases: 118 valid, 2 with errors, 5 warnings``. Returns the
    exit status: 0 when there is no error (warnings allowed), else 1.
    """
    total = ReadResult()
    with_errors = warnings = 0
    for path in paths:
        result = read_path(path)
        total.extend(result)
        for error in result.errors:
            out.write(f"{error.where}: error: {error.message}\n")
        if result.unlisted:
            out.write(f"{path}: error: {unlisted_message(result.unlisted)}\n")
        for case, source in zip(result.cases, result.sources, strict=True):
            issues = validate_case(case, catalogue, unknown_codes=unknown_codes)
            for issue in issues:
                where = f"{source}, field {issue.where}" if issue.where else source
                out.write(f"{where}: {issue.level}: {issue.message}\n")
            with_errors += any(issue.level == ERROR for issue in issues)
            warnings += sum(issue.level == WARNING for issue in issues)
    cases = len(total.cases) + total.rejected
    bad = with_errors + total.rejected
    summary = f"{_plural(total.files, 'file')}, {_plural(cases, 'case')}: {cases - bad} valid, {bad} with errors, "
    summary += _plural(warnings, "warning")
    file_errors = len(total.errors) + total.unlisted - total.rejected
    if file_errors:
        summary += f", {_plural(file_errors, 'file error')}"
    out.write(summary + "\n")
    return 1 if bad or file_errors else 0
