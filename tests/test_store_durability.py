"""The store's file: nothing accepted is lost to kill -9, the audit log cannot be rewritten, and the schema
is migrated forward but never misread when a newer program wrote it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coder_assist.cases import case_from_dict
from coder_assist.store import Store, StoreError, schema_version
from coder_assist.store import schema as store_schema

REPO = Path(__file__).resolve().parent.parent


def new_store(path: Path) -> Store:
    store = Store(path)
    case = case_from_dict({"case_id": "K-1", "notes": [{"type": "epikrise", "text": "Hypertension."}]})
    store.import_cases([case], source="cases.jsonl", user="anne")
    return store


def test_the_file_uses_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    with new_store(tmp_path / "s.sqlite3") as store:
        conn = store._db()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_accept_survives_kill_9_right_after_it_returns(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    new_store(path).close()
    child = (
        "import sys, time\n"
        "from coder_assist.store import Store\n"
        "store = Store(sys.argv[1])\n"
        "store.accept('K-1', code='DI109', type='A', source='suggestion', score=0.7, model_version='m', user='bo')\n"
        "print('accepted', flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", child, str(path)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "accepted"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    with Store(path) as store:
        [d] = store.decisions("K-1")
        assert (d.code, d.type, d.score, d.user) == ("DI109", "A", 0.7, "bo")
        assert [e.action for e in store.audit_log("K-1")] == ["import", "accept"]
        assert store.worklist()[0].status == "in_progress"


def test_audit_rows_cannot_be_updated_or_deleted(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    new_store(path).close()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit SET user = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit")
    conn.close()
    with Store(path) as store:
        assert [(e.user, e.action) for e in store.audit_log()] == [("anne", "import")]


def test_a_store_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    new_store(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE schema_version SET version = ?", (schema_version() + 1,))
    conn.close()
    with pytest.raises(StoreError, match="nyere coder-assist") as info:
        Store(path)
    assert info.value.where == str(path)


def test_opening_applies_the_missing_migrations_and_keeps_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.sqlite3"
    store = new_store(path)
    store.accept("K-1", code="DI109", type="A", source="search", user="anne")
    store.close()
    step = ("ALTER TABLE cases ADD COLUMN priority INTEGER NOT NULL DEFAULT 0",)
    monkeypatch.setattr(store_schema, "MIGRATIONS", [*store_schema.MIGRATIONS, step])
    with Store(path) as again:
        conn = again._db()
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == 2
        assert conn.execute("SELECT priority FROM cases").fetchall() == [(0,)]
        assert [d.code for d in again.decisions("K-1")] == ["DI109"]


def test_a_file_that_is_not_a_store_gives_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    path.write_bytes(b"this is not a database, just text " * 100)
    with pytest.raises(StoreError, match="beskadiget") as info:
        Store(path)
    assert info.value.where == str(path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_store_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    with new_store(tmp_path / "s.sqlite3") as store:
        assert store.path.stat().st_mode & 0o077 == 0
