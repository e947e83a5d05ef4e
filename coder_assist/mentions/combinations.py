"""Codes a note names in two parts: ICD-10's combination categories.

ICD-10 codes some pairs of conditions as one code, which no single phrase of a note names; a coder who reads
both parts codes the pair:
- diabetes of a known type with a complication: "type 2-diabetes" and "diabetisk nefropati" (DE142, diabetes
  of no stated type with a kidney complication) are DE112 "Type 2-diabetes med nyrekomplikation"; the
  complication may also be named by its chapter's own code (DH360 "Diabetisk retinopati" is DE1x3);
- osteoporosis with a current fracture is M80 "Osteoporose med patologisk fraktur", not M81 "... uden
  patologisk fraktur": "postmenopausal osteoporose" and "fraktur af os pubis" are DM800;
- anaemia in a stay with a current malignant neoplasm is "Anæmi ved neoplastisk sygdom" (DD630), not DD649;
- self-harm (DX84 "... med ikke specificerede metoder", by intent and timing) with a poisoning named by its
  T code is self-harm with that kind of substance: "selvmordsforsøg" and "paracetamolforgiftning" are DX6010
  (X60, non-opioid analgesics; 1, attempted suicide; 0, before the contact);
- sepsis of no stated organism with the organism named: "urosepsis" (DA419B) and "E. coli" (DB962) are DA415A
  "Sepsis forårsaget af Escherichia coli";
- HIV with an infection or neoplasm that defines its stage is one code of B20-B22: "HIV-infektion" and
  "Pneumocystis jirovecii-pneumoni" are DB206 "HIV-sygdom med Pneumocystis jirovecii pneumoni";
- a pregnant woman's disease of another chapter is coded as complicating the pregnancy (O99 by chapter, O24
  for pre-existing diabetes, O10 for pre-existing hypertension): "hypothyreose" in a stay coded with an O code
  is DO992 "Endokrin ... sygdom som komplicerer graviditet ...", or rather its sub-code for the very disease,
  DO992B "Hypothyroidisme som komplicerer ..." (the lexicon moves a combination there).

The finder reads the current namings of both parts as namings of the combination (``MentionFinder.find``).
The diabetes, unspecified anaemia and unspecified self-harm codes it replaces are gone ("Type 2-diabetes
uden komplikationer" is no longer true); the osteoporosis and a pregnant woman's disease stay named as
themselves too (coders differ on whether a fall's fracture makes it "med patologisk fraktur", and code the
disease beside its O code); a part of another kind (the fracture, the retinopathy, the poisoning, the
pregnancy) stays coded as itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coder_assist.catalogue.model import Catalogue

DIABETES_TYPES = ("DE10", "DE11", "DE12", "DE13")  # type 1, type 2, malnutrition-related, other stated type
UNSTATED_TYPE = "DE14"
# The complication a diabetes code's fourth character states ("DE112": 2, the kidneys); 9 is "without".
COMPLICATIONS = "012345678"
WITHOUT_COMPLICATION = "9"
# Codes of other chapters that name a diabetic complication (ICD-10's asterisk codes), by the complication.
ASTERISK = {
    "2": ("DN083",),  # glomerular disorder in diabetes
    "3": ("DH280", "DH360"),  # diabetic cataract, diabetic retinopathy
    "4": ("DG590", "DG632", "DG990"),  # diabetic mononeuropathy, polyneuropathy, autonomic neuropathy
    "5": ("DI792",),  # peripheral angiopathy in diabetes
}
# Fractures: the "…2" category of each injury block of the body (S02 skull … S92 foot), the spine's and limbs'
# unstated-level fractures, and vertebral collapse and fractures of chapter XIII.
FRACTURES = (
    *(f"DS{region}2" for region in range(10)),
    "DT02", "DT08", "DT10", "DT12", "DT142", "DM484", "DM485", "DM843", "DM844",
)  # fmt: skip
ANAEMIA = "DD649"  # "Anæmi UNS"
ANAEMIA_IN_CANCER = "DD630"
NEOPLASMS = "DC"  # malignant neoplasms (chapter II's C00-C97)
OSTEOPOROSIS = "DM81"  # "Osteoporose uden patologisk fraktur"
WITH_FRACTURE = "DM80"  # the same kinds "med patologisk fraktur", by the same fourth character
SELF_HARM_UNSPECIFIED = "DX84"  # then intent (0 suicide, 1 attempt, 2 self-harm) and timing (0 before, 1 during)
# The self-harm category of a poisoning's T code (ICD-10 X60-X69 by substance).
SELF_POISONING = (
    ("DX60", ("DT39",)), ("DX61", ("DT42", "DT43")), ("DX62", ("DT40",)), ("DX63", ("DT44",)),
    ("DX64", ("DT36", "DT37", "DT38", "DT41", "DT45", "DT46", "DT47", "DT48", "DT49", "DT50")),
    ("DX65", ("DT51",)), ("DX66", ("DT52", "DT53")), ("DX67", ("DT58", "DT59")), ("DX68", ("DT60",)),
    ("DX69", ("DT54", "DT55", "DT56", "DT57", "DT61", "DT62", "DT63", "DT64", "DT65")),
)  # fmt: skip
# Sepsis named without its organism (UNS, urosepsis, severe), and the organism's sepsis code by its B95-B96 code.
SEPSIS = ("DA419", "DA419B", "DA419C")
SEPSIS_BY = (
    ("DA400", ("DB950",)), ("DA401", ("DB951",)), ("DA402", ("DB952",)), ("DA403", ("DB953",)),
    ("DA408", ("DB954",)), ("DA409", ("DB955",)), ("DA410", ("DB956",)), ("DA411", ("DB957",)),
    ("DA412", ("DB958",)), ("DA413", ("DB963",)), ("DA414", ("DB966", "DB967")), ("DA415A", ("DB962",)),
    ("DA415", ("DB961", "DB964", "DB965")),
)  # fmt: skip
# HIV named without its manifestations (B24, asymptomatic Z21), and what it becomes with each (B20-B22).
HIV = ("DB24", "DZ21")
HIV_WITH = (
    ("DB200A", ("DA15", "DA16", "DA17", "DA18", "DA19")), ("DB200", ("DA31",)), ("DB202", ("DB25",)),
    ("DB203", ("DB00", "DB01", "DB02")), ("DB204", ("DB37",)),
    ("DB205", tuple(f"DB{n}" for n in range(38, 50))), ("DB206", ("DB59",)), ("DB210", ("DC46",)),
    ("DB211", ("DC837",)), ("DB212", ("DC82", "DC83", "DC84", "DC85")), ("DB222", ("DR64",)),
)  # fmt: skip
# A stay with any current code of chapter XV (pregnancy, birth, puerperium) or of a pregnancy's Z codes.
PREGNANCY = ("DO", "DZ33", "DZ34", "DZ35", "DZ36", "DZ37", "DZ39")
# Diseases of other chapters in pregnancy, by the named code's prefix (longest first): O99's chapter codes,
# and the categories ICD-10 takes out of them (pre-existing diabetes and hypertension, liver disease).
IN_PREGNANCY = (
    ("DE10", "DO240"), ("DE11", "DO241"), ("DE13", "DO243"), ("DE14", "DO243"), ("DE12", None),
    ("DI10", "DO100"), ("DI11", "DO101"), ("DI12", "DO102"), ("DI13", "DO103"), ("DI15", "DO104"),
    ("DK7", "DO266"), ("DD5", "DO990"), ("DD60", "DO990"), ("DD61", "DO990"), ("DD62", "DO990"),
    ("DD63", "DO990"), ("DD64", "DO990"), ("DD6", "DO991"), ("DD7", "DO991"), ("DD8", "DO991"),
    ("DE", "DO992"), ("DF", "DO993"), ("DG", "DO993"), ("DI", "DO994"), ("DJ", "DO995"), ("DK", "DO996"),
    ("DL", "DO997"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Combination:
    """The code ``code`` that a named code means together with a current code under one of ``partners``."""

    code: str
    partners: tuple[str, ...]  # code prefixes, any one of which completes the combination
    replaces: bool  # the named code (and a partner of its family) is no longer coded once the combination is


def combinations(catalogue: Catalogue, when: date) -> dict[str, tuple[Combination, ...]]:
    """For each code a note may name as one part of a combination, the combinations it can complete."""
    valid = {code for code, entry in catalogue.codes.items() if entry.valid_at(when)}
    found: dict[str, list[Combination]] = {}

    def add(named: str, code: str, partners: tuple[str, ...], replaces: bool = True) -> None:
        if named in valid and code in valid:
            found.setdefault(named, []).append(Combination(code, partners, replaces))

    for complication in COMPLICATIONS:
        stated = tuple(t + complication for t in (*DIABETES_TYPES, UNSTATED_TYPE)) + ASTERISK.get(complication, ())
        for diabetes in DIABETES_TYPES:
            # "type 2-diabetes" (DE119) + a complication named anywhere: DE11 with that complication
            add(diabetes + WITHOUT_COMPLICATION, diabetes + complication, stated)
    for unstated in sorted(c for c in valid if c.startswith(UNSTATED_TYPE) and len(c) >= 5 and c[4] in COMPLICATIONS):
        for diabetes in DIABETES_TYPES:
            # "diabetisk nefropati" (DE142) + a stated type: that type with the complication, to the Danish
            # sub-code where the type has one ("diabetisk fodsår", DE145B, in type 1: DE105B "... med fodsår")
            same = diabetes + unstated[4:]
            add(unstated, same if same in valid else diabetes + unstated[4], (diabetes,))
    # "anæmi" in a stay with a current cancer: "Anæmi ved neoplastisk sygdom" (DD630) instead of DD649
    add(ANAEMIA, ANAEMIA_IN_CANCER, (NEOPLASMS,))
    for kind in "0123456789":
        add(OSTEOPOROSIS + kind, WITH_FRACTURE + kind, FRACTURES, replaces=False)
    for way in sorted(c for c in valid if c.startswith(SELF_HARM_UNSPECIFIED) and len(c) == 6):
        for category, poisonings in SELF_POISONING:
            add(way, category + way[4:], poisonings)
    for named in SEPSIS:
        for code, partners in SEPSIS_BY:
            add(named, code, partners)
    for named in sorted(c for c in valid if c.startswith(HIV)):
        for code, partners in HIV_WITH:
            add(named, code, partners)
    for code in sorted(valid):
        in_pregnancy = next((o for prefix, o in IN_PREGNANCY if code.startswith(prefix)), None)
        if in_pregnancy is not None and len(code) >= 4:
            add(code, in_pregnancy, PREGNANCY, replaces=False)
    return {named: tuple(found_) for named, found_ in found.items()}
