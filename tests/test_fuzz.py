"""Fuzzing: arbitrary text and bytes into the splitter, every extractor and the per-file function.

For every input: no exception, every offset points at the text it claims, and
the same answer again, also after the function has seen other input in
between (so no state leaks from one document into the next).

Profiles (``HYPOTHESIS_PROFILE``): ``ci`` (Hypothesis' own CI profile with 300
examples a test, derandomized, so ``make test`` is reproducible) and ``long``
(``make fuzz``: 10,000 examples a test, random, failures kept in the example
database). Hypothesis loads ``ci`` by itself when ``CI`` is set; these tests
pick their profile by name, so the other property tests keep their settings.

``python -m tests.test_fuzz [libFuzzer flags]`` runs ``analyze_document`` under
atheris, a coverage-guided fuzzer, when it is installed (``make fuzz`` does
that when it can import it; it is not a dependency of the project).
"""
from __future__ import annotations

import codecs
import os
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.dates import find_dates
from transforms.decode import Decoded, Rejected, decode_bytes
from transforms.document import Document, analyze_document
from transforms.money import find_money
from transforms.orgs import find_orgs
from transforms.people import find_people
from transforms.places import find_places
from transforms.quotes import find_quotes
from transforms.sentences import split_sentences
from transforms.split import split_article
from transforms.tariffs import find_tariffs
from warehouse.limits import Limits, check_text

settings.register_profile("long", parent=settings.get_profile("ci"), max_examples=10_000, derandomize=False,
                          database=settings.default.database,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
if PROFILE not in ("ci", "long"):
    raise ValueError(f"HYPOTHESIS_PROFILE must be 'ci' or 'long' for tests/test_fuzz.py, not {PROFILE!r}")
FUZZ = settings(settings.get_profile(PROFILE), max_examples={"ci": 300, "long": 10_000}[PROFILE],
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces that steer the extractors into their rules far more often than uniform text would, and characters
# known to break text code: case changes that change length (İ, ß, ﬁ), non-ASCII digits, bidi and
# zero-width controls, line and paragraph separators, NEL, BOMs, lone surrogates, astral characters.
NEWS = [
    "tariff", "tariffs", "duties", "levy", "surtax", "25%", "10 pct", "7.5 per cent", "145 percent", "to 30% from 145%",
    "between 10% and 25%", "as high as 50%", "U.S.", "US", "Japanese", "China", "EU", "the European Union", "Tokyo",
    "Washington", "Beijing", "on", "steel", "autos", "aluminum", "HS 8703", "said", "imposed", "will impose",
    "threatened", "lifted", "paused", "took effect", "take effect on July 1", "on Friday", "in July", "2025",
    "June 15, 2025", "last week", "$6.25 billion", "€5bn", "¥1 trillion", "C$30 billion", "Commerce Secretary",
    "Howard Lutnick", "President Donald Trump", "Prime Minister Shigeru Ishiba", "Lutnick", "the WTO",
    "World Trade Organization", "G7 Summit", "Ministry of Finance", "Related:", "Read more:", "• ", "- ", "1. ",
    "“", "”", "\"", "‘", "’", "—", "–", ".", ",", ";", ":", "?", "!", "(", ")", "\n", "\n\n", "\n\n\n", "\r\n", "\t",
    " ", "  ", "İ", "ß", "ﬁ", "ǅ", "Σ", "ς", "٢٥%", "２５％", "²⁵", "½", "\u202e", "\u202c", "\u2066", "\u2069",
    "\u200b", "\u200d", "\u2028", "\u2029", "\x85", "\ufeff", "\x00", "\x1b[2J", "\x07", "\U0001f697", "\ud800",
    "e\u0301", "ﬀ", "Ⅻ", "x" * 300,
]
newsy = st.lists(st.sampled_from(NEWS) | st.text(max_size=6), max_size=80).map(" ".join)
joined = st.lists(st.sampled_from(NEWS), max_size=80).map("".join)
any_text = st.one_of(st.text(), st.text(st.characters(codec=None, categories=None)), newsy, joined)
published = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def _encodings(text: str) -> list[bytes]:
    return [
        text.encode("utf-8", "surrogatepass"),
        codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass"),
        codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass"),
        codecs.BOM_UTF16_BE + text.encode("utf-16-be", "surrogatepass"),
        text.encode("utf-16-le", "surrogatepass"),
        text.encode("cp1252", "replace"),
    ]


any_bytes = st.one_of(
    st.binary(max_size=4000),
    st.tuples(newsy, st.integers(0, 5)).map(lambda p: _encodings(p[0])[p[1]]),
    st.tuples(newsy, st.binary(max_size=40), newsy).map(lambda p: p[0].encode("utf-8", "surrogatepass") + p[1]
                                                        + p[2].encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\r",
                              b"\n", b"\x93", b"\x81", b"\xe9", b"\xc3", b"\xa9", b"25%", b" tariff ", b"Related:\n"]),
             max_size=60).map(b"".join),
)
OTHER_TEXT = "The EU imposed a 10% tariff on U.S. motorcycles on Friday, Trade Commissioner Phil Hogan said."


def _check_spans(text: str, records, what: str) -> None:
    for r in records:
        assert 0 <= r.char_start <= r.char_end <= len(text), (what, r)
        assert text[r.char_start:r.char_end] == r.text, (what, r)


def _tariffs(text: str, day: date | None):
    found = find_tariffs(text, day)
    for t in found:
        assert 0 <= t.sentence_start <= t.char_start <= t.char_end <= t.sentence_end <= len(text), t
    return found


def _split(text: str, day: date | None):
    result = split_article(text)
    assert text[result.body_start:result.body_start + len(result.body_text)] == result.body_text
    _check_spans(result.body_text, result.paragraphs, "paragraph")
    _check_spans(text, result.headlines, "headline")
    return [result]


EXTRACTORS = {
    "split_article": _split,
    "split_sentences": lambda text, day: split_sentences(text),
    "find_tariffs": _tariffs,
    "find_places": lambda text, day: find_places(text),
    "find_people": lambda text, day: find_people(text),
    "find_orgs": lambda text, day: find_orgs(text),
    "find_quotes": lambda text, day: find_quotes(text, find_people(text)),
    "find_money": lambda text, day: find_money(text),
    "find_dates": lambda text, day: find_dates(text, day),
}


@pytest.mark.parametrize("name", list(EXTRACTORS), ids=list(EXTRACTORS))
@FUZZ
@given(text=any_text, day=published)
def test_extractor_never_raises_keeps_offsets_and_repeats(name, text, day):
    extract = EXTRACTORS[name]
    first = extract(text, day)
    if name != "split_article":
        _check_spans(text, first, name)
    extract(OTHER_TEXT, date(2019, 5, 10))
    assert extract(text, day) == first


def _check_document(data: bytes, doc: Document | Rejected) -> None:
    if isinstance(doc, Rejected):
        assert doc.reason_code in {"empty", "whitespace_only", "binary", "undecodable"} and doc.message
        assert doc == decode_bytes(data)
        return
    decoded = doc.decoded
    assert isinstance(decoded, Decoded) and "\r" not in decoded.text
    split = doc.split
    assert decoded.text[split.body_start:split.body_start + len(split.body_text)] == split.body_text
    body = split.body_text
    for what in ("sentences", "tariffs", "people", "places", "orgs", "dates", "money", "quotes"):
        _check_spans(body, getattr(doc.body, what), what)
    assert len(doc.headlines) == len(split.headlines)
    for head, facts in zip(split.headlines, doc.headlines):
        assert decoded.text[head.char_start:head.char_end] == head.text
        for what in ("sentences", "tariffs", "people", "places", "orgs", "dates", "money", "quotes"):
            _check_spans(head.text, getattr(facts, what), what)
    problem = check_text(decoded.text, Limits())
    assert problem is None or problem.reason_code in {"line_too_long", "too_many_headlines"}


@FUZZ
@given(data=any_bytes, day=published)
def test_analyze_document_never_raises_keeps_offsets_and_repeats(data, day):
    doc = analyze_document(data, day)
    _check_document(data, doc)
    analyze_document(OTHER_TEXT.encode(), date(2019, 5, 10))
    assert analyze_document(data, day) == doc


def _atheris_main(argv: list[str]) -> None:
    import atheris

    atheris.instrument_all()
    published_at = date(2025, 6, 14)

    def one(data: bytes) -> None:
        _check_document(data, analyze_document(data, published_at))

    atheris.Setup(argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    _atheris_main(sys.argv)
