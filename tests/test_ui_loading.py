"""Opening case files in the app: every good file of a folder is loaded, and each bad one is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coder_assist.cases.io import MAX_CASE_BYTES, MAX_LISTED_ERRORS
from coder_assist.ui.loading import load_paths
from coder_assist.ui.strings import set_language

DEEP = "lists or objects nested more than 64 levels deep; a case has only a few levels"


def case_line(case_id: str) -> str:
    note = {"type": "epikrise", "text": "Indlagt med hjertesvigt og forhøjet blodtryk."}
    return json.dumps({"case_id": case_id, "notes": [note]}, ensure_ascii=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A good file, a file nested 1,000 levels deep, an oversized .json file and a file of garbage."""
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.jsonl").write_text(case_line("K-1") + "\n" + case_line("K-2") + "\n", encoding="utf-8")
    (folder / "b.json").write_text('{"case_id": "K-9", "notes": [], "x": ' + "[" * 1000 + "]" * 1000 + "}")
    with (folder / "c.json").open("wb") as f:
        f.truncate(MAX_CASE_BYTES + 2**20)  # sparse: no disk used
    (folder / "d.jsonl").write_text("{\n" * (MAX_LISTED_ERRORS + 2) + case_line("K-3") + "\n", encoding="utf-8")
    return folder


def test_load_paths_keeps_every_good_case_and_names_each_bad_file_in_danish(folder: Path) -> None:
    set_language("da")
    single = folder.parent / "single.json"
    single.write_text(case_line("K-4"), encoding="utf-8")
    loaded = load_paths([folder, single])
    assert [(source, [c.case_id for c in cases]) for source, cases in loaded.batches] == [
        (str(folder), ["K-1", "K-2", "K-3"]),
        (str(single), ["K-4"]),
    ]
    problems = loaded.problems
    assert problems[0] == f"Kunne ikke læse {folder / 'b.json'}, line 1: {DEEP}"
    assert problems[1].startswith(f"Kunne ikke læse {folder / 'c.json'}: the file is 33.0 MB, over the 32.0 MB")
    assert problems[2].startswith(f"Kunne ikke læse {folder / 'd.jsonl'}, line 1, column 2: invalid JSON")
    assert problems[-1] == f"{folder}: 2 problemer mere vises ikke (kun de første {MAX_LISTED_ERRORS} i hver fil)"
    assert len(problems) == 2 + MAX_LISTED_ERRORS + 1


def test_the_window_lists_the_good_cases_of_a_folder_and_shows_the_bad_files(folder: Path, qtbot) -> None:
    pytest.importorskip("pytestqt")
    from coder_assist.runtime import BundleError
    from coder_assist.store import Store
    from coder_assist.ui.main_window import MainWindow
    from coder_assist.ui.settings import Settings

    def no_model():
        raise BundleError("no model bundle folder here", where="/nowhere")

    set_language("da")
    with Store(folder.parent / "store.sqlite3") as store:
        window = MainWindow(store, Settings(user="tester"), engine_loader=no_model)
        qtbot.addWidget(window)
        window.load_paths([folder])
        assert [item.case_id for item in store.worklist()] == ["K-1", "K-2", "K-3"]
        assert window.banner.text().startswith(f"Kunne ikke læse {folder / 'b.json'}, line 1: {DEEP}")
        assert f"{folder / 'c.json'}: the file is" in window.banner.text()
        # The catalogue and the model load on the worker thread: let them report back while the store is open,
        # not during teardown (a slow machine crashed there when the window went away under a running job).
        qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=60_000)
