"""Export of a trained checkpoint to the model bundle the torch-free runtime loads (docs/architecture.md:
evidence, bundle).

``model.onnx`` maps ``input_ids``/``attention_mask [1, T]`` (T = chunks x 128, any number of chunks) to
``logits [1, C]`` and ``attention [1, C, T]``. ``explain.onnx`` adds a scalar ``code_index`` input and
returns AttInGrad ``token_scores [T]``: the forward pass and its gradient are traced together with
make_fx and the graph handed to the dynamo ONNX exporter, so evidence needs no torch at run time. The
encoder is switched to eager attention first, because the fused attention kernels have no ONNX form for
their backward pass. int8 quantization is dynamic (weights int8, activations quantized on the fly) and
applies to model.onnx; explain.onnx stays fp32, since its gradient would be distorted by int8 weights and
evidence is asked for one code at a time.
"""

from __future__ import annotations

import logging
import math
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch.fx.experimental.proxy_tensor import make_fx
from transformers.activations import GELUActivation

from coder_assist import __version__
from coder_assist.runtime.bundle import (
    EXPLAIN,
    MODEL,
    TOKENIZER,
    LabelTable,
    load_bundle,
    write_labels,
    write_manifest,
)
from coder_assist.training.checkpoint import load_checkpoint
from coder_assist.training.model import PLMCA

log = logging.getLogger(__name__)

ENCODER_FIELDS = ("model_type", "hidden_size", "num_hidden_layers", "vocab_size")
MAX_CHUNKS = 200  # the exported graphs accept 1..MAX_CHUNKS chunks of 128 tokens (25,600 tokens)


@dataclass(frozen=True)
class ExportSettings:
    quantize: str = "int8"  # "int8" (dynamic, weights only) or "none" (fp32)
    opset: int = 18  # ONNX opset; 18 is what onnxruntime >= 1.17 runs everywhere
    missed_factor: float = 0.5  # "probably missed secondary" bar = this x the code's threshold
    default_threshold: float = 0.5  # threshold of every code when no calibration data is given


class _Forward(torch.nn.Module):
    def __init__(self, model: PLMCA) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.model(input_ids, attention_mask)


class _Traced(torch.nn.Module):
    """Wraps the make_fx graph of the explain function so the ONNX exporter sees a module."""

    def __init__(self, traced: torch.nn.Module) -> None:
        super().__init__()
        # Not "graph": the exporter resolves constants by attribute path, and GraphModule owns that name.
        self.traced = traced

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, code_index: torch.Tensor) -> torch.Tensor:
        return self.traced(input_ids, attention_mask, code_index)


class _ErfGelu(torch.nn.Module):
    """Exact GELU in the operation order onnxruntime fuses into one Gelu kernel, x·(1 + erf(x/√2))·0.5.

    torch's gelu exports as x·((1 + erf(x/√2))·0.5), a form onnxruntime's GeluFusion does not match, and then
    runs as five elementwise passes over the [T, 4d] intermediate states: about 10% of the int8 runtime.
    """

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * (1.0 + torch.erf(x / math.sqrt(2.0))) * 0.5


def _with_fusable_gelu(module: torch.nn.Module) -> None:
    """Swap every exact-GELU activation in ``module`` for :class:`_ErfGelu` (same function, in place)."""
    for parent in module.modules():
        for name, child in parent.named_children():
            if type(child) is GELUActivation and child.act is F.gelu:
                setattr(parent, name, _ErfGelu())


def _explain_function(model: PLMCA):
    num_labels = model.num_labels

    def explain(input_ids: torch.Tensor, attention_mask: torch.Tensor, code_index: torch.Tensor) -> torch.Tensor:
        """AttInGrad as in training.model.attingrad, with the code as a tensor so it is a graph input."""
        embedded = model.embed(input_ids).requires_grad_(True)  # parameters are frozen for export
        logits, attention = model(input_ids, attention_mask, embeddings=embedded)
        pick = F.one_hot(code_index, num_labels).to(logits.dtype)
        (gradient,) = torch.autograd.grad((logits[0] * pick).sum(), embedded)
        row = (attention[0] * pick[:, None]).sum(0)
        scores = (embedded * gradient).reshape(-1, embedded.shape[-1]).norm(dim=-1) * row
        return scores / scores.sum().clamp_min(torch.finfo(scores.dtype).tiny)

    return explain


def _example_inputs(model: PLMCA) -> tuple[torch.Tensor, torch.Tensor]:
    # Two chunks, the second partly padded, so no dimension is specialised to 1 during tracing.
    length = 2 * model.chunk_size
    ids = torch.full((1, length), max(model.pad_token_id, 0) + 1, dtype=torch.long)
    mask = torch.ones((1, length), dtype=torch.long)
    mask[0, length - model.chunk_size // 2 :] = 0
    ids[0, length - model.chunk_size // 2 :] = model.pad_token_id
    return ids, mask


def export_onnx(model: PLMCA, folder: Path, opset: int) -> None:
    """Write fp32 model.onnx and explain.onnx for ``model`` into ``folder``."""
    # The exporter's constant folding tries shapes that are symbolic here and logs each miss as a warning;
    # they are expected and harmless, and would bury the user's real messages.
    logging.getLogger("onnxscript.optimizer").setLevel(logging.ERROR)
    model = model.eval()
    model.encoder.set_attn_implementation("eager")
    _with_fusable_gelu(model)
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    ids, mask = _example_inputs(model)
    chunks = torch.export.Dim("chunks", min=1, max=MAX_CHUNKS)
    tokens = {1: model.chunk_size * chunks}
    torch.onnx.export(
        _Forward(model).eval(), (ids, mask), str(folder / MODEL), dynamo=True, opset_version=opset,
        input_names=["input_ids", "attention_mask"], output_names=["logits", "attention"],
        dynamic_shapes={"input_ids": tokens, "attention_mask": tokens}, external_data=False, verbose=False,
    )  # fmt: skip
    code = torch.tensor(0, dtype=torch.long)
    # Real module buffers (BERT's position ids) meet symbolic shapes inside the trace; they are constants.
    graph = make_fx(_explain_function(model), tracing_mode="symbolic", _allow_non_fake_inputs=True)(ids, mask, code)
    torch.onnx.export(
        _Traced(graph).eval(), (ids, mask, code), str(folder / EXPLAIN), dynamo=True, opset_version=opset,
        input_names=["input_ids", "attention_mask", "code_index"], output_names=["token_scores"],
        dynamic_shapes={"input_ids": tokens, "attention_mask": tokens, "code_index": {}},
        external_data=False, verbose=False,
    )  # fmt: skip


def quantize_int8(source: Path, target: Path) -> None:
    """Dynamic int8 quantization of the encoder's MatMul/Gemm weights; the label attention stays fp32.

    The label queries differ from one another by little (they start from N(0, 0.03)), and it is exactly
    those differences that tell codes apart: one int8 scale per tensor flattens them and scrambles the
    ranking, while the label attention is a small share of the compute. Nodes are found by the module
    path the dynamo exporter records in each node's ``namespace`` metadata.
    """
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    graph = onnx.load(str(source)).graph
    keep_fp32 = [
        node.name
        for node in graph.node
        if any(p.key == "namespace" and "label_attention" in p.value for p in node.metadata_props)
    ]
    quantize_dynamic(
        str(source), str(target), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gemm"],
        nodes_to_exclude=keep_fp32,
    )  # fmt: skip


def label_table(
    codes: Sequence[str],
    counts: Sequence[int],
    thresholds: Sequence[float],
    secondary_share: dict[str, float] | None,
    missed_factor: float,
    global_threshold: float | None = None,
) -> LabelTable:
    """labels.json of a bundle: codes in output order with their thresholds and training statistics."""
    share = secondary_share or {}
    return LabelTable(
        codes=list(codes),
        train_frequency=[int(n) for n in counts],
        threshold=[round(float(t), 6) for t in thresholds],
        missed_threshold=[round(float(t) * missed_factor, 6) for t in thresholds],
        secondary_share=[round(float(share.get(code, 0.0)), 4) for code in codes],
        global_threshold=global_threshold,
    )


def export_bundle(
    checkpoint: Path,
    out: Path,
    *,
    settings: ExportSettings = ExportSettings(),
    calibration: tuple[Sequence[str], np.ndarray] | None = None,
    secondary_share: dict[str, float] | None = None,
    metrics: dict[str, Any] | None = None,
    training_data: str = "",
    catalogue_version: str = "",
    name: str | None = None,
) -> Path:
    """Export ``checkpoint`` to a bundle folder ``out`` (replaced if present) and verify it loads.

    ``calibration`` = (validation texts, targets [N, C] in label order): thresholds are tuned on the scores
    of the exported (quantized) model itself, so they fit what the app runs. Without it every code gets
    ``settings.default_threshold``.
    """
    if settings.quantize not in ("int8", "none"):
        raise ValueError(f"quantize must be 'int8' or 'none', not {settings.quantize!r}")
    loaded = load_checkpoint(checkpoint)
    codes = loaded.labels
    thresholds: Sequence[float] = [settings.default_threshold] * len(codes)
    global_threshold = None
    with tempfile.TemporaryDirectory() as scratch:
        staging = Path(scratch) / "bundle"
        staging.mkdir()
        export_onnx(loaded.model, staging, settings.opset)
        if settings.quantize == "int8":
            fp32 = staging / "model.fp32.onnx"
            (staging / MODEL).rename(fp32)
            quantize_int8(fp32, staging / MODEL)
            fp32.unlink()
        loaded.tokenizer.backend_tokenizer.save(str(staging / TOKENIZER))
        encoder = loaded.config["encoder"]
        manifest = {
            "name": name or checkpoint.parent.name,
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "coder_assist_version": __version__,
            "encoder": {k: encoder.get(k) for k in ENCODER_FIELDS},
            "chunk_size": loaded.model.chunk_size,
            "max_tokens": loaded.max_tokens,
            "pad_token_id": loaded.model.pad_token_id,
            "num_labels": len(codes),
            "quantization": settings.quantize,
            "export": asdict(settings),
            "training_data": training_data,
            "metrics": metrics or {},
            "catalogue_version": catalogue_version,
        }

        def write_labels_and_manifest() -> None:
            table = label_table(
                codes, loaded.label_counts, thresholds, secondary_share, settings.missed_factor, global_threshold
            )
            write_labels(staging, table)
            write_manifest(staging, manifest)

        write_labels_and_manifest()
        if calibration is not None:
            from coder_assist.runtime.engine import Engine

            texts, targets = calibration
            scores = Engine(staging).score_texts(texts)
            global_threshold, thresholds = calibrate(scores, targets)
            write_labels_and_manifest()
        load_bundle(staging)  # refuse to hand over a bundle the runtime would refuse
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, out)
    log.info("exported %s to %s (%s, %d codes)", checkpoint, out, settings.quantize, len(codes))
    return out


def calibrate(scores: np.ndarray, targets: np.ndarray) -> tuple[float, np.ndarray]:
    """Global and per-code thresholds tuned on validation scores [N, C] and targets [N, C], each code's drawn
    toward the global one by how few validation positives it has (``shrink_thresholds``)."""
    from coder_assist.evaluation.thresholds import shrink_thresholds, tune_global_threshold, tune_per_code_thresholds

    global_threshold = tune_global_threshold(scores, targets)
    per_code = tune_per_code_thresholds(scores, targets, fallback=global_threshold)
    return global_threshold, shrink_thresholds(per_code, global_threshold, np.asarray(targets).sum(axis=0))
