"""All knobs of the synthetic case generator in one frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SynthConfig:
    # --- simulated human coding (the ``codes`` field); defaults from the Danish study in DESIGN.md §1,
    # where 76-86% of model-flagged but uncoded hypertension/overweight/suicide cases were confirmed.
    a_coded: float = 0.98  # A diagnosis coded exactly; otherwise its category's unspecified code (X9)
    hypertension_rate: float = 0.50  # B codes DI10-DI15: coded in about half the cases that have them
    overweight_rate: float = 0.43  # B codes DE66 (overweight/obesity): coded in 43%
    suicidal_rate: float = 0.30  # B codes DX60-DX84 (suicide-related behaviour): coded in 30%
    default_b_rate: float = 0.62  # any other B code; gives ~2 human codes per case (Danish average)
    de14_rate: float = 0.70  # a coded DE10/DE11 is coded DE14 instead when the type is named once, deep
    # in a long note (the coder read the early, untyped mentions)
    deep_type_share: float = 0.5  # share of long notes with diabetes where the type is named once, late
    long_note_chars: int = 3500  # a note at least this long counts as "long" for the DE14 rule
    deep_after: float = 0.6  # "deep": the single typed mention starts after this fraction of the note
    unevidenced_rate: float = 0.04  # per case in departments with a house code (heart failure in
    # cardiology, CKD in nephrology, ...): the coder adds it though the note never mentions it

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

    def b_rate(self, code: str) -> float:
        """The probability that a human codes ``code`` when it is a true B diagnosis."""
        category = code[:4]
        if "DI10" <= category <= "DI15":
            return self.hypertension_rate
        if category == "DE66":
            return self.overweight_rate
        if "DX60" <= category <= "DX84":
            return self.suicidal_rate
        return self.default_b_rate
