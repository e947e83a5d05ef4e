"""Scoring codes the model never saw: a label space of described codes.

A trained model scores the codes of its training data. A code missing from them can still be scored when it
has names, in two ways:
- its query can be made the way every query was started (``label_init``): from the encoder's reading of the
  code's names. Made from scratch that query would not fit the trained ones (training moved them and the
  encoder), so a described code starts from the trained query of the known code of its category whose names
  read most alike, moved by the difference between the two codes' readings ("pain in left knee" is "pain in
  right knee" with the side swapped). On CodiEsp this reading alone hardly ranked a described code above its
  known sibling (stop 18: test MAP 37.0 -> 37.1 at the offset validation chose);
- the note may write its name: the share of the words of its own title (or inclusion term, or Danish name)
  that the note writes, as the mention finder reads named diagnoses in Danish notes.

The described codes are the codes without sub-codes under the categories of the training codes, no deeper
than the training codes go there (CodiEsp's ICD-10-CM codes from the ``simple-icd-10-cm`` package, SKS codes
from the catalogue): about five for each known code on CodiEsp. One small logistic regression, fitted on the
validation split, turns each code's logit (a known code's, a described code's reading) and the note's words
into a probability (``FEATURES``), so that known and described codes share one ranking.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence

import numpy as np
import torch

from coder_assist.runtime.combiner import sigmoid
from coder_assist.training.checkpoint import Checkpoint
from coder_assist.training.label_init import label_names, name_readings, query_directions

FEATURES = (
    "bias",
    "known_logit",  # the model's logit of a code it was trained on (0 for a described code)
    "described_logit",  # a described code's logit from its made query (0 for a known code)
    "described",  # the code is a described one
    "words",  # the share of the words of the code's best name that the note writes
    "all_words",  # the note writes every word of one of its names
)
# Words that name no condition: left out of a name's words, so that "Pain in left knee" needs "pain", "left"
# and "knee", not "in".
_ENGLISH_FILLER = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "due",
        "for",
        "from",
        "in",
        "is",
        "not",
        "of",
        "on",
        "or",
        "other",
        "part",
        "site",
        "specified",
        "the",
        "to",
        "type",
        "unspecified",
        "with",
        "without",
        "elsewhere",
        "classified",
        "nos",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


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


def name_words(text: str, data_format: str) -> frozenset[str]:
    """The words of ``text`` as names are compared with notes: English words without filler and plural
    endings for CodiEsp, the mention finder's stems of Danish words otherwise."""
    if data_format == "codiesp":
        words = (w.lower() for w in _WORD.findall(text))
        return frozenset(_singular(w) for w in words if len(w) > 2 and w not in _ENGLISH_FILLER)
    from coder_assist.catalogue.normalise import fold
    from coder_assist.mentions.lexicon import stem

    return frozenset(stem(fold(w)) for w in _WORD.findall(text) if len(w) > 2)


def _singular(word: str) -> str:
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


def word_shares(texts: Sequence[str], codes: Sequence[str], data_format: str) -> np.ndarray:
    """``[N, C]``: for each text and code, the largest share of the words of one of the code's own names (not
    its category's) that the text writes; 0 for a code without names."""
    names = label_names(codes, data_format, broader=False)
    own = [[words for name in names.get(code, []) if (words := name_words(name, data_format))] for code in codes]
    shares = np.zeros((len(texts), len(codes)), dtype=np.float32)
    for row, text in enumerate(texts):
        written = name_words(text, data_format)
        for column, code_names in enumerate(own):
            if code_names:
                shares[row, column] = max(len(words & written) / len(words) for words in code_names)
    return shares


def features(logits: np.ndarray, n_known: int, shares: np.ndarray) -> np.ndarray:
    """``[N, C, len(FEATURES)]`` from logits and word shares ``[N, C]``, the described codes from ``n_known`` on."""
    described = np.zeros(logits.shape[1], dtype=bool)
    described[n_known:] = True
    out = np.zeros((*logits.shape, len(FEATURES)), dtype=np.float32)
    column = {name: i for i, name in enumerate(FEATURES)}
    out[..., column["bias"]] = 1.0
    out[..., column["known_logit"]] = np.where(described, 0.0, logits)
    out[..., column["described_logit"]] = np.where(described, logits, 0.0)
    out[..., column["described"]] = described
    out[..., column["words"]] = shares
    out[..., column["all_words"]] = shares >= 1.0
    return out


def fit_weights(logits: np.ndarray, targets: np.ndarray, n_known: int, shares: np.ndarray) -> np.ndarray:
    """The weights ``[len(FEATURES)]`` of the logistic regression, fitted on validation cases' logits,
    gold codes ``targets`` and word shares (each ``[N, C]``)."""
    from coder_assist.training.calibrate import fit_logistic

    x = features(logits, n_known, shares).reshape(-1, len(FEATURES)).astype(np.float64)
    return fit_logistic(x, targets.reshape(-1).astype(np.float64))


def probabilities(logits: np.ndarray, n_known: int, shares: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``[N, C]`` probabilities of the codes from the fitted ``weights``."""
    return sigmoid(features(logits, n_known, shares).astype(np.float64) @ weights).astype(np.float32)
