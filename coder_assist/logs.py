"""The program's log: a rotating file in the user log folder, and short lines on stderr.

Log lines carry ids, actions, counts and timings, never note text or patient fields. Tracebacks go to the
file only, and without the exceptions' messages: a message can quote the value that failed (Python's
sqlite3 quotes a whole stored case when it cannot decode it). The file keeps where an error happened
(files, lines, functions) and what kind it was; stderr gets one line naming the file.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from coder_assist.paths import user_log_dir

LOG_FILE = "coder-assist.log"
MAX_BYTES = 1_000_000  # about 10,000 lines; with BACKUPS the log never takes more than 4 MB
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_package = logging.getLogger("coder_assist")
_file: RotatingFileHandler | None = None
_stderr: logging.Handler | None = None

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def _kind(error: BaseException) -> str:
    kind = type(error)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def _chain(error: BaseException) -> list[BaseException]:
    """The error and those it was raised from or during, oldest first (as Python prints them)."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return chain[::-1]


class _FileFormatter(logging.Formatter):
    def formatException(self, ei: ExcInfo) -> str:
        error = ei[1]
        if error is None:
            return ""
        parts = [
            "Traceback (most recent call last):\n" + "".join(traceback.format_tb(e.__traceback__)) + _kind(e)
            for e in _chain(error)
        ]
        return "\n\nDuring or because of the error above:\n\n".join(parts)


class _StderrHandler(logging.StreamHandler):
    """One line per record, never a traceback; writes to whatever ``sys.stderr`` is at the time."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    def format(self, record: logging.LogRecord) -> str:
        line = f"{record.levelname} {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            where = f"; details in {_file.baseFilename}" if _file is not None else ""
            line += f" ({_kind(record.exc_info[1])}{where})"
        return line


def log_file() -> Path | None:
    """The file the log is written to now; None before ``setup`` or when the log folder is not writable."""
    return Path(_file.baseFilename) if _file is not None else None


class _PrivateFileHandler(RotatingFileHandler):
    """A rotating log whose files only their owner can read: the lines hold case ids and the user's actions,
    which others on a shared workstation have no business reading (on Windows the folder's ACL decides)."""

    def _open(self):
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def setup(*, verbose: bool = False) -> Path | None:
    """Log coder_assist's lines to the rotating file in the user log folder and warnings (everything with
    ``verbose``) to stderr; return the log file, or None when its folder cannot be written.

    The CLI and the app start both call this; a later call with the same log folder keeps what is set up
    and only turns ``verbose`` on, so the app started by the CLI keeps the CLI's choice.
    """
    global _file, _stderr
    path = (user_log_dir() / LOG_FILE).absolute()
    _package.setLevel(logging.INFO)
    if _stderr is None:
        _stderr = _StderrHandler()
        _stderr.setLevel(logging.WARNING)
        logging.getLogger().addHandler(_stderr)
    if verbose:
        _stderr.setLevel(logging.INFO)
    if _file is not None and Path(_file.baseFilename) == path:
        return path
    if _file is not None:  # the log folder moved (tests point it at a fresh folder each time)
        _package.removeHandler(_file)
        _file.close()
        _file = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _PrivateFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        _package.warning("no log file: cannot write in %s (%s)", path.parent, exc.strerror or _kind(exc))
        return None
    handler.setFormatter(_FileFormatter(FORMAT))
    handler.setLevel(logging.INFO)
    _package.addHandler(handler)
    _file = handler
    return path
