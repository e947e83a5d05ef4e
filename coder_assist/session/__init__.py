"""Coding the worklist without Qt: ``CodingSession`` carries out every coding action on the store and tells
its listeners what changed; ``checks`` holds what must (or should) hold before a case is finished.

Imports only the store, cases, catalogue and errors (and the runtime's types for type checking), so a script
or a test codes cases with no window, no model and no Qt.
"""

from __future__ import annotations

from coder_assist.session.checks import FinishCheck, Problem, check_finish
from coder_assist.session.session import Change, CodingSession, FinishResult

__all__ = ["Change", "CodingSession", "FinishCheck", "FinishResult", "Problem", "check_finish"]
