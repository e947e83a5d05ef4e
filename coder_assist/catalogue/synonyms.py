"""The synonym table: lay terms, abbreviations and jargon that users type, mapped to SKS codes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coder_assist.errors import CatalogueError
from coder_assist.paths import resources_dir

HEADER = ("term", "code", "kind", "note")


@dataclass(frozen=True, slots=True)
class Synonym:
    term: str  # what a user types, e.g. "forhøjet blodtryk"
    code: str  # the SKS code it means, e.g. "DI10"
    kind: str  # lay | abbreviation | jargon | spelling | english


def synonyms_path() -> Path:
    return resources_dir() / "catalogue" / "synonyms.tsv"


def load_synonyms(path: Path | None = None) -> list[Synonym]:
    """Read the synonym table; a missing table means no synonyms, a malformed one is an error."""
    path = path or synonyms_path()
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != HEADER:
        raise CatalogueError(f"header must be {' | '.join(HEADER)}", where=f"{path}, line 1")
    result = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0].strip() or not fields[1].strip():
            raise CatalogueError("expected term, code and kind separated by tabs", where=f"{path}, line {number}")
        result.append(Synonym(term=fields[0].strip(), code=fields[1].strip(), kind=fields[2].strip()))
    return result
