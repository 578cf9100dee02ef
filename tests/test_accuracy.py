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
from warehouse.evaluate import evaluate, same_role

TEST_SET = ROOT / "tests" / "corpus" / "test"

# (fact type, target F1 from issue 3, floor = last measured F1 rounded down)
TARGETS = [
    ("tariff rate", 0.97, 0.97),
    ("tariff +status (full fact)", 0.90, 0.786),
    # organisation before the title optional (warehouse.evaluate.same_role, settled in session 7): 0.951
    ("people name+role", 0.95, 0.95),
    # the title letter for letter: 0.918
    ("people name+role, exact title", None, 0.91),
    ("people name+country", 0.95, 0.92),
    ("countries", 0.97, 0.99),
    ("money", 0.95, 0.96),
]
NOT_YET = {"tariff +status (full fact)", "people name+country"}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    wh = tmp_path_factory.mktemp("accuracy") / "wh"
    assert run_without_prefect(TEST_SET, wh).succeeded
    return evaluate(TEST_SET, wh)


@pytest.mark.parametrize("fact,target,floor", [
    pytest.param(f, t, fl, marks=pytest.mark.xfail(strict=True, reason=f"target {t} not reached yet"))
    if f in NOT_YET else (f, t, fl) for f, t, fl in TARGETS if t is not None],
    ids=[t[0] for t in TARGETS if t[1] is not None])
def test_meets_target(scores, fact, target, floor):
    assert scores.scores[fact].f1 >= target


@pytest.mark.parametrize("fact,target,floor", TARGETS, ids=[t[0] for t in TARGETS])
def test_no_regression_below_last_measured(scores, fact, target, floor):
    assert scores.scores[fact].f1 >= floor


def test_no_tariffs_on_hard_negatives(scores):
    assert scores.negatives >= 12
    assert scores.false_tariffs_on_negatives == 0


@pytest.mark.xfail(strict=True, reason="44/45 held-out files split exactly (every dev file does, and each under 88 "
                                       "layout variants)")
def test_headline_split_exact_on_every_file(scores):
    assert scores.headline_split_exact == scores.articles


@pytest.mark.parametrize("gold,got,organizations,same", [
    ("economic adviser", "White House economic adviser", ["White House", "USTR"], True),
    ("White House economic adviser", "economic adviser", ["White House"], True),
    ("chief executive", "Nissan chief executive", ["Nissan", "Renault"], True),
    ("Undersecretary for International Trade", "Commerce undersecretary for international trade",
     ["Commerce Department"], True),
    ("spokesman", "the Commerce Ministry spokesman", ["Commerce Ministry"], True),
    ("Commerce Secretary", "commerce secretary", [], True),
    # a region or a city in front (session 8)
    ("premier", "Quebec premier", ["Hydro-Quebec"], True),
    ("Premier", "B.C. Premier", [], True),
    ("attorney general", "Oregon attorney general", [], True),
    ("Chief Minister", "Andhra Pradesh Chief Minister", [], True),
    ("mayor", "Windsor mayor", [], True),
    # not an organisation of the article or a place: a deputy, a portfolio, "former", a word of another name
    ("Prime Minister", "Deputy Prime Minister", ["Cabinet Office"], False),
    ("Minister", "Trade Minister", ["WTO"], False),
    ("governor", "central bank governor", [], False),
    ("President", "former President", [], False),
    ("chief executive", "wine chief executive", ["Australian Grape and Wine"], False),
    ("chief executive", "Nissan chief executive", [], False),
    ("president", None, ["Toyota"], False),
    (None, None, [], True),
])
def test_a_title_with_or_without_its_organisation_or_place(gold, got, organizations, same):
    assert same_role(gold, got, organizations) is same
