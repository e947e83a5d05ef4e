"""Inference without torch: a model bundle in ONNX Runtime, suggestions with tiers, and evidence spans."""

from __future__ import annotations

from coder_assist.runtime.bundle import Bundle, BundleError, Label, load_bundle
from coder_assist.runtime.engine import Engine, EvidenceSpan, Suggestion, Suggestions, Tier

__all__ = [
    "Bundle",
    "BundleError",
    "Engine",
    "EvidenceSpan",
    "Label",
    "Suggestion",
    "Suggestions",
    "Tier",
    "load_bundle",
]
