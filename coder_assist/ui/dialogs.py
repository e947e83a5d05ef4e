"""Small dialogs: the keyboard help (F1) and the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coder_assist.ui.settings import FONT_SIZES, Settings
from coder_assist.ui.strings import LANGUAGES, tr

SHORTCUTS = (
    ("1 … 9, 0", "help.1-9"),
    ("Shift+1 … Shift+0", "help.shift"),
    ("Ctrl+F", "help.ctrl_f"),
    ("Enter / Shift+Enter", "help.enter"),
    ("↑ ↓", "help.arrows"),
    ("→", "help.right"),
    ("Esc", "help.esc"),
    ("Del", "help.del"),
    ("Ctrl+Enter", "help.ctrl_enter"),
    ("F1", "help.f1"),
)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("help.title"))
        table = QTableWidget(len(SHORTCUTS), 2)
        table.setHorizontalHeaderLabels([tr("help.key"), tr("help.action")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (key, action) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(key))
            table.setItem(row, 1, QTableWidgetItem(tr(action)))
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("button.close"))  # Qt's own is English
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 360)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` gives the edited ones after Accept."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("settings.title"))
        self.model = QLineEdit(settings.model_bundle)
        self.model.setPlaceholderText(tr("settings.model_default"))
        browse = QPushButton(tr("settings.browse"))
        browse.clicked.connect(self._browse)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model, 1)
        model_row.addWidget(browse)
        self.user = QLineEdit(settings.user)
        self.font_size = QSpinBox()
        self.font_size.setRange(FONT_SIZES[0], FONT_SIZES[-1])
        self.font_size.setValue(settings.font_size)
        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(tr(f"language.{language}"), language)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.gpu = QCheckBox(tr("settings.gpu"))
        self.gpu.setChecked(settings.use_gpu)
        self.missed = QCheckBox(tr("settings.show_missed"))
        self.missed.setChecked(settings.show_missed)
        form = QFormLayout()
        form.addRow(tr("settings.model"), model_row)
        form.addRow(tr("settings.user"), self.user)
        form.addRow(tr("settings.font_size"), self.font_size)
        form.addRow(tr("settings.language"), self.language)
        form.addRow(self.gpu)
        form.addRow(self.missed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("button.ok"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("button.cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("settings.restart")))
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("settings.model"), self.model.text() or str(Path.home()))
        if folder:
            self.model.setText(folder)

    def result_settings(self) -> Settings:
        return self.settings.with_(
            model_bundle=self.model.text().strip(),
            user=self.user.text().strip() or self.settings.user,
            font_size=self.font_size.value(),
            language=self.language.currentData(),
            use_gpu=self.gpu.isChecked(),
            show_missed=self.missed.isChecked(),
        )
