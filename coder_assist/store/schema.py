"""The store's SQLite file: opening it safely and bringing its schema up to date.

Every change the app makes is one transaction committed before the call returns. With the WAL journal
and ``synchronous=FULL`` a committed transaction survives the process being killed (kill -9) and the
machine losing power; a half-done one is rolled back the next time the file is opened.

The schema is versioned: ``MIGRATIONS[n]`` holds the SQL that takes a database from version ``n`` to
``n + 1``. Opening applies the missing steps in one transaction; a file written by a newer program
(a version this one does not know) is refused rather than misread.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from coder_assist.errors import UserError

BUSY_TIMEOUT_S = 5.0  # how long to wait for another process (a second app window) to finish its write

MIGRATIONS: list[tuple[str, ...]] = [
    # 0 -> 1: cases, their accepted codes and the audit log.
    (
        """CREATE TABLE cases (
            case_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL UNIQUE,  -- import order, which is the worklist order
            source TEXT NOT NULL,
            department TEXT,
            case_json TEXT NOT NULL,  -- the case as imported, so the worklist opens without its file
            status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done')),
            imported_at TEXT NOT NULL,
            opened_at TEXT,
            finished_at TEXT,
            finished_by TEXT,
            CHECK ((status = 'done') = (finished_at IS NOT NULL))
        )""",
        "CREATE INDEX cases_status ON cases (status, seq)",
        """CREATE TABLE decisions (
            case_id TEXT NOT NULL REFERENCES cases (case_id) ON DELETE CASCADE,
            code TEXT NOT NULL CHECK (code <> ''),
            type TEXT NOT NULL CHECK (type IN ('A', 'B')),
            source TEXT NOT NULL CHECK (source IN ('suggestion', 'search', 'manual')),
            score REAL,
            model_version TEXT,
            position INTEGER NOT NULL,
            decided_at TEXT NOT NULL,
            user TEXT NOT NULL,
            PRIMARY KEY (case_id, code)
        )""",
        # At most one aktionsdiagnose per case, whatever writes to the file.
        "CREATE UNIQUE INDEX decisions_one_a ON decisions (case_id) WHERE type = 'A'",
        # No foreign key to cases: the audit trail outlives anything that happens to a case.
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time TEXT NOT NULL,
            user TEXT NOT NULL,
            case_id TEXT,
            action TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX audit_case ON audit (case_id, id)",
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be changed'); END""",
        """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted'); END""",
    ),
]


def schema_version() -> int:
    """The version this program writes: the number of migrations it knows."""
    return len(MIGRATIONS)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the store at ``path``, migrated to this program's schema.

    The connection is in autocommit mode: callers wrap each change in ``BEGIN IMMEDIATE`` ... ``COMMIT``.
    It may only be used from the thread that opened it (sqlite3's own check).
    """
    where = str(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # The store holds patient data: only its owner may read it (the journal files SQLite makes
            # beside it get the same permissions).
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError as exc:
        raise UserError(f"cannot create the store: {exc.strerror or exc}", where=where) from None
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise UserError(f"cannot switch the store to WAL journaling (got {mode})", where=where)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, where)
    except sqlite3.DatabaseError as exc:
        conn.close()
        message = f"cannot open the store ({exc}); move the file away to start an empty store"
        raise UserError(message, where=where) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection, where: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version"
            " (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)"
        )
        row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
        found = row[0] if row else 0
        known = schema_version()
        if found > known:
            raise UserError(
                f"the store was written by a newer coder_assist (schema version {found}; this program knows "
                f"up to {known}); update coder_assist to open it",
                where=where,
            )
        for steps in MIGRATIONS[found:]:
            for sql in steps:
                conn.execute(sql)
        if found < known:
            conn.execute("INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)", (known,))
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
