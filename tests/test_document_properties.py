"""Properties of the whole per-file function: any bytes in, no exception, valid offsets, same answer twice."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.decode import Rejected
from transforms.document import analyze_document
from transforms.places import find_places
from transforms.tariffs import find_tariffs
from transforms.textnorm import _FOLD, fold

from tests.conftest import ROOT

WORDS = ["tariff", "tariffs", "duties", "levy", "25%", "10 pct", "per cent", "U.S.", "Japanese", "China",
         "on", "steel", "autos", "as high as", "to 30% from 145%", "between 10% and 25%", "Tokyo", "said",
         "Levy", "duty", "stake", "Washington", "\n", "\n\n\n", ".", ",", "“", "”", "—", "Related:", "• ",
         "Commerce Secretary Howard Lutnick", "$6.25 billion", "July", "on Friday", "doubled", "to 50%"]
newsy = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=60).map(" ".join)
PROFILE = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_offsets(text: str, records) -> None:
    for r in records:
        assert 0 <= r.char_start <= r.char_end <= len(text)
        assert text[r.char_start:r.char_end] == r.text


@PROFILE
@given(newsy, st.none() | st.dates(min_value=date(1980, 1, 1), max_value=date(2030, 12, 31)))
def test_tariffs_and_places_on_newsy_text(text, published):
    got = find_tariffs(text, published)
    _check_offsets(text, got)
    _check_offsets(text, find_places(text))
    assert got == find_tariffs(text, published)
    for t in got:
        assert t.sentence_start <= t.char_start < t.char_end <= t.sentence_end


@PROFILE
@given(st.binary(max_size=2000) | newsy.map(lambda s: s.encode("utf-8")))
def test_analyze_document_never_raises_and_is_deterministic(data):
    doc = analyze_document(data, date(2025, 6, 14))
    if isinstance(doc, Rejected):
        assert doc.reason_code and doc.message
        return
    body = doc.split.body_text
    for records in (doc.body.tariffs, doc.body.people, doc.body.places, doc.body.orgs, doc.body.dates,
                    doc.body.money, doc.body.quotes):
        _check_offsets(body, records)
    for h, facts in zip(doc.split.headlines, doc.headlines):
        _check_offsets(h.text, facts.tariffs)
    assert analyze_document(data, date(2025, 6, 14)) == doc


def test_headline_memo_gives_the_facts_of_a_fresh_analysis():
    """One memo shared across files and publication dates changes no fact (dated headlines are kept per date)."""
    files = sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    headlines = [b"Trump to impose 25% tariff on Mexican goods from March 4\n",
                 b"EU tariffs of 10% took effect last Monday\n", b"Japan weighs 24% duty on U.S. cars\n"]
    memo: dict = {}
    dates = [None, date(2025, 6, 14), date(2019, 3, 1)]
    checked = 0
    for n, path in enumerate(files * 2):
        data = Path(path).read_bytes() + b"\n\n" + b"".join(headlines)
        published = dates[n % len(dates)]
        assert analyze_document(data, published, memo) == analyze_document(data, published)
        checked += 1
    assert checked == 2 * len(files) and any(isinstance(k, tuple) for k in memo) and any(isinstance(k, str) for k in memo)


@PROFILE
@given(st.text(alphabet=st.sampled_from([chr(c) for c in _FOLD] + list("ab -'\"%\u00e9\u4e2d\n")), max_size=80))
def test_fold_maps_each_character_as_the_table_says(text):
    assert fold(text) == text.translate(_FOLD)
    assert len(fold(text)) == len(text)
