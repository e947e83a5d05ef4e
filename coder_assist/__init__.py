"""coder_assist: an offline assistant for coding Danish discharge cases with SKS diagnosis codes."""

from __future__ import annotations

__version__ = "0.1.0"
