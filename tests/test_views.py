"""The analytic views give what their plain definitions give, on rows made to collide.

``latest_tariff_rates`` is written for speed (winners on narrow columns, then a join back);
its meaning is the one-line ranking below, which it must match row for row.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import duckdb
import pyarrow as pa
import pytest

from schemas.tables import ARTICLES, TABLES, TARIFF_MENTIONS
from warehouse.duck import analytic_views_sql

REFERENCE_LATEST = """
SELECT t.imposer, t.target, t.product, t.rate_pct, t.rate_min_pct, t.rate_max_pct, t.prior_rate_pct, t.status,
       t.effective_date, t.effective_grain, coalesce(a.published_at, a.loaded_at) AS as_of, a.published_at,
       t.article_id, a.file_path, t.sentence AS evidence, t.rate_text, t.rule_id
FROM tariff_mentions AS t JOIN articles AS a USING (article_id)
WHERE t.source = 'body' AND t.rate_pct IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY t.imposer, t.target, t.product
                           ORDER BY coalesce(a.published_at, a.loaded_at) DESC, t.article_id, t.mention_index DESC) = 1
"""


def _rows(seed: int) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    day = datetime(2025, 1, 1, tzinfo=timezone.utc)
    articles, mentions = [], []
    for a in range(40):
        aid = f"a{rng.randrange(1000):04d}-{a}"
        published = rng.choice([None, day, day + timedelta(days=1), day + timedelta(days=rng.randrange(5))])
        articles.append({"article_id": aid, "file_path": f"f{a}.txt", "published_at": published,
                         "loaded_at": day + timedelta(days=rng.choice([0, 2, 9]))})
        for i in range(rng.randrange(6)):
            source = rng.choice(["body", "body", "body", "headline"])
            mentions.append({
                "article_id": aid, "source": source, "headline_position": None if source == "body" else 0,
                "mention_index": i, "rate_pct": rng.choice([None, 10.0, 25.0, 145.0]),
                "imposer": rng.choice(["US", "CN", None]), "target": rng.choice(["CN", "EU", None]),
                "product": rng.choice(["steel", None]), "status": rng.choice(["in_force", "planned"]),
                "sentence": f"sentence {aid} {i}", "rate_text": f"{i}%", "rule_id": "r"})
    return articles, mentions


@pytest.mark.parametrize("seed", range(25))
def test_latest_tariff_rates_is_the_latest_mention_per_group(seed):
    articles, mentions = _rows(seed)
    con = duckdb.connect()
    tables = {ARTICLES.name: articles, TARIFF_MENTIONS.name: mentions}
    for t in TABLES:
        data = pa.Table.from_pylist(tables.get(t.name, []), schema=t.schema)   # missing columns: nulls
        con.register(f"{t.name}_data", data)
        con.execute(f'CREATE VIEW "{t.name}" AS SELECT * FROM "{t.name}_data"')
    for sql in analytic_views_sql():
        con.execute(sql)
    got = con.execute("SELECT * FROM latest_tariff_rates").fetchall()
    want = con.execute(REFERENCE_LATEST).fetchall()
    assert want, "the generated rows should give some groups"
    assert sorted(got, key=repr) == sorted(want, key=repr)
