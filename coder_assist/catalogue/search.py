"""Forgiving search over the SKS catalogue: code forms, Danish text with typos, lay terms and abbreviations.

The index is an inverted index over folded words. Each query word is matched against the vocabulary
exactly, as a prefix (typing in progress), inside compounds (Danish glues words: "blodtryksforhøjelse"),
and with typos (rapidfuzz's optimal-string-alignment distance, so a swap of neighbours is one edit; only
against words of similar length, which keeps it fast). A document (a code's text, an earlier text, or a
synonym) scores the idf-weighted share of query words it matches, times a small preference for documents
that are mostly made of the query.
"""

from __future__ import annotations

import bisect
import gc
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from coder_assist.catalogue.model import Catalogue, Code, normalise_code
from coder_assist.catalogue.normalise import fold, tokens
from coder_assist.catalogue.synonyms import Synonym
from coder_assist.errors import UserError

MAX_QUERY_CHARS = 200

# Match strengths for one query word against one vocabulary word.
EXACT, PREFIX, INFIX = 1.0, 0.9, 0.75
TYPO_COST = 0.12  # strength lost per edit
MIN_SCORE = 0.3  # below this share of the query, a document is not a hit
CHILD_SHARE = 0.8  # sub-codes inherit this share of their category's score (a lay term names the category)

# Query words that name no condition. Little words carry nothing; words that place a condition in the body or
# in a story ("lungebetændelse i venstre side", "brud på lårbenshalsen efter fald") count at this share of their
# weight, so that a catalogue text about some other "venstre side" cannot outrank the condition named.
FUNCTION_WORDS = frozenset((
    "i", "paa", "af", "med", "ved", "hos", "efter", "under", "og", "til", "fra", "for", "en", "et", "den", "det",
    "de", "som", "eller", "uden", "pga", "grundet",
))  # fmt: skip
PLACE_WORDS = frozenset((
    "venstre", "hoejre", "ve", "hoe", "side", "sidig", "venstresidig", "hoejresidig", "sidet", "bilateral",
    "bilat", "dobbeltsidig", "ensidig", "oevre", "nedre", "oeverste", "nederste", "lap", "overlap", "underlap",
    "mellemlap", "fald", "faldet", "hjemme", "hjemmet", "arbejde", "operation", "operationen", "indlaeggelse",
    "indlaeggelsen",
))  # fmt: skip
PLACE_SHARE = 0.25

# Document kinds, in order of how much a full match on them says about the user's intent.
_TEXT, _ALIAS, _SYNONYM = 0, 1, 2
_KIND_NAMES = {_TEXT: "text", _ALIAS: "text", _SYNONYM: "synonym"}


class QueryError(UserError):
    """A query that cannot be searched (empty, too long, control characters)."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    code: Code
    score: float  # 0..1 for text hits; exact code 3, code prefix 2
    match: str  # "code" | "code-prefix" | "text" | "synonym"
    matched: str  # the catalogue text or synonym that matched
    valid: bool  # valid at the date searched for; retired codes are listed last and flagged


def check_query(query: str) -> str:
    """The query with pasted tabs and newlines turned into spaces; raises QueryError if unusable."""
    for position, char in enumerate(query, start=1):
        if unicodedata.category(char) == "Cc" and char not in "\t\n\r":
            raise QueryError(f"the query contains the control character U+{ord(char):04X} at position {position}")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query)} characters long; at most {MAX_QUERY_CHARS} are searched")
    cleaned = " ".join(query.split())
    if not cleaned:
        raise QueryError("the query is empty; type a code (DI10, I10.9) or words (forhøjet blodtryk)")
    return cleaned


def _allowed_edits(length: int) -> int:
    # Short words have too many neighbours: "kol" must not become "kold" or "hol".
    if length <= 3:
        return 0
    if length <= 5:
        return 1
    return 2 if length <= 9 else 3


class SearchIndex:
    """An index over one catalogue and a synonym table. Build once; searching is read-only."""

    def __init__(self, catalogue: Catalogue, synonyms: Sequence[Synonym] = ()) -> None:
        # The build makes ~300,000 short-lived objects; cyclic GC passes over the catalogue's 25,000
        # live codes would roughly double the start-up time, and nothing here forms cycles.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            self._build(catalogue, synonyms)
        finally:
            if gc_was_enabled:
                gc.enable()

    def _build(self, catalogue: Catalogue, synonyms: Sequence[Synonym]) -> None:
        self.catalogue = catalogue
        self.codes: list[Code] = list(catalogue.codes.values())
        code_index = {c.code: i for i, c in enumerate(self.codes)}
        n_codes = len(self.codes)
        found = [(code_index[s.code], s.term) for s in synonyms if s.code in code_index]
        texts = [c.text for c in self.codes]
        texts += [a for c in self.codes for a in c.aliases]
        texts += [term for _, term in found]
        owner = np.concatenate(
            [
                np.arange(n_codes),
                np.fromiter((i for i, c in enumerate(self.codes) for _ in c.aliases), dtype=np.int64),
                np.fromiter((i for i, _ in found), dtype=np.int64, count=len(found)),
            ]
        )
        kind = np.repeat(
            np.array([_TEXT, _ALIAS, _SYNONYM], dtype=np.int8), [n_codes, len(owner) - n_codes - len(found), len(found)]
        )
        # Documents grouped by code (its own text first) so that a code's best document is one reduceat away.
        order = np.argsort(owner, kind="stable")
        doc_code, doc_kind = owner[order], kind[order]
        doc_text = [texts[i] for i in order]
        starts = np.searchsorted(doc_code, np.arange(n_codes))
        # One fold over all text at once: per-text calls cost more than the folding itself. The texts come
        # from line-based files, so none holds the newline that separates them here.
        folded = fold("\n".join(doc_text)).split("\n")
        # Vectorised: a Python loop over the 250,000 (document, word) pairs costs most of the start-up.
        n_docs = len(folded)
        word_lists = [text.split() for text in folded]
        flat = list(chain.from_iterable(word_lists))
        vocab = {w: i for i, w in enumerate(dict.fromkeys(flat))}
        term_ids = np.fromiter(map(vocab.__getitem__, flat), dtype=np.int64, count=len(flat))
        doc_ids = np.repeat(np.arange(n_docs, dtype=np.int64), np.fromiter(map(len, word_lists), dtype=np.int64))
        pairs = np.sort(doc_ids * len(vocab) + term_ids)
        pairs = pairs[np.append(True, pairs[1:] != pairs[:-1])]  # each word once per document
        doc_ids, term_ids = pairs // len(vocab), pairs % len(vocab)
        doc_len = np.maximum(np.bincount(doc_ids, minlength=n_docs), 1).astype(np.float32)
        # Postings in CSR form: documents of term t are _post_docs[_post_start[t]:_post_start[t + 1]].
        order = np.argsort(term_ids, kind="stable")
        self._post_docs = doc_ids[order].astype(np.int32)
        self._post_start = np.searchsorted(term_ids[order], np.arange(len(vocab) + 1))
        self._idf = np.log1p(n_docs / np.diff(self._post_start).astype(np.float32))
        self._doc_code = doc_code.astype(np.int32)
        self._doc_kind = doc_kind
        self._doc_len = doc_len
        self._doc_text = doc_text
        self._starts = starts.astype(np.int64)
        self._term_id = vocab
        self._sorted_terms = sorted(vocab)
        self._by_length: dict[int, list[str]] = {}
        for w in self._sorted_terms:
            self._by_length.setdefault(len(w), []).append(w)
        # Compounds: one searchable string of all words, "\n"-separated, with each word's start offset.
        self._joined = "\n".join(self._sorted_terms)
        lengths = np.fromiter(map(len, self._sorted_terms), dtype=np.int64, count=len(self._sorted_terms))
        self._joined_starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]).tolist()
        self._category = np.asarray([code_index.get(c.category, i) for i, c in enumerate(self.codes)], dtype=np.int32)
        self._level = np.asarray([c.level for c in self.codes], dtype=np.int8)

    # --- matching one query word ---------------------------------------------------------------
    def _word_matches(self, word: str) -> dict[int, float]:
        found: dict[int, float] = {}

        def add(term: str, strength: float) -> None:
            t = self._term_id[term]
            if strength > found.get(t, 0.0):
                found[t] = strength

        if word in self._term_id:
            add(word, EXACT)
        if len(word) >= 3:
            lo = bisect.bisect_left(self._sorted_terms, word)
            hi = bisect.bisect_left(self._sorted_terms, word + "\x7f")
            for term in self._sorted_terms[lo : min(hi, lo + 300)]:
                # "kol" says less about "kolera" than "koler" does.
                add(term, PREFIX * (0.7 + 0.3 * len(word) / len(term)))
        if len(word) >= 5:
            position = self._joined.find(word)
            while position != -1:
                term = self._sorted_terms[bisect.bisect_right(self._joined_starts, position) - 1]
                add(term, INFIX)
                position = self._joined.find(word, position + 1)
        edits = _allowed_edits(len(word))
        for length in range(len(word) - edits, len(word) + edits + 1):
            candidates = self._by_length.get(length)
            if not candidates:
                continue
            for term, distance, _ in process.extract(
                word, candidates, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                add(term, EXACT - TYPO_COST * distance)
        return found

    # --- public API ----------------------------------------------------------------------------
    def search(self, query: str, limit: int = 10, at: date | None = None) -> list[SearchHit]:
        """Codes matching ``query``, best first: exact code, code prefix, then text relevance.

        Codes not valid at ``at`` (default today) come after all valid ones and are flagged.
        """
        query = check_query(query)
        at = at or date.today()
        hits: dict[str, SearchHit] = {}
        code = normalise_code(query)
        if code is not None:
            exact = self.catalogue.codes.get(code)
            if exact is not None:
                hits[code] = SearchHit(exact, 3.0, "code", exact.text, exact.valid_at(at))
            prefixed = [c for c in self.codes if c.code.startswith(code) and c.code != code]
            prefixed.sort(key=lambda c: (len(c.code), c.code))
            for c in prefixed[: limit * 2]:
                hits[c.code] = SearchHit(c, 2.0, "code-prefix", c.text, c.valid_at(at))
        # A code-shaped query that names codes means those codes; its digits are no words to search.
        if not hits:
            for hit in self._text_hits(query, limit * 2, at):
                hits.setdefault(hit.code.code, hit)
        ranked = sorted(hits.values(), key=lambda h: (not h.valid, -h.score, h.code.level, h.code.code))
        return ranked[:limit]

    def _text_hits(self, query: str, wanted: int, at: date) -> list[SearchHit]:
        words = tokens(query)
        if not words:
            return []
        # Little words only count when the query has nothing else ("i"); placing words count less.
        content = [w for w in words if w not in FUNCTION_WORDS] or words
        share = {w: PLACE_SHARE if w in PLACE_WORDS and len(content) > 1 else 1.0 for w in content}
        words = content
        n_docs = len(self._doc_code)
        total = np.zeros(n_docs, dtype=np.float32)
        matched_words = np.zeros(n_docs, dtype=np.float32)
        weight_sum = 0.0
        for word in words:
            matches = self._word_matches(word)
            if not matches:
                # An unknown word still counts against every document, weighted as a rare word.
                weight_sum += math.log1p(n_docs) * share[word]
                continue
            best_term = max(matches, key=matches.__getitem__)
            weight = float(self._idf[best_term]) * share[word]
            weight_sum += weight
            strength = np.zeros(n_docs, dtype=np.float32)
            for term, s in matches.items():
                docs = self._post_docs[self._post_start[term] : self._post_start[term + 1]]
                strength[docs] = np.maximum(strength[docs], s)
            total += weight * strength
            matched_words += strength > 0
        doc_scores = total / weight_sum
        # Prefer documents that are mostly the query: "Kolera" before "Kolera forårsaget af ...".
        doc_scores *= 0.8 + 0.2 * np.minimum(matched_words / self._doc_len, 1.0)
        code_scores = np.maximum.reduceat(doc_scores, self._starts)
        code_scores = np.maximum(code_scores, CHILD_SHARE * code_scores[self._category] * (self._level > 3))
        candidates = np.flatnonzero(code_scores >= MIN_SCORE)
        if not len(candidates):
            # Some words matched, just too few for the bar: the best partial matches beat an empty list.
            matched = np.flatnonzero(code_scores > 0)
            candidates = matched[np.argsort(-code_scores[matched], kind="stable")[:wanted]]
        if len(candidates) > wanted * 4:
            candidates = candidates[np.argpartition(-code_scores[candidates], wanted * 4)[: wanted * 4]]
        hits = []
        for i in candidates:
            c = self.codes[i]
            kind, text = self._best_document(i, doc_scores)
            hits.append(SearchHit(c, float(code_scores[i]), kind, text, c.valid_at(at)))
        return hits

    def _best_document(self, code_i: int, doc_scores: np.ndarray) -> tuple[str, str]:
        start = int(self._starts[code_i])
        end = int(self._starts[code_i + 1]) if code_i + 1 < len(self._starts) else len(self._doc_code)
        d = start + int(np.argmax(doc_scores[start:end]))
        if doc_scores[d] == 0:
            # The code is a hit through its category (a lay term names the category).
            return "synonym", self.codes[code_i].text
        return _KIND_NAMES[int(self._doc_kind[d])], self._doc_text[d]
