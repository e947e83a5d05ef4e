"""The main window: worklist | case with evidence | suggestions, accepted codes and search.

The window is a view over a ``CodingSession`` (the open case, its codes and status, kept in the store) and
the engine (suggestions, evidence); it keeps no coding state of its own beyond what it shows. Each user
action is forwarded to the session, and the window redraws what the session says has changed. Model work
runs on ``worker``; the session and its store are used on the GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QSplitter,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coder_assist import logs
from coder_assist.cases import Case
from coder_assist.catalogue import Catalogue, SearchIndex
from coder_assist.errors import UserError
from coder_assist.runtime import Engine, Suggestion
from coder_assist.session import Change, CodingSession, FinishResult, Problem
from coder_assist.store import DONE, Store, StoreError
from coder_assist.ui.about import AboutDialog, about_info
from coder_assist.ui.accepted import AcceptedPanel
from coder_assist.ui.case_view import CaseView
from coder_assist.ui.dialogs import HelpDialog, SettingsDialog
from coder_assist.ui.jobs import load_engine, load_search, suggest
from coder_assist.ui.loading import load_paths
from coder_assist.ui.search import SearchPanel
from coder_assist.ui.settings import Settings, save_settings
from coder_assist.ui.strings import tr, truncation_text
from coder_assist.ui.suggestions import SuggestionTable
from coder_assist.ui.worker import Worker
from coder_assist.ui.worklist import WorklistPanel

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_PROBLEMS_SHOWN = 3


def log_hint() -> str:
    """The sentence naming the log file, after a space; empty when the log has no file."""
    path = logs.log_file()
    return f" {tr('error.log', path=path)}" if path is not None else ""


# The digit row by physical key, where the platform tells it: a shifted digit prints another character on
# every layout ("!" on both; "(" is Shift+8 in Danish and Shift+9 in US), so the key decides, not the text.
# X11 and Wayland give XKB scan codes (evdev + 8), Windows virtual keys, macOS kVK_ANSI_* codes.
_SCAN_DIGITS = {
    "xcb": ("scan", {10 + i: (i + 1) % 10 for i in range(10)}),
    "wayland": ("scan", {10 + i: (i + 1) % 10 for i in range(10)}),
    "windows": ("virtual", {0x30 + d: d for d in range(10)}),
    "cocoa": ("virtual", {0x12: 1, 0x13: 2, 0x14: 3, 0x15: 4, 0x17: 5, 0x16: 6, 0x1A: 7, 0x1C: 8, 0x19: 9, 0x1D: 0}),
}  # fmt: skip
# Where the platform does not say (offscreen, or a remote session): the characters of Shift+digit on a Danish
# keyboard ("!", '"', "#", "¤", "%", "&", "/", "(", ")", "="), and those of a US one that Danish does not use.
SHIFTED_DIGITS = {
    Qt.Key.Key_Exclam: 1, Qt.Key.Key_QuoteDbl: 2, Qt.Key.Key_NumberSign: 3, Qt.Key.Key_currency: 4,
    Qt.Key.Key_Percent: 5, Qt.Key.Key_Ampersand: 6, Qt.Key.Key_Slash: 7, Qt.Key.Key_ParenLeft: 8,
    Qt.Key.Key_ParenRight: 9, Qt.Key.Key_Equal: 0, Qt.Key.Key_At: 2, Qt.Key.Key_Dollar: 4,
    Qt.Key.Key_AsciiCircum: 6, Qt.Key.Key_Asterisk: 8,
}  # fmt: skip
_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
_SHIFT_OR_KEYPAD = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def suggestion_row(
    key: int, modifiers: Qt.KeyboardModifier, scan_code: int = 0, virtual_key: int = 0, platform: str = ""
) -> int | None:
    """The suggestion row (0-based; the 0 key is the tenth) that a key press names, or None.

    By physical key where ``platform`` (``QGuiApplication.platformName()``) reports one; else by Qt's key,
    a shifted character counting only with Shift held (a "/" typed alone accepts nothing).
    """
    kind, table = _SCAN_DIGITS.get(platform, ("", {}))
    native = scan_code if kind == "scan" else virtual_key if kind == "virtual" else 0
    digit = table.get(native) if native else None
    if digit is None:
        digit = _DIGITS.get(Qt.Key(key))
    if digit is None and modifiers & Qt.KeyboardModifier.ShiftModifier:
        digit = SHIFTED_DIGITS.get(Qt.Key(key))
    return None if digit is None else (digit - 1) % 10


def problem_text(problem: Problem) -> str:
    """A finishing problem in the user's language."""
    return tr(f"finish.{problem.kind}", **problem.values)


def _editing_text(widget: QObject | None) -> bool:
    """Whether keys typed now go into text: a line edit, an editable combo box, a spin box or a writable
    text edit."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return False


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(widget)
    return box


class MainWindow(QMainWindow):
    case_ready = Signal(str)  # the case's suggestions and its top suggestion's evidence are shown (or cannot be)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        worker: Worker | None = None,
        engine_loader: Callable[[], Engine] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.session = CodingSession(store, settings.user)
        self.session.on_change(self._on_session_change)
        self.worker = worker or Worker(self)
        self.engine: Engine | None = None
        self.engine_error: str | None = None
        self.items: list[Suggestion] = []
        self.hovered_code: str | None = None
        self.selected_code: str | None = None
        # Asks a yes/no question (finishing with warnings); tests replace it.
        self.ask: Callable[[str, str], bool] = self._ask
        self._set_title(tr("app.title"))
        self._build()
        self._shortcuts()
        if store.read_only:
            self._show_read_only()
        self.worker.busy_changed.connect(self.busy.setVisible)
        self.worker.submit(None, "catalogue", load_search, self._on_search_loaded)
        self.worker.submit(None, "model", engine_loader or partial(load_engine, settings), self._on_engine)

    # -- building

    def _build(self) -> None:
        self.worklist = WorklistPanel()
        self.case_view = CaseView()
        self.suggestions = SuggestionTable()
        self.suggestions.show_missed = self.settings.show_missed
        self.accepted = AcceptedPanel()
        self.search = SearchPanel()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #ffebee; color: #b71c1c; padding: 6px; border: 1px solid #e57373;")
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_group(tr("suggestions.title"), self.suggestions))
        right.addWidget(_group(tr("accepted.title"), self.accepted))
        right.addWidget(_group(tr("search.title"), self.search))
        # The suggestions keep the height of their ten rows; the accepted codes and the search share the rest,
        # so a 1366x768 laptop still shows four accepted codes and five search hits.
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        right.setStretchFactor(2, 1)
        right.setSizes([self.suggestions.full_height(), 200, 240])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(_group(tr("worklist.title"), self.worklist))
        main.addWidget(self.case_view)
        main.addWidget(right)
        main.setStretchFactor(0, 0)  # the worklist needs its columns, not more; the note and codes get the rest
        main.setStretchFactor(1, 1)
        main.setStretchFactor(2, 1)
        main.setSizes([250, 560, 690])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)

        self.status_line = QLabel()
        self.keys_label = QLabel(tr("keys.suggestions"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setToolTip(tr("busy"))
        self.busy.hide()
        self.model_label = QLabel(tr("model.loading"))
        self.statusBar().addWidget(self.status_line, 1)
        self.statusBar().addPermanentWidget(self.keys_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.model_label)

        self.worklist.case_chosen.connect(self.open_case)
        self.case_view.evidence_clicked.connect(self._evidence_clicked)
        self.suggestions.accept_requested.connect(self.accept_suggestion)
        self.suggestions.hovered.connect(self._hovered)
        self.suggestions.selected.connect(self._selected)
        self.accepted.change_type.connect(self.change_type)
        self.accepted.move.connect(self.move_code)
        self.accepted.remove.connect(self.remove_code)
        self.accepted.finish.connect(self.finish_case)
        self.accepted.reopen.connect(self.reopen_case)
        self.search.add_requested.connect(self.add_code)

        file_menu = self.menuBar().addMenu(tr("menu.file"))
        file_menu.addAction(tr("menu.open"), self._open_dialog)
        file_menu.addAction(tr("menu.export"), self._export_dialog)
        file_menu.addAction(tr("menu.settings"), self._settings_dialog)
        file_menu.addSeparator()
        file_menu.addAction(tr("menu.quit"), self.close)
        help_menu = self.menuBar().addMenu(tr("menu.help"))
        help_action = QAction(tr("menu.shortcuts"), self)
        help_action.triggered.connect(self.show_help)
        help_menu.addAction(help_action)
        help_menu.addAction(tr("menu.about"), self.show_about)
        self.resize(1500, 900)

    def _shortcuts(self) -> None:
        def bind(keys: str, action: Callable[[], object]) -> None:
            QShortcut(QKeySequence(keys), self).activated.connect(action)

        # Number keys are read by key, not by character, in eventFilter: on a Danish keyboard Shift+1 types
        # "!", which no "Shift+1" shortcut would match, and a shortcut would also fire inside a text field.
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.focusChanged.connect(self._show_key_target)
        bind("Ctrl+F", self.search.focus)
        bind("Ctrl+Return", self.finish_case)
        bind("Ctrl+Enter", self.finish_case)
        bind("F1", self.show_help)

    # -- where keys go

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Number keys accept a suggestion while no text field is being edited; Esc leaves a text field."""
        mine = isinstance(watched, QWidget) and (watched is self or self.isAncestorOf(watched))
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or not mine:
            return super().eventFilter(watched, event)
        editing = _editing_text(watched) or _editing_text(QApplication.focusWidget())
        if event.key() == Qt.Key.Key_Escape and editing:
            self.suggestions.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        modifiers = event.modifiers()
        row = suggestion_row(
            event.key(), modifiers, event.nativeScanCode(), event.nativeVirtualKey(), QGuiApplication.platformName()
        )
        if row is None or editing or modifiers & ~_SHIFT_OR_KEYPAD:
            return super().eventFilter(watched, event)
        self.accept_suggestion(row, "A" if modifiers & Qt.KeyboardModifier.ShiftModifier else "B")
        return True

    def _show_key_target(self, _old: QWidget | None = None, new: QWidget | None = None) -> None:
        self.keys_label.setText(tr("keys.text" if _editing_text(new) else "keys.suggestions"))

    # -- the one path for messages and errors

    def show_message(self, text: str, *, error: bool = False) -> None:
        """Errors stay in the red line at the top until the next one; every message goes to the status bar."""
        self.status_line.setText(text)
        self.status_line.setStyleSheet("color: #b71c1c;" if error else "")
        if error:
            self.banner.setText(text)
            self.banner.show()

    def report_error(self, error: BaseException) -> None:
        """The one way errors reach the user. An unexpected error shows its kind and the log file, never its
        text (it can quote a stored case); its traceback goes to the log file."""
        if isinstance(error, UserError):
            self.show_message(f"{error}{log_hint()}" if isinstance(error, StoreError) else str(error), error=True)
            return
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        self.show_message(tr("error.unexpected", kind=type(error).__name__) + log_hint(), error=True)

    def _set_title(self, title: str) -> None:
        self.setWindowTitle(tr("store.read_only_title", title=title) if self.store.read_only else title)

    def _show_read_only(self) -> None:
        """Say at once, and keep saying, that nothing can be changed; the actions that change codes are off.
        (Any action that still reaches the store gets its read-only message.)"""
        explanation = tr("store.read_only_banner", path=self.store.path)
        self.read_only_label = QLabel(tr("store.read_only"))
        self.read_only_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.read_only_label.setToolTip(explanation)  # the banner shows it first, until the next message
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.accepted.setEnabled(False)
        self.search.add_a.setEnabled(False)
        self.search.add_b.setEnabled(False)
        self.show_message(explanation, error=True)

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _forward(self, action: Callable[[], T]) -> T | None:
        """Run one session action on the open case through the error path (None: no case open, or it failed).

        The session redraws through its listener when the action changes something; a failed action
        changed nothing, but the A/B button clicked has toggled itself, so the codes are redrawn here."""
        if self.session.case is None:
            return None
        try:
            return action()
        except Exception as exc:  # shown to the user; the store rolled back
            self.report_error(exc)
            self._refresh_codes()
            return None

    # -- loading

    def load_paths(self, paths: list[Path]) -> None:
        """Import the cases of files and folders into the store; problems are shown, naming their file."""
        loaded = load_paths(paths)
        for source, cases in loaded.batches:
            try:
                counts = self.store.import_cases(cases, source=source, user=self.settings.user)
            except Exception as exc:
                self.report_error(exc)
                continue
            self.show_message(tr("files.imported", added=counts.added, kept=counts.kept))
            if counts.changed:
                log.warning("%d cases changed since first import", len(counts.changed))
        if loaded.problems:
            shown = loaded.problems[:MAX_PROBLEMS_SHOWN]
            more = len(loaded.problems) - len(shown)
            text = "\n".join(shown) + (f"\n{tr('files.errors_more', count=more)}" if more else "")
            self.show_message(text, error=True)
        self._refresh_worklist()

    def open_first_case(self, case_id: str | None = None) -> bool:
        """Open ``case_id`` (False, with a message, when it is not in the worklist), else the last open case,
        else the first case not done."""
        ids = {item.case_id for item in self.store.worklist()}
        if case_id is not None and case_id not in ids:
            self.show_message(tr("case.not_found", case_id=case_id), error=True)
            return False
        for candidate in (case_id, self.settings.last_case_id, self.store.next_case()):
            if candidate in ids:
                self.open_case(candidate)
                return True
        return True

    def _on_search_loaded(self, result: tuple[SearchIndex, Catalogue] | None, error: BaseException | None) -> None:
        if error is not None:
            self.report_error(error)
            return
        assert result is not None
        index, self.session.catalogue = result
        self.search.set_index(index, self.session.catalogue)
        self._refresh_codes()

    def _on_engine(self, engine: Engine | None, error: BaseException | None) -> None:
        if error is not None or engine is None:
            reason = str(error) if error is not None else "?"
            if not isinstance(error, UserError):
                log.error("model failed to load", exc_info=error)
            self.engine_error = reason
            self.model_label.setText(tr("model.status_none"))
            self.show_message(tr("model.none", reason=reason), error=True)
            if self.case is not None:
                self.suggestions.set_message(tr("suggestions.none", reason=reason))
                self.case_ready.emit(self.case.case_id)
            return
        self.engine = engine
        created = engine.bundle.manifest.get("created", "")
        self.session.model_version = f"{engine.bundle.name} {created}".strip()
        self.model_label.setText(tr("model.status", name=engine.bundle.name, provider=engine.provider))
        if engine.provider_warning:
            self.show_message(engine.provider_warning)
        if self.case is not None:
            self._request_suggestions()

    # -- the open case

    @property
    def case(self) -> Case | None:
        """The case shown: the session's open case."""
        return self.session.case

    def open_case(self, case_id: str) -> None:
        """Open a case (the open one again: nothing happens); a case that cannot be read leaves the last one
        open."""
        try:
            self.session.open(case_id)
        except Exception as exc:
            self.report_error(exc)

    def _on_session_change(self, change: Change) -> None:
        """Redraw what the session changed: the case, its codes and status, the worklist."""
        if change.case:
            self._show_case()
        if change.codes or change.status:
            self._refresh_codes()
        if change.worklist:
            self._refresh_worklist()
        if change.case:
            self._start_suggestions()

    def _show_case(self) -> None:
        case = self.session.case
        assert case is not None
        self.worker.new_token()  # work for the case left behind is skipped or dropped
        self.items = []
        self.hovered_code = self.selected_code = None
        self._set_title(tr("app.title_case", case_id=case.case_id))
        self.case_view.show_case(case)
        self.search.set_date(case.admission.start if case.admission else None)
        # keys go to the suggestions of the case just opened, not to the filter or search box left behind
        self.suggestions.setFocus(Qt.FocusReason.OtherFocusReason)
        self.settings = self.settings.with_(last_case_id=case.case_id)

    def _start_suggestions(self) -> None:
        assert self.case is not None
        if self.engine is not None:
            self._request_suggestions()
        elif self.engine_error is not None:
            self.suggestions.set_message(tr("suggestions.none", reason=self.engine_error))
            self.case_ready.emit(self.case.case_id)
        else:
            self.suggestions.set_message(tr("model.loading"))

    def _request_suggestions(self) -> None:
        assert self.case is not None and self.engine is not None
        case, engine = self.case, self.engine
        self.suggestions.set_message(tr("suggestions.waiting"))
        self.worker.submit(
            self.worker.token, f"suggest {case.case_id}", partial(suggest, engine, case),
            partial(self._on_suggestions, case.case_id),
        )  # fmt: skip

    def _on_suggestions(self, case_id: str, result: tuple[Any, Any] | None, error: BaseException | None) -> None:
        if error is not None or result is None:
            self.report_error(error or RuntimeError("no result"))
            self.suggestions.set_message(tr("suggestions.none", reason=str(error)))
            self.case_ready.emit(case_id)
            return
        encoded, suggestions = result
        self.items = suggestions.items
        self.suggestions.set_suggestions(self.items, self._accepted_types())
        truncation = suggestions.truncation
        self.case_view.show_truncation(truncation_text(truncation) if truncation else None)
        assert self.case is not None and self.engine is not None
        case, engine = self.case, self.engine
        for item in self.items:  # best first: the top suggestion's evidence is there soonest
            self.worker.submit(
                self.worker.token, f"explain {case_id}", partial(engine.explain, case, item.code, encoded=encoded),
                partial(self._on_evidence, case_id, item.code),
            )  # fmt: skip
        if not self.items:
            self.case_ready.emit(case_id)
        elif self.suggestions.currentRow() < 0:
            self.suggestions.setCurrentCell(0, 1)

    def _on_evidence(self, case_id: str, code: str, spans: list | None, error: BaseException | None) -> None:
        if error is not None:
            self.report_error(error)
            spans = []
        self.case_view.set_evidence(code, spans or [])
        if code == (self.hovered_code or self.selected_code):
            self.case_view.show_evidence(code)
        if self.items and code == self.items[0].code:
            self.case_ready.emit(case_id)

    def _hovered(self, code: str | None) -> None:
        self.hovered_code = code
        self.case_view.show_evidence(code or self.selected_code)

    def _selected(self, code: str | None) -> None:
        self.selected_code = code
        if self.hovered_code is None:
            self.case_view.show_evidence(code)

    def _evidence_clicked(self, codes: list[str]) -> None:
        text = tr("case.evidence_for", codes=", ".join(codes)) if codes else tr("case.evidence_none")
        self.show_message(text)
        QToolTip.showText(self.cursor().pos(), text, self.case_view)

    def _accepted_types(self) -> dict[str, str]:
        return {d.code: d.type for d in self.session.decisions()}

    def _refresh_codes(self) -> None:
        if self.case is None:
            return
        decisions = self.session.decisions()
        self.accepted.show(decisions, self.session.catalogue, done=self.session.status() == DONE)
        self.suggestions.mark_accepted({d.code: d.type for d in decisions})

    def _refresh_worklist(self) -> None:
        self.worklist.show_items(self.store.worklist(), self.case.case_id if self.case else None)

    # -- user actions, one each: forwarded to the session

    def accept_suggestion(self, row: int, type_: str) -> None:
        if 0 <= row < len(self.items):
            item = self.items[row]
            self._forward(lambda: self.session.accept_suggestion(item, type_))

    def add_code(self, code: str, type_: str, source: str) -> None:
        self._forward(lambda: self.session.accept(code, type_, source))

    def change_type(self, code: str, type_: str) -> None:
        self._forward(lambda: self.session.change_type(code, type_))

    def remove_code(self, code: str) -> None:
        self._forward(lambda: self.session.remove(code))

    def move_code(self, code: str, delta: int) -> None:
        self._forward(lambda: self.session.move(code, delta))

    def finish_case(self) -> bool:
        """Check, finish and open the next case; False when the checks (or the user) stopped it."""
        if self.case is None or self.session.status() == DONE:
            return False
        case_id = self.case.case_id
        result: FinishResult | None = self._forward(self.session.finish)
        if result is None:
            return False
        if result.check.blocking:
            problems = "; ".join(problem_text(p) for p in result.check.blocking)
            self.show_message(tr("finish.blocked", problems=problems), error=True)
            return False
        if not result.finished:
            warnings = "\n".join(f"• {problem_text(w)}" for w in result.check.warnings)
            if not self.ask(tr("finish.title"), tr("finish.warnings", warnings=warnings)):
                return False
            result = self._forward(partial(self.session.finish, despite_warnings=True))
            if result is None or not result.finished:
                return False
        self.banner.hide()
        self.show_message(tr("finish.done", case_id=case_id))
        following = self.session.next_case()
        if following is None:
            self.show_message(tr("finish.all_done"))
        else:
            self.open_case(following)
        return True

    def reopen_case(self) -> None:
        self._forward(self.session.reopen)

    def show_help(self) -> None:
        HelpDialog(self).show()

    def show_about(self) -> None:
        AboutDialog(about_info(self.engine, self.session.catalogue), self).show()

    # -- menus

    def _open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, tr("menu.open"), "", "Cases (*.json *.jsonl)")
        if files:
            self.load_paths([Path(f) for f in files])

    def _export_dialog(self) -> None:
        kinds = "CSV (*.csv);;JSON Lines (*.jsonl)"
        path, _ = QFileDialog.getSaveFileName(self, tr("menu.export"), "export.csv", kinds)
        if path:
            try:
                count = self.store.export_finished(path, user=self.settings.user)
            except Exception as exc:
                self.report_error(exc)
                return
            self.show_message(tr("export.done", count=count, path=path))

    def _settings_dialog(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.settings = dialog.result_settings()
            self.session.user = self.settings.user
            self.suggestions.show_missed = self.settings.show_missed
            if self.items:
                self.suggestions.set_suggestions(self.items, self._accepted_types())
            self._save_settings()

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.show_message(str(exc), error=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._save_settings()
        self.worker.new_token()  # queued model work is skipped
        self.worker.wait(10_000)
        super().closeEvent(event)
