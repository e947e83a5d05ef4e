"""The finder's lexicon: every way the catalogue and the synonym table name a code, as word stems.

Where the names come from:
- the catalogue text and aliases of every code, through ``catalogue.names.clinical_names`` (the register's
  "UNS", "klassificeret andetsteds", "Anden ..." removed; listed alternatives split), the same names the
  generator derives;
- the synonym table (lay words, abbreviations, jargon, spellings; not its English rows);
- a two-word name "X af Y" / "X i Y" also as the compound "YX" that notes write ("fraktur af lårbenshals" →
  "lårbenshalsfraktur").

A name is kept as the stems of its content words (``stem``): Danish inflects by endings ("pneumonien",
"frakturen", "kroniske"), and stemming both the name and the note makes the inflected forms meet. Word order is
not kept, since a note reorders ("venstresidig pneumoni", "pneumoni i venstre side"); the finder asks only that
all of a name's stems stand close together in one clause.

A name that maps to a category with sub-codes stands for the category's unspecified code when it has one
(DE11 → DE119 "Type 2-diabetes uden komplikationer", DJ18 → DJ189 "Pneumoni UNS"): the words support nothing
more specific, and a coder codes a category as its unspecified code.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from coder_assist.catalogue.model import Catalogue
from coder_assist.catalogue.names import clinical_names
from coder_assist.catalogue.normalise import fold
from coder_assist.catalogue.synonyms import Synonym

# Words that carry no meaning of their own in a diagnosis name; a name is matched on its other words. ("ikke"
# is not one: "Sukkersyge, ikke insulinkrævende" is the opposite of "insulinkrævende sukkersyge".)
STOPWORDS = frozenset((
    "af", "i", "og", "med", "ved", "paa", "for", "til", "fra", "hos", "under", "efter", "uden", "over", "mod",
    "som", "eller", "samt", "den", "det", "de", "en", "et", "anden", "andet", "andre", "form", "type", "grad",
    # "sepsis forårsaget af streptokokker" is written "streptokoksepsis", "sepsis med streptokokker"
    "foraarsaget",
))  # fmt: skip
# A name made only of these words says too little to stand for a code when it is written alone. Written as
# words; ``GENERIC`` holds their stems.
_GENERIC_WORDS = (
    "sygdom", "sygdommen", "tilstand", "lidelse", "infektion", "skade", "fraktur", "brud", "tumor", "svulst",
    "cancer", "kræft", "smerte", "symptom", "komplikation", "forgiftning", "blødning", "betændelse", "operation",
    "undersøgelse", "behandling", "kontrol", "observation", "anomali", "misdannelse", "forandring", "syndrom",
    "neoplasme", "årsag", "følge", "reaktion", "virkning", "dårlig", "akut", "kronisk", "lokalisation", "abnorm",
    "fund", "patient", "kontakt",
    # ordinary words that a catalogue text's listed alternatives leave alone ("... eller tidligere")
    "tidligere", "tidlig", "senere", "normal", "venstre", "højre", "bilateral", "ensidig", "dobbeltsidig",
    "multiple", "flere", "mild", "svær", "moderat", "let", "stor", "lille", "ny", "gammel", "side", "del", "stadie",
)  # fmt: skip
# Inflection endings, longest first; a stem keeps at least MIN_STEM letters. Both the names and the note's
# words are cut the same way, so a cut that is not linguistically right still makes the two meet.
_ENDINGS = ("ernes", "erne", "enes", "ene", "ens", "ets", "en", "et", "er", "e", "s")
MIN_STEM = 4
# Abbreviated words of notes, written out ("ak." is "akut"); the finder reads the written-out word beside
# the abbreviation. Not "ca." (circa far more often than cancer) nor one-letter ones ("m.", "v.").
WORD_ABBREVIATIONS = {
    "kr": "kronisk", "ak": "akut", "ve": "venstre", "hoe": "hoejre", "fx": "fraktur", "inf": "infektion",
    "sygd": "sygdom", "insuff": "insufficiens", "btb": "betaendelse", "bilat": "bilateral", "dm": "diabetes",
    "syndr": "syndrom", "kompl": "komplikation", "beh": "behandling", "ue": "underekstremitet",
    "oe": "overekstremitet", "sek": "sekundaer", "prim": "primaer", "medf": "medfoedt", "traum": "traumatisk",
    "lig": "ligamentum", "dx": "dexter", "sin": "sinister", "grav": "graviditet", "tu": "tumor",
    "degen": "degeneration", "lk": "lymfeknuder", "rec": "recidiv", "met": "metastase", "hjerteinsuff":
    "hjerteinsufficiens", "pneu": "pneumoni",
}  # fmt: skip
# A short abbreviation from the synonym table ("AF", "HT", "KOL") is read only where it is written in capitals:
# in lower case most of them are ordinary words ("af", "ok").
SHORT_ABBREVIATION = 4
# A name shared by more codes than this at one level names a kind of thing, not a diagnosis ("cyste").
MAX_CODES = 3
MAX_QUALIFIER = 3  # words a sub-code's name may add to its plain condition's, for its synonyms to carry them


@lru_cache(maxsize=1 << 16)  # the catalogue's names repeat their words many times over
def stem(word: str) -> str:
    """The stem of one folded word: its inflection endings removed ("pneumonien" → "pneumoni").

    Endings are cut until none is left, so that an inflected form and its base meet even where the base
    itself ends like an ending: "lårbenshalsen" → "lårbenshals" → "lårbenshal", as "lårbenshals" does.
    """
    while True:
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                break
        else:
            return word


GENERIC = frozenset(stem(fold(word)) for word in _GENERIC_WORDS)


def name_stems(name: str, abbreviation: bool = False) -> tuple[str, ...]:
    """The stems of a name's content words, in order, without repeats. An abbreviation's letters are all
    content, even where they spell a small word ("AF")."""
    words = [stem(w) for w in fold(name).split() if abbreviation or w not in STOPWORDS]
    return tuple(dict.fromkeys(words))


@dataclass(frozen=True, slots=True)
class Term:
    """One name of one or more codes, as the finder matches it."""

    stems: tuple[str, ...]  # content-word stems, each must be found
    codes: tuple[str, ...]  # what the name stands for (usually one code)
    name: str  # as written in the catalogue or synonym table, for reading the lexicon
    capitals: bool = False  # a short abbreviation: matched only where the note writes it in capitals


@dataclass
class Lexicon:
    """All terms, indexed by the stem the finder looks up first (the term's rarest stem)."""

    terms: list[Term]
    by_anchor: dict[str, list[int]]
    vocabulary: frozenset[str]
    # A category's unspecified code -> its specific siblings, each with the stems that set it apart
    # (:func:`specifics`); the finder moves a mention to the sibling its sentence describes.
    specific: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, catalogue: Catalogue, synonyms: Sequence[Synonym] = (), when: date | None = None) -> Lexicon:
        """The lexicon of every code valid on ``when`` (today by default)."""
        when = when or date.today()
        names: dict[tuple[tuple[str, ...], bool], dict[str, str]] = {}  # (stems, capitals) -> {code: name}

        def add(name: str, code: str, capitals: bool = False) -> tuple[str, ...]:
            stems = name_stems(name, abbreviation=capitals)
            too_short = len(stems) == 1 and len(stems[0]) < (2 if capitals else 3)
            if stems and not all(s in GENERIC for s in stems) and not too_short:
                names.setdefault((stems, capitals), {}).setdefault(code, name)
            return stems

        catalogue_names: dict[str, set[tuple[str, ...]]] = {}  # code -> stems of its catalogue names
        for entry in catalogue.codes.values():
            if not entry.valid_at(when) or not entry.code.startswith("D") or _closed(entry.text):
                continue
            code = _coded_as(catalogue, entry.code)
            for text in (entry.text, *entry.aliases):
                for name in _names(text, code):
                    catalogue_names.setdefault(code, set()).add(add(name, code))
                    for compound in _compounds(name):
                        add(compound, code)
        own_words: dict[str, list[tuple[str, bool]]] = {}  # code -> its synonyms (name, short abbreviation)
        for synonym in synonyms:
            if synonym.kind == "english" or synonym.code not in catalogue.codes:
                continue
            code = _coded_as(catalogue, synonym.code)
            term = synonym.term
            short = synonym.kind == "abbreviation" and len(fold(term).replace(" ", "")) <= SHORT_ABBREVIATION
            add(term, code, capitals=short)
            own_words.setdefault(code, []).append((term, short))
        for code, name, qualifier in _qualified(catalogue_names):
            # A synonym of the plain condition with a sub-code's qualifier names the sub-code: "CKD stadie 3"
            # is DN183 "Kronisk nyreinsufficiens, stadie 3" as "CKD" is DN189; "kronisk obstipation" is DK590A.
            for synonym, short in own_words.get(name, ()):
                stems = tuple(dict.fromkeys(name_stems(synonym, abbreviation=short) + qualifier))
                names.setdefault((stems, short), {}).setdefault(code, f"{synonym} {' '.join(qualifier)}")
        unspecified = {code for code, entry in catalogue.codes.items() if _UNSPECIFIED.search(entry.text)}
        # A sub-code that only repeats its parent's text (DE876A "Hypokaliæmi" under DE876 "Hypokaliæmi") says
        # no more than the parent, which is what coders write for the plain name.
        unspecified |= {
            code
            for code, entry in catalogue.codes.items()
            if len(code) > 4
            and (parent := catalogue.get(code[:-1])) is not None
            and fold(parent.text) == fold(entry.text)
        }
        terms = []
        for (stems, capitals), by_code in names.items():
            codes = _meant(by_code, unspecified)
            if len(codes) <= MAX_CODES:
                terms.append(Term(stems, codes, by_code[codes[0]], capitals))
        lexicon = cls.index(terms)
        lexicon.specific = specifics(catalogue, when)
        return lexicon

    @classmethod
    def index(cls, terms: list[Term]) -> Lexicon:
        """Index ``terms`` by their rarest stem (fewest terms use it), so a look-up checks few terms; a number
        only where the term has no word (notes are full of numbers), and a short abbreviation by itself, since
        the finder checks the capitals of the word it looks up ("CKD stadie 3", not "af ... paroksystisk")."""
        use = Counter(s for term in terms for s in term.stems)
        by_anchor: dict[str, list[int]] = {}
        for number, term in enumerate(terms):
            if term.capitals:
                anchor = term.stems[0]
            else:
                anchor = min(term.stems, key=lambda s: (s[:1].isdigit(), use[s], -len(s)))
            by_anchor.setdefault(anchor, []).append(number)
        return cls(terms, by_anchor, frozenset(use))

    def names_of(self, code: str) -> list[str]:
        """Every name of ``code`` in the lexicon (for tests and for reading it)."""
        return [term.name for term in self.terms if code in term.codes]


# Register wording that sets no sibling apart ("Pneumoni UNS", "Anden ... IKA", "ikke specificeret").
_REGISTER_WORDS = (
    "uns", "ika", "ikke", "specificeret", "klassificeret", "andetsteds", "ukendt", "anden", "andre", "type", "tilfælde",
)  # fmt: skip
_REGISTER_STEMS = frozenset(stem(fold(w)) for w in _REGISTER_WORDS)
_ABSENCE = re.compile(r"\b(?:uden|ikke|ingen)\b.*$", re.IGNORECASE)


def specifics(catalogue: Catalogue, when: date) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """For each category's unspecified code (the five-character "…9": DJ189 "Pneumoni UNS"), its valid
    siblings and the stems each adds to the category's and the unspecified code's texts: DJ181 "Lobær pneumoni
    UNS" adds "lobær", DF051 "Delir hos patient med demens" adds "patient" and "demens". Words after "uden",
    "ikke" or "ingen" name what a sibling lacks ("... uden blødning"), which a note need not write, so they are
    left out; a sibling with nothing left is not offered."""
    specific = {}
    for category in catalogue.codes.values():
        code = category.code
        unspecified = catalogue.get(code + "9")
        if len(code) != 4 or not code.startswith("D") or unspecified is None:
            continue
        shared = set(name_stems(category.text)) | set(name_stems(unspecified.text)) | _REGISTER_STEMS
        siblings = []
        for sibling in catalogue.children(code):
            if sibling.code == unspecified.code or not sibling.valid_at(when) or _closed(sibling.text):
                continue
            own = frozenset(
                s for s in name_stems(_ABSENCE.sub("", sibling.text)) if s not in shared and len(s) >= MIN_STEM
            )
            if own and not any(s.isdigit() for s in own):
                siblings.append((sibling.code, own))
        if siblings:
            specific[unspecified.code] = tuple(siblings)
    return specific


def _coded_as(catalogue: Catalogue, code: str) -> str:
    """The code a name of ``code`` is coded as: a code with an unspecified sub-code ("…9") becomes that
    sub-code (DE11 → DE119, though DE119 has its own DE119A "Type 2-diabetes UNS": coders use DE119)."""
    if catalogue.children(code) and catalogue.get(code + "9") is not None:
        return code + "9"
    return code


def _closed(text: str) -> bool:
    """A code the register is closing: its text is only "LUKKES" (to be closed), which names nothing."""
    return text.strip().casefold() == "lukkes"


# A perinatal code's "hos nyfødt" says only what the chapter says; notes leave it out ("AB0-immunisering",
# "ammeproblemer"). The patient rules keep such a name from an adult.
_NEWBORN = re.compile(r",? hos (?:(?:foster|fostret) og )?(?:den |det )?nyfødte?\b", re.IGNORECASE)


# An organism code's "som årsag til sygdom (klassificeret andetsteds)": notes name the organism alone
# ("dyrkning: E. coli", "Staphylococcus aureus (MSSA)").
_AS_CAUSE = re.compile(r" som årsag til sygd\w*\b.*$", re.IGNORECASE)


def _names(text: str, code: str) -> list[str]:
    """The clinical names of one catalogue text of ``code``, with a perinatal code's also without "hos nyfødt"."""
    if _closed(text):
        return []
    names = clinical_names(_AS_CAUSE.sub("", text), digits=True)
    if code.startswith("DP"):
        names += [short for name in names if (short := _NEWBORN.sub("", name).strip()) != name and short]
    return names


def _qualified(catalogue_names: dict[str, set[tuple[str, ...]]]) -> Iterable[tuple[str, str, tuple[str, ...]]]:
    """(code, code of its plain condition, the code's extra stems) wherever a code's catalogue name is a name of
    a code above it (or of that code's unspecified "9" sub-code) with at most ``MAX_QUALIFIER`` more words:
    DN183 "kronisk nyreinsufficiens, stadie 3" over DN189, DK590A "kronisk forstoppelse" over DK590."""
    for code, names in catalogue_names.items():
        plains = {p for k in range(4, len(code)) for p in (code[:k], code[:k] + "9")} - {code}
        for plain in plains & catalogue_names.keys():
            for stems in names:
                for base in catalogue_names[plain]:
                    extra = tuple(s for s in stems if s not in base)
                    if set(base) < set(stems) and 0 < len(extra) <= MAX_QUALIFIER:
                        yield code, plain, extra


_UNSPECIFIED = re.compile(r"\bUNS\b|uden (?:nærmere )?specifikation|ikke specificeret|uspecificeret", re.IGNORECASE)


def _meant(by_code: dict[str, str], unspecified: set[str]) -> tuple[str, ...]:
    """The codes a name shared by a code and its sub-codes stands for. An unspecified sub-code says no more
    than its parent ("Type 2-diabetes" is DE119, not DE119A "Type 2-diabetes UNS"); a specific sub-code of the
    same name is what the name means ("Dehydrering" is DE869A, not DE869 "Volumendepletering")."""
    codes = set(by_code)
    meant = [
        code
        for code in codes
        if not (code in unspecified and any(code.startswith(other) for other in codes - {code}))
        and not any(other.startswith(code) and other not in unspecified for other in codes - {code})
    ]
    return tuple(sorted(meant))


_TWO_WORDS = re.compile(r"(\w+) (?:af|i) (?:den |det )?(\w+?)(?:en|et|ens|ets)?", re.IGNORECASE)


def _compounds(name: str) -> Iterable[str]:
    """ "fraktur af lårbenshals" → "lårbenshalsfraktur": the compound a note writes for "X af/i Y"."""
    match = _TWO_WORDS.fullmatch(name)
    if match:
        yield (match.group(2) + match.group(1)).lower()
