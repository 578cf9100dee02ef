"""Which percentages in a sentence are tariff rates, and what shape each rate has.

A percentage is a tariff rate when a tariff word belongs to it: right after it
with only modifiers between ("a 24% U.S. tariff"), before it in the same
clause ("tariffs on Japanese autos ... as high as 50%"), or inside the rate
expression ("doubled tariffs on steel to 50%"); and when nothing around it
makes it a market move, a stake, a vote, growth or an interest rate.
"""
from __future__ import annotations

import regex

from transforms.lexicon_products import PRODUCTS
from transforms.rx import Alternation

# product surface forms may stand between a rate and its tariff word ("a 24% auto tariff")
_PRODUCT_WORDS = frozenset(w.lower() for _, forms in PRODUCTS.values() for f in forms for w in f.split())

_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "one hundred": 100, "a hundred": 100, "hundred": 100, "zero": 0,
}
# "1,105 pct": anti-dumping rates run past 1,000% and are written with a thousands separator
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d+)?"
_NUM_WORD = "(?:" + "|".join(sorted(map(regex.escape, _NUM_WORDS), key=len, reverse=True)) + ")"
_NUM = rf"(?:{_DIGITS}|{_NUM_WORD})"
_PCT = r"(?:\ ?%|\ ?-?(?:percent|per\ cent|pct|per-cent)\b)"

# One rate expression. Named groups say which shape matched; order is specific
# before generic (a range before its two single rates).
_RATE_ALTERNATIVES = [
    # between 10% and 25%; "to between 5 percent and 22.5 percent from between 10 percent and 45 percent"
    rf"""(?P<between>between\ (?P<b_lo>{_NUM}){_PCT}?\ and\ (?P<b_hi>{_NUM}){_PCT}
         (?:\ from\ between\ {_NUM}{_PCT}?\ and\ (?P<b_old>{_NUM}){_PCT})?)""",
    # ranging from 10% to 25%; "range from 2.18 per cent for West Fraser to 12.44 per cent for Abitibi"
    rf"""(?P<ranging>(?:ranging|range)\ from\ (?P<r_lo>{_NUM}){_PCT}?(?:\ for\ [\w.'&-]+(?:\ [\w.'&-]+){{0,3}}?)?
         \ to\ (?P<r_hi>{_NUM}){_PCT})""",
    rf"""(?P<to_from>to\ (?:about\ |around\ |roughly\ |nearly\ )?(?P<tf_new>{_NUM}){_PCT}\ from\ (?:an?\ |the\ )?(?:earlier\ |previous\ |current\ |as\ (?:much|high)\ as\ |about\ |around\ |roughly\ |nearly\ )?(?P<tf_old>{_NUM}){_PCT})""",  # to 30% from 145%
    rf"""(?P<from_to>from\ (?P<ft_old>{_NUM}){_PCT}?\ to\ (?P<ft_new>{_NUM}){_PCT})""",  # from 10% to 25%
    rf"""(?P<dash>(?P<d_lo>\d{{1,3}}(?:\.\d+)?){_PCT}?\ ?(?:-|to)\ ?(?P<d_hi>\d{{1,3}}(?:\.\d+)?){_PCT})""",  # 25-50%, 10 to 20 percent
    # doubled to 50%; "tripling tariffs on Chinese steel to 25% from 7.5%" states the earlier rate as well
    rf"""(?P<mult>(?P<m_verb>doubl\w*|tripl\w*|quadrupl\w*)(?:\ [\w.'-]+){{0,8}}?\ to\ (?P<m_new>{_NUM}){_PCT}
         (?:\ from\ (?:an?\ |the\ )?(?:earlier\ |previous\ |current\ )?(?P<m_old>{_NUM}){_PCT})?)""",
    # as high as 50%; not a move up: "Duty on footwear goes up to 20 per cent from 10 per cent" is a change
    rf"""(?P<ceiling>(?:as\ high\ as|as\ much\ as|(?<!\b(?:go|goes|went|gone|going|moves?|moved|moving|step(?:s|ped)?|
         jump(?:s|ed)?|shoots?|shot|ramp(?:s|ed)?|put(?:s|ting)?)\ )up\ to|a\ maximum\ of|maximum\ of|at\ most|capped\ at)
         \ (?P<c_val>{_NUM}){_PCT})""",
    rf"""(?P<single>(?<![\d.,])(?P<s_val>{_DIGITS}){_PCT})""",  # 25%
    rf"""(?P<single>\b(?<![.,])(?P<s_val>{_NUM_WORD}){_PCT})""",  # twenty-five percent
    # "at zero tariffs"; not the arrangement "zero-for-zero tariffs" nor the goal "work toward zero tariffs"
    r"""(?P<single>\b(?<!-|\btowards?\ [“"]?)(?P<s_val>zero)(?=[\s-](?:tariffs?|dut(?:y|ies)|levy|levies)\b))""",
]
_RATE_FLAGS = regex.VERBOSE | regex.IGNORECASE
RATE = Alternation(_RATE_ALTERNATIVES, _RATE_FLAGS)
_RATE_SHAPES = dict.fromkeys(name for p in RATE.patterns for name in p.groupindex)

# A shape is searched only when a word it needs is in the sentence: most sentences have a plain "25%",
# and each pattern scanned costs per call (transforms/rx.py).
# a unit right after a letter ("ten percent"); the lookbehind lets the engine scan for the units' literals
_WORD_UNIT = regex.compile(r"(?<=[a-z]\ ?-?)(?:%|percent|per\ cent|pct|per-cent)", regex.IGNORECASE)
_RATE_BY_SHAPES: dict[tuple[bool, ...], Alternation] = {}   # at most 2**7 entries


def find_rates(s: str):
    """``RATE.finditer(s)``, searching only the shapes whose words ``s`` has."""
    low = s.lower()
    has_from = "from" in low
    key = ("between" in low, "rang" in low, has_from, has_from, True,               # same order as RATE
           "doubl" in low or "tripl" in low or "quadrupl" in low,
           "as high" in low or "as much" in low or "up to" in low or "maximum" in low or "at most" in low
           or "capped" in low,
           True, _WORD_UNIT.search(s) is not None, "zero" in low)
    alt = _RATE_BY_SHAPES.get(key)
    if alt is None:
        alt = _RATE_BY_SHAPES[key] = Alternation([a for a, on in zip(_RATE_ALTERNATIVES, key) if on], _RATE_FLAGS)
    return alt.finditer(s)


def rate_groups(m: regex.Match) -> dict[str, str | None]:
    """Every named group of RATE, None for the shapes that did not match (each shape is its own pattern)."""
    return {**_RATE_SHAPES, **m.groupdict()}


# Tariff words. "Levy" capitalised mid-sentence is a surname, so the
# levy/levies forms are matched case-sensitively in lower case.
CUE = regex.compile(
    r"""
    \b(?:
        [Tt]ariff(?:s|ed)? | [Ss]urtax(?:es)?
      | [Dd]ut(?:y|ies)(?![\s-]free)
      | levy(?!\ (?:a|an|the|its|their|his|her|new|higher|\d)\b) | levies | Levies   # "to levy a fee" is a verb
      | import\ tax(?:es)? | border\ tax(?:es)? | surcharges?
        # a tax whose object is imports is a tariff: "a 20% tax on imports from Mexico", "a tax on Mexican imports"
      | (?<!\b(?:excise|sales|value-added|consumption|luxury|fuel|stamp|internal)\ )tax(?:es)?(?=\ on\ (?:all\ |most\ |the\ )?(?:[A-Z][\w.-]*\ ){0,2}(?:imports|imported)\b)
        # the anti-dumping deposit importers must post: "would impose deposits of between 107.1 per cent and ..."
      | deposits(?<=\b(?:[Ii]mpos(?:e|es|ed|ing)|[Ss]lap(?:s|ped|ping)?|levie[sd]|levying|provisional|preliminary|
                        # "will require importers of U.S. sorghum to pay deposits of 178.6 percent"
                        importers\ (?:[\w.-]+\ ){0,4}to\ (?:pay|post|lodge))
                     \ (?:[\w-]+\ )?deposits)
      | countervailing | anti-?dumping
    )\b
    """,
    regex.VERBOSE,
)
# Tariff words used in another sense: utility prices, freight rates, military duty.
_NOT_TRADE_CUE = Alternation([
    # utility and freight tariffs
    r"""(?:electricity|power|water|gas|energy|utility|feed-in|freight|shipping|telecom|mobile|roaming|
       hotel|room|rail|postal|grid|network|heating|tax)\ tariffs?\b""",
    # one literal-prefixed pattern per word: an alternation at the start scans 4-5 times slower
    r"""\btariffs?\ (?:for|on)\ (?:electricity|power|water|gas|households|consumers|customers)\b""",
    # a retail energy price plan: "the standard variable tariff", "standing charges for the standard tariff"
    r"""(?<=\b(?:standard\ variable|default|off-peak|time-of-use|social|prepayment)\ |\bstanding\ charges?\ (?:for|on)
           \ (?:the\ )?(?:[\w-]+\ )?)tariffs?\b""",
    r"""\bsurcharges?\ (?:for|on)\ (?:electricity|power|water|gas|households|consumers|customers)\b""",
    # the economists' statistic, not a measure anyone is billed: "the average effective U.S. tariff rate"
    r"""\beffective\ (?:[\w.]+\ ){0,2}tariff\ rates?\b""",
    r"""\bpct\ of\ (?:the\ )?(?:flat\ |published\ |worldscale\ )?tariff(?:\ rates?)?\b""",
    r"""\b(?:percent|per\ cent|%)\ of\ (?:the\ )?(?:flat\ |published\ |worldscale\ )?tariff\b""",   # freight quoted as % of tariff
    r"""\b(?:on|off|active|military|jury|guard|call|heavy|light|medium|night|double|desk|front-line|
          frontline|sentry|combat|reserve|fiduciary|moral|civic|civil|public)
       [\s-]dut(?:y|ies)\b""",
    # "extra duty" is also a shift worked, but "extra duties of 10% on U.S. goods" is the trade sense
    r"""\bextra[\s-]dut(?:y|ies)\b(?!\ (?:of|on|against|worth|ranging|between|at|to|totall?ing)\b)""",
    r"""\b(?:official|professional|administrative|ceremonial|police|caring|household|teaching|pastoral|
          parental|patriotic|legal|statutory)\ duties\b""",
    # "a duty to act"; not "lower the duties to between 5 percent and 22.5 percent", "customs duty to 50 per cent"
    r"""\bdut(?:y|ies)\ (?:to(?!\ (?:between\ |about\ |around\ |roughly\ |nearly\ |just\ |zero\b|\d))|of\ care|officer|
          officers|station|roster|rosters|tour|tours|cycle|free|as\ a|as\ an)\b""",
    r"""\b(?:fuel|energy|peak|seasonal|service|delivery|credit[\s-]card|booking|baggage|congestion|war[\s-]risk|
          emergency\ bunker|bunker|currency|weekend|holiday)\ surcharges?\b""",
    r"""\b(?:stamp|inheritance|death|estate|excise|customs\ and\ excise)\ duty\b(?!\ on\ imports)""",
    # the utility's regulator or supplier may stand a little further off: "the state power regulator on Thursday
    # approved an average tariff increase of 8.6%" (one pattern, one scan)
    r"""\b(?:electricity|power|water|gas|energy|utility|feed-in|heating|telecom|mobile|prepaid|postpaid|broadband|
          data)\b(?:\ (?:regulators?|regulatory|distribution|distributors?|suppliers?|compan(?:y|ies)|bills?)\b[^.;]{0,80}
                   |[^.;]{0,40})\btariffs?\b""",
    r"""\btariffs?\b[^.;]{0,60}\b(?:telecom|mobile|prepaid|postpaid|broadband|operators?|subscribers?|electricity|
          utilities|utility|households?\ bills?|distribution\ compan(?:y|ies)|discoms?|communications\ commission|
          FCC|long-distance|carriers?|calls)\b""",
    r"""\b(?:bank|medicare|education|health|social|training|carbon|sugar|plastic|windfall|property|payroll|tourism|
          tourist|airport|fuel|insurance|super|broadcast|licen[cs]e|apprenticeship|levy\ on\ banks)\ lev(?:y|ies)\b""",
    r"""\blev(?:y|ies)\ (?:of\ [\d.]+\ ?(?:%|percent|per\ cent)\ )?(?:a\ year\ )?on\ (?:those\ |their\ |its\ )?
          (?:liabilities|profits|deposits|income|earnings|assets|wages|salaries|payrolls|bank|revenues?|turnover|
             sales|digital\ services|advertising)""",
], regex.VERBOSE | regex.IGNORECASE)

# A percentage directly governed by these is not a tariff rate.
# A percentage right after these moved, or is something else's share: not a tariff rate. Moves
# (_MOVED_BEFORE) are forgiven when the tariff itself is what moved ("tariffs rose to 35 per cent").
_MOVED_BEFORE = regex.compile(
    r"""
    # not a comparative before a tariff noun: "a lower 10 per cent levy on Canadian crude oil"
    \b(?<!\b(?:an?|the)\ )(?:fell|fall(?:s|ing)?|rose|rise[sn]?|rising|dropped|drops?|slid|slides?|sank|sinks?|gained|gains?|
         jumped|jumps?|lost|loses?|climbed|climbs?|climbing|declined|declines?|plunged|plunges?|soared|soars?|
         tumbled|tumbles?|slumped|surged|surges?|grew|grows?|shrank|contracted|expanded|advanced|eased|
         edged\ (?:up|down|higher|lower)|slipped|added|shed|down|up|higher|lower|off)
      \s+(?:by\ |to\ |nearly\ |almost\ |about\ |some\ |around\ |more\ than\ |less\ than\ |over\ |an?\ )*$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_NOT_A_TARIFF_BEFORE = regex.compile(
    r"""
    (?:(?<!import\ |border\ |customs\ )\btax(?:es)?\ (?:rate\ )?(?:to|of|at|from|by)\ |\bVAT\ (?:to|of|at|from|by)\ )
      (?:about\ |around\ |nearly\ )?$
    |
    # what a law lets a government charge, no measure: "Section 122 ..., which allows duties of up to 15% for 150 days"
    \bwhich\ (?:allows|allowed|permits|permitted|authori[sz]es|authori[sz]ed)\ (?:\w+\ )?(?:duties|tariffs|levies|surcharges)
      \ (?:of\ )?$
    |
    \b(?:growth\ of|inflation\ of|unemployment\ of|yield(?:s|ing)?\ of|stake\ of|owns|owned|holds?|controls?|
         won|received|support(?:ed)?\ by|approval\ of|vote\ of|(?<!dumping\ |subsidy\ |assigned\ a\ |assigned\ an\ )margin\ of|
         (?:interest|mortgage|policy|benchmark|key|lending|deposit|bond|treasury|discount|repo|funds|prime|
            exchange|growth|inflation|unemployment|jobless|tax|savings)\ rates?\ (?:of|at|to|near|around|was|is|
            stood\ at)|
         cut\ (?:rates|interest\ rates)\ (?:by|to)|unemployment|inflation|GDP|output|sales|profits?|revenue|
         earnings|shares?|stocks?|index|margins?|prices?|forecasts?|estimates?|deficit|surplus|discounts?|
         exports?\ (?:fell|rose|grew|jumped|dropped)|accounts?\ for|accounted\ for|represents?|
         makes?\ up|made\ up|supplies|supplied|even\ an?)
      \s+(?:by\ |to\ |nearly\ |almost\ |about\ |some\ |around\ |more\ than\ |less\ than\ |over\ |an?\ |only\ |just\ )*
      (?:[\d.,]+\ ?(?:%|percent|per\ cent|pct)\ from\ )?$
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
        off\b | owned | ownership | margin | yield | return | dividend | mortgage | interest\ rate |
        a\ year\b | per\ year\b | annually\b | per\ annum\b | a\ month\b | per\ month\b
      | more\b | less\b                                   # "will pay 9.5% more for water"
        # a share of a population or of money, not a rate: "40% of firms", "1.5% of revenue", "20% of the levies"
      | of\ (?:the\ |its\ |their\ |all\ |those\ )?(?:[\w.-]+\ ){0,2}(?:firms|companies|businesses|clients|customers|
            respondents|households|consumers|members|workers|employees|revenues?|income|receipts|budget|profits?|
            earnings|costs?|levies|tariffs|duties)\b
        # what the figure is added to: "could add 2% to consumer prices"
      | to\ (?:the\ )?(?:[\w-]+\ ){0,2}(?:prices|inflation|costs|bills|gdp|growth)\b
        # a share of the goods covered, not a rate: "drop tariffs on about 99% of U.S. goods"
      | of\ (?:the\ |its\ |their\ |all\ )?(?:[\w.-]+\ ){0,2}(?:goods|imports|exports|products|tariff\ lines|
            shipments|trade)\b
        # a share of some whole: "90 percent of the power", "close to 40% of the U.S. total"; not a rate of the
        # goods' value ("a deposit of 75.8 per cent of the cargo value")
      | of\ the\ (?!(?:[\w.-]+\ ){0,3}?(?:value|price|cost|invoice|amount|tariff|duty|duties|rate)\b)
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
most-favoured-nation
existing current effective average u.s us eu american chinese japanese canadian mexican european
indian british korean brazilian swiss german french vietnamese lumber copper chip semiconductor
union community united states
pharmaceutical truck furniture ad valorem most-favored-nation mfn trump biden rate rates level
percent per cent pct of on to own its their
""".split())
_WORD = regex.compile(r"[\w.'-]+")
CLAUSE_BREAK = regex.compile(r"[;:]|\s[-]\s|\bwhile\b|\bbut\b|\bwhereas\b|\bmeanwhile\b")


def trade_cues(s: str) -> list[regex.Match]:
    """The tariff words of ``s`` used in the trade sense (one scan for the other senses)."""
    cues = list(CUE.finditer(s))
    if not cues:
        return cues
    other = [m.span() for m in _NOT_TRADE_CUE.finditer(s)]
    if not other:
        return cues
    return [c for c in cues if not any(a <= c.end() and b >= c.start() for a, b in other)]


def _num(token: str) -> float:
    t = token.lower()
    return float(_NUM_WORDS[t]) if t in _NUM_WORDS else float(t.replace(",", ""))



# anti-dumping rates run into the thousands (3,521% on Cambodian solar cells, 2025); the warehouse's data-quality
# check (warehouse/sql/checks/rate_range.sql) holds rates to the same 0-10000
_MAX_RATE = 10000


def parse_rate(m: regex.Match) -> tuple[float, float | None, float | None, float | None, str] | None:
    """(rate, min, max, prior, kind) or None when the numbers are not a plausible tariff."""
    g = rate_groups(m)
    if g["between"] or g["ranging"] or g["dash"]:
        lo, hi = (g["b_lo"], g["b_hi"]) if g["between"] else (g["r_lo"], g["r_hi"]) if g["ranging"] else (g["d_lo"], g["d_hi"])
        lo_v, hi_v = _num(lo), _num(hi)
        if not lo_v < hi_v:
            return None
        result = (hi_v, lo_v, hi_v, _num(g["b_old"]) if g["b_old"] else None, "range")
    elif g["to_from"]:
        result = (_num(g["tf_new"]), None, None, _num(g["tf_old"]), "change")
    elif g["from_to"]:
        result = (_num(g["ft_new"]), None, None, _num(g["ft_old"]), "change")
    elif g["mult"]:
        new = _num(g["m_new"])
        factor = {"doubl": 2, "tripl": 3, "quadru": 4}[next(k for k in ("doubl", "tripl", "quadru")
                                                         if g["m_verb"].lower().startswith(k))]
        prior = _num(g["m_old"]) if g["m_old"] else round(new / factor, 4)
        result = (new, None, None, prior, "change")
    elif g["ceiling"]:
        v = _num(g["c_val"])
        result = (v, None, v, None, "ceiling")
    else:
        result = (_num(g["s_val"]), None, None, None, "single")
    return result if 0 <= result[0] <= _MAX_RATE else None



def is_tariff_rate(s: str, start: int, end: int, m: regex.Match, cues: list[regex.Match] = ()) -> bool:
    """False for market moves, stakes, votes, growth: unless the tariff itself is what moves
    ("tariffs on Canadian goods rose to 35 per cent", "the rate on furniture is set to rise to 30 per cent")."""
    lo = max(0, start - 45)
    head = start + 3 if "to_from" in m.re.groupindex else start   # "cut its operating margin to 7% from 9%"
    if _NOT_A_TARIFF_BEFORE.search(s, lo, head):
        return False
    if _CHANGED_BY.search(s, max(0, start - 90), start):
        return False
    moved = _MOVED_BEFORE.search(s, lo, start) if "single" in m.re.groupindex else None
    if moved and not _tariff_is_subject(s, moved.start(), cues) and not _instead_of_tariff(s, moved.start(), cues) \
            and not _steps_up(s, start, cues):
        return False
    return not _NOT_A_TARIFF_AFTER.match(s, end)


# A tariff rate's own later step, a participle with no subject of its own: "ordered tariffs of 10% on about $200
# billion of Chinese imports, starting Sept. 24 and rising to 25% on Jan. 1".
# Also a later step down, with its own modal: "falls immediately to 25% from 30% and will drop to 15% within seven years".
_STEP_UP = regex.compile(r"""(?:,\s+|\s+and\s+)(?:(?:then|will|would|should)\s+){0,2}(?:\w+ly\s+)?
                             (?:rising|increasing|climbing|going\s+up|stepping\s+up|
                                (?<=\b(?:will|would|should|then)\s+(?:\w+ly\s+)?)(?:rise|climb|go\s+up|fall|drop|decline|come\s+down)|
                                falling|dropping|declining|coming\s+down)\s+(?:further\s+)?to\s+$""",
                         regex.VERBOSE | regex.IGNORECASE)
_PERCENT = regex.compile(r"(?<![\d.])\d+(?:\.\d+)?\ ?(?:%|percent|per\ cent|pct)", regex.IGNORECASE)


def is_step(s: str, start: int) -> bool:
    """Is the rate at ``start`` a later step of the rate before it ("falling to 30 percent in the second year",
    "and will drop to 15% within seven years")? That rate is its prior."""
    return _STEP_UP.search(s, max(0, start - 40), start) is not None


def _steps_up(s: str, start: int, cues: list[regex.Match]) -> bool:
    step = _STEP_UP.search(s, max(0, start - 40), start)
    if step is None:
        return False
    # the step follows the measure's own rate, not a market figure: "sending stocks down 2% and rising to 5%"
    last = None
    for last in _PERCENT.finditer(s, max(0, step.start() - 160), step.start()):
        pass
    if last is None or _MOVED_BEFORE.search(s, max(0, last.start() - 45), last.start()):
        return False
    return any(cue.end() <= last.start() and step.start() - cue.end() <= 160
               and not CLAUSE_BREAK.search(s, cue.end(), step.start()) for cue in cues)


# A change by an amount is not a rate ("cut rates on long-distance calls by about 5 percent", "room tariffs have
# fallen by as much as 30%"), like "raised by 10 percentage points"; "goods hit by 25% tariffs" has no change verb.
_CHANGED_BY = regex.compile(
    r"""\b(?:cut|cuts|cutting|reduc\w+|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas\w+|boost\w*|hik(?:e|es|ed|ing)|
          fall(?:s|en|ing)?|fell|ris(?:e|es|en|ing)|rose|slash\w*|trimm?\w*|grow\w*|grew|climb\w*|jump\w*|drop\w*|
          decline\w*|eas(?:e|es|ed|ing))\b[^.;%]{0,70}?\bby\ (?:about\ |around\ |nearly\ |almost\ |some\ |roughly\ |
          up\ to\ |as\ much\ as\ |more\ than\ |less\ than\ |over\ |an\ average\ of\ |an?\ )*$""",
    regex.VERBOSE | regex.IGNORECASE)
# "the tariff ... will remain at 25% rather than climbing to 50%": the rate it would have moved to.
_INSTEAD_OF = regex.compile(r"\b(?:instead\ of|rather\ than)\s+$", regex.IGNORECASE)


def _instead_of_tariff(s: str, verb_start: int, cues: list[regex.Match]) -> bool:
    alt = _INSTEAD_OF.search(s, max(0, verb_start - 15), verb_start)
    return alt is not None and _tariff_is_subject(s, alt.start(), cues, reach=120)


# Words that, standing between a tariff word and a moving verb, make something else the subject:
# "Tariff worries sent stocks down 2%".
_OTHER_SUBJECT = regex.compile(
    r"""\b(?:stocks?|shares?|index|indices|prices?|markets?|exports?|imports?|economy|growth|inflation|gdp|output|
          sales|profits?|earnings|revenue|yuan|dollar|euro|yen|currency|bonds?|yields?|sentiment|confidence|
          demand|volumes?|costs?|margins?|unemployment|jobs|wages|spending|investment|trade|deficit|surplus|
          rates?|production|orders|shipments|traffic|output)\b|,\s+and\b""",
    regex.VERBOSE | regex.IGNORECASE)


# A tariff word after a preposition is no subject: "inflation, pushed by tariffs, rises to 3.5%", "exports fell 12%
# after the tariffs and will drop to 5%".
_OBJECT_OF_PREPOSITION = regex.compile(r"""\b(?:by|after|amid|despite|over|because\ of|due\ to|from|against|about)
                                          \ (?:the\ |new\ |higher\ |these\ |those\ |such\ )?(?:[\w.-]+\ )?$""",
                                       regex.VERBOSE | regex.IGNORECASE)


def _tariff_is_subject(s: str, verb_start: int, cues: list[regex.Match], reach: int = 60) -> bool:
    for cue in cues:
        if cue.end() <= verb_start and _gap_length(s, cue.end(), verb_start) <= reach and not _not_the_measure(s, cue) \
                and not _OBJECT_OF_PREPOSITION.search(s, max(0, cue.start() - 24), cue.start()) \
                and not _INSIDE_MODIFIER.search(s, max(0, cue.start() - 40), cue.start()) \
                and not _in_gap(_OTHER_SUBJECT, s, cue.end(), verb_start) and not CLAUSE_BREAK.search(s, cue.end(), verb_start):
            return True
    return False



# A tariff word that names no measure a later figure could be the rate of: a modifier of a mood or an
# effect ("on tariff fears", "tariff-hit automakers"), money collected ("duties collected", "tariff
# income"), or the thing a probability is about ("the odds of new tariffs").
_MODIFIER_USE = regex.compile(
    r"""(?:-(?:hit|related|exposed|sensitive|driven|induced|fu?ell?ed|linked|wary|battered|stricken|affected|proof)
         |\s+(?:fears?|worries|worry|concerns?|jitters|uncertainty|angst|anxiety|woes|turmoil|headwinds|
               collected|collections|revenues?|income|receipts|proceeds|take|bills?\ (?:paid|collected)))\b""",
    regex.VERBOSE | regex.IGNORECASE)
_ODDS_OF = regex.compile(r"""\b(?:odds|chances?|probability|likelihood|risk)\ (?:of|that)\ (?:[\w.'-]+\ ){0,3}$""",
                         regex.VERBOSE | regex.IGNORECASE)
# The tariff word inside a modifier of another subject: "exports subject to the tariffs fell 30%".
_INSIDE_MODIFIER = regex.compile(
    r"""\b(?:subject\ to|hit\ by|covered\ by|affected\ by|exposed\ to|targeted\ by|caught\ (?:up\ )?(?:by|in)|
          spared\ from|exempt\ from|despite)\ (?:[\w.'-]+\ ){0,2}$""", regex.VERBOSE | regex.IGNORECASE)
# Another measure named between a tariff word and a later figure owns the figure: "tariffs could keep
# inflation above 2%", "sent the Nikkei down 2% and the Topix 1.7%", "exports grew at an annual rate of 11%".
_OTHER_MEASURE = regex.compile(
    r"""\b(?:inflation|unemployment|jobless|growth|gdp|nikkei|topix|dow|nasdaq|s&p|ftse|dax|kospi|sensex|stoxx|
          hang\ seng|index|indices|stocks|shares|prices|revenues?|income|receipts|earnings|profits?|odds|
          chances?|probability|likelihood|(?:annual|annualized|monthly|quarterly)\ (?:growth\ )?rate|pace)\b""",
    regex.VERBOSE | regex.IGNORECASE)


# A relative clause set off by commas is an aside: "Tariffs on Japanese autos, which account for a large
# share of exports, rose to 25%" keeps the tariffs as the subject.
_ASIDE = regex.compile(r",\s(?:which|who|whose)\b[^,;]*,", regex.IGNORECASE)


def _in_gap(pattern: regex.Pattern, s: str, lo: int, hi: int) -> bool:
    """Does ``pattern`` occur in s[lo:hi] outside relative clauses set off by commas?"""
    if not pattern.search(s, lo, hi):
        return False
    return pattern.search(_ASIDE.sub(",", s[lo:hi])) is not None


def _gap_length(s: str, lo: int, hi: int) -> int:
    """Characters between two offsets, less the relative clauses set off by commas."""
    if hi - lo <= 60 or "," not in s[lo:hi]:
        return hi - lo
    return len(_ASIDE.sub(",", s[lo:hi]))


def _not_the_measure(s: str, cue: regex.Match) -> bool:
    return bool(_MODIFIER_USE.match(s, cue.end()) or _ODDS_OF.search(s, max(0, cue.start() - 50), cue.start()))


def tied_cue(s: str, start: int, end: int, cues: list[regex.Match]) -> tuple[regex.Match | None, str]:
    """The tariff word this rate belongs to, and how they are tied."""
    for cue in cues:  # "doubled tariffs on steel to 50%": the rate expression spans the tariff word
        if start <= cue.start() and cue.end() <= end:
            return cue, "cue_in_rate"
    for cue in cues:  # rate then modifiers then the tariff word: "a 24% U.S. tariff"
        if cue.start() >= end and cue.start() - end <= 60 and only_modifiers(s[end:cue.start()]):
            if _AND_NEXT.match(s, end, cue.start()) and _own_cue_before(s, start, cues):
                break   # "The duty on fresh lemons rises to 20 pct from eight pct and the duty on walnuts ...": the next one's
            return cue, "rate_before_cue"
    best = None
    for cue in cues:  # the tariff word earlier in the same clause: "tariffs on X as high as 50%"
        if cue.end() <= start and start - cue.end() <= 160 and not CLAUSE_BREAK.search(s, cue.end(), start):
            best = cue
    if best is not None and not _not_the_measure(s, best) and not _in_gap(_OTHER_MEASURE, s, best.end(), start):
        return best, "cue_before_rate"
    for cue in cues:  # a list the tariff word introduces: "The duties are: BYD: 17.4%; Geely: 19.9%"
        if cue.end() <= start and start - cue.end() <= 200:
            colon = s.find(":", cue.end(), start)
            if colon >= 0 and not CLAUSE_BREAK.search(s, cue.end(), colon) and _COLON_LIST.fullmatch(s, colon, start):
                return cue, "cue_list"
    return None, ""


# After the colon: "Name: 17.4%; Name: 19.9%; Name: " up to the rate ("Name" a few words, no clause).
_COLON_LIST = regex.compile(
    r""":\s*(?:[^:;.%]{1,40}?:\s*)?(?:[\d.]+\ ?(?:%|percent|per\ cent|pct)\s*[;,]\s*(?:and\s+)?[^:;.%]{1,40}?:?\s*)*""",
    regex.VERBOSE | regex.IGNORECASE)



# "... 20 pct and the duty on shelled walnuts": a coordinated noun phrase starts after the rate.
_AND_NEXT = regex.compile(r"\s*,?\s*and\s+(?:the|its|their|a|an)\s", regex.IGNORECASE)


def _own_cue_before(s: str, start: int, cues: list[regex.Match]) -> bool:
    return any(cue.end() <= start and start - cue.end() <= 60 and not CLAUSE_BREAK.search(s, cue.end(), start)
               for cue in cues)


def only_modifiers(between: str) -> bool:
    """True when only a few modifier words stand between two spans ("24% U.S. reciprocal tariff")."""
    if "," in between or ";" in between:
        return False
    words = [w.lower().strip(".'-") for w in _WORD.findall(between)]
    return len(words) <= 6 and all(
        not w or w == "s" or w in _MODIFIER_WORDS or w.replace(".", "").isdigit() or w in _PRODUCT_WORDS
        for w in words)



# "rate" names a tariff in tariff copy ("the rate on furniture is set to rise to 30 per cent", "the
# 30% rate Trump had threatened") unless a modifier makes it another rate.
RATE_NOUN = regex.compile(
    r"""(?<!\b(?:interest|exchange|growth|unemployment|inflation|jobless|mortgage|tax|policy|discount|repo|savings|
              participation|vacancy|bank|key|benchmark|lending|deposit|overnight|funds|prime|base|bond|coupon|
              approval|response|turnout|survival|success|failure|default|birth|death|crime|poverty|occupancy|
              capacity|utilization|conversion|hit|win|error|heart|refinancing|loan|borrowing|cash|spot|forward|
              swap|fixed|floating|variable|annual|annualized|monthly|quarterly|hourly|wage|pay)\s)
        \b(?:rates?|penalty|penalties)\b(?!\ (?:of\ (?:inflation|growth|interest|return|unemployment|increase|change|decline)|cut|hike|
                        decision|setting|path|outlook))""",
    regex.VERBOSE | regex.IGNORECASE)


def points_follow(s: str, end: int) -> bool:
    """True for "10 percentage points": a change, not a rate."""
    return _POINTS_AFTER.match(s, end) is not None
