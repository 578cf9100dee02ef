"""Money amounts in news text: "$6.25 Billion", "EUR 93 bln", "300 mln dlrs", "ten billion dollars".

``find_money`` makes one pass of one compiled pattern over the text. Rules, in the order
they are tried (specific before generic), and the rule ids they report:

1. symbol or prefix, then the amount: "C$30 billion" -> ``money.symbol_scaled``,
   "$100,000" -> ``money.symbol_amount``.
2. ISO code, then the amount: "EUR 93 bln" -> ``money.code_amount``.
3. bare amount, then the currency: "300 mln dlrs" -> ``money.wire_dlrs``,
   "93 billion EUR" -> ``money.amount_code``, "1.2 trillion yen" -> ``money.amount_word_currency``.
4. spelled-out number with a multiplier word: "ten billion dollars" -> ``money.number_words``.

An amount needs a currency, so bare numbers, percentages and years are never money. A range
with an unscaled bound ("$5-6 billion", "$5 to $6 billion") yields nothing rather than a
wrong "$5"; tests/test_money.py keeps it as a known gap.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TypeVar

import regex

from transforms.lexicon_currency import (
    AMBIGUOUS_WORDS,
    CODES,
    CURRENCY_WORDS,
    HUNDRED,
    NUMBER_WORDS,
    SCALE_LETTERS,
    SCALE_WORDS,
    SYMBOLS,
    WIRE_DOLLAR_WORDS,
    WORD_SCALES,
)
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

# After an unscaled bound, another scaled bound means a range: "$5-6 billion" is not "$5".
_NOT_RANGE = rf"""
    (?(scale)|(?!
        \x20*(?:[-–]|to\b|and\b)\x20*           # "-", " to ", " and "
        (?:{_alternation(SYMBOLS)})?            # "$5 to $6 billion"
        [0-9][0-9.,]*{_SCALE}                   # the scaled upper bound
    ))
"""

_NUMBER_WORD = _alternation(NUMBER_WORDS, cased=True)
_HUNDRED = _alternation(["hundred"], cased=True)
_WORD_SCALE = _alternation(WORD_SCALES, cased=True)
_CURRENCY_WORD = _alternation(CURRENCY_WORDS, cased=True)
_WIRE_WORD = _alternation(WIRE_DOLLAR_WORDS, cased=True)
_AMBIGUOUS_WORD = _alternation(AMBIGUOUS_WORDS, cased=True)

# The match starts at the first digit (or at the multiplier word of a spelled-out amount)
# and a capturing lookbehind reaches back for the symbol, code or number word; the mention
# starts at that capture. With branches that began with the symbol or a lookbehind the
# engine ran every branch at every position (2 MB/s on news text); this shape runs at
# 13-15 MB/s. The letter-led spelled-out branch is most of that cost: without it the
# pattern runs at about 100 MB/s.
# Rule order inside the lookbehind is specific before generic: symbol, code, bare number.
_MONEY = regex.compile(
    rf"""
    (?=[0-9HhTtMmBb])                           # cheap first-character test for both branches
    (?:
    (?=[0-9])
    (?P<amount>
        (?<={_RANGE_HEAD}
            (?:(?<![^\W\d_])                    # "C$" is not the tail of a word
               (?P<sym>{_alternation(SYMBOLS)})[\x20\u00a0]?  # "$", "US$", "Rs 5,000"
              |(?<![^\W\d_])
               (?P<iso>{_alternation(CODES)})[\x20\u00a0]?    # "EUR 93"; "eur" is no code
              |(?<![\w.,]|\p{{Sc}})             # or a bare number starts here
            )
        )
        (?P<num>{_NUMBER})
        (?P<scale>{_SCALE})?
        (?(sym){_NOT_RANGE}
        |(?(iso){_NOT_RANGE}
        |\x20+                                  # a bare number needs a currency after it
         (?:(?P<wire>{_WIRE_WORD})              # "300 mln dlrs"
           |(?P<code_after>{_alternation(CODES)})  # "93 billion EUR"
           |(?(scale)|(?!(?:{_AMBIGUOUS_WORD})\b))  # "3 won" is a verb
            (?!(?i:pounds?)\x20+of\b)           # "500 million pounds of pork" is weight
            (?P<word>{_CURRENCY_WORD})          # "25 million euros"
         )))
        (?!\w)
    )
    |(?=[HhTtMmBb])
    (?P<words>
        (?<=(?<![\w-])(?P<nw>{_NUMBER_WORD})\x20+)  # "ten"; not the "five" of "twenty-five"
        (?:(?P<hundred>{_HUNDRED})              # "five hundred [million]"
           (?:\x20+(?P<wscale>{_WORD_SCALE}))?
          |(?P<wscale>{_WORD_SCALE})            # "ten billion"
        )
        \x20+
        (?!(?i:pounds?)\x20+of\b)
        (?P<wword>{_CURRENCY_WORD}|{_WIRE_WORD})  # "dollars"
        (?!\w)
    )
    )
    """,
    regex.VERBOSE,
)

# Only texts with a digit or a multiplier word can hold an amount.
_PREFILTER = regex.compile(
    r"""
    [0-9]                                       # every numeric amount
    |(?i:hundred|thousand|million|billion|trillion)  # "ten billion dollars"
    """,
    regex.VERBOSE,
)

_SPACES = regex.compile(r"\x20+  # spaces between the words of 'U.S.  dollars'", regex.VERBOSE)


def _lowered(table: Mapping[str, _T]) -> dict[str, _T]:
    return {key.lower(): value for key, value in table.items()}


# Lookups by the lower-cased matched words (the pattern only varies their ASCII case).
_CURRENCY_BY_WORD = _lowered(CURRENCY_WORDS)
_WIRE_BY_WORD = _lowered(WIRE_DOLLAR_WORDS)
_SCALE_BY_WORD = _lowered(SCALE_WORDS) | _lowered(SCALE_LETTERS)
_NUMBER_BY_WORD = _lowered(NUMBER_WORDS)
_WORD_SCALE_BY_WORD = _lowered(WORD_SCALES)
_SPELLED_CURRENCY_BY_WORD = _CURRENCY_BY_WORD | _WIRE_BY_WORD


def _key(raw: str) -> str:
    return _SPACES.sub(" ", raw).lower()


def _scale_value(raw: str | None) -> int:
    return _SCALE_BY_WORD[_key(raw.strip())] if raw else 1


def _mention(text: str, m: regex.Match[str]) -> MoneyMention:
    if m["words"] is not None:
        start = m.start("nw")
        amount = Decimal(_NUMBER_BY_WORD[m["nw"].lower()])
        if m["hundred"]:
            amount *= HUNDRED
        if m["wscale"]:
            amount *= _WORD_SCALE_BY_WORD[m["wscale"].lower()]
        currency = _SPELLED_CURRENCY_BY_WORD[_key(m["wword"])]
        rule = "money.number_words"
    else:
        amount = Decimal(m["num"].replace(",", "")) * _scale_value(m["scale"])
        if m["sym"] is not None:
            start, currency = m.start("sym"), SYMBOLS[m["sym"]]
            rule = "money.symbol_scaled" if m["scale"] else "money.symbol_amount"
        elif m["iso"] is not None:
            start, currency, rule = m.start("iso"), CODES[m["iso"]], "money.code_amount"
        else:
            start = m.start("num")
            if m["wire"]:
                currency, rule = _WIRE_BY_WORD[_key(m["wire"])], "money.wire_dlrs"
            elif m["code_after"]:
                currency, rule = CODES[m["code_after"]], "money.amount_code"
            else:
                currency = _CURRENCY_BY_WORD[_key(m["word"])]
                rule = "money.amount_word_currency"
    return MoneyMention(
        char_start=start,
        char_end=m.end(),
        text=text[start : m.end()],
        value=float(amount),
        currency=currency,
        rule_id=rule,
    )


def find_money(text: str) -> list[MoneyMention]:
    """Money amounts in ``text``, sorted by position and non-overlapping."""
    if not _PREFILTER.search(text):
        return []
    found: list[MoneyMention] = []
    for m in _MONEY.finditer(text):
        mention = _mention(text, m)
        # A lookbehind can reach into the previous match ("300 USD 5 million" would make
        # "USD 5 million" too); the first reading wins.
        if found and mention.char_start < found[-1].char_end:
            continue
        found.append(mention)
    return found
