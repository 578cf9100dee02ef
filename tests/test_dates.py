"""find_dates / resolve_date_expression: named sentence tables and properties for any text.

Unless a row says otherwise the reference (publication) date is Saturday 2025-06-14, the
date the project's seed manifest gives both seed articles.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.dates import find_dates, resolve_date_expression

REF = date(2025, 6, 14)  # a Saturday

FULL, MONTH_DAY, MONTH_YEAR, MONTH = "date.full", "date.month_day", "date.month_year", "date.month"
YEAR, WEEKDAY, RELATIVE = "date.year", "date.weekday", "date.relative"
D = date.fromisoformat


def case(
    name: str,
    text: str,
    *expected: tuple[str, date | None, str | None, str],
    ref: date | None = REF,
    gap: str | None = None,
):
    """A row: the sentence, its reference date and every (text, value, grain, rule_id)."""
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(text, ref, list(expected), id=name, marks=marks)


CASES = [
    # Seed articles.
    case("seed_saturday_call", "held a 30-minute phone call on Saturday, discussing prospects",
         ("Saturday", D("2025-06-14"), "day", WEEKDAY)),
    case("seed_friday_meetings", "The call followed Akazawa’s in-person meetings on Friday with Lutnick",
         ("Friday", D("2025-06-13"), "day", WEEKDAY)),
    # "begins" points forward, so the coming Sunday, not the past one (2025-06-08).
    case("seed_summit_begins_sunday", "the G7 Summit in Canada, which begins Sunday.",
         ("Sunday", D("2025-06-15"), "day", WEEKDAY)),
    case("seed_before_july",
         "Japan is under pressure to secure an agreement before July, when a 24% U.S. tariff "
         "on Japanese goods is set to take effect.",
         ("July", D("2025-07-01"), "month", MONTH)),
    case("seed_tariff_no_date", "a 24% U.S. tariff on Japanese goods is set to take effect"),
    case("seed_june_15_summit", "at the June 15 summit could be pivotal",
         ("June 15", D("2025-06-15"), "day", MONTH_DAY)),
    case("seed2_speaking_on_friday", "Speaking in Washington on Friday, Akazawa confirmed",
         ("Friday", D("2025-06-13"), "day", WEEKDAY)),
    case("seed2_in_july", "A further 24% auto tariff is expected to take effect in July unless a deal is reached.",
         ("July", D("2025-07-01"), "month", MONTH)),
    case("seed2_may_is_a_verb",
         "This latest round of negotiations may be the final high-level engagement before the G7"),
    case("seed_headline_may_seek",
         "Judge Orders Return of Seized Evidence in Comey-Related Case, DOJ May Seek New Warrant"),
    case("seed_headline_two_months",
         "Spain’s Industrial Output Records Steady Growth in October Amid Revised September Figures",
         ("October", D("2025-10-01"), "month", MONTH), ("September", D("2025-09-01"), "month", MONTH)),
    case("seed_headline_sp500", "S&P 500 Slides as AI Chip Stocks Tumble"),
    # Absolute dates.
    case("month_day_year", "June 15, 2025", ("June 15, 2025", D("2025-06-15"), "day", FULL)),
    case("day_month_year", "15 June 2025", ("15 June 2025", D("2025-06-15"), "day", FULL)),
    case("iso", "effective 2025-08-01.", ("2025-08-01", D("2025-08-01"), "day", FULL)),
    case("abbreviated_full", "from Jan. 1, 2026", ("Jan. 1, 2026", D("2026-01-01"), "day", FULL)),
    case("weekday_and_full_date", "on Friday, June 13, 2025",
         ("Friday, June 13, 2025", D("2025-06-13"), "day", FULL)),
    case("month_year", "in July 2025", ("July 2025", D("2025-07-01"), "month", MONTH_YEAR)),
    case("may_with_year", "May 2025 exports", ("May 2025", D("2025-05-01"), "month", MONTH_YEAR)),
    case("early_month_year", "early July 2025", ("early July 2025", D("2025-07-01"), "month", MONTH_YEAR)),
    case("in_year", "in 2019", ("2019", D("2019-01-01"), "year", YEAR)),
    case("mid_year", "a deal by mid-2026", ("mid-2026", D("2026-01-01"), "year", YEAR)),
    case("late_year", "by late 2025", ("late 2025", D("2025-01-01"), "year", YEAR)),
    case("fiscal_year", "fiscal 2025 revenue", ("2025", D("2025-01-01"), "year", YEAR)),
    case("year_time_word", "the 2026 season", ("2026", D("2026-01-01"), "year", YEAR)),
    case("years_in_a_list", "in 2018 and 2019.",
         ("2018", D("2018-01-01"), "year", YEAR), ("2019", D("2019-01-01"), "year", YEAR)),
    # Month and day without a year: the nearest occurrence.
    case("month_day", "June 15", ("June 15", D("2025-06-15"), "day", MONTH_DAY)),
    case("abbreviated_month_day", "Aug. 1", ("Aug. 1", D("2025-08-01"), "day", MONTH_DAY)),
    case("from_month_day", "from August 1", ("August 1", D("2025-08-01"), "day", MONTH_DAY)),
    case("day_month", "the 15 March deadline", ("15 March", D("2025-03-15"), "day", MONTH_DAY)),
    case("may_with_day", "May 5", ("May 5", D("2025-05-05"), "day", MONTH_DAY)),
    case("dateline", "WASHINGTON, March 4 (Reuters) - The United States",
         ("March 4", D("2025-03-04"), "day", MONTH_DAY)),
    case("month_day_nearest_is_past", "on Jan. 20", ("Jan. 20", D("2025-01-20"), "day", MONTH_DAY)),
    case("leap_day", "Feb. 29", ("Feb. 29", D("2024-02-29"), "day", MONTH_DAY)),
    # Month alone: nearest by month distance, ties forward.
    case("in_month", "in July", ("July", D("2025-07-01"), "month", MONTH)),
    case("by_month", "by August", ("August", D("2025-08-01"), "month", MONTH)),
    case("month_in_the_past", "tariffs imposed in March", ("March", D("2025-03-01"), "month", MONTH)),
    case("december_tie_goes_forward", "December", ("December", D("2025-12-01"), "month", MONTH)),
    # after a past verb and "in", the last such month, however near the next one is
    case("past_verb_in_month", "a 25% tariff Washington imposed in November",
         ("November", D("2024-11-01"), "month", MONTH)),
    case("past_verb_in_late_month", "announced in late December", ("late December", D("2024-12-01"), "month", MONTH)),
    case("past_verb_in_this_month", "imposed in June", ("June", D("2025-06-01"), "month", MONTH)),
    case("not_future_in_month", "will take effect in November", ("November", D("2025-11-01"), "month", MONTH)),
    case("early_month", "early July", ("early July", D("2025-07-01"), "month", MONTH)),
    case("mid_may", "mid-May", ("mid-May", D("2025-05-01"), "month", MONTH)),
    case("next_march", "next March", ("next March", D("2026-03-01"), "month", MONTH)),
    case("may_with_cue", "since May", ("May", D("2025-05-01"), "month", MONTH)),
    case("end_of_may", "by the end of May", ("May", D("2025-05-01"), "month", MONTH)),
    # Weekdays.
    case("on_weekday", "on Friday", ("Friday", D("2025-06-13"), "day", WEEKDAY)),
    case("bare_weekday", "Friday", ("Friday", D("2025-06-13"), "day", WEEKDAY)),
    case("next_friday", "next Friday", ("next Friday", D("2025-06-20"), "day", WEEKDAY)),
    case("last_friday", "last Friday", ("last Friday", D("2025-06-13"), "day", WEEKDAY)),
    case("last_saturday_is_a_week_back", "last Saturday", ("last Saturday", D("2025-06-07"), "day", WEEKDAY)),
    case("this_coming_friday", "this coming Friday", ("this coming Friday", D("2025-06-20"), "day", WEEKDAY)),
    case("friday_next_week", "Friday next week", ("Friday next week", D("2025-06-20"), "day", WEEKDAY)),
    case("from_weekday", "duties apply from Monday", ("Monday", D("2025-06-16"), "day", WEEKDAY)),
    case("on_or_after_weekday", "on or after Tuesday", ("Tuesday", D("2025-06-17"), "day", WEEKDAY)),
    case("will_meet_on_sunday", "Trump will meet Ishiba on Sunday", ("Sunday", D("2025-06-15"), "day", WEEKDAY)),
    case("will_with_initials", "Trump will meet U.S. officials on Friday",
         ("Friday", D("2025-06-20"), "day", WEEKDAY)),
    case("said_on_friday_is_past", "Trump, who will travel to Canada, said on Friday",
         ("Friday", D("2025-06-13"), "day", WEEKDAY)),
    # Relative words.
    case("last_week_unresolved", "last week", ("last week", None, None, RELATIVE)),
    case("next_month", "next month", ("next month", D("2025-07-01"), "month", RELATIVE)),
    case("this_year", "earlier this year", ("this year", D("2025-01-01"), "year", RELATIVE)),
    case("next_year", "next year", ("next year", D("2026-01-01"), "year", RELATIVE)),
    case("last_year", "since last year", ("last year", D("2024-01-01"), "year", RELATIVE)),
    case("yesterday", "yesterday", ("yesterday", D("2025-06-13"), "day", RELATIVE)),
    case("the_next_year_is_a_duration", "over the next year"),
    case("the_last_month_is_a_duration", "in the last month"),
    # Not dates.
    case("may_is_a_verb", "Trump may impose new tariffs"),
    case("march_is_a_noun", "a march on Washington"),
    case("march_capitalised_without_cue", "The March on Washington drew crowds"),
    case("theresa_may", "Theresa May said"),
    case("year_before_a_noun", "2025 cars were recalled"),
    case("the_2019_tariffs", "the 2019 tariffs"),
    case("percent_not_year", "a 1900% increase"),
    case("decade", "the 1990s"),
    case("usa_today", "told USA Today"),
    case("impossible_date", "February 30, 2025"),
    case("impossible_month_day", "June 31"),
    case("mayor", "the Mayor of Tokyo"),
    # No reference date: only what needs no anchor resolves.
    case("no_reference_full_date", "June 15, 2025", ("June 15, 2025", D("2025-06-15"), "day", FULL), ref=None),
    case("no_reference_year", "in 2019", ("2019", D("2019-01-01"), "year", YEAR), ref=None),
    case("no_reference_month", "in July", ("July", None, None, MONTH), ref=None),
    case("no_reference_month_day", "June 15", ("June 15", None, None, MONTH_DAY), ref=None),
    case("no_reference_weekday", "on Friday", ("Friday", None, None, WEEKDAY), ref=None),
    case("no_reference_relative", "next month", ("next month", None, None, RELATIVE), ref=None),
    # Known gaps.
    case("gap_year_before_noun_after_to", "Dollar Holds Steady as Markets Shift Focus to 2026 Rate Cut Expectations",
         ("2026", D("2026-01-01"), "year", YEAR),
         gap="a year followed by a noun needs in/since/by/... before it"),
    case("gap_month_as_first_name", "April Smith, a spokeswoman, said",
         gap="capitalised month names are read as months even when they are names"),
    case("gap_numeric_date", "on 6/15/2025",
         ("6/15/2025", D("2025-06-15"), "day", FULL),
         gap="numeric dates are ambiguous between US and day-first order"),
    case("gap_ordinal_of_month", "the 15th of June",
         ("15th of June", D("2025-06-15"), "day", MONTH_DAY),
         gap="'15th of June' is read as the month alone"),
    case("weekday_after_take_effect", "The tariffs take effect on Friday",
         ("Friday", D("2025-06-20"), "day", WEEKDAY)),
    case("weekday_after_taking_effect", "with duties on the first C$30 billion taking effect on Tuesday",
         ("Tuesday", D("2025-06-17"), "day", WEEKDAY)),
    case("weekday_after_took_effect_is_past", "The tariffs took effect on Friday",
         ("Friday", D("2025-06-13"), "day", WEEKDAY)),
]


@pytest.mark.parametrize(("text", "reference", "expected"), CASES)
def test_find_dates(
    text: str, reference: date | None, expected: list[tuple[str, date | None, str | None, str]]
) -> None:
    found = find_dates(text, reference)
    assert [(d.text, d.value, d.grain, d.rule_id) for d in found] == expected
    assert [text[d.char_start : d.char_end] for d in found] == [d.text for d in found]


SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "000_549d31f8cc5d14c5.txt",
            [("Saturday", "2025-06-14"), ("Friday", "2025-06-13"), ("Sunday", "2025-06-15"),
             ("July", "2025-07-01"), ("October", "2025-10-01"), ("September", "2025-09-01")],
            id="seed_000",
        ),
        pytest.param(
            "002_0a834e919f4ad0f9.txt",
            [("Friday", "2025-06-13"), ("July", "2025-07-01"), ("June 15", "2025-06-15")],
            id="seed_002",
        ),
    ],
)
def test_seed_articles_dates(name: str, expected: list[tuple[str, str]]) -> None:
    """Every date in a whole seed file; "may be" and "DOJ May Seek" stay out."""
    found = find_dates((SEEDS / name).read_text(encoding="utf-8"), REF)
    assert [(d.text, str(d.value)) for d in found] == expected


def expr(name: str, text: str, reference: date | None, value: str | None, grain: str | None):
    return pytest.param(text, reference, (D(value) if value else None, grain), id=name)


EXPRESSIONS = [
    expr("before_july", "before July", REF, "2025-07-01", "month"),
    expr("from_friday_looks_forward", "from Friday", REF, "2025-06-20", "day"),
    expr("on_friday_looks_back", "on Friday", REF, "2025-06-13", "day"),
    expr("saturday_is_the_reference", "Saturday", REF, "2025-06-14", "day"),
    expr("bare_may_is_trusted", "May", REF, "2025-05-01", "month"),
    expr("bare_march_is_trusted", " March ", REF, "2025-03-01", "month"),
    expr("last_week", "last week", REF, None, None),
    expr("next_month", "next month", REF, "2025-07-01", "month"),
    expr("this_year", "this year", REF, "2025-01-01", "year"),
    expr("mid_2026", "mid-2026", REF, "2026-01-01", "year"),
    expr("full_date_without_reference", "June 15, 2025", None, "2025-06-15", "day"),
    expr("weekday_without_reference", "Friday", None, None, None),
    expr("may_without_reference", "May", None, None, None),
    expr("no_date", "no date here", REF, None, None),
    expr("january_from_december", "January", date(2025, 12, 20), "2026-01-01", "month"),
    expr("month_day_across_new_year", "Dec. 30", date(2026, 1, 2), "2025-12-30", "day"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), EXPRESSIONS)
def test_resolve_date_expression(
    text: str, reference: date | None, expected: tuple[date | None, str | None]
) -> None:
    assert resolve_date_expression(text, reference) == expected


_TOKENS = [
    "in", "In", "by", "from", "on", "on or after", "the", "next", "last", "this", "coming",
    "early", "mid", "-", "May", "March", "June", "Jan.", "Sept", "Friday", "Sunday", "week",
    "month", "year", "today", "USA Today", "will", "said", "begins", "15", "1st", "31", "29",
    "2019", "2025", "1900", "2100", "0000", "2025-08-01", "2025-02-30", ",", ".", "%", "$",
    "\n", ";", "U.S.", " ", " ", "  ",
]
_TEXT = st.one_of(st.text(), st.lists(st.sampled_from(_TOKENS), max_size=40).map(" ".join))
_REFERENCE = st.one_of(st.none(), st.dates())


@settings(max_examples=300, deadline=None)
@given(_TEXT, _REFERENCE)
def test_find_dates_properties(text: str, reference: date | None) -> None:
    found = find_dates(text, reference)
    for d in found:
        assert text[d.char_start : d.char_end] == d.text
        assert (d.value is None) == (d.grain is None)
        assert d.grain in (None, "day", "month", "year")
    assert all(a.char_end <= b.char_start for a, b in zip(found, found[1:]))
    assert find_dates(text, reference) == found


@settings(max_examples=300, deadline=None)
@given(_TEXT, _REFERENCE)
def test_resolve_date_expression_never_raises(text: str, reference: date | None) -> None:
    value, grain = resolve_date_expression(text, reference)
    assert (value is None) == (grain is None)
    assert resolve_date_expression(text, reference) == (value, grain)
