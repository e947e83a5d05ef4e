"""Reading and writing the catalogue's own TSV format, and finding the catalogue to use.

The shipped snapshot lives in ``resources/catalogue``; a catalogue the user imported from the official
SKScomplete.txt lives in the user data folder and takes precedence, so quarterly updates need no new
program version.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from coder_assist.catalogue.model import Catalogue, Code
from coder_assist.errors import CatalogueError
from coder_assist.paths import resources_dir, user_data_dir

COLUMNS = (
    "code",
    "who_code",
    "kind",
    "level",
    "chapter",
    "block",
    "text",
    "aliases",
    "valid_from",
    "valid_to",
)
TSV_NAME = "sks_diagnoses.tsv"
META_NAME = "catalogue.json"
ALIAS_SEPARATOR = " || "


def bundled_catalogue_dir() -> Path:
    return resources_dir() / "catalogue"


def user_catalogue_dir() -> Path:
    return user_data_dir() / "catalogue"


def _parse_date(value: str, where: str, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CatalogueError(f"{name} {value!r} is not a date (YYYY-MM-DD)", where=where) from None


def read_catalogue_tsv(path: Path) -> Catalogue:
    """Read a catalogue folder's TSV and its ``catalogue.json`` metadata."""
    meta_path = path.parent / META_NAME
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"cannot read the catalogue: {exc}", where=str(path)) from None
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise CatalogueError(f"header must be {' | '.join(COLUMNS)}", where=f"{path}, line 1")
    codes: dict[str, Code] = {}
    width = len(COLUMNS)
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != width:
            raise CatalogueError(f"expected {width} fields, found {len(fields)}", where=f"{path}, line {number}")
        code, who, kind, _level, chapter, block, text, aliases, vfrom, vto = fields
        # The shipped snapshot has no dates; parse only where there is one (this loop runs 25,000 times).
        if vfrom or vto:
            where = f"{path}, line {number}"
            vfrom_d, vto_d = _parse_date(vfrom, where, "valid_from"), _parse_date(vto, where, "valid_to")
        else:
            vfrom_d = vto_d = None
        alias_tuple = tuple(aliases.split(ALIAS_SEPARATOR)) if aliases else ()
        codes[code] = Code(code, text, who, kind, chapter, block, alias_tuple, vfrom_d, vto_d)
    return Catalogue(codes=codes, version=meta.get("version", "unknown"), source=str(path))


def write_catalogue_tsv(catalogue: Catalogue, folder: Path, meta: dict[str, str]) -> Path:
    """Write the catalogue and its metadata into ``folder``, replacing any earlier one atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / TSV_NAME
    tmp = folder / (TSV_NAME + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for c in catalogue:
            row = (
                c.code, c.who_code, c.kind, str(c.level), c.chapter, c.block, c.text,
                ALIAS_SEPARATOR.join(c.aliases),
                c.valid_from.isoformat() if c.valid_from else "",
                c.valid_to.isoformat() if c.valid_to else "",
            )  # fmt: skip
            f.write("\t".join(row) + "\n")
    meta_tmp = folder / (META_NAME + ".tmp")
    meta_tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    # Data before metadata: a crash in between leaves the old metadata describing a newer file, which
    # the next import overwrites, never a half-written catalogue.
    os.replace(tmp, path)
    os.replace(meta_tmp, folder / META_NAME)
    return path


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Load a catalogue: ``path`` if given, else the user's imported one, else the shipped snapshot."""
    if path is None:
        user = user_catalogue_dir() / TSV_NAME
        path = user if user.exists() else bundled_catalogue_dir() / TSV_NAME
    if not path.exists():
        raise CatalogueError("catalogue file not found; reinstall or import SKScomplete.txt", where=str(path))
    return read_catalogue_tsv(path)
