"""One batch of input files, read, extracted and written as part files of a staging snapshot.

``run_batch`` is a top-level function of plain, picklable arguments, so a run can hand
batches to worker processes (``Run(workers=N)``): extraction is pure Python and holds the
GIL, so threads would not use a second core. Each batch writes its own part files, so
workers never write the same file and nothing but counts travels back.
``input_dir`` and ``staging_dir`` are local paths or ``s3://`` URLs.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from schemas.tables import BY_NAME
from warehouse.ingest import process_batch
from warehouse.limits import Limits
from warehouse.location import ref
from warehouse.parquet import write_parquet
from warehouse.rows import FileInfo, RunContext


@dataclass(frozen=True)
class BatchJob:
    index: int
    input_dir: Path | str
    infos: list[FileInfo]
    ctx: RunContext
    limits: Limits
    staging_dir: Path | str                  # part files go to <staging_dir>/<table>/<part_name>
    part_name: str


@dataclass
class BatchDone:
    index: int
    loaded: int
    quarantined: int
    reasons: dict[str, int]
    rows: dict[str, int]                     # table -> rows written
    files: dict[str, str]                    # table -> part file name written
    seconds: dict[str, float] = field(default_factory=dict)


def run_batch(job: BatchJob) -> BatchDone:
    result = process_batch(job.input_dir, job.infos, job.ctx, job.limits)
    t = time.perf_counter()
    rows, files = {}, {}
    for name, data in result.tables.items():
        if data.num_rows:
            write_parquet(ref(job.staging_dir, name, job.part_name), BY_NAME[name], data)
            rows[name] = data.num_rows
            files[name] = job.part_name
    seconds = {f"batch_{k}": v for k, v in result.seconds.items()}
    seconds["batch_write"] = time.perf_counter() - t
    return BatchDone(job.index, result.loaded, result.quarantined, dict(result.reasons), rows, files, seconds)
