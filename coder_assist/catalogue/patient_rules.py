"""Which codes a patient's sex and age rule out: one table for the suggestions, the finishing checks and the
generator.

These are the SKS register's hard conflicts, the ones a coder is warned about: pregnancy and birth codes in a
man or a child, male genital codes in a woman and female genital codes in a man, perinatal codes in an adult.
The generator (``synth.rules``) adds its own, stricter rules of what is plausible on top of these.

Rules work on the 4-character category (``DN40`` for ``DN409``), or on a longer prefix where only part of a
category is sex-specific (``DD075`` carcinoma in situ of the prostate).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

OLDEST = 130


@dataclass(frozen=True)
class Rule:
    first: str  # first code prefix of the range, inclusive ("DN40")
    last: str  # last prefix, inclusive ("DN53")
    sex: str = ""  # "M" or "F" when only that sex can have it
    min_age: int = 0
    max_age: int = OLDEST
    what: str = ""  # what the codes are, in Danish, for messages: "graviditet/fødsel"
    why: str = ""  # the rule's reason, for readers of the table

    def holds(self, code: str) -> bool:
        prefix = code[: len(self.first)]
        return self.first <= prefix <= self.last

    def broken_by(self, age: int | None, sex: str | None) -> bool:
        """Whether a patient of ``age`` and ``sex`` (None: unknown, never a conflict) breaks the rule."""
        wrong_sex = bool(self.sex) and sex in ("M", "F") and sex != self.sex
        wrong_age = age is not None and not self.min_age <= age <= self.max_age
        return wrong_sex or wrong_age


HARD_RULES: tuple[Rule, ...] = (
    Rule("DO00", "DO99", "F", 12, 60, "graviditet/fødsel", "pregnancy, birth and puerperium"),
    Rule("DZ32", "DZ39", "F", 12, 60, "graviditet/fødsel", "pregnancy and delivery care"),
    Rule("DP00", "DP96", "", 0, 17, "perinatal tilstand", "conditions of the perinatal period belong to a child"),
    Rule("DN40", "DN53", "M", what="mandlige kønsorganer", why="male genital organs"),
    Rule("DC60", "DC63", "M", what="mandlige kønsorganer", why="male genital cancer"),
    Rule("DD29", "DD29", "M", what="mandlige kønsorganer", why="benign tumour of male genital organs"),
    Rule("DD075", "DD076", "M", what="mandlige kønsorganer", why="carcinoma in situ of male genital organs"),
    Rule("DD40", "DD40", "M", what="mandlige kønsorganer", why="uncertain tumour of male genital organs"),
    Rule("DQ53", "DQ55", "M", what="mandlige kønsorganer", why="male genital malformations"),
    Rule("DR86", "DR86", "M", what="mandlige kønsorganer", why="findings in male genital specimens"),
    Rule("DR972", "DR972", "M", what="prostata", why="raised prostate-specific antigen"),
    Rule("DN70", "DN98", "F", what="kvindelige kønsorganer", why="female pelvic and genital organs"),
    Rule("DC51", "DC58", "F", what="kvindelige kønsorganer", why="female genital cancer"),
    Rule("DD06", "DD06", "F", what="kvindelige kønsorganer", why="carcinoma in situ of the cervix"),
    Rule("DD070", "DD073", "F", what="kvindelige kønsorganer", why="carcinoma in situ of female genital organs"),
    Rule("DD25", "DD28", "F", what="kvindelige kønsorganer", why="benign tumours of female genital organs"),
    Rule("DD39", "DD39", "F", what="kvindelige kønsorganer", why="uncertain tumour of female genital organs"),
    Rule("DE28", "DE28", "F", what="kvindelige kønsorganer", why="ovarian dysfunction"),
    Rule("DQ50", "DQ52", "F", what="kvindelige kønsorganer", why="female genital malformations"),
    Rule("DR87", "DR87", "F", what="kvindelige kønsorganer", why="findings in female genital specimens"),
)


def conflicts(code: str, age: int | None, sex: str | None, rules: tuple[Rule, ...] = HARD_RULES) -> list[Rule]:
    """The rules that rule ``code`` out for a patient of ``age`` and ``sex`` (unknown: no conflict)."""
    return [rule for rule in rules if rule.holds(code) and rule.broken_by(age, sex)]


def ruled_out(codes: Sequence[str], age: int | None, sex: str | None) -> np.ndarray:
    """``[len(codes)]`` bool: the codes the rules rule out for a patient of ``age`` and ``sex``; the one mask the
    app's suggestions and the combiner's fit share."""
    return np.array([bool(conflicts(code, age, sex)) for code in codes], dtype=bool)
