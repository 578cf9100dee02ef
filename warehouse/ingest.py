"""Read, analyse and turn a batch of input files into validated Arrow tables.

One bad file never stops a batch: anything that cannot be read, decoded or
analysed becomes a quarantine row with a reason code and a message.
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from schemas.tables import BY_NAME, TABLES
from schemas.validate import to_arrow
from transforms.decode import Rejected
from transforms.document import analyze_document
from warehouse.rows import FileInfo, RunContext, document_rows, quarantine_row

DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class BatchResult:
    tables: dict[str, pa.Table]
    loaded: int = 0
    quarantined: int = 0
    reasons: Counter = field(default_factory=Counter)
    bytes_read: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def process_batch(root: Path, infos: list[FileInfo], ctx: RunContext,
                  max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> BatchResult:
    rows: dict[str, list[dict]] = {t.name: [] for t in TABLES}
    result = BatchResult(tables={})
    t_read = t_analyze = 0.0
    for info in infos:
        t0 = time.perf_counter()
        data, problem = _read(root / info.file_path, info, max_file_bytes)
        t1 = time.perf_counter()
        t_read += t1 - t0
        sha = hashlib.sha256(data).hexdigest() if data is not None and problem is None else None
        if problem is None:
            published = info.published_at.date() if info.published_at else None
            try:
                doc = analyze_document(data, published)
            except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the night
                doc = Rejected("extract_error", f"extraction failed: {type(exc).__name__}: {exc}")
            problem = doc if isinstance(doc, Rejected) else None
        if problem is None:
            for table, table_rows in document_rows(info, sha, doc, ctx).items():
                rows[table].extend(table_rows)
            result.loaded += 1
        else:
            rows["quarantine"].append(quarantine_row(info, sha, problem, data[:256] if data else data, ctx))
            result.quarantined += 1
            result.reasons[problem.reason_code] += 1
        result.bytes_read += len(data) if data else 0
        t_analyze += time.perf_counter() - t1
    t2 = time.perf_counter()
    result.tables = {name: to_arrow(BY_NAME[name], table_rows) for name, table_rows in rows.items()}
    result.seconds = {"read": t_read, "extract": t_analyze, "validate": time.perf_counter() - t2}
    return result


def quarantine_only(rejections: list[tuple[FileInfo, Rejected]], ctx: RunContext) -> pa.Table:
    """Quarantine rows for files rejected before reading (outside the root, cannot stat)."""
    return to_arrow(BY_NAME["quarantine"], [quarantine_row(i, None, r, None, ctx) for i, r in rejections])


def _read(path: Path, info: FileInfo, max_file_bytes: int) -> tuple[bytes | None, Rejected | None]:
    try:
        with open(path, "rb") as f:
            data = f.read(max_file_bytes + 1)
    except OSError as exc:
        return None, Rejected("unreadable", f"cannot read file: {exc.strerror or exc}")
    if len(data) > max_file_bytes:
        return data[:256], Rejected("too_large", f"file is larger than the limit of {max_file_bytes} bytes "
                                                 f"(--max-file-bytes)")
    return data, None
