"""Split a decoded article into its body and the list of related headlines.

Raw article files are a web page's text: the body, then often a sidebar of
related headlines that have nothing to do with the article. ``split_article``
finds where the body ends, in this order (the value of ``layout``):

1. ``empty``: nothing but whitespace.
2. ``label``: a label line ("Related coverage:", "Read More", "See also", ...)
   that is followed by no body-like line. Everything before it is body,
   every non-blank line after it a headline, bullets removed.
3. By shape, without a label: the longest trailing run of headline-shaped
   lines that starts after a blank line, if it holds 2 or more lines.
   ``seed_lines`` when the body has one paragraph per line and 2+ blank lines
   come before the headlines, ``blank_paragraphs`` otherwise, and
   ``headlines_only`` when there is no body line at all.
4. ``body_only``: no headline list found.

A line is headline-shaped when it is at most 200 characters long, has a
letter, does not start with an all-lowercase word, does not end like a
sentence or a line that continues (period, ellipsis, comma, colon, dash,
closing bracket; "U.S." at the end is allowed in title case), and carries no
body marks (two sentences, a quote attribution such as ``,” he said``, a
"Reporting by" credit). A body line that looks like a headline (a subhead, a
dateline) stays in the body whenever a body line follows it.

Ambiguous cases, decided on purpose:

* A single trailing headline-shaped line after a blank line is body: a sidebar
  of one headline is rarer than a short closing paragraph. A label line
  before it makes it a headline.
* Likewise a single headline-shaped line between the body and a gap of 2+
  blank lines stays in the body when 2+ headlines follow the gap.
* After a gap of 2+ blank lines, a block of one-per-line short lines (3 or
  more, none over 200 characters or body-marked) is a headline list when at
  least three quarters of its lines are headline-shaped, so one sidebar
  headline ending in a period does not pull the whole list into the body.
* Lines are split on "\\n" only (``decode_bytes`` already turned CR and CRLF
  into "\\n"); a stray "\\r" is treated as trailing whitespace.

Paragraphs are the body's blank-line separated blocks when the body has blank
lines between its lines, otherwise one paragraph per line.

Known gaps: a headline list glued to the body with no blank line in between
stays in the body; an inline label ("Read more: Tariffs rise") is not a label.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from transforms.model import Span

MAX_HEADLINE_CHARS = 200
_MAX_LABEL_CHARS = 40
# Share of lines in a block after a 2+ blank-line gap that may break the
# headline shape without pulling the whole list into the body.
_MAX_ODD_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class Headline(Span):  # offsets into the decoded text given to split_article
    position: int  # 1-based order in the list


@dataclass(frozen=True, slots=True)
class SplitResult:
    body_text: str  # contiguous slice of the input, leading/trailing whitespace trimmed
    body_start: int  # text[body_start:body_start+len(body_text)] == body_text
    paragraphs: tuple[Span, ...]  # offsets relative to body_text, each stripped
    headlines: tuple[Headline, ...]  # bullet and surrounding whitespace removed; offsets into the input
    layout: str  # 'seed_lines', 'blank_paragraphs', 'label', 'body_only', 'headlines_only', 'empty'
    label: str | None  # the label line text when one was recognised ("Related coverage:")


_LABEL = regex.compile(
    r"""
    ^
    (?:
        related (?: \s+ (?: coverage | articles? | stories | news | content | reading | links ) )?
                                                    # Related, Related coverage, Related Articles
      | read \s+ (?: more | also | next )           # Read more, Read More
      | also \s+ read                               # Also read
      | more \s+ on \s+ this \s+ (?: story | topic )  # More on this story
      | more \s+ from \s+ (?: this \s+ \w+          # More from this section
          | (?-i: \p{Lu} ) [\w.&'’-]* (?: \s+ (?-i: \p{Lu} ) [\w.&'’-]* ){0,3}
        )                                           # More from Reuters, More from The Japan Times
      | see \s+ also                                # See also
      | you \s+ (?: may | might ) \s+ (?: also \s+ )? like  # You may also like
      | recommended (?: \s+ (?: for \s+ you | stories | articles | reading ) )?
    )
    \s* :? \s*                                      # optional trailing colon
    $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_BULLET = regex.compile(
    r"""
    ^ (?:
        [•·▪◦‣►»] \s*       # typographic bullets, space optional
      | [-*–—>] (?: \s+ | $ )  # ASCII and dash bullets need a space, so "-5%" is no bullet
      | \d{1,2} [.)] \s+      # numbered list: "1. ", "2) "
    )
    """,
    regex.VERBOSE,
)

# How a line ends, ignoring closing quotes; first alternative that fits wins.
# Searched only in the last _ENDING_WINDOW characters: an unanchored search
# would try every position of the line.
_ENDING_WINDOW = 24
_ENDING = regex.compile(
    r"""
    (?:
        (?P<initials> (?: \b \p{Lu} \. ){2,} )  # "U.S.", "U.K.": the period need not end a sentence
      | (?P<ellipsis> \.\.\. | … )              # cut-off text
      | (?P<period> \. )                        # sentence-final period
      | (?P<open> [,;:\-–—/(\[] )               # the text goes on: dateline "WASHINGTON (Reuters) -"
      | (?P<close> [)\]] )                      # "(Reporting by ...)", an aside
    )
    [\s"'”’»]* $                                # closing quotes don't change the ending
    """,
    regex.VERBOSE,
)

# Marks that only body text carries, anywhere in the line. Each starts at a
# period or a closing quote, which lets the engine skip ahead to those.
_BODY_MARK = regex.compile(
    r"""
    [.”’"]
    (?:
        (?<= \b \p{Ll}{2,} \. ) ["”’)]* \s+ ["“‘(]? \p{Lu}  # two sentences: "in talks. The"
      | (?<= [,.!?] ["”’] ) \s+ \p{Ll}                      # quote attribution: ,” he said
    )
    """,
    regex.VERBOSE,
)

_CREDIT = regex.compile(
    r"""
    ^ \(?                                      # "(Reporting by ..." as well
    (?: additional \s+ )?                      # "Additional reporting by"
    (?: reporting | writing | editing | compiled | produced ) \s+ by \b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_LOWERCASE_START = regex.compile(r"^\p{Ll}+\b")  # "and the talks ...": a wrapped fragment, not a title
_LETTER = regex.compile(r"\p{L}")
_LONG_WORD = regex.compile(r"\b\p{L}[\p{L}'’-]{3,}")  # 4+ letters, so "of", "to", "the" don't count


def split_article(text: str) -> SplitResult:
    """Split ``text`` (as returned by ``decode_bytes``) into body and headlines."""
    starts: list[int] = []  # offset of each non-blank line's first non-space character
    texts: list[str] = []  # the line without surrounding whitespace
    gaps: list[int] = []  # blank lines just before it
    pos = 0
    blank = 0
    for line in text.split("\n"):
        content = line.lstrip()
        if content:
            stripped = content.rstrip()
            starts.append(pos + len(line) - len(content))
            texts.append(stripped)
            gaps.append(blank)
            blank = 0
        else:
            blank += 1
        pos += len(line) + 1

    n = len(texts)
    if n == 0:
        return SplitResult("", 0, (), (), "empty", None)

    label_at = _find_label(texts)
    if label_at is not None:
        body_end = label_at
        heads = [i for i in range(label_at + 1, n) if not _is_label(texts[i])]
        layout = "label"
    else:
        body_end = _headline_block_start(texts, gaps)
        heads = list(range(body_end, n))
        if body_end == n:
            layout = "body_only"
        elif body_end == 0:
            layout = "headlines_only"
        elif gaps[body_end] >= 2 and not any(gaps[1:body_end]):
            layout = "seed_lines"
        else:
            layout = "blank_paragraphs"

    headlines = []
    for i in heads:
        line = texts[i]
        bullet = _BULLET.match(line)
        cut = bullet.end() if bullet else 0
        if cut < len(line):
            start = starts[i] + cut
            headlines.append(Headline(start, start + len(line) - cut, line[cut:], len(headlines) + 1))

    if body_end == 0:
        body_start, body_text, paragraphs = 0, "", ()
    else:
        body_start = starts[0]
        body_text = text[body_start : starts[body_end - 1] + len(texts[body_end - 1])]
        paragraphs = _paragraphs(body_start, body_text, starts[:body_end], texts[:body_end], gaps[:body_end])

    return SplitResult(
        body_text=body_text,
        body_start=body_start,
        paragraphs=paragraphs,
        headlines=tuple(headlines),
        layout=layout,
        label=texts[label_at] if label_at is not None else None,
    )


def _find_label(texts: list[str]) -> int | None:
    """Index of the first label line that no body-like line follows, or None."""
    candidates = [i for i, t in enumerate(texts) if _is_label(t)]
    if not candidates:
        return None
    # A "Read more:" in the middle of an article, followed by paragraphs, is body.
    last_body = -1
    for i in range(len(texts) - 1, candidates[0], -1):
        if len(texts[i]) > MAX_HEADLINE_CHARS or _CREDIT.match(texts[i]) or _BODY_MARK.search(texts[i]):
            last_body = i
            break
    return next((i for i in candidates if i > last_body), None)


def _is_label(line: str) -> bool:
    return len(line) <= _MAX_LABEL_CHARS and _LABEL.match(line) is not None


def _headline_block_start(texts: list[str], gaps: list[int]) -> int:
    """Index of the first headline of the trailing list, ``len(texts)`` when none."""
    n = len(texts)
    start = n
    i = n - 1
    while i >= 0 and _is_headline(texts[i]):
        if gaps[i] or i == 0:
            start = i
        i -= 1
    if n - start < 2:
        start = n

    double_gap = next((j for j in range(n - 1, 0, -1) if gaps[j] >= 2), None)
    if double_gap is None:
        return start
    if 0 < start < double_gap and double_gap - start == 1 and n - double_gap >= 2:
        return double_gap
    if start > double_gap and _is_loose_headline_list(texts[double_gap:], gaps[double_gap + 1 :]):
        return double_gap
    return start


def _is_loose_headline_list(block: list[str], inner_gaps: list[int]) -> bool:
    """One-per-line short lines, mostly headline-shaped: a sidebar list."""
    if len(block) < 3 or any(inner_gaps):
        return False
    odd = 0
    for line in block:
        if len(line) > MAX_HEADLINE_CHARS or _CREDIT.match(line) or _BODY_MARK.search(line):
            return False
        odd += not _is_headline(line)
    return odd <= _MAX_ODD_SHARE * len(block)


def _is_headline(line: str) -> bool:
    bullet = _BULLET.match(line)
    if bullet:
        line = line[bullet.end() :]
    if not line or len(line) > MAX_HEADLINE_CHARS:
        return False
    if not _LETTER.search(line) or _LOWERCASE_START.match(line) or _CREDIT.match(line) or _BODY_MARK.search(line):
        return False
    ending = _ENDING.search(line, max(0, len(line) - _ENDING_WINDOW))
    if ending is None:
        return True
    return ending.lastgroup == "initials" and _is_title_case(line)


def _is_title_case(line: str) -> bool:
    words = _LONG_WORD.findall(line)
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _paragraphs(
    body_start: int, body_text: str, starts: list[int], texts: list[str], gaps: list[int]
) -> tuple[Span, ...]:
    spans = []
    by_block = any(gaps[1:])
    first = 0
    for i in range(1, len(texts) + 1):
        if i < len(texts) and by_block and not gaps[i]:
            continue
        a = starts[first] - body_start
        b = starts[i - 1] + len(texts[i - 1]) - body_start
        spans.append(Span(a, b, body_text[a:b]))
        first = i
    return tuple(spans)
