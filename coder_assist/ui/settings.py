"""The app's settings: one frozen dataclass, stored as JSON in the user's settings folder.

This module is the one place that reads or writes ``settings.json``. The file carries a ``version``;
older files are migrated step by step on load, unknown keys are ignored and a damaged file gives the
defaults (with a log line), so a bad settings file never keeps the app from starting.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from coder_assist.paths import default_bundle_dir, user_config_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
VERSION = 2
FONT_SIZES = range(8, 25)


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a container or service account
        return "ukendt"


@dataclass(frozen=True)
class Settings:
    model_bundle: str = ""  # folder of the model bundle; "" means the bundle shipped with the program
    user: str = field(default_factory=_login)  # who is recorded with each decision
    font_size: int = 10  # points, for the whole window
    language: str = "da"  # "da" or "en"
    use_gpu: bool = True  # run the model on a GPU when onnxruntime offers one
    show_missed: bool = True  # show the "probably missed B" tier among the suggestions
    last_case_id: str | None = None  # reopened at the next start

    def bundle_dir(self) -> Path:
        return Path(self.model_bundle) if self.model_bundle else default_bundle_dir()

    @property
    def provider(self) -> str:
        """What to ask the runtime for: "auto" picks a GPU when there is one."""
        return "auto" if self.use_gpu else "cpu"

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def settings_path() -> Path:
    return user_config_dir() / SETTINGS_FILE


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    # Files written before settings had a version called the bundle "model" and the GPU flag "gpu".
    data = dict(data)
    if "model" in data:
        data["model_bundle"] = data.pop("model") or ""
    if "gpu" in data:
        data["use_gpu"] = bool(data.pop("gpu"))
    return data


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    # Version 1 kept the font size as a string such as "12pt".
    data = dict(data)
    size = data.get("font_size")
    if isinstance(size, str):
        digits = "".join(ch for ch in size if ch.isdigit())
        data["font_size"] = int(digits) if digits else Settings.font_size
    return data


_MIGRATIONS = {0: _v0_to_v1, 1: _v1_to_v2}  # version → the step to the next version


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings dict of any older version up to ``VERSION``."""
    version = data.get("version", 0)
    if not isinstance(version, int) or version > VERSION:
        log.warning("settings version %r is unknown; using the defaults", version)
        return {"version": VERSION}
    while version < VERSION:
        data = _MIGRATIONS[version](data)
        version += 1
    return dict(data, version=VERSION)


def _checked(data: dict[str, Any]) -> Settings:
    """Settings from a migrated dict: known keys with the right type; anything else keeps its default."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in data:
            continue
        value, default = data[f.name], getattr(defaults, f.name)
        if f.name == "last_case_id":
            ok = value is None or isinstance(value, str)
        elif isinstance(default, bool):
            ok = isinstance(value, bool)
        else:
            ok = isinstance(value, type(default)) and not isinstance(value, bool)
        if ok:
            values[f.name] = value
        else:
            log.warning("setting %s has a value of the wrong type; using the default", f.name)
    settings = replace(defaults, **values)
    if settings.language not in ("da", "en"):
        settings = replace(settings, language="da")
    if settings.font_size not in FONT_SIZES:
        settings = replace(settings, font_size=min(max(settings.font_size, FONT_SIZES[0]), FONT_SIZES[-1]))
    return settings


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, migrated; the defaults when there is no file or it cannot be read."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("settings file %s cannot be read (%s); using the defaults", path, type(exc).__name__)
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    return _checked(migrate(data))


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (a crash mid-write leaves the old file)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": VERSION, **asdict(settings)}
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
