"""The pipeline end to end: real Prefect flow runs, real Parquet read back by DuckDB.

Flow runs here go through Prefect's test harness (one temporary API server for
the session); the CLI tests start real `tariffwire` processes.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT, query_warehouse

TARIFFWIRE = [sys.executable, "-m", "flows.cli"]
DATA_TABLES = ("articles", "related_headlines", "tariff_mentions", "people", "entity_mentions", "quotes",
               "quarantine")


@pytest.fixture(scope="session")
def prefect_api():
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=120):
        yield


def _flow(input_dir: Path, wh: Path, **kw) -> dict:
    from flows.pipeline import tariffwire_flow
    return tariffwire_flow(input_dir=input_dir, warehouse_dir=wh, **kw)


def _snapshot(wh: Path) -> dict[str, list[tuple]]:
    """Every row of every data table, sorted, read through the DuckDB file."""
    con = duckdb.connect(str(wh / "tariffwire.duckdb"), read_only=True)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in DATA_TABLES}
    finally:
        con.close()


def test_seed_run_then_rerun_changes_nothing(prefect_api, seed_input, fresh_warehouse):
    first = _flow(seed_input, fresh_warehouse)
    assert first["succeeded"] and first["files"]["new"] == 2
    assert query_warehouse(fresh_warehouse, "SELECT file_name, headline_count, layout FROM articles ORDER BY 1") == [
        ("000_549d31f8cc5d14c5.txt", 17, "seed_lines"), ("002_0a834e919f4ad0f9.txt", 16, "seed_lines")]
    assert query_warehouse(fresh_warehouse, "SELECT count(*) FROM related_headlines") == [(33,)]
    facts = query_warehouse(fresh_warehouse, """
        SELECT rate_pct, imposer, target, product, status, effective_date::VARCHAR
        FROM tariff_mentions WHERE source = 'body' ORDER BY article_id, mention_index""")
    assert (24.0, "US", "JP", None, "planned", "2025-07-01") in facts
    assert (25.0, "US", "JP", "autos", "planned", None) in facts
    before = _snapshot(fresh_warehouse)

    second = _flow(seed_input, fresh_warehouse)
    assert second["files"] == {"seen": 2, "new": 0, "changed": 0, "reextracted": 0, "unchanged": 2,
                               "quarantined": 0}
    assert second["rows_written"] == {}
    assert _snapshot(fresh_warehouse) == before
    runs = query_warehouse(fresh_warehouse, "SELECT status, files_unchanged, flow_run_id FROM runs ORDER BY started_at")
    assert [r[:2] for r in runs] == [("succeeded", 0), ("succeeded", 2)]
    assert _run_summary_artifact(runs[1][2]).startswith(f"# tariffwire run {second['run_id']}: succeeded")


def _run_summary_artifact(flow_run_id: str) -> str:
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    with get_client(sync_client=True) as client:
        arts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(flow_run_id)])))
    (art,) = [a for a in arts if a.key == "tariffwire-run-summary"]
    return art.data


def test_changed_file_replaces_its_rows(prefect_api, seed_input, fresh_warehouse):
    _flow(seed_input, fresh_warehouse)
    old = dict(query_warehouse(fresh_warehouse, "SELECT file_name, article_id FROM articles"))
    f = seed_input / "002_0a834e919f4ad0f9.txt"
    f.write_text(f.read_text().replace("A further 24% auto tariff", "A further 27.5% auto tariff"))
    result = _flow(seed_input, fresh_warehouse)
    assert result["files"]["changed"] == 1 and result["files"]["unchanged"] == 1
    new = dict(query_warehouse(fresh_warehouse, "SELECT file_name, article_id FROM articles"))
    assert new["000_549d31f8cc5d14c5.txt"] == old["000_549d31f8cc5d14c5.txt"]
    assert new["002_0a834e919f4ad0f9.txt"] != old["002_0a834e919f4ad0f9.txt"]
    for table in ("related_headlines", "tariff_mentions", "people", "entity_mentions", "quotes"):
        stale = query_warehouse(fresh_warehouse, f"SELECT count(*) FROM {table} WHERE article_id = ?"
                       .replace("?", f"'{old['002_0a834e919f4ad0f9.txt']}'"))
        assert stale == [(0,)], table
    rates = query_warehouse(fresh_warehouse, f"""SELECT rate_pct FROM tariff_mentions
        WHERE article_id = '{new["002_0a834e919f4ad0f9.txt"]}' AND source = 'body'""")
    assert (27.5,) in rates and (24.0,) not in rates
    assert query_warehouse(fresh_warehouse, "SELECT count(*) FROM related_headlines") == [(33,)]


def test_bad_files_are_quarantined_and_accounted(prefect_api, seed_input, fresh_warehouse):
    (seed_input / "empty.txt").write_bytes(b"")
    (seed_input / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (seed_input / "sub").mkdir()
    (seed_input / "sub" / "cp1252.txt").write_bytes(
        "Canada imposed a 25% tariff on U.S. steel, the minister said \u201ctoday\u201d.\r\n".encode("cp1252"))
    result = _flow(seed_input, fresh_warehouse)
    assert result["succeeded"]
    assert sorted(query_warehouse(fresh_warehouse, "SELECT file_path, reason_code FROM quarantine")) == [
        ("empty.txt", "empty"), ("picture.txt", "binary")]
    assert query_warehouse(fresh_warehouse, "SELECT encoding, newline FROM articles WHERE file_path = 'sub/cp1252.txt'") == [
        ("cp1252", "crlf")]
    # fix a bad file: it leaves quarantine and is loaded
    (seed_input / "empty.txt").write_text("The EU imposed a 10% tariff on U.S. motorcycles.\n")
    _flow(seed_input, fresh_warehouse)
    assert query_warehouse(fresh_warehouse, "SELECT file_path FROM quarantine") == [("picture.txt",)]
    assert query_warehouse(fresh_warehouse, "SELECT count(*) FROM articles") == [(4,)]


def test_cli_run_and_sql_from_another_directory(seed_input, tmp_path):
    wh = tmp_path / "wh"
    env = dict(os.environ, PREFECT_HOME=str(tmp_path / "prefect"), PYTHONPATH=str(ROOT))
    env.pop("PREFECT_API_URL", None)
    run = subprocess.run(TARIFFWIRE + ["run", "--input", str(seed_input), "--warehouse", str(wh)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "2 new" in run.stdout and "quarantined" in run.stdout
    other = tmp_path / "other"
    other.mkdir()
    sql = subprocess.run(TARIFFWIRE + ["sql", "--warehouse", str(wh), "--csv",
                                       "SELECT imposer, target, product, rate_pct FROM latest_tariff_rates "
                                       "WHERE product = 'steel'"],
                         capture_output=True, text=True, env=env, cwd=other, timeout=120)
    assert sql.returncode == 0, sql.stderr
    assert sql.stdout.splitlines() == ["imposer,target,product,rate_pct", "US,JP,steel,50.0"]
    shell = subprocess.run([str(Path(sys.executable).parent / "duckdb"), "-csv", str(wh / "tariffwire.duckdb"),
                            "-c", "SELECT count(*) AS n FROM related_headlines"],
                           capture_output=True, text=True, cwd=other, timeout=120)
    assert shell.returncode == 0, shell.stderr
    assert shell.stdout.split() == ["n", "33"]
    refused = subprocess.run(TARIFFWIRE + ["sql", "--warehouse", str(wh), "DROP VIEW articles"],
                             capture_output=True, text=True, env=env, cwd=other, timeout=120)
    assert refused.returncode == 2 and "read-only" in refused.stderr.lower()


def _corpus(d: Path, n: int) -> Path:
    """n distinct articles made from the seeds (each body gets its own first line)."""
    d.mkdir(parents=True)
    seeds = [p.read_text() for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for i in range(n):
        (d / f"{i:05d}_{i:016x}.txt").write_text(f"Report number {i} on tariffs.\n" + seeds[i % 2])
    return d


def test_killed_run_leaves_previous_state_and_next_run_recovers(tmp_path):
    src = _corpus(tmp_path / "in", 600)
    wh, ref = tmp_path / "wh", tmp_path / "ref"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    base = TARIFFWIRE + ["run", "--no-prefect", "--batch-size", "50", "--input", str(src)]
    first = sorted(src.glob("*.txt"))[:20]
    part = tmp_path / "part"
    part.mkdir()
    for f in first:
        os.link(f, part / f.name)
    subprocess.run(TARIFFWIRE + ["run", "--no-prefect", "--input", str(part), "--warehouse", str(wh)],
                   check=True, env=env, cwd=ROOT, capture_output=True, timeout=300)
    before = _snapshot(wh)

    proc = subprocess.Popen(base + ["--warehouse", str(wh)], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:   # wait until the run is writing its staging snapshot
        staged = list((wh / "_snapshots").glob(".staging-*/articles/*.parquet"))
        if len(staged) >= 3:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert staged, "the run finished before it could be killed"
    assert _snapshot(wh) == before          # readers still see the previous state

    subprocess.run(base + ["--warehouse", str(wh)], check=True, env=env, cwd=ROOT, capture_output=True,
                   timeout=300)
    subprocess.run(base + ["--warehouse", str(ref)], check=True, env=env, cwd=ROOT, capture_output=True,
                   timeout=300)
    strip = "SELECT * EXCLUDE (run_id, loaded_at) FROM articles"
    assert sorted(query_warehouse(wh, strip)) == sorted(query_warehouse(ref, strip))
    for table in ("related_headlines", "tariff_mentions", "people", "entity_mentions", "quotes"):
        assert sorted(query_warehouse(wh, f"SELECT * FROM {table}")) == sorted(query_warehouse(ref, f"SELECT * FROM {table}"))
    assert query_warehouse(wh, "SELECT count(*), count(DISTINCT file_path) FROM articles") == [(600, 600)]
    assert not list((wh / "_snapshots").glob(".staging-*"))
