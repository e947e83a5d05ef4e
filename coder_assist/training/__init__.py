"""PLM-CA training in torch (the ``train`` extra): tokenizer, encoder, model, trainer, checkpoints, pretraining.

Nothing here ever downloads: encoders and tokenizers come from local folders only. The data sets are read by
the torch-free ``coder_assist.datasets``; the modules here that need torch say so through
:func:`require_train_extra`.
"""

from __future__ import annotations

import importlib.util
import os

from coder_assist.errors import UserError

TRAIN_EXTRA = ("torch", "transformers", "safetensors", "tqdm")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def require_train_extra(purpose: str = "training") -> None:
    """Raise a UserError naming the pip install to run when a package of the train extra is missing.

    Call it before importing trainer, model, checkpoint or pretrain (the CLI does, per sub-command);
    ``purpose`` says what needs it ("measuring a checkpoint").
    """
    missing = [name for name in TRAIN_EXTRA if not _installed(name)]
    if missing:
        raise UserError(
            f"{purpose} needs the train extra ({', '.join(missing)} missing): pip install 'coder-assist[train]'"
        )


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:  # a finder that refuses the name outright (a locked-down site, the tests' blocker)
        return False
