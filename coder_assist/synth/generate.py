"""Synthetic Danish discharge cases: truth, evidence, distractors and simulated human coding.

Every patient has its own random stream (``random.Random(f"{seed}:{patient}")``), so a run is
deterministic for a seed and can be split across processes without changing a byte of the output.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from coder_assist.catalogue.io import load_catalogue
from coder_assist.catalogue.model import Catalogue
from coder_assist.catalogue.synonyms import load_synonyms
from coder_assist.synth.config import SynthConfig
from coder_assist.synth.departments import DEPARTMENTS, Department, tail_codes
from coder_assist.synth.forms import MIN_FORMS, FormSet, build_form_sets
from coder_assist.synth.lexicon import CONDITIONS, conflicts
from coder_assist.synth.notes import CaseDraft, WrittenNote, write_note
from coder_assist.synth.rules import allowed
from coder_assist.synth.text import Templates, split_templates, static_text

SPLITS = ("train", "val", "test")

# Comorbidities any department sees, most frequent first (the population's chronic disease burden).
COMMON_COMORBIDITIES = (
    "DI109", "DE119", "DE660B", "DI489", "DJ449", "DE785", "DF329", "DF102", "DF101", "DI259", "DN189", "DE039",
    "DM819", "DI509", "DE660A", "DK219", "DF039", "DE660C", "DJ459", "DD649", "DE559", "DM109", "DG473",
    "DF419", "DI839", "DM171", "DN409", "DK579", "DM069", "DG409", "DI693", "DE109", "DG430", "DE871",
    "DE876", "DI702", "DE660D", "DG629", "DE669",
)  # fmt: skip

# A true A diagnosis that usually brings a B code with it: poisoning with suicidal intent.
COMPANIONS = {"DT390": ("DX6010", 0.6), "DT424": ("DX6110", 0.6)}


def _zipf(n: int, s: float) -> list[float]:
    """Cumulative Zipf weights for ranks 1..n."""
    weights, total = [], 0.0
    for rank in range(1, n + 1):
        total += rank**-s
        weights.append(total)
    return weights


@dataclass
class _DepartmentTable:
    dept: Department
    a_codes: tuple[str, ...]
    a_cum: list[float]
    comorbidities: tuple[str, ...]
    b_cum: list[float]
    tail: tuple[str, ...]
    tail_cum: list[float]


class Generator:
    """Everything a case needs that does not change between cases: codes, forms, templates, tables."""

    def __init__(self, config: SynthConfig, catalogue: Catalogue | None = None) -> None:
        self.config = config
        catalogue = catalogue or load_catalogue()
        s = config.zipf_s
        tails = {dept.name: tail_codes(dept, catalogue) for dept in DEPARTMENTS}
        hand = list(CONDITIONS)
        extra = [c for dept in DEPARTMENTS for c in (*dept.a_codes, *dept.comorbidities, *tails[dept.name])]
        codes = list(dict.fromkeys(hand + extra))
        missing = [c for c in codes if catalogue.get(c) is None]
        if missing:
            raise ValueError(f"synthetic codes missing from the catalogue: {', '.join(missing)}")
        self.catalogue_text = {c: catalogue.codes[c].text for c in codes}
        aliases = {c: catalogue.codes[c].aliases for c in codes}
        self.forms: dict[str, FormSet] = build_form_sets(
            codes, self.catalogue_text, aliases, config.heldout_form_share, static_text(), load_synonyms()
        )
        self.tables: list[_DepartmentTable] = []
        for dept in DEPARTMENTS:
            # A tail code that lost its names to other codes has too few left to be written: not drawn.
            named = (c for c in tails[dept.name] if len(self.forms[c].shared + self.forms[c].test_only) >= MIN_FORMS)
            tail = tuple(named)
            self.tables.append(
                _DepartmentTable(
                    dept, dept.a_codes, _zipf(len(dept.a_codes), s), dept.comorbidities,
                    _zipf(len(dept.comorbidities), s),
                    tail, _zipf(len(tail), config.tail_zipf_s),
                )
            )  # fmt: skip
        self.dept_cum: list[float] = []
        total = 0.0
        for dept in DEPARTMENTS:
            total += dept.weight
            self.dept_cum.append(total)
        self.common_cum = _zipf(len(COMMON_COMORBIDITIES), s)
        self.all_tail = tuple(dict.fromkeys(c for t in self.tables for c in t.tail))
        self.all_tail_cum = _zipf(len(self.all_tail), config.tail_zipf_s)
        self.templates: Templates = split_templates(config.heldout_template_share)
        self.unspecified = {
            c: c[:4] + "9" for c in codes if len(c) >= 5 and c[:4] + "9" != c and (c[:4] + "9") in catalogue.codes
        }
        self.de14 = {c: "DE14" + c[4] for c in codes if c[:4] in ("DE10", "DE11") and ("DE14" + c[4]) in catalogue}
        self.distractor_pool = tuple(dict.fromkeys([*CONDITIONS, *self.all_tail[::3]]))

    # --- drawing codes -------------------------------------------------------------------------------
    def _pick(self, rng: random.Random, codes: tuple[str, ...], cum: list[float]) -> str:
        return rng.choices(codes, cum_weights=cum)[0]

    def _b_codes(self, rng: random.Random, table: _DepartmentTable, a: str, age: int, sex: str,
                 carried: list[str]) -> list[str]:  # fmt: skip
        chosen = [a]
        for code in carried:
            if allowed(code, age, sex) and not conflicts(code, chosen):
                chosen.append(code)
        companion = COMPANIONS.get(a)
        if companion and rng.random() < companion[1] and allowed(companion[0], age, sex):
            chosen.append(companion[0])
        mean = table.dept.b_mean * self.config.b_mean_scale
        target = len(chosen) - 1 + _poisson(rng, max(mean - len(chosen) + 1, 0.1))
        for _ in range(4 * target + 4):
            if len(chosen) - 1 >= target:
                break
            u = rng.random()
            sources = self.config.b_sources
            if u < sources[0]:
                code = self._pick(rng, table.comorbidities, table.b_cum)
            elif u < sources[0] + sources[1]:
                code = self._pick(rng, COMMON_COMORBIDITIES, self.common_cum)
            elif u < 1 - sources[3] and table.tail:
                code = self._pick(rng, table.tail, table.tail_cum)
            else:
                code = self._pick(rng, self.all_tail, self.all_tail_cum)
            if allowed(code, age, sex) and not conflicts(code, chosen):
                chosen.append(code)
        return chosen[1:]

    # --- one case ------------------------------------------------------------------------------------
    def case(self, rng: random.Random, patient: _Patient, number: int) -> dict:
        """One contact of ``patient``; ``number`` counts the patient's contacts from 0."""
        age = min(patient.age + number * rng.randint(0, 2), 104)
        sex = patient.sex
        table = self.tables[self._dept_index(rng, patient, age)]
        a = ""
        for _ in range(40):
            if table.tail and rng.random() < self.config.a_tail_share:
                code = self._pick(rng, table.tail, table.tail_cum)
            else:
                code = self._pick(rng, table.a_codes, table.a_cum)
            if allowed(code, age, sex) and code not in patient.chronic:
                a = code
                break
        if not a:  # unlucky draws: take the department's most frequent code that fits
            a = next(c for c in table.a_codes if allowed(c, age, sex) and c not in patient.chronic)
        b_codes = self._b_codes(rng, table, a, age, sex, patient.chronic if number else [])
        if number == 0:
            patient.chronic = [c for c in b_codes if c in CONDITIONS and not CONDITIONS[c].history_ok]
        test = patient.split == "test"
        draft = CaseDraft(
            rng=rng, config=self.config, age=age, sex=sex, department=table.dept, a=a, b=b_codes,
            forms=self.forms, templates=self.templates, test=test, distractor_pool=self.distractor_pool,
        )  # fmt: skip
        note = write_note(draft)
        start = patient.first_day + timedelta(days=number * rng.randint(40, 400))
        stay = note.stay  # the note's day notes run within the stay
        truth = [{"code": a, "type": "A"}] + [{"code": c, "type": "B"} for c in b_codes]
        return {
            "case_id": f"S{patient.seed}-P{patient.index:07d}-{number + 1}",
            "department": table.dept.name,
            "specialty": table.dept.specialty,
            "patient": {"age": age, "sex": sex, "id": f"P{patient.index:07d}"},
            "admission": {"start": start.isoformat(), "end": (start + timedelta(days=stay)).isoformat()},
            "notes": [{"type": "epikrise", "text": note.text}],
            "medications": note.medications,
            "labs": note.labs,
            "codes": self._human(rng, table.dept, a, b_codes, note, age, sex),
            "truth": {"codes": truth, "evidence": note.evidence, "distractors": note.distractors,
                      "implicit": note.implicit, "documentation": note.documented, "flags": note.flags},
        }  # fmt: skip

    def _dept_index(self, rng: random.Random, patient: _Patient, age: int) -> int:
        """The department of a contact: the patient's home department first, then any that fits."""

        def fits(dept: Department) -> bool:
            return dept.ages[0] <= age <= dept.ages[1] and (patient.sex == "F" or dept.female_share < 1)

        if rng.random() < 0.6 and fits(DEPARTMENTS[patient.home]):
            return patient.home
        for _ in range(20):
            i = rng.choices(range(len(DEPARTMENTS)), cum_weights=self.dept_cum)[0]
            if fits(DEPARTMENTS[i]):
                return i
        return 0  # the medical department admits every age from 15 up

    def _human(self, rng: random.Random, dept: Department, a: str, b_codes: list[str], note: WrittenNote,
               age: int, sex: str) -> list[dict]:  # fmt: skip
        """What a human coder assigns: the A nearly always, each B with a probability that depends on how
        the note documents it, on the department and on the code's group (``SynthConfig.b_probability``).
        """
        cfg = self.config
        human_a = a if rng.random() < cfg.a_coded else self.unspecified.get(a, a)
        codes = [{"code": human_a, "type": "A"}]
        deep = "diabetes_type_deep" in note.flags
        for code in b_codes:
            if rng.random() >= cfg.b_probability(code, note.documented[code], dept.b_odds(code)):
                continue
            if deep and code in self.de14 and rng.random() < cfg.de14_rate:
                code = self.de14[code]
            codes.append({"code": code, "type": "B"})
        house = dept.house_code
        if (
            house
            and rng.random() < cfg.unevidenced_rate
            and allowed(house, age, sex)
            and not conflicts(house, [a, *b_codes])
        ):
            codes.append({"code": house, "type": "B"})
        return codes


def _poisson(rng: random.Random, mean: float) -> int:
    limit, k, p = pow(2.718281828459045, -mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


@dataclass
class _Patient:
    seed: int
    index: int
    n_cases: int
    split: str
    sex: str
    age: int
    first_day: date
    home: int
    chronic: list[str]


def _patient_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"{seed}:{index}")


def _cases_and_split(rng: random.Random, config: SynthConfig) -> tuple[int, str]:
    """The first two draws of a patient's stream: how many contacts, and which split."""
    n = rng.choices(range(1, len(config.repeat_cases) + 1), weights=config.repeat_cases)[0]
    u = rng.random()
    split = "test" if u < config.test_share else "val" if u < config.test_share + config.val_share else "train"
    return n, split


def _patient(gen: Generator, seed: int, index: int, n_cases: int) -> tuple[_Patient, random.Random]:
    rng = _patient_rng(seed, index)
    _, split = _cases_and_split(rng, gen.config)
    home = rng.choices(range(len(DEPARTMENTS)), cum_weights=gen.dept_cum)[0]
    dept = DEPARTMENTS[home]
    young, old, mode = dept.ages
    age = int(rng.triangular(young, old, mode))
    sex = "F" if rng.random() < dept.female_share else "M"
    first_day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    return _Patient(seed, index, n_cases, split, sex, age, first_day, home, []), rng


def generate_patient(gen: Generator, seed: int, index: int, n_cases: int) -> list[tuple[str, dict]]:
    """The ``n_cases`` contacts of patient ``index``, each with its split."""
    patient, rng = _patient(gen, seed, index, n_cases)
    return [(patient.split, gen.case(rng, patient, k)) for k in range(n_cases)]


def plan_patients(n: int, seed: int, config: SynthConfig) -> list[tuple[int, int]]:
    """``(patient index, number of cases)`` until ``n`` cases; the last patient may be cut short."""
    plan, total, index = [], 0, 0
    while total < n:
        k, _ = _cases_and_split(_patient_rng(seed, index), config)
        k = min(k, n - total)
        plan.append((index, k))
        total += k
        index += 1
    return plan


def generate_cases(n: int, seed: int, config: SynthConfig | None = None) -> Iterator[tuple[str, dict]]:
    """``(split, case)`` for ``n`` cases in one process (tests and small runs)."""
    gen = Generator(config or SynthConfig())
    for index, k in plan_patients(n, seed, gen.config):
        yield from generate_patient(gen, seed, index, k)


_WORKER: Generator | None = None


def _init_worker(config: SynthConfig) -> None:
    global _WORKER
    if _WORKER is None or _WORKER.config != config:
        _WORKER = Generator(config)


def _chunk(args: tuple[int, list[tuple[int, int]]]) -> list[tuple[str, str]]:
    seed, patients = args
    assert _WORKER is not None
    return [
        (split, json.dumps(case, ensure_ascii=False))
        for index, k in patients
        for split, case in generate_patient(_WORKER, seed, index, k)
    ]


def write_splits(n: int, seed: int, out: Path, config: SynthConfig | None = None, workers: int | None = None) -> dict:
    """Write ``n`` cases to ``out/train.jsonl``, ``val.jsonl`` and ``test.jsonl``, split by patient.

    Returns the number of cases per split. ``workers`` processes share the work (default: all cores
    for large runs); the files are identical whatever the number of workers.
    """
    config = config or SynthConfig()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    plan = plan_patients(n, seed, config)
    chunk = 500
    jobs = [(seed, plan[i : i + chunk]) for i in range(0, len(plan), chunk)]
    workers = workers or (os.cpu_count() or 1 if n >= 5000 else 1)
    counts = dict.fromkeys(SPLITS, 0)
    files = {s: open(out / f"{s}.jsonl", "w", encoding="utf-8", newline="\n") for s in SPLITS}  # noqa: SIM115
    try:
        if workers == 1:
            _init_worker(config)
            results: Iterator[list[tuple[str, str]]] = map(_chunk, jobs)
            _write(results, files, counts)
        else:
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            with multiprocessing.get_context(method).Pool(workers, _init_worker, (config,)) as pool:
                _write(pool.imap(_chunk, jobs), files, counts)
    finally:
        for f in files.values():
            f.close()
    if sum(counts.values()) != n:  # a StopIteration inside a worker ends imap early without an error
        raise RuntimeError(f"generated {sum(counts.values())} cases instead of {n}")
    return counts


def _write(results: Iterator[list[tuple[str, str]]], files: dict, counts: dict[str, int]) -> None:
    for lines in results:
        for split, line in lines:
            files[split].write(line + "\n")
            counts[split] += 1
