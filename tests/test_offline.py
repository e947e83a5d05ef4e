"""Nothing leaves the machine, and nothing is written outside our own folders.

``coder-assist suggest`` and a 20-second session of the real app (offscreen, shipped model, sample worklist)
run in subprocesses as a user whose home, XDG runtime folder and temp folder are fresh folders, with
``ORT_DISABLE_TELEMETRY=0`` inherited so that the product has to switch onnxruntime's telemetry off itself.
Two guards record every network attempt: Python's audit hook (the frozen app's runtime hook,
installer/hooks/rthook_offline.py) and, for C and C++ libraries such as onnxruntime's telemetry, which
Python's hooks never see, an LD_PRELOAD shim built here from tests/data/net_guard.c that logs and refuses
every name lookup and every connect or send to another machine. Afterwards every file under those folders
must lie in coder-assist's data, config, cache or log folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import pytest

from coder_assist.paths import APP_NAME

REPO = Path(__file__).resolve().parent.parent
HOOK = REPO / "installer" / "hooks" / "rthook_offline.py"
SHIM_SOURCE = Path(__file__).resolve().parent / "data" / "net_guard.c"
SAMPLE_CASE = REPO / "resources" / "examples" / "case.json"
SESSION_MS = 20_000  # onnxruntime's telemetry made its first lookup about 9 s after loading on a busy machine

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the home layout and LD_PRELOAD are Linux's"),
]

# Each harness first runs the runtime hook (its audit hook records Python's network attempts), then does what
# the installed program does. The app session opens and cancels File > Open once, quits itself after 20 s and
# then says whether the model was really loaded, so that a session in which onnxruntime never ran cannot pass.
SUGGEST = f"""
import runpy, sys
runpy.run_path({str(HOOK)!r})
from coder_assist.cli import main
sys.exit(main(["suggest", {str(SAMPLE_CASE)!r}]))
"""
APP_SESSION = f"""
import runpy, sys
runpy.run_path({str(HOOK)!r})
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog
from coder_assist.ui.app import run
from coder_assist.ui.main_window import MainWindow
from coder_assist.ui.strings import tr
app = QApplication(sys.argv[:1])

def cancel_the_file_dialog():
    for widget in app.topLevelWidgets():
        if isinstance(widget, QFileDialog):
            widget.reject()
            print("file dialog cancelled")

def open_a_file_dialog():  # File > Open..., then Cancel: Qt saves the dialog's state on closing
    QTimer.singleShot(1000, cancel_the_file_dialog)
    (window,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    next(a for a in window.findChildren(QAction) if a.text() == tr("menu.open")).trigger()

QTimer.singleShot(3000, open_a_file_dialog)
QTimer.singleShot({SESSION_MS}, app.quit)
status = run([])
print("onnxruntime loaded:", "onnxruntime" in sys.modules)
sys.exit(status)
"""


@pytest.fixture(scope="module")
def net_guard(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The native guard, compiled and proven to catch a lookup made from C; None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        warnings.warn(
            "no C compiler: network attempts made from C/C++ go unrecorded; only Python's attempts and the "
            "files written are checked (apt-get install gcc)",
            stacklevel=1,
        )
        return None
    folder = tmp_path_factory.mktemp("net_guard")
    shim = folder / "net_guard.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-O1", "-o", str(shim), str(SHIM_SOURCE), "-ldl"], check=True)
    log = folder / "control.log"
    result = "ctypes.byref(ctypes.c_void_p())"
    lookup = f"import ctypes; ctypes.CDLL(None).getaddrinfo(b'example.invalid', None, None, {result})"
    env = dict(os.environ, LD_PRELOAD=str(shim), NET_GUARD_LOG=str(log))
    subprocess.run([sys.executable, "-c", lookup], env=env, check=True, timeout=60)
    assert log.read_text().splitlines() == ["getaddrinfo example.invalid (none)"]
    return shim


@dataclass(frozen=True)
class Guarded:
    process: subprocess.CompletedProcess
    python_network: list[str]  # audit-hook lines
    native_network: list[str]  # shim lines
    stray_files: list[str]  # written outside our folders, relative to the user's root folder
    data_dir: Path


def run_guarded(code: str, root: Path, shim: Path | None, monkeypatch: pytest.MonkeyPatch) -> Guarded:
    """Run ``code`` as a fresh user living in ``root``, with both guards on."""
    home, runtime, temp = root / "home", root / "runtime", root / "tmp"
    for folder in (home, runtime, temp):
        folder.mkdir(mode=0o700)
    audit, native = root / "python-network.log", root / "native-network.log"
    # The real user folders under the fresh home: no test overrides, no XDG folders from the outside.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CODER_ASSIST_"))}
    env.update(
        HOME=str(home), XDG_RUNTIME_DIR=str(runtime), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen",
        ORT_DISABLE_TELEMETRY="0", CODER_ASSIST_AUDIT_NETWORK=str(audit),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
    )  # fmt: skip
    if shim is not None:
        env.update(LD_PRELOAD=" ".join(filter(None, [str(shim), env.get("LD_PRELOAD")])), NET_GUARD_LOG=str(native))
    process = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, timeout=180
    )
    # Ours are platformdirs' folders for this home, as the app computes them.
    for key in [k for k in os.environ if k.startswith("XDG_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("HOME", str(home))
    ours = [
        platformdirs.user_data_path(APP_NAME, appauthor=False),
        platformdirs.user_config_path(APP_NAME, appauthor=False),
        platformdirs.user_cache_path(APP_NAME, appauthor=False),
        platformdirs.user_log_path(APP_NAME, appauthor=False),
    ]
    stray = [
        path.relative_to(root).as_posix()
        for folder in (home, runtime, temp)
        for path in sorted(folder.rglob("*"))
        if not path.is_dir() and not any(path.is_relative_to(own) for own in ours)
    ]
    python = audit.read_text().splitlines() if audit.exists() else ["(the audit hook did not run)"]
    return Guarded(process, python, native.read_text().splitlines() if native.exists() else [], stray, ours[0])


def test_suggest_sends_nothing_and_writes_only_to_our_folders(
    net_guard: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = run_guarded(SUGGEST, tmp_path, net_guard, monkeypatch)
    assert ran.process.returncode == 0, ran.process.stderr[-3000:]
    case_id = json.loads(SAMPLE_CASE.read_text(encoding="utf-8"))["case_id"]
    assert ran.process.stdout.startswith(f"{case_id}:")  # the sample case's suggestions were printed
    assert ran.python_network == []
    assert ran.native_network == []
    # onnxruntime's telemetry left ~/.cache/Microsoft/DeveloperTools/.onnxruntime/ and tmp/.ses here.
    assert ran.stray_files == []


def test_a_20_second_app_session_sends_nothing_and_writes_only_to_our_folders(
    net_guard: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = run_guarded(APP_SESSION, tmp_path, net_guard, monkeypatch)
    assert ran.process.returncode == 0, ran.process.stderr[-3000:]
    assert "file dialog cancelled" in ran.process.stdout and "onnxruntime loaded: True" in ran.process.stdout
    assert (ran.data_dir / "store.sqlite3").is_file()  # the sample worklist went to our data folder
    # onnxruntime's telemetry looked up mobile.events.data.microsoft.com every few seconds here.
    assert ran.python_network == []
    assert ran.native_network == []
    # Qt's file dialog wrote ~/.config/QtProject.conf here until the app pointed Qt's settings at our config
    # folder; offscreen Qt writes nothing else (no ~/.cache/fontconfig, nothing in XDG_RUNTIME_DIR or TMPDIR).
    assert ran.stray_files == []
