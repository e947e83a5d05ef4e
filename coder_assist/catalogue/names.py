"""Clinical names in catalogue text: the register's qualifiers removed, listed alternatives split.

The SKS catalogue writes codes in register wording ("Pneumoni UNS", "Anden form for ...", "klassificeret
andetsteds"); a note names the same condition without it. One place turns catalogue text into the names a
clinician writes, for the generator (which writes them into notes) and the mention finder (which looks for
them in notes): if the two derived names differently, a name the finder cannot read would go unnoticed.
"""

from __future__ import annotations

import re

# Register wording that never belongs in a note; ``leftovers`` reports it and the tests check notes.
# ("i øvrigt" is stripped from names but is ordinary prose: "i øvrigt normale værdier".)
LEFTOVERS = re.compile(
    r"\bUNS\b|\bIKA\b|klassificeret andetsteds|uden (?:nærmere )?specifikation|\bikke specificere(?:t|de)\b"
    r"|\buspecificere(?:t|de)\b|(?<![.\w])(?-i:o\.l\.)|\bfør (?:patient|pt-)kontakt\b|\bNeopl\b|\banden form for\b"
    r"|\bandre former for\b|\bikke spec\.|\buden angivelse af\b|\bikke-opioid\w* analgetik\w*"
    r"|\bantipyretik\w* og antireumatik\w*",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"\s*(?:\b(?:UNS|IKA)\b|(?:,?\s*ikke )?klassificeret andetsteds|uden (?:nærmere )?specifikation"
    r"|\bikke specificere(?:t|de)\b|\buspecificere(?:t|de)\b|\bo\.l\.|\bi øvrigt\b|\bfør (?:patient|pt-)kontakt\b"
    r"|\buden angivelse af (?:lokalisation|type|årsag)\b"
    r"|\([^)]*\))\s*",
    re.IGNORECASE,
)
_REGISTER_START = re.compile(r"^(?:anden|andet|andre)(?: form(?:er)? for)?\s+", re.IGNORECASE)
# Truncated register abbreviations ("Neopl mal cut ...") and words a clinician never writes in a name.
_REGISTER_WORDS = frozenset((
    "neopl", "ne", "mal", "ben", "cut", "musc", "tend", "spec", "uspec", "klass", "traum", "reg", "sympt", "fac",
    "aur", "basoc", "nod", "can", "mea", "superfic", "sgh", "el", "eft", "prim", "proc", "prov", "anden", "andet",
    "andre", "andetsteds", "hovedindikation", "kontakt", "patientkontakt", "alia", "aliae", "alii", "aliud",
    "specificata", "specificatae", "specificatum", "specificati",
))  # fmt: skip
_SHORT_WORDS = frozenset(
    ("i", "af", "og", "på", "ved", "med", "for", "til", "fra", "hos", "et", "en", "ud", "ii", "iii", "iv")
)


def leftovers(text: str) -> list[str]:
    """The register qualifiers ("UNS", "klassificeret andetsteds", ...) that ``text`` contains."""
    return [m.group(0) for m in LEFTOVERS.finditer(text)]


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _alternatives(text: str) -> list[str]:
    """One name per listed alternative: "epidural eller subdural absces" → "epidural absces",
    "subdural absces"; "X i knæregion eller underben" → "X i knæregion", "X i underben".
    """
    match = re.search(r"(\S+) eller (\S+)", text)
    if not match:
        return [text]
    head, tail = text[: match.start()], text[match.end() :]
    return [name for word in (match.group(1).rstrip(","), match.group(2)) for name in _alternatives(head + word + tail)]


def clinical_names(text: str, digits: bool = False) -> list[str]:
    """The clinical names in a catalogue ``text``, lower-cased at the start; none if it is register
    wording (truncated Latin, "anden" inside the name, too long to be written in a note) or, unless
    ``digits``, if it has a number: the generator writes no "stadie 3" into prose it cannot keep coherent,
    while the mention finder must read "kronisk nyreinsufficiens stadie 3" where a note writes it.
    """
    names = []
    # "X eller anden Y" is the register's catch-all: the clinical name is X.
    text = re.sub(r",? eller (?:anden|andet|andre|ikke specificeret)\b.*$", "", text)
    for alternative in _alternatives(text):
        name = re.sub(r"\s+", " ", _QUALIFIER.sub(" ", alternative)).strip(" ,-")
        name = _lower_first(_REGISTER_START.sub("", name))
        words = name.split(" ")
        if (
            not name
            or len(name) > 60
            or any(ch in name for ch in ".:;()")
            or " som " in name
            or (not digits and any(ch.isdigit() for ch in name))
            or any(w.casefold().strip(",") in _REGISTER_WORDS for w in words)
            or any(len(w.strip(",")) < 3 and w.casefold() not in _SHORT_WORDS and not w.isdigit() for w in words)
            or leftovers(name)
        ):
            continue
        names.append(name)
    return list(dict.fromkeys(names))
