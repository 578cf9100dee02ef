"""Crashes and write failures: SIGKILL at stage boundaries, disk full, file size limit, permission lost.

The harness (tests/chaos/harness.py) starts real ``python -m flows.cli run
--no-prefect`` processes on a generated corpus, kills them when the warehouse
folder shows they reached a point, reruns, and compares every data row with
an uninterrupted run, while a reader thread queries the warehouse through
DuckDB the whole time. ``make test`` kills at a handful of points; ``make
chaos`` (``TARIFFWIRE_CHAOS=long``) at every stage boundary and 24 random
points on a bigger corpus, and prints the figures.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest

from tests.chaos import harness

LONG = os.environ.get("TARIFFWIRE_CHAOS") == "long"

# (stage boundary, kill the worker processes too): a handful for make test.
POINTS = {
    "after_planning": ("planned", True),
    "after_the_first_batch": ("first_batch_written", True),
    "after_the_first_batch_main_process_only": ("first_batch_written", False),
    "after_carry_over": ("carried_over", True),
    "after_the_manifest": ("manifest_written", True),
    "after_the_current_swap": ("current_swapped", True),
}


@pytest.fixture(scope="module")
def scenario():
    with harness.prepared(n_files=150, batch_size=15) as sc:
        yield sc


@pytest.mark.parametrize("name", list(POINTS), ids=list(POINTS))
def test_killed_run_leaves_a_readable_warehouse_and_the_rerun_ends_like_an_uninterrupted_run(scenario, name):
    point, whole_group = POINTS[name]
    condition = dict(harness.BOUNDARIES)[point]
    result = harness.kill_at(scenario, point, condition, whole_group=whole_group)
    assert result.killed, "the run finished before the kill point"
    assert result.after_kill == ("new" if result.phase.startswith("published") else "previous"), result.phase
    # The views name one snapshot's files, kept for readers still on it: a read overlapping a publish reads
    # the snapshot its connection opened, so no read may fail, publish race or not.
    assert harness.readers_ok(asdict(result)), (result.reader_errors, result.reader_unexpected)
    assert result.reader_queries > 0
    assert result.rerun_exit == 0
    assert (result.lost, result.duplicated) == (0, 0)
    assert result.leftovers == []


WRITE_FAILURES = {
    "file_size_limit": harness.file_size_limit,
    "disk_full": harness.disk_full,
    "permission_lost_mid_run": harness.permission_lost,
}


@pytest.mark.parametrize("name", list(WRITE_FAILURES), ids=list(WRITE_FAILURES))
def test_write_error_fails_the_run_cleanly_and_keeps_the_previous_state(scenario, name):
    if name == "disk_full" and (why := harness.can_mount_tmpfs()):
        pytest.skip(f"no filesystem can be filled here without root tricks: {why}")
    result = WRITE_FAILURES[name](scenario)
    assert result.injected, f"the fault did not happen: {result.message}"
    assert result.exit_code == 1
    assert result.message.startswith("tariffwire: run failed:")
    assert result.state_kept
    if name != "permission_lost_mid_run":  # recording the failure needs the write access that was lost
        assert result.failed_run_recorded
    assert result.recovered


def _published_files(wh: Path) -> dict[str, tuple[int, int]]:
    snapshot = (wh / "current").resolve()
    return {f"{t.name}/{f.name}": (f.stat().st_ino, f.stat().st_size)
            for t in snapshot.iterdir() if t.is_dir() for f in t.glob("*.parquet")}


def test_a_published_file_name_never_changes_content(scenario):
    harness._copytree(scenario.template, scenario.wh)
    before = _published_files(scenario.wh)
    run = harness._run(harness.cli_args(scenario.src, scenario.wh, scenario.batch_size))
    assert run.returncode == 0, run.stderr
    after = _published_files(scenario.wh)
    changed = sorted(name for name in before.keys() & after.keys() if before[name] != after[name])
    assert changed == []


@pytest.fixture(scope="module")
def long_report():
    report = harness.run_all(files=300, batch_size=20, points=24, seed=20251122)
    print()
    print(harness.format_report(report))
    if os.environ.get("TARIFFWIRE_CHAOS_REPORT"):
        Path(os.environ["TARIFFWIRE_CHAOS_REPORT"]).write_text(json.dumps(report, indent=1, default=str))
    return report


@pytest.mark.skipif(not LONG, reason="the long variant runs under `make chaos` (TARIFFWIRE_CHAOS=long)")
def test_long_chaos_every_boundary_and_24_random_points_lose_and_duplicate_nothing(long_report):
    killed = [k for k in long_report["kills"] if k["killed"]]
    assert len(killed) >= len(harness.BOUNDARIES) + 20
    assert all(map(harness.survived, long_report["kills"])), harness.format_report(long_report)
    assert all(map(harness.failure_ok, long_report["write_failures"])), harness.format_report(long_report)


@pytest.mark.skipif(not LONG, reason="the long variant runs under `make chaos` (TARIFFWIRE_CHAOS=long)")
def test_long_chaos_readers_never_fail_or_mix_snapshots(long_report):
    bad = [(k["point"], k["reader_errors"], k["reader_unexpected"]) for k in long_report["kills"]
           if not harness.readers_ok(k)]
    assert bad == []
