"""The finder's lexicon: every way the catalogue and the synonym table name a code, as word stems.

Where the names come from:
- the catalogue text and aliases of every code, through ``catalogue.names.clinical_names`` (the register's
  "UNS", "klassificeret andetsteds", "Anden ..." removed; listed alternatives split), the same names the
  generator derives;
- the synonym table (lay words, abbreviations, jargon, spellings; not its English rows);
- poisonings by the drug's name ("forgiftning med quetiapin" is DT435; ``poisonings``);
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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from coder_assist.catalogue.model import Catalogue, Code
from coder_assist.catalogue.names import clinical_names
from coder_assist.catalogue.normalise import fold
from coder_assist.catalogue.synonyms import Synonym
from coder_assist.mentions.combinations import SELF_HARM_UNSPECIFIED, Combination, combinations
from coder_assist.mentions.poisonings import names as poisoning_names

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
_SPELLINGS = (("ch", "k"), ("ph", "f"), ("th", "t"), ("qu", "kv"), ("c", "k"), ("x", "ks"))
_DOUBLED = re.compile(r"([a-z])\1")
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
# Words that notes write for a catalogue word in another part of speech: "blødende ulcus" is an ulcer "med
# blødning". Folded forms.
RELATED_WORDS = {
    "bloedende": "bloedning", "perforeret": "perforation", "perforerende": "perforation",
    "inficeret": "infektion", "abscederende": "absces", "incarcereret": "inkarceration",
    "inkarcereret": "inkarceration", "obstruerende": "obstruktion",
    # the Latin of the catalogue ("Neuritis nervi optici retrobulbaris"), the part for the whole ("flegmone på
    # underbenet" is DL031I "Flegmone i underekstremitet UNS")
    "retrobulbaer": "retrobulbaris", "underben": "underekstremitet", "underbenet": "underekstremitet",
    "femoralis": "underekstremitet", "ovarie": "aeggestok", "ovariet": "aeggestok", "ileokolisk": "ileocolica",
    "radikulitis": "radiculitis", "polyradikulitis": "polyradiculitis", "viral": "virus",
    # a carcinoma is a cancer: "adenokarcinom i caecum" is DC180 "Kraeft i caecum"
    **{word: "kraeft" for word in ("cancer", "canceren", "karcinom", "karcinomet", "carcinom", "carcinoma",
       "adenokarcinom", "adenokarcinomet", "adenocarcinom", "adenocarcinoma")},
    "rectum": "endetarm", "rektum": "endetarm",
    # a lung's lobes as the catalogue names them ("... i hø. overlap" is DC341 "Kræft i lungens øverste lap"),
    # and the virus an abbreviation names (EBV mononucleosis is DB270 "... forårsaget af Epstein-Barr virus")
    **{f"{lobe}lap{end}": place for lobe, place in (("over", "oeverst"), ("mellem", "mellemst"),
       ("under", "nederst")) for end in ("", "pen")},
    "ebv": "epstein",
    # "lægemiddelinduceret urinsyregigt" is DM102 "Urinsur gigt forårsaget af lægemiddel"
    **{word: "laegemiddel" for word in ("laegemiddelinduceret", "laegemiddeludloest", "medicininduceret",
       "medikamentel", "medikamentelt", "medikamentelle")},
    # the Latin lobes of the brain by their Danish names ("glioblastom i frontallappen": DC711 "... pandelap")
    **{f"{lobe}lap{end}": f"{danish}lap" for lobe, danish in (("frontal", "pande"), ("temporal", "tindinge"),
       ("parietal", "isse"), ("occipital", "nakke")) for end in ("", "pen")},
}  # fmt: skip
# "grad II", "stadie 3", "type 2": a grade, stage or type and its number, as one qualifier stem ("grad:2"), the
# same for Roman and Arabic numerals; a number alone qualifies nothing (notes are full of them). A stage is also
# written "st. III" or "FIGO IIIC", whose sub-stage letter the catalogue's stages do not split ("st. III").
GRADED = re.compile(r"\b(grad|stadie|stadium|type|st\.|figo)\s*([ivx]+|\d+)[a-d]?\b", re.IGNORECASE)
_STAGE_WORDS = {"stadium": "stadie", "st.": "stadie", "figo": "stadie"}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def graded(word: str, number: str) -> str | None:
    """The qualifier stem of a grade, stage or type and its number ("grad", "II" → "grad:2"), or None."""
    number = number.casefold()
    value = ROMAN.get(number) if not number.isdigit() else int(number)
    if value is None:
        return None
    kind = _STAGE_WORDS.get(word.casefold(), word.casefold())
    return f"{kind}:{value}"


# A short abbreviation from the synonym table ("AF", "HT", "KOL") is read only where it is written in capitals:
# in lower case most of them are ordinary words ("af", "ok").
SHORT_ABBREVIATION = 4
# A name shared by more codes than this at one level names a kind of thing, not a diagnosis ("cyste").
MAX_CODES = 3
SPLIT_PART_MIN = 4  # letters of each part of a compound name that is also read as two words
MAX_QUALIFIER = 3  # words a sub-code's name may add to its plain condition's, for its synonyms to carry them


@lru_cache(maxsize=1 << 16)  # the catalogue's names repeat their words many times over
def stem(word: str) -> str:
    """The stem of one folded word: spelled one way, its inflection endings removed ("pneumonien" → "pneumoni").

    Danish notes and the catalogue spell the Latin and Greek of medicine both ways ("colitis"/"kolitis",
    "cholecystitis"/"kolecystitis", "pyelonephritis"/"pyelonefritis", "haemorrhagia"/"hæmoragi", "hypoxisk"/
    "hypoksisk"), so both are spelled alike first: "ch", "c", "ph", "th", "qu" and "x" as "k", "k", "f", "t",
    "kv" and "ks", and a doubled
    letter once. Endings are then cut until none is left, so that an inflected form and its base meet even
    where the base itself ends like an ending: "lårbenshalsen" → "lårbenshals" → "lårbenshal", as
    "lårbenshals" does.
    """
    if not word.isdigit():
        for written, spoken in _SPELLINGS:
            word = word.replace(written, spoken)
        word = _DOUBLED.sub(r"\1", word)
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
    # Stems the name says the condition is without ("galdesten uden kolecystitis"): the note must write them
    # negated too, or "kolecystitis med galdesten" would name the code that says there is no cholecystitis.
    absent: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """All terms, indexed by the stem the finder looks up first (the term's rarest stem)."""

    terms: list[Term]
    by_anchor: dict[str, list[int]]
    vocabulary: frozenset[str]
    # A code with more specific codes below or beside it -> those codes (:func:`specifics`); the finder moves a
    # mention to the one its sentence describes.
    specific: dict[str, tuple[Specific, ...]] = field(default_factory=dict)
    # A code that is one part of an ICD-10 combination -> the combinations it completes (:mod:`combinations`).
    combined: dict[str, tuple[Combination, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, catalogue: Catalogue, synonyms: Sequence[Synonym] = (), when: date | None = None) -> Lexicon:
        """The lexicon of every code valid on ``when`` (today by default)."""
        when = when or date.today()
        # (stems, capitals, absent stems) -> {code: name}
        names: dict[tuple[tuple[str, ...], bool, tuple[str, ...]], dict[str, str]] = {}

        def add(name: str, code: str, capitals: bool = False) -> tuple[str, ...]:
            stems = name_stems(name, abbreviation=capitals)
            too_short = len(stems) == 1 and len(stems[0]) < (2 if capitals else 3)
            absent = () if capitals else absent_stems(name)
            if stems and not all(s in GENERIC for s in stems) and not too_short:
                names.setdefault((stems, capitals, absent), {}).setdefault(code, name)
            # what the name says is there: "galdesten uden kolecystitis" qualifies no synonym of "galdesten"
            return tuple(s for s in stems if s not in absent)

        catalogue_names: dict[str, set[tuple[str, ...]]] = {}  # code -> stems of its catalogue names
        same_as = same_text(catalogue)
        for entry in catalogue.codes.values():
            if not entry.valid_at(when) or not entry.code.startswith("D") or _closed(entry.text):
                continue
            code = same_as.get(entry.code) or _coded_as(catalogue, entry.code)
            for text in (entry.text, *entry.aliases):
                if _NONE.match(text):
                    continue
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
        for name, code in poisoning_names():  # "forgiftning med quetiapin": DT435, by the drug's class
            if code in catalogue.codes:
                add(name, code)
        for code, name, qualifier in _qualified(catalogue_names):
            # A synonym of the plain condition with a sub-code's qualifier names the sub-code: "CKD stadie 3"
            # is DN183 "Kronisk nyreinsufficiens, stadie 3" as "CKD" is DN189; "kronisk obstipation" is DK590A.
            for synonym, short in own_words.get(name, ()):
                stems = tuple(dict.fromkeys(name_stems(synonym, abbreviation=short) + qualifier))
                names.setdefault((stems, short, ()), {}).setdefault(code, f"{synonym} {' '.join(qualifier)}")
        unspecified = {code for code, entry in catalogue.codes.items() if _UNSPECIFIED.search(entry.text)}
        # "Anden form for sepsis" (DA418) is sepsis of a kind the note would name; "sepsis" alone is DA419.
        other = {code for code, entry in catalogue.codes.items() if _OTHER.match(entry.text)} - unspecified
        # A sub-code that only repeats its parent's text (DE876A "Hypokaliæmi" under DE876 "Hypokaliæmi") says
        # no more than the parent, which is what coders write for the plain name.
        unspecified |= {
            code
            for code, entry in catalogue.codes.items()
            if len(code) > 4
            and (parent := catalogue.get(code[:-1])) is not None
            and fold(parent.text) == fold(entry.text)
        }
        _split_compounds(names)
        terms = []
        for (stems, capitals, absent), by_code in names.items():
            codes = _meant(by_code, unspecified, other)
            if len(codes) <= MAX_CODES:
                terms.append(Term(stems, codes, by_code[codes[0]], capitals, absent))
        lexicon = cls.index(terms)
        lexicon.specific = specifics(catalogue, when)
        lexicon.combined = _naming_sub_codes(combinations(catalogue, when), lexicon.specific, catalogue)
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
# Words of a sub-code's text too common in notes to choose it ("behandlingen af alkoholisme" is not DF1023
# "... under aversiv medicinsk behandling"); "akut", "kronisk" and sides do choose.
_NOT_QUALIFIERS = frozenset(
    stem(fold(w))
    for w in ("behandling", "tidligere", "sygdom", "tilstand", "patient", "kontakt", "undersøgelse", "kontrol",
              "observation", "følge", "årsag", "påvist", "diagnose")
)  # fmt: skip
# "uden blødning", "ikke insulinkrævende"; not the register's "uden specifikation", "ikke specificeret"
_ABSENCE = re.compile(r"\b(?:uden|ikke|ingen)\b(?!\s+(?:nærmere\s+)?specifi).*$", re.IGNORECASE)
_NON = re.compile(r"\bnon-(\w+)", re.IGNORECASE)  # "non-melankoliform": not melancholic
# "Kronisk eller ikke specificeret duodenalulcus med blødning": the qualifier is optional, the name is coded so
_OPTIONAL = re.compile(r"^\w+ eller (?:ikke specificeret|uspecificeret)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Specific:
    """A code more specific than the one a mention names, and the words that set it apart."""

    code: str
    own: frozenset[str]  # stems its text adds ("lobær" of DJ181 "Lobær pneumoni UNS")
    absent: frozenset[str]  # stems its text says the condition is without ("kramper" of DF1030 "... uden kramper")


def specifics(catalogue: Catalogue, when: date) -> dict[str, tuple[Specific, ...]]:
    """For each code a mention may name that has more specific codes, those codes and the stems each adds to
    the named code's text (and its category's):
    - a category's unspecified code (the "…9": DJ189 "Pneumoni UNS") offers every other code of the category,
      at any depth (DL039 "Flegmone UNS" offers DL031I "Flegmone i underekstremitet UNS");
    - any other code with sub-codes offers them (DF103 "Abstinenstilstand som følge af alkoholbrug" offers
      DF1030 "... uden kramper" and DF1031 "... med kramper").
    Words after "uden", "ikke" or "ingen" name what a code lacks ("... uden blødning"); they are kept apart, as
    ``absent``, since a note that writes them negated chooses that code but one that does not write them does
    not rule it out. "Kronisk eller ikke specificeret ..." adds nothing: the plain name is coded so. A code with
    nothing of its own is not offered, except a sub-code that says no more than the code it is under: its
    unspecified one (DI472 "Ventrikulær takykardi" offers DI472A "Ventrikulær takykardi UNS") or one of the same
    name (DE876A "Hypokaliæmi" under DE876), offered with no stems (the naming writes all it asks for), since
    coders differ on coding the name or its leaf. A sub-code whose words are all its parent's, where the parent
    lists a choice, is known by what sets it apart from its siblings (``_choice``: DO990A "... barselsperiode")."""
    specific: dict[str, dict[str, Specific]] = {}
    for parent in catalogue.codes.values():
        code = parent.code
        if not code.startswith("D") or len(code) < 4 or not catalogue.children(code):
            continue
        unspecified = catalogue.get(code + "9") if len(code) == 4 else None  # as _coded_as names it
        named = unspecified if unspecified is not None else parent
        shared = set(name_stems(_plain(parent.text))) | set(name_stems(_plain(named.text))) | _REGISTER_STEMS
        shared |= _graded_stems(parent.text) | _graded_stems(named.text)  # "Type 2" of DE119A is DE119's too
        parent_name = fold(_UNSPECIFIED.sub("", parent.text))
        # DC509 "Brystkræft UNS" offers the other codes of DC50 and its own sub-codes (DC509M, with metastases)
        offered = specific.setdefault(named.code, {})
        for below in _descendants(catalogue, code):
            if below.code == named.code or not below.valid_at(when) or _closed(below.text):
                continue
            text = _OPTIONAL.sub("", below.text)
            own = frozenset(
                s
                for s in name_stems(_plain(text))
                if s not in shared and s not in _NOT_QUALIFIERS and len(s) >= MIN_STEM
            ) | (_graded_stems(text) - shared)
            absent = frozenset(s for s in absent_stems(text) if len(s) >= MIN_STEM)
            # "non-melankoliform" is what DF3210 is without, as DF3211 is "melankoliform"
            negated_words = {stem(fold(w)) for w in _NON.findall(text)}
            own, absent = own - negated_words, absent | frozenset(s for s in negated_words if len(s) >= MIN_STEM)
            if not (own or absent) and below.code[:-1] == code:
                # its UNS leaf, or a sub-code of its very name: no words to write
                plain = _UNSPECIFIED.search(below.text) or fold(_UNSPECIFIED.sub("", below.text)) == parent_name
            else:
                plain = False
            if not (own or absent or plain):
                own = _choice(below, catalogue.children(below.code[:-1]))
            if (own or absent or plain) and not any(s.isdigit() for s in own):
                offered.setdefault(below.code, Specific(below.code, own, absent))
    self_harm = [c for c in catalogue.codes.values() if c.code.startswith("DX") and len(c.code) == 6]
    for way in (c.code for c in self_harm if c.code.startswith(SELF_HARM_UNSPECIFIED)):
        # "selvskade med skarp genstand": self-harm of no stated method (DX8420) offers the same intent and timing
        # by each method (DX7820), chosen by the method's words
        shared = set(name_stems(catalogue.codes[way].text)) | _REGISTER_STEMS
        offered = specific.setdefault(way, {})
        for other in self_harm:
            if other.code[4:] == way[4:] and other.code != way:
                own = frozenset(s for s in name_stems(other.text) if s not in shared and len(s) >= MIN_STEM)
                if own and other.valid_at(when):
                    offered.setdefault(other.code, Specific(other.code, own, frozenset()))
    return {code: tuple(offered.values()) for code, offered in specific.items() if offered}


def _choice(code: Code, siblings: Sequence[Code]) -> frozenset[str]:
    """The stems that set ``code`` apart from its ``siblings`` where its parent's text lists the choice: DO990
    "Anæmi som komplicerer graviditet, fødsel eller barselsperiode" has DO990A "... barselsperiode" (whose words
    are all the parent's), chosen by "barselsperiode"."""
    others = [set(name_stems(_plain(s.text))) for s in siblings if s.code != code.code]
    if not others:
        return frozenset()
    common = set.intersection(*others)
    return frozenset(
        s for s in name_stems(_plain(code.text)) if s not in common and s not in _REGISTER_STEMS and len(s) >= MIN_STEM
    )


def _naming_sub_codes(
    combined: dict[str, tuple[Combination, ...]], specific: dict[str, tuple[Specific, ...]], catalogue: Catalogue
) -> dict[str, tuple[Combination, ...]]:
    """``combined`` with each combination that has a sub-code for the very condition named moved to it: in
    pregnancy "hypothyreose" (DE039 "Hypothyroidisme UNS") is DO992B "Hypothyroidisme som komplicerer graviditet
    ...", whose own words are DE039's, not DO992 "Endokrin ... sygdom som komplicerer ..."."""
    moved = {}
    for named, found in combined.items():
        words = set(name_stems(_plain(catalogue.codes[named].text)))
        moved[named] = tuple(
            replace(c, code=next((o.code for o in specific.get(c.code, ()) if o.own and o.own <= words), c.code))
            for c in found
        )
    return moved


def _graded_stems(text: str) -> set[str]:
    """The grades and stages a code's text states (``graded``), as the stems a note's "grad 2" reads as."""
    return {g for match in GRADED.finditer(_plain(text)) if (g := graded(*match.groups()))}


def _descendants(catalogue: Catalogue, code: str) -> list:
    """Every code below ``code``, depth first."""
    found = []
    for child in catalogue.children(code):
        found.append(child)
        found.extend(_descendants(catalogue, child.code))
    return found


def _plain(text: str) -> str:
    """``text`` without what it says the condition lacks ("Duodenalulcus UNS uden blødning" → "Duodenalulcus UNS")."""
    return _ABSENCE.sub("", text)


def absent_stems(name: str) -> tuple[str, ...]:
    """The stems of what a name says the condition is without: the words after its "uden" ("uden
    specifikation" is register wording, not an absence)."""
    absence = _ABSENCE.search(name)
    if absence is None or not absence.group().casefold().startswith("uden"):
        return ()
    return tuple(dict.fromkeys(stem(w) for w in fold(absence.group()).split()[1:] if w not in STOPWORDS))


def same_text(catalogue: Catalogue) -> dict[str, str]:
    """Danish sub-codes under a category's unspecified code whose text is that of another code of the category,
    mapped to it: DI489BB "Paroksysmatisk atrieflimren" is coded DI480, the same name outside "UNS"."""
    by_text: dict[tuple[str, str], list[str]] = {}
    for entry in catalogue.codes.values():
        if entry.code.startswith("D") and len(entry.code) >= 5:
            by_text.setdefault((entry.code[:4], fold(entry.text)), []).append(entry.code)
    same = {}
    for (category, _), codes in by_text.items():
        outside = sorted((c for c in codes if not c.startswith(category + "9")), key=len)
        for code in codes:
            if outside and code.startswith(category + "9") and len(outside[0]) < len(code):
                same[code] = outside[0]
    return same


def _coded_as(catalogue: Catalogue, code: str) -> str:
    """The code a name of ``code`` is coded as: a category (D and three characters, which is not coded itself)
    with an unspecified sub-code ("…9") becomes that sub-code (DE11 → DE119, though DE119 has its own DE119A
    "Type 2-diabetes UNS": coders use DE119). A longer code is coded as it is, even where a "…9" sits below it
    (DF318A "Bipolar affektiv sindslidelse type 2", not DF318A9; DG473 "Søvnapnø" is not DG4739 "Anden
    central apnø")."""
    if len(code) == 4 and catalogue.children(code) and catalogue.get(code + "9") is not None:
        return code + "9"
    return code


def _split_compounds(names: dict[tuple[tuple[str, ...], bool, tuple[str, ...]], dict[str, str]]) -> None:
    """Add to ``names`` each one-word name that is a compound of two words the lexicon knows, as those two words:
    "ovarietorsion" is written "torsion af hø. ovarie", "lungebetændelse" "betændelse i lungen". Parts of at
    least ``SPLIT_PART_MIN`` letters, with the Danish linking "s" or "e" allowed between them."""
    vocabulary = {s for stems, _, _ in names for s in stems}
    for (stems, capitals, absent), by_code in list(names.items()):
        if capitals or len(stems) != 1 or len(stems[0]) < 2 * SPLIT_PART_MIN:
            continue
        parts = split_compound(stems[0], lambda part: part if part in vocabulary else None, SPLIT_PART_MIN)
        if parts and not (parts[0] in GENERIC and parts[1] in GENERIC):
            for code, name in by_code.items():
                names.setdefault((parts, False, absent), {}).setdefault(code, name)


def split_compound(word: str, known: Callable[[str], str | None], shortest: int) -> tuple[str, str] | None:
    """The two known words ``word`` is made of, as ``known`` reads each part (None: not a word it knows), with
    the Danish linking "s" or "e" allowed between them and parts of at least ``shortest`` letters; the split
    with the longest last part wins ("nyrestensanfald" → "nyresten", "anfald")."""
    for cut in range(shortest, len(word) - shortest + 1):
        tail = known(word[cut:])
        if tail is None:
            continue
        head = word[:cut]
        for first in (head, head[:-1] if head.endswith(("s", "e")) else ""):
            if len(first) >= shortest and (found := known(first)) is not None:
                return found, tail
    return None


def _closed(text: str) -> bool:
    """A code the register is closing: its text is only "LUKKES" (to be closed), which names nothing."""
    return text.strip().casefold() == "lukkes"


# A perinatal code's "hos nyfødt" says only what the chapter says; notes leave it out ("AB0-immunisering",
# "ammeproblemer"). The patient rules keep such a name from an adult.
_NEWBORN = re.compile(r",? hos (?:(?:foster|fostret) og )?(?:den |det )?nyfødte?\b", re.IGNORECASE)


# An organism code's "som årsag til sygdom (klassificeret andetsteds)": notes name the organism alone
# ("dyrkning: E. coli", "Staphylococcus aureus (MSSA)").
_AS_CAUSE = re.compile(r" som årsag til sygd\w*\b.*$", re.IGNORECASE)


# A syndrome named after two people ("Mallory-Weiss' syndrom", "Zollinger-Ellison´s syndrom"): the two names
# alone are distinctive enough to name it; one name alone ("Down", "Hunter") is not.
_EPONYM_SYNDROME = re.compile(r"^(\w+-\w+)['´]s? syndrom$", re.IGNORECASE)


def _names(text: str, code: str) -> list[str]:
    """The clinical names of one catalogue text of ``code``, with a perinatal code's also without "hos nyfødt"."""
    if _closed(text):
        return []
    names = clinical_names(_AS_CAUSE.sub("", text), digits=True)
    if _OPTIONAL.match(text):  # "Kronisk eller ikke specificeret duodenalulcus med blødning" is coded so
        names += clinical_names(_OPTIONAL.sub("", text), digits=True)
    if code.startswith("DP"):
        names += [short for name in names if (short := _NEWBORN.sub("", name).strip()) != name and short]
    eponym = _EPONYM_SYNDROME.match(text)
    if eponym:  # "Mallory-Weiss' syndrom" is written "Mallory-Weiss-læsion", "rift (Mallory-Weiss)"
        names.append(eponym.group(1))
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
                    # a bare numeral ("IV" of "Decubitus grad IV") is written everywhere ("Garden IV")
                    numeral = all(s.isdigit() or s in ROMAN for s in extra)
                    if set(base) < set(stems) and 0 < len(extra) <= MAX_QUALIFIER and not numeral:
                        yield code, plain, extra


_OTHER = re.compile(r"(?:anden|andet|andre)\b", re.IGNORECASE)
# A name that starts by saying there is none (DZ768Z "Ingen sygdom", DZ061A "Ingen fjernmetastaser påvist") is what
# a note writes of a healthy patient ("Ingen kendte kroniske sygdomme"), never a finding to code from its words.
_NONE = re.compile(r"(?:ingen|intet)\s", re.IGNORECASE)
_UNSPECIFIED = re.compile(r"\bUNS\b|uden (?:nærmere )?specifikation|ikke specificeret|uspecificeret", re.IGNORECASE)


def _meant(by_code: dict[str, str], unspecified: set[str], other: set[str]) -> tuple[str, ...]:
    """The codes a name shared by a code and its sub-codes stands for. An unspecified sub-code says no more
    than its parent ("Type 2-diabetes" is DE119, not DE119A "Type 2-diabetes UNS"); a specific sub-code of the
    same name is what the name means ("Dehydrering" is DE869A, not DE869 "Volumendepletering"). An "Anden ..."
    code (``other``) gives way to another code of its category outside it ("sepsis" is DA419, not DA418 "Anden
    form for sepsis"; "lungefibrose" stays DJ841 "Anden interstitiel lungesygdom med fibrose"), and to a code of
    another category that is no "Anden ..." code ("diabetes" is DE149, not DE139 "Anden form for diabetes")."""
    codes = set(by_code)
    codes -= {
        code
        for code in codes & other
        if any((o[:4] == code[:4] or o not in other) and not o.startswith(code) for o in codes - {code})
    }
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
