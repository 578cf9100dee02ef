"""The load-batch stage on a Dask cluster, through prefect-dask.

Only batches leave the flow process: a Dask worker gets a ``BatchJob`` (plain
data), writes that batch's part files into the run's staging folder and sends
back a ``BatchDone`` of counts, which the flow records. So every worker must be
able to read the input folder and write the warehouse folder (one machine, a
shared filesystem, or object storage); see docs/scaling.md.

Prefect and Dask are imported inside the functions, so the CLI can refuse a
bad ``--dask`` invocation with this module's message without paying for them.
Not named dask.py: a deployment loads flows/pipeline.py by path, with flows/
on sys.path, where such a module would shadow the dask package.
"""
from __future__ import annotations

NEEDS_SERVER = (
    "running batches on Dask needs a running Prefect server: without PREFECT_API_URL every Dask worker "
    "starts its own temporary API server and the run fails.\n"
    "  start one:  prefect server start --host 127.0.0.1 --port 4200\n"
    "  then:       PREFECT_API_URL=http://127.0.0.1:4200/api tariffwire run --dask ...")


class DaskNeedsServer(RuntimeError):
    """Dask was asked for without a dedicated Prefect server."""


def require_api_server() -> None:
    from prefect.settings import get_current_settings
    if not get_current_settings().api.url:
        raise DaskNeedsServer(NEEDS_SERVER)


def dask_runner(address: str | None, workers: int):
    """A ``DaskTaskRunner`` on the cluster at ``address``, or on a new local cluster of ``workers`` processes."""
    from prefect_dask import DaskTaskRunner
    if address:
        return DaskTaskRunner(address=address)
    # One thread per worker process: extraction is pure Python and holds the GIL.
    return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                          cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None})
