"""The frozen program's entry point: the ``coder-assist`` command (with no command it opens the app)."""

from __future__ import annotations

import sys

from coder_assist.cli import main

if __name__ == "__main__":
    sys.exit(main())
