"""The case format (docs/architecture.md: case format) as plain dataclasses.

A case is one hospital contact: who the patient is, when they were admitted, what was written (notes),
given (medications) and measured (labs), and which SKS codes a human assigned. JSON form::

    {"case_id": "K-000123", "department": "Kardiologisk afdeling", "specialty": "kardiologi",
     "patient": {"age": 67, "sex": "M"}, "admission": {"start": "2014-03-02", "end": "2014-03-07"},
     "notes": [{"type": "epikrise", "text": "..."}],
     "medications": [{"atc": "C09AA02", "name": "enalapril", "dose": "10 mg x 1"}],
     "labs": [{"npu": "NPU27300", "name": "Kreatinin;P", "value": 142, "unit": "µmol/L",
               "low": 60, "high": 105}],
     "codes": [{"code": "DI214", "type": "A"}, {"code": "DI109", "type": "B"}],
     "truth": {"codes": [...], "evidence": [...]}}

Required: ``case_id`` and ``notes``; inside an object, the fields without a default below. Everything
else is optional, and an optional field that was absent stays absent when the case is written back
(``null`` counts as absent). An empty list that was present is written back as ``[]``.

Unknown fields are never dropped: each object keeps them in its ``extra`` dict, in their original
order, and writes them after its known fields.

Evidence (only in ``truth``, which synthetic cases carry) points at a character span of a note, or of
a medication or lab row. Notes keep the original form, rows name their source::

    {"code": "DI109", "note": 0, "start": 120, "end": 139}
    {"code": "DI109", "source": "medication", "index": 2, "start": 0, "end": 7}
    {"code": "DE119", "source": "lab", "index": 0, "start": 0, "end": 11}

``start``/``end`` are Python string indices (Unicode code points, end exclusive) into the note's text
exactly as stored, or into the row's rendered line (``flatten.render_medication``/``render_lab``,
the same line the app shows), never into bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

# Evidence sources and the JSON key that holds a source's index (notes keep "note" for the files that
# already exist).
NOTE = "note"
MEDICATION = "medication"
LAB = "lab"
SOURCES = (NOTE, MEDICATION, LAB)


@dataclass
class Patient:
    age: int | None = None  # whole years; None: not recorded
    sex: str | None = None  # "M" or "F" (checked by validate, not by reading)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Admission:
    start: date
    end: date | None = None  # None: still admitted, or not recorded
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Note:
    type: str  # "epikrise", "journalnotat", ... — shown as the note's header in the model text
    text: str  # exactly as written; evidence offsets index into it
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Medication:
    atc: str | None  # ATC code, "C09AA02"; None when the source had none
    name: str
    dose: str | None = None  # free text, "10 mg x 1"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Lab:
    npu: str | None  # NPU code, "NPU27300"
    name: str  # "Kreatinin;P"
    # A whole number stays an int so that it is written back as it was read ("142", not "142.0");
    # text covers results such as "<0.5" or "negativ".
    value: float | str
    unit: str | None = None
    low: float | None = None  # reference interval; outside it the row is flagged (L)/(H)
    high: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class AssignedCode:
    code: str  # SKS form, "DI109"
    type: str  # "A" (aktionsdiagnose) or "B" (bidiagnose)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Evidence:
    """A span that supports a code: ``[start, end)`` of the source ``source`` number ``index``."""

    code: str
    index: int  # which note (written as "note" in JSON), medication or lab row
    start: int
    end: int
    source: str = NOTE  # one of SOURCES
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Truth:
    """What a synthetic case really has, before simulated human under-coding."""

    codes: list[AssignedCode] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    # List fields that were present but empty when read, so that writing gives back "[]" rather than
    # leaving the field out; not part of equality.
    keep_empty: frozenset[str] = field(default=frozenset(), repr=False, compare=False)


@dataclass
class Case:
    case_id: str
    notes: list[Note]
    department: str | None = None
    specialty: str | None = None
    patient: Patient | None = None
    admission: Admission | None = None
    medications: list[Medication] = field(default_factory=list)
    labs: list[Lab] = field(default_factory=list)
    codes: list[AssignedCode] = field(default_factory=list)  # human-assigned: the training target
    truth: Truth | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    keep_empty: frozenset[str] = field(default=frozenset(), repr=False, compare=False)  # as in Truth
