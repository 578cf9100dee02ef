"""split_article on named example articles and on the two seed files."""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from transforms.decode import Decoded, decode_bytes
from transforms.split import SplitResult, split_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

P1 = "Japan and the United States held a fifth round of tariff talks in Washington on Friday."
P2 = "Officials said the 24% tariff on Japanese goods would take effect in July unless a deal is reached."
P3 = "“We want an agreement as soon as possible,” Akazawa said, adding that the G7 summit was on the radar."
H1 = "Global Markets Slide as Tech Stocks Sink"
H2 = "Hong Kong Democratic Party Disbands After Member Vote"
H3 = "Trump Slaps 25% Tariff on Japanese Cars, Cites National Security"
TARIFF_HEADLINES = [
    "Trump Slaps 25% Tariff on Japanese Cars",
    "EU Weighs 10% Retaliatory Duties on $21 Billion of U.S. Goods",
    "Steel Tariffs Rise to 50%",
    "Japan Faces 24.5% Levy as Talks Stall",
]


class Case(NamedTuple):
    text: str
    layout: str
    headlines: list[str]
    paragraphs: list[str]
    label: str | None = None


def _decoded(data: bytes) -> str:
    result = decode_bytes(data)
    assert isinstance(result, Decoded)
    return result.text


CASES: dict[str, Case] = {
    # seed_lines: one paragraph per line, 2+ blank lines, one headline per line
    "seed_lines_basic": Case(f"{P1}\n{P2}\n\n\n{H1}\n{H2}\n", "seed_lines", [H1, H2], [P1, P2]),
    "seed_lines_trailing_spaces_and_blank_lines": Case(
        f"{P1}\n{P2}\n\n\n{H1} \n{H2}  \n{H3} \n\n\n\n", "seed_lines", [H1, H2, H3], [P1, P2]
    ),
    "seed_lines_tabs_around_lines": Case(f"\t{P1}\t\n{P2}\n\t\n\t\n\t{H1}\t\n{H2}\t", "seed_lines", [H1, H2], [P1, P2]),
    "seed_lines_crlf_after_decode": Case(
        _decoded(f"{P1}\r\n{P2}\r\n\r\n\r\n{H1}\r\n{H2}\r\n".encode()), "seed_lines", [H1, H2], [P1, P2]
    ),
    "seed_lines_cr_after_decode": Case(_decoded(f"{P1}\r\r\r{H1}\r{H2}\r".encode()), "seed_lines", [H1, H2], [P1]),
    "seed_lines_one_paragraph_body": Case(f"{P1}\n\n\n{H1}\n{H2}", "seed_lines", [H1, H2], [P1]),
    "seed_lines_tariff_and_percent_headlines": Case(
        f"{P1}\n\n\n" + "\n".join(TARIFF_HEADLINES) + "\n", "seed_lines", TARIFF_HEADLINES, [P1]
    ),
    "seed_lines_headlines_ending_in_question_quote_initials": Case(
        f"{P1}\n\n\nWill Tariffs Bite?\nTrump Calls Japan Deal “Historic”\nChina Vows to Retaliate Against the U.S.\n",
        "seed_lines",
        ["Will Tariffs Bite?", "Trump Calls Japan Deal “Historic”", "China Vows to Retaliate Against the U.S."],
        [P1],
    ),
    "seed_lines_sentence_case_headlines": Case(
        f"{P1}\n\n\nJapan's exports fall for a second month\nYen slips as BOJ holds rates\n",
        "seed_lines",
        ["Japan's exports fall for a second month", "Yen slips as BOJ holds rates"],
        [P1],
    ),
    "seed_lines_one_headline_with_period_in_long_list": Case(
        f"{P1}\n{P2}\n\n\n{H1}\nFed Holds Rates Steady.\n{H2}\n{H3}\n",
        "seed_lines",
        [H1, "Fed Holds Rates Steady.", H2, H3],
        [P1, P2],
    ),
    "seed_lines_dateline_and_short_sentence_paragraphs_stay_body": Case(
        f"WASHINGTON (Reuters) -\nTariffs Rise Again.\n{P1}\n\n\n{H1}\n{H2}",
        "seed_lines",
        [H1, H2],
        ["WASHINGTON (Reuters) -", "Tariffs Rise Again.", P1],
    ),
    "seed_lines_headline_shaped_last_body_line_before_double_gap": Case(
        f"{P1}\n\nWhat Comes Next\n\n\n{H1}\n{H2}",
        "blank_paragraphs",
        [H1, H2],
        [P1, "What Comes Next"],
    ),
    # blank_paragraphs: paragraphs separated by single blank lines
    "blank_paragraphs_headline_list": Case(
        f"{P1}\n\n{P2}\n\n{P3}\n\n{H1}\n{H2}\n{H3}\n", "blank_paragraphs", [H1, H2, H3], [P1, P2, P3]
    ),
    "blank_paragraphs_headlines_blank_separated": Case(
        f"{P1}\n\n{P2}\n\n{H1}\n\n{H2}\n\n{H3}\n\n", "blank_paragraphs", [H1, H2, H3], [P1, P2]
    ),
    "blank_paragraphs_hard_wrapped_paragraphs": Case(
        f"The U.S. raised tariffs on steel\nand aluminum on Friday.\n\n{P2}\n\n{H1}\n{H2}",
        "blank_paragraphs",
        [H1, H2],
        ["The U.S. raised tariffs on steel\nand aluminum on Friday.", P2],
    ),
    "blank_paragraphs_crlf_after_decode": Case(
        _decoded(f"{P1}\r\n\r\n{P2}\r\n\r\n{H1}\r\n{H2}\r\n".encode()), "blank_paragraphs", [H1, H2], [P1, P2]
    ),
    "blank_paragraphs_subhead_inside_body_stays_body": Case(
        f"{P1}\n\nWhat Comes Next for Tariffs\n\n{P2}\n\n{H1}\n{H2}",
        "blank_paragraphs",
        [H1, H2],
        [P1, "What Comes Next for Tariffs", P2],
    ),
    "blank_paragraphs_short_last_paragraph_with_period": Case(
        f"{P1}\n\nTariffs Rise Again.\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2], [P1, "Tariffs Rise Again."]
    ),
    "blank_paragraphs_credit_line_in_parentheses": Case(
        f"{P1}\n\n(Reporting by David Lawder; Editing by Chris Reese)\n\n{H1}\n{H2}",
        "blank_paragraphs",
        [H1, H2],
        [P1, "(Reporting by David Lawder; Editing by Chris Reese)"],
    ),
    "blank_paragraphs_credit_line_bare": Case(
        f"{P1}\n\nReporting by David Lawder; Editing by Chris Reese\n\n{H1}\n{H2}",
        "blank_paragraphs",
        [H1, H2],
        [P1, "Reporting by David Lawder; Editing by Chris Reese"],
    ),
    "blank_paragraphs_quote_attribution_without_period": Case(
        f"{P1}\n\n“We will respond,” he said\n\n{H1}\n{H2}",
        "blank_paragraphs",
        [H1, H2],
        [P1, "“We will respond,” he said"],
    ),
    "blank_paragraphs_two_sentences_without_final_period": Case(
        f"{P1}\n\nTalks resume in Tokyo next week. Officials declined to comment\n\n{H1}\n{H2}",
        "blank_paragraphs",
        [H1, H2],
        [P1, "Talks resume in Tokyo next week. Officials declined to comment"],
    ),
    "blank_paragraphs_sentence_ending_in_initials_stays_body": Case(
        f"{P1}\n\nJapan ships most of its cars to the U.S.\n\n{H1}\n{H2}",
        "blank_paragraphs",
        [H1, H2],
        [P1, "Japan ships most of its cars to the U.S."],
    ),
    "blank_paragraphs_bulleted_list_without_label": Case(
        f"{P1}\n\n• {H1}\n• {H2}\n", "blank_paragraphs", [H1, H2], [P1]
    ),
    # label: everything after the label line is a headline
    "label_related_coverage_with_colon": Case(
        f"{P1}\n{P2}\n\nRelated coverage:\n{H1}\n{H2}\n", "label", [H1, H2], [P1, P2], "Related coverage:"
    ),
    "label_read_more_without_colon_and_bullets": Case(
        f"{P1}\n\nRead More\n• {H1}\n• {H2}", "label", [H1, H2], [P1], "Read More"
    ),
    "label_related_articles_upper_case": Case(
        f"{P1}\n\nRELATED ARTICLES\n- {H1}\n- {H2}", "label", [H1, H2], [P1], "RELATED ARTICLES"
    ),
    "label_every_bullet_kind": Case(
        f"{P1}\n\nRelated:\n* A One\n– B Two\n· C Three\n▪ D Four\n> E Five\n•F Six\n- G Seven",
        "label",
        ["A One", "B Two", "C Three", "D Four", "E Five", "F Six", "G Seven"],
        [P1],
        "Related:",
    ),
    "label_more_from_reuters": Case(
        f"{P1}\n\nMore from Reuters:\n{H1}\n{H2}", "label", [H1, H2], [P1], "More from Reuters:"
    ),
    "label_more_on_this_story": Case(
        f"{P1}\n\nMore on this story\n{H1}\n{H2}", "label", [H1, H2], [P1], "More on this story"
    ),
    "label_see_also_with_tabs": Case(f"{P1}\n\n\tSee also:\t\n\t{H1}\n", "label", [H1], [P1], "See also:"),
    "label_you_may_also_like": Case(
        f"{P1}\n\nYou may also like\n\n{H1}\n\n{H2}\n\n", "label", [H1, H2], [P1], "You may also like"
    ),
    "label_makes_single_trailing_line_a_headline": Case(
        f"{P1}\n\nRelated:\nTariffs Rise Again", "label", ["Tariffs Rise Again"], [P1], "Related:"
    ),
    "label_headlines_ending_in_periods": Case(
        f"{P1}\n\nRead more:\nFed holds rates steady.\nYen slips.", "label",
        ["Fed holds rates steady.", "Yen slips."], [P1], "Read more:"
    ),
    "label_as_last_line_without_headlines": Case(f"{P1}\n{P2}\n\nRelated:\n\n", "label", [], [P1, P2], "Related:"),
    "label_on_first_line": Case(f"Related:\n{H1}\n{H2}", "label", [H1, H2], [], "Related:"),
    "label_second_label_line_is_not_a_headline": Case(
        f"{P1}\n\nRelated:\n- {H1}\n\nMore from Reuters\n- {H2}", "label", [H1, H2], [P1], "Related:"
    ),
    "label_numbered_list": Case(
        f"{P1}\n\nRelated:\n1. {H1}\n2) {H2}\n10. 2026 Rate Cut Bets Grow", "label",
        [H1, H2, "2026 Rate Cut Bets Grow"], [P1], "Related:",
    ),
    "label_bullet_only_line_is_skipped": Case(f"{P1}\n\nRelated:\n•\n- {H1}\n-", "label", [H1], [P1], "Related:"),
    "label_crlf_after_decode": Case(
        _decoded(f"{P1}\r\n\r\nRelated coverage:\r\n• {H1}\r\n• {H2}\r\n".encode()),
        "label", [H1, H2], [P1], "Related coverage:",
    ),
    "label_mid_body_followed_by_paragraphs_is_body": Case(
        f"{P1}\n\nRead more:\n\n{P2} {P3}\n\n{H1}\n{H2}",
        "blank_paragraphs",
        [H1, H2],
        [P1, "Read more:", f"{P2} {P3}"],
    ),
    # body_only
    "body_only_one_paragraph": Case(P1, "body_only", [], [P1]),
    "body_only_one_paragraph_surrounded_by_whitespace": Case(f"\n\n  {P1}  \n\n", "body_only", [], [P1]),
    "body_only_blank_paragraphs": Case(f"{P1}\n\n{P2}\n", "body_only", [], [P1, P2]),
    "body_only_single_short_trailing_line_is_body": Case(
        f"{P1}\n\nTariffs Rise Again", "body_only", [], [P1, "Tariffs Rise Again"]
    ),
    "body_only_subheads_followed_by_body": Case(
        f"Background\n{P1}\nWhat Comes Next\n{P2}", "body_only", [], ["Background", P1, "What Comes Next", P2]
    ),
    "body_only_more_on_line_is_not_a_label": Case(
        f"{P1}\n\nMore on tariffs later today", "body_only", [], [P1, "More on tariffs later today"]
    ),
    "body_only_dateline_then_body": Case(f"TOKYO (Reuters) -\n{P1}", "body_only", [], ["TOKYO (Reuters) -", P1]),
    "body_only_headline_shaped_title_then_body": Case(
        f"Japan Tariff Talks Stall\n\n{P1}\n\n{P2}", "body_only", [], ["Japan Tariff Talks Stall", P1, P2]
    ),
    # headlines_only
    "headlines_only_list": Case(f"{H1}\n{H2}\n{H3}\n", "headlines_only", [H1, H2, H3], []),
    "headlines_only_bulleted_with_leading_blank_lines": Case(f"\n\n• {H1}\n• {H2}", "headlines_only", [H1, H2], []),
    "headlines_only_blank_separated": Case(f"{H1}\n\n{H2}\n\n", "headlines_only", [H1, H2], []),
    # empty
    "empty_string": Case("", "empty", [], []),
    "empty_whitespace_and_tabs": Case("   \n\t\n  \n", "empty", [], []),
    # Adversarial layouts of scraped pages. Headline items that end in a period,
    # carry a colon, a quote or a question, or are in sentence case.
    "items_with_colon_quote_question": Case(
        f"{P1}\n{P2}\n\n\nAnalysis: Why Tariffs Matter\nTrump Calls Deal 'Massive'\nWill the Fed Cut in June?\n",
        "seed_lines",
        ["Analysis: Why Tariffs Matter", "Trump Calls Deal 'Massive'", "Will the Fed Cut in June?"],
        [P1, P2],
    ),
    "item_quote_attribution_with_says_is_a_headline": Case(
        f"{P1}\n{P2}\n\n\n‘We will not back down,’ says Sheinbaum\n{H1}\n{H2}\n",
        "seed_lines", ["‘We will not back down,’ says Sheinbaum", H1, H2], [P1, P2],
    ),
    "item_quote_attribution_in_present_tense_in_label_list": Case(
        f"{P1}\n\nRelated:\n‘It is a disaster,’ farmers say\n{H1}", "label",
        ["‘It is a disaster,’ farmers say", H1], [P1], "Related:",
    ),
    "last_paragraph_quote_attributed_without_period": Case(
        f"{P1}\n\n“We will respond,” the minister told reporters\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2],
        [P1, "“We will respond,” the minister told reporters"],
    ),
    "item_with_vs_abbreviation_is_a_headline": Case(
        f"{P1}\n\n\nLakers vs. Celtics: Game 7 Preview\n{H1}\n", "seed_lines",
        ["Lakers vs. Celtics: Game 7 Preview", H1], [P1],
    ),
    "items_all_ending_in_periods_after_two_blank_lines": Case(
        f"{P1}\n{P2}\n\n\nFed holds rates steady.\nYen slips as BOJ waits.\nOil falls 2%.\n",
        "seed_lines", ["Fed holds rates steady.", "Yen slips as BOJ waits.", "Oil falls 2%."], [P1, P2],
    ),
    "title_case_items_ending_in_periods_after_one_blank_line": Case(
        f"{P1}\n\n{P2}\n\nFed Holds Rates Steady.\nYen Slips Against the Dollar.\n",
        "blank_paragraphs", ["Fed Holds Rates Steady.", "Yen Slips Against the Dollar."], [P1, P2],
    ),
    "half_sentence_case_period_items_after_one_blank_line_under_line_per_paragraph_body": Case(
        f"{P1}\n{P2}\n\nFed holds rates steady.\nYen slips as BOJ waits.\n{H1}\n{H2}\n",
        "blank_paragraphs", ["Fed holds rates steady.", "Yen slips as BOJ waits.", H1, H2], [P1, P2],
    ),
    "period_item_in_blank_separated_list_after_two_blank_lines": Case(
        f"{P1}\n{P2}\n\n\n{H1}\n\nFed holds rates steady.\n\n{H2}\n",
        "seed_lines", [H1, "Fed holds rates steady.", H2], [P1, P2],
    ),
    "short_sentences_after_one_blank_line_under_one_paragraph_stay_body": Case(
        f"{P1}\n\nStocks fell.\nBonds rose.\n{H1}", "body_only", [], [P1, f"Stocks fell.\nBonds rose.\n{H1}"],
    ),
    "one_period_item_in_four_after_one_blank_line": Case(
        f"{P1}\n{P2}\n\n{H1}\nFed holds rates steady.\n{H2}\n{H3}\n",
        "blank_paragraphs", [H1, "Fed holds rates steady.", H2, H3], [P1, P2],
    ),
    "truncated_item_ending_in_ellipsis": Case(
        f"{P1}\n\n\n{H1}\nTrump Says Tariffs on Japanese Cars Will Go Ahead Despite…\n{H2}\n",
        "seed_lines", [H1, "Trump Says Tariffs on Japanese Cars Will Go Ahead Despite…", H2], [P1],
    ),
    "sentence_case_items_one_ending_in_initials": Case(
        f"{P1}\n{P2}\n\n\nJapan's exports fall for a second month\nYen slips as BOJ holds rates\n"
        "China vows to retaliate against the U.S.\n",
        "seed_lines",
        ["Japan's exports fall for a second month", "Yen slips as BOJ holds rates",
         "China vows to retaliate against the U.S."],
        [P1, P2],
    ),
    "sentence_case_items_after_one_blank_line": Case(
        f"{P1}\n\n{P2}\n\nJapan's exports fall for a second month\nYen slips as BOJ holds rates\n",
        "blank_paragraphs", ["Japan's exports fall for a second month", "Yen slips as BOJ holds rates"], [P1, P2],
    ),
    # Lists set off by only one blank line.
    "one_blank_line_after_one_paragraph_per_line_body": Case(
        f"{P1}\n{P2}\n{P3}\n\n{H1}\n{H2}\n{H3}\n", "blank_paragraphs", [H1, H2, H3], [P1, P2, P3],
    ),
    "one_paragraph_body_one_blank_line": Case(f"{P1}\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2], [P1]),
    # How the body ends.
    "short_last_paragraph_without_period_before_one_blank_line": Case(
        f"{P1}\n\nOfficials did not comment\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2],
        [P1, "Officials did not comment"],
    ),
    "last_paragraph_is_a_quoted_question": Case(
        f"{P1}\n\n{P2}\n\n“Who will pay for this?”\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2],
        [P1, P2, "“Who will pay for this?”"],
    ),
    "last_paragraph_ends_in_quote_and_period": Case(
        f"{P1}\n“We will respond.”\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2], [P1, "“We will respond.”"],
    ),
    "credit_line_last_in_one_paragraph_per_line_body": Case(
        f"{P1}\n(Reporting by David Lawder; Editing by Chris Reese)\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2],
        [P1, "(Reporting by David Lawder; Editing by Chris Reese)"],
    ),
    "correction_note_in_parentheses_last": Case(
        f"{P1}\n\n(This story has been corrected to fix the date.)\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2],
        [P1, "(This story has been corrected to fix the date.)"],
    ),
    "two_title_like_closing_paragraphs_before_one_blank_line": Case(
        f"{P1}\n\nMarkets Slide\n\nWhat Comes Next\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2],
        [P1, "Markets Slide", "What Comes Next"],
    ),
    # Bullets and numbers without a label.
    "unicode_bullets_without_label": Case(
        f"{P1}\n\n● {H1}\n■ {H2}\n➤ {H3}\n→ Oil Steady", "blank_paragraphs", [H1, H2, H3, "Oil Steady"], [P1],
    ),
    "numbered_list_without_label": Case(
        f"{P1}\n{P2}\n\n\n1. {H1}\n2. {H2}\n3. {H3}", "seed_lines", [H1, H2, H3], [P1, P2],
    ),
    "bulleted_list_after_blank_is_taken_as_headlines": Case(
        f"{P1}\n\n• Steel tariffs fall to 15%\n• Autos exempt", "blank_paragraphs",
        ["Steel tariffs fall to 15%", "Autos exempt"], [P1],
    ),
    "sentence_ending_in_colon_before_bullets_stays_body": Case(
        f"{P1}\n\nThe new tariffs cover the following goods:\n• Steel\n• Aluminum", "body_only", [],
        [P1, "The new tariffs cover the following goods:\n• Steel\n• Aluminum"],
    ),
    # Labels of real pages.
    "label_upper_case_related": Case(f"{P1}\n\nRELATED\n{H1}\n{H2}", "label", [H1, H2], [P1], "RELATED"),
    "label_related_stories": Case(f"{P1}\n\nRelated Stories\n{H1}\n{H2}", "label", [H1, H2], [P1], "Related Stories"),
    "label_read_next": Case(f"{P1}\n\nRead next\n{H1}\n{H2}", "label", [H1, H2], [P1], "Read next"),
    "label_also_read_colon": Case(f"{P1}\n\nAlso read:\n{H1}\n{H2}", "label", [H1, H2], [P1], "Also read:"),
    "label_most_popular_numbered": Case(
        f"{P1}\n{P2}\n\nMost popular\n1. {H1}\n2. {H2}\n3. {H3}", "label", [H1, H2, H3], [P1, P2], "Most popular",
    ),
    "label_top_stories": Case(f"{P1}\n\nTop stories\n\n{H1}\n{H2}", "label", [H1, H2], [P1], "Top stories"),
    "label_trending_upper_case_with_bullets": Case(
        f"{P1}\n\nTRENDING\n● {H1}\n● {H2}", "label", [H1, H2], [P1], "TRENDING",
    ),
    "label_more_coverage": Case(f"{P1}\n\nMore coverage\n{H1}\n{H2}", "label", [H1, H2], [P1], "More coverage"),
    "label_read_more_from_outlet": Case(
        f"{P1}\n\nRead more from Nikkei Asia:\n{H1}\n{H2}", "label", [H1, H2], [P1], "Read more from Nikkei Asia:",
    ),
    "label_editors_picks": Case(f"{P1}\n\nEditor's Picks\n{H1}\n{H2}", "label", [H1, H2], [P1], "Editor's Picks"),
    "label_in_case_you_missed_it": Case(
        f"{P1}\n\nIn case you missed it\n{H1}\n{H2}", "label", [H1, H2], [P1], "In case you missed it",
    ),
    "label_with_guillemet": Case(f"{P1}\n\nRead more »\n{H1}\n{H2}", "label", [H1, H2], [P1], "Read more »"),
    "label_in_brackets": Case(f"{P1}\n\n[Related]\n{H1}\n{H2}", "label", [H1, H2], [P1], "[Related]"),
    "label_then_blank_line_then_numbered_list": Case(
        f"{P1}\n\nMore from Reuters\n\n1) {H1}\n2) {H2}", "label", [H1, H2], [P1], "More from Reuters",
    ),
    "label_unknown_short_with_colon": Case(
        f"{P1}\n{P2}\n\nBusiness briefs:\n{H1}\n{H2}", "label", [H1, H2], [P1, P2], "Business briefs:",
    ),
    "label_words_inside_headlines_are_not_labels": Case(
        f"{P1}\n\n\nMore Layoffs Hit Detroit\nTrending Stocks Rally on Fed Hopes\nTop Court Hears Tariff Case\n",
        "seed_lines",
        ["More Layoffs Hit Detroit", "Trending Stocks Rally on Fed Hopes", "Top Court Hears Tariff Case"], [P1],
    ),
    "label_subhead_followed_by_paragraphs_is_body": Case(
        f"{P1}\n\nTop stories\n\n{P2}\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2], [P1, "Top stories", P2],
    ),
    # Inline labels.
    "inline_label_with_headline_on_same_line": Case(
        f"{P1}\n\nRead more: Japan Tariff Talks Stall\n", "label", ["Japan Tariff Talks Stall"], [P1], "Read more:",
    ),
    "inline_label_right_under_the_body": Case(
        f"{P1}\n{P2}\nAlso read: Japan Tariff Talks Stall", "label", ["Japan Tariff Talks Stall"], [P1, P2],
        "Also read:",
    ),
    "inline_labels_on_every_item": Case(
        f"{P1}\n\nRead more: {H1}\nRead more: {H2}", "label", [H1, H2], [P1], "Read more:",
    ),
    "inline_label_mid_body_stays_body": Case(
        f"{P1}\nRead more: Japan Tariff Talks Stall\n{P2}", "body_only", [],
        [P1, "Read more: Japan Tariff Talks Stall", P2],
    ),
    "inline_label_before_a_sentence_stays_body": Case(
        f"{P1}\n\nRead more: the full text of the deal is online.", "body_only", [],
        [P1, "Read more: the full text of the deal is online."],
    ),
    # Page furniture.
    "trailing_advertisement_and_share_lines": Case(
        f"{P1}\n{P2}\n\n\n{H1}\n{H2}\n\nAdvertisement\nShare this article\n", "seed_lines", [H1, H2], [P1, P2],
    ),
    "advertisement_between_paragraphs_is_dropped": Case(
        f"{P1}\nAdvertisement\n{P2}\n\n\n{H1}\n{H2}", "seed_lines", [H1, H2], [P1, P2],
    ),
    "story_continues_below_between_blank_paragraphs": Case(
        f"{P1}\n\nStory continues below advertisement\n\n{P2}\n\n{H1}\n{H2}", "blank_paragraphs", [H1, H2],
        [P1, P2],
    ),
    "label_list_followed_by_furniture": Case(
        f"{P1}\n\nRelated:\n• {H1}\n• {H2}\n\nShare this article\n© 2025 Reuters. All rights reserved.",
        "label", [H1, H2], [P1], "Related:",
    ),
    "copyright_after_body_only": Case(
        f"{P1}\n\n{P2}\n\nCopyright 2025 The Associated Press. All rights reserved.", "body_only", [], [P1, P2],
    ),
    "rule_line_between_body_and_list": Case(
        f"{P1}\n{P2}\n\n* * *\n\n{H1}\n{H2}", "seed_lines", [H1, H2], [P1, P2],
    ),
    "only_furniture_is_kept_as_body": Case("Advertisement\n", "body_only", [], ["Advertisement"]),
    "zero_width_spaces_on_blank_lines_and_items": Case(
        f"{P1}\n{P2}\n\u200b\n\u200b \n{H1}\u200b\n\ufeff{H2}\n", "seed_lines", [H1, H2], [P1, P2],
    ),
    # Datelines and bylines.
    "byline_and_dateline_lines_then_body": Case(
        f"By Jane Doe\nWASHINGTON, March 4 (Reuters) -\n{P1}\n\n\n{H1}\n{H2}", "seed_lines", [H1, H2],
        ["By Jane Doe", "WASHINGTON, March 4 (Reuters) -", P1],
    ),
    "dateline_inside_first_paragraph": Case(
        f"TOKYO, June 14 (Reuters) - {P1}\n{P2}\n\n\n{H1}\n{H2}", "seed_lines", [H1, H2],
        [f"TOKYO, June 14 (Reuters) - {P1}", P2],
    ),
    # Sidebar labels outside the fixed phrases: a sidebar word (related, more, other, top...), at most one
    # topic or outlet word, and what the sidebar holds (stories, coverage, topics, headlines...).
    "label_related_topics_without_colon": Case(
        f"{P1}\n\nRelated Topics\n{H1}\n{H2}", "label", [H1, H2], [P1], "Related Topics",
    ),
    "label_with_a_topic_word": Case(
        f"{P1}\n{P2}\n\n\nMore Tariff Coverage\n{H1}\n{H2}", "label", [H1, H2], [P1, P2], "More Tariff Coverage",
    ),
    "label_print_edition_upper_case": Case(
        f"{P1}\n\n\nALSO IN TODAY'S EDITION\n\n* {H1}\n* {H2}", "label", [H1, H2], [P1], "ALSO IN TODAY'S EDITION",
    ),
    "label_people_also_read": Case(
        f"{P1}\n\nPeople also read\n{H1}\n{H2}", "label", [H1, H2], [P1], "People also read",
    ),
    "sidebar_words_inside_a_headline_keep_it_a_headline": Case(
        f"{P1}\n\n\n{H1}\nFox Expands Coverage\nOther Stories of the Year\n", "seed_lines",
        [H1, "Fox Expands Coverage", "Other Stories of the Year"], [P1],
    ),
    # What closes an article after its list: neither headline nor body.
    "credit_after_the_list": Case(
        f"{P1}\n{P2}\n\n\n{H1}\n{H2}\n\n(Reporting by David Lawder; Editing by Chris Reese)\n", "seed_lines",
        [H1, H2], [P1, P2],
    ),
    "byline_after_the_labelled_list": Case(
        f"{P1}\n\nRelated:\n- {H1}\n- {H2}\n\nBy Jane Doe and Ken Ito", "label", [H1, H2], [P1], "Related:",
    ),
    "editors_note_after_the_list": Case(
        f"{P1}\n{P2}\n\n\n{H1}\n{H2}\n{H3}\nEditor's note: This story was updated.", "seed_lines",
        [H1, H2, H3], [P1, P2],
    ),
    "credit_after_short_closing_lines_not_set_off_stays_body": Case(
        f"{P1}\n\n{P2}\n\nMarkets Slide\nWhat Comes Next\n\n(Reporting by David Lawder)", "body_only", [],
        [P1, P2, "Markets Slide\nWhat Comes Next", "(Reporting by David Lawder)"],
    ),
    "credit_at_the_end_of_a_body_only_article_stays_body": Case(
        f"{P1}\n{P2}\n(Reporting by David Lawder; Editing by Chris Reese)", "body_only", [],
        [P1, P2, "(Reporting by David Lawder; Editing by Chris Reese)"],
    ),
    # Fact lists are not sidebars.
    "rate_list_under_a_colon_sentence_stays_body": Case(
        f"{P1}\n\n{P2}\n\nThe new rates:\n- Steel: 50%\n- Aluminum: 50%\n- Copper: 50%", "body_only", [],
        [P1, P2, "The new rates:\n- Steel: 50%\n- Aluminum: 50%\n- Copper: 50%"],
    ),
    "bulleted_rate_list_closing_a_blank_paragraph_body_stays_body": Case(
        f"{P1}\n\n{P2}\n\n• Steel: 50%\n• Autos: 25% to 100% in 2026\n• Canada: C$30 billion", "body_only", [],
        [P1, P2, "• Steel: 50%\n• Autos: 25% to 100% in 2026\n• Canada: C$30 billion"],
    ),
    "headline_with_a_colon_and_a_number_is_a_headline": Case(
        f"{P1}\n\n{P2}\n\nAnalysis: 5 Things to Know About Tariffs\nExclusive: 10 Banks Probed", "blank_paragraphs",
        ["Analysis: 5 Things to Know About Tariffs", "Exclusive: 10 Banks Probed"], [P1, P2],
    ),
    # A short closing paragraph before a tight list, in a body whose paragraphs are set off by wider gaps.
    "closing_paragraph_before_a_list_set_off_less_than_the_paragraphs": Case(
        f"{P1}\n\n\n\n{P2}\n\n\n\nThe long game\n\n\n{H1}\n{H2}\n{H3}", "blank_paragraphs", [H1, H2, H3],
        [P1, P2, "The long game"],
    ),
    # A sentence among the items of a list (scraped sidebars carry them).
    "sentence_item_in_a_labelled_list": Case(
        f"{P1}\n\n\nMore on this story\n* {H1}\n* {H2}\n* The peso is expected to rebound when markets open on "
        f"Monday, traders said.\n* {H3}", "label",
        [H1, H2, "The peso is expected to rebound when markets open on Monday, traders said.", H3], [P1],
        "More on this story",
    ),
    "sentence_item_in_a_seed_list": Case(
        f"{P1}\n{P2}\n\n\n{H1}\n{H2}\nAnalysts said the turmoil could spread to other Wall Street firms in the "
        f"coming days.\n{H3}\n", "seed_lines",
        [H1, H2, "Analysts said the turmoil could spread to other Wall Street firms in the coming days.", H3], [P1, P2],
    ),
    "sentence_first_after_a_label_keeps_it_body": Case(
        f"{P1}\n\nRelated:\n{P2}\n{H1}\n{H2}\n{H3}", "body_only", [], [P1, f"Related:\n{P2}\n{H1}\n{H2}\n{H3}"],
    ),
    "two_sentences_in_three_items_are_body": Case(
        f"{P1}\n\n{P2}\n{H1}\n{P2}", "body_only", [], [P1, f"{P2}\n{H1}\n{P2}"],
    ),
    "sentence_case_period_items_after_the_only_blank_line_of_a_line_per_paragraph_body": Case(
        f"{P1}\n{P2}\n\nFed holds rates steady.\nYen slips as BOJ waits.\nOil falls 2%.\n", "blank_paragraphs",
        ["Fed holds rates steady.", "Yen slips as BOJ waits.", "Oil falls 2%."], [P1, P2],
    ),
    # Two items set off like a sidebar, one of them a short sentence (dev 320's list, cut to two).
    "two_items_short_sentence_first_after_two_blank_lines": Case(
        f"{P1}\n{P2}\nDRAM prices fell another 8 pct.\n\n\nMemory chip makers cut output as prices slide further.\n"
        f"Intel to build second Israeli fab\n", "seed_lines",
        ["Memory chip makers cut output as prices slide further.", "Intel to build second Israeli fab"],
        [P1, P2, "DRAM prices fell another 8 pct."],
    ),
    "two_items_short_sentence_last_bulleted": Case(
        f"{P1}\n{P2}\n\n\n• {H1}\n• Chip makers cut output as prices slide.", "seed_lines",
        [H1, "Chip makers cut output as prices slide."], [P1, P2],
    ),
    "two_items_after_the_only_blank_line_of_a_line_per_paragraph_body": Case(
        f"{P1}\n{P2}\n\nMemory chip makers cut output.\n{H1}", "blank_paragraphs",
        ["Memory chip makers cut output.", H1], [P1, P2],
    ),
    "two_items_after_a_gap_wider_than_the_paragraph_gaps": Case(
        f"{P1}\n\n{P2}\n\n\nMemory chip makers cut output.\n{H1}", "blank_paragraphs",
        ["Memory chip makers cut output.", H1], [P1, P2],
    ),
    "two_sentence_case_items_with_periods_after_two_blank_lines": Case(
        f"{P1}\n{P2}\n\n\nChip makers cut output.\nKorea's exports fall 12 pct.", "seed_lines",
        ["Chip makers cut output.", "Korea's exports fall 12 pct."], [P1, P2],
    ),
    "two_short_closing_sentences_after_the_only_blank_line_stay_body": Case(
        f"{P1}\n{P2}\n\nThe vote is due in June.\nTalks resume on Monday.", "body_only", [],
        [f"{P1}\n{P2}", "The vote is due in June.\nTalks resume on Monday."],
    ),
    "two_short_closing_sentences_after_two_blank_lines_in_a_body_with_wide_gaps_stay_body": Case(
        f"{P1}\n\n\n{P2}\n\n\nThe vote is due in June.\nTalks resume on Monday.", "body_only", [],
        [P1, P2, "The vote is due in June.\nTalks resume on Monday."],
    ),
    "short_sentence_and_headline_line_after_the_body_paragraph_gap_stay_body": Case(
        f"{P1}\n\n{P2}\n\nThe vote is due in June.\nWhat Comes Next", "body_only", [],
        [P1, P2, "The vote is due in June.\nWhat Comes Next"],
    ),
    "long_sentence_and_headline_after_two_blank_lines_stay_body": Case(
        f"{P1}\n{P2}\n\n\nThe ministry said the vote on the new tariff schedule is now due in early June.\n{H1}",
        "body_only", [], [f"{P1}\n{P2}", f"The ministry said the vote on the new tariff schedule is now due in early June.\n{H1}"],
    ),
    "continued_line_and_headline_after_two_blank_lines_stay_body": Case(
        f"{P1}\n{P2}\n\n\nThe vote is due in June, officials said,\nand talks resume on Monday", "body_only", [],
        [f"{P1}\n{P2}", "The vote is due in June, officials said,\nand talks resume on Monday"],
    ),
    "rate_item_and_headline_after_two_blank_lines_stay_body": Case(
        f"{P1}\n{P2}\n\n\nSteel: 50%.\n{H1}", "body_only", [], [f"{P1}\n{P2}", f"Steel: 50%.\n{H1}"],
    ),
    # Items carrying their age, date, source or tag.
    "items_with_age_in_brackets_after_the_body_paragraph_gap": Case(
        f"{P1}\n\n{P2}\n\n{H1} (2 hours ago)\nYen slips as BOJ waits (5 hours ago)\nOil falls (March 4)",
        "blank_paragraphs", [f"{H1} (2 hours ago)", "Yen slips as BOJ waits (5 hours ago)", "Oil falls (March 4)"],
        [P1, P2],
    ),
    "two_items_with_a_tag_in_square_brackets": Case(
        f"{P1}\n{P2}\n\n\n{H1} [VIDEO]\nChip makers cut output. [Reuters]", "seed_lines",
        [f"{H1} [VIDEO]", "Chip makers cut output. [Reuters]"], [P1, P2],
    ),
    "age_lines_under_the_items_are_furniture": Case(
        f"{P1}\n\n{P2}\n\n{H1}\n2 hours ago\n{H2}\nUpdated 35 mins ago\n{H3}\nUpdated an hour ago", "blank_paragraphs",
        [H1, H2, H3], [P1, P2],
    ),
    "update_note_in_brackets_opening_the_body_stays_body": Case(
        f"(Adds minister's comment)\n{P1}\n{P2}", "body_only", [], ["(Adds minister's comment)", P1, P2],
    ),
    "bracketed_aside_after_a_closing_sentence_stays_body": Case(
        f"{P1}\n\n{P2}\n\nThe ministry did not comment. (Reuters)\nTalks resume on Monday.", "body_only", [],
        [P1, P2, "The ministry did not comment. (Reuters)\nTalks resume on Monday."],
    ),
    "bracketed_figure_after_a_rate_item_is_no_aside": Case(
        f"{P1}\n\n{P2}\n\n• Steel: 50% (25%)\n• Aluminum: 50% (10%)\n• Copper: 50% (0%)", "body_only", [],
        [P1, P2, "• Steel: 50% (25%)\n• Aluminum: 50% (10%)\n• Copper: 50% (0%)"],
    ),
    "a_paragraph_opening_with_hours_ago_stays_body": Case(
        f"{P1}\n\n2 hours ago, the ministry said it would respond.\n\n{P2}", "body_only", [],
        [P1, "2 hours ago, the ministry said it would respond.", P2],
    ),
    "date_lines_under_the_items_are_furniture": Case(
        f"{P1}\n\n{P2}\n\n{H1}\nMarch 4, 2025\n{H2}\n03/04/2025 10:45\n{H3}\n4 March 2025", "blank_paragraphs",
        [H1, H2, H3], [P1, P2],
    ),
    "date_line_opening_the_text_stays_body": Case(
        f"Tuesday, March 4, 2025\n{P1}\n{P2}\n\n\n{H1}\n{H2}", "seed_lines", [H1, H2],
        ["Tuesday, March 4, 2025", P1, P2],
    ),
    "date_line_closing_a_body_only_text_is_furniture": Case(
        f"{P1}\n{P2}\n\nPublished: March 4, 2025", "body_only", [], [P1, P2],
    ),
    "headline_opening_with_a_month_name_stays_headline": Case(
        f"{P1}\n{P2}\n\n\nMay Exports Fall 8%\nMarch 4 Deadline Looms for Tariff Talks", "seed_lines",
        ["May Exports Fall 8%", "March 4 Deadline Looms for Tariff Talks"], [P1, P2],
    ),
    # A label inside the body: "Read more:" and one link, then more body.
    "read_more_link_inside_the_body_before_a_short_closing_paragraph": Case(
        f"{P1}\n\nRead more:\n{H1}\n\nOfficials did not comment.\n\n\n{H2}\n{H3}\nOil Steady", "blank_paragraphs",
        [H2, H3, "Oil Steady"], [P1, f"Read more:\n{H1}", "Officials did not comment."],
    ),
    "read_more_link_inside_the_body_before_a_subhead_and_a_list_after_one_blank_line": Case(
        f"{P1}\n\nRead more:\n{H1}\n\nWhat Comes Next\n\n{H2}\n{H3}\nOil Steady", "blank_paragraphs",
        [H2, H3, "Oil Steady"], [P1, f"Read more:\n{H1}", "What Comes Next"],
    ),
    "labelled_block_closing_on_a_sentence_before_the_list_is_body": Case(
        f"{P1}\n\nSee also:\n{H1}\n{H2}\nOfficials did not comment.\n\n\n{H3}\nOil Steady\nYen Slips", "blank_paragraphs",
        [H3, "Oil Steady", "Yen Slips"], [P1, f"See also:\n{H1}\n{H2}\nOfficials did not comment."],
    ),
    "read_more_link_then_a_list_after_a_blank_line_is_one_labelled_list": Case(
        f"{P1}\n\nRead more:\n{H1}\n\n{H2}\n{H3}", "label", [H1, H2, H3], [P1], "Read more:",
    ),
    "labelled_list_in_groups_of_headlines_stays_whole": Case(
        f"{P1}\n\nRelated:\n{H1}\n{H2}\n\n{H3}\nOil Steady", "label", [H1, H2, H3, "Oil Steady"], [P1], "Related:",
    ),
    "labelled_list_of_period_items_set_off_alike_stays_whole": Case(
        f"{P1}\n\nRelated:\nFed holds rates.\n\nYen slips.\n\nOil falls.", "label",
        ["Fed holds rates.", "Yen slips.", "Oil falls."], [P1], "Related:",
    ),
    "read_more_link_then_a_short_closing_paragraph_without_list_is_body": Case(
        f"{P1}\n\nRead more:\n{H1}\n\nOfficials did not comment.", "body_only", [],
        [P1, f"Read more:\n{H1}", "Officials did not comment."],
    ),
    "labelled_list_of_one_headline_then_groups_stays_whole": Case(
        f"{P1}\n\nRelated:\n{H1}\n\n{H2}\nOil Falls\n\n{H3}\nYen Slips", "label",
        [H1, H2, "Oil Falls", H3, "Yen Slips"], [P1], "Related:",
    ),
    "labelled_headlines_set_off_alike_stay_whole": Case(
        f"{P1}\n\nRead more:\n{H1}\n\n{H2}\n\n{H3}", "label", [H1, H2, H3], [P1], "Read more:",
    ),
    # known gaps
    "gap_headlines_glued_to_body_without_blank_line": pytest.param(
        Case(f"{P1}\n{P2}\n{H1}\n{H2}\n{H3}", "seed_lines", [H1, H2, H3], [P1, P2]),
        marks=pytest.mark.xfail(strict=True, reason="a headline list needs a blank line before it"),
    ),
    "gap_list_in_groups_without_labels": pytest.param(
        Case(f"{P1}\n\n{H1}\n{H2}\n\n{H3}\nOil Steady", "blank_paragraphs", [H1, H2, H3, "Oil Steady"], [P1]),
        marks=pytest.mark.xfail(strict=True, reason="only the last blank-free group is taken as the list"),
    ),
    "gap_title_like_closing_paragraph_before_blank_separated_list": pytest.param(
        Case(f"{P1}\n\nMarkets Slide\n\n{H1}\n\n{H2}\n\n{H3}", "blank_paragraphs", [H1, H2, H3],
             [P1, "Markets Slide"]),
        marks=pytest.mark.xfail(strict=True, reason="nothing tells the paragraph from the blank-separated headlines"),
    ),
    "gap_two_title_like_closing_paragraphs_without_list": pytest.param(
        Case(f"{P1}\n\nMarkets Slide\n\nWhat Comes Next", "body_only", [], [P1, "Markets Slide", "What Comes Next"]),
        marks=pytest.mark.xfail(strict=True, reason="two trailing headline-shaped lines are a list"),
    ),
    "gap_unknown_label_without_colon": pytest.param(
        Case(f"{P1}\n\nBusiness Briefs\n{H1}\n{H2}", "label", [H1, H2], [P1], "Business Briefs"),
        marks=pytest.mark.xfail(strict=True, reason="a label outside the lexicon needs a colon"),
    ),
    "gap_short_sentence_items_after_one_blank_line": pytest.param(
        Case(f"{P1}\n\n{P2}\n\nFed holds rates.\nYen slips.\nOil falls.", "blank_paragraphs",
             ["Fed holds rates.", "Yen slips.", "Oil falls."], [P1, P2]),
        marks=pytest.mark.xfail(strict=True,
                                reason="after a gap no wider than the body's, a list must be mostly headline-shaped"),
    ),
    "gap_read_more_link_sentence_then_short_closing_sentences": pytest.param(
        Case(f"{P1}\n\nRead more:\nCanada to hit back at U.S. steel tariffs.\n\nOfficials did not comment.\n\n"
             "The vote is due in June.", "body_only", [],
             [P1, "Read more:\nCanada to hit back at U.S. steel tariffs.", "Officials did not comment.",
              "The vote is due in June."]),
        marks=pytest.mark.xfail(strict=True, reason="a label, a link sentence and short closing sentences set off "
                                "alike look like a sidebar of period items"),
    ),
    "gap_source_line_under_each_item": pytest.param(
        Case(f"{P1}\n\n{P2}\n\n{H1}\nReuters\n{H2}\nBloomberg\n{H3}\nAP", "blank_paragraphs", [H1, H2, H3], [P1, P2]),
        marks=pytest.mark.xfail(strict=True, reason="a one-word source line looks like a one-word headline"),
    ),
}


def assert_offsets_hold(text: str, result: SplitResult) -> None:
    assert text[result.body_start : result.body_start + len(result.body_text)] == result.body_text
    assert result.body_text == result.body_text.strip()
    for para in result.paragraphs:
        assert result.body_text[para.char_start : para.char_end] == para.text
    body_end = result.body_start + len(result.body_text)
    for position, head in enumerate(result.headlines, start=1):
        assert text[head.char_start : head.char_end] == head.text
        assert head.position == position
        assert head.char_start >= body_end


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_split_examples(case: Case) -> None:
    result = split_article(case.text)
    assert_offsets_hold(case.text, result)
    assert (result.layout, [h.text for h in result.headlines], [p.text for p in result.paragraphs], result.label) == (
        case.layout,
        case.headlines,
        case.paragraphs,
        case.label,
    )
    if case.paragraphs:
        assert result.body_text.startswith(case.paragraphs[0])
        assert result.body_text.endswith(case.paragraphs[-1])
    else:
        assert result.body_text == ""


class Seed(NamedTuple):
    headline_count: int
    first_headline: str
    last_headline: str
    last_paragraph_end: str


SEED_CASES = {
    "000_549d31f8cc5d14c5.txt": Seed(
        17,
        "U.S.-Russia Talks Leave Ukraine Peace Efforts Uncertain",
        "Trump Claims He Will Void Biden Documents Signed with Autopen",
        "can deliver a breakthrough in the ongoing U.S.–Japan trade negotiations.",
    ),
    "002_0a834e919f4ad0f9.txt": Seed(
        16,
        "Global Markets Slide as Tech Stocks Sink, Yields Rise, and AI Concerns Deepen",
        "Ireland Limits Planned Trade Ban on Israeli Settlements to Goods Only",
        "impact U.S.-Japan trade relations and the global automotive market.",
    ),
}


@pytest.mark.parametrize("name", list(SEED_CASES))
def test_seed_golden(name: str) -> None:
    expected = SEED_CASES[name]
    decoded = decode_bytes((SEEDS / name).read_bytes())
    assert isinstance(decoded, Decoded)
    result = split_article(decoded.text)
    assert_offsets_hold(decoded.text, result)

    assert result.layout == "seed_lines"
    assert result.label is None
    assert len(result.headlines) == expected.headline_count
    assert result.headlines[0].text == expected.first_headline
    assert result.headlines[-1].text == expected.last_headline
    assert result.body_text.endswith(expected.last_paragraph_end)
    assert result.paragraphs[-1].text.endswith(expected.last_paragraph_end)
    assert result.body_start == 0
    for head in result.headlines:
        assert head.text not in result.body_text
    headline_texts = {h.text for h in result.headlines}
    for para in result.paragraphs:
        assert para.text not in headline_texts
        assert not any(para.text in h for h in headline_texts)
