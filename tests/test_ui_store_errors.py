"""The app and store problems: a damaged case, an unexpected error, a read-only store and a store path that
is a folder are explained in Danish, never with a note or patient field, and the log file gets ids and
timings only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from coder_assist import logs
from coder_assist.cases import case_from_dict
from coder_assist.runtime import BundleError
from coder_assist.store import DONE, Store, default_path
from coder_assist.store import store as store_module
from coder_assist.ui.main_window import MainWindow
from coder_assist.ui.settings import Settings
from coder_assist.ui.worker import Worker

MARKER = "PATIENTMARKER"  # in every note and a patient field


@pytest.fixture(autouse=True)
def log_file() -> Path:
    """The app's log, set up as the app start does, in this test's own log folder (see conftest)."""
    path = logs.setup()
    assert path is not None
    return path


def marked_case(case_id: str) -> dict:
    return {
        "case_id": case_id,
        "patient": {"age": 71, "sex": "F", "name": f"{MARKER} Jensen"},
        "admission": {"start": "2024-03-02", "end": "2024-03-07"},
        "notes": [{"type": "epikrise", "text": f"{MARKER}: indlagt med pneumoni, behandlet med penicillin."}],
    }


def fill(path: Path, ids: tuple[str, ...] = ("K-1", "K-2", "K-3")) -> None:
    with Store(path) as store:
        store.import_cases([case_from_dict(marked_case(i)) for i in ids], source="cases.jsonl", user="anne")


def damage_case_text(path: Path, case_id: str) -> None:
    """A byte that is not UTF-8 in one stored case: what made the app show the case's JSON."""
    data = path.read_bytes()
    at = data.index(MARKER.encode(), data.index(f'{{"case_id": "{case_id}"'.encode()))
    with path.open("r+b") as f:
        f.seek(at)
        f.write(b"\xff")


def no_model() -> None:
    raise BundleError("no model bundle folder here", where="/nowhere")


def open_window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store, Settings(user="anne"), worker=Worker(inline=True), engine_loader=no_model)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_damaged_case_says_what_to_do_and_shows_no_patient_data(
    qtbot, tmp_path: Path, log_file: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / "store.sqlite3"
    fill(path)
    damage_case_text(path, "K-2")
    with Store(path) as store:
        window = open_window(qtbot, store)
        window.open_case("K-1")
        window.open_case("K-2")
        shown = window.banner.text()
        assert window.banner.isVisible() and "sag K-2: lageret er beskadiget" in shown
        assert str(log_file) in shown
        assert MARKER not in shown and "Jensen" not in shown and "Uventet fejl" not in shown
        assert window.case is not None and window.case.case_id == "K-1"  # the last good case stays open
    assert MARKER not in log_file.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert MARKER not in err and "Traceback" not in err


def test_an_unexpected_error_names_its_kind_and_the_log_file_never_its_text(
    qtbot, tmp_path: Path, log_file: Path, capsys: pytest.CaptureFixture
) -> None:
    with Store(tmp_path / "store.sqlite3") as store:
        window = open_window(qtbot, store)
        try:
            raise RuntimeError(f"{MARKER} Jensen, 71 år")
        except RuntimeError as exc:
            window.report_error(exc)
        assert window.banner.text() == (
            f"Uventet fejl (RuntimeError); handlingen blev ikke gennemført. Detaljer er skrevet i logfilen {log_file}."
        )
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "RuntimeError" in text and MARKER not in text
    err = capsys.readouterr().err
    assert "Traceback" not in err and MARKER not in err


def test_a_read_only_store_is_shown_and_changing_codes_is_off(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite3"
    fill(path)
    # Root (which runs the tests) may write any file, so only the check is forced here; the store then opens
    # SQLite read-only for real, and SQLite refuses the write (test_store_problems.py checks the check itself).
    monkeypatch.setattr(store_module, "writable", lambda path: False)
    with Store(path) as store:
        window = open_window(qtbot, store)
        window.open_case("K-1")
        assert window.windowTitle() == "coder-assist – K-1 (skrivebeskyttet)"
        assert window.read_only_label.isVisible() and window.read_only_label.text() == "Skrivebeskyttet"
        assert f"Lageret {path} er skrivebeskyttet" in window.read_only_label.toolTip()
        assert "Bed IT om skriveadgang" in window.read_only_label.toolTip()
        assert not window.accepted.finish_button.isEnabled() and not window.accepted.isEnabled()
        assert not window.search.add_a.isEnabled() and not window.search.add_b.isEnabled()
        window.add_code("DJ189", "A", "manual")  # a double-click in the search still reaches the store
        assert "ændringen er ikke gemt" in window.banner.text()
        assert store.decisions("K-1") == []


def test_a_store_path_that_is_a_folder_is_explained_in_a_dialog(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from coder_assist.ui.app import run

    default_path().mkdir(parents=True)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run([]) == 2
    assert len(shown) == 1 and "er en mappe, ikke en lagerfil" in shown[0] and str(default_path()) in shown[0]
    assert "Traceback" not in capsys.readouterr().err


def test_no_log_line_carries_note_text_or_patient_fields(qtbot, tmp_path: Path, log_file: Path) -> None:
    path = tmp_path / "store.sqlite3"
    cases = tmp_path / "cases.jsonl"
    cases.write_text("".join(f"{__import__('json').dumps(marked_case(i))}\n" for i in ("K-1", "K-2")))
    with Store(path) as store:
        window = open_window(qtbot, store)
        window.load_paths([cases])
        window.open_first_case()
        window.add_code("DJ189", "A", "manual")
        window.add_code("DI10", "B", "search")
        window.ask = lambda title, text: True
        assert window.finish_case()
        assert store.worklist()[0].status == DONE
        try:
            raise ValueError(f"{MARKER} failure")
        except ValueError as exc:
            window.report_error(exc)
    damage_case_text(path, "K-2")
    with Store(path) as store:
        open_window(qtbot, store).open_case("K-2")
    text = log_file.read_text(encoding="utf-8")
    assert "accept K-1: " in text and "finish K-1: " in text and "case K-2 failed: UNDECODABLE_VALUE" in text
    assert MARKER not in text and "Jensen" not in text and "penicillin" not in text
    assert os.path.getsize(log_file) < 20_000
