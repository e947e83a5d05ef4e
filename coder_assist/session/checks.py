"""The checks before a case is finished: blocking problems and warnings the user may override.

Blocking: the case must have exactly one aktionsdiagnose (A). Warnings: a code unknown to the catalogue,
not valid on the admission start date or with more specific sub-codes, and the sex/age conflicts of
``catalogue.patient_rules`` (the table the suggestions are filtered by).

A problem is a kind and its values, not a sentence: the app words it in the user's language
(``ui.strings``, key ``finish.<kind>``), and a test or another front end reads the kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from coder_assist.cases import Case
from coder_assist.catalogue import Catalogue
from coder_assist.catalogue.patient_rules import conflicts
from coder_assist.store import A, Decision

# Blocking kinds
NO_A, MANY_A = "no_a", "many_a"
# Warning kinds; a sex conflict is "rule_" and the patient's sex ("rule_M", "rule_F")
UNKNOWN_CODE, INVALID_CODE, HAS_CHILDREN, RULE_AGE = "unknown_code", "invalid_code", "has_children", "rule_age"


@dataclass(frozen=True)
class Problem:
    kind: str  # one of the kinds above
    values: Mapping[str, object] = field(default_factory=dict)  # what the wording needs: code, count, date, ...


@dataclass(frozen=True)
class FinishCheck:
    blocking: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def check_finish(case: Case, decisions: list[Decision], catalogue: Catalogue | None) -> FinishCheck:
    """What stands in the way of finishing ``case`` with ``decisions`` (``catalogue`` None: not loaded yet)."""
    blocking: list[Problem] = []
    warnings: list[Problem] = []
    a_count = sum(d.type == A for d in decisions)
    if a_count == 0:
        blocking.append(Problem(NO_A))
    elif a_count > 1:
        blocking.append(Problem(MANY_A, {"count": a_count}))
    start = case.admission.start if case.admission else None
    sex = case.patient.sex if case.patient else None
    age = case.patient.age if case.patient else None
    for decision in decisions:
        code = decision.code
        if catalogue is not None:
            found = catalogue.get(code)
            if found is None:
                warnings.append(Problem(UNKNOWN_CODE, {"code": code}))
            elif start is not None and not found.valid_at(start):
                warnings.append(Problem(INVALID_CODE, {"code": code, "date": start.isoformat()}))
            children = catalogue.children(code) if found is not None else []
            if children:  # a soft stop, as coding tools validate: usually a sub-code was meant
                warnings.append(Problem(HAS_CHILDREN, {"code": code, "count": len(children)}))
        for rule in conflicts(code, age, sex):
            kind = f"rule_{sex}" if rule.sex and sex != rule.sex else RULE_AGE
            warnings.append(Problem(kind, {"code": code, "what": rule.what, "why": rule.why, "age": age}))
    return FinishCheck(blocking, warnings)
