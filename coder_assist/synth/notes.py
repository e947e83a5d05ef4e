"""Writing one epikrise with its medication and lab rows, and the evidence for every true code.

How each true B condition shows: named in the text (most), or only by a telling sign (BT 168/96,
BMI 34), only by a medication, or only by lab rows (``SynthConfig.implicit_share``). The A diagnosis
is always named. The patient is coherent: social history, function and pregnancy follow age and sex,
the work-up follows the main diagnosis (``clinical.WORKUP``), early warning scores and their words
agree, and days run in order. A style (terse emergency note, medical epikrise, surgical or psychiatric
note) follows the department. No sentence repeats inside a note. Hard negatives (negated, ruled out,
suspected then dismissed, uncertain, earlier episode, family, planned) name codes that are not true
and never share a category or exclusive group with a true code.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from coder_assist.cases.flatten import render_lab, render_medication
from coder_assist.cases.model import Lab, Medication
from coder_assist.synth import clinical
from coder_assist.synth.clinical import ABNORMAL, BMI_RANGES, LABS, SUFFICIENT_SIGNS, danish_number, draw
from coder_assist.synth.config import SynthConfig
from coder_assist.synth.departments import Department
from coder_assist.synth.drugs import medication_list
from coder_assist.synth.forms import FormSet
from coder_assist.synth.lexicon import CONDITIONS
from coder_assist.synth.phrases import EXCLUSIVE, HEADERS, HOSPITALS, SECTIONS
from coder_assist.synth.rules import allowed
from coder_assist.synth.text import Builder, Templates, capitalise, compose, expand, slip

_DISTRACTOR_KINDS = ("negated", "ruled_out", "dismissed", "uncertain", "history", "family", "planned")
_ANTICOAGULATED = ("DI489", "DI269", "DI802", "DI634")
_GENERIC_DIABETES = "DE149"
_DIABETES = ("DE10", "DE11", "DE12", "DE13", "DE14")
_VIRAL_PNEUMONIA = "DJ12"
_DEMENTIA = ("DF00", "DF01", "DF02", "DF03", "DG30")
_SELF_HARM = tuple(f"DX{n}" for n in range(60, 85))
# B conditions of this stay rather than chronic diseases: injuries, poisonings and acute infections.
_ACUTE_B = ("DS", "DT", "DA", "DB", "DJ0", "DJ1", "DJ20", "DJ21", "DJ22", "DN10", "DN30", "DN39", "DL0")
# Work-ups (by their first prefix in clinical.WORKUP) that a B diagnosis brings too: an infarct, a
# pneumonia or a hip fracture during the stay is worked up and treated like a main diagnosis.
_B_WORKUPS = ("DI21", "DJ12", "DS72")
_ROUTINE_LABS = ("hb", "leuk", "crp", "na", "k", "krea")
_LAB_LABEL = {"hb": "Hb", "leuk": "leuk", "crp": "CRP", "na": "Na", "k": "K", "krea": "krea", "carb": "karbamid",
              "glu": "BS"}  # fmt: skip
_FAMILY = tuple(c for c, cond in CONDITIONS.items() if cond.family_ok)
_HISTORY = tuple(c for c, cond in CONDITIONS.items() if cond.history_ok)
_PRN = (("N02BE01", "1 g p.n. max x 4"), ("N05CF01", "7,5 mg p.n. til natten"))
_MASK = re.compile(r"\d+")
_SLIP_RATE = 0.012  # share of plain sentences with a dictation slip: about one note in five has one
_ONCE = frozenset({"c_day_event"})  # pools of things that happen once in a stay
_STYLE_LENGTH = {"emergency": 0.55, "medical": 1.15, "surgical": 0.9, "psych": 1.0}


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
    stay: int = 0  # days in hospital; the day notes of the course never go past it
    # B code → how the note shows it: "conclusion" (named there), "passing" (named elsewhere only),
    # "sign", "med" or "lab" (never named); the simulated coder reads it
    documented: dict[str, str] = field(default_factory=dict)


class _Writer:
    def __init__(self, d: CaseDraft) -> None:
        self.d = d
        self.rng = d.rng
        self.labs: list[dict] = []
        self.lab_codes: list[tuple[str, ...]] = []
        self.meds: list[dict] = []
        self.med_codes: list[tuple[str, ...]] = []
        self.afli: list[str] = []  # true, named codes that an ECG shows
        self.seen: set[str] = set()  # sentences written so far, numbers masked
        self.slots: dict[str, str] = {}
        self.used_once: set[str] = set()  # frames of once-a-stay pools already written

    def form(self, code: str) -> str:
        fs = self.d.forms[code]
        return self.rng.choice(fs.shared + fs.test_only if self.d.test else fs.shared)

    def template(self, pool: str) -> str:
        return expand(self.rng.choice(self.d.templates.pool(pool, self.d.test)), self.rng, self.slots)

    def clauses(self, pool: str) -> tuple[str, ...]:
        return self.d.templates.pool(pool, self.d.test)

    def fresh(self, make: Callable[[], str]) -> str | None:
        """A sentence from ``make`` that the note has not said yet (numbers aside), or None."""
        for _ in range(6):
            sentence = make()
            key = _MASK.sub("#", sentence)
            if key not in self.seen:
                self.seen.add(key)
                return slip(sentence, self.rng) if self.rng.random() < _SLIP_RATE else sentence
        return None

    def sentence(self, pools: list[str], n: tuple[int, int]) -> str | None:
        """A new sentence of ``n`` clauses from ``pools`` (see ``_clauses``), or None."""
        return self.fresh(lambda: _clauses(self, pools, n))

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


def _target_length(rng: random.Random, cfg: SynthConfig, style: str) -> int:
    length = cfg.length_median * _STYLE_LENGTH[style] * math.exp(rng.gauss(0.0, cfg.length_sigma))
    return int(min(max(length, cfg.length_min), cfg.length_max))


def _style(rng: random.Random, dept: Department, a: str) -> str:
    """The writing style: it follows the department, with some emergency notes written elsewhere."""
    if dept.specialty in ("psykiatri", "børne- og ungdomspsykiatri"):
        return "psych"
    if dept.specialty == "akutmedicin":
        return "emergency"
    if dept.specialty in ("kirurgi", "ortopædkirurgi", "urologi") or a.startswith(("DS72", "DK35")):
        return "surgical"
    return "emergency" if rng.random() < 0.12 else "medical"


def _elective(rng: random.Random, dept: Department, a: str) -> bool:
    if a.startswith(clinical.ACUTE_PREFIXES):
        return False
    return rng.random() < clinical.ELECTIVE_SHARE.get(dept.specialty, 0.0)


def _stay(rng: random.Random, style: str, target: int, elective: bool) -> int:
    """Days in hospital: a long note tells of a long stay; emergency contacts are short."""
    if style == "emergency":
        return rng.choice((0, 0, 1, 1, 2))
    base = target / 380 + rng.uniform(-1.0, 2.0)
    if style == "psych":
        base = base * 2.5 + 5
    if elective:
        base *= 0.7
    return max(1, min(int(base), 45))


def write_note(d: CaseDraft) -> WrittenNote:
    """The epikrise of one contact, its rows, evidence and distractors."""
    rng, cfg = d.rng, d.config
    w = _Writer(d)
    modes = {code: _mode(rng, code, cfg.implicit_share) for code in d.b}
    style = _style(rng, d.department, d.a)
    elective = _elective(rng, d.department, d.a)
    target = _target_length(rng, cfg, style)
    stay = _stay(rng, style, target, elective)
    compact = target < 1000
    diabetes = next((c for c in d.b if c in ("DE109", "DE119") and modes[c] == "text"), None)
    deep = diabetes is not None and target >= cfg.long_note_chars and rng.random() < cfg.deep_type_share
    truth = [d.a, *d.b]
    workup = clinical.workup_for(d.a)
    _fill_slots(w)

    # Which abnormal signs to show, and for which codes; the main diagnosis's work-up always shows.
    shown: dict[str, list[str]] = {}  # sign → codes it supports
    for code in truth:
        cond = CONDITIONS.get(code)
        mode = "text" if code == d.a else modes[code]
        if mode == "med":
            continue
        forced = workup.signs if workup and code == d.a else ()
        signs = (*(cond.signs if cond else ()), *(s for s in forced if not cond or s not in cond.signs))
        for sign in signs:
            if mode in ("sign", "lab") and sign not in SUFFICIENT_SIGNS:
                continue
            if mode in ("sign", "lab") or sign in forced or rng.random() < 0.7:
                shown.setdefault(sign, []).append(code)
    # Every diabetic has a blood glucose taken, even a comorbidity known only from the drug list; it names
    # the diabetes (is its evidence) only where the note names it.
    diabetic = [c for c in truth if c.startswith(_DIABETES)]
    if diabetic and "hba1c" not in shown:
        shown["glu"] = [c for c in diabetic if modes.get(c, "text") == "text"]
    lab_only = {s for s, codes in shown.items() if codes and all(modes.get(c) == "lab" for c in codes)}
    b_workups = _b_workups(d.b, workup)

    distractors = _pick_distractors(w, truth)
    w.afli = [c for c in truth if c == "DI489" and modes.get(c, "text") == "text"]

    # --- head: header, reason, anamnese, social, known diseases, exam, paraclinic
    head = Builder()
    header = rng.choice(HEADERS)
    head.add(f"{header} – {d.department.name}, {rng.choice(HOSPITALS)}\n\n")
    head.add(rng.choice(SECTIONS["reason"]) + " ")
    reason = "reason_psych" if style == "psych" else "reason_elective" if elective else "reason_acute"
    head.mention(w.template(reason), d.a, w.form(d.a))
    head.add("\n\n" + rng.choice(SECTIONS["history"]) + " ")
    head.add(_intro(w, elective) + " ")
    social = _social(w, compact or style == "emergency")
    if social and (style in ("medical", "psych") and rng.random() < 0.6):
        head.add("\n\n" + rng.choice(SECTIONS["social"]) + " ")
    for sentence in social:
        head.add(sentence + " ")
    for kind in ("history", "family"):
        for code in distractors.get(kind, []):
            head.mention(w.template(kind), code, w.form(code), kind)
            head.add(" ")
    named_b = [c for c in d.b if modes[c] == "text"]
    # Injuries, poisonings and self-harm belong to this stay's story, not to the known diseases.
    known = [c for c in named_b if not c.startswith(("DS", "DT", "DX")) and rng.random() < 0.8]
    if known:
        head.add("\n\n" + rng.choice(SECTIONS["known"]) + " ")
        items = [(c, w.form(_GENERIC_DIABETES) if deep and c == diabetes else w.form(c)) for c in known]
        head.mention_list(w.template("known"), items)
    elif not compact and not d.b:
        head.add("\n\n" + rng.choice(SECTIONS["known"]) + " " + w.template("known_none"))
    head.add("\n\n" + rng.choice(SECTIONS["exam"]) + " ")
    _exam(w, head, shown, lab_only, compact, style)
    for code in distractors.get("negated", [])[:1]:
        head.add(" ")
        head.mention(w.template("negated"), code, w.form(code), "negated")
    head.add("\n\n" + rng.choice(SECTIONS["labs"]) + " ")
    _paraclinic(w, head, shown, lab_only, compact, workup)
    for _, wk in b_workups:
        for pool in wk.paraclinic:
            if pool != "wk_echo":  # one echo a stay, and only where the main diagnosis calls for it
                head.add(" " + w.template(pool))

    # --- tail: conclusion, plan, medication at discharge
    tail = Builder()
    tail.add("\n\n" + rng.choice(SECTIONS["conclusion"]) + " ")
    tail.mention(w.template("conclusion"), d.a, w.form(d.a))
    concl_b = [c for c in named_b if c != diabetes or not deep]
    concl_b = [c for c in concl_b if rng.random() < 0.4]
    if concl_b:
        tail.mention_list(" " + w.template("conclusion_b"), [(c, w.form(c)) for c in concl_b])
    tail.add("\n\n" + rng.choice(SECTIONS["plan"]) + " ")
    tail.add(w.sentence(["c_plan_followup", "c_plan", *_group_pools(d.age, style, "plan")], (1, 3)) or "")
    for code in distractors.get("planned", []):
        tail.add(" ")
        tail.mention(w.template("planned"), code, w.form(code), "planned")
    if deep:
        tail.mention(" " + w.template("diabetes_deep"), diabetes, w.form(diabetes))
    tail.add("\n\n" + rng.choice(SECTIONS["meds"]) + " ")
    _medications(w, tail, truth, modes)

    # --- course, filled up to the target length
    course = Builder()
    operation = _operation(d.a, workup, style, elective)
    if operation:
        course.add("\n\n" + rng.choice(SECTIONS["surgery"]) + " " + w.template(operation))
    course.add("\n\n" + rng.choice(SECTIONS["course"]) + " ")
    course.mention(w.template("course_a"), d.a, w.form(d.a))
    for pool in _course_pools(rng, d.a, workup, style):
        course.add(" " + w.template(pool))
    for code, wk in b_workups:
        # The main diagnosis's operation has its own section; a B hip fracture's is told in the course.
        for pool in ("wk_hip_op",) * ("wk_hip_op" in wk.course) + tuple(_course_pools(rng, code, wk, style)):
            course.add(" " + w.template(pool))
    for code in named_b:
        if code not in known or rng.random() < 0.4:
            course.add(" ")
            form = w.form(_GENERIC_DIABETES) if deep and code == diabetes else w.form(code)
            course.mention(w.template(_course_b_pool(code)), code, form)
            if code in _ANTICOAGULATED:
                course.add(" " + w.template("ak_continued"))
    for kind in ("dismissed", "ruled_out", "uncertain", "negated"):
        for code in distractors.get(kind, [])[kind == "negated" :]:
            course.add(" ")
            course.mention(w.template(kind), code, w.form(code), kind)
    room = target - head.length - tail.length
    limit = min(room + 40, cfg.length_max - head.length - tail.length)
    for sentence in _course_notes(w, stay, style, bool(operation), min(1.0, target / 5000)):
        if course.length + len(sentence) + 1 > limit:
            break
        course.add(sentence)
        if course.length >= room:
            break

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
    documented = {c: implicit.get(c) or ("conclusion" if c in concl_b else "passing") for c in d.b}
    return WrittenNote(text, evidence, distractor_spans, w.meds, w.labs, flags, implicit, stay, documented)


def _course_b_pool(code: str) -> str:
    """The course frames that fit a B condition: self-harm, an acute condition or a chronic disease."""
    if code.startswith(_SELF_HARM):
        return "course_b_selfharm"
    return "course_b_acute" if code.startswith(_ACUTE_B) else "course_b"


def _fill_slots(w: _Writer) -> None:
    """Values the frames may name: school class, home help, work-up figures, pregnancy."""
    rng, d = w.rng, w.d
    tnt1 = rng.randint(25, 400)
    gravida = rng.randint(1, 4)
    w.slots = {
        "klasse": clinical.school_class(d.age) if d.age >= 6 else "",
        "times": clinical.home_help(rng),
        "rf": str(rng.randint(12, 20)),
        "pulse": str(rng.randint(58, 92)),
        "tnt1": str(tnt1),
        "tnt2": str(tnt1 * rng.randint(2, 8)),
        "ef": str(rng.choice((30, 35, 40, 45, 50, 55))),
        "ph": danish_number(round(rng.uniform(7.26, 7.38), 2)),
        "pco2": danish_number(round(rng.uniform(6.2, 8.9), 1)),
        "po2": danish_number(round(rng.uniform(7.0, 9.5), 1)),
        "chads": str(rng.randint(1, 6)),
        "day": str(rng.randint(2, 4)),
        "g": str(gravida),
        "p": str(rng.randint(0, gravida - 1)),
        "ga": f"{rng.randint(8, 40)}+{rng.randint(0, 6)}",
        "partner": "sin kone" if d.sex == "M" else "sin mand",
        "bt": f"{rng.randint(105, 150)}/{rng.randint(60, 90)}",
    }


def _person(age: int, sex: str) -> str:
    if age < 18:
        return "pige" if sex == "F" else "dreng"
    return "kvinde" if sex == "F" else "mand"


def _intro(w: _Writer, elective: bool) -> str:
    """The first sentence of the anamnesis: age and sex, with how the patient came."""
    rng, d = w.rng, w.d
    person = _person(d.age, d.sex)
    who = f"{rng.randint(1, 11)} måneder gammel {person}" if d.age == 0 else f"{d.age}-årig {person}"
    if rng.random() < 0.3:
        return who + "."
    if d.age < 15:
        onset = "onset_child"
    else:
        onset = "onset_elective" if elective else "onset_injury" if d.a.startswith("DS") else "onset_acute"
    return capitalise(f"{who}, {w.template(onset)}.")


def _age_group(age: int) -> str:
    if age < 3:
        return "infant"
    if age < 6:
        return "preschool"
    if age < 16:
        return "school"
    if age < 18:
        return "youth"
    if age < 67:
        return "adult"
    return "retired" if age < 80 else "old"


_SOCIAL = {
    "infant": ("c_infant_home", "c_infant_care", "c_infant_birth", "c_child_dev", "c_child_vacc"),
    "preschool": ("c_preschool_home", "c_preschool_care", "c_child_dev", "c_child_vacc"),
    "school": ("c_school_home", "c_school_class", "c_school_leisure", "c_allergy"),
    "youth": ("c_youth_home", "c_youth_school", "c_youth_job", "c_youth_habits"),
    "adult": ("c_adult_home", "c_adult_function", "c_work"),
    "retired": ("c_retired_work", "c_retired_home", "c_retired_function", "c_retired_activity"),
    "old": ("c_retired_work", "c_old_home", "c_old_help", "c_old_walk", "c_old_alarm", "c_old_family"),
    "nursing": ("c_nursing_home", "c_nursing_adl", "c_nursing_family"),
}


def _social(w: _Writer, short: bool) -> list[str]:
    """Social history, work or school, function and pregnancy, as the patient's age and sex allow."""
    rng, d = w.rng, w.d
    group = _age_group(d.age)
    if group == "old" and rng.random() < 0.18:
        group = "nursing"
    elif group == "retired" and rng.random() < 0.2:
        group = "old"
    pools = list(_SOCIAL[group])
    if any(c.startswith(_DEMENTIA) for c in (d.a, *d.b)):
        # A patient with dementia neither manages alone nor drives or cycles.
        pools = [p for p in pools if not p.endswith(("_function", "_activity"))] + ["c_dementia_function"]
    if group == "adult" and d.age >= 35 and rng.random() < 0.12:
        pools[-1] = "c_early_pension"
    sentences = []
    first = w.sentence(pools, (1, 2) if short else (2, 4))
    if first:
        sentences.append(first)
    if d.age >= 18 and not short:
        habits = w.sentence(["c_habits_smoke", "c_habits_alcohol"], (1, 2))
        if habits:
            sentences.append(habits)
    if d.sex == "F" and 15 <= d.age <= 50:
        if d.a.startswith("DO"):
            sentences.append(compose(rng, [w.template("c_pregnant")]))
        elif rng.random() < 0.3:
            sentences.append(compose(rng, [w.template("c_pregnancy_no")]))
    return sentences


def _clauses(w: _Writer, pools: list[str], n: tuple[int, int]) -> str:
    """A sentence of ``n`` clauses in random order: at most one from an exclusive pool (one way of
    living), any different frames of the others (each frame its own topic)."""
    rng = w.rng
    options: list[tuple[str, ...]] = []
    for pool in dict.fromkeys(pools):
        frames = w.clauses(pool)
        if pool in _ONCE:
            frames = tuple(f for f in frames if f not in w.used_once)
            if not frames:
                continue
        if pool in EXCLUSIVE:
            options.append(frames)
        else:
            options.extend((f,) for f in frames)
    k = max(1, min(rng.randint(*n), len(options)))
    chosen = [rng.choice(o) for o in rng.sample(options, k)]
    w.used_once.update(chosen)
    return compose(rng, [expand(f, rng, w.slots) for f in chosen])


def _group_pools(age: int, style: str, section: str) -> list[str]:
    """Extra clause pools of a section that fit the patient: children, the old, psychiatry."""
    if style == "psych":
        return [f"c_{section}_psych"]
    if age < 16:
        return [f"c_{section}_child"]
    if age >= 75:
        return [f"c_{section}_old"]
    return []


def _operation(a: str, workup: clinical.Workup | None, style: str, elective: bool) -> str:
    """The pool of the operation section: the hip fracture's own, a generic one, or none."""
    if workup and "wk_hip_op" in workup.course:
        return "wk_hip_op"
    if style == "surgical" and (elective or a.startswith(clinical.OPERATED_PREFIXES)):
        return "surgery_generic"
    return ""


def _b_workups(b: list[str], workup: clinical.Workup | None) -> list[tuple[str, clinical.Workup]]:
    """The B diagnoses whose work-up the note shows, each work-up once and not the main diagnosis's."""
    found: dict[clinical.Workup, str] = {}
    for code in b:
        wk = clinical.workup_for(code)
        if wk and wk.prefixes[0] in _B_WORKUPS and wk is not workup and wk not in found:
            found[wk] = code
    return [(code, wk) for wk, code in found.items()]


def _course_pools(rng: random.Random, code: str, workup: clinical.Workup | None, style: str) -> list[str]:
    if workup is None:
        return []
    pools = [p for p in workup.course if p != "wk_hip_op"]
    if code.startswith(_VIRAL_PNEUMONIA):  # a viral pneumonia gets no antibiotics
        pools = [p for p in pools if p != "wk_pneu_ab"]
    if style == "emergency":  # an emergency department casts a fracture; the operation is elsewhere
        pools = ["wk_fx_cast" if p == "wk_fx_beh" else p for p in pools]
    if workup.prefixes[0] == "DI21" and rng.random() < clinical.AMI_CONSERVATIVE:
        pools = ["wk_ami_medical"]
    return pools


def _course_notes(w: _Writer, stay: int, style: str, operation: bool, detail: float) -> list[str]:
    """Day notes in order (worse early, better late, the EWS and its words agreeing), then the team's notes."""
    rng, d = w.rng, w.d
    out: list[str] = []
    # Walking with help rather than "selvhjulpen": the old, and anyone with dementia.
    old = d.age >= 75 or any(c.startswith(_DEMENTIA) for c in (d.a, *d.b))
    # The team's notes: each topic once, two or three to a sentence, some on the day they happened.
    team = ["c_team", *_group_pools(d.age, style, "team")] + (["c_team_adult"] if 18 <= d.age < 67 else [])
    frames = [f for pool in team for f in w.clauses(pool)]
    rng.shuffle(frames)

    def team_sentence() -> str | None:
        k = rng.randint(2, 3)
        sentence = w.fresh(lambda: compose(rng, [expand(f, rng, w.slots) for f in frames[:k]]))
        del frames[:k]
        return sentence

    if stay >= 2 and style != "emergency":
        days = sorted(rng.sample(range(1, stay + 1), min(stay, 30)))
        ews = rng.choice((1, 2, 3, 4, 5, 6, 7)) if style == "medical" else rng.randint(0, 3)
        vas = rng.randint(2, 6)  # pain scores fall over the stay, never back up
        for day in days:
            w.slots["vas"] = str(vas)
            early = day <= max(1, stay // 3)
            ews = ews if early else min(ews, 2)
            # Drips, catheters and oxygen come off as the patient improves, not on the first day.
            pools = ["c_day_early"] if early else ["c_day_late", "c_day_event"]
            pools.append("c_child_day" if d.age < 16 else "c_mobility_old" if old else "c_mobility_adult")
            if operation:
                pools.append("surgery_post")
            if style == "psych":
                pools.append("c_team_psych")
            if rng.random() < 0.5 and style != "psych":
                w.slots["ews"] = str(ews)
                pools.append(clinical.ews_band(ews))
            text = w.sentence(pools, (2, 5))
            ews = max(0, ews - rng.randint(1, 3))
            vas = max(0, vas - rng.randint(0, 2))
            if not text:
                continue
            # A long note (a long stay) tells more of each day: observations, then the team.
            if rng.random() < detail:
                text += " " + (w.sentence(["c_day_obs"] if early else ["c_day_obs", "c_day_event"], (2, 4)) or "")
            extra = team_sentence() if frames and rng.random() < 0.4 else None
            label = rng.choice(("Dag", "Dag", "dag", "Indl.dag"))
            out.append(f"\n{label} {day}: {text}" + (f" {extra}" if extra else ""))
    while frames:
        sentence = team_sentence()
        if sentence:
            out.append(" " + sentence)
    return out


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
        if kind == "history" and d.age < 18:  # "for mange år siden" does not fit a child
            continue
        code = rng.choice(_FAMILY if kind == "family" else _HISTORY if kind == "history" else d.distractor_pool)
        if code in used or conflicts(code, truth) or conflicts(code, used):
            continue
        if kind != "family" and not allowed(code, d.age, d.sex):
            continue
        chosen.setdefault(kind, []).append(code)
        used.append(code)
    return chosen


def _items(w: _Writer, b: Builder, items: list[list[tuple[str, tuple[str, ...]]]]) -> None:
    """Items joined by varied connectors; each item is text segments, a segment with codes is evidence."""
    rng = w.rng
    for i, item in enumerate(items):
        if i:
            b.add(" og " if i == len(items) - 1 and rng.random() < 0.3 else rng.choice((", ", ", ", "; ")))
        for text, codes in item:
            _measure(b, text, codes)


def _exam(w: _Writer, b: Builder, shown: dict[str, list[str]], lab_only: set[str], compact: bool, style: str) -> None:
    rng, d = w.rng, w.d
    if "bt" in shown:
        sys_, dia = draw(rng, 150, 186, 0), draw(rng, 92, 112, 0)
    else:
        sys_, dia = draw(rng, *LABS["sys"].normal, 0), draw(rng, *LABS["dia"].normal, 0)
    codes = tuple(shown.get("bt", ()))
    vitals: list[list[tuple[str, tuple[str, ...]]]] = []
    if "bt" not in lab_only:
        vitals.append([(f"BT {sys_}/{dia}", codes)])
    w.add_lab("sys", sys_, codes)
    w.add_lab("dia", dia, codes)
    vitals.append([(f"{rng.choice(('puls', 'P', 'puls'))} {draw(rng, *LABS['pulse'].normal, 0)}", ())])
    temp = draw(rng, *(ABNORMAL["temp"][1:] if "temp" in shown else LABS["temp"].normal), 1)
    vitals.append([(f"temp {danish_number(temp)}", tuple(shown.get("temp", ())))])
    w.add_lab("temp", temp, tuple(shown.get("temp", ())))
    sat = draw(rng, *(ABNORMAL["sat"][1:] if "sat" in shown else LABS["sat"].normal), 2)
    air = rng.choice(("", "", " på atm. luft", " uden ilt")) if sat >= 0.92 else " med 2 l ilt"
    vitals.append([(f"SAT {round(sat * 100)} %", tuple(shown.get("sat", ()))), (air, ())])
    bmi_sign = next((s for s in BMI_RANGES if s in shown), None)
    if bmi_sign or rng.random() < 0.4:
        bmi = draw(rng, *(BMI_RANGES[bmi_sign] if bmi_sign else (19.0, 24.6)), 1)
        height = draw(rng, 1.52, 1.78, 2) if d.sex == "F" else draw(rng, 1.66, 1.96, 2)
        if d.age < 16:
            height = round(0.75 + d.age * 0.065, 2)
            bmi = draw(rng, 14.5, 19.5, 1) if bmi_sign is None else bmi
        codes = tuple(shown.get(bmi_sign, ())) if bmi_sign else ()
        weight = round(bmi * height * height, 1)
        if bmi_sign not in lab_only:
            vitals.append([(f"BMI {danish_number(bmi)}", codes)])
            if rng.random() < 0.5:
                vitals.append([(f"vægt {danish_number(weight)} kg", ())])
        w.add_lab("weight", weight, codes)
        w.add_lab("height", height, codes)
    rng.shuffle(vitals)
    if rng.random() < 0.5:
        vitals.insert(0, [(expand(rng.choice(w.clauses("c_general")), rng), ())])
    _items(w, b, vitals)
    b.add(".")
    if compact:
        return
    pool = "c_psych" if style == "psych" else "c_exam_child" if d.age < 16 else "c_exam"
    sentence = w.sentence([pool], (2, 5))
    if sentence:
        b.add(" " + sentence)


def _measure(b: Builder, text: str, codes: tuple[str, ...]) -> None:
    start = b.length
    b.add(text)
    b.spans.extend((code, start, b.length, "evidence") for code in codes)


def _paraclinic(w: _Writer, b: Builder, shown: dict[str, list[str]], lab_only: set[str], compact: bool,
                workup: clinical.Workup | None) -> None:  # fmt: skip
    rng = w.rng
    abnormal: dict[str, tuple[float, float, tuple[str, ...], bool]] = {}
    for sign, codes in shown.items():
        if sign in ABNORMAL:
            key, low, high = ABNORMAL[sign]
            abnormal[key] = (low, high, tuple(codes), sign in lab_only)
    if "crp" in abnormal:
        abnormal["leuk"] = (11.5, 22.0, abnormal["crp"][2], abnormal["crp"][3])
    keys = list(_ROUTINE_LABS) + [k for k in ("glu", "carb") if k in abnormal]
    written: list[list[tuple[str, tuple[str, ...]]]] = []
    for key in keys:
        spec = LABS[key]
        low, high, codes, hidden = abnormal.get(key, (*spec.normal, (), False))
        value = draw(rng, low, high, spec.decimals)
        w.add_lab(key, value, codes)
        if not hidden and (codes or rng.random() < 0.85):
            written.append([(f"{_LAB_LABEL[key]} {danish_number(value)}", codes)])
    if "egfr" in shown and "egfr" not in lab_only:
        written.append([(f"eGFR {rng.randint(18, 44)} ml/min", tuple(shown["egfr"]))])
    if "hba1c" in shown:
        written.append([(f"HbA1c {rng.randint(50, 92)} mmol/mol", tuple(shown["hba1c"]))])
    rng.shuffle(written)
    if rng.random() < 0.4:
        written.append([(expand(rng.choice(w.clauses("c_labs_more")), rng), ())])
    before, after = w.template("labs").split("{}", 1)
    b.add(before)
    _items(w, b, written)
    b.add(after)
    if "uvi" in shown:
        codes = tuple(shown["uvi"])
        b.add(rng.choice((" U-stix: ", " Urinstix: ", " U-stix med ")))
        _measure(b, "nitrit +, leuk 2+", codes)
        b.add(rng.choice((". Urindyrkning: ", ". U-dyrkning: ", "; dyrkning: ")))
        _measure(b, "E. coli > 10^5/ml", codes)
        b.add(".")
        w.add_lab("u_nitrit", "positiv", codes)
        w.add_lab("u_culture", "Escherichia coli > 10^5/ml", codes)
    if "ef" in shown:
        b.add(rng.choice((" Ekko: ", " Ekkokardiografi: ", " TTE: ")))
        _measure(b, f"LVEF {rng.choice((20, 25, 30, 35))} %", tuple(shown["ef"]))
        b.add(".")
    elif w.d.department.specialty == "kardiologi" and not (workup and "wk_echo" in workup.paraclinic):
        w.slots["ef"] = str(rng.choice((55, 60, 65)))
        b.add(" " + w.template("wk_echo"))
    for pool in workup.paraclinic if workup else ():
        if pool != "wk_echo" or "ef" not in shown:
            b.add(" " + w.template(pool))
    afli = [c for c in w.afli if c == "DI489"]
    if afli:
        w.slots["vf"] = str(rng.randint(88, 140))
        b.mention(" " + w.template("afli_ecg"), "DI489", w.form("DI489"))
    elif workup and workup.ecg:
        b.add(" " + w.template(workup.ecg))
    elif not compact:
        b.add(" " + w.template("ecg"))


def _medications(w: _Writer, b: Builder, truth: list[str], modes: dict[str, str]) -> None:
    """The discharge medication on one line, as a list written into the note."""
    rng = w.rng
    names = clinical.atc_names()
    chosen = medication_list(rng, w.d.config, truth, modes, w.d.age, w.d.sex)  # atc → (dose, codes)
    for atc, dose in _PRN:
        if atc not in chosen and rng.random() < 0.3:
            chosen[atc] = (dose, [])
    if not chosen:
        b.add(w.template("no_meds"))
        return
    prefix = rng.choice(("tbl. ", "", ""))
    separator = rng.choice((", ", "; ", ", "))
    for i, (atc, (dose, codes)) in enumerate(chosen.items()):
        name = names[atc]
        b.add(separator + prefix if i else prefix.capitalize())
        _measure(b, name, tuple(codes))
        b.add(f" {dose}")
        w.meds.append({"atc": atc, "name": name, "dose": dose})
        w.med_codes.append(tuple(codes))
    b.add(rng.choice((".", "", ".\n")))


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
