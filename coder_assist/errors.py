"""Errors meant for the user: each says what was wrong, where, and (where it helps) what to do.

The CLI and the app print these as one line without a traceback; anything else is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input or environment, described in one line."""

    def __init__(self, message: str, *, where: str = "") -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class CatalogueError(UserError):
    """A catalogue file that cannot be read or imported."""


class CaseError(UserError):
    """A case that cannot be read or does not follow the case format."""
