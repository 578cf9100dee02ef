"""Currency symbols, codes, words and number words as written in English-language news.

Provenance: compiled by hand for tariffwire. Target codes are ISO 4217 alphabetic codes
(checked against pycountry's ISO 4217 table in tests/test_money.py, so a typo cannot ship).
Symbols come from the Unicode Currency Symbols block (U+20A0..U+20CF) plus the ASCII and
Latin-1 ones ($, £, ¥) and the dollar prefixes common in wire and financial copy (US$, C$,
A$, HK$, NT$, S$, NZ$, R$). Wire abbreviations (dlrs, stg, mln, bln) follow Reuters style
as seen in the Reuters-21578 corpus; crore/lakh follow Indian English usage.

Historic codes (DEM, FRF, ITL, ...) are the ISO 4217 "List Three" codes of currencies
withdrawn when the euro came in; pycountry lists only current codes, so HISTORIC_CODES names
the ones the lexicon may return. Subunits (cents, pence) follow each currency's ISO 4217
minor unit (2 decimals). Words and symbols that several currencies share ("crowns", "pesos",
"francs", "marks", the rand's "R") are resolved by the country the article names, from
COUNTRY_CUES: country names, demonyms and capitals as in lexicon_places, plus the central
bank where the press names it for the country.

SYMBOLS and CODES match exactly. Word keys are written in their usual case ("Canadian dollars");
the extractor also accepts them in Title Case and UPPER CASE (headlines, wire slugs).
Multi-word keys match with any run of spaces between words.
"""
from __future__ import annotations

from types import MappingProxyType

# Prefix symbols written immediately before the amount ("C$30 billion", "Rs 5,000 crore").
SYMBOLS = MappingProxyType({
    # A bare "$" is read as USD: in English-language trade news an unqualified dollar amount
    # almost always is. The exception, another dollar country's own press, is LOCAL_DOLLARS.
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
    "SFr": "CHF",
    "NKr": "NOK",
    "SKr": "SEK",
    "DKr": "DKK",
    "DM": "DEM",
    "Dh": "AED",  # Gulf press: "Dh670 million"
    "Dhs": "AED",
    "KSh": "KES",
    "₦": "NGN",
    "GH₵": "GHS",
    "E£": "EGP",
    "$US": "USD",  # Australian and New Zealand style: "$US4 billion", "$A1.5 billion"
    "$A": "AUD",
    "$NZ": "NZD",
})

# Symbols that name a currency only in the right country's news: "R310" is South African rand.
CONTEXT_SYMBOLS = MappingProxyType({
    "R": {"ZA": "ZAR"},
    # East African press writes shillings as "Sh1,000"; Philippine press writes pesos as "P20,000".
    "Sh": {"KE": "KES", "UG": "UGX", "TZ": "TZS"},
    "P": {"PH": "PHP"},
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
    "Saudi riyals": "SAR",
    "Qatari riyals": "QAR",
    "dirhams": "AED",
    "Turkish lira": "TRY",
    "Brazilian reais": "BRL",
    "Philippine pesos": "PHP",
    "Argentine pesos": "ARS",
    "Chilean pesos": "CLP",
    "Colombian pesos": "COP",
    "Norwegian crowns": "NOK",
    "Norwegian kroner": "NOK",
    "Swedish crowns": "SEK",
    "Swedish kronor": "SEK",
    "kronor": "SEK",
    "Danish crowns": "DKK",
    "Danish kroner": "DKK",
    "Czech crowns": "CZK",
    "korunas": "CZK",
    "Indian rupees": "INR",
    "Pakistani rupees": "PKR",
    "naira": "NGN",
    "shekels": "ILS",
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "Deutsche marks": "DEM",
    "deutschemarks": "DEM",
    "D-marks": "DEM",
    "French francs": "FRF",
    "Belgian francs": "BEF",
    "Italian lire": "ITL",
    "lire": "ITL",
    "guilders": "NLG",
    "Dutch guilders": "NLG",
    "pesetas": "ESP",
    "ECUs": "XEU",
    "ecus": "XEU",
    "European currency units": "XEU",
})

# Currency words several countries share, resolved by the country the text names:
# "3 billion crowns" in a story about a Norwegian company is NOK. Without such a country
# the amount is left out rather than guessed.
CONTEXT_WORDS = MappingProxyType({
    "crowns": {"NO": "NOK", "SE": "SEK", "DK": "DKK", "CZ": "CZK", "IS": "ISK"},
    "kroner": {"NO": "NOK", "DK": "DKK"},
    "pesos": {"MX": "MXN", "PH": "PHP", "AR": "ARS", "CL": "CLP", "CO": "COP"},
    "francs": {"CH": "CHF", "FR": "FRF", "BE": "BEF"},
    "marks": {"DE": "DEM"},
})

# The names that tie an article to a country for CONTEXT_WORDS and CONTEXT_SYMBOLS.
COUNTRY_CUES = MappingProxyType({
    "NO": ("Norway", "Norwegian", "Oslo", "Norges Bank"),
    "SE": ("Sweden", "Swedish", "Stockholm", "Riksbank"),
    "DK": ("Denmark", "Danish", "Copenhagen"),
    "CZ": ("Czech Republic", "Czechia", "Czech", "Prague"),
    "IS": ("Iceland", "Icelandic", "Reykjavik"),
    "MX": ("Mexico", "Mexican", "Banxico"),
    "PH": ("Philippines", "Philippine", "Filipino", "Manila"),
    "AR": ("Argentina", "Argentine", "Argentinian", "Buenos Aires"),
    "CL": ("Chile", "Chilean", "Santiago"),
    "CO": ("Colombia", "Colombian", "Bogota", "Bogotá"),
    "CH": ("Switzerland", "Swiss", "Bern", "Zurich"),
    "FR": ("France", "French", "Paris"),
    "BE": ("Belgium", "Belgian"),
    "DE": ("West Germany", "West German", "Germany", "German", "Bundesbank", "Bonn", "Frankfurt"),
    "ZA": ("South Africa", "South African", "Johannesburg", "Pretoria", "Cape Town", "Durban", "Eskom"),
    "KE": ("Kenya", "Kenyan", "Kenyans", "Nairobi", "Mombasa"),
    "UG": ("Uganda", "Ugandan", "Kampala"),
    "TZ": ("Tanzania", "Tanzanian", "Dar es Salaam", "Dodoma"),
})

# A bare "$" is USD, except in the press of another dollar country, which writes its own
# dollars as "$" and marks U.S. amounts ("US$4 billion", "$4 billion (U.S.)"): Canadian,
# Australian, New Zealand, Singapore, Hong Kong and Taiwan style guides (CP, AAP...) do so.
LOCAL_DOLLARS = MappingProxyType({"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"})
# Names that tell which dollar country an article is about: the one named most often wins,
# so "US" is there (with the presidents trade stories name) to keep U.S. dollars in U.S. stories.
DOLLAR_COUNTRY_CUES = MappingProxyType({
    "US": ("U.S.", "United States", "America", "American", "Washington", "New York", "White House",
           "Trump", "Biden", "Obama", "Bush", "Clinton", "Reagan"),
    "CA": ("Canada", "Canadian", "Canadians", "Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary",
           "Alberta", "Ontario", "Quebec", "British Columbia", "Nova Scotia"),
    "AU": ("Australia", "Australian", "Australians", "Canberra", "Sydney", "Melbourne", "Brisbane", "Perth",
           "Adelaide", "Queensland", "Victoria", "New South Wales"),
    "NZ": ("New Zealand", "Wellington", "Auckland"),
    "SG": ("Singapore",),
    "HK": ("Hong Kong",),
    "TW": ("Taiwan", "Taiwanese", "Taipei"),
})

# Minor units written after the amount: "60 cents a pound", "28 pence". The value is
# the amount divided by the number of subunits in the currency.
SUBUNIT_WORDS = MappingProxyType({
    "cents": ("USD", 100),
    "cent": ("USD", 100),
    "U.S. cents": ("USD", 100),
    "US cents": ("USD", 100),
    "euro cents": ("EUR", 100),
    "pence": ("GBP", 100),
})
# "28p", glued to the number, is pence (UK share and retail prices).
PENCE_LETTER = ("GBP", 100)

# Withdrawn ISO 4217 codes (List Three) the lexicon returns for pre-euro amounts.
HISTORIC_CODES = frozenset({"DEM", "FRF", "BEF", "ITL", "NLG", "ESP", "XEU"})

# Wire-copy dollar abbreviations ("300 mln dlrs"); kept apart so the rule id can say so.
WIRE_DOLLAR_WORDS = MappingProxyType({
    "dlrs": "USD",
    "dlr": "USD",
    "U.S. dlrs": "USD",
    "Canadian dlrs": "CAD",
    "Australian dlrs": "AUD",
    "HK dlrs": "HKD",
    "Hong Kong dlrs": "HKD",
    "Taiwan dlrs": "TWD",
    "Singapore dlrs": "SGD",
    "New Zealand dlrs": "NZD",
    "NZ dlrs": "NZD",
})

# Words that are currencies only in some sentences: "won" is also a verb and "pounds" a
# weight ("500 million pounds of pork"); the extractor asks for more evidence for these.
AMBIGUOUS_WORDS = frozenset({"won", "pounds", "rand", "marks"})

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

# Spelled-out numbers for "ten billion dollars", "twenty-five million dollars",
# "a billion dollars", "half a billion dollars" (one to ninety-nine, as English writes them).
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_WORDS = MappingProxyType(
    {word: value for value, word in enumerate(_UNITS + _TEENS, start=1)}
    | {tens: 20 + 10 * i for i, tens in enumerate(_TENS)}
    | {f"{tens}-{unit}": 20 + 10 * i + j for i, tens in enumerate(_TENS) for j, unit in enumerate(_UNITS, start=1)}
    | {"a": 1, "half a": 0.5}
)
HUNDRED = 100
WORD_SCALES = MappingProxyType({
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
})
