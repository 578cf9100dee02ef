"""The snapshot store and the lock, without the pipeline around them."""
from __future__ import annotations

import os

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from schemas.tables import BY_NAME, TABLES
from tests.conftest import lock_held_elsewhere, query_warehouse
from warehouse.duck import build_database
from warehouse.lock import WarehouseBusy, WarehouseLock
from warehouse.store import Store

HEADLINES = BY_NAME["related_headlines"]


def _headlines(aid: str, n: int) -> pa.Table:
    return pa.table({"article_id": [aid] * n, "position": list(range(1, n + 1)),
                     "headline": [f"{aid} headline {i}" for i in range(n)], "char_start": [0] * n,
                     "char_end": [1] * n}, schema=HEADLINES.schema)


def _rows(store: Store, table: str) -> list[dict]:
    return pa.concat_tables(pq.read_table(p) for p in sorted((store.root / table).glob("*.parquet"))).to_pylist()


def test_commit_publishes_every_table_and_readers_see_it(tmp_path):
    store = Store(tmp_path / "wh")
    s = store.begin("r1")
    s.add(HEADLINES, _headlines("a", 3))
    snap = s.commit({})
    assert store.current().id == snap.id == "s00000001"
    for t in TABLES:  # every table folder has at least one file, possibly empty
        assert list((store.root / t.name).glob("*.parquet")), t.name
    assert len(_rows(store, "related_headlines")) == 3


def test_carry_over_replaces_only_the_dropped_rows(tmp_path):
    store = Store(tmp_path / "wh")
    s = store.begin("r1")
    s.add(HEADLINES, pa.concat_tables([_headlines("a", 2), _headlines("b", 2)]))
    s.commit({})
    s2 = store.begin("r2")
    dropped = s2.carry_over(HEADLINES, {"a"})
    s2.add(HEADLINES, _headlines("a", 1))
    s2.commit({})
    rows = _rows(store, "related_headlines")
    assert dropped == 2
    assert sorted((r["article_id"], r["position"]) for r in rows) == [("a", 1), ("b", 1), ("b", 2)]


def test_unpublished_staging_is_invisible_and_collected(tmp_path):
    store = Store(tmp_path / "wh")
    s = store.begin("r1")
    s.add(HEADLINES, _headlines("a", 1))
    s.commit({})
    s2 = store.begin("r2")          # a run that dies before commit
    s2.carry_over(HEADLINES, {"a"})
    s2.add(HEADLINES, _headlines("zzz", 5))
    assert [r["article_id"] for r in _rows(store, "related_headlines")] == ["a"]
    store.collect_garbage()
    assert not s2.path.exists()


def test_old_snapshots_are_collected_but_the_previous_one_kept(tmp_path):
    store = Store(tmp_path / "wh")
    for i in range(4):
        store.begin(f"r{i}").commit({})
    store.collect_garbage(grace_seconds=0)
    assert sorted(p.name for p in store.snapshots.iterdir()) == ["s00000003", "s00000004"]


def test_snapshots_replaced_within_the_grace_period_are_kept(tmp_path):
    store = Store(tmp_path / "wh")
    for i in range(4):
        store.begin(f"r{i}").commit({})
    store.collect_garbage()  # all four were published a moment ago: a reader may still be on any of them
    assert sorted(p.name for p in store.snapshots.iterdir()) == [f"s{i:08d}" for i in range(1, 5)]


def test_an_open_database_keeps_reading_its_snapshot_after_a_publish(tmp_path):
    store = Store(tmp_path / "wh")
    s = store.begin("r1")
    s.add(HEADLINES, _headlines("a", 3))
    build_database(store.root, s.commit({}))
    reader = duckdb.connect(str(store.root / "tariffwire.duckdb"), read_only=True)
    try:
        s2 = store.begin("r2")
        s2.carry_over(HEADLINES, {"a"})   # the new snapshot drops the file the reader's views name
        s2.add(HEADLINES, _headlines("b", 5))
        assert s2.compact(HEADLINES, max_files=0) == 0
        build_database(store.root, s2.commit({}))
        store.collect_garbage()
        assert reader.execute("SELECT count(*), min(article_id) FROM related_headlines").fetchall() == [(3, "a")]
    finally:
        reader.close()
    assert query_warehouse(store.root, "SELECT count(*), min(article_id) FROM related_headlines") == [(5, "b")]


def test_database_views_name_the_snapshot_files_not_a_glob(tmp_path):
    store = Store(tmp_path / "wh")
    s = store.begin("r1")
    s.add(HEADLINES, _headlines("a", 3))
    snap = s.commit({})
    build_database(store.root)
    (sql,) = query_warehouse(store.root, "SELECT sql FROM duckdb_views() WHERE view_name = 'related_headlines'")[0]
    assert "*" not in sql.split("FROM", 1)[1]
    assert all(str(f) in sql for f in snap.files("related_headlines"))


def test_compaction_bounds_files_per_table(tmp_path):
    store = Store(tmp_path / "wh")
    s = store.begin("r1")
    for i in reversed(range(12)):
        s.add(HEADLINES, _headlines(f"a{i:02d}", 2))
    removed = s.compact(HEADLINES, max_files=8)
    s.commit({})
    assert removed == 11
    files = list((store.root / "related_headlines").glob("*.parquet"))
    assert len(files) == 1
    assert len(_rows(store, "related_headlines")) == 24
    # one row group for the merged parts, sorted by the key (the parts came in reverse order)
    assert pq.ParquetFile(files[0]).metadata.num_row_groups == 1
    keys = [(r["article_id"], r["position"]) for r in _rows(store, "related_headlines")]
    assert keys == sorted(keys)


def test_duckdb_views_work_from_another_directory(tmp_path, monkeypatch):
    store = Store(tmp_path / "wh")
    s = store.begin("r1")
    s.add(HEADLINES, _headlines("a", 3))
    s.commit({})
    db = build_database(store.root)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM related_headlines").fetchall() == [(3,)]
    con.close()


def test_second_writer_is_refused_with_the_holder_named(tmp_path):
    with lock_held_elsewhere(tmp_path / "_state", "holder"):
        with pytest.raises(WarehouseBusy, match="run holder"):
            with WarehouseLock(tmp_path / "_state", "second", "now"):
                pass


def test_lock_of_a_killed_process_is_not_stale(tmp_path):
    with lock_held_elsewhere(tmp_path / "_state") as holder:
        os.kill(holder.pid, 9)
        holder.join(10)
        with WarehouseLock(tmp_path / "_state", "after", "now"):
            pass
