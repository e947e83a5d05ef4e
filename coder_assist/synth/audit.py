"""Checks a Danish clinician would make when reading a finished synthetic case.

The audit reads cases only (``coder_assist.cases.Case``, as read from the JSON Lines) and never imports
the writer, so it judges what was written rather than what the generator meant to write: a rule it
shares with the writer would pass the writer's own mistakes. Each check is a small function that
returns violations with the case id, a kind and a short quote; the rules are deliberately simple,
explicit regexes, so that a violation can be read and argued with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from coder_assist.cases import Case
from coder_assist.synth.rules import broken_rules


@dataclass(frozen=True)
class Violation:
    case_id: str
    kind: str  # one of KINDS
    quote: str  # the offending words (at most ~80 characters), or what is missing


# Violation kinds, in the order --stats lists them.
SCHOOL_AGE = "school or daycare wrong for age"
ADULT_LIFE_IN_CHILD = "adult life in a child"
PREGNANCY = "pregnancy in a man, child or older woman"
CODE_AGE_SEX = "code forbidden for age or sex"
EWS_WORDS = "high EWS called stable"
DAYS_ORDER = "days out of order"
DAY_AFTER_DISCHARGE = "day after discharge"
REPEATED_SENTENCE = "sentence repeated in a note"
LEFTOVER = "catalogue leftover in prose"
AMI_WORKUP = "AMI without troponin or angiography"
PNEUMONIA_WORKUP = "pneumonia without CRP, X-ray or antibiotics"
HIP_FRACTURE_SURGERY = "hip fracture without surgery"
DIABETES_GLUCOSE = "diabetes without HbA1c or glucose"
ELECTIVE_ACUTE = "elective admission for an acute condition"
KINDS = (
    SCHOOL_AGE, ADULT_LIFE_IN_CHILD, PREGNANCY, CODE_AGE_SEX, EWS_WORDS, DAYS_ORDER, DAY_AFTER_DISCHARGE,
    REPEATED_SENTENCE, LEFTOVER, AMI_WORKUP, PNEUMONIA_WORKUP, HIP_FRACTURE_SURGERY, DIABETES_GLUCOSE,
    ELECTIVE_ACUTE,
)  # fmt: skip

_QUOTE = 80
_I = re.IGNORECASE

# A sentence ends at a line break, or at . ! ? followed by spaces and a capital: "pt. har", "obs. pro"
# and "p.o." stay inside their sentence. (Splitting lines first and then each line is twice as fast as
# one regex with both alternatives.)
_SENTENCE_END = re.compile(r"(?<=[.!?]) +(?=[A-ZÆØÅ])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+")


def sentences(text: str) -> list[str]:
    """The sentences of a note, in order; empty pieces dropped."""
    return [s for line in text.split("\n") for s in _SENTENCE_END.split(line.strip()) if s]


def mask_numbers(sentence: str) -> str:
    """The sentence with every number replaced by 0, so "hjemmehjælp 7 gange" and "5 gange" are one
    sentence."""
    return _NUMBER.sub("0", sentence)


def _quote(text: str, start: int, end: int) -> str:
    """The match with a little context on each side, on one line, at most ~_QUOTE characters."""
    room = max(0, _QUOTE - (end - start)) // 2
    return " ".join(text[max(0, start - room) : end + room].split())[: _QUOTE + 10]


@dataclass(frozen=True)
class _Reading:
    """A case with its text joined and lower-cased once: most rules first test for a plain word
    (``needle in lower``), which is far cheaper than running a case-insensitive regex over every note."""

    case: Case
    text: str
    lower: str
    gold: list[str]  # true codes (truth when the case has it, else the human codes), A first

    @classmethod
    def of(cls, case: Case) -> _Reading:
        text = "\n\n".join(note.text for note in case.notes)
        codes = case.truth.codes if case.truth is not None and case.truth.codes else case.codes
        return cls(case, text, text.lower(), [c.code for c in codes])

    def has(self, *needles: str) -> bool:
        return any(needle in self.lower for needle in needles)

    def found(self, kind: str, pattern: re.Pattern[str], suffix: str = "") -> list[Violation]:
        return [
            Violation(self.case.case_id, kind, _quote(self.text, m.start(), m.end()) + suffix)
            for m in pattern.finditer(self.text)
        ]


# --- age and sex ---------------------------------------------------------------------------------
# Danish children start in 0. klasse (børnehaveklasse) the year they turn 6, so class N is normally
# ages N+5 to N+6; up to N+8 allows for a late start or a repeated year.
_SCHOOL_CLASS = re.compile(r"\b(?:går i|gik i|elev i|starter i|skal i) (\d{1,2})\. ?klasse\b", _I)
_NURSERY = re.compile(r"\b(?:går i|passes i|er i|starter i) (?:vuggestue|dagpleje)\b", _I)  # up to 3
_KINDERGARTEN = re.compile(r"\b(?:går i|passes i|er i|starter i) børnehave(?:n)?\b", _I)  # 2 to 7


def _school_age(r: _Reading, age: int) -> list[Violation]:
    found = []
    if r.has("klasse"):
        found += [
            Violation(r.case.case_id, SCHOOL_AGE, _quote(r.text, m.start(), m.end()) + f" ({age} år)")
            for m in _SCHOOL_CLASS.finditer(r.text)
            if not int(m.group(1)) + 5 <= age <= int(m.group(1)) + 8
        ]
    if age > 3 and r.has("vuggestue", "dagpleje"):
        found += r.found(SCHOOL_AGE, _NURSERY, f" ({age} år)")
    if not 2 <= age <= 7 and r.has("børnehave"):
        found += r.found(SCHOOL_AGE, _KINDERGARTEN, f" ({age} år)")
    return found


# Walking aids, home care, pension, sick leave, a job or a spouse belong to adults; below 15 they are
# a contradiction (a child with a disability has "hjælpemidler" and "aflastning", not a rollator and
# hjemmehjælp), unless the sentence is about a relative ("Mor arbejder som sygeplejerske").
_ADULT_WORDS = (
    "rollator", "hjemmehjælp", "hjemmepleje", "plejehjem", "pension", "sygemeld", "arbejder som",
    "arbejder på", "ansat som", "ansat ved", "fuldtidsarbejde", "ægtefælle", "hustru", "ægtemand",
)  # fmt: skip
_ADULT_LIFE = re.compile(
    r"\b(?:rollator|hjemmehjælp|hjemmepleje|plejehjem|pensionist|folkepension|førtidspension|sygemeld|"
    r"arbejder som|arbejder på|ansat som|ansat ved|fuldtidsarbejde|ægtefælle|hustru|ægtemand)\w*",
    _I,
)
_RELATIVE = re.compile(
    r"\b(?:mor|far|moderen|faderen|forældre\w*|plejeforældre\w*|mormor|morfar|farmor|farfar|bedste\w+|"
    r"søster|bror|storebror|storesøster)\b",
    _I,
)
_ADULT_FROM = 15


def _adult_life_in_child(r: _Reading, age: int) -> list[Violation]:
    if age >= _ADULT_FROM or not r.has(*_ADULT_WORDS):
        return []
    found = []
    for m in _ADULT_LIFE.finditer(r.text):
        sentence_start = max(r.text.rfind("\n", 0, m.start()), r.text.rfind(". ", 0, m.start())) + 1
        if not _RELATIVE.search(r.text, sentence_start, m.start()):
            found.append(
                Violation(r.case.case_id, ADULT_LIFE_IN_CHILD, _quote(r.text, m.start(), m.end()) + f" ({age} år)")
            )
    return found


# Words that say the patient is pregnant now; "graviditeter" (past pregnancies counted in a woman's
# history) is left out on purpose.
_PREGNANT = re.compile(
    r"\b(?:gravid|gravide|graviditeten|graviditetsuge\w*|svangerskabet|svangerskabsuge\w*|"
    r"gestationsalder\w*|gravida)\b|\bGA \d{1,2}\+\d\b",
    _I,
)
_PREGNANCY_AGES = (12, 55)


def _pregnancy(r: _Reading, age: int | None, sex: str | None) -> list[Violation]:
    low, high = _PREGNANCY_AGES
    impossible = sex == "M" or (age is not None and not low <= age <= high)
    if not impossible or not r.has("gravid", "svangerskab", "gestation", "ga "):
        return []
    return r.found(PREGNANCY, _PREGNANT, f" ({sex or '?'}, {age if age is not None else '?'} år)")


def _code_age_sex(r: _Reading, age: int, sex: str) -> list[Violation]:
    """True and human codes that the SKS age and sex rules (``synth/rules.py``) forbid."""
    codes = dict.fromkeys([*r.gold, *(c.code for c in r.case.codes)])
    return [Violation(r.case.case_id, CODE_AGE_SEX, why) for code in codes for why in broken_rules(code, age, sex)]


def check_patient(r: _Reading) -> list[Violation]:
    """Social history, school, pregnancy and codes that do not fit the patient's age and sex."""
    patient = r.case.patient
    if patient is None:
        return []
    found = _pregnancy(r, patient.age, patient.sex)
    if patient.age is not None:
        found += _school_age(r, patient.age) + _adult_life_in_child(r, patient.age)
        if patient.sex in ("M", "F"):
            found += _code_age_sex(r, patient.age, patient.sex)
    return found


# --- course --------------------------------------------------------------------------------------
# An early warning score of 5 or more calls for a doctor at once; a sentence that gives such a score
# and calls the patient stable or unaffected contradicts itself.
_EWS = re.compile(r"\b(?:EWS|NEWS2?|TOKS)\s*(?:på|[:=])?\s*(\d{1,2})\b")
_CALM = re.compile(r"\b(?:stabil\w*|upåvirket|uproblematisk|velbefindende)\b", _I)
_EWS_ALARM = 5


def check_ews_words(r: _Reading) -> list[Violation]:
    found = []
    lines_seen: set[int] = set()
    for m in _EWS.finditer(r.text):
        start = r.text.rfind("\n", 0, m.start()) + 1
        if int(m.group(1)) < _EWS_ALARM or start in lines_seen:
            continue
        lines_seen.add(start)
        end = r.text.find("\n", m.end())
        for sentence in sentences(r.text[start : end if end >= 0 else len(r.text)]):
            high = any(int(s.group(1)) >= _EWS_ALARM for s in _EWS.finditer(sentence))
            if high and _CALM.search(sentence):
                found.append(Violation(r.case.case_id, EWS_WORDS, sentence[:_QUOTE]))
    return found


# Day entries of the course ("Dag 3: ..."): capital D, as they open a line or a sentence.
_DAY = re.compile(r"\bDag (\d{1,3})\b")


def check_days(r: _Reading) -> list[Violation]:
    """Day entries that go back in time, or that lie after the discharge date (day 1 is the day of
    admission)."""
    found = []
    admission = r.case.admission
    stay = (admission.end - admission.start).days + 1 if admission and admission.end else None
    for note in r.case.notes:
        if "Dag " not in note.text:
            continue
        last = 0
        for m in _DAY.finditer(note.text):
            day = int(m.group(1))
            if day < last:
                found.append(Violation(r.case.case_id, DAYS_ORDER, f"Dag {last} … Dag {day}"))
            if stay is not None and day > stay:
                found.append(Violation(r.case.case_id, DAY_AFTER_DISCHARGE, f"Dag {day} af {stay} indlagte dage"))
            last = max(last, day)
    return found


# A sentence counts for repeats (and for --stats' reuse) from four words on, so that "Ingen." or
# "Konklusion: Pneumoni." written twice is not a repeat.
MIN_SENTENCE_WORDS = 4


def is_prose(sentence: str) -> bool:
    """Whether ``sentence`` has at least MIN_SENTENCE_WORDS words."""
    return len(_WORD.findall(sentence)) >= MIN_SENTENCE_WORDS


def repeated_sentences(text: str) -> list[str]:
    """The sentences (numbers masked) that occur more than once in ``text``, each once."""
    seen: set[str] = set()
    repeated: dict[str, None] = {}
    for sentence in sentences(mask_numbers(text)):
        # Words are counted only for a repeat: most sentences are not, and counting is the slow part.
        if sentence in seen and sentence not in repeated and is_prose(sentence):
            repeated[sentence] = None
        seen.add(sentence)
    return list(repeated)


def check_repeated_sentence(r: _Reading) -> list[Violation]:
    return [
        Violation(r.case.case_id, REPEATED_SENTENCE, sentence[:_QUOTE])
        for note in r.case.notes
        for sentence in repeated_sentences(note.text)
    ]


# --- wording -------------------------------------------------------------------------------------
# Register wording of the SKS catalogue that no clinician writes in a note, each with a plain word that
# must occur (lower-cased) before its regex is run. "UNS" (uden nærmere specifikation), "IKA" (ikke
# klassificeret andetsteds) and "NOS" are matched in capitals only.
LEFTOVER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("uns", re.compile(r"\bUNS\b")),
    ("ika", re.compile(r"\bIKA\b")),
    ("nos", re.compile(r"\bNOS\b")),
    ("andetsteds", re.compile(r"\bklassificeret andetsteds\b|\bandetsteds klassificeret\b", _I)),
    ("specificere", re.compile(r"\bikke specificere(?:t|de)\b|\buspecificere(?:t|de)\b", _I)),
    ("angivelse af", re.compile(r"\buden angivelse af\b", _I)),
    ("o.l.", re.compile(r"(?<![\w.])o\.l\.(?!\w)", _I)),  # not the "O.L." of "K.O.L."
    ("opioid", re.compile(r"\bikke-opioid\w* analgetik\w*", _I)),
    ("antipyretik", re.compile(r"\bantipyretik\w* og antireumatik\w*", _I)),
)


def check_leftovers(r: _Reading) -> list[Violation]:
    return [v for needle, pattern in LEFTOVER_PATTERNS if r.has(needle) for v in r.found(LEFTOVER, pattern)]


# --- workup follows the diagnosis ------------------------------------------------------------------
_TROPONIN = re.compile(r"\b(?:troponin\w*|TnT|TnI|hs-?Tn\w*)\b", _I)
_ANGIO = re.compile(r"\b(?:KAG|CAG|PCI|koronar(?:arterio|angio)grafi\w*|angiografi\w*|konservativ\w*)\b", _I)
_CRP = re.compile(r"\bCRP\b|\bC-reaktivt protein\b", _I)
_CHEST_XRAY = re.compile(
    r"\b(?:rtg\.?|røntgen|røntgenbillede)(?:\s+af)?\s+(?:thorax|thx|lunger)\b|\bthoraxrøntgen\b|\binfiltrat\w*|"
    r"\bCT[- ]thorax\b|\bfortætning\w*",
    _I,
)
_ANTIBIOTIC = re.compile(
    r"\b(?:antibiotik\w*|AB-beh\w*|i\.v\. AB|\w*cillin|cef\w+|meropenem|clarithromycin|roxithromycin|"
    r"azithromycin|erythromycin|doxycyclin|moxifloxacin|ciprofloxacin|gentamicin|clindamycin|"
    r"metronidazol|sulfamethizol|trimethoprim)\b",
    _I,
)
_SURGERY = re.compile(
    r"\b(?:osteosyntese\w*|\w*alloplastik\w*|opere\w*|operation\w*|op\.|gammasøm|marvsøm|DHS|SHS|"
    r"kirurgisk\w*|konservativ\w*)",
    _I,
)
_GLUCOSE = re.compile(r"\b(?:HbA1c|A1c|glukose|glucose|blodsukker\w*|BS|p-gluk\w*)\b", _I)


def _missing(r: _Reading, kind: str, codes: list[str], needs: dict[str, bool]) -> list[Violation]:
    lacking = [what for what, present in needs.items() if not present]
    return [Violation(r.case.case_id, kind, f"{codes[0]} uden {' / '.join(lacking)}")] if lacking else []


def check_workup(r: _Reading) -> list[Violation]:
    """Key true diagnoses whose usual workup or treatment shows nowhere in the notes, lab names or drug
    names: AMI (troponin and KAG/PCI, or a conservative decision), pneumonia (CRP, chest X-ray or an
    infiltrate, antibiotics unless viral), hip fracture (an operation, or a conservative decision), diabetes (HbA1c
    or glucose)."""
    ami = [c for c in r.gold if c[:4] in ("DI21", "DI22")]
    pneumonia = [c for c in r.gold if "DJ12" <= c[:4] <= "DJ18"]
    hip = [c for c in r.gold if c[:5] in ("DS720", "DS721")]
    diabetes = [c for c in r.gold if "DE10" <= c[:4] <= "DE14"]
    if not (ami or pneumonia or hip or diabetes):
        return []
    case = r.case
    text = "\n".join([r.text, *(lab.name for lab in case.labs), *(m.name for m in case.medications)])
    found: list[Violation] = []
    if ami:
        needs = {"troponin": bool(_TROPONIN.search(text)), "KAG/PCI": bool(_ANGIO.search(text))}
        found += _missing(r, AMI_WORKUP, ami, needs)
    if pneumonia:
        antibiotic = any((m.atc or "").startswith("J01") for m in case.medications)
        needs = {"CRP": bool(_CRP.search(text)), "RTG thorax/infiltrat": bool(_CHEST_XRAY.search(text))}
        # A viral pneumonia (DJ12) is not treated with antibiotics; every other one is.
        if any(not c.startswith("DJ12") for c in pneumonia):
            needs["antibiotika"] = antibiotic or bool(_ANTIBIOTIC.search(text))
        found += _missing(r, PNEUMONIA_WORKUP, pneumonia, needs)
    if hip:
        found += _missing(r, HIP_FRACTURE_SURGERY, hip, {"operation": bool(_SURGERY.search(text))})
    if diabetes:
        found += _missing(r, DIABETES_GLUCOSE, diabetes, {"HbA1c/glukose": bool(_GLUCOSE.search(text))})
    return found


# An admission the text calls elective ("elektivt indlagt") is wrong for a condition that cannot wait,
# and in an emergency department, which admits acutely by definition.
_ELECTIVE = re.compile(r"\belektiv(?:t)? (?:indlagt|indlæggelse)\b|\bindlagt elektivt\b|\bplanlagt indlæggelse\b", _I)
_EMERGENCY_DEPARTMENT = re.compile(r"\bakut(?:afdeling|modtagelse|medicin)|\bFAM\b|\bskadestue", _I)
# Acute conditions by SKS category range (inclusive): AMI and cardiac arrest, stroke, sepsis,
# appendicitis, injuries and fractures, burns, frostbite and poisonings, self-harm.
_ACUTE = (("DI21", "DI22"), ("DI46", "DI46"), ("DI60", "DI64"), ("DA40", "DA41"), ("DK35", "DK35"),
          ("DS00", "DS99"), ("DT00", "DT65"), ("DX60", "DX84"))  # fmt: skip


def check_elective_acute(r: _Reading) -> list[Violation]:
    if not r.has("elektiv", "planlagt indl"):
        return []
    m = _ELECTIVE.search(r.text)
    if m is None:
        return []
    a_code = r.gold[0] if r.gold else ""
    if any(first <= a_code[:4] <= last for first, last in _ACUTE):
        why = a_code
    elif _EMERGENCY_DEPARTMENT.search(f"{r.case.department or ''} {r.case.specialty or ''}"):
        why = r.case.department or r.case.specialty or ""
    else:
        return []
    return [Violation(r.case.case_id, ELECTIVE_ACUTE, _quote(r.text, m.start(), m.end()) + f" ({why})")]


_CHECKS: tuple[Callable[[_Reading], list[Violation]], ...] = (
    check_patient, check_ews_words, check_days, check_repeated_sentence, check_leftovers, check_workup,
    check_elective_acute,
)  # fmt: skip


def audit_case(case: Case) -> list[Violation]:
    """Every violation in one case, rule by rule."""
    reading = _Reading.of(case)
    return [v for check in _CHECKS for v in check(reading)]


def audit_cases(cases: Iterable[Case]) -> list[Violation]:
    """Every violation in ``cases``."""
    return [v for case in cases for v in audit_case(case)]
