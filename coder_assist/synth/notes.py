"""Writing one epikrise with its medication and lab rows, and the evidence for every true code.

How each true B condition shows: named in the text (most), or only by a telling sign (BT 168/96,
BMI 34), only by a medication, or only by lab rows (``SynthConfig.implicit_share``). The A diagnosis
is always named. Distractors (negated, earlier, family, uncertain, planned) name codes that are not
true and never share a category or exclusive group with a true code.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from coder_assist.cases.flatten import render_lab, render_medication
from coder_assist.cases.model import Lab, Medication
from coder_assist.synth import clinical
from coder_assist.synth.clinical import ABNORMAL, BMI_RANGES, LABS, SUFFICIENT_SIGNS, danish_number, draw
from coder_assist.synth.config import SynthConfig
from coder_assist.synth.departments import Department
from coder_assist.synth.forms import FormSet
from coder_assist.synth.lexicon import CONDITIONS
from coder_assist.synth.rules import allowed
from coder_assist.synth.text import (
    EXAM_FIXED,
    HEADERS,
    KNOWN_NONE,
    SECTIONS,
    Builder,
    Templates,
    fill,
)

_DISTRACTOR_KINDS = ("negated", "history", "family", "uncertain", "planned")
_ANTICOAGULATED = ("DI489", "DI269", "DI802", "DI634")
_GENERIC_DIABETES = "DE149"
_ROUTINE_LABS = ("hb", "leuk", "crp", "na", "k", "krea")
_LAB_LABEL = {"hb": "Hb", "leuk": "leuk", "crp": "CRP", "na": "Na", "k": "K", "krea": "krea", "carb": "karbamid",
              "glu": "BS"}  # fmt: skip
_FAMILY = tuple(c for c, cond in CONDITIONS.items() if cond.family_ok)
_HISTORY = tuple(c for c, cond in CONDITIONS.items() if cond.history_ok)
_PRN = (("N02BE01", "1 g p.n. max x 4"), ("N05CF01", "7,5 mg p.n. til natten"))


@dataclass
class CaseDraft:
    rng: random.Random
    config: SynthConfig
    age: int
    sex: str
    department: Department
    a: str
    b: list[str]
    forms: dict[str, FormSet]
    templates: Templates
    test: bool
    distractor_pool: tuple[str, ...]


@dataclass
class WrittenNote:
    text: str
    evidence: list[dict]
    distractors: list[dict]
    medications: list[dict]
    labs: list[dict]
    flags: list[str] = field(default_factory=list)
    implicit: dict[str, str] = field(default_factory=dict)  # B code → "sign", "med" or "lab"


class _Writer:
    def __init__(self, d: CaseDraft) -> None:
        self.d = d
        self.rng = d.rng
        self.labs: list[dict] = []
        self.lab_codes: list[tuple[str, ...]] = []
        self.meds: list[dict] = []
        self.med_codes: list[tuple[str, ...]] = []
        self.afli: list[str] = []  # true, named codes that an ECG shows

    def form(self, code: str) -> str:
        fs = self.d.forms[code]
        return self.rng.choice(fs.shared + fs.test_only if self.d.test else fs.shared)

    def template(self, pool: str) -> str:
        return self.rng.choice(self.d.templates.pool(pool, self.d.test))

    def add_lab(self, key: str, value: float | int | str, codes: tuple[str, ...]) -> None:
        self.labs.append(clinical.lab_row(key, value))
        self.lab_codes.append(codes)


def _mode(rng: random.Random, code: str, share: float) -> str:
    """How a B condition shows: "text", "sign", "med" or "lab"."""
    cond = CONDITIONS.get(code)
    if cond is None or rng.random() >= share:
        return "text"
    options = []
    sufficient = [s for s in cond.signs if s in SUFFICIENT_SIGNS]
    if sufficient:
        options += ["sign", "lab"]
    if cond.meds:
        options.append("med")
    return rng.choice(options) if options else "text"


def _target_length(rng: random.Random, cfg: SynthConfig) -> int:
    length = cfg.length_median * math.exp(rng.gauss(0.0, cfg.length_sigma))
    return int(min(max(length, cfg.length_min), cfg.length_max))


def write_note(d: CaseDraft) -> WrittenNote:
    """The epikrise of one contact, its rows, evidence and distractors."""
    rng, cfg = d.rng, d.config
    w = _Writer(d)
    modes = {code: _mode(rng, code, cfg.implicit_share) for code in d.b}
    target = _target_length(rng, cfg)
    compact = target < 1000
    diabetes = next((c for c in d.b if c in ("DE109", "DE119") and modes[c] == "text"), None)
    deep = diabetes is not None and target >= cfg.long_note_chars and rng.random() < cfg.deep_type_share
    truth = [d.a, *d.b]

    # Which abnormal signs to show, and for which codes.
    shown: dict[str, list[str]] = {}  # sign → codes it supports
    for code in truth:
        cond = CONDITIONS.get(code)
        mode = "text" if code == d.a else modes[code]
        if cond is None or mode == "med":
            continue
        for sign in cond.signs:
            if mode in ("sign", "lab") and sign not in SUFFICIENT_SIGNS:
                continue
            if mode in ("sign", "lab") or rng.random() < 0.7:
                shown.setdefault(sign, []).append(code)
    lab_only = {s for s, codes in shown.items() if all(modes.get(c) == "lab" for c in codes)}

    distractors = _pick_distractors(w, truth)
    w.afli = [c for c in truth if c == "DI489" and modes.get(c, "text") == "text"]

    # --- head: header, reason, anamnese, known diseases, exam, paraclinic
    head = Builder()
    head.add(f"{rng.choice(HEADERS)} – {d.department.name}\n\n")
    head.add(rng.choice(SECTIONS["reason"]) + " ")
    head.mention(w.template("reason"), d.a, w.form(d.a))
    head.add("\n\n" + rng.choice(SECTIONS["history"]) + " ")
    head.add(f"{d.age}-årig {_person(d.age, d.sex)}. ")
    if not compact:
        social = "social_child" if d.age < 18 else "social_old" if d.age >= 70 else "social_adult"
        head.add(fill(w.template(social), rng) + " ")
        if d.age >= 15:
            head.add(fill(w.template("habits"), rng) + " ")
    for kind in ("history", "family"):
        for code in distractors.get(kind, []):
            head.mention(w.template(kind), code, w.form(code), kind)
            head.add(" ")
    named_b = [c for c in d.b if modes[c] == "text"]
    known = [c for c in named_b if rng.random() < 0.8]
    if compact and not known:
        pass  # a short note leaves out the empty section
    elif known:
        head.add("\n\n" + rng.choice(SECTIONS["known"]) + " ")
        items = [(c, w.form(_GENERIC_DIABETES) if deep and c == diabetes else w.form(c)) for c in known]
        head.mention_list(w.template("known"), items)
    else:
        head.add("\n\n" + rng.choice(SECTIONS["known"]) + " ")
        head.add(rng.choice(KNOWN_NONE if not d.b else KNOWN_NONE[1:]))
    head.add("\n\n" + rng.choice(SECTIONS["exam"]) + " ")
    _exam(w, head, shown, lab_only, compact)
    for code in distractors.get("negated", [])[:1]:
        head.add(" ")
        head.mention(w.template("negated"), code, w.form(code), "negated")
    head.add("\n\n" + rng.choice(SECTIONS["labs"]) + " ")
    _paraclinic(w, head, shown, lab_only, compact)

    # --- tail: conclusion, plan, medication at discharge
    tail = Builder()
    tail.add("\n\n" + rng.choice(SECTIONS["conclusion"]) + " ")
    tail.mention(w.template("conclusion"), d.a, w.form(d.a))
    concl_b = [c for c in named_b if c != diabetes or not deep]
    concl_b = [c for c in concl_b if rng.random() < 0.4]
    if concl_b:
        tail.mention_list(" Bidiagnoser: {}.", [(c, w.form(c)) for c in concl_b])
    tail.add("\n\n" + rng.choice(SECTIONS["plan"]) + " ")
    tail.add(fill(w.template("plan"), rng))
    for code in distractors.get("planned", []):
        tail.add(" ")
        tail.mention(w.template("planned"), code, w.form(code), "planned")
    if deep:
        tail.mention(" Vedr. {}: fortsat uændret behandling og årskontrol ved egen læge.", diabetes, w.form(diabetes))
    tail.add("\n\n" + rng.choice(SECTIONS["meds"]) + "\n")
    _medications(w, tail, truth, modes)

    # --- course, filled up to the target length
    course = Builder()
    course.add("\n\n" + rng.choice(SECTIONS["course"]) + " ")
    course.mention(w.template("course_a"), d.a, w.form(d.a))
    for code in named_b:
        if code not in known or rng.random() < 0.4:
            course.add(" ")
            form = w.form(_GENERIC_DIABETES) if deep and code == diabetes else w.form(code)
            course.mention(w.template("course_b"), code, form)
            if code in _ANTICOAGULATED:
                course.add(" AK-beh. fortsættes uændret.")
    for kind in ("uncertain", "negated"):
        for code in distractors.get(kind, [])[kind == "negated" :]:
            course.add(" ")
            course.mention(w.template(kind), code, w.form(code), kind)
    room = target - head.length - tail.length
    fillers = w.d.templates.pool("filler", d.test)
    while course.length < room:
        sentence = fill(rng.choice(fillers), rng)
        if course.length + len(sentence) + 1 > min(room + 40, cfg.length_max - head.length - tail.length):
            break
        course.add(("\n" if sentence.startswith("Dag") else " ") + sentence)

    note = Builder()
    note.extend(head)
    note.extend(course)
    note.extend(tail)
    text = note.text()
    flags = []
    evidence, distractor_spans = [], []
    for code, start, end, kind in note.spans:
        item = {"code": code, "note": 0, "start": start, "end": end}
        if kind == "evidence":
            evidence.append(item)
        else:
            distractor_spans.append({**item, "kind": kind})
    if deep:
        own = {f.casefold() for f in d.forms[diabetes].shared + d.forms[diabetes].test_only}
        typed = [e for e in evidence if e["code"] == diabetes and text[e["start"] : e["end"]].casefold() in own]
        if len(typed) == 1 and typed[0]["start"] >= cfg.deep_after * len(text):
            flags.append("diabetes_type_deep")
    evidence += _row_evidence(w)
    implicit = {c: m for c, m in modes.items() if m != "text"}
    return WrittenNote(text, evidence, distractor_spans, w.meds, w.labs, flags, implicit)


def _person(age: int, sex: str) -> str:
    if age < 18:
        return "pige" if sex == "F" else "dreng"
    return "kvinde" if sex == "F" else "mand"


def _pick_distractors(w: _Writer, truth: list[str]) -> dict[str, list[str]]:
    from coder_assist.synth.generate import conflicts

    d, rng = w.d, w.rng
    n = min(int(rng.expovariate(1 / d.config.distractors_mean) + 0.5), 5) if d.config.distractors_mean else 0
    chosen: dict[str, list[str]] = {}
    used: list[str] = []
    for _ in range(n * 4):
        if len(used) >= n:
            break
        kind = rng.choice(_DISTRACTOR_KINDS)
        code = rng.choice(_FAMILY if kind == "family" else _HISTORY if kind == "history" else d.distractor_pool)
        if code in used or conflicts(code, truth) or conflicts(code, used):
            continue
        if kind != "family" and not allowed(code, d.age, d.sex):
            continue
        chosen.setdefault(kind, []).append(code)
        used.append(code)
    return chosen


def _exam(w: _Writer, b: Builder, shown: dict[str, list[str]], lab_only: set[str], compact: bool) -> None:
    rng = w.rng
    b.add(rng.choice(EXAM_FIXED[:2]) + " ")
    if "bt" in shown:
        sys_, dia = draw(rng, 150, 186, 0), draw(rng, 92, 112, 0)
    else:
        sys_, dia = draw(rng, *LABS["sys"].normal, 0), draw(rng, *LABS["dia"].normal, 0)
    codes = tuple(shown.get("bt", ()))
    if "bt" not in lab_only:
        _measure(b, f"BT {sys_}/{dia}", codes)
        b.add(", ")
    w.add_lab("sys", sys_, codes)
    w.add_lab("dia", dia, codes)
    b.add(f"{'puls' if 'bt' not in lab_only else 'Puls'} {draw(rng, *LABS['pulse'].normal, 0)}, ")
    temp = draw(rng, *(ABNORMAL["temp"][1:] if "temp" in shown else LABS["temp"].normal), 1)
    _measure(b, f"temp. {danish_number(temp)}", tuple(shown.get("temp", ())))
    w.add_lab("temp", temp, tuple(shown.get("temp", ())))
    sat = draw(rng, *(ABNORMAL["sat"][1:] if "sat" in shown else LABS["sat"].normal), 2)
    b.add(", ")
    _measure(b, f"SAT {round(sat * 100)} %", tuple(shown.get("sat", ())))
    w.add_lab("sat", sat, tuple(shown.get("sat", ())))
    b.add(".")
    bmi_sign = next((s for s in BMI_RANGES if s in shown), None)
    if bmi_sign or rng.random() < 0.4:
        bmi = draw(rng, *(BMI_RANGES[bmi_sign] if bmi_sign else (19.0, 24.6)), 1)
        height = draw(rng, 1.52, 1.78, 2) if w.d.sex == "F" else draw(rng, 1.66, 1.96, 2)
        if w.d.age < 16:
            height = round(0.75 + w.d.age * 0.065, 2)
            bmi = draw(rng, 14.5, 19.5, 1) if bmi_sign is None else bmi
        codes = tuple(shown.get(bmi_sign, ())) if bmi_sign else ()
        if bmi_sign not in lab_only:
            b.add(" ")
            _measure(b, f"BMI {danish_number(bmi)}", codes)
            b.add(".")
        w.add_lab("weight", round(bmi * height * height, 1), codes)
        w.add_lab("height", height, codes)
    if not compact:
        for sentence in rng.sample(EXAM_FIXED[2:], 3):
            b.add(" " + sentence)


def _measure(b: Builder, text: str, codes: tuple[str, ...]) -> None:
    start = b.length
    b.add(text)
    b.spans.extend((code, start, b.length, "evidence") for code in codes)


def _paraclinic(w: _Writer, b: Builder, shown: dict[str, list[str]], lab_only: set[str], compact: bool) -> None:
    rng = w.rng
    abnormal: dict[str, tuple[float, float, tuple[str, ...], bool]] = {}
    for sign, codes in shown.items():
        if sign in ABNORMAL:
            key, low, high = ABNORMAL[sign]
            abnormal[key] = (low, high, tuple(codes), sign in lab_only)
    if "crp" in abnormal:
        abnormal["leuk"] = (11.5, 22.0, abnormal["crp"][2], abnormal["crp"][3])
    keys = list(_ROUTINE_LABS) + [k for k in ("glu", "carb") if k in abnormal]
    first = True
    for key in keys:
        spec = LABS[key]
        low, high, codes, hidden = abnormal.get(key, (*spec.normal, (), False))
        value = draw(rng, low, high, spec.decimals)
        w.add_lab(key, value, codes)
        if hidden:
            continue
        b.add("" if first else ", ")
        first = False
        _measure(b, f"{_LAB_LABEL[key]} {danish_number(value)}", codes)
    b.add(".")
    if "egfr" in shown and "egfr" not in lab_only:
        b.add(" ")
        _measure(b, f"eGFR {rng.randint(18, 44)} ml/min", tuple(shown["egfr"]))
        b.add(".")
    if "hba1c" in shown:
        b.add(" ")
        _measure(b, f"HbA1c {rng.randint(50, 92)} mmol/mol", tuple(shown["hba1c"]))
        b.add(".")
    if "uvi" in shown:
        codes = tuple(shown["uvi"])
        b.add(" U-stix: ")
        _measure(b, "nitrit +, leuk 2+", codes)
        b.add(". Urindyrkning: ")
        _measure(b, "E. coli > 10^5/ml", codes)
        b.add(".")
        w.add_lab("u_nitrit", "positiv", codes)
        w.add_lab("u_culture", "Escherichia coli > 10^5/ml", codes)
    if "ef" in shown:
        b.add(" Ekko: ")
        _measure(b, f"LVEF {rng.choice((20, 25, 30, 35))} %", tuple(shown["ef"]))
        b.add(".")
    elif w.d.department.specialty == "kardiologi":
        b.add(f" Ekko: LVEF {rng.choice((55, 60, 65))} %, normal klapfunktion.")
    afli = [c for c in w.afli if c == "DI489"]
    if afli:
        b.mention(" EKG: {} med ventrikelfrekvens " + str(rng.randint(88, 140)) + ".", "DI489", w.form("DI489"))
    elif not compact:
        b.add(" EKG: " + rng.choice(("sinusrytme.", "SR, normalt EKG.", "ingen iskæmi.")))


def _medications(w: _Writer, b: Builder, truth: list[str], modes: dict[str, str]) -> None:
    rng = w.rng
    names = clinical.atc_names()
    chosen: dict[str, tuple[str, list[str]]] = {}  # atc → (dose, codes)
    for code in truth:
        cond = CONDITIONS.get(code)
        if cond is None or not cond.meds:
            continue
        mode = modes.get(code, "text")
        if mode == "med" or (mode == "text" and rng.random() < 0.75):
            for atc, dose in rng.sample(cond.meds, min(len(cond.meds), rng.randint(1, 2))):
                chosen.setdefault(atc, (dose, []))[1].append(code)
    for atc, dose in _PRN:
        if atc not in chosen and rng.random() < 0.3:
            chosen[atc] = (dose, [])
    if not chosen:
        b.add("Ingen fast medicin.")
        return
    for atc, (dose, codes) in chosen.items():
        name = names[atc]
        b.add(rng.choice(("Tbl. ", "", "- ")))
        _measure(b, name, tuple(codes))
        b.add(f" {dose}\n")
        w.meds.append({"atc": atc, "name": name, "dose": dose})
        w.med_codes.append(tuple(codes))


def _row_evidence(w: _Writer) -> list[dict]:
    evidence = []
    for i, (med, codes) in enumerate(zip(w.meds, w.med_codes, strict=True)):
        if codes:
            line = render_medication(Medication(med["atc"], med["name"], med["dose"]))
            start = line.index(med["name"])
            evidence += [
                {"code": c, "source": "medication", "index": i, "start": start, "end": start + len(med["name"])}
                for c in codes
            ]
    for i, (lab, codes) in enumerate(zip(w.labs, w.lab_codes, strict=True)):
        if codes:
            row = Lab(lab["npu"], lab["name"], lab["value"], lab.get("unit"), lab.get("low"), lab.get("high"))
            end = len(render_lab(row))
            evidence += [{"code": c, "source": "lab", "index": i, "start": 0, "end": end} for c in codes]
    return evidence
