"""One calibrated probability per code from the model's score and the note's explicit mentions (docs/suggestions.md).

The model scores the codes it was trained on from the whole case; the mention finder knows every catalogue
code but only where the note names it, and it knows how the note names it (current, negated, earlier, ...).
The combiner is a small logistic regression over features of each candidate code (every code in the model's
label space, and every code the note names) giving one probability that the case has the code. The
suggestions are ranked by it, shown with it, and both tiers are cuts on it: "Foreslået" above one cut, and
"Sandsynligt overset B" above another, set per category, for the B diagnoses that coders often leave out
(the categories where validation showed the human codes missing many true ones, and the flags right at least
four times in five: hypertension in the synthetic cases). A flagged code shows that badge instead of
"Foreslået": it is the one a coder is likely to pass over.

It is fitted on a validation split (``training.calibrate``), against the true codes where the cases carry
them (synthetic cases) and the human codes otherwise, and shipped in the bundle as ``combiner.json``: its
features, weights, cuts and the validated precision at each cut, readable by anyone who wants to know why a
code was suggested. A bundle without ``combiner.json`` ranks by the model alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from coder_assist.catalogue.patient_rules import ruled_out
from coder_assist.errors import UserError
from coder_assist.mentions.assertion import Status
from coder_assist.mentions.finder import Alternative, Mention

COMBINER = "combiner.json"
# Where a clinician states what the stay was about; a diagnosis written there is the strongest evidence.
KEY_SECTIONS = frozenset(("conclusion", "reason"))
FEATURES = (
    "bias",
    "model_logit",  # the model's logit (0 for a code outside its label space)
    "unknown",  # the code is outside the model's label space
    # A code outside the label space: the model's highest logit among the codes of its category that it knows.
    # The model cannot tell "lobær pneumoni" (DJ181) from its "Pneumoni UNS" (DJ189), but it can tell pneumonia.
    "category_logit",
    "prior",  # log(1 + the code's training frequency)
    "named",  # log(1 + how often the note names the code as current)
    "named_key",  # named as current in the conclusion, diagnosis list or reason for admission
    "named_history_only",  # named as current only in a history list ("Tidl.: KOL, hypertension")
    # Never named as current, but named as negated or ruled out / a past episode / suspected / in the family
    # history / as something planned (each that applies)
    "negated_not_current",
    "earlier_not_current",
    "suspected_not_current",
    "family_not_current",
    "planned_not_current",
    "sibling_named",  # not named itself, but another code of its category is named as current
    # Not named itself, but more specific than a code named as current (finder.Alternative): the note says
    # "alkoholabstinens", the coder may code "... uden kramper". How much of its own words the note writes, and
    # among how many codes the naming leaves open (log).
    "alternative",
    "alternative_words",
    "alternative_among",
    "alternative_key",  # the code it refines is named as current in a key section: a main diagnosis made specific
    "symptom",  # an R code (symptoms and findings): coded only when nothing explains it
    # a Z code (a factor or a contact: "ryger", "genoptræning"): coded for some stays, seldom from the note's
    # lifestyle or plan line that names it
    "factor",
    "model_x_named",  # the model's logit where the note names the code: they confirm each other
)
# Which of a case's codes is its A diagnosis (the main reason for the stay): a second small logistic regression,
# fitted on validation against the human A code, over what tells a main diagnosis from the others. The app
# lists the likeliest A first among the codes it suggests, so that one key accepts it as A.
PRIMARY_FEATURES = (
    "bias",
    "presence",  # the logit of the combined probability that the case has the code
    "named_reason",  # named as current under the reason for admission
    "first_key",  # the first diagnosis named as current in the conclusion or the reason for admission
    "first_named",  # the first diagnosis named as current anywhere in the note
    "usually_b",  # coders usually code it as B
    "symptom",  # an R code: an A diagnosis only when nothing explains it
)
LOGIT_LIMIT = 12.0  # scores of exactly 0 or 1 would give infinite logits


@dataclass(frozen=True)
class CaseScores:
    """The candidates of one case with their probabilities, in no particular order."""

    codes: list[str]
    p: np.ndarray  # [K] the probability that the case has the code
    secondary: np.ndarray  # [K] bool: coders usually code it as B (known for the model's codes only)
    mentions: dict[str, list[Mention]]  # the note's mentions of each candidate
    primary: np.ndarray | None = None  # [K] how likely each is the case's A diagnosis; None: not fitted


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.clip(np.log(p / (1 - p)), -LOGIT_LIMIT, LOGIT_LIMIT)


def candidate_features(
    model_scores: np.ndarray,
    label_codes: Sequence[str],
    label_frequency: np.ndarray,
    mentions: Sequence[Mention],
    alternatives: dict[str, Alternative] | None = None,
) -> tuple[list[str], np.ndarray, dict[str, list[Mention]]]:
    """Candidates (the label space, then codes only the note names, then the more specific ``alternatives`` of
    named codes) and their features ``[K, len(FEATURES)]``."""
    by_code: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_code.setdefault(mention.code, []).append(mention)
    alternatives = alternatives or {}
    index = {code: i for i, code in enumerate(label_codes)}
    codes = list(label_codes) + [code for code in by_code if code not in index]
    codes += [code for code in alternatives if code not in index and code not in by_code]
    named_categories = {code[:4] for code, found in by_code.items() if any(m.current for m in found)}
    features = np.zeros((len(codes), len(FEATURES)), dtype=np.float64)
    column = {name: i for i, name in enumerate(FEATURES)}
    features[:, column["bias"]] = 1.0
    known = len(label_codes)
    features[:known, column["model_logit"]] = _logit(model_scores)
    features[:known, column["prior"]] = np.log1p(np.asarray(label_frequency, dtype=np.float64))
    features[known:, column["unknown"]] = 1.0
    best_in_category: dict[str, float] = {}
    for code, logit in zip(label_codes, features[:known, column["model_logit"]], strict=True):
        best_in_category[code[:4]] = max(logit, best_in_category.get(code[:4], -LOGIT_LIMIT))
    for row in range(known, len(codes)):
        features[row, column["category_logit"]] = best_in_category.get(codes[row][:4], 0.0)
    for row, code in enumerate(codes):
        found = by_code.get(code, ())
        current = [m for m in found if m.current]
        if code.startswith("DR"):
            features[row, column["symptom"]] = 1.0
        elif code.startswith("DZ"):
            features[row, column["factor"]] = 1.0
        if current:
            features[row, column["named"]] = math.log1p(len(current))
            features[row, column["named_key"]] = float(any(m.section in KEY_SECTIONS for m in current))
            features[row, column["named_history_only"]] = float(all(m.section == "history" for m in current))
            features[row, column["model_x_named"]] = features[row, column["model_logit"]]
        elif found:
            # Named, but never as current: each way it is named counts ("ingen tidl. hoftebrud" and "mor havde
            # hoftebrud" are both no hip fracture of the patient's now).
            statuses = {m.status for m in found}
            features[row, column["negated_not_current"]] = float(bool(statuses & {Status.NEGATED, Status.RULED_OUT}))
            features[row, column["earlier_not_current"]] = float(Status.EARLIER in statuses)
            features[row, column["suspected_not_current"]] = float(Status.SUSPECTED in statuses)
            features[row, column["family_not_current"]] = float(Status.FAMILY in statuses)
            features[row, column["planned_not_current"]] = float(Status.PLANNED in statuses)
        elif code[:4] in named_categories:
            features[row, column["sibling_named"]] = 1.0
        alternative = alternatives.get(code)
        if alternative is not None and not current:
            features[row, column["alternative"]] = 1.0
            features[row, column["alternative_words"]] = alternative.words
            features[row, column["alternative_among"]] = math.log(alternative.among)
            refined = by_code.get(alternative.refines, ())
            features[row, column["alternative_key"]] = float(
                any(m.current and m.section in KEY_SECTIONS for m in refined)
            )
    return codes, features, by_code


def primary_features(codes: Sequence[str], presence: np.ndarray, secondary: np.ndarray,
                     by_code: dict[str, list[Mention]]) -> np.ndarray:  # fmt: skip
    """Features ``[K, len(PRIMARY_FEATURES)]`` of each candidate being the A diagnosis; ``presence`` is the
    combined probability ``[K]`` that the case has it."""
    column = {name: i for i, name in enumerate(PRIMARY_FEATURES)}
    features = np.zeros((len(codes), len(PRIMARY_FEATURES)), dtype=np.float64)
    features[:, column["bias"]] = 1.0
    features[:, column["presence"]] = _logit(presence)
    features[:, column["usually_b"]] = np.asarray(secondary, dtype=np.float64)
    first_key: dict[str, int] = {}
    first_named: dict[str, int] = {}
    for code, found in by_code.items():
        current = [m for m in found if m.current]
        if current:
            first_named[code] = min(m.start for m in current)
        key = [m.start for m in current if m.section in KEY_SECTIONS]
        if key:
            first_key[code] = min(key)
    for row, code in enumerate(codes):
        found = by_code.get(code, ())
        features[row, column["named_reason"]] = float(any(m.current and m.section == "reason" for m in found))
        features[row, column["symptom"]] = float(code.startswith("DR"))
    for name, first in (("first_key", first_key), ("first_named", first_named)):
        if first:
            earliest = min(first.values())
            for row, code in enumerate(codes):
                features[row, column[name]] = float(first.get(code) == earliest)
    return features


def named_categories(mentions: dict[str, list[Mention]]) -> set[str]:
    """The categories of the codes a note names as current."""
    return {code[:4] for code, found in mentions.items() if any(m.current for m in found)}


@dataclass(frozen=True)
class Combiner:
    """The fitted weights and the tiers' cuts, as stored in ``combiner.json``."""

    weights: np.ndarray  # [len(FEATURES)]
    suggest_cut: float  # "Foreslået" at p >= this
    # Category -> the cut of "Sandsynligt overset B" for its usual B codes: only the categories coders often
    # leave out whose flags reached the validated precision on their own. Empty (the tier is off) where the
    # validation had no truth to tell under-coding by.
    missed_cuts: dict[str, float]
    validation: dict[str, Any]  # what the fit measured on validation (precision at the cuts, support)
    primary_weights: np.ndarray | None = None  # [len(PRIMARY_FEATURES)]; None: the list is ranked by p alone

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """``p`` ``[K]`` of candidate features ``[K, F]``."""
        return sigmoid(features @ self.weights)

    def score(
        self,
        model_scores: np.ndarray,
        label_codes: Sequence[str],
        label_frequency: np.ndarray,
        label_secondary: np.ndarray,
        mentions: Sequence[Mention],
        age: int | None = None,
        sex: str | None = None,
        alternatives: dict[str, Alternative] | None = None,
    ) -> CaseScores:
        """The candidates of one case and their probabilities; 0 for a code the patient's age or sex rules out."""
        codes, features, by_code = candidate_features(model_scores, label_codes, label_frequency, mentions,
                                                      alternatives)  # fmt: skip
        p = self.probabilities(features)
        p[ruled_out(codes, age, sex)] = 0.0
        secondary = np.zeros(len(codes), dtype=bool)
        secondary[: len(label_codes)] = label_secondary
        primary = None
        if self.primary_weights is not None:
            primary = sigmoid(primary_features(codes, p, secondary, by_code) @ self.primary_weights)
        return CaseScores(codes, p, secondary, by_code, primary)

    def shown(self, scores: CaseScores, top_k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The ``top_k`` candidates the app shows (indices, best first) and which of them are "Foreslået" and
        which "Sandsynligt overset B" (never both). One function for the app and for ``coder-assist evaluate``."""
        order = np.argsort(-scores.p, kind="stable")[:top_k]
        order = order[scores.p[order] > 0]  # a code the patient's age or sex rules out is never shown
        if scores.primary is not None and len(order):
            # The likeliest A diagnosis first, among the codes the app suggests (else the three best).
            pool = order[scores.p[order] >= self.suggest_cut]
            pool = pool if len(pool) else order[:3]
            first = pool[np.argmax(scores.primary[pool])]
            order = np.concatenate([[first], order[order != first]])
        codes = [scores.codes[i] for i in order]
        missed = scores.p[order] >= self.missed_bar(codes, scores.secondary[order], named_categories(scores.mentions))
        suggested = (scores.p[order] >= self.suggest_cut) & ~missed
        return order, suggested, missed

    def missed_bar(self, codes: Sequence[str], secondary: np.ndarray, named: set[str]) -> np.ndarray:
        """The probability at which each of ``codes`` is flagged "Sandsynligt overset B": its category's cut
        for a usual B code of a flagged category that the note names as current (``named``: categories), else
        infinity (never). The badge says "the note says so, and it is not coded": a model's hunch from drugs or
        measurements alone was right about half the time on hand-written notes, too often for the loudest badge."""
        bars = np.array(
            [self.missed_cuts.get(code[:4], np.inf) if code[:4] in named else np.inf for code in codes],
            dtype=np.float64,
        )
        return np.where(np.asarray(secondary, dtype=bool), bars, np.inf)

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in self.weights],
            "suggest_cut": self.suggest_cut,
            "missed_cuts": self.missed_cuts,
            "primary_features": list(PRIMARY_FEATURES),
            "primary_weights": None
            if self.primary_weights is None
            else [round(float(w), 6) for w in self.primary_weights],
            "validation": self.validation,
        }

    def save(self, folder: Path) -> Path:
        path = folder / COMBINER
        path.write_text(json.dumps(self.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: Path) -> Combiner:
        """Read ``combiner.json``; a file made for other features is refused with what differs."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw["features"] != list(FEATURES):
                raise UserError(
                    f"the combiner was fitted on other features ({', '.join(raw['features'])}); refit it with "
                    "coder-assist calibrate",
                    where=str(path),
                )
            if "missed_cuts" not in raw:
                raise UserError(
                    "the combiner was fitted by an older version of coder-assist; refit it with coder-assist "
                    "calibrate", where=str(path),
                )  # fmt: skip
            primary = raw.get("primary_weights")
            if primary is not None and raw.get("primary_features") != list(PRIMARY_FEATURES):
                raise UserError(
                    "the combiner's A-diagnosis model was fitted on other features; refit it with coder-assist "
                    "calibrate", where=f"{path}, field primary_features",
                )  # fmt: skip
            return cls(
                np.asarray(raw["weights"], dtype=np.float64),
                float(raw["suggest_cut"]),
                {str(category): float(cut) for category, cut in raw["missed_cuts"].items()},
                dict(raw.get("validation", {})),
                None if primary is None else np.asarray(primary, dtype=np.float64),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise UserError(f"combiner.json is not readable: {error}", where=str(path)) from error


def sigmoid(x: np.ndarray) -> np.ndarray:
    """The logistic function; logits beyond ±40 are clipped (their probabilities are 0 or 1 to float precision)."""
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40.0, 40.0)))
