"""The one way tariffwire writes a Parquet file.

zstd, column statistics, rows sorted by the table key, row groups large
enough to be worth their footer, and atomic: the file appears under its name
complete or not at all (written under a temporary name, fsynced, renamed). On
object storage (``path`` an ``s3://`` URL) the file is written the same way to
a local temporary folder and uploaded: an object appears whole or not at all.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.tables import Table
from warehouse.location import is_remote, parse

ROW_GROUP_ROWS = 128 * 1024
# ...or this many bytes in Arrow, whichever comes first: 128k articles with their text would be 250 MB
# held (and sorted) at once.
ROW_GROUP_BYTES = 48 << 20


def sort_by_key(table: Table, data: pa.Table) -> pa.Table:
    return data.sort_by([(k, "ascending") for k in table.key]) if data.num_rows > 1 else data


def write_parquet(path: Path | str, table: Table, data: pa.Table) -> Path | str:
    """Write one sorted, zstd-compressed Parquet file atomically (``path`` may be an ``s3://`` URL)."""
    return write_parquet_batches(path, table, [data])


def write_parquet_batches(path: Path | str, table: Table, parts: Iterable[pa.Table]) -> Path | str:
    """Stream several Arrow tables into one file atomically.

    Parts are gathered into row groups of about ROW_GROUP_ROWS rows (or
    ROW_GROUP_BYTES), each sorted by the key: compacting a night's 200 batch files
    of 500 articles gives a few row groups, not 200. Memory holds one at a time.
    """
    if is_remote(path):
        loc = parse(path)
        with tempfile.TemporaryDirectory(prefix="tariffwire-upload-") as tmp_dir:
            local = write_parquet_batches(Path(tmp_dir) / "part.parquet", table, parts)
            loc.fs.put_file(str(local), loc.path)
        return path
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with pq.ParquetWriter(tmp, table.schema, compression="zstd", write_statistics=True,
                              use_dictionary=True) as writer:
            for group in _row_groups(table, parts):
                writer.write_table(group, row_group_size=ROW_GROUP_ROWS)
        fsync_file(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _row_groups(table: Table, parts: Iterable[pa.Table]):
    pending: list[pa.Table] = []
    rows = size = 0
    for part in parts:
        if not part.num_rows:
            continue
        pending.append(part.select(list(table.column_names)).cast(table.schema))
        rows += part.num_rows
        size += part.nbytes
        if rows >= ROW_GROUP_ROWS or size >= ROW_GROUP_BYTES:
            yield sort_by_key(table, pa.concat_tables(pending))
            pending, rows, size = [], 0, 0
    if pending:
        yield sort_by_key(table, pa.concat_tables(pending))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
