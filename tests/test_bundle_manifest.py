"""The bundle manifest: a checksum of its own content, every field's type and range, and the ONNX graphs
checked against it at load. Each test works on a copy of the shipped default bundle (no training)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from coder_assist.cli import main
from coder_assist.runtime import BundleError, Engine, load_bundle
from coder_assist.runtime.bundle import FORMAT_VERSION, MANIFEST_SHA256, manifest_checksum, write_manifest

DEFAULT_BUNDLE = Path(__file__).resolve().parents[1] / "resources" / "models" / "default"
DELETE = object()  # a change that removes the field


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    target = tmp_path / "bundle"
    shutil.copytree(DEFAULT_BUNDLE, target)
    return target


def edit_manifest(bundle: Path, *, reseal: bool = True, **changes: Any) -> None:
    """Change manifest fields; ``reseal`` recomputes the manifest's own checksum, as an exporter that wrote
    the wrong value would, so that the field check itself is what must refuse it."""
    path = bundle / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for name, value in changes.items():
        if value is DELETE:
            manifest.pop(name, None)
        else:
            manifest[name] = value
    if reseal:
        manifest[MANIFEST_SHA256] = manifest_checksum(manifest)
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")


def test_the_shipped_bundle_carries_its_own_checksum_and_loads() -> None:
    loaded = load_bundle(DEFAULT_BUNDLE)
    assert loaded.manifest["format_version"] == FORMAT_VERSION == 2
    assert loaded.manifest[MANIFEST_SHA256] == manifest_checksum(loaded.manifest)
    assert (loaded.chunk_size, loaded.max_tokens, loaded.pad_token_id, len(loaded.labels)) == (128, 4096, 0, 781)


def test_every_changed_byte_of_the_manifest_is_refused_unless_it_says_the_same(bundle: Path) -> None:
    """One bit flipped at each byte in turn: refused with a BundleError (never a crash), except where the
    manifest still says exactly the same, as a 17th digit that parses to the same float."""
    path = bundle / "manifest.json"
    original = path.read_bytes()
    said = json.loads(original)
    refused = same = 0
    for i in range(len(original)):
        damaged = bytearray(original)
        damaged[i] ^= 0x01
        path.write_bytes(bytes(damaged))
        try:
            load_bundle(bundle, verify=False)  # the manifest's own checksum is checked either way
        except BundleError:
            refused += 1
        else:
            assert json.loads(bytes(damaged)) == said, f"byte {i} changed the manifest and was accepted"
            same += 1
    # a flipped bit is accepted only where it leaves a float's value as it was: at most one place per float
    assert refused + same == len(original) and same <= _floats(said)


def _floats(value: object) -> int:
    if isinstance(value, float):
        return 1
    if isinstance(value, dict):
        return sum(_floats(v) for v in value.values())
    if isinstance(value, list):
        return sum(_floats(v) for v in value)
    return 0


def test_a_changed_value_is_refused_by_the_checksum_even_when_in_range(bundle: Path) -> None:
    edit_manifest(bundle, reseal=False, pad_token_id=1)
    with pytest.raises(BundleError, match=r"manifest\.json does not match its own checksum"):
        load_bundle(bundle)


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"chunk_size": 0}, "chunk_size", "a whole number from 1 to 4,096, not 0"),
        ({"chunk_size": "128"}, "chunk_size", "not '128'"),
        ({"chunk_size": 5000}, "chunk_size", "from 1 to 4,096"),
        ({"max_tokens": 0}, "max_tokens", "a whole number from 1 to 100,000"),
        ({"max_tokens": 10**9}, "max_tokens", "not 1000000000"),
        ({"max_tokens": 4096.0}, "max_tokens", "not 4096.0"),
        ({"max_tokens": True}, "max_tokens", "not True"),
        ({"max_tokens": DELETE}, "max_tokens", "not 'nothing'"),
        ({"pad_token_id": 1}, "pad_token_id", "is 1 but the padding token [PAD] of tokenizer.json is 0"),
        ({"pad_token_id": -1}, "pad_token_id", "a whole number from 0"),
        ({"format_version": 0}, "format_version", "a whole number from 1"),
        ({"format_version": "2"}, "format_version", "not '2'"),
        ({"format_version": 1}, "format_version", "bundle format 1 is older than this program reads (2)"),
        ({"format_version": 3}, "format_version", "bundle format 3 is newer"),
        ({"num_labels": 780}, "num_labels", "is 780 but labels.json has 781 codes"),
        ({"num_labels": None}, "num_labels", "not None"),
        ({"name": 7}, "name", "must be text, not 7"),
        ({"metrics": []}, "metrics", "a JSON object"),
        ({"metrics": {"full": 0.8}}, "metrics.full", "a JSON object of metric values"),
        ({"quantization": "int4"}, "quantization", '"int8" or "none"'),
        ({"files": {"../labels.json": "0" * 64}}, "files", "file names in the bundle folder"),
        ({"files": {"labels.json": "not a checksum"}}, "files", "and their sha256"),
        ({MANIFEST_SHA256: DELETE}, MANIFEST_SHA256, "the sha256 of the rest of the manifest"),
    ],
)
def test_a_field_of_the_wrong_type_or_range_is_refused_naming_it(
    bundle: Path, changes: dict[str, Any], field: str, says: str
) -> None:
    edit_manifest(bundle, **changes)
    if MANIFEST_SHA256 in changes:  # resealing would put the deleted checksum back
        edit_manifest(bundle, reseal=False, **changes)
    with pytest.raises(BundleError) as caught:
        load_bundle(bundle)
    assert caught.value.where == f"{bundle / 'manifest.json'}, field {field}"
    assert says in caught.value.message


def test_a_manifest_that_is_not_an_object_is_refused(bundle: Path) -> None:
    (bundle / "manifest.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(BundleError, match="must hold one JSON object"):
        load_bundle(bundle)


def test_a_chunk_size_the_graph_was_not_exported_with_is_refused_at_load(bundle: Path) -> None:
    """129 is in range, so only the graph can tell: it reads chunks of 128 (it used to fail inside onnxruntime)."""
    edit_manifest(bundle, chunk_size=129)
    load_bundle(bundle)
    with pytest.raises(BundleError, match=r"is 129 but model\.onnx reads tokens in chunks of 128") as caught:
        Engine(bundle)
    assert caught.value.where.endswith("field chunk_size")


def test_a_label_list_shorter_than_the_graph_is_refused_at_load(bundle: Path) -> None:
    labels = json.loads((bundle / "labels.json").read_text(encoding="utf-8"))
    labels["codes"].pop()
    (bundle / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    write_manifest(bundle, dict(manifest, num_labels=780))  # consistent checksums: only the graph disagrees
    with pytest.raises(BundleError, match=r"model\.onnx scores 781 codes but labels\.json has 780") as caught:
        Engine(bundle)
    assert caught.value.where.endswith("field num_labels")


def test_an_explain_graph_without_its_code_input_is_refused_when_first_used(bundle: Path) -> None:
    from coder_assist.cases import case_from_dict

    shutil.copyfile(bundle / "model.onnx", bundle / "explain.onnx")
    write_manifest(bundle, json.loads((bundle / "manifest.json").read_text(encoding="utf-8")))
    engine = Engine(bundle)
    case = case_from_dict({"case_id": "E-1", "notes": [{"type": "epikrise", "text": "Indlagt med lungebetændelse."}]})
    with pytest.raises(BundleError, match=r"inputs are input_ids, attention_mask, not .*code_index") as caught:
        engine.explain(case, engine.codes[0])
    assert caught.value.where == str(bundle / "explain.onnx")


def test_the_cli_refuses_a_bad_manifest_in_one_line_without_a_traceback(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    edit_manifest(bundle, chunk_size=0)
    case = tmp_path / "case.json"
    case.write_text(json.dumps({"case_id": "C-1", "notes": [{"type": "epikrise", "text": "Åndenød."}]}), "utf-8")
    assert main(["suggest", "--model", str(bundle), str(case)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "manifest.json, field chunk_size: must be a whole number from 1 to 4,096, not 0" in err
