"""Quotes and their speakers; seed articles; properties."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.people import find_people
from transforms.quotes import find_quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_body(name: str) -> str:
    """The article body: everything before the first run of two or more blank lines."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    return regex.split(r"\n[ \t]*\n[ \t]*\n", text, maxsplit=1)[0]


def quotes(text):
    return [(q.text, q.speaker, q.rule_id) for q in find_quotes(text, find_people(text))]


def gap(case_id, text, expected, reason):
    return pytest.param(text, expected, id=case_id, marks=pytest.mark.xfail(strict=True, reason=reason))


# (id, text, [(quoted words, speaker, rule_id), ...])
EXAMPLES = [
    ("pronoun_after", "Ryosei Akazawa spoke. “We want an agreement as soon as possible,” he said.",
     [("We want an agreement as soon as possible", "Ryosei Akazawa", "quote.said_after_pronoun")]),
    ("pronoun_without_antecedent", '"We are close to a deal," she said.',
     [("We are close to a deal", None, "quote.said_after_pronoun")]),
    ("pronoun_takes_nearest_person", 'Scott Bessent met Lutnick. "It was a good meeting," he said.',
     [("It was a good meeting", "Howard Lutnick", "quote.said_after_pronoun")]),
    ("said_then_name_with_appositive",
     "“Tariffs are a tax on consumers,” said Jamieson Greer, the U.S. Trade Representative.",
     [("Tariffs are a tax on consumers", "Jamieson Greer", "quote.said_after_name")]),
    ("name_then_said", "“Tariffs are a tax on consumers,” Howard Lutnick said.",
     [("Tariffs are a tax on consumers", "Howard Lutnick", "quote.name_said_after")]),
    ("surname_then_said_short_quote", "“Very productive,” Lutnick said.",
     [("Very productive", "Howard Lutnick", "quote.name_said_after")]),
    ("straight_quotes", '"We are close to a deal," Trump said.',
     [("We are close to a deal", "Donald Trump", "quote.name_said_after")]),
    ("said_before_comma", "Howard Lutnick said, “Tariffs are a tax on consumers.”",
     [("Tariffs are a tax on consumers.", "Howard Lutnick", "quote.said_before")]),
    ("told_reporters_colon", "Howard Lutnick told reporters: “We will not back down.”",
     [("We will not back down.", "Howard Lutnick", "quote.said_before")]),
    ("title_before_said_colon", 'economist Sarah Levy said: "Markets hate uncertainty."',
     [("Markets hate uncertainty.", "Sarah Levy", "quote.said_before")]),
    ("according_to", "“We will not back down,” according to Scott Bessent.",
     [("We will not back down", "Scott Bessent", "quote.according_to")]),
    ("one_word_with_verb_before", "Akazawa said the tariffs were “unacceptable.”",
     [("unacceptable.", "Ryosei Akazawa", "quote.said_before")]),
    ("one_word_verb_in_sentence",
     "Akazawa reaffirmed Japan’s stance that the tariffs are “unacceptable,” despite the talks.",
     [("unacceptable", "Ryosei Akazawa", "quote.sentence_verb")]),
    ("scare_quote_skipped", "The tariffs are “unacceptable” for Japan.", []),
    ("so_called_is_not_a_speech_verb", "The so-called “reciprocal tariffs” took effect.", []),
    ("long_unattributed", "The deal was “a historic step forward for both countries.”",
     [("a historic step forward for both countries.", None, "quote.unattributed")]),
    ("unclosed_quote_in_paragraph", "He said “we will see\nThen “it is done,” Trump said.",
     [("it is done", "Donald Trump", "quote.name_said_after")]),
    ("title_between_verb_and_name",
     '"They did everything we asked," said Captain Maria Delgado, the company\'s commander.',
     [("They did everything we asked", "Maria Delgado", "quote.said_after_name")]),
    ("title_between_quote_and_name",
     '"This is a grave act of protectionism," Commerce Ministry spokesman Yao Jian said.',
     [("This is a grave act of protectionism", "Yao Jian", "quote.name_said_after")]),
    ("second_quote_continues",
     '"People have cut back," said adviser Fiona Walsh. "For many, a small rise matters."',
     [("People have cut back", "Fiona Walsh", "quote.said_after_name"),
      ("For many, a small rise matters.", "Fiona Walsh", "quote.continues")]),
    ("new_paragraph_does_not_continue",
     '"People have cut back," said adviser Fiona Walsh.\n"A small rise matters a lot."',
     [("People have cut back", "Fiona Walsh", "quote.said_after_name"),
      ("A small rise matters a lot.", None, "quote.unattributed")]),
    ("unnamed_speaker", '"This is a liquidation event," said a strategist at a Tokyo brokerage.',
     [("This is a liquidation event", None, "quote.sentence_verb")]),
    ("no_quotes", "Officials said prices rose.", []),
]

GAPS = [
    gap("pronoun_gender", 'Scott Bessent met Katherine Tai. "It was a good meeting," he said.',
        [("It was a good meeting", "Scott Bessent", "quote.said_after_pronoun")],
        "pronouns take the nearest person, whatever the pronoun"),
    gap("continued_paragraph_quote",
        "“We will respond firmly,\n“and we will not wait,” Lutnick said.",
        [("We will respond firmly", "Howard Lutnick", "quote.name_said_after"),
         ("and we will not wait", "Howard Lutnick", "quote.name_said_after")],
        "a quote left open at a paragraph end is dropped, not joined to the next"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=case_id) for case_id, text, expected in EXAMPLES] + GAPS,
)
def test_examples(text, expected):
    assert quotes(text) == expected


def test_seed_002_quotes():
    assert quotes(seed_body("002_0a834e919f4ad0f9.txt")) == [
        ("We want an agreement as soon as possible. The G7 summit is on our radar", "Ryosei Akazawa",
         "quote.said_after_pronoun"),
        ("unacceptable", "Ryosei Akazawa", "quote.sentence_verb"),
    ]


def test_seed_000_quotes():
    # "was described as" attributes the phrase to nobody in particular.
    assert quotes(seed_body("000_549d31f8cc5d14c5.txt")) == [
        ("very in-depth", None, "quote.said_before"),
    ]


def test_speaker_needs_people():
    text = "“We want an agreement as soon as possible,” Akazawa said."
    assert [(q.text, q.speaker) for q in find_quotes(text, [])] == [
        ("We want an agreement as soon as possible", None),
    ]


TEXTS = st.one_of(
    st.text(),
    st.lists(st.sampled_from([
        "“", "”", '"', "he", "said", "Akazawa", "Ryosei", "according", "to", ",", ".", ":", "\n",
        "We", "want", "a", "deal", "Trump", "told", "reporters", "so-called", "unacceptable",
    ]), max_size=30).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_offsets_point_at_the_text(text):
    for q in find_quotes(text, find_people(text)):
        assert text[q.char_start:q.char_end] == q.text
        assert q.text and '"' not in q.text


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_deterministic(text):
    people = find_people(text)
    assert find_quotes(text, people) == find_quotes(text, people)
