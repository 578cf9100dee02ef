"""Same-length text folding for matching.

Extractors match on ``fold(text)`` but report offsets into ``text``; that only
works because every replacement here maps one character to exactly one
character. Never add a rule that changes the length.
"""
from __future__ import annotations

_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'",   # curly / modifier apostrophes
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',   # curly double quotes
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-",   # en/em dash, figure dash, minus
    "\u2010": "-", "\u2011": "-",                                 # hyphens
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",   # no-break and thin spaces
    "\uff05": "%",                                                # full-width percent
})


def fold(text: str) -> str:
    """Fold quotes, dashes and odd spaces to ASCII, keeping every offset."""
    # str.translate goes through a dict lookup per character; most text is ASCII already.
    return text if text.isascii() else text.translate(_FOLD)
