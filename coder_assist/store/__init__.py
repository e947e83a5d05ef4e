"""The user's worklist, accepted codes and append-only audit trail, in SQLite under the user data folder.

Stdlib only. ``Store`` is the one entry point: one keyword-only method per user action, each saved (and
audited) before it returns. See ``store.py`` for the rules it keeps, ``schema.py`` for the file and
``errors.py`` for what a user is told when the file is damaged, read-only or missing.
"""

from __future__ import annotations

from coder_assist.store.errors import StoreError
from coder_assist.store.model import (
    DONE,
    IN_PROGRESS,
    MANUAL,
    NEW,
    SEARCH,
    SOURCES,
    STATUSES,
    SUGGESTION,
    TYPES,
    A,
    AuditEntry,
    B,
    Decision,
    ImportCounts,
    WorklistItem,
)
from coder_assist.store.schema import schema_version
from coder_assist.store.store import STORE_FILE, Store, default_path

__all__ = [
    "DONE",
    "IN_PROGRESS",
    "MANUAL",
    "NEW",
    "SEARCH",
    "SOURCES",
    "STATUSES",
    "STORE_FILE",
    "SUGGESTION",
    "TYPES",
    "A",
    "AuditEntry",
    "B",
    "Decision",
    "ImportCounts",
    "Store",
    "StoreError",
    "WorklistItem",
    "default_path",
    "schema_version",
]
