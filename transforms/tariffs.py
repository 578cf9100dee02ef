"""Tariff mentions: a rate, who imposes it on whom and on what, its status and timing.

For every sentence that has a percentage and a tariff word:

1. ``tariff_rates`` finds the rate expressions (single, ceiling, range,
   change, doubling) and keeps those that are tariff rates.
2. Each rate gets its clause window: from the previous rate or clause break
   to the next one, so "25% tariffs on Canada and Mexico and 10% on goods
   from China" gives Canada and Mexico to 25% and China to 10%.
3. The target and products come from the rate's own object ("on imports from
   Canada and Mexico"), else from its tariff word's object, else from list
   shapes ("Japan 24%"), subjects of "face"/"be charged", demonyms before goods
   words; every target x product is its own row. An object naming imported
   goods and no country hits every origin ("ALL").
4. The imposer is the country or actor tied to the tariff word ("U.S.
   tariffs", "a 24% U.S. tariff"), else the subject of a tariff verb ("Beijing
   imposed", "Trump signed orders imposing"), else any actor in the sentence.
5. ``tariff_status`` reads the status from the nearest cue in the window and
   the effective date; a date after publication makes "in force" "planned".
6. What a sentence leaves implicit is taken from the nearest explicit mention
   in the article, flagged ``*_inferred``.

Every record keeps the rate text, its offsets, the sentence and the rule id.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

import regex

from transforms import lexicon_orgs as orgs_lex
from transforms import lexicon_places as places_lex
from transforms import lexicon_products as products_lex
from transforms import lexicon_titles as titles_lex
from transforms.dates import find_dates
from transforms.gazetteer import compile_phrases
from transforms.model import DateMention, Sentence, Span
from transforms.places import PlaceMention, find_places
from transforms.sentences import split_sentences
from transforms.tariff_rates import (CLAUSE_BREAK, CUE, RATE_NOUN, find_rates, is_step, is_tariff_rate, only_modifiers, parse_rate,
                                     points_follow, tied_cue, trade_cues)
from transforms.tariff_status import (COORDINATED_VERB, EFFECT, OWNED_RATE, OWNER_BEFORE_RATE, STATUSES, effective_date,
                                      in_relative_schedule, is_present_rise, is_state_cue, is_timing_cue, is_weak_cue, paused_until, read_status, status_cues)
from transforms.textnorm import fold

__all__ = ["STATUSES", "TariffMention", "find_tariffs"]


@dataclass(frozen=True, slots=True)
class TariffMention(Span):
    """One tariff fact. The span is the rate expression ("as high as 50%")."""
    rate_pct: float | None          # the rate; for a range or ceiling its upper bound
    rate_min_pct: float | None      # lower bound of a range
    rate_max_pct: float | None      # upper bound of a range or ceiling
    prior_rate_pct: float | None    # the rate before a stated change
    rate_kind: str                  # single | ceiling | range | change
    is_additional: bool             # "an additional / a further / an extra 25%"
    imposer: str | None
    imposer_inferred: bool
    target: str | None
    target_inferred: bool
    product: str | None             # canonical key from lexicon_products, None = goods in general
    product_text: str | None        # the words the product was named with
    hs_code: str | None             # HS chapter/heading: stated in the sentence, or mapped from the product
    hs_code_inferred: bool          # True when mapped from the product words, False when stated
    status: str                     # see STATUSES
    status_cue: str | None          # the words the status was read from
    effective_text: str | None      # the date expression ("July", "Aug. 1")
    effective_date: date | None     # resolved against the publication date, first day of its grain
    effective_grain: str | None     # day | month | year
    effective_inferred: bool        # the date was stated in another sentence of the article
    sentence_index: int
    sentence_start: int
    sentence_end: int
    rule_id: str


# An HS code written in the sentence: "HS heading 8703", "tariff line 7208.10".
_HS_STATED = regex.compile(r"""\b(?:HS|H\.S\.|harmonized\ system|tariff\ line|heading|subheading)\ ?(?:code|heading|chapter)?
                               \ ?(?P<hs>\d{2}(?:\d{2}(?:\.?\d{2,6})?)?)\b""", regex.VERBOSE | regex.IGNORECASE)
_ADDITIONAL = regex.compile(
    r"\b(?:an?\ )?(?:additional|further|extra|another|more)\s+$|\bon\s+top\s+of\s+$", regex.IGNORECASE | regex.VERBOSE)

# Where one rate's clause ends and the next one's begins, besides the next rate.
_SEGMENT_BREAK = regex.compile(
    r"""[;:] | \s-\s | \(
      | ,\s(?!including\b|clothing\b|bedding\b)\w+ing\b(?!,|\s(?:and|or)\b)   # not a list's goods: "textiles, clothing, footwear"
      | ,\s(?:which|who|prompting|sending|saying|while|but|as\ (?:part|well)|although|though|after|
             according|adding|drawing|defying|angering|handing|sparking|triggering|in\ (?:a|response|retaliation))\b
      | \b(?:while|but|whereas|meanwhile)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)

_PRODUCT_FORMS: dict[str, str] = {}
for _key, (_hs, _forms) in products_lex.PRODUCTS.items():
    for _form in _forms:
        _PRODUCT_FORMS[_form] = _key
        _PRODUCT_FORMS[_form[:1].upper() + _form[1:]] = _key
_PRODUCT_PATTERN = compile_phrases(_PRODUCT_FORMS)
_ALL_GOODS_PATTERN = compile_phrases(products_lex.ALL_GOODS)
# Product words that also serve as modifiers of another product ("car tires", "vehicle batteries").
_MODIFIER_FORMS = frozenset({"car", "auto", "vehicle", "truck", "passenger car", "light truck", "ship", "chip",
                             "steel", "aluminum", "aluminium", "electric vehicle", "ev", "solar", "wood", "copper"})
_SAME_NOUN_PHRASE = regex.compile(r"(?:\s+|-(?:to-shore\s+)?)(?:(?!and\b|or\b|nor\b)[a-z]+\s+)?", regex.VERBOSE)
_OIL_AND_GAS = regex.compile(r"\s+and\s+gas\s+(?:(?!and\b|or\b)[a-z-]+\s+){0,2}", regex.IGNORECASE)
_AND_MODIFIER = regex.compile(r"\s+and\s+(?:light\s+|heavy\s+|passenger\s+)?", regex.VERBOSE)
_BARE_IMPORTS = regex.compile(r"(?:(?:the|its|their|all|most)\s+)?(?:imports|shipments|exports|entries)", regex.IGNORECASE)

# The object of a tariff: "on imports from Canada and Mexico", "on U.S. crude oil",
# "against Japanese luxury cars". It ends at a clause boundary.
_OBJECT_SOURCE = (   # INTRO: the word that opens the object, filled in by _OBJECT and _OBJECT_TO below
    r"""\bINTRO\ (?:(?:as\ much\ as|about|some|nearly|almost|around|more\ than|up\ to)\ )?
        (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|
             oct|nov|dec|the\ (?:first|second|third|next|last)\ (?:year|month|day|week|time|quarter)|
             \d+\ (?:days|months|years)|hold|top\ of)\w*\b)
        (?P<obj>(?:[^;:.!?(]|\.(?=[\w,])|(?<=\b[A-Z])\.)+?)           # "U.S. crude oil": initials keep going
        (?=\s*(?:[;:!?(]|(?<!\b[A-Z])\.(?!\w)|,?\s+-\s|
               # a participle's clause, not a list's next goods: "on textiles, clothing, footwear and electronics"
               ,\ (?!including\b|clothing\b|bedding\b)\w+ing\b(?!,|\ (?:and|or)\b)|,\ \w+ly\ |,\ even\b|,\ along\b|
               ,\ (?:a|an|the|which|who|with|while|but|in\ a|after|before|when|if|unless|since|set|
                   # not a list's next item: "video game consoles, some toys and certain footwear"
                   some(?!\ [\w-]+(?:\ [\w-]+)?\ (?:and|or)\ )|
                   effective|starting|from\ (?=\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|monday|tuesday|
                   wednesday|thursday|friday|saturday|sunday)|to|taking|prompting|saying|defying|and\ (?:a|the|it|its|is|will|would|
                   said|prompting|sending|was|were|has|have|\d))\b|
               \ (?:that|which|starting|effective|beginning|as\ (?:a|an|the|part|well|of|it|they|retaliation|
                   punishment|penalty)|for\ (?:the|a|an|its|their|\d)|over|after|amid|following|because|by|would|
                   will|is|are|was|were|has|have|had|could|may|might|in\ (?:an?|the|retaliation|response|\d)|at|if|
                   unless|until|within|since|this|next|last|took|take|takes|go|goes|went|come|came|kick|from\ (?:next|
                   \d|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)|
                   on\ (?:top|\w+day))\b|
               \ as\ (?<!\b(?:such|well|known|same|much|far|soon|long)\ as\ )(?-i:[A-Z])|
               \ to\ (?:(?=\d)|(?:punish|protect|retaliate|counter|pressure|force|offset|help|curb|stop|prevent|
                      compensate|push|press|support|shield|defend|avoid|make|reduce|level|fight|deter|encourage|
                      boost)\b)|\ even\b|
               \ and\ (?=(?:an?\ |the\ )?(?:\d|up\ to|between))|
               \ and\ (?:threaten|warn|vow|pledg|promis|announc|impos|call|say|said|urg|ask|add|plan)\w*\b|$))"""
)
_OBJECT = regex.compile(_OBJECT_SOURCE.replace("INTRO", r"""(?:on|against|targeting|
    # not what a penalty is for: "as a penalty for India's purchases of Russian oil"
    (?<!\b(?:penalty|penalties|punishment|reprisal|retaliation)\ )for
    (?!\ buying\b|\ (?:[\w.'’-]+\ )?(?:purchases|purchase|imports|buying|sales)\ of\b))"""),
                       regex.VERBOSE | regex.IGNORECASE)
# "apply a 15% tariff to U.S. aircraft": with a verb of applying, "to" introduces the object too.
_OBJECT_TO = regex.compile(_OBJECT_SOURCE.replace("INTRO", "to", 1),
                           regex.VERBOSE | regex.IGNORECASE)
_APPLY_BEFORE = regex.compile(r"\bappl(?:y|ies|ied|ying)\b", regex.IGNORECASE)
_APPLY_GAP = regex.compile(r"\s+(?:(?:would|will|shall|also|now|then|only|mainly)\s+)*appl(?:y|ies|ied)\s+",
                           regex.IGNORECASE)
# A gapped clause names its goods right before the rate: "..., on U.S. liquor to 140% and on leaf tobacco to 60%".
_GAPPED_OBJECT = regex.compile(r"""(?:,\ |\ and\ )on\ (?P<obj>(?:[\w.'-]+\ ){1,4}?)to\ $""",
                               regex.VERBOSE | regex.IGNORECASE)
# Imported goods with no country: the tariff hits every origin.
_ALL_ORIGINS = regex.compile(
    r"""\b(?:all|every|any)\b | \bimported\b | \bimports\b | \bforeign(?:-made)?\b | \bmade\ outside\b
        | \b(?:global|universal|worldwide|across-the-board|blanket|baseline)\ (?:\w+\ )?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)\b
        | \bimports\ from\ (?:all|every|around\ the\ world)\b | \bfrom\ all\ countries\b
        | \b(?:most|all|every|nearly\ all|almost\ all)\ (?:other\ )?(?:countries|country|trading\ partners|origins|nations)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
_EVERY_ORIGIN = regex.compile(
    r"""\b(?:all|every)\ (?:other\ )?(?:imports|imported|foreign|countries|country|trading\ partners|origins|nations)\b
        | \b(?:most|nearly\ all|almost\ all)\ (?:other\ )?(?:countries|trading\ partners|origins|nations)\b
        | \bimported\b | \bforeign-made\b | \bmade\ outside\b""", regex.VERBOSE | regex.IGNORECASE)
_ALL_OF_A_KIND = regex.compile(r"(?:all|every)\ (?!(?:of\ )?(?:the|its|their|his|her|our|those|these|that|this)\b)",
                               regex.IGNORECASE)
# "imposed on ... from Canada": a country after these words is a target.
_TARGET_BEFORE = regex.compile(
    r"""\b(?:from|on|against|targeting|targets|hit|hits|hitting|slapped\ on|made\ in|produced\ in|assembled\ in|
           charge|charges|charged|charging|hand|hands|handed|handing|
           built\ in|manufactured\ in|
           (?:producers|makers|exporters|manufacturers|companies|firms|mills|suppliers|shippers)\ (?:in|from))
        \ (?:the\ )?(?:\w+\ )?$""", regex.VERBOSE | regex.IGNORECASE)
# Countries coordinated with a target: "imports from the EU, Canada and Mexico".
_COORDINATED = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$", regex.IGNORECASE)
# "the European Union will be charged 20%", "Chinese goods face a 34% tariff".
_TARGET_VERB_AFTER = regex.compile(
    r"""(?:'s?|-(?:built|made|grown|produced|assembled))?(?:,\s+(?:which|who|that)\b|,[^,;]{1,60},)?\s+(?:\w+\s+){0,3}?
        (?:\w+,[^,;]{1,90},\s+)?(?:will\s+|would\s+|could\s+|now\s+|currently\s+|also\s+|still\s+|already\s+|(?:keep|continue)\s+(?:to\s+)?)*
        (?:be\s+charged|face[sd]?|facing|pays?|paid|paying|be\s+hit|hit\s+(?:with|by)|subject\s+to|gets?|got|
           (?:slapped|saddled|struck|stuck|targeted)\s+with|handed|
           secured|won|negotiated|obtained|landed|clinched|ended\s+up\s+with)\b""",
    regex.VERBOSE | regex.IGNORECASE)
# Who pays the rate, named right before it: "had left Brazilian shippers still paying the extra 40%". Closer to the
# rate than the object of a tariff word before it ("the 10% tariff on coffee ... from every country").
_PAYER_GAP = regex.compile(r"""\s+(?:(?:an?|the|its|their|extra|additional|further|full|same|higher|lower|new|
                               flat|separate|combined|rate\ of|duty\ of|tariff\ of)\s+)*""", regex.VERBOSE | regex.IGNORECASE)
# "the 19% Indonesia secured in a deal": a rate, then who got it.
_SECURED_AFTER = regex.compile(r"\s+(?:has\s+|had\s+|just\s+)?(?:secured|won|negotiated|obtained|got|landed|clinched)\b",
                               regex.IGNORECASE)
# "Vietnam's 20%", "Canada's rate on goods outside the USMCA rose to 35%": the rate a country gets, not its own tariff.
_POSSESSIVE_RATE = regex.compile(r"""'s?\s+(?:(?:new|current|reciprocal|country|individual|negotiated|final|headline|
                                     own\ )\s+)?rates?\b""", regex.VERBOSE | regex.IGNORECASE)
_BARE_RATE_AFTER = regex.compile(r"\s*(?:(?:deal|rate|level)\b|[,.;:)]|$|\s(?:and|or|but|while)\b)", regex.IGNORECASE)
_NOUN_BEFORE_SUBJECT = regex.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)\s+(?:that\s+)?(?:the\s+)?",
                                     regex.IGNORECASE)
_SUBJECT_FACED = regex.compile(r"""(?:'s?)?\s+(?:(?:has|have|had|is|are|was|were|now|still|already|long|been)\s+)*
                                   (?:faced|faces?|facing|paid|pays?|paying|charged)\b""", regex.VERBOSE | regex.IGNORECASE)
_LIST_ITEM_GAP = regex.compile(r"[\s,:]*(?:at\s+|with\s+)?$")
# "Pasta containing egg is now subject to a duty of 40 pct", "steel bar and rebar face 15%":
# the goods are the subject of the clause.
_SUBJECT_VERB = regex.compile(
    r"""\b(?:(?:is|are|will\ be|would\ be|now|currently|also)\ )*(?:subject\ to|face[sd]?|facing|pay|be\ charged|
          remains?\ at|stays?\ at|draws?|attracts?|carr(?:y|ies)|paying|paid|exempt(?:ed)?\ from|spared\ from|
          (?:could|would|may|might|will)\ be\ among\ the\ (?:goods|products|items|imports))\b""",
    regex.VERBOSE | regex.IGNORECASE)
# "For most imported passenger cars, the new levy ...": a topic phrase opening the sentence.
# "On the same day he issued the EU threat," is a time, not a topic: the phrase must name goods.
_TOPIC = regex.compile(r"\s*(?:For|On)\ (?P<obj>[^,]{3,80}),", regex.VERBOSE)
# Words that tie a rate to the one before it in the sentence, so it shares its goods and countries:
# "on top of an existing 4 percent duty", "a rate made up of a 25% levy and a 2.5% duty".
_LINKED = regex.compile(
    r"""\b(?:on\ top\ of|made\ up\ of|consisting\ of|comprising|including|plus|in\ addition\ to|and)
        \ (?:an?\ |the\ )?(?:[\w-]+\ ){0,2}$""", regex.VERBOSE | regex.IGNORECASE)
# The rate's own tariff word refers back to the measure before it: "suspend its 25% tariffs on U.S. goods such as
# bourbon ..., and will drop a planned doubling of those duties to 50%".
_THOSE_MEASURES = regex.compile(r"\b(?:those|these|such|the\ same)\ (?:[\w-]+\ )?$", regex.IGNORECASE)
# "bringing the total to 54%": the sum shares the status of the measure that makes it.
_TOTAL = regex.compile(r"""\b(?:bring|bringing|brings|brought|take|taking|raise|raising|lift|lifting|push|pushing)\ (?:the|its|their)\ (?:\w+\ ){0,2}
                           (?:total|combined|overall|cumulative)\b[^%]{0,60}$|\bfor\ a\ (?:total|combined)\ (?:\w+\ )?of\ $""",
                       regex.VERBOSE | regex.IGNORECASE)
# "raised from 10%" with no "to": the figure is an earlier rate, not a fact of its own.
_PRIOR_ONLY = regex.compile(r"""\b(?:up|down|raised|increased|lifted|cut|lowered|reduced|rises?|rose|falls?|fell|
                                 climbs?|climbed|goes|went|jumps?|jumped|(?:cutting|lowering|reducing|raising)\ (?:the|its)\ (?:\w+\ )?
                                 (?:rate|tariff|duty))\ from\ (?:the\ (?:preliminary|earlier|previous|initial|original)\ )?$""",
                         regex.VERBOSE | regex.IGNORECASE)
# A relative clause that says when the rate began: "... that the United States began collecting on Thursday".
_BEGAN_CLAUSE = regex.compile(r"\b(?:that|which)\ .*\b(?:began|started)\ (?:collecting|charging|applying|imposing)$")
# A rate the payer won in a deal, named after it: "the 19 per cent secured by Indonesia".
_GOT_BY = regex.compile(r"\ (?:agreed|secured|won|negotiated|obtained|accepted|struck)\ by\ (?:the\ )?")
# Between a rate and the level it moved from: "to between 7% and 8% from as much as 17.5%".
_FROM_LEVEL = regex.compile(r"\s+from\s+(?:the\ )?")
# "will face a 15% duty, instead of the 10% he had announced": the rate the new one replaces.
_SUPERSEDED = regex.compile(r"""\b(?:instead\ of|rather\ than|in\ place\ of|replacing)\ (?:the\ |an?\ |its\ |his\ |her\ |their\ )?
                               (?:(?:previously|earlier|originally|initially)\ )?(?:[\w-]+\ )?$""",
                         regex.VERBOSE | regex.IGNORECASE)
# "halved its 20 pct tariff on cars ... to 10 pct": the first rate is the second's earlier level.
_CHANGED_RATE_BEFORE = regex.compile(
    r"""\b(?:cut|cuts|cutting|halv\w+|lower\w*|reduc\w+|rais\w+|increas\w+|hik\w+|slash\w*|trimm?\w*|lift\w*|
          boost\w*|bump\w*)\ (?:its|their|the|a|an|his|her)\ (?:[\w-]+\ ){0,2}$""", regex.VERBOSE | regex.IGNORECASE)
# "the 10% tariffs will be raised to 25%": the tariff the first rate names is what changes
_CHANGED_BETWEEN = regex.compile(
    r"""\s+(?:[\w-]+\s+){1,3}?(?:will|would|could|shall|to|was|were|is|are|has|have)\s+(?:be\s+|been\s+)?(?:\w+ly\s+)?
        (?:raised|increased|cut|lowered|reduced|hiked|doubled|lifted|rise|go\ up|fall|drop|rose|fell|climbed)\s+to\s+""",
    regex.VERBOSE | regex.IGNORECASE)
# The level a rate stands at now, in an aside, then where the measure moves: "the tariff, now 38.5%, will fall to 9%".
_NOW_LEVEL = regex.compile(r"""(?:,|\()\s*(?:now|currently|at\ present|today
                                   # "Duties on Vietnamese garments, which had run as high as 90 per cent, drop to"
                                   |which\ (?:had\ |have\ |has\ )?(?:run|been|stood)(?:\ as\ high\ as|\ up\ to)?)
                               \s+(?:at\s+)?$""", regex.VERBOSE | regex.IGNORECASE)
_THEN_MOVES = regex.compile(r"""\s*(?:,|\))\s+(?:and\s+)?(?:(?:will|would|is|are|was|were|has|have|been|set|due|expected|to|then|be)\s+){0,3}(?:\w+ly\s+)?
                               (?:fall|drop|decline|rise|climb|go\ (?:up|down)|come\ down|falls|drops|declines|rises|climbs|
                                  goes\ (?:up|down)|comes\ down|cut|raised|lowered|reduced|increased)
                               \s+(?:\w+ly\s+|further\s+)?to\s+(?:an\s+average\s+of\s+)?(?:about\s+|around\s+|just\s+)?""",
                         regex.VERBOSE | regex.IGNORECASE)
_TO_NEW_RATE = regex.compile(r"\bto\ (?:about\ |around\ |roughly\ |just\ )?$", regex.IGNORECASE)
_NP_START = regex.compile(r"\b(?:an?|the|its|their|on\ top\ of|and|including)\ (?:(?!and\ |or\ )[\w-]+\ ){0,2}$",
                          regex.IGNORECASE)
# A relative clause may stand between a rate and its object: "15% that it imposed on U.S. farm products".
# Also reduced: "the standard 10% duty the bloc charges on imported cars".
_RELATIVE = regex.compile(r"""\s*(?:(?:that|which)\ )?(?:\w+\ ){0,3}?(?:imposed|levied|placed|put|slapped|applies|applied|
                              charged|charges|collects|had\ imposed|has\ imposed|will\ impose)\ $""",
                          regex.VERBOSE | regex.IGNORECASE)
# In a follow-up sentence, "20% on the European Union", "30% for Sri Lanka" are tariff-shaped.
# "rate" is a tariff rate when a percentage or a tariff object is right next to it: "the 30% rate",
# "a 10 per cent rate", "the rate on upholstered furniture", "a rate of 20% for the Philippines".
_TARIFF_RATE_NOUN = regex.compile(
    r"""(?:%|percent|per\ cent|pct)\ (?:["']?[\w-]+["']?\ ){0,2}(?:rates?|penalty|penalties)\b
      | \brates?\ (?:on|for)\b | \brates?\ of\ [\d.]+\ ?(?:%|percent|per\ cent|pct)
      | \brates?\b[^.;%]{0,30}?\brang(?:e|es|ed|ing)\ from\ [\d.]+
      | \b(?:reciprocal|retaliatory|punitive|country-specific)["”']?\ rates\b""",   # 'the "reciprocal" rates
    regex.VERBOSE | regex.IGNORECASE)
# The tariff word of a follow-up sentence is in the sentence before; this empty match stands for it.
_SENTENCE_START = regex.compile("")
_ON_PLACE_GAP = regex.compile(r"\s+(?:on|for)\s+(?:(?:goods|imports|products|exports|shipments)\s+from\s+)?(?:the\s+)?",
                              regex.IGNORECASE)
_RATE_ON_PLACE = regex.compile(r"(?:%|percent|per\ cent|pct)\s+(?:on|for)\s", regex.VERBOSE | regex.IGNORECASE)
# In a sentence without a tariff word, right after one with tariff facts, these still make a
# percentage a tariff rate: "Imports from the EU will be charged 20%, Japan 24%",
# "British steel and aluminum remain at 25 per cent".
_CONTINUATION = regex.compile(
    r"""\b(?:be\ charged|charged|remains?\ at|stays?\ at|rates?\ (?:of|at|for|is|was|are|were|will\ be|would)|
          face[sd]?|facing|subject\ to|raised\ to|cut\ to|lowered\ to|set\ at|pays?|paying|paid|
          # budget copy: "some auto parts will attract 15 per cent, up from 7.5 per cent"
          attract(?:s|ed|ing)?|
          continue\ to\ pay|rates?\ (?:would\ |will\ )?range|capped\ at|
          assigned\ (?:an?\ )?(?:[\w-]+\ )?(?:margin|rate|duty)\ of|dumping\ margins?\ of|
          (?:pay|paying|post|posting|lodge)\ (?:cash\ |security\ |provisional\ )?deposits?\ (?:of|at))\b""",
    regex.VERBOSE | regex.IGNORECASE)
_PRODUCT_RATE_GAP = regex.compile(r"""(?:\s+(?:will|would|is|are|now|then|also|be|at|to|rises?|rose|goes|go|
                                      falls?|fell|climbs?|jumps?|stays?|remains?)\b)+\s+|[\s,:]*""",
                                  regex.VERBOSE | regex.IGNORECASE)
_NUMBER = regex.compile(r"\d")
_VERB_RATE_GAP = regex.compile(r"""(?:\s+(?:an?|the|additional|further|extra|new|flat|uniform|combined|total|of|
                                   about|around|nearly|some|(?:cash\ |security\ )?deposits?))*\s*""",
                               regex.VERBOSE | regex.IGNORECASE)
# "An additional tariff of 15 percent will be levied on U.S. chicken": a passive verb before the object.
_PASSIVE_TO_OBJECT = regex.compile(r"""\s+(?:(?:will|would|is|are|was|were|to|has|have|had|also|now)\s+)*(?:be\s+|been\s+)?
                                      (?:levied|imposed|applied|charged|placed|put|slapped|collected)\s+""",
                                   regex.VERBOSE | regex.IGNORECASE)
_OTHER_GOODS = regex.compile(r"""\b(?:(?:and|or|plus)\ (?:a\ (?:range|host|list|number)\ of\ )?|
                                   a\ (?:range|host|(?:long\ )?list|number)\ of\ )other\ (?:[\w-]+\ )?
                               (?:goods|products|items|imports|merchandise)\b""", regex.VERBOSE | regex.IGNORECASE)
# "on about 10 mln dlrs worth of U.S. goods, mostly books and periodicals": kinds of the goods before, too
_INCLUDING = regex.compile(r",?\s+(?:including|such\ as|among\ them|(?<=,\ )(?:mostly|mainly|chiefly|largely|notably))\b",
                           regex.VERBOSE | regex.IGNORECASE)
# "The machinery industry association said ...": a product word that names an industry, not goods.
_INDUSTRY_AFTER = regex.compile(r"\s+(?:industry|industries|sector|association|lobby|federation|group|union)\b",
                                regex.IGNORECASE)
_RELATIVE_START = regex.compile(r"\b(?:which|that|who)\b", regex.IGNORECASE)
# An object that names only who makes the goods: "for most Chinese mills", "on Canadian producers".
_MAKERS_OBJECT = regex.compile(r"""\s*(?:[\w.'-]+\s+){0,4}?(?:producers|makers|exporters|manufacturers|companies|firms|
                                  mills|suppliers|growers|shippers)\s*""", regex.VERBOSE | regex.IGNORECASE)
_MAKERS = regex.compile(r"(?:\w+\s+)?(?:producers|makers|exporters|manufacturers|companies|firms|mills|suppliers)\b",
                        regex.IGNORECASE)
_PRONOUN_GOODS = regex.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:goods|products|exports|imports|shipments)\b",
                               regex.IGNORECASE)

_ACTORS: dict[str, str] = {**places_lex.GOVERNMENT_BODIES}
for _full, _code, _short in titles_lex.KNOWN_LEADERS:
    _ACTORS[_full] = _code
    for _alias in _short:
        _ACTORS[_alias] = _code
_ACTOR_PATTERN = compile_phrases(_ACTORS)
# Organisations whose names start with a body's: "Treasury Wine Estates", "Congress of South African Trade Unions";
# not the body's own offices ("State Council Information Office", "... Commission of the State Council").
_BODY_PART = regex.compile(r".*\b(?:Office|Commission|Council|Ministry|Department|Agency|Bureau|Committee)$")
_LONGER_NAMES = compile_phrases(
    n for n in orgs_lex.ORGANIZATIONS
    if n not in _ACTORS and n not in orgs_lex.GOVERNMENT_BODIES and not _BODY_PART.match(n)
    and any(n[:i] in _ACTORS for i, c in enumerate(n) if c == " "))   # a body's name, then a space
_IMPOSED_BY = regex.compile(r"""\b(?:imposed|levied|announced|set|charged|collected|(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))
                                (?:\ \w+day)?)\ by\ (?:the\ )?$""",
                            regex.VERBOSE | regex.IGNORECASE)
# The destination of the goods charges the rate, when named in the rate's own clause ("cars shipped to the United
# States face a 27.5% tariff"), not after a comma ("..., in a ruling likely to strain ties over arms sales to Taiwan").
_DESTINATION = regex.compile(r"""\b(?:(?:shipments|exports|imports|sales)\ (?:\w+\ )?(?:to|into)|
                                   (?:shipped|sold|exported|sent)\ (?:to|into|in)|entering|
                                   (?<!\b(?:investigations?|probes?|inquiry|inquiries|enquiry|looking|look)\ )into)\ (?:the\ )?$""",
                             regex.VERBOSE | regex.IGNORECASE)
_CLAUSE_PUNCT = regex.compile(r"[,;:()]|\s[-\u2013\u2014]\s")
# "the 25 percent tariff on steel ... that Washington imposed on June 1": the imposer follows the rate.
# Also with no relative word, right after the tariff noun: "the 30% rate Trump had threatened to impose".
_RELATIVE_AGENT = regex.compile(r"""\b(?:that|which)\ (?:the\ )?$""", regex.VERBOSE | regex.IGNORECASE)
_RELATIVE_VERB = regex.compile(r"""\s+(?:\w+\s+){0,2}?(?:imposed|levied|placed|put|slapped|set|applies|applied|
                                  introduced|announced|charges|charged|charging|collects|collected|collecting|
                                  threatened|proposed|planned)\b""",
                               regex.VERBOSE | regex.IGNORECASE)
_REDUCED_RELATIVE = regex.compile(r"\s+(?:(?:that|which)\s+)?$")
# Right after the rate, who charges it: "compared with the 2.5% the U.S. charges", "the 25% that Ottawa imposed".
_RATE_THEN_AGENT = regex.compile(r"\s+(?:(?:that|which)\s+)?(?:the\s+)?", regex.IGNORECASE)
_RATE_IN = regex.compile(r"\s+in\s+(?:the\s+)?")
# A country named for comparison is not the one acting: "now face a 25 per cent tariff, matching the U.S. levy".
_COMPARED_BEFORE = regex.compile(r"""\b(?:match(?:es|ed|ing)?|mirror(?:s|ed|ing)?|equal(?:s|led|ling)?(?:\ to)?|
                                     (?:the\ )?same\ (?:\w+\ )?as|similar\ to|compared\ (?:with|to)|than|like|unlike|versus|vs\.?|
                                     in\ line\ with|on\ (?:a\ )?par\ with)\ (?:the\ |an?\ )?$""",
                              regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)   # anchored at the end: match backwards
# Words after an agent that make it the one acting: "Beijing imposed", "Canada would respond with",
# "Trump on Thursday signed orders imposing".
_AGENT_VERB = regex.compile(
    r"""(?:'s?)?(?:\s*,[^,]{1,60},)?\s*(?-i:(?:[A-Z][\w.-]+\s+|of\s+|and\s+){0,5})
        (?:(?:government|administration|officials?|authorities|president|prime\ minister|
              (?:\w+\ )?(?:cabinet|parliament|legislature|ministry|ministers)|today|yesterday|has|have|had|will|would|
              could|may|might|plans?\ to|is|was|also|then|later|itself|on\ \w+|said|says|says\ it|said\ it|
              on\ \w+\ \d+|hours\ later|that|\w+ly|in\ turn|again|now|first|began|begins|started|starts|
              will\ begin|moved\ to|decided\ to|went\ on\ to|soon|also|still|then|it|they|
              voted\ (?:on\ \w+\ |\w+\ )?to|agreed\ to|,\ (?:which|who)|was\ set\ to|is\ set\ to|is\ expected\ to|are\ set\ to|
              (?:told|informed|notified|assured)\ (?:the\ )?(?-i:[A-Z][\w.-]+)(?:\ (?-i:[A-Z][\w.-]+|of|and)){0,4})\s+)*
        (?:impos\w*|slap\w*|levi\w*|levy|rais\w*|hik\w*|announc\w*|threat\w*|retaliat\w*|hit\w*|put\w*|plac\w*|
           set\w*|increas\w*|doubl\w*|tripl\w*|cut\w*|lower\w*|reduc\w*|lift\w*|paus\w*|suspend\w*|delay\w*|
           propos\w*|warn\w*|respond\w*|struck|strik\w*|remov\w*|scrap\w*|agreed|plan\w*|decid\w*|unveil\w*|
           order\w*|vow\w*|sign\w*|approv\w*|authoriz\w*|add\w*|slash\w*|extend\w*|expand\w*|introduc\w*|
           adopt\w*|apply|applies|applied|charg\w*|kept|keep\w*|maintain\w*|brought|bring\w*|will\ impose|
           halv\w*|collect\w*|issu(?:e|es|ed|ing)\ (?:a\ |an\ )?(?:\w+\ )?(?:decree|order|regulation|notice|proclamation)|
           (?:open\w*|launch\w*|initiat\w*)\ (?:an?\ )?(?:[\w-]+\ )?(?:investigation|probe|inquiry)|
           follow(?:s|ed)?\ (?:suit\ )?with|counter(?:s|ed)?\ with|answer(?:s|ed)?\ with|assign\w*|levied|finaliz\w*|
           confirm\w*|ruled|determin\w*|cap|caps|capped)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
_TOLD = regex.compile(r"\b(?:told|informed|notified|assured|urged|asked)\ (?:the\ )?$", regex.IGNORECASE)
_AGENT_NOUN = regex.compile(
    r"""(?:'s?)?\s+(?:\w+\s+){0,2}?(?:plan|plans|decision|move|proposal|own|retaliatory|counter|measures?|order|
          decree|proclamation|safeguard|countermeasures?|retaliation)\b""",
    regex.VERBOSE | regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Mention:
    """A country or an actor standing for one, in sentence coordinates."""
    start: int
    end: int
    code: str
    via: str          # name | code | demonym | capital | actor


def find_tariffs(text: str, published: date | None = None, *, sentences: list[Sentence] | None = None,
                 places: list[PlaceMention] | None = None, dates: list[DateMention] | None = None) -> list[TariffMention]:
    """All tariff facts in ``text``; offsets point into ``text``.

    ``published`` is the article's publication date, the anchor for relative
    dates; without it effective dates stay unresolved. ``sentences``,
    ``places`` and ``dates`` (``find_dates(text, published)``) may be passed
    when the caller has them already (same text).
    """
    folded = fold(text)
    if not CUE.search(folded) or not _has_percent(folded):
        return []
    places = find_places(text) if places is None else places
    actors = [(m.start("m"), m.end("m"), _ACTORS[m.group("m")]) for m in _ACTOR_PATTERN.finditer(folded)
              if not _LONGER_NAMES.match(folded, m.start("m"))]
    mentions: list[TariffMention] = []
    agents: list[tuple[int, str]] = []          # (sentence index, imposer) of sentences about tariffs
    rateless: list[tuple] = []                  # sentences about tariffs without a rate, for whom they hit
    effects: list[tuple[int, str | None, DateMention]] = []   # dates stated with an effect word
    goods: list[tuple[int, str | None, set[str], int, int]] = []   # sentences about tariffs without a rate
    previous_countries: list[str] = []
    previous_span: tuple = (0, 0, [])      # the sentence before, for the subject of "It imposed ..."
    elliptical: set[int] = set()           # starts of facts whose clause names no goods at all
    effect_dated: set[int] = set()         # starts of facts whose date an effect word introduced ("from Aug. 1")
    context_age: int | None = None     # sentences since the last one with a tariff word or tariff facts
    lede: tuple | None = None   # the article's first tariff sentence: its status, imposer, effective date, goods
    later_goods: list[tuple[int, list[str]]] = []   # goods a rate-less sentence names for the measure before it
    # the sense of the article's first tariff word, until a trade one: after "electricity tariffs for ZESCO
    # customers", a bare "tariffs would go up by 50 percent" is the utility's too
    sense: str | None = None
    country_places = [p for p in places if p.kind == "country"]
    place_starts = [p.char_start for p in country_places]
    for sentence in split_sentences(text) if sentences is None else sentences:
        s0, s1 = sentence.char_start, sentence.char_end
        s = folded[s0:s1]
        in_places = country_places[bisect_left(place_starts, s0):bisect_left(place_starts, s1)]
        if not _has_percent(s) and not CUE.search(s):
            # no facts and no tariff context here; still the last countries named, for "its goods"
            if context_age == 0 and _MEASURES_TOOK_EFFECT.match(s):   # "The measures took effect on Monday."
                eff, stated = effective_date(s, 0, _sentence_dates(text, sentence, published, dates))
                if stated and eff.value is not None:
                    effects.append((sentence.index, None, eff, _TOOK_EFFECT.search(s) is not None))
            if context_age is not None and context_age <= 1 and (named := _GOODS_OF_MEASURE.match(s)):
                later_goods.append((sentence.index, [k for k, _ in _products_in(s, named.end(), len(s))]))
            context_age = None if context_age is None else context_age + 1
            if in_places:
                previous_countries = [p.code for p in in_places]
            previous_span = (s0, s1, in_places)
            continue
        in_sentence = sorted(
            [_Mention(p.char_start - s0, p.char_end - s0, p.code, p.via) for p in in_places]
            + [_Mention(a - s0, b - s0, code, "actor") for a, b, code in actors if s0 <= a < s1],
            key=lambda m: (m.start, -m.end))
        cues = trade_cues(s)
        if sense != "trade":
            if not cues:
                sense = sense or ("other" if CUE.search(s) else None)
            elif sense == "other" and _bare_other_sense(s, cues):
                cues = []
            else:
                sense = "trade"
        has_cue = bool(cues)
        found: list[TariffMention] = []
        if _has_percent(s) and (has_cue or (context_age is not None and (context_age < _CONTEXT_SENTENCES
                                                                         and _continues(s) or _FACES_RATE.search(s)))):
            found = _sentence_tariffs(text, s, sentence, cues, in_sentence, previous_countries, published, dates,
                                      _subject(folded, *previous_span, actors) if _PRONOUN_SUBJECT.match(s) else None,
                                      elliptical, effect_dated)
            mentions.extend(found)
        if has_cue and not found:
            cue = cues[0]
            agent = _rateless_agent(s, cue, in_sentence)
            if agent:
                agents.append((sentence.index, agent))
            rateless.append((sentence.index, s, cue, in_sentence, agent))
            goods.append((sentence.index, agent, {m.code for m in in_sentence if m.via != "actor"}, s0, s1))
            if EFFECT.search(s):  # "The tariffs take effect on April 9."
                eff, stated = effective_date(s, 0, _sentence_dates(text, sentence, published, dates))
                if stated and eff.value is not None:
                    effects.append((sentence.index, agent, eff, _TOOK_EFFECT.search(s) is not None))
            named = _GOODS_OF_MEASURE.match(s)
            if named:   # "The duties would fall mainly on Chinese textiles, clothing and consumer electronics."
                later_goods.append((sentence.index, [k for k, _ in _products_in(s, named.end(), len(s))]))
            if lede is None:   # "U.S. tariffs on $7.5 billion of European goods took effect on Friday."
                lede = (s, cue, agent, sentence)   # read only if a fact needs it (_read_lede)
        elif found and lede is None:
            f = found[0]
            lede = (f.status, f.imposer, f.effective_date and f.char_start in effect_dated and
                    DateMention(char_start=0, char_end=0, text=f.effective_text, value=f.effective_date,
                                grain=f.effective_grain, rule_id="lede"), f.product, False)
        context_age = 0 if found or has_cue else None if context_age is None else context_age + 1
        countries = [m.code for m in in_sentence if m.via != "actor"]
        if countries:
            previous_countries = countries
        previous_span = (s0, s1, in_places)
    mentions = _infer_products(_infer_parties(mentions, places, agents, _hits(rateless) if any(m.target is None for m in mentions) else [],
                                              folded, actors), elliptical, goods, folded)
    mentions = _goods_named_after(_goods_referred_to(mentions, folded), later_goods)
    mentions = _status_from_context(_dates_from_context(mentions, effects, published, effect_dated))
    mentions = _repeated_facts(mentions)
    if lede is not None and len(lede) == 4 and any(m.status in ("unknown", "in_force") for m in mentions):
        lede = _read_lede(text, *lede, published, dates)
    return _status_from_lede(mentions, lede if lede is None or len(lede) == 5 else None, published)


def _read_lede(text: str, s: str, cue: regex.Match, agent: str | None, sentence: Sentence, published: date | None,
               dates: list[DateMention] | None) -> tuple:
    """Status, imposer, effective date and goods ("any") of a lede sentence without a rate."""
    status = read_status(s, cue.start(), cue.end(), _NO_RATE, cues=status_cues(s))[0]
    eff, stated = effective_date(s, 0, _sentence_dates(text, sentence, published, dates)) \
        if status == "in_force" or EFFECT.search(s) else (None, False)
    # "Turkey doubled tariffs on some U.S. imports ... on Wednesday": the day of an act in force; not "ruled on
    # Friday" (a ruling's day) nor "WASHINGTON, Aug 29 (Reuters) -" (the report's)
    acted_on = status == "in_force" and eff is not None and eff.grain == "day" and published is not None \
        and eff.value is not None and eff.value <= published \
        and not _is_action_date(s, eff, None) and not _DATELINE_AFTER.match(s, eff.char_end)
    return status, agent, eff if stated and EFFECT.search(s) or acted_on else None, "any", True


# A follow-up sentence may stand this many sentences after the last one about tariffs: news copy
# puts a figure or a quote between a measure and its rate list ("Imports from China were worth $439
# billion last year. Europe and Asia: the EU faces 20%, Japan 24% ...").
_CONTEXT_SENTENCES = 3


# A follow-up about the article's tariffs however far back they stand: "Neighbouring Bosnia and Herzegovina was
# told it would face a 30% rate from the same date."
_FACES_RATE = regex.compile(r"""\b(?:face[sd]?|facing)\ an?\ (?:[\w-]+\ )?[\d.]+\ ?(?:%|percent|per\ cent|pct)\ rate\b""",
                            regex.VERBOSE | regex.IGNORECASE)


def _continues(s: str) -> bool:
    """Does a sentence without a tariff word carry on the tariffs before it?"""
    return bool(_continuation_verbs(s) or _RATE_ON_PLACE.search(s) or _rate_nouns(s, follow_up=True)
                or any(_PRODUCT_RATE_GAP.fullmatch(s, p.end(), n.start())
                       for n in _NUMBER.finditer(s)
                       for p in _PRODUCT_PATTERN.finditer(s, max(0, n.start() - 40), n.start())))


def _continuation_verbs(s: str) -> list[regex.Match]:
    """_CONTINUATION matches, less "rate" phrases about another rate ("The interest rate was held at 5.5%")."""
    verbs = [m for m in _CONTINUATION.finditer(s)
             if not m.group(0)[:4].lower() == "rate" or RATE_NOUN.match(s, m.start())]
    if _PRONOUN_SUBJECT.match(s):
        verbs += _PRONOUN_STEP.finditer(s)
    return verbs


# The tariff before as "it", stepping on: "It will stay at that level until the end of 2004 and then drop to 10
# per cent on January 1, 2005."
_PRONOUN_STEP = regex.compile(r"""\b(?:then\ )?(?:drop|fall|decline|come\ down|rise|climb|increase|go\ (?:up|down))s?
                                 \ to\ (?=[\d.]+\ ?(?:%|percent|per\ cent|pct)\b)""", regex.VERBOSE | regex.IGNORECASE)
# A follow-up sentence whose subject is "the rate" refers back to the tariff before it:
# "The rate will then fall in stages to 9% in fiscal 2033."
_ANAPHORIC_RATE = regex.compile(r"\s*[\"'“]?(?:The|That|This|Its|Their|The\ new|The\ current)\ (?:[\w-]+\ )?rates?\b")


def _rate_nouns(s: str, follow_up: bool = False) -> list[regex.Match]:
    """"rate" used for a tariff: "the 30% rate", "the rate on furniture", "a rate of 20% for the Philippines"."""
    if "rate" not in s and "Rate" not in s and "penalt" not in s:
        return []
    lead = _ANAPHORIC_RATE.match(s) if follow_up else None
    return [m for m in RATE_NOUN.finditer(s)
            if _TARIFF_RATE_NOUN.search(s, max(0, m.start() - 30), min(len(s), m.end() + 40))
            or (lead is not None and m.end() == lead.end())]


# Words that put a bare "tariffs" back into the trade sense.
_TRADE_SIGNAL = regex.compile(
    r"\b(?:imports?|imported|importers?|exports?|exporters?|goods|trade|customs|WTO|retaliat\w*|reciprocal|"
    r"anti-?dumping|countervailing|border|steel|aluminium|aluminum|autos?|cars?)\b", regex.IGNORECASE)


def _bare_other_sense(s: str, cues: list[regex.Match]) -> bool:
    """Are ``s``'s tariff words plain "tariff(s)" with nothing of trade around them?"""
    return all(c.group(0).lower() in ("tariff", "tariffs") for c in cues) and not _TRADE_SIGNAL.search(s)


def _has_percent(s: str) -> bool:
    low = s.lower()
    return "%" in s or "percent" in low or "per cent" in low or "pct" in low or "zero" in low


def _sentence_dates(text: str, sentence: Sentence, published: date | None,
                    dates: list[DateMention] | None) -> list[DateMention]:
    """The date mentions of one sentence, in sentence coordinates."""
    s0, s1 = sentence.char_start, sentence.char_end
    if dates is None:
        return find_dates(text[s0:s1], published)
    return [replace(d, char_start=d.char_start - s0, char_end=d.char_end - s0) for d in dates
            if s0 <= d.char_start and d.char_end <= s1]


def _sentence_tariffs(text: str, s: str, sentence: Sentence, cues: list[regex.Match], mentions: list[_Mention],
                      previous_countries: list[str], published: date | None,
                      all_dates: list[DateMention] | None = None,
                      previous_subject: str | None = None, elliptical: set[int] | None = None,
                      effect_dated: set[int] | None = None) -> list[TariffMention]:
    s0 = sentence.char_start
    continuation = not cues
    trade_words = list(cues)    # the sentence's own tariff words
    rate_nouns = _rate_nouns(s, follow_up=not cues)   # "the 30% rate", "the rate on furniture" name a tariff too
    if continuation:
        verbs = _continuation_verbs(s)
        cues = sorted(verbs + rate_nouns, key=lambda m: m.start())
    else:
        cues = sorted(cues + rate_nouns, key=lambda m: m.start())
    rates = []
    priors: dict[int, float] = {}      # index in rates -> an earlier rate stated after it ("raised from 10%")
    for rm in find_rates(s):
        rate = parse_rate(rm)
        if rate is None or points_follow(s, rm.end()) or not is_tariff_rate(s, rm.start(), rm.end(), rm, cues):
            continue
        if rates and _FROM_LEVEL.fullmatch(s, rates[-1][0].end(), rm.start()):
            priors[len(rates) - 1] = rate[0]
            continue    # "will fall to between 7% and 8% from as much as 17.5%": where the rate came from
        if "single" in rm.re.groupindex and (_PRIOR_ONLY.search(s, max(0, rm.start() - 50), rm.start())
                                             or rates and _SUPERSEDED.search(s, max(0, rm.start() - 40), rm.start())):
            if rates:
                priors[len(rates) - 1] = rate[0]
            continue    # "The aluminum tariff on Turkey rises from 10%": an earlier rate, not a fact
        if continuation:
            cue, how = _continuation_cue(s, rm, verbs, mentions)
            if cue is None and rate_nouns:
                cue, how = tied_cue(s, rm.start(), rm.end(), rate_nouns)
        else:
            cue, how = tied_cue(s, rm.start(), rm.end(), cues)
            if cue is None:  # "..., while sorghum and pork will face an additional 10 percent"
                plain_verbs = [v for v in _continuation_verbs(s) if not v.group(0)[:4].lower() == "rate"]
                cue, how = _continuation_cue(s, rm, plain_verbs, mentions, verbs_only=True)
        if cue is not None:
            rates.append((rm, rate, cue, how))
    if not rates:
        return []
    rates, priors = _merge_earlier_levels(s, rates, priors)
    # a coordinated verb starts a new clause too: "... on U.S. dairy products and threatens to ..."
    breaks = sorted([m.span() for m in _SEGMENT_BREAK.finditer(s)]
                    + [m.span() for m in COORDINATED_VERB.finditer(s)])
    dates = _sentence_dates(text, sentence, published, all_dates)
    topic = _TOPIC.match(s)
    facts: list[tuple[TariffMention, list, list]] = []
    previous: dict | None = None
    first: tuple[str, str | None] | None = None
    previous_status: tuple[str, str | None] | None = None
    rates_before = False
    sentence_cues = status_cues(s)
    aside = _SUBJECT_ASIDE.match(s) if s.find(", ", 0, 50) >= 0 else None
    if aside:   # what was done to the measure before, not what it does: its verb and agent are not this rate's
        sentence_cues = [c for c in sentence_cues if not aside.start("aside") <= c[2].start() < aside.end()]
        mentions = [m for m in mentions if m.via != "actor" or not aside.start("aside") <= m.start < aside.end()]
        dates = [d for d in dates if not aside.start("aside") <= d.char_start < aside.end()]
    for i, (rm, rate, cue, how) in enumerate(rates):
        start, end = rm.span()
        left = max([rates[i - 1][0].end() if i else 0] + [b for a, b in breaks if b <= start])
        next_start = rates[i + 1][0].start() if i + 1 < len(rates) else len(s)
        if i + 1 < len(rates):  # the next rate's own words ("on top of an existing") are not this one's
            np = _NP_START.search(s, end, next_start)
            next_start = np.start() if np else next_start
        right = min([next_start] + [a for a, b in breaks if a >= end])
        objects = _objects_for(s, start, end, right, cue)
        applied = [] if objects else _applied_to(s, start, end, right, cue)
        if topic and topic.end() <= start and (_PRODUCT_PATTERN.search(s, *topic.span("obj"))
                                                or _ALL_GOODS_PATTERN.search(s, *topic.span("obj"))):
            objects.append(topic.span("obj"))
        targets, target_rule = _targets(s, start, end, left, right, objects + applied, mentions, previous_countries)
        if not targets and ("extend" in s or "impos" in s or "appl" in s):
            targets, target_rule = _relative_targets(s, end, mentions)
        imposer = _imposer(s, start, end, cue, mentions, {t for t, _ in targets}, tariff_word=not continuation,
                           previous_subject=previous_subject, trade_words=trade_words)
        products = _products(s, start, end, left, cue, objects + applied, subject_cue=how == "continuation_verb")
        if how == "continuation_goods":  # the goods word just before the rate: '... and Steel 50%'
            products = _goods_list_before(s, left, start)
        # Coordinated rates share what they do not state: "tariffs of 25 percent on imported steel and
        # 10 percent on aluminum"; "a 35 percent tariff on Chinese tires ..., on top of an existing 4 percent duty".
        if previous is not None and (previous["cue"] is cue or _LINKED.search(s, max(0, start - 40), start)
                                     or _THOSE_MEASURES.search(s, max(0, cue.start() - 30), cue.start())):
            if not targets:
                targets, target_rule = previous["targets"], "coordinated"
            if not products and not _OTHER_GOODS.search(s, end, right):
                products = previous["products"]   # not "... and a 25% tariff on a long list of other products"
            if imposer is None or any(imposer == t for t, _ in targets):
                imposer = previous["imposer"]   # "apply a 15% tariff to U.S. aircraft and a 25% tariff to ..."
        # "the 10% baseline rate": the words between a rate and its tariff noun say so too
        extra = [(start, cue.end())] if cue.start() >= end else []
        if not targets and _hits_every_origin(s, objects, products, mentions, imposer, extra, cue):
            targets, target_rule = [("ALL", False)], "all_origins"
        if (not targets or targets == [("ALL", False)]) and products:
            origin = _unique(products_lex.ORIGIN_BOUND.get(words.lower()) if words else None for _, words in products)
            if len(origin) == 1 and origin[0] not in (None, imposer):
                targets, target_rule = [(origin[0], False)], "origin_bound"   # "the duty on imported bourbon"
        if i in priors and rate[3] is None:
            rate = (*rate[:3], priors[i], "change")
        elif i and rate[3] is None and rate[4] == "single" and is_step(s, start):
            rate = (*rate[:3], rates[i - 1][1][0], "single")   # a schedule's next step starts from the one before
        status, status_cue = read_status(s, start, end, rate, left, right, sentence_cues,
                                         next_rate=rates[i + 1][0].start() if i + 1 < len(rates) else len(s))
        if status == "unknown" and OWNED_RATE.search(s, max(0, start - 40), start):
            status, status_cue = "in_force", "'s"   # "the EU's 10% tariff on imported cars": a measure it has
        if status == "in_force" and is_weak_cue(status_cue):
            # "Korean cars already face a 25% tariff, and Korean steel and aluminum face 50%"
            state = next((m.group(0) for _, st, m in sentence_cues if st == "in_force" and is_state_cue(m.group(0))), None)
            status_cue = state or status_cue
        if previous_status is not None and previous_status[0] in ("removed", "paused", "reduced") \
                and is_timing_cue(status_cue) and (previous["cue"] is cue or _LINKED.search(s, max(0, start - 40), start)):
            # "will lift its 25% tariffs on British steel and 10% tariffs on aluminium from June 1": one verb for both
            status, status_cue = previous_status
        if rates_before and _TOTAL.search(s, max(0, start - 90), start):
            # "bringing the total to 54%" is the new measure's: the first rate not said to exist already
            status, status_cue = first or ("unknown", None)
        rates_before = True
        if first is None and not is_state_cue(status_cue):
            first = (status, status_cue)
        previous = {"cue": cue, "targets": targets, "products": products, "imposer": imposer}
        eff, eff_stated = effective_date(s, start, dates, left, right, end)
        if status == "in_force" and status_cue is not None and _BEGAN_CLAUSE.search(status_cue):
            # the rate's own relative clause dates it: "... that the United States began collecting on Thursday"
            cue_end = s.find(status_cue, end, end + 160)
            cue_end = cue_end + len(status_cue) if cue_end >= 0 else -1
            own = next((d for d in dates if cue_end >= 0 and 0 < d.char_start - cue_end <= 4), None)
            if own is not None:
                eff, eff_stated = own, True
        if eff is not None and not eff_stated and _is_action_date(s, eff, status_cue):
            eff = None    # "Trump on Thursday signed orders imposing ...": when it was decided, not when it applies
        if eff is not None and is_state_cue(status_cue) and not end <= eff.char_start < right \
                and not _SINCE_BEFORE.search(s, max(0, eff.char_start - 12), eff.char_start):
            eff, eff_stated = None, False   # "due to take effect on April 9 on top of an existing 20% levy"
        if eff is not None and status == "paused" and not paused_until(s, eff) \
                and not (eff.char_start > end and in_relative_schedule(s, start)):
            eff, eff_stated = None, False   # "had been due to take effect on Monday": the schedule put off
        if eff_stated and published is not None and eff.value is not None and status_cue is not None \
                and eff.value > published and _TOOK_EFFECT.fullmatch(status_cue):
            eff, eff_stated = None, False   # "hours after U.S. tariffs ... took effect": a later date is another's
        if eff is None and published is not None and status_cue is not None and _TOOK_EFFECT.fullmatch(status_cue):
            same_day = _SAME_DAY.search(s, max(0, start - 120), min(len(s), end + 120))
            if same_day:   # "hours after U.S. tariffs of 25 per cent ... took effect": on the day of the report
                eff, eff_stated = DateMention(char_start=same_day.start(), char_end=same_day.end(),
                                              text=same_day.group(0), value=published, grain="day",
                                              rule_id="tariff.same_day"), True
        if status == "in_force" and is_present_rise(status_cue):
            if eff is not None and published is not None and eff.value is not None and eff.value > published:
                status = "planned"   # "The rate on upholstered furniture rises to 30% on Jan. 1": a step to come
            elif eff is None:
                status_cue = None    # undated, the news tense says no more than the story does around it
        if eff_stated and published is not None and eff.value is not None:
            if status == "in_force" and eff.value > published and not is_state_cue(status_cue):
                status = "planned"  # cannot be in force before it takes effect
            elif status == "planned" and eff.value < published and eff.grain == "day":
                status = "in_force"
            elif status == "unknown" and eff.value > published and 0 <= eff.char_start - end <= 12:
                status = "planned"  # "to freeze the tariff on imported cars at 15 per cent from 2000"
        previous_status = (status, status_cue)
        base = dict(
            char_start=s0 + start, char_end=s0 + end, text=text[s0 + start:s0 + end],
            rate_pct=rate[0], rate_min_pct=rate[1], rate_max_pct=rate[2], prior_rate_pct=rate[3],
            rate_kind=rate[4], is_additional=bool(_ADDITIONAL.search(s[max(0, start - 30):start])),
            imposer=imposer, imposer_inferred=False, status=status,
            status_cue=status_cue,
            effective_text=eff.text if eff else None, effective_date=eff.value if eff else None,
            effective_grain=eff.grain if eff else None, effective_inferred=False, sentence_index=sentence.index,
            sentence_start=s0, sentence_end=sentence.char_end,
            rule_id=f"tariff.{rate[4]}.{how}" + (f".{target_rule}" if target_rule else ""),
        )
        groups = _distributed(s, objects, mentions) if len(targets) > 1 else None
        facts.append((base, targets, products, groups))
        if eff is not None and eff_stated and effect_dated is not None:
            effect_dated.add(base["char_start"])
        if not products and elliptical is not None and not _names_goods(s, left, right, objects) \
                and all(_MAKERS_OBJECT.fullmatch(s, lo, hi) for lo, hi in objects):
            elliptical.add(base["char_start"])
    facts = _respective_goods(s, s0, facts)
    # A rate whose clause names no target takes the one its sentence names for another rate:
    # "the 125% rate comes on top of a 20% levy ..., bringing the total on most Chinese goods to 145%".
    stated = [(f[0]["char_start"], f[1]) for f in facts if f[1] and not f[1][0][1]]
    out: list[TariffMention] = []
    hs_stated = _HS_STATED.search(s)
    for base, targets, products, groups in facts:
        # never its own imposer: "The EU tariff on Harley motorcycles rose to 31%, ... response to U.S. tariffs on
        # European steel" leaves the 31% for the article to fill
        lend = [t for t in stated if all(code != base["imposer"] for code, _ in t[1])] if not targets else ()
        if lend:
            targets = min(lend, key=lambda t: abs(t[0] - base["char_start"]))[1]
            base["rule_id"] += ".same_sentence"
        pairs = [(t, k) for t in targets or [(None, False)] for k in products or [(None, None)]]
        if groups:   # "25% on Spanish olives, on French wine and on Scotch whisky from Britain": each its own
            pairs = [((code, False), k) for codes, goods in groups for code in codes for k in goods or [(None, None)]]
            base["rule_id"] += ".distributed"
        for (target, inferred), (key, words) in pairs:
            if hs_stated:
                hs, hs_inferred = hs_stated.group("hs"), False
            else:
                hs = products_lex.PRODUCTS[key][0] if key else None
                hs_inferred = hs is not None
            out.append(TariffMention(**base, target=target, target_inferred=inferred, product=key,
                                     product_text=words, hs_code=hs, hs_code_inferred=hs_inferred))
    return out


# Verbs of deciding and saying: a date attached to them is when the news happened.
_ANNOUNCING = regex.compile(
    r"""\b(?:announc\w*|sign(?:s|ed|ing)?|order(?:s|ed|ing)?|approv\w*|unveil\w*|propos\w*|threat\w*|warn\w*|said|
          says|told|ruled|agreed|reached|struck|floated|posted|wrote|authori[sz]\w*|decided|condemned|met|call(?:s|ed)|
          set\ out|issued|published|released|voted|passed|adopted|confirmed|recommended|determined|found|asked|urged)\b""",
    regex.VERBOSE | regex.IGNORECASE)
_LAW_YEAR = regex.compile(r"\b(?:Act|Law|Code|Agreement|Round|Treaty|Accord)\ of\ $")


_SINCE_BEFORE = regex.compile(r"\bsince\ $", regex.IGNORECASE)


def _is_action_date(s: str, eff: DateMention, status_cue: str | None) -> bool:
    """A date not introduced by an effect word that says when something was announced, signed or ruled
    ("yesterday announced", "ruled on Thursday") or names a law ("the Trade Expansion Act of 1962")."""
    if _LAW_YEAR.search(s, max(0, eff.char_start - 20), eff.char_start):
        return True
    if status_cue is not None and _ANNOUNCING.match(status_cue):
        return True
    return bool(_ANNOUNCING.search(s, max(0, eff.char_start - 22), eff.char_start)
                or _ANNOUNCING.search(s, eff.char_end, min(len(s), eff.char_end + 22)))


# "on Spanish olives, olive oil and pork products, on French wine, ... and on Scotch whisky from Britain"
_ON_SEGMENT = regex.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)on\s+", regex.IGNORECASE)


def _distributed(s: str, objects: list[tuple[int, int]], mentions: list[_Mention]):
    """An object made of several "on <country's goods>" phrases pairs each country with its own goods, or
    None when it is one phrase."""
    if len(objects) != 1:
        return None
    lo, hi = objects[0]
    cuts = [m.span() for m in _ON_SEGMENT.finditer(s, lo, hi)]
    if not cuts:
        return None
    spans = [(lo, cuts[0][0])] + [(b, cuts[k + 1][0] if k + 1 < len(cuts) else hi) for k, (a, b) in enumerate(cuts)]
    groups = []
    for a, b in spans:
        codes = _unique(m.code for m in mentions if m.via != "actor" and a <= m.start < b and not _excluded(s, m.start))
        goods = _products_in(s, a, b)
        if not codes:
            return None   # a phrase with no country of its own: not a distributive list
        groups.append((codes, goods))
    return groups


def _merge_earlier_levels(s: str, rates: list, priors: dict[int, float]) -> tuple[list, dict[int, float]]:
    """"cut its 25 pct duty on Mexican light trucks to 10 pct": one fact, 10 with prior 25."""
    earlier = set()
    for i in range(len(rates) - 1):
        a, b = rates[i][0], rates[i + 1][0]
        if "single" not in b.re.groupindex or b.start() - a.end() > 90:
            continue
        single = "single" in a.re.groupindex
        if single and _TO_NEW_RATE.search(s, max(a.end(), b.start() - 20), b.start()) \
                and not CLAUSE_BREAK.search(s, a.end(), b.start()) \
                and (_CHANGED_RATE_BEFORE.search(s, max(0, a.start() - 40), a.start())
                     or _CHANGED_BETWEEN.fullmatch(s, a.end(), b.start())):
            earlier.add(i)
        elif (single or "ceiling" in a.re.groupindex) and _NOW_LEVEL.search(s, max(0, a.start() - 40), a.start()) \
                and _THEN_MOVES.fullmatch(s, a.end(), b.start()):
            # "Japan's tariff on European beef, now 38.5%, will fall to 9% over 15 years", "Tariffs on British
            # cars, currently as high as 110%, will fall to 10%"
            earlier.add(i)
    if not earlier:
        return rates, priors
    kept, kept_priors = [], {}
    for i, r in enumerate(rates):
        if i in earlier:
            continue
        if i - 1 in earlier:
            kept_priors[len(kept)] = rates[i - 1][1][0]
        elif i in priors:
            kept_priors[len(kept)] = priors[i]
        kept.append(r)
    return kept, kept_priors


def _continuation_cue(s: str, rm: regex.Match, cues: list[regex.Match], mentions: list[_Mention],
                      verbs_only: bool = False):
    """In a follow-up sentence without a tariff word, what ties a percentage to the tariffs before it."""
    start, end = rm.span()
    for cue in cues:  # "will be charged 20%", "face an additional 10 percent", "capped at 15 per cent"
        if cue.end() <= start and start - cue.end() <= 40 and _VERB_RATE_GAP.fullmatch(s, cue.end(), start) \
                or start <= cue.start() and cue.end() <= end:
            return cue, "continuation_verb"
    if verbs_only:
        return None, ""
    # goods as the subject: '"Aluminum will now be 20% and Steel 50%," Trump wrote'
    for p in _PRODUCT_PATTERN.finditer(s, max(0, start - 40), start):
        if _PRODUCT_RATE_GAP.fullmatch(s, p.end(), start):
            return _SENTENCE_START.match(s), "continuation_goods"
    for m in mentions:
        if m.via == "actor":
            continue
        if m.end <= start and start - m.end <= 4 and _LIST_ITEM_GAP.fullmatch(s, m.end, start):
            return _SENTENCE_START.match(s), "continuation_list"       # "Japan 24%, South Korea 25%"
        if end <= m.start and m.start - end <= 30 and _ON_PLACE_GAP.fullmatch(s, end, m.start):
            return _SENTENCE_START.match(s), "continuation_on_place"   # "including 20% on the European Union"
    return None, ""


def _objects_for(s: str, start: int, end: int, right: int, cue: regex.Match) -> list[tuple[int, int]]:
    """Spans naming the goods or countries a rate applies to, most specific first."""
    spans = []
    # the rate's own object: "25% tariffs on imports from Canada", "10 percent on aluminum"
    m = _OBJECT.search(s, end, right)
    if m and (m.start() - end <= 30 and only_modifiers(s[end:m.start()]) or _RELATIVE.fullmatch(s, end, m.start())
              or _PASSIVE_TO_OBJECT.fullmatch(s, end, m.start())):
        spans.append(m.span("obj"))
    # its tariff word's object: "tariffs on Japanese autos ... as high as 50%", "a 24% U.S. tariff on Japanese goods"
    if cue.start() < start:
        m = _OBJECT.search(s, cue.end(), start)
        if m and m.start() - cue.end() <= 40:
            spans.append(m.span("obj"))
    elif cue.end() <= right:
        m = _OBJECT.search(s, cue.end(), right)
        if m and m.start() - cue.end() <= 40:
            spans.append(m.span("obj"))
    gapped = _GAPPED_OBJECT.search(s, max(0, start - 60), start)
    if gapped and _NUMBER.search(s, 0, gapped.start()):
        spans.insert(0, gapped.span("obj"))   # "the tariff on U.S. cars was doubled to 120%, on U.S. liquor to 140%"
    return spans


def _applied_to(s: str, start: int, end: int, right: int, cue: regex.Match) -> list[tuple[int, int]]:
    """With a verb of applying, "to" introduces the object: "apply a 15% tariff to U.S. aircraft",
    "A 25% tariff would apply to eight items, including pork"."""
    if not _APPLY_BEFORE.search(s, max(0, start - 60), min(len(s), end + 30)):
        return []
    after = cue.end() if end <= cue.start() <= right else end
    m = _OBJECT_TO.search(s, after, right)
    if m and (m.start() - after <= 12 or _APPLY_GAP.fullmatch(s, after, m.start())):
        return [m.span("obj")]
    return []


def _targets(s: str, start: int, end: int, left: int, right: int, objects: list[tuple[int, int]],
             mentions: list[_Mention], previous_countries: list[str]) -> tuple[list[tuple[str, bool]], str]:
    countries = [m for m in mentions if m.via != "actor"]
    compared = _COMPARED_AFTER.search(s, end, right) \
        if end < right and _COMPARED_WORDS.search(s, end, right) else None
    if compared:   # "face 25%, the same rate as the U.S. tariff on Canadian steel": another rate's countries
        right = compared.start()
        countries = [m for m in countries if not compared.start() <= m.start < compared.end() + 80]
    for m in countries:   # "Vietnam's 20%", "Indonesia's 19% deal": the rate a country got, whatever came before
        if m.end + 3 == start and s.startswith("'s ", m.end) and _BARE_RATE_AFTER.match(s, end):
            return [(m.code, False)], "possessive_rate"
    if " by " in s:
        got = _GOT_BY.match(s, end, min(len(s), end + 40))
        country = next((m for m in countries if got and m.start == got.end()), None)
        if country is not None:   # "the 20 per cent agreed by Vietnam and the 19 per cent secured by Indonesia"
            return [(country.code, False)], "got_by"
    payer = _payer(s, start, left, countries)
    for lo, hi in objects:
        if payer and hi <= payer[0]:
            return [(c, False) for c in payer[1]], "payer"
        # not "..., and Malaysia's 19% deal": a country owning the next rate
        found = _unique(m.code for m in countries if lo <= m.start < hi and not _excluded(s, m.start)
                        and not _apposition(s, m) and not (s.startswith("'s ", m.end) and _NUMBER.match(s, m.end + 3)))
        if found:
            return [(c, False) for c in found], "object"
        described = _DESCRIBED.search(s, lo, hi)
        if described:   # "on the kingdom", "from its two neighbours": the article says who; _infer_parties resolves it
            # (None, inferred) so no other rate of the sentence lends its target
            return [(None, True)], "described" + str(_NUMBER_WORDS.get((described.group("n") or "").lower(), ""))
    # the rate's object says every origin, whatever the clause says of other countries: "the 25% U.S.
    # tariff imposed on most countries", "the standard 10% duty the bloc charges on imported cars"
    if any(_EVERY_ORIGIN.search(s, lo, hi) or _ALL_OF_A_KIND.match(s, lo, hi) for lo, hi in objects):
        return [("ALL", False)], "all_origins"   # "tariffs of 25 per cent on all steel and aluminum imports"
    if payer:   # "Israel was hit with a 17% U.S. tariff on its exports ..., after ... on American imports"
        return [(c, False) for c in payer[1]], "payer"
    owner = next((m for m in mentions if m.end < start <= m.end + 40 and s.startswith("'s ", m.end)
                  and OWNER_BEFORE_RATE.fullmatch(s, m.end, start)), None)
    if owner is not None:   # "in response to Trump's 25% tariffs on steel imports": no country before the owner's
        # rate is its target unless said to pay it ("Japanese cars will continue to pay the EC's 10 pct tariff")
        countries = [m for m in countries if m.start > owner.start or _TARGET_VERB_AFTER.match(s, m.end, start)]
    for m in countries:  # "Japan 24%, South Korea 25%"; not "Washington doubled its tariff to 50%", a subject
        if m.end <= start and start - m.end <= 4 and _LIST_ITEM_GAP.fullmatch(s, m.end, start) \
                and not s[start:start + 1].islower():
            return [(m.code, False)], "list_item"
    window = [m for m in countries if left <= m.start < right]
    for m in window:
        if _names_goods_of(m.via, s[m.end:m.end + 40].lstrip(" '")) and not _excluded(s, m.start):
            return [(c, False) for c in _coordinated_before(s, countries, m)], "goods_of"   # "Japanese and Korean goods"
        if _TARGET_BEFORE.search(s, max(0, m.start - 30), m.start) and not _excluded(s, m.start):
            found = [m.code]                              # "imports from the EU, Canada and Mexico"
            last = m
            for n in countries:
                if n.start > last.end and _COORDINATED.fullmatch(s, last.end, n.start):
                    found.append(n.code)
                    last = n
            return [(c, False) for c in _unique(found)], "imports_from"
    for m in countries:
        if m.end <= start and _POSSESSIVE_RATE.match(s, m.end, start):
            return [(m.code, False)], "possessive_rate"   # "Canada's rate ... rose to 35%"
    for m in countries:   # "Switzerland fared far worse, with a 39% rate", "Laos and Myanmar were hit hardest, with 40%"
        if m.end <= start and start - m.end <= 80 and _FARED_WITH.fullmatch(s, m.end, start) and not _excluded(s, m.start):
            return [(c, False) for c in _coordinated_before(s, countries, m)], "fared_with"
    for m in countries:   # "the European Union will be charged 20%", "Vietnam and Bangladesh, which face 20%"
        if m.end <= start and _TARGET_VERB_AFTER.match(s, m.end, start) and not _excluded(s, m.start):
            return [(c, False) for c in _coordinated_before(s, countries, m)], "subject_faces"
    for m in countries:  # "the 10% baseline tariff Brazil has faced since April": a reduced relative clause
        if end <= m.start <= end + 40 and _NOUN_BEFORE_SUBJECT.fullmatch(s, end, m.start) \
                and _SUBJECT_FACED.match(s, m.end, min(len(s), m.end + 40)):
            return [(m.code, False)], "relative_subject"
        if end <= m.start <= end + 3 and _SECURED_AFTER.match(s, m.end):
            return [(m.code, False)], "rate_secured"      # "the 19% Indonesia secured in a deal"
    for m in countries:  # the clause named none: "Other BEV producers in China ..., but ... will be subject to 20.8%"
        if m.end <= start and not (left <= m.start < right):
            after = s[m.end:m.end + 40].lstrip(" '")
            if _MAKERS.match(after) or _ALL_GOODS_PATTERN.match(after) or (m.via == "demonym" and _PRODUCT_PATTERN.match(after)) \
                    or (_TARGET_BEFORE.search(s, max(0, m.start - 30), m.start) and not _excluded(s, m.start)):
                return [(m.code, False)], "sentence_subject"
    pronoun = _PRONOUN_GOODS.search(s, left, right)
    if pronoun:
        # "The EU and Japan, whose deals cap tariffs on their pharmaceutical exports": the sentence's subject
        before = [m for m in countries if m.end <= pronoun.start()]
        owners = [m for m in before if s.startswith("'s", m.end) and not _TITLE_AFTER.match(s, m.end)]
        if owners and s[pronoun.start():pronoun.start() + 5].lower() == "their":
            # "withdrew Russia's and Belarus's most-favoured-nation status ... on all their imports"
            found, last = [owners[-1].code], owners[-1]
            for n in reversed([m for m in before if m.end <= last.start]):
                if not _COORDINATED.fullmatch(s, n.end + 2 if s.startswith("'s", n.end) else n.end, last.start):
                    break
                found.insert(0, n.code)
                last = n
            if len(found) > 1:
                return [(c, False) for c in _unique(found)], "pronoun_owners"
        if before and _OPENS_SENTENCE.fullmatch(s, 0, before[0].start):
            found, last = [before[0].code], before[0]
            for n in before[1:]:
                if not _COORDINATED.fullmatch(s, last.end, n.start):
                    break
                found.append(n.code)
                last = n
            return [(c, False) for c in _unique(found)], "pronoun_subject"
        if previous_countries:
            return [(previous_countries[0], True)], "pronoun"  # "Its goods face a 34% tariff"
    return [], ""


# A verb of faring, then the rate its subject got: "fared far worse, with a 39% rate".
_FARED_WITH = regex.compile(r"""\s+(?:(?:has|had|have|also|only)\s+)?(?:fared|fares|came\ off|comes\ off|got\ off|gets\ off|
                                 did|does|emerged|escaped|(?:was|were|is|are|been)\ (?:hit|spared|treated)|ended\ up)
                                 \b[^,;:.]{0,30},?\s+with\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?""",
                         regex.VERBOSE | regex.IGNORECASE)
_HYPHEN_MADE = regex.compile(r"-(?:built|made|grown|produced|assembled|origin)\s+", regex.IGNORECASE)


def _names_goods_of(via: str, after: str) -> bool:
    """Do the words ``after`` a country name goods it is the origin of ("Japanese and Korean goods", "Chinese
    steelmakers", "U.S.-built cars", "Chinese-made goods")?"""
    made = _HYPHEN_MADE.match(after)
    goods = after[made.end():] if made else after
    return bool(_ALL_GOODS_PATTERN.match(goods) or _MAKERS.match(after)
                or ((via == "demonym" or made) and _PRODUCT_PATTERN.match(goods)))
_COMPARED_WORDS = regex.compile(r"match|mirror|same|similar|compared|\bline\b|\bpar\b|than|above|below")
_COMPARED_AFTER = regex.compile(r""",?\ (?:matching|mirroring|(?:the\ )?same\ (?:\w+\ )?as|similar\ to|compared\ (?:with|to)|
                                    in\ line\ with|on\ (?:a\ )?par\ with|(?:higher|lower|more|less)\ than|(?:well\ )?(?:above|below))
                                    \ (?:that\ of\ )?(?:the\ |an?\ )?""", regex.VERBOSE | regex.IGNORECASE)


def _coordinated_before(s: str, countries: list[_Mention], m: _Mention) -> list[str]:
    """m's code with those of the countries coordinated before it: "Japanese and South Korean goods"."""
    found = [m.code]
    for n in reversed([c for c in countries if c.end <= m.start]):
        if not _COORDINATED.fullmatch(s, n.end, m.start):
            break
        found.insert(0, n.code)
        m = n
    return _unique(found)


def _payer(s: str, start: int, left: int, countries: list[_Mention]) -> tuple[int, list[str]] | None:
    """(where it starts, codes) of the country said to pay the rate right before it: "South African exporters
    began paying a 30% tariff", "had left Brazilian shippers still paying the extra 40%"."""
    for m in reversed([c for c in countries if left <= c.start and c.end <= start and not _excluded(s, c.start)]):
        verb = _TARGET_VERB_AFTER.match(s, m.end, start)
        if verb and _PAYER_GAP.fullmatch(s, verb.end(), start):
            return m.start, _coordinated_before(s, countries, m)
    return None


# A relative clause after the rates names whom they hit: "the U.S. tariffs of 25% on steel and 10% on aluminum
# that Washington extended on June 1 to Mexico, Canada and the European Union".
# Not when the clause imposed something else: "six countries that have imposed taxes on American technology companies".
_RELATIVE_HIT = regex.compile(r"""\b(?:that|which)\ (?:[\w.]+\ ){0,3}?(?:extended|imposed|applied|slapped|placed|put)
                                  \b(?!\ (?:[\w-]+\ ){0,2}(?:tax|taxes|sanctions|quotas|bans?|restrictions|curbs|controls)\b)
                                  [^;:,]{0,40}?\b(?:to|on)\ (?:the\ )?$""", regex.VERBOSE | regex.IGNORECASE)


def _relative_targets(s: str, end: int, mentions: list[_Mention]) -> tuple[list[tuple[str, bool]], str]:
    countries = [m for m in mentions if m.via != "actor" and m.start >= end]
    for i, m in enumerate(countries):
        rel = _RELATIVE_HIT.search(s, max(end, m.start - 90), m.start)
        if rel is None or _NUMBER.search(s, end, rel.start()) and CLAUSE_BREAK.search(s, end, rel.start()):
            continue
        found, last = [m.code], m
        for n in countries[i + 1:]:
            if not _COORDINATED.fullmatch(s, last.end, n.start):
                break
            found.append(n.code)
            last = n
        return [(c, False) for c in _unique(found)], "relative_hit"
    return [], ""


def _hits_every_origin(s: str, objects: list[tuple[int, int]], products: list, mentions: list[_Mention],
                       imposer: str | None, extra: list[tuple[int, int]] = (), cue: regex.Match | None = None) -> bool:
    """No country is named for goods that are: "on all imports", "on imported steel", or a product
    tariff in a sentence naming no country but the imposer ("25% tariffs on steel, aluminum and autos"), or a
    country's own schedule ("cut its average import tariff to 20 pct"). Anti-dumping and countervailing duties
    are set per exporting country: only "all" says every origin for them."""
    # the object stops before "by"; "on supercomputers made by NEC Corp.": one maker's goods, not every origin's
    if any(_DESCRIBED.search(s, lo, hi) or _MADE_BY_NAMED.search(s, lo, min(len(s), hi + 16)) for lo, hi in objects):
        return False
    if "countries" in s or "nations" in s or "partners" in s:
        if any(_SOME_COUNTRIES.search(s, lo, min(len(s), hi + 30)) for lo, hi in objects):
            return False   # "on more than $2 billion of imports from six countries": some, named elsewhere
    if cue is not None and _PER_EXPORTER.search(s, max(0, cue.start() - 30), cue.end()):
        return any(_EVERY_ORIGIN.search(s, lo, hi) or _ALL_OF_A_KIND.match(s, lo, hi) for lo, hi in objects)
    if any(_ALL_ORIGINS.search(s, lo, hi) for lo, hi in [*objects, *extra]):
        return True
    if cue is not None and ("other" in s or "rest of" in s or "else" in s) and _REST_OF_WORLD.search(s, cue.start()):
        return True   # "the doubling of US tariffs on steel ..., which took effect at midnight for the rest of the world"
    if cue is not None and _OWN_SCHEDULE.search(s, max(0, cue.start() - 40), cue.end()):
        return True
    if cue is not None and _SECURITY_TARIFF.search(s, max(0, cue.start() - 120), cue.end() + 40):
        return True   # "tariffs imposed under Section 232 ..., including 25% duties on steel": no origin named
    # Only when the sentence names who imposes it: "The duty on walnuts rises to 120 per cent" is elliptical.
    compared = _COMPARED_AFTER.search(s, cue.end()) if cue is not None and _COMPARED_WORDS.search(s, cue.end()) else None
    # not a country named for comparison: "duties of up to 150% on whisky, compared with zero in Japan"
    others = {m.code for m in mentions if m.via != "actor" and not (compared and m.start >= compared.start())} - {imposer}
    return imposer is not None and bool(products) and bool(objects) and not others


_SOME_COUNTRIES = regex.compile(r"""\b(?:from|in|of)\ (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|
                                     \d+|several|a\ handful\ of|a\ few|a\ dozen)\ (?:[\w-]+\ )?
                                     (?:countries|nations|economies|trading\ partners)\b""", regex.VERBOSE | regex.IGNORECASE)
_REST_OF_WORLD = regex.compile(r"""\b(?:for|on|to|from)\ (?:the\ rest\ of\ the\ world|everyone\ else|everybody\ else|
                                    (?:all\ )?other\ (?:countries|nations|trading\ partners|suppliers|exporters|origins))\b""",
                               regex.VERBOSE | regex.IGNORECASE)
# A country's own tariff schedule, which applies to every origin: "its average import tariff", "customs duty", "the
# weighted average tariff", "its own steel tariff", "China's regular import tariffs", "the bloc's common external tariff".
_OWN_SCHEDULE = regex.compile(
    r"""\b(?:import|customs)\ (?:tariffs?|duty|duties|levies|taxes)\b
      | \b(?:average|MFN|most-favou?red-nation|common\ external|bound|applied)\ (?:[\w-]+\ )?(?:import\ )?(?:tariffs?|duty|duties|rates?)\b
      | \b(?:its|their)\ own\ (?:[\w-]+\ )?(?:tariffs?|duty|duties|levy|rates?)\b""",
    regex.VERBOSE | regex.IGNORECASE)
# National-security tariffs (U.S. Section 232, GATT Article XXI) are set on goods from every origin.
_SECURITY_TARIFF = regex.compile(r"""\bSection\ 232\b|\bnational[-\ ]security\ (?:tariffs?|duties|levies|grounds|reasons)\b""",
                                 regex.VERBOSE | regex.IGNORECASE)
# A target named by description: "the kingdom", "the island", "its two neighbours", "the three biggest U.S. trading
# partners". Not "its trading partners" without a number (every origin), nor "the country's goods" (a possessive).
_DESCRIBED = regex.compile(
    r"""\b(?:the|its|their|his|her)\ (?:(?P<n>two|three|four|both)\ )?(?:(?:U\.S\.|American|European|Asian|biggest|
          largest|closest|main|top|key|southern|northern|small|tiny|poor|impoverished|mountain|island)\ ){0,3}
        (?:kingdom|island(?:\ nation)?|republic|emirate|city-state|archipelago
           |(?(n)(?:neighbou?rs|(?:trading\ )?partners)|(?!)))\b
        (?!'|\ (?:of|in|to)\b)""", regex.VERBOSE | regex.IGNORECASE)
_MADE_BY_NAMED = regex.compile(r"\b(?:made|produced|built|manufactured|sold|supplied)\ by\ (?-i:[A-Z])", regex.IGNORECASE)
_NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}
_PER_EXPORTER = regex.compile(r"\b(?:anti-?dumping|countervailing|dumping)\b", regex.IGNORECASE)


_APPOSITION = regex.compile(r"""'s?\s+(?:[\w-]+\s+){0,3}?(?:partner|ally|neighbou?r|rival|supplier|customer|market|
                               leader|government|president|prime|minister|capital|economy|currency)\b""",
                            regex.VERBOSE | regex.IGNORECASE)


_TITLE_AFTER = regex.compile(
    r"""(?:'s)?\s+(?:Trade\ Representative|President|Prime\ Minister|Vice\ Premier|Premier|Chancellor|Ambassador|
                   (?:[A-Z]\w+\ )?(?:Secretary|Minister)|Commissioner|Trade\ Commissioner|negotiator|officials?)\b""",
    regex.VERBOSE)


def _apposition(s: str, m: _Mention) -> bool:
    """"goods from the European Union, Switzerland's biggest trading partner": a description, not a target;
    nor is a country in a person's title ("..., U.S. Trade Representative Robert Lighthizer said")."""
    return (s[max(0, m.start - 2):m.start] == ", " and _APPOSITION.match(s, m.end) is not None) \
        or _TITLE_AFTER.match(s, m.end) is not None


def _excluded(s: str, pos: int) -> bool:
    """A country in an object that is not a target: exempted, or the destination ("shipments to the U.S.")."""
    return bool(_NOT_A_TARGET_BEFORE.search(s[max(0, pos - 40):pos])) or bool(_ITS_PARTNERS.match(s, pos)) \
        or ("countries" in s or "nations" in s) and bool(_IN_COUNTRIES_CLAUSE.search(s, max(0, pos - 80), pos)) \
        or bool(_GROUPED_WORD.search(s, max(0, pos - 10), pos) and _GROUP_DESCRIBED_BY.search(s[max(0, pos - 90):pos]))


# What the countries hit did, not whom they hit: "imports from six countries that have imposed taxes on American
# technology companies"
_IN_COUNTRIES_CLAUSE = regex.compile(r"\b(?:countries|nations)\ (?:that|which|who)\ [^,;:]*$")
# "goods from most U.S. trading partners": the country's partners, not the country
_ITS_PARTNERS = regex.compile(r"[\w.'’-]+(?:\ \p{Lu}[\w.]*)?\ (?:trading\ |trade\ )?(?:partners|allies)\b")
_NOT_A_TARGET_BEFORE = regex.compile(
    r"""(?:\b(?:except|excluding|other\ than|besides|exempting|but\ not|outside|spared)\s+(?:\w+\s+){0,3}
         | \b(?:shipments|exports|sales|imports|entries)\ (?:\w+\ )?(?:to|into)\ (?:the\ )?
         | \b(?:shipped|sold|exported|sent|bound)\ (?:to|into|in|for)\ (?:the\ )?
         | \b(?:entering|into)\ (?:the\ )?
         | \b(?:for|over)\ (?:buying|importing|purchasing|(?:its\ |their\ |[\w.]+['’]s\ )?purchases\ of)\ (?:\w+\ )?
         | \bnon-)$""", regex.VERBOSE | regex.IGNORECASE)   # "on their non-U.S. content"


# A group of countries described by their relation to one: "from countries that do not have a free trade agreement
# with Canada", "nations without a trade deal with the U.S." The country named is not among them.
_GROUP_DESCRIBED_BY = regex.compile(
    r"""\b(?:countries|nations|economies|(?:trading\ )?partners|suppliers|origins)\ (?:that\ |which\ )?
        (?:do\ not|don't|does\ not|did\ not|lack|without|with\ no|have\ no|has\ no|are\ not|aren't|outside)\b
        [\w\s'-]{0,45}?\b(?:with|to|of)\ (?:the\ )?$""", regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)


# The end of _GROUP_DESCRIBED_BY alone: a cheap test before the long backward search.
_GROUPED_WORD = regex.compile(r"\b(?:with|to|of)\ (?:the\ )?$", regex.IGNORECASE | regex.REVERSE)


def _imposer(s: str, start: int, end: int, cue: regex.Match, mentions: list[_Mention], targets: set[str],
             tariff_word: bool = True, previous_subject: str | None = None,
             trade_words: list[regex.Match] = (), near: bool = False) -> str | None:
    """Who imposes the rate at s[start:end]. ``tariff_word`` is False when ``cue`` is a verb of a follow-up
    sentence ("the EU faces 20%"), next to which countries are targets, not imposers. ``near``: only an agent
    tied to the words (no lone actor of the sentence), for the main clause of a sentence without a rate
    ("Vietnam has cut import tariffs ... before President Donald Trump unveils new tariffs")."""
    candidates = [m for m in mentions if m.code not in targets]
    for m in candidates:
        if end < m.start <= end + 12 and (_RATE_THEN_AGENT.fullmatch(s, end, m.start) and _RELATIVE_VERB.match(s, m.end)
                                          or _RATE_IN.fullmatch(s, end, m.start)):
            return m.code                                 # "the 2.5% the U.S. charges", "compared with 2.5% in the U.S."
    for m in candidates if tariff_word else ():
        if end <= m.start and m.end <= cue.start():
            return m.code                                 # between rate and tariff word: "a 24% U.S. tariff"
        if m.end < start and cue.start() >= end and OWNER_BEFORE_RATE.fullmatch(s, m.end, start) \
                and only_modifiers(s[end:cue.start()]):
            return m.code                                 # "the EU's original 25% whiskey tariff"
        if m.end <= cue.start() and cue.start() - m.end <= 60 and only_modifiers(s[m.end:cue.start()]) \
                and not _ALL_GOODS_PATTERN.match(s[m.end:].lstrip(" '")) and not s.startswith(" of ", m.end):
            # not "the first casualty in Canada of the 25 per cent tariff"
            return m.code                                 # "U.S. tariffs", "China's own 84% tariffs"
        if _IMPOSED_BY.search(s, max(0, m.start - 30), m.start):
            return m.code                                 # "imposed by Washington"
        if _DESTINATION.search(s, max(0, m.start - 30), m.start) \
                and not _CLAUSE_PUNCT.search(s, min(m.end, start), max(m.start, end)):
            return m.code                                 # "cars shipped to the United States face 27.5%"
    # a country named for comparison is not the one acting: "now face a 25 per cent tariff, matching the U.S. levy"
    candidates = [m for m in candidates if not _COMPARED_BEFORE.search(s, max(0, m.start - 25), m.start)]
    before = [m for m in candidates if m.end <= start]
    for m in reversed(before):
        if _TOLD.search(s, max(0, m.start - 20), m.start):
            continue                                      # "Canada told the U.S. it would ...": the one told
        if _AGENT_VERB.match(s, m.end, start) or _AGENT_NOUN.match(s, m.end, start):
            return m.code                                 # "Beijing imposed", "the U.S. plan to impose"
    for m in candidates:
        if m.start >= end and (_RELATIVE_AGENT.search(s, max(0, m.start - 12), m.start)
                               or cue.end() <= m.start and _REDUCED_RELATIVE.fullmatch(s, cue.end(), m.start)) \
                and _RELATIVE_VERB.match(s, m.end):
            return m.code                                 # "... 25 percent tariff on steel that Washington imposed"
    for other in trade_words:   # "Mexico's new tariffs ... took effect, with Chinese cars facing a 50% duty"
        for m in candidates:
            if m.via != "actor" and m.end <= other.start() and other.start() - m.end <= 30 \
                    and only_modifiers(s[m.end:other.start()]) and not _ALL_GOODS_PATTERN.match(s[m.end:].lstrip(" '")):
                return m.code
    for m in candidates:   # "China's regular import tariffs, which for passenger cars range from 70 to 80 percent"
        own = _POSSESSIVE_TARIFF.match(s, m.end, start) if m.via != "actor" and start < end else None
        if own and start - own.end() <= 60:
            return m.code
    for m in candidates:   # "steel from countries without a free trade agreement with Canada ...": Canada sets the terms
        if m.via != "actor" and _GROUPED_WORD.search(s, max(0, m.start - 10), m.start) \
                and _GROUP_DESCRIBED_BY.search(s[max(0, m.start - 90):m.start]):
            return m.code
    # not the subject of a condition or a time clause: "... up to 17 percent, unless Congress repeals the law"
    if near:
        return None
    actors = [m for m in candidates if m.via == "actor" and not _SUBORDINATE_BEFORE.search(s, max(0, m.start - 20), m.start)]
    if len({m.code for m in actors}) == 1:
        return actors[0].code                             # "President Trump ... 25%": the one actor in the sentence
    pronoun = _PRONOUN_SUBJECT.match(s)
    if pronoun and previous_subject and previous_subject not in targets and pronoun.end() <= start \
            and _AGENT_VERB.match(s, pronoun.end(), start):
        return previous_subject                           # "Mexico moved first. It imposed duties of 20 percent"
    return None


def _rateless_agent(s: str, cue: regex.Match, mentions: list[_Mention]) -> str | None:
    """Who acts in a sentence about tariffs without a rate: the agent of its main clause, tied to its first tariff word
    ("Vietnam has cut import tariffs ... before President Donald Trump unveils new tariffs"), else any agent."""
    if len({m.code for m in mentions}) > 1:
        agent = _imposer(s, cue.start(), cue.start(), cue, mentions, set(), near=True)
        if agent:
            return agent
    return _imposer(s, len(s), len(s), cue, mentions, set())


_SUBORDINATE_BEFORE = regex.compile(r"\b(?:unless|until|if|because|although|though|when|after|before|since)\ (?:the\ )?$",
                                    regex.IGNORECASE)
_POSSESSIVE_TARIFF = regex.compile(r"'s\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?)\b",
                                   regex.IGNORECASE)
_OPENS_SENTENCE = regex.compile(r"\s*(?:the\s+)?", regex.IGNORECASE)


def _subject(folded: str, s0: int, s1: int, places: list[PlaceMention],
             actors: list[tuple[int, int, str]]) -> str | None:
    """The country (or the government body, leader) a sentence opens with, its likely subject."""
    if places and _OPENS_SENTENCE.fullmatch(folded, s0, places[0].char_start):
        return places[0].code
    i = bisect_left(actors, (s0,))
    if i < len(actors) and actors[i][0] < s1 and _OPENS_SENTENCE.fullmatch(folded, s0, actors[i][0]):
        return actors[i][2]
    return None


_PRONOUN_SUBJECT = regex.compile(r"\s*(?:It|They)\b")


_GRIEVANCE = regex.compile(r"""\b(?:to\ retaliate|in\ retaliation|retaliating|in\ response|to\ punish|over\ (?:its|their|the)\ 
                                  (?:restrictions|ban|curbs|barriers|subsidies|treatment))\b""", regex.VERBOSE | regex.IGNORECASE)
_KINDS_AFTER = regex.compile(r",\ (?:mostly|mainly|chiefly|largely)\ [^,;:.]{1,80}", regex.IGNORECASE)
_WHICH_FACE = regex.compile(r""",\ (?:which|that)\ (?:\w+\ ){0,2}?(?:face[sd]?|pay|pays|paid|draw|attract|carry|
                                 are\ subject\ to)\ (?:[\w-]+\ ){0,4}$""", regex.VERBOSE | regex.IGNORECASE)
_EXEMPTED_GOODS = regex.compile(r"""\bexempt(?:s|ed|ing)?\ (?P<obj>[^;:%]{3,100}?)\ from\ (?:the\ |its\ |their\ |an?\ )?
                                    (?:[\w-]+\ ){0,2}$""", regex.VERBOSE | regex.IGNORECASE)


def _products(s: str, start: int, end: int, left: int, cue: regex.Match,
              objects: list[tuple[int, int]], subject_cue: bool = False) -> list[tuple[str, str]]:
    """Canonical products named for this rate, in order, each once."""
    # the object ends at ", mostly ..." but the kinds named there are its goods: "on about 10 mln dlrs worth of
    # U.S. goods, mostly books and periodicals, in retaliation"
    windows = [(lo, kinds.end()) if (kinds := _KINDS_AFTER.match(s, hi)) else (lo, hi) for lo, hi in objects]
    # product words between the rate and its tariff word, or right before the word: "a 24% auto tariff",
    # "steel and aluminum tariffs of 25%"
    if end <= cue.start():
        windows.append((end, cue.start()))
    elif subject_cue and left < cue.start():  # "sorghum, soybeans ... and dairy products will face 10 percent"
        # "soybeans and crude oil, which will face a further 5%": the relative pronoun's antecedent
        lo = max(0, left - 80) if _RELATIVE_START.search(s, max(0, left - 8), cue.start()) else left
        windows.append((lo, cue.start()))
    else:
        floor = left if left < cue.start() else 0
        lo = _list_start(s, max(floor, cue.start() - 40), cue.start(), floor)
        last = None
        for last in _PRODUCT_PATTERN.finditer(s, lo, cue.start()):
            pass
        # goods before the tariff word are its own unless a new clause parts them: not "15% tariff on laptops and
        # cellphones on Dec. 15, and tariffs on $250 billion of Chinese goods will rise to 30%"
        if last is None or not _NEW_CLAUSE.search(s, last.end(), cue.start()):
            windows.append((lo, cue.start()))
    exempted = _EXEMPTED_GOODS.search(s, max(0, start - 160), start) if "xempt" in s else None
    if exempted:   # "exempting smartphones, computers and some other electronics from the 125% reciprocal tariff"
        windows.insert(0, exempted.span("obj"))
    # the goods as the clause's subject: "Pasta containing egg is now subject to a duty of 40 pct"
    verb = _SUBJECT_VERB.search(s, left, start)
    if verb:
        windows.append((left, verb.start()))
    antecedent = _WHICH_FACE.search(s, max(0, start - 60), start) if "which" in s or "that" in s else None
    if antecedent:   # "Vehicles and auto parts, which already face a separate 25% U.S. duty": the goods it modifies
        windows.append((max(0, antecedent.start() - 80), antecedent.start()))
    for lo, hi in windows:
        found = _products_in(s, lo, hi)
        if found:
            if _OTHER_GOODS.search(s, lo, hi):   # "U.S. steel, aluminum and other goods": goods in general too
                found.append((None, None))
            else:
                # "on 34 billion dlrs of U.S. goods, including soybeans, pork and cars": the goods and each kind named
                including = _INCLUDING.search(s, lo, hi) or (_RANGE_OF_GOODS.search(s, lo, hi) if "from " in s else None)
                if including and _ALL_GOODS_PATTERN.search(s, lo, including.start()) \
                        and not _PRODUCT_PATTERN.search(s, lo, including.start()):
                    found.insert(0, (None, None))
            return found
    # no goods named for the rate, but one product is the sentence's topic before it: "... Canadian softwood
    # lumber is unfairly subsidized and ordered a preliminary countervailing duty of 15 per cent on imports"
    if all(_BARE_IMPORTS.fullmatch(s, lo, hi) for lo, hi in objects):
        grievance = _GRIEVANCE.search(s, 0, start)
        # not the goods of the grievance: "to retaliate for Brazil's restrictions on sales of U.S. computers"
        found = _products_in(s, 0, grievance.start() if grievance else start)
        if len(found) == 1 and not any(_INDUSTRY_AFTER.match(s, m.end()) for m in _PRODUCT_PATTERN.finditer(s, 0, start)):
            return found
    return []


_NEW_CLAUSE = regex.compile(r",\s+(?:and|but|while|whereas)\s", regex.IGNORECASE)
_RATE_LIST_GAP = regex.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", regex.IGNORECASE)


def _respective_goods(s: str, s0: int, facts: list) -> list:
    """Rates listed together ("25% and 10%") share the goods named after the last one ("tariffs of 25% and 10% on
    steel and aluminum"), and as many of them as goods go one to each, in order: "Russian steel and aluminum have
    paid U.S. tariffs of 25% and 10% respectively", "exempt steel and aluminium from its tariffs of 25% and 10%"."""
    out = list(facts)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _RATE_LIST_GAP.match(s, out[j][0]["char_end"] - s0, out[j + 1][0]["char_start"] - s0):
            j += 1
        goods = out[j][2]
        if j > i and goods and all(key is not None for key, _ in goods) \
                and all(not out[k][2] or out[k][2] == goods for k in range(i, j)):
            for k in range(i, j + 1):
                base, targets, _, groups = out[k]
                out[k] = (base, targets, [goods[k - i]] if len(goods) == j - i + 1 else goods, groups)
        i = j + 1
    return out


_LIST_GAP = regex.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:[\w-]+\s+)?", regex.IGNORECASE)


def _list_start(s: str, lo: int, hi: int, floor: int) -> int:
    """Move a window's start back to the first of the goods listed with its first one: the 40 characters before
    "will pay normal US tariffs" cut "Indian pharmaceuticals and chemicals" in the middle."""
    matches = list(_PRODUCT_PATTERN.finditer(s, max(floor, lo - 100), hi))
    i = next((k for k, m in enumerate(matches) if m.end() > lo), None)
    if i is None:
        return lo
    while i > 0 and _LIST_GAP.fullmatch(s, matches[i - 1].end(), matches[i].start()):
        i -= 1
    return min(lo, matches[i].start())


def _goods_list_before(s: str, left: int, start: int) -> list[tuple[str, str]]:
    """The goods words listed right before a rate ("... chicken, wheat, corn and cotton at 15%"): the last one and
    those coordinated with it."""
    matches = list(_PRODUCT_PATTERN.finditer(s, max(left, start - 150), start))
    if not matches:
        return []
    first = len(matches) - 1
    while first > 0 and _LIST_GAP.fullmatch(s, matches[first - 1].end(), matches[first].start()):
        first -= 1
    return _products_in(s, matches[first].start(), matches[-1].end())


def _modifies_next(s: str, matches: list, j: int) -> bool:
    """Is product word j a modifier of the product noun after it ("car tires"), possibly through a
    coordinated modifier ("car and light truck tires")?"""
    if j + 1 < len(matches) and matches[j].group("m").lower() == "oil" \
            and _OIL_AND_GAS.fullmatch(s, matches[j].end(), matches[j + 1].start()):
        return True   # "oil and gas drilling machinery"
    if matches[j].group("m").lower() not in _MODIFIER_FORMS or j + 1 >= len(matches):
        return False
    nxt = matches[j + 1]
    if _SAME_NOUN_PHRASE.fullmatch(s, matches[j].end(), nxt.start()):
        return True
    # "car and light truck tires": the second is a compound head whose modifier parallels the first
    return (_AND_MODIFIER.fullmatch(s, matches[j].end(), nxt.start()) is not None
            and ((" " in nxt.group("m") and nxt.group("m").split()[0].lower() not in _PRODUCT_FORMS)
                 or _modifies_next(s, matches, j + 1)))


_NOT_GOODS_PAPER = regex.compile(r"""(?:\bon|\b(?:white|green|policy|working|discussion|research|position|briefing|
                                     consultation|news))\s+$""", regex.VERBOSE | regex.IGNORECASE)
_PAPER_GOODS_AFTER = regex.compile(r"\s+(?:imports|exports|products|goods|shipments|from|made)\b", regex.IGNORECASE)


# A range of goods stands for goods in general as well as for the kinds it names: "Most other Brazilian goods,
# from machinery to footwear, continue to face 50%" (labels differ on the kinds: 301 and 346 leave them out, 334
# lists them; the general fact is in all three).
_RANGE_OF_GOODS = regex.compile(r"""(?:,\ |\ ranging\ )from\ [\w\s'-]{1,40}?\ to\ [\w\s'-]{1,40}?(?=[,.;]|$)""",
                                regex.VERBOSE | regex.IGNORECASE)


def _products_in(s: str, lo: int, hi: int) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    matches = list(_PRODUCT_PATTERN.finditer(s, lo, hi))
    including = _INCLUDING.search(s, lo, hi) if matches else None
    if including and matches[0].end() <= including.start():
        # "all Chinese-made electric vehicles, including passenger automobiles, trucks": kinds of the first
        matches = [m for m in matches if m.end() <= including.start()]
    for j, m in enumerate(matches):
        key = _PRODUCT_FORMS[m.group("m")]
        if key == "auto parts" and m.group("m").lower() == "parts" and not any(k == "autos" for k, _ in found):
            continue  # "parts" alone is auto parts only in "autos and parts"
        if _modifies_next(s, matches, j):
            continue  # "passenger car and light truck tires", "electric vehicle batteries": the head noun counts
        if s.endswith(("non-", "Non-"), 0, m.start()):
            continue  # "customs duty on non-agricultural goods", "non-auto goods": every good but these
        if key == "paper" and _NOT_GOODS_PAPER.search(s, max(0, m.start() - 16), m.start()) \
                and not _PAPER_GOODS_AFTER.match(s, m.end()):
            continue  # "modest on paper", "a white paper on tariffs": not the goods
        if key not in (k for k, _ in found):
            found.append((key, m.group("m")))
    return found


def _unique(codes) -> list[str]:
    out: list[str] = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


def _hits(rateless: list[tuple]) -> list[tuple[int, str, str | None]]:
    """(sentence index, target, agent) stated by sentences about tariffs without a rate: "a doubling of tariffs on
    steel and aluminum imports from Turkey"."""
    out = []
    for index, s, cue, in_sentence, agent in rateless:
        objects = _objects_for(s, cue.end(), cue.end(), len(s), cue)
        hit, how = _targets(s, cue.start(), cue.end(), 0, len(s), objects, in_sentence, [])
        if how in ("object", "imports_from", "goods_of"):
            out.extend((index, code, agent) for code, _ in hit if code != agent)
        elif not hit and agent is not None and (_OWN_SCHEDULE.search(s, max(0, cue.start() - 40), cue.end())
                                                or _CUT_NEAR.search(s, max(0, cue.start() - 30), cue.end() + 6)) \
                and not any(m.via != "actor" and m.code != agent and lo <= m.start < hi
                            for m in in_sentence for lo, hi in objects):
            out.append((index, "ALL", agent))   # "Vietnam has cut import tariffs on a range of goods": its own schedule
    return out


# A government cutting its tariffs on goods, no origin named: a cut of its own schedule, for every origin.
_CUT_NEAR = regex.compile(r"\b(?:cut|cuts|cutting|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tions?)|slash(?:es|ed|ing)?)\b",
                          regex.IGNORECASE)
_DESCRIBED_MANY = regex.compile(r"\.described(\d)")
# Words saying a measure answers another's.
_RETALIATORY = regex.compile(r"\bretaliat|\bcounter-?(?:tariff|measure|dut)|\bin\ turn\b|\bin\ response\b", regex.IGNORECASE)


def _infer_parties(mentions: list[TariffMention], places: list[PlaceMention],
                   agents: list[tuple[int, str]], hits: list[tuple[int, str, str | None]] = (), folded: str = "",
                   actors: list[tuple[int, int, str]] = ()) -> list[TariffMention]:
    """Fill an imposer or target the sentence left implicit from the nearest explicit statement.

    Candidates are other tariff facts of the article and sentences about tariffs with a clear
    agent but no rate ("New Delhi first announced the retaliatory duties"), nearest before first.
    With none, the imposer is the party the article shows acting (its government bodies and leaders,
    ``actors``, with a verb of acting), else its most named country not only named as where goods come from.
    """
    if not mentions:
        return mentions
    explicit_imposers = [(m.sentence_index, m.imposer) for m in mentions if m.imposer] + agents
    # A retaliation hits the one it answers: its imposer is lent only to facts on that target ("Ottawa in turn put
    # on hold its retaliatory 25% tariffs on U.S. goods. Tariffs of 10% on all Chinese goods did take effect.")
    retaliating = {(m.sentence_index, m.imposer): m.target for m in mentions if m.imposer and m.target
                   and not m.target_inferred and _RETALIATORY.search(folded, m.sentence_start, m.sentence_end)}
    explicit_targets = [(m.sentence_index, m.target) for m in mentions if m.target and not m.target_inferred]
    countries = Counter(p.code for p in places if p.kind == "country")
    fact_sentences = {m.sentence_index for m in mentions}
    shown: Counter | None = None    # countries named otherwise than as origins of goods, when needed
    acting: Counter = Counter()
    out = []
    for m in mentions:
        several = _DESCRIBED_MANY.search(m.rule_id) if m.target is None else None
        if several:   # "from its two neighbours": the article's most named countries but the imposer
            imposer = m.imposer or _nearest(explicit_imposers, m.sentence_index, exclude=None)
            named = [c for c, _ in countries.most_common() if c != imposer][:int(several.group(1))]
            if imposer is not None and len(named) == int(several.group(1)):
                out.extend(replace(m, imposer=imposer, imposer_inferred=m.imposer is None, target=c,
                                   target_inferred=True) for c in named)
                continue
        imposer, target = m.imposer, m.target
        imposer_inferred, target_inferred = False, m.target_inferred
        if imposer is None:
            lenders = explicit_imposers if target is None or not retaliating else \
                [c for c in explicit_imposers if retaliating.get(c, target) == target]
            pick = _nearest(lenders, m.sentence_index, exclude=target)
            if pick is None and shown is None:
                acting = _acting(folded, actors)
                shown = _not_only_origins(folded, [p for p in places if p.kind == "country"]) if folded else countries
            if pick is None:
                pick = _most_common(acting, exclude=target) or _most_common(shown, exclude=target)
            if pick:
                imposer, imposer_inferred = pick, True
        others: list[str] = []
        if target is None:
            # not whom another side's measure hits: "Beijing opened an anti-dumping investigation into European wine
            # ..., and wine producers in France and Spain" lends nothing to an EU duty
            stated = explicit_targets + [(j, v) for j, v, agent in hits if agent in (None, imposer)]
            pick = _nearest(stated, m.sentence_index, exclude=imposer)
            if pick:   # all the targets a sentence without a rate names: "farm imports from Russia and Belarus"
                others = _same_sentence(stated, pick, m.sentence_index, imposer, fact_sentences)
            pick = pick or _most_common(countries, exclude=imposer)
            if pick:
                target, target_inferred = pick, True
            elif imposer is not None:
                # the article names no other country: the imposer's own duties on goods from anywhere
                target, target_inferred = "ALL", True
        if imposer != m.imposer or target != m.target:
            m = replace(m, imposer=imposer, target=target,
                        imposer_inferred=imposer_inferred, target_inferred=target_inferred)
        out.append(m)
        out.extend(replace(m, target=c) for c in others)
    return out


def _same_sentence(candidates: list[tuple[int, str]], pick: str, i: int, exclude: str | None,
                   fact_sentences: set[int]) -> list[str]:
    """The other values stated in the sentence ``_nearest`` took ``pick`` from, if it states no rate (a sentence
    with rates gives each of its own facts its own target)."""
    j = min((j >= i, abs(i - j), j) for j, v in candidates if v == pick)[2]
    if j in fact_sentences:
        return []
    return _unique(v for k, v in candidates if k == j and v not in (pick, exclude))


# Words after a country that name it as where goods come from: "Vietnam alone shipped", "Chinese-made".
_ORIGIN_AFTER = regex.compile(r"""(?:-(?:made|built|grown|produced|assembled)\b
                                   |(?:\s+(?:alone|also|still|now))?\s+(?:supplies|supply|supplied|ships|shipped|exports?|
                                   exported|sells|sold|produces|produced|makes|accounts?\ for|accounted\ for)\b)""",
                              regex.VERBOSE | regex.IGNORECASE)
# ... or as the one paying for them: "Vietnam now faces 46%" (not "the U.S. charges has faced criticism").
_PAYS_AFTER = regex.compile(r"""(?:'s?)?\s+(?:(?:will|would|could|now|currently|also|still|already|has|have|had|is|are|
                                 was|were|be|been)\s+)*(?:face[sd]?|facing|pays?|paid|paying|hit\ with)\b""",
                            regex.VERBOSE | regex.IGNORECASE)


def _acting(folded: str, actors: list[tuple[int, int, str]]) -> Counter:
    """How often each country's bodies and leaders are shown acting on trade ("the White House announced")."""
    return Counter(code for _, b, code in actors if _AGENT_VERB.match(folded, b, min(len(folded), b + 150)))


def _not_only_origins(folded: str, places: list[PlaceMention]) -> Counter:
    """How often each country is named, counting only countries named at least once otherwise than as the origin
    or the payer of goods ("imports from Vietnam", "Vietnam and China supply most of the furniture", "Japanese cars
    face"): a supplier is never the one imposing."""
    origin = []
    for p in places:
        a, b = p.char_start, p.char_end
        origin.append(bool(_TARGET_BEFORE.search(folded, max(0, a - 30), a) or _ORIGIN_AFTER.match(folded, b)
                           or _PAYS_AFTER.match(folded, b) or _names_goods_of(p.via, folded[b:b + 40].lstrip(" '"))))
    for order in (range(1, len(places)), range(len(places) - 1, 0, -1)):   # "Vietnam and China supply"
        for i in order:
            if (origin[i] or origin[i - 1]) and _COORDINATED.fullmatch(folded, places[i - 1].char_end, places[i].char_start):
                origin[i] = origin[i - 1] = True
    shown = {p.code for p, o in zip(places, origin) if not o}
    return Counter(p.code for p in places if p.code in shown)


_DATED_STATUSES = ("planned", "unknown", "reduced")
_DATE_REACH = 3   # sentences


def _dates_from_context(mentions: list[TariffMention], effects: list[tuple[int, str | None, DateMention, bool]],
                        published: date | None, effect_dated: set[int] = frozenset()) -> list[TariffMention]:
    """Give a fact without a date of its own the effective date a nearby sentence about the same imposer
    states, with or without a rate ("The tariffs take effect on April 9."), flagged inferred. A fact in
    force keeps no borrowed date unless only a weak verb said so ("the EU faces 20%") or the next sentence
    says when the measure takes effect ("Reagan imposed a 35 pct tariff ... The duty would take effect on
    June 6": decided and scheduled, so planned). A borrowed date after publication makes such a fact
    planned; a past one from a sentence saying the measure took effect makes a plan in force."""
    # (sentence, imposer, product or "any", date, took effect): a rate's own date is lent only for the same goods
    sources = [(i, imposer, "any", eff.text, eff.value, eff.grain, past) for i, imposer, eff, past in effects] + [
        (m.sentence_index, m.imposer, m.product, m.effective_text, m.effective_date, m.effective_grain, False)
        for m in mentions if m.char_start in effect_dated and m.status in ("planned", "in_force", "reduced")
        and m.effective_date is not None]   # "next week" is stated but has no day to lend
    if not sources:
        return mentions
    out = []
    for m in mentions:
        weak = m.status == "in_force" and is_weak_cue(m.status_cue)
        acted = m.status == "in_force" and m.status_cue is not None and _ACTED.fullmatch(m.status_cue) is not None
        # "today imposed a 35 pct tariff": the day of the act, unless the next sentence says when it takes effect
        undated = m.effective_date is None or acted and m.char_start not in effect_dated
        # a rate said to stand now ("now 22.5 per cent", "the existing 10% duty") borrows no date
        if undated and (m.status in _DATED_STATUSES or weak or acted) \
                and not (m.status == "in_force" and is_state_cue(m.status_cue)):
            near = [(abs(i - m.sentence_index), i > m.sentence_index, text, value, grain, past)
                    for i, imposer, product, text, value, grain, past in sources
                    if 0 < abs(i - m.sentence_index) <= (1 if acted else _DATE_REACH)
                    and (not acted or i > m.sentence_index and product == "any") and imposer in (None, m.imposer)
                    and product in ("any", m.product)]
            if near:
                _, _, text, value, grain, past = min(near, key=lambda t: t[:2])
                status = m.status
                if published is not None and value > published and status in ("unknown", "in_force"):
                    status = "planned"
                elif published is not None and value <= published and (
                        status == "unknown" or status == "planned" and past and grain == "day"):
                    status = "in_force"
                if status == "planned" or not acted and (status != "in_force" or not weak or past):
                    m = replace(m, effective_text=text, effective_date=value, effective_grain=grain,
                                effective_inferred=True, status=status)
        out.append(m)
    return out


_NO_RATE = (None, None, None, None, "single")
_DATELINE_AFTER = regex.compile(r"\s*\([A-Z][\w .&-]{0,30}\)\s*[-\u2013\u2014]")
# The act of putting a tariff on, as a status cue: only such a fact can still be scheduled by the next sentence.
_ACTED = regex.compile(r"(?:imposed|adopted|slapped|levied|hit\ with|raised|hiked|increased|doubled|tripled|added)",
                       regex.IGNORECASE)
_SUBJECT_ASIDE = regex.compile(
    r"""\s*(?:The|This|That|Its|Their)\ (?:[\w-]+\ )?(?:measures?|tariffs?|duties|levy|levies|law|decree|plan|order|
        package|list|bill|regulation|rule),\ (?P<aside>(?:\w+ly\ )?(?:approved|passed|signed|announced|unveiled|
        published|adopted|proposed|drafted|issued|first\ announced)\b[^,;]{0,80}),""", regex.VERBOSE)
# A sentence with no tariff word after one with tariff facts, saying they took effect.
# Also its schedule: "Higher, country-specific rates follow on April 9."
_MEASURES_TOOK_EFFECT = regex.compile(
    r"""\s*(?:(?:The|These|Those|Both|Higher|New|Further|All(?:\ (?:the|these|those))?)\ (?:[\w-]+,?\ ){0,2}?
            (?:measures?|countermeasures|increases?|
            rates?|penalties|sanctions)|They)\ (?:\w+\ )?(?:took\ effect|went\ into\ (?:effect|force)|
            came\ into\ (?:effect|force)|kicked\ in|became\ effective|(?:will\ )?(?:take|takes)\ effect|
            follows?|kicks?\ in|(?:will\ )?(?:start|begin|apply)\ (?:on|from))\b""", regex.VERBOSE)
_SAME_DAY = regex.compile(r"""\b(?:(?:hours|minutes|moments|shortly)\ after|earlier\ (?:today|in\ the\ day)|
                               (?:at|after)\ midnight|overnight|today)\b""", regex.VERBOSE | regex.IGNORECASE)
# An effect sentence in the past tense says the measure is in force: "The measures took effect on Monday."
_TOOK_EFFECT = regex.compile(r"""\b(?:took\ effect|went\ into\ (?:effect|force)|came\ into\ (?:effect|force)|
                                 kicked\ in|became\ effective)\b""", regex.VERBOSE | regex.IGNORECASE)


# Goods named by a pronoun phrase: "They also remove those products from the 10% baseline tariff".
_THOSE_GOODS = regex.compile(r"""\b(?:those|these|the\ same)\ (?:[\w-]+\ )?(?:products|goods|items|devices|imports)\b""",
                             regex.VERBOSE | regex.IGNORECASE)


# A sentence whose subject is the measure and whose verb says what it hits.
# Also with an aside: "The tariffs, imposed by President Reagan in 1988, covered Brazilian consumer electronics".
# Not "The list includes ...": the dev labels read a list's examples as no goods of the rate (105, 123).
_GOODS_OF_MEASURE = regex.compile(
    r"""\s*(?:[\w\s,.'-]{0,80}?\b(?:said|says)\ (?:that\ )?)?
        (?:(?:the|these|those|such)\ (?:new\ |proposed\ |planned\ |retaliatory\ |punitive\ |U\.S\.\ |EU\ |final\ )*
           (?:duties|tariffs|levies|measures|sanctions))
        (?:,\ [^,;]{1,80},)?\ (?:(?:would|will|could|may|might|are\ to|also|mainly|mostly|largely)\ )*(?:\w+ly\ )?
        (?:fall|apply|cover|hit|target|include)\w*\b""", regex.VERBOSE | regex.IGNORECASE)


def _goods_named_after(mentions: list[TariffMention], later_goods: list[tuple[int, list[str]]]) -> list[TariffMention]:
    """Goods named in the sentence after a rate on goods in general ("The U.S. proposed 100 percent tariffs on $2
    billion of Chinese goods. ... the duties would fall mainly on Chinese textiles and clothing") give one fact
    per product besides the general one."""
    out = list(mentions)
    for i, keys in later_goods:
        # the general facts of the nearest sentence before, at most two back ("... duties of up to 30 percent on $2.2
        # billion of U.S. goods ... The EU's list was drawn up to hurt swing states. It includes Florida orange juice")
        general = [m for m in mentions if m.product is None and 0 < i - m.sentence_index <= 2]
        last = max((m.sentence_index for m in general), default=None)
        facts = [m for m in general if m.sentence_index == last]
        for m in facts:
            for key in keys:
                if not any(n.product == key and n.rate_pct == m.rate_pct and n.target == m.target for n in out):
                    out.append(replace(m, product=key, product_text=None, hs_code=products_lex.PRODUCTS[key][0],
                                       hs_code_inferred=products_lex.PRODUCTS[key][0] is not None,
                                       rule_id=m.rule_id + ".goods_named_after"))
    return sorted(out, key=lambda m: m.char_start) if later_goods else out


_THOSE_GOODS_SUBJECT = regex.compile(r"""\s*(?:Those|These|The\ same|Such)\ (?:[\w-]+\ )?(?:products|goods|items|devices|imports)
                                         \ (?:\w+\ )?(?:face|pay|are\ subject|remain\ subject|will\ face|will\ pay)\b""",
                                  regex.VERBOSE)


def _goods_referred_to(mentions: list[TariffMention], folded: str) -> list[TariffMention]:
    """An exemption or pause of "those products" names the goods of the exemption or pause just before it: one
    fact per product, as if the sentence had listed them."""
    out: list[TariffMention] = []
    for m in mentions:
        subject = _THOSE_GOODS_SUBJECT.match(folded, m.sentence_start) if m.product is None else None
        if subject:   # "... exempting smartphones and computers from the 125% tariff. Those goods still face the 20% levy"
            before = [n for n in out if n.imposer == m.imposer and n.product is not None
                      and m.sentence_index - n.sentence_index == 1]
            if before:
                for key in _unique(n.product for n in before):
                    out.append(replace(m, product=key, product_text=None, hs_code=products_lex.PRODUCTS[key][0],
                                       hs_code_inferred=products_lex.PRODUCTS[key][0] is not None,
                                       rule_id=m.rule_id + ".goods_referred_to"))
                continue
        if m.product is None and m.status in ("removed", "paused") \
                and _THOSE_GOODS.search(folded, m.sentence_start, m.sentence_end):
            before = [n for n in out if n.status == m.status and n.imposer == m.imposer and n.product is not None
                      and 0 < m.sentence_index - n.sentence_index <= _DATE_REACH]
            if before:
                last = max(n.sentence_index for n in before)
                for key in _unique(n.product for n in before if n.sentence_index == last):
                    out.append(replace(m, product=key, product_text=None, hs_code=products_lex.PRODUCTS[key][0],
                                       hs_code_inferred=products_lex.PRODUCTS[key][0] is not None,
                                       rule_id=m.rule_id + ".goods_referred_to"))
                continue
        out.append(m)
    return out


def _soft(m: TariffMention) -> bool:
    """The status was read from nothing or from a weak verb ("is", "faces")."""
    return m.status == "unknown" or is_weak_cue(m.status_cue)


_CURRENT = regex.compile(r"current|currently|existing", regex.IGNORECASE)   # "The current rate ... is 7.5%"


def _repeated_facts(mentions: list[TariffMention]) -> list[TariffMention]:
    """A later mention of a rate already stated for the same imposer is the same fact: "The 20% rate is well
    below ...", "a 15% tariff would still hurt smaller exporters". It takes the earlier statement's target
    (when its own was only inferred) and status (unless the earlier verb was weak: the labels keep one object
    per rate, parties and goods, "had warned that a 50% duty would cost ..." after "signed an order imposing ...
    50%" is the same fact); not its goods, which the dev set showed to be another measure's as often as the same one's.
    A weak verb next to a rate whose clause has a strong one in the same sentence shares it: "59 exporters
    will pay 31.18 percent, while all remaining Chinese producers face 249.96 percent"."""
    out: list[TariffMention] = []
    for m in mentions:
        earlier = [n for n in out if n.sentence_index < m.sentence_index and n.rate_pct == m.rate_pct
                   and n.imposer == m.imposer and n.product == m.product and n.target is not None
                   and not n.target_inferred]
        changes: dict = {}
        if earlier and (m.target is None or m.target_inferred):
            targets = _unique(n.target for n in earlier)
            if len(targets) == 1:
                changes.update(target=targets[0], target_inferred=True)
        target = changes.get("target", m.target)
        same = [n for n in earlier if n.target == target]
        if same and not _soft(same[0]) and not _CURRENT.fullmatch(m.status_cue or ""):
            changes.update(status=same[0].status)
        elif _soft(m) and m.status == "in_force":
            strong = [n for n in out if n.sentence_index == m.sentence_index and n.imposer == m.imposer
                      and n.target == m.target and not _soft(n) and n.status in ("planned", "threatened", "proposed")]
            if strong:
                changes.update(status=strong[-1].status)
        out.append(replace(m, **changes) if changes else m)
    return out


def _status_from_lede(mentions: list[TariffMention], lede: tuple | None,
                      published: date | None = None) -> list[TariffMention]:
    """A rate no sentence around it gives a status ("Mexico's new tariffs took effect on Thursday. ... The
    measure sets tariffs as high as 50% on ...") takes the status the article opens with, when the lede is
    about the same imposer: news copy states what happened first and the details after."""
    if lede is None or lede[0] == "unknown":
        return mentions
    status, imposer, eff, goods, _ = lede
    out = []
    for m in mentions:
        if imposer in (None, m.imposer) and (m.status == "unknown" or m.status == status == "in_force"
                                              and not is_state_cue(m.status_cue)):
            m = replace(m, status=status)
            # a start date to come belongs to the lede's own goods ("a 100% tariff on drugs starting Oct. 1"); a
            # past one is when the package went live ("Mexico's new tariffs ... took effect on Thursday")
            if eff and m.effective_date is None and status in ("in_force", "planned") \
                    and (goods in ("any", m.product) or published is not None and eff.value <= published):
                m = replace(m, effective_text=eff.text, effective_date=eff.value, effective_grain=eff.grain,
                            effective_inferred=True)
        out.append(m)
    return out


def _status_from_context(mentions: list[TariffMention]) -> list[TariffMention]:
    """A rate whose sentence says nothing of its status ("Canfor's rate was set at 5.96 per cent", "They
    included an additional 20 per cent duty on US apples") shares the status of the nearest fact on the same
    imposer and target a few sentences around it."""
    if all(m.status != "unknown" for m in mentions):
        return mentions
    out = []
    for m in mentions:
        if m.status == "unknown":
            near = [(abs(n.sentence_index - m.sentence_index), n.sentence_index > m.sentence_index, n.status)
                    for n in mentions if n.status != "unknown" and n.imposer == m.imposer and n.target == m.target
                    and abs(n.sentence_index - m.sentence_index) <= _DATE_REACH]
            if near:
                m = replace(m, status=min(near)[2])
        out.append(m)
    return out


def _names_goods(s: str, left: int, right: int, objects: list[tuple[int, int]]) -> bool:
    """Does the rate's clause name goods in general ("Chinese goods", "all imports", "shipments")?"""
    return any(_ALL_GOODS_PATTERN.search(s, lo, hi) for lo, hi in [(left, right), *objects])


_CONTEXT_PRODUCT_SENTENCES = 4
# Makers named by their goods: "carmakers", "steel producers", "chipmakers", "winemakers".
# Plural: a class of firms, not one company's apposition ("TSMC, the world's biggest chipmaker, became subject to a
# 20% reciprocal tariff" is the tariff on Taiwan's goods).
_GOODS_MAKERS = regex.compile(r"\b(?P<g>[a-z]+?)[\s-]?(?:makers|producers|manufacturers|growers|mills)\b",
                              regex.IGNORECASE)


_GOODS_IN_GENERAL = regex.compile(r"\b(?:goods|merchandise|products)\b", regex.IGNORECASE)


def _names_goods_in_general(folded: str, lo: int, hi: int) -> bool:
    """"U.S. goods" outside a product's own name ("capital goods", "dairy products"); "imports of battery electric
    vehicles" names the product."""
    named = [m.span() for m in _PRODUCT_PATTERN.finditer(folded, lo, hi)]
    return any(not any(a <= g.start() < b for a, b in named) for g in _GOODS_IN_GENERAL.finditer(folded, lo, hi))


def _made_by_makers(folded: str, m: TariffMention) -> str | None:
    """The one product whose makers the fact's sentence names, if it names makers of exactly one."""
    keys = set()
    for g in _GOODS_MAKERS.finditer(folded, m.sentence_start, m.sentence_end):
        word = g.group("g").lower()
        key = _PRODUCT_FORMS.get(word) or _PRODUCT_FORMS.get(word + "s")
        if key:
            keys.add(key)
    return keys.pop() if len(keys) == 1 else None



def _infer_products(mentions: list[TariffMention], elliptical: set[int],
                    goods: list[tuple[int, str | None, set[str], int, int]] = (),
                    folded: str = "") -> list[TariffMention]:
    """Give a rate whose clause names no goods at all ("Canfor's rate was set at 5.96 per cent", "The rate
    will then fall in stages to 9%") the goods of the nearest earlier fact on the same imposer and target,
    or of an earlier sentence about tariffs naming one product and that target, a few sentences back:
    anti-dumping and product-tariff copy states the product once."""
    if not elliptical:
        return mentions
    out: list[TariffMention] = []
    for m in mentions:
        made = _made_by_makers(folded, m) if m.char_start in elliptical and m.product is None else None
        if made:   # "Korean carmakers ... rivals from Japan and the European Union, which already pay 15 percent"
            out.append(replace(m, product=made, product_text=None, hs_code=products_lex.PRODUCTS[made][0],
                               hs_code_inferred=products_lex.PRODUCTS[made][0] is not None,
                               rule_id=m.rule_id + ".product_of_makers"))
            continue
        if m.char_start not in elliptical or m.product is not None or m.target is None \
                or m.target == "ALL" and not (m.target_inferred and ".continuation" in m.rule_id):
            out.append(m)
            continue
        source = [(p.sentence_index, p.product) for p in out
                  if p.imposer == m.imposer and p.target == m.target
                  and 0 <= m.sentence_index - p.sentence_index <= _CONTEXT_PRODUCT_SENTENCES]
        if any(key is None for _, key in source):
            out.append(m)   # goods in general are in play too: "the 10% tariffs will be raised to 25%"
            continue
        for i, imposer, targets, s0, s1 in goods:   # "... provisional duties on battery electric vehicles from China"
            if imposer in (None, m.imposer) and m.target in targets \
                    and 0 <= m.sentence_index - i <= _CONTEXT_PRODUCT_SENTENCES:
                named = _products_in(folded, s0, s1)
                # not when it names goods in general too: "halve the retaliatory tariffs it charges on about $2.4
                # billion of U.S. goods ..., after ... a deal allowing Mexican trucks to haul cargo"
                if len(named) == 1 and not _names_goods_in_general(folded, s0, s1):
                    source.append((i, named[0][0]))
        if not source:
            # the other clause of its sentence names the goods for another country: "German producers face the
            # steepest duties, as high as 109 percent, while rates on Japanese steel range from 19 percent to 40 percent"
            keys = {n.product for n in mentions if n.sentence_index == m.sentence_index and n.imposer == m.imposer
                    and n.target != m.target and n is not m}
            source = [(m.sentence_index, keys.pop())] if len(keys) == 1 and None not in keys else []
        if not source:
            out.append(m)
            continue
        last = max(i for i, _ in source)
        for key in _unique(key for i, key in source if i == last):
            out.append(replace(m, product=key, product_text=None, hs_code=products_lex.PRODUCTS[key][0],
                               hs_code_inferred=products_lex.PRODUCTS[key][0] is not None,
                               rule_id=m.rule_id + ".product_from_context"))
    return out


def _nearest(candidates: list[tuple[int, str]], i: int, exclude: str | None) -> str | None:
    """The value stated in the sentence closest before sentence ``i`` (else at or after it), skipping ``exclude``."""
    # at equal distance the first stated wins ("a 30% tariff on imports from Mexico and the European Union")
    before = [(i - j, k, v) for k, (j, v) in enumerate(candidates) if j < i and v != exclude]
    after = [(j - i, k, v) for k, (j, v) in enumerate(candidates) if j >= i and v != exclude]
    for group in (before, after):
        if group:
            return min(group)[2]
    return None


def _most_common(counter: Counter, exclude: str | None) -> str | None:
    for code, _ in counter.most_common():
        if code != exclude:
            return code
    return None
