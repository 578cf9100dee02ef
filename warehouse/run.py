"""One pipeline run over the warehouse, stage by stage.

The Prefect flow (flows/pipeline.py) calls these stages as tasks; the
benchmark and the tests can call them directly. Each stage records its wall
time for the ``runs`` table. Input and warehouse are each a local folder or an
``s3://bucket/prefix`` (warehouse/location.py); the stages are the same.
"""
from __future__ import annotations

import json
import multiprocessing
import secrets
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.tables import ARTICLES, QUARANTINE, RUNS, TABLES
from schemas.validate import to_arrow
from transforms.decode import Rejected
from warehouse.duck import (CHECK_MEMORY_LIMIT, CheckResult, PendingDatabase, build_database, memory_connection,
                            prepare_database, run_checks)
from warehouse.batchwork import BatchDone, BatchJob, run_batch
from warehouse.ingest import DEFAULT_MAX_FILE_BYTES, quarantine_only
from warehouse.inputs import Listing, list_input
from warehouse.limits import Limits
from warehouse.location import LocationError, parse, problem
from warehouse.plan import Plan, known_files, make_plan
from warehouse.rows import FileInfo, RunContext
from warehouse.store import SnapshotInfo, SnapshotStore, StagingBase, open_store
from warehouse.version import extractor_version

MAX_FILES_PER_TABLE = 8


@dataclass
class RunOutcome:
    run_id: str
    succeeded: bool
    error: str | None
    snapshot_id: str | None
    warehouse: str
    files: dict[str, int]
    rows_written: dict[str, int]
    table_rows: dict[str, int]
    stage_seconds: dict[str, float]
    checks_failed: list[str]

    def summary(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class Run:
    input_dir: Path | str          # a Path for a local folder, the URL for s3://
    warehouse_dir: Path | str
    batch_size: int
    full_refresh: bool
    max_file_bytes: int
    flow_run_id: str | None
    run_id: str
    started_at: datetime
    ctx: RunContext
    store: SnapshotStore
    stage_seconds: dict[str, float] = field(default_factory=Counter)
    listing: Listing | None = None
    plan: Plan | None = None
    staging: StagingBase | None = None
    batches: list[list[FileInfo]] = field(default_factory=list)
    rows_written: Counter = field(default_factory=Counter)
    quarantined: int = 0
    checks: list[CheckResult] = field(default_factory=list)
    outcome: RunOutcome | None = None
    workers: int = 1
    limits: Limits = Limits()
    _t0: float = field(default_factory=time.perf_counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _executor: ProcessPoolExecutor | None = None

    @classmethod
    def start(cls, input_dir: Path | str, warehouse_dir: Path | str, *, batch_size: int = 500,
              full_refresh: bool = False, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, flow_run_id: str | None = None,
              workers: int = 1, limits: Limits | None = None) -> "Run":
        """``limits`` bounds what one file may hold (``max_file_bytes`` overrides its byte limit)."""
        limits = replace(limits or Limits(), max_file_bytes=max_file_bytes)
        source, target = parse(input_dir), parse(warehouse_dir)
        if why := problem(source, "input"):
            raise NotADirectoryError(why)
        if target.remote and (why := problem(target, "warehouse")):
            raise LocationError(why)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if workers < 1:
            raise ValueError("workers must be at least 1")
        now = datetime.now(timezone.utc)
        run_id = now.strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(3)
        ctx = RunContext(run_id, extractor_version(), now)
        return cls(source.url if source.remote else source.local(),
                   target.url if target.remote else target.local(), batch_size, full_refresh,
                   max_file_bytes, flow_run_id, run_id, now, ctx, open_store(target), workers=workers,
                   limits=limits)

    @contextmanager
    def locked(self):
        with self.store.lock(self.run_id, self.started_at.isoformat()):
            self.store.collect_garbage()
            self._catch_up_database()
            try:
                yield self
            finally:
                self.close()

    @contextmanager
    def stage(self, name: str):
        """Add the wall time of the block to stage ``name`` of this run."""
        t = time.perf_counter()
        try:
            yield
        finally:
            self.stage_seconds[name] += time.perf_counter() - t

    # -- stages ---------------------------------------------------------------------------------
    def discover_and_plan(self) -> dict:
        with self.stage("list"):
            self.listing = list_input(self.input_dir)
        with self.stage("plan"):
            base = self.store.current()
            known = known_files(base)
            refresh = self.full_refresh or bool(base and base.changed_tables())
            self.plan = make_plan(self.listing.files, self.listing.outside_root, self.listing.unreadable, known,
                                  self.ctx.extractor_version, refresh, self.limits)
            self.staging = self.store.begin(self.run_id)
            todo = self.plan.todo
            self.batches = [todo[i:i + self.batch_size] for i in range(0, len(todo), self.batch_size)]
        return {"seen": self.plan.seen, "new": self.plan.new, "changed": self.plan.changed,
                "reextract": self.plan.reextract, "unchanged": self.plan.unchanged,
                "batches": len(self.batches), "sidecar_problems": self.listing.sidecar_problems}

    @property
    def batch_count(self) -> int:
        return len(self.batches)

    def batch_job(self, index: int) -> BatchJob:
        """Everything batch ``index`` needs, as plain picklable data (for a worker process or a Dask worker)."""
        return BatchJob(index, self.input_dir, self.batches[index], self.ctx, self.limits,
                        self.staging.data_dir, f"part-{self.run_id}-b{index:05d}.parquet")

    def record_batch(self, done: BatchDone, seconds: float) -> dict:
        """Add a finished batch's part files and counts to the staging snapshot. Thread-safe."""
        with self._lock:
            self.stage_seconds["batches_summed"] += seconds
            for k, v in done.seconds.items():
                self.stage_seconds[k] += v
            for name, part in done.files.items():
                self.staging.files[name].append(part)
            for name, n in done.rows.items():
                self.rows_written[name] += n
            self.quarantined += done.quarantined
        return {"batch": done.index, "loaded": done.loaded, "quarantined": done.quarantined, "reasons": done.reasons}

    def load_batch(self, index: int) -> dict:
        """Read, extract and write batch ``index``: in a worker process when the run has workers.

        Safe to call from several threads at once (the flow submits batches concurrently).
        """
        job = self.batch_job(index)
        t = time.perf_counter()
        parallel = self.workers > 1 and self.batch_count > 1
        done = self._pool().submit(run_batch, job).result() if parallel else run_batch(job)
        return self.record_batch(done, time.perf_counter() - t)

    def _pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                # spawn, not fork: the parent may run Prefect's threads, and fork copies only the calling one
                self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
            return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def finish_staging(self) -> dict:
        self.close()   # every batch is in: the worker processes' memory is not needed for what follows
        plan, staging = self.plan, self.staging
        with self.stage("write"):
            early = [(i, Rejected("outside_root", "symlink points outside the input folder; not followed"))
                     for i in plan.outside_root]
            early += [(i, Rejected("unreadable", msg)) for i, msg in plan.unreadable]
            if early:
                staging.add(QUARANTINE, quarantine_only(early, self.ctx), name=f"part-{self.run_id}-early.parquet")
                self.rows_written["quarantine"] += len(early)
                self.quarantined += len(early)
        dropped = {}
        with self.stage("carry_over"):
            for t in TABLES:
                if t is RUNS:
                    drop: set[str] = set()
                elif t in (ARTICLES, QUARANTINE):
                    drop = plan.replace_paths
                else:
                    drop = plan.replace_article_ids
                dropped[t.name] = staging.carry_over(t, drop)
        with self.stage("compact"):
            merged = {t.name: staging.compact(t, MAX_FILES_PER_TABLE) for t in TABLES}
            staging.fill_empty_tables()
        return {"rows_dropped": dropped, "files_merged": merged}

    def check(self) -> list[dict]:
        # The run's own row must exist for the run_id references to hold; publish rewrites it with the
        # final figures.
        self.staging.add(RUNS, self._runs_row("succeeded", None), name=f"run-{self.run_id}.parquet")
        with self.stage("checks"):
            remote = self.store.remote   # tables loaded into memory there: no limit
            con = memory_connection(self.staging.file_refs(), load=remote,
                                    memory_limit=None if remote else CHECK_MEMORY_LIMIT)
            try:
                listed = [f.file_path for f in self.listing.files] + [f.file_path for f in self.listing.outside_root] \
                    + [f.file_path for f, _ in self.listing.unreadable]
                self.checks = run_checks(con, pa.table({"file_path": pa.array(listed, pa.string())}),
                                         self._changed_tables())
            finally:
                con.close()
        return [{"check": c.name, "failures": c.failures} for c in self.checks if not c.ok]

    def _changed_tables(self) -> set[str] | None:
        """Tables whose files differ from the published snapshot's (None: no snapshot, check all)."""
        base = self.staging.base
        if base is None:
            return None
        return {name for name, files in self.staging.files.items()
                if sorted(files) != sorted(base.manifest["tables"].get(name, []))}

    def publish(self) -> RunOutcome:
        failed = [c for c in self.checks if not c.ok]
        if failed:
            error = "data-quality checks failed: " + "; ".join(
                f"{c.name} ({c.failures} rows, e.g. {c.sample[:2]})" for c in failed)
            return self._publish_failure(error)
        with self.stage("publish"):
            self.staging.add(RUNS, self._runs_row("succeeded", None), name=f"run-{self.run_id}.parquet")
            snapshot, pending, _ = self._commit(self.staging)
            if pending:
                pending.install()
        self.outcome = self._outcome(True, None, snapshot)
        return self.outcome

    def fail(self, exc: BaseException) -> RunOutcome:
        """Record a run that raised; the previous snapshot stays published."""
        if self.outcome is not None:
            return self.outcome
        return self._publish_failure(f"{type(exc).__name__}: {exc}")

    def _publish_failure(self, error: str) -> RunOutcome:
        if self.staging is not None:
            self.staging.abandon()
        snapshot = pending = db_error = None
        try:
            staging = self.store.begin(self.run_id + "-failed")
            for t in TABLES:
                staging.carry_over(t, ())
            staging.add(RUNS, self._runs_row("failed", error), name=f"run-{self.run_id}.parquet")
            snapshot, pending, db_error = self._commit(staging, keep_going=True)
        except Exception as exc:  # noqa: BLE001 - the original error is the one to report
            error += f" (and recording the failure failed too: {exc})"
        if snapshot is not None and pending:
            pending.install()
        if snapshot is not None and db_error is not None:
            error += (f" (the failure is recorded in snapshot {snapshot.id}, but the DuckDB file still shows the "
                      f"one before: writing it failed: {db_error}; the next run rewrites it)")
        self.outcome = self._outcome(False, error, snapshot)
        return self.outcome

    def _commit(self, staging: StagingBase, keep_going: bool = False
                ) -> tuple[SnapshotInfo, PendingDatabase | None, Exception | None]:
        """Publish ``staging``; returns the snapshot, its local DuckDB file under a temporary name (to
        ``install``), and the error that stopped writing that file when ``keep_going``.

        The file is written once the snapshot's files are in place (DuckDB reads them to create the
        views) but before readers are pointed at them, so that a full disk or a quota fails the run
        with nothing published; after the swap only its rename remains. ``keep_going`` publishes
        even when the file cannot be written. Object storage has no database file: each connection
        builds its views from ``CURRENT`` (duck.connect).
        """
        out: dict = {"pending": None, "error": None}

        def write_database() -> None:
            if self.store.remote:
                return
            try:
                out["pending"] = prepare_database(self.warehouse_dir, staging.published_refs())
            except Exception as exc:
                if not keep_going:
                    raise
                out["error"] = exc

        try:
            snapshot = staging.commit({"extractor_version": self.ctx.extractor_version}, before_publish=write_database)
        except BaseException:
            if out["pending"]:
                out["pending"].discard()
            raise
        return snapshot, out["pending"], out["error"]

    def _catch_up_database(self) -> None:
        """A run killed between publishing and renaming the database left it on the previous snapshot:
        consistent, but behind. Catch it up (a no-op when it is not behind)."""
        if self.store.remote:
            return
        try:
            build_database(self.warehouse_dir)
        except (OSError, duckdb.Error):
            pass  # best effort: this run's publish writes it anyway, and reports the error if it fails again

    # -- reporting ------------------------------------------------------------------------------
    def _runs_row(self, status: str, error: str | None) -> pa.Table:
        plan = self.plan or Plan()
        now = datetime.now(timezone.utc)
        self.stage_seconds["total"] = time.perf_counter() - self._t0
        row = {
            "run_id": self.run_id, "flow_run_id": self.flow_run_id, "started_at": self.started_at,
            "finished_at": now, "status": status, "error": error, "input_root": str(self.input_dir),
            "extractor_version": self.ctx.extractor_version, "full_refresh": self.full_refresh,
            "files_seen": plan.seen, "files_new": plan.new,
            "files_changed": plan.changed, "files_reextracted": plan.reextract, "files_unchanged": plan.unchanged,
            "files_quarantined": self.quarantined,
            "rows_written": json.dumps(dict(sorted(self.rows_written.items()))),
            "stage_seconds": json.dumps({k: round(v, 4) for k, v in sorted(self.stage_seconds.items())}),
            "checks_failed": sum(not c.ok for c in self.checks),
        }
        return to_arrow(RUNS, [row])

    def _outcome(self, ok: bool, error: str | None, snapshot: SnapshotInfo | None) -> RunOutcome:
        plan = self.plan or Plan()
        table_rows = {}
        if snapshot is not None:
            table_rows = {t.name: sum(pq.ParquetFile(p).metadata.num_rows for p in snapshot.files(t.name))
                          for t in TABLES}
        self.stage_seconds["total"] = time.perf_counter() - self._t0
        return RunOutcome(
            run_id=self.run_id, succeeded=ok, error=error, snapshot_id=snapshot.id if snapshot else None,
            warehouse=str(self.warehouse_dir),
            files={"seen": plan.seen, "new": plan.new, "changed": plan.changed, "reextracted": plan.reextract,
                   "unchanged": plan.unchanged, "quarantined": self.quarantined},
            rows_written=dict(self.rows_written), table_rows=table_rows,
            stage_seconds={k: round(v, 3) for k, v in self.stage_seconds.items()},
            checks_failed=[c.name for c in self.checks if not c.ok])

    def summary_markdown(self) -> str:
        o = self.outcome
        if o is None:
            return f"# tariffwire run {self.run_id}\n\nThe run did not finish."
        lines = [f"# tariffwire run {o.run_id}: {'succeeded' if o.succeeded else 'FAILED'}", ""]
        if o.error:
            lines += [f"**Error:** {o.error}", ""]
        lines += ["| files | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in o.files.items()]
        lines += ["", "| table | rows now | rows written by this run |", "|---|---|---|"]
        lines += [f"| {t} | {n} | {o.rows_written.get(t, 0)} |" for t, n in o.table_rows.items()]
        lines += ["", "| stage | seconds |", "|---|---|"] + [f"| {k} | {v} |" for k, v in o.stage_seconds.items()]
        return "\n".join(lines)
