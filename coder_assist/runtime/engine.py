"""Suggestions and evidence for one case from a model bundle, with ONNX Runtime and no torch.

Data flow (docs/architecture.md: one suggestion): case → ``cases.flatten`` → tokenizer with offsets (no
special tokens, as in training) → pad to a multiple of the chunk size → ``model.onnx`` → sigmoid → per-code
thresholds → ranked suggestions with tiers (with a combiner, ranked with the note's named diagnoses:
docs/suggestions.md). Evidence: ``explain.onnx`` gives AttInGrad token scores for one code;
sub-word scores are summed per word (the tokenizer's word ids), words mapped to characters by the
tokenizer's offsets and then to the note, medication or lab row by the flat text's map.

A case is read up to the bundle's ``max_tokens``, so only the start of the flat text is tokenized: first
``FIRST_CHARS_PER_TOKEN`` characters per token, doubled until the text holds more tokens than the model
reads, and never more than ``MAX_CHARS_PER_TOKEN`` per token. A 50 MB note thus costs what its first
pages cost: 0.3 s and 12 MB beyond the note itself, where tokenizing all of it took 189 s and 8 GB.
"""

from __future__ import annotations

import enum
import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from coder_assist.cases import Case, flatten
from coder_assist.cases.flatten import FlatText
from coder_assist.catalogue import Catalogue, default_catalogue
from coder_assist.catalogue.patient_rules import ruled_out
from coder_assist.errors import CaseError, UserError
from coder_assist.mentions.finder import Alternative, Mention, MentionFinder, finder_for
from coder_assist.mentions.support import findings
from coder_assist.runtime.bundle import MANIFEST, Bundle, BundleError, load_bundle
from coder_assist.runtime.combiner import COMBINER, CaseScores, Combiner
from coder_assist.runtime.providers import choose_providers

log = logging.getLogger(__name__)


class Tier(str, enum.Enum):
    """How the app marks a suggestion; compares equal to its value, which ``ui/strings.py`` keys its words by."""

    # A str mixin rather than enum.StrEnum (Python 3.11+): the project still supports 3.10.
    SUGGESTED = "suggested"  # "Foreslået": at or above the suggestion cut
    MISSED = "probably_missed"  # "Sandsynligt overset B": a B diagnosis coders often leave out
    BELOW = "below"  # shown, unmarked

    def __str__(self) -> str:
        return self.value

    # As its value's, so that "probably_missed" and Tier.MISSED are one key of a dict.
    __hash__ = str.__hash__


SECONDARY_SHARE = 0.5  # a code is "usually coded as B" when at least this share of its training uses were B
MAX_EVIDENCE_SPANS = 12
MIN_EVIDENCE_SHARE = 0.1  # words below this share of the strongest word's weight are not shown
# Where the note names a code, the naming is the evidence a coder looks for first: it gets this share of the
# code's evidence weight, the model's attribution the rest.
NAMING_SHARE = 0.6
# The rows and drug names that support a code (mentions.support) come next; the model's attribution gets the
# rest, all of it where there is neither.
FINDING_SHARE = 0.25
# The mention finder reads this much of a case (about 0.3 s), far more than the model: a diagnosis named on
# page 40 of a long case is still found, while a 32 MB case cannot stall the worker.
MENTION_CHARS = 1_000_000
# Characters of flat text tokenized per token the model reads. Danish notes run about 3.5 characters a
# token, so the first try nearly always suffices; doubling covers sparser text up to the second bound,
# past which (long runs of blanks or of one unbroken "word") the rest is reported as not read.
FIRST_CHARS_PER_TOKEN = 8
MAX_CHARS_PER_TOKEN = 64


# (name, rank) of what the engine feeds and reads; "T" below is a whole number of chunks of tokens.
MODEL_INPUTS = (("input_ids", 2), ("attention_mask", 2))  # [1, T] int64 each
MODEL_OUTPUTS = (("logits", 2),)  # [1, C]
EXPLAIN_INPUTS = (*MODEL_INPUTS, ("code_index", 0))  # and a scalar int64
EXPLAIN_OUTPUTS = (("token_scores", 1),)  # [T]


@dataclass(frozen=True)
class Suggestion:
    code: str
    text: str  # Danish catalogue text ("" when the catalogue lacks the code)
    score: float  # 0..1: the combiner's probability that the case has the code, else the model's sigmoid
    threshold: float  # "Foreslået" at or above it
    tier: Tier
    named: bool = False  # the note names the code as a current diagnosis
    known: bool = True  # the model was trained on the code (else only the note's naming suggests it)
    # The code the note names that this one is more specific than (finder.Alternative), when the note does not
    # name this one itself: "DK573, which the note names, with perforation and abscess".
    refines: str | None = None


@dataclass(frozen=True)
class Truncation:
    """What the model did not read of a case longer than its maximum.

    Counted in characters: the text after the cut is never tokenized, so its token count is unknown.
    """

    max_tokens: int  # the most the model reads
    kept_tokens: int  # what it read: max_tokens, or fewer when the text was too sparse to tokenize further
    kept_chars: int  # flat-text characters read
    total_chars: int
    left_out: tuple[str, ...]  # e.g. ("note 1 from character 41,220", "medication 1", "lab 1")
    # the same as (source kind, index, first character not read), for a message in the user's language
    parts: tuple[tuple[str, int, int], ...] = ()

    def message(self) -> str:
        return (
            f"the case is {self.total_chars:,} characters long and the model reads at most {self.max_tokens:,} "
            f"tokens (read: {self.kept_tokens:,}); not read: {'; '.join(self.left_out)}"
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
    # "named": the note names the code here; "finding": a row or drug name that supports it (mentions.support);
    # "model": the model's attribution
    kind: str = "model"


@dataclass(frozen=True)
class Encoded:
    flat: FlatText
    input_ids: np.ndarray  # [1, T] int64, T a multiple of the chunk size
    attention_mask: np.ndarray  # [1, T] int64
    offsets: list[tuple[int, int]]  # per real token, in flat-text characters
    word_ids: list[int | None]
    truncation: Truncation | None


@dataclass(frozen=True)
class TierSettings:
    """What decides a code's tier; every array is `[C]`, in the bundle's label order."""

    threshold: np.ndarray  # suggested at or above this score
    missed_threshold: np.ndarray  # the lower bar of Tier.MISSED
    secondary_share: np.ndarray  # share of the code's training uses coded as B

    @classmethod
    def of(cls, bundle: Bundle) -> TierSettings:
        labels = bundle.labels
        return cls(
            np.array([label.threshold for label in labels]),
            np.array([label.missed_threshold for label in labels]),
            np.array([label.secondary_share for label in labels]),
        )


def tier_masks(scores: np.ndarray, settings: TierSettings, top_k: int) -> tuple[np.ndarray, np.ndarray]:
    """Which codes ``Engine.suggest`` shows as ``Tier.SUGGESTED`` and as ``Tier.MISSED`` (a model without a
    combiner); the rest of its top k are ``Tier.BELOW``.

    One function for the app and for ``coder-assist evaluate``, so that the tiers measured are the tiers shown.

    Args:
        scores: `[N, C]` sigmoid scores of N cases.
        settings: the per-code thresholds and B shares.
        top_k: how many codes the app shows per case; a code ranked below them gets no tier.

    Returns:
        `suggested [N, C]` and `missed [N, C]`, bool, never both True for one cell.
    """
    scores = np.asarray(scores)
    shown = np.zeros(scores.shape, dtype=bool)
    np.put_along_axis(shown, np.argsort(-scores, axis=1, kind="stable")[:, :top_k], True, axis=1)
    suggested = shown & (scores >= settings.threshold)
    usually_b = settings.secondary_share >= SECONDARY_SHARE
    missed = shown & ~suggested & usually_b & (scores >= settings.missed_threshold)
    return suggested, missed


class Engine:
    """A loaded model bundle. Create once; ``suggest`` and ``explain`` may be called from one worker thread."""

    def __init__(
        self,
        bundle: Path | Bundle,
        *,
        catalogue: Catalogue | None = None,
        provider: str = "auto",
        threads: int | None = None,
        combiner: bool = True,
    ) -> None:
        """``combiner=False`` ranks by the model alone and leaves any ``combiner.json`` unread (``coder-assist
        calibrate`` refits one that an older version wrote)."""
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
        check_graph(self._session, self.bundle, self.bundle.model_path, MODEL_INPUTS, MODEL_OUTPUTS)
        self._explain: ort.InferenceSession | None = None  # opened on first use: most cases need no evidence
        self.tokenizer = Tokenizer.from_file(str(self.bundle.tokenizer_path))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self._pad_id = self.bundle.pad_token_id
        self._index = {label.code: i for i, label in enumerate(self.bundle.labels)}
        self.tier_settings = TierSettings.of(self.bundle)
        combiner_path = self.bundle.path / COMBINER
        self.combiner = Combiner.load(combiner_path) if combiner and combiner_path.exists() else None
        self._frequency = np.array([label.train_frequency for label in self.bundle.labels], dtype=np.float64)
        self._finder: MentionFinder | None = None
        # The last case's mentions: suggest and the ten explain calls that follow read the same case.
        self._read: tuple[Case, FlatText, list[Mention], dict[str, Alternative]] | None = None
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
        """The model input of a case; raises CaseError when the case has nothing to read.

        Exactly the first ``max_tokens`` tokens training saw for the whole flat text (section headers
        included, no special tokens), got from as little of its start as needed (module docstring).
        """
        limit = self.bundle.max_tokens
        chars = limit * FIRST_CHARS_PER_TOKEN
        while True:
            flat = flatten(case, chars)
            if not flat.to_source_spans(0, len(flat)):
                raise CaseError("the case has no text to read (no note text, medications or labs)", where=case.case_id)
            encoding = self.tokenizer.encode(flat.text, add_special_tokens=False)
            ids, offsets, word_ids = list(encoding.ids), list(encoding.offsets), list(encoding.word_ids)
            # Words are split on blanks and punctuation, so a cut in the text changes only the tokens of the
            # word it falls in: dropping the last word leaves tokens exactly as in the whole text.
            read_to = len(flat.text)
            if not flat.complete:
                whole = len(word_ids)
                while whole and word_ids[whole - 1] == word_ids[-1]:
                    whole -= 1
                if whole < len(ids):
                    read_to = offsets[whole][0]
                ids, offsets, word_ids = ids[:whole], offsets[:whole], word_ids[:whole]
            if flat.complete or len(ids) > limit or chars >= limit * MAX_CHARS_PER_TOKEN:
                break
            chars *= 2
        truncation = None
        if len(ids) > limit:
            read_to = offsets[limit][0]
            ids, offsets, word_ids = ids[:limit], offsets[:limit], word_ids[:limit]
        if read_to < len(flat):
            truncation = _truncation(flat, limit, len(ids), read_to)
            log.warning(
                "case %s truncated: %d tokens, %d of %d characters read", case.case_id, len(ids), read_to, len(flat)
            )
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

    @property
    def finder(self) -> MentionFinder:
        """The mention finder over the catalogue in use (built on first use: about 2.4 s on 2 cores)."""
        if self._finder is None:
            started = time.perf_counter()
            self._finder = finder_for(self.catalogue or default_catalogue())
            log.info("mention lexicon built in %.0f ms", (time.perf_counter() - started) * 1000)
        return self._finder

    def mentions(self, case: Case) -> tuple[FlatText, list[Mention]]:
        """The diagnoses the case's text names, with offsets in its flat text (read up to MENTION_CHARS)."""
        return self._reading(case)[1:3]

    def _reading(self, case: Case) -> tuple[Case, FlatText, list[Mention], dict[str, Alternative]]:
        """What the finder read in the case (its flat text, mentions and alternatives), read once per case."""
        if self._read is None or self._read[0] is not case:
            flat = flatten(case, MENTION_CHARS)
            self._read = (case, flat, *self.finder.read(flat.text))
        return self._read

    def alternatives(self, case: Case) -> dict[str, Alternative]:
        """The more specific codes that the case's namings leave open (``MentionFinder.read``)."""
        return self._reading(case)[3]

    def combined(
        self,
        model_scores: np.ndarray,
        text_mentions: list[Mention],
        age: int | None = None,
        sex: str | None = None,
        alternatives: dict[str, Alternative] | None = None,
    ) -> CaseScores:
        """Every candidate code of a case with the combiner's probabilities (the bundle must have a combiner);
        codes the patient's ``age`` or ``sex`` rules out get 0. ``alternatives`` are the case's
        (:meth:`alternatives`)."""
        if self.combiner is None:
            raise UserError(
                "the bundle has no combiner.json; fit one with coder-assist calibrate", where=str(self.bundle.path)
            )
        return self.combiner.score(
            model_scores,
            self.codes,
            self._frequency,
            self.tier_settings.secondary_share >= SECONDARY_SHARE,
            text_mentions,
            age,
            sex,
            alternatives,
        )

    def suggest(self, case: Case, top_k: int = 10, encoded: Encoded | None = None) -> Suggestions:
        """The ``top_k`` best codes of a case, best first, each with its tier."""
        started = time.perf_counter()
        encoded = encoded or self.encode(case)
        scores = self.scores(encoded)
        age, sex = (case.patient.age, case.patient.sex) if case.patient else (None, None)
        items = []
        if self.combiner is not None:
            alternatives = self.alternatives(case)
            combined = self.combined(scores, self.mentions(case)[1], age, sex, alternatives)
            order, suggested, missed = self.combiner.shown(combined, top_k)
            for rank, i in enumerate(order):
                code = combined.codes[i]
                tier = Tier.SUGGESTED if suggested[rank] else Tier.MISSED if missed[rank] else Tier.BELOW
                named = any(m.current for m in combined.mentions.get(code, ()))
                refines = None if named or code not in alternatives else alternatives[code].refines
                item = Suggestion(
                    code, self._text(code), float(combined.p[i]), self.combiner.suggest_cut, tier,
                    named=named, known=code in self._index, refines=refines,
                )  # fmt: skip
                items.append(item)
        else:
            scores = np.where(self._ruled_out(age, sex), 0.0, scores)
            order = np.argsort(-scores, kind="stable")[:top_k]
            suggested, missed = tier_masks(scores[None, :], self.tier_settings, top_k)
            for i in order:
                label = self.bundle.labels[i]
                tier = Tier.SUGGESTED if suggested[0, i] else Tier.MISSED if missed[0, i] else Tier.BELOW
                items.append(Suggestion(label.code, self._text(label.code), float(scores[i]), label.threshold, tier))
        seconds = time.perf_counter() - started
        log.info("case %s: %d suggestions in %.0f ms", case.case_id, len(items), seconds * 1000)
        return Suggestions(case.case_id, items, encoded.truncation, seconds)

    def _ruled_out(self, age: int | None, sex: str | None) -> np.ndarray:
        """[C] bool: the label codes a patient of ``age`` and ``sex`` cannot have."""
        return ruled_out(self.codes, age, sex)

    def _text(self, code: str) -> str:
        found = self.catalogue.get(code) if self.catalogue else None
        return found.text if found else ""

    # --- evidence ------------------------------------------------------------------------------
    def token_scores(self, encoded: Encoded, code: str) -> np.ndarray:
        """AttInGrad scores [real tokens] for one code, summing to 1."""
        if code not in self._index:
            raise UserError(f"the model does not know {code}; it can only explain codes it suggests")
        if self._explain is None:
            session = ort.InferenceSession(str(self.bundle.explain_path), self._options, providers=self.providers)
            check_graph(session, self.bundle, self.bundle.explain_path, EXPLAIN_INPUTS, EXPLAIN_OUTPUTS)
            self._explain = session
        feeds = {
            "input_ids": encoded.input_ids,
            "attention_mask": encoded.attention_mask,
            "code_index": np.array(self._index[code], dtype=np.int64),
        }
        scores = self._explain.run(["token_scores"], feeds)[0]
        return scores[: len(encoded.offsets)]

    def explain(self, case: Case, code: str, encoded: Encoded | None = None) -> list[EvidenceSpan]:
        """Evidence for ``code`` as character spans on the case's notes and rows, strongest first: where the
        note names the code as current (with a combiner), then the rows and drug names that support it
        (``mentions.support``), then the model's attribution (a code the model knows) on other words.
        """
        started = time.perf_counter()
        named: list[EvidenceSpan] = []
        if self.combiner is not None:
            flat, found = self.mentions(case)
            current = [m for m in found if m.current]
            # A code the note does not name itself is supported by a naming of its category: "atrieflimren"
            # (DI489) is the evidence for the model's more specific DI480 paroxysmal atrial fibrillation.
            own = [m for m in current if m.code == code] or [m for m in current if m.code[:4] == code[:4]]
            named = [s for m in own[:MAX_EVIDENCE_SPANS] for s in _spans(flat, m.start, m.end, "named")]
        rows = findings(case, code)[:MAX_EVIDENCE_SPANS]
        supporting = [EvidenceSpan(f.source, f.index, f.start, f.end, 0.0, "finding") for f in rows]
        model: list[EvidenceSpan] = []
        if code in self._index or not (named or supporting):
            encoded = encoded or self.encode(case)
            covered = named + supporting
            model = [s for s in _evidence_spans(encoded, self.token_scores(encoded, code)) if not _overlaps(s, covered)]
        spans = _share(named, NAMING_SHARE) + _share(supporting, FINDING_SHARE)
        rest = 1.0 - sum(s.weight for s in spans)
        spans += [replace(s, weight=round(s.weight * rest, 6)) for s in model]
        spans.sort(key=lambda s: -s.weight)  # stable: a naming stays before a finding of the same weight
        log.info("case %s: evidence for one code in %.0f ms", case.case_id, (time.perf_counter() - started) * 1000)
        return spans


def _chunk_of(dim: int | str | None) -> int | None:
    """The chunk length of a graph's token dimension: the number in the exporter's symbol "128*chunks"."""
    match = re.fullmatch(r"\s*(\d+)\s*\*\s*\w+\s*|\s*\w+\s*\*\s*(\d+)\s*", dim) if isinstance(dim, str) else None
    return int(match.group(1) or match.group(2)) if match else None


def check_graph(
    session: ort.InferenceSession,
    bundle: Bundle,
    path: Path,
    inputs: tuple[tuple[str, int], ...],
    outputs: tuple[tuple[str, int], ...],
) -> None:
    """Refuse a graph whose inputs and outputs are not the ones the manifest describes.

    Names, ranks and int64 inputs; the token dimension must be whole chunks of ``chunk_size`` (another
    chunk size fails inside the graph, or reshapes chunks wrongly) and the logits must have one column per
    code of labels.json.
    """
    where = str(path)
    found_inputs = {arg.name: arg for arg in session.get_inputs()}
    found_outputs = {arg.name: arg for arg in session.get_outputs()}
    if set(found_inputs) != {name for name, _ in inputs}:
        wanted = ", ".join(name for name, _ in inputs)
        raise BundleError(f"the graph's inputs are {', '.join(found_inputs)}, not {wanted}", where=where)
    for name, rank in inputs:
        arg = found_inputs[name]
        if len(arg.shape) != rank or arg.type != "tensor(int64)":
            message = f"input {name} is a {arg.type} of shape {arg.shape}, not int64 of rank {rank}"
            raise BundleError(message, where=where)
    for name, rank in outputs:
        arg = found_outputs.get(name)
        if arg is None or len(arg.shape) != rank:
            raise BundleError(f"the graph has no output {name} of rank {rank}", where=where)
    chunk = _chunk_of(found_inputs["input_ids"].shape[-1])
    if chunk != bundle.chunk_size:
        message = (
            f"is {bundle.chunk_size} but {path.name} reads tokens in chunks of {chunk or 'unknown size'} "
            f"(token dimension {found_inputs['input_ids'].shape[-1]!r})"
        )
        raise BundleError(message, where=f"{bundle.path / MANIFEST}, field chunk_size")
    logits = found_outputs.get("logits")
    if logits is not None and logits.shape[-1] != len(bundle.labels):
        message = f"{path.name} scores {logits.shape[-1]} codes but labels.json has {len(bundle.labels)}"
        raise BundleError(message, where=f"{bundle.path / MANIFEST}, field num_labels")


def _truncation(flat: FlatText, max_tokens: int, kept: int, cut: int) -> Truncation:
    """Describe what lies after flat character ``cut``: a partly read note, then whole notes and rows."""
    left_out, parts = [], []
    for span in flat.to_source_spans(cut, len(flat)):
        name = f"{span.kind} {span.index + 1}"
        left_out.append(f"{name} from character {span.start:,}" if span.start else name)
        parts.append((span.kind, span.index, span.start))
    return Truncation(max_tokens, kept, cut, len(flat), tuple(left_out) or ("section headers only",), tuple(parts))


def _spans(flat: FlatText, start: int, end: int, kind: str) -> list[EvidenceSpan]:
    """Flat span ``[start, end)`` as evidence on each note or row it covers (weights set by :func:`_share`)."""
    return [EvidenceSpan(p.kind, p.index, p.start, p.end, 0.0, kind) for p in flat.to_source_spans(start, end)]


def _share(spans: list[EvidenceSpan], share: float) -> list[EvidenceSpan]:
    """``spans`` sharing ``share`` of a code's evidence weight equally: a note that repeats a diagnosis a
    thousand times gets a dozen highlights (the callers cut at MAX_EVIDENCE_SPANS), not a thousand."""
    weight = round(share / len(spans), 6) if spans else 0.0
    return [replace(s, weight=weight) for s in spans]


def _overlaps(span: EvidenceSpan, others: list[EvidenceSpan]) -> bool:
    """Whether ``span`` shares a character with one of ``others`` (the model's words that a naming or finding
    already shows are not shown twice)."""
    return any(
        o.source == span.source and o.index == span.index and o.start < span.end and span.start < o.end for o in others
    )


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
