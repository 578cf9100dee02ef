"""Organisations and named events: lexicon, name shapes, meetings; seed articles; properties."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import lexicon_orgs
from transforms.orgs import find_orgs
from transforms.split import split_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DEV_CORPUS = Path(__file__).resolve().parent / "corpus" / "dev"


def seed_body(name: str) -> str:
    """The article body: everything before the first run of two or more blank lines."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    return regex.split(r"\n[ \t]*\n[ \t]*\n", text, maxsplit=1)[0]


def gap(case_id, text, expected, reason):
    return pytest.param(text, expected, id=case_id, marks=pytest.mark.xfail(strict=True, reason=reason))


# (id, text, [(text, kind, rule_id), ...]); the name is the text, checked separately.
EXAMPLES = [
    ("wto_acronym", "The WTO ruled against the measure.",
     [("WTO", "organization", "org.lexicon")]),
    ("wto_full", "The World Trade Organization ruled against it.",
     [("World Trade Organization", "organization", "org.lexicon")]),
    ("imf_world_bank", "The IMF and the World Bank cut forecasts.",
     [("IMF", "organization", "org.lexicon"), ("World Bank", "organization", "org.lexicon")]),
    ("commerce_department", "The Commerce Department said imports fell.",
     [("Commerce Department", "organization", "org.lexicon")]),
    ("department_of_commerce", "The Department of Commerce said imports fell.",
     [("Department of Commerce", "organization", "org.lexicon")]),
    ("ustr_office", "The Office of the U.S. Trade Representative published a list.",
     [("Office of the U.S. Trade Representative", "organization", "org.lexicon")]),
    ("cbp", "U.S. Customs and Border Protection began collecting the duty.",
     [("U.S. Customs and Border Protection", "organization", "org.lexicon")]),
    ("court_of_international_trade", "The Court of International Trade blocked the tariffs.",
     [("Court of International Trade", "organization", "org.lexicon")]),
    ("fed", "The Fed held rates steady.",
     [("Fed", "organization", "org.lexicon")]),
    ("bank_of_japan", "The Bank of Japan kept policy unchanged.",
     [("Bank of Japan", "organization", "org.lexicon")]),
    ("mofcom", "China's Ministry of Commerce said it would respond.",
     [("Ministry of Commerce", "organization", "org.lexicon")]),
    ("carmakers", "Toyota, Honda and General Motors shares fell.",
     [("Toyota", "organization", "org.lexicon"), ("Honda", "organization", "org.lexicon"),
      ("General Motors", "organization", "org.lexicon")]),
    ("steelmakers", "Nippon Steel completed its purchase of U.S. Steel.",
     [("Nippon Steel", "organization", "org.lexicon"), ("U.S. Steel", "organization", "org.lexicon")]),
    ("banks_are_orgs", "Goldman Sachs and Morgan Stanley raised their forecasts.",
     [("Goldman Sachs", "organization", "org.lexicon"), ("Morgan Stanley", "organization", "org.lexicon")]),
    ("known_newspaper", "according to the Asahi newspaper.",
     [("Asahi", "organization", "org.lexicon")]),
    ("unknown_newspaper", "the Sankei newspaper reported on Friday.",
     [("Sankei", "organization", "org.news_noun")]),
    ("unknown_news_agency", "the state-run Anadolu news agency said.",
     [("Anadolu", "organization", "org.news_noun")]),
    ("demonym_before_daily_is_not_a_name", "The Japanese daily reported it.", []),
    ("suffix_association", "The Japan Automobile Manufacturers Association said exports fell.",
     [("Japan Automobile Manufacturers Association", "organization", "org.suffix")]),
    ("suffix_corp", "Shares of Acme Widget Corp fell 5%.",
     [("Acme Widget Corp", "organization", "org.suffix")]),
    ("suffix_period_left_out", "Apple Inc. and Nvidia Corp. gained.",
     [("Apple Inc", "organization", "org.suffix"), ("Nvidia Corp", "organization", "org.suffix")]),
    ("sentence_opener_trimmed", "But Tokyo Electric Power Co said.",
     [("Tokyo Electric Power Co", "organization", "org.suffix")]),
    ("ministry_of_x", "The Ministry of Agriculture said.",
     [("Ministry of Agriculture", "organization", "org.x_of_y")]),
    ("x_of_y_with_owner", "the Federal Reserve Bank of New York said",
     [("Federal Reserve Bank of New York", "organization", "org.x_of_y")]),
    ("x_of_y_stops_at_title", "the Department of Labor Secretary said",
     [("Department of Labor", "organization", "org.x_of_y")]),
    ("possessive_stripped", "The Commerce Ministry's statement said.",
     [("Commerce Ministry", "organization", "org.lexicon")]),
    ("company_before_title", "Ford Motor Co Chief Executive Jim Farley said.",
     [("Ford Motor Co", "organization", "org.suffix")]),
    ("first_name_before_company_is_a_person", "Ontario Premier Doug Ford said.", []),
    ("treasury_note_is_a_market", "the yield on the 10-year Treasury note rose", []),
    ("nikkei_average_is_a_market", "the Nikkei share average fell 2%", []),
    ("named_after_company_noun", "Norwegian power producer Nordvik Energi said on Tuesday.",
     [("Nordvik Energi", "organization", "org.after_company_noun")]),
    ("acronym_after_association_noun", "Italy's machinery association UCIMU said.",
     [("UCIMU", "organization", "org.after_company_noun")]),
    ("calendar_word_after_company_noun", "the company Monday said", []),
    ("defined_acronym",
     "the Consuming Industries Trade Action Coalition (CITAC) said. CITAC estimated job losses.",
     [("Consuming Industries Trade Action Coalition", "organization", "org.suffix"),
      ("CITAC", "organization", "org.defined_acronym"), ("CITAC", "organization", "org.defined_acronym")]),
    ("treasury_secretary_is_a_title", "U.S. Treasury Secretary Scott Bessent said.", []),
    ("treasury_alone_is_an_org", "The U.S. Treasury said it would borrow more.",
     [("U.S. Treasury", "organization", "org.lexicon")]),
    ("oval_office_is_a_room", "He spoke from the Oval Office.", []),
    ("soviet_union_is_a_place", "the Soviet Union collapsed", []),
    ("european_union_is_a_place", "the European Union said", []),
    ("no_orgs", "Officials said prices rose in July.", []),
    # A grouping's meeting is an event, and names the grouping as an organisation too.
    ("g7_summit", "ahead of the G7 Summit in Canada",
     [("G7 Summit", "event", "event.group_meeting"), ("G7", "organization", "org.event_group")]),
    ("g20_summit_lower", "at the G20 summit in Osaka",
     [("G20 summit", "event", "event.group_meeting"), ("G20", "organization", "org.event_group")]),
    ("apec_leaders_meeting", "at the APEC leaders' meeting",
     [("APEC leaders' meeting", "event", "event.group_meeting"), ("APEC", "organization", "org.event_group")]),
    ("g7_ministers_meeting", "at the G7 finance ministers' meeting",
     [("G7 finance ministers' meeting", "event", "event.group_meeting"),
      ("G7", "organization", "org.event_group")]),
    ("apec_summit", "at the APEC summit in Gyeongju",
     [("APEC summit", "event", "event.group_meeting"), ("APEC", "organization", "org.event_group")]),
    ("hyphenated_group", "before the G-7 summit",
     [("G-7 summit", "event", "event.group_meeting"), ("G-7", "organization", "org.event_group")]),
    ("eu_summit_names_no_organisation", "at the EU summit in Brussels",
     [("EU summit", "event", "event.group_meeting")]),
    ("g7_alone_is_the_group", "before the G7, officials said",
     [("G7", "organization", "org.lexicon")]),
    ("unnamed_summit", "at the June 15 summit", []),
    ("round_of_trade_talks", "in its fifth round of trade talks with the United States",
     [("fifth round of trade talks", "event", "event.round")]),
    ("round_of_negotiations", "the seventh round of negotiations ended",
     [("seventh round of negotiations", "event", "event.round")]),
    ("numeric_ordinal_round", "the 5th round of talks",
     [("5th round of talks", "event", "event.round")]),
    ("latest_round_is_unnamed", "This latest round of negotiations may be the last.", []),
    ("bilateral_talks", "the U.S.-China trade talks in Geneva",
     [("U.S.-China trade talks", "event", "event.bilateral")]),
    ("bilateral_summit", "the EU-China summit",
     [("EU-China summit", "event", "event.bilateral")]),
    ("bilateral_relations_not_event", "U.S.-Japan trade relations improved.", []),
    ("davos", "Speaking at Davos, he said.",
     [("Davos", "event", "event.lexicon")]),
    ("world_economic_forum", "at the World Economic Forum in January",
     [("World Economic Forum", "event", "event.lexicon")]),
    ("uruguay_round", "since the Uruguay Round ended in 1994",
     [("Uruguay Round", "event", "event.lexicon")]),
    ("doha_round", "The Doha Round stalled.",
     [("Doha Round", "event", "event.lexicon")]),
    ("plaza_accord", "the 1985 Plaza Accord weakened the dollar",
     [("Plaza Accord", "event", "event.lexicon")]),
    ("liberation_day", "since the Liberation Day tariffs",
     [("Liberation Day", "event", "event.lexicon")]),
    # Lexicon: legislatures, regulators, statistical offices, exchanges, parties, companies.
    ("parliament_and_seat_of_government", "Downing Street told the House of Commons.",
     [("Downing Street", "organization", "org.lexicon"), ("House of Commons", "organization", "org.lexicon")]),
    ("statistics_office", "according to Statistics South Africa",
     [("Statistics South Africa", "organization", "org.lexicon")]),
    ("energy_regulator", "Ofgem's cap rises", [("Ofgem", "organization", "org.lexicon")]),
    ("parties_by_their_short_names", "the Liberals lead the Conservatives, with the Bloc Québécois at 6%",
     [("Liberals", "organization", "org.lexicon"), ("Conservatives", "organization", "org.lexicon"),
      ("Bloc Québécois", "organization", "org.lexicon")]),
    ("party_members_are_not_the_party", "Republicans and Democrats voted for the bill.", []),
    ("banks_of_another_country", "Westpac, ANZ and NAB shares fell on the ASX.",
     [("Westpac", "organization", "org.lexicon"), ("ANZ", "organization", "org.lexicon"),
      ("NAB", "organization", "org.lexicon"), ("ASX", "organization", "org.lexicon")]),
    ("index_is_not_the_exchange", "the S&P/TSX composite index lost 0.5%", []),
    ("nasdaq_is_an_index_in_market_reports", "the Nasdaq fell 2%", []),
    ("broadcasters", "the BBC, ITV and Sky projected a majority",
     [("BBC", "organization", "org.lexicon"), ("ITV", "organization", "org.lexicon"),
      ("Sky", "organization", "org.lexicon")]),
    # The gazettes that publish decrees are organisations in the labelled corpus (dev 207, 261).
    ("federal_register_is_a_publication_of_record", "published in the Federal Register",
     [("Federal Register", "organization", "org.lexicon")]),
    # Names the generic rules read.
    ("plural_possessive_in_name", "The Australian Bankers' Association said.",
     [("Australian Bankers' Association", "organization", "org.suffix")]),
    ("singular_possessive_is_the_owner", "Japan's Economy Ministry said.",
     [("Economy Ministry", "organization", "org.suffix")]),
    ("coalition_for_x", "The Coalition for Fair Lumber Imports filed the petition.",
     [("Coalition for Fair Lumber Imports", "organization", "org.x_of_y")]),
    ("society_of_x_and_y", "the Society of Motor Manufacturers and Traders said",
     [("Society of Motor Manufacturers and Traders", "organization", "org.x_of_y")]),
    ("x_of_y_list_stops_at_a_known_name", "the Ministry of Finance and Toyota agreed",
     [("Ministry of Finance", "organization", "org.lexicon"), ("Toyota", "organization", "org.lexicon")]),
    ("x_of_y_list_stops_at_a_country", "the Bank of Thailand and Japan agreed",
     [("Bank of Thailand", "organization", "org.lexicon")]),
    ("exchange_of_a_country", "the Stock Exchange of Korea said",
     [("Stock Exchange of Korea", "organization", "org.x_of_y")]),
    ("numbered_military_unit", "soldiers of the 1157th Transportation Company returned",
     [("1157th Transportation Company", "organization", "org.suffix")]),
    ("finance_firm_suffix", "said Jane Doe at Harbourside Capital.",
     [("Harbourside Capital", "organization", "org.suffix")]),
    ("initiative_and_its_acronym", "the Global Trade Research Institute Initiative (GTRII) said",
     [("Global Trade Research Institute Initiative", "organization", "org.suffix"),
      ("GTRII", "organization", "org.defined_acronym")]),
    ("office_suffix", "the State Council Tariff Office said",
     [("State Council Tariff Office", "organization", "org.suffix")]),
    ("oval_office_is_a_room", "He spoke from the Oval Office.", []),
    ("central_bank_in_a_title", "Central Bank President Gabriel Galipolo said", []),
    ("partnership_is_an_agreement", "the Trans-Pacific Partnership was signed", []),
    ("regional_unit_of_a_known_company", "Toyota Motor North America said.",
     [("Toyota Motor North America", "organization", "org.lexicon_extended")]),
    ("regional_unit_of_a_suffix_name", "SolarWorld Industries America led the petition.",
     [("SolarWorld Industries America", "organization", "org.suffix")]),
    ("known_name_of_a_country", "the United Steelworkers of America said",
     [("United Steelworkers of America", "organization", "org.lexicon_extended")]),
    ("known_name_of_a_common_noun_stays_short", "the WTO of today is weaker",
     [("WTO", "organization", "org.lexicon")]),
    ("company_of_a_country_is_the_company", "Samsung of South Korea and Apple of the United States",
     [("Samsung", "organization", "org.lexicon"), ("Apple", "organization", "org.lexicon")]),
    ("purchase_by_x_of_y", "the purchase by Nippon Steel of U.S. Steel",
     [("Nippon Steel", "organization", "org.lexicon"), ("U.S. Steel", "organization", "org.lexicon")]),
    ("us_before_a_known_name", "US Customs and Border Protection said",
     [("US Customs and Border Protection", "organization", "org.lexicon")]),
    ("appositive_company", "The case was brought by V.O.S. Selections, a New York wine importer.",
     [("V.O.S. Selections", "organization", "org.appositive")]),
    ("appositive_person_after_title", "said Captain Maria Delgado, the unit's commander.", []),
    ("appositive_possessive_noun_is_not_a_company", "said Maria Delgado, the company's commander.", []),
    ("platform_x", "von der Leyen wrote on X after the call.", [("X", "organization", "org.platform")]),
    ("platform_x_formerly_twitter", "X, formerly Twitter, said",
     [("X", "organization", "org.platform"), ("Twitter", "organization", "org.lexicon")]),
    ("letter_x_is_not_a_platform", "Company X agreed to pay on X date.", []),
    ("surname_of_a_person_is_not_the_company", "Ontario Premier Doug Ford spoke. Ford agreed to suspend it.", []),
    ("short_name_after_legal_name", "Halvorsen Industries will cut jobs. Halvorsen expects a charge.",
     [("Halvorsen Industries", "organization", "org.suffix"), ("Halvorsen", "organization", "org.short_name")]),
    ("short_name_must_stand_alone", "Pacific Industries said. Pacific Rim trade grew.",
     [("Pacific Industries", "organization", "org.suffix")]),
]

# Held-out-style copy (dev 190+): companies found by the sentence around them, one table per class.
LIST_EXAMPLES = [
    ("list_with_a_known_company", "The carmakers Toyota, Hino and Nissan raised prices.",
     [("Toyota", "organization", "org.lexicon"), ("Hino", "organization", "org.list"),
      ("Nissan", "organization", "org.lexicon")]),
    ("list_of_companies_with_their_countries", "Spain's BBVA, Italy's Caixa and France's BNP Paribas",
     [("BBVA", "organization", "org.lexicon"), ("Caixa", "organization", "org.list"),
      ("BNP Paribas", "organization", "org.lexicon")]),
    ("list_names_a_company_after_a_city", "Japanese makers Honda, Kawasaki, Yamaha and Suzuki sought it",
     [("Honda", "organization", "org.lexicon"), ("Kawasaki", "organization", "org.list"),
      ("Yamaha", "organization", "org.lexicon"), ("Suzuki", "organization", "org.lexicon")]),
    ("list_word_ending_a_sentence_is_not_joined", "in the United States. Matsushita, Hitachi and NEC said",
     [("Matsushita", "organization", "org.list"), ("Hitachi", "organization", "org.lexicon"),
      ("NEC", "organization", "org.lexicon")]),
    ("list_item_with_a_legal_form", "Nvidia and Advanced Micro Devices agreed to pay",
     [("Nvidia", "organization", "org.lexicon"), ("Advanced Micro Devices", "organization", "org.suffix")]),
    ("city_in_a_pair_is_a_place", "Canfor fell 3 per cent in Toronto and West Fraser lost 2.4 per cent.",
     [("Canfor", "organization", "org.lexicon"), ("West Fraser", "organization", "org.lexicon")]),
    ("comma_without_and_is_no_list", "At Toyota, Smith said prices would rise.",
     [("Toyota", "organization", "org.lexicon")]),
    ("person_in_a_list_is_no_company", "Elon Musk runs Tesla. Tesla and Musk disagreed.",
     [("Tesla", "organization", "org.lexicon"), ("Tesla", "organization", "org.lexicon")]),
    ("leader_in_a_list_is_no_company", "the White House and Trump agreed",
     [("White House", "organization", "org.lexicon")]),
    ("country_in_a_list_is_no_company", "Toyota, Honda and Japan agreed",
     [("Toyota", "organization", "org.lexicon"), ("Honda", "organization", "org.lexicon")]),
]

CONTEXT_EXAMPLES = [
    ("shares_of_a_company", "Shares of Hotel Shilla rose 1.8% in Seoul.",
     [("Hotel Shilla", "organization", "org.context")]),
    ("shares_in_a_company", "Shares in Vantara rose 3.1% in Paris.", [("Vantara", "organization", "org.context")]),
    ("shares_in_a_region", "Shares in Europe fell 2%.", []),
    ("stock_index_is_no_company", "the Ibovespa stock index fell 0.5%", []),
    ("company_said_it_would", "Valtera said on Thursday it would cut 900 jobs. Samsung overtook Valtera in sales.",
     [("Valtera", "organization", "org.context"), ("Samsung", "organization", "org.lexicon"),
      ("Valtera", "organization", "org.short_name")]),
    ("company_shares_possessive", "Valtera's shares fell 18% after analysts downgraded Valtera.",
     [("Valtera", "organization", "org.context"), ("Valtera", "organization", "org.short_name")]),
    ("said_it_would_only_mid_sentence_names", "Officials said it would take time.", []),
    ("person_said_it_would", "Chief Executive Marc Bitzer said it would create jobs.", []),
    ("surname_shares_are_a_persons", "Elon Musk sold stock. Musk's shares fell as analysts saw Musk leave.", []),
    ("institution_by_its_common_noun", "The Community said it would retaliate, officials of the Community said.", []),
    ("analysts_at_a_company", "Analysts at Banorte said the letter was a tactic.",
     [("Banorte", "organization", "org.works_at")]),
    ("director_of_a_company", "said the managing director of Grupo Bimbo, which runs bakeries.",
     [("Grupo Bimbo", "organization", "org.works_at")]),
    ("president_of_a_country_is_no_company", "said the president of France.", []),
    ("described_then_named", "The distribution company, MSEDCL, had sought an increase.",
     [("MSEDCL", "organization", "org.described_before")]),
    ("described_council_then_named", "The Brazilian coffee exporters' council, Cecafe, called it a first step.",
     [("Cecafe", "organization", "org.described_before")]),
    ("partner_described_is_a_country", "its biggest trading partner, China, said", []),
    ("role_described_is_a_person", "the company's chief executive, John Smith, said", []),
    ("named_then_described_as_a_body", "a spokesman for the BNIC, the cognac industry's trade body, said",
     [("BNIC", "organization", "org.appositive")]),
    ("named_then_described_as_a_federation", "according to FEVS, the French wine and spirits exporters' federation.",
     [("FEVS", "organization", "org.appositive")]),
    ("owned_by_a_known_company", "Hennessy, owned by LVMH, faces the highest rate.",
     [("Hennessy", "organization", "org.owned"), ("LVMH", "organization", "org.lexicon")]),
    ("owns_a_company", "Pernod Ricard, which owns Martell, said it was studying the decision.",
     [("Pernod Ricard", "organization", "org.lexicon"), ("Martell", "organization", "org.owned")]),
    ("owned_by_a_person_names_no_company", "The Post, owned by Jeff Bezos, said", []),
    ("numbered_military_units", "soldiers of the 3rd Brigade Combat Team, 1st Cavalry Division, returned",
     [("3rd Brigade Combat Team", "organization", "org.military_unit"),
      ("1st Cavalry Division", "organization", "org.military_unit")]),
    ("unnumbered_division_is_no_unit", "the Antitrust Division said", []),
]

NAME_SHAPE_EXAMPLES = [
    ("union_local", "Ramon Ortiz, president of Teamsters Local 431, said",
     [("Teamsters Local 431", "organization", "org.lexicon_extended")]),
    ("company_unit_in_a_country", "with GM Korea shipping most of its output",
     [("GM Korea", "organization", "org.lexicon_extended")]),
    ("demonym_after_a_company_is_no_unit", "Samsung Korean staff walked out",
     [("Samsung", "organization", "org.lexicon")]),
    ("demonym_before_a_known_body", "Chinese Foreign Ministry spokesman Lu Kang said",
     [("Foreign Ministry", "organization", "org.lexicon")]),
    ("two_known_names_side_by_side", "The deal makes Toyota Suzuki Motor's second-largest shareholder.",
     [("Toyota", "organization", "org.lexicon"), ("Suzuki Motor", "organization", "org.lexicon")]),
    ("grouping_by_its_long_name", "at the Group of 20 summit in Buenos Aires",
     [("Group of 20 summit", "event", "event.group_meeting"), ("Group of 20", "organization", "org.event_group")]),
    ("x_of_a_formal_country_name", "the Central Bank of the Republic of Turkey said",
     [("Central Bank of the Republic of Turkey", "organization", "org.x_of_y")]),
    ("sector_word_ends_a_name", "Wedbush Securities analyst Dan Ives said",
     [("Wedbush Securities", "organization", "org.suffix")]),
    ("duty_free_operator", "Lotte Duty Free and Shilla Duty Free run the concessions",
     [("Lotte Duty Free", "organization", "org.suffix"), ("Shilla Duty Free", "organization", "org.suffix")]),
    ("service_ends_a_name", "The Korea Customs Service said it had no plans",
     [("Korea Customs Service", "organization", "org.suffix")]),
    ("reserve_component", "an Army Reserve unit based in Toledo",
     [("Army Reserve", "organization", "org.lexicon")]),
    ("known_steelmakers", "Shares in Arcelor rose 3.1% in Paris, while Corus gained 2.4% in London.",
     [("Arcelor", "organization", "org.lexicon"), ("Corus", "organization", "org.lexicon")]),
    ("rating_agency_is_not_its_index", "Standard & Poor's warned. The Standard & Poor's 500-stock index fell.",
     [("Standard & Poor's", "organization", "org.lexicon")]),
    ("air_force_one_is_a_plane", "He flew on Air Force One to Osaka.", []),
]

EXAMPLES.extend(LIST_EXAMPLES + CONTEXT_EXAMPLES + NAME_SHAPE_EXAMPLES)

EXAMPLES.append(("x_of_y_with_comma_list", "Japan's Ministry of Agriculture, Forestry and Fisheries said.",
                 [("Ministry of Agriculture, Forestry and Fisheries", "organization", "org.x_of_y")]))

GAPS = [
    gap("singular_possessive_company", "Levy's Bakery on Main Street",
        [("Levy's Bakery", "organization", "org.suffix")],
        "a singular possessive opens no name, and 'Bakery' is no organisation noun"),
    gap("city_named_bank", "Mortgage lenders including the Halifax said",
        [("Halifax", "organization", "org.lexicon")],
        "a bank named after a city is not in the lexicon"),
    gap("company_unit_of_a_country", "Toyota Motor of Canada said",
        [("Toyota Motor of Canada", "organization", "org.lexicon_extended")],
        "only 'of America' extends a known name: 'Samsung of South Korea' says where a company is from"),
    gap("leaders_summit", "the Trump-Xi summit in Busan",
        [("Trump-Xi summit", "event", "event.bilateral")],
        "bilateral meetings are named by countries only, not by leaders"),
    gap("sino_prefix", "Sino-U.S. talks resumed",
        [("Sino-U.S. talks", "event", "event.bilateral")],
        "'Sino' is not a country name"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=case_id) for case_id, text, expected in EXAMPLES] + GAPS,
)
def test_examples(text, expected):
    assert [(m.text, m.kind, m.rule_id) for m in find_orgs(text)] == expected


NAME_EXAMPLES = [
    ("one_spelling", "The Bank of Japan held rates.", ["Bank of Japan"]),
    ("shortest_spelling_used", "The Bank of Japan held rates. The BOJ said inflation was firm.",
     ["BOJ", "BOJ"]),
    ("acronym_from_lexicon", "The World Trade Organization ruled. The WTO said appeals were frozen.",
     ["WTO", "WTO"]),
    ("acronym_defined_in_text", "the Consuming Industries Trade Action Coalition (CITAC) said.",
     ["CITAC", "CITAC"]),
    ("company_legal_name", "Nippon Steel Corp said. Nippon Steel will invest.",
     ["Nippon Steel", "Nippon Steel"]),
    ("different_orgs_stay_apart", "The Federal Reserve Bank of New York and the Fed disagreed.",
     ["Federal Reserve Bank of New York", "Fed"]),
    ("short_name_found_and_used", "Halvorsen Industries will cut jobs. Halvorsen expects a charge.",
     ["Halvorsen", "Halvorsen"]),
    ("longer_descriptive_name", "Suntech Power, the world's largest panel maker, fell. Suntech shares fell.",
     ["Suntech", "Suntech"]),
    ("electronics_unit_is_the_group", "LG Electronics fell. LG sold more.", ["LG", "LG"]),
    ("us_prefix_is_the_same_body", "The US Treasury said. The Treasury added.", ["Treasury", "Treasury"]),
    ("known_name_inside_a_legal_name", "Zhejiang Geely Holding Group bought a stake. Geely owns Volvo.",
     ["Geely", "Geely", "Volvo"]),
    ("sector_words_left_out", "Orchard Freight Lines will cut jobs. Orchard will keep its depot.",
     ["Orchard", "Orchard"]),
    ("acronym_written_as_a_word", "the Maharashtra Electricity Regulatory Commission (Merc) said. Merc approved it.",
     ["Merc", "Merc", "Merc"]),
    ("bracketed_word_that_is_no_acronym", "Toyota Motor Corp (Japan) said.", ["Toyota Motor Corp"]),
    ("place_is_not_the_short_name_of_its_operator",
     "Sales in Incheon International Airport rose, Incheon International Airport Corp. said.",
     ["Incheon International Airport Corp"]),
    ("grouping_long_and_short", "the Group of Seven met. The G7 said", ["G7", "G7"]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in NAME_EXAMPLES],
)
def test_names(text, expected):
    assert [m.name for m in find_orgs(text)] == expected


def test_name_is_the_text_without_the_or_possessive():
    (org,) = find_orgs("the Commerce Ministry's spokesman")
    assert (org.name, org.text) == ("Commerce Ministry", "Commerce Ministry")


SEED_ORGS = {
    "000_549d31f8cc5d14c5.txt": [
        ("G7 Summit", "event"), ("G7", "organization"), ("G7 Summit", "event"), ("G7", "organization"),
        ("U.S.–Japan trade negotiations", "event"),
    ],
    "002_0a834e919f4ad0f9.txt": [
        ("fifth round of trade talks", "event"), ("G7 summit", "event"), ("G7", "organization"),
        ("Asahi", "organization"), ("G7", "organization"),
    ],
}


@pytest.mark.parametrize("seed", sorted(SEED_ORGS))
def test_seed_body_orgs(seed):
    assert [(m.name, m.kind) for m in find_orgs(seed_body(seed))] == SEED_ORGS[seed]


def test_seed_sidebar_orgs_are_not_in_the_body():
    body = seed_body("000_549d31f8cc5d14c5.txt")
    assert "BOJ" not in {m.name for m in find_orgs(body)}


def test_dev_corpus_organizations():
    """The labelled dev articles list each organisation once, by its shortest spelling."""
    found = gold_total = hits = 0
    for gold_file in sorted(DEV_CORPUS.glob("*.gold.json")):
        gold = set(json.loads(gold_file.read_text(encoding="utf-8"))["organizations"])
        text = gold_file.with_name(gold_file.name.removesuffix(".gold.json") + ".txt").read_text(
            encoding="utf-8")
        got = {m.name for m in find_orgs(split_article(text).body_text) if m.kind == "organization"}
        found += len(got)
        gold_total += len(gold)
        hits += len(got & gold)
    assert gold_total > 100
    # 0.931 on dev 100-429 (280-369 and 370-429 added before tuning on them), 0.923 with 430-459 added untuned,
    # 0.9167 with 490-519 added untuned (session 7), 0.9179 with 520-549 added untuned, 0.9156 with 550-579
    # added untuned (session 8), 0.9162 with 580-639 added (session 9)
    assert hits / found >= 0.915
    # Unknown names without an organisation noun or a telling context ("Levy's Bakery", "Taj Mahal
    # Palace") and label conflicts (see the report of session 3) are most of what is missed: 0.885 on
    # dev 100-369 with the list, context and name-shape rules, 0.871 with 370-429 added untuned, 0.862 with 430-459, 0.8512 with 490-519, 0.8440 with 550-579 (session 8: its
    # writer lists companies and bodies the rules do not know), 0.8404 with 580-639 added (session 9); a floor.
    assert hits / gold_total >= 0.840


def test_lexicons_have_no_duplicates():
    for names in (lexicon_orgs.ORGANIZATIONS, lexicon_orgs.EVENTS):
        assert len(names) == len(set(names))
    assert not set(lexicon_orgs.ORGANIZATIONS) & set(lexicon_orgs.EVENTS)


TEXTS = st.one_of(
    st.text(),
    st.lists(st.sampled_from([
        "G7", "summit", "Summit", "fifth", "round", "of", "trade", "talks", "U.S.-Japan", "U.S.–Japan",
        "Ministry", "Commerce", "Department", "the", "Bank", "Japan", "Association", "Co", "Inc.",
        "newspaper", "news agency", "Asahi", "The", "Secretary", "'s", "’s", ",", "\n", "İ",
        "X", "on", "wrote", "Industries", "Halvorsen", "USA", "Coalition", "for", "and", "Workers'", "a",
        "importer", "Doug", "Ford", "Capital", "1157th", "Company",
        "shares", "Shares", "said", "it", "would", "Local", "431", "owned", "by", "which", "owns", "LVMH",
        "3rd", "Division", "Spain's", "Kawasaki", "Honda", "analysts", "at", "Group", "20", "Zhejiang", "Geely",
        "Holding", "(Merc)", "Chinese", "Foreign", "Ministry", "GM", "Korea",
    ]), max_size=30).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_offsets_point_at_the_text_and_do_not_overlap(text):
    orgs = find_orgs(text)
    for m in orgs:
        assert text[m.char_start:m.char_end] == m.text
        assert m.kind in ("organization", "event")
    # Mentions never overlap, except the grouping an event names ("G7" in "G7 summit").
    for kind in ("organization", "event"):
        same = [m for m in orgs if m.kind == kind]
        for a, b in zip(same, same[1:]):
            assert a.char_end <= b.char_start
    for m in orgs:
        if m.rule_id == "org.event_group":
            assert any(e.kind == "event" and e.char_start == m.char_start and e.char_end > m.char_end for e in orgs)
    assert [m.char_start for m in orgs] == sorted(m.char_start for m in orgs)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_deterministic(text):
    assert find_orgs(text) == find_orgs(text)
