"""Properties of decode_bytes and split_article that hold for any input."""
from __future__ import annotations

import codecs

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.decode import Decoded, Rejected, decode_bytes
from transforms.split import split_article

# Pieces that build article-like text, so examples hit labels, bullets, gaps
# and headline shapes far more often than uniformly random text would.
_PIECES = [
    "\n", "\n\n", "\n\n\n", "\r\n", "\r", " ", "\t", "  ",
    "Related:", "Read More", "See also", "More from Reuters:",
    "• ", "- ", "* ", "– ", "> ", "1. ",
    "Tariffs Rise Again", "Tariffs rise again.", "Japan Raises 25% Tariff on U.S.",
    "“We will respond,” he said", "WASHINGTON (Reuters) -", "(Reporting by A. Lee)",
    "The talks resumed in Tokyo. Officials said progress was made.", "x" * 210,
    "é", "\u2028", "\x85", "\ufeff", "...", "?", "”",
    "Top stories", "TRENDING", "Also read: ", "Read more: Tariffs Rise Again", "Business briefs:",
    "Advertisement", "Share this article", "© 2025 Reuters", "* * *", "\u200b", "● ", "→ ",
    "Fed Holds Rates Steady.", "‘We will fight,’ says Xi", "Lakers vs. Celtics", "Cut Off…",
    " (2 hours ago)", " [VIDEO]", "2 hours ago", "March 4, 2025", "04/03/2025", "Chip makers cut output.",
]

article_like = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
any_text = st.one_of(st.text(), article_like)

# Bytes with the prefixes and byte values that steer decode_bytes down each branch.
any_bytes = st.one_of(
    st.binary(),
    st.tuples(
        st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"\x89PNG\r\n\x1a\n"]),
        st.binary(),
    ).map(b"".join),
    st.lists(st.sampled_from([b"a", b" ", b"\r", b"\n", b"\r\n", b"\x93", b"\x81", b"\xe9", b"\x00", b"\xef\xbb\xbf"]))
    .map(b"".join),
    any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_split_offsets_hold_and_body_and_headlines_never_overlap(text: str) -> None:
    result = split_article(text)

    assert text[result.body_start : result.body_start + len(result.body_text)] == result.body_text
    for para in result.paragraphs:
        assert result.body_text[para.char_start : para.char_end] == para.text
    body = range(result.body_start, result.body_start + len(result.body_text))
    for position, head in enumerate(result.headlines, start=1):
        assert head.text and head.text == head.text.strip()
        assert text[head.char_start : head.char_end] == head.text
        assert head.position == position
        assert head.char_end <= body.start or head.char_start >= body.stop
    assert split_article(text) == result


@settings(max_examples=300, deadline=None)
@given(any_bytes)
def test_decode_never_raises_and_leaves_no_carriage_return(data: bytes) -> None:
    result = decode_bytes(data)

    assert isinstance(result, (Decoded, Rejected))
    if isinstance(result, Decoded):
        assert "\r" not in result.text
        assert not result.text.startswith("\ufeff")
        assert result.text.strip()
    else:
        assert result.reason_code in {"empty", "whitespace_only", "binary", "undecodable"}
        assert result.message
    assert decode_bytes(data) == result


@settings(max_examples=300, deadline=None)
@given(any_bytes)
def test_split_accepts_whatever_decode_returns(data: bytes) -> None:
    result = decode_bytes(data)
    if isinstance(result, Decoded):
        split = split_article(result.text)
        assert result.text[split.body_start : split.body_start + len(split.body_text)] == split.body_text


def _lines(paragraph: str) -> list[str]:
    return [line.rstrip(" \t") for line in paragraph.split("\n")]


def _decodable(text: str) -> bool:
    return "\r" not in text and isinstance(decode_bytes(text.encode("utf-8", "surrogatepass")), Decoded)


@settings(max_examples=300, deadline=None)
@given(article_like.filter(_decodable))
def test_split_does_not_depend_on_line_endings_or_trailing_spaces(text: str) -> None:
    """CRLF bytes and spaces or tabs at line ends give the same headlines and paragraphs."""
    expected = split_article(decode_bytes(text.encode("utf-8")).text)
    for variant in (text.replace("\n", "\r\n"), text.replace("\n", " \t\n")):
        result = split_article(decode_bytes(variant.encode("utf-8")).text)
        assert [h.text for h in result.headlines] == [h.text for h in expected.headlines]
        assert [_lines(p.text) for p in result.paragraphs] == [_lines(p.text) for p in expected.paragraphs]
        assert (result.layout, result.label) == (expected.layout, expected.label)


@settings(max_examples=300, deadline=None)
@given(article_like)
def test_every_headline_ends_its_line_and_follows_the_body(text: str) -> None:
    result = split_article(text)
    body_end = result.body_start + len(result.body_text)
    for head in result.headlines:
        assert head.char_start >= body_end
        line_end = text.find("\n", head.char_end)
        rest_of_line = text[head.char_end : None if line_end < 0 else line_end]
        assert regex.fullmatch(r"[\s\u200b\u200c\u200d\u2060\ufeff]*", rest_of_line)


_BODY_LINES = [
    "Japan and the United States held a fifth round of tariff talks in Washington on Friday.",
    "Officials said the 24% tariff on Japanese goods would take effect in July unless a deal is reached.",
    "Officials did not comment.",
]
_ITEMS = [
    "Fed Holds Rates Steady", "Yen slips as BOJ waits", "Chip makers cut output as prices slide.",
    "Japan Raises 25% Tariff on U.S.", "Oil falls (2 hours ago)", "Gold hits record [VIDEO]", "• Stocks rally",
]
_ITEM_DATES = ["2 hours ago", "5m ago", "Updated 35 mins ago", "March 4, 2025", "4 Mar 2025", "04/03/2025 10:45"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_BODY_LINES), min_size=1, max_size=4),
    st.lists(st.sampled_from(_ITEMS), min_size=1, max_size=6),
    st.sampled_from(["\n\n", "\n\n\n", "\n\nRelated:\n"]),
    st.sampled_from(_ITEM_DATES),
)
def test_a_date_or_age_line_under_each_item_changes_nothing(
    body: list[str], items: list[str], gap: str, date_line: str
) -> None:
    plain = split_article("\n".join(body) + gap + "\n".join(items))
    dated = split_article("\n".join(body) + gap + "\n".join(f"{h}\n{date_line}" for h in items))
    assert [h.text for h in dated.headlines] == [h.text for h in plain.headlines]
    # In a body (no list found) the date lines stay inside its slice of the text.
    body = dated.body_text.replace("\n" + date_line, "")
    assert (body, dated.layout, dated.label) == (plain.body_text, plain.layout, plain.label)
