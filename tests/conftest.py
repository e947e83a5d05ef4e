"""Shared test setup: no test touches the real user folders, and Qt never needs a screen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point user data and settings at a fresh folder, and forget cached catalogues between tests."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("CODER_ASSIST_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("CODER_ASSIST_CONFIG_DIR", str(base / "config"))
    from coder_assist import catalogue

    catalogue.default_catalogue.cache_clear()
    catalogue.default_index.cache_clear()
