"""Labeler agreement: `tariffwire evaluate --gold A --against B` scores a second labeler's gold files for the
same texts with the measures the extraction is scored by, over the files both labeled."""
from __future__ import annotations

import json
import shutil

import pytest

from flows.cli import main
from tests.conftest import ROOT
from warehouse.evaluate import evaluate

DEV = ROOT / "tests" / "corpus" / "dev"


def _copy_labels(names: list[str], to) -> None:
    to.mkdir()
    for n in names:
        shutil.copy(DEV / n, to / n)


def test_a_labeler_agrees_with_itself_on_the_files_it_labeled(tmp_path):
    names = sorted(p.name for p in DEV.glob("*.gold.json"))[::25]
    _copy_labels(names, tmp_path / "second")
    ev = evaluate(DEV, second_labels=tmp_path / "second")
    assert ev.articles == len(names) > 10
    assert ev.headline_split_exact == ev.articles
    assert ev.diffs == []
    assert all(s.fp == s.fn == 0 and s.tp > 0 for s in ev.scores.values())


def test_each_disagreement_is_counted_on_its_own_field(tmp_path):
    name = "100_us-raises-duties-on-ec-pasta.gold.json"
    _copy_labels([name], tmp_path / "second")
    gold = json.loads((DEV / name).read_text())
    assert gold["tariffs"] and gold["people"] and gold["money"]
    second = json.loads((DEV / name).read_text())
    statuses = {t["status"] for t in gold["tariffs"] if t["rate_pct"] == gold["tariffs"][0]["rate_pct"]}
    second["tariffs"][0]["status"] = next(s for s in ("unknown", "paused", "threatened") if s not in statuses)
    second["people"][0]["country"] = "ZZ"
    del second["money"][0]
    (tmp_path / "second" / name).write_text(json.dumps(second))

    ev = evaluate(DEV, second_labels=tmp_path / "second")
    s = ev.scores
    assert ev.articles == 1
    assert s["tariff rate"].fp == s["tariff rate"].fn == 0
    assert (s["tariff rate+status"].fp, s["tariff rate+status"].fn) == (1, 1)
    assert s["tariff rate+imposer+target"].fp == s["tariff rate+imposer+target"].fn == 0
    assert (s["people name+country"].fp, s["people name+country"].fn) == (1, 1)
    assert s["people name+role"].fp == s["people name+role"].fn == 0
    assert (s["money"].fp, s["money"].fn) == (0, 1)


def test_the_cli_scores_second_labels_without_running_the_pipeline(tmp_path, capsys):
    names = sorted(p.name for p in DEV.glob("*.gold.json"))[:3]
    _copy_labels(names, tmp_path / "second")
    assert main(["evaluate", "--gold", str(DEV), "--against", str(tmp_path / "second"), "--summary"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 articles")
    assert "tariff rate " in out and "1.000" in out
    assert main(["evaluate", "--gold", str(DEV), "--against", str(tmp_path / "missing")]) == 2


def test_the_second_labels_in_the_repo_are_scored_on_every_file():
    second = ROOT / "tests" / "corpus" / "second_labels"
    ev = evaluate(DEV, second_labels=second)
    assert ev.articles == len(list(second.glob("*.gold.json"))) == 36
    assert ev.scores["tariff rate"].tp > 90


def test_exactly_one_of_warehouse_and_second_labels():
    with pytest.raises(ValueError):
        evaluate(DEV)
