"""Status and goods of tariff facts, by class of phrasing.

Each table holds sentences or short paragraphs of news copy written for the class it is named after, with the
facts expected as (rate, status, product) in order; counter-examples sit in the same table, named ``not_...``.
Adding a case means adding a row.
"""
from __future__ import annotations

from datetime import date

import pytest

from transforms.tariffs import find_tariffs

PUBLISHED = date(2025, 6, 14)

# Goods the lexicon names by kind: sound and video sets are electronics, single malts whiskey, beer and air
# conditioners their own keys (HS 2203, 8415).
LEXICON = [
    # session 8: excavators are machinery, butter is dairy, bicycles a key of their own (HS 8712)
    ("excavators", "The EC imposed provisional anti-dumping duties of 26.6 pct on hydraulic excavators from Japan.",
     [(26.6, "in_force", "machinery")]),
    ("butter", "The tariffs include rates of 351 per cent on butter.", [(351.0, None, "dairy")]),
    ("bicycles", "The European Community imposed a duty of 30.6 per cent on bicycles imported from China.",
     [(30.6, "in_force", "bicycles")]),
    ("not_peanut_butter", "Canada imposed 25% tariffs on U.S. goods including peanut butter.",
     [(25.0, "in_force", None), (25.0, "in_force", "agricultural products")]),
    ("not_bicycle_helmets", "The EC imposed a duty of 30 per cent on bicycle helmets.", [(30.0, "in_force", None)]),
    ("cd_players", "The European Community imposed provisional anti-dumping duties of 32.9 pct on compact disc "
                   "players from Japan.", [(32.9, "in_force", "electronics")]),
    ("vcrs", "The EC's import duty on Japanese video cassette recorders rose to 14 pct from eight pct on "
             "January 1.", [(14.0, None, "electronics")]),
    ("single_malts", "Distillers fear a return of the 25% tariff on single malts that Washington imposed in 2019.",
     [(25.0, None, "whiskey")]),
    ("beer", "Ontario began charging a 50 per cent levy on beer brewed in the United States.",
     [(50.0, None, "beer")]),
    ("air_conditioners", "India raised the duty on air conditioners to 20 per cent from 10 per cent.",
     [(20.0, None, "air conditioners")]),
    ("peas", "China imposed 100 per cent tariffs on Canadian peas.", [(100.0, "in_force", "agricultural products")]),
    ("buses", "Trump signed a proclamation imposing a 10% tariff on imported buses.", [(10.0, None, "buses")]),
    ("mostly_books", "Canada said it will impose duties of up to 10 pct on about 10 mln dlrs worth of U.S. goods, "
                     "mostly books and periodicals, in retaliation.",
     [(10.0, "planned", None), (10.0, "planned", "books")]),
    ("not_mostly_no_goods", "Canada will impose duties of 10 pct on U.S. goods, mostly to send a signal to "
                            "voters.", [(10.0, "planned", None)]),
    ("not_ale_in_name", "The 10% tariff on imported cars applies from Monday, the Ministry said in Aleppo.",
     [(10.0, None, "autos")]),
    # session 6: fertilisers are HS chapter 31 (dev 442's key); display screens are electronics (HS 8524/8528)
    ("fertilisers", "Nitrogen-based fertilisers from Russia will pay a 6.5% EU duty.", [(6.5, "planned", "fertilizers")]),
    ("not_farm_products_of_the_other_clause", "Farm products from Russia will face an additional 50% EU tariff, "
                                              "while nitrogen-based fertilisers will pay a 6.5% duty.",
     [(50.0, "planned", "agricultural products"), (6.5, "planned", "fertilizers")]),
    ("some_in_a_list", "The administration delayed a planned 10% tariff on Chinese-made cellphones, video game "
                       "consoles, some toys and certain footwear and clothing until Dec. 15.",
     [(10.0, "paused", "smartphones"), (10.0, "paused", "electronics"), (10.0, "paused", "toys"),
      (10.0, "paused", "footwear"), (10.0, "paused", "apparel")]),
    ("not_some_analysts", "China imposed a 25% tariff on U.S. soybeans, some analysts said, and more could follow.",
     [(25.0, "in_force", "soybeans")]),
    ("display_screens", "The Commerce Department imposed antidumping duties of 62.67 percent on flat-panel display "
                        "screens from Japan.", [(62.67, "in_force", "electronics")]),
    ("display_screens_named_before", "The Commerce Department imposed antidumping duties of 62.67 percent on "
                                     "flat-panel display screens from Japan. Sharp Corp. was assigned a duty of "
                                     "2.16 percent.", [(62.67, "in_force", "electronics"), (2.16, None, "electronics")]),
]

# The sentence after a rate on goods in general names the measure's goods: one fact per product besides the
# general one. A list's examples do not count (the dev labels leave them out).
GOODS_NAMED_AFTER = [
    ("sanctions_cover", "The United States will impose tariffs of 100 per cent on $3 billion of Chinese goods from "
                        "June 17. The proposed U.S. sanctions cover goods including textiles and consumer electronics.",
     [(100.0, "planned", None), (100.0, "planned", "textiles"), (100.0, "planned", "electronics")]),
    ("tariffs_with_aside", "The United States today lifted 100 pct tariffs on 39 mln dlrs of Brazilian goods. The "
                           "tariffs, imposed by President Reagan in October 1988, covered Brazilian consumer "
                           "electronics and some drugs.",
     [(100.0, "removed", None), (100.0, "removed", "electronics"), (100.0, "removed", "pharmaceuticals")]),
    ("not_a_list_of_examples", "Canada announced 25% counter-tariffs on C$29.8 billion of U.S. goods, starting "
                               "Thursday. The list includes computers, sports equipment and cast-iron products.",
     [(25.0, "planned", None)]),
]

# An earlier rate stated after the new one is its prior, not a fact; a cut makes the new one reduced.
PRIOR_AFTER = [
    ("cutting_the_rate_from", "The Commerce Department set a final countervailing duty of 6.51 per cent on Canadian "
                              "softwood lumber on Friday, cutting the rate from the preliminary 14.48 per cent.",
     [(6.51, "reduced", "lumber")]),
    ("to_from_as_much_as", "Cambodia cut its import duties on 19 categories of American products to 5% from as "
                           "much as 35%.", [(5.0, "reduced", None)]),
    ("not_raising_from", "The EU raised its duty on U.S. whiskey to 50 per cent from 25 per cent.",
     [(50.0, "in_force", "whiskey")]),
]

# What became of a rate, said in its own relative clause or by the verb whose object it belongs to.
STATUS_OF_THE_RATE = [
    ("levy_that_now_applies", "Instead Lesotho's exports will face the 10% levy that now applies to almost every "
                              "trading partner while talks take place.", [(10.0, "in_force", None)]),
    ("that_agent_suspended", "The industry is wary of a return of the 25% tariff on single malts that Washington "
                             "suspended in 2021.", [(25.0, "paused", "whiskey")]),
    ("which_agreed_to_phase_out", "The biggest prize is the European Union's 14 pct tariff on semiconductors, which "
                                  "Brussels agreed to phase out in four equal steps by 2000.",
     [(14.0, "removed", "semiconductors")]),
    ("scrap_tariffs_which_run", "In return, Manila agreed to scrap its tariffs on American cars, which currently run "
                                "as high as 30%, Trump said.", [(30.0, "removed", "autos")]),
    ("down_from", "Canada will let in 49,000 Chinese-made electric vehicles a year at a tariff of 6.1 per cent, "
                  "down from the 100 per cent surtax it imposed in 2024.",
     [(6.1, "reduced", "electric vehicles"), (100.0, "in_force", "electric vehicles")]),
    ("keeps_its_surtax", "Beijing will remove the duties on canola meal from March 1, while Ottawa keeps its 25 per "
                         "cent surtax on Chinese steel.", [(25.0, "in_force", "steel")]),
    ("not_up_from", "Canadian goods will face a 35% tariff from Aug. 1, up from 25%.", [(35.0, "planned", None)]),
    ("rate_suspended_until", "European goods currently pay a 10% U.S. tariff, with a higher 20% rate suspended "
                             "until July 8.", [(10.0, "in_force", None), (20.0, "paused", None)]),
    ("not_suspended_as_main_verb", "Washington suspended the 20% rate on European goods and a 10% tariff was kept in "
                                   "force.", [(20.0, "paused", None), (10.0, "in_force", None)]),
    ("would_have_imposed", "The EU's countermeasures, backed by 26 of the 27 member states, would have imposed duties "
                           "of 25% on American goods.", [(25.0, "paused", None)]),
    ("not_would_have_to_pay", "Trump warned that Apple would have to pay a 25% tariff on iPhones made abroad.",
     [(25.0, "threatened", "smartphones")]),
    ("preliminary_duties_no_verb", "South Korean steelmakers said today they would fight preliminary U.S. "
                                   "anti-dumping duties of between 1.9 and 18.6 pct on their steel.",
     [(18.6, "in_force", "steel")]),
    ("not_preliminary_with_a_plan", "The Commerce Department plans to set preliminary duties of 20% on Canadian "
                                    "lumber.", [(20.0, "planned", "lumber")]),
    ("exporters_warned_that", "Bangladesh's garment exporters warned on Wednesday that a 35% U.S. tariff on the "
                              "country's goods from August 1, announced in a letter from Trump, would cost jobs.",
     [(35.0, "planned", None)]),
    ("not_leader_warned_that", "Trump warned on Wednesday that a 35% tariff on Bangladeshi goods could follow if talks "
                               "fail.", [(35.0, "threatened", None)]),
    ("reprieve_from", "Mexico won a 90-day reprieve from the 30% tariff Trump had threatened.",
     [(30.0, "paused", None)]),
    ("regular_tariffs_which", "The duties come on top of China's regular import tariffs, which for passenger cars "
                              "range from 70 percent to 80 percent.", [(80.0, "in_force", "autos")]),
    ("not_new_tariffs_which", "China announced new tariffs on Japanese goods, which will range up to 80 percent from "
                              "July.", [(80.0, "planned", None)]),
    ("not_relative_then_main_verb", "The 25% tariffs, which were suspended last year, will take effect on Monday.",
     [(25.0, "planned", None)]),
    ("not_levy_that_will_apply", "Lesotho's exports will face a 50% levy that will apply from July 9.",
     [(50.0, "planned", None)]),
]

# Offers and hit lists are proposals.
PROPOSALS = [
    ("offered_to_cut", "Prime Minister Hun Manet on Friday offered to cut Cambodia's import duties on 19 categories "
                       "of American products to 5% from as much as 35%.", [(5.0, "proposed", None)]),
    ("published_a_list", "Washington published a list of Chinese goods worth about $3 billion a year that would face "
                         "punitive tariffs of 100 per cent from June 17 unless Beijing acts.",
     [(100.0, "proposed", None)]),
    ("not_agreed_to_cut", "Cambodia agreed to cut its import duties on American products to 5% from 35%.",
     [(5.0, "reduced", None)]),
    ("not_a_list_in_force", "China published a list of U.S. goods that now face tariffs of 25%.",
     [(25.0, "in_force", None)]),
]

# A range of goods after a goods noun is goods in general, plus the kinds it names.
RANGE_OF_GOODS = [
    ("from_machinery_to_footwear", "Brazilian goods, from machinery to footwear, continue to face a combined 50% "
                                   "U.S. tariff.",
     [(50.0, "in_force", None), (50.0, "in_force", "machinery"), (50.0, "in_force", "footwear")]),
    ("not_a_range_of_rates", "U.S. tariffs on Chinese steel will rise from 10% to 25% on Friday.",
     [(25.0, None, "steel")]),
]

# Exempted goods are the goods of the removal; "Those goods" as the next sentence's subject are the same goods.
EXEMPTED_GOODS = [
    ("exempting_from", "U.S. Customs published guidance late Friday exempting smartphones, computers and some other "
                       "electronics from the 125% reciprocal tariff on Chinese goods. Those goods still face the 20% "
                       "fentanyl levy.",
     [(125.0, "removed", "smartphones"), (125.0, "removed", "computers"), (125.0, "removed", "electronics"),
      (20.0, "in_force", "smartphones"), (20.0, "in_force", "computers"), (20.0, "in_force", "electronics")]),
    ("which_already_face", "Vehicles and auto parts, which already face a separate 25% U.S. duty, are excluded from "
                           "the new levy on South African goods.",
     [(25.0, "in_force", "autos"), (25.0, "in_force", "auto parts")]),
    ("not_which_face_goods", "South African goods, which already face a 10% U.S. tariff, will pay 30% from Friday.",
     [(10.0, "in_force", None), (30.0, "planned", None)]),
    ("not_those_goods_elsewhere", "Washington exempted smartphones from the 125% tariff on Chinese goods. Retailers "
                                  "said those goods still face a 20% levy.",
     [(125.0, "removed", "smartphones"), (20.0, "in_force", None)]),
]

# Goods listed right before a rate in a follow-up sentence: each one listed, not only the last.
GOODS_LIST_BEFORE = [
    ("list_at_rate", "China will keep its tariffs on American farm goods. They covered chicken, wheat, corn and "
                     "cotton at 15%, and soybeans, pork, beef and fruit at 10%.",
     [(15.0, None, "poultry"), (15.0, None, "agricultural products"), (10.0, None, "soybeans"),
      (10.0, None, "pork"), (10.0, None, "beef"), (10.0, None, "agricultural products")]),
    ("list_cut_by_the_window", "From the middle of May, Indian pharmaceuticals and chemicals will pay normal US "
                               "tariffs ranging from 3 to 8 per cent.",
     [(8.0, None, "pharmaceuticals"), (8.0, None, "chemicals")]),
    ("not_goods_outside_the_list", "China will keep its tariffs on American farm goods. They covered cotton from the "
                                   "state reserve and soybeans at 10%.", [(10.0, None, "soybeans")]),
]

# Goods of the grievance are not the measure's; goods "among the goods considered" are.
GRIEVANCE_AND_CANDIDATES = [
    ("retaliate_for_restrictions", "Reagan said today he would impose 100 pct tariffs on up to 105 mln dlrs of "
                                   "Brazilian exports to retaliate for Brazil's restrictions on sales of U.S. computers.",
     [(100.0, None, None)]),
    ("among_the_goods_considered", "Brazilian shoes, orange juice and small aircraft could be among the goods "
                                   "considered for 100 pct U.S. duties, officials said.",
     [(100.0, None, "footwear"), (100.0, None, "agricultural products"), (100.0, None, "aircraft")]),
    ("not_grievance_topic", "The Commerce Department ruled that Canadian softwood lumber is unfairly subsidized and "
                            "ordered a preliminary duty of 15 per cent on imports.", [(15.0, None, "lumber")]),
]

# Session 7, ordinary wording of rates: a tax on imports, anti-dumping deposits, extra duties, a quoted
# modifier before "rate"; what a side wants is a proposal.
RATE_WORDING = [
    ("wants_a_tax_on_imports", "Trump wants a 20% tax on imports from Mexico to pay for a wall, the White House said.",
     [(20.0, "proposed", None)]),
    ("pushes_for_tariffs", "The steel lobby is pushing for a 25% tariff on imported steel.", [(25.0, "proposed", "steel")]),
    ("not_wants_to_keep", "Trump wants to keep the 25% tariff on imported steel.", [(25.0, "in_force", "steel")]),
    ("impose_deposits", "China said it would impose deposits of between 107.1 per cent and 212.1 per cent on "
                        "Australian wine.", [(212.1, "planned", "wine")]),
    ("extra_duties", "Beijing started collecting extra duties of between 5% and 10% on U.S. goods, including a 5% "
                     "levy on U.S. crude oil.", [(10.0, "in_force", None), (5.0, "in_force", "oil")]),
    ("quoted_reciprocal_rate", 'Indian goods already face a 10 per cent baseline U.S. tariff, while a 26 per cent '
                               '"reciprocal" rate has been suspended until July 9.',
     [(10.0, "in_force", None), (26.0, "paused", None)]),
]

# Session 7, goods of plain copy: a list item ending in -ing is goods, not a participle's clause; "non-" goods
# are every good but those; goods before the tariff word are not its own across a new clause; typewriters
# (HS 8469) and supercomputers (HS 8471, computers).
GOODS_OF_PLAIN_COPY = [
    ("clothing_in_a_list", "Indonesia could impose import duties of between 100% and 200% on textiles, clothing, "
                           "footwear and electronics from China.",
     [(200.0, "threatened", "textiles"), (200.0, "threatened", "apparel"), (200.0, "threatened", "footwear"),
      (200.0, "threatened", "electronics")]),
    ("not_a_participle_clause", "China imposed a 25% tariff on U.S. soybeans, hitting farmers in Iowa.",
     [(25.0, "in_force", "soybeans")]),
    ("non_agricultural_goods", "The finance minister cut the peak rate of customs duty on non-agricultural goods to "
                               "12.5 per cent from 15 per cent.", [(12.5, "reduced", None)]),
    ("not_non_in_another_word", "India cut the duty on agricultural goods from non-member states to 30 per cent.",
     [(30.0, "reduced", "agricultural products")]),
    ("goods_of_the_clause_before", "Washington plans a further 15% tariff on Chinese-made laptops on Dec. 15, and "
                                   "tariffs on $250 billion of Chinese goods will rise to 30% from 25% on Oct. 1.",
     [(15.0, "planned", "computers"), (30.0, "planned", None)]),
    ("not_goods_with_a_relative", "Textiles and clothing, where Canadian tariffs run as high as 25 per cent, are "
                                  "protected longest.", [(25.0, "in_force", "textiles"), (25.0, "in_force", "apparel")]),
    ("typewriters", "The European Community imposed anti-dumping duties of up to 35 pct on electronic typewriters "
                    "from Japan.", [(35.0, "in_force", "typewriters")]),
    ("supercomputers_made_by", "Duties of 454 percent will be collected on supercomputers made by NEC Corp.",
     [(454.0, "planned", "computers")]),
]

# Session 7, status verbs of plain copy: a company pausing its trade is no pause of the tariff; "would have put"
# is a measure that did not happen; "a lower 10 per cent levy" is a comparative, not a cut (nor a market move);
# "did take effect" is past; what people hope or fear a tariff will do is no plan; a measure someone has
# ("Trump's 25% tariff") in a clause of its own is in force whatever the other clause's verb.
STATUS_OF_PLAIN_COPY = [
    ("pause_shipments", "Jaguar Land Rover will pause shipments of its cars to the United States while it works out "
                        "how to respond to President Donald Trump's 25% tariff on imported vehicles.",
     [(25.0, "in_force", "autos")]),
    ("not_pause_the_tariffs", "Trump agreed to pause his 25 per cent tariffs on Canadian goods for 30 days.",
     [(25.0, "paused", None)]),
    ("suspend_production", "Volvo suspended production at its plant as Washington's 25% tariff on imported cars bit.",
     [(25.0, "in_force", "autos")]),
    ("would_have_put", "The order would have put 25 per cent tariffs on most Mexican goods as well, and a lower "
                       "10 per cent levy on Canadian crude oil.", [(25.0, "paused", None), (10.0, "paused", "oil")]),
    ("not_lower_the_tariff", "Japan will lower the tariff on beef to 9 per cent.", [(9.0, "reduced", "beef")]),
    ("did_take_effect", "Tariffs of 10 per cent on all Chinese goods did take effect at 12:01 a.m. on Tuesday.",
     [(10.0, "in_force", None)]),
    ("hope_will", "Washington announced a 70 percent tariff that American ranchers hope will open the door to sales.",
     [(70.0, "planned", None)]),
    ("not_says_will_take_effect", "Trump set a 70 percent tariff on beef that officials say will take effect on "
                                  "Aug. 1.", [(70.0, "planned", "beef")]),
    # session 8
    ("which_remain_in_place", "The minister said the government would now press for the removal of China's duties "
                              "of up to 218 per cent on Australian wine, which remain in place.",
     [(218.0, "in_force", "wine")]),
    ("push_for_an_end", "Exporters are pushing for an end to the 25% tariff on steel.", [(25.0, "in_force", "steel")]),
    ("still_presses_for", "The union pressed for a 35 per cent tariff on imported steel.",
     [(35.0, "proposed", "steel")]),
    ("penalty_goods", "An additional 25% tariff took effect on Wednesday as a penalty for India's purchases of "
                      "Russian oil.", [(25.0, "in_force", None)]),
    ("charges", "The U.S. charges a 2.5% tariff on imported passenger cars.", [(2.5, "in_force", "autos")]),
    ("could_lead_to", "The department is investigating car imports, a review that could lead to tariffs of up to "
                      "25%.", [(25.0, "threatened", "autos")]),
    ("would_be_capped", "Under the framework agreed last month, tariffs on European drugs would be capped at 15%.",
     [(15.0, "planned", "pharmaceuticals")]),
    ("clearing_the_way", "The commission voted 6-0 that the imports injured American makers, clearing the way for "
                         "anti-dumping duties of 198 percent on bedroom furniture.", [(198.0, "planned", "furniture")]),
]

TABLES = {"status_of_plain_copy": STATUS_OF_PLAIN_COPY, "goods_of_plain_copy": GOODS_OF_PLAIN_COPY, "rate_wording": RATE_WORDING, "lexicon": LEXICON, "grievance_and_candidates": GRIEVANCE_AND_CANDIDATES, "goods_list_before": GOODS_LIST_BEFORE, "exempted_goods": EXEMPTED_GOODS, "range_of_goods": RANGE_OF_GOODS, "goods_named_after": GOODS_NAMED_AFTER, "prior_after": PRIOR_AFTER,
          "status_of_the_rate": STATUS_OF_THE_RATE, "proposals": PROPOSALS}


def _rows() -> list:
    return [pytest.param(text, expected, id=f"{table}-{name}")
            for table, rows in TABLES.items() for name, text, expected in rows]


@pytest.mark.parametrize(("text", "expected"), _rows())
def test_status_and_product(text: str, expected: list[tuple]) -> None:
    got = find_tariffs(text, PUBLISHED)
    facts = [(m.rate_pct, m.status, m.product) for m in got]
    assert len(facts) == len(expected), facts
    for (rate, status, product), (want_rate, want_status, want_product) in zip(facts, expected):
        assert rate == want_rate, facts
        assert product == want_product, facts
        if want_status is not None:
            assert status == want_status, facts


def test_a_schedule_that_did_not_happen_keeps_its_date() -> None:
    """"would have imposed duties of 25% ..., with a first batch due on April 15": paused, and the date is the
    schedule held back (dev 271's labels)."""
    text = ("The measures would have imposed duties of 25% on about €21 billion of American goods, with a first "
            "batch due on April 15.")
    (fact,) = find_tariffs(text, date(2025, 4, 10))
    assert (fact.status, fact.effective_date) == ("paused", date(2025, 4, 15))


# Rate shapes and the goods they share, by class (session 5): facts as (rate, min, max, prior, product) in order.
RATE_SHAPES_AND_GOODS = [
    # "duty to" is a duty to act only when no rate follows
    ("duties_to_a_range", "Mexico will halve the retaliatory tariffs it charges on U.S. goods. The cut will lower the "
                          "duties to between 5 percent and 22.5 percent from between 10 percent and 45 percent.",
     [(22.5, 5.0, 22.5, 45.0, None)]),
    ("customs_duty_to", "Singh cut the peak rate of customs duty to 50 per cent from 65 per cent.",
     [(50.0, None, None, 65.0, None)]),
    ("not_a_duty_to_act", "The minister said he had a duty to protect farmers from the 25% tariff.",
     [(25.0, None, None, None, None)]),
    ("union_as_modifier", "Distillers brace for a 50% European Union tariff on American whiskey.",
     [(50.0, None, None, None, "whiskey")]),
    ("not_zero_for_zero", "They urged a return to the zero-for-zero tariff arrangement on spirits.", []),
    ("not_toward_zero", "The two sides would work toward zero tariffs on industrial goods.", []),
    # a multiplied rate with the earlier one stated: the stated one, and no fact of its own
    ("tripling_from", "Biden called for tripling tariffs on Chinese steel to 25% from 7.5%.",
     [(25.0, None, None, 7.5, "steel")]),
    ("doubled_from", "The duty on air conditioners doubled to 20 per cent from 10 per cent.",
     [(20.0, None, None, 10.0, "air conditioners")]),
    # a participle step of the measure's own rate
    ("rising_to", "Trump ordered tariffs of 10% on $200 billion of Chinese imports, starting Sept. 24 and rising to "
                  "25% on Jan. 1.", [(10.0, None, None, None, None), (25.0, None, None, 10.0, None)]),   # dev 419: prior 10
    ("not_rising_market", "Tariffs of 10% took effect, with stocks down 2% and rising to 3% by noon.",
     [(10.0, None, None, None, None)]),
    ("reciprocal_rates", "Trump announced a 10% tariff on all imports. Australia escaped the steeper \"reciprocal\" "
                         "rates due to take effect next week, including China at 34 per cent and Vietnam at 46 per cent.",
     [(10.0, None, None, None, None), (34.0, None, None, None, None), (46.0, None, None, None, None)]),
    # "those duties" share the goods of the measure before them
    ("those_duties", "The EU will suspend its 25% tariffs on U.S. goods such as bourbon and motorcycles, and will "
                     "drop a planned doubling of those duties to 50%.",
     [(25.0, None, None, None, None), (25.0, None, None, None, "whiskey"), (25.0, None, None, None, "motorcycles"),
      (50.0, None, None, 25.0, None), (50.0, None, None, 25.0, "whiskey"), (50.0, None, None, 25.0, "motorcycles")]),
    # rates listed together share the goods after the last; as many as the goods go one to each
    ("respectively", "Russian steel and aluminum have paid U.S. tariffs of 25% and 10% respectively since March.",
     [(25.0, None, None, None, "steel"), (10.0, None, None, None, "aluminum")]),
    ("rates_then_goods", "The U.S. imposed tariffs of 25% and 10% on steel and aluminum.",
     [(25.0, None, None, None, "steel"), (10.0, None, None, None, "aluminum")]),
    ("exempt_from_rates", "India asked Washington to exempt steel and aluminium from its tariffs of 25% and 10%, which "
                          "India says cost its exporters $241 million.",
     [(25.0, None, None, None, "steel"), (10.0, None, None, None, "aluminum")]),
    ("not_one_each_when_counts_differ", "China put tariffs of 25% and 10% on U.S. soybeans and pork and beef.",
     [(25.0, None, None, None, "soybeans"), (25.0, None, None, None, "pork"), (25.0, None, None, None, "beef"),
      (10.0, None, None, None, "soybeans"), (10.0, None, None, None, "pork"), (10.0, None, None, None, "beef")]),
    ("not_one_each_for_goods_in_general", "China put tariffs of 25% and 10% on U.S. goods.",
     [(25.0, None, None, None, None), (10.0, None, None, None, None)]),
    ("not_separate_clauses", "The U.S. imposed tariffs of 25 percent on steel and 10 percent on aluminum.",
     [(25.0, None, None, None, "steel"), (10.0, None, None, None, "aluminum")]),
    # goods the lexicon names: new keys lamb (HS 0204) and paper (chapter 48); grains, capital goods, cellphones
    ("lamb", "Clinton will impose tariffs of up to 40 percent on lamb imports from Australia.",
     [(40.0, None, 40.0, None, "lamb")]),
    ("glossy_paper", "The U.S. will impose duties of 20.35 percent on glossy paper from China.",
     [(20.35, None, None, None, "paper")]),
    ("distillers_grains", "China imposed anti-dumping duties of 33.8% on U.S. distillers dried grains.",
     [(33.8, None, None, None, "agricultural products")]),
    ("capital_goods", "Duties on capital goods were lowered to 25 per cent from 35 per cent.",
     [(25.0, None, None, 35.0, "machinery")]),
    ("cellphones", "Beijing put a 10 percent tariff on American cellphones and flat-panel screens.",
     [(10.0, None, None, None, "smartphones"), (10.0, None, None, None, "electronics")]),
    ("not_paper_idiom", "The 25% tariff looks modest on paper, analysts said.", [(25.0, None, None, None, None)]),
    ("not_white_paper", "A white paper on the 25% tariffs on cars was published.", [(25.0, None, None, None, "autos")]),
    # "oil and gas" modifies the machinery, it is not the goods
    ("oil_and_gas_machinery", "Russia will impose duties of 25% to 40% on U.S. oil and gas drilling machinery and "
                              "metalworking tools.", [(40.0, 25.0, 40.0, None, "machinery"), (40.0, 25.0, 40.0, None, "tools")]),
    ("not_crude_oil_and_natural_gas", "China put a 10% tariff on U.S. crude oil and natural gas.",
     [(10.0, None, None, None, "oil"), (10.0, None, None, None, "natural gas")]),
    # a clause naming no goods: the makers its sentence names, or the goods of its sentence's other clause
    ("makers_named", "Seoul cut the tariff on Korean cars to 15 percent. The cut puts Korean carmakers on an equal "
                     "footing with rivals from Japan, which already pay 15 percent.",
     [(15.0, None, None, None, "autos"), (15.0, None, None, None, "autos")]),
    ("not_makers_of_two_goods", "Seoul cut the tariff on Korean cars to 15 percent. The cut puts Korean steelmakers "
                                "and carmakers on an equal footing with rivals from Japan, which already pay 15 percent.",
     [(15.0, None, None, None, "autos"), (15.0, None, None, None, None)]),
    ("lede_product", "The European Commission has imposed provisional countervailing duties on imports of battery "
                     "electric vehicles from China. The individual duties applied to BYD will be 17.4 percent.",
     [(17.4, None, None, None, "electric vehicles")]),
    ("not_lede_naming_goods_in_general", "Mexico will halve the retaliatory tariffs it charges on about $2.4 billion "
                                         "of U.S. goods, after a deal allowing Mexican trucks to haul cargo on U.S. "
                                         "highways. The cut will lower the duties to 22.5 percent.",
     [(22.5, None, None, None, None)]),
    ("not_one_companys_apposition", "Taiwan's TSMC, the world's biggest chipmaker, became subject to a 20% reciprocal "
                                    "tariff that took effect on Thursday.", [(20.0, None, None, None, None)]),
    ("other_clause_goods", "The Commerce Department imposed anti-dumping duties on flat-rolled steel. German producers "
                           "face the steepest duties, as high as 109 percent, while rates on Japanese steel range from "
                           "19 percent to 40 percent.",
     [(109.0, None, 109.0, None, "steel"), (40.0, 19.0, 40.0, None, "steel")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=n) for n, t, e in RATE_SHAPES_AND_GOODS])
def test_rate_shapes_and_goods(text: str, expected: list[tuple]) -> None:
    got = [(m.rate_pct, m.rate_min_pct, m.rate_max_pct, m.prior_rate_pct, m.product) for m in find_tariffs(text, PUBLISHED)]
    assert got == expected


# Plain news verbs, with the publication date they are read against: an act done is in force, one ordered with a
# start after publication planned; a removal put in the future is still the removal.
NEWS_VERBS = [
    ("ordered_tariffs_starting", "President Trump on Monday ordered tariffs of 10% on about $200 billion of Chinese "
                                 "imports, starting Sept. 24.", date(2018, 9, 18), [(10.0, "planned", None)]),
    ("not_ordered_start_past", "President Trump ordered tariffs of 10% on Chinese imports, starting June 2.",
     date(2025, 6, 14), [(10.0, "in_force", None)]),
    # a vote that backs a measure decides it (session 6)
    ("governments_backed_duties", "EU governments yesterday narrowly backed anti-dumping duties of 16.5 per cent on "
                                  "leather shoes from China.", date(2006, 10, 5), [(16.5, "planned", "footwear")]),
    ("parliament_backs_tariffs", "The European Parliament backs a 50% tariff on Russian farm products.",
     date(2025, 5, 22), [(50.0, "planned", "agricultural products")]),
    ("not_backed_away_from", "Washington backed away from tariffs of 25% on steel.", date(2025, 6, 14),
     [(25.0, "paused", "steel")]),
    ("not_us_backed_plan", "The U.S.-backed plan keeps the 25% tariff on steel.", date(2025, 6, 14),
     [(25.0, "in_force", "steel")]),
    # the tariff is what threatens, not a threat of a tariff (session 6)
    ("not_a_threat_tariffs_threatening_to", "Steel shipments above the quota will be hit by a 50 per cent Canadian "
                                            "surtax from Aug. 1.", date(2025, 7, 16), [(50.0, "planned", "steel")]),
    ("tariffs_threatening_to_swamp", "U.S. tariffs of 50 per cent on steel, imposed in June, are threatening to "
                                     "swamp Canadian mills.", date(2025, 7, 16), [(50.0, "in_force", "steel")]),
    ("threatened_to_impose", "Trump threatened to impose a 50% tariff on Canadian steel.", date(2025, 7, 16),
     [(50.0, "threatened", "steel")]),
    ("put_tariffs_of", "On Friday China also put tariffs of 25% on $34 billion of U.S. goods.", date(2018, 7, 7),
     [(25.0, "in_force", None)]),
    ("not_plans_to_put", "China plans to put tariffs of 25% on $34 billion of U.S. goods.", date(2018, 7, 7),
     [(25.0, "planned", None)]),
    ("began_requiring_deposits", "China began requiring importers of U.S. distillers grains to post deposits of "
                                 "33.8% under a preliminary anti-dumping ruling.", date(2016, 9, 24),
     [(33.8, "in_force", "agricultural products")]),
    ("not_will_begin_charging", "China will begin charging a 33.8% duty on U.S. distillers grains from Oct. 1.",
     date(2016, 9, 24), [(33.8, "planned", "agricultural products")]),
    ("tariffs_run_as_high_as", "Textiles and clothing, where Canadian tariffs run as high as 25 per cent, are among "
                               "the products that will be protected longest.", date(1989, 1, 2),
     [(25.0, "in_force", "textiles"), (25.0, "in_force", "apparel")]),
    ("not_will_run", "Canadian tariffs on textiles will run as high as 25 per cent from July 1.", date(2025, 6, 14),
     [(25.0, "planned", "textiles")]),
    ("let_keep_its_tariff", "Seoul agreed to let the U.S. keep its 25 percent tariff on Korean pickup trucks until "
                            "2041, 20 years longer than originally scheduled.", date(2018, 3, 26),
     [(25.0, "in_force", "trucks")]),
    ("rate_applied_to", "The 15% tariff is higher than the 10 per cent applied to Australia, a gap exporters fear "
                        "will put them at a disadvantage.", date(2025, 8, 1),
     [(15.0, "in_force", None), (10.0, "in_force", None)]),
    ("not_duties_applied_to_list", "The European Commission will impose provisional duties on Chinese electric "
                                   "vehicles from July 5. The individual duties applied to the sampled producers are: "
                                   "BYD: 17.4%.", date(2024, 7, 4), [(17.4, "planned", "electric vehicles")]),
    ("will_be_abolished_from", "Under the plan, Japan's 4.2 pct duty on imported semiconductors will be abolished "
                               "from April 1, 1986.", date(1985, 7, 30), [(4.2, "removed", "semiconductors")]),
    ("not_will_be_collected_from", "Japan's 4.2 pct duty on imported semiconductors will be collected from April 1, "
                                   "1986.", date(1985, 7, 30), [(4.2, "planned", "semiconductors")]),
    ("pulling_back_from_a_threat", "Trump agreed to hold off on new tariffs, pulling back from a threatened 25% U.S. "
                                   "tariff on European cars.", date(2018, 7, 26), [(25.0, "paused", "autos")]),
    ("not_a_threat_alone", "Trump renewed a threatened 25% U.S. tariff on European cars.", date(2018, 7, 26),
     [(25.0, "threatened", "autos")]),
    # the rate's own clause says what it is, whatever the sentence's main verb is about
    ("which_took_effect", "The EU announced counter-tariffs on Wednesday in response to Trump's 25% tariffs on steel "
                          "and aluminum imports, which took effect the same day.", date(2025, 3, 13),
     [(25.0, "in_force", "steel"), (25.0, "in_force", "aluminum")]),
    ("rate_agent_had_threatened", "A 19% U.S. tariff on Malaysian goods took effect on Thursday, lower than the 25% "
                                  "rate President Donald Trump had threatened in July.", date(2025, 8, 8),
     [(19.0, "in_force", None), (25.0, "threatened", None)]),
    ("the_rate_they_charge", "Trump has called the EU's 10% tariff on imported cars unfair, compared with the 2.5% "
                             "the U.S. charges.", date(2018, 7, 26),
     [(10.0, "in_force", "autos"), (2.5, "in_force", "autos")]),
    # a verb in the condition or under a refusal is not what became of the rate
    ("verb_of_the_condition", "Trump hit back on Thursday, threatening a 200% tariff on European wines unless the "
                              "bloc drops the whiskey levy.", date(2025, 3, 13), [(200.0, "threatened", "wine")]),
    ("not_condition_after_the_verb", "The EU will drop its 50% tariff on whiskey if Washington lifts its steel "
                                     "duties.", date(2025, 3, 13), [(50.0, "removed", "whiskey")]),
    ("refused_to_exempt", "Washington refused to exempt Indian steel from its tariffs of 25%.", date(2018, 9, 18),
     [(25.0, "in_force", "steel")]),
    ("not_agreed_to_exempt", "Washington agreed to exempt Indian steel from its tariffs of 25%.", date(2018, 9, 18),
     [(25.0, "removed", "steel")]),
    ("will_continue_beside_a_threat", "UK exports will continue to face a 25 per cent tariff, but the rate could rise "
                                      "to 50 per cent from July 9 if Britain fails to meet the terms.",
     date(2025, 6, 4), [(25.0, "in_force", None)]),
    ("was_due_with_a_reprieve", "Mexico won a 90-day reprieve on Thursday, hours before a 30% levy on Mexican goods "
                                "was due to take effect.", date(2025, 7, 31), [(30.0, "paused", None)]),
    ("not_was_due_alone", "A 30% levy on Mexican goods was due to take effect on Friday, officials said.",
     date(2025, 7, 31), [(30.0, "planned", None)]),
    # coordinated rates share the verb; a start date is not a verb
    ("lift_both_from_a_date", "The United States will lift its 25% tariffs on British steel and 10% tariffs on "
                              "aluminium from June 1.", date(2022, 3, 23),
     [(25.0, "removed", "steel"), (10.0, "removed", "aluminum")]),
    ("not_impose_both_from_a_date", "The United States will impose 25% tariffs on British steel and 10% tariffs on "
                                    "aluminium from June 1.", date(2022, 3, 23),
     [(25.0, "planned", "steel"), (10.0, "planned", "aluminum")]),
    ("averting_duties", "The two sides reached agreement, averting U.S. duties of 200 pct on EC goods that were to "
                        "have taken effect on Saturday.", date(1987, 1, 30), [(200.0, "removed", None)]),
    ("not_aim_to_avert", "The talks aim to avert U.S. duties of 200 pct on EC goods.", date(1987, 1, 30),
     [(200.0, "unknown", None)]),
    ("duty_has_gone", "The U.S. duty of 3.9 per cent on Canadian-made computers has also gone.", date(1989, 1, 2),
     [(3.9, "removed", "computers")]),
    ("will_now_pay_nothing", "Canadian buyers of American motorcycles, who paid a 10.2 per cent duty until "
                             "Saturday, will now pay nothing.", date(1989, 1, 2), [(10.2, "removed", "motorcycles")]),
    ("not_gone_up", "The U.S. duty on Canadian-made computers has gone up to 3.9 per cent.", date(1989, 1, 2),
     [(3.9, "unknown", "computers")]),   # not removed; "gone up to" has no status word yet
    ("which_now_pay", "The deal sets a 15% U.S. tariff on most EU goods. European cars, which now pay 27.5%, will "
                      "also be charged 15%.", date(2025, 7, 28),
     [(15.0, "planned", None), (27.5, "in_force", "autos"), (15.0, "planned", "autos")]),
    ("not_which_will_pay", "European cars, which will pay 27.5% from Friday, face a 10% duty.", date(2025, 7, 28),
     [(27.5, "planned", "autos"), (10.0, "planned", "autos")]),
    # the current rate stated again is in force, whatever the earlier mention said
    ("current_rate_restated", "Biden proposed a 7.5% tariff on Chinese steel last year. The current rate on most "
                              "Chinese steel is 7.5%.", date(2024, 4, 18),
     [(7.5, "proposed", "steel"), (7.5, "in_force", "steel")]),
    ("not_restated_with_a_later_date", "Trump said he would impose a 50% tariff on imports from Brazil from Aug. 1. "
                                       "The 50% rate is far higher than the 10% tariff Brazilian goods have faced "
                                       "since April.", date(2025, 7, 10),
     [(50.0, "planned", None), (50.0, "planned", None), (10.0, "in_force", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         [pytest.param(text, published, expected, id=f"news_verbs-{name}")
                          for name, text, published, expected in NEWS_VERBS])
def test_status_of_news_verbs(text: str, published: date, expected: list[tuple]) -> None:
    facts = [(m.rate_pct, m.status, m.product) for m in find_tariffs(text, published)]
    assert facts == expected


# The rate itself moves (session 6): a present-tense rise is in force, or planned when its date is still to come;
# a fall to a new level is a reduction, now or later; a duty that "will disappear" is removed. An aside stating
# where the rate stands now ("now 38.5%") is the prior of the move, not a second fact, and a later step ("and
# will drop to 15%") is a fact of its own. Facts as (rate, prior, status, product) in order.
MOVES_OF_THE_RATE = [
    ("rises_on_a_later_date", "New U.S. tariffs of 25% on upholstered furniture took effect Tuesday. The rate on "
                              "upholstered furniture rises to 30% on Jan. 1.", date(2025, 10, 15),
     [(25.0, None, "in_force", "furniture"), (30.0, None, "planned", "furniture")]),
    ("climbs_on_a_later_date", "The U.S. duty on kitchen cabinets climbs to 50% on Jan. 1.", date(2025, 10, 15),
     [(50.0, None, "planned", "furniture")]),
    ("not_rose_on_a_past_date", "The U.S. duty on kitchen cabinets rises to 50% from Jan. 1.", date(2026, 1, 5),
     [(50.0, None, "in_force", "furniture")]),
    ("goes_up_to_is_a_move", "NEW DELHI: India raised customs duty on mobile phones to 20 per cent from 15 per cent. "
                             "Duty on footwear goes up to 20 per cent from 10 per cent, while some auto parts will "
                             "attract 15 per cent, up from 7.5 per cent.", date(2018, 2, 2),
     [(20.0, 15.0, "in_force", "smartphones"), (20.0, 10.0, "in_force", "footwear"),
      (15.0, 7.5, "planned", "auto parts")]),
    # two coordinated "the duty on X rises to A from B and the duty on Y to C": each rate its own goods
    ("coordinated_duties_each_their_goods", "The EC raised its duties on U.S. goods. The duty on fresh lemons rises "
                                            "to 20 pct from eight pct and the duty on shelled walnuts to 30 pct "
                                            "from eight pct.", date(1985, 11, 6),
     [(20.0, 8.0, "in_force", "agricultural products"), (30.0, 8.0, "in_force", "nuts")]),
    ("not_and_between_two_rates", "China put tariffs of 25% and 10% on U.S. pork.", date(2018, 7, 7),
     [(25.0, None, "in_force", "pork"), (10.0, None, "in_force", "pork")]),
    ("not_up_to_a_ceiling", "India will impose duties of up to 20 per cent on footwear.", date(2018, 2, 2),
     [(20.0, None, "planned", "footwear")]),
    ("now_then_will_fall", "Japan's tariff on European beef, now 38.5%, will fall to 9% over 15 years.",
     date(2019, 2, 1), [(9.0, 38.5, "reduced", "beef")]),
    ("currently_as_high_as_then_falls", "Tariffs on British cars, currently as high as 110%, will fall to 10% under "
                                        "the deal.", date(2025, 5, 7), [(10.0, 110.0, "reduced", "autos")]),
    ("not_now_in_another_clause", "Japan's tariff on beef is now 38.5%, and its duty on wine will fall to 9%.",
     date(2019, 2, 1), [(38.5, None, "in_force", "beef"), (9.0, None, "reduced", "wine")]),
    ("falls_then_will_drop", "The duty on imported new cars falls immediately to 25% from 30% and will drop to 15% "
                             "within seven years.", date(2012, 8, 22),
     [(25.0, 30.0, "reduced", "autos"), (15.0, 25.0, "reduced", "autos")]),
    ("from_about", "Russia committed to cut its average import tariff to 7.8% from about 10% over the coming years.",
     date(2012, 8, 22), [(7.8, 10.0, "reduced", None)]),
    ("will_disappear", "The EU's 10% tariff on Japanese cars will disappear over seven years.", date(2019, 2, 1),
     [(10.0, None, "removed", "autos")]),
    # a schedule's participle step stays the new measure's plan
    ("not_falling_step_of_a_plan", "President Obama approved a 35 percent tariff on Chinese tires for the first "
                                   "year, falling to 30 percent in the second year.", date(2009, 9, 14),
     [(35.0, None, "planned", "tires"), (30.0, 35.0, "planned", "tires")]),
    ("not_stocks_drop", "The 25% tariff on steel took effect on Monday. Steel stocks fell 2% and will drop to 1%.",
     date(2025, 6, 14), [(25.0, None, "in_force", "steel")]),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         [pytest.param(text, published, expected, id=f"moves-{name}")
                          for name, text, published, expected in MOVES_OF_THE_RATE])
def test_moves_of_the_rate(text: str, published: date, expected: list[tuple]) -> None:
    facts = [(m.rate_pct, m.prior_rate_pct, m.status, m.product) for m in find_tariffs(text, published)]
    assert facts == expected


# Phrasings read from the check batches 580-639 (session 9), as (rate, prior, imposer, target, status, product,
# effective date): an aside saying where the rate stands now, a schedule carried on by "it", a cut someone only
# recommends, a freeze dated ahead, one of the duties a verb acted on, a readiness to impose, the level a range fell
# from, a relative clause that dates the measure or yields to a removal before it, an order still to be signed, a
# law's ceiling that is no measure, anti-dumping deposits importers must pay, a month after a past verb.
CLAUSES_AND_ASIDES = [
    ("now_aside_stands_now", "Under the plan, the tariff on imported passenger motor vehicles, now 22.5 per cent, will "
                             "continue to fall by 2.5 percentage points a year until it reaches 15 per cent in 2000.",
     date(1997, 6, 5), [(22.5, None, None, "ALL", "in_force", "autos", None),
                        (15.0, None, None, "ALL", "planned", "autos", "2000-01-01")]),
    ("it_steps_on", "The tariff on imported cars will be cut to 15 per cent in 2000. It will stay at that level until "
                    "the end of 2004 and then drop to 10 per cent on January 1, 2005.", date(1997, 6, 5),
     [(15.0, None, None, "ALL", "reduced", "autos", "2000-01-01"),
      (10.0, None, None, "ALL", "reduced", "autos", "2005-01-01")]),
    ("recommended_cut_is_proposed", "The Industry Commission had recommended that the tariff on cars be cut to 5 per "
                                    "cent by 2004.", date(1997, 6, 5),
     [(5.0, None, None, None, "proposed", "autos", "2004-01-01")]),
    ("freeze_dated_ahead", "The government decided to freeze the tariff on imported cars at 15 per cent from 2000.",
     date(1997, 6, 5), [(15.0, None, None, "ALL", "planned", "autos", "2000-01-01")]),
    ("among_the_duties_eliminated", "Canada's 9.2 per cent tariff on American-made hand tools was among the duties "
                                    "eliminated on Sunday.", date(1990, 4, 2),
     [(9.2, None, "CA", "US", "removed", "tools", "1990-04-01")]),
    ("ready_to_impose", "The European Union said it is ready to impose tariffs of between 8% and 30% on U.S. goods as "
                        "early as Dec. 15.", date(2003, 11, 10),
     [(30.0, None, "EU", "US", "threatened", None, "2003-12-15")]),
    ("range_from_as_much_as", "China will cut tariffs on consumer goods. Duties on Western-style suits will fall to "
                              "between 7% and 8% from as much as 17.5%.", date(2015, 5, 25),
     [(8.0, 17.5, "CN", "ALL", "reduced", "apparel", None)]),
    ("which_had_run_as_high_as", "The U.S. tariff cuts took effect today. Duties on Vietnamese garments, which had run "
                                 "as high as 90 per cent, drop to an average of around 12 per cent.", date(2001, 12, 10),
     [(12.0, 90.0, "US", "VN", "reduced", "apparel", "2001-12-10")]),
    ("removal_before_the_relative_clause", "The decision invalidates the reciprocal tariffs of 10% to 50% that Trump "
                                           "applied to goods from most U.S. trading partners.", date(2026, 2, 20),
     [(50.0, None, "US", "ALL", "removed", None, None)]),
    ("order_still_to_sign", "Trump said he would sign an order imposing a 10% global tariff.", date(2026, 2, 20),
     [(10.0, None, "US", "ALL", "planned", None, None)]),
    ("not_a_law_s_ceiling", "Trump will use Section 122 of the Trade Act of 1974, which allows duties of up to 15% for "
                            "150 days.", date(2026, 2, 20), []),
    ("relative_clause_dates_it", "Stellantis will shut its plant starting Monday, the first casualty in Canada of the "
                                 "25 per cent tariff on imported vehicles that the United States began collecting on "
                                 "Thursday.", date(2025, 4, 5),
     [(25.0, None, "US", "ALL", "in_force", "autos", "2025-04-03")]),
    ("deposits_importers_pay", "China will require importers of U.S. sorghum to pay deposits of 178.6 percent from "
                               "Wednesday.", date(2018, 4, 17),
     [(178.6, None, "CN", "US", "planned", "agricultural products", "2018-04-18")]),
    ("photocopiers_not_paper", "The EC imposed anti-dumping duties of up to 20 pct on plain paper photocopiers imported "
                               "from Japan.", date(1987, 2, 23),
     [(20.0, None, "EU", "JP", "in_force", "photocopiers", None)]),
    ("month_after_a_past_verb", "Mexican goods still pay a 25% tariff Washington imposed in March over fentanyl.",
     date(2025, 11, 3), [(25.0, None, "US", "MX", "in_force", None, "2025-03-01")]),
    ("faces_a_rate_sentences_later", "Trump said Serbian goods would face a 35% tariff from Aug. 1. Vucic said he "
                                     "would talk. He called it unfair. Exports were small. Neighbouring Bosnia and "
                                     "Herzegovina was told it would face a 30% rate from the same date.", date(2025, 7, 8),
     [(35.0, None, "US", "RS", "planned", None, "2025-08-01"), (30.0, None, "US", "BA", "planned", None, None)]),
    ("all_the_new_rates_take_effect", "Washington cut the tariff on Pakistani goods to 19 per cent from 29 per cent. "
                                      "Pakistan's 19 per cent rate compares with 25 per cent for India. All the new "
                                      "rates take effect on August 7.", date(2025, 8, 1), None),
    ("countries_that_imposed_taxes", "The United States announced 25% tariffs on imports from six countries that have "
                                     "imposed taxes on American technology companies. The tariffs would hit goods from "
                                     "Britain, Italy and Spain.", date(2021, 6, 2),
     [(25.0, None, "US", "GB", "planned", None, None), (25.0, None, "US", "IT", "planned", None, None),
      (25.0, None, "US", "ES", "planned", None, None)]),
    ("not_only_about_a_share", "Imports account for only about 8 per cent of domestic consumption, officials said of "
                               "the duty cut.", date(2008, 4, 29), []),
    # a utility's tariffs stay the utility's in the sentences after, until a trade word comes
    ("not_electricity_tariffs_after", "The regulator approved a 75 percent increase in electricity tariffs for "
                                      "customers. Tariffs would go up by 50 percent from May 15 and by a further 25 "
                                      "percent from September 1.", date(2017, 5, 5), []),
    ("trade_tariffs_after_electricity", "The regulator approved a 75 percent increase in electricity tariffs. The "
                                        "government also put tariffs of 25 percent on imported steel.", date(2017, 5, 5),
     [(25.0, None, None, "ALL", "in_force", "steel", None)]),
]


def _clause_facts(text: str, published: date) -> list[tuple]:
    return [(m.rate_pct, m.prior_rate_pct, m.imposer, m.target, m.status, m.product,
             m.effective_date.isoformat() if m.effective_date else None) for m in find_tariffs(text, published)]


@pytest.mark.parametrize(("text", "published", "expected"),
                         [pytest.param(text, published, expected, id=f"clauses-{name}")
                          for name, text, published, expected in CLAUSES_AND_ASIDES if expected is not None])
def test_clauses_and_asides(text: str, published: date, expected: list[tuple]) -> None:
    assert _clause_facts(text, published) == expected


def test_all_the_new_rates_take_effect_dates_the_comparison() -> None:
    text = dict((n, t) for n, t, _, _ in CLAUSES_AND_ASIDES)["all_the_new_rates_take_effect"]
    india = [f for f in _clause_facts(text, date(2025, 8, 1)) if f[3] == "IN"]
    assert india == [(25.0, None, "US", "IN", "planned", None, "2025-08-07")]
