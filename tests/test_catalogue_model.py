from __future__ import annotations

from datetime import date

import pytest

from coder_assist.catalogue import Code, default_catalogue, normalise_code
from coder_assist.catalogue.chapters import CHAPTERS, chapter_for_category


def test_snapshot_holds_all_sks_diagnosis_codes_with_danish_text() -> None:
    catalogue = default_catalogue()
    assert len(catalogue) >= 25_000
    assert catalogue.get("DI109").text == "Essentiel hypertension"
    assert catalogue.get("DE119").text.startswith("Type 2-diabetes")
    assert all(c.text for c in catalogue)
    assert "snapshot" in catalogue.version


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("DI10", "DI10"), ("I10", "DI10"), ("i10.9", "DI109"), ("di109", "DI109"), ("DJ449", "DJ449"),
     (" j44.9 ", "DJ449"), ("D50", "DD50"), ("DI489BD", "DI489BD"), ("forhøjet", None), ("DM2", None), ("", None)],
)  # fmt: skip
def test_code_forms_users_type_are_normalised(typed: str, expected: str | None) -> None:
    assert normalise_code(typed) == expected


def test_hierarchy_parent_children_and_ancestors() -> None:
    catalogue = default_catalogue()
    assert catalogue.parent("DI489BD").code == "DI489B"
    assert [c.code for c in catalogue.ancestors("DI489BD")] == ["DI48", "DI489", "DI489B"]
    assert catalogue.parent("DI48") is None
    children = [c.code for c in catalogue.children("DI48")]
    assert children[:2] == ["DI480", "DI481"] and "DI489BD" not in children
    assert catalogue.get("DI10").category == "DI10" and catalogue.get("DI109").category == "DI10"
    assert catalogue.get("DI10").level == 3 and catalogue.get("DI489BD").level == 6


def test_who_codes_and_danish_extensions_are_told_apart() -> None:
    catalogue = default_catalogue()
    assert catalogue.get("DJ449").who_code == "J44.9" and not catalogue.get("DJ449").is_danish_extension
    assert catalogue.get("DI489BD").who_code == "" and catalogue.get("DI489BD").is_danish_extension


def test_every_chapter_has_a_danish_title_and_codes_find_their_chapter() -> None:
    assert len(CHAPTERS) == 22 and len({c.title for c in CHAPTERS}) == 22
    catalogue = default_catalogue()
    assert catalogue.chapter("DI109").title == "Sygdomme i kredsløbsorganer"
    assert chapter_for_category("S72").numeral == "XIX" and chapter_for_category("T81").numeral == "XIX"
    with_chapter = [c for c in catalogue if c.chapter]
    assert len(with_chapter) > 24_000
    assert all(catalogue.chapter(c.code).numeral == c.chapter for c in with_chapter[::97])


def test_validity_dates_decide_whether_a_code_may_be_used() -> None:
    code = Code("DX999", "Prøvekode", valid_from=date(2010, 1, 1), valid_to=date(2020, 1, 1))
    assert not code.valid_at(date(2009, 12, 31))
    assert code.valid_at(date(2010, 1, 1)) and code.valid_at(date(2019, 12, 31))
    assert not code.valid_at(date(2020, 1, 1))  # valid-to is the first day the code is no longer valid
    assert Code("DI10", "x").valid_at(date(1990, 1, 1))
