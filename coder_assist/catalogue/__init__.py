"""The Danish ICD-10 (SKS) diagnosis catalogue: codes, hierarchy, validity, import and search."""

from __future__ import annotations

from functools import lru_cache

from coder_assist.catalogue.io import load_catalogue
from coder_assist.catalogue.model import Catalogue, Code, normalise_code
from coder_assist.catalogue.search import QueryError, SearchHit, SearchIndex
from coder_assist.catalogue.synonyms import load_synonyms

__all__ = [
    "Catalogue",
    "Code",
    "QueryError",
    "SearchHit",
    "SearchIndex",
    "default_catalogue",
    "default_index",
    "forget_loaded_catalogue",
    "load_catalogue",
    "normalise_code",
]


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The catalogue in use: the user's imported one if any, else the shipped snapshot (loaded once)."""
    return load_catalogue()


@lru_cache(maxsize=1)
def default_index() -> SearchIndex:
    """The search index over the catalogue in use and the shipped synonym table (built once)."""
    return SearchIndex(default_catalogue(), load_synonyms())


def forget_loaded_catalogue() -> None:
    """Drop the loaded catalogue and index, so the next use loads the one now in use (after an import)."""
    default_catalogue.cache_clear()
    default_index.cache_clear()
