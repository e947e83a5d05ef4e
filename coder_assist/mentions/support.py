"""Findings that support a code: the drugs and the abnormal results a coder checks next to the note's words.

A note that names pneumonia is the first evidence for DJ189; the raised CRP, leukocytes and temperature, and
the amoxicillin on the medication list, are what a coder looks at next. The model's attribution (AttInGrad)
finds those rows poorly: on 50 synthetic test cases a gold lab row was the model's strongest row for 9 of 78,
and the lab rows it highlighted supported no true code 16 times against 10 that did. So the rows (and a
drug's name where the note writes it) come from a small clinical table, :data:`RULES`: for a group of codes,
the ATC groups that treat it and the laboratory analytes (with the direction of an abnormal result) that
show it.

The table is clinical knowledge written for the app, not the synthetic generator's own tables; a row is
support, never a reason to suggest a code (it changes no score).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coder_assist.cases.flatten import lab_flag, render_lab
from coder_assist.cases.model import LAB, MEDICATION, NOTE, Case

HIGH, LOW, ANY = "H", "L", ""


@dataclass(frozen=True)
class Rule:
    """Support for the codes under ``codes`` (SKS code prefixes)."""

    codes: tuple[str, ...]
    drugs: tuple[str, ...] = ()  # ATC prefixes of the drugs that treat the condition
    labs: tuple[tuple[str, str], ...] = ()  # (analyte name stem, HIGH | LOW | ANY) of a result that shows it


_INFLAMMATION = (("c-reaktivt", HIGH), ("crp", HIGH), ("leukocytter;b", HIGH), ("temp", HIGH))
_URINE = (("nitrit", ANY), ("leukocytter(semikvant);u", ANY), ("dyrkning", ANY))
_BLOOD_PRESSURE = (("blodtryk", HIGH),)
_GLUCOSE = (("glukose;", HIGH), ("hba1c", HIGH), ("hæmoglobin a1c", HIGH))
_ANTIBIOTICS = ("J01",)

RULES: tuple[Rule, ...] = (
    # Infections: markers of inflammation and the antibiotics that treat them.
    Rule(("DA", "DB0", "DB1", "DB2", "DB3", "DB9"), (*_ANTIBIOTICS, "J02", "J05"), _INFLAMMATION),
    Rule(("DJ0", "DJ1", "DJ20", "DJ21", "DJ22", "DJ85", "DJ86"), _ANTIBIOTICS, (*_INFLAMMATION, ("o2 sat", LOW))),
    Rule(("DJ44",), ("R03", "H02AB", *_ANTIBIOTICS), (*_INFLAMMATION, ("o2 sat", LOW))),
    Rule(("DJ45",), ("R03", "H02AB"), (("o2 sat", LOW),)),
    Rule(("DJ96", "DR09"), (), (("o2 sat", LOW),)),
    Rule(("DK35", "DK36", "DK37", "DK57", "DK61", "DK65", "DK80", "DK81", "DK83"), _ANTIBIOTICS, _INFLAMMATION),
    Rule(("DL0",), _ANTIBIOTICS, _INFLAMMATION),
    Rule(("DM00", "DM86"), _ANTIBIOTICS, _INFLAMMATION),
    Rule(("DN10", "DN30", "DN39", "DN41", "DN70"), _ANTIBIOTICS, _INFLAMMATION + _URINE),
    Rule(("DR50", "DR56"), (), (("temp", HIGH),)),
    # Circulation.
    Rule(
        ("DI10", "DI11", "DI12", "DI13", "DI15", "DO10", "DO11", "DO13", "DO14", "DO16"),
        ("C02", "C03A", "C03EA", "C07", "C08", "C09"),
        _BLOOD_PRESSURE,
    ),
    Rule(("DI48",), ("B01AA", "B01AF", "C01AA", "C01BD", "C07", "C08DA"), (("puls", ANY),)),
    Rule(("DI50",), ("C03C", "C03DA", "C07", "C09", "C01AA"), ()),
    Rule(("DI20", "DI21", "DI24", "DI25"), ("B01AC", "C01DA", "C07", "C10"), (("troponin", HIGH),)),
    Rule(("DI26", "DI80", "DI82"), ("B01AA", "B01AB", "B01AE", "B01AF"), (("d-dimer", HIGH),)),
    Rule(("DI63", "DI64", "DG45"), ("B01AC", "B01AF", "C10"), ()),
    Rule(("DI70", "DI73"), ("B01AC", "C10"), ()),
    # Metabolism and endocrinology.
    Rule(("DE10", "DE11", "DE12", "DE13", "DE14"), ("A10",), _GLUCOSE),
    Rule(("DR73",), (), _GLUCOSE),
    Rule(("DE16",), (), (("glukose;", LOW),)),
    Rule(("DE03", "DE89"), ("H03AA",), (("tsh", HIGH), ("thyrotropin", HIGH))),
    Rule(("DE05",), ("H03B",), (("tsh", LOW), ("thyrotropin", LOW))),
    Rule(("DE66",), ("A08", "A10BJ"), (("legeme vægt", ANY), ("legeme højde", ANY), ("bmi", HIGH))),
    Rule(("DE78",), ("C10",), (("kolesterol", HIGH), ("ldl", HIGH), ("triglycerid", HIGH))),
    Rule(("DE55",), ("A11CC",), (("d-vitamin", LOW), ("25-hydroxy", LOW))),
    Rule(("DE86",), ("B05",), (("natrium", HIGH), ("karbamid", HIGH), ("kreatinin", HIGH))),
    Rule(("DE870",), ("B05",), (("natrium", HIGH),)),
    Rule(("DE871",), ("B05",), (("natrium", LOW),)),
    Rule(("DE875",), (), (("kalium", HIGH),)),
    Rule(("DE876",), ("A12B",), (("kalium", LOW),)),
    Rule(("DE83",), ("A12A",), (("calcium", ANY),)),
    # Blood.
    Rule(("DD50",), ("B03A",), (("hæmoglobin;b", LOW), ("ferritin", LOW), ("jern", LOW))),
    Rule(("DD51", "DD52", "DD53"), ("B03B",), (("hæmoglobin;b", LOW), ("b12", LOW), ("folat", LOW))),
    Rule(("DD61", "DD62", "DD63", "DD64"), ("B03", "B05A"), (("hæmoglobin;b", LOW),)),
    Rule(("DK92", "DK25", "DK26", "DK27", "DK28"), ("A02BC", "B05A"), (("hæmoglobin;b", LOW),)),
    Rule(("DD68", "DD69"), ("B02",), (("trombocyt", LOW), ("inr", HIGH))),
    # Kidneys.
    Rule(("DN17", "DN18", "DN19"), ("V03AE", "B03XA"), (("kreatinin", HIGH), ("karbamid", HIGH), ("egfr", LOW))),
    Rule(("DN40",), ("G04C",), ()),
    # Stomach and bowel.
    Rule(("DK20", "DK21", "DK22", "DK29", "DK30"), ("A02B",), ()),
    Rule(("DK59",), ("A06",), ()),
    Rule(("DK50", "DK51"), ("A07E", "L04", "H02AB"), (("c-reaktivt", HIGH), ("crp", HIGH))),
    Rule(("DK70", "DK74"), ("A06AD", "N07BB"), (("alat", HIGH), ("bilirubin", HIGH), ("inr", HIGH))),
    Rule(("DK85",), (), (("amylase", HIGH), ("pankreas", HIGH))),
    # Mind and nervous system.
    Rule(("DF32", "DF33", "DF34", "DF41"), ("N06A", "N05B"), ()),
    Rule(("DF20", "DF21", "DF22", "DF23", "DF25", "DF29", "DF31"), ("N05A",), ()),
    Rule(("DF10",), ("N07BB", "N05BA", "A11DA"), ()),
    Rule(("DF00", "DF01", "DF02", "DF03", "DG30"), ("N06D",), ()),
    Rule(("DF90",), ("N06BA",), ()),
    Rule(("DG40", "DG41"), ("N03",), ()),
    Rule(("DG20",), ("N04",), ()),
    Rule(("DG43",), ("N02C",), ()),
    # Joints and bones.
    Rule(("DM10",), ("M04",), (("urat", HIGH),)),
    Rule(("DM05", "DM06"), ("L04", "M01", "H02AB", "L01BA"), (("c-reaktivt", HIGH), ("crp", HIGH))),
    Rule(("DM80", "DM81"), ("M05B", "A11CC", "A12AA"), ()),
    Rule(("DM15", "DM16", "DM17", "DM19"), ("M01", "N02"), ()),
    # Tumours treated with hormones.
    Rule(("DC50",), ("L02B",), ()),
    Rule(("DC61",), ("L02A", "L02BB"), ()),
)


@dataclass(frozen=True)
class Finding:
    """One place in a case that supports a code: a whole lab row, a drug's name in its row, or that name in a
    note (character offsets in the note's text or the row's rendered line)."""

    source: str
    index: int
    start: int
    end: int


def rules_for(code: str) -> list[Rule]:
    """The rules whose code prefixes cover ``code``."""
    return [rule for rule in RULES if code.startswith(rule.codes)]


def _shows(analyte: str, direction: str, lab) -> bool:
    name = lab.name.casefold()
    if analyte not in name:
        return False
    if direction:
        return lab_flag(lab) == direction
    # A result written as text is support unless it says negative ("negativ", "neg.", "ingen vækst").
    value = str(lab.value).casefold()
    return not value.startswith(("neg", "ingen", "0"))


def findings(case: Case, code: str) -> list[Finding]:
    """The rows (and notes' drug names) of ``case`` that support ``code``, labs first, then drugs.

    A lab finding covers the whole row as the app renders it (the unit a coder reads); a drug is marked on its
    name, in its row and wherever a note writes it.
    """
    rules = rules_for(code)
    if not rules:
        return []
    found: list[Finding] = []
    for index, lab in enumerate(case.labs):
        if any(_shows(analyte, direction, lab) for rule in rules for analyte, direction in rule.labs):
            found.append(Finding(LAB, index, 0, len(render_lab(lab))))
    names = []
    for index, medication in enumerate(case.medications):
        atc = (medication.atc or "").upper()
        if atc and any(atc.startswith(rule.drugs) for rule in rules if rule.drugs):
            start = len(medication.atc) + 1 if medication.atc else 0
            found.append(Finding(MEDICATION, index, start, start + len(medication.name)))
            names.append(medication.name)
    if names:
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in dict.fromkeys(names)) + r")\b", re.IGNORECASE)
        for index, note in enumerate(case.notes):
            found.extend(Finding(NOTE, index, m.start(), m.end()) for m in pattern.finditer(note.text))
    return found
