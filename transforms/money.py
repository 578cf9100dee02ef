"""Money amounts in news text: "$6.25 Billion", "EUR 93 bln", "300 mln dlrs", "ten billion dollars".

``find_money`` makes one pass of the amount pattern over the text and matches spelled-out
amounts where a multiplier word starts. Rules, in the order they are tried (specific before
generic), and the rule ids they report:

1. symbol or prefix, then the amount: "C$30 billion" -> ``money.symbol_scaled``,
   "$100,000" -> ``money.symbol_amount``. A bare "$" is USD, except in an article about
   another dollar country that it names more often than the U.S. (or that marks its U.S.
   amounts, "$4 billion (U.S.)"): "Australia's banks will pay $6.2 billion" ->
   ``money.local_dollar`` AUD. "R310" is rand only in a text that names South Africa.
2. ISO code, then the amount: "EUR 93 bln" -> ``money.code_amount``.
3. bare amount, then the currency: "300 mln dlrs" -> ``money.wire_dlrs``,
   "93 billion EUR" -> ``money.amount_code``, "1.2 trillion yen" -> ``money.amount_word_currency``;
   a currency word several countries share takes the country the text names nearest:
   "3 billion crowns" in a story about a Norwegian firm -> ``money.context_word`` NOK (none
   named: no amount); minor units "60 cents", "28p" -> ``money.subunit`` (0.60 USD, 0.28 GBP).
4. spelled-out number with a multiplier word: "ten billion dollars", "twenty-five million
   dollars", "half a billion dollars" -> ``money.number_words``.

A range gives both bounds, each with the scale written once: "$5-6 billion", "between $5
and $6 billion", "5 to 6 billion dollars" -> two ``money.range`` mentions ("$5" = 5e9 and
"6 billion" = 6e9).

Not money: an amount needs a currency, so bare numbers, percentages and years never are
("6.96 per dollar"); nor is a rate quoted per unit of another currency ("7.1 yuan per
dollar", "150 yen to the dollar"), nor a weight ("500 million pounds of pork"). A rate
level with its unit is money, as the corpus labels it: "the Canadian dollar weakened to
69.2 U.S. cents" is 0.692 USD.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TypeVar

import regex

from transforms.lexicon_currency import (
    AMBIGUOUS_WORDS,
    CODES,
    CONTEXT_SYMBOLS,
    CONTEXT_WORDS,
    COUNTRY_CUES,
    CURRENCY_WORDS,
    DOLLAR_COUNTRY_CUES,
    HUNDRED,
    LOCAL_DOLLARS,
    NUMBER_WORDS,
    PENCE_LETTER,
    SCALE_LETTERS,
    SCALE_WORDS,
    SUBUNIT_WORDS,
    SYMBOLS,
    WIRE_DOLLAR_WORDS,
    WORD_SCALES,
)
from transforms.gazetteer import compile_phrases
from transforms.model import MoneyMention

__all__ = ["find_money"]

_T = TypeVar("_T")


def _cased(word: str) -> set[str]:
    """A lexicon word as written, in Title Case and in UPPER CASE: "Billion", "MLN".

    Spelled out instead of (?i) because Unicode case-insensitive matching also accepts
    look-alikes (the long s "ſ" matches "s", the Kelvin sign matches "k") that the
    lexicon lookups would then not find.
    """
    title = " ".join(part[:1].upper() + part[1:] for part in word.split(" "))
    return {word, title, word.upper()}


def _alternation(words: Iterable[str], *, cased: bool = False) -> str:
    """Regex alternation of literal words, longest first, any run of spaces between words."""
    variants = {v for w in words for v in (_cased(w) if cased else {w})}
    ordered = sorted(variants, key=lambda w: (-len(w), w))
    return "|".join(r"\x20+".join(regex.escape(part) for part in w.split(" ")) for w in ordered)


# Numbers are ASCII digits only, so Decimal() always accepts what the pattern captured.
# The leading [0-9] is spelled out so the engine can skip straight to digits.
_NUMBER = r"""
    [0-9](?:[0-9]{0,2}(?:,[0-9]{3})+            # 100,000
           |[0-9]?(?:,[0-9]{2})+,[0-9]{3}       # 5,00,000 (Indian lakh grouping)
           |[0-9]*)                             # 300
    (?:\.[0-9]+)?                               # 6.25
    (?![0-9]|[.,][0-9])                         # never stop inside a longer number
"""

_SCALE = rf"""
    (?:\x20?(?:{_alternation(SCALE_WORDS, cased=True)})  # " billion", "bn", " lakh crore"
      |[{"".join(_cased("".join(SCALE_LETTERS)))}]      # "£1.2m": one letter only when glued on
    )(?!\w)
"""

# A number right after "5-" or "5 to " is the upper bound of a range.
_RANGE_HEAD = r"(?<![0-9]\x20?[-–]\x20?|[0-9]\x20to\x20)"
_RANGE_SEP = r"\x20*(?:[-–]|to\b|and\b)\x20*"  # "5-6", "5 to 6", "between 5 and 6"

_SYMBOL = _alternation(list(SYMBOLS) + list(CONTEXT_SYMBOLS))
_NUMBER_WORD = _alternation(NUMBER_WORDS, cased=True)
_HUNDRED = _alternation(["hundred"], cased=True)
_WORD_SCALE = _alternation(WORD_SCALES, cased=True)
_CURRENCY_WORD = _alternation(CURRENCY_WORDS, cased=True)
_CONTEXT_WORD = _alternation(CONTEXT_WORDS, cased=True)
_SUBUNIT_WORD = _alternation(SUBUNIT_WORDS, cased=True)
_WIRE_WORD = _alternation(WIRE_DOLLAR_WORDS, cased=True)
_AMBIGUOUS_WORD = _alternation(AMBIGUOUS_WORDS, cased=True)

# "7.1 yuan per dollar", "150 yen to the dollar" are exchange rates, not amounts.
_NOT_A_RATE = r"""
    (?!\x20+(?:per|to\x20the|against\x20the)\x20+(?:U\.S\.\x20+)?
       (?i:dollar|euro|yen|yuan|greenback|Swiss\x20franc)\b)
"""

# The amount pattern starts at a digit and a capturing lookbehind reaches back for the
# symbol or code; the mention starts at that capture. With branches that began with the
# symbol or a lookbehind the engine ran every branch at every position (2 MB/s on news
# text); this shape runs at about 35 MB/s.
# Rule order inside the lookbehind is specific before generic: symbol, code, bare number.
_AMOUNT = regex.compile(
    rf"""
    (?=[0-9])
    (?P<amount>
        (?<=
            (?:(?<![^\W\d_])                    # "C$" is not the tail of a word
               (?P<sym>{_SYMBOL})[\x20\u00a0]?  # "$", "US$", "Rs 5,000"
              |(?<![^\W\d_])
               (?P<iso>{_alternation(CODES)})[\x20\u00a0]?    # "EUR 93"; "eur" is no code
              |{_RANGE_HEAD}(?<![\w.,]|\p{{Sc}})(?P<bare>)   # or a bare number starts here
            )
        )
        (?P<num>{_NUMBER})
        (?:(?(bare)(?P<brange>{_RANGE_SEP}(?P<bnum2>{_NUMBER}))))?  # "5-6 billion dollars"
        (?P<scale>{_SCALE})?
        (?(bare)
         (?:\x20+                               # a bare number needs a currency after it
          (?:(?P<wire>{_WIRE_WORD})             # "300 mln dlrs"
            |(?P<code_after>{_alternation(CODES)})  # "93 billion EUR"
            |(?P<sub>{_SUBUNIT_WORD})           # "60 cents"
            |(?(scale)|(?!(?:{_AMBIGUOUS_WORD})\b))  # "3 won" is a verb
             (?!(?i:pounds?)\x20+of\b)          # "500 million pounds of pork" is weight
             (?:(?P<word>{_CURRENCY_WORD})      # "25 million euros"
               |(?P<ctx>{_CONTEXT_WORD}))       # "3 billion crowns": whose crowns, the text says
          )
          |(?(scale)(?!)|(?P<pence>p))(?!\.\w)  # "28p", but not "5p.m."
         )
        |(?(scale)|(?P<range>{_RANGE_SEP}      # "$5-6 billion": both bounds take the scale
            (?P<sym2>{_SYMBOL})?(?P<num2>{_NUMBER})(?P<scale2>{_SCALE})))?
        )
        {_NOT_A_RATE}
        (?!\w)
    )
    """,
    regex.VERBOSE,
)

# Spelled-out amounts are matched only where a multiplier word starts (found by
# _MULTIPLIER, a plain literal search): run at every letter, the lookbehind over a
# hundred number words cost more than everything else together.
_WORDS = regex.compile(
    rf"""
    (?P<words>
        (?<=(?<![\w-])(?P<nw>{_NUMBER_WORD})\x20+)  # "ten", "twenty-five", "half a"
        (?:(?P<hundred>{_HUNDRED})              # "five hundred [million]"
           (?:\x20+(?P<wscale>{_WORD_SCALE}))?
          |(?P<wscale>{_WORD_SCALE})            # "ten billion"
        )
        \x20+
        (?!(?i:pounds?)\x20+of\b)
        (?P<wword>{_CURRENCY_WORD}|{_WIRE_WORD})  # "dollars"
        {_NOT_A_RATE}
        (?!\w)
    )
    """,
    regex.VERBOSE,
)
_MULTIPLIER = re.compile(rf"(?:{_HUNDRED}|{_WORD_SCALE})\x20")

# Where the text names a country whose currency shares a word or a symbol with others.
_CUES = regex.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        f"(?P<{code}>{_alternation(names)})" for code, names in COUNTRY_CUES.items()
    )
    + r")(?![\w-])",
)

# Which dollar country a text is about, for a bare "$" (see LOCAL_DOLLARS): a phrase trie
# on the stdlib engine, like the place gazetteer, since it runs over whole articles.
_DOLLAR_COUNTRY_OF = {
    variant: code for code, names in DOLLAR_COUNTRY_CUES.items() for name in names for variant in (name, name.upper())
}
_DOLLAR_CUES = compile_phrases(_DOLLAR_COUNTRY_OF)
_MIN_LOCAL_CUES = 2  # one "Canada" in a headline says little about whose dollars it means
# The text writes some other dollar with its own prefix ("C$30 billion"): a bare "$" is then USD.
_LOCAL_PREFIX = regex.compile(r"(?<![\w$])(?:C|CA|A|AU|NZ|S|HK|NT)\$[0-9]|\$(?:A|NZ)[0-9]")
# The text marks U.S. amounts as such, so its bare "$" is the local dollar.
_US_MARKED = regex.compile(r"(?<!\w)(?:US|U\.S\.)\x20?\$[0-9]|\$US[0-9]|\$[0-9][^()\n]{0,20}\((?:US|U\.S\.)\)")
# This amount is marked as U.S. dollars: "$4 billion (U.S.)" or "U.S. $4 billion".
_US_AFTER = regex.compile(r"\x20?\((?:US|U\.S\.)\)")
_US_BEFORE = regex.compile(r"(?<!\w)(?:US|U\.S\.)\x20\Z")

# Only texts with a digit or a multiplier word can hold an amount.
_PREFILTER = regex.compile(
    r"""
    [0-9]                                       # every numeric amount
    |(?i:hundred|thousand|million|billion|trillion)  # "ten billion dollars"
    """,
    regex.VERBOSE,
)

_SPACES = regex.compile(r"\x20+  # spaces between the words of 'U.S.  dollars'", regex.VERBOSE)

# Wire copy states the currency once for a comparison: "51.4 billion dlrs in 1986 from 39.5 billion in
# 1985". A scaled bare number after a comparison word takes the currency of the amount just before it.
_ELLIPTICAL = regex.compile(
    rf"""(?<=\b(?:from|to|versus|vs\.?|against|compared\x20with|than|up\x20from|down\x20from)\x20+)
         (?P<num>{_NUMBER})\x20?(?P<scale>(?:{_alternation(WORD_SCALES, cased=True)}|mln|bln|bn))
         (?=\x20+(?:in|a|an|the|last|on|at|during|for|a\x20year)\b|[.,;:)]|\Z)""",
    regex.VERBOSE)
_ELLIPSIS_REACH = 80   # characters back to the amount whose currency is meant, within the sentence
_SENTENCE_END = regex.compile(r"[.;!?]\s")


def _lowered(table: Mapping[str, _T]) -> dict[str, _T]:
    return {key.lower(): value for key, value in table.items()}


# Lookups by the lower-cased matched words (the pattern only varies their ASCII case).
_CURRENCY_BY_WORD = _lowered(CURRENCY_WORDS)
_WIRE_BY_WORD = _lowered(WIRE_DOLLAR_WORDS)
_SCALE_BY_WORD = _lowered(SCALE_WORDS) | _lowered(SCALE_LETTERS)
_NUMBER_BY_WORD = _lowered(NUMBER_WORDS)  # keyed like _key(): "half a" with one space
_WORD_SCALE_BY_WORD = _lowered(WORD_SCALES)
_SPELLED_CURRENCY_BY_WORD = _CURRENCY_BY_WORD | _WIRE_BY_WORD
_CONTEXT_BY_WORD = _lowered(CONTEXT_WORDS)
_SUBUNIT_BY_WORD = _lowered(SUBUNIT_WORDS)


def _key(raw: str) -> str:
    return _SPACES.sub(" ", raw).lower()


def _scale_value(raw: str | None) -> int:
    return _SCALE_BY_WORD[_key(raw.strip())] if raw else 1


def _spelled(text: str, m: regex.Match[str]) -> MoneyMention:
    amount = Decimal(str(_NUMBER_BY_WORD[_key(m["nw"])]))
    if m["hundred"]:
        amount *= HUNDRED
    if m["wscale"]:
        amount *= _WORD_SCALE_BY_WORD[m["wscale"].lower()]
    currency = _SPELLED_CURRENCY_BY_WORD[_key(m["wword"])]
    return _make(text, m.start("nw"), m.end(), amount, currency, "money.number_words")


def _mention(
    text: str, m: regex.Match[str], cues: list[tuple[int, str]] | None, local_dollar: str | None
) -> list[MoneyMention]:
    """The mentions of one amount match: one, two for a range, none when the currency stays unknown."""
    end = m.end()
    amount = Decimal(m["num"].replace(",", ""))
    if m["sym"] is not None or m["iso"] is not None:
        if m["sym"] is not None:
            start, rule = m.start("sym"), "money.symbol_scaled" if m["scale"] else "money.symbol_amount"
            currency = SYMBOLS.get(m["sym"]) or _from_context(CONTEXT_SYMBOLS[m["sym"]], start, cues)
            if m["sym"] == "$" and local_dollar and not _US_AFTER.match(text, end) \
                    and not _US_BEFORE.search(text, max(0, start - 6), start):
                currency, rule = local_dollar, "money.local_dollar"
            if m["sym"] in CONTEXT_SYMBOLS and (currency is None or text[m.end("sym")] != m["num"][0]):
                return []  # "R 310" or "R310" outside South African news: no rand
        else:
            start, currency, rule = m.start("iso"), CODES[m["iso"]], "money.code_amount"
        if m["range"] is None:
            return [_make(text, start, end, amount * _scale_value(m["scale"]), currency, rule)]
        scale = _scale_value(m["scale2"])
        upper = m.start("sym2") if m["sym2"] is not None else m.start("num2")
        return [
            _make(text, start, m.end("num"), amount * scale, currency, "money.range"),
            _make(text, upper, end, Decimal(m["num2"].replace(",", "")) * scale, currency, "money.range"),
        ]

    start = m.start("num")
    scale = _scale_value(m["scale"])
    if m["wire"]:
        currency, rule = _WIRE_BY_WORD[_key(m["wire"])], "money.wire_dlrs"
    elif m["code_after"]:
        currency, rule = CODES[m["code_after"]], "money.amount_code"
    elif m["word"]:
        currency, rule = _CURRENCY_BY_WORD[_key(m["word"])], "money.amount_word_currency"
    elif m["ctx"]:
        currency = _from_context(_CONTEXT_BY_WORD[_key(m["ctx"])], start, cues)
        if currency is None:
            return []
        rule = "money.context_word"
    else:
        if m["pence"] and "," not in m["num"] and len(m["num"].split(".")[0]) > 3:
            return []  # "1080p" is a screen resolution; "1,250p" is pence
        currency, per = _SUBUNIT_BY_WORD[_key(m["sub"])] if m["sub"] else PENCE_LETTER
        scale, rule = Decimal(scale) / per, "money.subunit"
    if m["brange"] is None:
        return [_make(text, start, end, amount * scale, currency, rule)]
    return [
        _make(text, start, m.end("num"), amount * scale, currency, "money.range"),
        _make(text, m.start("bnum2"), end, Decimal(m["bnum2"].replace(",", "")) * scale, currency, "money.range"),
    ]


def _make(text: str, start: int, end: int, amount: Decimal, currency: str, rule: str) -> MoneyMention:
    return MoneyMention(start, end, text[start:end], float(amount), currency, rule)


def _from_context(by_country: Mapping[str, str], at: int, cues: list[tuple[int, str]] | None) -> str | None:
    """The currency of the country named nearest before ``at`` (else first after) among ``by_country``."""
    before = after = None
    for pos, country in cues or ():
        if country in by_country:
            if pos < at:
                before = country
            elif after is None:
                after = country
    country = before or after
    return by_country[country] if country else None


def _local_dollar(text: str) -> str | None:
    """The dollar a bare "$" means in ``text`` when it is not the U.S. dollar, else None.

    That is the non-U.S. dollar country the text names most, when it names it more often
    than the United States, or at all in a text that marks its U.S. amounts ("US$4 billion").
    """
    if _LOCAL_PREFIX.search(text):
        return None
    counts: dict[str, int] = {}
    for cue in _DOLLAR_CUES.finditer(text):
        code = _DOLLAR_COUNTRY_OF[cue.group("m")]
        counts[code] = counts.get(code, 0) + 1
    us = counts.pop("US", 0)
    if not counts:
        return None
    top = max(counts, key=counts.__getitem__)
    if counts[top] >= _MIN_LOCAL_CUES and (counts[top] > us or _US_MARKED.search(text)):
        return LOCAL_DOLLARS[top]
    return None


def _with_elliptical(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """Add the amounts that borrow the currency of the one before them (see _ELLIPTICAL), in order."""
    extra = []
    for m in _ELLIPTICAL.finditer(text, mentions[0].char_end):
        before = [x for x in mentions if x.char_end <= m.start() and m.start() - x.char_end <= _ELLIPSIS_REACH]
        if not before or any(x.char_start <= m.start() < x.char_end for x in mentions):
            continue
        if _SENTENCE_END.search(text, before[-1].char_end, m.start()):
            continue   # another sentence
        value = Decimal(m["num"].replace(",", "")) * _scale_value(m["scale"])
        extra.append(_make(text, m.start(), m.end(), value, before[-1].currency, "money.elliptical"))
    return sorted(mentions + extra, key=lambda mention: mention.char_start) if extra else mentions


def _country_cues(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.lastgroup) for m in _CUES.finditer(text)]


def find_money(text: str) -> list[MoneyMention]:
    """Money amounts in ``text``, sorted by position and non-overlapping."""
    if not _PREFILTER.search(text):
        return []
    mentions: list[MoneyMention] = []
    cues = None  # country cues, found only when a shared currency word or symbol needs them
    local_dollar = ""  # the meaning of a bare "$", found when the first one shows up
    for m in _AMOUNT.finditer(text):
        if cues is None and (m["ctx"] is not None or m["sym"] in CONTEXT_SYMBOLS):
            cues = _country_cues(text)
        if local_dollar == "" and m["sym"] == "$":
            local_dollar = _local_dollar(text)
        mentions.extend(_mention(text, m, cues, local_dollar or None))
    for hit in _MULTIPLIER.finditer(text):
        m = _WORDS.match(text, hit.start())
        if m is not None:
            mentions.append(_spelled(text, m))
    mentions.sort(key=lambda mention: mention.char_start)
    if mentions:
        mentions = _with_elliptical(text, mentions)
    found: list[MoneyMention] = []
    for mention in mentions:
        # A lookbehind can reach into the previous match ("300 USD 5 million" would make
        # "USD 5 million" too); the first reading wins.
        if found and mention.char_start < found[-1].char_end:
            continue
        found.append(mention)
    return found
