"""Organisations and named events in news text.

Known names come from ``lexicon_orgs``; unknown ones are found by their shape:
capitalized words ending in an organisation noun ("Japan Automobile
Manufacturers Association", "Australian Bankers' Association", "Harbourside
Capital", "1157th Transportation Company"), "X of/for Y" ("Ministry of X",
"Coalition for Fair Lumber Imports", "Society of Motor Manufacturers and
Traders": a list inside the name ends before a country or a known name, "the
Ministry of Finance and Toyota"), a publication named before "newspaper" /
"news agency", a company named after its trade ("power producer Nordvik
Energi") or described right after its name ("V.O.S. Selections, a New York
wine importer"), the platform X where the sentence posts on it ("wrote on X"),
and an acronym the text defines in brackets ("Consuming Industries Trade
Action Coalition (CITAC)"). A known name goes on with a regional unit
("ArcelorMittal USA"), "of America" ("United Steelworkers of America") or a
"US " before it ("US Customs and Border Protection"). A known one-word company
that the text uses as a person's surname ("Ontario Premier Doug Ford ... Ford
agreed") is the person throughout. A name with a legal form ("Halvorsen
Industries") is also found without it where that stands alone ("Halvorsen
expects"). Descriptions are not names: "Central Bank President X", "the Oval
Office" (``lexicon_orgs.GENERIC_NAMES``); "Samsung of South Korea" is Samsung.

Events are the named ones in the lexicon ("Plaza Accord"), a grouping or a
pair of countries before a meeting noun ("G7 summit", "U.S.-Japan trade
talks") and numbered rounds ("fifth round of trade talks"). An unnamed meeting
("the June 15 summit") is not an event. A grouping's meeting also names the
grouping as an organisation ("G20" inside "G20 summit"): the only mentions
that overlap, one of each kind at the same start.

Every candidate from every rule is collected, then overlaps are settled: the
longer span wins, and on equal spans the earlier rule in ``_RULES`` order.

The name of a mention is the shortest spelling of that organisation the text
uses: known spellings (``lexicon_orgs.ALIAS_GROUPS``), an acronym defined in
brackets, and a longer company name that is a shorter one plus legal or
descriptive words ("Nippon Steel Corp" and "Nippon Steel", "Suntech Power"
and "Suntech", "LG Electronics" and "LG") are one organisation.
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

# One capitalized word of a name. A singular possessive is left out, so "Japan's
# Economy Ministry" yields "Economy Ministry", not the possessor; a plural one is part
# of the name ("Australian Bankers' Association", "Workers' Party").
_CAP = r"(?:\p{Lu}[\p{L}\p{M}&-]*s'(?!\w)|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}&-]*[\p{L}\p{M}]|\p{Lu})"
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
    "Administration", "Coalition", "Society", "Exchange", "Union", "Alliance", "Foundation", "Fund",
    "Forum", "Centre", "Center", "Party", "League", "Confederation", "Tribunal", "Assembly", "Academy",
    "Initiative", "Corporation", "Company",
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
    (?:[0-9]{{1,4}}(?:st|nd|rd|th)\ )?   # a numbered unit: "1157th Transportation Company"
    (?:{_CAP_NOT_TITLE}\ (?:&\ )?){{1,5}}  # "Japan Automobile Manufacturers " before "Association"
    \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

_OF_TAIL = regex.compile(
    rf"""
    \ (?:of|for)\ (?:the\ )?                        # "of", "for the"
    {_CAP_NOT_TITLE}(?:\ {_CAP_NOT_TITLE}){{0,3}}     # what it is of: "Commerce", "International Trade"
    (?:(?:,\ {_CAP_NOT_TITLE}(?:\ {_CAP_NOT_TITLE}){{0,2}}){{0,3}}   # ", Forestry"
       ,?\ (?:and|&)\ {_CAP_NOT_TITLE}(?:\ {_CAP_NOT_TITLE}){{0,2}})?  # " and Fisheries"
    (?![\w-])
    """,
    regex.VERBOSE,
)
# Where a list inside a name may end: before ", Toyota" or " and Japan" the name is over.
_CONJUNCTION = regex.compile(r",\ |,?\ (?:and|&)\ ")

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

_REGION_AFTER = regex.compile(
    rf"""
    \ (?:{_alternation(lex.REGIONAL_UNITS)})(?![\w-])   # "ArcelorMittal USA"
    """,
    regex.VERBOSE,
)

# Only America: "Samsung of South Korea and Apple of the United States" is how wire copy
# says where a company is from, while "X of America" names unions and associations.
_OF_AMERICA_AFTER = regex.compile(
    r"""
    \ of\ (?:the\ )?America(?:s)?(?![\w'-])   # "United Steelworkers of America"
    """,
    regex.VERBOSE,
)

# ", a New York wine importer": found by a plain search from its comma (the stdlib
# engine skips to ", " at C speed); the name before the comma is read backwards.
_APPOSITIVE_TAIL = re.compile(
    r",\ (?:a|an|the)\ (?:[\w'-]+\ ){0,4}?(?:"
    + "|".join(map(re.escape, sorted(lex.APPOSITIVE_COMPANY_NOUNS, key=len, reverse=True)))
    + r")(?![\w'-])"   # "importer", not "the company's"
)
_NAME_BEFORE = regex.compile(
    rf"""
    (?<![\w.'-])
    (?P<m>{_CAP_NOT_TITLE}(?:\ (?:&\ )?{_CAP_NOT_TITLE}){{0,3}})   # "V.O.S. Selections"
    \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

# The platform once called Twitter: a one-letter name, so only where the sentence says so.
_PLATFORM_X = regex.compile(
    r"""
    (?<=\b(?:platform|site|network)\x20)X(?![\w-])           # "social media platform X"
    |X(?=,?\x20\(?formerly\x20(?:known\x20as\x20)?Twitter)   # "X, formerly Twitter"
    |(?<=\b(?:posted|posting|posts?|wrote|writing|said|saying|tweeted|announced|shared|statement|message|video)
        (?:\x20[^\s.]+){0,3}?\x20on\x20)X(?![\w-])          # "wrote on X", "said in a post on X"
    |(?<=\b(?:his|her|its|their|an?)\x20)X(?=\x20(?:account|post|feed)s?\b)   # "his X account"
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

_WORD_BEFORE = regex.compile(r"(?P<w>[\w.-]+)\ \Z", regex.REVERSE)

_FIRST_NAME_BEFORE = regex.compile(
    r"""
    (?<![\w.'-])(?P<w>\p{Lu}\p{Ll}+)\ \Z   # "Doug " before "Ford": the company is a surname
    """,
    regex.VERBOSE | regex.REVERSE,
)

# What follows a company's short name in its legal name: "Ford" Motor Co.
_COMPANY_FORMS = frozenset("""
Corp Corporation Co Company Inc Ltd Group Holdings Motor Motors Industries Plc LLC AG SA NV Electronics
""".split())
# A longer name made of a shorter one the text also uses and these words is the same
# company: "Suntech Power ... Suntech", "Tokyo Electric Power ... Tokyo Electric".
_NAME_FORMS = _COMPANY_FORMS | frozenset("""
Power Electric Energy Technologies Technology Systems Solutions International Global Worldwide Precision
""".split())

# Words a sentence may open with that are not part of a name.
_LEADING_NOISE = frozenset("""
The A An And But Or If When While As At In On For With After Before Since By From To Of Under
Over During Between Among Despite Amid Although Though Because Meanwhile However Both All Its
His Her Their Our This That These Those Former Then
""".split())

_RULES = (
    "event.lexicon", "event.group_meeting", "event.bilateral", "event.round",
    "org.lexicon", "org.lexicon_extended", "org.news_noun", "org.x_of_y", "org.suffix",
    "org.after_company_noun", "org.appositive", "org.platform", "org.defined_acronym", "org.short_name",
    "org.event_group",
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
    surnames: set[str] = set()   # one-word company names the text uses as a person's surname
    for m in _LEXICON.finditer(folded):
        start, end = m.span("m")
        name = m.group("m")
        kind = _KIND[name]
        if kind == "organization":
            stands = _lexicon_org_stands(folded, name, start, end)
            if stands is None:
                surnames.add(name)
            if not stands:
                continue
            candidates.extend(_lexicon_extended(folded, start, end))
        candidates.append((start, end, kind, "event.lexicon" if kind == "event" else "org.lexicon"))
    if surnames:   # "Ontario Premier Doug Ford ... Ford agreed": the person, not the carmaker
        candidates = [c for c in candidates if c[3] != "org.lexicon" or folded[c[0]:c[1]] not in surnames]
    for rule_id, pattern in _EVENT_PATTERNS:
        for m in pattern.finditer(folded):
            if rule_id != "event.bilateral" or (
                    country_code(m.group("a")) is not None and country_code(m.group("b")) is not None):
                candidates.append((*m.span("m"), "event", rule_id))
    for m in _ANCHORS.finditer(folded):
        candidates.extend(_anchored(folded, m.group("m"), *m.span("m")))
    for tail in _APPOSITIVE_TAIL.finditer(folded):
        m = _NAME_BEFORE.search(folded, max(0, tail.start() - 80), tail.start())
        if m is not None and not _is_known_person_name(folded, *m.span("m")):
            found = _trimmed(folded, *m.span("m"), "org.appositive", min_words=1)
            if found is not None:
                candidates.append(found)
    if "X" in folded:
        candidates.extend((*m.span(), "organization", "org.platform") for m in _PLATFORM_X.finditer(folded))
    settled = _settle(candidates)
    settled = _settle(settled + _defined_acronyms(folded, settled) + _short_names(folded, settled))
    settled = sorted(settled + _event_groups(folded, settled), key=lambda c: (c[0], -c[1]))
    names = _names(text, folded, settled)
    return [
        OrgMention(start, end, text[start:end], names[(start, end)], kind, rule_id)
        for start, end, kind, rule_id in settled
    ]


def _lexicon_extended(folded: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """A known name that goes on: "ArcelorMittal USA", "United Steelworkers of America", "US Customs"."""
    found = []
    if folded[end:end + 1] == " " and folded[end + 1:end + 2].isupper():   # most names are followed by a verb
        m = _REGION_AFTER.match(folded, end)
        if m:
            found.append((start, m.end(), "organization", "org.lexicon_extended"))
    if folded.startswith(" of ", end):
        m = _OF_AMERICA_AFTER.match(folded, end)
        if m:
            found.append((start, m.end(), "organization", "org.lexicon_extended"))
    if start >= 3 and folded.startswith("US ", start - 3) and (start == 3 or not folded[start - 4].isalnum()):
        found.append((start - 3, end, "organization", "org.lexicon_extended"))
    return found


def _is_known_person_name(folded: str, start: int, end: int) -> bool:
    """A name right after a title ("Captain Maria Delgado, the unit's ...") is a person's."""
    m = _WORD_BEFORE.search(folded, max(0, start - 30), start)
    return m is not None and m.group("w").casefold() in HEADS


def _lexicon_org_stands(folded: str, name: str, start: int, end: int) -> bool | None:
    """False when a known name is part of something else: an office, a market; None for a person's surname."""
    if _NOT_AN_ACTOR_AFTER.match(folded, end):
        return False
    if " " not in name and not name.isupper():
        m = _FIRST_NAME_BEFORE.search(folded, max(0, start - 20), start)
        if m and m.group("w").casefold() not in NOT_NAME_WORDS \
                and m.group("w").casefold() not in HEADS and country_code(m.group("w")) is None \
                and m.group("w") not in _KIND:
            return None
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
            end = _list_end(folded, b, tail.end())
            found.append(_trimmed(folded, m.start() if m else a, end, "org.x_of_y", min_words=1))
    if anchor in lex.ORG_SUFFIXES:
        m = _WORDS_BEFORE.search(folded, max(0, a - 100), a)
        if m:
            region = _REGION_AFTER.match(folded, b)
            found.append(_trimmed(folded, m.start(), region.end() if region else b, "org.suffix", min_words=2))
    if anchor in lex.COMPANY_NOUNS:
        m = _NAME_AFTER_NOUN.match(folded, b)
        if m:
            found.append(_trimmed(folded, m.start("m"), m.end("m"), "org.after_company_noun",
                                  min_words=1))
    return [f for f in found if f is not None]


def _list_end(folded: str, start: int, end: int) -> int:
    """End of an x-of-y name at the first ", X" or " and X" where X is a country or a known name."""
    for m in _CONJUNCTION.finditer(folded, start, end):
        rest = folded[m.end():end]
        words = rest.split(" ")
        if any(" ".join(words[:n]) in _KIND or country_code(" ".join(words[:n])) is not None
               for n in range(1, min(3, len(words)) + 1)):
            return m.start()
    return end


def _trimmed(folded: str, start: int, end: int, rule_id: str, *, min_words: int):
    """Drop sentence openers ("The", "But") from the front; None when too little is left."""
    words = folded[start:end].split(" ")
    while words and words[0] in _LEADING_NOISE:
        start += len(words[0]) + 1
        words.pop(0)
    if len(words) < min_words or (len(words) == 1 and words[0].casefold() in NOT_NAME_WORDS):
        return None   # "the company Monday said"
    if " ".join(words) in lex.GENERIC_NAMES:
        return None   # "Central Bank President X"
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


def _short_names(folded: str, settled) -> list[tuple[int, int, str, str]]:
    """"Halvorsen Industries ... Halvorsen said": the name without its legal form, where it stands alone."""
    shorts: set[str] = set()
    for start, end, kind, rule_id in settled:
        if kind != "organization" or rule_id not in ("org.suffix", "org.lexicon", "org.appositive"):
            continue
        words = folded[start:end].split(" ")
        cut = len(words)
        while cut > 1 and words[cut - 1] in _COMPANY_FORMS:
            cut -= 1
        short = " ".join(words[:cut])
        if cut < len(words) and len(short) > 2 and short not in _KIND and short.casefold() not in NOT_NAME_WORDS \
                and short.casefold() not in HEADS and short not in _LEADING_NOISE and country_code(short) is None:
            shorts.add(short)
    if not shorts:
        return []
    # A plain `re` search like _defined_acronyms; a capitalized word after it makes a longer name.
    pattern = re.compile(r"(?<![\w.'-])(" + "|".join(map(re.escape, sorted(shorts))) + r")(?![\w-])(?!\ [A-Z])")
    return [(m.start(), m.end(), "organization", "org.short_name") for m in pattern.finditer(folded)]


def _event_groups(folded: str, settled) -> list[tuple[int, int, str, str]]:
    """The grouping of a "G20 summit" is named too: the organisation inside the event."""
    found = []
    for start, end, kind, rule_id in settled:
        if rule_id == "event.group_meeting":
            group = folded[start:end].split(" ")[0]
            if _KIND.get(group) == "organization":
                found.append((start, start + len(group), "organization", "org.event_group"))
    return found


def _names(text: str, folded: str, settled) -> dict[tuple[int, int], str]:
    """The shortest spelling the text uses for each mention's organisation."""
    group_of: dict[str, str] = {}   # spelling -> group key
    span_of: dict[str, tuple[int, int]] = {}   # spelling -> first span with it
    for start, end, kind, _ in settled:
        if kind == "organization":
            spelling = folded[start:end]
            # "US Treasury" and "Treasury" are one organisation, like "U.S. Treasury" in the lexicon.
            plain = spelling[3:] if spelling.startswith("US ") and spelling[3:] in _KIND else spelling
            group_of.setdefault(spelling, _GROUP_OF.get(spelling, _GROUP_OF.get(plain, plain)))
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
                    and set(long[len(short) + 1:].split()) <= _NAME_FORMS:
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
