"""Departments: who they admit, for what (A diagnoses) and with what else (B diagnoses).

Each department lists hand-described A diagnoses and comorbidities, most frequent first, and catalogue
ranges from which rarer codes (the long tail) are drawn. Frequencies within each list follow a Zipf law
(``SynthConfig.zipf_s``), so that across departments the code distribution is long-tailed.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from coder_assist.catalogue.model import Catalogue
from coder_assist.catalogue.names import clinical_names
from coder_assist.synth.rules import age_range

# Catalogue chapters/categories the long tail never draws from: perinatal, external causes, factors
# influencing health (Z), administrative (U, V, W, Y) and special-purpose codes.
_EXCLUDED_LETTERS = ("DP", "DU", "DV", "DW", "DX", "DY", "DZ")
# Diseases a Danish hospital (almost) never sees: plague, anthrax, leprosy, kuru, tropical viral and
# haemorrhagic fevers, smallpox, leishmaniasis, trypanosomiasis, most worm infections.
_EXOTIC = (("DA20", "DA28"), ("DA30", "DA30"), ("DA65", "DA67"), ("DA75", "DA79"), ("DA81", "DA99"),
           ("DB03", "DB04"), ("DB55", "DB57"), ("DB65", "DB83"), ("DB92", "DB92"))  # fmt: skip
_TAIL_PER_CATEGORY = 6


@dataclass(frozen=True)
class Department:
    name: str
    specialty: str
    weight: float  # share of all contacts
    ages: tuple[int, int, int]  # youngest, oldest, most typical age
    female_share: float
    a_codes: tuple[str, ...]  # hand-described A diagnoses, most frequent first
    comorbidities: tuple[str, ...]  # typical B diagnoses, most frequent first
    tail_ranges: tuple[tuple[str, str], ...]  # category ranges for rarer A and B codes
    b_mean: float  # mean number of true B diagnoses
    tail_size: int = 200  # how many rare codes the department draws from its ranges
    house_code: str = ""  # a code coders add from habit though the note is silent (e.g. heart failure)
    other_odds: float = 1.0  # odds ratio that its coders code a B condition outside its own ranges
    # (a surgical department codes fewer medical comorbidities, a psychiatric one fewer somatic ones)

    def b_odds(self, code: str) -> float:
        """The department's odds ratio for coding the B code ``code``."""
        own = any(first <= code[:4] <= last for first, last in self.tail_ranges)
        return 1.0 if own else self.other_odds


DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "Medicinsk afdeling", "intern medicin", 0.11, (15, 104, 76), 0.52,
        ("DJ189", "DN390", "DE869", "DE871", "DD649", "DA419", "DI509", "DJ441", "DE876", "DI959", "DK922",
         "DR559", "DN300", "DE875"),
        ("DI109", "DE119", "DI489", "DJ449", "DE660B", "DN189", "DE785", "DF102", "DE039", "DK219", "DE559",
         "DD649", "DR730", "DM109"),
        (("DD50", "DD89"), ("DE86", "DE87"), ("DR50", "DR69"), ("DI95", "DI99"), ("DB95", "DB99")), 2.4, 380,
    ),
    Department(
        "Akutafdeling", "akutmedicin", 0.10, (18, 95, 55), 0.5,
        ("DR074", "DR101", "DS525", "DT390", "DR559", "DN201", "DS822", "DJ069", "DT424", "DI269", "DN300",
         "DA469", "DR410"),
        ("DI109", "DX6010", "DF102", "DE119", "DF329", "DX6110", "DJ449", "DE660B", "DJ459"),
        (("DS00", "DS99"), ("DT00", "DT78"), ("DR00", "DR49")), 1.3, 680,
    ),
    Department(
        "Kardiologisk afdeling", "kardiologi", 0.09, (35, 97, 71), 0.38,
        ("DI214", "DI489", "DI509", "DI209", "DI200", "DR074", "DI219", "DI110", "DI350", "DI471", "DI441",
         "DR559"),
        ("DI109", "DE119", "DE785", "DI259", "DI489", "DE660B", "DJ449", "DN189", "DI509", "DE876", "DE660C"),
        (("DI05", "DI52"), ("DR00", "DR01"), ("DQ20", "DQ25")), 2.7, 380, "DI509",
    ),
    Department(
        "Lungemedicinsk afdeling", "lungemedicin", 0.06, (30, 95, 70), 0.5,
        ("DJ441", "DJ440", "DJ189", "DC349", "DJ960", "DI269", "DJ459", "DJ931", "DJ841", "DD869", "DJ181",
         "DJ690"),
        ("DJ449", "DI109", "DG473", "DE660C", "DI509", "DF102", "DM819", "DE119", "DI489"),
        (("DJ00", "DJ99"), ("DC33", "DC34"), ("DR04", "DR09")), 2.3, 380, "DJ449",
    ),
    Department(
        "Geriatrisk afdeling", "geriatri", 0.06, (72, 101, 85), 0.6,
        ("DR296", "DR410", "DN390", "DJ189", "DE869", "DS720", "DF039", "DR559", "DE871", "DD649", "DA419",
         "DI639"),
        ("DF039", "DG309", "DM819", "DI109", "DI489", "DE559", "DN189", "DE119", "DI509", "DM171", "DG209",
         "DR296", "DI693"),
        (("DR26", "DR29"), ("DR40", "DR41"), ("DF00", "DF09"), ("DG30", "DG32"), ("DM80", "DM82"),
         ("DL89", "DL89")), 3.2, 160, "DF039",
    ),
    Department(
        "Neurologisk afdeling", "neurologi", 0.06, (18, 95, 66), 0.48,
        ("DI639", "DG459", "DG409", "DI634", "DG209", "DG430", "DG442", "DS065", "DG431", "DI693", "DG629"),
        ("DI109", "DI489", "DE785", "DE119", "DF329", "DG409", "DG258A", "DG431", "DE660B"),
        (("DG00", "DG37"), ("DG50", "DG99"), ("DI60", "DI69")), 2.0, 450,
    ),
    Department(
        "Klinisk neurofysiologisk afdeling", "klinisk neurofysiologi", 0.03, (18, 88, 55), 0.55,
        ("DG560", "DG629", "DG409", "DG473", "DE114"),
        ("DE119", "DM069", "DE039", "DE660B", "DI109"),
        (("DG40", "DG47"), ("DG50", "DG64"), ("DG70", "DG73"), ("DM79", "DM79")), 0.9, 180,
    ),
    Department(
        "Infektionsmedicinsk afdeling", "infektionsmedicin", 0.05, (18, 95, 62), 0.48,
        ("DA419", "DJ189", "DA469", "DN390", "DL039", "DA415", "DA090", "DB349", "DJ159", "DJ029"),
        ("DE119", "DI109", "DF102", "DJ449", "DN189", "DD649", "DE869"),
        (("DA00", "DA99"), ("DB00", "DB99")), 2.1, 450,
    ),
    Department(
        "Endokrinologisk afdeling", "endokrinologi", 0.05, (18, 92, 58), 0.52,
        ("DE119", "DE109", "DE113", "DE114", "DE112", "DE050", "DE039", "DE212", "DE871", "DE055"),
        ("DI109", "DE785", "DE660B", "DE660C", "DN189", "DR730", "DG629", "DE063", "DI259", "DE559", "DE282",
         "DE660D", "DE890"),
        (("DE00", "DE35"), ("DE70", "DE88"), ("DD35", "DD35")), 2.4, 380,
    ),
    Department(
        "Nefrologisk afdeling", "nefrologi", 0.04, (20, 95, 66), 0.42,
        ("DN179", "DN184", "DN189", "DE875", "DN390", "DE112", "DN133"),
        ("DI109", "DE119", "DD649", "DE875", "DI509", "DE785", "DM109"),
        (("DN00", "DN29"), ("DE83", "DE87")), 2.8, 220, "DN189",
    ),
    Department(
        "Medicinsk gastroenterologisk afdeling", "gastroenterologi", 0.05, (18, 92, 58), 0.5,
        ("DK922", "DK703", "DK509", "DK519", "DK859", "DK746", "DK219", "DD509", "DR101", "DK579"),
        ("DF102", "DK219", "DD509", "DE119", "DI109", "DE559", "DE871"),
        (("DK20", "DK31"), ("DK50", "DK77"), ("DK90", "DK93"), ("DB15", "DB19")), 2.0, 380,
    ),
    Department(
        "Kirurgisk afdeling", "kirurgi", 0.07, (18, 95, 58), 0.5,
        ("DK358", "DK802", "DK409", "DK566", "DK579", "DK859", "DL039", "DC189", "DR101"),
        ("DI109", "DE119", "DE660B", "DJ449", "DI489", "DE660C"),
        (("DK35", "DK46"), ("DK55", "DK67"), ("DK80", "DK87"), ("DL00", "DL08"), ("DI83", "DI88")), 1.4, 380,
        other_odds=0.5,
    ),
    Department(
        "Ortopædkirurgisk afdeling", "ortopædkirurgi", 0.07, (18, 100, 70), 0.58,
        ("DS720", "DS721", "DS525", "DM171", "DM161", "DS822", "DM109"),
        ("DM819", "DI109", "DE660B", "DE119", "DF039", "DI489", "DR296"),
        (("DM00", "DM99"), ("DS40", "DS99")), 1.7, 680, other_odds=0.5,
    ),
    Department(
        "Onkologisk afdeling", "onkologi", 0.05, (30, 95, 67), 0.52,
        ("DC509", "DC349", "DC189", "DC619", "DC209", "DC259", "DC859", "DC679", "DC787", "DC795"),
        ("DC787", "DC795", "DD059", "DD649", "DI109", "DE119", "DI802", "DF329", "DI269"),
        (("DC00", "DC97"), ("DD37", "DD48")), 2.0, 600,
    ),
    Department(
        "Gynækologisk-obstetrisk afdeling", "gynækologi og obstetrik", 0.06, (17, 85, 31), 1.0,
        ("DO800", "DO141", "DO139", "DO244", "DO034", "DO001", "DO200", "DO600", "DO021", "DN809", "DN939",
         "DN950", "DN920", "DD259", "DN813"),
        ("DE660B", "DE039", "DF329", "DE282", "DJ459", "DD649", "DD059", "DE660C"),
        (("DO00", "DO99"), ("DN70", "DN98"), ("DD25", "DD28")), 0.9, 520, other_odds=0.55,
    ),
    Department(
        "Urologisk afdeling", "urologi", 0.03, (25, 95, 66), 0.25,
        ("DN201", "DN409", "DC619", "DC679", "DN390", "DN133"),
        ("DI109", "DE119", "DN189", "DN409", "DE660B"),
        (("DN20", "DN51"), ("DC61", "DC68"), ("DR30", "DR39")), 1.5, 270, other_odds=0.55,
    ),
    Department(
        "Psykiatrisk afdeling", "psykiatri", 0.05, (18, 85, 38), 0.55,
        ("DF329", "DF200", "DF102", "DF319", "DF331", "DF321", "DF431", "DF603", "DF412", "DT390"),
        ("DX6010", "DX6110", "DX7810", "DF102", "DF419", "DF101", "DF603", "DF319", "DX7010"),
        (("DF10", "DF69"), ("DX60", "DX84")), 1.6, 380, other_odds=0.6,
    ),
    Department(
        "Børne- og Ungdomspsykiatrisk afdeling", "børne- og ungdomspsykiatri", 0.03, (6, 17, 13), 0.45,
        ("DF900", "DF845", "DF901", "DF840", "DF329", "DF500", "DF913", "DF930", "DF419", "DF431", "DF321"),
        ("DF900", "DF901", "DF419", "DF913", "DF840", "DF500", "DF329"),
        (("DF80", "DF98"), ("DF40", "DF43"), ("DX60", "DX84")), 1.2, 130, other_odds=0.6,
    ),
    Department(
        "Børneafdeling", "pædiatri", 0.04, (0, 15, 3), 0.47,
        ("DJ210", "DR560", "DA090", "DJ069", "DB349", "DJ459", "DJ189", "DE109", "DJ029", "DN390"),
        ("DJ459", "DF900", "DE109", "DD649"),
        (("DJ00", "DJ06"), ("DJ20", "DJ22"), ("DA00", "DA09"), ("DL20", "DL30"), ("DH65", "DH66"),
         ("DB00", "DB09")), 0.7, 300,
    ),
)  # fmt: skip


def _sensible(code: str, text: str) -> bool:
    return (
        not code.startswith(_EXCLUDED_LETTERS)
        and not any(first <= code[:4] <= last for first, last in _EXOTIC)
        and 4 <= len(text) <= 80
        and not any(word in text for word in ("Følger", "følgetilstand", "Senfølge", "Personlig anamnese"))
    )


def tail_codes(department: Department, catalogue: Catalogue) -> tuple[str, ...]:
    """The rare codes of a department: full codes (level ≥ 4) in its ranges that are valid today,
    sensible for a hospital, named in clinical wording and possible at the department's ages, at
    most six per category, spread
    over as many categories as the department's ``tail_size`` allows.
    """
    young, old, _ = department.ages
    by_category: dict[str, list[str]] = {}
    for code in catalogue:
        if len(code.code) < 5 or code.valid_to is not None or code.kind == "other":
            continue
        if not any(first <= code.category <= last for first, last in department.tail_ranges):
            continue
        low, high = age_range(code.code)
        if low > old or high < young or not _sensible(code.code, code.text):
            continue
        if not clinical_names(code.text) and not any(clinical_names(a) for a in code.aliases):
            continue  # register wording only: a note could not name it
        by_category.setdefault(code.category, []).append(code.code)
    chosen: list[str] = []
    for rank in range(_TAIL_PER_CATEGORY):
        for category in sorted(by_category, key=lambda c: zlib.crc32(c.encode())):
            ranked = sorted(by_category[category], key=lambda c: zlib.crc32(c.encode()))
            if rank < len(ranked) and ranked[rank] not in department.a_codes + department.comorbidities:
                chosen.append(ranked[rank])
    return tuple(chosen[: department.tail_size])
