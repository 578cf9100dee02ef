"""Warehouse runs without Prefect: re-extraction, refresh, failed checks, the lock, inspect."""
from __future__ import annotations

import subprocess
import sys

import pytest

import warehouse.run as run_module
from flows.stages import run_without_prefect
from tests.conftest import ROOT, lock_held_elsewhere, query_warehouse
from warehouse.duck import file_checks, generated_checks, tables_read
from warehouse.run import Run


def _stage(run: Run) -> None:
    """The stages before the checks, called by hand (under the run's lock)."""
    run.discover_and_plan()
    for i in range(run.batch_count):
        run.load_batch(i)
    run.finish_staging()


def test_new_extractor_version_reextracts_everything(seed_input, fresh_warehouse, monkeypatch):
    run_without_prefect(seed_input, fresh_warehouse)
    monkeypatch.setattr(run_module, "extractor_version", lambda: "9.9.9+test")
    out = run_without_prefect(seed_input, fresh_warehouse)
    assert out.files["reextracted"] == 2 and out.files["unchanged"] == 0
    assert query_warehouse(fresh_warehouse, "SELECT DISTINCT extractor_version FROM articles") == [("9.9.9+test",)]
    assert query_warehouse(fresh_warehouse, "SELECT count(*) FROM related_headlines") == [(33,)]
    again = run_without_prefect(seed_input, fresh_warehouse)
    assert again.files["unchanged"] == 2


def test_a_changed_sidecar_entry_reloads_only_that_file(seed_input, fresh_warehouse):
    run_without_prefect(seed_input, fresh_warehouse)
    assert run_without_prefect(seed_input, fresh_warehouse).files["unchanged"] == 2
    sidecar = seed_input / "manifest.jsonl"
    sidecar.write_text(sidecar.read_text().replace('"2025-06-14T09:00:00Z"', '"2025-06-14T09:00:00.000001Z"'))
    out = run_without_prefect(seed_input, fresh_warehouse)
    assert (out.files["changed"], out.files["unchanged"]) == (1, 1)
    assert query_warehouse(fresh_warehouse, "SELECT count(*) FROM articles WHERE microsecond(published_at) = 1") \
        == [(1,)]
    assert run_without_prefect(seed_input, fresh_warehouse).files["unchanged"] == 2


def test_full_refresh_reextracts_without_duplicating(seed_input, fresh_warehouse):
    run_without_prefect(seed_input, fresh_warehouse)
    before = query_warehouse(fresh_warehouse, "SELECT count(*) FROM tariff_mentions")
    out = run_without_prefect(seed_input, fresh_warehouse, full_refresh=True)
    assert out.files["reextracted"] == 2
    assert query_warehouse(fresh_warehouse, "SELECT count(*) FROM tariff_mentions") == before
    assert query_warehouse(fresh_warehouse, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(2, 2)]


def test_failed_check_fails_the_run_records_it_and_keeps_the_previous_state(seed_input, fresh_warehouse):
    run_without_prefect(seed_input, fresh_warehouse)
    published = query_warehouse(fresh_warehouse, "SELECT article_id FROM articles ORDER BY 1")
    (seed_input / "extra.txt").write_text("The EU imposed a 10% tariff on U.S. motorcycles.\n")
    run = Run.start(seed_input, fresh_warehouse)
    with run.locked():
        _stage(run)
        # Break a key: copy a headline file so its rows appear twice.
        src = next((run.staging.path / "related_headlines").glob("*.parquet"))
        dup = src.with_name("dup-" + src.name)
        dup.write_bytes(src.read_bytes())
        run.staging.files["related_headlines"].append(dup.name)
        assert run.check()
        outcome = run.publish()
    assert not outcome.succeeded and "related_headlines.key_unique" in outcome.error
    assert query_warehouse(fresh_warehouse, "SELECT article_id FROM articles ORDER BY 1") == published
    assert query_warehouse(fresh_warehouse, "SELECT status, checks_failed > 0 FROM runs ORDER BY started_at") == [
        ("succeeded", False), ("failed", True)]
    retry = run_without_prefect(seed_input, fresh_warehouse)
    assert retry.succeeded and retry.files["new"] == 1


def test_cli_refuses_a_second_run_with_exit_code_3(seed_input, fresh_warehouse):
    with lock_held_elsewhere(fresh_warehouse / "_state", "nightly-1"):
        p = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--no-prefect", "--input", str(seed_input),
                            "--warehouse", str(fresh_warehouse)], capture_output=True, text=True, cwd=ROOT,
                           timeout=120)
    assert p.returncode == 3
    assert "being written by another run" in p.stderr and "nightly-1" in p.stderr


def test_inspect_shows_split_and_rules(tmp_path):
    p = subprocess.run([sys.executable, "-m", "flows.cli", "inspect", "seeds/002_0a834e919f4ad0f9.txt"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert "layout seed_lines" in out and "related headlines: 16" in out and "published 2025-06-07" in out
    assert "tariff   50% max 50 imposer=US target=JP product=steel status=in_force" in out
    assert "rule=tariff.ceiling.cue_before_rate" in out
    assert "person   Howard Lutnick role=Commerce Secretary country=US" in out


@pytest.mark.parametrize("argv,code,text", [
    (["--version"], 0, "tariffwire "),
    (["run", "--help"], 0, "example: tariffwire run"),
    (["run", "--input", "does-not-exist", "--warehouse", "x", "--no-prefect"], 2, "does not exist"),
    (["sql", "--warehouse", "nowhere", "SELECT 1"], 2, "no warehouse database"),
], ids=["version", "help", "missing_input", "missing_warehouse"])
def test_cli_user_errors_are_clear(argv, code, text, tmp_path):
    p = subprocess.run([sys.executable, "-m", "flows.cli", *argv], capture_output=True, text=True, cwd=tmp_path,
                       timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert p.returncode == code
    assert text in p.stdout + p.stderr
    assert "Traceback" not in p.stderr


def test_changed_table_declaration_rebuilds_that_table(seed_input, fresh_warehouse, monkeypatch):
    run_without_prefect(seed_input, fresh_warehouse)
    before = query_warehouse(fresh_warehouse, "SELECT count(*) FROM tariff_mentions")
    import schemas.tables as tables
    bumped = tables.TARIFF_MENTIONS.__class__(**{**tables.TARIFF_MENTIONS.__dict__,
                                                 "version": tables.TARIFF_MENTIONS.version + 1})
    for module in ("schemas.tables", "warehouse.store", "warehouse.run"):
        import importlib
        mod = importlib.import_module(module)
        if hasattr(mod, "TABLES"):
            monkeypatch.setattr(mod, "TABLES", tuple(bumped if t.name == "tariff_mentions" else t for t in mod.TABLES))
    monkeypatch.setitem(tables.BY_NAME, "tariff_mentions", bumped)
    out = run_without_prefect(seed_input, fresh_warehouse)
    assert out.succeeded and out.files["reextracted"] == 2
    assert query_warehouse(fresh_warehouse, "SELECT count(*) FROM tariff_mentions") == before


def test_worker_processes_give_the_same_warehouse(tmp_path):
    from flows.generate import generate
    generate(tmp_path / "in", 120, seed=5)
    one = run_without_prefect(tmp_path / "in", tmp_path / "one", batch_size=25, workers=1)
    two = run_without_prefect(tmp_path / "in", tmp_path / "two", batch_size=25, workers=2)
    assert one.succeeded and two.succeeded and one.rows_written == two.rows_written
    for table in ("related_headlines", "tariff_mentions", "people", "entity_mentions", "quotes", "quarantine"):
        assert sorted(query_warehouse(tmp_path / "one", f"SELECT * FROM {table}"), key=repr) == \
            sorted(query_warehouse(tmp_path / "two", f"SELECT * FROM {table}"), key=repr), table
    strip = "SELECT * EXCLUDE (run_id, loaded_at) FROM articles"
    assert sorted(query_warehouse(tmp_path / "one", strip), key=repr) == \
        sorted(query_warehouse(tmp_path / "two", strip), key=repr)


def test_cli_limits_reach_the_workers(seed_input, fresh_warehouse):
    p = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--no-prefect", "--workers", "2", "--batch-size", "1",
                        "--max-headlines", "16", "--input", str(seed_input), "--warehouse", str(fresh_warehouse)],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr
    assert query_warehouse(fresh_warehouse, "SELECT file_path, reason_code FROM quarantine") == [
        ("000_549d31f8cc5d14c5.txt", "too_many_headlines")]
    assert query_warehouse(fresh_warehouse, "SELECT file_name FROM articles") == [("002_0a834e919f4ad0f9.txt",)]


def test_a_rerun_checks_only_the_tables_it_changed(seed_input, fresh_warehouse):
    first = Run.start(seed_input, fresh_warehouse)
    with first.locked():
        _stage(first)
        first.check()
        assert first.publish().succeeded
    # nothing loaded: only the runs table (this run's row) and the input accounting are checked again
    again = Run.start(seed_input, fresh_warehouse)
    with again.locked():
        _stage(again)
        again.check()
        assert again.publish().succeeded and again.plan.unchanged == 2
    ran = {c.name for c in again.checks}
    sql = {name: text for name, _, text in generated_checks() + file_checks()}
    assert ran and all(tables_read(sql[name]) & {"runs", "input_files"} for name in ran)
    assert {"input_accounted", "runs.run_id.not_null", "articles.run_id.references"} <= ran
    assert "articles.key_unique" in {c.name for c in first.checks} and "articles.key_unique" not in ran
    assert len(ran) < len(first.checks) / 3
