"""Evidence against gold spans: do the highlighted words of a code fall on the words that support it?

Counted in words (``WORD`` matches in the note or row text), not characters, so that a highlight that
stops one letter short of a word's end still counts that word. A word counts for a span set when one of
the spans touches it. Token precision, recall and F1 are micro averages over every (case, true code) pair
checked; the naming share asks, for each true code named in a note, whether one of the code's three
strongest highlights touches a naming of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

WORD = re.compile(r"\w+")
TOP_SPANS = 3  # the highlights a coder reads first
# A measurement as the notes write it: one short label, a number, maybe a unit ("BT 168/96", "SAT 82 %",
# "HbA1c 61 mmol/mol", "Na 124"). It supports a code without naming it.
MEASUREMENT = re.compile(r"\w[\w-]{0,7}\.?\s+[<>]?\d[\d,./]*(\s*\S+)?")

Span = tuple[str, int, int, int]  # (source, index, start, end): characters [start, end) of a note or row
Word = tuple[str, int, int]  # (source, index, start of the word)


@dataclass(frozen=True)
class CodeEvidence:
    """The word counts of one true code of one case."""

    shown: int  # words highlighted
    gold: int  # words of the gold spans
    overlap: int  # words in both
    named: bool  # the code is named in a note
    named_in_top: bool  # ... and one of its TOP_SPANS strongest highlights touches a naming


def is_naming(text: str, medication_names: Iterable[str]) -> bool:
    """Whether a gold note span names its condition, rather than being a drug or a measurement."""
    folded = text.strip().casefold()
    if MEASUREMENT.fullmatch(folded):
        return False
    return not any(folded == name.casefold() or folded in name.casefold().split() for name in medication_names)


def span_words(texts: Mapping[tuple[str, int], str], spans: Iterable[Span]) -> set[Word]:
    """The words the spans touch; a span on a source missing from ``texts`` touches nothing."""
    touched: set[Word] = set()
    for source, index, start, end in spans:
        text = texts.get((source, index), "")
        touched.update((source, index, m.start()) for m in WORD.finditer(text) if m.start() < end and m.end() > start)
    return touched


def code_evidence(
    texts: Mapping[tuple[str, int], str], shown: Sequence[Span], gold: Sequence[Span], namings: Sequence[Span]
) -> CodeEvidence:
    """Compare the highlights of one code (strongest first) with its gold spans and its namings among them.

    Args:
        texts: the text of each note and row, by (source, index).
        shown: the highlights the app shows for the code, strongest first.
        gold: every gold span of the code.
        namings: the gold spans that name the code in a note.
    """
    shown_words, gold_words = span_words(texts, shown), span_words(texts, gold)
    named = bool(namings)
    in_top = named and bool(span_words(texts, shown[:TOP_SPANS]) & span_words(texts, namings))
    return CodeEvidence(len(shown_words), len(gold_words), len(shown_words & gold_words), named, in_top)


def evidence_metrics(checked: Sequence[CodeEvidence]) -> dict[str, float]:
    """Token precision, recall and F1 pooled over every checked code, and the share of named codes whose
    naming is among the top highlights (0 where nothing divides)."""
    shown = sum(c.shown for c in checked)
    gold = sum(c.gold for c in checked)
    overlap = sum(c.overlap for c in checked)
    named = sum(c.named for c in checked)
    return {
        "token_precision": overlap / shown if shown else 0.0,
        "token_recall": overlap / gold if gold else 0.0,
        "token_f1": 2 * overlap / (shown + gold) if shown + gold else 0.0,
        "named_in_top3": sum(c.named_in_top for c in checked) / named if named else 0.0,
        "codes": len(checked),
        "named_codes": named,
    }
