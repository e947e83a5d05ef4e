"""The work that runs on the worker thread: plain functions of data (settings, a Case, an Engine).

Nothing here touches a widget or the store; the window hands the results to its views on the GUI thread.
"""

from __future__ import annotations

from coder_assist.cases import Case
from coder_assist.catalogue import Catalogue, SearchIndex, default_catalogue, default_index
from coder_assist.runtime import Engine, Suggestions
from coder_assist.runtime.engine import Encoded
from coder_assist.ui.settings import Settings

TOP_K = 10


def load_engine(settings: Settings) -> Engine:
    """The engine of the configured bundle (checksums and session start take a while)."""
    return Engine(settings.bundle_dir(), catalogue=default_catalogue(), provider=settings.provider)


def load_search() -> tuple[SearchIndex, Catalogue]:
    """The catalogue and its search index (built once per process)."""
    return default_index(), default_catalogue()


def suggest(engine: Engine, case: Case) -> tuple[Encoded, Suggestions]:
    """Encode once and suggest; the encoding is reused for each code's evidence."""
    encoded = engine.encode(case)
    return encoded, engine.suggest(case, TOP_K, encoded=encoded)
