"""The worklist: cases with their status, filtered by status and by text; emits ``case_chosen(case_id)``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coder_assist.store import DONE, IN_PROGRESS, NEW, STATUSES, WorklistItem
from coder_assist.ui.strings import tr

STATUS_COLOURS = {NEW: "#1565c0", IN_PROGRESS: "#e65100", DONE: "#2e7d32"}


class WorklistPanel(QWidget):
    case_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[WorklistItem] = []
        self.shown: list[WorklistItem] = []
        self.open_id: str | None = None  # the case open in the window
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(tr("worklist.filter"))
        self.filter_box.setClearButtonEnabled(True)
        self.status_box = QComboBox()
        self.status_box.addItem(tr("worklist.all"), None)
        for status in STATUSES:
            self.status_box.addItem(tr(f"status.{status}"), status)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("worklist.id"), tr("worklist.status"), tr("worklist.a_code"), tr("worklist.department")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self._fit_columns(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(self._current_changed)
        self.filter_box.textChanged.connect(lambda _text: self._fill())
        self.status_box.currentIndexChanged.connect(lambda _i: self._fill())
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 1)
        filters.addWidget(self.status_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def _fit_columns(self, fit: bool) -> None:
        """The first three columns follow their contents; off while filling, where each cell set would measure
        every row again (2.5 s per opened case with 300 cases, benchmarks/results/soak.md)."""
        mode = QHeaderView.ResizeMode.ResizeToContents if fit else QHeaderView.ResizeMode.Interactive
        for col in range(3):
            self.table.horizontalHeader().setSectionResizeMode(col, mode)

    def show_items(self, items: list[WorklistItem], current: str | None) -> None:
        self.items = list(items)
        self.open_id = current
        self._fill()

    def _fill(self) -> None:
        current = self.open_id
        status = self.status_box.currentData()
        text = self.filter_box.text().strip().casefold()
        self.shown = [
            item
            for item in self.items
            if (status is None or item.status == status)
            and (not text or text in f"{item.case_id} {item.department or ''} {item.a_code or ''}".casefold())
        ]
        self.table.blockSignals(True)
        self._fit_columns(False)
        self.table.setRowCount(len(self.shown))
        for row, item in enumerate(self.shown):
            status_item = QTableWidgetItem(tr(f"status.{item.status}"))
            status_item.setForeground(QBrush(QColor(STATUS_COLOURS[item.status])))
            cells = (QTableWidgetItem(item.case_id), status_item)
            cells += (QTableWidgetItem(item.a_code or ""), QTableWidgetItem(item.department or ""))
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self._fit_columns(True)
        ids = [item.case_id for item in self.shown]
        # The open case stays current; filtered out, no row is current, so a click on any row opens it.
        self.table.setCurrentCell(ids.index(current) if current in ids else -1, 0 if current in ids else -1)
        self.table.blockSignals(False)

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        return self.shown[row].case_id if 0 <= row < len(self.shown) else None

    def _current_changed(self, row: int, *_: int) -> None:
        if 0 <= row < len(self.shown):
            self.case_chosen.emit(self.shown[row].case_id)
