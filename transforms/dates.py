"""Date expressions in news text, resolved against the article's publication date.

``find_dates`` makes one pass of one compiled pattern over the text. Rules, in the order they
are tried (specific before generic), with the grain a resolved value gets:

==================  ======================================================  =====
rule_id             examples                                                grain
==================  ======================================================  =====
``date.full``       "2025-08-01", "June 15, 2025", "15 June 2025",          day
                    "Friday, June 13, 2025", "Jan. 1, 2026"
``date.month_day``  "June 15", "Aug. 1", "15 June", "March 4" (dateline)    day
``date.month_year`` "July 2025", "early July 2025"                          month
``date.month``      "July", "early July", "next March"                      month
``date.year``       "2019" in "in 2019", "mid-2026", "2026 season"          year
``date.weekday``    "Friday", "next Friday", "Friday next week"             day
``date.relative``   "next month", "this year", "yesterday", "last week"     month/year/day/None
==================  ======================================================  =====

``text`` is the expression without its preposition ("July" in "before July", "August 1" in
"from August 1"); modifiers that change the meaning stay in ("early July", "next Friday").

Resolution uses the reference date passed in (the publication date), never the clock. With
no reference, full dates, month + year and bare years still resolve; everything else is
returned with value and grain None. "last week" / "next week" always stay unresolved (there
is no week grain).

To stay precise, some words are dates only with more evidence:

- "May" and "March" alone (not followed by a day or a year) must follow one of in, by,
  since, until, till, before, after, from, through, during, "end of", or carry a modifier
  (early/mid/late/next/last/this): "Trump may impose", "a march on" are not dates.
- A bare four-digit year (1900-2100) must follow one of in, since, by, until, till, of,
  from, before, after, through, during, fiscal; or carry early/mid/late; or be followed
  by a time word ("2026 season") or by punctuation / the end of a line. "2025 cars",
  "the 2019 tariffs" and "S&P 500" are not years.
- "the next year" / "the last month" are durations, not dates.
- Only capitalised month and weekday names count ("may", "march" never do).
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import regex

from transforms.model import DateMention

__all__ = ["find_dates", "resolve_date_expression"]

# Fixed English names, spelled out rather than taken from the calendar module because
# calendar.month_name follows the process locale.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_MONTH_BY_NAME = {name: number for number, name in enumerate(_MONTHS, start=1)}
_MONTH_BY_NAME |= {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_BY_NAME = {name: number for number, name in enumerate(_WEEKDAYS)}

# Months that are also common verbs or nouns; see the module docstring.
_AMBIGUOUS_MONTHS = ("May", "March")


def _words(*words: str) -> str:
    """Alternation of words as written and capitalised ("in" | "In"), longest first."""
    variants = {v for w in words for v in (w, w[:1].upper() + w[1:])}
    return "|".join(
        r"\x20+".join(regex.escape(p) for p in v.split(" "))
        for v in sorted(variants, key=lambda v: (-len(v), v))
    )


def _names(names: Iterable[str]) -> str:
    return "|".join(sorted(names, key=lambda n: (-len(n), n)))


_MONTH_FULL = _names(_MONTHS)
_MONTH_ANY = rf"(?:{_MONTH_FULL}|(?:{_names(k for k in _MONTH_BY_NAME if k not in _MONTHS)})\.?)"
_MONTH_PLAIN = _names(m for m in _MONTHS if m not in _AMBIGUOUS_MONTHS)
_AMBIGUOUS = _names(_AMBIGUOUS_MONTHS)
_WEEKDAY = _names(_WEEKDAYS)
_MODIFIER = _words("early", "mid", "late")
_RELATIVE = _words("next", "last", "this")

_MONTH_CUES = _words(
    "in", "by", "since", "until", "till", "before", "after", "from", "through", "during", "end of"
)
_YEAR_CUES = _words(
    "in", "since", "by", "until", "till", "of", "from", "before", "after", "through", "during",
    "fiscal",
)
_TIME_WORDS = _words("year", "quarter", "season", "summer", "winter", "spring", "autumn")

_DAY = r"""
    (?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?  # "15", "1st"
    (?![0-9]|[.,:][0-9]|\x20?%)                       # not "15.5", "15:30", "15%"
"""
_YEAR = r"(?P<year>19[0-9]{2}|20[0-9]{2}|2100)(?![0-9])"
_YEAR_END = r"(?![\w%]|[.,/-][0-9]|\x20?%|\x20per\x20?cent)"  # not "2019s", "2019.5", "2019%"
_WEEK_REL = _words("this coming", "coming", "next", "last", "this")
_UNIT = _words("week", "month", "year")
_DAY_WORD = _words("today", "tomorrow", "yesterday")

# Every branch starts by consuming a digit, a capitalised name, a unit word ("month") or a
# day word ("today"). Words in front of it (in, early, next, the, "15" of "15 June") are
# read with lookbehinds placed after that first token, capturing the ones that belong to
# the expression (the mention then starts at the capture). Branches that opened with a
# lookbehind, an optional group or a common lowercase word made the engine run every
# branch at every position: 0.4 MB/s on news text against about 8 MB/s now.
# Within a branch the continuations go from specific to generic (day and year, day, year,
# nothing); the rule id follows from the groups that matched (see _rule_id).
_DATE = regex.compile(
    rf"""
    (?P<iso>
        (?P<year>19[0-9]{{2}}|20[0-9]{{2}}|2100)  # 2025-08-01
        -(?P<mnum>0[1-9]|1[0-2])
        -(?P<day>0[1-9]|[12][0-9]|3[01])
        (?<![0-9-][0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}})  # not the tail of a longer number
        (?![0-9])
    )
    |(?P<month>{_MONTH_ANY})
    (?<=(?<!\w)(?:{_MONTH_ANY}))                # a word of its own
    (?:(?<=(?<![0-9.,$])(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\x20+(?:{_MONTH_ANY}))
       (?:,?\x20+{_YEAR})?                      # "15 June", "15 June 2025"
      |\x20+{_DAY}(?:,?\x20+{_YEAR})?           # "June 15", "June 15, 2025", "Aug. 1"
      |(?<=(?<!\w)(?P<mod>{_MODIFIER})[-\x20](?:{_MONTH_FULL}))?  # "early July 2025"
       ,?\x20+(?:of\x20+)?{_YEAR}               # "July 2025", "May of 2019"
      |(?<=(?<!\w)(?:(?P<mod>{_MODIFIER})[-\x20]|(?P<rel>{_RELATIVE})\x20+)(?:{_MONTH_FULL}))
                                                # "early July", "mid-May", "next March"
      |(?<=(?:{_MONTH_PLAIN}))                  # a bare full month name: "July"
      |(?<=(?<!\w)(?:{_MONTH_CUES})\x20+(?:{_AMBIGUOUS}))  # "in May"; not "May be"
    )
    (?!\w)
    |(?P<weekday>{_WEEKDAY})
    (?<=(?<!\w)(?:{_WEEKDAY}))
    (?:,?\x20+(?P<month>{_MONTH_ANY})\x20+{_DAY}(?:,?\x20+{_YEAR})?  # "Friday, June 13"
      |,?\x20+{_DAY}\x20+(?P<month>{_MONTH_ANY})(?:,?\x20+{_YEAR})?  # "Friday, 13 June"
      |\x20+(?P<week>{_RELATIVE})\x20+week      # "Friday next week"
      |(?<=(?<!\w)(?P<rel>{_WEEK_REL})\x20+(?:{_WEEKDAY}))  # "next Friday"
    )?
    (?!\w)
    |{_YEAR}
    (?:(?<=(?<!\w)(?P<mod>{_MODIFIER})[-\x20][0-9]{{4}})  # "mid-2026", "late 2025"
      |(?<=(?<![\w$€£¥.,/-])[0-9]{{4}})         # a year of its own
       (?:(?<=(?<!\w)(?:{_YEAR_CUES})\x20+[0-9]{{4}})  # "in 2019"
         |(?=\x20+(?:{_TIME_WORDS})\b           # else what follows must agree: "2026 season",
            |\x20*(?:[.,;:!?)\]"”’]|\r?\n|\Z))  # "in 2018 and 2019."
       )
    )
    {_YEAR_END}
    |(?P<unit>{_UNIT})                          # "next month", "last week"
    (?<=(?<!\w)(?P<rel>{_WEEK_REL})\x20+(?:{_UNIT}))
    (?<!(?<!\w)(?:{_words("the")})\x20+\w+\x20+\w+)  # "the next year" is a duration
    (?!\w)
    |(?P<day_word>{_DAY_WORD})                  # "today"
    (?<=(?<!\w)(?:{_DAY_WORD}))
    (?<!USA\x20Today)                           # the newspaper
    (?!\w)
    """,
    regex.VERBOSE,
)


def _rule_id(m: regex.Match[str]) -> str:
    if m["iso"] or (m["day"] and m["year"]):
        return "date.full"
    if m["day"]:
        return "date.month_day"
    if m["month"]:
        return "date.month_year" if m["year"] else "date.month"
    if m["year"]:
        return "date.year"
    if m["weekday"]:
        return "date.weekday"
    return "date.relative"


def _start(m: regex.Match[str]) -> int:
    """Where the expression starts: at a captured "early", "next" or day ("15 June") in
    front of the match."""
    return min(m.start(g) for g in ("mod", "rel", "day", 0) if m[g] is not None)


# Words just before a weekday that point forward: "from Friday", "by Friday", "which begins
# Sunday", "expected Friday". "on" between them and the weekday is skipped.
_FUTURE_JUST_BEFORE = regex.compile(
    rf"""
    (?<!\w)(?:{_words(
        "on or after", "from", "starting", "beginning", "by", "until", "till",
        "begins", "begin", "starts", "start", "opens", "open", "expected", "scheduled",
        "slated", "planned", "due", "set for", "take effect", "takes effect", "taking effect", "effective",
        "kick in", "kicks in", "come into force", "comes into force",
    )})
    \x20+(?:on\x20+)?\Z
    """,
    regex.VERBOSE,
)
# Words anywhere earlier in the same clause that make the weekday a coming one.
_FUTURE_IN_CLAUSE = regex.compile(
    rf"""
    (?<!\w)(?:{_words(
        "will", "shall", "is due", "are due", "due to", "is set to", "are set to", "set for",
        "scheduled", "slated", "ahead of", "upcoming", "plans to", "plan to", "planned",
        "is expected to", "are expected to", "going to",
    )}|[’']ll)(?!\w)
    """,
    regex.VERBOSE,
)
# A past-tense verb right before the weekday wins over a future word further back:
# "Trump, who will travel, said on Friday".
_PAST_JUST_BEFORE = regex.compile(
    r"""
    (?<!\w)(?:said|told|held|met|spoke|wrote|took|gave  # common irregular past tenses
              |[a-z]+ed)                                # "announced", "signed"
    \x20+(?:on\x20+)?\Z                                  # right before the weekday
    """,
    regex.VERBOSE,
)
# A past-tense verb and "in" right before a month: "imposed in March", "announced in late April".
_PAST_IN_BEFORE = regex.compile(
    r"""(?<!\w)(?:took|began|came|went|[a-z]+ed)\x20+in\x20+(?:(?:early|late|mid)[\x20-]+)?\Z""", regex.VERBOSE)
# The clause a weekday sits in starts after the last line break, ";", "!", "?" or a full stop
# that is not an initial ("U.S. officials" continues the clause).
_CLAUSE_BREAK = regex.compile(
    r"""
    [\n;!?]                                     # line break, semicolon, ! or ?
    |(?<![A-Z])\.\s                             # a full stop that ends a word, not "U.S."
    """,
    regex.VERBOSE,
)
_CLAUSE_WINDOW = 80


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_days(start: date, days: int) -> date | None:
    try:
        return start + timedelta(days=days)
    except OverflowError:
        return None


def _nearest(candidates: list[date], reference: date) -> date | None:
    """The candidate closest to the reference; a tie goes to the later one."""
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - reference).days), d < reference))


def _month_near(month: int, reference: date, rel: str | None) -> date | None:
    """A month named without a year: the occurrence nearest the reference (ties forward);
    rel "next" / "last" takes the first occurrence strictly after / before the reference
    month, "this" the one in the reference year."""
    if rel == "this":
        return _safe_date(reference.year, month, 1)
    if rel == "next":
        return _safe_date(reference.year + (month <= reference.month), month, 1)
    if rel == "last":
        return _safe_date(reference.year - (month >= reference.month), month, 1)
    if rel == "past":   # on or before the reference month
        return _safe_date(reference.year - (month > reference.month), month, 1)
    here = reference.year * 12 + reference.month
    firsts = [_safe_date(reference.year + k, month, 1) for k in (-1, 0, 1)]
    # Month distance, not day distance: "December" seen on June 14 is 6 months either way.
    return min(
        (d for d in firsts if d is not None),
        key=lambda d: (abs(d.year * 12 + d.month - here), d.year * 12 + d.month < here),
        default=None,
    )


def _month_day_near(month: int, day: int, reference: date) -> date | None:
    """Month and day without a year: the occurrence nearest the reference (ties forward)."""
    found = [_safe_date(reference.year + k, month, day) for k in (-1, 0, 1)]
    return _nearest([d for d in found if d is not None], reference)


def _weekday_near(
    weekday: int, reference: date, rel: str | None, week: str | None, future: bool
) -> date | None:
    """Resolve a weekday name against the reference date.

    - "Friday this week" / "next week" / "last week": that day in the reference's Monday-to-
      Sunday week, the week after, or the week before.
    - "next Friday": the first Friday strictly after the reference (1..7 days ahead).
    - "last Friday": the last Friday strictly before the reference (1..7 days back).
    - "this Friday", "this coming Friday", "coming Friday": the nearest Friday on or after
      the reference (0..6 days ahead).
    - plain "Friday": the nearest Friday on or before the reference (0..6 days back), because
      news mostly reports what happened; on or after (0..6 days ahead) instead when
      ``future`` is set: the words just before it are "from", "starting", "on or after",
      "by", "until", "begins", "expected" and the like, or its clause holds "will",
      "is due", "scheduled", "ahead of" and the like (see _FUTURE_* patterns). A weekday
      equal to the reference's weekday is the reference date itself in both directions.
    """
    ahead = (weekday - reference.weekday()) % 7
    back = (reference.weekday() - weekday) % 7
    if week:
        offset = {"last": -7, "this": 0, "next": 7}[week.lower()]
        return _add_days(reference, offset - reference.weekday() + weekday)
    if rel == "next":
        return _add_days(reference, ahead or 7)
    if rel == "last":
        return _add_days(reference, -(back or 7))
    if rel in ("this", "coming") or future:
        return _add_days(reference, ahead)
    return _add_days(reference, -back)


def _future_context(text: str, start: int) -> bool:
    """Whether the words before a weekday point to a coming day (see _weekday_near)."""
    before = text[max(0, start - _CLAUSE_WINDOW) : start]
    if _FUTURE_JUST_BEFORE.search(before):
        return True
    if _PAST_JUST_BEFORE.search(before):
        return False
    clause_start = max((b.end() for b in _CLAUSE_BREAK.finditer(before)), default=0)
    clause = before[clause_start:]
    return _FUTURE_IN_CLAUSE.search(clause) is not None


def _month(m: regex.Match[str]) -> int:
    return int(m["mnum"]) if m["iso"] else _MONTH_BY_NAME[m["month"].rstrip(".")]


def _resolve(
    m: regex.Match[str], rule: str, text: str, reference: date | None
) -> tuple[date | None, str | None] | None:
    """(value, grain) for a match; None when the match is no real date ("June 31")."""
    if rule == "date.full":
        value = _safe_date(int(m["year"]), _month(m), int(m["day"]))
        return None if value is None else (value, "day")
    if rule == "date.month_year":
        return date(int(m["year"]), _month(m), 1), "month"
    if rule == "date.year":
        return date(int(m["year"]), 1, 1), "year"
    if rule == "date.month_day" and _safe_date(2000, _month(m), int(m["day"])) is None:
        return None  # 2000 is a leap year, so only days that never exist end up here
    if reference is None:
        return None, None
    value, grain = _anchored(m, rule, text, reference)
    return (value, grain) if value is not None else (None, None)


def _anchored(
    m: regex.Match[str], rule: str, text: str, reference: date
) -> tuple[date | None, str | None]:
    """Value and grain of an expression that needs the reference date."""
    rel = m["rel"].split()[-1].lower() if m["rel"] else None  # "this coming" -> "coming"
    if rule == "date.month_day":
        return _month_day_near(_month(m), int(m["day"]), reference), "day"
    if rule == "date.month":
        if rel is None and _PAST_IN_BEFORE.search(text, max(0, _start(m) - 30), _start(m)):
            rel = "past"   # "a 25% tariff Washington imposed in March": the last March, not the nearest
        return _month_near(_month(m), reference, rel), "month"
    if rule == "date.weekday":
        future = _future_context(text, _start(m))
        weekday = _WEEKDAY_BY_NAME[m["weekday"]]
        return _weekday_near(weekday, reference, rel, m["week"], future), "day"
    if m["day_word"]:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["day_word"].lower()]
        return _add_days(reference, offset), "day"
    step = {"last": -1, "this": 0, "next": 1, "coming": 1}[rel or "this"]
    unit = m["unit"].lower()
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + step
        return _safe_date(index // 12, index % 12 + 1, 1), "month"
    if unit == "year":
        return _safe_date(reference.year + step, 1, 1), "year"
    return None, None  # weeks: there is no week grain


def find_dates(text: str, reference: date | None) -> list[DateMention]:
    """Date expressions in ``text``, sorted and non-overlapping, resolved against
    ``reference`` (the publication date) when it is given."""
    found: list[DateMention] = []
    for m in _DATE.finditer(text):
        rule = _rule_id(m)
        resolved = _resolve(m, rule, text, reference)
        start = _start(m)
        # A lookbehind capture can reach into the previous match; the first reading wins.
        if resolved is None or (found and start < found[-1].char_end):
            continue
        found.append(
            DateMention(
                char_start=start,
                char_end=m.end(),
                text=text[start : m.end()],
                value=resolved[0],
                grain=resolved[1],
                rule_id=rule,
            )
        )
    return found


_BARE_AMBIGUOUS_MONTH = regex.compile(
    rf"""
    \s*(?P<month>{_AMBIGUOUS})\s*                # the whole expression is "May" or "March"
    """,
    regex.VERBOSE,
)


def resolve_date_expression(expr: str, reference: date | None) -> tuple[date | None, str | None]:
    """(value, grain) of the first date expression in ``expr``; (None, None) if there is none
    or it cannot be resolved. Prepositions count as context: "from Friday" looks forward.
    A lone "May" or "March" is accepted here, since the caller says it is a date."""
    mentions = find_dates(expr, reference)
    if mentions:
        return mentions[0].value, mentions[0].grain
    bare = _BARE_AMBIGUOUS_MONTH.fullmatch(expr)
    if bare and reference is not None:
        value = _month_near(_MONTH_BY_NAME[bare["month"]], reference, None)
        return (value, "month") if value else (None, None)
    return None, None
