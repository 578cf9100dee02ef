"""The tariffwire Prefect flow: discover -> plan -> load batches -> finish -> check -> publish.

Tasks work on batches of files, never one file each (a task run costs
milliseconds of orchestration; a file costs less to process). Only tasks that
do I/O retry. Parsing, extraction and SQL live in transforms/ and warehouse/;
this module only composes them.

No ``from __future__ import annotations`` here: Prefect validates the flow's
parameters against its annotations, and a served flow runs in a child process
that gets the function by value, without this module's globals to resolve
``Path`` from a string.
"""
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from flows.stages import run_stages
from warehouse.batchwork import BatchDone, BatchJob, run_batch
from warehouse.ingest import DEFAULT_MAX_FILE_BYTES
from warehouse.limits import Limits
from warehouse.run import Run, RunOutcome

TASK = dict(cache_policy=NO_CACHE, persist_result=False)
IO_TASK = dict(TASK, retries=2, retry_delay_seconds=2)


@task(name="discover-and-plan", **IO_TASK)
def discover_and_plan(run: Run) -> dict:
    return run.discover_and_plan()


@task(name="load-batch", **IO_TASK)
def load_batch(run: Run, index: int) -> dict:
    return run.load_batch(index)


@task(name="load-batch", **IO_TASK)
def load_batch_job(job: BatchJob) -> BatchDone:
    """One batch on a Dask worker: reads input, writes part files into staging, returns counts."""
    return run_batch(job)


@task(name="carry-over-and-compact", **IO_TASK)
def finish_staging(run: Run) -> dict:
    return run.finish_staging()


@task(name="data-quality-checks", **TASK)
def check(run: Run) -> list[dict]:
    return run.check()


@task(name="publish", **IO_TASK)
def publish(run: Run) -> RunOutcome:
    return run.publish()


_TASKS = {"discover_and_plan": discover_and_plan, "load_batch": load_batch, "finish_staging": finish_staging,
          "check": check, "publish": publish}


@flow(name="tariffwire", log_prints=True, validate_parameters=True)
def tariffwire_flow(input_dir: str | Path, warehouse_dir: str | Path, batch_size: int = 500,
                    full_refresh: bool = False, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, workers: int = 1,
                    max_line_chars: int = 20_000, max_headlines: int = 1_000, dask: bool = False,
                    dask_address: str | None = None) -> dict:
    """Load every new or changed article under ``input_dir`` into the warehouse at ``warehouse_dir``.

    ``workers`` > 1 extracts batches in that many worker processes (one per core is right). ``dask``
    runs the batches on a local Dask cluster of ``workers`` processes instead, ``dask_address``
    (``tcp://host:port``) on an existing cluster; both need a running Prefect server.
    """
    runner = None
    if dask or dask_address:
        from flows.on_dask import dask_runner, require_api_server
        require_api_server()
        runner = dask_runner(dask_address, workers)
    run = Run.start(input_dir, warehouse_dir, batch_size=batch_size, full_refresh=full_refresh,
                    max_file_bytes=max_file_bytes, flow_run_id=str(flow_run.id) if flow_run.id else None,
                    workers=workers, limits=Limits(max_file_bytes, max_line_chars, max_headlines))
    # quote(): Prefect would otherwise walk the whole Run (every listed file) looking for futures, per task.
    call = lambda stage, *args: _TASKS[stage](quote(run), *args)  # noqa: E731
    try:
        if runner is None:
            outcome = run_stages(run, call, lambda stage, *args: _TASKS[stage].submit(quote(run), *args))
        else:
            with runner:
                outcome = run_stages(run, call, _submit_to(runner, run))
    finally:
        _publish_artifact(run)
    if not outcome.succeeded:
        raise RunFailed(outcome)
    return outcome.summary()


def _submit_to(runner, run: Run):
    """``submit`` for run_stages that sends each batch to ``runner`` and records its result in ``run``.

    Not the flow's task runner: that is fixed when the flow is decorated, and this way a run's
    parameters (a deployment's too) choose the cluster. Batches travel as ``batch_job`` data
    because Dask pickles task arguments and a Run (locks, a process pool) does not pickle.
    """
    def submit(stage: str, index: int) -> _Recorded:
        if stage != "load_batch":
            raise ValueError(f"only load_batch runs on Dask, not {stage}")
        # No quote() here: Dask would unpack its tuple. A BatchJob is one batch's files, cheap to walk.
        return _Recorded(runner.submit(load_batch_job, {"job": run.batch_job(index)}), run)
    return submit


class _Recorded:
    """A batch's Dask future whose ``result()`` also records the batch in the run (once)."""

    def __init__(self, future, run: Run):
        self.future, self.run, self.recorded = future, run, None

    def result(self) -> dict:
        if self.recorded is None:
            done = self.future.result()
            # The worker's own read/extract/write times: the time spent queued is not the batch's.
            self.recorded = self.run.record_batch(done, sum(done.seconds.values()))
        return self.recorded


class RunFailed(RuntimeError):
    def __init__(self, outcome: RunOutcome):
        super().__init__(outcome.error)
        self.outcome = outcome


def _publish_artifact(run: Run) -> None:
    try:
        create_markdown_artifact(key="tariffwire-run-summary", markdown=run.summary_markdown(),
                                 description=f"tariffwire run {run.run_id}")
    except Exception as exc:  # noqa: BLE001 - a summary must never fail the run it summarises
        get_run_logger().warning("could not publish the run summary artifact: %s", exc)
