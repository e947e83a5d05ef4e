"""What went wrong with the store file, said in Danish with what to do about it.

SQLite's own text never reaches a message or a log line: Python's sqlite3 quotes a whole column value when
it cannot decode it ("Could not decode to UTF-8 column 'case_json' with text '{...patient...}'"), so a
damaged page could put a patient's notes on screen. Messages are built from SQLite's error *code* only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coder_assist.errors import UserError

DAMAGED = (
    "lageret er beskadiget og kan ikke læses. Eksportér de færdige sager, hvis det lykkes; luk så programmet, "
    "flyt filen til en anden mappe (gem den, så IT kan forsøge at redde den) og start igen: så oprettes et "
    "tomt lager, og sagerne kan indlæses på ny"
)
READ_ONLY = (
    "lageret er skrivebeskyttet, så ændringen er ikke gemt. Bed IT om skriveadgang til filen og dens mappe, "
    "og start programmet igen"
)
READ_ONLY_OLD = (
    "lageret skal opdateres til denne version af programmet, men det er skrivebeskyttet. Bed IT om "
    "skriveadgang til filen og dens mappe, og start programmet igen"
)
CANNOT_CREATE = (
    "lageret kan ikke oprettes, fordi der ikke kan skrives i mappen {folder}. Bed IT om skriveadgang til "
    "mappen, eller sæt CODER_ASSIST_DATA_DIR til en mappe, du kan skrive i"
)
IS_FOLDER = (
    "stien er en mappe, ikke en lagerfil. Flyt eller omdøb mappen, og start programmet igen: så oprettes et nyt lager"
)
NEWER = (
    "lageret er skrevet af en nyere coder-assist (skemaversion {found}; dette program kender op til {known}). "
    "Opdatér coder-assist for at åbne det"
)
NO_WAL = (
    "lageret kan ikke bruge WAL-journalen (fik {mode}), som sikrer at intet gemt går tabt. Læg det på en "
    "lokal disk (ikke et netværksdrev)"
)
BUSY = (
    "lageret er optaget af et andet coder-assist-vindue. Vent et øjeblik og prøv igen; luk de andre vinduer, "
    "hvis det bliver ved"
)
FULL = "disken er fuld, så ændringen er ikke gemt. Frigør plads på disken og prøv igen"
CANNOT_OPEN = "lagerfilen kan ikke åbnes. Tjek at disken eller drevet er tilgængeligt, og at du har adgang til filen"
DISK = (
    "disken gav en læse- eller skrivefejl, så handlingen blev ikke gennemført. Prøv igen; sker det igen, så "
    "bed IT om at tjekke disken"
)
OTHER = "lageret gav en uventet fejl ({name}), så handlingen blev ikke gennemført. Prøv igen"

# SQLite's primary result codes (the low byte of an extended code), https://sqlite.org/rescode.html
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_MESSAGES = {
    _BUSY: BUSY,
    _LOCKED: BUSY,
    _READONLY: READ_ONLY,
    _IOERR: DISK,
    _CORRUPT: DAMAGED,
    _FULL: FULL,
    _CANTOPEN: CANNOT_OPEN,
    _NOTADB: DAMAGED,
}


class StoreError(UserError):
    """The store file cannot be opened, read or written; the message says what to do."""


def error_name(exc: sqlite3.Error) -> str:
    """SQLite's name for the error (``SQLITE_CORRUPT``), safe to log: it never holds row data.

    Errors raised by Python's sqlite3 itself while converting a value carry no code; the only one a
    working program meets is text that is not UTF-8, which only a damaged file holds.
    """
    return getattr(exc, "sqlite_errorname", None) or "UNDECODABLE_VALUE"


def store_error(exc: sqlite3.Error, where: str | Path) -> StoreError:
    """The StoreError for a failed SQLite call on the store at ``where``."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return StoreError(DAMAGED, where=str(where))
    message = _MESSAGES.get(code & 0xFF, OTHER)
    return StoreError(message.format(name=error_name(exc)), where=str(where))
