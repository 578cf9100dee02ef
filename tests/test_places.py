"""Countries and cities named in text (transforms.places), sentence by sentence."""
from __future__ import annotations

import pytest

from transforms.places import country_code, find_places

# (name, text, [(code, kind)] in order): kind 'country' counts for the article's countries, 'city' does not
EXAMPLES = [
    ("name", "Japan and South Korea signed the deal.", [("JP", "country"), ("KR", "country")]),
    ("code", "The U.S. and the EU agreed.", [("US", "country"), ("EU", "country")]),
    ("demonym", "Chinese goods face a 34% tariff.", [("CN", "country")]),
    ("eighties_names", "West Germany and the Soviet Union protested.", [("DE", "country"), ("SU", "country")]),
    ("capital_as_government", "Beijing retaliated on Friday.", [("CN", "country")]),
    ("capital_as_place", "The talks were held in Tokyo.", [("JP", "city")]),
    ("dateline_comma", "LONDON, Aug 7 (Reuters) - Sterling fell.", [("GB", "city")]),
    ("dateline_em_dash", "LONDON — Freight rates for tankers rose.", [("GB", "city")]),
    ("dateline_en_dash", "MANILA – Philippine goods will face a 19% tariff.", [("PH", "city"), ("PH", "country")]),
    ("capital_before_broker", "Nobody wants to be stuck, one London broker said.", [("GB", "city")]),
    ("capital_based", "The Tokyo-based carmaker said profits fell.", [("JP", "city")]),
    ("capital_before_traders", "Beijing traders said demand was weak.", [("CN", "city")]),
    ("capital_before_officials_is_government", "Tokyo officials said talks would resume.", [("JP", "country")]),
    # names that contain a country but are not it
    ("province", "British Columbia sawmills braced for duties.", []),
    ("town", "BMW builds cars at plants in Rosslyn and East London.", []),
    ("delta", "Attacks in the Niger Delta cut output.", []),
    ("gatt_round", "These are matters for the Uruguay Round negotiations.", []),
    ("wto_round", "The Doha Round stalled in 2008.", []),
    ("central_bank", "The Bank of Japan kept rates on hold.", []),
    ("us_state", "Farmers in New Mexico sell chili.", []),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in EXAMPLES], ids=[n for n, _, _ in EXAMPLES])
def test_examples(text, expected):
    found = find_places(text)
    assert [(p.code, p.kind) for p in found] == expected
    assert all(text[p.char_start:p.char_end] == p.text for p in found)


@pytest.mark.parametrize("phrase,code", [("Japanese", "JP"), ("U.S.", "US"), ("Tokyo", "JP"), ("EC", "EU"),
                                         ("Osaka", None), ("British Columbia", None), ("Atlantis", None)])
def test_country_code(phrase, code):
    assert country_code(phrase) == code
