"""The app end to end: the real (tiny) model in the window, the screenshot, and a kill -9 after an accept."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextCursor

from coder_assist.runtime import Engine
from coder_assist.store import Store
from coder_assist.ui.app import run, sample_worklist
from coder_assist.ui.main_window import MainWindow
from coder_assist.ui.settings import Settings, load_settings


class RecordingEngine(Engine):
    """The real engine, noting the thread of each model call."""

    threads: list[int]

    def encode(self, case, *args, **kwargs):
        self.threads.append(threading.get_ident())
        return super().encode(case, *args, **kwargs)

    def explain(self, case, code, *args, **kwargs):
        self.threads.append(threading.get_ident())
        return super().explain(case, code, *args, **kwargs)


def highlighted_characters(window: MainWindow) -> int:
    doc = window.case_view.notes.document()
    cursor = QTextCursor(doc)
    count = 0
    for position in range(1, doc.characterCount()):
        cursor.setPosition(position)
        count += cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush
    return count


def test_the_real_model_suggests_and_explains_off_the_gui_thread(qtbot, tiny_bundles, tmp_path: Path) -> None:
    def loader() -> Engine:
        engine = RecordingEngine(tiny_bundles[1], provider="cpu")
        engine.threads = []
        return engine

    with Store(tmp_path / "store.sqlite3") as store:
        window = MainWindow(store, Settings(user="t"), engine_loader=loader)
        qtbot.addWidget(window)
        window.load_paths([sample_worklist()])
        with qtbot.waitSignal(window.case_ready, timeout=60_000):
            window.open_first_case()
        assert len(window.suggestions.items) == 10
        assert highlighted_characters(window) > 0  # the top suggestion's evidence
        assert "CPUExecutionProvider" in window.model_label.text()
        window.accept_suggestion(0, "A")
        assert store.decisions(window.case.case_id)[0].model_version.startswith(window.engine.bundle.name)
        qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=60_000)
        assert window.engine.threads and threading.get_ident() not in window.engine.threads
        window.close()


def test_screenshot_writes_a_png_of_the_case_with_suggestions(tiny_bundles, tmp_path: Path) -> None:
    case_id = json.loads(sample_worklist().read_text(encoding="utf-8").splitlines()[2])["case_id"]
    out = tmp_path / "shot.png"
    assert run([], model=tiny_bundles[1], screenshot=out, case_id=case_id) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    with Store() as store:  # run used the user's store, which now holds the sample worklist
        assert case_id in [item.case_id for item in store.worklist()]
    assert load_settings().model_bundle == ""  # --model is for one run; it is not saved


def test_screenshot_without_a_model_still_shows_the_case(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "shot.png"
    assert run([], model=tmp_path / "no-such-bundle", screenshot=out) == 0
    assert out.stat().st_size > 10_000
    assert run([], model=tmp_path / "no-such-bundle", screenshot=tmp_path / "x.png", case_id="NOPE") == 1
    assert "NOPE" in capsys.readouterr().err and not (tmp_path / "x.png").exists()


KILLED_APP = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from coder_assist.runtime import BundleError
from coder_assist.store import Store
from coder_assist.ui.main_window import MainWindow
from coder_assist.ui.settings import Settings, load_settings
from coder_assist.ui.worker import Worker

def no_model():
    raise BundleError("not needed here")

app = QApplication([])
window = MainWindow(Store(Path(sys.argv[1])), Settings(user="k"), worker=Worker(inline=True), engine_loader=no_model)
window.load_paths([Path(sys.argv[2])])
window.open_first_case()
window.search.box.setText("DJ189")
window.search.run_search()
window.search.add_current("A")
window.add_code("DI10", "B", "manual")
print("accepted", flush=True)
app.exec()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_app_killed_right_after_an_accept_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_APP, str(path), str(sample_worklist())], stdout=subprocess.PIPE, text=True
    ) as app:
        try:
            assert app.stdout is not None and app.stdout.readline().strip() == "accepted"
        finally:
            app.send_signal(signal.SIGKILL)
        assert app.wait(30) == -signal.SIGKILL
    with Store(path) as store:
        case_id = store.worklist()[0].case_id
        assert [(d.code, d.type, d.user) for d in store.decisions(case_id)] == [("DJ189", "A", "k"), ("DI10", "B", "k")]
        assert [e.action for e in store.audit_log(case_id)][-2:] == ["accept", "accept"]
