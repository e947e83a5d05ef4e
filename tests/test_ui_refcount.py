"""The Qt binding keeps Python's ``None`` alive: no call the case view makes loses a reference to it.

PySide6-Essentials 6.12.0 drops one reference to ``None`` on every QTextCursor call that returns nothing.
A day of cases adds up to more references than ``None`` has, and Python aborts with "Fatal Python error:
none_dealloc" and no message. pyproject.toml excludes that release; these tests fail on any binding with
the fault, before a user meets it. From Python 3.12 ``None`` is immortal and its count never moves, so the
fault cannot free it and there is nothing to measure.
"""

from __future__ import annotations

import ctypes
import json
import sys
from collections.abc import Callable

import pytest

pytest.importorskip("pytestqt")
from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

from coder_assist.cases import case_from_dict
from coder_assist.runtime import EvidenceSpan
from coder_assist.ui.app import sample_worklist
from coder_assist.ui.case_view import CaseView

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")

CALLS = 1000
# None is shared by the whole interpreter: anything else running may take or give back a few references.
NOISE = 20

KEEP = QTextCursor.MoveMode.KeepAnchor
# Every QTextCursor method returning nothing that coder_assist/ui/case_view.py calls, as case_view calls it.
CURSOR_CALLS: dict[str, Callable[[QTextCursor, QTextCharFormat], object]] = {
    "insertText": lambda cursor, fmt: cursor.insertText("Stuegang: ", fmt),
    "insertBlock": lambda cursor, fmt: cursor.insertBlock(),
    "setCharFormat": lambda cursor, fmt: cursor.setCharFormat(fmt),
    "setPosition": lambda cursor, fmt: cursor.setPosition(1),
    "setPosition(KeepAnchor)": lambda cursor, fmt: cursor.setPosition(4, KEEP),
    "mergeCharFormat": lambda cursor, fmt: cursor.mergeCharFormat(fmt),
    "beginEditBlock+endEditBlock": lambda cursor, fmt: (cursor.beginEditBlock(), cursor.endEditBlock()),
}


def references_lost(action: Callable[[], object], times: int) -> int:
    """How many references to None ``times`` calls of ``action`` lose (negative: gain)."""
    action()  # the first call may create caches (type wrappers, format objects) that keep a None for good
    lost = 0
    for _ in range(times):
        before = sys.getrefcount(None)
        action()
        change = before - sys.getrefcount(None)
        lost += change
        give_back(change)  # at once: 200 case openings on a leaking binding lose more references than None has
    return lost


def give_back(references: int) -> None:
    """Return references to None that a leaking binding took, for good (a list holding them would hand them
    back at exit), so the run survives to report the failure instead of dying on none_dealloc."""
    for _ in range(references):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


@pytest.mark.parametrize("name", list(CURSOR_CALLS))
def test_a_text_cursor_call_keeps_every_reference_to_none(qapp, name: str) -> None:
    doc = QTextDocument()
    doc.setPlainText("Anamnese: 67-årig mand med feber.")
    cursor = QTextCursor(doc)
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    lost = references_lost(lambda: CURSOR_CALLS[name](cursor, fmt), CALLS)
    assert lost < NOISE, (
        f"QTextCursor.{name} lost {lost} references to None in {CALLS} calls (PySide6 {pyside_version}): "
        "this binding ends a working day in 'Fatal Python error: none_dealloc'; exclude it in pyproject.toml"
    )


def test_opening_a_case_and_hovering_keeps_every_reference_to_none(qtbot) -> None:
    """The case view's own path: draw a case, paint one code's evidence, clear it; 200 times."""
    case = case_from_dict(json.loads(sample_worklist().read_text(encoding="utf-8").splitlines()[0]))
    view = CaseView()
    qtbot.addWidget(view)
    text = case.notes[0].text
    spans = [EvidenceSpan("note", 0, start, start + 6, 0.5) for start in range(0, len(text) - 6, len(text) // 8)]

    def open_and_hover() -> None:
        view.show_case(case)
        view.set_evidence("DJ189", spans)
        view.show_evidence("DJ189")
        view.show_evidence(None)

    lost = references_lost(open_and_hover, 200)
    assert lost < NOISE, f"opening a case 200 times lost {lost} references to None (PySide6 {pyside_version})"
