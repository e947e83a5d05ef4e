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


def test_a_limit_keeps_the_start_of_the_text_and_the_whole_map() -> None:
    """flatten(case, limit) copies only the characters the model can read; offsets and the map of what
    lies beyond the cut are those of the whole text, so the engine can name what it left out."""
    case = make_case()
    whole = flatten(case)
    cut = whole.from_source("note", 2, NOTE_1.index("forhøjet"))
    flat = flatten(case, cut)
    assert flat.text == whole.text[:cut] and not flat.complete and whole.complete
    assert len(flat) == len(whole) and flat.source_at(len(whole) - 1) == whole.source_at(len(whole) - 1)
    assert flat.to_source_spans(cut, len(flat)) == [
        SourceSpan("note", 2, NOTE_1.index("forhøjet"), len(NOTE_1)),
        SourceSpan("medication", 0, 0, len("C03CA01 furosemid 40 mg x 1")),
        SourceSpan("medication", 1, 0, len("Hjertemagnyl")),
        *(SourceSpan("lab", i, 0, len(render_lab(lab))) for i, lab in enumerate(case.labs)),
    ]
    assert flat.from_source("lab", 2, 3) == whole.from_source("lab", 2, 3)
    assert flatten(case, len(whole)).complete and flatten(case, 0).text == ""


def test_a_limit_on_a_huge_note_copies_only_the_start() -> None:
    note = "Åndenød og ødemer. " * 500_000  # 9.5 million characters
    flat = flatten(Case("K-2", notes=[Note("epikrise", note)]), 1000)
    assert len(flat.text) == 1000 and flat.text[len("## epikrise\n") :] == note[: 1000 - len("## epikrise\n")]
    assert len(flat) == len("## epikrise\n") + len(note)
