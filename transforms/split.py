"""Split a decoded article into its body and the list of related headlines.

Raw article files are a web page's text: the body, then often a sidebar of
related headlines that have nothing to do with the article. ``split_article``
finds where the body ends, in this order (the value of ``layout``):

1. ``empty``: nothing but whitespace (zero-width spaces count as whitespace).
2. ``label``: a label line ("Related coverage:", "Read More", "Top stories",
   "Also read:", "More from Reuters", ...) that no body-like line follows.
   Everything before it is body, every other line after it a headline,
   bullets removed.
3. By shape, without a label: the trailing block of headline-shaped lines
   that starts after a blank line (see "Choosing the list" below).
   ``seed_lines`` when the body has one paragraph per line and 2+ blank lines
   come before the headlines, ``blank_paragraphs`` otherwise, and
   ``headlines_only`` when there is no body line at all.
4. ``body_only``: no headline list found.

Each line gets one of three shapes:

* headline: at most 200 characters, has a letter, does not start with an
  all-lowercase word, does not end like a sentence or a line that continues
  (period, ellipsis, comma, colon, dash, closing bracket). A Title Case line
  ending in a period, an ellipsis or initials ("... to U.S.") is a headline
  too: body sentences are not written in Title Case, sidebar headlines
  are, and scraped sidebars cut long ones off with "...".
* body: over 200 characters, a credit ("(Reporting by ...; Editing by ...)"),
  two sentences ("in talks. The"), a quote attribution in the past tense
  (``,” he said``, ``,” the official told Reuters``; the headline forms
  ``,’ says Xi`` and ``,’ farmers say`` are allowed), or a sentence of 14+
  words ending in a period.
* odd: anything else (a short sentence, "Yen slips.", a dateline
  "WASHINGTON (Reuters) -", an aside in brackets, a line without letters).

Choosing the list: a split point is a line after one or more blank lines
(or the first line, for ``headlines_only``). The lines from there to the end
qualify as a list when there are 2 or more, none is body-shaped, the first is
not a label ending in a colon, and either all are headlines, or there are 3 or
more and the odd ones are few enough:

* a quarter, for a block without blank lines inside (a sidebar headline
  ending in a period does not pull the list into the body);
* half, when the list is set off by a single blank line and the body (two
  lines or more) has none between its lines (one paragraph per line);
* any number, when the list is set off by 2 or more blank lines, more than
  the body has anywhere and more than the list has inside (the corpus format
  and most scraped pages: "Fed holds rates steady." is still a headline).

Of the qualifying split points the one whose blank-line gap is wider than
every gap inside the list wins (the list is one block set off from the body),
then the widest gap, then the earliest line. So a short closing paragraph
("Officials did not comment", "What Comes Next", a quote ending in "?”")
separated from a one-per-line list by the same single blank line stays in
the body, while a list whose headlines are themselves separated by blank
lines is taken whole. A short line ending in a colon ("Business briefs:")
right before the list, after a blank line, is taken as an unknown label.

Lines that carry no content are dropped before any of this: page furniture
("Advertisement", "Share this article", "Story continues below", "©
2025 Reuters", "All rights reserved") and lines without a letter or digit
("* * *", a lone bullet). They count neither as lines nor as blank lines, so
"Advertisement" between two paragraphs does not split them, and a trailing
"Share this article" is neither body nor headline.

An inline label ("Read more: Japan Tariff Talks Stall", "Also read: ...") at
the start of a trailing line makes that line a headline without its label,
even right under the body without a blank line: a paragraph never starts
that way. In the middle of the body, followed by paragraphs, it stays body.

Ambiguous cases, decided on purpose:

* A single trailing headline-shaped line after a blank line is body: a sidebar
  of one headline is rarer than a short closing paragraph. A label line
  before it makes it a headline.
* An unknown label that ends in a colon ("Business briefs:", at most three
  words or Title Case) before a qualifying list makes the layout ``label``;
  a sentence ending in a colon ("The new tariffs cover the following
  goods:") does not, and its bullets stay in the body. An unknown label
  without a colon would be taken as a headline, so the label lexicon is
  generous.
* A bulleted list at the end of the body after a blank line ("• Steel: 25%")
  is taken as headlines: without a label it looks exactly like a sidebar.
* Lines are split on "\\n" only (``decode_bytes`` already turned CR and CRLF
  into "\\n"); zero-width spaces and BOMs around a line are stripped like
  whitespace.

Paragraphs are the body's blank-line separated blocks when the body has blank
lines between its lines, otherwise one paragraph per line.

Known gaps (strict xfails in tests/test_split.py): a headline list glued to
the body with no blank line in between stays in the body; a list split into
groups by blank lines, without labels, keeps only its last group; a short
title-like closing paragraph before a list whose headlines are blank-line
separated is taken as a headline, and so are two trailing title-like
paragraphs without any list; an unknown label without a colon is taken as a
headline; short sentences set off from a blank-line separated body by one
blank line stay in the body.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from transforms.model import Span

MAX_HEADLINE_CHARS = 200
_MAX_LABEL_CHARS = 48
# Share of lines in a blank-free list block that may break the headline shape
# without pulling the whole list into the body.
_MAX_ODD_SHARE = 0.25
_MAX_WIDE_ODD_SHARE = 0.5  # the same after a single blank line that the body has none of
# A line ending in a period with this many spaces (14+ words) is a sentence.
_SENTENCE_SPACES = 13
_MAX_FURNITURE_CHARS = 80

# Whitespace as str.strip() sees it, plus the zero-width characters that
# scraped pages leave on otherwise empty lines.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_STRIP = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + _ZERO_WIDTH


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


_BULLET_CHARS = "[•·▪◦‣►»›●■□▶▸▹➤➢→⇒◆◇♦○∙⁃⦁✓✔★☆]"  # typographic bullets

# Label phrases that may also open a line as an inline label ("Read more: X").
_INLINE_LABEL_WORDS = r"""
      related (?: \s+ (?: coverage | articles? | stories | story | news | content | reading | links? ) )?
                                                    # Related, Related coverage, Related Articles
    | (?: read | see | watch ) \s+ (?: more (?: \s+ (?: stories | news | articles | headlines ) )? | also | next )
                                                    # Read more, See also, Read next, Read more stories
    | (?: also | must | further | essential ) \s+ (?: read | reading | see )   # Also read, Must read
    | more \s+ on \s+ this (?: \s+ (?: story | topic | subject ) )?  # More on this story
    | more \s+ from \s+ (?: this \s+ \w+            # More from this section
        | (?-i: \p{Lu} ) [\w.&'’-]* (?: \s+ (?-i: \p{Lu} ) [\w.&'’-]* ){0,3}
      )                                             # More from Reuters, More from The Japan Times
    | you \s+ (?: may | might ) \s+ (?: also \s+ )? (?: like | enjoy | have \s+ missed | be \s+ interested \s+ in )
                                                    # You may also like
    | recommended (?: \s+ (?: for \s+ you | stories | articles | reading | links ) )?
    | (?: don['’]?t | do \s+ not ) \s+ miss         # Don't miss
    | in \s+ case \s+ you \s+ missed \s+ it | icymi  # In case you missed it
"""

_LABEL_LINE = rf"""
    ^ (?: {_BULLET_CHARS} \s* )? [\[(]? \s*          # "• Related", "[Related]"
    (?:
        {_INLINE_LABEL_WORDS}
      | more \s+ (?: coverage | stories | news | headlines | articles | reading | to \s+ read | like \s+ this
                 | (?: on | in | about | from ) \s+ (?: this \s+ )? \w+ (?: \s+ \w+ )? )
                                                    # More coverage, More news, More in Business
      | (?: top | latest | trending | popular | featured | recent | other | breaking | more | today['’]s
            | most \s+ (?: popular | read | viewed | shared | emailed | watched | commented | recent ) )
        (?: \s+ (?: stories | news | headlines | articles | posts | reads? | videos | now | today
                  | this \s+ week ) ){{0,2}}        # Top stories, Most popular, Trending now, Latest
      | editor['’]?s['’]? \s+ picks | (?: our | staff | top ) \s+ picks   # Editor's picks
      | in \s+ other \s+ news | elsewhere | up \s+ next | what \s+ to \s+ read \s+ next
      | (?: also \s+ )? in \s+ the \s+ news | (?: from \s+ )? around \s+ the \s+ web
      | explore \s+ more | more \s+ to \s+ explore
      | also (?= \s+ on \s )                        # Also on Bloomberg (the name follows)
    )
    (?: \s+ (?: from | on | at | in ) \s+ (?: the \s+ )?   # "Read more from Nikkei Asia"
        (?-i: \p{{Lu}} ) [\w.&'’-]* (?: \s+ (?-i: \p{{Lu}} ) [\w.&'’-]* ){{0,3}} )?
    \s* [:»>›|–—-]* \s* [\])]?                      # "Related:", "Read more »", "More —"
"""

_BULLET = rf"""
    (?:
        {_BULLET_CHARS} \s*                          # typographic bullets, space optional
      | [-*–—>+] (?: \s+ | $ )                      # ASCII and dash bullets need a space, so "-5%" is no bullet
      | \d{{1,2}} [.)] \s+                          # numbered list: "1. ", "2) "
    )
"""

# Page furniture: whole lines that are neither body nor headline.
_FURNITURE = r"""
    (?:
        [^\p{L}\p{N}]* $                          # no letter or digit: "* * *", a lone bullet
      | advertisement | advertising | sponsored (?: \s+ content )? | paid \s+ content | ad
      | (?: story | article ) \s+ continues \s+ (?: below | after )
        (?: \s+ (?: this | the ) )? (?: \s+ (?: ad | advertisement ) )?  # Story continues below
      | continue \s+ reading (?: \s+ below )? | scroll \s+ to \s+ continue (?: \s+ with \s+ content )?
      | share (?: \s+ (?: this | the ) \s+ (?: article | story | page ) )?
        (?: \s+ (?: on | via ) \s+ \w+ )?           # Share, Share this article, Share on X
      | (?: print | email | save ) (?: \s+ this \s+ (?: article | story | page ) )?
      | \d* \s* comments? | (?: view | show | leave \s+ a | add \s+ a ) \s+ comments?
      | (?: sign \s+ up | subscribe )
        (?: \s+ (?: now | today | (?: to | for ) \s+ (?: our | the ) \s+ \w+ (?: \s+ \w+ )? ) )?
                                                    # Sign up for our newsletter
      | follow \s+ (?: us | \p{Lu}\w* ) \s+ on \s+ \w+ (?: \s+ and \s+ \w+ )?  # Follow us on X
      | skip \s+ (?: to \s+ (?: main \s+ )? content | advertisement ) | back \s+ to \s+ top
      | (?: © | \(c\) | copyright \s* (?: © | \(c\) )? \s* \d{4} ) .*   # © 2025 Reuters
      | all \s+ rights \s+ reserved
    )
    [\s.:!|]*
"""

# One match per short line says whether it is furniture or a label line.
_SHORT_LINE = regex.compile(
    rf"^ (?: (?P<furniture> {_FURNITURE} ) | (?P<label> {_LABEL_LINE} ) ) $",
    regex.IGNORECASE | regex.VERBOSE,
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
        (?<= \b \p{Ll}{2,} \. ) (?<! \b vs \. )             # "in talks.", but not "Lakers vs. Celtics"
        ["”’)]* \s+ ["“‘(]? \p{Lu}                          # two sentences: "in talks. The"
      | (?<= [,.!?] ["”’] ) \s+ (?: \p{Ll}[\w'’-]* \s+ ){0,2}   # quote attribution in the past tense:
        (?: said | told | added | wrote | asked | noted | explained | replied | warned | argued | according )
        \b                                                  # ,” he said; not ,’ says Xi / ,’ farmers say
    )
    """,
    regex.VERBOSE,
)

# Cheap first-word tests that decide when the patterns below need to run at all.
_SHORT_LINE_WORDS = frozenset('''
    related read see watch also must further essential more you recommended don't don’t do in icymi top
    latest trending popular featured recent other breaking today's today’s most editor's editor’s editors'
    editors’ our staff elsewhere up what from around explore
    advertisement advertising ad sponsored paid story article continue scroll share print email save
    comment comments view show leave add sign subscribe follow skip back copyright all
'''.split())  # first words of furniture and label lines
_BULLETS_AND_BRACKETS = "•·▪◦‣►»›●■□▶▸▹➤➢→⇒◆◇♦○∙⁃⦁✓✔★☆-*–—>+[( \t"
_LABEL_PUNCTUATION = ":»>›|–—-.!]"
_INLINE_LABEL_FIRST_WORDS = tuple(
    "related read see watch also must further essential more you recommended don do in icymi".split()
)
_CREDIT_WORDS = ("additional", "reporting", "writing", "editing", "compiled", "produced")
_CLOSERS = " \t\"'”’»"  # what _ENDING skips at the end of a line
_ENDING_CHARS = frozenset(".…,;:-–—/([)]")  # the last characters _ENDING can match

# How a line starts, in one match: the bullet, then a credit, a lowercase word
# or no letter at all (each makes the line no headline).
_START = regex.compile(
    rf"""
    (?P<bullet> {_BULLET} )?
    (?:
        (?P<credit> (?i: \(? (?: additional \s+ )?  # "(Reporting by", "Additional reporting by"
            (?: reporting | writing | editing | compiled | produced ) \s+ by \b ) )
      | (?P<lower> \p{{Ll}}+ \b )                   # "and the talks ...": a wrapped fragment
      | (?P<noletter> \P{{L}}* $ )                  # "2025", "—"
    )?
    """,
    regex.VERBOSE,
)

# What a headline line may start with that is not part of the headline.
_HEAD_PREFIX = regex.compile(
    rf"""
    (?P<bullet> {_BULLET} )?
    (?P<inline> (?: {_INLINE_LABEL_WORDS} )
        \s* (?: [:|»›>] | \s [–—-] ) \s+          # "Read more: ", "Related | ", "Also read - "
        (?= \S ) )?                                  # the headline follows
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_LONG_WORD = regex.compile(r"\b\p{L}[\p{L}'’-]{3,}")  # 4+ letters, so "of", "to", "the" don't count

_HEAD, _ODD, _BODY = 0, 1, 2


def split_article(text: str) -> SplitResult:
    """Split ``text`` (as returned by ``decode_bytes``) into body and headlines."""
    starts: list[int] = []  # offset of each kept line's first non-space character
    texts: list[str] = []  # the line without surrounding whitespace
    gaps: list[int] = []  # blank lines just before it
    labels: list[int] = []  # indexes of label lines
    pos = 0
    blank = 0
    for line in text.split("\n"):
        content = line.lstrip()
        if content and content[0] in _ZERO_WIDTH:
            content = content.lstrip(_STRIP)
        if content:
            stripped = content.rstrip()
            if stripped[-1] in _ZERO_WIDTH:
                stripped = stripped.rstrip(_STRIP)
            short = None
            if len(stripped) <= _MAX_FURNITURE_CHARS:
                first = stripped.lstrip(_BULLETS_AND_BRACKETS).split(None, 1)
                if not first or not first[0][0].isalpha() \
                        or first[0].lower().rstrip(_LABEL_PUNCTUATION) in _SHORT_LINE_WORDS:
                    short = _SHORT_LINE.match(stripped)
            if short is None or short.lastgroup == "label":
                if short is not None and len(stripped) <= _MAX_LABEL_CHARS:
                    labels.append(len(texts))
                starts.append(pos + len(line) - len(content))
                texts.append(stripped)
                gaps.append(blank)
                blank = 0
        else:
            blank += 1
        pos += len(line) + 1

    n = len(texts)
    if n == 0:
        if text.strip(_STRIP):  # nothing but furniture: keep it as the body rather than lose it
            start = len(text) - len(text.lstrip(_STRIP))
            body = text.strip(_STRIP)
            return SplitResult(body, start, (Span(0, len(body), body),), (), "body_only", None)
        return SplitResult("", 0, (), (), "empty", None)

    # Shapes of the trailing lines, back to the last body-shaped one: the label
    # and the list can only be after it.
    shapes: list[int] = []
    last_body = n - 1
    while last_body >= 0:
        s = _shape(texts[last_body])
        if s == _BODY:
            break
        shapes.append(s)
        last_body -= 1
    shapes.reverse()  # shapes[k] is the shape of texts[last_body + 1 + k]

    label_at = next((i for i in labels if i > last_body), None)
    label = texts[label_at] if label_at is not None else None
    if label_at is not None:
        body_end = label_at
        heads = [i for i in range(label_at + 1, n) if i not in labels]
        layout = "label"
    else:
        body_end, colon_label = _headline_block_start(texts, gaps, shapes)
        heads = list(range(body_end, n))
        if colon_label is not None:
            body_end, label, layout = colon_label, texts[colon_label], "label"
        elif body_end == n:
            layout = "body_only"
        elif body_end == 0:
            layout = "headlines_only"
        elif gaps[body_end] >= 2 and not any(gaps[1:body_end]):
            layout = "seed_lines"
        else:
            layout = "blank_paragraphs"

    # Inline-labelled lines ("Read more: X") right at the end of the body are headlines.
    inline_from = body_end
    while inline_from > 0 and _prefix_end(texts[inline_from - 1], inline_only=True):
        inline_from -= 1
    if inline_from < body_end:
        heads = list(range(inline_from, body_end)) + heads
        body_end = inline_from
    if label is None and heads and (inline := _prefix_end(texts[heads[0]], inline_only=True)):
        layout, label = "label", texts[heads[0]][:inline].rstrip(_STRIP)

    headlines = []
    for i in heads:
        line = texts[i]
        cut = _prefix_end(line)
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
        label=label,
    )


def _prefix_end(line: str, *, inline_only: bool = False) -> int:
    """Where the headline starts on ``line``, after a bullet and an inline label ("Read more: ").

    With ``inline_only``, 0 unless the line has an inline label followed by a headline.
    """
    low = line[:12].lower()
    if low[0].isalpha() and not low.startswith(_INLINE_LABEL_FIRST_WORDS):
        return 0
    m = _HEAD_PREFIX.match(line)
    if m.start("inline") >= 0 and _shape(line[m.end() :]) == _HEAD:
        return m.end()
    return 0 if inline_only else max(m.end("bullet"), 0)


def _headline_block_start(texts: list[str], gaps: list[int], shapes: list[int]) -> tuple[int, int | None]:
    """First line of the trailing list (``len(texts)`` when none) and the unknown colon label before it.

    ``shapes`` are the shapes of the last ``len(shapes)`` lines, none of them body-shaped.
    """
    n = len(texts)
    best: tuple[bool, int, int] | None = None  # (set off from the list, gap, -index)
    best_label = None
    odd = 0
    inner_gap = 0  # widest gap inside texts[i+1:]
    first = n - len(shapes)
    for i in range(n - 1, first - 1, -1):
        s = shapes[i - first]
        odd += s == _ODD
        size = n - i
        gap, label = (gaps[i] if i else 0), None
        if i and not gap and _is_colon_label(texts[i - 1]) and (i == 1 or gaps[i - 1]):
            gap, label = max(gaps[i - 1], 1), i - 1
        if i == 0:
            qualifies = odd == 0 and size >= 2
        elif not gap or size < 2 or (s == _ODD and _is_colon_label(texts[i])):
            qualifies = False   # a list does not start with its own label
        elif odd == 0:
            qualifies = True
        elif size < 3:
            qualifies = False
        else:
            # A gap wider than any between the body's lines and inside the list sets
            # the list off: then odd lines matter less (not at all after 2+ blank lines).
            body_end = i if label is None else label
            wide = gap > inner_gap and (gap >= 2 or body_end >= 2) and gap > max(gaps[1:body_end], default=0)
            if inner_gap:
                qualifies = wide and gap >= 2
            else:
                qualifies = odd <= _MAX_ODD_SHARE * size \
                    or (wide and (gap >= 2 or odd <= _MAX_WIDE_ODD_SHARE * size))
        if qualifies:
            key = (i == 0 or gap > inner_gap, gap, -i)
            if best is None or key > best:
                best, best_label = key, label
        inner_gap = max(inner_gap, gaps[i])
    return (n, None) if best is None else (-best[2], best_label)


def _is_colon_label(line: str) -> bool:
    """A short line ending in a colon, "Elsewhere today:", that may introduce a list."""
    if len(line) > _MAX_LABEL_CHARS or not line.endswith(":") or not line[0].isupper():
        return False
    return line.count(" ") < 3 or _is_title_case(line, 1)


def _shape(line: str) -> int:
    first = line[0]
    if first.isupper() and (first not in "ARWECP" or not line[:10].lower().startswith(_CREDIT_WORDS)):
        kind, cut = None, 0  # the common case, without running _START
    else:
        start = _START.match(line)
        kind = start.lastgroup
        if kind == "credit":
            return _BODY
        cut = start.end("bullet") if start.start("bullet") >= 0 else 0
    if len(line) - cut > MAX_HEADLINE_CHARS or _BODY_MARK.search(line, cut):
        return _BODY
    if kind == "lower" or kind == "noletter":
        return _ODD
    if line.rstrip(_CLOSERS)[-1:] not in _ENDING_CHARS:
        return _HEAD  # ends in a letter, digit, "?", "!", "%": no need for _ENDING
    ending = _ENDING.search(line, max(cut, len(line) - _ENDING_WINDOW))
    if ending is None:
        return _HEAD
    kind = ending.lastgroup
    if kind == "initials":
        return _HEAD if _is_title_case(line, 0) else _ODD
    if kind in ("period", "ellipsis"):
        if _is_title_case(line, 2):
            return _HEAD
        if kind == "period" and line.count(" ") >= _SENTENCE_SPACES:
            return _BODY
    return _ODD


def _is_title_case(line: str, min_words: int) -> bool:
    words = _LONG_WORD.findall(line)
    return len(words) >= min_words and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


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
