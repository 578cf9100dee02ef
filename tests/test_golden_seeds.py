"""Golden facts for the two seed articles: exactly these, nothing more."""
from __future__ import annotations


import pytest

from tests.conftest import SEEDS
from transforms.document import analyze_document
from warehouse.inputs import sidecar_entry

SEED_000 = "000_549d31f8cc5d14c5.txt"
SEED_002 = "002_0a834e919f4ad0f9.txt"


def _doc(name: str):
    published = sidecar_entry(SEEDS, name)["published_at"].date()
    return analyze_document((SEEDS / name).read_bytes(), published)


def _tariffs(doc):
    return [(t.rate_pct, t.rate_max_pct, t.imposer, t.target, t.product, t.status,
             t.effective_date.isoformat() if t.effective_date else None, t.effective_grain)
            for t in doc.body.tariffs]


def _people(doc):
    people = {}
    for p in doc.body.people:
        cur = people.setdefault(p.name, [None, None])
        cur[0] = cur[0] or p.role
        cur[1] = cur[1] or p.country
    return {name: tuple(v) for name, v in people.items()}


def test_seed_000_tariffs():
    assert _tariffs(_doc(SEED_000)) == [
        (24.0, None, "US", "JP", None, "planned", "2025-07-01", "month"),   # 24% on Japanese goods, July
        (25.0, None, "US", "JP", "autos", "planned", None, None),           # the U.S. plan: 25% on automobiles
    ]


def test_seed_002_tariffs():
    assert _tariffs(_doc(SEED_002)) == [
        (50.0, 50.0, "US", "JP", "autos", "in_force", None, None),
        (50.0, 50.0, "US", "JP", "auto parts", "in_force", None, None),
        (50.0, 50.0, "US", "JP", "steel", "in_force", None, None),
        (50.0, 50.0, "US", "JP", "aluminum", "in_force", None, None),
        (24.0, None, "US", "JP", "autos", "planned", "2025-07-01", "month"),  # "a further 24% auto tariff"
    ]
    further = _doc(SEED_002).body.tariffs[-1]
    assert further.imposer_inferred and further.target_inferred and further.is_additional


@pytest.mark.parametrize("name,akazawa_role", [(SEED_000, "top trade negotiator"),
                                                (SEED_002, "chief tariff negotiator")])
def test_seed_people(name, akazawa_role):
    assert _people(_doc(name)) == {
        "Ryosei Akazawa": (akazawa_role, "JP"),
        "Howard Lutnick": ("Commerce Secretary", "US"),
        "Scott Bessent": ("Treasury Secretary", "US"),
        "Shigeru Ishiba": ("Prime Minister", "JP"),
        "Donald Trump": ("President", "US"),
    }


@pytest.mark.parametrize("name,count,first,last", [
    (SEED_000, 17, "U.S.-Russia Talks Leave Ukraine Peace Efforts Uncertain",
     "Trump Claims He Will Void Biden Documents Signed with Autopen"),
    (SEED_002, 16, "Global Markets Slide as Tech Stocks Sink, Yields Rise, and AI Concerns Deepen",
     "Ireland Limits Planned Trade Ban on Israeli Settlements to Goods Only"),
])
def test_seed_headlines_split(name, count, first, last):
    doc = _doc(name)
    heads = [h.text for h in doc.split.headlines]
    assert (len(heads), heads[0], heads[-1]) == (count, first, last)
    assert not any(h in doc.split.body_text for h in heads)
    assert doc.split.body_text.endswith(("trade negotiations.", "global automotive market."))


def test_seed_quote_speaker():
    quotes = [(q.speaker, q.text) for q in _doc(SEED_002).body.quotes]
    assert ("Ryosei Akazawa", "We want an agreement as soon as possible. The G7 summit is on our radar") in quotes


def test_seed_money_in_headlines():
    doc = _doc(SEED_000)
    money = [(m.value, m.currency) for facts in doc.headlines for m in facts.money]
    assert money == [(6.25e9, "USD")]


def test_seed_places_and_events():
    doc = _doc(SEED_000)
    assert {p.code for p in doc.body.places if p.kind == "country"} == {"JP", "US", "CA"}
    assert "G7 Summit" in {o.name for o in doc.body.orgs if o.kind == "event"}
