"""The app's parts without a window: settings, the worker, the strings."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from coder_assist.ui import strings
from coder_assist.ui.settings import VERSION, Settings, load_settings, migrate, save_settings, settings_path
from coder_assist.ui.worker import Worker


def test_settings_round_trip_in_the_user_config_dir() -> None:
    settings = Settings(model_bundle="/models/x", user="sek1", font_size=14, language="en", use_gpu=False)
    save_settings(settings.with_(show_missed=False, last_case_id="K-7"))
    assert settings_path().parent.name == "config"  # the test's isolated config folder
    assert json.loads(settings_path().read_text())["version"] == VERSION
    loaded = load_settings()
    assert loaded == settings.with_(show_missed=False, last_case_id="K-7")
    assert loaded.provider == "cpu" and loaded.bundle_dir() == Path("/models/x")


def test_settings_from_an_unversioned_file_are_migrated() -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(json.dumps({"model": "/old/bundle", "gpu": False, "font_size": "13pt", "user": "ab"}))
    loaded = load_settings()
    assert (loaded.model_bundle, loaded.use_gpu, loaded.font_size, loaded.user) == ("/old/bundle", False, 13, "ab")
    assert migrate({"version": 1, "font_size": "12pt"}) == {"version": VERSION, "font_size": 12}


@pytest.mark.parametrize("text", ["{broken", "[1, 2]", json.dumps({"version": 99, "user": "x"})])
def test_a_damaged_or_future_settings_file_gives_the_defaults(text: str) -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(text)
    assert load_settings() == Settings()


def test_wrong_types_and_values_fall_back_per_setting() -> None:
    settings_path().parent.mkdir(parents=True)
    values = {"version": VERSION, "font_size": True, "language": "fr", "use_gpu": "yes", "user": "cd"}
    settings_path().write_text(json.dumps(values))
    loaded = load_settings()
    assert (loaded.font_size, loaded.language, loaded.use_gpu, loaded.user) == (10, "da", True, "cd")


def test_worker_runs_off_the_gui_thread_and_delivers_on_it(qtbot) -> None:
    worker = Worker()
    got: list[tuple[object, object, int]] = []
    ran_on: list[int] = []

    def work() -> int:
        ran_on.append(threading.get_ident())
        return 42

    with qtbot.waitSignal(worker.busy_changed, check_params_cb=lambda busy: busy is False, timeout=5000):
        worker.submit(
            worker.token, "test", work, lambda result, error: got.append((result, error, threading.get_ident()))
        )
    assert got == [(42, None, threading.get_ident())]
    assert ran_on and ran_on[0] != threading.get_ident()


def test_worker_drops_stale_results_and_delivers_errors(qtbot) -> None:
    worker = Worker(inline=True)
    got: list[object] = []
    old = worker.token
    worker.new_token()
    worker.submit(old, "stale", lambda: 1, lambda r, e: got.append(r))
    worker.submit(None, "always", lambda: 2, lambda r, e: got.append(r))
    worker.submit(worker.token, "fails", lambda: 1 / 0, lambda r, e: got.append(type(e).__name__))
    assert got == [2, "ZeroDivisionError"]
    assert worker.pending == 0


def test_strings_have_both_languages_and_fall_back_to_danish() -> None:
    assert set(strings.DA) == set(strings.EN)
    try:
        strings.set_language("en")
        assert strings.tr("status.done") == "Done"
        assert strings.tr("finish.done", case_id="K-1") == "Case K-1 is finished."
        strings.set_language("xx")
        assert strings.tr("status.done") == "Færdig"
    finally:
        strings.set_language("da")


def test_dialog_buttons_and_the_truncation_notice_speak_danish(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton

    from coder_assist.runtime.engine import Truncation
    from coder_assist.ui.dialogs import HelpDialog, SettingsDialog

    help_dialog = HelpDialog()
    qtbot.addWidget(help_dialog)
    assert [b.text() for b in help_dialog.findChildren(QPushButton)] == ["Luk"]
    settings_dialog = SettingsDialog(Settings(user="t"))
    qtbot.addWidget(settings_dialog)
    assert {"Annuller", "OK"} <= {b.text() for b in settings_dialog.findChildren(QPushButton)}
    truncation = Truncation(4096, 4096, 41220, 52000, ("note 1 from character 41,220", "lab 1"),
                            (("note", 0, 41220), ("lab", 0, 0)))  # fmt: skip
    text = strings.truncation_text(truncation)
    assert text == (
        "sagen er 52.000 tegn lang, og modellen læser højst 4.096 tokens (læst: 4.096); "
        "ikke læst: notat 1 fra tegn 41.220; laboratoriesvar 1"
    )


def test_a_more_specific_code_than_a_naming_says_which_naming_it_refines(qtbot) -> None:
    from coder_assist.runtime import Suggestion, Tier
    from coder_assist.ui.suggestions import COL_CODE, SuggestionTable

    table = SuggestionTable()
    qtbot.addWidget(table)
    named = Suggestion("DK573", "Divertikulitis i tyktarm", 0.9, 0.5, Tier.SUGGESTED, named=True)
    refining = Suggestion("DK573C", "Divertikulitis i colon sigmoideum", 0.2, 0.5, Tier.BELOW, known=False,
                          refines="DK573")  # fmt: skip
    table.set_suggestions([named, refining], {})
    assert table.item(0, COL_CODE).toolTip().startswith("Notatet nævner diagnosen som aktuel")
    assert table.item(1, COL_CODE).toolTip().startswith("Mere specifik end DK573, som notatet nævner")
