"""What a user typing into the code search box sees."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date

import pytest

from coder_assist.catalogue import Catalogue, Code, QueryError, SearchIndex, default_index
from coder_assist.catalogue.synonyms import Synonym
from coder_assist.cli import main


def top(query: str, n: int = 5) -> list[str]:
    return [h.code.code for h in default_index().search(query, limit=n)]


def test_exact_code_comes_first_then_codes_below_it() -> None:
    hits = default_index().search("DI48", limit=5)
    assert [h.match for h in hits] == ["code"] + ["code-prefix"] * 4
    assert [h.code.code for h in hits][:3] == ["DI48", "DI480", "DI481"]


@pytest.mark.parametrize("typed", ["I10.9", "i109", "di109", "DI109", " i10.9 "])
def test_code_forms_find_the_code(typed: str) -> None:
    assert top(typed, 1) == ["DI109"]


def test_text_search_survives_typos_reordering_and_ascii_spelling() -> None:
    assert "DI109" in top("hypertension essentiel")
    assert "DI109" in top("esentiel hypertensoin")
    assert "DI489B" in top("atrieflimmren")
    assert top("hjerteinsufficiens") == top("hjerteinsufficiens".replace("æ", "ae"))
    assert top("blærebetændelse") == top("blaerebetaendelse")


def test_prefix_of_a_word_being_typed_already_finds_it() -> None:
    assert "DA00" in top("koler")


def test_shorter_texts_that_are_mostly_the_query_rank_first() -> None:
    assert top("kolera", 1) == ["DA00"]


def test_synonyms_find_their_code_and_say_what_matched() -> None:
    catalogue = Catalogue(
        codes={
            "DJ44": Code("DJ44", "Anden kronisk obstruktiv lungesygdom"),
            "DJ449": Code("DJ449", "Kronisk obstruktiv lungesygdom UNS"),
            "DA00": Code("DA00", "Kolera"),
        },
        version="test",
    )
    index = SearchIndex(catalogue, [Synonym("kol", "DJ44", "abbreviation")])
    hits = index.search("KOL")
    assert hits[0].code.code == "DJ44" and hits[0].match == "synonym" and hits[0].matched == "kol"
    # Sub-codes inherit a share of their category's synonym match, so the specific code is one step away.
    assert [h.code.code for h in hits[:2]] == ["DJ44", "DJ449"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "the query is empty"),
        ("   \t ", "the query is empty"),
        ("x" * 10_000, "the query is 10000 characters long"),
        ("kol\x07era", "control character U+0007 at position 4"),
    ],
)
def test_unusable_queries_are_refused_with_a_reason(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        default_index().search(query)


def test_pasted_newlines_and_tabs_are_spaces() -> None:
    assert top("essentiel\nhypertension\t") == top("essentiel hypertension")


def test_cli_search_prints_codes_and_json(capsys: pytest.CaptureFixture) -> None:
    assert main(["catalogue", "search", "i10.9"]) == 0
    assert capsys.readouterr().out.startswith("DI109     Essentiel hypertension")
    assert main(["catalogue", "search", "DJ44", "--limit", "3", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3 and rows[0]["code"] == "DJ44" and rows[0]["text"] and rows[0]["valid"] is True


def test_cli_search_date_flags_codes_not_yet_valid(capsys: pytest.CaptureFixture) -> None:
    index = default_index()
    assert all(h.valid for h in index.search("DI109", at=date(1990, 1, 1)))  # snapshot: no start dates known
    assert main(["catalogue", "search", "DI10", "--date", "not-a-date"]) == 2
    assert "not a date" in capsys.readouterr().err


@pytest.mark.parametrize("query", ["", "   ", "x" * 10_000, "kol\x07era"])
def test_cli_bad_queries_exit_non_zero_with_one_line(query: str, capsys: pytest.CaptureFixture) -> None:
    assert main(["catalogue", "search", query]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coder-assist: error: the query") and err.count("\n") == 1


def test_installed_command_searches_without_traceback() -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "coder_assist.cli", "catalogue", "search", "forhøjet blodtryk", "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert ok.returncode == 0 and json.loads(ok.stdout)
    bad = subprocess.run(
        [sys.executable, "-m", "coder_assist.cli", "catalogue", "search", ""],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "query is empty" in bad.stderr
