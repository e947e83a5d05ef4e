"""A case as the one string the model reads, with a map from every character back to its source.

Layout (each note under its own header; sections without rows are left out)::

    ## epikrise
    <note 0 text, exactly as stored>

    ## medicin
    C09AA02 enalapril 10 mg x 1
    B01AC06 acetylsalicylsyre 75 mg x 1

    ## laboratoriesvar
    Kreatinin;P 142 µmol/L (H)

Every character belongs to one source: ``note``, ``medication`` or ``lab`` (with the row's index and
the offset in that source's own text) or ``header`` for what flattening added — header lines, line
breaks between rows and blank lines between sections, numbered in order of appearance. Note offsets
are into the note's text as stored (no normalisation, so they land on the original æ, ø, å); row
offsets are into the row's rendered line (``render_medication``/``render_lab``), which is also what
the app shows for the row. All offsets are Python string indices (code points).

``flatten(case, limit)`` keeps only the first ``limit`` characters of the text while its map still covers
the whole case: a 50 MB note then costs a copy of the part the model can read, and the map can still
name what was left out.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from coder_assist.cases.model import LAB, MEDICATION, NOTE, Case, Lab, Medication

HEADER = "header"
MEDICATIONS_HEADER = "medicin"
LABS_HEADER = "laboratoriesvar"


def render_medication(medication: Medication) -> str:
    """``ATC name dose``, leaving out the parts the row lacks."""
    return " ".join(part for part in (medication.atc, medication.name, medication.dose) if part)


def lab_flag(lab: Lab) -> str:
    """ "H" above the reference interval, "L" below it, "" inside it or when it cannot be told."""
    value = lab.value
    if isinstance(value, str):
        return ""
    if lab.high is not None and value > lab.high:
        return "H"
    if lab.low is not None and value < lab.low:
        return "L"
    return ""


def render_lab(lab: Lab) -> str:
    """``name value unit``, with `` (H)``/`` (L)`` when the value is outside the reference interval."""
    # str() of an int is as written ("142"); of a float the shortest exact form ("5.2").
    line = " ".join(part for part in (lab.name, str(lab.value), lab.unit) if part)
    flag = lab_flag(lab)
    return f"{line} ({flag})" if flag else line


@dataclass(frozen=True)
class SourcePosition:
    """Where one character of the flat text came from."""

    kind: str  # "note", "medication", "lab" or "header"
    index: int  # which note/row; for "header", which added stretch
    offset: int  # position in that source's own text


@dataclass(frozen=True)
class SourceSpan:
    """Characters ``[start, end)`` of one note or row."""

    kind: str
    index: int
    start: int
    end: int


class FlatText:
    """The flat text and its map back to sources: one segment per source, found by bisection.

    ``len(flat)`` is the length of the whole flat text; ``flat.text`` is all of it or, when flattened with
    a limit, its first characters (``flat.complete`` tells which). Offsets mean the same either way.
    """

    def __init__(self, pieces: list[tuple[str, int, str]], limit: int | None = None) -> None:
        """``pieces``: (kind, index, text) in order; their texts joined are the flat text, of which the
        first ``limit`` characters (all when None) are kept in ``text``."""
        kept: list[str] = []
        room = limit
        # Segment starts in flat order, without empty sources (an empty note has no characters to find,
        # but from_source still knows it).
        self._starts: list[int] = []
        self._sources: list[tuple[str, int, int]] = []  # (kind, index, length) beside _starts
        self._where: dict[tuple[str, int], tuple[int, int]] = {}  # source → (flat start, length)
        position = 0
        for kind, index, text in pieces:
            self._where[(kind, index)] = (position, len(text))
            if text:
                self._starts.append(position)
                self._sources.append((kind, index, len(text)))
            position += len(text)
            if room is None:
                kept.append(text)
            elif room > 0:
                kept.append(text[:room])  # slicing copies only the characters kept
                room -= len(kept[-1])
        self.text = "".join(kept)
        self._length = position

    def __len__(self) -> int:
        return self._length

    @property
    def complete(self) -> bool:
        """Whether ``text`` is the whole flat text rather than its first characters."""
        return len(self.text) == self._length

    def source_at(self, i: int) -> SourcePosition:
        """The source of flat character ``i``."""
        if not 0 <= i < self._length:
            raise IndexError(f"position {i} is outside the flat text (length {self._length})")
        segment = bisect_right(self._starts, i) - 1
        kind, index, _ = self._sources[segment]
        return SourcePosition(kind, index, i - self._starts[segment])

    def to_source_spans(self, start: int, end: int) -> list[SourceSpan]:
        """The parts of flat span ``[start, end)`` in each note or row, in order; added text is dropped."""
        if not 0 <= start <= end <= self._length:
            raise ValueError(f"span [{start}, {end}) is outside the flat text (length {self._length})")
        spans = []
        segment = max(bisect_right(self._starts, start) - 1, 0)
        while segment < len(self._starts) and self._starts[segment] < end:
            kind, index, length = self._sources[segment]
            seg_start = self._starts[segment]
            lo, hi = max(start, seg_start), min(end, seg_start + length)
            if kind != HEADER and lo < hi:
                spans.append(SourceSpan(kind, index, lo - seg_start, hi - seg_start))
            segment += 1
        return spans

    def from_source(self, kind: str, index: int, offset: int) -> int:
        """The flat position of ``offset`` in a source; ``offset`` may equal its length (a span end)."""
        try:
            start, length = self._where[(kind, index)]
        except KeyError:
            raise ValueError(f"the case has no {kind} {index}") from None
        if not 0 <= offset <= length:
            raise ValueError(f"offset {offset} is outside {kind} {index} (length {length})")
        return start + offset


def flatten(case: Case, limit: int | None = None) -> FlatText:
    """The model text of ``case`` (layout in the module docstring), or its first ``limit`` characters."""
    pieces: list[tuple[str, int, str]] = []
    headers = 0

    def added(text: str) -> None:
        nonlocal headers
        pieces.append((HEADER, headers, text))
        headers += 1

    def section(title: str) -> None:
        added(("\n\n" if pieces else "") + f"## {title}\n")

    for i, note in enumerate(case.notes):
        section(note.type or "notat")
        pieces.append((NOTE, i, note.text))
    rows = [(MEDICATION, MEDICATIONS_HEADER, [render_medication(m) for m in case.medications])]
    rows.append((LAB, LABS_HEADER, [render_lab(lab) for lab in case.labs]))
    for kind, title, lines in rows:
        if not lines:
            continue
        section(title)
        for i, line in enumerate(lines):
            if i:
                added("\n")
            pieces.append((kind, i, line))
    return FlatText(pieces, limit)
