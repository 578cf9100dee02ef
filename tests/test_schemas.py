from __future__ import annotations

from datetime import datetime, timezone

import pyarrow as pa
import pytest

from schemas.dictionary import render
from schemas.tables import BY_NAME, TABLES
from schemas.validate import SchemaError, to_arrow
from tests.conftest import ROOT


def test_data_dictionary_is_generated_from_schemas():
    committed = (ROOT / "docs" / "data-dictionary.md").read_text()
    assert committed == render(), "run `make dictionary` and commit docs/data-dictionary.md"


def test_required_columns_exist():
    required = {
        "articles": {"article_id", "file_name", "body_text"},
        "related_headlines": {"article_id", "position", "headline"},
        "tariff_mentions": {"article_id", "rate_pct", "rate_min_pct", "rate_max_pct", "prior_rate_pct", "imposer",
                            "target", "product", "status", "effective_date", "sentence", "char_start", "char_end",
                            "rule_id"},
        "people": {"article_id", "name", "role", "country"},
    }
    for table, cols in required.items():
        assert cols <= set(BY_NAME[table].column_names), table


@pytest.mark.parametrize("table", TABLES, ids=[t.name for t in TABLES])
def test_declarations_are_consistent(table):
    names = table.column_names
    assert len(names) == len(set(names))
    assert set(table.key) <= set(names)
    for k in table.key:
        assert not table.column(k).nullable, f"key column {k} must not be nullable"
    for c in table.columns:
        assert c.doc, f"{table.name}.{c.name} needs a description"
        if pa.types.is_timestamp(c.type):
            assert c.type.unit == "us" and c.type.tz == "UTC"
    assert table.grain.startswith("one row per")


def _run_row(**over):
    row = {c.name: None for c in BY_NAME["runs"].columns}
    row.update(run_id="r1", started_at=datetime.now(timezone.utc), finished_at=datetime.now(timezone.utc),
               status="succeeded", input_root="/in", extractor_version="v", full_refresh=False, files_seen=0,
               files_new=0, files_changed=0, files_reextracted=0, files_unchanged=0, files_quarantined=0,
               rows_written="{}", stage_seconds="{}", checks_failed=0)
    row.update(over)
    return row


def test_validator_accepts_a_good_row():
    t = to_arrow(BY_NAME["runs"], [_run_row()])
    assert t.num_rows == 1 and t.schema.equals(BY_NAME["runs"].schema, check_metadata=False)


@pytest.mark.parametrize("change,message", [
    ({"surprise": 1}, "unknown columns"),
    ({"run_id": None}, "not nullable"),
    ({"status": "maybe"}, "not in"),
    ({"files_seen": "many"}, "files_seen"),
], ids=["unknown_key", "null_in_not_null", "not_accepted", "wrong_type"])
def test_validator_refuses(change, message):
    with pytest.raises(SchemaError, match=message):
        to_arrow(BY_NAME["runs"], [_run_row(**change)])


def test_validator_refuses_missing_key():
    row = _run_row()
    del row["status"]
    with pytest.raises(SchemaError, match="missing columns"):
        to_arrow(BY_NAME["runs"], [row])
