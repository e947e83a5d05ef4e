"""The worklist store: each user action changes the accepted codes, the status and the audit trail as a coder
would expect, and a new Store on the same file (the app restarted) finds everything again."""

from __future__ import annotations

import logging
import threading
from datetime import timezone

import pytest

from coder_assist.cases import Case, case_from_dict
from coder_assist.errors import UserError
from coder_assist.paths import user_data_dir
from coder_assist.store import DONE, IN_PROGRESS, NEW, Store

NOTE_TEXT = "Indlagt med hjertesvigt; blodtryk 170/95. Kører selv til Århus."


def make_case(case_id: str, department: str = "Kardiologisk afdeling", **fields: object) -> Case:
    obj = {"case_id": case_id, "department": department, "notes": [{"type": "epikrise", "text": NOTE_TEXT}]}
    return case_from_dict({**obj, **fields})


@pytest.fixture
def store() -> Store:
    s = Store()
    s.import_cases([make_case("K-1"), make_case("K-2"), make_case("K-3")], source="uge12.jsonl", user="anne")
    yield s
    s.close()


def coding(store: Store, case_id: str = "K-1") -> list[tuple[str, str]]:
    return [(d.code, d.type) for d in store.decisions(case_id)]


def actions(store: Store, case_id: str = "K-1") -> list[str]:
    return [e.action for e in store.audit_log(case_id)]


def test_the_store_lives_in_the_user_data_folder() -> None:
    with Store() as s:
        assert s.path == user_data_dir() / "store.sqlite3"
    assert s.path.is_file()


def test_accept_remove_change_type_and_reorder_update_the_codes_and_the_audit(store: Store) -> None:
    assert store.worklist()[0].status == NEW
    store.accept("K-1", code="DI500", type="A", source="suggestion", score=0.91, model_version="m-1", user="anne")
    store.accept("K-1", code="DI109", type="B", source="suggestion", score=0.62, model_version="m-1", user="anne")
    store.accept("K-1", code="DE119", type="B", source="search", user="anne")
    store.accept("K-1", code="DE660", type="B", source="manual", user="anne")
    assert coding(store) == [("DI500", "A"), ("DI109", "B"), ("DE119", "B"), ("DE660", "B")]
    first = store.decisions("K-1")[0]
    assert (first.source, first.score, first.model_version, first.user) == ("suggestion", 0.91, "m-1", "anne")
    assert first.decided_at.tzinfo == timezone.utc

    store.remove("K-1", code="DE119", user="anne")
    assert coding(store) == [("DI500", "A"), ("DI109", "B"), ("DE660", "B")]
    store.change_type("K-1", code="DI500", type="B", user="bo")
    assert coding(store) == [("DI500", "B"), ("DI109", "B"), ("DE660", "B")]
    store.reorder("K-1", codes_in_order=["DE660", "DI500", "DI109"], user="bo")
    assert coding(store) == [("DE660", "B"), ("DI500", "B"), ("DI109", "B")]
    assert [d.position for d in store.decisions("K-1")] == [0, 1, 2]

    assert actions(store) == ["import", "accept", "accept", "accept", "accept", "remove", "change_type", "reorder"]
    log = store.audit_log("K-1")
    assert log[5].details == {"code": "DE119", "type": "B"}
    assert log[6].details == {"code": "DI500", "from": "A", "to": "B"}
    assert (log[6].user, log[7].details) == ("bo", {"order": ["DE660", "DI500", "DI109"]})
    assert log[1].details["score"] == 0.91
    item = store.worklist()[0]
    assert (item.status, item.code_count, item.a_code) == (IN_PROGRESS, 3, None)
    assert item.opened_at is not None
    assert store.worklist()[1].status == NEW  # other cases untouched


def test_a_second_a_demotes_the_first_to_the_first_b(store: Store) -> None:
    store.accept("K-1", code="DI109", type="B", source="suggestion", user="anne")
    store.accept("K-1", code="DI500", type="A", source="suggestion", user="anne")
    store.accept("K-1", code="DI214", type="A", source="search", user="anne")
    assert coding(store) == [("DI214", "A"), ("DI500", "B"), ("DI109", "B")]
    assert store.audit_log("K-1")[-1].details["demoted"] == "DI500"
    # Changing a B to A demotes in the same way.
    store.change_type("K-1", code="DI109", type="A", user="anne")
    assert coding(store) == [("DI109", "A"), ("DI214", "B"), ("DI500", "B")]
    assert store.worklist()[0].a_code == "DI109"


def test_accepting_a_code_again_changes_only_its_type(store: Store) -> None:
    store.accept("K-1", code="DI109", type="B", source="suggestion", score=0.4, model_version="m-1", user="anne")
    store.accept("K-1", code="DI109", type="B", source="search", user="anne")  # nothing to change
    assert actions(store) == ["import", "accept"]
    store.accept("K-1", code="DI109", type="A", source="search", user="anne")
    [d] = store.decisions("K-1")
    assert (d.type, d.source, d.score) == ("A", "suggestion", 0.4)
    assert actions(store) == ["import", "accept", "change_type"]


def test_reorder_must_name_each_accepted_code_once(store: Store) -> None:
    store.accept("K-1", code="DI500", type="A", source="suggestion", user="anne")
    store.accept("K-1", code="DI109", type="B", source="suggestion", user="anne")
    store.accept("K-1", code="DE119", type="B", source="suggestion", user="anne")
    with pytest.raises(UserError, match="each of its accepted codes once"):
        store.reorder("K-1", codes_in_order=["DE119", "DI109"], user="anne")
    with pytest.raises(UserError):
        store.reorder("K-1", codes_in_order=["DE119", "DE119", "DI109", "DI500"], user="anne")
    store.reorder("K-1", codes_in_order=["DE119", "DI500", "DI109"], user="anne")
    assert coding(store) == [("DI500", "A"), ("DE119", "B"), ("DI109", "B")]  # the A stays first


def test_unknown_cases_codes_and_values_are_refused(store: Store) -> None:
    with pytest.raises(UserError, match="no case 'K-9'"):
        store.accept("K-9", code="DI109", type="B", source="search", user="anne")
    with pytest.raises(UserError, match="not an accepted code"):
        store.remove("K-1", code="DI109", user="anne")
    with pytest.raises(ValueError, match="type"):
        store.accept("K-1", code="DI109", type="C", source="search", user="anne")
    with pytest.raises(ValueError, match="source"):
        store.accept("K-1", code="DI109", type="B", source="guess", user="anne")
    assert actions(store) == ["import"] and store.decisions("K-1") == []


def test_finish_needs_exactly_one_a(store: Store) -> None:
    with pytest.raises(UserError, match="0 aktionsdiagnoser"):
        store.finish("K-1", user="anne")
    store.accept("K-1", code="DI109", type="B", source="suggestion", user="anne")
    with pytest.raises(UserError, match="0 aktionsdiagnoser"):
        store.finish("K-1", user="anne")
    # Two A cannot arise through the store: the second demotes the first, so finishing works.
    store.accept("K-1", code="DI500", type="A", source="suggestion", user="anne")
    store.accept("K-1", code="DI214", type="A", source="suggestion", user="anne")
    store.finish("K-1", user="anne")
    item = store.worklist()[0]
    assert (item.status, item.finished_by) == (DONE, "anne")
    assert item.finished_at is not None
    assert store.audit_log("K-1")[-1].details == {"codes": [["DI214", "A"], ["DI500", "B"], ["DI109", "B"]]}


def test_finish_refuses_two_a_written_behind_the_stores_back(store: Store) -> None:
    import sqlite3

    store.accept("K-1", code="DI500", type="A", source="suggestion", user="anne")
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO decisions (case_id, code, type, source, position, decided_at, user)"
            " VALUES ('K-1', 'DI214', 'A', 'manual', 1, '2024-01-01T00:00:00.000+00:00', 'x')"
        )
    conn.close()


def test_a_finished_case_is_locked_until_reopened(store: Store) -> None:
    store.accept("K-1", code="DI500", type="A", source="suggestion", user="anne")
    store.finish("K-1", user="anne")
    with pytest.raises(UserError, match="reopen"):
        store.accept("K-1", code="DI109", type="B", source="suggestion", user="anne")
    with pytest.raises(UserError, match="already finished"):
        store.finish("K-1", user="anne")
    with pytest.raises(UserError, match="not finished"):
        store.reopen("K-2", user="anne")
    store.reopen("K-1", user="bo")
    item = store.worklist()[0]
    assert (item.status, item.finished_at, item.finished_by) == (IN_PROGRESS, None, None)
    store.accept("K-1", code="DI109", type="B", source="suggestion", user="bo")
    assert actions(store)[-3:] == ["finish", "reopen", "accept"]


def test_a_new_store_on_the_same_file_restores_everything(store: Store) -> None:
    store.accept("K-1", code="DI500", type="A", source="suggestion", score=0.9, model_version="m-1", user="anne")
    store.accept("K-1", code="DI109", type="B", source="search", user="anne")
    store.finish("K-1", user="anne")
    store.accept("K-2", code="DE119", type="B", source="manual", user="anne")
    before = (store.worklist(), store.decisions("K-1"), store.decisions("K-2"), store.audit_log(), store.case("K-3"))
    store.close()

    with Store(store.path) as again:
        after = (again.worklist(), again.decisions("K-1"), again.decisions("K-2"), again.audit_log(), again.case("K-3"))
    assert after == before
    assert [item.status for item in after[0]] == [DONE, IN_PROGRESS, NEW]
    assert after[4].notes[0].text == NOTE_TEXT


def test_importing_the_same_cases_again_keeps_their_codes_and_status(store: Store) -> None:
    store.accept("K-1", code="DI500", type="A", source="suggestion", user="anne")
    store.finish("K-1", user="anne")
    store.accept("K-2", code="DI109", type="B", source="suggestion", user="anne")
    again = [make_case("K-1"), make_case("K-2", department="Medicinsk afdeling"), make_case("K-4")]
    counts = store.import_cases(again, source="uge13.jsonl", user="anne")
    assert (counts.added, counts.kept, counts.changed) == (1, 2, ("K-2",))
    assert [(i.case_id, i.status, i.source) for i in store.worklist()] == [
        ("K-1", DONE, "uge12.jsonl"),
        ("K-2", IN_PROGRESS, "uge12.jsonl"),
        ("K-3", NEW, "uge12.jsonl"),
        ("K-4", NEW, "uge13.jsonl"),
    ]
    assert coding(store, "K-1") == [("DI500", "A")] and coding(store, "K-2") == [("DI109", "B")]
    assert store.case("K-2").department == "Kardiologisk afdeling"  # the stored case wins


def test_worklist_filters_by_status_and_next_case_skips_finished_ones(store: Store) -> None:
    store.accept("K-2", code="DI500", type="A", source="suggestion", user="anne")
    store.finish("K-2", user="anne")
    assert [i.case_id for i in store.worklist(NEW)] == ["K-1", "K-3"]
    assert [i.case_id for i in store.worklist(DONE)] == ["K-2"]
    assert store.next_case() == "K-1"
    assert store.next_case("K-1") == "K-3"
    assert store.next_case("K-2") == "K-3"
    assert store.next_case("K-3") == "K-1"  # wraps around
    for case_id in ("K-1", "K-3"):
        store.accept(case_id, code="DI500", type="A", source="suggestion", user="anne")
        store.finish(case_id, user="anne")
    assert store.next_case("K-3") is None
    with pytest.raises(ValueError):
        store.worklist("finished")


def test_status_gives_one_case_as_the_worklist_shows_it(store: Store) -> None:
    store.accept("K-2", code="DI500", type="A", source="suggestion", user="anne")
    store.accept("K-3", code="DI500", type="A", source="suggestion", user="anne")
    store.finish("K-3", user="anne")
    assert [store.status(case_id) for case_id in ("K-1", "K-2", "K-3")] == [NEW, IN_PROGRESS, DONE]
    assert [store.status(i.case_id) for i in store.worklist()] == [i.status for i in store.worklist()]
    with pytest.raises(UserError, match="no case 'K-404' in the worklist"):
        store.status("K-404")


def test_the_store_refuses_use_from_another_thread(store: Store) -> None:
    errors: list[BaseException] = []

    def use() -> None:
        try:
            store.worklist()
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=use)
    worker.start()
    worker.join()
    assert len(errors) == 1 and isinstance(errors[0], RuntimeError)
    assert "another thread" in str(errors[0])


def test_logs_carry_ids_and_timings_but_no_note_text_or_codes(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="coder_assist.store"):
        store.import_cases([make_case("K-7")], source="x.jsonl", user="anne")
        store.accept("K-7", code="DI500", type="A", source="suggestion", user="anne")
    text = caplog.text
    assert "K-7" in text and "ms" in text
    assert "hjertesvigt" not in text and "DI500" not in text
