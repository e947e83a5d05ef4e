"""Reading a flat TOML settings file, for every command that takes one (prepare's and train's configs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coder_assist.errors import UserError


def read_toml(path: str | Path, error: type[UserError]) -> dict[str, Any]:
    """The table of a TOML file; an unreadable file, invalid TOML or (on Python 3.10) a missing tomli is an
    ``error`` naming the file."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib
        except ModuleNotFoundError:
            raise error("reading TOML on Python 3.10 needs tomli: pip install tomli", where=str(path)) from None
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"cannot read the config file: {exc.strerror}", where=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"not valid TOML: {exc}", where=str(path)) from None
