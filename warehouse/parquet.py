"""The one way tariffwire writes a Parquet file.

zstd, column statistics, rows sorted by the table key, row groups large
enough to be worth their footer, and atomic: the file appears under its name
complete or not at all (written under a temporary name, fsynced, renamed).
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.tables import Table

ROW_GROUP_ROWS = 128 * 1024


def sort_by_key(table: Table, data: pa.Table) -> pa.Table:
    return data.sort_by([(k, "ascending") for k in table.key]) if data.num_rows > 1 else data


def write_parquet(path: Path, table: Table, data: pa.Table) -> Path:
    """Write one sorted, zstd-compressed Parquet file atomically."""
    return write_parquet_batches(path, table, [sort_by_key(table, data)])


def write_parquet_batches(path: Path, table: Table, parts: Iterable[pa.Table]) -> Path:
    """Stream several Arrow tables (each already sorted) into one file atomically."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with pq.ParquetWriter(tmp, table.schema, compression="zstd", write_statistics=True,
                              use_dictionary=True) as writer:
            for part in parts:
                if part.num_rows:
                    writer.write_table(part.select(list(table.column_names)).cast(table.schema),
                                       row_group_size=ROW_GROUP_ROWS)
        fsync_file(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


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
