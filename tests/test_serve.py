"""`tariffwire serve` against a real `prefect server start` on loopback.

One server for the module. The first test serves the nightly deployment,
checks its cron schedule, triggers a run through the Prefect CLI and waits for
it to complete, then reads the warehouse it wrote. The second triggers a run
while a long one is running and checks that it waited for a free slot instead
of running beside it.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from flows.generate import generate
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


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """A real `prefect server start` on a free loopback port; yields (API URL, environment for its clients)."""
    home = tmp_path_factory.mktemp("prefect-server")
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(home / "client"), PREFECT_API_URL=api,
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PYTHONPATH=str(ROOT), PREFECT_LOGGING_LEVEL="WARNING",
               # A served process looks for due runs every 10 s and the server retries a run held back by a
               # concurrency limit every 30 s by default: shorter here, so a test waits less.
               PREFECT_RUNNER_POLL_FREQUENCY="2", PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS="2")
    server_env = {k: v for k, v in env.items() if k != "PREFECT_API_URL"} | {"PREFECT_HOME": str(home / "server")}
    with open(home / "server.log", "w") as server_log:
        server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                  env=server_env, stdout=server_log, stderr=subprocess.STDOUT,
                                  start_new_session=True)
        try:
            _wait_for(lambda: _get(f"{api}/health"), 120, "the Prefect server to answer /api/health")
            yield api, env
        finally:
            _stop(server)


@contextmanager
def _served(env: dict, tmp_path: Path, input_dir: Path, wh: Path, name: str):
    """`tariffwire serve` running as deployment tariffwire/``name`` until the block ends; yields its inspection."""
    with open(tmp_path / "serve.log", "w") as serve_log:
        serve = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--input", str(input_dir),
                                  "--warehouse", str(wh), "--cron", "0 2 * * *", "--timezone", "UTC",
                                  "--name", name], env=env, cwd=ROOT, stdout=serve_log, stderr=subprocess.STDOUT,
                                 start_new_session=True)
        try:
            def deployment():
                out = subprocess.run([PREFECT, "deployment", "inspect", f"tariffwire/{name}"], env=env,
                                     capture_output=True, text=True, timeout=60)
                return out.stdout if out.returncode == 0 else None
            yield _wait_for(deployment, 120, f"the {name} deployment to be registered")
        finally:
            _stop(serve)


@pytest.mark.e2e
def test_serve_schedules_and_runs_the_flow_on_a_real_server(prefect_server, seed_input, tmp_path):
    api, env = prefect_server
    wh = tmp_path / "wh"
    with _served(env, tmp_path, seed_input, wh, "nightly") as inspected:
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


def _trigger(env: dict, deployment: str) -> str:
    """Start a run of ``deployment`` through the Prefect CLI, as a person would; returns its flow run id."""
    out = subprocess.run([PREFECT, "deployment", "run", deployment], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    return re.search(r"UUID: ([0-9a-f-]{36})", out.stdout).group(1)


def _state_names(api: str, flow_run_id: str) -> list[str]:
    states = _get(f"{api}/flow_run_states/?flow_run_id={flow_run_id}") or []
    return [s["name"] for s in sorted(states, key=lambda s: s["timestamp"])]


# Served runs extract in one process: 3,000 generated articles (6 MB) keep the first run busy for 15-20 s here,
# long enough for the second to be triggered, polled for and held back while it runs.
LONG_RUN_FILES = 3_000


@pytest.mark.e2e
def test_a_run_triggered_while_one_runs_waits_for_it(prefect_server, tmp_path):
    api, env = prefect_server
    corpus, wh = tmp_path / "corpus", tmp_path / "wh"
    generate(corpus, LONG_RUN_FILES, seed=7)
    run = lambda flow_run_id: _get(f"{api}/flow_runs/{flow_run_id}")  # noqa: E731
    with _served(env, tmp_path, corpus, wh, "one-at-a-time"):
        first = _trigger(env, "tariffwire/one-at-a-time")
        _wait_for(lambda: run(first)["state_type"] == "RUNNING", 180, "the first run to start")
        second = _trigger(env, "tariffwire/one-at-a-time")
        assert run(first)["state_type"] == "RUNNING", "the first run ended before the second was triggered: " \
                                                      "make LONG_RUN_FILES larger"
        final = ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")
        _wait_for(lambda: run(first)["state_type"] in final and run(second)["state_type"] in final, 600,
                  "both runs to end")
    a, b = run(first), run(second)
    log = (tmp_path / "serve.log").read_text()
    assert (a["state_type"], b["state_type"]) == ("COMPLETED", "COMPLETED"), log
    assert "AwaitingConcurrencySlot" in _state_names(api, second), _state_names(api, second)
    assert datetime.fromisoformat(b["start_time"]) >= datetime.fromisoformat(a["end_time"])

    con = duckdb.connect(str(wh / "tariffwire.duckdb"), read_only=True)
    try:
        runs = con.execute("SELECT flow_run_id, status, started_at, finished_at, files_new, files_unchanged "
                           "FROM runs ORDER BY started_at").fetchall()
        articles = con.execute("SELECT count(*), count(DISTINCT file_path) FROM articles").fetchall()
    finally:
        con.close()
    assert [(r[0], r[1]) for r in runs] == [(first, "succeeded"), (second, "succeeded")]
    assert runs[0][3] <= runs[1][2]  # the second run started after the first had finished
    assert [(r[4], r[5]) for r in runs] == [(LONG_RUN_FILES, 0), (0, LONG_RUN_FILES)]
    assert articles == [(LONG_RUN_FILES, LONG_RUN_FILES)]
