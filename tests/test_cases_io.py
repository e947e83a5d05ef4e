"""Reading and writing case files: round trips, and one clear error per bad input."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coder_assist.cases import case_from_dict, case_to_dict, read_cases, read_cases_dir, write_cases
from coder_assist.cases.io import MAX_CASE_BYTES, MAX_LISTED_ERRORS, MAX_VALUES
from coder_assist.errors import CaseError

FULL = {
    "case_id": "K-000123",
    "department": "Kardiologisk afdeling",
    "specialty": "kardiologi",
    "patient": {"age": 67, "sex": "M", "postnummer": "8000"},
    "admission": {"start": "2014-03-02", "end": "2014-03-07", "ward": "B3"},
    "notes": [{"type": "epikrise", "text": "Hjertesvigt; blodtryk 170/95. Kører på cykel til Århus.", "by": "læge"}],
    "medications": [{"atc": "C09AA02", "name": "enalapril", "dose": "10 mg x 1", "route": "po"}],
    "labs": [{"npu": "NPU27300", "name": "Kreatinin;P", "value": 142, "unit": "µmol/L", "low": 60, "high": 105}],
    "codes": [{"code": "DI214", "type": "A", "by": "sekretær"}, {"code": "DI109", "type": "B"}],
    "truth": {
        "codes": [{"code": "DI214", "type": "A"}, {"code": "DI109", "type": "B"}],
        "evidence": [
            {"code": "DI109", "note": 0, "start": 13, "end": 29, "score": 1.0},
            {"code": "DI109", "source": "medication", "index": 0, "start": 8, "end": 17},
        ],
        "generator": "synth 0.1",
    },
    "hospital": {"region": "Midtjylland"},
}


def minimal(case_id: str = "K-1", **fields: object) -> dict:
    return {"case_id": case_id, "notes": [{"type": "epikrise", "text": "Patienten har det godt."}], **fields}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def only_error(path: Path) -> str:
    result = read_cases(path)
    assert len(result.errors) == 1, result.errors
    return str(result.errors[0])


def test_round_trip_keeps_unknown_fields_and_absent_fields(tmp_path: Path) -> None:
    minimal_case = minimal("K-2", medications=[], codes=[])
    for suffix in (".json", ".jsonl"):
        path = tmp_path / f"cases{suffix}"
        write_cases(path, [case_from_dict(FULL), case_from_dict(minimal_case)])
        result = read_cases(path)
        assert result.errors == []
        assert [case_to_dict(c) for c in result.cases] == [FULL, minimal_case]
    # Absent stays absent, present-but-empty stays empty.
    assert "labs" not in case_to_dict(case_from_dict(minimal_case))
    assert case_to_dict(case_from_dict(minimal_case))["medications"] == []


def test_reading_does_not_change_the_input_object() -> None:
    original = copy.deepcopy(FULL)
    case_from_dict(FULL)
    assert original == FULL


def test_written_file_is_readable_utf8_with_danish_letters(tmp_path: Path) -> None:
    path = tmp_path / "out" / "cases.jsonl"
    write_cases(path, [case_from_dict(FULL)])
    text = path.read_text(encoding="utf-8")
    assert "Århus" in text and "µmol/L" in text
    assert [p.name for p in path.parent.iterdir()] == ["cases.jsonl"]  # no temporary file left behind


def test_json_file_with_one_case_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(FULL, ensure_ascii=False), encoding="utf-8")
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-000123"] and result.errors == []


def test_bad_jsonl_line_keeps_the_good_ones(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "cases.jsonl",
        [
            json.dumps(minimal("K-1")),
            "",
            json.dumps(minimal("K-2", patient={"age": "syv"}), ensure_ascii=False),
            '{"case_id": "K-3", "notes": [',
            json.dumps(minimal("K-4")),
        ],
    )
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-1", "K-4"]
    assert result.sources == [f"{path}, line 1", f"{path}, line 5"]
    assert [str(e) for e in result.errors] == [
        f'{path}, line 3, field patient.age: expected a whole number, got "syv"',
        f"{path}, line 4, column 30: invalid JSON: the text ends in the middle of a case (truncated file?)",
    ]
    assert result.rejected == 2


def test_bad_case_in_json_list_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps([minimal("K-1"), minimal("K-2", codes=[{"code": 109, "type": "B"}])], indent=2))
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-1"]
    line = path.read_text().splitlines().index("  {", 10) + 1  # the second case's opening brace
    assert [str(e) for e in result.errors] == [f"{path}, line {line}, field codes[0].code: expected text, got 109"]


def test_truncated_json_list_keeps_the_cases_before(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    text = json.dumps([minimal("K-1"), minimal("K-2")], indent=2)
    path.write_text(text[: text.rindex("Patienten")])
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-1"]
    assert len(result.errors) == 1 and "truncated" in str(result.errors[0])
    assert str(result.errors[0]).startswith(f"{path}, line ")


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text('[\n  {"case_id": "K-1",, "notes": []}\n]')
    assert (
        only_error(path)
        == f"{path}, line 2, column 21: invalid JSON: Expecting property name enclosed in double quotes"
    )


def test_not_utf8_names_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    good = json.dumps(minimal("K-1")).encode()
    bad = json.dumps(minimal("K-2")).replace("godt", "\xe6ble").encode("latin-1")  # "æble" in Latin-1
    path.write_bytes(good + b"\n" + bad + b"\n")
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-1"]
    byte = len(good) + 1 + bad.index(b"\xe6")
    assert [str(e) for e in result.errors] == [
        f"{path}, line 2: not UTF-8 text (byte {byte} of the file); save the file as UTF-8"
    ]


def test_not_utf8_json_file(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_bytes(b'[\n{"case_id": "\xf8"}]')
    assert only_error(path) == f"{path}, line 2: not UTF-8 text (byte 15 of the file); save the file as UTF-8"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(minimal()).encode() + b"\n")
    assert [c.case_id for c in read_cases(path).cases] == ["K-1"]


def test_duplicate_case_id_names_both_lines(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "cases.jsonl", [json.dumps(minimal("K-1")), json.dumps(minimal("K-1"))])
    result = read_cases(path)
    assert len(result.cases) == 1
    assert [str(e) for e in result.errors] == [
        f'{path}, line 2, field case_id: duplicate case_id "K-1": already used on line 1; give each case its own id'
    ]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ({"notes": []}, "field case_id: missing required field"),
        ({"case_id": "K-1"}, "field notes: missing required field"),
        ({"case_id": "", "notes": []}, "field case_id: must not be empty"),
        (minimal(notes={"type": "x"}), "field notes: expected a list, got an object"),
        (minimal(notes=[{"type": "epikrise"}]), "field notes[0].text: missing required field"),
        (minimal(patient={"age": True}), "field patient.age: expected a whole number, got true"),
        (
            minimal(admission={"start": "2014-02-30"}),
            'field admission.start: expected a date (YYYY-MM-DD), got "2014-02-30"',
        ),
        (
            minimal(admission={"start": "20140302"}),
            'field admission.start: expected a date (YYYY-MM-DD), got "20140302"',
        ),
        (minimal(labs=[{"name": "Hb", "value": [1]}]), "field labs[0].value: expected a number or text, got a list"),
        (minimal(labs=[{"name": "Hb", "value": 8, "low": "7"}]), 'field labs[0].low: expected a number, got "7"'),
        (minimal(codes=[{"code": "DI10"}]), "field codes[0].type: missing required field"),
        (
            minimal(truth={"evidence": [{"code": "DI10", "source": "med", "index": 0, "start": 0, "end": 1}]}),
            'field truth.evidence[0].source: expected one of "note", "medication", "lab", got "med"',
        ),
        (
            minimal(truth={"evidence": [{"code": "DI10", "source": "lab", "note": 0, "start": 0, "end": 1}]}),
            "field truth.evidence[0].index: missing required field",
        ),
    ],
)
def test_wrong_or_missing_field_is_one_line_naming_file_line_and_field(case: dict, expected: str) -> None:
    with pytest.raises(CaseError) as caught:
        case_from_dict(case, "cases.jsonl, line 12")
    assert str(caught.value) == f"cases.jsonl, line 12, {expected}"
    assert "\n" not in str(caught.value)


def test_a_list_where_a_case_belongs(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "cases.jsonl", ["[1, 2]"])
    assert only_error(path) == f"{path}, line 1: expected a case object {{...}}, got a list"


@pytest.mark.parametrize(
    ("name", "message"),
    [("missing.jsonl", "file not found"), ("cases.csv", "not a case file: expected a .json or .jsonl file")],
)
def test_file_problems(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "cases.csv").write_text("case_id\n")
    assert only_error(tmp_path / name) == f"{tmp_path / name}: {message}"


def test_empty_json_file(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text("\n")
    assert only_error(path) == f"{path}: the file is empty; expected a case or a list of cases"


def test_read_folder_in_name_order(tmp_path: Path) -> None:
    write_cases(tmp_path / "b.jsonl", [case_from_dict(minimal("K-2"))])
    write_cases(tmp_path / "a.json", [case_from_dict(minimal("K-1"))])
    (tmp_path / "notes.txt").write_text("not a case")
    result = read_cases_dir(tmp_path)
    assert [c.case_id for c in result.cases] == ["K-1", "K-2"]
    assert result.files == 2 and result.errors == []


def test_check_raises_the_first_problem(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "cases.jsonl", ["{", "{"])
    with pytest.raises(CaseError, match=r"line 1, column 2: .*\(and 1 more problem\)"):
        read_cases(path).check()


def test_write_refuses_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match=r"must end in \.json or \.jsonl"):
        write_cases(tmp_path / "cases.txt", [])


# --- input that is valid JSON, or nearly, yet absurd: refused by name, and never at the others' cost ---

DEEP = "lists or objects nested more than 64 levels deep; a case has only a few levels"
SURROGATE = "text with an unpaired surrogate escape (\\ud800 to \\udfff), which is not a character"


def nested(depth: int) -> str:
    """A case whose extra field ``x`` is lists ``depth`` levels deep."""
    return '{"case_id": "K-X", "notes": [], "x": ' + "[" * depth + "]" * depth + "}"


def test_deep_nesting_is_refused_naming_line_and_field_and_the_rest_is_read(tmp_path: Path) -> None:
    # 1,000 levels exhaust Python's recursion limit in the parser; 100 parse, but would exhaust it later.
    path = write_lines(
        tmp_path / "cases.jsonl",
        [json.dumps(minimal("K-1")), nested(1000), nested(100).replace("K-X", "K-3"), json.dumps(minimal("K-4"))],
    )
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-1", "K-4"]
    assert [str(e) for e in result.errors] == [f"{path}, line 2: {DEEP}", f"{path}, line 3, field x: {DEEP}"]
    assert result.rejected == 2


def test_deep_nesting_in_a_json_list_keeps_the_cases_before_it(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text(f"[\n{json.dumps(minimal('K-1'))},\n{nested(1000)}\n]\n", encoding="utf-8")
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-1"]
    assert [str(e) for e in result.errors] == [f"{path}, line 3: {DEEP}"]


def test_a_folder_with_a_deeply_nested_file_reads_every_other_file(tmp_path: Path) -> None:
    write_cases(tmp_path / "a.jsonl", [case_from_dict(minimal("K-1"))])
    (tmp_path / "b.json").write_text(nested(1000), encoding="utf-8")
    write_cases(tmp_path / "c.json", [case_from_dict(minimal("K-3"))])
    result = read_cases_dir(tmp_path)
    assert [c.case_id for c in result.cases] == ["K-1", "K-3"]
    assert [str(e) for e in result.errors] == [f"{tmp_path / 'b.json'}, line 1: {DEEP}"]
    assert result.files == 3


def test_a_json_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    with path.open("wb") as f:
        f.truncate(MAX_CASE_BYTES + 2**20)  # a sparse file: no disk used, and read back as zero bytes
    assert only_error(path) == (
        f"{path}: the file is 33.0 MB, over the 32.0 MB a .json file may hold; save many cases as JSON Lines "
        "(.jsonl) instead, where the limit is per case"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the peak from /proc/self/status")
def test_an_oversized_jsonl_line_is_skipped_and_costs_one_case_of_memory(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    with path.open("wb") as f:
        f.write(json.dumps(minimal("K-1")).encode() + b"\n")
        f.write(b'{"case_id": "K-2", "notes": [{"type": "epikrise", "text": "')
        f.seek(256 * 2**20, os.SEEK_CUR)  # a sparse 256 MB note of zero bytes
        f.write(b'"}]}\n' + json.dumps(minimal("K-3")).encode() + b"\n")
    # A fresh process, so that the peak is this read's alone: VmHWM, since ru_maxrss carries the peak of the
    # process it was forked from (pytest's) across fork and exec.
    script = (
        "import json, sys\n"
        "from coder_assist.cases import read_cases\n"
        "r = read_cases(sys.argv[1])\n"
        "peak = [int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM')][0] / 1024\n"
        "print(json.dumps({'ids': [c.case_id for c in r.cases], 'errors': [str(e) for e in r.errors], 'mb': peak}))"
    )
    run = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
    report = json.loads(run.stdout)
    assert report["ids"] == ["K-1", "K-3"]
    assert report["errors"] == [
        f"{path}, line 2: the case on this line is 256.0 MB, over the 32.0 MB a case may hold; the line is skipped"
    ]
    assert report["mb"] < 200  # reading the line whole took over 1 GB


def test_cases_with_a_5_mb_note_or_10000_notes_are_read(tmp_path: Path) -> None:
    note = {"type": "journalnotat", "text": "Patienten er indlagt med hjertesvigt, ødemer og åndenød. " * 28}
    long_note = {"type": "epikrise", "text": "Blodtryk 170/95, kendt hypertension. " * 142_000}
    path = tmp_path / "cases.jsonl"
    write_cases(path, [case_from_dict(minimal("K-1", notes=[note] * 10_000)), case_from_dict(minimal("K-2"))])
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(minimal("K-3", notes=[long_note]), ensure_ascii=False) + "\n")
    result = read_cases(path)
    assert result.errors == []
    assert [len(c.notes) for c in result.cases] == [10_000, 1, 1]
    assert len(result.cases[2].notes[0].text) > 5_000_000


def test_unpaired_surrogate_escapes_are_refused_naming_the_field(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "cases.jsonl",
        [
            '{"case_id": "K-1", "notes": [{"type": "epikrise", "text": "smil \\ud83d\\ude00"}]}',  # a pair: 😀
            '{"case_id": "K-2", "notes": [{"type": "epikrise", "text": "halv \\ud83d"}]}',
            '{"case_id": "K-3", "notes": [], "x": {"\\udc00": 1}}',
        ],
    )
    result = read_cases(path)
    assert [c.notes[0].text for c in result.cases] == ["smil 😀"]
    assert [str(e) for e in result.errors] == [
        f"{path}, line 2, field notes[0].text: {SURROGATE}",
        f"{path}, line 3, field x: {SURROGATE}",
    ]
    write_cases(tmp_path / "again.jsonl", result.cases)  # what was read can be written, and so stored


def test_a_number_too_long_to_read_is_refused_naming_the_line(tmp_path: Path) -> None:
    digits = sys.get_int_max_str_digits() + 1
    long_number = '{"case_id": "K-2", "notes": [], "n": ' + "1" * digits + "}"
    path = write_lines(tmp_path / "cases.jsonl", [json.dumps(minimal("K-1")), long_number, json.dumps(minimal("K-3"))])
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-1", "K-3"]
    limit = sys.get_int_max_str_digits()
    assert [str(e) for e in result.errors] == [
        f"{path}, line 2: a number with more than {limit} digits; a case has no such number"
    ]


def test_a_case_of_millions_of_values_is_refused_before_parsing(tmp_path: Path) -> None:
    junk = json.dumps(minimal("K-2", x=[0] * MAX_VALUES))  # 6 MB that would parse to 2 million objects
    path = write_lines(tmp_path / "cases.jsonl", [json.dumps(minimal("K-1")), junk])
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-1"]
    assert [str(e) for e in result.errors] == [
        f"{path}, line 2: over 2,000,000 values (counted as ',', '[' and '{{' characters); a case has far fewer"
    ]


def test_a_file_of_garbage_lists_its_first_problems_and_counts_the_rest(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "cases.jsonl", ["{"] * (MAX_LISTED_ERRORS + 5) + [json.dumps(minimal("K-1"))])
    result = read_cases(path)
    assert [c.case_id for c in result.cases] == ["K-1"]
    assert (len(result.errors), result.unlisted, result.rejected) == (MAX_LISTED_ERRORS, 5, MAX_LISTED_ERRORS + 5)
    with pytest.raises(CaseError, match=rf"line 1, column 2: .*\(and {MAX_LISTED_ERRORS + 4} more problems\)"):
        result.check()
