"""Catalogue search as you type: code, Danish text and hierarchy; adds the chosen code as A or B.

Typing restarts a short timer and the search runs when it fires (a search takes a few milliseconds, so
it stays on the GUI thread). Enter adds the current hit as B, Shift+Enter as A; Down moves to the hits.
Emits ``add_requested(code, type, source)``: source "manual" when the user typed the exact code,
"search" otherwise.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coder_assist.catalogue import Catalogue, QueryError, SearchHit, SearchIndex
from coder_assist.store import MANUAL, SEARCH, A, B
from coder_assist.ui.strings import tr

DEBOUNCE_MS = 150
LIMIT = 25


def hierarchy(catalogue: Catalogue, code: str) -> str:
    """ "IX Sygdomme i kredsløbsorganer › I10-I15 › DI10" for a code: chapter, block, ancestors."""
    found = catalogue.get(code)
    parts = []
    chapter = catalogue.chapter(code)
    if chapter is not None:
        parts.append(f"{chapter.numeral} {chapter.title}")
    if found is not None and found.block:
        parts.append(found.block)
    parts += [a.code for a in catalogue.ancestors(code)]
    return " › ".join(parts)


class SearchPanel(QWidget):
    add_requested = Signal(str, str, str)
    searched = Signal(int)  # number of hits shown, after each search

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index: SearchIndex | None = None
        self.catalogue: Catalogue | None = None
        self.at: date | None = None
        self.hits: list[SearchHit] = []
        self.box = QLineEdit()
        self.box.setPlaceholderText(tr("search.loading"))
        self.box.setClearButtonEnabled(True)
        self.box.setEnabled(False)
        self.box.installEventFilter(self)
        self.results = QTreeWidget()
        self.results.setColumnCount(3)
        self.results.setHeaderLabels([tr("suggestions.code"), tr("suggestions.text"), ""])
        self.results.setRootIsDecorated(False)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.itemDoubleClicked.connect(lambda *_: self.add_current(B))
        self.results.installEventFilter(self)
        self.add_b = QPushButton(tr("search.add_b"))
        self.add_a = QPushButton(tr("search.add_a"))
        self.add_b.clicked.connect(lambda: self.add_current(B))
        self.add_a.clicked.connect(lambda: self.add_current(A))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_b)
        buttons.addWidget(self.add_a)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)

    def set_index(self, index: SearchIndex, catalogue: Catalogue) -> None:
        self.index, self.catalogue = index, catalogue
        self.box.setEnabled(True)
        self.box.setPlaceholderText(tr("search.placeholder"))
        if self.box.text():
            self.run_search()

    def set_date(self, at: date | None) -> None:
        """Search for codes valid at this date (the admission start of the open case)."""
        self.at = at

    def run_search(self) -> None:
        self.timer.stop()
        query = self.box.text().strip()
        self.results.clear()
        self.hits = []
        if self.index is None or not query:
            self.searched.emit(0)
            return
        try:
            self.hits = self.index.search(query, LIMIT, at=self.at)
        except QueryError as exc:
            self.results.addTopLevelItem(QTreeWidgetItem(["", exc.message, ""]))
            self.searched.emit(0)
            return
        assert self.catalogue is not None
        for hit in self.hits:
            text = hit.code.text if hit.valid else f"{hit.code.text} ({tr('search.retired')})"
            path = hierarchy(self.catalogue, hit.code.code)
            children = len(self.catalogue.children(hit.code.code))
            # A code with sub-codes is rarely what a coder should end with: say so, and → opens them.
            item = QTreeWidgetItem([f"{hit.code.code} ▸" if children else hit.code.code, text, path])
            item.setToolTip(2, path)
            if children:
                item.setToolTip(0, tr("search.children", count=children))
            item.setToolTip(1, f"{hit.code.text}\n{hit.matched}" if hit.matched != hit.code.text else hit.code.text)
            if not hit.valid:
                for col in range(3):
                    item.setForeground(col, QBrush(QColor("#9e9e9e")))
            self.results.addTopLevelItem(item)
        if not self.hits:
            self.results.addTopLevelItem(QTreeWidgetItem(["", tr("search.none"), ""]))
        else:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        for col in range(2):
            self.results.resizeColumnToContents(col)
        self.searched.emit(len(self.hits))

    def add_current(self, type_: str) -> None:
        if self.timer.isActive():  # Enter pressed before the debounce fired: search what is typed now
            self.run_search()
        row = self.results.indexOfTopLevelItem(self.results.currentItem()) if self.results.currentItem() else -1
        if not 0 <= row < len(self.hits):
            return
        hit = self.hits[row]
        self.add_requested.emit(hit.code.code, type_, MANUAL if hit.match == "code" else SEARCH)

    def open_children(self) -> bool:
        """Show the sub-codes of the current hit (a search for its code lists the code and its children);
        False when it has none."""
        row = self.results.indexOfTopLevelItem(self.results.currentItem()) if self.results.currentItem() else -1
        if not 0 <= row < len(self.hits) or self.catalogue is None:
            return False
        code = self.hits[row].code.code
        if not self.catalogue.children(code):
            return False
        self.box.setText(code)
        self.run_search()
        return True

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            modifiers = event.modifiers()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and not modifiers & Qt.KeyboardModifier.ControlModifier:  # Ctrl+Enter finishes the case
                shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
                self.add_current(A if shift else B)
                return True
            if watched is self.box and key == Qt.Key.Key_Down and self.hits:
                self.results.setFocus()
                return True
            if (
                key == Qt.Key.Key_Right
                and (watched is self.results or not self.box.cursorPosition() < len(self.box.text()))
                and self.open_children()
            ):
                return True
        return super().eventFilter(watched, event)
