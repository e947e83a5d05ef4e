"""Encoders: any Hugging Face encoder in a local folder, or a small BERT built from a config here.

The pooler is removed: PLM-CA reads every token state, never the pooled [CLS] vector, and parameters that
get no gradient would make DistributedDataParallel fail.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import torch
from transformers import MODEL_MAPPING, AutoConfig, AutoModel, BertConfig, BertModel, PretrainedConfig, PreTrainedModel
from transformers.utils import logging as hf_logging

from coder_assist.errors import UserError


def load_encoder(path: str | Path) -> PreTrainedModel:
    """The encoder stored in a local folder (config.json + weights), without its pooler; never downloads."""
    path = Path(path)
    if not (path / "config.json").is_file():
        raise UserError("not an encoder folder: config.json is missing", where=str(path))
    verbosity, progress = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()  # the pooler weights we leave out are reported as "unexpected" otherwise
    hf_logging.disable_progress_bar()
    try:
        config = AutoConfig.from_pretrained(str(path), local_files_only=True)
        model = AutoModel.from_pretrained(str(path), local_files_only=True, **_no_pooler_kwargs(config))
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot load an encoder from this folder: {exc}", where=str(path)) from None
    finally:
        hf_logging.set_verbosity(verbosity)
        if progress:
            hf_logging.enable_progress_bar()
    return _without_pooler(model)


def encoder_from_config(config: dict[str, Any]) -> PreTrainedModel:
    """An encoder with random weights shaped by a config dict (``PretrainedConfig.to_dict()``), no pooler."""
    values = dict(config)
    hf_config = AutoConfig.for_model(values.pop("model_type"), **values)
    return _without_pooler(AutoModel.from_config(hf_config, **_no_pooler_kwargs(hf_config)))


def small_bert(
    vocab_size: int,
    *,
    hidden: int = 256,
    layers: int = 4,
    heads: int = 4,
    max_position: int = 128 + 2,
    dropout: float = 0.1,
    activation: str = "gelu",
    pad_token_id: int = 0,
) -> BertModel:
    """A randomly initialised BERT for training from scratch (or after :func:`pretrain_mlm`).

    ``max_position`` only has to cover one chunk: every chunk restarts its positions at 0.
    """
    config = BertConfig(
        vocab_size=vocab_size,
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        intermediate_size=4 * hidden,
        max_position_embeddings=max_position,
        hidden_dropout_prob=dropout,
        attention_probs_dropout_prob=dropout,
        hidden_act=activation,
        pad_token_id=pad_token_id,
    )
    return BertModel(config, add_pooling_layer=False)


def small_bert_for(config: Any, tokenizer: Any) -> BertModel:
    """:func:`small_bert` sized by a TrainConfig or PretrainConfig (hidden_size, num_layers, num_heads,
    dropout, activation, chunk_size) for ``tokenizer``'s vocabulary and padding id."""
    return small_bert(
        len(tokenizer),
        hidden=config.hidden_size,
        layers=config.num_layers,
        heads=config.num_heads,
        max_position=config.chunk_size + 2,
        dropout=config.dropout,
        activation=config.activation,
        pad_token_id=tokenizer.pad_token_id,
    )


def _no_pooler_kwargs(config: PretrainedConfig) -> dict[str, Any]:
    """``add_pooling_layer=False`` for the model classes that take it (BERT, RoBERTa, ...), else nothing."""
    model_class = MODEL_MAPPING.get(type(config), None)
    if model_class is not None and "add_pooling_layer" in inspect.signature(model_class.__init__).parameters:
        return {"add_pooling_layer": False}
    return {}


def _without_pooler(model: PreTrainedModel) -> PreTrainedModel:
    if isinstance(getattr(model, "pooler", None), torch.nn.Module):
        model.pooler = None
    return model
