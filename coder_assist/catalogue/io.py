"""Reading and writing the catalogue's own TSV format, and finding the catalogue to use.

The shipped snapshot lives in ``resources/catalogue``; a catalogue the user imported from the official
SKScomplete.txt lives in the user data folder and takes precedence, so quarterly updates need no new
program version. Beside it, ``catalogue.previous`` keeps the import it replaced (for ``catalogue
restore``) and ``catalogue.partial`` is scratch space that is never loaded: an import is written there
in full and then renamed into place, so a crash or a full disk mid-write leaves the catalogue in use as
it was.
"""

from __future__ import annotations

import json
import os
import shutil
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
    meta = read_meta(path.parent)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
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


def _write_durably(path: Path, text: str) -> None:
    """Write ``path`` through a temporary file that is on disk before it takes the name."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def write_catalogue_tsv(catalogue: Catalogue, folder: Path, meta: dict[str, str]) -> Path:
    """Write the catalogue and its metadata into ``folder``, each file replaced atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(COLUMNS)]
    for c in catalogue:
        lines.append("\t".join((
            c.code, c.who_code, c.kind, str(c.level), c.chapter, c.block, c.text,
            ALIAS_SEPARATOR.join(c.aliases),
            c.valid_from.isoformat() if c.valid_from else "",
            c.valid_to.isoformat() if c.valid_to else "",
        )))  # fmt: skip
    path = folder / TSV_NAME
    # Data before metadata: a crash in between leaves the old metadata describing a newer file, never
    # a half-written catalogue.
    _write_durably(path, "\n".join(lines) + "\n")
    _write_durably(folder / META_NAME, json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    return path


def read_meta(folder: Path) -> dict[str, str]:
    """The ``catalogue.json`` of a catalogue folder ({} where there is none)."""
    meta_path = folder / META_NAME
    try:
        return json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"cannot read the catalogue's metadata: {exc}", where=str(meta_path)) from None


def previous_catalogue_dir(live: Path) -> Path:
    """Where the import that ``live`` replaced is kept."""
    return live.with_name(live.name + ".previous")


def _scratch_dir(live: Path) -> Path:
    # Beside ``live`` so that the final rename stays on one file system and is atomic.
    return live.with_name(live.name + ".partial")


def install_catalogue(catalogue: Catalogue, meta: dict[str, str], live: Path | None = None) -> Path:
    """Make ``catalogue`` the imported one in ``live`` (default the user's), keeping the one it replaces.

    The new catalogue is written in full beside ``live`` and renamed into place; until then ``live``
    is untouched. Returns the path of the installed TSV.
    """
    live = live or user_catalogue_dir()
    scratch, previous = _scratch_dir(live), previous_catalogue_dir(live)
    try:
        shutil.rmtree(scratch, ignore_errors=True)  # what an import killed mid-write left behind
        write_catalogue_tsv(catalogue, scratch, meta)
        if live.exists():
            if previous.exists():
                shutil.rmtree(previous)
            os.replace(live, previous)
        os.replace(scratch, live)
    except OSError as exc:
        shutil.rmtree(scratch, ignore_errors=True)
        raise CatalogueError(
            f"cannot write the catalogue ({exc.strerror or exc}); the catalogue in use is unchanged",
            where=str(live),
        ) from None
    return live / TSV_NAME


def restore_previous_catalogue(live: Path | None = None) -> Path:
    """Swap the imported catalogue in use with the one it replaced (so a second restore undoes the first)."""
    live = live or user_catalogue_dir()
    previous, scratch = previous_catalogue_dir(live), _scratch_dir(live)
    if not (previous / TSV_NAME).exists():
        raise CatalogueError(
            "no earlier imported catalogue is kept; `coder-assist catalogue reset` goes back to the shipped snapshot",
            where=str(previous),
        )
    try:
        shutil.rmtree(scratch, ignore_errors=True)
        if live.exists():
            os.replace(live, scratch)
        os.replace(previous, live)
        if scratch.exists():
            os.replace(scratch, previous)
    except OSError as exc:
        raise CatalogueError(f"cannot restore the catalogue ({exc.strerror or exc})", where=str(live)) from None
    return live / TSV_NAME


def remove_imported_catalogue(live: Path | None = None) -> list[Path]:
    """Delete every folder of the import (in use, previous, scratch); returns those that existed."""
    live = live or user_catalogue_dir()
    scratch = _scratch_dir(live)
    found = [p for p in (live, previous_catalogue_dir(live), scratch) if p.exists()]
    try:
        if live.exists():
            # Renamed first, in one step, so that a crash mid-delete never leaves a partial catalogue
            # in the place the program loads from.
            shutil.rmtree(scratch, ignore_errors=True)
            os.replace(live, scratch)
        for folder in (previous_catalogue_dir(live), scratch):
            if folder.exists():
                shutil.rmtree(folder)
    except OSError as exc:
        raise CatalogueError(f"cannot remove the imported catalogue ({exc.strerror or exc})", where=str(live)) from None
    return found


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Load a catalogue: ``path`` if given, else the user's imported one, else the shipped snapshot."""
    if path is None:
        user = user_catalogue_dir() / TSV_NAME
        path = user if user.exists() else bundled_catalogue_dir() / TSV_NAME
    if not path.exists():
        raise CatalogueError("catalogue file not found; reinstall or import SKScomplete.txt", where=str(path))
    return read_catalogue_tsv(path)
