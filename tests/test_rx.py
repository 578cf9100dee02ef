"""``Alternation`` finds exactly what the combined alternation finds, on made-up and on real text."""
from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT
from transforms.rx import Alternation
from transforms.tariff_rates import _NOT_TRADE_CUE, RATE
from transforms.textnorm import fold

# Alternatives that overlap, share prefixes, and match at the same start with different lengths.
ALTERNATIVES = [r"\btariffs?\ on\b", r"\b(?:on|off)\ duty\b", r"duty\ free", r"\bon\b", r"\d+%", r"\d+",
                r"\btariff\b[^.]{0,12}\bsteel\b", r"(?<![\d.])\d+\ ?pct\b"]
WORDS = ["tariff", "tariffs", "on", "off", "duty", "free", "steel", "25%", "25", "10 pct", ".", " ", "onion"]


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
       st.lists(st.sampled_from(ALTERNATIVES), min_size=1, max_size=5, unique=True), st.integers(0, 20))
def test_same_matches_as_the_combined_pattern(text, alternatives, pos):
    alt = Alternation(alternatives, regex.IGNORECASE)
    combined = regex.compile(alt.pattern, regex.IGNORECASE)
    pos = min(pos, len(text))
    assert _spans(alt.finditer(text, pos)) == _spans(combined.finditer(text, pos))


def test_the_pipeline_alternations_match_as_combined_on_the_dev_corpus():
    texts = [fold(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt"))]
    found = 0
    for alt in (RATE, _NOT_TRADE_CUE):
        combined = regex.compile(alt.pattern, alt.patterns[0].flags)
        for text in texts:
            got = _spans(alt.finditer(text))
            assert got == _spans(combined.finditer(text))
            found += len(got)
    assert found > 500
