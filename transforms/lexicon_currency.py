"""Currency symbols, codes, words and number words as written in English-language news.

Provenance: compiled by hand for tariffwire. Target codes are ISO 4217 alphabetic codes
(checked against pycountry's ISO 4217 table in tests/test_money.py, so a typo cannot ship).
Symbols come from the Unicode Currency Symbols block (U+20A0..U+20CF) plus the ASCII and
Latin-1 ones ($, £, ¥) and the dollar prefixes common in wire and financial copy (US$, C$,
A$, HK$, NT$, S$, NZ$, R$). Wire abbreviations (dlrs, stg, mln, bln) follow Reuters style
as seen in the Reuters-21578 corpus; crore/lakh follow Indian English usage.

SYMBOLS and CODES match exactly. Word keys are written in their usual case ("Canadian dollars");
the extractor also accepts them in Title Case and UPPER CASE (headlines, wire slugs).
Multi-word keys match with any run of spaces between words.
"""
from __future__ import annotations

from types import MappingProxyType

# Prefix symbols written immediately before the amount ("C$30 billion", "Rs 5,000 crore").
SYMBOLS = MappingProxyType({
    # A bare "$" is read as USD: the extractor only sees the text, not the outlet's country,
    # and in English-language trade news an unqualified dollar amount is almost always USD.
    "$": "USD",
    "US$": "USD",
    "U.S.$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "NZ$": "NZD",
    "R$": "BRL",
    "MX$": "MXN",
    "€": "EUR",
    "£": "GBP",
    # "¥" is shared by yen and yuan; English copy writes Chinese amounts as "yuan", "RMB" or
    # "CN¥", so a bare "¥" is read as yen.
    "¥": "JPY",
    "CN¥": "CNY",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₱": "PHP",
    "₫": "VND",
    "₪": "ILS",
    "฿": "THB",
    "Rp": "IDR",
    "RM": "MYR",
})

# Alphabetic codes written before or after the amount ("EUR 93 bln", "93 billion EUR").
# Only currencies that show up in trade news; an all-caps code is rarely anything else
# when glued to a number. RMB and CNH (offshore yuan) are not ISO 4217 codes but are
# common ways to write an amount in CNY.
CODES = MappingProxyType({
    code: code
    for code in (
        "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "HKD", "TWD", "KRW",
        "CHF", "SGD", "NZD", "MXN", "BRL", "RUB", "ZAR", "TRY", "SEK", "NOK", "DKK", "IDR",
        "MYR", "THB", "PHP", "VND", "SAR", "AED", "ILS", "PLN", "ARS", "CLP", "COP", "EGP",
    )
} | {"RMB": "CNY", "CNH": "CNY"})

# Currency names written after the amount ("25 million euros", "500 billion yuan").
CURRENCY_WORDS = MappingProxyType({
    "dollars": "USD",
    "dollar": "USD",
    "U.S. dollars": "USD",
    "US dollars": "USD",
    "American dollars": "USD",
    "Canadian dollars": "CAD",
    "Australian dollars": "AUD",
    "Hong Kong dollars": "HKD",
    "Taiwan dollars": "TWD",
    "New Taiwan dollars": "TWD",
    "Singapore dollars": "SGD",
    "New Zealand dollars": "NZD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "stg": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "won": "KRW",
    "Swiss francs": "CHF",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "roubles": "RUB",
    "rubles": "RUB",
    "lira": "TRY",
    "rand": "ZAR",
    "reais": "BRL",
    "Mexican pesos": "MXN",
    "riyals": "SAR",
    "dirhams": "AED",
})

# Wire-copy dollar abbreviations ("300 mln dlrs"); kept apart so the rule id can say so.
WIRE_DOLLAR_WORDS = MappingProxyType({
    "dlrs": "USD",
    "dlr": "USD",
    "U.S. dlrs": "USD",
    "Canadian dlrs": "CAD",
    "Australian dlrs": "AUD",
    "HK dlrs": "HKD",
    "Taiwan dlrs": "TWD",
})

# Words that are currencies only in some sentences: "won" is also a verb and "pounds" a
# weight ("500 million pounds of pork"); the extractor asks for more evidence for these.
AMBIGUOUS_WORDS = frozenset({"won", "pounds", "rand"})

# Multipliers written after the number. Glued one-letter forms ("£1.2m", "$50b", "$100k")
# are handled in the pattern because they are only safe without a space.
SCALE_WORDS = MappingProxyType({
    "thousand": 10**3,
    "million": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bln": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "lakh crore": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
})
SCALE_LETTERS = MappingProxyType({"k": 10**3, "m": 10**6, "b": 10**9})

# Spelled-out numbers for "ten billion dollars"; deliberately small.
NUMBER_WORDS = MappingProxyType({
    word: value
    for value, word in enumerate(
        (
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty",
        ),
        start=1,
    )
})
HUNDRED = 100
WORD_SCALES = MappingProxyType({
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
})
