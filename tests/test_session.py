"""Coding without Qt: the CodingSession carries out every coding action on the store, runs the finishing
checks and tells its listeners what to redraw; ten cases of the sample worklist are coded start to finish.

tests/test_ui_workflow.py codes the same ten cases in the window by keyboard, with the plan defined here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from coder_assist.cases import case_from_dict, read_cases
from coder_assist.catalogue import Catalogue, SearchIndex, default_catalogue, default_index
from coder_assist.errors import UserError
from coder_assist.paths import resources_dir
from coder_assist.runtime import Suggestion
from coder_assist.session import Change, CodingSession, check_finish
from coder_assist.session.checks import HAS_CHILDREN, MANY_A, NO_A, RULE_AGE, Problem
from coder_assist.store import DONE, IN_PROGRESS, MANUAL, NEW, SEARCH, SUGGESTION, Store, StoreError
from coder_assist.store import store as store_module

# The stand-in engine's suggestions, best first (tests/test_ui_window.py's table): DE119 and DR060 have
# more specific sub-codes (DE119A, DR060A), so accepting one of them is a soft stop at finishing.
SUGGESTED = ("DJ189", "DI109", "DE119", "DR060", "DR509")
SCORES = {"DJ189": 0.91, "DI109": 0.72, "DE119": 0.41, "DR060": 0.30, "DR509": 0.20}
CASES = 10
QUERY = "kronisk obstruktiv lungesygdom"  # its top hit is the category DJ44, whose sub-codes are picked from


@dataclass(frozen=True)
class CasePlan:
    """How the coder codes one of the ten cases, in the window by key and here by session calls."""

    a_row: int  # the suggestion accepted as A (Shift+digit)
    b_row: int  # the suggestion accepted as B (digit)
    sub_code: str  # the specific sub-code of QUERY's category, added from the search
    soft_stop: str | None  # a suggestion with sub-codes that finishing warns of; replaced by its sub-code
    fix: str | None  # that sub-code


def plan(index: int) -> CasePlan:
    """Even cases: A and B from the first two suggestions. Odd cases: the B has sub-codes, so the first
    finish warns; the coder says no, removes it, searches it and takes its sub-code, and finishes."""
    sub_code = ("DJ440", "DJ441", "DJ449")[index % 3]
    if index % 2 == 0:
        return CasePlan(0, 1, sub_code, None, None)
    return CasePlan(1, 2, sub_code, "DE119", "DE119A")


def expected_codes(index: int) -> list[tuple[str, str, str]]:
    """(code, type, source) the store holds for case ``index`` once it is coded, the A first."""
    p = plan(index)
    codes = [(SUGGESTED[p.a_row], "A", SUGGESTION), (SUGGESTED[p.b_row], "B", SUGGESTION), (p.sub_code, "B", SEARCH)]
    if p.soft_stop is not None:
        codes = [c for c in codes if c[0] != p.soft_stop] + [(p.fix, "B", SEARCH)]
    return codes


def ten_sample_cases(path: Path) -> Path:
    """A worklist of ten cases from the sample worklist: its eight, then its first two again under new
    ids (a patient's later admission), written to ``path``."""
    sample = resources_dir() / "examples" / "worklist.jsonl"
    lines = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    again = [{**line, "case_id": f"{line['case_id']}b"} for line in lines[: CASES - len(lines)]]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines + again), encoding="utf-8")
    return path


def suggestion(code: str) -> Suggestion:
    return Suggestion(code, "", SCORES[code], 0.5, "suggested")


def coding(session: CodingSession) -> list[tuple[str, str, str]]:
    return [(d.code, d.type, d.source) for d in session.decisions()]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return default_catalogue()


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return default_index()


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store.sqlite3") as store:
        result = read_cases(ten_sample_cases(tmp_path / "cases.jsonl"))
        store.import_cases(result.cases, source="cases.jsonl", user="anne")
        yield store


@pytest.fixture
def session(store: Store, catalogue: Catalogue) -> CodingSession:
    session = CodingSession(store, "anne", "model-1")
    session.catalogue = catalogue
    return session


@pytest.fixture
def changes(session: CodingSession) -> list[Change]:
    seen: list[Change] = []
    session.on_change(seen.append)
    return seen


def first_id(store: Store) -> str:
    return store.worklist()[0].case_id


def test_the_ten_sample_cases_are_coded_by_session_calls_alone(
    session: CodingSession, store: Store, index: SearchIndex, catalogue: Catalogue
) -> None:
    opened: list[str] = []
    session.open(store.next_case())
    for i in range(CASES):
        case = session.case
        assert case is not None
        opened.append(case.case_id)
        p = plan(i)
        session.accept_suggestion(suggestion(SUGGESTED[p.a_row]), "A")
        session.accept_suggestion(suggestion(SUGGESTED[p.b_row]), "B")
        at = case.admission.start if case.admission else None
        category = index.search(QUERY, at=at)[0].code.code
        assert p.sub_code in [c.code for c in catalogue.children(category)]
        session.accept(p.sub_code, "B", SEARCH)
        result = session.finish()
        if p.soft_stop is not None:
            assert not result.finished and result.check.blocking == []
            assert result.check.warnings == [Problem(HAS_CHILDREN, {"code": p.soft_stop, "count": 1})]
            assert session.status() == IN_PROGRESS
            session.remove(p.soft_stop)
            assert [c.code for c in catalogue.children(p.soft_stop)] == [p.fix]
            session.accept(p.fix, "B", SEARCH)
            result = session.finish()
        assert result.finished and result.check.warnings == []
        following = session.next_case()
        if following is not None:
            session.open(following)
    assert session.next_case() is None
    worklist = store.worklist()
    assert opened == [item.case_id for item in worklist]  # each case once, in worklist order
    for i, item in enumerate(worklist):
        assert (item.status, item.finished_by) == (DONE, "anne")
        assert [(d.code, d.type, d.source) for d in store.decisions(item.case_id)] == expected_codes(i)


def test_accepting_from_suggestions_and_search_records_score_model_and_user(
    session: CodingSession, store: Store, changes: list[Change]
) -> None:
    case_id = first_id(store)
    session.open(case_id)
    assert session.status() == NEW and session.decisions() == []
    session.accept_suggestion(suggestion("DI109"), "B")
    session.accept_suggestion(suggestion("DJ189"), "A")
    session.accept("DJ441", "B", SEARCH)
    assert coding(session) == [("DJ189", "A", SUGGESTION), ("DI109", "B", SUGGESTION), ("DJ441", "B", SEARCH)]
    first, _, searched = store.decisions(case_id)
    assert (first.score, first.model_version, first.user) == (0.91, "model-1", "anne")
    assert searched.score is None
    assert session.status() == IN_PROGRESS == store.worklist()[0].status
    opened, *coded = changes
    assert opened == Change(case=True, codes=True, status=True, worklist=True)
    assert coded == [Change(codes=True, status=True, worklist=True)] * 3


def test_one_a_only_a_second_a_demotes_the_first_and_types_change(session: CodingSession, store: Store) -> None:
    session.open(first_id(store))
    session.accept("DJ189", "A", MANUAL)
    session.accept("DI109", "A", MANUAL)
    assert [(c, t) for c, t, _ in coding(session)] == [("DI109", "A"), ("DJ189", "B")]
    session.change_type("DJ189", "A")
    assert [(c, t) for c, t, _ in coding(session)] == [("DJ189", "A"), ("DI109", "B")]
    session.change_type("DJ189", "B")
    assert [t for _, t, _ in coding(session)] == ["B", "B"]


def test_moving_a_code_reorders_the_b_codes_and_refreshes_the_worklist(
    session: CodingSession, store: Store, changes: list[Change]
) -> None:
    session.open(first_id(store))
    for code in ("DJ189", "DI109", "DE119"):
        session.accept(code, "A" if code == "DJ189" else "B", MANUAL)
    changes.clear()
    session.move("DE119", -1)
    assert [c for c, _, _ in coding(session)] == ["DJ189", "DE119", "DI109"]
    assert changes == [Change(codes=True, status=True, worklist=True)]
    session.move("DI109", 1)  # already last: nothing changes, nothing is redrawn
    session.move("DJ189", 1)  # the A stays first
    assert [c for c, _, _ in coding(session)] == ["DJ189", "DE119", "DI109"]
    assert len(changes) == 2
    with pytest.raises(UserError, match="DR509 is not an accepted code"):
        session.move("DR509", -1)


def test_removing_a_code_takes_it_off_the_case(session: CodingSession, store: Store) -> None:
    session.open(first_id(store))
    session.accept("DJ189", "A", MANUAL)
    session.accept("DI109", "B", MANUAL)
    session.remove("DJ189")
    assert coding(session) == [("DI109", "B", MANUAL)]
    with pytest.raises(UserError, match="not an accepted code"):
        session.remove("DJ189")


def test_finishing_is_blocked_without_exactly_one_a_and_warns_of_soft_stops(
    session: CodingSession, store: Store, changes: list[Change]
) -> None:
    case_id = first_id(store)
    session.open(case_id)
    session.accept("DI109", "B", MANUAL)
    blocked = session.finish(despite_warnings=True)  # a blocking problem is never overridden
    assert not blocked.finished and blocked.check.blocking == [Problem(NO_A)]
    session.accept("DJ44", "A", SEARCH)
    warned = session.finish()
    assert not warned.finished and warned.check.blocking == []
    assert warned.check.warnings == [Problem(HAS_CHILDREN, {"code": "DJ44", "count": 4})]
    assert store.status(case_id) == IN_PROGRESS
    changes.clear()
    finished = session.finish(despite_warnings=True)
    assert finished.finished and finished.check.warnings == warned.check.warnings
    assert store.status(case_id) == DONE and store.worklist()[0].finished_by == "anne"
    assert changes == [Change(status=True, worklist=True)]


def test_the_checks_count_the_a_codes_and_the_patients_age(store: Store, catalogue: Catalogue) -> None:
    case_id = first_id(store)  # an 81-year-old woman
    store.accept(case_id, code="DJ189", type="A", source=SUGGESTION, user="t")
    store.accept(case_id, code="DP070", type="B", source=MANUAL, user="t")  # a perinatal code
    one_a, perinatal = store.decisions(case_id)
    case = store.case(case_id)
    assert check_finish(case, [one_a], None).blocking == []
    assert check_finish(case, [one_a, replace(perinatal, type="A")], None).blocking == [Problem(MANY_A, {"count": 2})]
    warnings = check_finish(case, [one_a, perinatal], catalogue).warnings
    assert [(w.kind, w.values["code"], w.values["age"]) for w in warnings] == [(RULE_AGE, "DP070", 81)]


def test_a_finished_case_is_read_only_until_reopened(
    session: CodingSession, store: Store, changes: list[Change]
) -> None:
    case_id = first_id(store)
    session.open(case_id)
    session.accept("DJ189", "A", MANUAL)
    assert session.editable()
    assert session.finish().finished
    assert not session.editable()
    changes.clear()
    with pytest.raises(UserError, match="reopen it"):
        session.accept("DI109", "B", MANUAL)
    with pytest.raises(UserError, match="reopen it"):
        session.remove("DJ189")
    assert coding(session) == [("DJ189", "A", MANUAL)] and changes == []
    session.reopen()
    assert session.status() == IN_PROGRESS and session.editable()
    assert changes == [Change(status=True, worklist=True)]
    session.accept("DI109", "B", MANUAL)
    assert [c for c, _, _ in coding(session)] == ["DJ189", "DI109"]


def test_store_errors_reach_the_caller_as_user_errors_and_nothing_is_redrawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    case = case_from_dict({"case_id": "K-1", "notes": [{"type": "epikrise", "text": "Pneumoni."}]})
    with Store(path) as writable:
        writable.import_cases([case], source="cases.jsonl", user="anne")
    # As in test_ui_store_errors.py: only the check is forced, and SQLite then refuses the write for real.
    monkeypatch.setattr(store_module, "writable", lambda path: False)
    with Store(path) as store:
        session = CodingSession(store, "anne")
        seen: list[Change] = []
        session.on_change(seen.append)
        session.open("K-1")
        assert not session.editable()
        seen.clear()
        with pytest.raises(StoreError, match="skrivebeskyttet") as raised:
            session.accept("DJ189", "A", MANUAL)
        assert isinstance(raised.value, UserError) and str(path) in raised.value.where
        assert session.decisions() == [] and seen == []


def test_opening_a_case_not_in_the_worklist_keeps_the_open_one(session: CodingSession, store: Store) -> None:
    case_id = first_id(store)
    session.open(case_id)
    with pytest.raises(UserError, match="no case 'K-404'"):
        session.open("K-404")
    assert session.case_id == case_id


def test_without_an_open_case_an_action_says_so(session: CodingSession) -> None:
    assert session.case is None and session.decisions() == [] and session.status() is None
    with pytest.raises(UserError, match="no case is open"):
        session.accept("DJ189", "A", MANUAL)
    with pytest.raises(UserError, match="no case is open"):
        session.finish()
