"""Exporting finished cases: the CSV has one row per accepted code, the JSON Lines file is the cases with
their accepted codes, and both are readable back as written."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coder_assist.cases import case_from_dict, case_to_dict, read_cases
from coder_assist.errors import UserError
from coder_assist.store import Store

CASE = {
    "case_id": "K-1",
    "department": "Kardiologisk afdeling",
    "patient": {"age": 67, "sex": "M"},
    "admission": {"start": "2014-03-02", "end": "2014-03-07"},
    "notes": [{"type": "epikrise", "text": "Hjertesvigt og forhøjet blodtryk; bor i Århus.", "by": "læge"}],
    "codes": [{"code": "DI500", "type": "A"}],
    "hospital": {"region": "Midtjylland"},
}


@pytest.fixture
def store() -> Store:
    s = Store()
    cases = [case_from_dict({**CASE, "case_id": case_id}) for case_id in ("K-1", "K-2", "K-3")]
    s.import_cases(cases, source="uge12.jsonl", user="anne")
    s.accept("K-1", code="DI500", type="A", source="suggestion", score=0.875, model_version="m-1", user="anne")
    s.accept("K-1", code="DI109", type="B", source="search", user="bø")
    s.finish("K-1", user="anne")
    s.accept("K-3", code="DI214", type="A", source="manual", user="anne")
    s.finish("K-3", user="anne")
    s.accept("K-2", code="DE119", type="A", source="manual", user="anne")  # not finished: not exported
    yield s
    s.close()


def test_csv_export_has_one_row_per_accepted_code_of_finished_cases(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "out" / "kodning.csv"
    assert store.export_finished(path, user="anne") == 2
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    columns = ("case_id", "code", "type", "source", "score", "model_version", "user")
    assert [tuple(r[c] for c in columns) for r in rows] == [
        ("K-1", "DI500", "A", "suggestion", "0.875", "m-1", "anne"),
        ("K-1", "DI109", "B", "search", "", "", "bø"),
        ("K-3", "DI214", "A", "manual", "", "", "anne"),
    ]
    decided = {(d.case_id, d.code): d.decided_at.isoformat(timespec="milliseconds") for d in store.decisions("K-1")}
    assert rows[0]["decided_at"] == decided[("K-1", "DI500")]
    assert list(rows[0]) == ["case_id", "code", "type", "source", "score", "model_version", "decided_at", "user"]
    assert store.audit_log()[-1].action == "export"
    assert store.audit_log()[-1].details == {"path": str(path), "cases": 2}


def test_jsonl_export_reads_back_as_the_cases_with_their_accepted_codes(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "kodning.jsonl"
    store.export_finished(path, user="anne")
    result = read_cases(path)
    assert result.errors == []
    k1, k3 = result.cases
    assert [(c.code, c.type) for c in k1.codes] == [("DI500", "A"), ("DI109", "B")]
    assert [(c.code, c.type) for c in k3.codes] == [("DI214", "A")]
    expected = {**CASE, "codes": [{"code": "DI500", "type": "A"}, {"code": "DI109", "type": "B"}]}
    assert case_to_dict(k1) == expected  # everything else as imported, unknown fields included


def test_export_replaces_an_old_file_and_refuses_unknown_suffixes(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "kodning.csv"
    path.write_text("old\n", encoding="utf-8")
    store.export_finished(path, user="anne")
    assert path.read_text(encoding="utf-8").startswith("case_id,code,")
    assert [p.name for p in tmp_path.iterdir()] == ["kodning.csv"]  # no temporary file left
    with pytest.raises(UserError, match=r"\.csv, \.jsonl or \.json"):
        store.export_finished(tmp_path / "kodning.xlsx", user="anne")
    assert not (tmp_path / "kodning.xlsx").exists()
