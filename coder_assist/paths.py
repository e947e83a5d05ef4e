"""Where the product's files live: the one place that reads the environment for paths.

Resources (catalogue snapshot, synonyms, sample cases, default model) ship with the program; user data
(an imported catalogue, the worklist store, settings) lives under the platformdirs folders of the user.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

APP_NAME = "coder-assist"


def resources_dir() -> Path:
    """The folder holding the shipped resources.

    ``CODER_ASSIST_RESOURCES`` overrides; a PyInstaller build unpacks them next to the executable
    (``sys._MEIPASS``); otherwise they are the package ``coder_assist.resources``: the installed copy
    after ``pip install .``, the checkout's top-level ``resources/`` after ``pip install -e .``
    (pyproject.toml maps it).
    """
    override = os.environ.get("CODER_ASSIST_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    # pip installs wheels unpacked, so the package is a real folder whose files callers open by path.
    return Path(str(files("coder_assist.resources")))


def user_data_dir() -> Path:
    """The user's data folder (``CODER_ASSIST_DATA_DIR`` overrides, which tests use)."""
    override = os.environ.get("CODER_ASSIST_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    """The user's settings folder (``CODER_ASSIST_CONFIG_DIR`` overrides, which tests use)."""
    override = os.environ.get("CODER_ASSIST_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    """The user's log folder (``CODER_ASSIST_LOG_DIR`` overrides, which tests use)."""
    override = os.environ.get("CODER_ASSIST_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_bundle_dir() -> Path:
    """The model bundle shipped with the program (``resources/models/default``)."""
    return resources_dir() / "models" / "default"
