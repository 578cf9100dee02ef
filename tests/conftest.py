"""Shared fixtures, named by the state they give."""
from __future__ import annotations

import multiprocessing
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from warehouse.lock import WarehouseLock

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

# Keep Prefect quiet, offline and out of ~ in every test process and the
# subprocesses tests start.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture
def seed_input(tmp_path: Path) -> Path:
    """A temp copy of seeds/ with a sidecar manifest giving publication dates."""
    d = tmp_path / "input"
    d.mkdir()
    for f in SEED_FILES:
        shutil.copy2(f, d / f.name)
    (d / "manifest.jsonl").write_text(
        '{"file": "000_549d31f8cc5d14c5.txt", "published_at": "2025-06-14", "source": "seed"}\n'
        '{"file": "002_0a834e919f4ad0f9.txt", "published_at": "2025-06-14T09:00:00Z", "source": "seed"}\n')
    return d


@pytest.fixture
def fresh_warehouse(tmp_path: Path) -> Path:
    """An empty warehouse folder of this test's own."""
    return tmp_path / "wh"


def query_warehouse(wh: Path, sql: str) -> list[tuple]:
    """Rows of ``sql`` through the warehouse's DuckDB file, opened read-only as a user would."""
    con = duckdb.connect(str(wh / "tariffwire.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _hold(state: str, run_id: str, ready, release) -> None:
    with WarehouseLock(Path(state), run_id, "2026-01-01T02:00:00"):
        ready.set()
        release.wait(60)


@contextmanager
def lock_held_elsewhere(state_dir: Path, run_id: str = "holder"):
    """Another process holds the warehouse lock for the duration of the block; yields that process."""
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold, args=(str(state_dir), run_id, ready, release))
    holder.start()
    try:
        assert ready.wait(10), "the lock holder did not start"
        yield holder
    finally:
        # Setting the event would wait forever on a holder the test killed mid-wait.
        if holder.is_alive():
            release.set()
        holder.join(10)
