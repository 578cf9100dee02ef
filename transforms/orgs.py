"""Organisations and named events in news text.

Known names come from ``lexicon_orgs``; unknown ones are found by their shape:
capitalized words ending in an organisation noun ("Japan Automobile
Manufacturers Association"), "Ministry of X", a publication named before
"newspaper" / "news agency", a company named after its trade ("power producer
Nordvik Energi"), and an acronym the text defines in brackets ("Consuming
Industries Trade Action Coalition (CITAC)"). Events are the named ones in the
lexicon ("Plaza Accord"), a grouping or a pair of countries before a meeting
noun ("G7 summit", "U.S.-Japan trade talks") and numbered rounds ("fifth round
of trade talks"). An unnamed meeting ("the June 15 summit") is not an event.

Every candidate from every rule is collected, then overlaps are settled: the
longer span wins, and on equal spans the earlier rule in ``_RULES`` order.

The name of a mention is the shortest spelling of that organisation the text
uses: known spellings (``lexicon_orgs.ALIAS_GROUPS``), an acronym defined in
brackets, and a longer company name that starts with a shorter one ("Nippon
Steel Corp" and "Nippon Steel") are one organisation.
"""
from __future__ import annotations

import re

import regex

from transforms import lexicon_orgs as lex
from transforms.gazetteer import compile_phrases
from transforms.lexicon_titles import HEADS, NOT_NAME_WORDS
from transforms.model import OrgMention
from transforms.places import country_code
from transforms.textnorm import fold


def _alternation(words, *, ignore_case: bool = False) -> str:
    body = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


_KIND = {name: "organization" for name in lex.ORGANIZATIONS} | {name: "event" for name in lex.EVENTS}
_LEXICON = compile_phrases(_KIND)
_GROUP_OF = {name: group[0] for group in lex.ALIAS_GROUPS for name in group}

# One capitalized word of a name; apostrophes are left out so "Japan's Economy
# Ministry" yields "Economy Ministry", not the possessor.
_CAP = r"(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}&-]*[\p{L}\p{M}]|\p{Lu})"
# A capitalized word that is not a title head, so "Department of Commerce
# Secretary Howard Lutnick" stops before "Secretary".
_CAP_NOT_TITLE = rf"(?!{_alternation(HEADS, ignore_case=True)}(?![\w-])){_CAP}"

_GROUP_MEETING = regex.compile(
    rf"""
    (?<![\w.-])
    (?P<m>
      {_alternation(lex.EVENT_GROUPS)}                # the grouping: "G7", "APEC"
      (?:\ {_alternation(lex.EVENT_MIDDLES, ignore_case=True)})?   # "leaders'", "finance ministers"
      \ {_alternation(lex.EVENT_NOUNS, ignore_case=True)}          # "summit", "meeting", "talks"
    )
    (?![\w-])
    """,
    regex.VERBOSE,
)

_BILATERAL = regex.compile(
    rf"""
    (?<![\w.-])
    (?P<m>
      (?P<a>(?:\p{{Lu}}\.){{2,}}|\p{{Lu}}[\p{{L}}]+)    # first country: "U.S.", "EU", "China"
      -
      (?P<b>(?:\p{{Lu}}\.){{2,}}|\p{{Lu}}[\p{{L}}]+)    # second country: "Japan"
      (?:\ (?i:trade|tariff|economic|bilateral))?      # "trade"
      \ (?i:summit|meeting|talks|negotiations|dialogue)  # the meeting noun
    )
    (?![\w-])
    """,
    regex.VERBOSE,
)

_ROUND = regex.compile(
    rf"""
    (?<![\w-])
    (?P<m>
      (?:{_alternation(lex.ORDINALS, ignore_case=True)}|\d{{1,2}}(?:st|nd|rd|th))   # "fifth", "5th"
      \ round\ of\ 
      (?:(?:trade|tariff|bilateral|high-level|ministerial)\ )?   # "trade"
      (?:talks|negotiations|consultations)                       # the meeting noun
    )
    (?![\w-])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The generic organisation rules start from an anchor word ("Association",
# "newspaper", "producer") found by the fast phrase trie and read the name
# around it, backwards with regex.REVERSE, so the text is scanned once.
_OF_HEADS = (
    "Ministry", "Department", "Bureau", "Office", "Bank", "Court", "Institute", "Chamber",
    "Council", "Association", "Federation", "Organization", "Organisation", "Agency",
    "Commission", "Committee", "University", "Board", "Regulator", "Authority", "Service",
    "Administration",
)
_ANCHORS = compile_phrases({*lex.ORG_SUFFIXES, *_OF_HEADS, *lex.NEWS_NOUNS, *lex.COMPANY_NOUNS})

_PUBLICATION_BEFORE = regex.compile(
    rf"""
    (?<![\w.'-])
    (?P<m>{_CAP_NOT_TITLE}(?:\ {_CAP_NOT_TITLE}){{0,2}})   # the publication: "Asahi", "Yomiuri Shimbun"
    \ \Z                                                 # right before "newspaper"
    """,
    regex.VERBOSE | regex.REVERSE,
)

_WORDS_BEFORE = regex.compile(
    rf"""
    (?<![\w.'-])
    (?:{_CAP_NOT_TITLE}\ ){{1,5}}    # "Japan Automobile Manufacturers " before "Association"
    \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

_OF_TAIL = regex.compile(
    rf"""
    \ (?:of|for)\ (?:the\ )?                        # "of", "for the"
    {_CAP_NOT_TITLE}(?:\ {_CAP_NOT_TITLE}){{0,3}}     # what it is of: "Commerce", "International Trade"
    (?![\w-])
    """,
    regex.VERBOSE,
)

_NAME_AFTER_NOUN = regex.compile(
    rf"""
    \ (?P<m>
      {_CAP_NOT_TITLE}                                          # "Nordvik", "Sol"
      (?:\ (?:(?:de|del|la|du|von|van|of|and|&)\ )?{_CAP_NOT_TITLE}){{0,4}}   # "Energi", "del Norte"
    )
    (?![\w-])
    """,
    regex.VERBOSE,
)

_ACRONYM_AFTER = regex.compile(
    r"""
    \ \((?P<m>\p{Lu}[\p{Lu}\d&.-]{1,9})\)   # " (CITAC)" right after a name
    """,
    regex.VERBOSE,
)

_NOT_AN_ACTOR_AFTER = regex.compile(
    rf"""
    \ (?:
        Secretar(?:y|ies)\b                           # "Treasury Secretary": an office
      | {_alternation(lex.NOT_ORG_AFTER)}(?![\w-])    # "Treasury note", "Nikkei average": a market
    )
    """,
    regex.VERBOSE,
)

_FIRST_NAME_BEFORE = regex.compile(
    r"""
    (?<![\w.'-])(?P<w>\p{Lu}\p{Ll}+)\ \Z   # "Doug " before "Ford": the company is a surname
    """,
    regex.VERBOSE | regex.REVERSE,
)

# What follows a company's short name in its legal name: "Ford" Motor Co.
_COMPANY_FORMS = frozenset("""
Corp Corporation Co Company Inc Ltd Group Holdings Motor Motors Industries Plc LLC AG SA NV
""".split())

# Words a sentence may open with that are not part of a name.
_LEADING_NOISE = frozenset("""
The A An And But Or If When While As At In On For With After Before Since By From To Of Under
Over During Between Among Despite Amid Although Though Because Meanwhile However Both All Its
His Her Their Our This That These Those Former Then
""".split())

_RULES = (
    "event.lexicon", "event.group_meeting", "event.bilateral", "event.round",
    "org.lexicon", "org.news_noun", "org.x_of_y", "org.suffix", "org.after_company_noun",
    "org.defined_acronym",
)
_RANK = {rule_id: i for i, rule_id in enumerate(_RULES)}
_EVENT_PATTERNS = (
    ("event.group_meeting", _GROUP_MEETING),
    ("event.bilateral", _BILATERAL),
    ("event.round", _ROUND),
)


def find_orgs(text: str) -> list[OrgMention]:
    """Every organisation and named event in ``text``, in order."""
    folded = fold(text)
    candidates: list[tuple[int, int, str, str]] = []   # (start, end, kind, rule_id)
    for m in _LEXICON.finditer(folded):
        start, end = m.span("m")
        kind = _KIND[m.group("m")]
        if kind == "organization" and not _lexicon_org_stands(folded, m.group("m"), start, end):
            continue
        candidates.append((start, end, kind, "event.lexicon" if kind == "event" else "org.lexicon"))
    for rule_id, pattern in _EVENT_PATTERNS:
        for m in pattern.finditer(folded):
            if rule_id != "event.bilateral" or (
                    country_code(m.group("a")) is not None and country_code(m.group("b")) is not None):
                candidates.append((*m.span("m"), "event", rule_id))
    for m in _ANCHORS.finditer(folded):
        candidates.extend(_anchored(folded, m.group("m"), *m.span("m")))
    settled = _settle(candidates)
    settled = _settle(settled + _defined_acronyms(folded, settled))
    names = _names(text, folded, settled)
    return [
        OrgMention(start, end, text[start:end], names[(start, end)], kind, rule_id)
        for start, end, kind, rule_id in settled
    ]


def _lexicon_org_stands(folded: str, name: str, start: int, end: int) -> bool:
    """False when a known name is part of something else: an office, a market, a person."""
    if _NOT_AN_ACTOR_AFTER.match(folded, end):
        return False
    if " " not in name and not name.isupper():
        m = _FIRST_NAME_BEFORE.search(folded, max(0, start - 20), start)
        if m and m.group("w").casefold() not in NOT_NAME_WORDS \
                and m.group("w").casefold() not in HEADS and country_code(m.group("w")) is None \
                and m.group("w") not in _KIND:
            return False
    return True


def _anchored(folded: str, anchor: str, a: int, b: int) -> list[tuple[int, int, str, str]]:
    """Organisation names ending in, hanging off, or following the anchor word at [a, b)."""
    found = []
    if anchor in lex.NEWS_NOUNS:
        m = _PUBLICATION_BEFORE.search(folded, max(0, a - 80), a)
        if m:
            found.append(_trimmed(folded, m.start("m"), m.end("m"), "org.news_noun", min_words=1))
    if anchor in _OF_HEADS:
        tail = _OF_TAIL.match(folded, b)
        if tail:
            m = _WORDS_BEFORE.search(folded, max(0, a - 100), a)
            found.append(_trimmed(folded, m.start() if m else a, tail.end(), "org.x_of_y", min_words=1))
    if anchor in lex.ORG_SUFFIXES:
        m = _WORDS_BEFORE.search(folded, max(0, a - 100), a)
        if m:
            found.append(_trimmed(folded, m.start(), b, "org.suffix", min_words=2))
    if anchor in lex.COMPANY_NOUNS:
        m = _NAME_AFTER_NOUN.match(folded, b)
        if m:
            found.append(_trimmed(folded, m.start("m"), m.end("m"), "org.after_company_noun",
                                  min_words=1))
    return [f for f in found if f is not None]


def _trimmed(folded: str, start: int, end: int, rule_id: str, *, min_words: int):
    """Drop sentence openers ("The", "But") from the front; None when too little is left."""
    words = folded[start:end].split(" ")
    while words and words[0] in _LEADING_NOISE:
        start += len(words[0]) + 1
        words.pop(0)
    if len(words) < min_words or (len(words) == 1 and words[0].casefold() in NOT_NAME_WORDS):
        return None   # "the company Monday said"
    # "Soviet Union", "European Union", "Japanese" are places, found by places.py.
    if country_code(" ".join(words)) is not None:
        return None
    return start, end, "organization", rule_id


def _defined_acronyms(folded: str, settled) -> list[tuple[int, int, str, str]]:
    """"Consuming Industries Trade Action Coalition (CITAC)": the acronym and its later uses."""
    acronyms: set[str] = set()
    for start, end, kind, _ in settled:
        if kind == "organization":
            m = _ACRONYM_AFTER.match(folded, end)
            if m:
                acronyms.add(m.group("m"))
    if not acronyms:
        return []
    # A plain `re` word-bounded search: the acronyms are literal strings.
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, sorted(acronyms))) + r")(?![\w-])")
    return [(m.start(), m.end(), "organization", "org.defined_acronym") for m in pattern.finditer(folded)]


def _names(text: str, folded: str, settled) -> dict[tuple[int, int], str]:
    """The shortest spelling the text uses for each mention's organisation."""
    group_of: dict[str, str] = {}   # spelling -> group key
    span_of: dict[str, tuple[int, int]] = {}   # spelling -> first span with it
    for start, end, kind, _ in settled:
        if kind == "organization":
            spelling = folded[start:end]
            group_of.setdefault(spelling, _GROUP_OF.get(spelling, spelling))
            span_of.setdefault(spelling, (start, end))
    for start, end, kind, _ in settled:
        m = _ACRONYM_AFTER.match(folded, end) if kind == "organization" else None
        if m and m.group("m") in group_of:
            group_of[m.group("m")] = group_of[folded[start:end]]
    spellings = sorted(group_of, key=len)
    for long in spellings:
        for short in spellings:
            # "Nippon Steel Corp" is "Nippon Steel" when the text also uses the short form.
            if len(short) < len(long) and long.startswith(short + " ") \
                    and set(long[len(short) + 1:].split()) <= _COMPANY_FORMS:
                group_of[long] = group_of[short]
                break
    shortest: dict[str, tuple[int, int]] = {}
    for spelling in spellings:
        shortest.setdefault(group_of[spelling], span_of[spelling])
    names = {}
    for start, end, kind, _ in settled:
        s, e = shortest[group_of[folded[start:end]]] if kind == "organization" else (start, end)
        names[(start, end)] = text[s:e]
    return names


def _settle(candidates: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep non-overlapping candidates: of two that overlap, the longer, then the earlier rule."""
    taken: list[tuple[int, int, str, str]] = []
    for cand in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]), _RANK[c[3]])):
        if taken and cand[0] < taken[-1][1]:
            last = taken[-1]
            # A later-starting candidate can only overlap the last kept one.
            if (cand[1] - cand[0], -_RANK[cand[3]]) > (last[1] - last[0], -_RANK[last[3]]):
                taken[-1] = cand
            continue
        taken.append(cand)
    return taken
