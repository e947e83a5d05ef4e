"""Age and sex rules that every synthetic case obeys: the register's hard conflicts
(``catalogue.patient_rules``, shared with the app's suggestions and finishing checks) and, on top of them,
what is plausible in a simulation: childhood psychiatric disorders only in children, dementia only in the
old, no pregnancy before 15, and so on. A code must pass every rule whose range holds it.

The generator draws only codes that pass ``allowed``; the tests check the written cases with the same function.
"""

from __future__ import annotations

from coder_assist.catalogue.patient_rules import HARD_RULES, Rule

PLAUSIBLE: tuple[Rule, ...] = (
    Rule("DO00", "DO99", "F", 15, 50, "pregnancy, birth and puerperium"),
    Rule("DZ32", "DZ39", "F", 15, 50, "pregnancy and delivery care"),
    Rule("DP00", "DP96", "", 0, 0, "perinatal conditions belong to the newborn"),
    Rule("DN40", "DN53", "M", 15, 120, "male genital organs"),
    Rule("DC60", "DC63", "M", 18, 120, "male genital cancer"),
    Rule("DD29", "DD29", "M", 18, 120, "benign tumour of male genital organs"),
    Rule("DD40", "DD40", "M", 18, 120, "uncertain tumour of male genital organs"),
    Rule("DQ53", "DQ55", "M", 0, 120, "male genital malformations"),
    Rule("DR86", "DR86", "M", 0, 120, "findings in male genital specimens"),
    Rule("DN70", "DN98", "F", 12, 120, "female pelvic and genital organs"),
    Rule("DC51", "DC58", "F", 18, 120, "female genital cancer"),
    Rule("DC50", "DC50", "F", 25, 120, "breast cancer (men excluded in this simulation)"),
    Rule("DD05", "DD05", "F", 25, 120, "breast carcinoma in situ (men excluded in this simulation)"),
    Rule("DD06", "DD06", "F", 18, 120, "carcinoma in situ of female genital organs"),
    Rule("DD070", "DD073", "F", 18, 120, "carcinoma in situ of female genital organs"),
    Rule("DD25", "DD28", "F", 18, 120, "benign tumours of female genital organs"),
    Rule("DD39", "DD39", "F", 18, 120, "uncertain tumour of female genital organs"),
    Rule("DE28", "DE28", "F", 12, 120, "ovarian dysfunction"),
    Rule("DQ50", "DQ52", "F", 0, 120, "female genital malformations"),
    Rule("DR87", "DR87", "F", 12, 120, "findings in female genital specimens"),
    Rule("DN95", "DN95", "F", 40, 120, "menopausal disorders"),
    Rule("DF00", "DF03", "", 55, 120, "dementia"),
    Rule("DG30", "DG32", "", 55, 120, "Alzheimer's and other degenerative brain disease"),
    Rule("DR54", "DR54", "", 70, 120, "senility"),
    Rule("DF80", "DF98", "", 3, 17, "developmental and childhood-onset disorders (child psychiatry)"),
    Rule("DF10", "DF19", "", 14, 120, "substance use"),
    Rule("DF20", "DF29", "", 16, 120, "psychotic disorders"),
    Rule("DF30", "DF39", "", 10, 120, "mood disorders"),
    Rule("DF40", "DF48", "", 6, 120, "anxiety and stress disorders"),
    Rule("DF50", "DF50", "", 10, 120, "eating disorders"),
    Rule("DF51", "DF69", "", 16, 120, "adult behavioural and personality disorders"),
    Rule("DX60", "DX84", "", 12, 120, "suicidal behaviour"),
    Rule("DI10", "DI15", "", 25, 120, "hypertension"),
    Rule("DI20", "DI25", "", 30, 120, "ischaemic heart disease"),
    Rule("DI48", "DI48", "", 30, 120, "atrial fibrillation"),
    Rule("DI50", "DI50", "", 30, 120, "heart failure"),
    Rule("DI60", "DI69", "", 25, 120, "cerebrovascular disease"),
    Rule("DI70", "DI79", "", 40, 120, "atherosclerosis and arterial disease"),
    Rule("DE11", "DE11", "", 25, 120, "type 2 diabetes"),
    Rule("DE66", "DE66", "", 18, 120, "adult BMI classes"),
    Rule("DE78", "DE78", "", 25, 120, "hyperlipidaemia"),
    Rule("DJ43", "DJ44", "", 40, 120, "emphysema and COPD"),
    Rule("DJ84", "DJ84", "", 30, 120, "interstitial lung disease"),
    Rule("DJ21", "DJ21", "", 0, 2, "bronchiolitis"),
    Rule("DR56", "DR56", "", 0, 6, "febrile convulsions"),
    Rule("DG20", "DG23", "", 45, 120, "Parkinson's disease"),
    Rule("DG47", "DG47", "", 18, 120, "sleep apnoea and other sleep disorders in adults"),
    Rule("DG56", "DG64", "", 18, 120, "mononeuropathy and polyneuropathy"),
    Rule("DM15", "DM19", "", 40, 120, "arthrosis"),
    Rule("DM80", "DM82", "", 45, 120, "osteoporosis"),
    Rule("DM05", "DM14", "", 18, 120, "adult inflammatory arthritis and gout"),
    Rule("DK70", "DK77", "", 18, 120, "liver disease"),
    Rule("DK80", "DK87", "", 16, 120, "gallbladder and pancreas"),
    Rule("DK57", "DK57", "", 30, 120, "diverticular disease"),
    Rule("DN18", "DN18", "", 18, 120, "chronic kidney disease (adult stages)"),
    Rule("DR29", "DR29", "", 60, 120, "falls and gait problems of the elderly"),
    Rule("DS72", "DS72", "", 50, 120, "hip and femur fracture"),
    Rule("DC00", "DC39", "", 25, 120, "adult carcinoma"),
    Rule("DC43", "DC90", "", 25, 120, "adult malignancy"),
    Rule("DD37", "DD48", "", 25, 120, "tumours of uncertain behaviour"),
)
RULES = (*HARD_RULES, *PLAUSIBLE)

_BY_FIRST_LETTER: dict[str, tuple[Rule, ...]] = {}
for _rule in RULES:
    _BY_FIRST_LETTER[_rule.first[:2]] = (*_BY_FIRST_LETTER.get(_rule.first[:2], ()), _rule)


def rules_for(code: str) -> tuple[Rule, ...]:
    """The rules whose range holds ``code``."""
    return tuple(r for r in _BY_FIRST_LETTER.get(code[:2], ()) if r.holds(code))


def allowed(code: str, age: int, sex: str) -> bool:
    """Whether a patient of ``age`` and ``sex`` ("M"/"F") can have ``code``."""
    return not any(rule.broken_by(age, sex) for rule in rules_for(code))


def age_range(code: str) -> tuple[int, int]:
    """The ages at which ``code`` is allowed (for any sex)."""
    low, high = 0, 120
    for rule in rules_for(code):
        low, high = max(low, rule.min_age), min(high, rule.max_age)
    return low, high


def broken_rules(code: str, age: int, sex: str) -> list[str]:
    """The reasons ``code`` is impossible for this patient; empty when it is allowed."""
    broken = []
    for rule in rules_for(code):
        if (rule.sex and rule.sex != sex) or not rule.min_age <= age <= rule.max_age:
            broken.append(f"{code} ({rule.why}) needs sex {rule.sex or 'any'}, age {rule.min_age}-{rule.max_age}")
    return broken
