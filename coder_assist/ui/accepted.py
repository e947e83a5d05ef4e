"""The accepted codes of the case (A first, then B in the user's order) and the actions on them.

Emits ``change_type(code, type)``, ``move(code, delta)``, ``remove(code)``, ``finish()`` and ``reopen()``;
the window carries them out on the store and calls ``show`` with the result.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coder_assist.catalogue import Catalogue
from coder_assist.store import A, B, Decision
from coder_assist.ui.strings import number, tr
from coder_assist.ui.suggestions import row_height


class AcceptedPanel(QWidget):
    change_type = Signal(str, str)
    move = Signal(str, int)
    remove = Signal(str)
    finish = Signal()
    reopen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decisions: list[Decision] = []
        self.done = False
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("accepted.type"), tr("accepted.code"), tr("accepted.text"), tr("accepted.source")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)

        self.make_a = QPushButton(tr("accepted.make_a"))
        self.make_b = QPushButton(tr("accepted.make_b"))
        self.up = QPushButton(tr("accepted.up"))
        self.down = QPushButton(tr("accepted.down"))
        self.remove_button = QPushButton(tr("accepted.remove"))
        self.finish_button = QPushButton(tr("accepted.finish"))
        self.finish_button.setDefault(True)
        self.make_a.clicked.connect(lambda: self._with_current(lambda c: self.change_type.emit(c, A)))
        self.make_b.clicked.connect(lambda: self._with_current(lambda c: self.change_type.emit(c, B)))
        self.up.clicked.connect(lambda: self._with_current(lambda c: self.move.emit(c, -1)))
        self.down.clicked.connect(lambda: self._with_current(lambda c: self.move.emit(c, 1)))
        self.remove_button.clicked.connect(self._remove)
        self.finish_button.clicked.connect(lambda: self.reopen.emit() if self.done else self.finish.emit())

        # One row of buttons, finishing last: on a 1366x768 laptop a second row cost the list two codes.
        buttons = QHBoxLayout()
        for button in (self.make_a, self.make_b, self.up, self.down, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def current_code(self) -> str | None:
        row = self.table.currentRow()
        return self.decisions[row].code if 0 <= row < len(self.decisions) else None

    def _with_current(self, action: Callable[[str], object]) -> None:
        code = self.current_code()
        if code is not None:
            action(code)

    def _remove(self) -> None:
        self._with_current(self.remove.emit)

    def show(self, decisions: list[Decision], catalogue: Catalogue | None, *, done: bool) -> None:  # type: ignore[override]
        """Show ``decisions``, keeping the selected code selected where it still is."""
        keep = self.current_code()
        self.decisions = list(decisions)
        self.done = done
        self.table.blockSignals(True)
        self.table.setRowCount(len(decisions))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, d in enumerate(decisions):
            found = catalogue.get(d.code) if catalogue else None
            type_item = QTableWidgetItem(d.type)
            type_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if d.type == A:
                type_item.setFont(bold)
                type_item.setBackground(QBrush(QColor("#bbdefb")))
            code_item = QTableWidgetItem(d.code)
            code_item.setFont(bold)
            text_item = QTableWidgetItem(found.text if found else "")
            text_item.setToolTip(found.text if found else "")
            source = tr(f"source.{d.source}")
            source_item = QTableWidgetItem(f"{source} ({number(d.score, 2)})" if d.score is not None else source)
            for col, item in enumerate((type_item, code_item, text_item, source_item)):
                self.table.setItem(row, col, item)
        codes = [d.code for d in decisions]
        if keep in codes:
            self.table.setCurrentCell(codes.index(keep), 1)
        self.table.blockSignals(False)
        self.finish_button.setText(tr("accepted.reopen") if done else tr("accepted.finish"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        current = self.decisions[row] if 0 <= row < len(self.decisions) else None
        editable = current is not None and not self.done
        self.make_a.setEnabled(editable and current.type != A)
        self.make_b.setEnabled(editable and current.type == A)
        b_rows = [i for i, d in enumerate(self.decisions) if d.type == B]
        self.up.setEnabled(editable and current.type == B and row > (b_rows[0] if b_rows else 0))
        self.down.setEnabled(editable and current.type == B and row < (b_rows[-1] if b_rows else 0))
        self.remove_button.setEnabled(editable)
