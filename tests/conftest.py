"""Shared test setup: no test touches the real user folders, and Qt never needs a screen."""

from __future__ import annotations

import gc
import os

import pytest

import coder_assist  # noqa: F401  (first: it switches onnxruntime's telemetry off before a test module loads it)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


USER_DIRS = {"CODER_ASSIST_DATA_DIR": "data", "CODER_ASSIST_CONFIG_DIR": "config", "CODER_ASSIST_LOG_DIR": "logs"}


@pytest.fixture(scope="session", autouse=True)
def _no_real_user_dirs(tmp_path_factory: pytest.TempPathFactory):
    """User folders for what runs outside a test's own fixture (module and session fixtures, a test that
    undoes its monkeypatch): set up before any of them, so that nothing ever reaches the real folders."""
    base = tmp_path_factory.mktemp("session-user")
    with pytest.MonkeyPatch.context() as session:
        for name, folder in USER_DIRS.items():
            session.setenv(name, str(base / folder))
        yield


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point user data and settings at a fresh folder, and forget cached catalogues between tests."""
    base = tmp_path_factory.mktemp("user")
    for name, folder in USER_DIRS.items():
        monkeypatch.setenv(name, str(base / folder))
    from coder_assist import catalogue

    catalogue.default_catalogue.cache_clear()
    catalogue.default_index.cache_clear()


@pytest.fixture(autouse=True)
def _collect_qt_garbage(request: pytest.FixtureRequest):
    """After a Qt test, free what it left in reference cycles here, on the GUI thread: the cycle collector may
    otherwise run later on a worker thread (a catalogue load allocates a lot) and delete Qt objects there,
    which crashed the suite with a segmentation fault."""
    yield
    if "qtbot" in request.fixturenames:
        gc.collect()


@pytest.fixture(scope="session")
def tiny_run(tmp_path_factory: pytest.TempPathFactory):
    """Synthetic cases, a tiny PLM-CA trained on them by the project's own recipe, and its data set.

    Shared by the runtime, export and app tests: training is the slow part, so it happens once.
    """
    pytest.importorskip("torch")
    from coder_assist.datasets import load_dataset
    from coder_assist.synth.generate import write_splits
    from coder_assist.training.config import TrainConfig
    from coder_assist.training.pipeline import train_from_config

    base = tmp_path_factory.mktemp("tiny_run")
    write_splits(500, 11, base / "cases", workers=1)
    config = TrainConfig(
        run_dir=str(base / "run"), data=str(base / "cases"), data_format="jsonl", min_code_count=5,
        vocab_size=3000, hidden_size=32, num_layers=1, num_heads=2, dropout=0.0, max_tokens=1024,
        epochs=3, batch_size=8, effective_batch_size=8, lr=3e-3, progress_bar=False, threads=1,
    )  # fmt: skip
    best = train_from_config(config, echo=lambda line: None)
    return best, load_dataset("jsonl", base / "cases"), base


@pytest.fixture(scope="session")
def tiny_bundles(tiny_run):
    """The tiny model exported twice: fp32 and int8, both calibrated on its validation split."""
    import shutil

    from coder_assist.runtime.bundle import MODEL, load_bundle, read_labels, write_manifest
    from coder_assist.training.export import ExportSettings, export_bundle, quantize_int8
    from coder_assist.training.pipeline import calibration_data

    best, dataset, base = tiny_run
    codes = read_labels(best).codes
    fp32 = export_bundle(
        best, base / "bundle-fp32", settings=ExportSettings(quantize="none"),
        calibration=calibration_data(dataset, codes), training_data="synthetic test cases",
    )  # fmt: skip
    # int8 from the same graphs: quantizing the fp32 model is what export does, without a second trace.
    int8 = base / "bundle-int8"
    shutil.copytree(fp32, int8)
    quantize_int8(fp32 / MODEL, int8 / MODEL)
    manifest = dict(load_bundle(fp32).manifest, quantization="int8")
    manifest.pop("files")
    write_manifest(int8, manifest)
    return fp32, int8
