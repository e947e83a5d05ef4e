"""The user's worklist, accepted codes and audit trail: one small method per user action.

Every method that changes something runs in its own transaction, committed (and synced to disk) before it
returns, and adds its line to the audit log in the same transaction: the app saves on every change and
never has unsaved state. Rules the store keeps, whatever the caller does:

- a case has at most one aktionsdiagnose (A): accepting an A, or changing a code to A, while another A
  exists demotes the old A to the first bidiagnose (B);
- the codes of a finished ("done") case cannot change until it is reopened;
- ``finish`` needs exactly one A (the other finishing checks — codes valid at the admission date, sex and
  age conflicts — are the coding session's, before it calls ``finish``);
- a change to a "new" case makes it "in_progress"; a call that changes nothing writes nothing.

A Store is used from the thread that created it (the GUI thread); another thread gets a RuntimeError.
A store whose file or folder this process may not write opens read-only (``read_only``): reading works,
and a change raises the StoreError that says so. Every SQLite failure becomes a StoreError that says what
to do, never SQLite's text (which can quote a stored case). Logs carry case ids, actions, counts and
timings, never codes or note text.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coder_assist.cases import Case, case_from_dict, case_to_dict
from coder_assist.errors import UserError
from coder_assist.paths import user_data_dir
from coder_assist.store.errors import DAMAGED, StoreError, error_name, store_error
from coder_assist.store.export import write_export
from coder_assist.store.model import (
    DONE,
    IN_PROGRESS,
    NEW,
    SOURCES,
    STATUSES,
    TYPES,
    A,
    AuditEntry,
    B,
    Decision,
    ImportCounts,
    WorklistItem,
    from_text,
    now_utc,
    to_text,
)
from coder_assist.store.schema import connect, writable

log = logging.getLogger(__name__)

STORE_FILE = "store.sqlite3"

_DECISION_COLUMNS = "case_id, code, type, source, score, model_version, position, decided_at, user"
_DECISION_ORDER = "ORDER BY type = 'B', position"  # the A first, then the B codes in the user's order


def default_path() -> Path:
    """Where the app keeps its store: ``store.sqlite3`` in the user data folder."""
    return user_data_dir() / STORE_FILE


def _decision(row: tuple[Any, ...]) -> Decision:
    case_id, code, type_, source, score, model_version, position, decided_at, user = row
    return Decision(case_id, code, type_, source, score, model_version, position, from_text(decided_at), user)


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"{what} must be one of {', '.join(allowed)}, got {value!r}")


class Store:
    """The worklist store in one SQLite file (``default_path()`` unless ``path`` is given).

    ``read_only`` is True when the file or its folder cannot be written: the store then opens for reading.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._thread = threading.get_ident()
        self.read_only = not writable(self.path)
        self._conn: sqlite3.Connection | None = connect(self.path, read_only=self.read_only)
        log.info("store opened%s", " read-only" if self.read_only else "")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing

    def _db(self) -> sqlite3.Connection:
        if threading.get_ident() != self._thread:
            raise RuntimeError("the Store was used from another thread; use it only from the thread that opened it")
        if self._conn is None:
            raise RuntimeError("the Store is closed")
        return self._conn

    @contextmanager
    def _sqlite_errors(self, action: str, case_id: str | None) -> Iterator[None]:
        """Turn SQLite's failures into the StoreError that says what to do; integrity and programming
        errors are this program's bugs and pass unchanged."""
        try:
            yield
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
            raise
        except sqlite3.DatabaseError as exc:
            log.warning("%s %s failed: %s", action, case_id or "-", error_name(exc))
            raise store_error(exc, self._where(case_id)) from None

    @contextmanager
    def _write(self, action: str, case_id: str | None) -> Iterator[sqlite3.Connection]:
        """One transaction, committed before the caller's method returns; rolled back on any error.

        On a read-only store the transaction only reads: a call that changes nothing succeeds, and the
        first write raises the read-only StoreError.
        """
        conn = self._db()
        started = time.perf_counter()
        with self._sqlite_errors(action, case_id):
            conn.execute("BEGIN" if self.read_only else "BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:  # SQLite may already have rolled back (disk full, I/O error)
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        log.info("%s %s: %.1f ms", action, case_id or "-", (time.perf_counter() - started) * 1000)

    def _case(self, case_id: str, text: str) -> Case:
        """A stored case; a row that no longer parses is a damaged file, and the parser's message (which
        may quote patient fields) is not passed on."""
        try:
            return case_from_dict(json.loads(text), where=f"{self.path}, case {case_id}")
        except (ValueError, UserError):
            log.warning("case %s in the store cannot be read", case_id)
            raise StoreError(DAMAGED, where=self._where(case_id)) from None

    def _where(self, case_id: str | None) -> str:
        return f"{self.path}, sag {case_id}" if case_id else str(self.path)

    @staticmethod
    def _audit(conn: sqlite3.Connection, user: str, case_id: str | None, action: str, details: dict[str, Any]) -> None:
        conn.execute(
            "INSERT INTO audit (time, user, case_id, action, details) VALUES (?, ?, ?, ?, ?)",
            (to_text(now_utc()), user, case_id, action, json.dumps(details, ensure_ascii=False)),
        )

    @staticmethod
    def _status(conn: sqlite3.Connection, case_id: str) -> str:
        row = conn.execute("SELECT status FROM cases WHERE case_id = ?", (case_id,)).fetchone()
        if row is None:
            raise UserError(f"no case {case_id!r} in the worklist")
        return row[0]

    def _editable(self, conn: sqlite3.Connection, case_id: str) -> None:
        if self._status(conn, case_id) == DONE:
            raise UserError(f"case {case_id} is finished; reopen it to change its codes")

    @staticmethod
    def _codes(conn: sqlite3.Connection, case_id: str) -> list[tuple[str, str]]:
        """(code, type) of the accepted codes, in display order."""
        sql = f"SELECT code, type FROM decisions WHERE case_id = ? {_DECISION_ORDER}"
        return conn.execute(sql, (case_id,)).fetchall()

    @staticmethod
    def _set_order(conn: sqlite3.Connection, case_id: str, codes: list[str]) -> None:
        """Renumber positions to ``codes``' order (A first is the caller's job)."""
        conn.executemany(
            "UPDATE decisions SET position = ? WHERE case_id = ? AND code = ?",
            [(i, case_id, code) for i, code in enumerate(codes)],
        )

    @staticmethod
    def _started(conn: sqlite3.Connection, case_id: str) -> None:
        conn.execute(
            "UPDATE cases SET status = ?, opened_at = coalesce(opened_at, ?) WHERE case_id = ? AND status = ?",
            (IN_PROGRESS, to_text(now_utc()), case_id, NEW),
        )

    def _make_a(self, conn: sqlite3.Connection, case_id: str, code: str, user: str) -> str | None:
        """Give ``code`` (already a decision) type A and place it first; return the demoted old A, if any."""
        codes = self._codes(conn, case_id)
        old_a = next((c for c, t in codes if t == A and c != code), None)
        stamp = to_text(now_utc())
        if old_a is not None:
            conn.execute(
                "UPDATE decisions SET type = ?, decided_at = ?, user = ? WHERE case_id = ? AND code = ?",
                (B, stamp, user, case_id, old_a),
            )
        conn.execute(
            "UPDATE decisions SET type = ?, decided_at = ?, user = ? WHERE case_id = ? AND code = ?",
            (A, stamp, user, case_id, code),
        )
        rest = [c for c, _ in codes if c not in (code, old_a)]
        self._set_order(conn, case_id, [code, *([old_a] if old_a else []), *rest])
        return old_a

    def _make_b(self, conn: sqlite3.Connection, case_id: str, code: str, user: str) -> None:
        """Give the A ``code`` type B, as the first B."""
        conn.execute(
            "UPDATE decisions SET type = ?, decided_at = ?, user = ? WHERE case_id = ? AND code = ?",
            (B, to_text(now_utc()), user, case_id, code),
        )
        rest = [c for c, _ in self._codes(conn, case_id) if c != code]
        self._set_order(conn, case_id, [code, *rest])

    # -- importing and reading

    def import_cases(self, cases: Iterable[Case], *, source: str, user: str) -> ImportCounts:
        """Add the cases whose ids are new as "new"; cases already in the store stay as they are.

        ``source`` names where they came from (a file path). Decisions and status of kept cases are never
        touched; a kept case whose content differs from the stored one is listed in ``changed``.
        """
        added = kept = 0
        changed: list[str] = []
        with self._write("import", None) as conn:
            seq = conn.execute("SELECT coalesce(max(seq), 0) FROM cases").fetchone()[0]
            stamp = to_text(now_utc())
            for case in cases:
                text = json.dumps(case_to_dict(case), ensure_ascii=False)
                row = conn.execute("SELECT case_json FROM cases WHERE case_id = ?", (case.case_id,)).fetchone()
                if row is not None:
                    kept += 1
                    if row[0] != text:
                        changed.append(case.case_id)
                    continue
                seq += 1
                conn.execute(
                    "INSERT INTO cases (case_id, seq, source, department, case_json, imported_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (case.case_id, seq, source, case.department, text, stamp),
                )
                self._audit(conn, user, case.case_id, "import", {"source": source})
                added += 1
        log.info("import: %d added, %d kept (%d changed)", added, kept, len(changed))
        return ImportCounts(added=added, kept=kept, changed=tuple(changed))

    def worklist(self, status: str | None = None) -> list[WorklistItem]:
        """The cases in import order, all or only those with ``status`` (one of STATUSES)."""
        if status is not None:
            _check(status, STATUSES, "status")
        with self._sqlite_errors("worklist", None):
            rows = (
                self._db()
                .execute(
                    "SELECT c.case_id, c.status, c.source, c.department,"
                    " (SELECT count(*) FROM decisions d WHERE d.case_id = c.case_id),"
                    " (SELECT code FROM decisions d WHERE d.case_id = c.case_id AND d.type = 'A'),"
                    " c.imported_at, c.opened_at, c.finished_at, c.finished_by"
                    " FROM cases c WHERE ? IS NULL OR c.status = ? ORDER BY c.seq",
                    (status, status),
                )
                .fetchall()
            )
        return [
            WorklistItem(r[0], r[1], r[2], r[3], r[4], r[5], from_text(r[6]), from_text(r[7]), from_text(r[8]), r[9])
            for r in rows
        ]

    def status(self, case_id: str) -> str:
        """The status of one case (one of STATUSES), without reading the whole worklist."""
        with self._sqlite_errors("status", case_id):
            return self._status(self._db(), case_id)

    def next_case(self, after: str | None = None) -> str | None:
        """The first case not done after ``after`` in worklist order, wrapping to the start; None if all done."""
        ids = [item.case_id for item in self.worklist() if item.status != DONE or item.case_id == after]
        if after in ids:
            i = ids.index(after)
            ids = ids[i + 1 :] + ids[:i]
        return ids[0] if ids else None

    def case(self, case_id: str) -> Case:
        """The case as it was imported (its ``codes`` are the imported ones; the accepted are ``decisions``)."""
        with self._sqlite_errors("case", case_id):
            row = self._db().execute("SELECT case_json FROM cases WHERE case_id = ?", (case_id,)).fetchone()
        if row is None:
            raise UserError(f"no case {case_id!r} in the worklist")
        return self._case(case_id, row[0])

    def decisions(self, case_id: str) -> list[Decision]:
        """The accepted codes of a case: the A first (if any), then the B codes in the user's order."""
        with self._sqlite_errors("decisions", case_id):
            rows = (
                self._db()
                .execute(f"SELECT {_DECISION_COLUMNS} FROM decisions WHERE case_id = ? {_DECISION_ORDER}", (case_id,))
                .fetchall()
            )
        return [_decision(row) for row in rows]

    def audit_log(self, case_id: str | None = None) -> list[AuditEntry]:
        """The audit entries, oldest first: all, or those of one case."""
        with self._sqlite_errors("audit", case_id):
            rows = (
                self._db()
                .execute(
                    "SELECT id, time, user, case_id, action, details FROM audit"
                    " WHERE ? IS NULL OR case_id = ? ORDER BY id",
                    (case_id, case_id),
                )
                .fetchall()
            )
        return [AuditEntry(r[0], from_text(r[1]), r[2], r[3], r[4], json.loads(r[5])) for r in rows]

    # -- the user's actions on one case

    def accept(
        self,
        case_id: str,
        *,
        code: str,
        type: str,
        source: str,
        score: float | None = None,
        model_version: str | None = None,
        user: str,
    ) -> None:
        """Accept ``code`` as ``type`` (A or B) from ``source`` (suggestion, search or manual).

        A new B goes last; a new A goes first and demotes an existing A to the first B. Accepting a code
        that is already accepted only changes its type (as ``change_type``; its source and score stay).
        """
        _check(type, TYPES, "type")
        _check(source, SOURCES, "source")
        if not code:
            raise ValueError("code must not be empty")
        with self._write("accept", case_id) as conn:
            self._editable(conn, case_id)
            present = dict(self._codes(conn, case_id))
            if code in present:
                if present[code] != type:
                    self._change_type(conn, case_id, code, type, user, present[code])
                return
            # Added as the last B; _make_a then promotes it (an A cannot be inserted while the old one exists).
            conn.execute(
                f"INSERT INTO decisions ({_DECISION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, code, B, source, score, model_version, len(present), to_text(now_utc()), user),
            )
            details: dict[str, Any] = {"code": code, "type": type, "source": source}
            details.update(score=score, model_version=model_version)
            if type == A:
                demoted = self._make_a(conn, case_id, code, user)
                if demoted:
                    details["demoted"] = demoted
            self._started(conn, case_id)
            self._audit(conn, user, case_id, "accept", details)

    def _change_type(self, conn: sqlite3.Connection, case_id: str, code: str, type: str, user: str, old: str) -> None:
        details: dict[str, Any] = {"code": code, "from": old, "to": type}
        if type == A:
            demoted = self._make_a(conn, case_id, code, user)
            if demoted:
                details["demoted"] = demoted
        else:
            self._make_b(conn, case_id, code, user)
        self._started(conn, case_id)
        self._audit(conn, user, case_id, "change_type", details)

    def change_type(self, case_id: str, *, code: str, type: str, user: str) -> None:
        """Make an accepted code A or B; making it A demotes the existing A to the first B."""
        _check(type, TYPES, "type")
        with self._write("change_type", case_id) as conn:
            self._editable(conn, case_id)
            present = dict(self._codes(conn, case_id))
            if code not in present:
                raise UserError(f"{code} is not an accepted code of case {case_id}")
            if present[code] != type:
                self._change_type(conn, case_id, code, type, user, present[code])

    def remove(self, case_id: str, *, code: str, user: str) -> None:
        """Take an accepted code off the case (removing the A leaves the case without one)."""
        with self._write("remove", case_id) as conn:
            self._editable(conn, case_id)
            codes = self._codes(conn, case_id)
            old_type = dict(codes).get(code)
            if old_type is None:
                raise UserError(f"{code} is not an accepted code of case {case_id}")
            conn.execute("DELETE FROM decisions WHERE case_id = ? AND code = ?", (case_id, code))
            self._set_order(conn, case_id, [c for c, _ in codes if c != code])
            self._started(conn, case_id)
            self._audit(conn, user, case_id, "remove", {"code": code, "type": old_type})

    def reorder(self, case_id: str, *, codes_in_order: list[str], user: str) -> None:
        """Put the accepted codes in the order given, which must hold each of them once.

        The A stays first wherever it is in the list; the order is that of the B codes.
        """
        with self._write("reorder", case_id) as conn:
            self._editable(conn, case_id)
            codes = self._codes(conn, case_id)
            if sorted(codes_in_order) != sorted(c for c, _ in codes):
                raise UserError(f"the new order of case {case_id} must list each of its accepted codes once")
            a_codes = [c for c, t in codes if t == A]
            order = a_codes + [c for c in codes_in_order if c not in a_codes]
            if order == [c for c, _ in codes]:
                return
            self._set_order(conn, case_id, order)
            self._started(conn, case_id)
            self._audit(conn, user, case_id, "reorder", {"order": order})

    def finish(self, case_id: str, *, user: str) -> None:
        """Mark the case done; refused unless it has exactly one A (the session runs its other checks first)."""
        with self._write("finish", case_id) as conn:
            if self._status(conn, case_id) == DONE:
                raise UserError(f"case {case_id} is already finished")
            codes = self._codes(conn, case_id)
            a_count = sum(t == A for _, t in codes)
            if a_count != 1:
                raise UserError(
                    f"case {case_id} cannot be finished: it has {a_count} aktionsdiagnoser (A); accept exactly one"
                )
            stamp = to_text(now_utc())
            conn.execute(
                "UPDATE cases SET status = ?, opened_at = coalesce(opened_at, ?), finished_at = ?, finished_by = ?"
                " WHERE case_id = ?",
                (DONE, stamp, stamp, user, case_id),
            )
            self._audit(conn, user, case_id, "finish", {"codes": [[c, t] for c, t in codes]})

    def reopen(self, case_id: str, *, user: str) -> None:
        """Make a finished case "in_progress" again so its codes can change."""
        with self._write("reopen", case_id) as conn:
            if self._status(conn, case_id) != DONE:
                raise UserError(f"case {case_id} is not finished, so there is nothing to reopen")
            conn.execute(
                "UPDATE cases SET status = ?, finished_at = NULL, finished_by = NULL WHERE case_id = ?",
                (IN_PROGRESS, case_id),
            )
            self._audit(conn, user, case_id, "reopen", {})

    # -- export

    def export_finished(self, path: Path | str, *, user: str) -> int:
        """Write the finished cases to ``path`` (.csv, .jsonl or .json by suffix); return how many.

        See ``export.write_export`` for the formats. The export is recorded in the audit log.
        """
        path = Path(path)
        started = time.perf_counter()
        conn = self._db()
        with self._sqlite_errors("export", None):
            conn.execute("BEGIN")  # one snapshot for the cases and their codes
            try:
                sql = "SELECT case_id, case_json FROM cases WHERE status = ? ORDER BY seq"
                cases = conn.execute(sql, (DONE,)).fetchall()
                rows = conn.execute(
                    f"SELECT {', '.join('d.' + c for c in _DECISION_COLUMNS.split(', '))} FROM decisions d"
                    " JOIN cases c USING (case_id) WHERE c.status = ? ORDER BY c.seq, d.type = 'B', d.position",
                    (DONE,),
                ).fetchall()
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")
        by_case: dict[str, list[Decision]] = {case_id: [] for case_id, _ in cases}
        for row in rows:
            by_case[row[0]].append(_decision(row))
        finished = [(self._case(case_id, text), by_case[case_id]) for case_id, text in cases]
        write_export(path, finished)
        with self._write("export", None) as conn:
            self._audit(conn, user, None, "export", {"path": str(path), "cases": len(finished)})
        log.info("export: %d cases in %.1f ms", len(finished), (time.perf_counter() - started) * 1000)
        return len(finished)
