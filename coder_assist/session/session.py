"""One coder at work on the worklist, a case at a time: every coding action, and no Qt.

The app's window forwards each user action here and redraws when told; a test or a script codes cases the
same way without a window. The store stays the truth: the session keeps which case is open, who codes and
with which model, and reads the codes and status from the store when asked.

After every change, each listener given to ``on_change`` is called with a ``Change`` saying what to redraw.
A failed action (the store's ``UserError`` or ``StoreError``: a finished case, a read-only or damaged file)
changes nothing, since the store rolled back, so no listener is called and the error reaches the caller.
"""

from __future__ import annotations

import inspect
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coder_assist.cases import Case
from coder_assist.catalogue import Catalogue
from coder_assist.errors import UserError
from coder_assist.session.checks import FinishCheck, check_finish
from coder_assist.store import DONE, SUGGESTION, Decision, Store

if TYPE_CHECKING:  # the runtime loads ONNX Runtime; the session only reads a suggestion's fields
    from coder_assist.runtime import Suggestion

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """What an action changed, so a view redraws what it must and no more."""

    case: bool = False  # another case is open
    codes: bool = False  # the open case's accepted codes
    status: bool = False  # the open case's status, and so whether its codes can change
    worklist: bool = False  # rows of the worklist (a case's status, code count and A) or which case is open


OPENED = Change(case=True, codes=True, status=True, worklist=True)
# A case's first change also makes it "in_progress", and the worklist shows its count and its A.
CODED = Change(codes=True, status=True, worklist=True)
FINISHED_OR_REOPENED = Change(status=True, worklist=True)


@dataclass(frozen=True)
class FinishResult:
    finished: bool  # False: a blocking problem, or warnings that the caller did not finish despite
    check: FinishCheck


class CodingSession:
    """``user`` is recorded with every change and ``model_version`` with every accepted code (None: no
    model); both may change while the session runs (settings, a model that loads later), as may
    ``catalogue``, which the finishing checks read (None until it is loaded)."""

    def __init__(
        self, store: Store, user: str, model_version: str | None = None, catalogue: Catalogue | None = None
    ) -> None:
        self.store = store
        self.user = user
        self.model_version = model_version
        self.catalogue = catalogue
        self._case: Case | None = None
        self._listeners: list[Callable[[], Callable[[Change], object] | None]] = []

    def on_change(self, listener: Callable[[Change], object]) -> None:
        """Call ``listener`` after every change, in the order listeners were given. A bound method is held
        weakly: a window that owns its session and listens to it makes no reference cycle, so it is freed on
        the GUI thread when it goes, not later by the cycle collector on whatever thread runs it (a Qt window
        deleted from a worker thread crashes the process)."""
        if inspect.ismethod(listener):
            self._listeners.append(weakref.WeakMethod(listener))
        else:
            self._listeners.append(lambda: listener)

    def _changed(self, change: Change) -> None:
        for reference in list(self._listeners):
            listener = reference()
            if listener is not None:
                listener(change)

    # -- what a view shows

    @property
    def case(self) -> Case | None:
        """The open case, as it was imported."""
        return self._case

    @property
    def case_id(self) -> str | None:
        return self._case.case_id if self._case is not None else None

    def _open_case(self) -> Case:
        if self._case is None:
            raise UserError("no case is open; choose one in the worklist")
        return self._case

    def decisions(self) -> list[Decision]:
        """The open case's accepted codes, the A first (none when no case is open)."""
        return self.store.decisions(self._case.case_id) if self._case is not None else []

    def status(self) -> str | None:
        """The open case's status (None when no case is open)."""
        return self.store.status(self._case.case_id) if self._case is not None else None

    def editable(self) -> bool:
        """Whether the open case's codes can change now: it is not finished and the store can be written."""
        return self._case is not None and not self.store.read_only and self.status() != DONE

    def next_case(self) -> str | None:
        """The first case not done after the open one, in worklist order, wrapping; None when all are done."""
        return self.store.next_case(after=self.case_id)

    # -- the coder's actions

    def open(self, case_id: str) -> None:
        """Open ``case_id``; opening the open case again does nothing."""
        if case_id == self.case_id:
            return
        case = self.store.case(case_id)
        log.info("open case %s", case_id)
        self._case = case
        self._changed(OPENED)

    def accept(self, code: str, type_: str, source: str, score: float | None = None) -> None:
        """Accept ``code`` as A or B from ``source`` (suggestion, search or manual); see ``Store.accept``."""
        case_id = self._open_case().case_id
        self.store.accept(
            case_id, code=code, type=type_, source=source, score=score, model_version=self.model_version, user=self.user
        )
        self._changed(CODED)

    def accept_suggestion(self, suggestion: Suggestion, type_: str) -> None:
        self.accept(suggestion.code, type_, SUGGESTION, suggestion.score)

    def change_type(self, code: str, type_: str) -> None:
        self.store.change_type(self._open_case().case_id, code=code, type=type_, user=self.user)
        self._changed(CODED)

    def remove(self, code: str) -> None:
        self.store.remove(self._open_case().case_id, code=code, user=self.user)
        self._changed(CODED)

    def move(self, code: str, delta: int) -> None:
        """Move an accepted B code ``delta`` places (-1: up); past either end it stays, and the A stays first."""
        case_id = self._open_case().case_id
        codes = [d.code for d in self.decisions()]
        if code not in codes:
            raise UserError(f"{code} is not an accepted code of case {case_id}")
        i = codes.index(code)
        j = i + delta
        if not 0 <= j < len(codes):
            return
        codes[i], codes[j] = codes[j], codes[i]
        self.store.reorder(case_id, codes_in_order=codes, user=self.user)
        self._changed(CODED)

    def finish(self, *, despite_warnings: bool = False) -> FinishResult:
        """Run the finishing checks and finish the open case when nothing blocks it and there are no
        warnings, or ``despite_warnings`` (the user has read them and goes on)."""
        case = self._open_case()
        check = check_finish(case, self.decisions(), self.catalogue)
        if check.blocking or (check.warnings and not despite_warnings):
            return FinishResult(False, check)
        self.store.finish(case.case_id, user=self.user)
        self._changed(FINISHED_OR_REOPENED)
        return FinishResult(True, check)

    def reopen(self) -> None:
        """Make the open, finished case editable again."""
        self.store.reopen(self._open_case().case_id, user=self.user)
        self._changed(FINISHED_OR_REOPENED)
