"""Import of the official SKS file ``SKScomplete.txt`` into the user's own catalogue.

Sundhedsdatastyrelsen publishes SKS as one fixed-width Latin-1 file covering all registers. Columns
(1-based): register 1-3 ("dia" for diagnoses), code 4-23, valid-from 24-31, modified 32-39, valid-to
40-47 (25000101 = no end), text 48-167. A code has one row per period in which its text was in force.
A quarterly import replaces the user's catalogue as a whole, or not at all: a malformed line stops it,
and so does a file that looks incomplete (its last line cut short, as an interrupted download or copy
leaves it, or far fewer codes than the catalogue in use) unless the user insists with ``force``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from coder_assist.catalogue.chapters import chapter_for_category
from coder_assist.catalogue.io import install_catalogue
from coder_assist.catalogue.model import DANISH_EXTENSION, WHO, Catalogue, Code
from coder_assist.errors import CatalogueError

OPEN_END = "25000101"  # SKS's way of saying "still valid"
RECORD_END = 167  # last column of the text: a line padded to the fixed width reaches at least this far
MIN_SHARE = 0.9  # an import with fewer codes than this share of the catalogue in use is refused unless forced
_DIAGNOSIS_CODE = re.compile(r"^D[A-Z]\d\d[0-9A-Z]*$")  # group rows ("DA", "DA00-DA09") are no codes


@dataclass(frozen=True, slots=True)
class SksRow:
    code: str
    text: str
    valid_from: date
    modified: date | None
    valid_to: date | None  # exclusive; None = open end
    line: int


@dataclass(frozen=True, slots=True)
class ImportReport:
    path: Path  # where the imported catalogue was written
    replaced: str  # version of the catalogue in use before the import
    version: str
    codes: int
    retired: int  # codes no longer valid today
    new: int  # codes not in the catalogue used before the import
    skipped_lines: int  # other registers and group rows


def _date(raw: str, where: str, column: str) -> date:
    try:
        return datetime.strptime(raw, "%Y%m%d").date()
    except ValueError:
        raise CatalogueError(f"{column} {raw!r} is not a date (YYYYMMDD)", where=where) from None


def _decode(data: bytes) -> str:
    # The official file is Latin-1; a copy re-saved as UTF-8 would otherwise import as "Ã¦" for "æ".
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")
    return text.removeprefix("\ufeff")


def _check_last_line(lines: list[tuple[int, str]], ends_line: bool, path: Path) -> None:
    """Refuse a file cut inside its last line, as an interrupted download or copy leaves it.

    ``lines`` are the non-blank (line number, text) pairs; ``ends_line`` says whether the file ends
    with an end-of-line. A cut line can still parse (DJ189 "Pneumoni UNS" cut to "Pneumoni"), so the
    parser alone would not notice.
    """
    number, last = lines[-1]
    where = f"{path.name}, line {number}"
    # The official file pads every line to its fixed width; a shorter last line lost its end.
    width = min((len(text) for _, text in lines[:-1]), default=0)
    if width >= RECORD_END and len(last) < width:
        raise CatalogueError(
            f"the last line is {len(last)} characters where every other line has at least {width}: the file "
            "is cut off; download or copy it again",
            where=where,
        )
    # Lines of varying width (a copy with trailing spaces trimmed) leave only the end-of-line to go by.
    if not ends_line and width < RECORD_END:
        raise CatalogueError(
            "the last line has no end-of-line, so the file may be cut off; download or copy it again",
            where=where,
        )


def read_sks_complete(path: Path) -> tuple[list[SksRow], int]:
    """The diagnosis rows of an SKScomplete file and the count of lines skipped (other registers)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogueError(f"cannot read the file: {exc.strerror}", where=str(path)) from None
    content = _decode(data)
    lines = [(number, line) for number, line in enumerate(content.splitlines(), start=1) if line.strip()]
    if lines:
        _check_last_line(lines, content.endswith(("\n", "\r")), path)
    rows: list[SksRow] = []
    skipped = 0
    for number, line in lines:
        where = f"{path.name}, line {number}"
        if len(line) < 47:
            raise CatalogueError(
                f"line is {len(line)} characters; an SKScomplete line has register, code and three dates "
                "in columns 1-47",
                where=where,
            )
        register, code = line[0:3], line[3:23].strip()
        if register != "dia" or not _DIAGNOSIS_CODE.match(code):
            skipped += 1
            continue
        valid_from = _date(line[23:31], where, "valid-from (columns 24-31)")
        modified = _date(line[31:39], where, "modified (columns 32-39)") if line[31:39].strip() else None
        to_raw = line[39:47]
        valid_to = None if to_raw == OPEN_END else _date(to_raw, where, "valid-to (columns 40-47)")
        text = line[47:167].strip()
        if not text:
            raise CatalogueError(f"code {code} has no text (columns 48-167)", where=where)
        rows.append(SksRow(code, text, valid_from, modified, valid_to, number))
    if not rows:
        raise CatalogueError("no diagnosis rows (register 'dia') found; is this SKScomplete.txt?", where=str(path))
    return rows, skipped


def build_catalogue(rows: list[SksRow], reference: Catalogue | None, today: date, version: str) -> Catalogue:
    """Merge the rows of each code into one Code; hierarchy fields come from ``reference`` where known."""
    by_code: dict[str, list[SksRow]] = {}
    for row in rows:
        by_code.setdefault(row.code, []).append(row)
    codes: dict[str, Code] = {}
    for code in sorted(by_code):
        periods = sorted(by_code[code], key=lambda r: r.valid_from)
        in_force = [r for r in periods if r.valid_from <= today]
        current = in_force[-1] if in_force else periods[-1]
        ends = [r.valid_to for r in periods]
        valid_to = None if None in ends else max(e for e in ends if e is not None)
        aliases = []
        for r in reversed(periods):
            if r.text != current.text and r.text not in aliases:
                aliases.append(r.text)
        known = reference.codes.get(code) if reference else None
        if known is not None:
            who, kind, chapter, block = known.who_code, known.kind, known.chapter, known.block
        else:
            category = reference.codes.get(code[:4]) if reference else None
            found_chapter = chapter_for_category(code[1:4])
            kind = WHO if len(code) == 4 else DANISH_EXTENSION
            who = code[1:] if len(code) == 4 else ""
            chapter = found_chapter.numeral if found_chapter else ""
            block = category.block if category else ""
        codes[code] = Code(
            code, current.text, who, kind, chapter, block, tuple(aliases), periods[0].valid_from, valid_to
        )
    return Catalogue(codes=codes, version=version)


def _check_count(catalogue: Catalogue, reference: Catalogue, path: Path) -> None:
    """Refuse an import with far fewer codes than the catalogue it would replace."""
    needed = int(len(reference) * MIN_SHARE)
    if len(catalogue) < needed:
        raise CatalogueError(
            f"has {len(catalogue):,} diagnosis codes where the catalogue in use ({reference.version}) has "
            f"{len(reference):,}; an import needs at least {MIN_SHARE:.0%} as many ({needed:,}), so this file "
            "looks incomplete. If it is the file you mean to use, import it with --force",
            where=str(path),
        )


def import_sks_complete(
    path: Path,
    reference: Catalogue | None,
    dest: Path | None = None,
    today: date | None = None,
    *,
    force: bool = False,
) -> ImportReport:
    """Import ``path`` as the user's catalogue (under ``dest``, default the user data folder).

    ``reference`` is the catalogue in use: hierarchy fields come from it, and unless ``force`` an
    import with under ``MIN_SHARE`` of its codes is refused. The catalogue it replaces is kept for
    ``restore_previous_catalogue``.
    """
    rows, skipped = read_sks_complete(path)
    today = today or date.today()
    released = max((r.modified or r.valid_from) for r in rows)
    version = f"SKS {released.isoformat()} (imported)"
    catalogue = build_catalogue(rows, reference, today, version)
    if reference is not None and not force:
        _check_count(catalogue, reference, path)
    meta = {
        "version": version,
        "released": released.isoformat(),
        "source": f"{path.name}, sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}",
        "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    written = install_catalogue(catalogue, meta, dest)
    retired = sum(1 for c in catalogue if not c.valid_at(today))
    new = sum(1 for c in catalogue.codes if reference is None or c not in reference)
    replaced = reference.version if reference is not None else ""
    return ImportReport(written, replaced, version, len(catalogue), retired, new, skipped)
