"""Ten cases of the sample worklist coded in the window by keyboard alone, as tests/test_session.py codes them
with session calls: accept an A and a B by digit, search a category and take a specific sub-code (→ opens
its sub-codes), answer the soft-stop warning, replace the code it names, finish, and on to the next case.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from test_session import CASES, QUERY, SUGGESTED, expected_codes, plan, ten_sample_cases
from test_ui_window import TABLE, FakeEngine, make_window

from coder_assist.cases import Case
from coder_assist.runtime import Suggestion, Suggestions
from coder_assist.store import DONE, SUGGESTION, Store
from coder_assist.ui.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
DIGITS = [getattr(Qt.Key, f"Key_{d}") for d in (1, 2, 3, 4, 5, 6, 7, 8, 9, 0)]


class SampleEngine(FakeEngine):
    """The stand-in engine, suggesting SUGGESTED in that order for every case: the plan names rows."""

    def suggest(self, case: Case, top_k: int = 10, encoded: Any = None) -> Suggestions:
        self.threads.append(threading.get_ident())
        items = [Suggestion(c, TABLE[c][0], TABLE[c][1], 0.5, TABLE[c][2]) for c in SUGGESTED[:top_k]]
        return Suggestions(case.case_id, items, None, 0.01)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """A key press where the user's focus is, as a keyboard delivers it."""
    qtbot.keyClick(focused(), key, modifier)


def search(qtbot, window: MainWindow, text: str) -> None:
    """Ctrl+F and type: the hits are shown once the typing pauses."""
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert window.search.box.hasFocus()
    with qtbot.waitSignal(window.search.searched, timeout=5_000):
        qtbot.keyClicks(window.search.box, text)


def take_sub_code(qtbot, window: MainWindow, code: str) -> None:
    """→ opens the sub-codes of the top hit, ↓ goes to the hits and down to ``code``, Enter adds it as B."""
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Down)
    assert window.search.results.hasFocus()
    for _ in range([hit.code.code for hit in window.search.hits].index(code)):
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)


def remove(qtbot, window: MainWindow, code: str) -> None:
    """From the search box, Shift+Tab past the finish button to the accepted codes; Ctrl+Home, ↓ to ``code``,
    Del."""
    key(qtbot, Qt.Key.Key_F, CTRL)
    key(qtbot, Qt.Key.Key_Backtab, SHIFT)
    key(qtbot, Qt.Key.Key_Backtab, SHIFT)
    panel = window.accepted
    assert panel.table.hasFocus()
    key(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(len(panel.decisions)):
        if panel.current_code() == code:
            break
        key(qtbot, Qt.Key.Key_Down)
    assert panel.current_code() == code
    key(qtbot, Qt.Key.Key_Delete)


def answer_the_question(answer: Qt.Key) -> list[str]:
    """Press ``answer`` in the next question box once it is up (within 5 s); the list gets the text it
    asked."""
    asked: list[str] = []

    def look(tries: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            QTest.keyClick(box, answer)
        elif tries:
            QTimer.singleShot(10, lambda: look(tries - 1))

    QTimer.singleShot(0, lambda: look(500))
    return asked


def finish(qtbot, window: MainWindow, *, last: bool) -> None:
    """Ctrl+Enter finishes the case and opens the next, whose suggestions are shown before the next key."""
    if last:
        key(qtbot, Qt.Key.Key_Return, CTRL)
        return
    with qtbot.waitSignal(window.case_ready, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return, CTRL)


def test_ten_sample_cases_are_coded_by_keyboard_alone(qtbot, tmp_path: Path) -> None:
    with Store(tmp_path / "store.sqlite3") as store:
        window = make_window(qtbot, store, SampleEngine(), [ten_sample_cases(tmp_path / "cases.jsonl")])
        opened: list[str] = []
        for i in range(CASES):
            assert window.case is not None and window.suggestions.hasFocus()
            case_id = window.case.case_id
            opened.append(case_id)
            p = plan(i)
            key(qtbot, DIGITS[p.a_row], SHIFT)
            key(qtbot, DIGITS[p.b_row])
            search(qtbot, window, QUERY)
            take_sub_code(qtbot, window, p.sub_code)
            if p.soft_stop is not None:
                asked = answer_the_question(Qt.Key.Key_Escape)  # no: the coder fixes it first
                key(qtbot, Qt.Key.Key_Return, CTRL)
                assert len(asked) == 1 and f"{p.soft_stop} har 1 mere specifikke underkoder" in asked[0]
                assert store.status(case_id) != DONE and window.case.case_id == case_id
                # The offscreen platform has no window manager to hand the window its focus back.
                window.activateWindow()
                qtbot.waitUntil(window.isActiveWindow)
                remove(qtbot, window, p.soft_stop)
                search(qtbot, window, p.soft_stop)
                take_sub_code(qtbot, window, p.fix)
            finish(qtbot, window, last=i == CASES - 1)
        assert window.status_line.text() == "Alle sager i arbejdslisten er færdige."
        worklist = store.worklist()
        assert opened == [item.case_id for item in worklist]
        for i, item in enumerate(worklist):
            assert (item.status, item.finished_by) == (DONE, "tester")
            decisions = store.decisions(item.case_id)
            assert [(d.code, d.type, d.source) for d in decisions] == expected_codes(i)
            assert {d.model_version for d in decisions if d.source == SUGGESTION} == {"fake-model 2026-11-01T10:00:00"}
