"""Split a decoded article into its body and the list of related headlines.

Raw article files are a web page's text: the body, then often a sidebar of
related headlines that have nothing to do with the article. ``split_article``
finds where the body ends, in this order (the value of ``layout``):

1. ``empty``: nothing but whitespace (zero-width spaces count as whitespace).
2. ``label``: a label line ("Related coverage:", "Read More", "Top stories",
   "Also read:", "More from Reuters", "Related Topics", "More Tariff Coverage",
   "Also in today's edition", ...) that no body-like line follows.
   Everything before it is body, every other line after it a headline,
   bullets removed.
3. By shape, without a label: the trailing block of headline-shaped lines
   that starts after a blank line (see "Choosing the list" below).
   ``seed_lines`` when the body has one paragraph per line and 2+ blank lines
   come before the headlines, ``blank_paragraphs`` otherwise, and
   ``headlines_only`` when there is no body line at all.
4. ``body_only``: no headline list found.

Each line gets one of four shapes:

* headline: at most 200 characters, has a letter, does not start with an
  all-lowercase word, does not end like a sentence or a line that continues
  (period, ellipsis, comma, colon, dash, closing bracket). A Title Case line
  ending in a period, an ellipsis or initials ("... to U.S.") is a headline
  too: body sentences are not written in Title Case, sidebar headlines
  are, and scraped sidebars cut long ones off with "...".
* body: over 200 characters, or a credit ("(Reporting by ...; Editing by ...)").
* sentence: two sentences ("in talks. The"), a quote attribution in the past
  tense (``,” he said``, ``,” the official told Reuters``; the headline forms
  ``,’ says Xi`` and ``,’ farmers say`` are allowed), or a sentence of 14+
  words ending in a period. Body text, unless it sits among the items of a
  list: scraped sidebars carry such lines ("Analysts said the turmoil could
  spread."), so it counts like an odd line, at most one in four items and
  never the first (after a label too).
* odd: anything else (a short sentence, "Yen slips.", a dateline
  "WASHINGTON (Reuters) -", an aside in brackets, a line without letters).

Choosing the list: a split point is a line after one or more blank lines
(or the first line, for ``headlines_only``). The lines from there to the end
qualify as a list when there are 2 or more, none is body-shaped, the first is
not a label ending in a colon nor a sentence, and either all are headlines, or
there are 3 or more and the odd ones (sentences included) are few enough:

* a quarter, for a block without blank lines inside (a sidebar headline
  ending in a period does not pull the list into the body);
* any number, when the list is set off by a gap wider than the body has
  anywhere and than the list has inside: 2 or more blank lines (the corpus
  format and most scraped pages: "Fed holds rates steady." is still a
  headline), or a single blank line under a body of two or more lines without
  any (one paragraph per line), where that one blank line is the only break.

A list of two lines needs both headline-shaped, unless it is set off by such a
wide gap and the others are short capitalised sentences ("Memory chip makers
cut output as prices slide further."), as sidebar items often are: one of the
two, or both when the gap is 2+ blank lines. A body does not close on a
headline-shaped line after a gap it uses nowhere else; two short sentences
after the only single blank line of a line-per-paragraph body, a sentence of
14+ words, a rate item, or anything after the body's own paragraph gap stay
the body's closing lines.

A short aside in brackets closing a line ("(2 hours ago)", "(March 4)",
"(Reuters)", "[VIDEO]") is a list item's age, date, source or tag: the line
has the shape of what comes before it, so "Fed holds rates (2 hours ago)" is
a headline. A line that is only an age ("2 hours ago", "Updated 5 mins ago")
is furniture, and so is one that is only a date ("March 4, 2025",
"04/03/2025 10:45"), unless it opens the text (the article's own date,
kept as body like a byline).

Of the qualifying split points the one whose blank-line gap is wider than
every gap inside the list wins (the list is one block set off from the body),
then a regular list (one block, or every item set off by the same gap) over a
list in groups that starts at a gap no wider than the body's own (that is a
closing paragraph, "The long game", before a tight list), then the widest
gap, then the earliest line. So a short closing paragraph
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

A data item of a fact list ("Steel: 50%", "• Electric vehicles: 25% to 100%
in 2024") is odd, not a headline: a bulleted list of rates closing the body
stays body unless it is set off like a sidebar.

A wire credit, a byline, an editor's note or a correction at the very end,
after a list ("(Reporting by ...; Editing by ...)", "By Jane Doe", "Editor's
note: ..."), belongs to neither: the list is found as if they were not there
and they are left out (the body is one contiguous slice). Unless that list has
a label or is set off by a gap wider than the body's, they stay the body's
last lines (and short lines before them stay body too).

An inline label ("Read more: Japan Tariff Talks Stall", "Also read: ...") at
the start of a trailing line makes that line a headline without its label,
even right under the body without a blank line: a paragraph never starts
that way. In the middle of the body, followed by paragraphs, it stays body.

A label line inside the body ("Read more:", one link, then more body) does
not take the lines after it as its list when blank lines cut them into
blocks that read as body: a block before the last closing on a sentence, a
single link followed by single-line blocks (a short closing paragraph, a
subhead) and then the list, or a single headline followed only by blocks
that close on sentences. The list, if any, is then found by shape.

Ambiguous cases, decided on purpose:

* A single trailing headline-shaped line after a blank line is body: a sidebar
  of one headline is rarer than a short closing paragraph. A label line
  before it makes it a headline.
* Two short sentences after 2+ blank lines wider than any gap in the body
  are a sidebar (the corpus format's separator), not closing paragraphs.
* "Read more:", a link sentence ending in a period and short closing
  sentences, every block set off alike, is taken as a labelled sidebar of
  period items (strict xfail).
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

Known gaps (strict xfails in tests/test_split.py and test_split_layouts.py):
a headline list glued to the body with no blank line in between stays in the
body; a single headline without a label is taken as a closing paragraph; a
list split into groups by blank lines, without labels, keeps only its last
group; a short title-like closing paragraph before a list whose headlines are
blank-line separated is taken as a headline, and so are two trailing
title-like paragraphs without any list; an unknown label without a colon is
taken as a headline; short sentences set off from a blank-line separated body
by one blank line stay in the body; a list whose items are separated by blank
lines, set off by a gap narrower than the body's paragraph gaps, must be all
headline-shaped; a sentence item that ends the text or is followed by a blank
line closes the body, list and all; "Read more:", a link sentence and short
closing sentences, set off alike, are taken as a labelled list; a source name
on a line of its own under each item ("Reuters") is taken as a headline.
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

# What a sidebar label names: "Related Topics", "Other stories", "Top headlines".
_SIDEBAR_NOUNS = r"""
    (?: stories | story | headlines | coverage | articles | links | posts | videos | topics | reads | reading
      | content | news | features | picks )
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
      | also (?= \s+ (?: on | in ) \s )             # Also on Bloomberg, ALSO IN BUSINESS (the name follows)
      | (?: also \s+ )? (?: in | inside ) \s+ (?: today['’]s | this | the ) \s+
        (?: edition | issue | paper | section | newsletter )   # Also in today's edition
      | (?: more | related | other | further | similar | additional | key | recent | selected | featured
            | recommended | sponsored | essential | top | latest | trending | popular | today['’]s | our )
        \s+ (?: [\w'’-]+ \s+ )?                     # one topic or outlet word: "More Tariff Coverage"
        (?: news \s+ )? {_SIDEBAR_NOUNS}
        (?: \s+ (?: and | & ) \s+ {_SIDEBAR_NOUNS} )?  # "Related links and articles"
        (?: \s+ like \s+ this )?                    # Related Topics, Further coverage, Key stories
      | (?: read | see ) \s+ more \s+ (?: about | on ) \s+ [\w'’-]+ (?: \s+ [\w'’-]+ )?   # Read More About Trade
      | must [-\s] reads? | keep \s+ reading | next \s+ up | read \s+ this \s+ next | see \s+ related
      | (?: people | readers ) \s+ also \s+ (?: read | viewed | liked ) | also \s+ of \s+ interest
      | (?: stories | articles ) \s+ you \s+ (?: may | might ) \s+ have \s+ missed
      | what \s+ else \s+ is \s+ (?: happening | new ) | what \s+ we['’]re \s+ reading
      | headlines | news \s+ in \s+ brief
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
_MONTH = r"""(?: jan (?:uary)? | feb (?:ruary)? | mar (?:ch)? | apr (?:il)? | may | june? | july? | aug (?:ust)?
               | sep (?:t | tember)? | oct (?:ober)? | nov (?:ember)? | dec (?:ember)? ) \.?"""
_MAX_DATE_CHARS = 48
# A line that is only a list item's date or age, as scraped lists put under each
# item: "March 4, 2025", "04/03/2025 10:45", "2 hours ago", "Updated 5 mins ago".
_DATE_LINE = regex.compile(
    rf"""
    (?: (?: updated | published | posted ) :? \s+ )?
    (?:
        (?: (?: mon | tues | wednes | thurs | fri | satur | sun ) day ,? \s+ )?
        (?: {_MONTH} \s+ \d{{1,2}} (?: st | nd | rd | th )? (?: ,? \s+ \d{{4}} )?   # March 4, 2025
          | \d{{1,2}} \s+ {_MONTH} (?: ,? \s+ \d{{4}} )?                         # 4 March 2025
          | \d{{1,4}} (?P<sep> [./-] ) \d{{1,2}} (?P=sep) \d{{2,4}}              # 04/03/2025, 2025-03-04
        )
        (?: ,? \s+ (?: at \s+ )? \d{{1,2}} [:.] \d{{2}} (?: \s* [ap] \.? m \.? )? (?: \s+ \p{{Lu}}{{2,4}} )? )?
                                                    # 10:45 am GMT
      | (?: \d{{1,3}} | an? ) \s*
        (?: s | secs? | seconds? | m | mins? | minutes? | h | hrs? | hours? | d | days? | w | weeks? | months? )
        \s+ ago                                     # 2 hours ago, 5m ago
      | just \s+ now
    )
    [\s.]* $
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

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

# A short aside in brackets closing a line: a list item's age, date, source or tag.
_MAX_ASIDE_CHARS = 32
_ASIDE = regex.compile(r"\s+ (?: \( [\w ,:/'’&.-]* \p{L} [\w ,:/'’&.-]* \) | \[ [\w ,:/'’&.-]* \p{L} [\w ,:/'’&.-]* \] ) $",
                       regex.VERBOSE)

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
    related read see watch also must inside further essential more you recommended don't don’t do in icymi top
    latest trending popular featured recent other breaking today's today’s most editor's editor’s editors'
    editors’ our staff elsewhere up what from around explore similar additional key selected must-read
    must-reads keep next people readers stories articles headlines news
    advertisement advertising ad sponsored paid story article continue scroll share print email save
    comment comments view show leave add sign subscribe follow skip back copyright all
    updated published posted just jan january feb february mar march apr april may jun june jul july aug august
    sep sept september oct october nov november dec december monday tuesday wednesday thursday friday saturday
    sunday
'''.split())  # first words of furniture and label lines
_ONE_CHAR_BULLETS = frozenset("•·▪◦‣►»›●■□▶▸▹➤➢→⇒◆◇♦○∙⁃⦁✓✔★☆-*–—>+")  # what _BULLET matches before one space
_BULLETS_AND_BRACKETS = "•·▪◦‣►»›●■□▶▸▹➤➢→⇒◆◇♦○∙⁃⦁✓✔★☆-*–—>+[( \t"
_LABEL_PUNCTUATION = ":»>›|–—-.!]"
_INLINE_LABEL_FIRST_WORDS = tuple(
    "related read see watch also must further essential more you recommended don do in icymi".split()
)
_INLINE_LABEL_INITIALS = frozenset(c for w in _INLINE_LABEL_FIRST_WORDS for c in (w[0], w[0].upper()))
_CREDIT_WORDS = ("additional", "reporting", "writing", "editing", "compiled", "produced")
_CLOSERS = " \t\"'”’»"  # what _ENDING skips at the end of a line
_OPENERS = "\"'“‘«"
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

_TRAILER_STARTS = frozenset("(ABCEPRTWabceprtw")  # first characters _TRAILER can match
# A line that closes an article rather than heading anything: a wire credit,
# a byline, an editor's note or correction.
_TRAILER = regex.compile(
    r"""
    \(? (?:
        (?: additional \s+ )? (?: reporting | writing | editing | compiled | produced ) \s+ by \b
                                                    # (Reporting by ...; Editing by ...)
      | by \s+ (?-i: \p{Lu} [\w.'’-]* ,? )          # By Jane Doe and Ken Ito, Reuters
        (?: \s+ (?: (?-i: \p{Lu} [\w.'’-]* ,? ) | and | & ) ){0,6} $
      | (?: editor['’]?s \s+ note | correction | clarification ) \s* [:.–—-]   # Editor's note: ...
      | this \s+ (?: story | article | report ) \s+ (?: has \s+ been | was ) \s+
        (?: corrected | updated | refiled | amended | clarified ) \b
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
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
# A data item of a fact list, "Steel: 50%", "Autos: 25% to 100% in 2024": no headline says only a figure.
_VALUE = r"""
    (?: \p{Lu}{0,3} [$€£¥] )? \d [\d.,]* \s*
    (?: % | percent | per \s+ cent | pct | bln | billion | mln | million | trillion | tonnes | points )?
"""
_VALUE_STARTS = frozenset("0123456789$€£¥+-−")  # "50%", "$30 billion", "C$30 bln" after its capitals
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DATA_ITEM = regex.compile(
    rf"""
    [^\d:]{{1,40}} : \s+                            # "Steel:", "Electric vehicles:"
    {_VALUE} (?: \s* (?: to | from | - | – ) \s* {_VALUE} )?   # "50%", "25% to 100%", "$30 billion"
    (?: \s+ (?: in | by | from ) \s+ \d{{4}} )? [.;]? $  # "in 2024"
    """,
    regex.VERBOSE,
)
# Words of 4+ letters, so "of", "to", "the" don't count; the group holds a capital initial.
_LONG_WORD = regex.compile(r"\b(?:(\p{Lu})|\p{L})[\p{L}'’-]{3,}")

_HEAD, _ODD, _BODY, _SENTENCE = 0, 1, 2, 3  # _SENTENCE: body-shaped, yet short enough for a sidebar item


def split_article(text: str) -> SplitResult:
    """Split ``text`` (as returned by ``decode_bytes``) into body and headlines."""
    starts: list[int] = []  # offset of each kept line's first non-space character
    texts: list[str] = []  # the line without surrounding whitespace
    gaps: list[int] = []  # blank lines just before it
    labels: list[int] = []  # indexes of label lines
    pos = 0
    blank = 0
    # Bound once: this loop runs for every line of every file.
    add_start, add_text, add_gap = starts.append, texts.append, gaps.append
    zero_width, bullets, punctuation, words = _ZERO_WIDTH, _BULLETS_AND_BRACKETS, _LABEL_PUNCTUATION, _SHORT_LINE_WORDS
    for line in text.split("\n"):
        content = line.lstrip()
        if content and content[0] in zero_width:
            content = content.lstrip(_STRIP)
        if content:
            stripped = content.rstrip()
            if stripped[-1] in zero_width:
                stripped = stripped.rstrip(_STRIP)
            short = None
            if len(stripped) <= _MAX_FURNITURE_CHARS:
                first = stripped.lstrip(bullets).split(None, 1)
                if not first or not first[0][0].isalpha() or first[0].lower().rstrip(punctuation) in words:
                    short = _SHORT_LINE.match(stripped)
                    if short is None and texts and len(stripped) <= _MAX_DATE_CHARS and _DATE_LINE.match(stripped):
                        # An item's date or age: furniture. Opening the text it is the article's date.
                        pos += len(line) + 1
                        continue
            if short is None or short.lastgroup == "label":
                if short is not None and len(stripped) <= _MAX_LABEL_CHARS:
                    labels.append(len(texts))
                add_start(pos + len(line) - len(content))
                add_text(stripped)
                add_gap(blank)
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

    # A wire credit, byline or editor's note after a list is neither a headline nor
    # body (the body is one slice); at the end of a text without a list it is body.
    tail = n
    while tail > 1 and texts[tail - 1][:1] in _TRAILER_STARTS and _TRAILER.match(texts[tail - 1]):
        tail -= 1
    located = None
    if tail < n:
        located = _locate(texts[:tail], gaps[:tail], [i for i in labels if i < tail])
        body_end = located[0]
        if located[3] is None and not (body_end and gaps[body_end] > max(gaps[1:body_end], default=0)):
            located = None  # short closing lines before a credit: body, unless set off like a sidebar
    body_end, heads, layout, label = located or _locate(texts, gaps, labels)

    headlines = []
    for i in heads:
        line = texts[i]
        first = line[0]  # _prefix_end's first tests, inline: most headlines start with a plain word
        cut = 0 if first.isalpha() and (first not in _INLINE_LABEL_INITIALS
                                         or not line[:12].lower().startswith(_INLINE_LABEL_FIRST_WORDS)) \
            else _prefix_end(line)
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


def _locate(texts: list[str], gaps: list[int], labels: list[int]) -> tuple[int, list[int], str, str | None]:
    """Where the body ends, the indexes of the headline lines, the layout and the label."""
    n = len(texts)
    # Shapes of the trailing lines, back to the last body-shaped one: the label
    # and the list can only be after it. A sentence among the lines of a list
    # (scraped sidebars carry some: "Analysts said the turmoil could spread.")
    # does not end the search while few: it counts like an odd line, and a list
    # may hold one in four, never as its first line (_headline_block_start,
    # _takes_list). Two in a row, or one that closes the text or a block of
    # lines, are paragraphs.
    shapes: list[int] = []
    last_body = n - 1
    sentences = 0
    while last_body >= 0:
        s = _shape(texts[last_body])
        if s >= _BODY:
            if s == _BODY or last_body == n - 1 or gaps[last_body + 1] or shapes[-1] == _SENTENCE \
                    or 4 * sentences >= len(shapes):
                break
            sentences += 1
        shapes.append(s)
        last_body -= 1
    shapes.reverse()  # shapes[k] is the shape of texts[last_body + 1 + k]

    label_at = next((i for i in labels if i > last_body and _takes_list(i, labels, shapes, texts, gaps)), None)
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
    return body_end, heads, layout, label


def _prefix_end(line: str, *, inline_only: bool = False) -> int:
    """Where the headline starts on ``line``, after a bullet and an inline label ("Read more: ").

    With ``inline_only``, 0 unless the line has an inline label followed by a headline.
    """
    first = line[0]
    if first.isalpha() and (first not in _INLINE_LABEL_INITIALS
                            or not line[:12].lower().startswith(_INLINE_LABEL_FIRST_WORDS)):
        return 0
    m = _HEAD_PREFIX.match(line)
    if m.start("inline") >= 0 and _shape(line[m.end() :]) == _HEAD:
        return m.end()
    return 0 if inline_only else max(m.end("bullet"), 0)


def _headline_block_start(texts: list[str], gaps: list[int], shapes: list[int]) -> tuple[int, int | None]:
    """First line of the trailing list (``len(texts)`` when none) and the unknown colon label before it.

    ``shapes`` are the shapes of the last ``len(shapes)`` lines, none of them body-shaped (a few sentences).
    """
    n = len(texts)
    best: tuple[bool, bool, int, int] | None = None  # (set off from the list, regular, gap, -index)
    best_label = None
    odd = 0  # lines in texts[i:] that are no headline (sentences included)
    sentences = 0
    inner_gap = 0  # widest gap inside texts[i+1:]
    inner_min = 1 << 30  # narrowest gap inside texts[i+1:] (any value while that is one line)
    first = n - len(shapes)
    for i in range(n - 1, first - 1, -1):
        s = shapes[i - first]
        if s:
            odd += 1
            if s == _SENTENCE:
                sentences += 1
        size = n - i
        gap, label = (gaps[i] if i else 0), None
        if i and not gap and texts[i - 1][-1] == ":" and _is_colon_label(texts[i - 1]) and (i == 1 or gaps[i - 1]):
            gap, label = max(gaps[i - 1], 1), i - 1
        if i == 0:
            qualifies = not odd and size >= 2
        elif not gap or size < 2 or (s == _ODD and _is_colon_label(texts[i])):
            qualifies = False   # a list does not start with its own label
        elif not odd:
            qualifies = True
        elif sentences and (s == _SENTENCE or 4 * sentences > size):
            qualifies = False   # sentences among the items: few, and none first
        else:
            # A gap wider than any between the body's lines and inside the list sets
            # the list off: then odd lines matter less (not at all after 2+ blank lines).
            body_end = i if label is None else label
            wide = gap > inner_gap and (gap >= 2 or body_end >= 2) and gap > max(gaps[1:body_end], default=0)
            if size < 3:
                # Two lines set off like a sidebar may be short sentences ("Chip makers cut
                # output as prices slide."), as sidebar items are: one of them, or both
                # after 2+ blank lines (the list separator of the corpus format).
                qualifies = wide and (odd == 1 or gap >= 2) and all(
                    _is_short_sentence(texts[k]) for k in (i, i + 1) if shapes[k - first])
            elif inner_gap:
                qualifies = wide and gap >= 2
            else:
                qualifies = odd <= _MAX_ODD_SHARE * size or wide
        if qualifies:
            # A list with uneven gaps inside that starts at a gap no wider than the
            # body's own is a closing paragraph plus the list: a regular list (one
            # block, or every item set off alike) wins over it.
            regular = inner_gap == inner_min or gap > max(gaps[1:i], default=0)
            key = (i == 0 or gap > inner_gap, regular, gap, -i)
            if best is None or key > best:
                best, best_label = key, label
        g = gaps[i]
        if g > inner_gap:
            inner_gap = g
        if g < inner_min:
            inner_min = g
    return (n, None) if best is None else (-best[3], best_label)


def _is_short_sentence(line: str) -> bool:
    """A capitalised line ending in a period or an ellipsis, bullet and quote aside: "Yen slips.", not "Steel: 50%."."""
    cut = max(_HEAD_PREFIX.match(line).end("bullet"), 0)
    end = line.rstrip(_CLOSERS)
    if end[-1:] in ")]" and (aside := _aside_start(end, cut)):
        end = end[:aside]  # "Chip makers cut output. (2 hours ago)"
    return line[cut : cut + 2].lstrip(_OPENERS)[:1].isupper() and end[-1:] in ".…" and not _DATA_ITEM.match(end, cut)


def _is_colon_label(line: str) -> bool:
    """A short line ending in a colon, "Elsewhere today:", that may introduce a list."""
    if len(line) > _MAX_LABEL_CHARS or not line.endswith(":") or not line[0].isupper():
        return False
    return line.count(" ") < 3 or _is_title_case(line, 1)


def _takes_list(label_at: int, labels: list[int], shapes: list[int], texts: list[str], gaps: list[int]) -> bool:
    """Whether the lines after a label line are its list.

    Sentences among them are few and not first. A label inside the body
    ("Read more:", one link, then more body) does not take the lines after it:
    when blank lines cut them into blocks, that is when a block but the last
    closes on a sentence, or the first block is one line and so is every block
    but the last (a short closing paragraph, a subhead, then the list), or the
    first block is one headline and every other block closes on a sentence.
    """
    n = len(texts)
    first = n - len(shapes)
    items = [i for i in range(label_at + 1, n) if i not in labels]
    kinds = [shapes[i - first] for i in items]
    sentences = kinds.count(_SENTENCE)
    if sentences and (kinds[0] == _SENTENCE or 4 * sentences > len(kinds)):
        return False
    # Last item of each block: followed by a blank line, a label line or the end.
    ends = [k for k, i in enumerate(items[:-1]) if gaps[i + 1] or i + 1 in labels]
    if not ends:
        return True
    ends.append(len(items) - 1)
    closes = [kinds[k] == _SENTENCE or (kinds[k] == _ODD and texts[items[k]].rstrip(_CLOSERS)[-1:] in ".…")
              for k in ends]
    if len(ends) == len(items):  # every item set off alike
        return not (kinds[0] == _HEAD and all(closes[1:]))
    if any(closes[:-1]):
        return False
    return not (ends[0] == 0 and len(ends) >= 3 and all(b - a == 1 for a, b in zip(ends, ends[1:-1])))


def _shape(line: str) -> int:
    first = line[0]
    if first.isupper() and (first not in "ARWECP" or not line[:10].lower().startswith(_CREDIT_WORDS)):
        kind, cut = None, 0  # the common case, without running _START
    elif first in _ONE_CHAR_BULLETS and line[1:2] == " " and line[2:3].isupper() \
            and (line[2] not in "ARWECP" or not line[2:12].lower().startswith(_CREDIT_WORDS)):
        kind, cut = None, 2  # "• Fed Holds Rates": the same, after a bullet and one space
    else:
        start = _START.match(line)
        kind = start.lastgroup
        if kind == "credit":
            return _BODY
        cut = start.end("bullet") if start.start("bullet") >= 0 else 0
    if len(line) - cut > MAX_HEADLINE_CHARS:
        return _BODY
    if _BODY_MARK.search(line, cut):
        # "Chip makers cut output. (2 hours ago)": two sentences only by its aside.
        return _shape(line[:aside]) if line[-1] in ")]" and (aside := _aside_start(line, cut)) else _SENTENCE
    if kind == "lower" or kind == "noletter":
        return _ODD
    if line.rstrip(_CLOSERS)[-1:] not in _ENDING_CHARS:
        # Ends in a letter, digit, "?", "!", "%": no need for _ENDING. "Steel: 50%" is
        # the one such line that is no headline (only a data item has a figure after ": ").
        colon = line.find(": ", cut)
        if colon > 0 and line[colon + 2 : colon + 6].lstrip(_CAPITALS)[:1] in _VALUE_STARTS \
                and _DATA_ITEM.match(line, cut):
            return _ODD
        return _HEAD
    ending = _ENDING.search(line, max(cut, len(line) - _ENDING_WINDOW))
    if ending is None:
        return _HEAD
    kind = ending.lastgroup
    if kind == "close" and (aside := _aside_start(line, cut)):
        return _shape(line[:aside])
    if kind == "initials":
        return _HEAD if _is_title_case(line, 0) else _ODD
    if kind in ("period", "ellipsis"):
        if _is_title_case(line, 2):
            return _HEAD
        if kind == "period" and line.count(" ") >= _SENTENCE_SPACES:
            return _SENTENCE
    return _ODD


def _aside_start(line: str, cut: int) -> int:
    """Where a closing aside starts ("Fed holds rates (2 hours ago)"), 0 when none or nothing precedes it.

    An item's age, date, source or tag shapes nothing: the line has the shape of
    what comes before it. "(Reporting by ...)" has nothing before it.
    """
    aside = _ASIDE.search(line, max(cut, len(line) - _MAX_ASIDE_CHARS))
    return aside.start() if aside and aside.start() > cut else 0


def _is_title_case(line: str, min_words: int) -> bool:
    initials = _LONG_WORD.findall(line)  # the capital of each word, "" for a lowercase one
    return len(initials) >= min_words and len(initials) - initials.count("") >= 0.7 * len(initials)


def _paragraphs(
    body_start: int, body_text: str, starts: list[int], texts: list[str], gaps: list[int]
) -> tuple[Span, ...]:
    if not any(gaps[1:]):  # one paragraph per line: each is its stripped line
        return tuple([Span(s - body_start, s - body_start + len(t), t) for s, t in zip(starts, texts)])
    spans = []
    first = 0
    for i in range(1, len(texts) + 1):
        if i < len(texts) and not gaps[i]:
            continue
        a = starts[first] - body_start
        b = starts[i - 1] + len(texts[i - 1]) - body_start
        spans.append(Span(a, b, body_text[a:b]))
        first = i
    return tuple(spans)
