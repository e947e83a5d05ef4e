"""Import of SKScomplete.txt, tested on small files written in the official fixed-width Latin-1 format."""

from __future__ import annotations

import errno
import re
from datetime import date
from pathlib import Path
from typing import IO, Any

import pytest

from coder_assist.catalogue import SearchIndex, default_catalogue, load_catalogue
from coder_assist.catalogue import io as catalogue_io
from coder_assist.catalogue.sks_import import import_sks_complete, read_sks_complete
from coder_assist.cli import main
from coder_assist.errors import CatalogueError
from coder_assist.paths import user_data_dir


def sks_line(register: str, code: str, valid_from: str, modified: str, valid_to: str, text: str) -> str:
    """One line laid out as SKScomplete.txt: columns 1-3, 4-23, 24-31, 32-39, 40-47, 48-167."""
    return f"{register:<3}{code:<20}{valid_from}{modified}{valid_to}{text:<120}"


LINES = [
    sks_line("dia", "DI10", "19940101", "19940101", "25000101", "Essentiel hypertension"),
    sks_line("dia", "DI109", "19940101", "20120101", "25000101", "Essentiel hypertension"),
    # A code whose text changed: two periods, the later text is current.
    sks_line("dia", "DJ449", "19940101", "19940101", "20150101", "Kronisk obstruktiv lungesygdom"),
    sks_line("dia", "DJ449", "20150101", "20150101", "25000101", "Kronisk obstruktiv lungesygdom UNS"),
    # A retired code.
    sks_line("dia", "DZ999X", "19940101", "19940101", "20200101", "Udgået prøvekode for søgning"),
    sks_line("dia", "DZ999Y", "19940101", "19940101", "25000101", "Gyldig prøvekode for søgning uden udløb"),
    # A code new to the snapshot, with Danish letters.
    sks_line("dia", "DR999Q", "20260101", "20260901", "25000101", "Nyt fund af blærebetændelse og øjenbetændelse"),
    # Other registers and group rows are skipped.
    sks_line("opr", "KAAA00", "19960101", "19960101", "25000101", "Operation"),
    sks_line("dia", "DA", "19940101", "19940101", "25000101", "Kapitel"),
]


def write(path: Path, lines: list[str], encoding: str = "latin-1") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_import_keeps_validity_history_and_flags_retired_codes(tmp_path: Path) -> None:
    source = write(tmp_path / "SKScomplete.txt", LINES)
    report = import_sks_complete(
        source, reference=default_catalogue(), dest=tmp_path / "cat", today=date(2026, 10, 1), force=True
    )
    assert report.codes == 6 and report.retired == 1 and report.skipped_lines == 2 and report.new == 3
    assert report.version == "SKS 2026-09-01 (imported)"
    catalogue = load_catalogue(report.path)
    copd = catalogue.get("DJ449")
    assert copd.text == "Kronisk obstruktiv lungesygdom UNS"
    assert copd.aliases == ("Kronisk obstruktiv lungesygdom",)
    assert copd.valid_from == date(1994, 1, 1) and copd.valid_to is None
    assert copd.who_code == "J44.9" and copd.chapter == "X"  # hierarchy from the reference snapshot
    retired = catalogue.get("DZ999X")
    assert retired.valid_to == date(2020, 1, 1) and not retired.valid_at(date(2026, 10, 1))
    new = catalogue.get("DR999Q")
    assert new.text == "Nyt fund af blærebetændelse og øjenbetændelse"  # Latin-1 decoded
    assert new.chapter == "XVIII" and new.block == "R95-R99"  # derived for codes the snapshot lacks
    assert catalogue.version == report.version


def test_retired_codes_are_searchable_but_listed_after_valid_ones(tmp_path: Path) -> None:
    source = write(tmp_path / "SKScomplete.txt", LINES)
    report = import_sks_complete(source, reference=None, dest=tmp_path / "cat", today=date(2026, 10, 1))
    index = SearchIndex(load_catalogue(report.path))
    # The retired code's text matches the query better, yet the valid code comes first.
    hits = index.search("udgået prøvekode for søgning", at=date(2026, 10, 1))
    assert [(h.code.code, h.valid) for h in hits] == [("DZ999Y", True), ("DZ999X", False)]
    assert hits[1].score > hits[0].score
    assert index.search("udgået prøvekode for søgning", at=date(2019, 6, 1))[0].code.code == "DZ999X"


def test_a_utf8_copy_of_the_file_is_read_as_utf8(tmp_path: Path) -> None:
    source = write(tmp_path / "SKScomplete.txt", LINES, encoding="utf-8")
    rows, _ = read_sks_complete(source)
    assert any(r.text == "Nyt fund af blærebetændelse og øjenbetændelse" for r in rows)


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("diaDI10               1994", "line 2: line is 26 characters"),
        (sks_line("dia", "DI11", "1994x101", "19940101", "25000101", "Hjerte"), "line 2: valid-from (columns 24-31)"),
        (sks_line("dia", "DI11", "19940101", "19940101", "20201399", "Hjerte"), "line 2: valid-to (columns 40-47)"),
        (sks_line("dia", "DI11", "19940101", "19940101", "25000101", ""), "line 2: code DI11 has no text"),
    ],
)  # fmt: skip
def test_a_malformed_line_stops_the_import_and_names_the_line(tmp_path: Path, bad_line: str, message: str) -> None:
    source = write(tmp_path / "SKScomplete.txt", [LINES[0], bad_line, *LINES[1:]])
    with pytest.raises(CatalogueError, match=re.escape(message)):
        import_sks_complete(source, reference=None, dest=tmp_path / "cat")
    assert not (tmp_path / "cat").exists()  # nothing half-imported


def test_cli_import_makes_the_imported_catalogue_the_one_in_use(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = write(tmp_path / "SKScomplete.txt", LINES)
    assert main(["catalogue", "import", str(source), "--force"]) == 0
    assert "Imported 6 diagnosis codes" in capsys.readouterr().out
    assert main(["catalogue", "info"]) == 0
    assert "(imported): 6 codes" in capsys.readouterr().out
    assert main(["catalogue", "reset"]) == 0
    main(["catalogue", "info"])
    assert "snapshot" in capsys.readouterr().out


def test_cli_reports_a_malformed_file_in_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    source = write(tmp_path / "SKScomplete.txt", [LINES[0], "dia garbage"])
    assert main(["catalogue", "import", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "SKScomplete.txt, line 2" in err and "Traceback" not in err
    assert main(["catalogue", "import", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


# --- a broken file never replaces a good catalogue ---------------------------------------------
def snapshot_lines(count: int, modified: str = "20260901", pneumonia: str = "Pneumoni UNS") -> list[str]:
    """``count`` lines in SKScomplete form built from the shipped snapshot, ending with DJ189's line."""
    codes = [c for c in default_catalogue() if c.code != "DJ189" and re.match(r"^D[A-Z]\d\d", c.code)]
    lines = [sks_line("dia", c.code, "19940101", modified, "25000101", c.text[:120]) for c in codes[: count - 1]]
    return [*lines, sks_line("dia", "DJ189", "19940101", modified, "25000101", pneumonia)]


def import_cli(source: Path, *extra: str) -> int:
    return main(["catalogue", "import", str(source), *extra])


def in_use() -> tuple[str, str]:
    """The version of the catalogue in use and its text for DJ189, as a fresh start would load them."""
    catalogue = load_catalogue()
    return catalogue.version, catalogue.get("DJ189").text


def catalogue_traces() -> list[str]:
    folder = user_data_dir()
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("catalogue")) if folder.exists() else []


def cut_last_line(lines: list[str], end_of_line: bool) -> bytes:
    """The file as an interrupted download leaves it: DJ189's text "Pneumoni UNS" cut to "Pneumoni"."""
    cut = lines[-1][: 47 + len("Pneumoni")]
    return ("\r\n".join([*lines[:-1], cut]) + ("\r\n" if end_of_line else "")).encode("latin-1")


@pytest.mark.parametrize("end_of_line", [False, True], ids=["cut", "cut-then-line-ended-by-an-editor"])
def test_a_file_cut_inside_its_last_line_is_refused_and_the_catalogue_in_use_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture, end_of_line: bool
) -> None:
    lines = snapshot_lines(200)
    assert import_cli(write(tmp_path / "good.txt", lines), "--force") == 0
    before = in_use()
    capsys.readouterr()
    source = tmp_path / "SKScomplete.txt"
    source.write_bytes(cut_last_line(lines, end_of_line))
    assert import_cli(source) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "SKScomplete.txt, line 200" in err and "cut off" in err
    assert in_use() == before and before[1] == "Pneumoni UNS"
    assert import_cli(source, "--force") == 2  # --force accepts few codes, never a damaged line
    assert in_use() == before


def test_the_last_line_is_judged_by_its_end_of_line_where_lines_are_not_padded(tmp_path: Path) -> None:
    trimmed = [line.rstrip() for line in snapshot_lines(5)]
    source = tmp_path / "SKScomplete.txt"
    source.write_bytes("\r\n".join(trimmed).encode("latin-1"))
    with pytest.raises(CatalogueError, match="line 5: the last line has no end-of-line"):
        read_sks_complete(source)
    source.write_bytes(("\r\n".join(trimmed) + "\r\n").encode("latin-1"))
    assert read_sks_complete(source)[0][-1].text == "Pneumoni UNS"


def test_a_whole_fixed_width_file_without_a_final_end_of_line_is_accepted(tmp_path: Path) -> None:
    source = tmp_path / "SKScomplete.txt"
    source.write_bytes("\r\n".join(snapshot_lines(5)).encode("latin-1"))
    assert read_sks_complete(source)[0][-1].text == "Pneumoni UNS"


def test_a_file_with_far_fewer_codes_is_refused_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = write(tmp_path / "SKScomplete.txt", snapshot_lines(200))
    assert import_cli(source) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "SKScomplete.txt" in err
    assert "200 diagnosis codes" in err and "25,062" in err and "90%" in err and "--force" in err
    assert in_use()[0] == "SKS 2026-06-16 (snapshot)" and catalogue_traces() == []
    assert import_cli(source, "--force") == 0
    assert in_use() == ("SKS 2026-09-01 (imported)", "Pneumoni UNS") and len(load_catalogue()) == 200


def test_a_complete_release_imports_without_force(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = write(tmp_path / "SKScomplete.txt", snapshot_lines(len(default_catalogue())), encoding="cp1252")
    assert import_cli(source) == 0
    assert in_use() == ("SKS 2026-09-01 (imported)", "Pneumoni UNS")
    assert len(load_catalogue()) > 0.9 * len(default_catalogue())


class FullDisk:
    """A file that takes half of what is written to it, then fails as a full disk does."""

    def __init__(self, real: IO[str]) -> None:
        self.real = real

    def __enter__(self) -> FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()

    def write(self, text: str) -> int:
        self.real.write(text[: len(text) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("failing", [catalogue_io.TSV_NAME, catalogue_io.META_NAME])
def test_a_write_that_fails_midway_leaves_the_catalogue_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    assert import_cli(write(tmp_path / "old.txt", snapshot_lines(200)), "--force") == 0
    before = in_use()
    newer = write(tmp_path / "SKScomplete.txt", snapshot_lines(200, modified="20261201", pneumonia="Lungebetændelse"))
    capsys.readouterr()

    def open_on_a_full_disk(file: Path, mode: str = "r", *args: Any, **kwargs: Any) -> IO[str] | FullDisk:
        real = open(file, mode, *args, **kwargs)  # noqa: SIM115 - the caller's with-block closes it
        return FullDisk(real) if "w" in mode and Path(file).name.startswith(failing) else real

    # A context of its own: monkeypatch.undo() would also undo conftest's CODER_ASSIST_DATA_DIR, and the
    # import below would then replace the catalogue of the real user folder.
    with monkeypatch.context() as full_disk:
        full_disk.setattr(catalogue_io, "open", open_on_a_full_disk, raising=False)
        assert import_cli(newer) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err and "unchanged" in err
    assert in_use() == before
    assert catalogue_traces() == ["catalogue"]  # no half-written copy left behind
    assert import_cli(newer) == 0 and in_use() == ("SKS 2026-12-01 (imported)", "Lungebetændelse")


def test_an_import_killed_mid_write_leaves_the_catalogue_in_use(tmp_path: Path) -> None:
    assert import_cli(write(tmp_path / "old.txt", snapshot_lines(200)), "--force") == 0
    before = in_use()
    # What a killed import leaves: its scratch folder with half a catalogue in it.
    scratch = user_data_dir() / "catalogue.partial"
    scratch.mkdir()
    (scratch / catalogue_io.TSV_NAME).write_text("code\twho_code\nDJ18", encoding="utf-8")
    assert in_use() == before
    assert import_cli(write(tmp_path / "SKScomplete.txt", snapshot_lines(200, modified="20261201"))) == 0
    assert catalogue_traces() == ["catalogue", "catalogue.previous"]


def test_restore_brings_back_the_catalogue_the_last_import_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["catalogue", "restore"]) == 2
    assert "no earlier imported catalogue is kept" in capsys.readouterr().err
    assert import_cli(write(tmp_path / "a.txt", snapshot_lines(200)), "--force") == 0
    newer = snapshot_lines(200, modified="20261201", pneumonia="Lungebetændelse")
    assert import_cli(write(tmp_path / "b.txt", newer)) == 0
    assert "SKS 2026-09-01 (imported), is kept" in capsys.readouterr().out
    assert main(["catalogue", "info"]) == 0
    info = capsys.readouterr().out
    assert "SKS 2026-12-01 (imported): 200 codes" in info and "Kept: the import before it, SKS 2026-09-01" in info
    assert main(["catalogue", "restore"]) == 0
    assert "Restored SKS 2026-09-01 (imported)" in capsys.readouterr().out
    assert in_use() == ("SKS 2026-09-01 (imported)", "Pneumoni UNS")
    assert main(["catalogue", "restore"]) == 0  # a second restore undoes the first
    assert in_use() == ("SKS 2026-12-01 (imported)", "Lungebetændelse")


def test_reset_removes_every_file_of_the_import(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert import_cli(write(tmp_path / "a.txt", snapshot_lines(200)), "--force") == 0
    assert import_cli(write(tmp_path / "b.txt", snapshot_lines(200, modified="20261201"))) == 0
    (user_data_dir() / "catalogue.partial").mkdir()  # left by an import that was killed
    capsys.readouterr()
    assert main(["catalogue", "reset"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in ("catalogue,", "catalogue.previous", "catalogue.partial"))
    assert catalogue_traces() == []
    assert in_use() == ("SKS 2026-06-16 (snapshot)", "Pneumoni UNS")
    assert main(["catalogue", "info"]) == 0
    assert "In use: the snapshot shipped with coder-assist" in capsys.readouterr().out
