"""``coder-assist prepare``: the paper's pre-processing of a hospital export, its report and its split by patient."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

from coder_assist.cases import Case, case_from_dict, read_cases, write_cases
from coder_assist.catalogue import Catalogue, Code
from coder_assist.cli import main
from coder_assist.datasets import DataError
from coder_assist.datasets.jsonl import case_patient_id
from coder_assist.datasets.prepare import PAPER, PrepareConfig, prepare, split_cases

# The categories the hand-built cases use, all but DU99 (the code outside the Danish ICD-10).
CATALOGUE = Catalogue(
    codes={code: Code(code, code) for code in ("DI10", "DI109", "DJ44", "DJ441", "DZ00", "DZ001", "DZ03", "DZ038")}
    | {"DF20": Code("DF20", "Skizofreni"), "DF200": Code("DF200", "Paranoid skizofreni")},
    version="test",
)


def case(
    case_id: str,
    codes: list[str],
    *,
    notes: list[tuple[str, str]] | None = None,
    department: str = "Medicinsk afdeling",
    specialty: str = "intern medicin",
    patient: str | None = None,
) -> Case:
    return case_from_dict(
        {
            "case_id": case_id,
            "department": department,
            "specialty": specialty,
            "patient": {"age": 50, "sex": "F", "id": patient or f"P-{case_id}"},
            "notes": [{"type": kind, "text": text} for kind, text in notes or [("epikrise", "Hypertension.")]],
            "codes": [{"code": code, "type": "A" if i == 0 else "B"} for i, code in enumerate(codes)],
        }
    )


def hand_built() -> list[Case]:
    """Fourteen cases, each made for one step (the counts below are worked out by hand in the tests)."""
    return [
        case("no-codes", []),
        case("no-summary", ["DJ441"], notes=[("journalnotat", "KOL i exacerbation.")]),
        case("blank-summary", ["DI109"], notes=[("epikrise", "  "), ("journalnotat", "Hypertension.")]),
        case("only-z", ["DZ038", "DZ001"]),
        case("z-and-i", ["DZ038", "DI109"]),
        case("outside", ["DI109", "DU991"]),
        case("long", ["DI109"], notes=[("Udskrivningsepikrise", "x" * 6000), ("journalnotat", "y" * 4001)]),
        case("exactly-10000", ["DI109"], notes=[("EPIKRISE", "x" * 10_000)]),
        case("adult-psych", ["DF200"], department="Psykiatrisk afdeling", specialty="psykiatri"),
        case(
            "child-psych",
            ["DF200"],
            department="Børne- og Ungdomspsykiatrisk afdeling",
            specialty="børne- og ungdomspsykiatri",
        ),
        case("rare", ["DI109", "DJ441"]),
        *(case(f"plain-{i}", ["DI109"]) for i in range(3)),
    ]


def counts(report) -> list[tuple[str, bool, int, int, int]]:
    return [(step.name, step.enabled, step.before, step.removed, step.after) for step in report.steps]


def test_each_default_step_removes_the_cases_it_names_in_order() -> None:
    kept, report = prepare(hand_built(), PrepareConfig(), CATALOGUE)

    assert counts(report) == [
        ("drop_no_codes", True, 14, 1, 13),
        ("drop_no_discharge_summary", True, 13, 2, 11),  # no epikrise; an epikrise with no text
        ("drop_only_z_codes", True, 11, 1, 10),  # "z-and-i" has a disease code too
        ("drop_rare_categories", False, 10, 0, 10),  # off by default: "rare" stays
        ("drop_outside_catalogue", True, 10, 1, 9),
        ("drop_long_notes", True, 9, 1, 8),  # the notes together; exactly 10,000 stays
        ("drop_adult_psychiatry", True, 8, 1, 7),  # child and adolescent psychiatry stays
    ]
    assert [c.case_id for c in kept] == [
        "z-and-i", "exactly-10000", "child-psych", "rare", "plain-0", "plain-1", "plain-2",
    ]  # fmt: skip
    assert report.cases == 14 and report.kept == 7


def test_the_rare_category_step_counts_only_the_cases_that_reach_it() -> None:
    # At the rare step ten cases are left. DJ44 is then in "rare" alone ("no-summary" went at step 2), DZ03 in
    # "z-and-i" alone ("only-z" went at step 3) and DU99 in "outside" alone; DF20 is in both psychiatry cases.
    config = dataclasses.replace(PAPER, min_category_count=2)
    kept, report = prepare(hand_built(), config, CATALOGUE)

    assert [(step.name, step.removed) for step in report.steps] == [
        ("drop_no_codes", 1),
        ("drop_no_discharge_summary", 2),
        ("drop_only_z_codes", 1),
        ("drop_rare_categories", 3),
        ("drop_outside_catalogue", 0),  # "outside" already went as rare
        ("drop_long_notes", 1),
        ("drop_adult_psychiatry", 1),
    ]
    assert [c.case_id for c in kept] == ["exactly-10000", "child-psych", "plain-0", "plain-1", "plain-2"]


def test_the_words_that_mark_a_discharge_summary_and_psychiatry_are_settings() -> None:
    cases = [
        case("udskrivning", ["DI109"], notes=[("udskrivningsbrev", "Hypertension.")]),
        case("epikrise", ["DI109"], notes=[("epikrise", "Hypertension.")]),
        case(
            "child-psych",
            ["DF200"],
            notes=[("udskrivningsbrev", "Skizofreni.")],
            department="Børne- og Ungdomspsykiatrisk afdeling",
            specialty="",
        ),
    ]
    config = PrepareConfig(discharge_summary_types=("udskrivningsbrev",), child_psychiatry_words=())

    kept, report = prepare(cases, config, CATALOGUE)

    assert [c.case_id for c in kept] == ["udskrivning"]
    assert [step.removed for step in report.steps if step.removed] == [1, 1]  # "epikrise", then "child-psych"
    assert report.steps[1].name == "drop_no_discharge_summary" and report.steps[-1].removed == 1


def test_the_paper_preset_differs_from_the_default_only_in_removing_rare_categories() -> None:
    assert PAPER.drop_rare_categories and not PrepareConfig().drop_rare_categories
    assert dataclasses.replace(PAPER, drop_rare_categories=False) == PrepareConfig()
    assert (PAPER.min_category_count, PAPER.max_note_chars) == (10, 10_000)
    switches = [f.name for f in dataclasses.fields(PAPER) if f.name.startswith("drop_")]
    assert len(switches) == 7 and all(getattr(PAPER, name) for name in switches)


def test_the_split_keeps_every_patient_in_one_split_and_follows_the_seed() -> None:
    cases = [case(f"C{p}-{k}", ["DI109"], patient=f"P{p}") for p in range(300) for k in range(1 + p % 3)]
    config = PrepareConfig(val_share=0.2, test_share=0.2)

    splits = split_cases(cases, config)

    patients = {name: {case_patient_id(c) for c in split} for name, split in splits.items()}
    assert not patients["train"] & patients["val"]
    assert not patients["train"] & patients["test"]
    assert not patients["val"] & patients["test"]
    assert sorted(c.case_id for split in splits.values() for c in split) == sorted(c.case_id for c in cases)
    assert 40 <= len(patients["val"]) <= 80 and 40 <= len(patients["test"]) <= 80
    assert split_cases(cases, config) == splits
    other = split_cases(cases, dataclasses.replace(config, seed=1))
    assert {case_patient_id(c) for c in other["test"]} != patients["test"]


def test_a_config_file_sets_keys_over_the_preset_and_names_a_wrong_key(tmp_path: Path) -> None:
    path = tmp_path / "prepare.toml"
    path.write_text('max_note_chars = 20000\ndischarge_summary_types = ["epikrise", "udskrivningsbrev"]\n')

    config = PrepareConfig.from_toml(path, base=PAPER)

    assert config == dataclasses.replace(
        PAPER, max_note_chars=20_000, discharge_summary_types=("epikrise", "udskrivningsbrev")
    )
    path.write_text("max_note_characters = 20000\n")
    with pytest.raises(DataError, match="unknown key 'max_note_characters'") as error:
        PrepareConfig.from_toml(path)
    assert error.value.where == str(path)
    path.write_text('drop_long_notes = "yes"\n')
    with pytest.raises(DataError, match="'drop_long_notes' must be bool"):
        PrepareConfig.from_toml(path)
    path.write_text("val_share = 0.5\ntest_share = 0.5\n")
    with pytest.raises(DataError, match="sum to less than 1"):
        PrepareConfig.from_toml(path)
    path.write_text("val_share = \n")
    with pytest.raises(DataError, match="not valid TOML") as error:
        PrepareConfig.from_toml(path)
    assert error.value.where == str(path)
    with pytest.raises(DataError, match="cannot read the config file") as error:
        PrepareConfig.from_toml(tmp_path / "missing.toml")
    assert error.value.where == str(tmp_path / "missing.toml")


@pytest.fixture(scope="module")
def synth_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small synthetic 'hospital export': synth's three split files as one JSON Lines file."""
    from coder_assist.synth.generate import write_splits

    folder = tmp_path_factory.mktemp("synth")
    write_splits(60, 1, folder, workers=1)
    export = folder / "export.jsonl"
    export.write_text("".join((folder / f"{name}.jsonl").read_text() for name in ("train", "val", "test")))
    return export


def test_prepare_command_writes_splits_report_and_figure(synth_export: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "prepared"

    assert main(["prepare", str(synth_export), "--out", str(out), "--seed", "7"]) == 0

    read = read_cases(synth_export).cases
    adult = [c for c in read if c.department == "Psykiatrisk afdeling"]
    child = [c for c in read if c.department == "Børne- og Ungdomspsykiatrisk afdeling"]
    assert adult and child  # the synthetic export has both, so the step is tested on both
    written = {name: read_cases(out / f"{name}.jsonl").cases for name in ("train", "val", "test")}
    ids = sorted(c.case_id for split in written.values() for c in split)
    assert ids == sorted(c.case_id for c in read if c not in adult)  # every other synthetic case passes
    patients = [{case_patient_id(c) for c in split} for split in written.values()]
    assert not (patients[0] & patients[1] or patients[0] & patients[2] or patients[1] & patients[2])

    report = json.loads((out / "prepare_report.json").read_text())
    assert report["cases"] == len(read) and report["kept"] == len(ids)
    assert report["steps"][-1] == {
        "name": "drop_adult_psychiatry", "label": "adult psychiatry", "enabled": True,
        "before": len(read), "removed": len(adult), "after": len(ids),
    }  # fmt: skip
    assert report["config"]["seed"] == 7 and not report["config"]["drop_rare_categories"]
    assert {name: n["cases"] for name, n in report["splits"].items()} == {k: len(v) for k, v in written.items()}
    assert (out / "prepare_flow.png").read_bytes().startswith(b"\x89PNG")
    assert "| adult psychiatry | yes |" in (out / "prepare_report.md").read_text()
    printed = capsys.readouterr().out
    assert f"| adult psychiatry | yes | {len(read)} | {len(adult)} | {len(ids)} |" in printed
    assert "| a category in fewer than 10 cases | off |" in printed


def test_without_matplotlib_the_figure_is_skipped_with_a_note(tmp_path: Path, monkeypatch, capsys) -> None:
    export = tmp_path / "export.jsonl"
    write_cases(export, hand_built())
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # importing it now raises ImportError
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)

    assert main(["prepare", str(export), "--out", str(tmp_path / "out"), "--preset", "paper"]) == 0

    assert not (tmp_path / "out" / "prepare_flow.png").exists()
    assert "note: prepare_flow.png not drawn: matplotlib is not installed" in capsys.readouterr().out
    report = json.loads((tmp_path / "out" / "prepare_report.json").read_text())
    assert report["notes"] == ["prepare_flow.png not drawn: matplotlib is not installed (pip install matplotlib)"]
    assert report["config"]["drop_rare_categories"]


def test_a_bad_line_in_the_export_is_one_clear_error_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    export = tmp_path / "export.jsonl"
    write_cases(export, hand_built()[:2])
    with export.open("a", encoding="utf-8") as f:
        f.write('{"case_id": "broken", "notes": [\n')

    assert main(["prepare", str(export), "--out", str(tmp_path / "out")]) == 2

    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert error.startswith(f"coder-assist: error: {export}, line 3") and "invalid JSON" in error
    assert not (tmp_path / "out").exists()


def test_the_export_is_never_overwritten_by_the_splits(tmp_path: Path, capsys) -> None:
    export = tmp_path / "train.jsonl"
    write_cases(export, hand_built())

    assert main(["prepare", str(export), "--out", str(tmp_path)]) == 2
    assert main(["prepare", str(tmp_path), "--out", str(tmp_path)]) == 2

    assert "the prepared splits would overwrite the export" in capsys.readouterr().err
    assert [c.case_id for c in read_cases(export).cases] == [c.case_id for c in hand_built()]
