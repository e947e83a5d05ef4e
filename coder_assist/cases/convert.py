"""Converting between a parsed JSON object and a Case, with strict type checks.

Reading checks types and required fields only; whether values make sense (one A diagnosis, known codes,
age in range) is ``validate``'s job, so that a case with a questionable value can still be opened and
fixed.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from coder_assist.cases.model import (
    NOTE,
    SOURCES,
    Admission,
    AssignedCode,
    Case,
    Evidence,
    Lab,
    Medication,
    Note,
    Patient,
    Truth,
)
from coder_assist.errors import CaseError

T = TypeVar("T")

# date.fromisoformat accepts more than YYYY-MM-DD from Python 3.11 on ("20140302", week dates); those
# would be written back in another form, so only the form the case format uses is read.
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _FieldError(Exception):
    """A wrong or missing field, raised deep in the parse and turned into a CaseError at the top."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def show(value: Any) -> str:
    """A short, readable rendering of a JSON value for error messages."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _expected(path: str, what: str, value: Any) -> _FieldError:
    return _FieldError(path, f"expected {what}, got {show(value)}")


def _string(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise _expected(path, "text", value)
    return value


def _whole(value: Any, path: str) -> int:
    # bool is an int subclass in Python, but "true" is not an age.
    if isinstance(value, bool) or not isinstance(value, int):
        raise _expected(path, "a whole number", value)
    return value


def _number(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _expected(path, "a number", value)
    return value


def _lab_value(value: Any, path: str) -> float | str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _expected(path, "a number or text", value)
    return value


def _date(value: Any, path: str) -> date:
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _expected(path, "a date (YYYY-MM-DD)", value)


class _Object:
    """One JSON object being read: known fields are taken off; what is left is its ``extra``."""

    def __init__(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise _expected(path, "an object", value)
        self.rest = dict(value)
        self.path = path

    def field_path(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def required(self, key: str, check: Callable[[Any, str], T]) -> T:
        if key not in self.rest:
            raise _FieldError(self.field_path(key), "missing required field")
        return check(self.rest.pop(key), self.field_path(key))

    def optional(self, key: str, check: Callable[[Any, str], T]) -> T | None:
        value = self.rest.pop(key, None)
        return None if value is None else check(value, self.field_path(key))

    def items(self, key: str, check: Callable[[Any, str], T], *, required: bool = False) -> list[T] | None:
        """A list field: None when absent (and not required), else each item checked."""
        if key not in self.rest and required:
            raise _FieldError(self.field_path(key), "missing required field")
        if self.rest.get(key) is None and not required:
            self.rest.pop(key, None)
            return None
        value = self.rest.pop(key)
        path = self.field_path(key)
        if not isinstance(value, list):
            raise _expected(path, "a list", value)
        return [check(item, f"{path}[{i}]") for i, item in enumerate(value)]


def _patient(value: Any, path: str) -> Patient:
    obj = _Object(value, path)
    return Patient(age=obj.optional("age", _whole), sex=obj.optional("sex", _string), extra=obj.rest)


def _admission(value: Any, path: str) -> Admission:
    obj = _Object(value, path)
    start = obj.required("start", _date)
    return Admission(start=start, end=obj.optional("end", _date), extra=obj.rest)


def _note(value: Any, path: str) -> Note:
    obj = _Object(value, path)
    return Note(type=obj.required("type", _string), text=obj.required("text", _string), extra=obj.rest)


def _medication(value: Any, path: str) -> Medication:
    obj = _Object(value, path)
    atc = obj.optional("atc", _string)
    name = obj.required("name", _string)
    return Medication(atc=atc, name=name, dose=obj.optional("dose", _string), extra=obj.rest)


def _lab(value: Any, path: str) -> Lab:
    obj = _Object(value, path)
    npu = obj.optional("npu", _string)
    name = obj.required("name", _string)
    lab_value = obj.required("value", _lab_value)
    unit = obj.optional("unit", _string)
    low = obj.optional("low", _number)
    return Lab(npu, name, lab_value, unit, low, obj.optional("high", _number), extra=obj.rest)


def _assigned(value: Any, path: str) -> AssignedCode:
    obj = _Object(value, path)
    code = obj.required("code", _string)
    return AssignedCode(code=code, type=obj.required("type", _string), extra=obj.rest)


def _evidence(value: Any, path: str) -> Evidence:
    obj = _Object(value, path)
    code = obj.required("code", _string)
    source = obj.optional("source", _string) or NOTE
    if source not in SOURCES:
        choices = ", ".join(f'"{s}"' for s in SOURCES)
        raise _FieldError(obj.field_path("source"), f"expected one of {choices}, got {show(source)}")
    index = obj.required(NOTE if source == NOTE else "index", _whole)
    start = obj.required("start", _whole)
    return Evidence(code, index, start, obj.required("end", _whole), source=source, extra=obj.rest)


def _empty_lists(values: dict[str, list[Any] | None]) -> frozenset[str]:
    return frozenset(key for key, items in values.items() if items == [])


def _truth(value: Any, path: str) -> Truth:
    obj = _Object(value, path)
    codes = obj.items("codes", _assigned)
    evidence = obj.items("evidence", _evidence)
    return Truth(
        codes=codes or [],
        evidence=evidence or [],
        extra=obj.rest,
        keep_empty=_empty_lists({"codes": codes, "evidence": evidence}),
    )


def case_from_dict(obj: Any, where: str = "") -> Case:
    """Build a Case from one parsed JSON value, or raise CaseError naming ``where`` and the field.

    ``where`` says where the object came from ("cases.jsonl, line 12"); the error's ``where`` adds the
    field path ("cases.jsonl, line 12, field patient.age").
    """
    if not isinstance(obj, dict):
        raise CaseError(f"expected a case object {{...}}, got {show(obj)}", where=where)
    try:
        case = _Object(obj, "")
        case_id = case.required("case_id", _string)
        if not case_id.strip():
            raise _FieldError("case_id", "must not be empty")
        notes = case.items("notes", _note, required=True) or []
        department = case.optional("department", _string)
        specialty = case.optional("specialty", _string)
        patient = case.optional("patient", _patient)
        admission = case.optional("admission", _admission)
        medications = case.items("medications", _medication)
        labs = case.items("labs", _lab)
        codes = case.items("codes", _assigned)
        truth = case.optional("truth", _truth)
    except _FieldError as exc:
        field_where = f"field {exc.path}"
        raise CaseError(exc.message, where=f"{where}, {field_where}" if where else field_where) from None
    return Case(
        case_id=case_id,
        notes=notes,
        department=department,
        specialty=specialty,
        patient=patient,
        admission=admission,
        medications=medications or [],
        labs=labs or [],
        codes=codes or [],
        truth=truth,
        extra=case.rest,
        keep_empty=_empty_lists({"medications": medications, "labs": labs, "codes": codes}),
    )


def _with_extra(known: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Known fields first (absent ones left out), then the unknown ones; a known field always wins."""
    out = {key: value for key, value in known.items() if value is not None}
    for key, value in extra.items():
        out.setdefault(key, value)
    return out


def _list(items: list[Any], name: str, keep_empty: frozenset[str]) -> list[Any] | None:
    return items if items or name in keep_empty else None


def _evidence_to_dict(ev: Evidence) -> dict[str, Any]:
    if ev.source == NOTE:
        known = {"code": ev.code, "note": ev.index, "start": ev.start, "end": ev.end}
    else:
        known = {"code": ev.code, "source": ev.source, "index": ev.index, "start": ev.start, "end": ev.end}
    return _with_extra(known, ev.extra)


def _code_to_dict(c: AssignedCode) -> dict[str, Any]:
    return _with_extra({"code": c.code, "type": c.type}, c.extra)


def case_to_dict(case: Case) -> dict[str, Any]:
    """The JSON object for ``case``: what ``case_from_dict`` read, unknown fields included."""
    patient = admission = truth = None
    if case.patient is not None:
        p = case.patient
        patient = _with_extra({"age": p.age, "sex": p.sex}, p.extra)
    if case.admission is not None:
        a = case.admission
        end = a.end.isoformat() if a.end is not None else None
        admission = _with_extra({"start": a.start.isoformat(), "end": end}, a.extra)
    if case.truth is not None:
        t = case.truth
        codes = [_code_to_dict(c) for c in t.codes]
        evidence = [_evidence_to_dict(e) for e in t.evidence]
        known = {
            "codes": _list(codes, "codes", t.keep_empty),
            "evidence": _list(evidence, "evidence", t.keep_empty),
        }
        truth = _with_extra(known, t.extra)
    medications = [_with_extra({"atc": m.atc, "name": m.name, "dose": m.dose}, m.extra) for m in case.medications]
    labs = [
        _with_extra(
            {"npu": x.npu, "name": x.name, "value": x.value, "unit": x.unit, "low": x.low, "high": x.high},
            x.extra,
        )
        for x in case.labs
    ]
    known = {
        "case_id": case.case_id,
        "department": case.department,
        "specialty": case.specialty,
        "patient": patient,
        "admission": admission,
        "notes": [_with_extra({"type": n.type, "text": n.text}, n.extra) for n in case.notes],
        "medications": _list(medications, "medications", case.keep_empty),
        "labs": _list(labs, "labs", case.keep_empty),
        "codes": _list([_code_to_dict(c) for c in case.codes], "codes", case.keep_empty),
        "truth": truth,
    }
    return _with_extra(known, case.extra)
