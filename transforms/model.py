"""Records the transforms return.

Every record carries the raw text it was found in (``text``), the character
offsets of that text in the string the extractor was given (``char_start`` /
``char_end``, Python ``str`` indices, end exclusive, so
``source[char_start:char_end] == text`` always holds) and the id of the rule
that produced it (``rule_id``), so a fact can always be traced back to its
evidence. "Not found" is an empty list, never an exception.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Span:
    char_start: int
    char_end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    index: int  # 0-based position of the sentence in the text


@dataclass(frozen=True, slots=True)
class DateMention(Span):
    value: date | None  # first day of the period when resolved, else None
    grain: str | None  # 'day' | 'month' | 'year' | None (unresolved)
    rule_id: str


@dataclass(frozen=True, slots=True)
class MoneyMention(Span):
    value: float  # in units of the currency (e.g. 6.25e9 for "$6.25 billion")
    currency: str  # ISO 4217 code, e.g. 'USD', 'EUR', 'JPY'
    rule_id: str


@dataclass(frozen=True, slots=True)
class PersonMention(Span):  # one per mention in the text, in order
    name: str  # the full name the mention refers to ("Howard Lutnick" also for a later "Lutnick")
    role: str | None  # office/title as written, without country words or possessives
    country: str | None  # ISO alpha-2 (or 'EU') the person serves, from the title or context
    is_full_name: bool  # False for a surname-only mention linked to an earlier full name
    rule_id: str


@dataclass(frozen=True, slots=True)
class OrgMention(Span):
    name: str  # the name as the text writes it, without a leading "the" or a trailing "'s"
    kind: str  # 'organization' | 'event'
    rule_id: str


@dataclass(frozen=True, slots=True)
class QuoteMention(Span):  # the span covers the quoted words only (without the quote marks)
    speaker: str | None  # full person name when attributable, else None
    rule_id: str
