"""Scoring codes the model never saw: a label space of described codes.

A trained model scores the codes of its training data. A code missing from them can still be scored when it
has names, because its query can be made the way every query was started (``label_init``): from the
encoder's reading of the code's names. Made from scratch that query would not fit the trained ones (training
moved them and the encoder), so a described code starts from the trained query of the known code of its
category whose names read most alike, moved by the difference between the two codes' readings: "pain in
left knee" is "pain in right knee" with the side swapped.

The described codes are the codes without sub-codes under the categories of the training codes, no deeper
than the training codes go there (CodiEsp's ICD-10-CM codes from the ``simple-icd-10-cm`` package, SKS codes from the
catalogue). They are many (about ten for each known code on CodiEsp) and read from names alone, so their
scores are moved down by one logit offset, fitted on validation by MAP with every gold code counted; an
offset that helps nothing there drops them (``NOT_SHOWN``).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence

import numpy as np
import torch

from coder_assist.runtime.combiner import sigmoid
from coder_assist.training.checkpoint import Checkpoint
from coder_assist.training.label_init import label_names, name_readings, query_directions

# Logit offsets tried for the described codes: none, then steps of half a logit, then "never above a known code".
OFFSETS = (*np.arange(0.0, 8.01, 0.5), math.inf)
NOT_SHOWN = math.inf


def category(code: str, data_format: str) -> str:
    """A code's ICD-10 category: before the dot for CodiEsp (``n44.8`` -> ``n44``), the first 4 characters of
    an SKS code (``DI109`` -> ``DI10``)."""
    return code.split(".")[0] if data_format == "codiesp" else code[:4]


def described_codes(codes: Sequence[str], data_format: str) -> list[str]:
    """The codes under the categories of ``codes``, no deeper (in characters) than ``codes`` go in each
    category, less ``codes`` themselves: ICD-10-CM codes as the CodiEsp reader writes codes (upper case,
    dotted: ``N44.1``) for ``codiesp``, diagnosis codes of the SKS catalogue otherwise. Only codes without
    sub-codes: a coder codes the most specific code (93% of CodiEsp's training codes are; most others are
    codes the package's newer edition has split)."""
    depth: dict[str, int] = {}
    for code in codes:
        group = category(code, data_format)
        depth[group] = max(depth.get(group, 0), len(code.replace(".", "")))
    known = set(codes)
    if data_format == "codiesp":
        with warnings.catch_warnings():  # the package reads its data with a deprecated importlib call
            warnings.simplefilter("ignore", DeprecationWarning)
            import simple_icd_10_cm as cm

            found = [
                code
                for group in sorted(depth)
                if cm.is_valid_item(group)
                for code in cm.get_descendants(group)
                if cm.is_leaf(code) and len(code.replace(".", "")) <= depth[group]
            ]
    else:
        from coder_assist.catalogue import default_catalogue

        catalogue = default_catalogue()
        found = [
            entry.code
            for entry in catalogue
            if len(entry.code) <= depth.get(category(entry.code, data_format), 0) and not catalogue.children(entry.code)
        ]
    return sorted(set(found) - known)


@torch.no_grad()
def add_described_codes(loaded: Checkpoint, described: Sequence[str], data_format: str) -> list[str]:
    """Give ``loaded``'s model a query for each code of ``described`` that has names and a named known code in
    its category (appended after the known codes, in place) and return those codes, in column order."""
    model, known = loaded.model, loaded.labels
    names = label_names([*known, *described], data_format)
    everyone = [code for code in (*known, *described) if code in names]
    readings, token_norm = name_readings(model, loaded.tokenizer, names, everyone, torch.device("cpu"))
    read = [code for code in everyone if code in readings]
    directions = dict(zip(read, query_directions(torch.stack([readings[c] for c in read]), token_norm), strict=True))
    by_category: dict[str, list[str]] = {}
    for code in known:
        if code in directions:
            by_category.setdefault(category(code, data_format), []).append(code)
    row = {code: i for i, code in enumerate(known)}
    queries = model.label_attention.queries
    added, new_queries = [], []
    for code in described:
        siblings = by_category.get(category(code, data_format))
        if code not in directions or not siblings:
            continue
        # The nearest known code by reading; directions all have one length, so the dot product ranks by angle.
        candidates = torch.stack([directions[s] for s in siblings])
        nearest = siblings[int(torch.argmax(candidates @ directions[code]))]
        new_queries.append(queries[row[nearest]] + (directions[code] - directions[nearest]).to(queries.dtype))
        added.append(code)
    if added:
        model.label_attention.queries = torch.nn.Parameter(torch.cat([queries, torch.stack(new_queries)]))
        model.num_labels = len(known) + len(added)
    return added


def fit_offset(logits: np.ndarray, targets: np.ndarray, n_known: int, missing: np.ndarray) -> float:
    """The offset of :data:`OFFSETS` that gives the best validation MAP when taken off the logits of the
    columns from ``n_known`` on (the described codes). ``targets`` [N, C] are the gold codes among the columns,
    ``missing`` [N] how many of each case's gold codes are in no column (they count as misses); the first best
    offset wins, so a tie keeps the described codes higher."""
    best, best_map = NOT_SHOWN, -1.0
    for offset in OFFSETS:
        if np.isinf(offset):  # without the described codes, their gold codes are missing too
            value = _map_with_missing(sigmoid(logits[:, :n_known]), targets[:, :n_known],
                                      missing + targets[:, n_known:].sum(axis=1))  # fmt: skip
        else:
            value = _map_with_missing(shifted_scores(logits, n_known, offset), targets, missing)
        if value > best_map + 1e-12:
            best, best_map = offset, value
    return best


def _map_with_missing(scores: np.ndarray, targets: np.ndarray, missing: np.ndarray) -> float:
    """MAP over ``scores`` with each case's ``missing`` gold codes below every column, as the evaluation counts
    codes outside the label space."""
    from coder_assist.evaluation.metrics import mean_average_precision

    width = int(missing.max()) if missing.size else 0
    padding = np.arange(width)[None, :] < missing[:, None]
    return mean_average_precision(
        np.hstack([scores, np.zeros(padding.shape, dtype=scores.dtype)]), np.hstack([targets, padding])
    )


def shifted_scores(logits: np.ndarray, n_known: int, offset: float) -> np.ndarray:
    """Sigmoid scores with ``offset`` taken off the logits of the columns from ``n_known`` on; at an infinite
    offset those columns score 0, below every known code."""
    shifted = logits.astype(np.float64, copy=True)
    scores = sigmoid(shifted)
    if np.isinf(offset):
        scores[:, n_known:] = 0.0
    else:
        scores[:, n_known:] = sigmoid(shifted[:, n_known:] - offset)
    return scores.astype(np.float32)
