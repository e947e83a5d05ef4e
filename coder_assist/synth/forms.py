"""Surface forms: the ways a note names a condition, and which of them only the test split may use.

Frequent codes have hand-written forms (``lexicon.py``). Every code also gets clinical names made from
its catalogue text: the register's qualifiers ("UNS", "IKA", "klassificeret andetsteds", "o.l.",
"Anden ...") are removed, listed alternatives ("epidural eller subdural absces") become one name each,
and texts that stay register wording (abbreviated Latin such as "Neopl mal ...", "anden" inside the
name) give no name. The synonym table adds lay, Latin and abbreviated names. Transforms a real note
shows are applied to each name: abbreviated words ("kr." for "kronisk", "fx" for "fraktur"), another
word order, the definite (inflected) form, the Danish spelling of Latin words ("hæmorrhagica",
"encefalitis") and the other common word ("cancer" for "kræft", "brud" for "fraktur"). A code with
too few correctly spelt forms is not drawn. A typing slip is added only to a code with so many
correct forms that it stays under a tenth of the code's mentions: clinicians mostly spell a
diagnosis right. All transforms are deterministic.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from coder_assist.catalogue.names import clinical_names, leftovers
from coder_assist.catalogue.synonyms import Synonym
from coder_assist.synth.lexicon import CONDITIONS

_ABBREVIATIONS = {
    "kronisk": "kr.", "akut": "ak.", "venstre": "ve.", "højre": "hø.", "fraktur": "fx", "med": "m.",
    "uden": "u.", "infektion": "inf.", "sygdom": "sygd.", "insufficiens": "insuff.", "betændelse": "btb.",
    "bilateral": "bilat.", "diabetes": "DM", "syndrom": "syndr.", "komplikation": "kompl.",
    "komplikationer": "kompl.", "behandling": "beh.", "underekstremitet": "UE", "overekstremitet": "OE",
    "kræft": "ca.", "sekundær": "sek.", "primær": "prim.", "medfødt": "medf.", "traumatisk": "traum.",
    "arteria": "a.", "vena": "v.", "nervus": "n.", "musculus": "m.", "ligamentum": "lig.", "dexter": "dx.",
    "sinister": "sin.", "anterior": "ant.", "posterior": "post.", "lateral": "lat.", "graviditet": "grav.",
    "tumor": "tu.", "cerebral": "cer.", "degeneration": "degen.", "lymfeknuder": "LK", "neonatal": "neonat.",
    "ventrikel": "ventr.", "kongenit": "kong.", "recidiv": "rec.", "metastase": "met.", "metastaser": "met.",
}  # fmt: skip
_WORD = re.compile(r"[A-Za-zÆØÅæøåéüö]+")
_LATIN_ENDINGS = ("us", "is", "ae", "um", "orum", "ium", "io", "ii", "ica", "osa", "alis", "aris", "ata", "atum")
# Definite forms by ending; an ending not listed gets no definite form (a wrong one reads as a slip).
_DEFINITE = (
    ("sygdom", "sygdommen"), ("brud", "bruddet"), ("tryk", "trykket"), ("syndrom", "syndromet"),
    ("ion", "ionen"), ("ing", "ingen"), ("hed", "heden"), ("else", "elsen"), ("se", "sen"), ("isme", "ismen"),
    ("i", "ien"), ("fraktur", "frakturen"), ("tumor", "tumoren"), ("cancer", "canceren"), ("cyste", "cysten"),
    ("om", "omet"), ("sår", "såret"), ("fald", "faldet"), ("stop", "stoppet"), ("ment", "mentet"),
    ("absces", "abscessen"), ("infarkt", "infarktet"), ("recidiv", "recidivet"), ("ation", "ationen"),
    ("kræft", "kræften"), ("forsøg", "forsøget"), ("e", "en"),
)  # fmt: skip
# Latin spelling → the Danish spelling the same physician also writes ("haemorrhagica" → "hæmorrhagica").
_ORTHOGRAPHY = (("ae", "æ"), ("ph", "f"), ("th", "t"), ("rh", "r"))
# Words with a second name of the same meaning that notes use as often (whole words only).
_SYNONYM_WORDS = {
    "kræft": "cancer", "cancer": "kræft", "fraktur": "brud", "brud": "fraktur", "moderkage": "placenta",
    "livmoder": "uterus", "livmoderen": "uterus", "blødning": "hæmoragi", "betændelse": "inflammation",
    "svulst": "tumor", "tumor": "svulst", "forsnævring": "stenose", "forgiftning": "intoksikation",
    "hjerneblødning": "cerebral hæmoragi",
}  # fmt: skip
_PREPOSITIONS = frozenset(("i", "af", "med", "ved", "på", "uden", "efter", "for", "til", "fra", "hos", "under", "og"))
_VOWELS = "aeiouyæøå"
# A drawn code is written in at least two correct ways; from three on, one of them is test-only (a code
# with a single clinical name would otherwise be one fixed string, or misspelt to look varied).
MIN_FORMS = 2
_HELD_MIN = 3
_SLIP_MIN_SHARED = 9  # correct forms the train split must see before a code gets its one slip


@dataclass(frozen=True)
class FormSet:
    """All forms of one code, split into those any split may use and those only the test split may."""

    code: str
    shared: tuple[str, ...]
    test_only: tuple[str, ...]


def _abbreviate(text: str) -> str:
    return " ".join(_ABBREVIATIONS.get(w.lower(), w) for w in text.split(" "))


def _reorder(text: str) -> str:
    """Another word order: "X, Y" → "Y X"; "X af Y"/"X i Y" with one-word Y → the compound "YX"."""
    if ", " in text:
        head, tail = text.split(", ", 1)
        return f"{tail} {head[0].lower() + head[1:]}"
    match = re.fullmatch(r"(\w+) (?:af|i) (?:den |det )?(\w+?)(?:en|et)?", text)
    if match and not _latin(text):
        return (match.group(2) + match.group(1)).lower()
    match = re.fullmatch(r"(\w+) (\w+)", text)
    if match and match.group(1).endswith(("isk", "ær", "al", "iv")) and not _latin(text):
        return f"{match.group(2)} af {match.group(1)} type"
    return text


def _latin(text: str) -> bool:
    """Whether ``text`` reads as Latin ("colitis granulomatosa"): Danish inflection does not apply."""
    return any(w.endswith(_LATIN_ENDINGS) for w in _WORD.findall(text.casefold()))


def _definite(text: str) -> str:
    """The definite form of a one-word name or head: "pneumoni" → "pneumonien", "brud" → "bruddet"."""
    words = text.split(" ")
    if len(words) > 2 and words[1] in _PREPOSITIONS and words[0] != "ca.":
        # a one-word head before a preposition takes the ending: "kræften i underlæbens slimhinde"
        return " ".join([_definite(words[0]), *words[1:]])
    last = words[-1]
    # an adjective before the noun needs "den ...e" ("den kroniske sygdom"), which a name cannot carry
    if len(words) > 1 or not last.isalpha() or not last.islower() or _latin(text):
        return text
    for ending, definite in _DEFINITE:
        if last.endswith(ending):
            return " ".join([*words[:-1], last[: len(last) - len(ending)] + definite])
    return text


def _danish_spelling(text: str) -> str:
    """Latin spelling written the Danish way: "arthritis haemorrhagica" → "artritis hæmorragica"."""
    words = []
    for word in text.split(" "):
        for latin, danish in _ORTHOGRAPHY:
            word = word.replace(latin, danish) if latin != "rh" else re.sub(r"^rh|(?<=r)rh", "r", word)
        words.append(word)
    return " ".join(words)


def _other_word(text: str) -> str:
    """The same name with its other common word: "kræft i X" → "cancer i X", "fraktur" → "brud"."""
    return " ".join(_SYNONYM_WORDS.get(w, w) for w in text.split(" "))


def _slips(text: str, salt: int) -> list[str]:
    """Up to three typing slips in the longest word (at least 7 letters), each a plausible misspelling:
    two inner letters swapped, a consonant doubled, or a letter dropped where a reader still sees the
    word (one of a double letter, or an inner vowel of a long word away from its ends).
    """
    words = _WORD.findall(text)
    if not words:
        return []
    word = max(words, key=len)
    if len(word) < 7:
        return []
    at = 2 + salt % (len(word) - 5)
    swapped = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    consonant = next((i for i in range(at, len(word) - 2) if word[i] not in _VOWELS), None)
    doubled = word[: consonant + 1] + word[consonant:] if consonant is not None else word
    double = next((i for i in range(1, len(word)) if word[i] == word[i - 1]), None)
    if double is not None:
        dropped = word[:double] + word[double + 1 :]
    else:
        # never in the last six letters, where a short last part of a compound ("-forsøg") would lose it
        inner = [i for i in range(3, len(word) - 6) if word[i] in _VOWELS and word[i - 1] not in _VOWELS]
        at_vowel = inner[salt % len(inner)] if len(word) >= 10 and inner else None
        dropped = word[:at_vowel] + word[at_vowel + 1 :] if at_vowel is not None else word
    choice = [swapped, doubled, dropped]
    ordered = [choice[salt % 3], choice[(salt + 1) % 3], choice[(salt + 2) % 3]]
    return [text.replace(word, w, 1) for w in dict.fromkeys(ordered) if w != word]


def synonym_forms(code: str, synonyms: Sequence[Synonym]) -> list[str]:
    """Names from the synonym table: those of ``code`` itself, and a category's names for the
    category's unspecified code (DD50 → DD509). Abbreviations are written in capitals ("ITP").
    """
    forms = []
    for syn in synonyms:
        if syn.kind == "english" or not (syn.code == code or (len(syn.code) == 4 and code == syn.code + "9")):
            continue
        short = syn.kind == "abbreviation" and " " not in syn.term and len(syn.term) <= 5
        term = syn.term.upper() if short else syn.term
        if not leftovers(term):
            forms.append(term)
    return forms


def programmatic_forms(code: str, text: str, aliases: tuple[str, ...] = ()) -> list[str]:
    """Correctly spelt clinical forms of ``code`` derived from its catalogue ``text`` and ``aliases``,
    most faithful first; empty when they are register wording only.
    """
    names = clinical_names(text) + [n for a in aliases for n in clinical_names(a)]
    forms = []
    for name in names[:3]:
        for variant in dict.fromkeys((name, _other_word(name), _danish_spelling(name))):
            # the transforms combine as a note combines them: "ak. myokardieinfarkten", "ca. i uterus"
            forms += [variant, _abbreviate(variant), _reorder(variant), _definite(variant)]
            forms.append(_abbreviate(_definite(variant)))
    return list(dict.fromkeys(forms))


def slip_form(code: str, text: str) -> str | None:
    """One plausible typing slip in the first clinical name of ``code``'s catalogue ``text``, or None."""
    names = clinical_names(text)
    slips = _slips(names[0], zlib.crc32(code.encode())) if names else []
    return slips[0] if slips else None


def _key(form: str) -> str:
    return form.casefold()


def build_form_sets(
    codes: list[str],
    catalogue_text: dict[str, str],
    aliases: dict[str, tuple[str, ...]],
    heldout_share: float,
    static_text: str,
    synonyms: Sequence[Synonym] = (),
) -> dict[str, FormSet]:
    """Forms for every code in ``codes``, each form belonging to one code only (the first to claim it).

    About ``heldout_share`` of each code's forms become test-only, chosen by a hash of the form so the
    choice does not depend on the run's seed. A form may be test-only only if it never occurs inside
    a shared form or inside the generator's fixed text (``static_text``): a model trained on the train
    split then truly never saw it. A code may end with fewer than ``MIN_FORMS`` forms; the generator
    does not draw it then. A code whose train split sees at least ``_SLIP_MIN_SHARED`` correct forms
    also gets one shared typing slip, so that a slip is at most a tenth of its mentions.
    """
    owner: dict[str, str] = {}
    all_forms: dict[str, list[str]] = {}
    for code in codes:
        hand = list(CONDITIONS[code].forms) if code in CONDITIONS else []
        derived = programmatic_forms(code, catalogue_text[code], aliases.get(code, ()))
        forms: list[str] = []
        seen: set[str] = set()
        for form in [*hand, *synonym_forms(code, synonyms), *derived]:
            key = _key(form)
            if owner.setdefault(key, code) == code and key not in seen:
                forms.append(form)
                seen.add(key)
        all_forms[code] = forms
    held: dict[str, set[str]] = {}
    for code, forms in all_forms.items():
        n_held = round(heldout_share * len(forms)) if len(forms) >= _HELD_MIN else 0
        ranked = sorted(forms[1:], key=lambda f: zlib.crc32(f"{code}|{f}".encode()))
        held[code] = set(ranked[:n_held])
    slips: dict[str, list[str]] = {code: [] for code in all_forms}
    for code, forms in all_forms.items():
        slip = slip_form(code, catalogue_text[code]) if len(forms) - len(held[code]) >= _SLIP_MIN_SHARED else None
        if slip and owner.setdefault(_key(slip), code) == code and _key(slip) not in map(_key, forms):
            slips[code].append(slip)
    # Release held forms that occur in shared text until nothing changes: releasing one form adds to
    # the shared text, which can expose another.
    while True:
        shared_text = "\n".join(
            [static_text.casefold()]
            + [_key(f) for c, fs in all_forms.items() for f in [*fs, *slips[c]] if f not in held[c]]
        )
        released = [(c, f) for c, hs in held.items() for f in sorted(hs) if _key(f) in shared_text]
        if not released:
            break
        for code, form in released:
            held[code].discard(form)
    return {
        code: FormSet(
            code,
            tuple(f for f in [*forms, *slips[code]] if f not in held[code]),
            tuple(f for f in forms if f in held[code]),
        )
        for code, forms in all_forms.items()
    }
