"""The model bundle: the folder the app loads (docs/architecture.md: bundle), and its verification.

A bundle is refused as a whole when a file is missing, a checksum differs, its format is not the one
this program reads or a manifest field has the wrong type or an impossible value: a half-valid model
would make silent wrong suggestions. The manifest carries the sha256 of its own content
(``manifest_sha256``, over its canonical JSON without that field), so a changed byte in it is found like
one in the model; the engine then checks the ONNX graphs against it (``engine.check_graph``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coder_assist.errors import UserError

# 2: the manifest carries manifest_sha256. Format 1 had no checksum of its own and is refused, since a
# changed chunk_size or pad_token_id in it would go unseen; exporting again writes format 2.
FORMAT_VERSION = 2
MAX_TOKENS = 100_000  # upper bound of max_tokens: 10x the paper's 10,000, and what the runtime tokenizes
MANIFEST_SHA256 = "manifest_sha256"
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
    pad_token_id: int = 0
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


def manifest_checksum(manifest: dict[str, Any]) -> str:
    """sha256 of the manifest's canonical JSON (sorted keys, no blanks), its own checksum field left out."""
    rest = {key: value for key, value in manifest.items() if key != MANIFEST_SHA256}
    canonical = json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _is_sha256(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[0-9a-f]{64}", value) is not None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)  # JSON true is not a number


class _Fields:
    """Type and range checks of one manifest's fields; each failure names the file and the field."""

    def __init__(self, manifest: dict[str, Any], path: Path) -> None:
        self.manifest = manifest
        self.path = path

    def fail(self, name: str, wanted: str) -> BundleError:
        value = self.manifest.get(name, "nothing")
        shown = repr(value) if len(repr(value)) <= 60 else f"{repr(value)[:57]}..."
        return BundleError(f"must be {wanted}, not {shown}", where=f"{self.path}, field {name}")

    def integer(self, name: str, low: int, high: int) -> int:
        value = self.manifest.get(name)
        if not _is_int(value) or not low <= value <= high:
            raise self.fail(name, f"a whole number from {low:,} to {high:,}")
        return value

    def optional(self, name: str, kind: type, wanted: str) -> None:
        if name in self.manifest and not isinstance(self.manifest[name], kind):
            raise self.fail(name, wanted)


def _check_manifest(manifest: Any, path: Path) -> None:
    """Refuse a manifest whose fields have the wrong type or range, or whose content is not what was exported."""
    if not isinstance(manifest, dict):
        raise BundleError("must hold one JSON object (the bundle's description)", where=str(path))
    fields = _Fields(manifest, path)
    version = fields.integer("format_version", 1, 1 << 31)
    if version > FORMAT_VERSION:
        raise BundleError(
            f"bundle format {version} is newer than this program understands ({FORMAT_VERSION}); update coder-assist",
            where=f"{path}, field format_version",
        )
    if version < FORMAT_VERSION:
        raise BundleError(
            f"bundle format {version} is older than this program reads ({FORMAT_VERSION}): its manifest has no "
            "checksum of its own; export the bundle again with coder-assist export",
            where=f"{path}, field format_version",
        )
    max_tokens = fields.integer("max_tokens", 1, MAX_TOKENS)
    fields.integer("chunk_size", 1, max_tokens)
    fields.integer("pad_token_id", 0, 1 << 31)
    fields.integer("num_labels", 1, 1 << 31)
    for name in ("name", "created", "coder_assist_version", "training_data", "catalogue_version"):
        fields.optional(name, str, "text")
    for name in ("encoder", "export", "metrics"):
        fields.optional(name, dict, "a JSON object")
    if not isinstance(manifest.get("metrics", {}).get("full", {}), dict):
        raise BundleError("must be a JSON object of metric values", where=f"{path}, field metrics.full")
    if manifest.get("quantization", "none") not in ("int8", "none"):
        raise fields.fail("quantization", '"int8" or "none"')
    files = manifest.get("files")
    # Plain names only: a checksum entry must not make the program read a file outside the bundle folder.
    if not isinstance(files, dict) or not all(
        re.fullmatch(r"\w[\w.-]*", name) and _is_sha256(digest) for name, digest in files.items()
    ):
        raise fields.fail("files", "a JSON object of file names in the bundle folder and their sha256")
    if not _is_sha256(manifest.get(MANIFEST_SHA256)):
        raise fields.fail(MANIFEST_SHA256, "the sha256 of the rest of the manifest")
    if manifest[MANIFEST_SHA256] != manifest_checksum(manifest):
        raise BundleError(
            "manifest.json does not match its own checksum (changed or damaged after export); "
            "reinstall or re-export the bundle",
            where=str(path),
        )


class LabelsError(BundleError):
    """A labels.json (of a bundle or a checkpoint) that cannot be used."""


@dataclass(frozen=True)
class LabelTable:
    """labels.json, the one form of a model's label list: its codes in output order, each with how many
    training cases carry it. A checkpoint's stops there; export adds each code's thresholds and share coded
    as B (``threshold`` and its companions: all three or none) and the global threshold it tuned on
    validation (None: exported without calibration data, so the thresholds are the default)."""

    codes: list[str]
    train_frequency: list[int]
    threshold: list[float] | None = None  # suggested at or above this score
    missed_threshold: list[float] | None = None  # the lower bar of "probably missed secondary"
    secondary_share: list[float] | None = None  # share of the code's typed training occurrences coded as B
    global_threshold: float | None = None

    def __post_init__(self) -> None:
        columns = (self.train_frequency, self.threshold, self.missed_threshold, self.secondary_share)
        if any(column is not None and len(column) != len(self.codes) for column in columns):
            raise ValueError(f"every column of a label table needs one value for each of its {len(self.codes)} codes")
        if len({column is None for column in columns[1:]}) > 1:
            raise ValueError("threshold, missed_threshold and secondary_share come together or not at all")

    def labels(self, path: Path) -> list[Label]:
        """The codes with their thresholds, as the runtime uses them; LabelsError when the table has none."""
        if self.threshold is None or self.missed_threshold is None or self.secondary_share is None:
            raise LabelsError(
                "the codes carry no thresholds (a checkpoint's label list?); export the model with coder-assist "
                "export", where=f"{path / LABELS}, field codes[0].threshold",
            )  # fmt: skip
        columns = (self.codes, self.threshold, self.missed_threshold, self.train_frequency, self.secondary_share)
        return [Label(*row) for row in zip(*columns, strict=True)]


def write_labels(folder: Path, table: LabelTable) -> None:
    """Write ``folder/labels.json``: the only writer of that file, for bundles and checkpoints alike."""
    rows = []
    for i, code in enumerate(table.codes):
        row: dict[str, Any] = {"code": code}
        if table.threshold is not None and table.missed_threshold is not None:
            row.update(threshold=table.threshold[i], missed_threshold=table.missed_threshold[i])
        row["train_frequency"] = table.train_frequency[i]
        if table.secondary_share is not None:
            row["secondary_share"] = table.secondary_share[i]
        rows.append(row)
    content = {"global_threshold": table.global_threshold, "codes": rows}
    (folder / LABELS).write_text(json.dumps(content, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _is_share(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0.0 <= value <= 1.0


def read_labels(folder: Path) -> LabelTable:
    """Read ``folder/labels.json`` (a bundle's or a checkpoint's): the only reader of that file.

    Raises LabelsError naming the file and the field (``codes[3].threshold``) of the first thing wrong.
    """
    path = folder / LABELS
    raw = _read_json(path)
    # Checkpoints written before labels.json had one form hold the bare list of codes.
    rows = raw if isinstance(raw, list) else raw.get("codes") if isinstance(raw, dict) else None
    if not isinstance(rows, list) or not rows or not all(isinstance(row, dict) for row in rows):
        raise LabelsError("must hold a non-empty list of codes, each a JSON object", where=f"{path}, field codes")

    def column(name: str, ok: Callable[[Any], bool], wanted: str, default: Callable[[int], Any] = lambda i: None):
        values = []
        for i, row in enumerate(rows):
            value = row.get(name, default(i))
            if not ok(value):
                shown = "nothing" if value is None else repr(value)
                raise LabelsError(f"must be {wanted}, not {shown}", where=f"{path}, field codes[{i}].{name}")
            values.append(value)
        return values

    codes = column("code", lambda v: isinstance(v, str) and v != "", "a code")
    if len(set(codes)) < len(codes):
        twice = next(i for i, code in enumerate(codes) if code in codes[:i])
        raise LabelsError(f"{codes[twice]} is listed twice", where=f"{path}, field codes[{twice}].code")
    frequency = column("train_frequency", lambda v: _is_int(v) and v >= 0, "a whole number of 0 or more", lambda i: 0)
    global_threshold = raw.get("global_threshold") if isinstance(raw, dict) else None
    if global_threshold is not None and not _is_share(global_threshold):
        where = f"{path}, field global_threshold"
        raise LabelsError(f"must be a number from 0 to 1 or null, not {global_threshold!r}", where=where)
    global_threshold = None if global_threshold is None else float(global_threshold)
    if "threshold" not in rows[0]:
        return LabelTable(codes, frequency, global_threshold=global_threshold)
    share = "a number from 0 to 1"
    threshold = [float(v) for v in column("threshold", _is_share, share)]
    return LabelTable(
        codes, frequency, threshold,
        missed_threshold=[float(v) for v in column("missed_threshold", _is_share, share, threshold.__getitem__)],
        secondary_share=[float(v) for v in column("secondary_share", _is_share, share, lambda i: 0.0)],
        global_threshold=global_threshold,
    )  # fmt: skip


def _padding_token(path: Path) -> tuple[int, str] | None:
    """(id, text) of tokenizer.json's padding token ("[PAD]", "<pad>"), or None when it names none."""
    raw = _read_json(path)
    added = raw.get("added_tokens") if isinstance(raw, dict) else None
    for token in added if isinstance(added, list) else []:
        if isinstance(token, dict) and token.get("special") and "pad" in str(token.get("content", "")).lower():
            return token.get("id"), str(token["content"])
    return None


def load_bundle(path: Path, *, verify: bool = True) -> Bundle:
    """Read and check a bundle folder; raises BundleError saying which file or field is wrong and why."""
    if not path.is_dir():
        raise BundleError("no model bundle folder here; set the model path in the settings", where=str(path))
    manifest = _read_json(path / MANIFEST)
    _check_manifest(manifest, path / MANIFEST)
    files: dict[str, str] = manifest["files"]
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
    labels = read_labels(path).labels(path)
    if manifest["num_labels"] != len(labels):
        message = f"is {manifest['num_labels']:,} but labels.json has {len(labels):,} codes"
        raise BundleError(message, where=f"{path / MANIFEST}, field num_labels")
    padding = _padding_token(path / TOKENIZER)
    if padding is not None and padding[0] != manifest["pad_token_id"]:
        message = f"is {manifest['pad_token_id']} but the padding token {padding[1]} of tokenizer.json is {padding[0]}"
        raise BundleError(message, where=f"{path / MANIFEST}, field pad_token_id")
    return Bundle(
        path=path,
        manifest=manifest,
        labels=labels,
        chunk_size=manifest["chunk_size"],
        max_tokens=manifest["max_tokens"],
        pad_token_id=manifest["pad_token_id"],
        name=str(manifest.get("name", path.name)),
    )


def write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    """Write manifest.json with the checksum of every other file in the bundle folder and of its own content."""
    files = {p.name: sha256_of(p) for p in sorted(path.iterdir()) if p.is_file() and p.name != MANIFEST}
    manifest = {key: value for key, value in manifest.items() if key != MANIFEST_SHA256}
    manifest = {**manifest, "format_version": FORMAT_VERSION, "files": files}
    manifest[MANIFEST_SHA256] = manifest_checksum(manifest)
    (path / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
