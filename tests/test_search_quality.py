"""Search quality on realistic queries, and the synonym table that carries the lay terms."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from coder_assist.catalogue import default_catalogue, default_index
from coder_assist.catalogue.synonyms import load_synonyms

QUERIES = Path(__file__).parent / "data" / "search_queries.tsv"


def load_queries() -> list[tuple[str, str, str]]:
    lines = QUERIES.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["query", "expected", "kind"]
    return [tuple(line.split("\t")) for line in lines[1:] if line.strip()]


def test_synonym_table_covers_the_common_categories_with_real_codes() -> None:
    catalogue = default_catalogue()
    synonyms = load_synonyms()
    unknown = [s for s in synonyms if s.code not in catalogue]
    assert unknown == []
    assert len(synonyms) >= 1000 and len({s.code[:4] for s in synonyms}) >= 300
    assert sum(s.kind == "abbreviation" for s in synonyms) >= 60
    assert {s.kind for s in synonyms} <= {"lay", "abbreviation", "jargon", "spelling", "english"}
    terms = [s.term for s in synonyms]
    assert len(terms) == len(set(terms)), "a term must mean one code"
    assert all(t == t.lower().strip() for t in terms)
    for term, code in [("kol", "DJ44"), ("forhøjet blodtryk", "DI10"), ("ami", "DI21"), ("uvi", "DN39")]:
        assert any(s.term == term and s.code.startswith(code) for s in synonyms), term


def test_realistic_queries_find_the_intended_code_in_the_top_5() -> None:
    queries = load_queries()
    assert len(queries) >= 80
    kinds = Counter(kind for _, _, kind in queries)
    assert {"code", "typo", "lay", "abbreviation", "ascii_folding", "qualified"} <= set(kinds)
    index = default_index()
    misses = []
    for query, expected, kind in queries:
        found = [h.code.code for h in index.search(query, limit=5)]
        if expected not in found:
            misses.append(f"{kind}: {query!r} -> {found} (expected {expected})")
    hit_rate = 1 - len(misses) / len(queries)
    assert hit_rate >= 0.90, f"top-5 hit rate {hit_rate:.1%}; misses:\n" + "\n".join(misses)
    # A side, a lobe or a circumstance in the query never pushes the condition out of the top 5.
    assert not [m for m in misses if m.startswith("qualified")], misses


def test_a_query_with_words_that_name_no_code_still_finds_what_its_other_words_name() -> None:
    index = default_index()
    assert index.search("lungebetændelse i venstre side")[0].code.code.startswith("DJ18")
    assert [h.code.code for h in index.search("xyzzy lungebetændelse")][:1] == ["DJ18"]
    assert index.search("qwxz") == []  # nothing matches: nothing to show
