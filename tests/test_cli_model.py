"""The model commands end to end: evaluate, export, suggest (on the tiny model the session trains once)."""

from __future__ import annotations

import json

import pytest

from coder_assist.cli import main

pytestmark = pytest.mark.slow


def test_suggest_json_with_evidence(tiny_run, tiny_bundles, tmp_path, capsys: pytest.CaptureFixture) -> None:
    _, _, base = tiny_run
    case_line = (base / "cases" / "test.jsonl").read_text(encoding="utf-8").splitlines()[0]
    case_file = tmp_path / "case.json"
    case_file.write_text(case_line, encoding="utf-8")
    assert main(["suggest", str(case_file), "--model", str(tiny_bundles[1]), "--json", "--explain"]) == 0
    output = json.loads(capsys.readouterr().out)
    assert output["case_id"] == json.loads(case_line)["case_id"]
    assert len(output["suggestions"]) == 10
    first = output["suggestions"][0]
    assert set(first) == {"code", "text", "score", "tier", "evidence"}
    keys = {"source", "index", "start", "end", "weight", "kind", "text"}
    assert first["evidence"] and set(first["evidence"][0]) == keys
    notes = json.loads(case_line)["notes"]
    for span in first["evidence"]:
        if span["source"] == "note":
            assert notes[span["index"]]["text"][span["start"] : span["end"]].strip()


def test_suggest_explain_prints_the_evidence_words(tiny_bundles, tmp_path, capsys: pytest.CaptureFixture) -> None:
    case = tmp_path / "case.json"
    note = "Indlagt med feber og hoste. Konklusion: pneumoni i venstre underlap, behandlet med penicillin."
    case.write_text(json.dumps({"case_id": "K-1", "notes": [{"type": "epikrise", "text": note}]}), encoding="utf-8")
    assert main(["suggest", str(case), "--model", str(tiny_bundles[1]), "--explain", "--top", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    evidence = [line.strip() for line in lines if line.strip().startswith("notat 1:")]
    assert evidence, lines  # under each suggestion, the words that support it, quoted from the note
    assert all(line.split('"')[1] in note for line in evidence)


def test_suggest_with_a_damaged_bundle_says_why(tiny_bundles, tmp_path, capsys: pytest.CaptureFixture) -> None:
    import shutil

    bundle = tmp_path / "bundle"
    shutil.copytree(tiny_bundles[1], bundle)
    (bundle / "tokenizer.json").write_text("{}", encoding="utf-8")
    case = tmp_path / "case.json"
    case.write_text('{"case_id": "K-1", "notes": [{"type": "epikrise", "text": "KOL"}]}', encoding="utf-8")
    assert main(["suggest", str(case), "--model", str(bundle)]) == 2
    err = capsys.readouterr().err
    assert "tokenizer.json does not match its checksum" in err and "Traceback" not in err


def test_evaluate_writes_the_papers_metrics_for_model_and_baseline(tiny_run, tiny_bundles, tmp_path) -> None:
    _, _, base = tiny_run
    out = tmp_path / "eval"
    args = ["evaluate", str(tiny_bundles[1]), "--data", str(base / "cases"), "--target", "both", "--baseline"]
    assert main([*args, "--out", str(out)]) == 0
    keys = {"f1_micro", "f1_macro", "exact_match", "recall@5", "recall@10", "recall@15", "precision@recall"}
    keys |= {"map", "never_predicted"}
    for target in ("codes", "truth"):
        for system in ("plm-ca", "baseline"):
            metrics = json.loads((out / target / system / "metrics.json").read_text())
            assert keys <= set(metrics["full"]) and keys <= set(metrics["level3"])
            counts = metrics["counts"]
            assert 0 < counts["test_occurrences_outside_label_space"] < counts["test_code_occurrences"]
            # Every gold code counts by default; the codes outside the label space pull recall below its view.
            assert metrics["full"]["recall@10"] < metrics["label_space"]["full"]["recall@10"]
            assert counts["gold_codes_outside_label_space"] == counts["test_codes_outside_label_space"]
            assert ("tiers" in metrics) == (system == "plm-ca")
            assert (out / target / system / "per_code.tsv").exists()
            assert (out / target / system / "predictions.jsonl").exists()
    # Both systems learn from the human codes only: against the truth the same scores are measured again.
    for system in ("plm-ca", "baseline"):
        ranked = [
            {row["case_id"]: row["top"] for row in map(json.loads, (out / t / system / "predictions.jsonl").open())}
            for t in ("codes", "truth")
        ]
        shared = ranked[0].keys() & ranked[1].keys()
        assert len(shared) >= 10 and all(ranked[0][case] == ranked[1][case] for case in shared)

    # A bundle on test cases alone, at its own thresholds, with the evidence checked against the gold spans.
    alone = tmp_path / "alone"
    args = ["evaluate", str(tiny_bundles[1]), "--data", str(base / "cases" / "test.jsonl"), "--test-only"]
    assert main([*args, "--evidence", "--evidence-cases", "5", "--out", str(alone)]) == 0
    metrics = json.loads((alone / "plm-ca" / "metrics.json").read_text())
    assert metrics["counts"]["validation_cases"] == 0 and metrics["counts"]["test_cases"] > 30
    assert metrics["evidence"]["cases"] == 5 and 0 < metrics["evidence"]["token_recall"] <= 1
    assert 0 <= metrics["tiers"]["suggested"]["f1"] <= 1


def test_pretrain_reads_the_training_split_unless_asked_for_all(tmp_path, capsys: pytest.CaptureFixture) -> None:
    """The test split's wording must stay unseen by an encoder that is later measured on it."""
    pytest.importorskip("torch")
    from coder_assist.synth.generate import write_splits

    counts = write_splits(60, 3, tmp_path / "cases", workers=1)
    config = tmp_path / "pretrain.toml"
    config.write_text(
        "vocab_size = 300\nhidden_size = 16\nnum_layers = 1\nnum_heads = 2\nchunk_size = 32\nepochs = 1\n"
        "threads = 1\nprogress_bar = false\n",
        encoding="utf-8",
    )
    read = {}
    for name, extra in (("train", []), ("all", ["--all-splits"])):
        out = tmp_path / name
        args = ["pretrain", "--data", str(tmp_path / "cases"), "--config", str(config), *extra]
        assert main([*args, "--out", str(out)]) == 0
        assert "pretrain epoch 1: MLM loss" in capsys.readouterr().out  # progress shows without -v
        read[name] = json.loads((out / "pretrain_metrics.json").read_text())["texts"]
    assert read == {"train": counts["train"], "all": sum(counts.values())}


def test_train_refuses_an_unknown_config_key(tmp_path, capsys: pytest.CaptureFixture) -> None:
    config = tmp_path / "train.toml"
    config.write_text('data = "x"\nlearning_rate = 0.1\n', encoding="utf-8")
    assert main(["train", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "learning_rate" in err and "train.toml" in err


def test_gui_screenshot_renders_the_sample_worklist_with_the_model(tiny_bundles, tmp_path) -> None:
    from coder_assist.paths import resources_dir

    out = tmp_path / "window.png"
    worklist = resources_dir() / "examples" / "worklist.jsonl"
    assert main(["gui", str(worklist), "--model", str(tiny_bundles[1]), "--screenshot", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000
