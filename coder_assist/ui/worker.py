"""Heavy work off the GUI thread, Picard style: run a function on a pool, get ``(result, error)`` back.

``Worker.submit(token, fn, callback)`` runs ``fn()`` on a one-thread pool (so model calls are serialised)
and calls ``callback(result, error)`` on the GUI thread through a queued signal. The caller starts a new
``token`` when what it shows changes (another case); work for an older token is skipped before it starts
and its result is dropped when it arrives. ``fn`` gets data (a Case, an Engine), never widgets.

Tests pass ``inline=True`` to run everything at once on the calling thread, deterministically.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any, BaseException | None], None]


class _Job:
    # A plain object whose ``run`` the pool calls: a QRunnable handed to QThreadPool.start stays referenced
    # by the pool for the pool's life (with its case and result: every opened case was kept, soak benchmark).
    def __init__(self, worker: Worker, token: int | None, name: str, fn: Callable[[], Any], callback: Callback) -> None:
        self.worker, self.token, self.name, self.fn, self.callback = worker, token, name, fn, callback

    def run(self) -> None:
        if self.token is not None and self.token != self.worker.token:  # the user moved on before it started
            self.worker._finished.emit(self, None, None, True)
            return
        started = time.perf_counter()
        result: Any = None
        error: BaseException | None = None
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the callback, which shows it through the app's error path
            error = exc
        log.debug("%s: %.0f ms", self.name, (time.perf_counter() - started) * 1000)
        self.worker._finished.emit(self, result, error, False)


class Worker(QObject):
    """A one-thread pool with stale-result dropping; ``busy_changed(bool)`` drives the busy indicator."""

    busy_changed = Signal(bool)
    _finished = Signal(object, object, object, bool)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self.token = 0
        self.pending = 0
        self._jobs: set[_Job] = set()  # keeps the Python objects alive until they report back
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._finished.connect(self._deliver)

    def new_token(self) -> int:
        """Start a new request generation: earlier work is skipped or its results dropped."""
        self.token += 1
        return self.token

    def submit(self, token: int | None, name: str, fn: Callable[[], Any], callback: Callback) -> None:
        """Run ``fn()`` in the background; ``callback(result, error)`` follows on the GUI thread if
        ``token`` is still current then (None: work that never goes stale, such as loading the model).
        ``name`` goes to the log (an id, never patient text)."""
        job = _Job(self, token, name, fn, callback)
        self._jobs.add(job)
        self.pending += 1
        if self.pending == 1:
            self.busy_changed.emit(True)
        if self.inline:
            job.run()
        else:
            self._pool.start(job.run)

    def _deliver(self, job: _Job, result: Any, error: BaseException | None, skipped: bool) -> None:
        self._jobs.discard(job)
        self.pending -= 1
        try:
            if skipped or (job.token is not None and job.token != self.token):
                log.debug("%s: result for an earlier request dropped", job.name)
            else:
                job.callback(result, error)
        finally:
            if self.pending == 0:
                self.busy_changed.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutdown); the results still arrive through the event loop."""
        return self._pool.waitForDone(msecs)
