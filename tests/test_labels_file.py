"""labels.json, read and written by runtime/bundle.py alone for bundles and checkpoints: what a user sees when
the file is wrong is the file and the field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from coder_assist.paths import default_bundle_dir
from coder_assist.runtime.bundle import (
    LABELS,
    LabelsError,
    LabelTable,
    load_bundle,
    read_labels,
    write_labels,
    write_manifest,
)


def test_the_shipped_bundle_reads_and_writes_back_byte_for_byte(tmp_path: Path) -> None:
    table = read_labels(default_bundle_dir())
    write_labels(tmp_path, table)

    assert (tmp_path / LABELS).read_bytes() == (default_bundle_dir() / LABELS).read_bytes()
    assert table.global_threshold is not None
    assert [label.code for label in load_bundle(default_bundle_dir()).labels] == table.codes


def test_a_checkpoint_table_has_codes_and_counts_only_and_older_bare_lists_still_read(tmp_path: Path) -> None:
    write_labels(tmp_path, LabelTable(codes=["DI10", "DJ18"], train_frequency=[12, 7]))
    table = read_labels(tmp_path)
    assert (table.codes, table.train_frequency, table.threshold, table.global_threshold) == (
        ["DI10", "DJ18"], [12, 7], None, None,
    )  # fmt: skip

    older = [{"code": "DI10", "train_frequency": 12}, {"code": "DJ18", "train_frequency": 7}]
    (tmp_path / LABELS).write_text(json.dumps(older), encoding="utf-8")
    assert read_labels(tmp_path) == table


def rows(*extra: dict) -> list[dict]:
    first = {"code": "DI10", "threshold": 0.4, "missed_threshold": 0.2, "train_frequency": 12, "secondary_share": 0.5}
    return [first, *extra]


@pytest.mark.parametrize(
    ("content", "field", "says"),
    [
        ({"codes": []}, "codes", "a non-empty list of codes"),
        ({"codes": rows({"code": "DJ18", "train_frequency": 3})}, "codes[1].threshold", "from 0 to 1, not nothing"),
        ({"codes": rows({"code": "DJ18", "threshold": 1.5})}, "codes[1].threshold", "from 0 to 1, not 1.5"),
        ({"codes": rows({"code": "", "threshold": 0.5})}, "codes[1].code", "must be a code"),
        ({"codes": rows({"code": "DI10", "threshold": 0.5})}, "codes[1].code", "DI10 is listed twice"),
        ({"codes": rows({"code": "DJ18", "threshold": 0.5, "train_frequency": -1})}, "codes[1].train_frequency", "-1"),
        ({"global_threshold": "high", "codes": rows()}, "global_threshold", "or null, not 'high'"),
    ],
)
def test_a_wrong_labels_file_names_the_file_and_the_field(tmp_path: Path, content: dict, field: str, says: str) -> None:
    (tmp_path / LABELS).write_text(json.dumps(content), encoding="utf-8")

    with pytest.raises(LabelsError) as caught:
        read_labels(tmp_path)

    assert caught.value.where == f"{tmp_path / LABELS}, field {field}"
    assert says in caught.value.message


def test_a_bundle_with_a_checkpoints_label_list_is_refused_saying_to_export(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(default_bundle_dir(), bundle)
    table = read_labels(bundle)
    write_labels(bundle, LabelTable(table.codes, table.train_frequency))
    write_manifest(bundle, json.loads((bundle / "manifest.json").read_text(encoding="utf-8")))

    with pytest.raises(LabelsError, match=r"carry no thresholds.*coder-assist export"):
        load_bundle(bundle)
