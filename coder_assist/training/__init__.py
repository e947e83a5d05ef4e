"""PLM-CA training in torch (the ``train`` extra): tokenizer, encoder, model, trainer, checkpoints, pretraining.

Nothing here ever downloads: encoders and tokenizers come from local folders only. The data loaders in this
package need only numpy; the modules that need torch say so through :func:`require_train_extra`.
"""

from __future__ import annotations

import importlib.util
import os

from coder_assist.errors import UserError

TRAIN_EXTRA = ("torch", "transformers", "safetensors", "tqdm")

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def require_train_extra() -> None:
    """Raise a UserError naming the pip install to run when a package of the train extra is missing.

    Call it before importing trainer, model, checkpoint or pretrain (the CLI does, per sub-command).
    """
    missing = [name for name in TRAIN_EXTRA if importlib.util.find_spec(name) is None]
    if missing:
        raise UserError(
            f"training needs the train extra ({', '.join(missing)} missing): pip install 'coder-assist[train]'"
        )
