"""People: names, roles, countries, surname links; seed articles; properties."""
from __future__ import annotations

from pathlib import Path

import json

import pycountry
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import lexicon_titles
from transforms.people import find_people, summarize_people
from transforms.places import find_places
from transforms.split import split_article
from warehouse.evaluate import same_role

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DEV_CORPUS = Path(__file__).resolve().parent / "corpus" / "dev"


def seed_body(name: str) -> str:
    """The article body: everything before the first run of two or more blank lines."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    return regex.split(r"\n[ \t]*\n[ \t]*\n", text, maxsplit=1)[0]


def seed_sidebar(name: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text[len(seed_body(name)):]


def gap(case_id, text, expected, reason):
    return pytest.param(text, expected, id=case_id, marks=pytest.mark.xfail(strict=True, reason=reason))


# (id, text, [(mention text, name, role, country, is_full_name, rule_id), ...])
EXAMPLES = [
    ("us_commerce_secretary", "U.S. Commerce Secretary Howard Lutnick said on Monday.",
     [("Howard Lutnick", "Howard Lutnick", "Commerce Secretary", "US", True, "person.title_name")]),
    ("possessive_country_lower_title", "Japan’s top trade negotiator, Ryosei Akazawa, and U.S. officials met.",
     [("Ryosei Akazawa", "Ryosei Akazawa", "top trade negotiator", "JP", True, "person.title_before")]),
    ("capital_as_country", "The talks resumed, according to Tokyo’s chief tariff negotiator Ryosei Akazawa.",
     [("Ryosei Akazawa", "Ryosei Akazawa", "chief tariff negotiator", "JP", True, "person.title_before")]),
    ("us_treasury_secretary", "U.S. Treasury Secretary Scott Bessent arrived in Tokyo.",
     [("Scott Bessent", "Scott Bessent", "Treasury Secretary", "US", True, "person.title_name")]),
    ("us_cabinet_title_implies_us", "Commerce Secretary Howard Lutnick arrived.",
     [("Howard Lutnick", "Howard Lutnick", "Commerce Secretary", "US", True, "person.title_name")]),
    ("us_title_other_country_wins", "British Trade Secretary Jonathan Reynolds said.",
     [("Jonathan Reynolds", "Jonathan Reynolds", "Trade Secretary", "GB", True, "person.title_name")]),
    ("demonym_prime_minister", "Japanese Prime Minister Shigeru Ishiba will meet him.",
     [("Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JP", True, "person.title_name")]),
    ("us_president", "He met U.S. President Donald Trump on Sunday.",
     [("Donald Trump", "Donald Trump", "President", "US", True, "person.title_name")]),
    ("known_leader_gives_country", "The call with President Donald Trump lasted an hour.",
     [("Donald Trump", "Donald Trump", "President", "US", True, "person.title_name")]),
    ("unknown_president_no_country", "President Jane Roe of the club spoke.",
     [("Jane Roe", "Jane Roe", "President", None, True, "person.title_name")]),
    ("possessive_country_capital_title", "Japan's Economic Revitalization Minister Ryosei Akazawa said.",
     [("Ryosei Akazawa", "Ryosei Akazawa", "Economic Revitalization Minister", "JP", True,
       "person.title_name")]),
    ("appositive_possessive_country",
     "Ryosei Akazawa, Japan's economic revitalization minister, said talks went well.",
     [("Ryosei Akazawa", "Ryosei Akazawa", "economic revitalization minister", "JP", True,
       "person.appositive")]),
    ("appositive_after_said", "The deal is close, said Jamieson Greer, the U.S. Trade Representative.",
     [("Jamieson Greer", "Jamieson Greer", "Trade Representative", "US", True, "person.appositive")]),
    ("appositive_eu", "Maros Sefcovic, the EU's trade commissioner, said on Friday.",
     [("Maros Sefcovic", "Maros Sefcovic", "trade commissioner", "EU", True, "person.appositive")]),
    ("diacritics_match_ascii_leader", "Maroš Šefčovič, the EU's trade commissioner, said on Friday.",
     [("Maroš Šefčovič", "Maroš Šefčovič", "trade commissioner", "EU", True, "person.appositive")]),
    ("lower_title_with_possessive_bloc", "the EU's trade chief Maros Sefcovic said.",
     [("Maros Sefcovic", "Maros Sefcovic", "trade chief", "EU", True, "person.title_before")]),
    ("company_qualifier", "Ford Motor Co Chief Executive Jim Farley said costs rose.",
     [("Jim Farley", "Jim Farley", "Ford Motor Co Chief Executive", None, True, "person.title_name")]),
    ("company_acronym_title", "WTO Director-General Ngozi Okonjo-Iweala said.",
     [("Ngozi Okonjo-Iweala", "Ngozi Okonjo-Iweala", "WTO Director-General", None, True,
       "person.title_name")]),
    ("surname_links_back", "Ryosei Akazawa met Lutnick. Akazawa had previously told reporters.",
     [("Ryosei Akazawa", "Ryosei Akazawa", None, "JP", True, "person.known_leader"),
      ("Lutnick", "Howard Lutnick", None, "US", False, "person.known_surname"),
      ("Akazawa", "Ryosei Akazawa", None, "JP", False, "person.surname")]),
    ("surname_of_unknown_person", "Sarah Levy, an economist, spoke first. Levy expects a deal.",
     [("Sarah Levy", "Sarah Levy", "economist", None, True, "person.appositive"),
      ("Levy", "Sarah Levy", None, None, False, "person.surname")]),
    ("possessive_surname", "Ryosei Akazawa flew in. Akazawa’s in-person meetings went well.",
     [("Ryosei Akazawa", "Ryosei Akazawa", None, "JP", True, "person.known_leader"),
      ("Akazawa", "Ryosei Akazawa", None, "JP", False, "person.surname")]),
    ("trump_administration_named_before", "Donald Trump spoke. The Trump administration said more.",
     [("Donald Trump", "Donald Trump", None, "US", True, "person.known_leader"),
      ("Trump", "Donald Trump", None, "US", False, "person.surname")]),
    # Before "administration" a leader's surname names a government, not a person (dev
    # 197: "The Clinton administration proposed"); a title before it gives the name as
    # written (dev 192: "President Reagan" is labelled "Reagan").
    ("trump_administration_never_named", "The Trump administration said more.", []),
    ("clinton_era_never_named", "Clinton-era tariffs were lifted.", []),
    ("administration_then_leader_speaks", "The Biden administration agreed. Biden said it was fair.",
     [("Biden", "Joe Biden", None, "US", False, "person.known_surname")]),
    ("title_before_known_surname_as_written",
     "It was imposed by President Reagan in 1983. Reagan is expected to visit.",
     [("Reagan", "Reagan", "President", "US", False, "person.title_name"),
      ("Reagan", "Reagan", None, "US", False, "person.surname")]),
    ("title_before_administration_still_named", "President Obama's administration said more.",
     [("Obama", "Obama", "President", "US", False, "person.title_name")]),
    ("economist_levy", "The economy is slowing, economist Sarah Levy said.",
     [("Sarah Levy", "Sarah Levy", "economist", None, True, "person.title_before")]),
    ("vice_premier_pronoun_like_name", "Vice Premier He Lifeng met Chinese Commerce Minister Wang Wentao.",
     [("He Lifeng", "He Lifeng", "Vice Premier", "CN", True, "person.title_name"),
      ("Wang Wentao", "Wang Wentao", "Commerce Minister", "CN", True, "person.title_name")]),
    ("leader_lower_title", "Chinese leader Xi Jinping said on Tuesday.",
     [("Xi Jinping", "Xi Jinping", "leader", "CN", True, "person.title_before")]),
    ("family_name_first_short", "Xi said the door was open.",
     [("Xi", "Xi Jinping", None, "CN", False, "person.known_surname")]),
    ("surname_first_then_full_name_renames",
     "President Reagan imposed it in 1983. President Ronald Reagan said on Friday. Reagan left.",
     [("Reagan", "Ronald Reagan", "President", "US", False, "person.title_name"),
      ("Ronald Reagan", "Ronald Reagan", "President", "US", True, "person.title_name"),
      ("Reagan", "Ronald Reagan", None, "US", False, "person.surname")]),
    ("particles", "European Commission President Ursula von der Leyen spoke. Later von der Leyen added more.",
     [("Ursula von der Leyen", "Ursula von der Leyen", "European Commission President", "EU", True,
       "person.title_name"),
      ("von der Leyen", "Ursula von der Leyen", None, "EU", False, "person.surname")]),
    ("particles_and_accents", "Brazilian President Luiz Inácio Lula da Silva said. Lula added.",
     [("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "President", "BR", True,
       "person.title_name"),
      ("Lula", "Luiz Inácio Lula da Silva", None, "BR", False, "person.surname")]),
    ("former_ustr", "Former U.S. Trade Representative Robert Lighthizer said.",
     [("Robert Lighthizer", "Robert Lighthizer", "Former Trade Representative", "US", True,
       "person.title_name")]),
    ("secretary_of_state", "Secretary of State Marco Rubio said.",
     [("Marco Rubio", "Marco Rubio", "Secretary of State", "US", True, "person.title_name")]),
    ("middle_initial", "George W. Bush said. Bush said again.",
     [("George W. Bush", "George W. Bush", None, "US", True, "person.known_leader"),
      ("Bush", "George W. Bush", None, "US", False, "person.surname")]),
    ("ambiguous_surname_needs_full_name", "Bush said the plan was sound.",
     []),
    ("honorific", "Mr. Akazawa said. Ms. Tai said.",
     [("Akazawa", "Ryosei Akazawa", None, "JP", False, "person.honorific"),
      ("Tai", "Katherine Tai", None, "US", False, "person.honorific")]),
    ("central_bank_governor", "Bank of Japan Governor Kazuo Ueda said. Ueda added.",
     [("Kazuo Ueda", "Kazuo Ueda", "Bank of Japan Governor", "JP", True, "person.title_name"),
      ("Ueda", "Kazuo Ueda", None, None, False, "person.surname")]),
    ("canada_pm", "Canadian Prime Minister Mark Carney said. Carney said.",
     [("Mark Carney", "Mark Carney", "Prime Minister", "CA", True, "person.title_name"),
      ("Carney", "Mark Carney", None, "CA", False, "person.surname")]),
    ("chief_cabinet_secretary", "Chief Cabinet Secretary Yoshimasa Hayashi told reporters.",
     [("Yoshimasa Hayashi", "Yoshimasa Hayashi", "Chief Cabinet Secretary", "JP", True,
       "person.title_name")]),
    ("senator", "The bill was drafted, said U.S. Senator Chuck Grassley.",
     [("Chuck Grassley", "Chuck Grassley", "Senator", "US", True, "person.title_name")]),
    ("analyst_appositive", "John Smith, a senior analyst at Capital Economics, said.",
     [("John Smith", "John Smith", "senior analyst", None, True, "person.appositive")]),
    ("speech_verb_only", "Tariffs will rise, Maria Gonzalez said.",
     [("Maria Gonzalez", "Maria Gonzalez", None, None, True, "person.speech_verb")]),
    ("repeat_full_name", "Sarah Levy, an economist, said. Sarah Levy added.",
     [("Sarah Levy", "Sarah Levy", "economist", None, True, "person.appositive"),
      ("Sarah Levy", "Sarah Levy", None, None, True, "person.repeat")]),
    ("bare_surname_with_title", "Taiwan's President Lai said.",
     [("Lai", "Lai", "President", "TW", False, "person.title_name")]),
    ("one_word_org_after_first_name", "The plan was expensive, said Michael Bloomberg.",
     [("Michael Bloomberg", "Michael Bloomberg", None, None, True, "person.speech_verb")]),
    ("confirmed_later_by_surname", "After 41 years, Harold Levy is retiring. Levy said he would fish.",
     [("Harold Levy", "Harold Levy", None, None, True, "person.confirmed_later"),
      ("Levy", "Harold Levy", None, None, False, "person.speech_verb")]),
    ("led_by", "The New Democratic Party, led by Jagmeet Singh, trailed.",
     [("Jagmeet Singh", "Jagmeet Singh", None, None, True, "person.led_by")]),
    ("of_state_after_name", "Representative Richard Gephardt of Missouri is pushing a bill.",
     [("Richard Gephardt", "Richard Gephardt", "Representative", "US", True, "person.title_name")]),
    ("province_qualifier", "Ontario Premier Doug Ford said the province would act.",
     [("Doug Ford", "Doug Ford", "Ontario Premier", "CA", True, "person.title_name")]),
    ("government_body_qualifier_in_role", "White House spokesman Marlin Fitzwater said.",
     [("Marlin Fitzwater", "Marlin Fitzwater", "White House spokesman", "US", True, "person.title_before")]),
    ("central_bank_qualifier", "Bundesbank President Karl Otto Poehl told a news conference.",
     [("Karl Otto Poehl", "Karl Otto Poehl", "Bundesbank President", "DE", True, "person.title_name")]),
    ("rank_word_before_title", "the trial of former President Jair Bolsonaro, whom he described",
     [("Jair Bolsonaro", "Jair Bolsonaro", "former President", "BR", True, "person.title_name")]),
    ("coordinated_portfolios", "Commerce and Industry Minister Piyush Goyal, who took charge",
     [("Piyush Goyal", "Piyush Goyal", "Commerce and Industry Minister", "IN", True,
       "person.title_name")]),
    ("minister_of_portfolio_before_name",
     "Japan's Minister of International Trade and Industry, Ryutaro Hashimoto, said.",
     [("Ryutaro Hashimoto", "Ryutaro Hashimoto", "Minister of International Trade and Industry", "JP",
       True, "person.title_before")]),
    ("appositive_employer_country",
     "Catherine Cobden, president of the Canadian Steel Producers Association, called it unfair.",
     [("Catherine Cobden", "Catherine Cobden", "president", "CA", True, "person.appositive")]),
    ("two_word_title", "Attorney General Dan Rayfield said.",
     [("Dan Rayfield", "Dan Rayfield", "Attorney General", None, True, "person.title_name")]),
    ("company_named_by_trade_is_not_a_person", "Norwegian power producer Nordvik Energi said on Tuesday.",
     []),
    ("headline_line_only_known_names",
     "U.S. Defense Chief Pete Hegseth Defends Controversial Second Strike on Suspected Vessel", []),
    ("headline_run_keeps_known_surnames", "Trump Claims He Will Void Biden Documents Signed with Autopen",
     [("Trump", "Donald Trump", None, "US", False, "person.known_surname"),
      ("Biden", "Joe Biden", None, "US", False, "person.known_surname")]),
    ("orgs_are_not_people", "Goldman Sachs said. Morgan Stanley said.", []),
    ("prime_minister_without_name", "The Prime Minister arrived.", []),
    ("streets_are_not_people", "He walked down Pennsylvania Avenue. Wall Street said.", []),
    ("headline_case", "Asian Markets Mixed as RBI Cuts Rates", []),
    ("title_alone", "The Commerce Secretary said.", []),
    ("sentence_initial_words", "Officials said. Japan said.", []),
    ("month_name", "In May, prices rose.", []),
    ("event_name", "They met at the G7 Summit in Canada.", []),
    ("places_are_not_people", "South Korea said. Hong Kong said.", []),
    ("title_word_before_a_thing", "He signed an Executive Order on Friday.", []),
    ("no_capitals", "prices rose sharply on friday.", []),
]

# Titles keep the organisation or region they belong to, never a country word; two
# titles, postings ("ambassador in Washington") and portfolios after "of".
TITLE_ORG_EXAMPLES = [
    ("role_keeps_commission",
     "European Commission President Ursula von der Leyen met U.S. Commerce Secretary Howard Lutnick.",
     [("Ursula von der Leyen", "Ursula von der Leyen", "European Commission President", "EU", True,
       "person.title_name"),
      ("Howard Lutnick", "Howard Lutnick", "Commerce Secretary", "US", True, "person.title_name")]),
    ("role_keeps_central_bank_drops_country",
     "U.S. Federal Reserve Chairman Alan Greenspan told Congress inflation was contained.",
     [("Alan Greenspan", "Alan Greenspan", "Federal Reserve Chairman", "US", True, "person.title_name")]),
    ("role_keeps_fed", "Fed Chair Jerome Powell said tariffs were pushing up some prices.",
     [("Jerome Powell", "Jerome Powell", "Fed Chair", "US", True, "person.title_name")]),
    ("role_keeps_boe_over_known_leader_country",
     "Bank of England Governor Mark Carney said Brexit had hurt investment.",
     [("Mark Carney", "Mark Carney", "Bank of England Governor", "GB", True, "person.title_name")]),
    ("role_keeps_ecb", "European Central Bank President Christine Lagarde said the euro zone would cope.",
     [("Christine Lagarde", "Christine Lagarde", "European Central Bank President", "EU", True,
       "person.title_name")]),
    ("role_keeps_ministry_drops_demonym",
     "Chinese Foreign Ministry spokesman Lin Jian said the tariffs broke WTO rules.",
     [("Lin Jian", "Lin Jian", "Foreign Ministry spokesman", "CN", True, "person.title_before")]),
    ("role_keeps_lowercase_ministry",
     "The Chinese commerce ministry spokesperson He Yadong said Beijing would respond.",
     [("He Yadong", "He Yadong", "commerce ministry spokesperson", "CN", True, "person.title_before")]),
    ("role_keeps_national_body", "Kremlin spokesman Dmitry Peskov said Moscow would study the measures.",
     [("Dmitry Peskov", "Dmitry Peskov", "Kremlin spokesman", "RU", True, "person.title_before")]),
    ("role_keeps_state", "California Gov. Gavin Newsom said the state would sue over the tariffs.",
     [("Gavin Newsom", "Gavin Newsom", "California Gov.", "US", True, "person.title_name")]),
    ("role_keeps_province_abbreviation", "B.C. Premier John Horgan said the lumber duties were unjustified.",
     [("John Horgan", "John Horgan", "B.C. Premier", "CA", True, "person.title_name")]),
    ("role_keeps_province", "Alberta Premier Danielle Smith said the province would keep selling oil.",
     [("Danielle Smith", "Danielle Smith", "Alberta Premier", "CA", True, "person.title_name")]),
    ("role_keeps_city_before_local_office", "Tokyo Governor Yuriko Koike said the city would help exporters.",
     [("Yuriko Koike", "Yuriko Koike", "Tokyo Governor", "JP", True, "person.title_name")]),
    ("role_drops_capital_before_national_office",
     "Beijing trade negotiator Wang Shouwen said talks would resume.",
     [("Wang Shouwen", "Wang Shouwen", "trade negotiator", "CN", True, "person.title_before")]),
    ("role_keeps_rank_and_body", "Former Fed Chair Janet Yellen said the tariffs were a mistake.",
     [("Janet Yellen", "Janet Yellen", "Former Fed Chair", "US", True, "person.title_name")]),
    ("role_drops_openers_and_country",
     "On Tuesday Japanese Prime Minister Shigeru Ishiba said Tokyo would negotiate.",
     [("Shigeru Ishiba", "Shigeru Ishiba", "Prime Minister", "JP", True, "person.title_name")]),
    ("role_drops_leader_name", "Trump adviser Stephen Miller said more tariffs were coming.",
     [("Trump", "Donald Trump", None, "US", False, "person.known_surname"),
      ("Stephen Miller", "Stephen Miller", "adviser", "US", True, "person.title_before")]),
    ("role_keeps_company", "Toyota President Akio Toyoda said carmakers would adapt.",
     [("Akio Toyoda", "Akio Toyoda", "Toyota President", None, True, "person.title_name")]),
    ("role_keeps_business_group",
     "Japan Business Federation Chairman Masakazu Tokura said exporters were worried.",
     [("Masakazu Tokura", "Masakazu Tokura", "Japan Business Federation Chairman", "JP", True,
       "person.title_name")]),
    ("role_keeps_party", "Labour Party leader Jeremy Corbyn said Britain should stay in the customs union.",
     [("Jeremy Corbyn", "Jeremy Corbyn", "Labour Party leader", "GB", True, "person.title_before")]),
    ("role_drops_bloc_code", "EC Farm Commissioner Frans Andriessen said the Community would retaliate.",
     [("Frans Andriessen", "Frans Andriessen", "Farm Commissioner", "EU", True, "person.title_name")]),
    ("role_coordinated_titles",
     "said Colm McLoughlin, executive vice chairman and chief executive of Dubai Duty Free.",
     [("Colm McLoughlin", "Colm McLoughlin", "executive vice chairman and chief executive", "AE", True,
       "person.appositive")]),
    ("role_director_general_of", "Tim Jarvis, Ofgem's director general of markets, said the rise was small.",
     [("Tim Jarvis", "Tim Jarvis", "director general of markets", "GB", True, "person.appositive")]),
    ("role_head_of_research", "Growth will slow, said Jane Foley, head of research at Rabobank.",
     [("Jane Foley", "Jane Foley", "head of research", None, True, "person.appositive")]),
    ("role_union_at_sentence_start",
     "Canadian autoworkers protested. Union leader Jerry Dias said Canada must retaliate.",
     [("Jerry Dias", "Jerry Dias", "leader", None, True, "person.title_before")]),
    ("role_rank_before_country_in_appositive",
     "Talks stalled, said Wendy Cutler, a former U.S. trade negotiator now at the Asia Society.",
     [("Wendy Cutler", "Wendy Cutler", "former trade negotiator", "US", True, "person.appositive")]),
    ("family_name_like_pronoun_after_title", "Commerce Ministry spokesperson He Yadong said.",
     [("He Yadong", "He Yadong", "Commerce Ministry spokesperson", None, True, "person.title_before")]),
    ("ministry_of_department_in_role",
     "Ministry of Commerce spokesperson He Yadong said China would respond.",
     [("He Yadong", "He Yadong", "Ministry of Commerce spokesperson", "CN", True, "person.title_before")]),
    ("coordinated_titles_before_name",
     "Today, the Deputy Prime Minister and Minister of Finance, Chrystia Freeland, announced new surtaxes.",
     [("Chrystia Freeland", "Chrystia Freeland", "Deputy Prime Minister and Minister of Finance", "CA",
       True, "person.title_before")]),
    ("minister_of_portfolio_list",
     "Canada's workers deserve a level playing field, said the Minister of Innovation, Science and "
     "Industry, François-Philippe Champagne.",
     [("François-Philippe Champagne", "François-Philippe Champagne",
       "Minister of Innovation, Science and Industry", "CA", True, "person.title_before")]),
    ("ambassador_posting_between_title_and_name",
     "Australia's ambassador in Washington, Kevin Rudd, has held talks.",
     [("Kevin Rudd", "Kevin Rudd", "ambassador", "AU", True, "person.title_before")]),
    ("posting_words_only_after_envoys", "The minister in Ottawa, Jane Doe, said talks would go on.",
     []),
    ("undersecretary_for_region",
     "Undersecretary for North America Jesús Seade said Mexico would press ahead.",
     [("Jesús Seade", "Jesús Seade", "Undersecretary for North America", "MX", True, "person.title_name")]),
    ("treasurer", "Australia's budget landed on Tuesday. Treasurer Jim Chalmers said banks would pay more.",
     [("Jim Chalmers", "Jim Chalmers", "Treasurer", "AU", True, "person.title_name")]),
    ("business_and_trade_secretary",
     "Business and Trade Secretary Jonathan Reynolds said the deal protected jobs.",
     [("Jonathan Reynolds", "Jonathan Reynolds", "Business and Trade Secretary", "GB", True,
       "person.title_name")]),
    ("region_and_portfolio_qualifier", "B.C. Forests Minister Dave Parker said jobs were at risk.",
     [("Dave Parker", "Dave Parker", "B.C. Forests Minister", "CA", True, "person.title_name")]),
    ("central_bank_president_role",
     "Brazil's central bank raised the Selic again. Central Bank President Gabriel Galípolo said "
     "inflation was too high.",
     [("Gabriel Galípolo", "Gabriel Galípolo", "Central Bank President", "BR", True, "person.title_name")]),
]

# Public offices take the country the article names most often before them (the nearest
# on a tie); U.S.-only titles, known leaders and an employer's stated owner give it outright.
ARTICLE_COUNTRY_EXAMPLES = [
    ("context_minister_earlier_paragraph",
     "Japan's economy grew 0.5% in the quarter.\nEconomy Minister Yoshitaka Shindo said spending was "
     "recovering.",
     [("Yoshitaka Shindo", "Yoshitaka Shindo", "Economy Minister", "JP", True, "person.title_name")]),
    ("context_capital_as_government",
     "Ottawa said it would respond in kind. Finance Minister Bill Morneau called the tariffs absurd.",
     [("Bill Morneau", "Bill Morneau", "Finance Minister", "CA", True, "person.title_name")]),
    ("context_minister_skips_us",
     "Canada's counter-tariffs on U.S. goods remain in place. Trade Minister Jim Carr said talks would "
     "continue.",
     [("Jim Carr", "Jim Carr", "Trade Minister", "CA", True, "person.title_name")]),
    ("context_minister_skips_eu",
     "Switzerland is not in the European Union. Economy Minister Guy Parmelin met Secretary of State Marco "
     "Rubio.",
     [("Guy Parmelin", "Guy Parmelin", "Economy Minister", "CH", True, "person.title_name"),
      ("Marco Rubio", "Marco Rubio", "Secretary of State", "US", True, "person.title_name")]),
    ("context_west_germany_1987",
     "West German exports rose 4 percent in 1987. Finance Minister Gerhard Stoltenberg said the mark was "
     "stable.",
     [("Gerhard Stoltenberg", "Gerhard Stoltenberg", "Finance Minister", "DE", True, "person.title_name")]),
    ("context_chancellor",
     "Austria's exports slowed in 1992. Chancellor Franz Vranitzky said Vienna would not seek new duties.",
     [("Franz Vranitzky", "Franz Vranitzky", "Chancellor", "AT", True, "person.title_name")]),
    ("context_premier_of_province",
     "Canadian lumber faces new U.S. duties. Premier Doug Ford said Ontario would retaliate.",
     [("Doug Ford", "Doug Ford", "Premier", "CA", True, "person.title_name")]),
    ("context_central_bank_in_sentence",
     "The Bank of Japan raised its rate to 0.25%, and Governor Kazuo Ueda signalled more increases.",
     [("Kazuo Ueda", "Kazuo Ueda", "Governor", "JP", True, "person.title_name")]),
    ("context_mp",
     "Britain will cut tariffs on U.S. cars. Conservative MP Liam Fox said the deal was overdue.",
     [("Liam Fox", "Liam Fox", "Conservative MP", "GB", True, "person.title_name")]),
    ("context_vice_president_unknown",
     "Brazilian exporters were hit hard. Vice President Geraldo Alckmin said Brasilia would negotiate.",
     [("Geraldo Alckmin", "Geraldo Alckmin", "Vice President", "BR", True, "person.title_name")]),
    ("context_spokesperson_after_ministry",
     "India's Ministry of External Affairs called the move unfair. Spokesperson Randhir Jaiswal said India "
     "would act.",
     [("Randhir Jaiswal", "Randhir Jaiswal", "Spokesperson", "IN", True, "person.title_name")]),
    ("context_ministry_owner_stated_earlier",
     "China's Commerce Ministry said it would retaliate against U.S. chicken. Commerce Ministry spokesman "
     "Gao Feng said the measures were legal.",
     [("Gao Feng", "Gao Feng", "Commerce Ministry spokesman", "CN", True, "person.title_before")]),
    ("context_spokesman_for_ministry",
     "Japan's exporters suffered. Kenji Suzuki, a spokesman for the Foreign Ministry, said Tokyo regretted "
     "the move.",
     [("Kenji Suzuki", "Kenji Suzuki", "spokesman", "JP", True, "person.appositive")]),
    ("context_military_rank",
     "The unit supported U.S. forces in Kuwait for nine months. Captain Maria Delgado said no one was hurt.",
     [("Maria Delgado", "Maria Delgado", "Captain", "US", True, "person.title_name")]),
    ("context_party_led_by", "The New Democratic Party, led by Jagmeet Singh, trailed in Canada's polls.",
     [("Jagmeet Singh", "Jagmeet Singh", None, "CA", True, "person.led_by")]),
    ("context_appositive_of_the_bloc",
     "Valdis Dombrovskis, trade commissioner of the European Union, said the bloc was ready.",
     [("Valdis Dombrovskis", "Valdis Dombrovskis", "trade commissioner", "EU", True, "person.appositive")]),
    ("context_appositive_possessive_bloc",
     "Pascal Lamy, the European Union's trade commissioner, said talks had stalled in 2003.",
     [("Pascal Lamy", "Pascal Lamy", "trade commissioner", "EU", True, "person.appositive")]),
    ("context_minister_1990s_demonym",
     "Indonesian Trade Minister Satrio Budiardjo Joedono said Jakarta welcomed the 1994 deal.",
     [("Satrio Budiardjo Joedono", "Satrio Budiardjo Joedono", "Trade Minister", "ID", True,
       "person.title_name")]),
    ("context_after_name_same_paragraph",
     "Prices rose. Spokesperson Mao Ning of the Foreign Ministry said China would respond.",
     [("Mao Ning", "Mao Ning", "Spokesperson", "CN", True, "person.title_name")]),
    ("us_sen_abbreviation", "Sen. Chuck Grassley said Iowa farmers were hurting.",
     [("Chuck Grassley", "Chuck Grassley", "Sen.", "US", True, "person.title_name")]),
    ("us_senator_in_japan_story", "Japanese cars flooded the market, Senator John Danforth said in 1985.",
     [("John Danforth", "John Danforth", "Senator", "US", True, "person.title_name")]),
    ("us_rep_abbreviation", "Rep. Richard Neal said the House would act.",
     [("Richard Neal", "Richard Neal", "Rep.", "US", True, "person.title_name")]),
    ("us_governor_of_state_after_name", "Gov. Gretchen Whitmer of Michigan said automakers were worried.",
     [("Gretchen Whitmer", "Gretchen Whitmer", "Gov.", "US", True, "person.title_name")]),
    ("us_governor_of_state_before_title", "Michigan Governor Gretchen Whitmer said automakers were worried.",
     [("Gretchen Whitmer", "Gretchen Whitmer", "Michigan Governor", "US", True, "person.title_name")]),
    ("known_vice_president", "Vice President Dan Quayle arrived in Tokyo in 1989. Quayle met Toshiki Kaifu.",
     [("Dan Quayle", "Dan Quayle", "Vice President", "US", True, "person.title_name"),
      ("Quayle", "Dan Quayle", None, "US", False, "person.surname"),
      ("Toshiki Kaifu", "Toshiki Kaifu", None, "JP", True, "person.known_leader")]),
    ("george_bush_alias",
     "President George Bush lost to Governor Bill Clinton of Arkansas. Bush said little.",
     [("George Bush", "George Bush", "President", "US", True, "person.title_name"),
      ("Bill Clinton", "Bill Clinton", "Governor", "US", True, "person.title_name"),
      ("Bush", "George Bush", None, "US", False, "person.surname")]),
    ("employer_owner_stated_elsewhere",
     "Norwegian power producer Nordvik Energi bought a stake. Nordvik chief executive Ingrid Solheim said "
     "the deal fit.",
     [("Ingrid Solheim", "Ingrid Solheim", "Nordvik chief executive", "NO", True, "person.title_before")]),
    ("employer_owner_stated_as_company_noun",
     "U.S. tech giant Apple said sales fell. Apple chief executive Tim Cook met officials in Beijing.",
     [("Tim Cook", "Tim Cook", "Apple chief executive", "US", True, "person.title_before")]),
    ("context_article_country_outweighs_last_sentence",
     "Australian winemakers cheered on Friday. China lifted its tariffs on Australian wine, citing "
     "changes in the Chinese market.\nTrade Minister Don Farrell said Australia had been patient.",
     [("Don Farrell", "Don Farrell", "Trade Minister", "AU", True, "person.title_name")]),
    ("context_most_named_country_wins",
     "Canada and Japan both protested. Japan said it would wait.\nTrade Minister Kenji Sato said talks "
     "would go on.",
     [("Kenji Sato", "Kenji Sato", "Trade Minister", "JP", True, "person.title_name")]),
    ("context_nearest_country_on_a_tie",
     "Japan and Canada both protested.\nTrade Minister Kenji Sato said talks would go on.",
     [("Kenji Sato", "Kenji Sato", "Trade Minister", "CA", True, "person.title_name")]),
    ("its_refers_to_national_body",
     "City economists blamed the Bundesbank. Its president, Helmut Schlesinger, declined to comment.",
     [("Helmut Schlesinger", "Helmut Schlesinger", "president", "DE", True, "person.title_before")]),
    ("bare_title_of_organisation_in_sentence_before",
     "The American Home Furnishings Alliance said it was disappointed. Chief executive Andy Counts said "
     "producers had invested.",
     [("Andy Counts", "Andy Counts", "Chief executive", "US", True, "person.title_before")]),
    ("governor_takes_central_bank_country",
     "The Bank of Canada cut its rate, warning of a trade war with the United States. Governor Tiff "
     "Macklem said tariffs were not in the forecast. Senior Deputy Governor Carolyn Rogers agreed.",
     [("Tiff Macklem", "Tiff Macklem", "Governor", "CA", True, "person.title_name"),
      ("Carolyn Rogers", "Carolyn Rogers", "Senior Deputy Governor", "CA", True, "person.title_name")]),
    ("parliament_body_in_title",
     "Liz Truss lost her seat to Labour. Commons leader Penny Mordaunt is also out.",
     [("Liz Truss", "Liz Truss", None, "GB", True, "person.known_leader"),
      ("Penny Mordaunt", "Penny Mordaunt", "Commons leader", "GB", True, "person.title_before")]),
    # A portfolio word before "Minister" is no employer: only governments have ministers.
    ("portfolio_minister_unknown_word",
     "Brazil cut its budget again.\nPlanning Minister Nelson Barbosa presented the numbers.",
     [("Nelson Barbosa", "Nelson Barbosa", "Planning Minister", "BR", True, "person.title_name")]),
    ("portfolio_minister_two_words",
     "South Africa's power utility is in crisis. Public Enterprises Minister Pravin Gordhan said a plan "
     "was ready.",
     [("Pravin Gordhan", "Pravin Gordhan", "Public Enterprises Minister", "ZA", True, "person.title_name")]),
    ("portfolio_minister_of_phrase",
     "Indonesia agreed a deal on Tuesday. Coordinating Minister for Economic Affairs Airlangga Hartarto "
     "led the talks.",
     [("Airlangga Hartarto", "Airlangga Hartarto", "Coordinating Minister for Economic Affairs", "ID", True,
       "person.title_name")]),
    ("portfolio_premier_1980s",
     "New Zealand lowered farm subsidies in 1985. Deputy Premier Geoffrey Palmer defended the plan.",
     [("Geoffrey Palmer", "Geoffrey Palmer", "Deputy Premier", "NZ", True, "person.title_name")]),
]

# Company, union and international titles never take the article's country.
NO_ARTICLE_COUNTRY_EXAMPLES = [
    ("employer_owner_in_appositive_after",
     "Prices fell, said Antonio Luque, president of Dcoop, the Spanish cooperative group.",
     [("Antonio Luque", "Antonio Luque", "president", "ES", True, "person.appositive")]),
    ("employer_owner_two_word_demonym_after",
     "Costs rose, said Sipho Nkosi, chairman of Exxaro, the South African coal miner.",
     [("Sipho Nkosi", "Sipho Nkosi", "chairman", "ZA", True, "person.appositive")]),
    ("employer_appositive_without_country",
     "Costs rose, said Jane Doyle, president of Vantor, the biggest maker of wire in Ohio.",
     [("Jane Doyle", "Jane Doyle", "president", None, True, "person.appositive")]),
    ("employer_appositive_hyphenated_place",
     "Costs rose, said Jane Doyle, president of Vantor, a Paris-based maker of wire.",
     [("Jane Doyle", "Jane Doyle", "president", None, True, "person.appositive")]),
    ("portfolio_rule_skips_company_heads",
     "Brazil cut its budget. Petrobras Chief Executive Maria Foster said output would rise.",
     [("Maria Foster", "Maria Foster", "Petrobras Chief Executive", None, True, "person.title_name")]),
    ("portfolio_rule_skips_company_president",
     "Chile raised royalties. Codelco President Octavio Araneda said costs were high.",
     [("Octavio Araneda", "Octavio Araneda", "Codelco President", None, True, "person.title_name")]),
    ("employer_owner_not_stated", "Nordvik chief executive Ingrid Solheim said the deal fit in Chile.",
     [("Ingrid Solheim", "Ingrid Solheim", "Nordvik chief executive", None, True, "person.title_before")]),
    ("company_title_takes_no_context", "Apple chief executive Tim Cook met officials in Beijing.",
     [("Tim Cook", "Tim Cook", "Apple chief executive", None, True, "person.title_before")]),
    ("bare_company_title_takes_no_context",
     "Japanese carmakers were hit. Chief executive Mary Barra said the U.S. plants would keep running.",
     [("Mary Barra", "Mary Barra", "Chief executive", None, True, "person.title_before")]),
    ("company_noun_before_title",
     "Canada's autoworkers protested, and union leader Jerry Dias said Canada must retaliate.",
     [("Jerry Dias", "Jerry Dias", "leader", None, True, "person.title_before")]),
    ("union_president_no_country",
     "The duties hurt steelmakers, said Leo Gerard, president of the United Steelworkers.",
     [("Leo Gerard", "Leo Gerard", "president", None, True, "person.appositive")]),
    ("international_body_no_country",
     "Ngozi Okonjo-Iweala, the WTO's director-general, said Geneva talks would resume.",
     [("Ngozi Okonjo-Iweala", "Ngozi Okonjo-Iweala", "director-general", None, True, "person.appositive")]),
    ("company_led_by_no_country", "The company, led by John Smith since 2015, exports to Canada.",
     [("John Smith", "John Smith", None, None, True, "person.led_by")]),
    ("spokesman_without_government_no_country",
     "Toyota said profits fell in Japan. Spokesman Hideaki Homma said costs rose.",
     [("Hideaki Homma", "Hideaki Homma", "Spokesman", None, True, "person.title_name")]),
    ("lowercase_specialist_is_not_a_rank", "A trade specialist, Jane Doe, said Canada was exposed.",
     [("Jane Doe", "Jane Doe", "trade specialist", None, True, "person.title_before")]),
    ("analyst_no_context",
     "Japan's exports fell. Analyst Jane Doe of Capital Economics said Japan would grow.",
     [("Jane Doe", "Jane Doe", "Analyst", None, True, "person.title_name")]),
    ("its_refers_to_association",
     "The United Steelworkers of America condemned the decision. Its president, Leo Gerard, said Bush "
     "had caved.",
     [("Leo Gerard", "Leo Gerard", "president", None, True, "person.title_before")]),
    ("bare_title_after_unnamed_company",
     "The company said most cuts would fall in Germany. Chief executive Dana Whitfield said the decision "
     "was painful.",
     [("Dana Whitfield", "Dana Whitfield", "Chief executive", None, True, "person.title_before")]),
    ("employer_region_is_not_a_country",
     "Jobs are at risk, said Kurt Niquidet, president of the B.C. Lumber Trade Council.",
     [("Kurt Niquidet", "Kurt Niquidet", "president", None, True, "person.appositive")]),
    ("lowercase_vice_president_is_a_job",
     "The United States imports drugs worth $212 billion. Alex Schriver, a senior vice president at the "
     "industry group PhRMA, said companies would invest.",
     [("Alex Schriver", "Alex Schriver", "senior vice president", None, True, "person.appositive")]),
    ("lowercase_president_appositive_is_a_job",
     "Canadian steel is hit. Jane Roe, president of Acme Steel, said costs rose.",
     [("Jane Roe", "Jane Roe", "president", None, True, "person.appositive")]),
]

# Words that look like something else inside names, and the reverse.
NAME_WORD_EXAMPLES = [
    ("all_caps_initials_after_title", "Governor JB Pritzker of Illinois said farmers would suffer.",
     [("JB Pritzker", "JB Pritzker", "Governor", "US", True, "person.title_name")]),
    ("initials_as_first_name_known", "Vice President JD Vance said.",
     [("JD Vance", "JD Vance", "Vice President", "US", True, "person.title_name")]),
    ("surname_like_a_colour", "Sarah White said the plan works.",
     [("Sarah White", "Sarah White", None, None, True, "person.speech_verb")]),
    ("bill_is_a_first_name", "Trade Minister Bill Morneau said. Morneau left.",
     [("Bill Morneau", "Bill Morneau", "Trade Minister", None, True, "person.title_name"),
      ("Morneau", "Bill Morneau", None, None, False, "person.surname")]),
    ("pronoun_after_title_is_not_a_name", "They told the spokesman He would call back.",
     []),
    ("white_house_is_not_a_person", "The White House said on Friday the deal was done.",
     []),
    ("research_firm_with_speech_verb", "Growth will slow, Capital Analytics said.",
     []),
    ("research_firm_ending", "Growth will slow, Pantheon Macroeconomics said.",
     []),
    ("org_suffix_is_not_a_name", "The American Home Furnishings Alliance said it was disappointed.",
     []),
    ("credit_line_names",
     "Shares of U.S. Steel fell.\n(Reporting by Daniel Marsh and Priya Natarajan; Editing by Tom Hollis)",
     [("Daniel Marsh", "Daniel Marsh", None, None, True, "person.credit"),
      ("Priya Natarajan", "Priya Natarajan", None, None, True, "person.credit"),
      ("Tom Hollis", "Tom Hollis", None, None, True, "person.credit")]),
    ("credit_line_with_city",
     "(Reporting by Martha Keane in Washington; Additional reporting by Lior Amsel; Editing by Rhys "
     "Holloway)",
     [("Martha Keane", "Martha Keane", None, None, True, "person.credit"),
      ("Lior Amsel", "Lior Amsel", None, None, True, "person.credit"),
      ("Rhys Holloway", "Rhys Holloway", None, None, True, "person.credit")]),
    ("by_without_credit_word", "The plan was drafted by Maria Lopez and approved in May.",
     []),
    ("honorific_sheikh", "Saudi Oil Minister Hisham Nazer replaced Sheikh Ahmed Zaki Yamani in 1986.",
     [("Hisham Nazer", "Hisham Nazer", "Oil Minister", "SA", True, "person.title_name"),
      ("Ahmed Zaki Yamani", "Ahmed Zaki Yamani", None, None, True, "person.honorific")]),
    ("city_with_speech_verb_is_not_a_person", "Paper exporters in São Paulo said they would lose a market.",
     []),
    ("employer_after_at_is_not_a_person", "Analysts at Itaú Unibanco said they expected a cut.",
     []),
    ("dotted_initials",
     "Exporters need relief, said S.C. Ralhan, president of the Federation of Indian Export Organisations.",
     [("S.C. Ralhan", "S.C. Ralhan", "president", "IN", True, "person.appositive")]),
]

# Generational suffixes belong to the full name; the surname still links back.
SUFFIX_EXAMPLES = [
    ("suffix_jr_before_appositive",
     '"It is a meltdown," said John J. Phelan Jr., chairman of the New York Stock Exchange.',
     [("John J. Phelan Jr.", "John J. Phelan Jr.", "chairman", None, True, "person.appositive")]),
    ("suffix_nyt_3d_then_surname",
     "Treasury Secretary James A. Baker 3d criticized Bonn. Baker said the dollar would fall.",
     [("James A. Baker 3d", "James A. Baker 3d", "Treasury Secretary", "US", True, "person.title_name"),
      ("Baker", "James A. Baker 3d", None, None, False, "person.surname")]),
    ("suffix_roman_numeral",
     "Commerce Secretary Wilbur Ross III said the duties would stay.",
     [("Wilbur Ross III", "Wilbur Ross III", "Commerce Secretary", "US", True, "person.title_name")]),
    ("suffix_comma_sr",
     "The plant is safe, said Mayor Robert Hale, Sr., who toured it.",
     [("Robert Hale, Sr.", "Robert Hale, Sr.", "Mayor", None, True, "person.title_name")]),
    ("no_suffix_roman_numeral_after_surname_alone",
     "Secretary of State Blinken II was not a thing; Secretary of State Antony Blinken IV neither.",
     [("Blinken", "Blinken", "Secretary of State", "US", False, "person.title_name"),
      ("Antony Blinken IV", "Antony Blinken IV", "Secretary of State", "US", True, "person.title_name")]),
    ("no_suffix_word_after_name", "Commerce Secretary Gina Raimondo IIIrd-quarter data arrived.",
     [("Gina Raimondo", "Gina Raimondo", "Commerce Secretary", "US", True, "person.title_name")]),
]

# Copy filed from a capital gives that country's officials bare titles, though the
# story may name the other side more often; the dateline breaks the tie between the
# countries named near the official, and is never a country by itself.
DATELINE_EXAMPLES = [
    ("dateline_mexico_city_secretary",
     "MEXICO CITY, Jan 3 (Reuters) - NAFTA scrapped Mexican tariffs on U.S. exports. U.S. farmers and "
     "U.S. carmakers cheered, and U.S. officials said more would come.\n"
     "Trade Secretary Jaime Serra Puche said Mexico would gain.",
     [("Jaime Serra Puche", "Jaime Serra Puche", "Trade Secretary", "MX", True, "person.title_name")]),
    ("dateline_ottawa_party_leader",
     "OTTAWA — Canada will drop counter-tariffs on U.S. goods. The U.S. tariffs on U.S.-bound steel "
     "remain.\nConservative Leader Pierre Poilievre accused the government of caving.",
     [("Pierre Poilievre", "Pierre Poilievre", "Conservative Leader", "CA", True, "person.title_name")]),
    ("dateline_istanbul_vice_president",
     "ISTANBUL — Turkey doubled tariffs on U.S. cars after the U.S. doubled its duties on Turkish steel. "
     "U.S. officials were unmoved.\nVice President Fuat Oktay said the increases were a response.",
     [("Fuat Oktay", "Fuat Oktay", "Vice President", "TR", True, "person.title_name")]),
    ("no_dateline_country_not_named_near",
     "BEIJING — Markets were calm.\nCanada's counter-tariffs on U.S. goods remain in place. "
     "Trade Minister Jim Carr said talks would continue.",
     [("Jim Carr", "Jim Carr", "Trade Minister", "CA", True, "person.title_name")]),
    ("no_dateline_in_lower_case_opening",
     "Mexico City officials said Mexico and the U.S. would talk. The U.S. and the U.S. and the U.S. "
     "agreed. Economy Secretary Ana Ruiz said so.",
     [("Ana Ruiz", "Ana Ruiz", "Economy Secretary", "US", True, "person.title_name")]),
]

# U.S. cabinet titles no other government writes the same way give the U.S.; a
# country the text names in the title still wins, and shared titles ("Defence Secretary",
# "Energy Secretary") take the article's country.
US_CABINET_EXAMPLES = [
    ("us_cabinet_defense_secretary_abroad",
     "Troops left Iraq. Defense Secretary Leon Panetta attended a ceremony in Baghdad.",
     [("Leon Panetta", "Leon Panetta", "Defense Secretary", "US", True, "person.title_name")]),
    ("us_cabinet_agriculture_secretary_in_china_story",
     "BEIJING — China hit U.S. pork. China said more could follow.\n"
     "Agriculture Secretary Sonny Perdue said China would come to the table.",
     [("Sonny Perdue", "Sonny Perdue", "Agriculture Secretary", "US", True, "person.title_name")]),
    ("us_cabinet_of_department", "Secretary of Homeland Security Kristi Noem said the border was shut.",
     [("Kristi Noem", "Kristi Noem", "Secretary of Homeland Security", "US", True, "person.title_name")]),
    ("us_cabinet_of_the_interior", "Secretary of the Interior Ryan Zinke toured the site.",
     [("Ryan Zinke", "Ryan Zinke", "Secretary of the Interior", "US", True, "person.title_name")]),
    ("us_cabinet_named_country_wins",
     "Mexico's Agriculture Secretary Victor Villalobos said tomato exports would suffer.",
     [("Victor Villalobos", "Victor Villalobos", "Agriculture Secretary", "MX", True,
       "person.title_name")]),
    ("no_us_cabinet_british_spelling",
     "Britain sent more jets. Defence Secretary John Healey met Iraqi officials in Baghdad.",
     [("John Healey", "John Healey", "Defence Secretary", "GB", True, "person.title_name")]),
    ("no_us_cabinet_shared_title",
     "Britain's grid is strained. Energy Secretary Ed Miliband said bills would fall.",
     [("Ed Miliband", "Ed Miliband", "Energy Secretary", "GB", True, "person.title_name")]),
    ("of_department_exchequer",
     "Britain's Chancellor of the Exchequer, Nigel Lawson, said the five had agreed.",
     [("Nigel Lawson", "Nigel Lawson", "Chancellor of the Exchequer", "GB", True, "person.title_before")]),
]

# Roles written as "of"-phrases: a formal (capitalized) title keeps the body it heads;
# a lower-case job title drops its employer, but keeps a bare "of" field before "at".
OF_PHRASE_EXAMPLES = [
    ("of_phrase_formal_title_keeps_body",
     "Jacques Delors, the President of the European Commission, said the treaty stood.",
     [("Jacques Delors", "Jacques Delors", "President of the European Commission", "EU", True,
       "person.appositive")]),
    ("of_phrase_formal_governor",
     "Mark Carney, the Governor of the Bank of England, said rates would rise.",
     [("Mark Carney", "Mark Carney", "Governor of the Bank of England", "GB", True, "person.appositive")]),
    ("of_phrase_field_before_employer",
     '"Ton-miles are exploding," said Lars Mikkelsen, head of tanker research at Nordic Shipbrokers.',
     [("Lars Mikkelsen", "Lars Mikkelsen", "head of tanker research", None, True, "person.appositive")]),
    ("no_of_phrase_lower_case_job",
     "Leo Gerard, president of the United Steelworkers, said jobs were at stake.",
     [("Leo Gerard", "Leo Gerard", "president", None, True, "person.appositive")]),
    ("no_of_phrase_article_in_field",
     "Wang Hejun, director of the trade remedy bureau at the ministry, said.",
     [("Wang Hejun", "Wang Hejun", "director", None, True, "person.appositive")]),
    ("no_of_phrase_without_employer", "Jane Roe, head of the family, said.",
     [("Jane Roe", "Jane Roe", "head", None, True, "person.appositive")]),
]

# Names whose first word reads as an English word or carries an apostrophe.
NAME_SHAPE_EXAMPLES = [
    ("pronoun_surname_before_appositive",
     "He Yongqian, a spokesperson for the Commerce Ministry, said Beijing had filed a complaint.",
     [("He Yongqian", "He Yongqian", "spokesperson", "CN", True, "person.appositive")]),
    ("no_pronoun_surname_without_title", "He Said, a novel, sold well. He Yongqian said so.", []),
    ("apostrophe_inside_given_name",
     "Indonesia's rupiah fell. Finance Minister Mar'ie Muhammad said the budget would be revised.",
     [("Mar'ie Muhammad", "Mar'ie Muhammad", "Finance Minister", "ID", True, "person.title_name")]),
    ("no_contraction_in_name", "They'll See Results, Jane Roe said.",
     [("Jane Roe", "Jane Roe", None, None, True, "person.speech_verb")]),
    ("no_apostrophe_possessive_in_name", "Finance Minister Sri Mulyani's budget passed.",
     [("Sri Mulyani", "Sri Mulyani", "Finance Minister", None, True, "person.title_name")]),
]

# Titles beyond government and business: rulers, clergy, activists; a ruler's title
# before an honorific is the role; Arabic "al-" names; leaders who share a surname
# and a country.
WIDER_TITLE_EXAMPLES = [
    ("emir_before_honorific",
     "The lira rallied after Qatar's Emir Sheikh Tamim bin Hamad al-Thani pledged $15 billion.",
     [("Tamim bin Hamad al-Thani", "Tamim bin Hamad al-Thani", "Emir", "QA", True, "person.title_name")]),
    ("honorific_alone_is_no_role", "Sheikh Tamim bin Hamad al-Thani met him.",
     [("Tamim bin Hamad al-Thani", "Tamim bin Hamad al-Thani", None, None, True, "person.honorific")]),
    ("pastor_appositive_demonym",
     "Ties were strained by the detention of Andrew Brunson, an American pastor who was held in Turkey.",
     [("Andrew Brunson", "Andrew Brunson", "pastor", "US", True, "person.appositive")]),
    ("activist_title_before", "Consumer activist Pratap Hogade said the hike was unjustified.",
     [("Pratap Hogade", "Pratap Hogade", "Consumer activist", None, True, "person.title_before")]),
    ("no_al_word_without_name", "The al-Qaeda group said it would respond.", []),
    ("general_secretary_appositive",
     "Trump agreed the deal in a call with To Lam, the general secretary of Vietnam's Communist Party.",
     [("Trump", "Donald Trump", None, "US", False, "person.known_surname"),
      ("To Lam", "To Lam", "general secretary", "VN", True, "person.appositive")]),
    ("no_general_as_modifier_of_company", "General Motors Chief Executive Mary Barra said.",
     [("Mary Barra", "Mary Barra", "General Motors Chief Executive", None, True, "person.title_name")]),
    ("shared_surname_one_country",
     "Iraq invaded Kuwait in August. President Bush doubled the size of forces in the Gulf.",
     [("Bush", "Bush", "President", "US", False, "person.title_name")]),
    ("no_shared_surname_of_one_leader", "Hong Kong is calm. Governor Lam said so.",
     [("Lam", "Lam", "Governor", "HK", False, "person.title_name")]),   # not To Lam's VN
    ("no_shared_surname_without_office", "Kuwait is hot, Kate Bush said.",
     [("Kate Bush", "Kate Bush", None, None, True, "person.speech_verb")]),
]

# Whose official: a central bank's board, a public body in an "of" appositive (a
# lower-case title there still serves the country named near), a national body whose name
# holds "and" ("National Development and Reform Commission"), and plural body nouns
# that never make a name.
BODY_COUNTRY_EXAMPLES = [
    ("central_bank_board_appositive",
     "Paul A. Volcker, the Federal Reserve Board chairman, attended the meeting.",
     [("Paul A. Volcker", "Paul A. Volcker", "Federal Reserve Board chairman", "US", True,
       "person.appositive")]),
    ("central_bank_qualifier", "Riksbank Governor Stefan Ingves said rates would stay.",
     [("Stefan Ingves", "Stefan Ingves", "Riksbank Governor", "SE", True, "person.title_name")]),
    ("public_body_appositive_lower_case_title",
     "China's economy grew 10.3%. \"Inflation is the concern,\" Ma Jiantang, commissioner of the "
     "National Bureau of Statistics, told a news conference.",
     [("Ma Jiantang", "Ma Jiantang", "commissioner", "CN", True, "person.appositive")]),
    ("no_public_body_company_appositive",
     "China's economy grew 10.3%. \"Sales are weak,\" said Cui Dongshu, secretary general of the "
     "Passenger Car Association.",
     [("Cui Dongshu", "Cui Dongshu", "secretary general", None, True, "person.appositive")]),
    ("no_person_plural_body_noun", "The American Trucking Associations warned that costs would rise.", []),
    ("employer_after_a_unit",
     "Wang Hejun, director of the trade remedy bureau at China's Commerce Ministry, said the margins "
     "were flawed.",
     [("Wang Hejun", "Wang Hejun", "director", "CN", True, "person.appositive")]),
    ("no_employer_unit_without_at", "Jane Roe, head of the research team, said the data were flawed.",
     [("Jane Roe", "Jane Roe", "head", None, True, "person.appositive")]),
    ("known_leader_beats_capital_nearby",
     "Washington and Moscow hope to convene the conference. Levy, at odds with hard-liners in Prime "
     "Minister Yitzhak Shamir's cabinet, said so.",
     [("Yitzhak Shamir", "Yitzhak Shamir", "Prime Minister", "IL", True, "person.title_name")]),
    ('national_body_name_with_and',
     'U.S. tariffs were halved. In Beijing, Ning Jizhe, vice chairman of the National Development and Reform Commission, said the deal would help.',
     [('Ning Jizhe', 'Ning Jizhe', 'vice chairman', 'CN', True, 'person.appositive')]),
    ('national_body_by_short_name',
     'Exports fell. Lian Weiliang, deputy head of the NDRC, said demand was weak.',
     [('Lian Weiliang', 'Lian Weiliang', 'deputy head', 'CN', True, 'person.appositive')]),
    ('no_country_for_a_company_name_with_and',
     'U.S. tariffs were halved. In Beijing, Jane Roe, chief executive of Procter and Gamble, said the deal would help.',
     [('Jane Roe', 'Jane Roe', 'chief executive', None, True, 'person.appositive')]),
]

# A title still to be taken up is a title: "-designate", "-in-waiting", "-elect".
PENDING_TITLE_EXAMPLES = [
    ('pending_role_suffix_designate',
     'Prime Minister-designate Mark Carney, who will be sworn in on Friday, said he was ready.',
     [('Mark Carney', 'Mark Carney', 'Prime Minister-designate', 'CA', True, 'person.title_name')]),
    ('pending_role_suffix_in_waiting',
     'German Chancellor-in-waiting Friedrich Merz said Europe had shown it could act.',
     [('Friedrich Merz', 'Friedrich Merz', 'Chancellor-in-waiting', 'DE', True, 'person.title_name')]),
    ('pending_role_suffix_lower_case',
     "Canada's prime minister-designate, Mark Carney, said he was ready.",
     [('Mark Carney', 'Mark Carney', 'prime minister-designate', 'CA', True, 'person.title_before')]),
    ('no_pending_role_suffix_on_a_non_title',
     'Shares of Co-designate Holdings rose 3% on Monday.',
     []),
]

# A court is a public body: its justices serve the article's country.
COURT_EXAMPLES = [
    ('court_justice_serves_the_country',
     "BRASILIA - Brazil's exports fell. The U.S. Treasury imposed sanctions on Supreme Court Justice Alexandre de Moraes, who oversees the case in Brazil.",
     [('Alexandre de Moraes', 'Alexandre de Moraes', 'Supreme Court Justice', 'BR', True, 'person.title_name')]),
    ('no_court_outside_the_title',
     "BRASILIA - Brazil's exports fell. Jane Roe, chief executive of Acme, told the Supreme Court she would appeal.",
     [('Jane Roe', 'Jane Roe', 'chief executive', None, True, 'person.appositive')]),
]

# A nationality before a private person's description ("Chinese billionaire").
NATIONALITY_EXAMPLES = [
    ('nationality_before_billionaire',
     'Chinese billionaire Li Shufu, the founder and chairman of Zhejiang Geely Holding Group, has bought a stake in Daimler.',
     [('Li Shufu', 'Li Shufu', 'founder and chairman', 'CN', True, 'person.appositive')]),
    ('nationality_before_billionaire_with_field',
     'Mexican telecom billionaire Carlos Slim said he would invest.',
     [('Carlos Slim', 'Carlos Slim', None, 'MX', True, 'person.speech_verb')]),
    ('no_nationality_bare_billionaire',
     'The billionaire Warren Buffett said he would invest.',
     [('Warren Buffett', 'Warren Buffett', None, None, True, 'person.speech_verb')]),
]

# A party's leader serves the country the party runs in.
PARTY_EXAMPLES = [
    ('party_leader_of_phrase',
     "Canada's dollar fell. Lucien Bouchard, leader of the Bloc Quebecois in the House of Commons, told supporters.",
     [('Lucien Bouchard', 'Lucien Bouchard', 'leader', 'CA', True, 'person.appositive')]),
    ('no_party_company_of_phrase',
     "Canada's dollar fell. Jane Roe, leader of the Acme Workers Group, told supporters.",
     [('Jane Roe', 'Jane Roe', 'leader', None, True, 'person.appositive')]),
]

# A company head takes the country the text gives the company: after "Inc.," and adjectives, or the
# organisation of the sentence before an "Its president".
COMPANY_OWNER_EXAMPLES = [
    ('owner_after_company_suffix_and_adjective',
     'Harley-Davidson Inc., the last American motorcycle maker, asked for help. "We can compete," Vaughn L. Beals Jr., Harley-Davidson\'s chairman and chief executive, said.',
     [('Vaughn L. Beals Jr.', 'Vaughn L. Beals Jr.', 'chairman and chief executive', 'US', True, 'person.appositive')]),
    ('no_owner_after_a_unit_of',
     "Acme Corp., a unit of Japan's Sony, said sales fell. Acme's chief executive, Tom Jones, said so.",
     [('Tom Jones', 'Tom Jones', 'chief executive', None, True, 'person.title_before')]),
    ('its_title_after_owned_org_appositive',
     "Exports are worth 3.8 billion euros, according to FEVS, the French wine and spirits exporters' federation. Its president, Gabriel Picard, called on Brussels to act.",
     [('Gabriel Picard', 'Gabriel Picard', 'president', 'FR', True, 'person.title_before')]),
    ('its_title_after_owner_before_company',
     'Shares of Brazilian planemaker Embraer jumped. Its chief executive, Francisco Gomes Neto, had warned of losses.',
     [('Francisco Gomes Neto', 'Francisco Gomes Neto', 'chief executive', 'BR', True, 'person.title_before')]),
    ('no_its_title_owner_not_stated',
     'Shares of planemaker Embraer jumped in Brazil. Its chief executive, Francisco Gomes Neto, had warned of losses.',
     [('Francisco Gomes Neto', 'Francisco Gomes Neto', 'chief executive', None, True, 'person.title_before')]),
    ('no_its_title_owner_two_sentences_back',
     "FEVS, the French exporters' federation, met. Sales fell. Prices rose. Its president, Gabriel Picard, spoke.",
     [('Gabriel Picard', 'Gabriel Picard', 'president', None, True, 'person.title_before')]),
]

# Copy filed from a town, not a capital, is that town's story: its mayor, its premier and the
# soldiers in it serve the town's country however often the story names the war abroad. U.S.
# states and "Town, Wis." count for the U.S. like any place. Ministers, governors near a central
# bank and a capital's dateline keep the other rules; lower-case "specialist" is no rank.
LOCAL_STORY_EXAMPLES = [
    ('us_town_dateline_mayor',
     'TOLEDO — Reservists will ship out to Saudi Arabia, the third call-up since Iraq invaded Kuwait.\nThe city has a similar policy, Mayor Donna Owens said.',
     [('Donna Owens', 'Donna Owens', 'Mayor', 'US', True, 'person.title_name')]),
    ('us_town_dateline_rank',
     'TOLEDO — Reservists will ship out to Saudi Arabia, the third call-up since Iraq invaded Kuwait.\n"We are ready," said Capt. Ellen Marsh, the company commander.',
     [('Ellen Marsh', 'Ellen Marsh', 'Capt.', 'US', True, 'person.title_name')]),
    ('us_town_state_dateline_rank',
     'KILLEEN, Texas — The last convoy rolled out of Iraq and into Kuwait, and Iraq thanked Kuwait.\nStaff Sgt. Luis Ortega held his son.',
     [('Luis Ortega', 'Luis Ortega', 'Staff Sgt.', 'US', True, 'person.title_name')]),
    ('us_state_named_before_rank',
     'FORT HOOD — The brigade is back in Central Texas after leaving Iraq, and Texas officials and El Paso families cheered.\n"It\'s a good feeling," said Col. Mark Hensley.',
     [('Mark Hensley', 'Mark Hensley', 'Col.', 'US', True, 'person.title_name')]),
    ('town_dateline_premier',
     'MONTREAL — Quebecers rejected independence by the narrowest of margins.\nPremier Jacques Parizeau conceded defeat.',
     [('Jacques Parizeau', 'Jacques Parizeau', 'Premier', 'CA', True, 'person.title_name')]),
    ('no_capital_dateline_for_local_office',
     "TOKYO — Canada's exports will rise, Canadian farmers said.\nPremier Doug Ford said he was pleased.",
     [('Doug Ford', 'Doug Ford', 'Premier', 'CA', True, 'person.title_name')]),
    ('no_dateline_for_a_governor_near_a_central_bank',
     'TOLEDO — The Bank of Japan raised rates.\nGovernor Kazuo Ueda said more would come.',
     [('Kazuo Ueda', 'Kazuo Ueda', 'Governor', 'JP', True, 'person.title_name')]),
    ('no_town_dateline_for_a_minister',
     'DETROIT — Japan agreed to cut tariffs on U.S. cars, and Japanese automakers cheered.\nEconomy Minister Yoji Muto said the deal was fair.',
     [('Yoji Muto', 'Yoji Muto', 'Economy Minister', 'JP', True, 'person.title_name')]),
    ('no_lower_case_rank',
     'TOLEDO — Iraq invaded Kuwait. A trade specialist, Jane Roe, said prices rose.',
     [('Jane Roe', 'Jane Roe', 'trade specialist', None, True, 'person.title_before')]),
    ('no_state_in_a_person_story_abroad',
     "TOKYO — Japan's exports to Texas rose. Trade Minister Ken Saito said so.",
     [('Ken Saito', 'Ken Saito', 'Trade Minister', 'JP', True, 'person.title_name')]),
    ('rank_abbreviations_and_rank_modifiers',
     'KILLEEN, Texas — The brigade came home from Iraq.\nSpc. Tyler Ames and Brig. Gen. Jane Roe said they were glad.',
     [('Tyler Ames', 'Tyler Ames', 'Spc.', 'US', True, 'person.title_name'),
      ('Jane Roe', 'Jane Roe', 'Brig. Gen.', 'US', True, 'person.title_name')]),
    ('rank_modifier_master',
     'TOLEDO — Iraq invaded Kuwait. Master Sgt. John Doe said he was ready.',
     [('John Doe', 'John Doe', 'Master Sgt.', 'US', True, 'person.title_name')]),
    ('no_rank_from_staff_before_a_job',
     'Staff writer Jane Roe said prices rose in Ohio.',
     [('Jane Roe', 'Jane Roe', None, None, True, 'person.speech_verb')]),
]

# A state or province of the U.S., Canada, Australia, India or Brazil in the title gives its
# country; a name two countries give a subdivision ("Punjab") gives none, and a company
# named after a state is not the state's.
SUBDIVISION_EXAMPLES = [
    ('indian_state_chief_minister',
     'MUMBAI — Power demand rose.\nMaharashtra Chief Minister Eknath Shinde said tariffs would stay.',
     [('Eknath Shinde', 'Eknath Shinde', 'Maharashtra Chief Minister', 'IN', True, 'person.title_name')]),
    ('brazilian_state_governor',
     'Coffee exports fell. Minas Gerais Governor Romeu Zema said farmers would suffer.',
     [('Romeu Zema', 'Romeu Zema', 'Minas Gerais Governor', 'BR', True, 'person.title_name')]),
    ('canadian_province_premier_in_a_us_story',
     'WASHINGTON — U.S. tariffs on U.S. imports of steel rose. Quebec Premier Francois Legault said it was unfair.',
     [('Francois Legault', 'Francois Legault', 'Quebec Premier', 'CA', True, 'person.title_name')]),
    ('no_state_shared_by_two_countries',
     'Exports fell. Punjab Chief Minister Jane Roe said farmers would suffer.',
     [('Jane Roe', 'Jane Roe', 'Punjab Chief Minister', None, True, 'person.title_name')]),
    ('no_state_for_a_company_head',
     'Exports fell. Jane Roe, chief executive of the Kerala Spice Company, said farmers would suffer.',
     [('Jane Roe', 'Jane Roe', 'chief executive', None, True, 'person.appositive')]),
]

# Session 4: offices whose country the title leaves to the article or to whose aide they are.
PUBLIC_OFFICE_EXAMPLES = [
    ("central_bank_president_is_an_office",
     "Chile's central bank cut rates on Friday. \"Inflation has fallen,\" central bank President "
     "Rosanna Costa said.",
     [("Rosanna Costa", "Rosanna Costa", "President", "CL", True, "person.title_name")]),
    ("investment_bank_president_is_a_job",
     "Chile's banks rallied. Its investment bank President Ana Souza said costs rose.",
     [("Ana Souza", "Ana Souza", "President", None, True, "person.title_name")]),
    ("aide_of_a_named_official",
     "South Africa's exports fell. President Cyril Ramaphosa's spokesman, Vincent Magwenya, said "
     "talks went on.",
     [("Cyril Ramaphosa", "Cyril Ramaphosa", "President", "ZA", True, "person.title_name"),
      ("Vincent Magwenya", "Vincent Magwenya", "spokesman", "ZA", True, "person.title_before")]),
    ("aide_of_a_named_executive",
     "Apple reported results. Chief executive Tim Cook's spokesman, Jane Doe, said sales rose.",
     [("Tim Cook", "Tim Cook", "Chief executive", None, True, "person.title_before"),
      ("Jane Doe", "Jane Doe", "spokesman", None, True, "person.title_before")]),
    ("portfolio_words_before_secretary",
     "India raised duties on Wednesday. Economic Affairs Secretary Subhash Chandra Garg said more "
     "could follow.",
     [("Subhash Chandra Garg", "Subhash Chandra Garg", "Economic Affairs Secretary", "IN", True,
       "person.title_name")]),
    ("department_words_before_a_company_title",
     "India's Acme Corp reported results. Investor Relations Director Jane Doe said sales rose.",
     [("Jane Doe", "Jane Doe", "Investor Relations Director", None, True, "person.title_name")]),
    ("dateline_country_when_nothing_named_before",
     "LONDON — A tax on soft drinks came into force on Friday. It was announced by former Chancellor "
     "George Osborne in 2016.",
     [("George Osborne", "George Osborne", "former Chancellor", "GB", True, "person.title_name")]),
    ("no_dateline_nothing_named_no_country",
     "A tax on soft drinks came into force on Friday. It was announced by former Chancellor "
     "George Osborne in 2016.",
     [("George Osborne", "George Osborne", "former Chancellor", None, True, "person.title_name")]),
    ("dateline_country_over_the_countries_near",
     "TAIPEI — Taiwan's exporters will face a 20% U.S. tariff. South Korea's rate is 15%, and Japan's "
     "too.\nCheng Li-chiun, the vice premier, said talks would go on.",
     [("Cheng Li-chiun", "Cheng Li-chiun", "vice premier", "TW", True, "person.appositive")]),
    ("us_cabinet_title_in_a_story_without_the_us",
     "Some 1,200 Marines arrived in Davao, the southern Philippine city, on Friday. Defense Secretary "
     "Delfin Lorenzana met them.",
     [("Delfin Lorenzana", "Delfin Lorenzana", "Defense Secretary", "PH", True, "person.title_name")]),
    ("us_cabinet_title_travels_with_a_foreign_dateline",
     "BEIJING — China imposed tariffs on U.S. pork on Monday.\nAgriculture Secretary Sonny Perdue said "
     "China would come to the table.",
     [("Sonny Perdue", "Sonny Perdue", "Agriculture Secretary", "US", True, "person.title_name")]),
    ("us_cabinet_title_from_a_secretaries_capital",
     "MEXICO CITY, Dec 15 (Reuters) - Mexico will cut its top import tariff to 20 pct from 40 pct, a "
     "move the United States welcomed.\nCommerce Secretary Hector Hernandez said producers would "
     "have to compete.",
     [("Hector Hernandez", "Hector Hernandez", "Commerce Secretary", "MX", True, "person.title_name")]),
    ("title_case_adviser_is_an_office",
     "DHAKA – Bangladesh's garment exporters warned of losses.\nCommerce Adviser Sk Bashir Uddin said "
     "Dhaka had made an offer.",
     [("Sk Bashir Uddin", "Sk Bashir Uddin", "Commerce Adviser", "BD", True, "person.title_name")]),
    ("lower_case_adviser_is_a_job",
     "Bangladesh's exporters warned of losses. Jane Roe, an adviser at Acme, said costs rose.",
     [("Jane Roe", "Jane Roe", "adviser", None, True, "person.appositive")]),
    ("company_adviser_is_a_job",
     "Bangladesh's exporters warned of losses. Acme adviser Jane Roe said costs rose.",
     [("Jane Roe", "Jane Roe", "Acme adviser", None, True, "person.title_before")]),
]

# Session 4: the country a text gives an employer named in the appositive.
EMPLOYER_COUNTRY_EXAMPLES = [
    ("employer_based_in_a_city",
     "Richard Garneau, chief executive of Montreal-based Resolute, said the company would pass on costs.",
     [("Richard Garneau", "Richard Garneau", "chief executive", "CA", True, "person.appositive")]),
    ("employer_based_in_a_state",
     "John Roe, chief executive of Ohio-based Acme, said sales rose.",
     [("John Roe", "John Roe", "chief executive", "US", True, "person.appositive")]),
    ("employer_before_its_acronym",
     "\"One point is one point,\" said Sergio Ortiz-Luis Jr., president of the Philippine Exporters "
     "Confederation (Philexport).",
     [("Sergio Ortiz-Luis Jr.", "Sergio Ortiz-Luis Jr.", "president", "PH", True, "person.appositive")]),
    ("employer_in_a_country",
     "Jane Doe, president of the Fruit Growers Association in Chile, said prices fell.",
     [("Jane Doe", "Jane Doe", "president", "CL", True, "person.appositive")]),
    ("employer_acronym_says_no_country",
     "Jane Doe, president of the Fruit Growers Association (FGA), said prices fell.",
     [("Jane Doe", "Jane Doe", "president", None, True, "person.appositive")]),
    ("its_president_of_a_possessive_owner",
     "Anfavea, Brazil's carmakers' association, had lobbied for more. Its president, Márcio de Lima "
     "Leite, said the decision was right.",
     [("Márcio de Lima Leite", "Márcio de Lima Leite", "president", "BR", True, "person.title_before")]),
    ("organisation_possessive_before_title",
     "Abiove, Brazil's oilseed crushers' association, said exports rose. Abiove's executive president, "
     "André Nassar, said margins fell.",
     [("André Nassar", "André Nassar", "executive president", "BR", True, "person.title_before")]),
    ("organisation_possessive_with_no_owner",
     "Acme reported results. Acme's chief executive, Jane Doe, said sales rose.",
     [("Jane Doe", "Jane Doe", "chief executive", None, True, "person.title_before")]),
    ("employer_named_longer_with_its_owner",
     "RUSTENBURG – The union accepted a deal at Marula Ridge Platinum, South Africa's fourth-largest "
     "producer.\nMarula Ridge chief executive Pieter du Toit said costs would rise.",
     [("Pieter du Toit", "Pieter du Toit", "Marula Ridge chief executive", "ZA", True,
       "person.title_before")]),
    ("acronym_spelled_out_earlier",
     "The move follows talks with the Central Bank of Kenya (CBK), which acted on Monday. CBK Governor "
     "Patrick Njoroge said transfers would help.",
     [("Patrick Njoroge", "Patrick Njoroge", "CBK Governor", "KE", True, "person.title_name")]),
    ("acronym_spelled_out_without_a_country",
     "Talks with the Gem and Jewellery Export Promotion Council (GJEPC) went on. GJEPC chairman Kirit "
     "Bhansali said.",
     [("Kirit Bhansali", "Kirit Bhansali", "GJEPC chairman", None, True, "person.title_before")]),
    ("its_director_of_a_country_possessive_body",
     "Germany's BSW solar industry association warned of job losses. Its managing director, Carsten "
     "Körnig, said the change hurt.",
     [("Carsten Körnig", "Carsten Körnig", "managing director", "DE", True, "person.title_before")]),
    ("its_director_of_a_company_possessive_body",
     "Acme's BSW unit warned of job losses. Its managing director, Jane Roe, said the change hurt.",
     [("Jane Roe", "Jane Roe", "managing director", None, True, "person.title_before")]),
    ("employer_of_a_city",
     "Gene Seroka, executive director of the Port of Los Angeles, put it bluntly.",
     [("Gene Seroka", "Gene Seroka", "executive director", "US", True, "person.appositive")]),
    ("employer_is_a_public_authority",
     "C.S. Rao, chairman of the Insurance Regulatory and Development Authority, said insurers would "
     "file rates. India cut duties.",
     [("C.S. Rao", "C.S. Rao", "chairman", "IN", True, "person.appositive")]),
    ("employer_is_a_private_council",
     "C.S. Rao, chairman of the Insurance Brokers Council, said brokers would file rates. India cut "
     "duties.",
     [("C.S. Rao", "C.S. Rao", "chairman", None, True, "person.appositive")]),
    ("executive_speaks_for_the_company_his_clause_opens_with",
     "Interim chief executive Michael Joseph said Safaricom, Kenya's largest telecoms operator, would "
     "absorb the lost revenue.",
     [("Michael Joseph", "Michael Joseph", "Interim chief executive", "KE", True, "person.title_before")]),
    ("executive_on_a_rival_company",
     "Chief executive Jane Roe said rival Acme, Kenya's largest telecoms operator, would gain.",
     [("Jane Roe", "Jane Roe", "Chief executive", None, True, "person.title_before")]),
    ("executive_of_a_named_company_on_another",
     "Acme's chief executive Jane Roe said Safaricom, Kenya's largest operator, would gain.",
     [("Jane Roe", "Jane Roe", "chief executive", None, True, "person.title_before")]),
]

# Session 4: surnames that are places, and names longer than the known-leaders table's.
PLACE_SURNAME_EXAMPLES = [
    ("place_surname_after_titled_given_name",
     "The franc soared. Chairman Thomas Jordan said the policy was no longer justified.",
     [("Thomas Jordan", "Thomas Jordan", "Chairman", None, True, "person.title_name")]),
    ("place_after_a_particle",
     "Its president, Márcio de Lima Leite, said the decision was right.",
     [("Márcio de Lima Leite", "Márcio de Lima Leite", "president", None, True, "person.title_before")]),
    ("known_leader_written_longer",
     "President Fernando Collor de Mello said. Collor said more.",
     [("Fernando Collor de Mello", "Fernando Collor de Mello", "President", "BR", True, "person.title_name"),
      ("Collor", "Fernando Collor de Mello", None, None, False, "person.surname")]),
    ("place_after_a_known_leader_is_no_surname",
     "President Donald Trump Japan visit",
     [("Donald Trump", "Donald Trump", "President", "US", True, "person.title_name")]),
]

# Session 4: honorifics between a title and the name, and roles after an honorific.
HONORIFIC_EXAMPLES = [
    ("malaysian_honorifics_after_a_title",
     "Energy Minister Datuk Seri Dr Maximus Ongkili said most users would see no change.",
     [("Maximus Ongkili", "Maximus Ongkili", "Energy Minister", None, True, "person.title_name")]),
    ("malaysian_honorific_before_a_name",
     "Datuk Seri Najib Razak said subsidies would go.",
     [("Najib Razak", "Najib Razak", None, None, True, "person.honorific")]),
    ("sri_opens_a_name",
     "Finance Minister Sri Mulyani Indrawati said.",
     [("Sri Mulyani Indrawati", "Sri Mulyani Indrawati", "Finance Minister", None, True,
       "person.title_name")]),
    ("honorific_then_appositive_role",
     "Dr Alison Tedstone, chief nutritionist at Public Health England, said the levy worked.",
     [("Alison Tedstone", "Alison Tedstone", "chief nutritionist", "GB", True, "person.appositive")]),
    ("honorific_alone",
     "Dr. Jane Roe said the levy worked.",
     [("Jane Roe", "Jane Roe", None, None, True, "person.honorific")]),
    ("statistician_general_is_an_office",
     "Nigeria's economy grew. Statistician-General Yemi Kale said farming expanded.",
     [("Yemi Kale", "Yemi Kale", "Statistician-General", "NG", True, "person.title_name")]),
]

# Session 4: lists of portfolios in a title, and a rank before the country word.
PORTFOLIO_LIST_EXAMPLES = [
    ("portfolio_list_before_minister",
     "Trade, Industry and Competition Minister Parks Tau said Pretoria had tabled an offer.",
     [("Parks Tau", "Parks Tau", "Trade, Industry and Competition Minister", "ZA", True,
       "person.title_name")]),
    ("portfolio_list_with_a_two_word_portfolio",
     "Energy, Green Technology and Water Minister Datuk Seri Dr Maximus Ongkili said.",
     [("Maximus Ongkili", "Maximus Ongkili", "Energy, Green Technology and Water Minister", None, True,
       "person.title_name")]),
    ("portfolio_list_in_an_appositive",
     "Takeo Hiranuma, the economy, trade and industry minister, told reporters.",
     [("Takeo Hiranuma", "Takeo Hiranuma", "economy, trade and industry minister", None, True,
       "person.appositive")]),
    ("a_list_of_countries_is_no_portfolio",
     "Canada, Mexico and Trade Minister Jim Carr said.",
     [("Jim Carr", "Jim Carr", "Trade Minister", "MX", True, "person.title_name")]),
    ("a_day_is_no_portfolio",
     "On Tuesday, Trade Minister Jim Carr said.",
     [("Jim Carr", "Jim Carr", "Trade Minister", None, True, "person.title_name")]),
    ("lower_case_rank_before_the_country",
     "\"We will not tolerate it,\" acting U.S. Trade Representative Charlene Barshefsky said.",
     [("Charlene Barshefsky", "Charlene Barshefsky", "acting Trade Representative", "US", True,
       "person.title_name")]),
    ("lower_case_portfolio_secretary_is_a_minister",
     "LONDON — Britain put a 35% tariff on Russian goods.\nAnne-Marie Trevelyan, the international "
     "trade secretary, said the measures would bite.",
     [("Anne-Marie Trevelyan", "Anne-Marie Trevelyan", "international trade secretary", "GB", True,
       "person.appositive")]),
    ("general_secretary_of_a_union_is_no_minister",
     "The union won a 7% rise. Joseph Levy, the union's general secretary, said members agreed.",
     [("Joseph Levy", "Joseph Levy", "general secretary", None, True, "person.appositive")]),
    ("commission_portfolio_in_an_appositive",
     "Mario Monti, the EU's single market commissioner, said the change was right.",
     [("Mario Monti", "Mario Monti", "single market commissioner", "EU", True, "person.appositive")]),
    ("minister_for_a_public_portfolio",
     "Minister for Public Enterprise Mary O'Rourke said the Government had fought.",
     [("Mary O'Rourke", "Mary O'Rourke", "Minister for Public Enterprise", None, True,
       "person.title_name")]),
    ("vice_president_for_a_portfolio",
     "Stéphane Séjourné, the executive vice-president for industrial strategy, said.",
     [("Stéphane Séjourné", "Stéphane Séjourné", "executive vice-president for industrial strategy", None,
       True, "person.appositive")]),
]

# Job nouns and organisation words that news copy of any kind uses (a club, a farm
# co-operative, a board member, a shop's owner), missing from the title lexicon.
JOB_WORD_EXAMPLES = [
    ("owner_before_the_name_is_a_role",
     "At the plant, owner Dan Ruddock said costs rose.",
     [("Dan Ruddock", "Dan Ruddock", "owner", None, True, "person.title_before")]),
    ("owner_in_an_appositive",
     "Jane Roe, the owner of Roe Orchards, said the fruit would rot.",
     [("Jane Roe", "Jane Roe", "owner", None, True, "person.appositive"),
      ("Roe", "Jane Roe", None, None, False, "person.surname")]),
    ("owners_in_general_name_no_one",
     "Home owners in Leeds said prices rose.", []),
    ("non_executive_director_in_an_appositive",
     "Tom Hale, a non-executive director appointed in May, will chair the board.",
     [("Tom Hale", "Tom Hale", "non-executive director", None, True, "person.appositive")]),
    ("league_after_a_title_word_is_no_surname",
     "Manchester United, the Premier League club, said it would appeal.", []),
    ("relations_in_a_ministry_title_is_no_surname",
     "Vice Minister of Foreign Economic Relations and Trade Zhou Min said China would act.",
     [("Zhou Min", "Zhou Min", "Vice Minister of Foreign Economic Relations and Trade", "CN", True,
       "person.title_before")]),
    ("farms_ends_a_company_name",
     "Kiwi Fern Farms said it expected costs to be shared.", []),
]

# "Under Secretary" is one two-word title, and written so (not "Under-Secretary",
# not "Undersecretary") it is a U.S. department's.
UNDER_SECRETARY_EXAMPLES = [
    ("under_secretary_before_the_name",
     "Japan agreed. \"It is fair,\" Under Secretary for Industry and Security Jeffrey Kessler said.",
     [("Jeffrey Kessler", "Jeffrey Kessler", "Under Secretary for Industry and Security", "US", True,
       "person.title_before")]),
    ("under_secretary_in_a_run_after_its_department",
     "Japan agreed, Commerce Under Secretary for International Trade Bruce Smart told reporters.",
     [("Bruce Smart", "Bruce Smart", "Commerce Under Secretary for International Trade", "US", True,
       "person.title_name")]),
    ("under_secretary_in_an_appositive",
     "Jeffrey Kessler, the Under Secretary for Industry and Security, said.",
     [("Jeffrey Kessler", "Jeffrey Kessler", "Under Secretary for Industry and Security", "US", True,
       "person.appositive")]),
    ("under_as_a_preposition_stays_out",
     "Under President Bill Clinton, tariffs fell.",
     [("Bill Clinton", "Bill Clinton", "President", "US", True, "person.title_name")]),
    ("one_word_undersecretary_is_not_washingtons",
     "Mexico agreed. Undersecretary for North America Jesus Seade said.",
     [("Jesus Seade", "Jesus Seade", "Undersecretary for North America", "MX", True, "person.title_name")]),
    ("hyphenated_under_secretary_is_not_washingtons",
     "Britain agreed. Parliamentary Under-Secretary of State Lord Offord said.",
     [("Lord Offord", "Lord Offord", "Parliamentary Under-Secretary of State", "GB", True,
       "person.title_name")]),
]

# A private person introduced by a relative clause or an age before the speech verb:
# the verb still vouches for the name.
CLAUSE_BEFORE_VERB_EXAMPLES = [
    ("who_clause_before_said",
     "Tom Harlow, who runs about 2,000 head of cattle near Emerald, said buyers had not changed.",
     [("Tom Harlow", "Tom Harlow", None, None, True, "person.speech_verb")]),
    ("age_before_said",
     "Ann Cole, 54, said she was worried.",
     [("Ann Cole", "Ann Cole", None, None, True, "person.speech_verb")]),
    ("which_clause_is_a_company",
     "Kiwi Fern Exports, which ships lamb, said costs rose.", []),
    ("said_inside_the_clause_is_not_the_name_speaking",
     "Ann Cole, who said prices rose, left.", []),
]

# A later reference by the first two words of a longer name ("Tengku Zafrul" for
# "Tengku Zafrul Aziz") is that person, not a new one.
NAME_HEAD_EXAMPLES = [
    ("first_two_words_refer_back",
     "Trade Minister Tengku Zafrul Aziz said the rate was fair. Tengku Zafrul told reporters talks "
     "would go on.",
     [("Tengku Zafrul Aziz", "Tengku Zafrul Aziz", "Trade Minister", None, True, "person.title_name"),
      ("Tengku Zafrul", "Tengku Zafrul Aziz", None, None, True, "person.repeat")]),
    ("same_first_words_other_surname_is_another_person",
     "Economy Minister Ana Maria Lopez spoke. Ana Maria Ruiz said prices fell.",
     [("Ana Maria Lopez", "Ana Maria Lopez", "Economy Minister", None, True, "person.title_name"),
      ("Ana Maria Ruiz", "Ana Maria Ruiz", None, None, True, "person.speech_verb")]),
]

# A department after "of" in a run may hold portfolio words, a public body and "and":
# the title runs to the last of them, and the name starts after.
DEPARTMENT_RUN_EXAMPLES = [
    ("national_body_after_of",
     "The vote was close. Speaker of the National Assembly Kim Jin-pyo said Korea would act.",
     [("Kim Jin-pyo", "Kim Jin-pyo", "Speaker of the National Assembly", "KR", True, "person.title_name")]),
    ("national_portfolio_after_of",
     "Minister of National Defence Peter Mackay said Canada would act.",
     [("Peter Mackay", "Peter Mackay", "Minister of National Defence", "CA", True, "person.title_name")]),
    ("a_trailing_and_is_not_the_department",
     "Minister of Finance and the Economy Bruno Le Maire said France would act.",
     [("Bruno Le Maire", "Bruno Le Maire", "Minister of Finance and the Economy", "FR", True,
       "person.title_before")]),
    ("portfolio_list_with_commas_after_of",
     "\"It applies,\" Minister for Enterprise, Trade and Employment Peter Burke said in Dublin.",
     [("Peter Burke", "Peter Burke", "Minister for Enterprise, Trade and Employment", "IE", True,
       "person.title_before")]),
    ("portfolio_list_with_a_national_portfolio",
     "Minister of Budget and National Planning Udo Udoma said growth returned.",
     [("Udo Udoma", "Udo Udoma", "Minister of Budget and National Planning", None, True,
       "person.title_before")]),
    ("a_name_after_of_is_no_portfolio_list",
     "Minister for Trade Dan Tehan and Energy Minister Angus Taylor said.",
     [("Dan Tehan", "Dan Tehan", "Minister for Trade", None, True, "person.title_name"),
      ("Angus Taylor", "Angus Taylor", "Energy Minister", None, True, "person.title_name")]),
]

# Members of a parliament, titled by its initials: "Latvian MEP", "MSP", "MLA".
LEGISLATOR_EXAMPLES = [
    ("mep_with_a_nationality_before",
     "\"We cannot keep paying,\" said Latvian MEP Inese Vaidere, who steered the bill.",
     [("Inese Vaidere", "Inese Vaidere", "MEP", "LV", True, "person.title_name")]),
    ("mep_in_an_appositive",
     "Bernd Lange, a German MEP, said the vote was close.",
     [("Bernd Lange", "Bernd Lange", "MEP", "DE", True, "person.appositive")]),
    ("mep_is_no_us_office",
     "WASHINGTON, May 2 (Reuters) - MEP Bernd Lange said the vote was close.",
     [("Bernd Lange", "Bernd Lange", "MEP", None, True, "person.title_name")]),
]

# Officials of a multilateral body serve no country, even one the leader table knows
# them by; an acronym the text spells out as a public body is a government's.
BODY_OF_TITLE_EXAMPLES = [
    ("international_body_beats_the_leader_table",
     "WTO Director-General Pascal Lamy called Russia's entry a milestone.",
     [("Pascal Lamy", "Pascal Lamy", "WTO Director-General", None, True, "person.title_name")]),
    ("the_leader_table_still_gives_a_plain_name_its_country",
     "Pascal Lamy said the talks would resume.",
     [("Pascal Lamy", "Pascal Lamy", None, "EU", True, "person.known_leader")]),
    ("spelled_out_authority_is_a_public_body",
     "NAIROBI — The Energy and Petroleum Regulatory Authority (EPRA) approved new tariffs.\n"
     "EPRA Director-General Daniel Kiptoo said the review was needed.",
     [("Daniel Kiptoo", "Daniel Kiptoo", "EPRA Director-General", "KE", True, "person.title_name")]),
    ("spelled_out_company_is_no_public_body",
     "NAIROBI — The East African Breweries Limited (EABL) raised prices.\n"
     "EABL Director-General Daniel Kiptoo said costs rose.",
     [("Daniel Kiptoo", "Daniel Kiptoo", "EABL Director-General", None, True, "person.title_name")]),
]

# A capitalized run right after "the" names a body, whatever verb follows it; and
# "and" inside a portfolio joins two of its words.
ARTICLE_BEFORE_EXAMPLES = [
    ("the_before_a_run_is_a_body",
     "They help Border Patrol agents return.\nThe Border Patrol says apprehensions fell.", []),
    ("the_in_mid_sentence_is_a_body",
     "In Tucson, the Border Patrol said apprehensions fell.", []),
    ("a_name_after_a_newline_still_speaks",
     "Prices rose.\nMaria Lopez said she would wait.",
     [("Maria Lopez", "Maria Lopez", None, None, True, "person.speech_verb")]),
    ("economic_and_monetary_affairs_is_one_portfolio",
     "\"This is welcome,\" Olli Rehn, the EU's commissioner for economic and monetary affairs, said.",
     [("Olli Rehn", "Olli Rehn", "commissioner for economic and monetary affairs", "EU", True,
       "person.appositive")]),
]

# A job after the name with a word of its trade before it, when the employer follows:
# "a commodities analyst at Citi", "a tanker broker at Galbraith Wrightson".
TRADE_WORD_JOB_EXAMPLES = [
    ("trade_word_before_a_job_at_an_employer",
     "\"Owners are naming their price,\" said Peter Dunlop, a tanker broker at Galbraith Wrightson.",
     [("Peter Dunlop", "Peter Dunlop", "tanker broker", None, True, "person.appositive")]),
    ("trade_word_before_an_analyst_at_a_bank",
     "Jane Doe, a commodities analyst at Citi, said prices rose.",
     [("Jane Doe", "Jane Doe", "commodities analyst", None, True, "person.appositive")]),
    ("trade_word_without_an_employer_is_no_role",
     "Peter Dunlop, a tanker broker, said so.", []),
]

# "Its managing director": the organisation that opens the sentence before, when its
# name opens with a country ("Kenya Power posted a loss.").
ITS_SUBJECT_EXAMPLES = [
    ("its_head_takes_the_country_opening_the_subject",
     "Kenya Power posted a loss last year. Its managing director, Joseph Siror, said tariffs would help.",
     [("Joseph Siror", "Joseph Siror", "managing director", "KE", True, "person.title_before")]),
    ("its_head_of_a_subject_without_a_country_has_none",
     "Acme Power posted a loss last year. Its managing director, Joseph Siror, said tariffs would help.",
     [("Joseph Siror", "Joseph Siror", "managing director", None, True, "person.title_before")]),
]

OPPOSITION_TITLE_EXAMPLES = [
    ("leader_of_the_opposition_is_a_title",
     "Leader of the Opposition Ravi Menon said the plan would fail.\n"
     "The Indian economy grew 6%, and India's exports rose.",
     [("Ravi Menon", "Ravi Menon", "Leader of the Opposition", "IN", True, "person.title_name")]),
    ("opposition_leader_still_reads_as_before",
     "Opposition Leader Ravi Menon said the plan would fail in India.",
     [("Ravi Menon", "Ravi Menon", "Opposition Leader", "IN", True, "person.title_name")]),
]

# An official with no country named before them, no dateline and nothing after in
# the paragraph: the country the rest of the story names as whose, not where.
LATER_COUNTRY_EXAMPLES = [
    ("official_takes_the_country_the_story_names_later",
     "Defence Secretary Alan Whitby thanked the crews.\nThey flew home on Friday.\n"
     "About 900 soldiers served with the British force, according to the ministry.",
     [("Alan Whitby", "Alan Whitby", "Defence Secretary", "GB", True, "person.title_name")]),
    ("rank_takes_the_country_the_story_names_later",
     "Corporal Ann Lowe, 31, said the tour had been hard.\nThe Dutch battalion returns in May.",
     [("Ann Lowe", "Ann Lowe", "Corporal", "NL", True, "person.title_name")]),
    ("a_place_named_only_as_where_gives_no_country",
     "Defence Secretary Alan Whitby thanked the crews.\nThe ships sailed to Cyprus.",
     [("Alan Whitby", "Alan Whitby", "Defence Secretary", None, True, "person.title_name")]),
    ("a_company_head_takes_no_country_from_the_story",
     "Chief executive Mark Hollis said the firm was ready.\nThe British market is small.",
     [("Mark Hollis", "Mark Hollis", "Chief executive", None, True, "person.title_before")]),
    ("nothing_named_gives_no_country",
     "Defence Secretary Alan Whitby thanked the crews.",
     [("Alan Whitby", "Alan Whitby", "Defence Secretary", None, True, "person.title_name")]),
]

# Session 7: classes of the 490-519 batch, with counter-examples.
SESSION7_EXAMPLES = [
    ("association_named_for_a_country_after_of",
     "John Banham, director-general of the Confederation of British Industry, said the move would hurt.",
     [("John Banham", "John Banham", "director-general", "GB", True, "person.appositive")]),
    ("association_named_for_a_country_after_of_the_first_one",
     "Amit Mitra, secretary general of the Federation of Indian Chambers of Commerce and Industry, "
     "said the budget was sound.",
     [("Amit Mitra", "Amit Mitra", "secretary general", "IN", True, "person.appositive")]),
    ("association_named_for_no_country",
     "Jane Roe, president of the Council on Foreign Relations, said the talks would fail.",
     [("Jane Roe", "Jane Roe", "president", None, True, "person.appositive")]),
    ("association_named_for_a_trade_not_a_country",
     "Jane Roe, president of the Federation of Steel Importers, said the talks would fail.",
     [("Jane Roe", "Jane Roe", "president", None, True, "person.appositive")]),
    ("national_body_opens_the_employer",
     "Gene Sperling, director of the White House National Economic Council, also took part.",
     [("Gene Sperling", "Gene Sperling", "director", "US", True, "person.appositive")]),
    ("house_speaker_is_a_us_office",
     "House Speaker Paul Ryan said tariffs were not the way to go.",
     [("Paul Ryan", "Paul Ryan", "House Speaker", "US", True, "person.title_name")]),
    ("senate_majority_leader_is_a_us_office",
     "Senate Majority Leader Mitch McConnell said the deal was good.",
     [("Mitch McConnell", "Mitch McConnell", "Senate Majority Leader", "US", True, "person.title_name")]),
    ("house_speaker_in_manila_copy_is_manilas",
     "MANILA - The Philippines will cut rice tariffs. House Speaker Martin Romualdez said the cut would help.",
     [("Martin Romualdez", "Martin Romualdez", "House Speaker", "PH", True, "person.title_name")]),
    ("town_mayor_takes_the_story_country",
     "WINDSOR, Ont. - Canada said it would respond. Windsor Mayor Drew Dilkens said the city was relieved.",
     [("Drew Dilkens", "Drew Dilkens", "Windsor Mayor", "CA", True, "person.title_name")]),
    ("whose_clause_before_the_speech_verb",
     "Mark Heinrich, whose family has grown grapes near Angaston for five generations, said smaller "
     "producers would struggle.",
     [("Mark Heinrich", "Mark Heinrich", None, None, True, "person.speech_verb")]),
    ("whose_clause_after_a_company_is_no_person",
     "Goldman Sachs, whose shares fell 2%, said profits rose.", []),
    ("directed_by_names_a_person",
     "Directed by Shawn Levy, the film opened well.",
     [("Shawn Levy", "Shawn Levy", None, None, True, "person.led_by")]),
    ("directed_by_a_company_is_no_person",
     "The shipments directed by Acme Steel rose.", []),
    ("structure_after_a_title_is_no_person",
     "About a quarter of the trade crosses the Ambassador Bridge and the tunnel.", []),
    ("surname_after_the_same_title_still_is",
     "Ambassador Craft said the talks went well.",
     [("Craft", "Craft", "Ambassador", None, False, "person.title_name")]),
    ("movement_ends_a_group_name",
     "Consumer group Water for All Refund Movement said the companies were passing on costs.", []),
    ("carmaker_named_like_a_person",
     "Aston Martin said on Friday it would limit the cars it sends to the U.S.", []),
    ("two_family_names_repeat_a_spanish_name",
     "Mexican Trade Secretary Jaime Serra Puche said the duties were fair. Serra Puche noted more.",
     [("Jaime Serra Puche", "Jaime Serra Puche", "Trade Secretary", "MX", True, "person.title_name"),
      ("Serra Puche", "Jaime Serra Puche", None, None, True, "person.repeat")]),
    ("another_given_name_with_the_last_family_name_is_another_person",
     "Mexican Trade Secretary Jaime Serra Puche said the duties were fair. Maria Puche, a lawyer, "
     "said more.",
     [("Jaime Serra Puche", "Jaime Serra Puche", "Trade Secretary", "MX", True, "person.title_name"),
      ("Maria Puche", "Maria Puche", "lawyer", None, True, "person.appositive")]),
    ("joined_association_name_before_a_lower_case_title",
     "Australian Grape and Wine chief executive Tony Battaglene said China bought less.",
     [("Tony Battaglene", "Tony Battaglene", "Australian Grape and Wine chief executive", "AU", True,
       "person.title_before")]),
    ("ampersand_company_name_before_a_lower_case_title",
     "Procter & Gamble chief executive Jon Moeller said prices would rise.",
     [("Jon Moeller", "Jon Moeller", "Procter & Gamble chief executive", None, True, "person.title_before")]),
    ("joined_qualifier_stops_at_the_person_before",
     "The deal was signed by Renault chairman Louis Schweitzer and Nissan president Yoshikazu Hanawa.",
     [("Louis Schweitzer", "Louis Schweitzer", "Renault chairman", None, True, "person.title_before"),
      ("Yoshikazu Hanawa", "Yoshikazu Hanawa", "Nissan president", None, True, "person.title_before")]),
    ("a_regulator_serves_the_story_country",
     "Manila Water will raise rates in the Philippines. \"These are regular adjustments,\" said "
     "MWSS chief regulator Emmanuel Caparas.",
     [("Emmanuel Caparas", "Emmanuel Caparas", "MWSS chief regulator", "PH", True, "person.title_before")]),
    ("a_regulator_body_after_the_word_is_no_person",
     "Britain said prices would fall. The energy regulator Ofgem said bills would rise.", []),
    ("company_before_a_local_word_takes_no_country",
     "Canada said it would respond. Toyota president Akio Toyoda said costs would rise.",
     [("Akio Toyoda", "Akio Toyoda", "Toyota president", None, True, "person.title_before")]),
]

GAPS = [
    gap("surname_is_a_country", "Michael Jordan said he liked it.",
        [("Michael Jordan", "Michael Jordan", None, None, True, "person.speech_verb")],
        "country names are never name words"),
    gap("spokesman_for_named_company_before_name",
        "Japan raised rates, and a spokesman for Toyota, Hideaki Homma, said costs would rise.",
        [("Hideaki Homma", "Hideaki Homma", "spokesman", None, True, "person.title_before")],
        "'for <organisation>,' between a title and the name hides the title"),
    gap("nearest_country_is_the_target",
        "Beijing's duties on Canadian canola took effect. "
        "Commerce Ministry spokesman He Yadong said they were lawful.",
        [("He Yadong", "He Yadong", "Commerce Ministry spokesman", "CN", True, "person.title_before")],
        "the country named closest before an official can be the target of the measure"),
    gap("us_title_before_an_appositive_country",
        "Senator Penny Wong, Australia's foreign minister, said Canberra would respond.",
        [("Penny Wong", "Penny Wong", "Senator", "AU", True, "person.title_name")],
        "a title before the name wins over the appositive after it, and 'Senator' reads as U.S."),
    gap("municipal_committee_official",
        "Households in Kestrel Bay, South Africa, face higher water tariffs. "
        "Finance committee chairperson Nomvula Dlamini said pipes leak.",
        [("Nomvula Dlamini", "Nomvula Dlamini", "Finance committee chairperson", "ZA", True,
          "person.title_before")],
        "a council committee's chair is not read as a public office"),
    gap("us_town_outweighed_by_a_war_abroad",
        "The unit trained at Fort McCoy, Wis., and Camp Grayling, Mich. Iraq invaded Kuwait in August. "
        "Sgt. Darnell Hughes said he was ready.",
        [("Darnell Hughes", "Darnell Hughes", "Sgt.", "US", True, "person.title_name")],
        "without a dateline, U.S. towns where a unit trained count no more than the countries of the war"),
]


# Session 9, from the check batches 580-639: a title before "Mr", "superintendent", portfolio lists after
# "of" and "for", a capital's name as a given name after a title, justices, "All Pakistan ..." associations.
SESSION9_EXAMPLES = [
    ("title_then_honorific_appositive",
     "ADELAIDE - The Premier, Mr John Olsen, who lobbied Canberra hard, said the decision was good for South "
     "Australia.",
     [("John Olsen", "John Olsen", "Premier", "AU", True, "person.title_before")]),
    ("prime_minister_then_mr",
     "Under the plan announced by the Prime Minister, Mr John Howard, the tariff will fall.",
     [("John Howard", "John Howard", "Prime Minister", "AU", True, "person.title_before")]),
    ("superintendent_is_a_title",
     "Superintendent David Moreno said the money would restore busing.",
     [("David Moreno", "David Moreno", "Superintendent", None, True, "person.title_name")]),
    ("portfolios_of_water_irrigation_electricity",
     "ADDIS ABABA - Ethiopia will raise power prices. Minister of Water, Irrigation and Electricity Seleshi Bekele "
     "said the old prices covered little.",
     [("Seleshi Bekele", "Seleshi Bekele", "Minister of Water, Irrigation and Electricity", "ET", True,
       "person.title_before")]),
    ("minister_of_state_for_a_department",
     "DUBLIN - Ireland's troops came home. Minister of State for Defence Paul Kehoe said the deployment went well.",
     [("Paul Kehoe", "Paul Kehoe", "Minister of State for Defence", "IE", True, "person.title_before")]),
    ("capital_as_a_given_name_after_a_title",
     "Brazil's President Luiz Inácio Lula da Silva and Paraguay's President Santiago Peña attended the summit.",
     [("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "President", "BR", True, "person.title_name"),
      ("Santiago Peña", "Santiago Peña", "President", "PY", True, "person.title_name")]),
    ("chief_justice_serves_the_country",
     "WASHINGTON - The Supreme Court struck down the tariffs. Chief Justice John Roberts, writing for the majority, "
     "said the law did not allow it.",
     [("John Roberts", "John Roberts", "Chief Justice", "US", True, "person.title_name")]),
    ("all_country_association_names_the_country",
     "Kamran Arshad, chairman of the All Pakistan Textile Mills Association (APTMA), said the outcome was better.",
     [("Kamran Arshad", "Kamran Arshad", "chairman", "PK", True, "person.appositive")]),
]

def _rows(mentions):
    return [(m.text, m.name, m.role, m.country, m.is_full_name, m.rule_id) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=case_id)
     for table in (EXAMPLES, TITLE_ORG_EXAMPLES, ARTICLE_COUNTRY_EXAMPLES, NO_ARTICLE_COUNTRY_EXAMPLES,
                   NAME_WORD_EXAMPLES, SUFFIX_EXAMPLES, DATELINE_EXAMPLES, US_CABINET_EXAMPLES,
                   OF_PHRASE_EXAMPLES, NAME_SHAPE_EXAMPLES, WIDER_TITLE_EXAMPLES,
                   BODY_COUNTRY_EXAMPLES, PENDING_TITLE_EXAMPLES, COURT_EXAMPLES, NATIONALITY_EXAMPLES,
                   PARTY_EXAMPLES, COMPANY_OWNER_EXAMPLES, LOCAL_STORY_EXAMPLES,
                   SUBDIVISION_EXAMPLES, PUBLIC_OFFICE_EXAMPLES, EMPLOYER_COUNTRY_EXAMPLES,
                   PLACE_SURNAME_EXAMPLES, HONORIFIC_EXAMPLES,
                   PORTFOLIO_LIST_EXAMPLES, OPPOSITION_TITLE_EXAMPLES, LATER_COUNTRY_EXAMPLES,
                   JOB_WORD_EXAMPLES, UNDER_SECRETARY_EXAMPLES,
                   CLAUSE_BEFORE_VERB_EXAMPLES, NAME_HEAD_EXAMPLES,
                   DEPARTMENT_RUN_EXAMPLES, LEGISLATOR_EXAMPLES, BODY_OF_TITLE_EXAMPLES,
                   ARTICLE_BEFORE_EXAMPLES, TRADE_WORD_JOB_EXAMPLES,
                   ITS_SUBJECT_EXAMPLES, SESSION7_EXAMPLES, SESSION9_EXAMPLES)
     for case_id, text, expected in table] + GAPS,
)
def test_examples(text, expected):
    assert _rows(find_people(text)) == expected


SEED_PEOPLE = {
    "000_549d31f8cc5d14c5.txt": [
        ("Ryosei Akazawa", "top trade negotiator", "JP"),
        ("Howard Lutnick", "Commerce Secretary", "US"),
        ("Scott Bessent", "Treasury Secretary", "US"),
        ("Shigeru Ishiba", "Prime Minister", "JP"),
        ("Donald Trump", "President", "US"),
    ],
    "002_0a834e919f4ad0f9.txt": [
        ("Ryosei Akazawa", "chief tariff negotiator", "JP"),
        ("Scott Bessent", "Treasury Secretary", "US"),
        ("Howard Lutnick", "Commerce Secretary", "US"),
        ("Donald Trump", "President", "US"),
        ("Shigeru Ishiba", "Prime Minister", "JP"),
    ],
}


@pytest.mark.parametrize("seed", sorted(SEED_PEOPLE))
def test_seed_body_people(seed):
    body = seed_body(seed)
    summary = summarize_people(find_people(body))
    assert [(name, role, country) for name, role, country, _ in summary] == SEED_PEOPLE[seed]


def test_seed_000_mention_counts():
    summary = summarize_people(find_people(seed_body("000_549d31f8cc5d14c5.txt")))
    assert {name: count for name, _, _, count in summary} == {
        "Ryosei Akazawa": 3, "Howard Lutnick": 2, "Scott Bessent": 1,
        "Shigeru Ishiba": 1, "Donald Trump": 1,
    }


@pytest.mark.parametrize("seed", sorted(SEED_PEOPLE))
def test_seed_sidebar_names_are_not_in_the_body(seed):
    """The sidebar headlines name other people; reading the body only keeps them out."""
    sidebar_names = {"Pete Hegseth", "Michael Dell", "Jimmy Lai", "Narges Mohammadi"}
    assert any(n in seed_sidebar(seed) for n in sidebar_names)
    assert not {m.name for m in find_people(seed_body(seed))} & sidebar_names


def test_dev_corpus_people():
    """The labelled dev articles: who is named, with which role and country.

    Rules were tuned on this split; the held-out test split is for measuring.
    """
    found = gold_total = hits = roles = countries = 0
    for gold_file in sorted(DEV_CORPUS.glob("*.gold.json")):
        labels = json.loads(gold_file.read_text(encoding="utf-8"))
        gold = {p["name"]: (p["role"], p["country"]) for p in labels["people"]}
        text = gold_file.with_name(gold_file.name.removesuffix(".gold.json") + ".txt").read_text(
            encoding="utf-8")
        got = {name: (role, country) for name, role, country, _ in
               summarize_people(find_people(split_article(text).body_text))}
        found += len(got)
        gold_total += len(gold)
        for name in got.keys() & gold.keys():
            hits += 1
            roles += same_role(gold[name][0], got[name][0], labels["organizations"])
            countries += got[name][1] == gold[name][1]
    assert gold_total > 250
    # precision 0.995, recall 0.986 on dev 100-429 (250+ written from the held-out set's
    # specification; 280-369 added in session 4, 0.986 / 0.984 before tuning on them, 370-429 in
    # session 5, 0.991 / 0.983 before tuning on them): floors
    # 0.9962 / 0.9879 after session 6's classes; 0.9930 / 0.9853 with 460-489 added untuned
    # 0.9902 / 0.9821 with 490-519 added untuned (session 7), 0.9942 / 0.9845 after its classes,
    # 0.9930 / 0.9839 with 520-549 added untuned, 0.9919 / 0.9805 with 550-579 added (session 8; its
    # people misses not worked on), 0.9908 / 0.9753 with 580-639 added (session 9: its misses partly worked on;
    # names with no cue, "incumbent Tom Berger", and "Governor Mervyn King" cut at "King" remain)
    assert hits / found >= 0.990 and hits / gold_total >= 0.975
    # 0.980 on dev 100-429 (0.975 with 370-429 untuned), 0.9735 with 430-459 added untuned (session 6);
    # roles keep the body written in the title: "Federal Reserve Chairman", "Ontario Premier",
    # "Apple chief executive"
    # 0.9755 after session 6's classes (portfolio lists, MEP, trade-word jobs, "monetary affairs"),
    # 0.9649 with 460-489 added untuned (its writer drops organisation names from titles: see
    # tests/corpus/README.md, open label questions)
    # 0.9833 from session 7 on, comparing titles as the scorer does (warehouse.evaluate.same_role: an
    # organisation of the article written before the title is optional, as writers split on it)
    # 0.9818 with 490-519 added untuned, 0.9826 after session 7's classes,
    # 0.9790 with 520-549 added untuned; 0.9830 with 550-579 added, a region or city before a title
    # optional too (session 8); 0.9787 with 580-639 added (session 9)
    assert roles / hits >= 0.978
    # Wrong or empty: association officials the labels disagree about ("president
    # of the China Rubber Industry Association" has no country, "of the Canadian
    # Steel Producers Association" has one), roles only a later sentence gives.
    # 0.959 on dev 100-429 (0.954 with 370-429 untuned), 0.9556 with 430-459 added untuned
    # 0.9585 after session 6's classes (multilateral bodies, spelled-out public bodies, "Its" subjects),
    # 0.9552 with 460-489 added untuned, 0.9521 with 490-519 added untuned, 0.9571 after session 7's
    # classes (associations named for a country, Congress leaders, town mayors, regulators), 0.9486 with 520-549 added untuned,
    # 0.9432 with 550-579 added (Australian ministers in regional copy read as the foreign imposer's, 563, 569),
    # 0.9381 with 580-639 added (session 9: association and company heads whose country only the story's
    # setting gives, "Commerce Adviser" of Bangladesh read as Washington's)
    assert countries / hits >= 0.938


def test_given_places_change_nothing():
    """find_people(text, places=find_places(text)) saves a scan and finds the same."""
    for path in sorted(DEV_CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert find_people(text, places=find_places(text)) == find_people(text), path.name


def test_summary_takes_first_stated_role_and_country():
    mentions = find_people("Akazawa met reporters. Later, Ryosei Akazawa, Japan's economic "
                           "revitalization minister, said more. Akazawa left.")
    assert summarize_people(mentions) == [
        ("Ryosei Akazawa", "economic revitalization minister", "JP", 3),
    ]


def test_known_leader_short_forms_are_unique():
    shorts = [s.casefold() for _, _, ss in lexicon_titles.KNOWN_LEADERS for s in ss]
    assert len(shorts) == len(set(shorts))


def test_known_leader_countries_are_iso_or_eu():
    codes = {c.alpha_2 for c in pycountry.countries} | {"EU", "SU"}
    assert {code for _, code, _ in lexicon_titles.KNOWN_LEADERS} <= codes


def test_leader_aliases_point_at_known_leaders():
    names = {name for name, _, _ in lexicon_titles.KNOWN_LEADERS}
    assert set(lexicon_titles.LEADER_ALIASES.values()) <= names


TEXTS = st.one_of(
    st.text(),
    st.lists(st.sampled_from([
        "President", "Donald", "Trump", "U.S.", "Japan's", "Japan’s", "top", "trade", "negotiator",
        "Ryosei", "Akazawa", "von", "der", "Leyen", "Mr.", "W.", "of", "the", "said", ",", "“",
        "”", "\n", "Maroš", "He", "Lifeng", "Secretary", "Commerce", "Goldman", "Sachs", "İ", "ß",
        "Ministry", "spokesman", "Minister", "Its", "(Reporting", "by", "Editing", ";", ")", "K.M.",
        "JD", "Governor", "Bank", "Canada", "China", "in", "ambassador", "Chief", "executive", ".",
    ]), max_size=30).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_offsets_point_at_the_text(text):
    for m in find_people(text):
        assert text[m.char_start:m.char_end] == m.text
        assert m.name


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_deterministic(text):
    assert find_people(text) == find_people(text)
