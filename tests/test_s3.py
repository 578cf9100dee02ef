"""Input and warehouse on S3-compatible object storage: a real moto server process on loopback.

The server is ``moto_server`` started as its own process on a free port; the
pipeline reaches it through the standard AWS environment (AWS_ENDPOINT_URL and
friends), exactly as it would reach MinIO or AWS.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from flows.generate import generate
from flows.stages import run_without_prefect
from schemas.tables import BY_NAME
from tests.conftest import ROOT, SEED_FILES, query_warehouse
from warehouse import location
from warehouse.duck import connect
from warehouse.lock import ObjectLock, WarehouseBusy
from warehouse.objstore import ObjectStore

TARIFFWIRE = [sys.executable, "-m", "flows.cli"]
DATA_TABLES = ("articles", "related_headlines", "tariff_mentions", "people", "entity_mentions", "quotes",
               "quarantine")
# Columns that differ by design between runs (the run, and the extractor version of the process that ran it), or
# between a file and its uploaded object (mtime against LastModified).
RUN_COLUMNS = {"articles": "run_id, loaded_at, file_mtime_ns, extractor_version",
               "quarantine": "run_id, quarantined_at, file_mtime_ns"}
SIDECAR = ('{"file": "000_549d31f8cc5d14c5.txt", "published_at": "2025-06-14", "source": "seed"}\n'
           '{"file": "002_0a834e919f4ad0f9.txt", "published_at": "2025-06-14T09:00:00Z", "source": "seed"}\n')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """A moto S3 server process on 127.0.0.1 and the AWS environment pointing at it; yields the s3fs filesystem."""
    port = _free_port()
    log = tmp_path_factory.mktemp("moto") / "server.log"
    with open(log, "w") as out:
        server = subprocess.Popen([str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p",
                                   str(port)], stdout=out, stderr=subprocess.STDOUT)
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1",
           "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    location.s3_filesystem.cache_clear()
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(env["AWS_ENDPOINT_URL"], timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto_server did not answer: {log.read_text()[-2000:]}") from None
                time.sleep(0.1)
        yield location.s3_filesystem()
    finally:
        server.terminate()
        server.wait(10)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        location.s3_filesystem.cache_clear()


@pytest.fixture
def bucket(s3, request) -> str:
    """A new, empty bucket for this test; yields its name."""
    name = "tw-" + request.node.name.lower().replace("_", "-")[:50].strip("-")
    s3.mkdir(name)
    return name


def _corpus(d: Path, generated: int = 0, bad: bool = False) -> Path:
    """Seeds with their sidecar, ``generated`` generated articles, and (``bad``) files that go to quarantine."""
    d.mkdir(parents=True)
    for f in SEED_FILES:
        shutil.copy2(f, d / f.name)
    (d / "manifest.jsonl").write_text(SIDECAR)
    if generated:
        generate(d / "gen", generated, seed=7)
    if bad:
        (d / "bad").mkdir()
        (d / "bad" / "empty.txt").write_bytes(b"")
        (d / "bad" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        (d / "bad" / "big.txt").write_text("Tariffs rose again. " * 6000)   # 120,000 bytes
    return d


def _upload(s3, local: Path, url: str) -> None:
    s3.put(f"{local}/", location.parse(url).path + "/", recursive=True)


def _rows(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """Every data row, sorted, without the columns in RUN_COLUMNS."""
    out = {}
    for t in DATA_TABLES:
        cols = f"* EXCLUDE ({RUN_COLUMNS[t]})" if t in RUN_COLUMNS else "*"
        out[t] = sorted(con.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr)
    return out


def _read(wh) -> dict[str, list]:
    con = connect(wh)
    try:
        return _rows(con)
    finally:
        con.close()


def _cli(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PREFECT_HOME=str(tmp / "prefect-home"))
    return subprocess.run(TARIFFWIRE + list(args), env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.e2e
def test_prefect_flow_with_input_and_warehouse_on_s3_loads_what_a_local_run_loads(s3, bucket, tmp_path):
    src = _corpus(tmp_path / "in", generated=12, bad=True)
    _upload(s3, src, f"s3://{bucket}/news")
    wh = f"s3://{bucket}/wh"

    run = _cli("run", "--input", f"s3://{bucket}/news", "--warehouse", wh, "--max-file-bytes", "100000", "--json",
               tmp=tmp_path)
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout[run.stdout.index("{"):])
    assert summary["succeeded"] and summary["files"]["new"] == 17 and summary["files"]["quarantined"] == 3

    sql = _cli("sql", "--warehouse", wh, "--csv", "SELECT file_path, reason_code FROM quarantine ORDER BY 1",
               tmp=tmp_path)
    assert sql.returncode == 0, sql.stderr
    assert sql.stdout.splitlines() == ["file_path,reason_code", "bad/big.txt,too_large", "bad/binary.txt,binary",
                                       "bad/empty.txt,empty"]

    # A plain DuckDB connection: s3fs registered, the files named by the manifest CURRENT points to.
    pointer = json.loads(s3.cat_file(f"{bucket}/wh/CURRENT"))
    manifest = json.loads(s3.cat_file(f"{bucket}/wh/_snapshots/{pointer['snapshot']}.json"))
    files = [f"{wh}/_data/articles/{name}" for name in manifest["tables"]["articles"]]
    con = duckdb.connect()
    con.register_filesystem(s3)
    assert con.execute("SELECT count(*), count(DISTINCT file_path) FROM read_parquet(?)", [files]).fetchall() \
        == [(14, 14)]
    con.close()

    local = run_without_prefect(src, tmp_path / "local-wh", max_file_bytes=100_000)
    assert local.succeeded
    assert _read(wh) == _read(tmp_path / "local-wh")


def test_rerun_is_a_no_op_and_a_changed_object_is_re_extracted(s3, bucket, tmp_path):
    src = _corpus(tmp_path / "in", generated=8)
    _upload(s3, src, f"s3://{bucket}/in")
    wh = f"s3://{bucket}/wh"
    first = run_without_prefect(f"s3://{bucket}/in", wh, batch_size=4, workers=2)
    assert first.succeeded and first.files["new"] == 10
    before = _read(wh)

    again = run_without_prefect(f"s3://{bucket}/in", wh, batch_size=4, workers=2)
    assert again.files == {"seen": 10, "new": 0, "changed": 0, "reextracted": 0, "unchanged": 10, "quarantined": 0}
    assert not {t: n for t, n in again.rows_written.items() if t in DATA_TABLES and n}
    assert _read(wh) == before

    key = f"{bucket}/in/{SEED_FILES[0].name}"
    s3.pipe_file(key, s3.cat_file(key) + b"\nThe EU imposed a 10% tariff on U.S. motorcycles.\n")
    changed = run_without_prefect(f"s3://{bucket}/in", wh, batch_size=4)
    assert changed.files["changed"] == 1 and changed.files["unchanged"] == 9
    con = connect(wh)
    try:
        assert con.execute("SELECT count(*), count(DISTINCT file_path) FROM articles").fetchall() == [(10, 10)]
        assert con.execute("""SELECT count(*) FROM tariff_mentions JOIN articles USING (article_id)
                              WHERE file_path = ? AND rate_pct = 10""", [SEED_FILES[0].name]).fetchall() == [(1,)]
    finally:
        con.close()


def test_a_reader_pinned_before_publishes_keeps_reading_its_complete_snapshot(s3, bucket, tmp_path):
    src = _corpus(tmp_path / "in")
    _upload(s3, src, f"s3://{bucket}/in")
    wh = f"s3://{bucket}/wh"
    assert run_without_prefect(f"s3://{bucket}/in", wh).succeeded
    store = ObjectStore(wh)
    opened = store.current()
    reader = connect(wh)   # resolves CURRENT now; its views name that snapshot's files
    try:
        before = _rows(reader)
        for i in range(2):   # two more publishes, each rewriting the file that holds the changed article
            key = f"{bucket}/in/{SEED_FILES[0].name}"
            update = f"\nUpdate {i}: the EU imposed a 1{i}% tariff on U.S. jeans.\n"
            s3.pipe_file(key, s3.cat_file(key) + update.encode())
            assert run_without_prefect(f"s3://{bucket}/in", wh).succeeded
        gone_from_current = set(opened.file_refs()["articles"]) - set(store.current().file_refs()["articles"])
        assert gone_from_current, "the new snapshots still name the old file: the test proves nothing"
        assert _rows(reader) == before
    finally:
        reader.close()
    assert _read(wh) != before
    store.collect_garbage(grace_seconds=0)   # without the grace period the pinned snapshot's files go
    assert not any(s3.exists(location.parse(f).path) for f in gone_from_current)


def test_a_second_run_is_refused_with_exit_code_3_while_the_lock_is_held(s3, bucket, tmp_path):
    src = _corpus(tmp_path / "in")
    _upload(s3, src, f"s3://{bucket}/in")
    wh = f"s3://{bucket}/wh"
    with ObjectLock(wh, "holder-run", "2026-01-01T02:00:00"):
        with pytest.raises(WarehouseBusy, match="holder-run"):
            with ObjectLock(wh, "second", "now"):
                pass
        refused = _cli("run", "--no-prefect", "--input", f"s3://{bucket}/in", "--warehouse", wh, tmp=tmp_path)
        assert refused.returncode == 3, refused.stderr
        assert "holder-run" in refused.stderr and f"{wh}/_state/lock" in refused.stderr
    assert not s3.exists(f"{bucket}/wh/_state/lock")
    assert run_without_prefect(f"s3://{bucket}/in", wh).succeeded


def test_local_input_to_s3_warehouse_and_s3_input_to_local_warehouse(s3, bucket, tmp_path):
    src = _corpus(tmp_path / "in", generated=4, bad=True)
    _upload(s3, src, f"s3://{bucket}/in")
    reference = run_without_prefect(src, tmp_path / "ref", max_file_bytes=100_000)
    to_s3 = run_without_prefect(src, f"s3://{bucket}/wh", max_file_bytes=100_000)
    from_s3 = run_without_prefect(f"s3://{bucket}/in", tmp_path / "wh", max_file_bytes=100_000)
    assert reference.succeeded and to_s3.succeeded and from_s3.succeeded
    want = _read(tmp_path / "ref")
    assert _read(f"s3://{bucket}/wh") == want
    assert _read(tmp_path / "wh") == want
    assert query_warehouse(tmp_path / "wh", "SELECT DISTINCT input_root FROM runs") == [(f"s3://{bucket}/in",)]


def test_garbage_collection_keeps_what_kept_snapshots_name_and_removes_a_dead_runs_files(s3, bucket, tmp_path):
    store = ObjectStore(f"s3://{bucket}/wh")
    headlines = BY_NAME["related_headlines"]
    for i in range(4):
        s = store.begin(f"r{i}")
        s.carry_over(headlines, ())
        s.add(headlines, pa.Table.from_pylist(
            [{"article_id": f"a{i}", "position": 1, "headline": "h", "char_start": 0, "char_end": 1}],
            schema=headlines.schema))
        s.commit({})
    dead = store.begin("dead")   # a run that died before publishing
    dead.add(headlines, pa.Table.from_pylist(
        [{"article_id": "zzz", "position": 1, "headline": "h", "char_start": 0, "char_end": 1}],
        schema=headlines.schema))
    store.collect_garbage(grace_seconds=0)
    assert sorted(s3.ls(f"{bucket}/wh/_snapshots")) == [f"{bucket}/wh/_snapshots/s0000000{i}.json" for i in (3, 4)]
    left = {p.rsplit("/", 1)[-1] for p in s3.find(f"{bucket}/wh/_data")}
    named = {n for sid in ("s00000003", "s00000004") for names in store.snapshot(sid).manifest["tables"].values()
             for n in names}
    assert left == named and not any("dead" in n for n in left)
    con = connect(f"s3://{bucket}/wh")
    try:
        assert con.execute("SELECT list(article_id ORDER BY article_id) FROM related_headlines").fetchall() == [
            (["a0", "a1", "a2", "a3"],)]
    finally:
        con.close()


@pytest.mark.e2e
def test_a_killed_run_leaves_the_previous_snapshot_and_a_lock_to_remove_by_hand(s3, bucket, tmp_path):
    src = _corpus(tmp_path / "in", generated=150)
    first = _corpus(tmp_path / "first")
    _upload(s3, first, f"s3://{bucket}/in")
    wh = f"s3://{bucket}/wh"
    assert run_without_prefect(f"s3://{bucket}/in", wh).succeeded
    before = _read(wh)
    _upload(s3, src, f"s3://{bucket}/in")
    args = ["run", "--no-prefect", "--workers", "1", "--batch-size", "5", "--input", f"s3://{bucket}/in",
            "--warehouse", wh]
    env = dict(os.environ, PYTHONPATH=str(ROOT), PREFECT_HOME=str(tmp_path / "prefect-home"))
    proc = subprocess.Popen(TARIFFWIRE + args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run_id, deadline = None, time.monotonic() + 120
    try:   # kill it once it has written part files of a few batches
        while proc.poll() is None and time.monotonic() < deadline:
            if run_id is None and s3.exists(f"{bucket}/wh/_state/lock"):
                run_id = json.loads(s3.cat_file(f"{bucket}/wh/_state/lock"))["run_id"]
            if run_id and len(s3.glob(f"{bucket}/wh/_data/articles/part-{run_id}-b*")) >= 3:
                proc.kill()
                break
            time.sleep(0.02)
    finally:
        proc.kill()
        proc.wait(30)
    assert run_id and proc.returncode == -9, "the run finished before it could be killed"
    assert _read(wh) == before   # readers still see the previous snapshot

    refused = _cli(*args, tmp=tmp_path)
    assert refused.returncode == 3 and run_id in refused.stderr and f"delete {wh}/_state/lock" in refused.stderr
    s3.rm(f"{bucket}/wh/_state/lock")   # the documented removal, once the holder is known to be dead
    assert run_without_prefect(f"s3://{bucket}/in", wh).succeeded
    assert run_without_prefect(src, tmp_path / "ref").succeeded
    assert _read(wh) == _read(tmp_path / "ref")
    assert not [p for p in s3.find(f"{bucket}/wh/_data") if run_id in p]   # the dead run's files are collected
