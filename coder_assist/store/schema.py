"""The store's SQLite file: opening it safely and bringing its schema up to date.

Every change the app makes is one transaction committed before the call returns. With the WAL journal
and ``synchronous=FULL`` a committed transaction survives the process being killed (kill -9) and the
machine losing power; a half-done one is rolled back the next time the file is opened.

The schema is versioned: ``MIGRATIONS[n]`` holds the SQL that takes a database from version ``n`` to
``n + 1``. Opening applies the missing steps in one transaction; a file written by a newer program
(a version this one does not know) is refused rather than misread.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path

from coder_assist.store.errors import (
    CANNOT_CREATE,
    IS_FOLDER,
    NEWER,
    NO_WAL,
    READ_ONLY_OLD,
    StoreError,
    error_name,
    store_error,
)

log = logging.getLogger(__name__)

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


def writable(path: Path) -> bool:
    """Whether this process may write the store at ``path``: the file, if it exists, and its folder, where
    SQLite keeps the ``-wal`` and ``-shm`` files of a WAL database (a missing folder: the nearest existing one).
    """
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return _may_write(folder) and (not path.exists() or _may_write(path))


def _may_write(path: Path) -> bool:
    # Effective ids, as open() checks them: os.access checks the real ones unless told otherwise.
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) the store at ``path``, migrated to this program's schema.

    The connection is in autocommit mode: callers wrap each change in ``BEGIN IMMEDIATE`` ... ``COMMIT``.
    It may only be used from the thread that opened it (sqlite3's own check). ``read_only`` opens an
    existing store for reading only (SQLite refuses every write), without migrating it. Every problem is
    a StoreError that says what to do.
    """
    where = str(path)
    if path.is_dir():
        raise StoreError(IS_FOLDER, where=where)
    if read_only and not path.exists():
        raise StoreError(CANNOT_CREATE.format(folder=path.parent), where=where)
    if not read_only:
        _create(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = (
            _open_read_only(path) if read_only else sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        )
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if not read_only:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(NO_WAL.format(mode=mode), where=where)
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, where, read_only=read_only)
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        log.warning("opening the store failed: %s", error_name(exc))
        raise store_error(exc, where) from None
    except BaseException:
        if conn is not None:
            conn.close()
        raise
    return conn


def _create(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # The store holds patient data: only its owner may read it (the journal files SQLite makes
            # beside it get the same permissions).
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError as exc:
        log.warning("creating the store failed: %s", errno.errorcode.get(exc.errno or 0, "OSError"))
        raise StoreError(CANNOT_CREATE.format(folder=path.parent), where=str(path)) from None


def _open_read_only(path: Path) -> sqlite3.Connection:
    # A WAL reader needs -wal and -shm files beside the store. SQLite cannot make them in a read-only folder,
    # and in a writable one it would make them read-only like the store, so that a later read-write open
    # fails even once the store itself is writable again. With no -wal file there is nothing uncommitted to
    # read, so the file is read as it stands (immutable) and nothing is created; an existing -wal is used.
    immutable = not Path(f"{path}-wal").exists()
    uri = f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)


def _version(conn: sqlite3.Connection) -> int:
    """The schema version written in the file; 0 for an empty file."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone() is None:
        return 0
    row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return row[0] if row else 0


def _refuse_newer(found: int, where: str) -> None:
    if found > schema_version():
        raise StoreError(NEWER.format(found=found, known=schema_version()), where=where)


def _migrate(conn: sqlite3.Connection, where: str, *, read_only: bool) -> None:
    if read_only:
        found = _version(conn)
        _refuse_newer(found, where)
        if found < schema_version():
            raise StoreError(READ_ONLY_OLD, where=where)
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = _version(conn)  # read inside the write lock: another window may be migrating too
        _refuse_newer(found, where)
        for steps in MIGRATIONS[found:]:
            for sql in steps:
                conn.execute(sql)
        if found < schema_version():
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version"
                " (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)"
            )
            conn.execute("INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)", (schema_version(),))
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
