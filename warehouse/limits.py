"""How much one input file may hold before it is quarantined instead of loaded.

The defaults keep one hostile or broken file from stalling a nightly run;
raise them per run when a real corpus needs more.

- ``max_file_bytes`` (20 MiB): a news article is 2-50 KB; a file a thousand
  times larger is a dump, a log or a mistake, and is not even read whole.
- ``max_line_chars`` (20,000): lines are paragraphs (the test corpus' longest
  is under 500 characters; a whole article scraped onto one line is rarely
  over 20,000). Extraction time grows faster than linearly with the length of
  a sentence full of rates, and sentences never span lines: measured on one
  line of repeated "tariff 25% on steel; ", 10 KB took 2 s, 42 KB 27 s,
  168 KB 7 minutes. The limit bounds that cost per line.
- ``max_headlines`` (1,000): a sidebar lists 5-50 related headlines; ten
  thousand lines after the body are a listing page, not an article.

A file quarantined under one limit is read again by the first run whose limit
for that reason is higher: the quarantine message names the limit in force
("over the limit of N"), and ``Limits.raised_since`` reads it back.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.decode import Rejected
from transforms.split import split_article

DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024

# The field of Limits behind each reason code a limit gives.
LIMIT_FIELDS = {"too_large": "max_file_bytes", "line_too_long": "max_line_chars",
                "too_many_headlines": "max_headlines"}
# Every limit message (here and ingest's too_large) says "over the limit of N": the plan relies on it.
_LIMIT_IN_MESSAGE = re.compile(r"over the limit of ([0-9][0-9,]*)")


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_line_chars: int = 20_000
    max_headlines: int = 1_000

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_line_chars", "max_headlines"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive whole number, not {value!r}")

    def raised_since(self, reason_code: str, message: str) -> bool:
        """Whether this limit for ``reason_code`` is higher than the one a quarantine ``message`` names.

        False for a reason that is no limit's and for a message naming no limit: such a file is read again
        only when it changes or on ``--full-refresh``.
        """
        name = LIMIT_FIELDS.get(reason_code)
        old = limit_in_message(message) if name else None
        return old is not None and getattr(self, name) > old


def limit_in_message(message: str) -> int | None:
    """The limit a quarantine message says was exceeded, or None."""
    m = _LIMIT_IN_MESSAGE.search(message or "")
    return int(m.group(1).replace(",", "")) if m else None


def check_text(text: str, limits: Limits) -> Rejected | None:
    """Why decoded ``text`` exceeds ``limits``, or None when it is within them.

    Reason codes: ``line_too_long``, ``too_many_headlines``. Lines are checked
    first, so the splitter never sees an over-long line.
    """
    lines = text.split("\n")
    longest = max(lines, key=len)
    if len(longest) > limits.max_line_chars:
        number = lines.index(longest) + 1
        return Rejected("line_too_long", f"line {number} is {len(longest):,} characters long, over the limit of "
                                         f"{limits.max_line_chars:,} (--max-line-chars)")
    # A headline is at most one line, so the split is needed only when the lines alone could exceed the limit.
    if len(lines) > limits.max_headlines:
        count = len(split_article(text).headlines)
        if count > limits.max_headlines:
            return Rejected("too_many_headlines", f"file lists {count:,} related headlines, over the limit of "
                                                  f"{limits.max_headlines:,} (--max-headlines)")
    return None
