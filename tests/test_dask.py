"""The flow's batches on a real Dask cluster (prefect-dask) against a real `prefect server start`.

A `distributed.LocalCluster` of two worker processes runs in the test; `tariffwire run
--dask-address` sends the batches to it, and the warehouse must equal a single-process
`--no-prefect` run of the same input.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request

import pytest
from distributed import LocalCluster
from distributed.diagnostics.plugin import SchedulerPlugin

from flows.generate import generate
from flows.stages import run_without_prefect
from tests.conftest import ROOT, query_warehouse
from tests.test_serve import PREFECT, _free_port, _get, _stop, _wait_for

DATA_TABLES = ("related_headlines", "tariff_mentions", "people", "entity_mentions", "quotes")
# Columns that name the run or its clock, and so differ between two loads of the same input.
PER_RUN = {"articles": "run_id, loaded_at", "quarantine": "run_id, quarantined_at"}


def _post(url: str, body: dict):
    req = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def _rows(wh, table: str) -> list[tuple]:
    select = f"SELECT * EXCLUDE ({PER_RUN[table]})" if table in PER_RUN else "SELECT *"
    return sorted(query_warehouse(wh, f"{select} FROM {table}"), key=repr)


class _Computed(SchedulerPlugin):
    """The keys the cluster's workers finished computing."""

    name = "tariffwire-test-computed"

    def __init__(self):
        self.keys: set[str] = set()

    def transition(self, key, start, finish, *args, **kwargs):
        if start == "processing" and finish == "memory":
            self.keys.add(str(key))


@pytest.mark.e2e
def test_flow_on_a_dask_cluster_gives_the_same_warehouse_as_one_process(tmp_path):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PYTHONPATH=str(ROOT), PREFECT_LOGGING_LEVEL="WARNING")
    server_log = open(tmp_path / "server.log", "w")
    server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        # The reference load and the cluster start while the server boots.
        generate(tmp_path / "in", 240, seed=11)
        ref = run_without_prefect(tmp_path / "in", tmp_path / "ref", batch_size=20, workers=1)
        assert ref.succeeded, ref.error
        computed = _Computed()
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            cluster.scheduler.add_plugin(computed)
            _wait_for(lambda: _get(f"{api}/health"), 120, "the Prefect server to answer /api/health")
            p = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--dask-address", cluster.scheduler_address,
                                "--batch-size", "20", "--input", str(tmp_path / "in"),
                                "--warehouse", str(tmp_path / "wh")],
                               env=dict(env, PREFECT_API_URL=api), cwd=ROOT, capture_output=True, text=True,
                               timeout=240)
        assert p.returncode == 0, p.stdout + p.stderr
        ((flow_run_id,),) = query_warehouse(tmp_path / "wh", "SELECT flow_run_id FROM runs")
        task_runs = _post(f"{api}/task_runs/filter", {"flow_runs": {"id": {"any_": [flow_run_id]}}})
    finally:
        _stop(server)
        server_log.close()

    # Every batch ran on the cluster's workers, one Dask task each.
    assert len([k for k in computed.keys if k.startswith("load_batch_job")]) == 12
    wh, one = tmp_path / "wh", tmp_path / "ref"
    for table in ("articles", "quarantine") + DATA_TABLES:
        assert _rows(wh, table) == _rows(one, table), table
    assert query_warehouse(wh, "SELECT count(*) FROM articles") == [(240,)]
    # ...and the server recorded them as task runs of the flow run, beside the stages run in the flow.
    names = sorted(t["name"].rsplit("-", 1)[0] for t in task_runs if t["state_type"] == "COMPLETED")
    assert names == ["carry-over-and-compact", "data-quality-checks", "discover-and-plan"] + ["load-batch"] * 12 \
        + ["publish"]
    assert not list((wh / "_snapshots").glob(".staging-*"))


@pytest.mark.parametrize("flags,text", [
    (["--dask"], "needs a running Prefect server"),
    (["--dask-address", "tcp://127.0.0.1:8786"], "needs a running Prefect server"),
    (["--dask", "--no-prefect"], "drop --no-prefect"),
], ids=["dask", "dask_address", "no_prefect"])
def test_dask_without_a_prefect_server_is_refused_with_exit_code_2(flags, text, seed_input, fresh_warehouse):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    p = subprocess.run([sys.executable, "-m", "flows.cli", "run", *flags, "--input", str(seed_input),
                        "--warehouse", str(fresh_warehouse)], env=env, cwd=ROOT, capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 2
    assert text in p.stderr and "Traceback" not in p.stderr
    assert not (fresh_warehouse / "tariffwire.duckdb").exists()
