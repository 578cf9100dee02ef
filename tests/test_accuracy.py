"""Extraction accuracy on the held-out test corpus (tests/corpus/test), against the project targets.

Rules are tuned on tests/corpus/dev only. Each target that is not reached yet is a strict xfail, so
reaching it fails the test until the mark is removed; every figure also has a floor at what was last
measured, so a regression fails at once. Print the full report with
`tariffwire evaluate --gold tests/corpus/test`.
"""
from __future__ import annotations

import pytest

from flows.stages import run_without_prefect
from tests.conftest import ROOT
from warehouse.evaluate import evaluate

TEST_SET = ROOT / "tests" / "corpus" / "test"

# (fact type, target F1 from issue 3, floor = last measured F1 rounded down)
TARGETS = [
    ("tariff rate", 0.97, 0.97),
    ("tariff +status (full fact)", 0.90, 0.786),
    ("people name+role", 0.95, 0.91),
    ("people name+country", 0.95, 0.92),
    ("countries", 0.97, 0.99),
    ("money", 0.95, 0.96),
]
NOT_YET = {"tariff +status (full fact)", "people name+role", "people name+country"}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    wh = tmp_path_factory.mktemp("accuracy") / "wh"
    assert run_without_prefect(TEST_SET, wh).succeeded
    return evaluate(TEST_SET, wh)


@pytest.mark.parametrize("fact,target,floor", [
    pytest.param(f, t, fl, marks=pytest.mark.xfail(strict=True, reason=f"target {t} not reached yet"))
    if f in NOT_YET else (f, t, fl) for f, t, fl in TARGETS], ids=[t[0] for t in TARGETS])
def test_meets_target(scores, fact, target, floor):
    assert scores.scores[fact].f1 >= target


@pytest.mark.parametrize("fact,target,floor", TARGETS, ids=[t[0] for t in TARGETS])
def test_no_regression_below_last_measured(scores, fact, target, floor):
    assert scores.scores[fact].f1 >= floor


def test_no_tariffs_on_hard_negatives(scores):
    assert scores.negatives >= 12
    assert scores.false_tariffs_on_negatives == 0


@pytest.mark.xfail(strict=True, reason="44/45 held-out files split exactly (all 180 dev files do, and each under 88 "
                                       "layout variants)")
def test_headline_split_exact_on_every_file(scores):
    assert scores.headline_split_exact == scores.articles
