"""Tariff mentions: a rate, who imposes it on whom and on what, and its status.

One pass over the sentences of a text. For every percentage in a sentence that
also names a tariff, the rules below decide, in order:

1. the rate expression (single, ceiling, range, change, doubling), see _RATE;
2. whether that percentage is a tariff rate at all: it must be tied to a tariff
   word in the same clause, and must not be a market move, a stake, a vote, a
   growth or interest figure (see _NOT_A_TARIFF_*);
3. the products (each item of "autos, auto parts, steel, and aluminum" is its
   own row), the imposer and the target, from fixed phrasings around the
   tariff word, then from the article's other mentions (flagged ``inferred``);
4. the status from the nearest status cue;
5. the effective date from a date expression tied to an effect verb.

Every record keeps the rate text, its offsets in the text given, the sentence
and the rule id, so a reader can check each fact against its evidence.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

import regex

from transforms import lexicon_places as places_lex
from transforms import lexicon_products as products_lex
from transforms import lexicon_titles as titles_lex
from transforms.dates import find_dates
from transforms.gazetteer import compile_phrases
from transforms.model import Sentence, Span
from transforms.places import PlaceMention, find_places
from transforms.sentences import split_sentences
from transforms.textnorm import fold


@dataclass(frozen=True, slots=True)
class TariffMention(Span):
    """One tariff fact. The span is the rate expression ("as high as 50%")."""
    rate_pct: float | None          # the rate; for a range or ceiling its upper bound
    rate_min_pct: float | None      # lower bound of a range
    rate_max_pct: float | None      # upper bound of a range or ceiling
    prior_rate_pct: float | None    # the rate before a stated change
    rate_kind: str                  # single | ceiling | range | change | multiple
    is_additional: bool             # "an additional / a further / an extra 25%"
    imposer: str | None
    imposer_inferred: bool
    target: str | None
    target_inferred: bool
    product: str | None             # canonical key from lexicon_products, None = goods in general
    product_text: str | None        # the words the product was named with
    hs_code: str | None             # HS chapter/heading when the product maps to one
    status: str                     # see STATUSES
    status_cue: str | None          # the words the status was read from
    effective_text: str | None      # the date expression ("July", "Aug. 1")
    effective_date: date | None     # resolved against the publication date, first day of its grain
    effective_grain: str | None     # day | month | year
    sentence_index: int
    sentence_start: int
    sentence_end: int
    rule_id: str


STATUSES = ("threatened", "proposed", "planned", "in_force", "paused", "reduced", "removed", "unknown")

_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "one hundred": 100, "a hundred": 100, "hundred": 100,
}
_NUM = r"(?:\d{1,4}(?:\.\d+)?|" + "|".join(sorted(map(regex.escape, _NUM_WORDS), key=len, reverse=True)) + r")"
_PCT = r"(?:\ ?%|\ ?-?(?:percent|per\ cent|pct|per-cent)\b)"

# One rate expression. Named groups say which shape matched; order is specific
# before generic (a range before its two single rates).
_RATE = regex.compile(
    rf"""
    (?:
      (?P<between>between\ (?P<b_lo>{_NUM}){_PCT}?\ and\ (?P<b_hi>{_NUM}){_PCT})          # between 10% and 25%
    | (?P<ranging>(?:ranging|range)\ from\ (?P<r_lo>{_NUM}){_PCT}?\ to\ (?P<r_hi>{_NUM}){_PCT})  # ranging from 10% to 25%
    | (?P<to_from>to\ (?P<tf_new>{_NUM}){_PCT}\ from\ (?:an?\ |the\ )?(?:earlier\ |previous\ |current\ )?(?P<tf_old>{_NUM}){_PCT})  # to 30% from 145%
    | (?P<from_to>from\ (?P<ft_old>{_NUM}){_PCT}?\ to\ (?P<ft_new>{_NUM}){_PCT})      # from 10% to 25%
    | (?P<dash>(?P<d_lo>\d{1,3}(?:\.\d+)?){_PCT}?\ ?(?:-|to)\ ?(?P<d_hi>\d{1,3}(?:\.\d+)?){_PCT})  # 25-50%, 10 to 20 percent
    | (?P<mult>(?P<m_verb>doubl\w*|tripl\w*|quadrupl\w*)(?:\ [\w.'-]+){{0,8}}?\ to\ (?P<m_new>{_NUM}){_PCT})  # doubled to 50%
    | (?P<ceiling>(?:as\ high\ as|as\ much\ as|up\ to|a\ maximum\ of|maximum\ of|at\ most|capped\ at)\ (?P<c_val>{_NUM}){_PCT})  # as high as 50%
    | (?P<single>(?<![\d.,])(?P<s_val>{_NUM}){_PCT})                                      # 25%
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Tariff words. "Levy" capitalised mid-sentence is a surname, so the
# levy/levies forms are matched case-sensitively in lower case.
_CUE = regex.compile(
    r"""
    \b(?:
        [Tt]ariff(?:s|ed)?
      | [Dd]ut(?:y|ies)(?![\s-]free)
      | levy | levies | Levies
      | import\ tax(?:es)? | border\ tax(?:es)? | surcharges?
      | countervailing | anti-?dumping
    )\b
    """,
    regex.VERBOSE,
)
# Tariff words used in another sense: utility prices, freight rates, military duty.
_NOT_TRADE_CUE = regex.compile(
    r"""
    (?:electricity|power|water|gas|energy|utility|feed-in|freight|shipping|telecom|mobile|roaming|
       hotel|rail|postal|grid|network|heating|tax|import)\ tariffs?\b    # utility and freight tariffs
    | \btariffs?\ (?:for|on)\ (?:electricity|power|water|gas|households|consumers|customers)\b
    | \bpct\ of\ tariff\b | \b(?:percent|%)\ of\ (?:the\ )?tariff\b       # freight quoted as % of tariff
    | \b(?:on|off|active|military|jury|guard|call|heavy|light|night|double)\ duty\b
    | \bduty\ (?:to|of\ care|officer|station|roster|tour)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A percentage directly governed by these is not a tariff rate.
_NOT_A_TARIFF_BEFORE = regex.compile(
    r"""
    (?:\b(?:fell|fall(?:s|ing)?|rose|rise[sn]?|rising|dropped|drops?|slid|slides?|sank|sinks?|gained|gains?|
          jumped|jumps?|lost|loses?|climbed|climbs?|declined|declines?|plunged|plunges?|soared|soars?|
          tumbled|tumbles?|slumped|surged|surges?|grew|grows?|growth\ of|shrank|contracted|expanded|
          advanced|eased|edged\ (?:up|down|higher|lower)|slipped|added|shed|down|up|higher|lower|off|
          inflation\ of|unemployment\ of|yield(?:s|ing)?\ of|stake\ of|owns?|owned|holds?|controls?|
          won|received|support(?:ed)?\ by|approval\ of|vote\ of|margin\ of|interest\ rates?\ (?:of|at|to)|
          rates?\ (?:at|to)\ (?:a\ range\ of\ )?|cut\ (?:rates|interest\ rates)\ (?:by|to)|
          unemployment|inflation|GDP|output|sales|profits?|revenue|earnings|shares?|stocks?|index|
          exports?\ (?:fell|rose|grew|jumped|dropped)|accounts?\ for|accounted\ for|represents?|
          makes?\ up|made\ up|roughly|about)
       \s+(?:by\ |to\ |nearly\ |almost\ |about\ |some\ |around\ |more\ than\ |less\ than\ |over\ |an?\ )*$)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_NOT_A_TARIFF_AFTER = regex.compile(
    r"""
    \s*(?:
        stake | interest | share\b | shares\b | of\ the\ (?:vote|votes|market|shares|company|workforce|
        population|respondents|electorate|total|world|country|economy|global) | of\ (?:gdp|voters|
        respondents|its\ (?:shares|workforce|staff|employees|revenue|sales|exports|output)|the\ workforce|
        all\ (?:exports|imports)|total|u\.s\.\ (?:exports|imports)|global|world) | (?:annual|annualized|
        year-on-year|year-over-year|quarter-on-quarter|month-on-month)\ (?:growth|rise|increase|gain|rate) |
        growth | inflation | rise\ in | increase\ in | drop\ in | decline\ in | fall\ in | jump\ in |
        gain | gains | higher | lower | (?:percentage\ )?points? | of\ (?:its|their|his|her)\ |
        approval | majority | turnout | unemployment | jobless | probability | chance | discount |
        off\b | owned | ownership | margin | yield | return | dividend | mortgage | interest\ rate
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "raised tariffs by 10 percentage points" states a change, not a rate.
_POINTS_AFTER = regex.compile(r"\s*(?:percentage\s+)?points?\b", regex.IGNORECASE)

# Between a rate and the tariff word that follows it, only modifiers may stand:
# "a 24% U.S. tariff", "25% reciprocal duties", "a further 24% auto tariff".
_MODIFIER_WORDS = frozenset("""
a an the and or additional extra further new higher baseline reciprocal retaliatory punitive
across-the-board blanket global universal flat import export auto car steel aluminum aluminium
sectoral sector-specific section 232 301 country-specific across board tit-for-tat counter
emergency fentanyl-related fentanyl penalty so-called minimum basic general overall combined total
existing current effective average u.s us eu american chinese japanese canadian mexican european
indian british korean brazilian swiss german french vietnamese lumber copper chip semiconductor
pharmaceutical truck furniture ad valorem most-favored-nation mfn trump biden rate rates level
percent per cent pct of on
""".split())
_WORD = regex.compile(r"[\w.'-]+")
_CLAUSE_BREAK = regex.compile(r"[;:]|\s[-]\s|\bwhile\b|\bbut\b|\bwhereas\b|\bmeanwhile\b")

_ADDITIONAL = regex.compile(
    r"\b(?:an?\ )?(?:additional|further|extra|another|more)\s+$|\bon\s+top\s+of\s+$", regex.IGNORECASE | regex.VERBOSE)

# Status cues, strongest first. The nearest cue to the rate wins; ties go to
# the earlier entry here.
_STATUS_CUES: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (status, regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE)) for status, pattern in (
        ("removed", r"""\b(?:lift(?:s|ed|ing)?|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|
                        struck\ down|strikes?\ down|striking\ down|invalidat\w+|exempt(?:s|ed|ing|ion|ions)?|
                        repeal(?:s|ed|ing)?|rescind\w*|revok\w+|end(?:s|ed)?\ the|drop(?:s|ped)?\ (?:the|its|their)
                        |waive[ds]?|terminat\w+|roll(?:s|ed)?\ back\ (?:the|all))\b"""),
        ("paused", r"""\b(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|suspension|delay(?:s|ed|ing)?|postpon\w+|
                       hold(?:s|ing)?\ off|held\ off|put\ on\ hold|defer(?:s|red|ring)?|truce)\b"""),
        ("reduced", r"""\b(?:cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tion)|slash(?:es|ed|ing)?|
                        eas(?:e|es|ed|ing)|trimm?(?:s|ed|ing)?|halv(?:e|es|ed|ing)|de-?escalat\w*)\b"""),
        ("threatened", r"""\b(?:threat\w*|warn(?:s|ed|ing)?|could\ (?:impose|slap|face|hit|raise)|
                           may\ (?:impose|slap|face|hit|raise)|might\ (?:impose|face|hit)|vow(?:s|ed)?|
                           menac\w+|ultimatum|if\ .{0,40}?\bfails?\b|unless)\b"""),
        ("proposed", r"""\b(?:propos(?:e|es|ed|ing|al)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|
                         draft(?:s|ed)?|recommend(?:s|ed|ing)?|seek(?:s|ing)?|sought|call(?:s|ed)?\ for|
                         floated|under\ consideration|review)\b"""),
        ("planned", r"""\b(?:set\ to|plan(?:s|ned)?(?:\ to)?|scheduled|expected\ to\ (?:take|go|come|kick|start|begin)|
                        due\ to|slated|will\ (?:impose|raise|take|go|come|apply|kick|levy|hit|start|begin|rise|increase|face)|
                        would\ (?:take|go|come|kick)|to\ take\ effect|take\ effect|announc(?:e|es|ed|ing)|
                        intend\w*|going\ to|from\ (?:next|january|february|march|april|may|june|july|august|
                        september|october|november|december)|effective\ (?:from|on|as\ of))\b"""),
        ("in_force", r"""\b(?:current(?:ly)?|existing|imposed|impos(?:es|ing)|in\ place|in\ effect|in\ force|
                         took\ effect|went\ into\ effect|came\ into\ force|took\ hold|have\ been|has\ been|
                         already|reaching|levied|levies|collect(?:s|ed|ing)|faces?|facing|pay(?:s|ing)?|paid|
                         hit\ with|slapped|raised|hiked|increased|boost(?:ed)?|doubl(?:ed|ing)|tripl(?:ed|ing))\b"""),
        # Bare copulas say little; they count only when no other cue is in the sentence.
        ("in_force", r"""\b(?:is|are|now|applied|applies|apply)\b"""),
    )
)
_WEAK_CUE = len(_STATUS_CUES) - 1

# Dates count as effective dates only in a sentence that talks about taking effect.
_EFFECT = regex.compile(
    r"""\b(?:take[sn]?\ effect|took\ effect|taking\ effect|go(?:es)?\ into\ effect|went\ into\ effect|
          come\ into\ force|came\ into\ force|kick(?:s|ed)?\ in|effective|start(?:s|ed|ing)?|begin(?:s|ning)?|
          from|as\ of|until|deadline|before|by|set\ to|scheduled|due|slated|expir\w+|implement\w*)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)

# Wording that makes the target "every origin".
_ALL_ORIGINS = regex.compile(
    r"""\b(?:all|every|any)\ (?:imports?|imported|foreign|countries|country|trading\ partners|nations|
              origins?|goods\ (?:entering|imported|coming))\b
        | \b(?:global|universal|worldwide|across-the-board|blanket|baseline)\ (?:\w+\ )?(?:tariffs?|duties|levy)\b
        | \bimports\ from\ (?:all|every|around\ the\ world)\b | \bfrom\ all\ countries\b""",
    regex.VERBOSE | regex.IGNORECASE,
)

_PRODUCT_FORMS: dict[str, str] = {}
for _key, (_hs, _forms) in products_lex.PRODUCTS.items():
    for _form in _forms:
        _PRODUCT_FORMS[_form] = _key
        _PRODUCT_FORMS[_form[:1].upper() + _form[1:]] = _key
_PRODUCT_PATTERN = compile_phrases(_PRODUCT_FORMS)
_ALL_GOODS_PATTERN = compile_phrases(products_lex.ALL_GOODS)

# "tariffs on X, Y and Z": the object list after the tariff word. It ends at a
# clause boundary ("— some reaching", ", a move that", ", which").
_ON_OBJECT = regex.compile(
    r"""\b(?:on|against|for)\ (?:imports?\ of\ |imported\ |shipments\ of\ )?
        (?P<obj>(?:[^;:.!?]|\.(?=[\w,])|(?<=\b[A-Z])\.)+?)          # "U.S. crude oil": initials keep going
        (?=\s*(?:[;:!?]|(?<!\b[A-Z])\.(?!\w)|,?\s+-\s|,\ (?:a|an|the|which|who|some|with|while|but|as|in\ a|after|before|
               when|if|unless|since|set|effective|starting|from|to|and\ (?:a|the|it|its|is|will|would|said))\b|
               \ (?:that|which|from|starting|effective|beginning|as|for|over|after|amid|following|because|to|by|
               would|will|is|are|was|were|has|have|had|could|may|might|in\ (?:an?|the)|at|if|unless|until|
               within|since|this|next|last|on\ (?:top|\w+day))\b|$))""",
    regex.VERBOSE | regex.IGNORECASE,
)
_ACTORS: dict[str, str] = {**places_lex.GOVERNMENT_BODIES}
for _full, _code, _short in titles_lex.KNOWN_LEADERS:
    _ACTORS[_full] = _code
    for _alias in _short:
        _ACTORS[_alias] = _code
_ACTOR_PATTERN = compile_phrases(_ACTORS)
_ACTOR_NOUN = regex.compile(
    r"""(?:'s?)?\s+(?:\w+\s+){0,2}?(?:plan|plans|decision|move|threat|proposal|government|administration)\b""",
    regex.VERBOSE | regex.IGNORECASE)
# Country words right before a tariff word name the imposer ("U.S. tariffs",
# "a 24% U.S. tariff") unless a demonym is followed by a goods word.
_IMPOSED_BY = regex.compile(r"\bimposed\ by\ (?:the\ )?$|\bby\ (?:the\ )?$", regex.VERBOSE | regex.IGNORECASE)
_FROM_BEFORE = regex.compile(r"\b(?:from|on|against|targeting|targets|hit|hits|hitting|slapped\ on)\ (?:the\ )?(?:\w+\ )?$",
                             regex.VERBOSE | regex.IGNORECASE)
_ACTOR_VERB = regex.compile(
    r"""(?:'s?)?\s*(?:government\ |administration\ |officials?\ |authorities\ |president\ |has\ |have\ |had\ |
           will\ |would\ |could\ |may\ |plans?\ to\ |is\ |was\ |also\ |then\ |later\ |on\ \w+\ )*
        (?:impos\w*|slap\w*|levi\w*|levy|rais\w*|hik\w*|announc\w*|threat\w*|retaliat\w*|hit\w*|
           put\w*|plac\w*|set\w*|increas\w*|doubl\w*|cut\w*|lower\w*|reduc\w*|lift\w*|paus\w*|suspend\w*|
           delay\w*|propos\w*|warn\w*|respond\w*|struck|strik\w*|remov\w*|scrap\w*|agreed|said|says|
           ha[sd]\ (?:imposed|raised|slapped)|plan\w*|decid\w*|unveil\w*|order\w*|vow\w*)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


def find_tariffs(text: str, published: date | None = None) -> list[TariffMention]:
    """All tariff facts in ``text``; offsets point into ``text``.

    ``published`` is the article's publication date, the anchor for relative
    dates; without it effective dates stay unresolved.
    """
    folded = fold(text)
    if not _CUE.search(folded) or not _has_percent(folded):
        return []
    sentences = split_sentences(text)
    places = find_places(text)
    mentions: list[TariffMention] = []
    for sentence in sentences:
        s_fold = folded[sentence.char_start:sentence.char_end]
        if not _has_percent(s_fold) or not _CUE.search(s_fold):
            continue
        s_places = [p for p in places if sentence.char_start <= p.char_start < sentence.char_end]
        mentions.extend(_sentence_tariffs(text, folded, sentence, s_places, published))
    return _infer_parties(mentions, places)


def _has_percent(s: str) -> bool:
    return "%" in s or "percent" in s.lower() or "per cent" in s.lower() or "pct" in s.lower()


def _sentence_tariffs(text: str, folded: str, sentence: Sentence, places: list[PlaceMention],
                      published: date | None) -> list[TariffMention]:
    s0 = sentence.char_start
    s = folded[s0:sentence.char_end]
    cues = [m for m in _CUE.finditer(s) if not _is_other_sense(s, m)]
    if not cues:
        return []
    out: list[TariffMention] = []
    dates = None
    for rm in _RATE.finditer(s):
        rate = _parse_rate(rm)
        if rate is None:
            continue
        start, end = rm.span()
        if _POINTS_AFTER.match(s, end) or not _is_tariff_rate(s, start, end, rm):
            continue
        cue, rule = _tied_cue(s, start, end, cues)
        if cue is None:
            continue
        is_additional = bool(_ADDITIONAL.search(s[max(0, start - 30):start]))
        status, status_cue = _status(s, start, end, rate)
        if dates is None:
            dates = find_dates(text[s0:sentence.char_end], published) if _EFFECT.search(s) else []
        eff = _effective_date(s, start, dates)
        imposer, target = _parties(s, cue, start, end, places, s0)
        targets_all = bool(_ALL_ORIGINS.search(s))
        if target is None and targets_all:
            target = "ALL"
        prods = _products(s, cue, start, end)
        base = TariffMention(
            char_start=s0 + start, char_end=s0 + end, text=text[s0 + start:s0 + end],
            rate_pct=rate[0], rate_min_pct=rate[1], rate_max_pct=rate[2], prior_rate_pct=rate[3],
            rate_kind=rate[4], is_additional=is_additional,
            imposer=imposer, imposer_inferred=False, target=target, target_inferred=False,
            product=None, product_text=None, hs_code=None,
            status=status, status_cue=status_cue,
            effective_text=eff.text if eff else None,
            effective_date=eff.value if eff else None, effective_grain=eff.grain if eff else None,
            sentence_index=sentence.index, sentence_start=s0, sentence_end=sentence.char_end,
            rule_id=f"tariff.{rate[4]}.{rule}",
        )
        if not prods:
            out.append(base)
        for key, words in prods:
            out.append(replace(base, product=key, product_text=words,
                               hs_code=products_lex.PRODUCTS[key][0]))
    return out


def _is_other_sense(s: str, cue: regex.Match) -> bool:
    lo, hi = max(0, cue.start() - 20), min(len(s), cue.end() + 25)
    for m in _NOT_TRADE_CUE.finditer(s, lo, hi):
        if m.start() <= cue.end() and m.end() >= cue.start():
            return True
    return False


def _num(token: str) -> float:
    t = token.lower()
    return float(_NUM_WORDS[t]) if t in _NUM_WORDS else float(t)


def _parse_rate(m: regex.Match) -> tuple[float, float | None, float | None, float | None, str] | None:
    """(rate, min, max, prior, kind) or None when the numbers are not a plausible tariff."""
    g = m.groupdict()
    if g["between"] or g["ranging"] or g["dash"]:
        lo, hi = (g["b_lo"], g["b_hi"]) if g["between"] else (g["r_lo"], g["r_hi"]) if g["ranging"] else (g["d_lo"], g["d_hi"])
        lo_v, hi_v = _num(lo), _num(hi)
        if not lo_v < hi_v:
            return None
        result = (hi_v, lo_v, hi_v, None, "range")
    elif g["to_from"]:
        result = (_num(g["tf_new"]), None, None, _num(g["tf_old"]), "change")
    elif g["from_to"]:
        result = (_num(g["ft_new"]), None, None, _num(g["ft_old"]), "change")
    elif g["mult"]:
        new = _num(g["m_new"])
        factor = {"doubl": 2, "tripl": 3, "quadru": 4}[next(k for k in ("doubl", "tripl", "quadru")
                                                         if g["m_verb"].lower().startswith(k))]
        result = (new, None, None, round(new / factor, 4), "change")
    elif g["ceiling"]:
        v = _num(g["c_val"])
        result = (v, None, v, None, "ceiling")
    else:
        result = (_num(g["s_val"]), None, None, None, "single")
    return result if 0 <= result[0] <= 1000 else None


def _is_tariff_rate(s: str, start: int, end: int, m: regex.Match) -> bool:
    before = s[max(0, start - 45):start]
    if m.group("single") and _NOT_A_TARIFF_BEFORE.search(before):
        # "up to"/"as high as" never reach here as singles; "rates to 25%" does.
        return False
    return not _NOT_A_TARIFF_AFTER.match(s, end)


def _tied_cue(s: str, start: int, end: int, cues: list[regex.Match]) -> tuple[regex.Match | None, str]:
    """The tariff word this rate belongs to, and how they are tied."""
    for cue in cues:  # "doubled tariffs on steel to 50%": the rate expression spans the tariff word
        if start <= cue.start() and cue.end() <= end:
            return cue, "cue_in_rate"
    for cue in cues:  # rate then modifiers then the tariff word: "a 24% U.S. tariff"
        if cue.start() >= end and cue.start() - end <= 60 and _only_modifiers(s[end:cue.start()]):
            return cue, "rate_before_cue"
    best = None
    for cue in cues:  # the tariff word earlier in the same clause: "tariffs on X as high as 50%"
        if cue.end() <= start and start - cue.end() <= 160 and not _CLAUSE_BREAK.search(s, cue.end(), start):
            best = cue
    if best is not None:
        return best, "cue_before_rate"
    return None, ""


def _only_modifiers(between: str) -> bool:
    """True when only a few modifier words stand between two spans ("24% U.S. reciprocal tariff")."""
    words = [w.lower().strip(".'-") for w in _WORD.findall(between)]
    return len(words) <= 6 and all(
        not w or w == "s" or w in _MODIFIER_WORDS or w.replace(".", "").isdigit() or w in _PRODUCT_FORMS
        for w in words)


def _status(s: str, start: int, end: int, rate: tuple) -> tuple[str, str | None]:
    if rate[4] == "change" and rate[3] is not None and rate[0] < rate[3]:
        return "reduced", s[start:end]
    best: tuple[int, int, int, str, str] | None = None
    for order, (status, pattern) in enumerate(_STATUS_CUES):
        for m in pattern.finditer(s):
            if m.start() < end and m.end() > start:
                continue  # inside the rate expression itself
            distance = start - m.end() if m.end() <= start else m.start() - end
            # cues after the rate weigh a little more distance: "a 24% tariff ... is set to take effect"
            key = (order == _WEAK_CUE, distance if m.end() <= start else distance + 10, order, status, m.group(0))
            if best is None or key[:3] < best[:3]:
                best = key
    if best is None:
        if rate[4] == "change" and rate[3] is not None and rate[0] > rate[3]:
            return "in_force", None  # "doubled tariffs to 50%": the raise itself is the news
        return "unknown", None
    status = best[3]
    if rate[4] == "change" and status == "reduced" and rate[3] is not None and rate[0] > rate[3]:
        status = "in_force"
    return status, best[4]


def _effective_date(s: str, start: int, dates: list):
    """The date tied to an effect verb nearest to the rate, if any."""
    best = None
    for d in dates:
        if d.value is None and d.grain is None and not d.text:
            continue
        distance = abs(d.char_start - start)
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1] if best else None


def _parties(s: str, cue: regex.Match, start: int, end: int, places: list[PlaceMention],
             s0: int) -> tuple[str | None, str | None]:
    """Imposer and target stated in the sentence around this rate, first rule that fires wins."""
    imposer = target = None
    lo = min(start, cue.start())
    on_obj = _ON_OBJECT.search(s, cue.end(), min(len(s), cue.end() + 200))
    obj_span = on_obj.span("obj") if on_obj and on_obj.start() - cue.end() <= 40 else None
    actors = [(m.start("m"), m.end("m"), _ACTORS[m.group("m")], "actor") for m in _ACTOR_PATTERN.finditer(s)]
    mentions = sorted([(p.char_start - s0, p.char_end - s0, p.code, p.via) for p in places if p.kind == "country"]
                      + actors)
    for ps, pe, code, via in mentions:
        after = s[pe:pe + 40].lstrip()
        before = s[max(0, ps - 40):ps]
        goods_after = via == "demonym" and (_ALL_GOODS_PATTERN.match(after) or _PRODUCT_PATTERN.match(after))
        if obj_span and obj_span[0] <= ps < obj_span[1] or goods_after or _FROM_BEFORE.search(before):
            if via != "actor":
                target = target or code     # "tariffs on Japanese autos", "Chinese steel", "imports from China"
        elif _IMPOSED_BY.search(before):
            imposer = imposer or code       # "imposed by Washington"
        elif end <= ps and pe <= cue.start():
            imposer = imposer or code       # between rate and tariff word: "a 24% U.S. tariff"
        elif pe <= lo and _only_modifiers(s[pe:cue.start()]):
            imposer = imposer or code       # right before the tariff word: "U.S. tariffs", "China's 10% duties"
        elif pe <= lo and (_ACTOR_VERB.match(s, pe) or _ACTOR_NOUN.match(s, pe)):
            imposer = imposer or code       # "Beijing imposed", "the U.S. plan to impose"
    if imposer is not None and imposer == target:
        imposer = None  # "U.S. tariffs on U.S. goods" cannot be; keep the target from the object list
    return imposer, target


def _products(s: str, cue: regex.Match, start: int, end: int) -> list[tuple[str, str]]:
    """Canonical products named for this tariff, in order, each once."""
    found: list[tuple[str, str]] = []
    windows = []
    on_obj = _ON_OBJECT.search(s, cue.end(), min(len(s), cue.end() + 200))
    if on_obj and on_obj.start() - cue.end() <= 40:
        windows.append(on_obj.span("obj"))
    # product words right before the tariff word: "auto tariff", "steel and aluminum tariffs"
    windows.append((max(0, min(start, cue.start()) - 40), cue.start()))
    # "... as high as 50% on steel"
    after_rate = regex.match(r"\s+on\s+(?:imports?\s+of\s+|imported\s+)?((?:[^,;:.]|\.(?=\w)){1,80})", s[end:])
    if after_rate:
        windows.append((end + after_rate.start(1), end + after_rate.end(1)))
    for lo, hi in windows:
        for m in _PRODUCT_PATTERN.finditer(s, lo, hi):
            key = _PRODUCT_FORMS[m.group("m")]
            if key == "auto parts" and m.group("m").lower() == "parts" and not any(k == "autos" for k, _ in found):
                continue  # "parts" alone is auto parts only in "autos and parts"
            if key not in (k for k, _ in found):
                found.append((key, m.group("m")))
    return found


def _infer_parties(mentions: list[TariffMention], places: list[PlaceMention]) -> list[TariffMention]:
    """Fill an imposer or target the sentence left implicit from the rest of the article."""
    if not mentions:
        return mentions
    imposers = Counter(m.imposer for m in mentions if m.imposer and not m.imposer_inferred)
    targets = Counter(m.target for m in mentions if m.target and m.target != "ALL")
    countries = Counter(p.code for p in places if p.kind == "country")
    out = []
    for m in mentions:
        imposer, target = m.imposer, m.target
        imposer_inferred = target_inferred = False
        if imposer is None:
            pick = _most_common(imposers, exclude=target) or _most_common(countries, exclude=target)
            if pick:
                imposer, imposer_inferred = pick, True
        if target is None:
            pick = _most_common(targets, exclude=imposer) or _most_common(countries, exclude=imposer)
            if pick:
                target, target_inferred = pick, True
        out.append(replace(m, imposer=imposer, target=target,
                           imposer_inferred=imposer_inferred, target_inferred=target_inferred))
    return out


def _most_common(counter: Counter, exclude: str | None) -> str | None:
    for code, _ in counter.most_common():
        if code != exclude:
            return code
    return None
