"""The case: a patient line, the notes with their sections, and medications and labs as tables.

Evidence spans (``runtime.EvidenceSpan``) are painted into the notes' QTextDocument as background colour
(stronger colour for more weight) and onto table rows; ``show_evidence`` shows one code's spans and
scrolls to the strongest. Clicking text or a row emits ``evidence_clicked`` with the codes whose evidence
covers that place, among the codes whose evidence has arrived.
"""

from __future__ import annotations

import re

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

from coder_assist.cases import Case, render_lab, render_medication
from coder_assist.cases.flatten import lab_flag
from coder_assist.runtime import EvidenceSpan
from coder_assist.ui.strings import tr

EVIDENCE_RGB = (255, 176, 0)  # amber: readable under black text at every strength
MIN_ALPHA, MAX_ALPHA = 50, 230
# A paragraph that opens with a short label and a colon ("Anamnese og aktuelt:") starts a section.
_SECTION = re.compile(r"^([A-ZÆØÅ][^\n:]{1,40}:)", re.MULTILINE)


def evidence_colour(weight: float, strongest: float) -> QColor:
    """The highlight colour of a span: alpha grows with its share of the strongest span's weight."""
    share = weight / strongest if strongest > 0 else 1.0
    return QColor(*EVIDENCE_RGB, round(MIN_ALPHA + (MAX_ALPHA - MIN_ALPHA) * min(max(share, 0.0), 1.0)))


def utf16_length(text: str) -> int:
    """Length of ``text`` in the UTF-16 units Qt counts positions in (Python counts code points)."""
    return len(text.encode("utf-16-le")) // 2


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
        self._note_starts: list[int] = []  # document position of each note's first character
        self._evidence: dict[str, list[EvidenceSpan]] = {}
        self.shown_code: str | None = None

        self.header = QLabel(tr("case.none"))
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5a00;")
        self.notice.hide()
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
        self._show_notes(case)
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

    def _show_notes(self, case: Case | None) -> None:
        doc = QTextDocument(self.notes)
        doc.setDefaultFont(self.notes.font())
        self._note_starts = []
        cursor = QTextCursor(doc)
        plain, heading, label = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.notes.font().pointSizeF() * 1.25)
        label.setFontWeight(QFont.Weight.Bold)
        for i, note in enumerate(case.notes if case else []):
            if i:
                cursor.insertBlock()
            cursor.insertText(note.type.capitalize() or tr("case.notes"), heading)
            cursor.insertBlock()
            cursor.setCharFormat(plain)
            self._note_starts.append(cursor.position())
            cursor.insertText(note.text, plain)
            for match in _SECTION.finditer(note.text):
                section = QTextCursor(doc)
                section.setPosition(self._position("note", i, match.start(1)))
                section.setPosition(self._position("note", i, match.end(1)), QTextCursor.MoveMode.KeepAnchor)
                section.mergeCharFormat(label)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock()
        self.notes.setDocument(doc)

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
        """Document position of a character offset (Python code points) in note ``index``."""
        assert self.case is not None and source == "note"
        return self._note_starts[index] + utf16_length(self.case.notes[index].text[:offset])

    def show_evidence(self, code: str | None) -> None:
        """Highlight the evidence of ``code`` (None: none) and scroll to its strongest note span."""
        self.shown_code = code
        doc = self.notes.document()
        clear = QTextCursor(doc)
        clear.select(QTextCursor.SelectionType.Document)
        none = QTextCharFormat()
        none.setBackground(QBrush(Qt.BrushStyle.NoBrush))
        clear.mergeCharFormat(none)
        row_weights: dict[tuple[str, int], float] = {}
        spans = self._evidence.get(code, []) if code else []
        strongest = max((s.weight for s in spans), default=0.0)
        best_note: EvidenceSpan | None = None
        for span in spans:
            if span.source != "note":
                row_weights[(span.source, span.index)] = row_weights.get((span.source, span.index), 0.0) + span.weight
                continue
            if self.case is None or span.index >= len(self._note_starts):
                continue
            cursor = QTextCursor(doc)
            cursor.setPosition(self._position("note", span.index, span.start))
            cursor.setPosition(self._position("note", span.index, span.end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(evidence_colour(span.weight, strongest))
            cursor.mergeCharFormat(fmt)
            if best_note is None or span.weight > best_note.weight:
                best_note = span
        for source, table in (("medication", self.medications), ("lab", self.labs)):
            for row in range(table.rowCount()):
                weight = row_weights.get((source, row))
                brush = QBrush(evidence_colour(weight, strongest)) if weight else QBrush()
                for col in range(table.columnCount()):
                    item = table.item(row, col)
                    if item is not None:
                        item.setBackground(brush)
        if best_note is not None:
            self._scroll_to(self._position("note", best_note.index, best_note.start))

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
        for i in range(len(self._note_starts) - 1, -1, -1):
            if position >= self._note_starts[i]:
                text = self.case.notes[i].text
                # Back from Qt's UTF-16 position to a Python offset.
                units, offset = position - self._note_starts[i], 0
                while offset < len(text) and units > 0:
                    units -= utf16_length(text[offset])
                    offset += 1
                if offset < len(text):
                    self.evidence_clicked.emit(self.codes_at("note", i, offset))
                return


def _num(value: float | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace(".", ",") if isinstance(value, float) else str(value)
