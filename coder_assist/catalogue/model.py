"""SKS diagnosis codes and the catalogue that holds them, with hierarchy and validity."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from coder_assist.catalogue.chapters import Chapter, chapter_by_numeral, chapter_for_category

# Kinds of code, as the SKS snapshot marks them.
WHO = "icd10_who"  # plain WHO ICD-10 code, e.g. DI10
DANISH_EXTENSION = "danish_extension"  # Danish sub-division below a WHO code, e.g. DI489BD
DANISH_FILL = "danish_only_or_fill"  # Danish code filling a gap in the WHO structure, e.g. DI109
OTHER = "other"  # Danish administrative/measurement codes outside ICD-10 chapters, e.g. DUA10

_CODE_FORM = re.compile(r"^D?([A-Z]\d\d[0-9A-Z]*)$")


def normalise_code(raw: str) -> str | None:
    """Turn what a user types as a code into SKS form, or None if it is not code-shaped.

    ``i10.9``, ``I109``, ``DI109``, `` di 10 9`` all become ``DI109``. An SKS code is "D" followed by a
    WHO-style category (letter, two digits) and optional sub-division characters.
    """
    compact = re.sub(r"[\s.]", "", raw).upper()
    match = _CODE_FORM.match(compact)
    return f"D{match.group(1)}" if match else None


class Code(NamedTuple):
    """One SKS diagnosis code.

    A NamedTuple rather than a dataclass: 25,000 of these are built at every start, and tuple
    construction is several times cheaper than a frozen dataclass's.
    """

    code: str  # SKS form, "DI109"
    text: str  # current Danish text
    who_code: str = ""  # dotted WHO code ("I10"), empty for Danish extensions
    kind: str = WHO
    chapter: str = ""  # Roman numeral, "" for codes outside the ICD-10 chapters
    block: str = ""  # WHO block, "I10-I15"
    aliases: tuple[str, ...] = ()  # earlier and longer texts of the same code, kept for search
    valid_from: date | None = None  # None: valid since before the catalogue's records
    valid_to: date | None = None  # exclusive end of validity; None: still valid

    @property
    def level(self) -> int:
        """3 for a category such as DI10, 4 for DI109, and so on (the SKS level numbering)."""
        return len(self.code) - 1

    @property
    def category(self) -> str:
        """The 3-character category (ICD-10 level 3) in SKS form, e.g. "DI10" for "DI109"."""
        return self.code[:4]

    @property
    def is_danish_extension(self) -> bool:
        return self.kind != WHO

    def valid_at(self, when: date) -> bool:
        """Whether the code may be assigned to a contact on ``when``."""
        if self.valid_from is not None and when < self.valid_from:
            return False
        return self.valid_to is None or when < self.valid_to


@dataclass
class Catalogue:
    """All SKS diagnosis codes of one catalogue version, by code, with their hierarchy."""

    codes: dict[str, Code]
    version: str  # e.g. "SKS 2026-06-16 (snapshot shipped with coder-assist)"
    source: str = ""  # where it was loaded from, for the About dialog and error messages
    _children: dict[str, list[str]] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.codes)

    def __iter__(self) -> Iterator[Code]:
        return iter(self.codes.values())

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self.codes

    def get(self, code: str) -> Code | None:
        """The code in SKS form; a user form such as "i10.9" is normalised first."""
        found = self.codes.get(code)
        if found is None:
            normalised = normalise_code(code)
            found = self.codes.get(normalised) if normalised else None
        return found

    def parent(self, code: str) -> Code | None:
        """The nearest existing ancestor: DI489BD → DI489B? → DI489 → DI48; a category has none."""
        for length in range(len(code) - 1, 3, -1):
            found = self.codes.get(code[:length])
            if found is not None:
                return found
        return None

    def children(self, code: str) -> list[Code]:
        """The codes whose nearest existing ancestor is ``code``, in code order."""
        if self._children is None:
            index: dict[str, list[str]] = {}
            for c in self.codes:
                p = self.parent(c)
                if p is not None:
                    index.setdefault(p.code, []).append(c)
            self._children = index
        return [self.codes[c] for c in self._children.get(code, [])]

    def ancestors(self, code: str) -> list[Code]:
        """From the category down to the parent of ``code``."""
        chain = []
        p = self.parent(code)
        while p is not None:
            chain.append(p)
            p = self.parent(p.code)
        return chain[::-1]

    def chapter(self, code: str) -> Chapter | None:
        found = self.codes.get(code)
        if found is not None and found.chapter:
            return chapter_by_numeral(found.chapter)
        return chapter_for_category(code[1:4]) if code.startswith("D") else None

    def valid_codes_at(self, when: date) -> Iterator[Code]:
        return (c for c in self.codes.values() if c.valid_at(when))
