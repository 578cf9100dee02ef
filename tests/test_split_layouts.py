"""The headline split under every layout a scraper produces, rebuilt from the dev corpus.

Each dev file is taken apart into its body paragraphs and its headline list
(from the gold file, without asking ``split_article``), and the parts are put
back together under one layout variation at a time: label wordings, bullets,
blank lines, trailing whitespace, headline styles, how the body ends, bylines,
wire trailers, datelines and copyright lines. The gold is known by
construction: the body put in and the headlines put in. Bodies of files
without a list are paired with the next file's list, so every body is used.

What the variants decide, following the labeling rule (headlines = exactly the
related headlines, in order):

* a wire trailer ("(Reporting by ...; Editing by ...)") is the body's last
  paragraph when it comes before the list; when a page puts it after the list
  it is neither a headline nor (the body being one contiguous slice) body;
* a byline ("By Jane Doe") or a dateline line before the body is body;
* a copyright line is furniture wherever it is.

* a sentence among the headlines of a list ("Analysts said the turmoil could
  spread to other Wall Street firms.") is a headline, as the labeling rule
  says; a sentence that ends the text, or is followed by a blank line, closes
  the body.
* an item's age, date, source or tag on its line ("(2 hours ago)", "- Reuters",
  "[VIDEO]") is part of the headline, as the line is (bullet removed); an age
  on a line of its own ("2 hours ago") is furniture, neither headline nor body;
* a "Read more:" label and its one link inside the body, followed by more
  body, are body; the list after them is the headlines.

One test per variant runs it over every file and lists the files it gets
wrong, so a class that fails shows up as one failure with its count. The
files whose list already holds a sentence item run in a test of their own,
with their own known gaps.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, NamedTuple

import pytest
import regex

from transforms.split import split_article

DEV = Path(__file__).resolve().parent / "corpus" / "dev"
_ITEM_PREFIX = regex.compile(r"^(?:[•·▪►*\-–—]\s*|\d{1,2}[.)]\s+)")  # a bullet or number before a headline


class Parts(NamedTuple):
    name: str
    paragraphs: list[str]  # the body, one string per paragraph (hard-wrapped ones keep their "\n")
    headlines: list[str]  # the file's own list, or the next file's when it has none


def _item(line: str) -> str:
    return _ITEM_PREFIX.sub("", line.strip(), count=1)


def _own_parts(text: str, gold: dict) -> tuple[list[str], list[str]]:
    # Lines without a letter or digit ("###", "* * *") are page furniture, not body.
    lines = [x for x in text.split("\n") if not x.strip() or regex.search(r"[\p{L}\p{N}]", x)]
    heads = gold["headlines"]
    end = len(lines)
    if heads:
        # The list is the last run of lines holding the headlines in order.
        end = next(
            i for i in range(len(lines))
            if _item(lines[i]) == heads[0]
            and [_item(x) for x in lines[i:] if x.strip()][: len(heads)] == heads
        )
    body = lines[:end]
    while body and not body[-1].strip():
        body.pop()
    if gold["layout"] == "label" and heads:
        body.pop()  # the label line
        while body and not body[-1].strip():
            body.pop()
    while body and not body[0].strip():
        body.pop(0)
    stripped = [x.strip() for x in body]
    if "" in stripped:
        paragraphs, block = [], []
        for x in stripped + [""]:
            if x:
                block.append(x)
            elif block:
                paragraphs.append("\n".join(block))
                block = []
    else:
        paragraphs = stripped
    return paragraphs, heads


def _load() -> list[Parts]:
    own = []
    for gold_path in sorted(DEV.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        paragraphs, heads = _own_parts(txt.read_text(encoding="utf-8"), gold)
        own.append((txt.stem, paragraphs, heads))
    with_lists = [h for _, _, h in own if h]
    parts = []
    for k, (name, paragraphs, heads) in enumerate(own):
        parts.append(Parts(name, paragraphs, heads or with_lists[k % len(with_lists)]))
    return parts


PARTS = _load()
_SENTENCE_ITEM = regex.compile(r"^(?:\S+\s+){9,}\S+\.$")  # 10+ words ending in a period: body-like
# Files whose list holds a sentence among its headlines ("Analysts said the turmoil could spread ...").
SENTENCE_LISTS = [p for p in PARTS if any(_SENTENCE_ITEM.match(h) for h in p.headlines)]
PLAIN = [p for p in PARTS if p not in SENTENCE_LISTS]


class Built(NamedTuple):
    text: str
    body: str  # the body_text split_article must return
    headlines: list[str]


# Building blocks -----------------------------------------------------------------------------------------------

def seed_body(paragraphs: list[str]) -> str:
    return "\n".join(p.replace("\n", " ") for p in paragraphs)


def blank_body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def sentence_case(headline: str) -> str:
    """ "Fed Holds Rates Steady" -> "Fed holds rates steady" (acronyms and words with digits kept)."""
    words = headline.split(" ")
    out = [words[0]]
    for w in words[1:]:
        out.append(w.lower() if w[:1].isupper() and w[1:].islower() else w)
    return " ".join(out)


def build(
    paragraphs: list[str],
    headlines: list[str],
    *,
    body: Callable[[list[str]], str] = seed_body,
    gap: str = "\n\n\n",
    label: str | None = None,
    label_gap: str = "\n",
    item: Callable[[int, str], str] = lambda i, h: h,
    item_sep: str = "\n",
    shown: Callable[[str], str] = lambda h: h,
    before: str = "",
    after: str = "\n",
) -> Built:
    """The article text; ``shown`` restyles each headline (the gold is the restyled text)."""
    heads = [shown(h) for h in headlines]
    body_text = body(paragraphs)
    items = item_sep.join(item(i, h) for i, h in enumerate(heads, start=1))
    sidebar = items if label is None else label + label_gap + items
    return Built(before + body_text + gap + sidebar + after, body_text, heads)


TITLE_LINE = "Trade war heats up."
QUOTE_PARA = "“We will not be intimidated,” he said."
TRAILER = "(Reporting by Jane Doe and Ken Ito; Editing by Chris Reese)"
TRAILER_BARE = "Reporting by Jane Doe; Additional reporting by Ken Ito; Editing by Chris Reese"
COPYRIGHT = "© 2025 Thomson Reuters. All rights reserved."
TARIFF_HEADS = [
    "Trump Slaps 25% Tariff on Japanese Cars",
    "EU weighs 10% retaliatory duties on U.S. goods",
    "Steel tariffs rise to 50% from 25%",
    "China Cuts Tariffs on U.S. Goods to 10% From 125%",
]

LABELS = [
    "Related:", "Related", "Related coverage:", "Related coverage", "Read more:", "Read more", "READ MORE:",
    "More from Reuters:", "More from Reuters", "See also:", "See also", "You may also like", "You may also like:",
    "RELATED STORIES", "Related stories:", "Most read", "Most read:", "MOST READ", "Also read:", "Related articles",
    "Recommended", "More on this story", "Top stories", "Latest news", "Trending now", "Read next:",
    "Related headlines", "Related Topics", "Related posts", "More stories like this", "Read More About Trade",
    "Must-reads", "Other stories", "More Tariff Coverage", "Related Reuters coverage", "Further coverage",
    "Key stories", "Also of interest", "People also read", "Keep reading", "Next up", "News in brief",
    "ALSO IN TODAY'S EDITION", "Also in today's paper", "Also in Business", "Headlines",
]
BULLETS = {"bullet_dot": "• ", "dash": "- ", "star": "* ", "middle_dot": "· ", "pointer": "► ", "en_dash": "– "}


SENTENCE_HEAD = "Analysts said the turmoil could spread to other Wall Street firms in the coming days."
FACTS = ["Steel: 50%", "Aluminum: 50%", "Autos: 25% to 100% in 2026", "Canada: C$30 billion"]


SHORT_CLOSING = "DRAM contract prices fell another 8 pct in November."
LINK_SENTENCE = "Canada to hit back at U.S. steel tariffs with C$30 billion in counter-measures."
LINK_TITLE = "Japan Tariff Talks Stall as Deadline Nears"


def wide_body(paragraphs: list[str]) -> str:
    return "\n\n\n\n".join(paragraphs)  # 3 blank lines between paragraphs


VARIANTS: dict[str, Callable[[Parts], Built]] = {
    # Gaps between body and list, no label.
    "seed_two_blank_lines": lambda p: build(p.paragraphs, p.headlines),
    "seed_one_blank_line": lambda p: build(p.paragraphs, p.headlines, gap="\n\n"),
    "seed_five_blank_lines": lambda p: build(p.paragraphs, p.headlines, gap="\n" * 6),
    "blank_paragraphs_two_blank_lines": lambda p: build(p.paragraphs, p.headlines, body=blank_body),
    "blank_paragraphs_three_blank_lines": lambda p: build(p.paragraphs, p.headlines, body=blank_body, gap="\n" * 4),
    "blank_paragraphs_one_blank_line": lambda p: build(p.paragraphs, p.headlines, body=blank_body, gap="\n\n"),
    "seed_headlines_blank_separated": lambda p: build(p.paragraphs, p.headlines, item_sep="\n\n"),
    "blank_paragraphs_headlines_blank_separated_two_gap": lambda p: build(
        p.paragraphs, p.headlines, body=blank_body, item_sep="\n\n"),
    "seed_trailing_spaces_and_tabs": lambda p: build(
        [x + " \t" for x in p.paragraphs], p.headlines, item=lambda i, h: h + ("  " if i % 2 else "\t"),
        gap="\n \n\t\n", after="\n\t\n  \n") ._replace(body=seed_body([x + " \t" for x in p.paragraphs]).rstrip()),
    "crlf_like_trailing_blank_lines": lambda p: build(p.paragraphs, p.headlines, after="\n\n\n\n"),
    "no_final_newline": lambda p: build(p.paragraphs, p.headlines, after=""),
    "body_gaps_wider_than_the_list_gap": lambda p: build(p.paragraphs, p.headlines, body=wide_body),
    "body_gaps_wider_than_the_list_gap_short_closing_paragraph": lambda p: build(
        p.paragraphs + ["The long game"], p.headlines, body=wide_body),
    "body_gaps_wider_than_the_list_gap_blank_separated_items": lambda p: build(
        p.paragraphs + ["What Comes Next"], p.headlines, body=wide_body, item_sep="\n\n"),
    # Headline styles.
    "headlines_end_in_periods_two_gap": lambda p: build(p.paragraphs, p.headlines, shown=lambda h: h + "."),
    "headlines_end_in_periods_one_gap": lambda p: build(
        p.paragraphs, p.headlines, gap="\n\n", shown=lambda h: h + "."),
    "headlines_end_in_question_marks": lambda p: build(p.paragraphs, p.headlines, shown=lambda h: h + "?"),
    "every_third_headline_ends_in_period": lambda p: build(
        p.paragraphs, p.headlines, gap="\n\n", item=lambda i, h: h + ("." if i % 3 == 0 else "")
    )._replace(headlines=[h + ("." if i % 3 == 0 else "") for i, h in enumerate(p.headlines, start=1)]),
    "sentence_case_headlines": lambda p: build(p.paragraphs, p.headlines, shown=sentence_case),
    "sentence_case_headlines_one_gap": lambda p: build(
        p.paragraphs, p.headlines, gap="\n\n", shown=sentence_case),
    "sentence_case_headlines_with_periods": lambda p: build(
        p.paragraphs, p.headlines, shown=lambda h: sentence_case(h) + "."),
    "tariff_percentage_headlines_first": lambda p: build(p.paragraphs, TARIFF_HEADS + p.headlines),
    "tariff_percentage_headlines_one_gap": lambda p: build(
        p.paragraphs, TARIFF_HEADS + p.headlines, body=blank_body, gap="\n\n"),
    "one_headline_without_label": lambda p: build(p.paragraphs, p.headlines[:1]),
    "one_headline_with_label": lambda p: build(p.paragraphs, p.headlines[:1], label="Related:"),
    "two_headlines_two_gap": lambda p: build(p.paragraphs, p.headlines[:2]),
    "two_headlines_with_label": lambda p: build(p.paragraphs, p.headlines[:2], label="Read more:", gap="\n\n"),
    "two_headlines_bulleted": lambda p: build(p.paragraphs, p.headlines[:2], item=lambda i, h: "• " + h),
    # Numbered and bulleted lists without a label.
    "numbered_without_label": lambda p: build(p.paragraphs, p.headlines, item=lambda i, h: f"{i}. {h}"),
    "numbered_parenthesis_one_gap": lambda p: build(
        p.paragraphs, p.headlines, body=blank_body, gap="\n\n", item=lambda i, h: f"{i}) {h}"),
    # How the body ends.
    "body_ends_in_short_title_line_seed": lambda p: build(p.paragraphs + [TITLE_LINE], p.headlines),
    "body_ends_in_short_title_line_blank": lambda p: build(p.paragraphs + [TITLE_LINE], p.headlines, body=blank_body),
    "body_ends_in_short_title_line_label": lambda p: build(
        p.paragraphs + [TITLE_LINE], p.headlines, label="Related coverage:", gap="\n\n"),
    "body_ends_in_title_case_line_without_period": lambda p: build(
        p.paragraphs + ["What Comes Next"], p.headlines, body=blank_body),
    "body_ends_in_quote_paragraph": lambda p: build(p.paragraphs + [QUOTE_PARA], p.headlines, body=blank_body),
    "short_quote_paragraph_inside_body": lambda p: build(
        p.paragraphs[:1] + [QUOTE_PARA] + p.paragraphs[1:], p.headlines, body=blank_body),
    "one_paragraph_body_two_gap": lambda p: build(p.paragraphs[:1], p.headlines),
    "one_paragraph_body_one_gap": lambda p: build(p.paragraphs[:1], p.headlines, gap="\n\n"),
    "one_paragraph_body_label": lambda p: build(p.paragraphs[:1], p.headlines, label="Read more:", gap="\n\n"),
    # Datelines, bylines, trailers, copyright.
    "reuters_dateline_in_first_paragraph": lambda p: build(
        ["WASHINGTON, March 4 (Reuters) - " + p.paragraphs[0]] + p.paragraphs[1:], p.headlines),
    "dateline_on_its_own_line": lambda p: build(["TOKYO (Reuters) -"] + p.paragraphs, p.headlines),
    "byline_first_line": lambda p: build(["By Jane Doe"] + p.paragraphs, p.headlines),
    "byline_and_dateline_blank_paragraphs": lambda p: build(
        ["By Jane Doe and Ken Ito", "BRUSSELS (Reuters) -"] + p.paragraphs, p.headlines, body=blank_body),
    "trailer_last_body_line_seed": lambda p: build(p.paragraphs + [TRAILER], p.headlines),
    "trailer_last_body_line_one_gap": lambda p: build(p.paragraphs + [TRAILER], p.headlines, gap="\n\n"),
    "trailer_bare_last_paragraph_label": lambda p: build(
        p.paragraphs + [TRAILER_BARE], p.headlines, body=blank_body, label="Related:", gap="\n\n"),
    "trailer_after_the_list": lambda p: build(p.paragraphs, p.headlines, after="\n\n" + TRAILER + "\n"),
    "trailer_after_the_labelled_list": lambda p: build(
        p.paragraphs, p.headlines, label="Related coverage:", gap="\n\n", item=lambda i, h: "- " + h,
        after="\n\n" + TRAILER_BARE + "\n"),
    "editors_note_after_the_list": lambda p: build(
        p.paragraphs, p.headlines, after="\n\nEditor's note: This story was updated to add a quote.\n"),
    "correction_after_the_list": lambda p: build(
        p.paragraphs, p.headlines, after="\n\n(This story has been corrected to fix the date in paragraph 2)\n"),
    "byline_after_the_list": lambda p: build(p.paragraphs, p.headlines, after="\n\nBy Jane Doe\n"),
    "copyright_after_the_list": lambda p: build(p.paragraphs, p.headlines, after="\n\n" + COPYRIGHT + "\n"),
    "copyright_between_body_and_list": lambda p: build(
        p.paragraphs, p.headlines, gap="\n\n" + COPYRIGHT + "\n\n\n"),
    "copyright_after_body_only": lambda p: Built(
        seed_body(p.paragraphs) + "\n\n" + COPYRIGHT + "\n", seed_body(p.paragraphs), []),
    # No list at all.
    "body_only_seed": lambda p: Built(seed_body(p.paragraphs) + "\n", seed_body(p.paragraphs), []),
    "body_only_blank_paragraphs": lambda p: Built(blank_body(p.paragraphs) + "\n", blank_body(p.paragraphs), []),
    "body_only_ending_in_short_line": lambda p: Built(
        blank_body(p.paragraphs + [TITLE_LINE]), blank_body(p.paragraphs + [TITLE_LINE]), []),
    "body_only_ending_in_short_line_seed": lambda p: Built(
        seed_body(p.paragraphs + [TITLE_LINE]) + "\n", seed_body(p.paragraphs + [TITLE_LINE]), []),
    "body_only_ending_in_trailer": lambda p: Built(
        blank_body(p.paragraphs + [TRAILER]) + "\n", blank_body(p.paragraphs + [TRAILER]), []),
    "body_only_ending_in_two_short_lines_and_trailer": lambda p: Built(
        blank_body(p.paragraphs + ["Markets Slide", "What Comes Next", TRAILER]),
        blank_body(p.paragraphs + ["Markets Slide", "What Comes Next", TRAILER]), []),
    "body_only_ending_in_two_title_lines": lambda p: Built(
        blank_body(p.paragraphs + [TITLE_LINE, "What Comes Next"]),
        blank_body(p.paragraphs + [TITLE_LINE, "What Comes Next"]), []),
    "body_only_ending_in_bulleted_facts": lambda p: Built(
        blank_body(p.paragraphs) + "\n\n" + "\n".join("• " + f for f in FACTS),
        blank_body(p.paragraphs) + "\n\n" + "\n".join("• " + f for f in FACTS), []),
    "body_only_ending_in_facts_under_a_colon_label": lambda p: Built(
        blank_body(p.paragraphs + ["The new rates:\n" + "\n".join("- " + f for f in FACTS)]),
        blank_body(p.paragraphs + ["The new rates:\n" + "\n".join("- " + f for f in FACTS)]), []),
    # A headline shaped like body text among the others.
    "headline_of_two_sentences_in_list": lambda p: build(
        p.paragraphs, p.headlines[:2] + ["Stocks fall. Bonds rally"] + p.headlines[2:]),
    "headline_long_sentence_with_period_in_list": lambda p: build(
        p.paragraphs, p.headlines[:2] + [SENTENCE_HEAD] + p.headlines[2:]),
    "sentence_item_in_labelled_bulleted_list": lambda p: build(
        p.paragraphs, p.headlines[:3] + [SENTENCE_HEAD] + p.headlines[3:], label="More on this story", gap="\n\n",
        item=lambda i, h: "* " + h),
    "sentence_item_in_list_under_blank_paragraphs": lambda p: build(
        p.paragraphs, p.headlines[:3] + [SENTENCE_HEAD] + p.headlines[3:], body=blank_body),
    "sentence_item_last_in_list": lambda p: build(p.paragraphs, p.headlines + [SENTENCE_HEAD]),
    "body_only_ending_in_sentence_then_short_line": lambda p: Built(
        seed_body(p.paragraphs + [SENTENCE_HEAD, TITLE_LINE]) + "\n",
        seed_body(p.paragraphs + [SENTENCE_HEAD, TITLE_LINE]), []),
    # A short closing sentence, then a short list whose items end in periods (dev 320's class).
    "short_closing_sentence_then_two_headlines_first_a_sentence": lambda p: build(
        p.paragraphs + [SHORT_CLOSING], [sentence_case(p.headlines[0]) + "."] + p.headlines[1:2]),
    "short_closing_sentence_then_two_headlines_last_a_sentence_bulleted": lambda p: build(
        p.paragraphs + [SHORT_CLOSING], p.headlines[:1] + [sentence_case(p.headlines[1]) + "."],
        item=lambda i, h: "• " + h),
    "short_closing_sentence_then_two_headlines_one_gap": lambda p: build(
        p.paragraphs + [SHORT_CLOSING], [sentence_case(p.headlines[0]) + "."] + p.headlines[1:2], gap="\n\n"),
    "short_closing_sentence_then_three_sentence_case_headlines_with_periods": lambda p: build(
        p.paragraphs + [SHORT_CLOSING], p.headlines[:3], shown=lambda h: sentence_case(h) + "."),
    "short_closing_paragraph_then_three_headlines_with_periods_blank_paragraphs": lambda p: build(
        p.paragraphs + [SHORT_CLOSING], p.headlines[:3], body=blank_body, shown=lambda h: h + "."),
    "two_headlines_with_periods_two_gap": lambda p: build(p.paragraphs, p.headlines[:2], shown=lambda h: h + "."),
    # Items that carry their source or age, on the line or on a line of their own.
    "items_with_age_in_brackets": lambda p: build(
        p.paragraphs, p.headlines, body=blank_body, gap="\n\n", shown=lambda h: h + " (2 hours ago)"),
    "items_with_source_in_brackets_two_items": lambda p: build(
        p.paragraphs, p.headlines[:2], shown=lambda h: h + " (Reuters)"),
    "items_with_date_in_brackets_labelled": lambda p: build(
        p.paragraphs, p.headlines, label="Related coverage:", gap="\n\n", shown=lambda h: h + " (March 4, 2025)"),
    "items_with_tag_in_square_brackets": lambda p: build(
        p.paragraphs, p.headlines, body=blank_body, gap="\n\n", shown=lambda h: h + " [VIDEO]"),
    "items_with_source_after_a_dash": lambda p: build(
        p.paragraphs, p.headlines, body=blank_body, gap="\n\n", shown=lambda h: h + " - Reuters"),
    "items_with_source_after_a_bar": lambda p: build(
        p.paragraphs, p.headlines, gap="\n\n", shown=lambda h: h + " | Reuters"),
    "items_with_age_after_a_dash": lambda p: build(
        p.paragraphs, p.headlines, body=blank_body, gap="\n\n", shown=lambda h: h + " — 3 hours ago"),
    "items_each_followed_by_an_age_line": lambda p: build(
        p.paragraphs, p.headlines, body=blank_body, gap="\n\n",
        item=lambda i, h: h + "\n" + f"{i + 1} hours ago"),
    "items_each_followed_by_an_age_line_labelled": lambda p: build(
        p.paragraphs, p.headlines, label="Latest news", gap="\n\n",
        item=lambda i, h: h + "\n" + f"Updated {i * 5} mins ago"),
    "items_each_followed_by_a_date_line": lambda p: build(
        p.paragraphs, p.headlines, body=blank_body, gap="\n\n", item=lambda i, h: h + f"\nMarch {i}, 2025"),
    "items_each_followed_by_a_numeric_date_and_time_line": lambda p: build(
        p.paragraphs, p.headlines, body=blank_body, gap="\n\n", item=lambda i, h: h + f"\n{i:02d}/03/2025 10:45"),
    "date_line_opening_the_body": lambda p: build(["Tuesday, March 4, 2025"] + p.paragraphs, p.headlines),
    # A "Read more:" link inside the body, more body after it.
    "read_more_label_and_link_before_the_last_paragraph": lambda p: build(
        p.paragraphs[:-1] + ["Read more:\n" + LINK_SENTENCE] + p.paragraphs[-1:], p.headlines, body=blank_body),
    "read_more_label_and_link_after_the_first_paragraph_seed": lambda p: build(
        p.paragraphs[:1] + ["Read more:", LINK_SENTENCE] + p.paragraphs[1:], p.headlines),
    "read_more_label_and_title_link_before_the_last_paragraph_one_gap": lambda p: build(
        p.paragraphs[:-1] + ["READ MORE:\n" + LINK_TITLE] + p.paragraphs[-1:], p.headlines, body=blank_body,
        gap="\n\n"),
    "inline_read_more_link_before_the_last_paragraph": lambda p: build(
        p.paragraphs[:-1] + ["Read more: " + LINK_TITLE] + p.paragraphs[-1:], p.headlines, body=blank_body),
    "read_more_link_before_a_short_closing_paragraph_labelled_list": lambda p: build(
        p.paragraphs + ["Read more:\n" + LINK_SENTENCE, SHORT_CLOSING], p.headlines, body=blank_body,
        label="Related coverage:", gap="\n\n"),
}

for _label in LABELS:
    for _gap_name, _gap in (("no_gap", "\n"), ("one_gap", "\n\n"), ("two_gap", "\n\n\n")):
        VARIANTS[f"label[{_label}]_{_gap_name}"] = (
            lambda p, lab=_label, g=_gap: build(p.paragraphs, p.headlines, label=lab, gap=g)
        )
for _name, _bullet in BULLETS.items():
    VARIANTS[f"label_bullets_{_name}"] = (
        lambda p, b=_bullet: build(p.paragraphs, p.headlines, label="Related:", gap="\n\n", item=lambda i, h: b + h)
    )
    VARIANTS[f"bullets_without_label_{_name}"] = (
        lambda p, b=_bullet: build(p.paragraphs, p.headlines, gap="\n\n", body=blank_body, item=lambda i, h: b + h)
    )
VARIANTS["label_then_blank_line_then_list"] = lambda p: build(
    p.paragraphs, p.headlines, label="You may also like", gap="\n\n", label_gap="\n\n")
VARIANTS["label_numbered_list"] = lambda p: build(
    p.paragraphs, p.headlines, label="Most read", gap="\n\n", item=lambda i, h: f"{i}. {h}")
VARIANTS["label_blank_separated_bullets"] = lambda p: build(
    p.paragraphs, p.headlines, body=blank_body, label="RELATED STORIES", gap="\n\n", item_sep="\n\n",
    item=lambda i, h: "* " + h)


def _xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# Variants the splitter gets wrong on some files, and why.
KNOWN_GAPS: dict[str, str] = {
    "one_headline_without_label": "decided: one trailing headline-shaped line without a label is a closing paragraph",
    "sentence_item_last_in_list": "a sentence that ends the text closes the body",
    "body_gaps_wider_than_the_list_gap_blank_separated_items":
        "blank-separated items set off by a gap narrower than the body's must all be headline-shaped",
}


def _check(built: Built) -> str | None:
    result = split_article(built.text)
    got = [h.text for h in result.headlines]
    if got != built.headlines:
        return f"headlines {got[:3]}... != {built.headlines[:3]}... ({len(got)} vs {len(built.headlines)})"
    if result.body_text != built.body.strip():
        return f"body ends {result.body_text[-60:]!r}, expected {built.body.strip()[-60:]!r}"
    return None


# The same for the lists that already hold a sentence item (they get no second one).
SENTENCE_LIST_GAPS: dict[str, str] = {
    "seed_headlines_blank_separated": "a sentence followed by a blank line closes a paragraph",
    "blank_paragraphs_headlines_blank_separated_two_gap": "a sentence followed by a blank line closes a paragraph",
    "label_blank_separated_bullets": "a sentence followed by a blank line closes a paragraph",
    "body_gaps_wider_than_the_list_gap_blank_separated_items":
        "blank-separated items set off by a gap narrower than the body's must all be headline-shaped",
    "one_headline_without_label": KNOWN_GAPS["one_headline_without_label"],
}
_ADD_A_SENTENCE = {name for name in VARIANTS if name.startswith("sentence_item_") or name.startswith("headline_")}


def _params(gaps: dict[str, str], skip: set[str] = frozenset()):
    for name, variant in VARIANTS.items():
        if name not in skip:
            marks = [_xfail(gaps[name])] if name in gaps else []
            yield pytest.param(variant, id=name, marks=marks)


def test_the_dev_parts_are_there():
    assert len(PARTS) >= 135
    assert all(p.paragraphs and p.headlines for p in PARTS)
    assert sum(len(p.paragraphs) == 1 for p in PARTS) < len(PARTS) / 4  # bodies were taken apart
    assert 1 <= len(SENTENCE_LISTS) < len(PARTS) / 10


def _failures(variant: Callable[[Parts], Built], parts_list: list[Parts]) -> str:
    failures = {}
    for parts in parts_list:
        problem = _check(variant(parts))
        if problem:
            failures[parts.name] = problem
    shown = "\n".join(f"{k}: {v}" for k, v in list(failures.items())[:4])
    return f"{len(failures)} of {len(parts_list)} files:\n{shown}" if failures else ""


@pytest.mark.parametrize("variant", list(_params(KNOWN_GAPS)))
def test_every_dev_file_splits_exactly(variant: Callable[[Parts], Built]) -> None:
    assert not (problem := _failures(variant, PLAIN)), problem


@pytest.mark.parametrize("variant", list(_params(SENTENCE_LIST_GAPS, _ADD_A_SENTENCE)))
def test_lists_holding_a_sentence_item(variant: Callable[[Parts], Built]) -> None:
    assert not (problem := _failures(variant, SENTENCE_LISTS)), problem
