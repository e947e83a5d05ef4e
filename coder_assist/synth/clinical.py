"""Laboratory rows, vital signs and medication names, normal or implying a condition.

Lab codes and names come from the NPU/MedCom subset and medication names from the SKS ATC register,
both copied into ``resources/synth`` (see its README) so that nothing is read from outside the product.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from coder_assist.paths import resources_dir


@dataclass(frozen=True)
class LabSpec:
    npu: str
    unit: str | None
    low: float | None
    high: float | None
    normal: tuple[float, float]  # range drawn for a patient without the condition
    decimals: int


LABS: dict[str, LabSpec] = {
    "hb": LabSpec("NPU02319", "mmol/L", 7.3, 10.5, (7.6, 9.8), 1),
    "crp": LabSpec("NPU19748", "mg/L", None, 8, (1, 7), 0),
    "leuk": LabSpec("NPU02593", "× 10^9/L", 3.5, 10.0, (4.5, 9.0), 1),
    "na": LabSpec("NPU03429", "mmol/L", 137, 145, (137, 144), 0),
    "k": LabSpec("NPU03230", "mmol/L", 3.5, 4.4, (3.6, 4.3), 1),
    "krea": LabSpec("NPU18016", "µmol/L", 45, 105, (55, 95), 0),
    "carb": LabSpec("NPU01459", "mmol/L", 2.6, 8.1, (3.0, 7.5), 1),
    "glu": LabSpec("NPU21531", "mmol/L", 4.2, 7.8, (4.6, 7.2), 1),
    "temp": LabSpec("NPU08676", "°C", 36.0, 37.7, (36.4, 37.4), 1),
    "sat": LabSpec("NPU10197", None, 0.95, 1.0, (0.95, 0.99), 2),
    "sys": LabSpec("DNK05472", "mmHg", 90, 139, (108, 136), 0),
    "dia": LabSpec("DNK05473", "mmHg", 55, 89, (62, 86), 0),
    "pulse": LabSpec("NPU21692", "× 1/min", 50, 100, (58, 92), 0),
    "weight": LabSpec("NPU03804", "kg", None, None, (50, 90), 1),
    "height": LabSpec("NPU03794", "m", None, None, (1.55, 1.95), 2),
    "u_nitrit": LabSpec("NPU21578", None, None, None, (0, 0), 0),
    "u_culture": LabSpec("NPU16328", None, None, None, (0, 0), 0),
}

# Abnormal ranges a sign draws from (the value implies the condition).
ABNORMAL: dict[str, tuple[str, float, float]] = {
    "hb": ("hb", 4.6, 6.6),
    "na": ("na", 118, 129),
    "klow": ("k", 2.4, 3.1),
    "khigh": ("k", 5.8, 7.0),
    "krea": ("krea", 240, 520),
    "egfr": ("krea", 150, 260),
    "crp": ("crp", 45, 280),
    "temp": ("temp", 38.3, 40.1),
    "sat": ("sat", 0.80, 0.89),
    "hba1c": ("glu", 9.5, 18.0),
}

# Signs that on their own are enough evidence for the condition (no name in the note needed).
SUFFICIENT_SIGNS = ("bt", "bmi25", "bmi30", "bmi35", "bmi40", "hb", "na", "klow", "khigh", "krea", "egfr")

BMI_RANGES = {"bmi25": (25.5, 29.8), "bmi30": (30.2, 34.8), "bmi35": (35.2, 39.8), "bmi40": (40.5, 52.0)}
BMI_RANGES["bmilow"] = (13.5, 16.8)


@lru_cache(maxsize=1)
def lab_names() -> dict[str, str]:
    """NPU code → Danish short name."""
    rows = (resources_dir() / "synth" / "npu_subset.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {r.split("\t")[0]: r.split("\t")[1] for r in rows if r}


@lru_cache(maxsize=1)
def atc_names() -> dict[str, str]:
    """ATC code → Danish name."""
    rows = (resources_dir() / "synth" / "atc_names.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {r.split("\t")[0]: r.split("\t")[1] for r in rows if r}


def draw(rng: random.Random, low: float, high: float, decimals: int) -> float | int:
    value = round(rng.uniform(low, high), decimals)
    return int(value) if decimals == 0 else value


def lab_row(key: str, value: float | int | str) -> dict:
    spec = LABS[key]
    row: dict = {"npu": spec.npu, "name": lab_names()[spec.npu], "value": value}
    if spec.unit:
        row["unit"] = spec.unit
    if spec.low is not None:
        row["low"] = spec.low
    if spec.high is not None:
        row["high"] = spec.high
    return row


def danish_number(value: float | int) -> str:
    """5.6 → "5,6" as Danish notes write decimals."""
    return str(value).replace(".", ",")
