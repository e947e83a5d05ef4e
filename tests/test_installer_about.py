"""The About dialog: what an installed program tells IT and coders about itself."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("pytestqt")

from coder_assist import __version__
from coder_assist.catalogue import default_catalogue
from coder_assist.store import Store
from coder_assist.ui.about import AboutDialog, about_info, sks_terms
from coder_assist.ui.main_window import MainWindow
from coder_assist.ui.settings import Settings
from coder_assist.ui.strings import set_language
from coder_assist.ui.worker import Worker

MANIFEST = {
    "name": "coder-assist default (synthetic Danish)",
    "created": "2026-11-25T11:00:00+00:00",
    "training_data": "10000 synthetic Danish discharge cases (coder-assist synth --seed 2026)",
    "metrics": {"full": {"f1_micro": 0.512, "f1_macro": 0.3, "recall@10": 0.81, "map": 0.6}},
}


def fake_engine(manifest: dict) -> SimpleNamespace:
    bundle = SimpleNamespace(name=manifest["name"], manifest=manifest)
    return SimpleNamespace(bundle=bundle, provider="CUDAExecutionProvider", provider_warning=None)


@pytest.fixture(autouse=True)
def _danish():
    set_language("da")
    yield
    set_language("da")


def test_about_shows_version_model_provider_catalogue_and_sks_terms(qtbot) -> None:
    catalogue = default_catalogue()
    dialog = AboutDialog(about_info(fake_engine(MANIFEST), catalogue))
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"coder-assist {__version__}" in text
    assert "coder-assist default (synthetic Danish)" in text
    assert "10000 synthetic Danish discharge cases" in text
    assert "F1 micro 0,51" in text and "Recall@10 0,81" in text  # Danish decimal comma
    assert "CUDAExecutionProvider" in text
    assert catalogue.version in text and "udgivet 2026-06-16" in text
    assert "Sundhedsdatastyrelsen" in text and "may be used freely" in text  # the SKS terms, from SOURCE.md
    assert "syntetiske" in text
    assert "PySide6 / Qt" in text and "LGPL-3.0" in text and "ONNX Runtime" in text
    assert "CodiEsp" not in text  # named only when the model was trained on it


def test_about_names_codiesp_when_the_model_was_trained_on_it(qtbot) -> None:
    manifest = dict(MANIFEST, training_data="CodiEsp train split (Spanish clinical cases)")
    dialog = AboutDialog(about_info(fake_engine(manifest), default_catalogue()))
    qtbot.addWidget(dialog)
    assert "CodiEsp (Miranda-Escalada et al., 2020), CC BY 4.0" in dialog.text.toPlainText()


def test_about_without_a_model_or_catalogue_says_so_in_english(qtbot) -> None:
    set_language("en")
    dialog = AboutDialog(about_info(None, None))
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "no model loaded" in text and "Loading the catalogue" in text
    assert "Libraries and licences" in text


def test_sks_terms_come_from_the_shipped_source_file() -> None:
    terms = sks_terms()
    assert terms.startswith("SKS (Sundhedsvæsenets Klassifikations System)")
    assert "`" not in terms and "\n" not in terms


def test_help_menu_opens_the_about_dialog(qtbot, tmp_path: Path) -> None:
    with Store(tmp_path / "store.sqlite3") as store:
        window = MainWindow(
            store, Settings(user="t"), worker=Worker(inline=True), engine_loader=lambda: fake_engine(MANIFEST)
        )
        qtbot.addWidget(window)
        help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Hjælp")
        about = next(a for a in help_menu.actions() if a.text() == "Om coder-assist…")
        about.trigger()
        dialog = window.findChild(AboutDialog)
        assert dialog is not None and dialog.isVisible()
        assert "coder-assist default (synthetic Danish)" in dialog.text.toPlainText()
        window.close()
