"""Codes a note names in two parts: ICD-10's combination categories.

ICD-10 codes some pairs of conditions as one code, which no single phrase of a note names; a coder who reads
both parts codes the pair:
- diabetes of a known type with a complication: "type 2-diabetes" and "diabetisk nefropati" (DE142, diabetes
  of no stated type with a kidney complication) are DE112 "Type 2-diabetes med nyrekomplikation"; the
  complication may also be named by its chapter's own code (DH360 "Diabetisk retinopati" is DE1x3);
- osteoporosis with a current fracture is M80 "Osteoporose med patologisk fraktur", not M81 "... uden
  patologisk fraktur": "postmenopausal osteoporose" and "fraktur af os pubis" are DM800.

The finder reads the current namings of both parts as namings of the combination (``MentionFinder.find``).
The diabetes codes it replaces are gone ("Type 2-diabetes uden komplikationer" is no longer true); the
osteoporosis stays named as itself too, since coders differ on whether a fall's fracture makes it "med
patologisk fraktur"; a part of another kind (the fracture, the retinopathy) stays coded as itself.
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
OSTEOPOROSIS = "DM81"  # "Osteoporose uden patologisk fraktur"
WITH_FRACTURE = "DM80"  # the same kinds "med patologisk fraktur", by the same fourth character


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
            # "diabetisk nefropati" (DE142) + a stated type: that type with the complication
            add(UNSTATED_TYPE + complication, diabetes + complication, (diabetes,))
    for kind in "0123456789":
        add(OSTEOPOROSIS + kind, WITH_FRACTURE + kind, FRACTURES, replaces=False)
    return {named: tuple(found_) for named, found_ in found.items()}
