"""Flattening a case to model text, and mapping characters back to notes and rows."""

from __future__ import annotations

from coder_assist.cases import Case, Lab, Medication, Note, SourceSpan, flatten, render_lab
from coder_assist.cases.flatten import HEADER

NOTE_0 = "Patienten, 67 år, indlægges med åndenød og ødemer."
NOTE_1 = "Kendt med forhøjet blodtryk. Får furosemid."


def make_case() -> Case:
    return Case(
        case_id="K-1",
        notes=[Note("epikrise", NOTE_0), Note("", ""), Note("journalnotat", NOTE_1)],
        medications=[Medication("C03CA01", "furosemid", "40 mg x 1"), Medication(None, "Hjertemagnyl")],
        labs=[
            Lab("NPU27300", "Kreatinin;P", 142, "µmol/L", low=60, high=105),
            Lab("NPU02319", "Hæmoglobin;B", 6.1, "mmol/L", low=7.3, high=9.5),
            Lab(None, "Urin-stix", "negativ"),
        ],
    )


def test_layout_a_reader_can_follow() -> None:
    assert flatten(make_case()).text == (
        "## epikrise\n"
        f"{NOTE_0}\n\n"
        "## notat\n"
        "\n\n"
        "## journalnotat\n"
        f"{NOTE_1}\n\n"
        "## medicin\n"
        "C03CA01 furosemid 40 mg x 1\n"
        "Hjertemagnyl\n\n"
        "## laboratoriesvar\n"
        "Kreatinin;P 142 µmol/L (H)\n"
        "Hæmoglobin;B 6.1 mmol/L (L)\n"
        "Urin-stix negativ"
    )


def test_every_character_maps_back_exactly_including_danish_letters() -> None:
    case = make_case()
    flat = flatten(case)
    sources = {
        "note": [n.text for n in case.notes],
        "medication": ["C03CA01 furosemid 40 mg x 1", "Hjertemagnyl"],
        "lab": [render_lab(lab) for lab in case.labs],
    }
    seen = {kind: [0] * len(texts) for kind, texts in sources.items()}
    for i, char in enumerate(flat.text):
        pos = flat.source_at(i)
        if pos.kind == HEADER:
            continue
        assert sources[pos.kind][pos.index][pos.offset] == char
        assert flat.from_source(pos.kind, pos.index, pos.offset) == i
        seen[pos.kind][pos.index] += 1
    assert seen == {kind: [len(t) for t in texts] for kind, texts in sources.items()}


def test_evidence_span_in_a_note_lands_on_the_word() -> None:
    flat = flatten(make_case())
    start = NOTE_0.index("åndenød")
    flat_start = flat.from_source("note", 0, start)
    assert flat.text[flat_start : flat_start + len("åndenød")] == "åndenød"
    assert flat.to_source_spans(flat_start, flat_start + 7) == [SourceSpan("note", 0, start, start + 7)]


def test_span_across_a_boundary_splits_and_drops_the_headers() -> None:
    flat = flatten(make_case())
    start = flat.from_source("note", 2, NOTE_1.index("furosemid"))
    end = flat.from_source("medication", 0, len("C03CA01 furosemid"))
    assert flat.to_source_spans(start, end) == [
        SourceSpan("note", 2, NOTE_1.index("furosemid"), len(NOTE_1)),
        SourceSpan("medication", 0, 0, len("C03CA01 furosemid")),
    ]
    header_only = flat.text.index("## medicin")
    assert flat.to_source_spans(header_only, header_only + 10) == []


def test_lab_flags_and_row_offsets() -> None:
    flat = flatten(make_case())
    at = flat.from_source("lab", 1, 0)
    line = "Hæmoglobin;B 6.1 mmol/L (L)"
    assert flat.text[at : at + len(line)] == line
    assert flat.source_at(at + len(line) - 2).offset == len(line) - 2


def test_empty_case_and_empty_note() -> None:
    assert flatten(Case("K-0", notes=[])).text == ""
    flat = flatten(make_case())
    assert flat.from_source("note", 1, 0) == flat.text.index("\n\n## journalnotat")
