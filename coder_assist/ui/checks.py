"""The checks before a case is finished: blocking problems and warnings the user may override.

Blocking: the case must have exactly one aktionsdiagnose (A). Warnings: a code unknown to the catalogue,
not valid on the admission start date or with more specific sub-codes, and the sex/age conflicts of
``catalogue.patient_rules`` (the table the suggestions are filtered by). Plain Python: no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coder_assist.cases import Case
from coder_assist.catalogue import Catalogue
from coder_assist.catalogue.patient_rules import conflicts
from coder_assist.store import A, Decision
from coder_assist.ui.strings import tr


@dataclass(frozen=True)
class FinishCheck:
    blocking: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_finish(case: Case, decisions: list[Decision], catalogue: Catalogue | None) -> FinishCheck:
    """What stands in the way of finishing ``case`` with ``decisions`` (``catalogue`` None: not loaded yet)."""
    blocking: list[str] = []
    warnings: list[str] = []
    a_count = sum(d.type == A for d in decisions)
    if a_count == 0:
        blocking.append(tr("finish.no_a"))
    elif a_count > 1:
        blocking.append(tr("finish.many_a", count=a_count))
    start = case.admission.start if case.admission else None
    sex = case.patient.sex if case.patient else None
    age = case.patient.age if case.patient else None
    for decision in decisions:
        code = decision.code
        if catalogue is not None:
            found = catalogue.get(code)
            if found is None:
                warnings.append(tr("finish.unknown_code", code=code))
            elif start is not None and not found.valid_at(start):
                warnings.append(tr("finish.invalid_code", code=code, date=start.isoformat()))
            children = catalogue.children(code) if found is not None else []
            if children:  # a soft stop, as coding tools validate: usually a sub-code was meant
                warnings.append(tr("finish.has_children", code=code, count=len(children)))
        for rule in conflicts(code, age, sex):
            key = f"finish.rule_{sex}" if rule.sex and sex != rule.sex else "finish.rule_age"
            warnings.append(tr(key, code=code, what=rule.what, why=rule.why, age=age))
    return FinishCheck(blocking, warnings)
