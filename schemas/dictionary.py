"""Generate docs/data-dictionary.md from the table declarations.

    python -m schemas.dictionary > docs/data-dictionary.md

A test fails when the committed file differs from what this prints.
"""
from __future__ import annotations

import sys

from schemas.tables import TABLES


def render() -> str:
    lines = [
        "# Data dictionary",
        "",
        "Generated from `schemas/tables.py` by `python -m schemas.dictionary`; do not edit by hand.",
        "Each table is a folder of Parquet files (`<warehouse>/<table>/*.parquet`) and a view of the same name",
        "in `<warehouse>/tariffwire.duckdb`. Timestamps are UTC with microsecond precision.",
        "",
    ]
    for t in TABLES:
        lines += [f"## `{t.name}` (version {t.version})", "", t.doc, "",
                  f"- Grain: {t.grain}.", f"- Key: `{', '.join(t.key)}` (unique, checked after every run).", ""]
        lines += ["| column | type | null | description |", "|---|---|---|---|"]
        for c in t.columns:
            doc = c.doc
            if c.accepted:
                doc += " One of: " + ", ".join(f"`{v}`" for v in c.accepted) + "."
            if c.references:
                doc += f" References `{c.references}`."
            lines.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {doc.replace('|', '/')} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(render())
