"""Sentence segmentation with offsets.

A rule splitter, not a model: news prose is regular enough, and it must run at
tens of MB/s. Paragraph breaks (newlines) always end a sentence.
"""
from __future__ import annotations

import regex

from transforms.model import Sentence
from transforms.textnorm import fold

# Words whose trailing period does not end a sentence when a capital follows.
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col sgt capt st jr sr inc corp co ltd plc bros
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
no nos vs etc approx dept est fig vol pp ft mt rev hon messrs
""".split())

_BOUNDARY = regex.compile(
    r"""
    (?<=[.!?])            # sentence-final punctuation ...
    ["')\]]*              # ... optionally followed by closing quotes or brackets
    [ \t]+                # then horizontal space
    (?=["'(\[]?[A-Z0-9])  # and a capital or digit (optionally after an opening quote)
    |
    \n+                   # or a paragraph break
    """,
    regex.VERBOSE,
)
_LAST_WORD = regex.compile(r"([A-Za-z][A-Za-z.]*)\.[\"')\]]*\s*$")


def _is_abbreviation(before: str) -> bool:
    m = _LAST_WORD.search(before[-24:])
    if not m:
        return False
    word = m.group(1)
    if "." in word:                # U.S., U.K., e.g. (dotted initialisms)
        return True
    if len(word) == 1 and word.isupper():   # a middle initial: "George W. Bush"
        return True
    return word.lower() in _ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets point into ``text``."""
    folded = fold(text)
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(folded):
        if m.group(0)[0] != "\n" and _is_abbreviation(folded[start:m.start()]):
            continue
        _append(sentences, text, start, m.start())
        start = m.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], len(out)))
