"""The grammar engine of the epikrise: expanding frames, held-out frames, and text with its spans.

Frames and clause pools live in ``phrases.py``. ``expand`` turns a frame into text; ``compose``
joins clauses into one sentence in random order with varied connectors; ``slip`` adds the small
dictation slips real notes carry. ``split_templates`` holds out a share of each pool's frames for the
test split, and ``static_text`` gives all fixed wording so that a held-out surface form never hides in it.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field
from functools import cache

from coder_assist.synth.phrases import CONNECTORS, HEADERS, HOSPITALS, JOBS, POOLS, SECTIONS

_SLOT = re.compile(r"\{(\w*)\}")
_LONG_WORD = re.compile(r"[a-zæøå]{7,}")


@cache
def _parse(frame: str) -> tuple:
    """``frame`` as a sequence of text and choices; a choice is a tuple of alternative sequences."""
    seq, end = _parse_seq(frame, 0)
    if end != len(frame):
        raise ValueError(f"unbalanced choice in frame: {frame!r}")
    return seq


def _parse_seq(frame: str, i: int) -> tuple[tuple, int]:
    parts: list = []
    start = i
    while i < len(frame) and frame[i] not in "|]":
        if frame[i] == "[":
            if i > start:
                parts.append(frame[start:i])
            alternatives = []
            i += 1
            while True:
                seq, i = _parse_seq(frame, i)
                alternatives.append(seq)
                if i >= len(frame):
                    raise ValueError(f"unclosed choice in frame: {frame!r}")
                i += 1
                if frame[i - 1] == "]":
                    break
            parts.append(tuple(alternatives))
            start = i
        else:
            i += 1
    if i > start:
        parts.append(frame[start:i])
    return tuple(parts), i


def _walk(seq: tuple, rng: random.Random, out: list[str]) -> None:
    for part in seq:
        if isinstance(part, str):
            out.append(part)
        else:
            _walk(part[int(rng.random() * len(part))], rng, out)


def expand(frame: str, rng: random.Random, slots: dict[str, str] | None = None) -> str:
    """``frame`` with one alternative of each choice; ``{d}`` a small number, ``{name}`` from ``slots``.

    ``{}`` (where a condition is named) is kept for ``Builder.mention``.
    """
    out: list[str] = []
    _walk(_parse(frame), rng, out)
    text = "".join(out)
    if "{" in text:
        text = _SLOT.sub(lambda m: "{}" if not m.group(1) else _slot(m.group(1), rng, slots), text)
    if "  " in text or " ," in text:
        text = re.sub(r" {2,}", " ", text).replace(" ,", ",")
    return text.strip()


def _slot(name: str, rng: random.Random, slots: dict[str, str] | None) -> str:
    if name == "d":
        return str(rng.randint(2, 9))
    if name == "job":
        return rng.choice(JOBS)
    if slots is None or name not in slots:
        raise KeyError(f"frame slot {{{name}}} has no value")
    return slots[name]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def compose(rng: random.Random, clauses: list[str]) -> str:
    """Clauses joined into one sentence: connectors vary, the last join is often "og"."""
    parts = [clauses[0]]
    for i, clause in enumerate(clauses[1:], 1):
        last = i == len(clauses) - 1
        parts.append((" og " if last and rng.random() < 0.4 else rng.choice(CONNECTORS)) + clause)
    text = capitalise("".join(parts))
    return text if text.endswith(".") else text + "."


def slip(text: str, rng: random.Random) -> str:
    """One dictation slip: two letters swapped in a long word, or a lost space after a comma. A doubled
    word is not among them: speech recognition never writes one and a secretary reading back catches it."""
    if ", " in text and rng.random() < 0.4:
        at = text.index(", ")
        return text[: at + 1] + text[at + 2 :]
    words = list(_LONG_WORD.finditer(text))
    if not words:
        return text
    m = rng.choice(words)
    at = m.start() + rng.randint(2, len(m.group()) - 3)
    return text[:at] + text[at + 1] + text[at] + text[at + 2 :]


@dataclass(frozen=True)
class Templates:
    """The frames of each pool that a split may use."""

    shared: dict[str, tuple[str, ...]]
    test_only: dict[str, tuple[str, ...]]

    def pool(self, name: str, test: bool) -> tuple[str, ...]:
        return self.shared[name] + self.test_only[name] if test else self.shared[name]


def split_templates(share: float) -> Templates:
    """Hold out ``share`` of each pool's frames (by a hash of the frame) for the test split.

    A pool of fewer than five frames keeps them all shared: holding out its only way of saying a
    thing would leave the train split without it.
    """
    shared: dict[str, tuple[str, ...]] = {}
    test_only: dict[str, tuple[str, ...]] = {}
    for name, pool in POOLS.items():
        ranked = sorted(pool, key=lambda t: zlib.crc32(t.encode()))
        held = set(ranked[: round(share * len(pool))]) if len(pool) >= 5 else set()
        shared[name] = tuple(t for t in pool if t not in held)
        test_only[name] = tuple(t for t in pool if t in held)
    return Templates(shared, test_only)


def literal_pieces(frame: str) -> list[str]:
    """The fixed text of a frame, cut at every choice boundary and slot."""
    pieces: list[str] = []

    def walk(seq: tuple) -> None:
        for part in seq:
            if isinstance(part, str):
                pieces.extend(_SLOT.split(part)[::2])
            else:
                for alternative in part:
                    walk(alternative)

    walk(_parse(frame))
    return [p for p in pieces if p.strip()]


def static_text() -> str:
    """All fixed text the generator writes, for checking that test-only forms never hide in it."""
    parts = [*HEADERS, *HOSPITALS, *JOBS]
    for names in SECTIONS.values():
        parts.extend(names)
    for pool in POOLS.values():
        for frame in pool:
            parts.extend(literal_pieces(frame))
    return "\n".join(parts)


@dataclass
class Builder:
    """Text under construction, with the spans of the mentions written into it.

    ``spans`` holds ``(code, start, end, kind)``; kind is "evidence" or a distractor kind.
    """

    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[tuple[str, int, int, str]] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def mention(self, template: str, code: str, form: str, kind: str = "evidence") -> None:
        """Write ``template`` with ``form`` in its ``{}``, capitalised when it opens the sentence."""
        before, after = template.split("{}", 1)
        if not before and form[:1].islower():
            form = form[0].upper() + form[1:]
        self.add(before)
        self.spans.append((code, self.length, self.length + len(form), kind))
        self.add(form)
        self.add(after)

    def mention_list(self, template: str, items: list[tuple[str, str]]) -> None:
        """``template`` with a list "A, B og C" in its ``{}``, each item ``(code, form)`` a mention."""
        before, after = template.split("{}", 1)
        self.add(before)
        for i, (code, form) in enumerate(items):
            if i:
                self.add(" og " if i == len(items) - 1 else ", ")
            if i == 0 and not before and form[:1].islower():
                form = form[0].upper() + form[1:]
            self.spans.append((code, self.length, self.length + len(form), "evidence"))
            self.add(form)
        self.add(after)

    def extend(self, other: Builder) -> None:
        shift = self.length
        self.spans.extend((c, s + shift, e + shift, k) for c, s, e, k in other.spans)
        self.parts.extend(other.parts)
        self.length += other.length

    def text(self) -> str:
        return "".join(self.parts)
