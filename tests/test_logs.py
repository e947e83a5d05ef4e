"""The log file: ids and timings in a rotating file in the user log folder; tracebacks there without the
errors' text; stderr gets short lines only."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from coder_assist import logs
from coder_assist.cases import case_from_dict
from coder_assist.cli import main
from coder_assist.store import Store

MARKER = "PATIENTMARKER"
log = logging.getLogger("coder_assist.test")


@pytest.fixture(autouse=True)
def fresh_logging() -> Iterator[None]:
    """Each test sets the log up from nothing; what earlier tests set up is put back afterwards."""
    package, root = logging.getLogger("coder_assist"), logging.getLogger()
    saved = (logs._file, logs._stderr, package.level)

    def detach() -> None:
        for logger, handler in ((package, logs._file), (root, logs._stderr)):
            if handler is not None:
                logger.removeHandler(handler)

    detach()
    logs._file = logs._stderr = None
    yield
    detach()
    for handler in (logs._file, logs._stderr):
        if handler is not None:
            handler.close()
    logs._file, logs._stderr, level = saved
    package.setLevel(level)
    for logger, handler in ((package, logs._file), (root, logs._stderr)):
        if handler is not None:
            logger.addHandler(handler)


def log_dir() -> Path:
    return Path(os.environ["CODER_ASSIST_LOG_DIR"])


def test_the_store_writes_ids_actions_and_timings_to_the_log_file_and_nothing_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = logs.setup()
    assert path == log_dir() / logs.LOG_FILE
    case = case_from_dict({"case_id": "K-7", "notes": [{"type": "epikrise", "text": f"{MARKER} pneumoni"}]})
    with Store(tmp_path / "s.sqlite3") as store:
        store.import_cases([case], source="cases.jsonl", user="anne")
        store.accept("K-7", code="DJ189", type="A", source="manual", user="anne")
        store.finish("K-7", user="anne")
    text = path.read_text(encoding="utf-8")
    for line in ("import: 1 added", "accept K-7: ", "finish K-7: "):
        assert line in text
    assert " ms" in text and MARKER not in text and "DJ189" not in text
    assert capsys.readouterr().err == ""


def test_a_traceback_goes_to_the_file_without_the_errors_text_and_stderr_gets_one_line(
    capsys: pytest.CaptureFixture,
) -> None:
    path = logs.setup()
    try:
        try:
            raise KeyError(f"{MARKER} from a note")
        except KeyError as inner:
            raise ValueError(f"{MARKER} in a patient field") from inner
    except ValueError:
        log.error("unexpected error in case K-3", exc_info=True)
    text = path.read_text(encoding="utf-8")
    assert "unexpected error in case K-3" in text
    assert text.count("Traceback (most recent call last):") == 2
    assert "test_logs.py" in text and "KeyError" in text and "ValueError" in text
    assert MARKER not in text
    err = capsys.readouterr().err
    assert err == f"ERROR unexpected error in case K-3 (ValueError; details in {path})\n"


def test_the_log_rotates_and_keeps_three_old_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup()
    for i in range(400):
        log.info("open case K-%d: %.1f ms", i, 1.5)
    names = sorted(p.name for p in log_dir().iterdir())
    assert names == [logs.LOG_FILE, *(f"{logs.LOG_FILE}.{n}" for n in (1, 2, 3))]
    assert all((log_dir() / name).stat().st_size <= 2_000 for name in names)
    assert "open case K-399:" in path.read_text(encoding="utf-8")  # the newest lines are in the current file
    if os.name == "posix":  # case ids and actions: only the user may read them, also after rotating
        assert all((log_dir() / name).stat().st_mode & 0o077 == 0 for name in names)


def test_an_unwritable_log_folder_leaves_the_cli_working(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    monkeypatch.setenv("CODER_ASSIST_LOG_DIR", str(blocker / "logs"))
    assert main(["catalogue", "show", "DJ189"]) == 0
    assert "DJ189" in capsys.readouterr().out
    assert logs.log_file() is None


def test_cli_main_logs_to_the_file_and_verbose_also_to_stderr(capsys: pytest.CaptureFixture) -> None:
    assert main(["-v", "catalogue", "show", "DJ189"]) == 0
    assert logs.log_file() == log_dir() / logs.LOG_FILE
    log.info("open case K-1: 2.0 ms")
    assert "INFO open case K-1: 2.0 ms" in capsys.readouterr().err
    logs.setup()  # the app start sets up again: the CLI's -v stays
    log.info("open case K-2: 2.0 ms")
    assert "INFO open case K-2: 2.0 ms" in capsys.readouterr().err
    assert "open case K-2" in (log_dir() / logs.LOG_FILE).read_text(encoding="utf-8")
