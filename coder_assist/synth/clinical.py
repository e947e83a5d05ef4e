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
    "glu": ("glu", 7.4, 14.8),  # a known diabetic's glucose, treated or not
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


@dataclass(frozen=True)
class Workup:
    """What a main diagnosis brings: signs to show, and frame pools for paraclinic and course."""

    prefixes: tuple[str, ...]  # code prefixes of the main diagnosis
    signs: tuple[str, ...] = ()  # abnormal signs always shown (CRP in pneumonia)
    paraclinic: tuple[str, ...] = ()  # pools, one sentence each
    course: tuple[str, ...] = ()
    ecg: str = ""  # pool replacing the normal ECG line


WORKUP = (
    Workup(("DI21", "DI22"), (), ("wk_ami_labs", "wk_echo"), ("wk_ami_kag",), "wk_ami_ecg"),
    Workup(
        ("DJ12", "DJ13", "DJ14", "DJ15", "DJ16", "DJ17", "DJ18", "DJ440"), ("crp",), ("wk_pneu_rtg",), ("wk_pneu_ab",)
    ),
    Workup(("DS72",), (), ("wk_hip_rtg",), ("wk_hip_op", "wk_rehab")),
    Workup(("DS42", "DS52", "DS62", "DS82", "DS92"), (), ("wk_fx_rtg",), ("wk_fx_beh",)),
    Workup(("DI63", "DI64", "DG45"), (), ("wk_stroke_ct",), ("wk_stroke",)),
    Workup(("DI26",), ("sat",), ("wk_pe_ct",), ()),
    Workup(("DA40", "DA41"), ("crp", "temp"), ("wk_sepsis",), ()),
    Workup(("DJ441",), ("sat",), ("wk_copd",), ()),
    Workup(("DI50", "DI110"), ("ef",), (), ("wk_hf",)),
    Workup(("DN10", "DN30", "DN39"), ("uvi", "crp"), (), ()),
    Workup(("DE10", "DE11", "DE12", "DE13", "DE14"), ("hba1c",), (), ("wk_dm",)),
    Workup(("DI48",), (), (), ("wk_af",)),
)
AMI_CONSERVATIVE = 0.15  # share of infarcts treated without PCI (old age, diffuse disease)

# Main diagnoses that never come as a planned admission: injuries, poisonings, acute infections,
# infarcts, emboli, strokes and acute symptoms.
ACUTE_PREFIXES = ("DS", "DT", "DX", "DA4", "DJ0", "DJ1", "DJ44", "DI21", "DI22", "DI26", "DI46", "DI6", "DG45",
                  "DR", "DN1", "DN3", "DK35", "DK92", "DE86", "DE87", "DO")  # fmt: skip
# Chance that a department admits a main diagnosis that can wait as a planned (elective) admission.
ELECTIVE_SHARE = {"kirurgi": 0.35, "ortopædkirurgi": 0.4, "urologi": 0.5, "gynækologi og obstetrik": 0.4,
                  "onkologi": 0.5, "kardiologi": 0.2, "endokrinologi": 0.3, "gastroenterologi": 0.25,
                  "nefrologi": 0.2, "klinisk neurofysiologi": 0.6, "neurologi": 0.15}  # fmt: skip


def workup_for(code: str) -> Workup | None:
    return next((w for w in WORKUP if code.startswith(w.prefixes)), None)


def school_class(age: int) -> str:
    """The class a Danish child of ``age`` attends (0. klasse at 6, gymnasium from 16)."""
    if age <= 15:
        return f"{age - 6}. klasse"
    return "1. g" if age == 16 else "2. g"


def home_help(rng: random.Random) -> str:
    """How often home help comes: daily visits are few (one to four), weekly ones fewer."""
    return rng.choice(("1 gang dagligt", "2 gange dagligt", "3 gange dagligt", "morgen og aften", "1 gang ugentligt",
                       "2 gange ugentligt", "hver 14. dag"))  # fmt: skip


def ews_band(ews: int) -> str:
    """The pool whose words fit an early warning score: stable only at 0-2."""
    return "ews_low" if ews <= 2 else "ews_mid" if ews <= 5 else "ews_high"


# Main diagnoses a surgical department usually operates: appendicitis, gallstones, hernias, ileus.
OPERATED_PREFIXES = ("DK35", "DK36", "DK37", "DK40", "DK41", "DK42", "DK43", "DK56", "DK80", "DK81", "DS72", "DN20")
