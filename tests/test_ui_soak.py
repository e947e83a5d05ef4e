"""A working day in the app: hundreds of cases without a crash, very long cases without a frozen window, and
nothing kept of the cases left behind.

The day itself runs benchmarks/bench_soak.py in a subprocess, so that a "Fatal Python error" (the fault of
PySide6 6.12.0, see test_ui_refcount.py) ends that process and this test reports it with its output.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextDocument

from coder_assist.cases import Case, Note, case_from_dict
from coder_assist.runtime import EvidenceSpan
from coder_assist.ui.app import sample_worklist
from coder_assist.ui.case_view import PART_CHARS, PART_NOTES, CaseView
from coder_assist.ui.worker import Worker

ROOT = Path(__file__).resolve().parent.parent
DAY = 300


@pytest.mark.slow
def test_a_day_of_300_cases_with_hovers_and_selections_ends_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "soak.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "bench_soak.py"), "--cases", str(DAY), "--json", str(out)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=900, cwd=tmp_path)
    assert run.returncode == 0, f"the app did not get through the day (exit {run.returncode}):\n{run.stderr[-4000:]}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["cases_opened"] == DAY
    assert result["hovers"] >= DAY * 5 and result["selections"] >= DAY and result["clicks"] >= DAY
    assert result["result"] == "ended cleanly"
    for figures in result["long_cases"].values():  # opened after the day: one part drawn, not the whole text
        assert figures["characters_drawn"] < PART_CHARS + 100 * PART_NOTES < figures["characters"]


def base_case() -> Case:
    return case_from_dict(json.loads(sample_worklist().read_text(encoding="utf-8").splitlines()[0]))


def with_notes(notes: list[Note]) -> Case:
    case = base_case()
    case.notes = notes
    return case


@pytest.fixture
def view(qtbot) -> CaseView:
    view = CaseView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    return view


def shown_text(view: CaseView) -> str:
    return view.notes.document().toPlainText()


def highlighted(view: CaseView) -> list[str]:
    """The pieces of text with an evidence background, in document order."""
    pieces = []
    block = view.notes.document().begin()
    while block.isValid():
        for item in block:
            fragment = item.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                pieces.append(fragment.text())
        block = block.next()
    return pieces


def test_a_case_with_10000_notes_shows_one_part_and_says_so_in_danish(view: CaseView) -> None:
    view.show_case(
        with_notes([Note("journalnotat", f"Stuegang nr. {i + 1}: pt. har det bedre.") for i in range(10_000)])
    )
    text = shown_text(view)
    assert "Stuegang nr. 1:" in text and f"Stuegang nr. {PART_NOTES}:" in text
    assert f"Stuegang nr. {PART_NOTES + 1}:" not in text
    assert not view.partial.isHidden()
    notice = view.partial.text()
    assert "vises i dele" in notice and "Del 1 af 100" in notice and "notat 1–100 af 10.000" in notice
    assert "Næste del" in notice and "Forrige del" not in notice
    view.partial.linkActivated.emit("1")  # the "Næste del" link
    assert "Del 2 af 100" in view.partial.text() and "Forrige del" in view.partial.text()
    assert f"Stuegang nr. {PART_NOTES + 1}:" in shown_text(view) and "Stuegang nr. 1:" not in shown_text(view)


def test_a_5_mb_note_is_shown_in_parts_that_continue_where_the_last_stopped(view: CaseView) -> None:
    line = "Forløb: Røntgen af thorax viste pneumoni i højre underlap; behandlet med penicillin.\n"
    note = line * (5_000_000 // len(line))
    view.show_case(with_notes([Note("epikrise", note)]))
    title, first = shown_text(view).split("\n", 1)
    assert title == "Epikrise" and note.startswith(first) and len(first) <= PART_CHARS
    assert first.endswith("penicillin.\n")  # cut after a line, so no section label is split
    view.partial.linkActivated.emit("1")
    title, second = shown_text(view).split("\n", 1)
    assert title == "Epikrise (fortsat)" and note[len(first) :].startswith(second)
    parts = int(view.partial.text().split("Del 2 af ")[1].split(":")[0])
    view.partial.linkActivated.emit(str(parts - 1))
    assert note.endswith(shown_text(view).split("\n", 1)[1]) and "Næste del" not in view.partial.text()


def test_evidence_lands_on_its_characters_in_any_part_and_names_the_part_it_is_in(view: CaseView) -> None:
    # Characters outside the BMP take two UTF-16 units in Qt and one code point in Python.
    line = "Indlæggelsesårsag: Åndenød 😀 og hoste.\n"
    lines = PART_CHARS // len(line) * 3
    note = line * lines
    second_part_line = note.index(line, PART_CHARS + 2 * len(line))
    fever = note.index("hoste", 10 * len(line))
    pneumonia = second_part_line + line.index("Åndenød 😀")
    view.show_case(with_notes([Note("epikrise", note)]))
    view.set_evidence("DJ189", [
        EvidenceSpan("note", 0, fever, fever + len("hoste"), 0.2),
        EvidenceSpan("note", 0, pneumonia, pneumonia + len("Åndenød 😀"), 0.7),
    ])  # fmt: skip
    view.show_evidence("DJ189")
    assert highlighted(view) == ["hoste"]
    assert "1 evidenssteder for DJ189 ligger i andre dele, det stærkeste i" in view.partial.text()
    assert 'href="1">del 2<' in view.partial.text()
    view.partial.linkActivated.emit("1")
    assert highlighted(view) == ["Åndenød 😀"]
    assert "det stærkeste i" in view.partial.text() and 'href="0">del 1<' in view.partial.text()


def test_the_text_of_cases_left_behind_is_not_kept(view: CaseView) -> None:
    lines = sample_worklist().read_text(encoding="utf-8").splitlines()
    for i in range(20):
        view.show_case(case_from_dict(json.loads(lines[i % len(lines)])))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the event loop does next
    assert len(view.notes.findChildren(QTextDocument)) == 1


def test_finished_background_work_keeps_neither_its_case_nor_its_result(qtbot) -> None:
    class Result:
        """Stands for a case and its suggestions: what each job of an opened case holds."""

    worker = Worker()
    kept: list[weakref.ref[Result]] = []
    for _ in range(20):
        result = Result()
        kept.append(weakref.ref(result))
        worker.submit(worker.token, "job", lambda result=result: result, lambda _result, _error: None)
    del result
    qtbot.waitUntil(lambda: worker.pending == 0, timeout=10_000)
    gc.collect()
    assert [ref for ref in kept if ref() is not None] == []
