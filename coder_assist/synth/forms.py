"""Surface forms: the ways a note names a condition, and which of them only the test split may use.

Frequent codes have hand-written forms (``lexicon.py``). Every code also gets forms made from its
catalogue text by transforms a real note shows: the text as is, lower-cased and without "UNS",
abbreviated words ("kr." for "kronisk", "fx" for "fraktur"), another word order, the definite
(inflected) form and spelling slips. All transforms are deterministic.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from coder_assist.synth.lexicon import CONDITIONS

_ABBREVIATIONS = {
    "kronisk": "kr.", "akut": "ak.", "venstre": "ve.", "højre": "hø.", "fraktur": "fx", "med": "m.",
    "uden": "u.", "infektion": "inf.", "sygdom": "sygd.", "insufficiens": "insuff.", "anden": "a.",
    "forårsaget": "forårs.", "komplikation": "kompl.", "komplikationer": "kompl.", "ikke": "ik.",
    "specificeret": "spec.", "betændelse": "btb.", "bilateral": "bilat.", "diabetes": "DM",
    "type": "t.", "syndrom": "syndr.", "lokalisation": "lok.", "behandling": "beh.", "tilstand": "tilst.",
    "ekstremitet": "ekstr.", "underekstremitet": "UE", "overekstremitet": "OE", "hjertesygdom": "hjertesygd.",
    "kræft": "ca.", "sekundær": "sek.", "primær": "prim.", "kongenit": "kong.", "medfødt": "medf.",
}  # fmt: skip
_DROP = re.compile(r"\s*(\bUNS\b|\buden (nærmere )?specifikation\b|\bIKA\b|\([^)]*\))\s*")
_WORD = re.compile(r"[A-Za-zÆØÅæøåéü]+")
_NEUTER_ENDINGS = ("om", "brud", "ment", "eum", "ium", "sår", "fald", "tryk", "anfald", "stop", "syn")
_VOWELS = "aeiouyæøå"
MIN_FORMS = 5  # every code gets at least this many surface forms


@dataclass(frozen=True)
class FormSet:
    """All forms of one code, split into those any split may use and those only the test split may."""

    code: str
    shared: tuple[str, ...]
    test_only: tuple[str, ...]


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _plain(text: str) -> str:
    """Catalogue text without "UNS", parentheses and double spaces, lower-cased at the start."""
    return _lower_first(re.sub(r"\s+", " ", _DROP.sub(" ", text)).strip(" ,"))


def _abbreviate(text: str) -> str:
    return " ".join(_ABBREVIATIONS.get(w.lower(), w) for w in text.split(" "))


def _reorder(text: str) -> str:
    """Another word order: "X, Y" → "Y X"; "X af Y"/"X i Y" with one-word Y → the compound "YX"."""
    if ", " in text:
        head, tail = text.split(", ", 1)
        return f"{tail} {head[0].lower() + head[1:]}"
    match = re.fullmatch(r"(\w+) (?:af|i) (?:den |det )?(\w+?)(?:en|et)?", text)
    if match:
        return (match.group(2) + match.group(1)).lower()
    match = re.fullmatch(r"(\w+) (\w+)", text)
    if match and match.group(1).endswith(("isk", "ær", "al", "iv")):
        return f"{match.group(2)} af {match.group(1)} type"
    return text


def _definite(text: str) -> str:
    """The definite form of the last word: "pneumoni" → "pneumonien", "syndrom" → "syndromet"."""
    words = text.split(" ")
    last = words[-1]
    if not last.isalpha() or not last.islower():
        return text
    if last.endswith(_NEUTER_ENDINGS):
        last += "et"
    elif last.endswith("e"):
        last += "n"
    else:
        last += "en"
    return " ".join([*words[:-1], last])


def _slips(text: str, salt: int) -> list[str]:
    """Two spelling slips in the longest word: adjacent letters swapped, a letter dropped or doubled."""
    words = _WORD.findall(text)
    if not words:
        return []
    word = max(words, key=len)
    if len(word) < 6:
        return []
    at = 2 + salt % (len(word) - 4)
    swapped = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    vowel = next((i for i in range(len(word) - 2, 1, -1) if word[i] in _VOWELS), None)
    dropped = word[:vowel] + word[vowel + 1 :] if vowel is not None else word[:at] + word[at + 1 :]
    doubled = word[: at + 1] + word[at] + word[at + 1 :]
    choice = [swapped, dropped, doubled]
    ordered = [choice[salt % 3], choice[(salt + 1) % 3], choice[(salt + 2) % 3]]
    return [text.replace(word, w, 1) for w in ordered if w != word]


def reserve_forms(code: str, text: str, aliases: tuple[str, ...]) -> list[str]:
    """More forms for a code whose text gives few: the catalogue's other texts, slips in other words,
    and as a last resort phrasings such as "diagnosen X".
    """
    plain = _plain(text)
    salt = zlib.crc32(code.encode())
    extra = [_plain(a) for a in aliases]
    for word in sorted(set(_WORD.findall(plain)), key=lambda w: (-len(w), w))[1:]:
        extra += [plain.replace(word, slip, 1) for slip in _slips(word, salt)]
    return [
        *extra,
        f"diagnosen {plain}",
        f"{plain}, bekræftet",
        f"tilstand forenelig med {plain}",
        f"{plain} (verificeret)",
    ]


def programmatic_forms(code: str, text: str) -> list[str]:
    """Forms of ``code`` derived from its catalogue ``text``, most faithful first."""
    plain = _plain(text)
    salt = zlib.crc32(code.encode())
    slips = _slips(plain, salt)
    # Few transforms apply to a short text ("Kraurosis ani"): keep all three slips then, else two.
    n_slips = 2 if len({plain, _abbreviate(plain), _reorder(plain), _definite(plain)}) >= 4 else 3
    candidates = [text, plain, _abbreviate(plain), _reorder(plain), _definite(plain), *slips[:n_slips]]
    return [c for c in candidates if len(c) >= 2]


def _key(form: str) -> str:
    return form.casefold()


def build_form_sets(
    codes: list[str],
    catalogue_text: dict[str, str],
    aliases: dict[str, tuple[str, ...]],
    heldout_share: float,
    static_text: str,
) -> dict[str, FormSet]:
    """Forms for every code in ``codes``, each form belonging to one code only.

    About ``heldout_share`` of each code's forms become test-only, chosen by a hash of the form so the
    choice does not depend on the run's seed. A form may be test-only only if it never occurs inside
    a shared form or inside the generator's fixed text (``static_text``): a model trained on the train
    split then truly never saw it.
    """
    owner: dict[str, str] = {}
    all_forms: dict[str, list[str]] = {}
    for code in codes:
        hand = list(CONDITIONS[code].forms) if code in CONDITIONS else []
        forms: list[str] = []
        reserve = reserve_forms(code, catalogue_text[code], aliases.get(code, ()))
        for form in [*hand, *programmatic_forms(code, catalogue_text[code]), *reserve]:
            if form in reserve and len(forms) >= MIN_FORMS:
                break
            key = _key(form)
            if owner.setdefault(key, code) == code and key not in map(_key, forms):
                forms.append(form)
        all_forms[code] = forms
    held: dict[str, set[str]] = {}
    for code, forms in all_forms.items():
        n_held = round(heldout_share * len(forms)) if len(forms) >= 4 else 0
        ranked = sorted(forms[1:], key=lambda f: zlib.crc32(f"{code}|{f}".encode()))
        held[code] = set(ranked[:n_held])
    # Release held forms that occur in shared text until nothing changes: releasing one form adds to
    # the shared text, which can expose another.
    while True:
        shared_text = "\n".join(
            [static_text.casefold()] + [_key(f) for c, fs in all_forms.items() for f in fs if f not in held[c]]
        )
        released = [(c, f) for c, hs in held.items() for f in sorted(hs) if _key(f) in shared_text]
        if not released:
            break
        for code, form in released:
            held[code].discard(form)
    return {
        code: FormSet(code, tuple(f for f in forms if f not in held[code]), tuple(f for f in forms if f in held[code]))
        for code, forms in all_forms.items()
    }
