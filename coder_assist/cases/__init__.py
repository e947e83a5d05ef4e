"""The case format: reading, writing and validating cases, and flattening one to model text.

Stdlib only (plus the catalogue for validation), so every part of the program can read cases.
"""

from __future__ import annotations

from coder_assist.cases.convert import case_from_dict, case_to_dict
from coder_assist.cases.flatten import FlatText, SourcePosition, SourceSpan, flatten, render_lab, render_medication
from coder_assist.cases.io import ReadResult, read_cases, read_cases_dir, write_cases
from coder_assist.cases.model import (
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
from coder_assist.cases.validate import Issue, validate_case, validate_paths

__all__ = [
    "Admission",
    "AssignedCode",
    "Case",
    "Evidence",
    "FlatText",
    "Issue",
    "Lab",
    "Medication",
    "Note",
    "Patient",
    "ReadResult",
    "SourcePosition",
    "SourceSpan",
    "Truth",
    "case_from_dict",
    "case_to_dict",
    "flatten",
    "read_cases",
    "read_cases_dir",
    "render_lab",
    "render_medication",
    "validate_case",
    "validate_paths",
    "write_cases",
]
