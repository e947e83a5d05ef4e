"""The top-10 suggestions: code, Danish text, a score bar, a tier badge and one-click A/B buttons.

Emits ``accept_requested(row, type)`` for a click on a row's B or A button, ``hovered(code | None)`` as
the mouse moves over the rows and ``selected(code | None)`` when the current row changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from coder_assist.runtime import Suggestion, Tier
from coder_assist.ui.strings import number, tr

COL_KEY, COL_CODE, COL_TEXT, COL_SCORE, COL_TIER, COL_ACCEPT = range(6)
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1  # (score, threshold) for the bar
TIER_COLOURS = {Tier.SUGGESTED: "#2e7d32", Tier.MISSED: "#e65100"}
BELOW_COLOUR = "#757575"


def _source_tip(s: Suggestion) -> str:
    """Where a suggestion comes from, in words: named in the note (or a more specific code than one named), and
    whether the model knows the code."""
    if s.refines is not None:
        return tr("suggestions.refines", code=s.refines)
    if not s.known:
        return tr("suggestions.named_only")
    return tr("suggestions.named") if s.named else tr("suggestions.model_only")


def row_height(widget: QWidget) -> int:
    """The height of one table row: a line of the widget's font and a little air."""
    return widget.fontMetrics().height() + 8


def shortcut_key(row: int) -> str:
    """The number key of suggestion ``row`` (0-based): 1..9, then 0 for the tenth."""
    return str((row + 1) % 10)


class ScoreDelegate(QStyledItemDelegate):
    """A bar as long as the score, with a tick at the code's threshold."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        data = index.data(SCORE_ROLE)
        if not data:
            return
        score, threshold = data
        rect = option.rect.adjusted(4, 6, -40, -6)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e0e0e0"))
        painter.drawRect(rect)
        painter.setBrush(QColor("#1565c0"))
        painter.drawRect(QRect(rect.left(), rect.top(), round(rect.width() * score), rect.height()))
        painter.setPen(QColor("#000000"))
        tick = rect.left() + round(rect.width() * threshold)
        painter.drawLine(tick, rect.top() - 2, tick, rect.bottom() + 2)
        text_rect = QRect(rect.right() + 4, option.rect.top(), 36, option.rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, number(score, 2))
        painter.restore()


class SuggestionTable(QTableWidget):
    accept_requested = Signal(int, str)
    hovered = Signal(object)
    selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.items: list[Suggestion] = []
        self.show_missed = True
        self.setHorizontalHeaderLabels(
            ["#", tr("suggestions.code"), tr("suggestions.text"), tr("suggestions.score"), tr("suggestions.tier"), ""]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        # Rows as tall as a line of text, not as tall as a default button: ten of them fit a laptop screen.
        self.verticalHeader().setDefaultSectionSize(row_height(self))
        self.setMinimumHeight(self.full_height())  # a shorter window takes its height from the other panes
        self.setMouseTracking(True)
        self.setItemDelegateForColumn(COL_SCORE, ScoreDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col in (COL_KEY, COL_CODE, COL_TIER, COL_ACCEPT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(COL_SCORE, 110)
        self.setWordWrap(False)  # one line per suggestion; the full text is in the tooltip
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cellEntered.connect(lambda row, _col: self.hovered.emit(self.code_at(row)))
        self.currentCellChanged.connect(lambda row, *_: self.selected.emit(self.code_at(row)))

    def full_height(self) -> int:
        """The height that shows all ten rows and the header without scrolling."""
        rows = 10 * self.verticalHeader().defaultSectionSize()
        return rows + self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 2

    def code_at(self, row: int) -> str | None:
        return self.items[row].code if 0 <= row < len(self.items) else None

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.hovered.emit(None)

    def set_message(self, text: str) -> None:
        """No suggestions, and why (waiting, no model, an error)."""
        self.items = []
        self.setRowCount(1)
        item = QTableWidgetItem(text)
        item.setForeground(QBrush(QColor(BELOW_COLOUR)))
        self.removeCellWidget(0, COL_ACCEPT)
        self.setSpan(0, COL_KEY, 1, self.columnCount())
        self.setItem(0, COL_KEY, item)

    def set_suggestions(self, items: list[Suggestion], accepted: dict[str, str]) -> None:
        """Show ``items``; ``accepted`` maps the case's accepted codes to their type."""
        self.blockSignals(True)
        self.clearSpans()
        self.clearContents()
        self.items = list(items)
        self.setRowCount(len(items))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, s in enumerate(items):
            key = QTableWidgetItem(shortcut_key(row))
            key.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            code = QTableWidgetItem(s.code)
            code.setFont(bold)
            code.setToolTip(_source_tip(s))
            text = QTableWidgetItem(s.text or "—")
            text.setToolTip(s.text)
            score = QTableWidgetItem("")
            score.setData(SCORE_ROLE, (s.score, s.threshold))
            score.setToolTip(f"{number(s.score, 3)} (≥ {number(s.threshold, 3)})")
            for col, item in enumerate((key, code, text, score, QTableWidgetItem())):
                self.setItem(row, col, item)
            self.setCellWidget(row, COL_ACCEPT, self._buttons(row))
        self.blockSignals(False)
        self.mark_accepted(accepted)

    def shown_tier(self, s: Suggestion, accepted: dict[str, str]) -> Tier:
        """The tier a row shows: "probably missed B" only while neither the code nor a code of its category
        is accepted (it is not missed then), and only when the setting shows that tier; else what its score
        alone would show."""
        if s.tier != Tier.MISSED:
            return s.tier
        taken = any(code[:4] == s.code[:4] for code in accepted)
        if taken or not self.show_missed:
            return Tier.SUGGESTED if s.score >= s.threshold else Tier.BELOW
        return Tier.MISSED

    def mark_accepted(self, accepted: dict[str, str]) -> None:
        """Check the A or B button of each suggestion that is accepted, grey its text, and redraw its badge."""
        bold = QFont(self.font())
        bold.setBold(True)
        for row, s in enumerate(self.items):
            widget = self.cellWidget(row, COL_ACCEPT)
            if widget is not None:
                for button in widget.findChildren(QToolButton):
                    button.setChecked(accepted.get(s.code) == button.property("type"))
            for col in (COL_CODE, COL_TEXT):
                item = self.item(row, col)
                if item is not None:
                    item.setForeground(QBrush(QColor(BELOW_COLOUR if s.code in accepted else "#000000")))
            badge = self.item(row, COL_TIER)
            if badge is None:
                continue
            tier = self.shown_tier(s, accepted)
            # short words in the badge, so the code's text keeps the width; the full tier name on hover
            badge.setText(tr(f"tier.short.{tier}"))
            badge.setToolTip(f"{tr(f'tier.{tier}')}. {_source_tip(s)}")
            colour = TIER_COLOURS.get(tier)
            badge.setBackground(QBrush(QColor(colour)) if colour else QBrush())
            badge.setForeground(QBrush(QColor("#ffffff" if colour else BELOW_COLOUR)))
            badge.setFont(bold if tier == Tier.MISSED else self.font())

    def _buttons(self, row: int) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(2)
        key = shortcut_key(row)
        for type_ in ("B", "A"):
            button = QToolButton()
            button.setText(tr(f"accept.as_{type_.lower()}"))
            button.setToolTip(tr(f"accept.as_{type_.lower()}.tip", key=key))
            button.setProperty("type", type_)
            button.setCheckable(True)
            button.setObjectName(f"accept_{type_}_{row}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard path is the number keys
            button.setFixedHeight(row_height(self) - 4)
            button.clicked.connect(lambda _=False, r=row, t=type_: self.accept_requested.emit(r, t))
            layout.addWidget(button)
        return box
