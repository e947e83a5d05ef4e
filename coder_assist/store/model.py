"""What the store hands out: rows of the worklist, accepted codes and audit entries, as frozen dataclasses.

Times are aware ``datetime`` objects in UTC; the database holds them as ISO 8601 text
(``2024-05-01T09:30:12.345+00:00``), which ``datetime.fromisoformat`` reads on every supported Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

# Case status in the worklist: "new" until its codes are first changed, "in_progress" while being coded,
# "done" after finish (and back to "in_progress" on reopen).
NEW, IN_PROGRESS, DONE = "new", "in_progress", "done"
STATUSES = (NEW, IN_PROGRESS, DONE)

# Diagnosis type: aktionsdiagnose (exactly one when a case is finished) or bidiagnose.
A, B = "A", "B"
TYPES = (A, B)

# Where an accepted code came from: a model suggestion, the catalogue search, or typed by hand.
SUGGESTION, SEARCH, MANUAL = "suggestion", "search", "manual"
SOURCES = (SUGGESTION, SEARCH, MANUAL)


def now_utc() -> datetime:
    """The current time in UTC, to the millisecond (what the database keeps)."""
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def to_text(time: datetime) -> str:
    return time.isoformat(timespec="milliseconds")


def from_text(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


@dataclass(frozen=True)
class WorklistItem:
    """One case as the worklist shows it."""

    case_id: str
    status: str  # one of STATUSES
    source: str  # the file the case was first imported from
    department: str | None
    code_count: int  # accepted codes, A and B
    a_code: str | None  # the accepted aktionsdiagnose, if there is one
    imported_at: datetime
    opened_at: datetime | None  # first change of its codes
    finished_at: datetime | None  # None unless status is "done"
    finished_by: str | None


@dataclass(frozen=True)
class Decision:
    """One currently accepted code of a case."""

    case_id: str
    code: str
    type: str  # A or B
    source: str  # one of SOURCES, as first accepted
    score: float | None  # the model's score when it came from a suggestion
    model_version: str | None
    position: int  # 0 for the A (if any), then 1, 2, ... for the B codes in the user's order
    decided_at: datetime  # last change of this code (accept or type change)
    user: str  # who made that change


@dataclass(frozen=True)
class AuditEntry:
    """One line of the append-only audit log."""

    id: int
    time: datetime
    user: str
    case_id: str | None  # None for actions on the whole store (export)
    action: str  # import, accept, remove, change_type, reorder, finish, reopen, export
    details: dict[str, Any]


@dataclass(frozen=True)
class ImportCounts:
    """What ``Store.import_cases`` did."""

    added: int  # new case ids, now in the worklist as "new"
    kept: int  # case ids already in the store: left as they were, decisions included
    # Of the kept, those whose imported content differs from the stored one (the stored one stays; the app
    # may warn that the file has changed since it was first imported).
    changed: tuple[str, ...] = ()
