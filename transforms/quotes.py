"""Direct quotes and who said them.

A quote is text between double quote marks (curly or straight) inside one
paragraph. Quotes of three words or more are always kept; shorter ones
("unacceptable") only when something attributes them: an attribution right
after or before the quote, or a speech verb elsewhere in the sentence. A
shorter one without any is a scare quote or a title, and is skipped.

Speakers come from the person mentions ``find_people`` returned for the same
text, so a quote is credited to the full name even when the attribution says
only "Akazawa" or "he".

Rule ids, in the order they are tried: ``quote.said_after_pronoun`` (", he
said": the last person named in this or the previous sentence),
``quote.said_after_name`` (", said Jamieson Greer"), ``quote.according_to``,
``quote.name_said_after`` (", Lutnick said"), ``quote.said_before`` ("Lutnick
told reporters: "), ``quote.continues`` (a later quote in the same paragraph,
same speaker), ``quote.sentence_verb`` (a speech verb elsewhere in the
sentence; its subject speaks) and ``quote.unattributed``.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from transforms.model import PersonMention, QuoteMention, Sentence
from transforms.sentences import split_sentences
from transforms.textnorm import fold

# Matched on the original text, not on fold(text): folding turns both curly
# marks into '"', and their direction is what pairs them reliably.
_QUOTE = regex.compile(
    r"""
    ["\u201c]                              # opening mark, straight or curly
    (?P<body>[^"\u201c\u201d\n]{1,2000}?)  # the quoted words, within one paragraph
    ["\u201d]                              # closing mark
    """,
    regex.VERBOSE,
)

_VERBS = r"""(?:said|says|say|told|tells|added|adds|noted|stated|wrote|argued|warned|explained|
    stressed|emphasized|emphasised|insisted|asserted|declared|reaffirmed|reiterated|announced|
    remarked|commented|complained|urged|acknowledged|described|called|quoted|asked|replied|
    responded|predicted|cautioned)"""

_PRONOUN_AFTER = regex.compile(
    rf"""
    \ ?,?\ (?:he|she)\ (?:also\ |later\ )?   # ' he', ', she also'
    {_VERBS}\b                                # 'said'
    """,
    regex.VERBOSE,
)

_VERB_THEN_NAME_AFTER = regex.compile(
    rf"""
    \ ?,?\ {_VERBS}\    # ' said '
    """,
    regex.VERBOSE,
)

# What may stand between an attribution and the name: "the U.S. Trade
# Representative, ", "Capt. ", "adviser ", but no sentence end.
_TITLE_GAP = regex.compile(
    r"""
    (?:(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Capt|Sgt|Lt|Col|Gen|Gov|Sen|Rep)\.|[\w'&-]+)\ ){0,6}  # words
    (?:[\w.'&-]+,\ )?                                       # "Representative, " before the name
    """,
    regex.VERBOSE,
)

_ACCORDING_TO_AFTER = regex.compile(
    r"""
    \ ?,?\ according\ to\   # ', according to '
    """,
    regex.VERBOSE,
)

_VERB_AFTER_NAME = regex.compile(
    rf"""
    \ (?:also\ |later\ )?{_VERBS}\b   # 'Akazawa said'
    """,
    regex.VERBOSE,
)

_VERB_BEFORE_OPEN = regex.compile(
    rf"""
    (?<![\w'-])(?P<verb>{_VERBS})     # 'said', 'told' (not 'so-called')
    (?:\ (?:(?:\p{{Lu}}\.)+|[\w'-]+)){{0,3}}?   # 'reporters', 'on Friday', not across a sentence end
    [,:]?\ \Z                         # right before the quote mark
    """,
    regex.VERBOSE,
)

_VERB_IN_SENTENCE = regex.compile(
    rf"""
    (?<![\w'-])(?:{_VERBS}|according\ to)(?![\w'-])   # a speech verb anywhere in the sentence
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find_quotes(text: str, people: list[PersonMention], sentences: list[Sentence] | None = None) -> list[QuoteMention]:
    """Every direct quote in ``text``, with its speaker when one is named nearby.

    ``sentences`` may be passed when the caller has split ``text`` already."""
    if '"' not in text and "\u201c" not in text:
        return []
    folded = fold(text)
    people = sorted(people, key=lambda p: p.char_start)
    starts = [p.char_start for p in people]
    sentences = split_sentences(text) if sentences is None else sentences
    sentence_starts = [s.char_start for s in sentences]
    out: list[QuoteMention] = []
    previous_end, previous_speaker = -1, None
    for m in _QUOTE.finditer(text):
        open_at, close_at = m.start("body"), m.end("body")
        body = m.group("body")
        start = open_at + (len(body) - len(body.lstrip()))
        end = close_at - (len(body) - len(body.rstrip(" ,;:")))
        if end <= start:
            continue
        s_idx = max(0, bisect_right(sentence_starts, m.start()) - 1)
        sentence = sentences[s_idx] if sentences else None
        speaker, rule = _attribute(folded, m.start(), m.end(), people, starts, sentences, s_idx)
        if rule is None and previous_speaker is not None and "\n" not in text[previous_end:m.start()]:
            # A second quote in the paragraph goes on in the same voice.
            speaker, rule = previous_speaker, "quote.continues"
        if rule is None and sentence is not None:
            verb = _speech_verb_in(folded, sentence.char_start, sentence.char_end, m.start(), m.end())
            if verb is not None:
                speaker = _subject_of(people, starts, sentence.char_start, verb)
                rule = "quote.sentence_verb"
        if rule is None:
            if len(text[start:end].split()) < 3:
                continue   # a scare quote: "unacceptable" with nobody saying it
            rule = "quote.unattributed"
        out.append(QuoteMention(start, end, text[start:end], speaker, rule))
        previous_end, previous_speaker = m.end(), speaker
    return out


def _attribute(folded, q_start, q_end, people, starts, sentences, s_idx):
    """(speaker, rule_id) from an attribution touching the quote, or (None, None)."""
    if _PRONOUN_AFTER.match(folded, q_end):
        floor = sentences[s_idx - 1].char_start if s_idx > 0 else 0
        return _subject_of(people, starts, floor, q_start), "quote.said_after_pronoun"
    for pattern, rule in ((_VERB_THEN_NAME_AFTER, "quote.said_after_name"),
                          (_ACCORDING_TO_AFTER, "quote.according_to")):
        m = pattern.match(folded, q_end)
        if m:
            person = _person_after(folded, people, starts, m.end())
            if person is not None:
                return person.name, rule
    after = q_end + 1 if folded.startswith(" ", q_end) else q_end
    if folded.startswith(", ", q_end):
        after = q_end + 2
    person = _person_after(folded, people, starts, after)
    if person is not None and _VERB_AFTER_NAME.match(folded, person.char_end):
        return person.name, "quote.name_said_after"
    m = _VERB_BEFORE_OPEN.search(folded, max(0, q_start - 60), q_start)
    if m:
        floor = sentences[s_idx].char_start if sentences else 0
        return _subject_of(people, starts, floor, m.start("verb")), "quote.said_before"
    return None, None


def _person_after(folded: str, people, starts, pos: int) -> PersonMention | None:
    """The person named at ``pos``, or after a few title words ("adviser Fiona Walsh")."""
    i = bisect_right(starts, pos - 1)
    if i < len(people) and people[i].char_start - pos <= 60 \
            and _TITLE_GAP.fullmatch(folded, pos, people[i].char_start):
        return people[i]
    return None


def _subject_of(people, starts, floor: int, verb_at: int) -> str | None:
    """The last person named between ``floor`` and ``verb_at``: who is speaking."""
    i = bisect_right(starts, verb_at) - 1
    while i >= 0 and people[i].char_end > verb_at:
        i -= 1
    if i >= 0 and people[i].char_start >= floor:
        return people[i].name
    return None


def _speech_verb_in(folded: str, s_start: int, s_end: int, q_start: int, q_end: int) -> int | None:
    """Offset of a speech verb in the sentence outside the quote itself, or None."""
    for lo, hi in ((s_start, q_start), (q_end, s_end)):
        if lo < hi:
            m = _VERB_IN_SENTENCE.search(folded, lo, hi)
            if m:
                return m.start()
    return None
