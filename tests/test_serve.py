"""`tariffwire serve` against a real `prefect server start` on loopback.

Starts the server, serves the nightly deployment, checks its cron schedule,
triggers a run through the Prefect CLI and waits for it to complete, then
reads the warehouse it wrote.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT

PREFECT = str(Path(sys.executable).parent / "prefect")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(predicate, timeout: float, what: str):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def _get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return json.loads(r.read() or b"null")
    except OSError:
        return None


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # `prefect worker`/serve may ignore the first signal
            proc.wait(15)


@pytest.mark.e2e
def test_serve_schedules_and_runs_the_flow_on_a_real_server(seed_input, tmp_path):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_API_URL=api,
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PYTHONPATH=str(ROOT), PREFECT_LOGGING_LEVEL="WARNING")
    server_log = open(tmp_path / "server.log", "w")
    server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env={k: v for k, v in env.items() if k != "PREFECT_API_URL"},
                              stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True)
    serve = None
    try:
        _wait_for(lambda: _get(f"{api}/health"), 120, "the Prefect server to answer /api/health")
        wh = tmp_path / "wh"
        serve_log = open(tmp_path / "serve.log", "w")
        serve = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--input", str(seed_input),
                                  "--warehouse", str(wh), "--cron", "0 2 * * *", "--timezone", "UTC"],
                                 env=env, cwd=ROOT, stdout=serve_log, stderr=subprocess.STDOUT,
                                 start_new_session=True)

        def deployment():
            out = subprocess.run([PREFECT, "deployment", "inspect", "tariffwire/nightly"], env=env,
                                 capture_output=True, text=True, timeout=60)
            return out.stdout if out.returncode == 0 else None
        inspected = _wait_for(deployment, 120, "the nightly deployment to be registered")
        assert "0 2 * * *" in inspected and "UTC" in inspected

        run = subprocess.run([PREFECT, "deployment", "run", "tariffwire/nightly", "--watch",
                              "--watch-timeout", "240"], env=env, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stdout + run.stderr + (tmp_path / "serve.log").read_text()
        assert "Completed" in run.stdout

        con = duckdb.connect(str(wh / "tariffwire.duckdb"), read_only=True)
        try:
            assert con.execute("SELECT count(*) FROM articles").fetchall() == [(2,)]
            (flow_run_id,) = con.execute("SELECT flow_run_id FROM runs").fetchall()[0]
        finally:
            con.close()
        assert flow_run_id and flow_run_id in run.stdout
    finally:
        if serve is not None:
            _stop(serve)
        _stop(server)
        server_log.close()
