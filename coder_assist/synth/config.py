"""All knobs of the synthetic case generator in one frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SynthConfig:
    # --- simulated human coding (the ``codes`` field); defaults from the Danish study in README, "The model",
    # where 76-86% of model-flagged but uncoded hypertension/overweight/suicide cases were confirmed.
    a_coded: float = 0.98  # A diagnosis coded exactly; otherwise its category's unspecified code (X9)
    # Each rate is the share of true B codes of its group that the coder codes, over all cases; whether
    # one B code is coded depends on how the note documents it, on the department and on the group.
    hypertension_rate: float = 0.50  # B codes DI10-DI15: coded in about half the cases that have them
    overweight_rate: float = 0.43  # B codes DE66 (overweight/obesity): coded in 43%
    suicidal_rate: float = 0.30  # B codes DX60-DX84 (suicide-related behaviour): coded in 30%
    default_b_rate: float = 0.62  # any other B code; gives ~2 human codes per case (Danish average)
    # Odds ratios of being coded by how the note documents the code (``truth.documentation``): named in
    # the conclusion, named only in passing (known diseases, course), or never named but shown by a
    # medication, a measurement or lab rows only. A coder reads the conclusion first.
    documentation_odds: tuple[tuple[str, float], ...] = (
        ("conclusion", 3.0), ("passing", 0.8), ("med", 0.35), ("sign", 0.25), ("lab", 0.2),
    )  # fmt: skip
    # Odds multipliers per group (hypertension, overweight, suicidal, other) that bring the realised
    # rates to the four targets above under the writer's mix of documentation and departments;
    # measured on 100,000 cases (docs/synthetic-data.md), checked by tests/test_synth_codes.py.
    rate_calibration: tuple[float, float, float, float] = (1.25, 1.33, 0.71, 1.06)
    de14_rate: float = 0.70  # a coded DE10/DE11 is coded DE14 instead when the type is named once, deep
    # in a long note (the coder read the early, untyped mentions)
    deep_type_share: float = 0.5  # share of long notes with diabetes where the type is named once, late
    long_note_chars: int = 3500  # a note at least this long counts as "long" for the DE14 rule
    deep_after: float = 0.6  # "deep": the single typed mention starts after this fraction of the note
    unevidenced_rate: float = 0.04  # per case in departments with a house code (heart failure in
    # cardiology, CKD in nephrology, ...): the coder adds it though the note never mentions it

    # --- medication (synth/drugs.py): no drug may name its diagnosis for free
    treated_rate: float = 0.6  # a named condition with drugs has them on the list (else: new diagnosis,
    # lifestyle treatment, treated elsewhere); ``drugs.TREATED`` overrides it per condition
    ruled_out_drug_share: float = 0.25  # cases that keep a drug started for a suspicion later ruled out
    drug_status_share: float = 0.06  # drugs on the list marked paused, stopped, halved or to be resumed

    # --- evidence
    implicit_share: float = 0.25  # of the B conditions that have a telling sign, drug or lab: shown only
    # by that, never named
    distractors_mean: float = 1.6  # mean number of distractor mentions (negated, history, family, ...)
    b_mean_scale: float = 1.0  # multiplies each department's mean number of B diagnoses

    # --- note length in characters: log-normal, clipped
    length_median: int = 1800
    length_sigma: float = 0.75
    length_min: int = 300
    length_max: int = 10_000

    # --- generalisation: shares of surface forms and sentence templates seen only in the test split
    heldout_form_share: float = 0.2
    heldout_template_share: float = 0.2

    # --- patients and splits
    val_share: float = 0.1
    test_share: float = 0.1
    repeat_cases: tuple[float, ...] = (0.78, 0.15, 0.07)  # P(a patient has 1, 2, 3 cases)
    zipf_s: float = 1.0  # exponent of the rank-frequency law within each department's code lists
    # --- the long tail (catalogue codes named from their text): flatter than the hand-described lists,
    # so that on 100,000 cases 3,000+ codes occur and 1,000+ reach ten training cases
    tail_zipf_s: float = 0.6  # exponent of the rank-frequency law within a department's tail
    a_tail_share: float = 0.3  # share of A diagnoses drawn from the department's tail
    b_sources: tuple[float, ...] = (0.5, 0.2, 0.2, 0.1)  # where a B code comes from: department
    # comorbidities, the common comorbidities, the department's tail, any department's tail

    def b_group(self, code: str) -> int:
        """The rate group of a B code: 0 hypertension, 1 overweight, 2 suicidal behaviour, 3 any other."""
        category = code[:4]
        if "DI10" <= category <= "DI15":
            return 0
        if category == "DE66":
            return 1
        if "DX60" <= category <= "DX84":
            return 2
        return 3

    def b_rate(self, code: str) -> float:
        """The share of true B codes of ``code``'s group that a human codes, over all cases."""
        return (self.hypertension_rate, self.overweight_rate, self.suicidal_rate, self.default_b_rate)[
            self.b_group(code)
        ]

    def b_probability(self, code: str, documentation: str, department_odds: float) -> float:
        """The probability that a human codes the true B code ``code``, documented as ``documentation``
        ("conclusion", "passing", "med", "sign", "lab"), in a department whose coders code it with
        ``department_odds`` (``Department.b_odds``).
        """
        rate = self.b_rate(code)
        odds = rate / (1 - rate) * self.rate_calibration[self.b_group(code)] * department_odds
        odds *= dict(self.documentation_odds)[documentation]
        return odds / (1 + odds)
