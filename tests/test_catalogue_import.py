"""Import of SKScomplete.txt, tested on small files written in the official fixed-width Latin-1 format."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from coder_assist.catalogue import SearchIndex, default_catalogue, load_catalogue
from coder_assist.catalogue.sks_import import import_sks_complete, read_sks_complete
from coder_assist.cli import main
from coder_assist.errors import CatalogueError


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
    report = import_sks_complete(source, reference=default_catalogue(), dest=tmp_path / "cat", today=date(2026, 10, 1))
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
    assert main(["catalogue", "import", str(source)]) == 0
    assert "Imported 6 diagnosis codes" in capsys.readouterr().out
    from coder_assist import catalogue

    catalogue.default_catalogue.cache_clear()
    assert main(["catalogue", "info"]) == 0
    assert "(imported): 6 codes" in capsys.readouterr().out
    catalogue.default_catalogue.cache_clear()
    assert main(["catalogue", "reset"]) == 0
    catalogue.default_catalogue.cache_clear()
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
