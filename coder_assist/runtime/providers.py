"""Choosing the ONNX Runtime execution provider: the fastest the installed onnxruntime offers."""

from __future__ import annotations

import logging

import onnxruntime as ort

log = logging.getLogger(__name__)

# Best first. The GPU flavours of onnxruntime (onnxruntime-gpu, onnxruntime-directml) add these.
PREFERENCE = ("CUDAExecutionProvider", "DmlExecutionProvider", "CoreMLExecutionProvider", "CPUExecutionProvider")
ALIASES = {
    "auto": None,
    "cpu": "CPUExecutionProvider",
    "cuda": "CUDAExecutionProvider",
    "directml": "DmlExecutionProvider",
    "dml": "DmlExecutionProvider",
    "coreml": "CoreMLExecutionProvider",
}


def choose_providers(requested: str = "auto") -> tuple[list[str], str | None]:
    """The providers to open a session with, and a warning when the request could not be met.

    ``requested`` is "auto" or a name ("cpu", "cuda", "directml", "coreml", or ONNX Runtime's own name).
    The CPU provider is always last, so a GPU that fails at session start still leaves a working session.
    """
    available = ort.get_available_providers()
    wanted = ALIASES.get(requested.lower(), requested) if requested else None
    warning = None
    if wanted is not None and wanted not in available:
        warning = (
            f"execution provider {requested!r} is not available in this onnxruntime "
            f"(available: {', '.join(available)}); using the CPU"
        )
        log.warning(warning)
        wanted = "CPUExecutionProvider"
    chosen = [p for p in PREFERENCE if p in available] if wanted is None else [wanted]
    if "CPUExecutionProvider" not in chosen:
        chosen.append("CPUExecutionProvider")
    return chosen, warning
