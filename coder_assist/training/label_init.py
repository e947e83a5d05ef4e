"""Informed label queries: each code's attention query starts as the encoder's reading of the code's names.

With random queries (the paper's initialisation) a code seen three times in training barely moves from noise,
and a code never seen cannot be scored at all. Starting each query from what the encoder makes of the code's
clinical names gives every code a query that already attends to the words that name it:

- the names: the code's clinical names from the mention finder's lexicon (catalogue text without register
  qualifiers, the synonym table) and, after them, its category's names, so a code whose own text is register
  wording still gets its condition's words;
- each name is encoded alone (no special tokens, as cases are), its token states averaged, and a code's names
  averaged; the mean over all codes is subtracted (what every name shares says nothing about one code) and each
  query scaled so that its score for a token is about ``SCORE_SPAN`` times the cosine of their angle;
- the key projection starts as the identity, so that a query's score for a token is its similarity with the
  token's state (a random key projection would scramble the reading the query was made from).

Codes without any name keep their random query. Danish SKS codes take their names from the catalogue and the
synonym table (``code_names``); the ICD-10-CM codes of CodiEsp (CIE-10-ES is the Spanish ICD-10-CM) take the
English titles and inclusion terms of the ``simple-icd-10-cm`` package (``icd10cm_names``).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import torch

from coder_assist.catalogue.model import Catalogue
from coder_assist.mentions.lexicon import Lexicon

# A query's norm times the token states' mean norm. On the tiny test model the share of attention on a code's
# name in a sentence rose from 0.30 at a span of about 6 (unit-norm queries) to 0.45 at 17 and 0.53 at 34; 20
# focuses the first softmax on the name without making it one-hot.
SCORE_SPAN = 20.0
NAME_BATCH = 256  # names the encoder reads at once
MAX_NAMES = 12  # names per code: the first (most faithful) ones; a code's thirtieth synonym adds little


def code_names(
    codes: Sequence[str], lexicon: Lexicon, catalogue: Catalogue, broader: bool = True
) -> dict[str, list[str]]:
    """The clinical names of each code, then (``broader``) its category's names; a code the catalogue lacks has
    none."""
    own: dict[str, list[str]] = {}
    for term in lexicon.terms:
        for code in term.codes:
            own.setdefault(code, []).append(term.name)
    names = {}
    for code in codes:
        entry = catalogue.get(code)
        if entry is None:
            continue
        found = list(dict.fromkeys(own.get(code, []) or [entry.text]))
        if broader and code[:4] != code:
            found += [n for n in own.get(code[:4], []) + own.get(code[:4] + "9", []) if n not in found]
        names[code] = found[:MAX_NAMES]
    return names


def label_names(codes: Sequence[str], data_format: str, broader: bool = True) -> dict[str, list[str]]:
    """The names each code's query starts from: English ICD-10-CM titles for CodiEsp's codes, the SKS
    catalogue's Danish names (and the synonym table) for every other data set; then (``broader``) the names of
    the codes above it."""
    if data_format == "codiesp":
        return icd10cm_names(codes, broader)
    from coder_assist.catalogue import default_catalogue
    from coder_assist.mentions.finder import finder_for

    catalogue = default_catalogue()
    return code_names(codes, finder_for(catalogue).lexicon, catalogue, broader)


def icd10cm_names(codes: Sequence[str], broader: bool = True) -> dict[str, list[str]]:
    """The English ICD-10-CM title and inclusion terms of each code, then (``broader``) its ancestors' titles up
    to the category.

    A CIE-10-ES code that ICD-10-CM lacks (the two editions drifted apart) takes the names of its nearest
    ancestor that ICD-10-CM has, found by dropping trailing characters; a code with none has no names.
    """
    with warnings.catch_warnings():  # the package reads its data with a deprecated importlib call
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as cm

        names = {}
        for code in codes:
            known = code.upper().rstrip(".")
            while known and not cm.is_valid_item(known):
                known = known[:-1].rstrip(".")
            if len(known) < 3:
                continue
            found = [cm.get_description(known), *cm.get_inclusion_term(known)]
            ancestor = known
            while broader and not cm.is_category(ancestor):
                ancestor = cm.get_parent(ancestor)
                found.append(cm.get_description(ancestor))
            names[code] = list(dict.fromkeys(found))[:MAX_NAMES]
    return names


@torch.no_grad()
def informed_queries(
    model: torch.nn.Module, tokenizer, names: dict[str, list[str]], codes: Sequence[str], device: torch.device
) -> int:
    """Set ``model``'s label queries (a PLMCA) from ``names`` and its key projection to the identity; returns how
    many codes got an informed query."""
    attention = model.label_attention
    readings, token_norm = name_readings(model, tokenizer, names, codes, device)
    if not readings:
        return 0
    row = {code: i for i, code in enumerate(codes)}
    queries = query_directions(torch.stack(list(readings.values())), token_norm)
    for code, query in zip(readings, queries, strict=True):
        attention.queries[row[code]] = query.to(attention.queries.dtype)
    attention.key.weight.copy_(torch.eye(attention.key.weight.shape[0], dtype=attention.key.weight.dtype))
    return len(readings)


@torch.no_grad()
def name_readings(
    model: torch.nn.Module, tokenizer, names: dict[str, list[str]], codes: Sequence[str], device: torch.device
) -> tuple[dict[str, torch.Tensor], float]:
    """The encoder's reading of each code's names (its names' mean token states, averaged; codes without names
    are left out) and the mean norm of those token states."""
    from coder_assist.training.model import pad_batch
    from coder_assist.training.tokenizer import encode

    pairs = []  # (code, token ids) of every name, cut to one chunk as a case's text is read
    for code in dict.fromkeys(codes):
        pairs += [(code, tokens[: model.chunk_size]) for tokens in encode(tokenizer, names.get(code) or []) if tokens]
    # Names of about one length share a batch, padded to its longest only: names are a few tokens, and padding
    # each to a whole chunk made reading 10,000 codes' names take most of an hour.
    pairs.sort(key=lambda pair: len(pair[1]))
    sums: dict[str, torch.Tensor] = {}
    counts: dict[str, int] = {}
    norm_sum, norm_count = 0.0, 0
    was_training = model.training
    model.eval()
    for start in range(0, len(pairs), NAME_BATCH):
        batch = pairs[start : start + NAME_BATCH]
        input_ids, mask = pad_batch([tokens for _, tokens in batch], 1, model.pad_token_id)
        input_ids, mask = input_ids.to(device), mask.to(device)
        states = model.encoder(input_ids=input_ids, attention_mask=mask).last_hidden_state  # [n, longest, d]
        norms = states.norm(dim=-1)[mask.bool()]
        norm_sum, norm_count = norm_sum + float(norms.sum()), norm_count + norms.numel()
        weights = mask.unsqueeze(-1).to(states.dtype)
        per_name = (states * weights).sum(1) / weights.sum(1).clamp(min=1)
        for (code, _), reading in zip(batch, per_name, strict=True):
            sums[code] = sums[code] + reading if code in sums else reading
            counts[code] = counts.get(code, 0) + 1
    model.train(was_training)
    readings = {code: sums[code] / counts[code] for code in dict.fromkeys(codes) if code in sums}
    return readings, norm_sum / norm_count if norm_count else 0.0


def query_directions(readings: torch.Tensor, token_norm: float) -> torch.Tensor:
    """Queries [n, d] from readings [n, d]: less their mean (what every name shares says nothing about one
    code), each scaled so that its score for a token is about ``SCORE_SPAN`` times the cosine of their angle."""
    centred = readings - readings.mean(0, keepdim=True)
    return centred / centred.norm(dim=1, keepdim=True).clamp(min=1e-6) * (SCORE_SPAN / token_norm)
