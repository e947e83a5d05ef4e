"""Starting the app: ``run(paths)`` opens the window on the user's store with the cases of ``paths``.

``run(paths, screenshot=OUT)`` renders the window offscreen once the case's suggestions and the evidence
of its top suggestion are shown, saves a PNG and returns (for docs and checks).
"""

from __future__ import annotations

import logging
import os
import sys
from functools import partial
from pathlib import Path
from types import TracebackType

from coder_assist import logs
from coder_assist.paths import resources_dir, user_config_dir

log = logging.getLogger(__name__)

SAMPLE_WORKLIST = Path("examples") / "worklist.jsonl"
SCREENSHOT_TIMEOUT_MS = 120_000  # a guard against a hang, never a wait: the PNG is taken on the ready signal


def sample_worklist() -> Path:
    return resources_dir() / SAMPLE_WORKLIST


def run(
    paths: list[Path],
    *,
    model: Path | None = None,
    screenshot: Path | None = None,
    case_id: str | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    """Open the app on ``paths`` (the sample worklist when empty); return the exit status."""
    logs.setup()
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coder_assist.store import Store, StoreError
    from coder_assist.ui.jobs import load_engine
    from coder_assist.ui.main_window import MainWindow
    from coder_assist.ui.settings import load_settings
    from coder_assist.ui.strings import set_language, tr

    settings = load_settings()
    # --model is for this run only: the saved settings keep the user's own choice.
    model_settings = settings if model is None else settings.with_(model_bundle=str(model))
    set_language(settings.language)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("coder-assist")
    # Qt's file dialogs keep their state (last folder, view) in the QSettings of "QtProject": on Linux that is
    # ~/.config/QtProject.conf, outside our folders. Our settings folder keeps it instead (the app has no
    # QSettings of its own; Windows and macOS ignore this and use the registry and preferences as usual).
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(user_config_dir()))
    font = QFont(app.font())
    font.setPointSize(settings.font_size)
    app.setFont(font)

    try:
        store = Store()
    except StoreError as exc:
        # No window without a store: a person who started the app from its icon never sees stderr.
        print(f"coder-assist: error: {exc}", file=sys.stderr)
        if screenshot is None:
            QMessageBox.critical(None, tr("error.title"), str(exc))
        return 2
    window = MainWindow(store, settings, engine_loader=partial(load_engine, model_settings))
    if size is not None:
        window.resize(*size)
    previous_hook = sys.excepthook

    def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # An exception escaping a Qt slot lands here: the user sees it through the window, never a traceback.
        window.report_error(error.with_traceback(tb))

    sys.excepthook = excepthook
    try:
        window.load_paths(paths or [sample_worklist()])
        if screenshot is None:
            window.show()
            window.open_first_case(case_id)
            return app.exec()
        loop = QEventLoop()
        ready: list[str] = []
        window.case_ready.connect(lambda case: (ready.append(case), loop.quit()))
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
        window.show()
        if not window.open_first_case(case_id) or window.case is None:
            print(window.status_line.text() or tr("case.none"), file=sys.stderr)
            return 1
        if not ready:  # without a model the case is ready at once
            loop.exec()
        app.processEvents()
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(screenshot), "PNG"):
            print(f"could not write {screenshot}", file=sys.stderr)
            return 1
        log.info("screenshot of case %s written", window.case.case_id)
        return 0
    finally:
        sys.excepthook = previous_hook
        window.close()
        store.close()
