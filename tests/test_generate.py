"""The benchmark corpus generator: deterministic, varied, and loadable."""
from __future__ import annotations

import hashlib

from flows.generate import generate, make_article
from flows.stages import run_without_prefect
from tests.conftest import query_warehouse


def _digest(folder):
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode() + p.read_bytes())
    return h.hexdigest()


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    generate(tmp_path / "a", 50, seed=3)
    generate(tmp_path / "b", 50, seed=3)
    generate(tmp_path / "c", 50, seed=4)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b") != _digest(tmp_path / "c")


def test_articles_vary_in_layout_encoding_and_line_ends():
    blobs = [make_article(i, seed=1)[1] for i in range(400)]
    assert any(b.startswith(b"\xef\xbb\xbf") for b in blobs)          # UTF-8 BOM
    assert any(b.startswith((b"\xff\xfe", b"\xfe\xff")) for b in blobs)  # UTF-16
    assert any(b"\r\n" in b for b in blobs) and any(b"\r" in b and b"\r\n" not in b for b in blobs)
    assert any(b"Related" in b or b"Read more" in b or b"See also" in b for b in blobs)


def test_generated_corpus_loads_with_tariffs_and_negatives(tmp_path):
    generate(tmp_path / "in", 200, seed=11)
    out = run_without_prefect(tmp_path / "in", tmp_path / "wh")
    assert out.succeeded and out.files["new"] == 200 and out.files["quarantined"] == 0
    (with_tariffs, without), = query_warehouse(tmp_path / "wh", """
        SELECT count(*) FILTER (WHERE tariff_mention_count > 0), count(*) FILTER (WHERE tariff_mention_count = 0)
        FROM articles""")
    assert with_tariffs > 60 and without > 40
    assert query_warehouse(tmp_path / "wh", "SELECT count(*) FROM articles WHERE published_at IS NULL") == [(0,)]
