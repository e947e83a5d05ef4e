"""The main window with a stand-in engine: accepting, evidence, search, finishing, restart, threads, files.

The stand-in engine answers like the real one (same result types) from a fixed table, so these tests are
fast and know exactly which characters are evidence; the real tiny model is exercised in test_ui_app.py.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTableWidget, QToolButton

from coder_assist.cases import Case
from coder_assist.runtime import BundleError, EvidenceSpan, Suggestion, Suggestions
from coder_assist.store import DONE, IN_PROGRESS, MANUAL, SEARCH, SUGGESTION, Store
from coder_assist.ui.main_window import MainWindow
from coder_assist.ui.settings import Settings, load_settings
from coder_assist.ui.worker import Worker

NOTE = (
    "Indlæggelsesårsag: Åndenød og feber.\n\n"
    "Anamnese: 67-årig mand, kendt med forhøjet blodtryk (BT 165/95) og type 2-diabetes.\n"
    + "Stuegang: pt. har det bedre, spiser og drikker.\n" * 80
    + "Forløb: Røntgen af thorax viste pneumoni i højre underlap; behandlet med penicillin."
)
# code -> (text, score, tier, [(phrase in NOTE, weight)])
TABLE: dict[str, tuple[str, float, str, list[tuple[str, float]]]] = {
    "DJ189": ("Pneumoni UNS", 0.91, "suggested", [("pneumoni", 0.6), ("feber", 0.2)]),
    "DI109": ("Essentiel hypertension", 0.72, "suggested", [("forhøjet blodtryk", 0.5), ("BT 165/95", 0.25)]),
    "DE119": ("Type 2-diabetes uden komplikationer", 0.41, "probably_missed", [("type 2-diabetes", 0.7)]),
    "DR060": ("Dyspnø", 0.30, "below", [("Åndenød", 0.8)]),
    "DR509": ("Feber UNS", 0.20, "below", [("feber", 0.9)]),
}
CODES = list(TABLE)


def case_dict(case_id: str, *, sex: str = "M", age: int = 67) -> dict[str, Any]:
    return {
        "case_id": case_id,
        "department": "Medicinsk afdeling",
        "patient": {"age": age, "sex": sex},
        "admission": {"start": "2024-03-02", "end": "2024-03-07"},
        "notes": [{"type": "epikrise", "text": NOTE}],
        "medications": [{"atc": "A10BA02", "name": "metformin", "dose": "500 mg x 2"}],
        "labs": [{"npu": "NPU27300", "name": "Kreatinin;P", "value": 142, "unit": "µmol/L", "low": 60, "high": 105}],
    }


def write_cases(path: Path, ids: list[str]) -> Path:
    path.write_text("".join(json.dumps(case_dict(i), ensure_ascii=False) + "\n" for i in ids), encoding="utf-8")
    return path


@dataclass
class FakeBundle:
    name: str = "fake-model"
    manifest: dict[str, Any] = field(default_factory=lambda: {"name": "fake-model", "created": "2026-11-01T10:00:00"})


class FakeEngine:
    """Engine's interface over TABLE; records the thread of every model call."""

    provider = "CPUExecutionProvider"
    provider_warning = None

    def __init__(self) -> None:
        self.bundle = FakeBundle()
        self.threads: list[int] = []
        self.gate: dict[str, threading.Event] = {}  # case id -> event the encode waits for

    def encode(self, case: Case) -> str:
        self.threads.append(threading.get_ident())
        gate = self.gate.get(case.case_id)
        if gate is not None:
            assert gate.wait(10)
        return case.case_id

    def suggest(self, case: Case, top_k: int = 10, encoded: Any = None) -> Suggestions:
        self.threads.append(threading.get_ident())
        # The second case gets the table in reverse, so tests can tell whose suggestions are shown.
        codes = CODES if not case.case_id.endswith("2") else CODES[::-1]
        items = [Suggestion(c, TABLE[c][0], TABLE[c][1], 0.5, TABLE[c][2]) for c in codes[:top_k]]
        return Suggestions(case.case_id, items, None, 0.01)

    def explain(self, case: Case, code: str, encoded: Any = None) -> list[EvidenceSpan]:
        self.threads.append(threading.get_ident())
        spans = [EvidenceSpan("note", 0, NOTE.index(p), NOTE.index(p) + len(p), w) for p, w in TABLE[code][3]]
        if code == "DE119":
            spans.append(EvidenceSpan("medication", 0, 8, 17, 0.2))
        return spans


@pytest.fixture
def cases_file(tmp_path: Path) -> Path:
    return write_cases(tmp_path / "cases.jsonl", ["K-1", "K-2", "K-3"])


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store.sqlite3") as store:
        yield store


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


def make_window(qtbot, store: Store, engine: FakeEngine | None, paths: list[Path], **kw: Any) -> MainWindow:
    def loader():
        if engine is None:
            raise BundleError("no model bundle folder here", where="/nowhere")
        return engine

    window = MainWindow(store, kw.pop("settings", Settings(user="tester")), engine_loader=loader, **kw)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts (1-9, Ctrl+Enter) need the active window
    window.load_paths(paths)
    with qtbot.waitSignal(window.case_ready, timeout=10_000):
        window.open_first_case()
    # case_ready waits for the top suggestion's evidence only; the others arrive after it, and a test that
    # hovered, selected or clicked a lower one before its evidence was there failed now and then
    qtbot.waitUntil(lambda: all(item.code in window.case_view._evidence for item in window.items), timeout=10_000)
    return window


@pytest.fixture
def window(qtbot, store: Store, engine: FakeEngine, cases_file: Path) -> MainWindow:
    return make_window(qtbot, store, engine, [cases_file])


def note_background_alpha(window: MainWindow, offset: int) -> int:
    """Alpha of the highlight on note character ``offset`` (0: none)."""
    view = window.case_view
    cursor = QTextCursor(view.notes.document())
    cursor.setPosition(view._position("note", 0, offset) + 1)  # the format of the character before the cursor
    brush = cursor.charFormat().background()
    return 0 if brush.style() == Qt.BrushStyle.NoBrush else brush.color().alpha()


def test_accept_by_click_as_b_and_as_a_goes_to_the_store(window: MainWindow, store: Store, qtbot) -> None:
    table = window.suggestions
    qtbot.mouseClick(table.findChild(QToolButton, "accept_B_1"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(table.findChild(QToolButton, "accept_A_0"), Qt.MouseButton.LeftButton)
    decisions = store.decisions("K-1")
    assert [(d.code, d.type) for d in decisions] == [("DJ189", "A"), ("DI109", "B")]
    first = decisions[0]
    assert (first.source, first.score, first.user) == (SUGGESTION, pytest.approx(0.91), "tester")
    assert first.model_version == "fake-model 2026-11-01T10:00:00"
    assert window.accepted.table.rowCount() == 2 and window.accepted.table.item(0, 1).text() == "DJ189"
    assert store.worklist()[0].status == IN_PROGRESS


def test_number_keys_accept_b_shift_accepts_a_and_del_removes(window: MainWindow, store: Store, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)
    assert [(d.code, d.type) for d in store.decisions("K-1")] == [("DI109", "A"), ("DE119", "B")]
    table = window.accepted.table
    table.setFocus()
    table.setCurrentCell(1, 1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [d.code for d in store.decisions("K-1")] == ["DI109"]


def test_keys_reach_the_suggestions_wherever_focus_is_unless_a_text_field_is_edited(
    window: MainWindow, store: Store, qtbot
) -> None:
    assert window.focusWidget() is window.suggestions  # an opened case takes the keys
    assert window.keys_label.text().startswith("Taster: 1–0")
    # Danish keyboard: Shift+1 arrives as "!" with Shift held; it is suggestion 1 as A all the same.
    qtbot.keyClick(window.suggestions, Qt.Key.Key_Exclam, Qt.KeyboardModifier.ShiftModifier)
    assert [(d.code, d.type) for d in store.decisions("K-1")] == [("DJ189", "A")]
    # Typing in the worklist filter types; it accepts nothing and leaves the open case alone.
    window.worklist.filter_box.setFocus()
    qtbot.keyClicks(window.worklist.filter_box, "12")
    assert window.worklist.filter_box.text() == "12" and len(store.decisions("K-1")) == 1
    # Esc leaves the text field: the next digit accepts again.
    qtbot.keyClick(window.worklist.filter_box, Qt.Key.Key_Escape)
    qtbot.keyClick(window.suggestions, Qt.Key.Key_2)
    assert [(d.code, d.type) for d in store.decisions("K-1")] == [("DJ189", "A"), ("DI109", "B")]


def test_number_keys_are_read_by_physical_key_where_the_platform_tells_it() -> None:
    from coder_assist.ui.main_window import suggestion_row

    shift, none = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier
    # "(" is Shift+8 on a Danish keyboard and Shift+9 on a US one: the scan code decides.
    assert suggestion_row(Qt.Key.Key_ParenLeft, shift, scan_code=17, platform="xcb") == 7  # the 8 key
    assert suggestion_row(Qt.Key.Key_ParenLeft, shift, scan_code=18, platform="xcb") == 8  # the 9 key
    assert suggestion_row(Qt.Key.Key_ParenRight, shift, virtual_key=0x30, platform="windows") == 9  # the 0 key
    assert suggestion_row(Qt.Key.Key_Exclam, shift, virtual_key=0x12, platform="cocoa") == 0
    # Without a platform key: Danish characters, and only with Shift held.
    assert suggestion_row(Qt.Key.Key_ParenLeft, shift) == 7
    assert suggestion_row(Qt.Key.Key_Slash, none) is None
    assert suggestion_row(Qt.Key.Key_A, none, scan_code=38, platform="xcb") is None


def test_a_laptop_screen_shows_ten_suggestions_four_accepted_codes_and_five_hits(
    qtbot, store: Store, engine: FakeEngine, cases_file: Path
) -> None:
    window = make_window(qtbot, store, engine, [cases_file])
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    row = window.suggestions.verticalHeader().defaultSectionSize()
    assert all(window.suggestions.rowHeight(r) == row for r in range(window.suggestions.rowCount()))
    assert window.suggestions.viewport().height() >= 10 * row
    assert window.accepted.table.viewport().height() >= 4 * window.accepted.table.verticalHeader().defaultSectionSize()
    hit = window.search.results.fontMetrics().height() + 4  # a tree row: a line of text
    assert window.search.results.viewport().height() >= 5 * hit
    assert window.suggestions.columnWidth(2) >= 150  # the code's text, not "Akut blød…"
    assert "Sandsynligt overset B" in window.suggestions.item(2, 4).toolTip()  # the full tier on hover


def test_hovering_a_suggestion_highlights_its_evidence_by_weight(window: MainWindow, qtbot) -> None:
    table = window.suggestions
    rect = table.visualItemRect(table.item(1, 2))  # DI109
    qtbot.mouseMove(table.viewport(), rect.center())
    strong, weak = NOTE.index("forhøjet blodtryk"), NOTE.index("BT 165/95")
    assert window.case_view.shown_code == "DI109"
    for i in range(len("forhøjet blodtryk")):
        assert note_background_alpha(window, strong + i) > 0
    assert note_background_alpha(window, strong - 2) == 0  # the characters around it stay plain
    assert note_background_alpha(window, strong + len("forhøjet blodtryk") + 1) == 0
    assert note_background_alpha(window, strong) > note_background_alpha(window, weak) > 0
    assert note_background_alpha(window, NOTE.index("pneumoni")) == 0  # the top code's evidence is gone


def test_selecting_a_suggestion_highlights_it_and_rows_and_leaving_restores(window: MainWindow, qtbot) -> None:
    window.suggestions.setCurrentCell(2, 1)  # DE119: note span and the metformin row
    assert note_background_alpha(window, NOTE.index("type 2-diabetes") + 3) > 0
    assert window.case_view.medications.item(0, 1).background().style() != Qt.BrushStyle.NoBrush
    window.suggestions.setCurrentCell(0, 1)
    assert note_background_alpha(window, NOTE.index("type 2-diabetes") + 3) == 0
    assert note_background_alpha(window, NOTE.index("pneumoni")) > 0
    assert window.case_view.medications.item(0, 1).background().style() == Qt.BrushStyle.NoBrush


def test_the_view_scrolls_to_the_strongest_evidence(window: MainWindow, qtbot) -> None:
    view = window.case_view.notes
    cursor = QTextCursor(view.document())
    cursor.setPosition(window.case_view._position("note", 0, NOTE.index("pneumoni")))
    assert window.case_view.shown_code == "DJ189"  # the top suggestion, selected when they arrived
    assert view.verticalScrollBar().value() > 0
    assert view.viewport().rect().contains(view.cursorRect(cursor))
    window.suggestions.setCurrentCell(1, 1)  # DI109: its evidence is near the top
    cursor.setPosition(window.case_view._position("note", 0, NOTE.index("forhøjet blodtryk")))
    assert view.viewport().rect().contains(view.cursorRect(cursor))


def test_clicking_highlighted_text_names_the_codes_it_supports(window: MainWindow, qtbot) -> None:
    view = window.case_view.notes
    cursor = QTextCursor(view.document())
    cursor.setPosition(window.case_view._position("note", 0, NOTE.index("feber") + 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    message = window.status_line.text()
    assert "DR509" in message and "DJ189" in message and "DI109" not in message


def test_search_as_you_type_adds_a_code_as_b_or_a(window: MainWindow, store: Store, qtbot) -> None:
    qtbot.waitUntil(lambda: window.search.box.isEnabled(), timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    with qtbot.waitSignal(window.search.searched, timeout=5_000):
        qtbot.keyClicks(window.search.box, "forhøjet blodtryk")
    assert window.search.hits and window.search.results.topLevelItem(0).text(2)  # hierarchy shown
    top = window.search.hits[0].code.code
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert [(d.code, d.type, d.source) for d in store.decisions("K-1")] == [(top, "B", SEARCH)]
    window.search.box.clear()
    with qtbot.waitSignal(window.search.searched, timeout=5_000):
        qtbot.keyClicks(window.search.box, "DJ449")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert ("DJ449", "A", MANUAL) in [(d.code, d.type, d.source) for d in store.decisions("K-1")]


def test_finishing_needs_exactly_one_a_then_opens_the_next_case(window: MainWindow, store: Store, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.worklist()[0].status != DONE
    assert window.banner.isVisible() and "(A)" in window.banner.text()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(window.case_ready, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.worklist()[0].status == DONE
    assert window.case is not None and window.case.case_id == "K-2"
    assert window.worklist.current_id() == "K-2"


def test_search_marks_codes_with_sub_codes_and_right_arrow_opens_them(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: window.search.box.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.search.searched, timeout=5_000):
        qtbot.keyClicks(window.search.box, "kronisk obstruktiv lungesygdom")
    first = window.search.results.topLevelItem(0)
    assert first.text(0) == "DJ44 ▸" and "underkoder" in first.toolTip(0)
    window.search.results.setFocus()
    qtbot.keyClick(window.search.results, Qt.Key.Key_Right)
    codes = [window.search.results.topLevelItem(i).text(0) for i in range(window.search.results.topLevelItemCount())]
    assert codes[0] == "DJ44 ▸" and {"DJ440", "DJ441", "DJ449"} <= set(codes)
    window.search.results.setCurrentItem(window.search.results.topLevelItem(codes.index("DJ441")))
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert [d.code for d in window.store.decisions("K-1")] == ["DJ441"]


def test_sex_and_age_conflicts_warn_and_the_user_decides(window: MainWindow, store: Store, qtbot) -> None:
    asked: list[str] = []
    answers = [False, True]
    window.ask = lambda title, text: asked.append(text) or answers.pop(0)
    window.add_code("DO800", "A", MANUAL)  # a normal delivery, for a 67-year-old man
    window.add_code("DP071", "B", MANUAL)  # a perinatal code, for an adult
    assert window.finish_case() is False
    assert "DO800" in asked[0] and "DP071" in asked[0]
    assert store.worklist()[0].status != DONE
    with qtbot.waitSignal(window.case_ready, timeout=10_000):
        assert window.finish_case() is True
    assert store.worklist()[0].status == DONE


def test_a_new_window_on_the_same_store_restores_everything(
    qtbot, store: Store, engine: FakeEngine, cases_file: Path
) -> None:
    first = make_window(qtbot, store, engine, [cases_file])
    qtbot.keyClick(first, Qt.Key.Key_1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(first, Qt.Key.Key_2)
    with qtbot.waitSignal(first.case_ready, timeout=10_000):
        first.finish_case()
    qtbot.keyClick(first, Qt.Key.Key_3)  # on K-2 now, whose third suggestion is DE119
    first.close()
    settings = load_settings()
    assert settings.last_case_id == "K-2"
    second = make_window(qtbot, store, engine, [cases_file], settings=settings)
    assert second.case is not None and second.case.case_id == "K-2"
    assert [second.accepted.table.item(r, 1).text() for r in range(second.accepted.table.rowCount())] == ["DE119"]
    statuses = {r: second.worklist.table.item(r, 1).text() for r in range(3)}
    assert statuses == {0: "Færdig", 1: "I gang", 2: "Ny"}


def test_model_work_never_runs_on_the_gui_thread(window: MainWindow, engine: FakeEngine, qtbot) -> None:
    with qtbot.waitSignal(window.case_ready, timeout=10_000):
        window.open_case("K-2")
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=10_000)
    assert len(engine.threads) >= 2 + 2 * len(CODES)  # encode, suggest and each explain, for both cases
    assert threading.get_ident() not in engine.threads


def test_results_for_a_case_the_user_left_are_dropped(qtbot, store: Store, engine: FakeEngine, cases_file) -> None:
    window = make_window(qtbot, store, engine, [cases_file])
    engine.gate["K-3"] = gate = threading.Event()
    window.open_case("K-3")  # its encode waits at the gate
    with qtbot.waitSignal(window.case_ready, timeout=10_000) as ready:
        window.open_case("K-2")
        gate.set()
    assert ready.args == ["K-2"]
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=10_000)
    assert [s.code for s in window.suggestions.items] == CODES[::-1]  # K-2's, not K-3's


def test_a_malformed_file_is_named_while_the_valid_cases_open(qtbot, store: Store, engine, tmp_path: Path) -> None:
    good = write_cases(tmp_path / "good.jsonl", ["K-1"])
    bad = tmp_path / "broken.jsonl"
    bad.write_text(json.dumps(case_dict("K-9")) + "\n{not json\n" + json.dumps({"case_id": "K-8"}) + "\n")
    window = make_window(qtbot, store, engine, [good, bad])
    assert window.banner.isVisible()
    assert "broken.jsonl" in window.banner.text() and "good.jsonl" not in window.banner.text()
    assert [item.case_id for item in window.worklist.items] == ["K-1", "K-9"]
    assert window.case is not None and window.suggestions.items


def test_without_a_model_the_app_says_so_and_search_still_codes(qtbot, store: Store, cases_file: Path) -> None:
    window = make_window(qtbot, store, None, [cases_file])
    assert "no model bundle folder here" in window.banner.text()
    assert window.suggestions.items == []
    qtbot.keyClick(window, Qt.Key.Key_1)  # nothing to accept: no error, no decision
    qtbot.waitUntil(lambda: window.search.box.isEnabled(), timeout=10_000)
    window.search.box.setText("DJ189")
    window.search.run_search()
    window.search.add_current("A")
    assert [(d.code, d.type, d.model_version) for d in store.decisions("K-1")] == [("DJ189", "A", None)]


def test_an_inline_worker_gives_the_same_window(qtbot, store: Store, engine: FakeEngine, cases_file: Path) -> None:
    window = make_window(qtbot, store, engine, [cases_file], worker=Worker(inline=True))
    assert [s.code for s in window.suggestions.items] == CODES
    assert window.case_view.shown_code == "DJ189"
    assert set(engine.threads) == {threading.get_ident()}


def test_f1_lists_the_shortcuts(window: MainWindow, qtbot) -> None:
    from coder_assist.ui.dialogs import SHORTCUTS, HelpDialog

    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialogs = [d for d in window.findChildren(HelpDialog) if d.isVisible()]
    assert len(dialogs) == 1
    table = dialogs[0].findChild(QTableWidget)
    keys = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert len(keys) == len(SHORTCUTS) and "Ctrl+Enter" in keys and "Del" in keys


def test_english_is_selectable(qtbot, store: Store, engine: FakeEngine, cases_file: Path) -> None:
    from coder_assist.ui import strings

    strings.set_language("en")
    try:
        window = make_window(qtbot, store, engine, [cases_file])
        assert window.accepted.finish_button.text() == "Finish case (Ctrl+Enter)"
        assert window.suggestions.item(2, 4).text() == "Missed B?"
    finally:
        strings.set_language("da")


def test_accepted_codes_change_type_and_move(window: MainWindow, store: Store, qtbot) -> None:
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(window, key)
    panel = window.accepted
    panel.table.setCurrentCell(2, 1)  # DE119, the last B
    qtbot.mouseClick(panel.up, Qt.MouseButton.LeftButton)
    assert [d.code for d in store.decisions("K-1")] == ["DJ189", "DE119", "DI109"]
    assert panel.current_code() == "DE119"  # the selection follows the code
    qtbot.mouseClick(panel.make_a, Qt.MouseButton.LeftButton)
    assert [(d.code, d.type) for d in store.decisions("K-1")] == [("DE119", "A"), ("DJ189", "B"), ("DI109", "B")]
    assert not panel.up.isEnabled()  # an A does not move among the B codes


def test_the_probably_missed_tier_can_be_hidden(qtbot, store: Store, engine: FakeEngine, cases_file: Path) -> None:
    settings = Settings(user="t", show_missed=False)
    window = make_window(qtbot, store, engine, [cases_file], settings=settings)
    assert [window.suggestions.item(row, 4).text() for row in range(3)] == ["Foreslået", "Foreslået", ""]


def test_a_code_is_not_probably_missed_once_its_category_is_accepted(window: MainWindow, store: Store, qtbot) -> None:
    assert window.suggestions.item(2, 4).text() == "Overset B?"  # DE119
    qtbot.waitUntil(lambda: window.search.box.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(window.search.searched, timeout=5_000):
        qtbot.keyClicks(window.search.box, "DE112")  # another type 2 diabetes code, from search
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert [d.code for d in store.decisions("K-1")] == ["DE112"]
    assert window.suggestions.item(2, 4).text() == ""  # not missed: the category is coded
    assert "modellen" in window.suggestions.item(2, 1).toolTip().lower()


def test_a_finished_case_can_be_reopened_and_the_worklist_filters(window: MainWindow, store: Store, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(window.case_ready, timeout=10_000):
        assert window.finish_case()
    panel = window.worklist
    panel.status_box.setCurrentIndex(panel.status_box.findData(DONE))
    assert [item.case_id for item in panel.shown] == ["K-1"]
    with qtbot.waitSignal(window.case_ready, timeout=10_000):
        panel.table.setCurrentCell(0, 0)
    qtbot.keyClick(window, Qt.Key.Key_2)  # a finished case does not change: the store refuses, the app says so
    assert [d.code for d in store.decisions("K-1")] == ["DJ189"] and window.banner.isVisible()
    assert window.accepted.finish_button.text() == "Genåbn sag"
    qtbot.mouseClick(window.accepted.finish_button, Qt.MouseButton.LeftButton)
    assert store.worklist()[0].status == IN_PROGRESS
    assert panel.shown == []  # no longer done, so filtered out
    panel.status_box.setCurrentIndex(0)
    panel.filter_box.setText("k-3")
    assert [item.case_id for item in panel.shown] == ["K-3"]
