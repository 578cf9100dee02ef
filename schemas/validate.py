"""Row validation and conversion to Arrow.

pyarrow's ``Table.from_pylist`` silently drops unknown keys, turns missing keys
into nulls and accepts nulls in non-null fields until the Parquet write. Rows
go through ``to_arrow`` instead, which refuses all three with the table and
column named.
"""
from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa

from schemas.tables import Table


class SchemaError(ValueError):
    """Rows that do not fit their table's declaration."""


def to_arrow(table: Table, rows: Sequence[dict]) -> pa.Table:
    """Validate ``rows`` against ``table`` and return them as an Arrow table."""
    expected = set(table.column_names)
    for i, row in enumerate(rows):
        keys = row.keys()
        if keys != expected:
            extra = sorted(set(keys) - expected)
            missing = sorted(expected - set(keys))
            raise SchemaError(f"{table.name} row {i}: unknown columns {extra}, missing columns {missing}")
    arrays = []
    for col in table.columns:
        values = [row[col.name] for row in rows]
        if not col.nullable and any(v is None for v in values):
            i = next(i for i, v in enumerate(values) if v is None)
            raise SchemaError(f"{table.name}.{col.name} is not nullable but row {i} has null")
        if col.accepted is not None:
            bad = {v for v in values if v is not None and v not in col.accepted}
            if bad:
                raise SchemaError(f"{table.name}.{col.name}: values {sorted(map(str, bad))} not in {col.accepted}")
        try:
            arrays.append(pa.array(values, type=col.type))
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError) as exc:
            raise SchemaError(f"{table.name}.{col.name}: {exc}") from exc
    return pa.Table.from_arrays(arrays, schema=table.schema)


def conform(table: Table, data: pa.Table) -> pa.Table:
    """Check an Arrow table read back from Parquet against the declaration and cast to it."""
    names = data.schema.names
    if list(names) != list(table.column_names):
        raise SchemaError(f"{table.name}: columns {names} differ from the declaration {list(table.column_names)}")
    return data.cast(table.schema)
