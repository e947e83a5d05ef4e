"""Store files that are damaged, read-only, missing or in the way: each gives a Danish StoreError that says
what to do and never quotes a stored case; a store that cannot be written opens read-only.

Root ignores file permissions (chmod does not stop its writes), so the permission tests run their body with
the effective user and group of "nobody" when the suite runs as root; the real ids stay root, which is what
lets the test switch back. The files then see exactly what an ordinary user without write access sees.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from coder_assist.cases import case_from_dict
from coder_assist.store import Store, StoreError, default_path
from coder_assist.store import schema as store_schema

MARKER = "PATIENTMARKER"  # in the note and a patient field: must never reach a message
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def marked_case(case_id: str) -> dict:
    return {
        "case_id": case_id,
        "patient": {"age": 71, "sex": "F", "name": f"{MARKER} Jensen"},
        "notes": [{"type": "epikrise", "text": f"{MARKER} indlagt med pneumoni. " * 20}],
    }


def new_store(path: Path, ids: tuple[str, ...] = ("K-1", "K-2", "K-3")) -> None:
    with Store(path) as store:
        store.import_cases([case_from_dict(marked_case(i)) for i in ids], source="cases.jsonl", user="anne")


def damage_case_text(path: Path, case_id: str) -> None:
    """Put a byte that is not UTF-8 into the stored JSON of one case, as a bad sector would."""
    data = path.read_bytes()
    start = data.index(f'{{"case_id": "{case_id}"'.encode())
    at = data.index(MARKER.encode(), start)
    with path.open("r+b") as f:
        f.seek(at)
        f.write(b"\xff")


@contextmanager
def as_user_without_root_rights() -> Iterator[None]:
    if os.geteuid() != 0:
        yield
        return
    import pwd

    nobody = pwd.getpwnam("nobody")
    os.setegid(nobody.pw_gid)
    os.seteuid(nobody.pw_uid)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A folder the unprivileged user owns and can reach (pytest's own tmp folders are root's, mode 700)."""
    if os.geteuid() != 0:
        yield tmp_path
        return
    import pwd

    base = Path(tempfile.mkdtemp(prefix="store-perm-"))
    nobody = pwd.getpwnam("nobody")
    os.chown(base, nobody.pw_uid, nobody.pw_gid)
    try:
        yield base
    finally:
        shutil.rmtree(base)


def test_a_damaged_case_is_named_without_its_note_or_patient_fields(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    new_store(path)
    damage_case_text(path, "K-2")
    with Store(path) as store:
        with pytest.raises(StoreError, match="beskadiget") as info:
            store.case("K-2")
        assert info.value.where == f"{path}, sag K-2"
        assert "Luk programmet" in info.value.message or "luk så programmet" in info.value.message
        assert MARKER not in str(info.value) and "Jensen" not in str(info.value)
        assert info.value.__suppress_context__  # the traceback does not carry sqlite's message either
        assert store.case("K-1").case_id == "K-1"  # the undamaged cases still open
        assert [item.case_id for item in store.worklist()] == ["K-1", "K-2", "K-3"]


def test_a_damaged_page_gives_the_damaged_store_advice(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    new_store(path, tuple(f"K-{i}" for i in range(40)))
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as f:  # page 2 is the root of the first table, the cases
        f.seek(page)
        f.write(b"\xab" * page)
    with pytest.raises(StoreError, match="beskadiget") as info, Store(path) as store:
        store.worklist()
    assert info.value.where == str(path)
    assert "flyt filen" in info.value.message


def test_a_store_path_that_is_a_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODER_ASSIST_DATA_DIR", str(tmp_path))
    default_path().mkdir()
    with pytest.raises(StoreError, match="er en mappe, ikke en lagerfil") as info:
        Store()
    assert info.value.where == str(default_path())


@posix_only
def test_a_read_only_folder_opens_the_store_read_only(folder: Path) -> None:
    path = folder / "data" / "store.sqlite3"
    with as_user_without_root_rights():
        new_store(path)
        with Store(path) as store:
            store.accept("K-1", code="DJ189", type="A", source="manual", user="anne")
        os.chmod(path.parent, 0o555)
        try:
            with Store(path) as store:
                assert store.read_only
                assert [d.code for d in store.decisions("K-1")] == ["DJ189"]
                assert store.case("K-2").case_id == "K-2"
                # Loading the same file again changes nothing, so it works; a change is refused, saying why.
                counts = store.import_cases([case_from_dict(marked_case("K-1"))], source="cases.jsonl", user="bo")
                assert (counts.added, counts.kept) == (0, 1)
                with pytest.raises(StoreError, match="skrivebeskyttet") as info:
                    store.accept("K-1", code="DI10", type="B", source="manual", user="bo")
                assert info.value.where == f"{path}, sag K-1"
                assert "Bed IT om skriveadgang" in info.value.message
                assert [d.code for d in store.decisions("K-1")] == ["DJ189"]
            assert sorted(os.listdir(path.parent)) == ["store.sqlite3"]
        finally:
            os.chmod(path.parent, 0o755)


@posix_only
def test_a_read_only_folder_without_a_store_says_which_folder(folder: Path) -> None:
    path = folder / "data" / "store.sqlite3"
    with as_user_without_root_rights():
        path.parent.mkdir()
        os.chmod(path.parent, 0o555)
        try:
            with pytest.raises(StoreError, match="kan ikke oprettes") as info:
                Store(path)
        finally:
            os.chmod(path.parent, 0o755)
    assert str(path.parent) in info.value.message
    assert "Bed IT om skriveadgang" in info.value.message


@posix_only
def test_a_read_only_store_file_opens_read_only_and_refuses_changes(folder: Path) -> None:
    path = folder / "store.sqlite3"
    with as_user_without_root_rights():
        new_store(path)
        os.chmod(path, 0o400)
        with Store(path) as store:
            assert store.read_only
            with pytest.raises(StoreError, match="skrivebeskyttet"):
                store.accept("K-1", code="DJ189", type="A", source="manual", user="anne")
            with pytest.raises(StoreError, match="skrivebeskyttet"):
                store.import_cases([case_from_dict(marked_case("K-9"))], source="more.jsonl", user="anne")
            assert len(store.worklist()) == 3
            assert store.decisions("K-1") == []
        assert sorted(os.listdir(folder)) == ["store.sqlite3"]
        os.chmod(path, 0o600)
        with Store(path) as store:  # write access back: the same file works as before
            assert not store.read_only
            store.accept("K-1", code="DJ189", type="A", source="manual", user="anne")
            assert [d.code for d in store.decisions("K-1")] == ["DJ189"]


def test_a_store_busy_in_another_window_says_wait_and_retry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.sqlite3"
    new_store(path)
    monkeypatch.setattr(store_schema, "BUSY_TIMEOUT_S", 0.05)
    with Store(path) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another window in the middle of a write
        try:
            with pytest.raises(StoreError, match="optaget af et andet coder-assist-vindue"):
                store.accept("K-1", code="DJ189", type="A", source="manual", user="anne")
        finally:
            other.execute("ROLLBACK")
            other.close()
        store.accept("K-1", code="DJ189", type="A", source="manual", user="anne")  # and once it is free, it works


@posix_only
def test_a_read_only_store_still_sees_what_a_window_with_write_access_saved(folder: Path) -> None:
    path = folder / "store.sqlite3"
    with as_user_without_root_rights():
        new_store(path)
        with Store(path) as writer:  # still open: the accept sits in the -wal file, not yet in the store
            writer.accept("K-1", code="DJ189", type="A", source="manual", user="anne")
            os.chmod(path, 0o400)
            try:
                with Store(path) as reader:
                    assert reader.read_only
                    assert [d.code for d in reader.decisions("K-1")] == ["DJ189"]
            finally:
                os.chmod(path, 0o600)
