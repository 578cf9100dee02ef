"""The order of a run's stages, shared by the Prefect flow and the plain runner.

Kept free of Prefect so ``tariffwire run --no-prefect`` does not pay for
importing it (about 2 s here).
"""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from warehouse.ingest import DEFAULT_MAX_FILE_BYTES
from warehouse.limits import Limits
from warehouse.run import Run, RunOutcome


def run_stages(run: Run, call: Callable[..., object], submit: Callable[..., object]) -> RunOutcome:
    """discover -> load batches -> finish -> check -> publish, under the warehouse lock.

    ``call(stage_name, *args)`` runs one stage and ``submit(stage_name, *args)``
    starts one and returns a future: as Prefect tasks inside the flow, or as the
    ``Run`` methods of that name without Prefect. Batches are submitted all at
    once; the run's worker processes bound how many extract at a time.
    """
    with run.locked():
        try:
            call("discover_and_plan")
            with run.stage("read_extract_write"):
                futures = [submit("load_batch", i) for i in range(run.batch_count)]
                for future in futures:
                    future.result()
            call("finish_staging")
            call("check")
            return call("publish")
        except BaseException as exc:
            # Carried to the CLI: the recorded error also says whether recording the failure failed.
            exc.outcome = run.fail(exc)
            raise


def run_without_prefect(input_dir: Path | str, warehouse_dir: Path | str, batch_size: int = 500,
                        full_refresh: bool = False, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, workers: int = 1,
                        limits: Limits | None = None) -> RunOutcome:
    """The same stages, called directly: no API server, no task runs recorded.

    Input and warehouse are local folders or ``s3://bucket/prefix`` URLs.
    """
    run = Run.start(input_dir, warehouse_dir, batch_size=batch_size, full_refresh=full_refresh,
                    max_file_bytes=max_file_bytes, workers=workers, limits=limits)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as threads:
        return run_stages(run, lambda stage, *args: getattr(run, stage)(*args),
                          lambda stage, *args: threads.submit(getattr(run, stage), *args))
