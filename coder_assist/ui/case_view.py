"""The case: a patient line, the notes with their sections, and medications and labs as tables.

Evidence spans (``runtime.EvidenceSpan``) are painted into the notes' QTextDocument as background colour
(stronger colour for more weight) and onto table rows; ``show_evidence`` shows one code's spans and
scrolls to the strongest. Clicking text or a row emits ``evidence_clicked`` with the codes whose evidence
covers that place, among the codes whose evidence has arrived.

A long case is shown one part at a time (``split_parts``): drawn whole, a case with 10,000 notes took 4 s
of GUI-thread time to open and 17 s per hover, one 5 MB note 160 s to open. A notice above the notes says
which part is shown, links to the previous and next part, and names the part that holds the strongest
evidence of the shown code when it lies in another part.
"""

from __future__ import annotations

import logging
import re
import time
from bisect import bisect_right
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coder_assist.cases import Case, Note, render_lab, render_medication
from coder_assist.cases.flatten import lab_flag
from coder_assist.runtime import EvidenceSpan
from coder_assist.ui.strings import count, tr

log = logging.getLogger(__name__)

EVIDENCE_RGB = (255, 176, 0)  # amber: readable under black text at every strength
MIN_ALPHA, MAX_ALPHA = 50, 230
# One part of the notes holds at most this much text in at most this many notes: the worst part (one
# paragraph without a line break) draws in about 0.1 s on the 2-core build machine. The model reads at
# most max_tokens (4,096 for the default bundle, about 20,000 characters), so its evidence is in part 1.
PART_CHARS = 50_000
PART_NOTES = 100
# A paragraph that opens with a short label and a colon ("Anamnese og aktuelt:") starts a section.
_SECTION = re.compile(r"^([A-ZÆØÅ][^\n:]{1,40}:)", re.MULTILINE)


def evidence_colour(weight: float, strongest: float) -> QColor:
    """The highlight colour of a span: alpha grows with its share of the strongest span's weight."""
    share = weight / strongest if strongest > 0 else 1.0
    return QColor(*EVIDENCE_RGB, round(MIN_ALPHA + (MAX_ALPHA - MIN_ALPHA) * min(max(share, 0.0), 1.0)))


def utf16_length(text: str) -> int:
    """Length of ``text`` in the UTF-16 units Qt counts positions in (Python counts code points)."""
    return len(text.encode("utf-16-le")) // 2


def code_points(text: str, units: int) -> int:
    """The Python offset in ``text`` of Qt's UTF-16 offset ``units`` (the inverse of ``utf16_length``)."""
    return len(text.encode("utf-16-le")[: 2 * units].decode("utf-16-le", errors="ignore"))


def split_parts(notes: list[Note]) -> list[tuple[int, int]]:
    """Where each part of the notes starts, as (note index, character offset in that note), in order.

    A part holds at most ``PART_CHARS`` characters of text in at most ``PART_NOTES`` notes; a note that does
    not fit is cut after its last line break within the part (mid-line only when there is none), so the
    next part continues it and section labels stay whole. A case without notes has one empty part."""
    starts: list[tuple[int, int]] = []
    note, offset = 0, 0
    while note < len(notes) or not starts:
        starts.append((note, offset))
        budget = PART_CHARS
        for _ in range(PART_NOTES):
            if note == len(notes) or budget <= 0:
                break
            text = notes[note].text
            end = len(text) if offset + budget >= len(text) else offset + budget
            if end < len(text):
                line_end = text.rfind("\n", offset, end)
                end = line_end + 1 if line_end >= offset else end
            budget -= end - offset
            if end < len(text):
                offset = end
                break
            note, offset = note + 1, 0
    return starts


class Painted(NamedTuple):
    """What painting one code's evidence found in the note spans."""

    best_here: EvidenceSpan | None  # the strongest span in the shown part
    best_elsewhere: EvidenceSpan | None  # the strongest span in another part
    elsewhere: int  # how many spans lie in other parts


class Drawn(NamedTuple):
    """A note, or the piece of it, drawn in the shown part."""

    note: int  # index in the case's notes
    begin: int  # the piece's first and past-last character in the note's text
    end: int
    position: int  # document position of the piece's first character


class NoteView(QTextBrowser):
    """The notes; a click reports the document position under the mouse."""

    clicked_at = Signal(int)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked_at.emit(self.cursorForPosition(event.position().toPoint()).position())


class CaseView(QWidget):
    evidence_clicked = Signal(list)  # codes supporting the clicked place (may be empty)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        self._parts: list[tuple[int, int]] = [(0, 0)]  # where each part starts (note, offset): split_parts
        self.part = 0  # the part shown
        self._drawn: dict[int, Drawn] = {}  # note index -> what of it the shown part draws
        self._painted: list[tuple[int, int]] = []  # document ranges highlighted now, cleared on the next show
        self._evidence: dict[str, list[EvidenceSpan]] = {}
        self.shown_code: str | None = None

        self.header = QLabel(tr("case.none"))
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5a00;")
        self.notice.hide()
        self.partial = QLabel()
        self.partial.setWordWrap(True)
        self.partial.setStyleSheet("color: #8a5a00;")
        self.partial.setTextFormat(Qt.TextFormat.RichText)
        self.partial.linkActivated.connect(lambda link: self.show_part(int(link)))  # links name a part
        self.partial.hide()
        self.notes = NoteView()
        self.notes.setOpenLinks(False)
        self.notes.setAccessibleName(tr("case.notes"))
        self.notes.clicked_at.connect(self._clicked_note)
        self.medications = self._table([tr("case.med.atc"), tr("case.med.name"), tr("case.med.dose")], "medication")
        self.labs = self._table(
            [tr("case.lab.name"), tr("case.lab.value"), tr("case.lab.unit"), tr("case.lab.range"), tr("case.lab.flag")],
            "lab",
        )
        self.tables = QTabWidget()
        self.tables.addTab(self.medications, tr("case.medications"))
        self.tables.addTab(self.labs, tr("case.labs"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.notes)
        splitter.addWidget(self.tables)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.partial)
        layout.addWidget(splitter, 1)

    def _table(self, headers: list[str], source: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.cellClicked.connect(lambda row, _col: self.evidence_clicked.emit(self.codes_at(source, row, None)))
        return table

    # -- showing a case

    def show_case(self, case: Case | None) -> None:
        self.case = case
        self._evidence = {}
        self.shown_code = None
        self.notice.hide()
        self._show_header(case)
        self._parts = split_parts(case.notes if case else [])
        self.show_part(0)
        self._fill_tables(case)

    def _show_header(self, case: Case | None) -> None:
        if case is None:
            self.header.setText(tr("case.none"))
            return
        unknown = tr("case.unknown")
        patient = case.patient
        sex = tr(f"case.sex.{patient.sex}") if patient and patient.sex in ("M", "F") else unknown
        age = patient.age if patient and patient.age is not None else unknown
        start = case.admission.start.isoformat() if case.admission else unknown
        end = f" – {case.admission.end.isoformat()}" if case.admission and case.admission.end else ""
        line = tr("case.patient", sex=sex, age=age, start=start, end=end, department=case.department or unknown)
        self.header.setText(f"<b>{case.case_id}</b> · {line}")

    def show_part(self, part: int) -> None:
        """Draw part ``part`` of the notes (from the top) with the shown code's evidence in it."""
        started = time.perf_counter()
        self.part = part
        previous = self.notes.document()
        ours = previous.parent() is self.notes  # the browser deletes only its own first document itself
        self.notes.setDocument(self._draw(part))
        if ours:  # else every part ever shown, with its text, lives as long as the view
            previous.deleteLater()
        self._show_part_notice(self._paint(self.shown_code))
        if len(self._parts) > 1:
            log.info("case %s: part %d of %d drawn in %.0f ms", self.case.case_id if self.case else None,
                     part + 1, len(self._parts), (time.perf_counter() - started) * 1000)  # fmt: skip

    def _draw(self, part: int) -> QTextDocument:
        """A document with the notes of ``part``, each under its type; section labels bold."""
        notes = self.case.notes if self.case else []
        doc = QTextDocument(self.notes)
        doc.setDefaultFont(self.notes.font())
        doc.setUndoRedoEnabled(False)  # read-only text: an undo stack would keep every highlight ever painted
        plain, heading, label = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.notes.font().pointSizeF() * 1.25)
        label.setFontWeight(QFont.Weight.Bold)
        self._drawn, self._painted = {}, []
        note, begin = self._parts[part]
        stop = self._parts[part + 1] if part + 1 < len(self._parts) else (len(notes), 0)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # one layout pass for the part, not one per insert
        while (note, begin) < stop:
            text = notes[note].text
            end = stop[1] if note == stop[0] else len(text)
            if self._drawn:
                cursor.insertBlock()
                cursor.insertBlock()
            title = notes[note].type.capitalize() or tr("case.notes")
            cursor.insertText(tr("case.note_continued", type=title) if begin else title, heading)
            cursor.insertBlock()
            cursor.setCharFormat(plain)
            self._drawn[note] = Drawn(note, begin, end, cursor.position())
            # Labels go in bold as the text goes in, so no document position has to be worked out for them.
            done = begin
            for match in _SECTION.finditer(text, begin, end):
                cursor.insertText(text[done : match.start(1)], plain)
                cursor.insertText(match.group(1), label)
                done = match.end(1)
            cursor.insertText(text[done:end], plain)
            note, begin = note + 1, 0
        cursor.endEditBlock()
        return doc

    def _show_part_notice(self, painted: Painted) -> None:
        """The notice of a long case: the part shown, links to its neighbours and to the part with the shown
        code's strongest evidence when that is another part."""
        if len(self._parts) == 1:
            self.partial.hide()
            return
        notes = self.case.notes if self.case else []
        drawn = list(self._drawn.values())  # in note order
        links = [tr("case.part.previous", part=self.part - 1)] if self.part else []
        if self.part + 1 < len(self._parts):
            links.append(tr("case.part.next", part=self.part + 1))
        text = tr(
            "case.part", part=self.part + 1, parts=len(self._parts), first=drawn[0].note + 1, last=drawn[-1].note + 1,
            notes=count(len(notes)), chars=count(sum(d.end - d.begin for d in drawn)),
            total_chars=count(sum(len(n.text) for n in notes)), links=" · ".join(links),
        )  # fmt: skip
        if painted.best_elsewhere is not None:
            span = painted.best_elsewhere
            part = bisect_right(self._parts, (span.index, span.start)) - 1
            text += " " + tr(
                "case.part.evidence", spans=count(painted.elsewhere), code=self.shown_code, part=part, number=part + 1
            )
        self.partial.setText(text)
        self.partial.show()

    def _fill_tables(self, case: Case | None) -> None:
        meds = case.medications if case else []
        labs = case.labs if case else []
        self.medications.setRowCount(len(meds))
        for row, med in enumerate(meds):
            for col, value in enumerate((med.atc, med.name, med.dose)):
                self._cell(self.medications, row, col, value or "", render_medication(med))
        self.labs.setRowCount(len(labs))
        for row, lab in enumerate(labs):
            interval = "" if lab.low is None and lab.high is None else f"{_num(lab.low)}–{_num(lab.high)}"
            values = (lab.name, _num(lab.value), lab.unit or "", interval, lab_flag(lab))
            for col, value in enumerate(values):
                self._cell(self.labs, row, col, value, render_lab(lab))
        self.tables.setTabText(0, f"{tr('case.medications')} ({len(meds)})")
        self.tables.setTabText(1, f"{tr('case.labs')} ({len(labs)})")
        for table in (self.medications, self.labs):
            table.resizeColumnsToContents()

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int, text: str, line: str) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(line)  # the rendered row: what the model read and what evidence offsets point into
        table.setItem(row, col, item)

    def show_truncation(self, message: str | None) -> None:
        self.notice.setVisible(bool(message))
        self.notice.setText(tr("case.truncated", detail=message) if message else "")

    # -- evidence

    def set_evidence(self, code: str, spans: list[EvidenceSpan]) -> None:
        self._evidence[code] = spans

    def has_evidence(self, code: str) -> bool:
        return code in self._evidence

    def _position(self, source: str, index: int, offset: int) -> int:
        """Document position of a character offset (Python code points) in note ``index`` of the shown part."""
        assert self.case is not None and source == "note"
        drawn = self._drawn[index]
        assert drawn.begin <= offset <= drawn.end
        return drawn.position + utf16_length(self.case.notes[index].text[drawn.begin : offset])

    def show_evidence(self, code: str | None) -> None:
        """Highlight the evidence of ``code`` (None: none) and scroll to its strongest span in the shown part."""
        self.shown_code = code
        painted = self._paint(code)
        self._show_part_notice(painted)
        best = painted.best_here
        if best is not None:
            self._scroll_to(self._position("note", best.index, max(best.start, self._drawn[best.index].begin)))

    def _paint(self, code: str | None) -> Painted:
        """Paint the evidence of ``code`` on the shown part of the notes and on the rows."""
        doc = self.notes.document()
        none = QTextCharFormat()
        none.setBackground(QBrush(Qt.BrushStyle.NoBrush))
        for start, end in self._painted:  # only what was painted: clearing the whole document costs its size
            self._merge(doc, start, end, none)
        self._painted = []
        row_weights: dict[tuple[str, int], float] = {}
        spans = self._evidence.get(code, []) if code else []
        strongest = max((s.weight for s in spans), default=0.0)
        best_here: EvidenceSpan | None = None
        best_elsewhere: EvidenceSpan | None = None
        elsewhere = 0
        for span in spans:
            if span.source != "note":
                row_weights[(span.source, span.index)] = row_weights.get((span.source, span.index), 0.0) + span.weight
                continue
            if self.case is None or span.index >= len(self.case.notes):
                continue
            drawn = self._drawn.get(span.index)
            if drawn is None or span.end <= drawn.begin or span.start >= drawn.end:
                elsewhere += 1
                if best_elsewhere is None or span.weight > best_elsewhere.weight:
                    best_elsewhere = span
                continue
            start = self._position("note", span.index, max(span.start, drawn.begin))
            end = self._position("note", span.index, min(span.end, drawn.end))
            fmt = QTextCharFormat()
            fmt.setBackground(evidence_colour(span.weight, strongest))
            self._merge(doc, start, end, fmt)
            self._painted.append((start, end))
            if best_here is None or span.weight > best_here.weight:
                best_here = span
        for source, table in (("medication", self.medications), ("lab", self.labs)):
            for row in range(table.rowCount()):
                weight = row_weights.get((source, row))
                brush = QBrush(evidence_colour(weight, strongest)) if weight else QBrush()
                for col in range(table.columnCount()):
                    item = table.item(row, col)
                    if item is not None:
                        item.setBackground(brush)
        return Painted(best_here, best_elsewhere, elsewhere)

    @staticmethod
    def _merge(doc: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.notes.document())
        cursor.setPosition(position)
        rect = self.notes.cursorRect(cursor)
        viewport = self.notes.viewport().rect()
        if not viewport.contains(rect):
            bar = self.notes.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - viewport.height() // 3)

    def codes_at(self, source: str, index: int, offset: int | None) -> list[str]:
        """Codes whose evidence covers ``offset`` of note/row ``index`` (a whole row when None), strongest first."""
        found: dict[str, float] = {}
        for code, spans in self._evidence.items():
            for span in spans:
                here = offset is None or span.start <= offset < span.end
                if span.source == source and span.index == index and here:
                    found[code] = max(found.get(code, 0.0), span.weight)
        return sorted(found, key=lambda c: -found[c])

    def _clicked_note(self, position: int) -> None:
        if self.case is None:
            return
        for drawn in reversed(self._drawn.values()):
            if position >= drawn.position:
                piece = self.case.notes[drawn.note].text[drawn.begin : drawn.end]
                offset = code_points(piece, position - drawn.position)
                if offset < len(piece):
                    self.evidence_clicked.emit(self.codes_at("note", drawn.note, drawn.begin + offset))
                return


def _num(value: float | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace(".", ",") if isinstance(value, float) else str(value)
