"""One article file, bytes in, every extracted fact out.

This is the per-file function the flow maps over batches; it is pure (the
publication date comes in as an argument) so it can be tested, fuzzed and
benchmarked without the pipeline.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from transforms.dates import find_dates
from transforms.decode import Decoded, Rejected, decode_bytes
from transforms.model import DateMention, MoneyMention, OrgMention, PersonMention, QuoteMention, Sentence
from transforms.money import find_money
from transforms.orgs import find_orgs
from transforms.people import find_people
from transforms.places import PlaceMention, find_places
from transforms.quotes import find_quotes
from transforms.sentences import split_sentences
from transforms.split import SplitResult, split_article
from transforms.tariffs import TariffMention, find_tariffs


@dataclass(frozen=True, slots=True)
class TextFacts:
    """Everything extracted from one text (the body, or one headline)."""
    sentences: list[Sentence]
    tariffs: list[TariffMention]
    people: list[PersonMention]
    places: list[PlaceMention]
    orgs: list[OrgMention]
    dates: list[DateMention]
    money: list[MoneyMention]
    quotes: list[QuoteMention]


@dataclass(frozen=True, slots=True)
class Document:
    decoded: Decoded
    split: SplitResult
    body: TextFacts
    headlines: list[TextFacts]      # one per split.headlines, same order


def analyze_text(text: str, published: date | None) -> TextFacts:
    sentences = split_sentences(text)
    places = find_places(text)
    people = find_people(text, places=places)
    dates = find_dates(text, published)
    return TextFacts(
        sentences=sentences,
        tariffs=find_tariffs(text, published, sentences=sentences, places=places, dates=dates),
        people=people,
        places=places,
        orgs=find_orgs(text),
        dates=dates,
        money=find_money(text),
        quotes=find_quotes(text, people, sentences),
    )


def analyze_headline(text: str, published: date | None, memo: dict | None = None) -> TextFacts:
    """``analyze_text`` for a related headline, through ``memo`` when given.

    A night's files repeat the same sidebars, so a worker keeps one memo across
    its files. Facts depend on the publication date only through date mentions:
    a headline without one is stored under its text alone and serves every date.
    """
    if memo is None:
        return analyze_text(text, published)
    facts = memo.get(text) or memo.get((text, published))
    if facts is None:
        facts = analyze_text(text, published)
        memo[(text, published) if facts.dates else text] = facts
    return facts


def analyze_document(data: bytes, published: date | None, memo: dict | None = None) -> Document | Rejected:
    """Decode, split and extract one file; a Rejected says why it cannot be loaded.

    ``memo``: a dict the caller keeps across files to analyse each distinct headline once.
    """
    decoded = decode_bytes(data)
    if isinstance(decoded, Rejected):
        return decoded
    return analyze_decoded(decoded, published, memo)


def analyze_decoded(decoded: Decoded, published: date | None, memo: dict | None = None) -> Document:
    """``analyze_document`` for text already decoded (the pipeline checks limits on it in between)."""
    split = split_article(decoded.text)
    # A headlines-only file is still loaded (empty body, its headlines kept):
    # dropping it would lose the headlines, quarantining it would call it broken.
    body = analyze_text(split.body_text, published)
    headlines = [analyze_headline(h.text, published, memo) for h in split.headlines]
    return Document(decoded, split, body, headlines)
