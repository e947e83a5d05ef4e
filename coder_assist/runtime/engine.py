"""Suggestions and evidence for one case from a model bundle, with ONNX Runtime and no torch.

Data flow (DESIGN.md §3): case → ``cases.flatten`` → tokenizer with offsets (no special tokens, as in
training) → pad to a multiple of the chunk size → ``model.onnx`` → sigmoid → per-code thresholds →
ranked suggestions with tiers. Evidence: ``explain.onnx`` gives AttInGrad token scores for one code;
sub-word scores are summed per word (the tokenizer's word ids), words mapped to characters by the
tokenizer's offsets and then to the note, medication or lab row by the flat text's map.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from coder_assist.cases import Case, flatten
from coder_assist.cases.flatten import FlatText
from coder_assist.catalogue import Catalogue
from coder_assist.errors import CaseError, UserError
from coder_assist.runtime.bundle import Bundle, load_bundle
from coder_assist.runtime.providers import choose_providers

log = logging.getLogger(__name__)

SUGGESTED = "suggested"  # at or above the code's threshold
MISSED = "probably_missed"  # below it but above the lower bar, for a code humans usually code as B
BELOW = "below"
SECONDARY_SHARE = 0.5  # a code is "usually coded as B" when at least this share of its training uses were B
MAX_EVIDENCE_SPANS = 12
MIN_EVIDENCE_SHARE = 0.1  # words below this share of the strongest word's weight are not shown


@dataclass(frozen=True)
class Suggestion:
    code: str
    text: str  # Danish catalogue text ("" when the catalogue lacks the code)
    score: float  # sigmoid of the logit, 0..1
    threshold: float
    tier: str  # SUGGESTED | MISSED | BELOW


@dataclass(frozen=True)
class Truncation:
    """What the model did not read of a case longer than its maximum."""

    total_tokens: int
    kept_tokens: int
    kept_chars: int  # flat-text characters read
    total_chars: int
    left_out: tuple[str, ...]  # e.g. ("note 0 (epikrise) from character 41,220", "medications", "labs")

    def message(self) -> str:
        return (
            f"the case is {self.total_tokens:,} tokens long and the model reads at most {self.kept_tokens:,}; "
            f"not read: {'; '.join(self.left_out)}"
        )


@dataclass(frozen=True)
class Suggestions:
    case_id: str
    items: list[Suggestion]
    truncation: Truncation | None
    seconds: float


@dataclass(frozen=True)
class EvidenceSpan:
    source: str  # "note" | "medication" | "lab"
    index: int  # which note or row
    start: int  # character offsets in that note's text or row's rendered line
    end: int
    weight: float  # share of the code's evidence, 0..1; the spans of one code sum to at most 1


@dataclass(frozen=True)
class Encoded:
    flat: FlatText
    input_ids: np.ndarray  # [1, T] int64, T a multiple of the chunk size
    attention_mask: np.ndarray  # [1, T] int64
    offsets: list[tuple[int, int]]  # per real token, in flat-text characters
    word_ids: list[int | None]
    truncation: Truncation | None


class Engine:
    """A loaded model bundle. Create once; ``suggest`` and ``explain`` may be called from one worker thread."""

    def __init__(
        self,
        bundle: Path | Bundle,
        *,
        catalogue: Catalogue | None = None,
        provider: str = "auto",
        threads: int | None = None,
    ) -> None:
        started = time.perf_counter()
        self.bundle = bundle if isinstance(bundle, Bundle) else load_bundle(Path(bundle))
        self.catalogue = catalogue
        self.providers, self.provider_warning = choose_providers(provider)
        self._options = ort.SessionOptions()
        if threads:
            self._options.intra_op_num_threads = threads
        # A case whose last chunk is padded ran 1.7x slower than a full one (658 of 768 tokens: 5.4 ms vs
        # 3.1 ms) until denormal floats were flushed to zero; they are below 1e-38 and move no visible score.
        self._options.add_session_config_entry("session.set_denormal_as_zero", "1")
        if self.providers == ["CPUExecutionProvider"]:
            # onnxruntime's CPU SkipLayerNormalization kernel is several times slower than the Add and
            # LayerNormalization it replaces: 2.6 of 12.6 ms on a 2,300-token case (onnxruntime 1.32, 2 cores).
            self._options.add_session_config_entry("optimization.disable_specified_optimizers", "SkipLayerNormFusion")
        self._session = ort.InferenceSession(str(self.bundle.model_path), self._options, providers=self.providers)
        self._explain: ort.InferenceSession | None = None  # opened on first use: most cases need no evidence
        self.tokenizer = Tokenizer.from_file(str(self.bundle.tokenizer_path))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self._pad_id = int(self.bundle.manifest.get("pad_token_id", 0))
        self._index = {label.code: i for i, label in enumerate(self.bundle.labels)}
        self.load_seconds = time.perf_counter() - started
        log.info("bundle %s loaded in %.0f ms on %s", self.bundle.name, self.load_seconds * 1000, self.provider)

    @property
    def provider(self) -> str:
        """The execution provider the model actually runs on."""
        return self._session.get_providers()[0]

    @property
    def codes(self) -> list[str]:
        return [label.code for label in self.bundle.labels]

    # --- input ---------------------------------------------------------------------------------
    def encode(self, case: Case) -> Encoded:
        """The model input of a case; raises CaseError when the case has nothing to read."""
        flat = flatten(case)
        if not flat.to_source_spans(0, len(flat.text)):
            raise CaseError("the case has no text to read (no note text, medications or labs)", where=case.case_id)
        # Exactly the tokens training saw: the flat text, section headers included, no special tokens.
        encoding = self.tokenizer.encode(flat.text, add_special_tokens=False)
        ids, offsets, word_ids = list(encoding.ids), list(encoding.offsets), list(encoding.word_ids)
        truncation = None
        limit = self.bundle.max_tokens
        if len(ids) > limit:
            truncation = _truncation(flat, len(ids), limit, offsets[limit][0])
            log.warning("case %s truncated: %d of %d tokens read", case.case_id, limit, len(ids))
            ids, offsets, word_ids = ids[:limit], offsets[:limit], word_ids[:limit]
        input_ids, mask = self._pack(ids)
        return Encoded(flat, input_ids, mask, offsets, word_ids, truncation)

    def _pack(self, ids: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """input_ids and attention_mask [1, T], padded to a whole number of chunks."""
        size = self.bundle.chunk_size
        length = size * max(1, -(-len(ids) // size))
        input_ids = np.full((1, length), self._pad_id, dtype=np.int64)
        mask = np.zeros((1, length), dtype=np.int64)
        input_ids[0, : len(ids)] = ids
        mask[0, : len(ids)] = 1
        return input_ids, mask

    def score_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Scores [N, C] of model texts (``flatten(case).text``), truncated like cases; for calibration and
        evaluation of a bundle."""
        scores = np.zeros((len(texts), len(self.bundle.labels)), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(texts), add_special_tokens=False)):
            input_ids, mask = self._pack(encoding.ids[: self.bundle.max_tokens])
            scores[row] = self._sigmoid(input_ids, mask)
        return scores

    def _sigmoid(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        logits = self._session.run(["logits"], {"input_ids": input_ids, "attention_mask": attention_mask})[0]
        return 1.0 / (1.0 + np.exp(-logits[0].astype(np.float64)))

    # --- suggestions ---------------------------------------------------------------------------
    def scores(self, encoded: Encoded) -> np.ndarray:
        """Sigmoid scores [C] of one encoded case."""
        return self._sigmoid(encoded.input_ids, encoded.attention_mask)

    def suggest(self, case: Case, top_k: int = 10, encoded: Encoded | None = None) -> Suggestions:
        """The ``top_k`` best codes of a case, best first, each with its tier."""
        started = time.perf_counter()
        encoded = encoded or self.encode(case)
        scores = self.scores(encoded)
        order = np.argsort(-scores, kind="stable")[:top_k]
        items = []
        for i in order:
            label = self.bundle.labels[i]
            score = float(scores[i])
            if score >= label.threshold:
                tier = SUGGESTED
            elif label.secondary_share >= SECONDARY_SHARE and score >= label.missed_threshold:
                tier = MISSED
            else:
                tier = BELOW
            found = self.catalogue.get(label.code) if self.catalogue else None
            items.append(Suggestion(label.code, found.text if found else "", score, label.threshold, tier))
        seconds = time.perf_counter() - started
        log.info("case %s: %d suggestions in %.0f ms", case.case_id, len(items), seconds * 1000)
        return Suggestions(case.case_id, items, encoded.truncation, seconds)

    # --- evidence ------------------------------------------------------------------------------
    def token_scores(self, encoded: Encoded, code: str) -> np.ndarray:
        """AttInGrad scores [real tokens] for one code, summing to 1."""
        if code not in self._index:
            raise UserError(f"the model does not know {code}; it can only explain codes it suggests")
        if self._explain is None:
            self._explain = ort.InferenceSession(str(self.bundle.explain_path), self._options, providers=self.providers)
        feeds = {
            "input_ids": encoded.input_ids,
            "attention_mask": encoded.attention_mask,
            "code_index": np.array(self._index[code], dtype=np.int64),
        }
        scores = self._explain.run(["token_scores"], feeds)[0]
        return scores[: len(encoded.offsets)]

    def explain(self, case: Case, code: str, encoded: Encoded | None = None) -> list[EvidenceSpan]:
        """Evidence for ``code`` as character spans on the case's notes and rows, strongest first."""
        started = time.perf_counter()
        encoded = encoded or self.encode(case)
        scores = self.token_scores(encoded, code)
        spans = _evidence_spans(encoded, scores)
        log.info("case %s: evidence for one code in %.0f ms", case.case_id, (time.perf_counter() - started) * 1000)
        return spans


def _truncation(flat: FlatText, total: int, kept: int, cut: int) -> Truncation:
    """Describe what lies after flat character ``cut``: a partly read note, then whole notes and rows."""
    left_out = []
    for span in flat.to_source_spans(cut, len(flat.text)):
        name = f"{span.kind} {span.index + 1}"
        left_out.append(f"{name} from character {span.start:,}" if span.start else name)
    return Truncation(total, kept, cut, len(flat.text), tuple(left_out) or ("section headers only",))


def _evidence_spans(encoded: Encoded, scores: np.ndarray) -> list[EvidenceSpan]:
    """Merge sub-word scores into words, keep the strong words, join neighbours, map to sources."""
    words: dict[int, list[float]] = {}  # word key -> [start, end, weight]
    for token, (start, end) in enumerate(encoded.offsets):
        key = encoded.word_ids[token]
        key = token + 1_000_000_000 if key is None else key
        entry = words.setdefault(key, [start, end, 0.0])
        entry[0], entry[1] = min(entry[0], start), max(entry[1], end)
        entry[2] += float(scores[token])
    ranked = sorted(words.values(), key=lambda w: -w[2])
    if not ranked or ranked[0][2] <= 0:
        return []
    floor = ranked[0][2] * MIN_EVIDENCE_SHARE
    kept = sorted((w for w in ranked[: MAX_EVIDENCE_SPANS * 3] if w[2] >= floor), key=lambda w: w[0])
    # Neighbouring strong words ("forhøjet blodtryk") become one highlight when only spaces lie between.
    text = encoded.flat.text
    merged: list[list[float]] = []
    for word in kept:
        if merged and not text[int(merged[-1][1]) : int(word[0])].strip():
            merged[-1][1] = word[1]
            merged[-1][2] += word[2]
        else:
            merged.append(list(word))
    merged.sort(key=lambda w: -w[2])
    spans = []
    for start, end, weight in merged[:MAX_EVIDENCE_SPANS]:
        parts = encoded.flat.to_source_spans(int(start), int(end))
        total = sum(p.end - p.start for p in parts) or 1
        for part in parts:
            share = weight * (part.end - part.start) / total
            spans.append(EvidenceSpan(part.kind, part.index, part.start, part.end, round(share, 6)))
    return spans
