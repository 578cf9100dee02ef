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

Held-out-style copy names many companies no lexicon lists, so the sentence around a
name also says it is a company: a list with a known one ("Honda, Kawasaki, Yamaha and
Suzuki", "Spain's BBVA, Italy's UniCredit"), "shares of X" / "X's shares", "X said it
would", "analysts at X", "managing director of X", "the distribution company, X,",
"X, owned by LVMH" / "LVMH, which owns X"; a one-word name found so is the company
wherever it stands alone. Persons (a first name before the word elsewhere in the text,
a known leader), places and common words are not. Numbered military units ("1st Cavalry
Division"), union locals ("Teamsters Local 431") and a company's country unit ("GM
Korea") are names; a country before a known body ("Chinese Foreign Ministry") is not.

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
from transforms import lexicon_places
from transforms.gazetteer import trie_pattern
from transforms.lexicon_titles import HEADS, KNOWN_LEADERS, NOT_NAME_WORDS
from transforms.model import OrgMention
from transforms.places import country_code, find_places
from transforms.textnorm import fold


def _alternation(words, *, ignore_case: bool = False) -> str:
    body = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


_KIND = {name: "organization" for name in lex.ORGANIZATIONS} | {name: "event" for name in lex.EVENTS}
# The phrase tries of gazetteer.compile_phrases, word-bounded differently for speed: a name's trie
# without the leading look-behind lets the engine skip to its first letters (twice as fast), the start
# checked after; the lower-case anchor words instead follow the character before them.
_LEXICON = re.compile(r"(?P<m>" + trie_pattern(_KIND) + r")(?![\w])")
_GROUP_OF = {name: group[0] for group in lex.ALIAS_GROUPS for name in group}

# One capitalized word of a name. A singular possessive is left out, so "Japan's
# Economy Ministry" yields "Economy Ministry", not the possessor; a plural one is part
# of the name ("Australian Bankers' Association", "Workers' Party").
_CAP = r"(?:\p{Lu}[\p{L}\p{M}&-]*s'(?!\w)|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}&-]*[\p{L}\p{M}]|\p{Lu})"
# A capitalized word that is not a title head, so "Department of Commerce
# Secretary Howard Lutnick" stops before "Secretary".
_CAP_NOT_TITLE = rf"(?!{_alternation(HEADS, ignore_case=True)}(?![\w-])){_CAP}"

# On the stdlib engine (twice as fast here as `regex`) and without its leading look-behind, which
# _phrases checks: no "(?<![\w.-])" before the match.
_GROUP_MEETING = re.compile(
    rf"""
    (?P<m>
      {_alternation(lex.EVENT_GROUPS)}                # the grouping: "G7", "APEC"
      (?:\ {_alternation(lex.EVENT_MIDDLES, ignore_case=True)})?   # "leaders'", "finance ministers"
      \ {_alternation(lex.EVENT_NOUNS, ignore_case=True)}          # "summit", "meeting", "talks"
    )
    (?![\w-])
    """,
    re.VERBOSE,
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

_GROUP_AT_START = re.compile(_alternation(lex.EVENT_GROUPS) + r"(?![\w-])")

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
    (?:(?<=Republic|Kingdom|Federation|Commonwealth)\ of\ {_CAP_NOT_TITLE}(?:\ {_CAP_NOT_TITLE}){{0,2}})?
                                                    # a country's formal name: "the Republic of Turkey"
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
    r",\ (?:a|an|the)\ (?:[\w'-]+\ ){0,5}?(?:"
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
    \ \((?P<m>\p{Lu}[\p{L}\d&.-]{1,9})\)   # " (CITAC)", " (Nersa)" right after a name
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
Corp Corporation Co Company Inc Ltd Group Holding Holdings Motor Motors Industries Plc LLC AG SA NV Electronics
""".split())
# "Zhejiang Geely Holding Group": a known name inside a legal name is no surname.
_FORM_AFTER = re.compile(r"\ (?:" + "|".join(sorted(_COMPANY_FORMS, key=len, reverse=True)) + r")(?![\w-])")
# A longer name made of a shorter one the text also uses and these words is the same
# company: "Suntech Power ... Suntech", "Tokyo Electric Power ... Tokyo Electric".
_NAME_FORMS = _COMPANY_FORMS | frozenset("""
Power Electric Energy Technologies Technology Systems Solutions International Global Worldwide Precision
""".split())
# Words of a trade that the short name of a company leaves out: "Orchard Freight Lines ... Orchard",
# "Wedbush Securities", "Lehman Brothers ... Lehman".
_SECTOR_FORMS = frozenset("""
Lines Freight Airlines Airways Shipping Tankers Securities Brothers Communications
""".split())
_SHORT_CUTS = _COMPANY_FORMS | _SECTOR_FORMS
_MERGE_FORMS = _NAME_FORMS | _SECTOR_FORMS
# A name without its last word that is a place: "Incheon International Airport Corp" and the airport.
_PLACE_NOUNS = frozenset("Airport Port Harbor Harbour Station Street Square Bridge Canal".split())

# Words a sentence may open with that are not part of a name.
_LEADING_NOISE = frozenset("""
The A An And But Or If When While As At In On For With After Before Since By From To Of Under
Over During Between Among Despite Amid Although Though Because Meanwhile However Both All Its
His Her Their Our This That These Those Former Then
""".split())

# Words of the heads of government and ministers the people module knows: "Trump" in a list
# with a company ("the White House, Trump and Lutnick") is the man.
_LEADER_WORDS = frozenset(w for name, _, shorts in KNOWN_LEADERS for w in (*name.split(" "), *shorts))

# A coordinated list of names: "Honda, Kawasaki, Yamaha and Suzuki", "Spain's BBVA, Italy's UniCredit
# and France's BNP Paribas". One known organisation in it makes the one-word others companies too.
# Read item by item from the known one, forwards and backwards.
_LIST_SEP = r"(?P<sep>,\ (?:and\ |or\ )?|\ and\ |\ or\ |\ &\ )"
_LIST_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&-]*(?:\.[\w&-]+)*)"   # "U.S.", "JD.com", not "States." ending a sentence
_LIST_ITEM = rf"(?:(?P<owner>{_LIST_WORD})'s\ )?(?P<m>{_LIST_WORD}(?:\ (?:&\ )?{_LIST_WORD}){{0,3}})"
_NEXT_ITEM = re.compile(_LIST_SEP + _LIST_ITEM + r"(?![\w'-])")
_PREV_ITEM = regex.compile(r"(?<![\w.'-])" + _LIST_ITEM + _LIST_SEP + r"\Z", regex.REVERSE)
_OWNER_BEFORE = regex.compile(r"(?<![\w.'-])[A-Z][\w.-]*'s\ \Z", regex.REVERSE)   # "France's " BNP Paribas

# What a sentence says only of a company: its shares, or "it" after it says something. These
# and the role words below are anchors of the one phrase scan (_ANCHORS), checked where found.
_SHARE_WORDS = ("shares", "Shares", "stock", "share price")
_SHARES_OF_AFTER = re.compile(r"\ (?:of|in)\ (?:the\ )?(?=[A-Z])")                      # "Shares of Geely"
_SHARES_NOT_OF_A_COMPANY = re.compile(r"\ (?:of|in)\b|\ (?:index|indices|market|exchange|average|futures)\b")
_SAID_IT = r"said\ (?:on\ [A-Z][a-z]+\ )?(?:that\ )?it\ (?:would|will|had|has|was|is|expects?|plans?)\b"
_NAME_AFTER = regex.compile(
    rf"""
    (?P<m>{_CAP_NOT_TITLE}(?:\ (?:&\ )?{_CAP_NOT_TITLE}){{0,4}})   # "China Tourism Group Duty Free"
    (?![\w'-])
    """,
    regex.VERBOSE,
)
# Someone who works at an organisation: "head of tanker research at Nordic Shipbrokers", "Analysts at
# Banorte"; "managing director of Indian Hotels" (a description in lower case, not a title).
_AT_ROLES = tuple(f"{w}{s}" for w in ("analyst", "economist", "strategist", "researcher") for s in ("", "s")) + (
    "research", "director", "professor", "fellow", "partner", "spokesman", "spokeswoman", "spokesperson",
    "official", "executive", "head", "chief")
_OF_ROLES = ("managing director", "chief executive", "chairman", "chairwoman", "president", "founder")
_AT_ROLE_WORDS = frozenset(_AT_ROLES) | {w.capitalize() for w in _AT_ROLES}
# One scan finds " at X" (rarer than the role words, read back from it) and " said it would" (its
# subject read back); "chairman of X" is found from the role word, an anchor.
_AT_OR_SAID = re.compile(rf"\ (?:(?P<at>at\ (?:the\ )?(?=[A-Z]))|{_SAID_IT})")
_OF_THE_NAME = re.compile(r"\ of\ (?:the\ )?(?=[A-Z])")

# "Hennessy, owned by LVMH": owned by a known organisation, the name is a company; and "Pernod
# Ricard, which owns Martell".
_OWNED_BY = regex.compile(r",\ (?:which\ is\ |now\ )?(?:owned|controlled)\ by\ \Z", regex.REVERSE)
_WHICH_OWNS = re.compile(r",\ which\ (?:owns|bought|acquired|controls)\ (?=[A-Z])")

# "The Brazilian coffee exporters' council, Cecafé, called": a description ending in an
# organisation noun (an anchor), then the name between commas.
_DESCRIPTION_BEFORE = regex.compile(
    r"(?<![\w'-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\ (?:[\w'-]+\ ){0,5}\Z", regex.REVERSE)
_COMMA_NAME = re.compile(r",\ (?=[A-Z])")

# A known union's branch: "Teamsters Local 431"; a known company's unit in a country is named by the
# country ("GM Korea"), not its people ("Samsung Korean staff").
_LOCAL_AFTER = re.compile(r"\ Local\ \d{1,4}\b")
_DEMONYMS = frozenset(lexicon_places.DEMONYMS)

# A numbered military unit: "3rd Brigade Combat Team", "1st Cavalry Division", "82nd Airborne Division".
_MILITARY_NOUNS = ("Brigade Combat Team", "Combat Team", "Division", "Brigade", "Regiment", "Battalion",
                   "Squadron", "Fleet", "Corps", "Wing")
_NUMBERED_BEFORE = regex.compile(
    r"(?<![\w.'-])\d{1,4}(?:st|nd|rd|th)\ (?:\p{Lu}\p{Ll}+\ ){0,3}\Z", regex.REVERSE)

_ANCHOR_TRIE = trie_pattern({
    *lex.ORG_SUFFIXES, *_OF_HEADS, *lex.NEWS_NOUNS, *lex.COMPANY_NOUNS, *lex.APPOSITIVE_COMPANY_NOUNS,
    *_SHARE_WORDS, *_MILITARY_NOUNS, *_OF_ROLES,
})
_ANCHORS = re.compile(r"[^\w](?P<m>" + _ANCHOR_TRIE + r")(?![\w])")
_ANCHOR_AT_START = re.compile(r"(?P<m>" + _ANCHOR_TRIE + r")(?![\w])")
# What each anchor word is, looked up once per anchor found.
_ANCHOR_KINDS = {
    word: frozenset(kind for kind, words in (
        ("news", lex.NEWS_NOUNS), ("of_head", _OF_HEADS), ("suffix", lex.ORG_SUFFIXES),
        ("company_noun", lex.COMPANY_NOUNS), ("appositive", lex.APPOSITIVE_COMPANY_NOUNS),
        ("shares", _SHARE_WORDS), ("military", _MILITARY_NOUNS), ("role_of", _OF_ROLES)) if word in words)
    for word in {*lex.ORG_SUFFIXES, *_OF_HEADS, *lex.NEWS_NOUNS, *lex.COMPANY_NOUNS,
                 *lex.APPOSITIVE_COMPANY_NOUNS, *_SHARE_WORDS, *_MILITARY_NOUNS, *_OF_ROLES}
}

_RULES = (
    "event.lexicon", "event.group_meeting", "event.bilateral", "event.round",
    "org.lexicon", "org.lexicon_extended", "org.news_noun", "org.x_of_y", "org.suffix",
    "org.after_company_noun", "org.appositive", "org.platform", "org.defined_acronym", "org.short_name",
    "org.event_group", "org.list", "org.military_unit", "org.context", "org.works_at", "org.owned",
    "org.described_before",
)
_RANK = {rule_id: i for i, rule_id in enumerate(_RULES)}
_CONTEXT_RULES = ("org.context", "org.works_at", "org.described_before")
_CONTEXT_KINDS = frozenset({"shares", "military", "appositive", "role_of"})
# A pair is tried only where a hyphen joins two capitalized words: the hyphen is found by a plain
# scan, the first country read back from it, and the pattern matched there.
_HYPHEN_CAP = re.compile(r"-(?=[A-Z])")
_PAIR_FIRST = regex.compile(r"(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}]+)\Z", regex.REVERSE)


def find_orgs(text: str) -> list[OrgMention]:
    """Every organisation and named event in ``text``, in order."""
    folded = fold(text)
    candidates: list[tuple[int, int, str, str]] = []   # (start, end, kind, rule_id)
    surnames: set[str] = set()   # one-word company names the text uses as a person's surname
    for m in _phrases(_LEXICON, folded):
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
    candidates.extend((*m.span("m"), "event", "event.group_meeting")
                      for m in _phrases(_GROUP_MEETING, folded, "_.-"))
    for hyphen in _HYPHEN_CAP.finditer(folded):
        first = _PAIR_FIRST.search(folded, max(0, hyphen.start() - 30), hyphen.start())
        m = _BILATERAL.match(folded, first.start()) if first else None
        if m and country_code(m.group("a")) is not None and country_code(m.group("b")) is not None:
            candidates.append((*m.span("m"), "event", "event.bilateral"))
    candidates.extend((*m.span("m"), "event", "event.round") for m in _ROUND.finditer(folded))
    for m in _anchor_words(folded):
        candidates.extend(_anchored(folded, m.group("m"), *m.span("m")))
    for tail in _APPOSITIVE_TAIL.finditer(folded):
        m = _NAME_BEFORE.search(folded, max(0, tail.start() - 80), tail.start())
        if m is not None and not _is_known_person_name(folded, *m.span("m")):
            found = _trimmed(folded, *m.span("m"), "org.appositive", min_words=1)
            if found is not None:
                candidates.append(found)
    candidates.extend(_works_at_and_said(folded))
    if "X" in folded:
        candidates.extend((*m.span(), "organization", "org.platform") for m in _PLATFORM_X.finditer(folded))
    settled = _settle(candidates)
    for more in (_context_names, _listed_or_owned, _acronyms_and_short_names):
        found = more(folded, settled)
        if found:
            settled = _settle(settled + found)
    settled = sorted(settled + _event_groups(folded, settled), key=lambda c: (c[0], -c[1]))
    names = _names(text, folded, settled)
    return [
        OrgMention(start, end, text[start:end], names[(start, end)], kind, rule_id)
        for start, end, kind, rule_id in settled
    ]


def _phrases(pattern: re.Pattern, folded: str, not_before: str = "_"):
    """The matches of a pattern without its look-behind that start a word (and follow none of
    ``not_before``), as finditer with the look-behind would give them."""
    at = 0
    while (m := pattern.search(folded, at)) is not None:
        start = m.start()
        if start and (folded[start - 1].isalnum() or folded[start - 1] in not_before):
            at = start + 1   # inside a word: the next start is later in it or after it
            continue
        yield m
        at = m.end()


def _anchor_words(folded: str):
    """The anchor words: each follows a character that is no word character (or opens the text)."""
    first = _ANCHOR_AT_START.match(folded)
    if first:
        yield first
    yield from _ANCHORS.finditer(folded, first.end() if first else 0)


def _lexicon_extended(folded: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """A known name that goes on: "ArcelorMittal USA", "United Steelworkers of America", "US Customs",
    "Teamsters Local 431", "GM Korea"."""
    found = []
    if folded[end:end + 1] == " " and folded[end + 1:end + 2].isupper():   # most names are followed by a verb
        m = _REGION_AFTER.match(folded, end) or _LOCAL_AFTER.match(folded, end)
        if m:
            found.append((start, m.end(), "organization", "org.lexicon_extended"))
        elif folded[start:end] not in lex.GOVERNMENT_BODIES:
            # A company's unit in a country is named by the country ("GM Korea"), not its people ("Japanese").
            words = folded[end + 1:end + 40].split(" ", 2)
            for n in (2, 1):
                country = " ".join(words[:n]).rstrip(".,;:")
                if len(words) >= n and country_code(country) is not None and country not in _DEMONYMS \
                        and folded.startswith(country, end + 1) \
                        and not folded.startswith(("'", "-"), end + 1 + len(country)):
                    found.append((start, end + 1 + len(country), "organization", "org.lexicon_extended"))
                    break
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
    if " " not in name and not name.isupper() and not _FORM_AFTER.match(folded, end):
        m = _FIRST_NAME_BEFORE.search(folded, max(0, start - 20), start)
        if m and m.group("w").casefold() not in NOT_NAME_WORDS \
                and m.group("w").casefold() not in HEADS and country_code(m.group("w")) is None \
                and m.group("w") not in _KIND:
            return None
    return True


def _anchored(folded: str, anchor: str, a: int, b: int) -> list[tuple[int, int, str, str]]:
    """Organisation names ending in, hanging off, or following the anchor word at [a, b)."""
    found = []
    kinds = _ANCHOR_KINDS[anchor]
    if "news" in kinds:
        m = _PUBLICATION_BEFORE.search(folded, max(0, a - 80), a)
        if m:
            found.append(_trimmed(folded, m.start("m"), m.end("m"), "org.news_noun", min_words=1))
    if "of_head" in kinds:
        tail = _OF_TAIL.match(folded, b)
        if tail:
            m = _WORDS_BEFORE.search(folded, max(0, a - 100), a)
            end = _list_end(folded, b, tail.end())
            found.append(_trimmed(folded, m.start() if m else a, end, "org.x_of_y", min_words=1))
    if "suffix" in kinds:
        m = _WORDS_BEFORE.search(folded, max(0, a - 100), a)
        if m:
            region = _REGION_AFTER.match(folded, b)
            found.append(_trimmed(folded, m.start(), region.end() if region else b, "org.suffix", min_words=2))
    if "company_noun" in kinds:
        m = _NAME_AFTER_NOUN.match(folded, b)
        if m:
            found.append(_trimmed(folded, m.start("m"), m.end("m"), "org.after_company_noun",
                                  min_words=1))
    if kinds & _CONTEXT_KINDS:
        found.append(_in_context(folded, anchor, kinds, a, b))
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
    for n in range(1, min(3, len(words))):
        # "Chinese Foreign Ministry": the known body, the country said apart; "makes Toyota Suzuki
        # Motor's": two known names side by side, the second read here (the first is a name of its own).
        head = " ".join(words[:n])
        if _KIND.get(" ".join(words[n:])) == "organization" and (head in _KIND or country_code(head) is not None):
            return start + len(head) + 1, end, "organization", rule_id
    # "Soviet Union", "European Union", "Japanese" are places, found by places.py.
    if country_code(" ".join(words)) is not None:
        return None
    return start, end, "organization", rule_id


def _plain_name(folded: str, name: str, *, cities: bool = False) -> bool:
    """A one-word capitalized name that is no common word, place, title or person of the text."""
    if name.casefold() in NOT_NAME_WORDS or name.casefold() in HEADS or name in _LEADING_NOISE \
            or name in _LEADER_WORDS or len(name) < 2 or country_code(name) is not None \
            or (not cities and find_places(name)):
        return False
    # "Elon Musk ... Musk's shares": a name the text gives a first name is a person's.
    for at in _uses(folded, name):
        m = _FIRST_NAME_BEFORE.search(folded, max(0, at - 20), at)
        if m:
            first = m.group("w")
            if first.casefold() not in NOT_NAME_WORDS and first.casefold() not in HEADS \
                    and country_code(first) is None and first not in _KIND and first not in _LEADING_NOISE:
                return False
    return True


def _uses(folded: str, name: str):
    """Where ``name`` stands as a whole word in the text (a plain find: names are few, texts short)."""
    at = folded.find(name)
    while at != -1:
        after = folded[at + len(name):at + len(name) + 1]
        if (at == 0 or not (folded[at - 1].isalnum() or folded[at - 1] in ".'-")) \
                and not (after.isalnum() or after == "-"):
            yield at
        at = folded.find(name, at + 1)


def _company_name(folded: str, start: int, end: int, rule_id: str, *, any_words: bool = False,
                  cities: bool = False):
    """A candidate for a name that context says is a company: one plain word, a name with a legal form
    ("Advanced Micro Devices"), or with ``any_words`` any name ("Shares of Garuda Indonesia")."""
    words = folded[start:end].split(" ")
    while words and words[0] in _LEADING_NOISE:
        start += len(words[0]) + 1
        words.pop(0)
    if not words or regex.search(r"-\p{Ll}+$", words[-1]):   # "New York-listed"
        return None
    if len(words) == 1:
        return (start, end, "organization", rule_id) if _plain_name(folded, words[0], cities=cities) else None
    if not any_words and words[-1] not in _NAME_FORMS and words[-1] not in lex.ORG_SUFFIXES:
        return None   # "Chief Executive Marc Bitzer said it would"
    return _trimmed(folded, start, end, rule_id, min_words=2)


def _in_context(folded: str, anchor: str, kinds: frozenset[str], a: int, b: int):
    """A name the sentence around the anchor word says is a company: "shares of X", "X's shares",
    "the distribution company, X,"; or a numbered military unit."""
    if "shares" in kinds:
        after = _SHARES_OF_AFTER.match(folded, b)
        if after and anchor in ("shares", "Shares"):
            m = _NAME_AFTER.match(folded, after.end())
            if m and m.group("m") not in lex.MARKET_REGIONS:
                return _company_name(folded, *m.span("m"), "org.context", any_words=True)
        elif a > 1 and folded[a - 1] == " " and _capitalized_before(folded, a - 1) \
                and not _SHARES_NOT_OF_A_COMPANY.match(folded, b):
            return _said_of(folded, a - 3 if folded.startswith("'s", a - 3) else a - 1)
    elif "role_of" in kinds:
        after = _OF_THE_NAME.match(folded, b)
        if after:
            return _works_at(folded, after.end())
    elif "military" in kinds:
        m = _NUMBERED_BEFORE.search(folded, max(0, a - 60), a)
        if m:
            return m.start(), b, "organization", "org.military_unit"
    if "appositive" in kinds:
        comma = _COMMA_NAME.match(folded, b)
        if comma and _DESCRIPTION_BEFORE.search(folded, max(0, a - 80), a):
            m = _NAME_AFTER.match(folded, comma.end())
            if m and folded.startswith(",", m.end()):   # the name closes the apposition
                return _company_name(folded, *m.span("m"), "org.described_before", any_words=True)
    return None


def _works_at_and_said(folded: str) -> list[tuple[int, int, str, str]]:
    """"analyst at X", "managing director of X" and "X said it would": a company by what is said of it."""
    found = []
    for m in _AT_OR_SAID.finditer(folded):
        if m.group("at") is not None:
            if _word_before(folded, m.start()) in _AT_ROLE_WORDS:
                found.append(_works_at(folded, m.end()))
        elif _capitalized_before(folded, m.start()):
            found.append(_said_of(folded, m.start()))
    return [f for f in found if f is not None]


def _capitalized_before(folded: str, end: int) -> bool:
    """Whether the word ending at ``end`` is capitalized: most subjects of "said it would" and owners
    of "shares" are "the ministry", "he", "its": only a capitalized word can be a name."""
    return _word_before(folded, end)[:1].isupper()


def _word_before(folded: str, end: int) -> str:
    words = folded[max(0, end - 40):end].split()
    return words[-1] if words else ""


def _works_at(folded: str, start: int):
    name = _NAME_AFTER.match(folded, start)
    return _company_name(folded, *name.span("m"), "org.works_at", any_words=True) if name else None


def _said_of(folded: str, end: int):
    """The company before "'s shares" or "said it would" that ends at ``end``."""
    m = _NAME_BEFORE.search(folded, max(0, end - 80), end)
    if m is None:
        return None
    found = _company_name(folded, *m.span("m"), "org.context")
    if found and folded.endswith(("the ", "The "), 0, found[0]) and " " not in folded[found[0]:found[1]]:
        return None   # "The Community said it would": an institution named by its common noun
    # The name must also stand mid-sentence somewhere: "Officials said it would" is no company.
    if found and any(at > 1 and folded[at - 1] == " " and (folded[at - 2].islower() or folded[at - 2] == ",")
                     for at in _uses(folded, folded[found[0]:found[1]])):
        return found
    return None


def _context_names(folded: str, settled) -> list[tuple[int, int, str, str]]:
    taken = {(start, end) for start, end, *_ in settled}
    return [c for c in _short_names(folded, settled, found_by=_CONTEXT_RULES, whole=True) if c[:2] not in taken]


def _listed_or_owned(folded: str, settled) -> list[tuple[int, int, str, str]]:
    return _listed(folded, settled) + _owned(folded, settled)


def _acronyms_and_short_names(folded: str, settled) -> list[tuple[int, int, str, str]]:
    return _defined_acronyms(folded, settled) + _short_names(folded, settled)


def _listed(folded: str, settled) -> list[tuple[int, int, str, str]]:
    """The other names of a list with a known organisation in it: "Honda, Kawasaki, Yamaha and Suzuki"."""
    known = {(start, end) for start, end, kind, _ in settled if kind == "organization"}
    found, seen = [], set()
    for start, end in sorted(known):
        if (start, end) in seen or not (folded.startswith((", ", " and ", " & ", " or "), end)
                                         or folded.endswith((", ", " and ", " & ", " or "), 0, start)):
            continue
        items, conjunctions = [], 0
        cursor = end
        while conjunctions == 0 and len(items) < 8 and (m := _NEXT_ITEM.match(folded, cursor)):
            conjunctions += m.group("sep") not in (", ",)
            items.append(m)
            cursor = m.end()
        owner = _OWNER_BEFORE.search(folded, max(0, start - 30), start)
        cursor = owner.start() if owner else start
        while len(items) < 8 and (m := _PREV_ITEM.search(folded, max(0, cursor - 80), cursor)):
            if m.group("sep") != ", ":
                if conjunctions:
                    break
                conjunctions += 1
            items.append(m)
            cursor = m.start()
        if not conjunctions:
            continue   # "at Toyota, Smith said" is no list
        for item in items:
            span = item.span("m")
            seen.add(span)
            if span in known or (item.group("owner") is not None and country_code(item.group("owner")) is None):
                continue
            words = item.group("m").split(" ")
            if len(words) == 1 or words[-1] in _NAME_FORMS or words[-1] in lex.ORG_SUFFIXES:
                # A city in a long enumeration is a company named after it ("Honda, Kawasaki,
                # Yamaha and Suzuki"); in a pair it is where something happened ("in Toronto and").
                found.append(_company_name(folded, *span, "org.list", cities=len(items) > 1))
    return [f for f in found if f is not None]


def _owned(folded: str, settled) -> list[tuple[int, int, str, str]]:
    """"Hennessy, owned by LVMH" and "Pernod Ricard, which owns Martell": companies of a known one."""
    found = []
    if " by " not in folded and ", which " not in folded:
        return found
    for start, end, kind, _ in settled:
        if kind != "organization":
            continue
        if folded.endswith(" by ", 0, start):
            m = _OWNED_BY.search(folded, max(0, start - 40), start)
            if m:
                name = _NAME_BEFORE.search(folded, max(0, m.start() - 80), m.start())
                if name:
                    found.append(_company_name(folded, *name.span("m"), "org.owned"))
        m = _WHICH_OWNS.match(folded, end)
        if m:
            name = _NAME_AFTER.match(folded, m.end())
            if name:
                found.append(_company_name(folded, *name.span("m"), "org.owned"))
    return [f for f in found if f is not None]


def _acronym_after(folded: str, start: int, end: int) -> str | None:
    """The acronym in brackets right after a name: "(CITAC)", and "(Nersa)" where the initials agree."""
    m = _ACRONYM_AFTER.match(folded, end) if folded.startswith(" (", end) else None
    if m is None:
        return None
    acronym = m.group("m")
    if acronym.isupper() or sum(c.isupper() for c in acronym) > 1:
        return acronym
    # A capitalized word in brackets is an acronym written as a word only if it spells the initials:
    # "National Energy Regulator of South Africa (Nersa)", not "Toyota Motor (Japan)".
    initials = "".join(w[0] for w in folded[start:end].split(" ") if w[:1].isupper())
    return acronym if len(initials) >= 3 and initials.startswith(acronym[:2].upper()) else None


def _defined_acronyms(folded: str, settled) -> list[tuple[int, int, str, str]]:
    """"Consuming Industries Trade Action Coalition (CITAC)": the acronym and its later uses."""
    acronyms: set[str] = set()
    for start, end, kind, _ in settled:
        if kind == "organization":
            acronym = _acronym_after(folded, start, end)
            if acronym:
                acronyms.add(acronym)
    if not acronyms:
        return []
    # A plain `re` word-bounded search: the acronyms are literal strings.
    pattern = re.compile(r"(?<![\w.-])(" + "|".join(map(re.escape, sorted(acronyms))) + r")(?![\w-])")
    return [(m.start(), m.end(), "organization", "org.defined_acronym") for m in pattern.finditer(folded)]


def _short_names(folded: str, settled, *, found_by=("org.suffix", "org.lexicon", "org.appositive"),
                 whole: bool = False) -> list[tuple[int, int, str, str]]:
    """"Halvorsen Industries ... Halvorsen said": the name without its legal form, where it stands alone.
    With ``whole``, a one-word name context found once ("Nokia said it would") wherever it stands alone."""
    shorts: set[str] = set()
    for start, end, kind, rule_id in settled:
        if kind != "organization" or rule_id not in found_by:
            continue
        words = folded[start:end].split(" ")
        if whole:
            if len(words) == 1:
                shorts.add(words[0])
            continue
        cut = len(words)
        while cut > 1 and words[cut - 1] in _SHORT_CUTS:
            cut -= 1
        short = " ".join(words[:cut])
        if cut < len(words) and len(short) > 2 and words[cut - 1] not in _PLACE_NOUNS and short not in _KIND and short.casefold() not in NOT_NAME_WORDS \
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
            group = _GROUP_AT_START.match(folded, start).group()   # "G20", "Group of 20"
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
        acronym = _acronym_after(folded, start, end) if kind == "organization" else None
        if acronym in group_of:
            group_of[acronym] = group_of[folded[start:end]]
    spellings = sorted(group_of, key=len)
    for long in spellings:
        if " " not in long:
            continue
        words = long.split(" ")
        # "Nippon Steel Corp" is "Nippon Steel" when the text also uses the short form; "Zhejiang Geely
        # Holding Group" is "Geely" (one word before, legal forms after).
        short = _shorter_spelling(words, group_of)
        if short is not None:
            group_of[long] = group_of[short]
    shortest: dict[str, tuple[int, int]] = {}
    for spelling in spellings:
        shortest.setdefault(group_of[spelling], span_of[spelling])
    names = {}
    for start, end, kind, _ in settled:
        s, e = shortest[group_of[folded[start:end]]] if kind == "organization" else (start, end)
        names[(start, end)] = text[s:e]
    return names


def _shorter_spelling(words: list[str], spellings) -> str | None:
    for first, forms in ((0, _MERGE_FORMS), (1, _COMPANY_FORMS)):
        for k in range(first + 1, len(words)):
            if words[k] in forms:
                short = " ".join(words[first:k])
                if short in spellings and set(words[k:]) <= forms:
                    return short
    return None


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
