"""The discharge medication of a case: which drugs, for which true codes, in which state.

A drug must not name its diagnosis for free: in real records metoprolol serves atrial fibrillation,
hypertension, angina and heart failure alike, a newly found or diet-treated type 2 diabetes has no
metformin yet, a drug is paused or stopped during the stay, and a patient keeps a drug started for a
suspicion that was later ruled out. Drugs with several indications are written in ``lexicon.py`` (the
same ATC code under each condition it treats); this module decides, per case, what reaches the list.
"""

from __future__ import annotations

import random
from collections import Counter
from itertools import accumulate

from coder_assist.synth.config import SynthConfig
from coder_assist.synth.lexicon import CONDITIONS, conflicts
from coder_assist.synth.rules import allowed

# P(a condition named in the note has its drugs on the list), where it differs from
# ``SynthConfig.treated_rate``: acute infections are nearly always treated, chronic conditions often not yet.
TREATED: dict[str, float] = {
    "DE119": 0.55,  # diet-treated or newly found type 2 diabetes
    "DI109": 0.55,  # newly found hypertension: home measurements first
    "DE785": 0.6,  # statin declined or not yet started
    "DE039": 0.55,  # subclinical hypothyroidism, followed without treatment
    "DM109": 0.5,  # gout between attacks
    "DF329": 0.6,  # mild depression: talking therapy first
    "DC509": 0.55,  # HER2-positive or triple-negative disease has no endocrine therapy
    "DT390": 0.65,  # paracetamol level below the treatment line
    "DG309": 0.5,  # no cholinesterase inhibitor in late-stage dementia
    "DG209": 0.6,  # early Parkinson's disease: no levodopa yet
    "DG430": 0.6,  # infrequent migraine: paracetamol or nothing
    "DF419": 0.6,  # anxiety: psychotherapy first
    "DE559": 0.5,  # vitamin D bought over the counter, not on the list
    "DR730": 0.3,  # prediabetes: lifestyle advice, metformin only now and then
    "DF900": 0.6,  # ADHD managed without medication
    **dict.fromkeys(("DJ189", "DJ181", "DJ159", "DJ690", "DA419", "DA415", "DN390", "DN300", "DA469", "DL039",
                     "DK358", "DJ440", "DJ441", "DJ029"), 0.9),
    "DA469": 0.7,  # mild erysipelas: treated by the general practitioner before admission
}  # fmt: skip
# Conditions suspected, treated and then ruled out (white-coat hypertension, a normal echo, a normal
# spirometry, a positive urine stix with a negative culture), whose drug the patient keeps until a planned
# review or the end of the course; weights follow how common each is (empirical UTI treatment is frequent).
_RULED_OUT = (
    ("DI109", 18), ("DE119", 5), ("DI509", 4), ("DI489", 3), ("DJ449", 3), ("DE785", 3), ("DE039", 2),
    ("DJ189", 2), ("DN189", 2), ("DJ459", 2), ("DF329", 2), ("DI259", 2), ("DG409", 2), ("DN390", 4),
    ("DI269", 1), ("DM109", 1), ("DF102", 1), ("DG309", 1), ("DG209", 1), ("DF900", 1), ("DF319", 1),
    ("DT390", 1),
)  # fmt: skip
_RULED_OUT_CUM = list(accumulate(w for _, w in _RULED_OUT))
_KEPT = (" til revurdering ved egen læge", " indtil videre", " – seponeres ved næste kontrol", "")
_STATUS = (" (pauseret)", " – pauseret under indlæggelsen", " (seponeret)", " – dosis halveret", " – genoptages")


def medication_list(
    rng: random.Random, config: SynthConfig, truth: list[str], modes: dict[str, str], age: int, sex: str
) -> dict[str, tuple[str, list[str]]]:
    """ATC code → (dose with any state, the true codes it supports) for one case.

    ``modes`` says how each B code shows ("text", "sign", "lab", "med"); a code shown only by its drug
    always gets one, a named one with its ``TREATED`` probability, one shown by a sign or lab never.
    """
    chosen: dict[str, tuple[str, list[str]]] = {}
    for code in truth:
        cond = CONDITIONS.get(code)
        drugs = cond.meds + cond.co_meds if cond else ()
        if not drugs:
            continue
        mode = modes.get(code, "text")
        if mode == "med":  # the condition shows only by a drug: one of its own
            picked = [rng.choice(cond.meds)]
        elif mode == "text" and rng.random() < TREATED.get(code, config.treated_rate):
            # heart failure, atrial fibrillation and the like bring several drugs each
            picked = rng.sample(drugs, min(len(drugs), rng.randint(1, 2 if len(drugs) < 5 else 3)))
        else:
            continue
        for atc, dose in picked:
            chosen.setdefault(atc, (dose, []))[1].append(code)
    if rng.random() < config.ruled_out_drug_share:
        code = rng.choices(_RULED_OUT, cum_weights=_RULED_OUT_CUM)[0][0]
        if not conflicts(code, truth) and allowed(code, age, sex):
            atc, dose = rng.choice(CONDITIONS[code].meds)
            chosen.setdefault(atc, (dose + rng.choice(_KEPT), []))
    return {
        atc: (dose + rng.choice(_STATUS) if rng.random() < config.drug_status_share else dose, codes)
        for atc, (dose, codes) in chosen.items()
    }


def conditionals(cases: list[dict], top: int = 50) -> list[tuple[str, str, int, float, float]]:
    """For the ``top`` most frequent true codes that have drugs: ``(code, typical drug, cases with the
    code, P(code | drug on the list), P(drug on the list | code))``, the typical drug being the one
    most often listed with the code. Both shares near 1 would let a model read the code off the list.
    """
    code_n: Counter[str] = Counter()
    drug_n: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for case in cases:
        codes = {c["code"] for c in case["truth"]["codes"]}
        drugs = {m["atc"] for m in case["medications"]}
        code_n.update(codes)
        drug_n.update(drugs)
        both.update((c, d) for c in codes for d in drugs)
    rows = []
    for code, n in code_n.most_common():
        cond = CONDITIONS.get(code)
        if cond is None or not cond.meds:
            continue
        drug = max((atc for atc, _ in cond.meds + cond.co_meds), key=lambda atc: (both[code, atc], atc))
        rows.append((code, drug, n, both[code, drug] / max(drug_n[drug], 1), both[code, drug] / n))
        if len(rows) == top:
            break
    return rows
