"""Reading the case files the user opens: every good case, and one message per problem naming its file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coder_assist.cases import Case
from coder_assist.cases.io import MAX_LISTED_ERRORS, read_path
from coder_assist.ui.strings import tr


@dataclass
class Loaded:
    batches: list[tuple[str, list[Case]]] = field(default_factory=list)  # (source path, its good cases)
    problems: list[str] = field(default_factory=list)  # user-facing, each naming file and line


def load_paths(paths: list[Path]) -> Loaded:
    """Read files (``.json``/``.jsonl``) and folders of them; a bad case or file never stops the others."""
    loaded = Loaded()
    for path in paths:
        if not path.exists():
            loaded.problems.append(tr("files.missing", path=path))
            continue
        result = read_path(path)
        loaded.batches.append((str(path), result.cases))
        for error in result.errors:
            loaded.problems.append(tr("files.error", where=error.where or path, message=error.message))
        if result.unlisted:
            loaded.problems.append(tr("files.unlisted", path=path, count=result.unlisted, shown=MAX_LISTED_ERRORS))
    return loaded
