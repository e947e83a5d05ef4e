"""One self-contained HTML report: headed sections of text, tables and PNG figures embedded as base64.

No script, style sheet, font or image is fetched: the report opens offline, on a machine that may never go
on the network, and can be mailed as one file.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

STYLE = (
    "body{font-family:sans-serif;max-width:72em;margin:2em auto;padding:0 1em}"
    "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:.2em .5em}"
    "td.n{text-align:right}img{max-width:100%}"
)


@dataclass(frozen=True)
class Table:
    """Rows of dicts shown under ``columns`` (the keys); a float shows in percent unless its column is in
    ``plain``."""

    columns: Sequence[str]
    rows: Sequence[dict]
    plain: frozenset[str] = frozenset()


@dataclass
class Section:
    """A heading, then its lines of text, tables and PNG images (bytes), in that order."""

    heading: str
    text: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    images: list[bytes] = field(default_factory=list)


def cell(value: object, plain: bool) -> str:
    """A table cell: floats in percent with one decimal (or 3 significant digits in a ``plain`` column),
    missing values as a dash."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3g}" if plain else f"{100 * value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def render_table(table: Table) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    body = []
    for row in table.rows:
        cells = []
        for column in table.columns:
            value = row.get(column)
            numeric = isinstance(value, (int, float))
            cells.append(f"<td{' class=n' if numeric else ''}>{html.escape(cell(value, column in table.plain))}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def render(title: str, sections: Sequence[Section]) -> str:
    """The whole document as a string."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>',
        f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1>",
    ]
    for section in sections:
        parts.append(f"<h2>{html.escape(section.heading)}</h2>")
        parts.extend(f"<p>{html.escape(line)}</p>" for line in section.text)
        parts.extend(render_table(table) for table in section.tables)
        parts.extend(
            f'<img alt="{html.escape(section.heading)}" src="data:image/png;base64,{base64.b64encode(png).decode()}">'
            for png in section.images
        )
    parts.append("<p>Percentages unless stated otherwise.</p></body></html>")
    return "\n".join(parts) + "\n"


def write_html(path: str | Path, title: str, sections: Sequence[Section]) -> Path:
    """Write the report to ``path`` (UTF-8) and return it."""
    path = Path(path)
    path.write_text(render(title, sections), encoding="utf-8")
    return path
