"""The model bundle: the folder the app loads (DESIGN.md §9), and its verification.

A bundle is refused as a whole when a file is missing, a checksum differs or its format is newer than
this program understands: a half-valid model would make silent wrong suggestions.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coder_assist.errors import UserError

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MODEL = "model.onnx"
EXPLAIN = "explain.onnx"
TOKENIZER = "tokenizer.json"
LABELS = "labels.json"
REQUIRED = (MODEL, EXPLAIN, TOKENIZER, LABELS)


class BundleError(UserError):
    """A model bundle that cannot be used."""


@dataclass(frozen=True)
class Label:
    code: str
    threshold: float  # score at or above which the code is suggested
    missed_threshold: float  # lower bar for "probably missed secondary" (codes usually coded as B)
    train_frequency: int
    secondary_share: float  # share of training occurrences coded as B


@dataclass(frozen=True)
class Bundle:
    path: Path
    manifest: dict[str, Any]
    labels: list[Label]
    chunk_size: int = 128
    max_tokens: int = 10_000
    name: str = field(default="")

    @property
    def model_path(self) -> Path:
        return self.path / MODEL

    @property
    def explain_path(self) -> Path:
        return self.path / EXPLAIN

    @property
    def tokenizer_path(self) -> Path:
        return self.path / TOKENIZER


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        message = f"the bundle has no {path.name}; rebuild it with coder-assist export"
        raise BundleError(message, where=str(path.parent)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(f"{path.name} is not valid JSON ({exc})", where=str(path.parent)) from None


def load_bundle(path: Path, *, verify: bool = True) -> Bundle:
    """Read and check a bundle folder; raises BundleError saying which file is wrong and why."""
    if not path.is_dir():
        raise BundleError("no model bundle folder here; set the model path in the settings", where=str(path))
    manifest = _read_json(path / MANIFEST)
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise BundleError("manifest.json has no format_version", where=str(path))
    if version > FORMAT_VERSION:
        raise BundleError(
            f"bundle format {version} is newer than this program understands ({FORMAT_VERSION}); update coder-assist",
            where=str(path),
        )
    files: dict[str, str] = manifest.get("files", {})
    for name in REQUIRED:
        if not (path / name).exists():
            raise BundleError(f"the bundle has no {name}; rebuild it with coder-assist export", where=str(path))
        if name not in files:
            raise BundleError(f"manifest.json has no checksum for {name}", where=str(path))
    if verify:
        for name, expected in files.items():
            actual = sha256_of(path / name)
            if actual != expected:
                raise BundleError(
                    f"{name} does not match its checksum in manifest.json (changed or damaged after export); "
                    "reinstall or re-export the bundle",
                    where=str(path),
                )
    raw = _read_json(path / LABELS)
    labels = [
        Label(
            code=row["code"],
            threshold=float(row["threshold"]),
            missed_threshold=float(row.get("missed_threshold", row["threshold"])),
            train_frequency=int(row.get("train_frequency", 0)),
            secondary_share=float(row.get("secondary_share", 0.0)),
        )
        for row in raw["codes"]
    ]
    return Bundle(
        path=path,
        manifest=manifest,
        labels=labels,
        chunk_size=int(manifest.get("chunk_size", 128)),
        max_tokens=int(manifest.get("max_tokens", 10_000)),
        name=str(manifest.get("name", path.name)),
    )


def write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    """Write manifest.json with the checksum of every other file in the bundle folder."""
    files = {p.name: sha256_of(p) for p in sorted(path.iterdir()) if p.is_file() and p.name != MANIFEST}
    manifest = {**manifest, "format_version": FORMAT_VERSION, "files": files}
    (path / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
