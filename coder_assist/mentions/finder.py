"""Finding the diagnoses a note names: lexicon terms matched on word stems, with what the note says of them.

A term matches where all of its stems stand in one sentence within a few words of each other, in any order
("pneumoni i venstre underlap", "venstresidig pneumoni"). A note's word also counts as:
- its written-out form when it is a known abbreviation with its dot ("ak." → akut, "kr." → kronisk);
- its two parts when it is a compound of two lexicon words the lexicon lacks as one ("nyrestensanfald");
- the one lexicon word it is a typing slip of (one letter dropped, added, changed or two swapped, in a word
  of at least ``FUZZY_MIN`` letters), since clinicians type fast.
Where two matches overlap and one's words are a part of the other's, the longer one stands (it is the more
specific diagnosis: "type 2-diabetes med nyrekomplikationer" over "type 2-diabetes"). Each mention then gets
its status, cue and section from ``assertion.NoteContext``: negated, ruled out, suspected, earlier, family,
planned or current. A term must also say what the words say: one that names what a condition is without
("galdesten uden kolecystitis") needs those words negated in the note, one whose words are negated only in part
("ulcus duodeni uden blødning" for "ulcus duodeni med blødning") does not match, and "og"/"samt" may not join
its words unless its name has one ("KOL og pneumoni" is not "KOL med pneumoni").

A mention of a code with more specific codes below or beside it ("brystkræft", DC509) moves to the one that
the words just around it describe ("i ve. øvre laterale kvadrant": DC504; "uden kramper": DF1030), when one
fits best. The current namings of the two parts of an ICD-10 combination ("type 2-diabetes" and "diabetisk
nefropati") name the combination (DE112; ``combinations``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from coder_assist.catalogue.model import Catalogue
from coder_assist.catalogue.normalise import fold
from coder_assist.catalogue.synonyms import load_synonyms
from coder_assist.mentions.assertion import NoteContext, Status
from coder_assist.mentions.lexicon import (
    GRADED,
    RELATED_WORDS,
    WORD_ABBREVIATIONS,
    Lexicon,
    Term,
    graded,
    split_compound,
    stem,
)

_WORD = re.compile(r"[^\W_]+")
# A sentence ends at a line break, a semicolon, or a full stop / ? / ! before a capital letter or a digit; an
# abbreviation's dot ("ve. underben", "tidl. AMI", "st. III") does not end one.
_SENTENCE_END = re.compile(r"\n|;|(?<!\b[sS]t)[.?!](?=\s+[A-ZÆØÅ0-9])")
_LEADING_NUMBER = re.compile(r"\d+(?=[a-z])")
FUZZY_MIN = 7  # shorter words have too many neighbours one letter away
COMPOUND_PART_MIN = 3
EXTRA_WORDS = 2  # how many other words may stand between a term's words, per word of the term
# Codes of a state that an earlier event leaves (Z85-Z99: history of, transplanted, implants, amputation,
# dependence on a machine): what is written as past is their present.
STATUS_AFTER = tuple(f"DZ{n}" for n in range(85, 100))
# A mention of a category's unspecified code moves to the sibling that the words around it describe
# ("pneumoni i højre overlap, lobær" is DJ181): those words are read this far from the mention, up to where a
# list of diagnoses goes on to the next one.
QUALIFIER_REACH = 4
# ... and only where they write at least this share of its words: "akut viral myokarditis" does not make "virus"
# DB972A "COVID-19 svær akut respiratorisk syndrom" by its "akut" alone
SPECIFIC_SHARE = 1 / 3
_LIST_BREAK = re.compile(r"[,;:()]")
_LIST_WORDS = frozenset(("og", "samt", "eller"))
_JOINS = re.compile(r"\b(?:og|samt|eller)\b", re.IGNORECASE)
_NEGATIONS = frozenset(("ingen", "ikke", "uden", "ej", "negativ"))
NEGATION_REACH = 4  # words after a negation that it covers, within the clause
SILENT_ABSENCE = 0.5  # how much a code's "uden X" counts where the note does not write X at all
LOOSE_MIN = 6  # qualifier stems this long may meet with two letters more or less
# The last part of a compound that names a prevention or a test, not the disease ("pneumokokvaccination")
_PREVENTION = frozenset(stem(word) for word in ("vaccination", "vaccine", "screening", "profylakse"))
# RELATED_WORDS by stem, for the parts of a compound (which are read as stems); what they read a word as is
# another reading of a mention's own word, never a qualifier of it
_RELATED_BY_STEM = {stem(word): stem(related) for word, related in RELATED_WORDS.items()}
_RELATED_READINGS = frozenset(_RELATED_BY_STEM.values())


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in a note that names a code. ``start``/``end`` are offsets in the note's text."""

    code: str
    start: int
    end: int
    status: Status
    cue: str | None  # the words that set the status, as written
    section: str  # the kind of section it stands in ("conclusion", "history", ...)
    term: str  # the lexicon name it matched

    @property
    def current(self) -> bool:
        return self.status == Status.CURRENT


@dataclass(frozen=True, slots=True)
class Alternative:
    """A more specific code than one a note names, which the note may mean (``MentionFinder.read``)."""

    code: str
    refines: str  # the named code it is more specific than
    words: float  # the share of its own words (what its text adds to the named code's) that the note writes
    among: int  # how many codes the named code offers, this one among them


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    sentence: int
    stems: frozenset[str]  # what the word may stand for
    capitals: bool  # written in capitals ("KOL"), so a short abbreviation may match it
    negation: bool  # it negates what follows ("ingen", "uden", "u.")
    negated: bool  # a negation stands up to NEGATION_REACH words before it in its clause ("uden kolangitis eller
    # kolecystitis"; not "uden feber, CRP 80")


class MentionFinder:
    """Finds mentions with one lexicon; build once, call ``find`` for each note (thread-safe: no state)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # For typing slips: every vocabulary word of FUZZY_MIN letters and more under itself and each form
        # with one letter deleted. Two words one edit apart share a key (the symmetric-delete method).
        self._deletions: dict[str, set[str]] = {}
        for word in lexicon.vocabulary:
            if len(word) >= FUZZY_MIN:
                for key in _deleted(word):
                    self._deletions.setdefault(key, set()).add(word)
        self._cache: dict[str, frozenset[str]] = {}

    def find(self, text: str) -> list[Mention]:
        """The mentions in ``text``, in order of their start."""
        return self._mentions(text, self._words(text))

    def read(self, text: str) -> tuple[list[Mention], dict[str, Alternative]]:
        """The mentions in ``text`` (as :meth:`find`), and the more specific codes that the codes they name as
        current leave open (``Lexicon.specific``: the other codes of a category whose unspecified code is
        named, the sub-codes of any other code named), with how much of each one's own words the text writes
        anywhere: a coder who reads "alkoholabstinens" and codes DF1030 "... uden kramper" has read further
        than the naming. A code the note names is no alternative; one offered by two namings keeps its better
        reading."""
        words = self._words(text)
        mentions = self._mentions(text, words)
        return mentions, self._alternatives(words, mentions)

    def _mentions(self, text: str, words: list[_Word]) -> list[Mention]:
        if not words:
            return []
        matches = self._matches(words)
        context = NoteContext(text)
        mentions: dict[tuple[str, int, int], Mention] = {}
        for positions, number in _longest(matches):
            term = self.lexicon.terms[number]
            start, end = words[positions[0]].start, words[positions[-1]].end
            assertion = context.assertion(start, end)
            for code in term.codes:
                if code in self.lexicon.specific:
                    code = self._specific(code, *_qualifiers(text, words, positions, term.stems))
                status = assertion.status
                if status is Status.EARLIER and code.startswith(STATUS_AFTER):
                    # "Nyretransplanteret 2019", "St.p. PCI": a state the past event left, which is now
                    status = Status.CURRENT
                mentions.setdefault(
                    (code, start, end), Mention(code, start, end, status, assertion.cue, assertion.section, term.name)
                )
        return self._combined(sorted(mentions.values(), key=lambda m: (m.start, m.end, m.code)))

    def _alternatives(self, words: list[_Word], mentions: Sequence[Mention]) -> dict[str, Alternative]:
        named = {m.code for m in mentions if m.current}
        offering = [code for code in sorted(named) if code in self.lexicon.specific]
        if not offering:
            return {}
        found: dict[str, Alternative] = {}
        written = _Written({s for w in words if not (w.negated or w.negation) for s in w.stems})
        negated = _Written({s for w in words if w.negated for s in w.stems})
        for code in offering:
            options = self.lexicon.specific[code]
            for option in options:
                if option.code in named:
                    continue
                wanted = len(option.own) + len(option.absent)
                # Read against a whole note, a word is contradicted only where the note never writes it otherwise
                # ("ingen symptomer på infektion" does not take back "psykotiske symptomer"). What a code is
                # without counts half where the note does not write it at all: a coder reads "alkoholabstinenser"
                # with no word of seizures as DF1030 "... uden kramper", but "ventrikulær takykardi" with no word
                # of the heart's structure is not yet DI472B "... uden påviselig strukturel hjertesygdom".
                own, absent = written.hits(option.own), written.hits(option.absent)
                said_absent = negated.hits(option.absent)
                silent = len(option.absent - absent - said_absent)
                contradicted = (negated.hits(option.own) - own) or (absent - said_absent)
                hits = 0 if contradicted else len(own) + len(said_absent) + SILENT_ABSENCE * silent
                # an unspecified sub-code asks for no words of its own: the naming writes all of it
                share = hits / wanted if wanted else 1.0
                alternative = Alternative(option.code, code, share, len(options))
                best = found.get(option.code)
                if best is None or (alternative.words, -alternative.among) > (best.words, -best.among):
                    found[option.code] = alternative
        return found

    def _combined(self, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with the current namings of each ICD-10 combination's parts (:mod:`combinations`) as
        namings of the combination too: "type 2-diabetes" and "diabetisk nefropati" both name DE112, which a
        coder codes instead of DE119 and DE142 (a combination that ``replaces`` its part, and a partner of the
        same family). A partner of another kind stays itself alone ("fraktur af os pubis" is DS325, while
        "postmenopausal osteoporose" is DM810 and DM800). A combination the note names more specifically is left
        as it is; one it names as such gains the parts' namings ("type 1-diabetes med fodsår" and "diabetisk
        fodsår" both name DE105B)."""
        current = {m.code for m in mentions if m.current}
        parts: dict[str, dict[str, bool]] = {}  # a current code -> the combinations it names, each with whether
        # the code gives way to it
        for code in sorted(current):
            for combination in self.lexicon.combined.get(code, ()):
                whole = combination.code
                partners = [c for c in current if c != code and c.startswith(combination.partners)]
                if not partners or any(c.startswith(whole) and c != whole for c in current):
                    continue
                parts.setdefault(code, {})[whole] = combination.replaces
                for partner in partners:
                    if combination.replaces and partner[:3] == whole[:3]:
                        parts.setdefault(partner, {})[whole] = True
        if not parts:
            return mentions
        combined = []
        for m in mentions:
            wholes = parts.get(m.code, {}) if m.current else {}
            # of two combinations one part completes, the more specific (DE105B "... med fodsår", not DE105)
            wholes = {
                w: gives_way for w, gives_way in wholes.items() if not any(o.startswith(w) and o != w for o in wholes)
            }
            combined += [replace(m, code=whole) for whole in wholes]
            if not any(wholes.values()):
                combined.append(m)
        return sorted(set(combined), key=lambda m: (m.start, m.end, m.code))

    def _specific(self, code: str, written: set[str], negated: set[str]) -> str:
        """The more specific code that the words around a mention of ``code`` describe ("lobær pneumoni" is DJ181,
        not DJ189; "blødende ulcus duodeni" is DK264), or ``code`` where none fits or several fit alike.

        ``written`` are the stems around the mention, ``negated`` those written after a negation. A code gets a
        hit for each of its own stems written and each of its absent ones negated; one that the words contradict
        (its own stem negated, its absent one written) is out, and so is one with hits for less than
        ``SPECIFIC_SHARE`` of its stems. The most hits win, then the shortest code (a WHO
        code before a Danish sub-code of the same words), then the fewest own stems left unwritten; a tie on all
        three chooses none."""
        ranked = []
        written, negated = _Written(written), _Written(negated)
        for option in self.lexicon.specific[code]:
            if negated.hits(option.own) or written.hits(option.absent):
                continue
            own = written.hits(option.own)
            hits = len(own) + len(negated.hits(option.absent))
            if hits and hits >= SPECIFIC_SHARE * (len(option.own) + len(option.absent)):
                ranked.append(((-hits, len(option.code), len(option.own) - len(own)), option.code))
        ranked.sort()
        if ranked and (len(ranked) == 1 or ranked[0][0] < ranked[1][0]):
            return ranked[0][1]
        return code

    # --- reading words ---------------------------------------------------------------------------------
    def _words(self, text: str) -> list[_Word]:
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        words: list[_Word] = []
        reach = 0  # words still to come that the last negation covers
        for match in _WORD.finditer(text):
            raw = match.group()
            folded = fold(raw).replace(" ", "")
            if not folded:
                continue
            # "ak." is "akut", while "AK" (without a dot) is anticoagulation: only a dot marks a word abbreviation
            abbreviation = text[match.end() : match.end() + 1] == "."
            stems = self._stems(folded, abbreviation)
            sentence = bisect_right(ends, match.start())
            if words and (sentence != words[-1].sentence or _LIST_BREAK.search(text[words[-1].end : match.start()])):
                reach = 0  # a negation's scope ends with its clause
            negation = folded in _NEGATIONS or (folded == "u" and abbreviation)
            words.append(_Word(match.start(), match.end(), sentence, stems, raw.isupper(), negation, reach > 0))
            reach = NEGATION_REACH if negation else max(reach - 1, 0)
        return words

    def _stems(self, folded: str, abbreviation: bool) -> frozenset[str]:
        key = folded + ("." if abbreviation else "")
        found = self._cache.get(key)
        if found is None:
            found = self._readings(folded, abbreviation)
            if len(self._cache) < 200_000:
                self._cache[key] = found
        return found

    def _readings(self, folded: str, abbreviation: bool) -> frozenset[str]:
        vocabulary = self.lexicon.vocabulary
        own = stem(folded)
        readings = {own, folded}
        number = _LEADING_NUMBER.match(folded)
        if number:  # "stadie 3b" is also a "stadie 3"
            readings.add(number.group())
        if abbreviation and folded in WORD_ABBREVIATIONS:
            readings.add(stem(WORD_ABBREVIATIONS[folded]))
        if folded in RELATED_WORDS:
            readings.add(stem(RELATED_WORDS[folded]))
        if own in vocabulary or folded in vocabulary:
            return frozenset(readings)
        parts = self._compound(folded)
        if parts and parts[1] in _PREVENTION:  # "pneumokokvaccination" names no pneumococcal disease
            return frozenset(readings)
        if parts:  # "caecumcancer" is "caecum" and "cancer", a "kræft"
            return frozenset(readings | set(parts) | {_RELATED_BY_STEM[p] for p in parts if p in _RELATED_BY_STEM})
        if len(own) >= FUZZY_MIN:
            # A slip keeps the first letter ("hjerteinsuficiens"); a changed first letter is another word
            # ("maceration" is not "laceration").
            near = {
                word
                for key in _deleted(own)
                for word in self._deletions.get(key, ())
                if word[0] == own[0] and _one_edit(own, word)
            }
            if len(near) == 1:
                readings |= near
        return frozenset(readings)

    def _compound(self, folded: str) -> tuple[str, str] | None:
        """Two lexicon words that ``folded`` is made of ("nyrestensanfald" → "nyresten", "anfald")."""
        vocabulary = self.lexicon.vocabulary

        def known(part: str) -> str | None:
            return part if part in vocabulary else (found if (found := stem(part)) in vocabulary else None)

        return split_compound(folded, known, COMPOUND_PART_MIN)

    # --- matching terms --------------------------------------------------------------------------------
    def _matches(self, words: list[_Word]) -> list[tuple[tuple[int, ...], int]]:
        """(word positions, term number) of every term found."""
        terms, by_anchor = self.lexicon.terms, self.lexicon.by_anchor
        found: dict[tuple[tuple[int, ...], int], None] = {}
        for position, word in enumerate(words):
            for reading in word.stems:
                for number in by_anchor.get(reading, ()):
                    term = terms[number]
                    if term.capitals and not word.capitals:
                        continue
                    positions = _place(words, position, term.stems, reading)
                    if positions is not None and _fits(words, positions, term):
                        found[(positions, number)] = None
        return [(positions, number) for positions, number in found]


_BUILT: dict[int, tuple[Catalogue, MentionFinder]] = {}


def finder_for(catalogue: Catalogue) -> MentionFinder:
    """The finder over ``catalogue`` and the shipped synonym table, built once per process and catalogue (about
    4-5 s on 2 cores): every engine over the same catalogue shares it."""
    built = _BUILT.get(id(catalogue))
    if built is None or built[0] is not catalogue:
        built = (catalogue, MentionFinder(Lexicon.build(catalogue, load_synonyms())))
        _BUILT[id(catalogue)] = built
    return built[1]


def _place(words: list[_Word], anchor: int, stems: tuple[str, ...], anchor_stem: str) -> tuple[int, ...] | None:
    """The positions of all of ``stems`` around ``anchor`` in its sentence, nearest first, or None."""
    reach = EXTRA_WORDS * len(stems) + 1
    sentence = words[anchor].sentence
    positions = {anchor}
    for wanted in stems:
        if wanted == anchor_stem:
            continue
        best = None
        for distance in range(1, reach + 1):
            for position in (anchor - distance, anchor + distance):
                if (
                    0 <= position < len(words)
                    and position not in positions
                    and words[position].sentence == sentence
                    and wanted in words[position].stems
                ):
                    best = position
                    break
            if best is not None:
                break
        if best is None:
            return None
        positions.add(best)
    return tuple(sorted(positions))


def _qualifiers(
    text: str, words: list[_Word], positions: tuple[int, ...], term: tuple[str, ...]
) -> tuple[set[str], set[str]]:
    """The stems that may qualify a mention, and those of them written after a negation ("uden kramper"): the
    parts of its own words that its term does not use ("sigmoideumvolvulus"), and up to ``QUALIFIER_REACH``
    words on each side in its sentence, before a comma, parenthesis, colon or "og"/"samt" (which start another
    diagnosis of a list)."""
    written: set[str] = set()
    for position in positions:
        # the other part of a compound ("sigmoideum" of "sigmoideumvolvulus"), not another reading of the word
        # ("cancer" read as "kræft" does not make "cancer mammae" DC500 "Kræft i brystvorte ...")
        written |= {
            s
            for s in words[position].stems
            if s not in _RELATED_READINGS and not any(s.startswith(t) or t.startswith(s) for t in term)
        }
    negated: set[str] = set()
    sentence = words[positions[0]].sentence
    for step, edge in ((-1, positions[0]), (1, positions[-1])):
        position = edge
        for _ in range(QUALIFIER_REACH):
            neighbour = position + step
            if not 0 <= neighbour < len(words) or words[neighbour].sentence != sentence:
                break
            left, right = sorted((position, neighbour))
            between = text[words[left].end : words[right].start]
            word = fold(text[words[neighbour].start : words[neighbour].end])
            if _LIST_BREAK.search(between) or (word in _LIST_WORDS and not words[neighbour].negated):
                break
            if not words[neighbour].negation:
                stems = set(words[neighbour].stems)
                # "grad 2" after its word: one qualifier, "grad:2"
                grade = neighbour and GRADED.fullmatch(text[words[neighbour - 1].start : words[neighbour].end])
                if grade and (stem_of_grade := graded(*grade.groups())):
                    stems.add(stem_of_grade)
                (negated if words[neighbour].negated else written).update(stems)
            position = neighbour
    return written, negated


def _fits(words: list[_Word], positions: tuple[int, ...], term: Term) -> bool:
    """Whether the matched words say what the term says: each of its ``absent`` stems is written negated, and
    the others are all negated or none is ("ulcus duodeni uden blødning" is not "ulcus duodeni med blødning",
    while "ingen pneumoni" is a negated mention of pneumonia). A term that holds a negation itself ("sukkersyge,
    ikke insulinkrævende") is read as written. Nor may "og" or "samt" stand between its words unless its name has
    one: "KOL og pneumoni" is two diagnoses, not "KOL med pneumoni" ("eller" likewise)."""
    if not _JOINS.search(term.name) and any(
        words[p].stems & _LIST_WORDS for p in range(positions[0] + 1, positions[-1])
    ):
        return False
    absent = set(term.absent)
    if not all(any(wanted in words[p].stems and words[p].negated for p in positions) for wanted in absent):
        return False
    if any(words[p].negation for p in positions):
        return True
    present = [words[p].negated for p in positions if not words[p].stems & absent]
    return all(present) or not any(present)


class _Written:
    """Stems read in a stretch of a note, to look wanted stems up in: exactly, or where one is the other with up
    to two more letters ("inferior" of "inferiort", "lobær" of "lobært") in words of at least ``LOOSE_MIN``
    letters. Lookups cost the same for a whole note as for a few words."""

    def __init__(self, stems: set[str]) -> None:
        self.stems = stems
        # each long stem's shorter forms down to two letters less: a wanted stem among them is a written one cut
        self.cut = {seen[:k] for seen in stems for k in range(max(LOOSE_MIN, len(seen) - 2), len(seen))}

    def hits(self, wanted: frozenset[str]) -> set[str]:
        """The ``wanted`` stems written, exactly or loosely."""
        found = set(wanted & self.stems)
        for stem_ in wanted - found:
            if stem_ in self.cut or any(
                stem_[:k] in self.stems for k in range(max(LOOSE_MIN, len(stem_) - 2), len(stem_))
            ):
                found.add(stem_)
        return found


def _longest(matches: list[tuple[tuple[int, ...], int]]) -> list[tuple[tuple[int, ...], int]]:
    """The matches whose words are not a strict part of another match's words."""
    spans = [(frozenset(positions), positions, number) for positions, number in matches]
    return [
        (positions, number) for words, positions, number in spans if not any(words < other for other, _, _ in spans)
    ]


def _deleted(word: str) -> set[str]:
    """``word`` and every form of it with one letter deleted."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or changed letter or two swapped neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
