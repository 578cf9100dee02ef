"""The status of a tariff fact and the date it takes effect, read from the wording."""
from __future__ import annotations

import regex

STATUSES = ("threatened", "proposed", "planned", "in_force", "paused", "reduced", "removed", "unknown")

# Status cues, strongest first. The nearest cue to the rate wins; ties go to
# the earlier entry here.
_STATUS_CUES: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (status, regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE)) for status, pattern in (
        ("removed", r"""\b(?:lift(?:s|ed|ing)?(?!\ (?:the\ )?(?:total|overall|combined|rate\ to))|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|
                        struck\ down|strikes?\ down|striking\ down|invalidat\w+|exempt(?:s|ed|ing|ion|ions)?|
                        repeal(?:s|ed|ing)?|rescind\w*|revok\w+|end(?:s|ed)?\ the|drop(?:s|ped)?\ (?:the|its|their|an?)
                        |waive[ds]?|terminat\w+|roll(?:s|ed)?\ back\ (?:the|all)|expir(?:e|es|ed|ing)|
                        phas(?:e|es|ed|ing)\ out|withdr[ae]w\w*|no\ longer\ (?:apply|applies|necessary))\b"""),
        ("paused", r"""\b(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|suspension|delay(?:s|ed|ing)?|postpon\w+|
                       hold(?:s|ing)?\ off|held\ off|put\ on\ hold|defer(?:s|red|ring)?|truce)\b"""),
        ("reduced", r"""\b(?:cut(?:s|ting)?|lower(?:s|ed|ing)?(?!\ than)|reduc(?:e|es|ed|ing|tion)|slash(?:es|ed|ing)?|
                        eas(?:e|es|ed|ing)|trimm?(?:s|ed|ing)?|halv(?:e|es|ed|ing)|de-?escalat\w*)\b"""),
        ("threatened", r"""\b(?:threat\w*|warn(?:s|ed|ing)?|could\ (?:impose|slap|face|hit|raise)|
                           may\ (?:impose|slap|face|hit|raise)|might\ (?:impose|face|hit)|vow(?:s|ed)?|
                           menac\w+|ultimatum)\b"""),
        ("proposed", r"""\b(?:propos(?:e|es|ed|ing|al)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|
                         draft(?:s|ed)?|recommend(?:s|ed|ing)?|seek(?:s|ing)?|sought|call(?:s|ed)?\ for|
                         floated|under\ consideration|review)\b"""),
        ("planned", r"""\b(?:set\ to|set\ (?:preliminary|provisional|final|new|initial)|takes?\ effect|taking\ effect|approv(?:e|es|ed|ing)|sign(?:s|ed)\ (?:an?\ )?(?:order|proclamation|decree)s?|plan(?:s|ned)?(?:\ to)?|scheduled|expected\ to\ (?:take|go|come|kick|start|begin)|
                        due\ to|slated|will\ (?!not\b|keep|stay|remain|still|continue|be\ (?:lifted|removed|scrapped|cut|reduced|suspended|
                        paused))\w+|sets?\ (?:an?|the)|setting\ (?:an?|the)|order(?:s|ed)\ (?:an?|the)|
                        would\ (?:soon\ |also\ |still\ |then\ |\w+ly\ )?(?:impose|raise|respond|retaliate|levy|apply|hit|slap|put|place|set|double|triple|hike|add|introduce|extend|charge|
                                  fall|take|go|come|kick|rise|increase|follow|be\ (?:imposed|raised|levied|applied|charged))|to\ take\ effect|take\ effect|announc(?:e|es|ed|ing)|
                        intend\w*|going\ to|from\ (?:next|january|february|march|april|may|june|july|august|
                        september|october|november|december)|effective\ (?:from|on|as\ of))\b"""),
        ("in_force", r"""\b(?:current(?:ly)?|existing|imposed|in\ place|in\ effect|in\ force|remains?\ at|
                         took\ effect|went\ into\ effect|came\ into\ force|took\ hold|have\ been|has\ been|
                         already|reaching|levied|collect(?:s|ed|ing)|hit\ with|slapped|raised|hiked|increased|
                         boost(?:ed)?|added|kept|keeps|maintain(?:s|ed)?|will\ (?:keep|stay|remain|still|continue)|remains?|stays?|
                         continues?\ to|longstanding|long-standing|prevailing|standard|started\ at|began\ at|
                         since\ (?:then|\d{4}|january|february|march|april|may|june|july|august|september|october|
                         november|december))\b"""),
        # Weak cues say little; they count only when no other cue is in the sentence.
        ("in_force", r"""\b(?:is|are|now|applied|applies|apply|faces?|facing|pay(?:s|ing)?|paid|impos(?:es|ing)|
                         levies|subject\ to)\b"""),
    )
)
_WEAK_CUE = len(_STATUS_CUES) - 1

# Dates count as effective dates only in a sentence that talks about taking effect.
EFFECT = regex.compile(
    r"""\b(?:take[sn]?\ effect|took\ effect|taking\ effect|go(?:es)?\ into\ effect|went\ into\ effect|
          come\ into\ force|came\ into\ force|kick(?:s|ed)?\ in|effective|start(?:s|ed|ing)?|begin(?:s|ning)?|
          from|as\ of|until|deadline|before|by|set\ to|scheduled|due|slated|expir\w+|implement\w*)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


def status_cues(s: str) -> list[tuple[int, str, regex.Match]]:
    """Every status cue of sentence ``s`` as (strength order, status, match): read once per sentence."""
    return [(order, status, m) for order, (status, pattern) in enumerate(_STATUS_CUES) for m in pattern.finditer(s)]


def read_status(s: str, start: int, end: int, rate: tuple, lo: int = 0, hi: int | None = None,
                cues: list[tuple[int, str, regex.Match]] | None = None) -> tuple[str, str | None]:
    """Status of the rate at s[start:end] from the nearest cue in its clause window s[lo:hi].

    Cues in the window win; without one, cues earlier in the sentence (its
    main verb: "Trump signed orders imposing tariffs of 25% ... and 10% ...").
    ``cues`` is ``status_cues(s)`` when the caller reads several rates of one sentence.
    """
    if rate[4] == "change" and rate[3] is not None and rate[0] < rate[3]:
        return "reduced", s[start:end]
    hi = len(s) if hi is None else hi
    cues = status_cues(s) if cues is None else cues
    found = (_nearest_cue(s, cues, start, end, lo, hi) or _nearest_cue(s, cues, start, end, 0, start)
             or _nearest_cue(s, cues, start, end, 0, len(s)))
    status, cue = _finish(found, rate)
    cue_before = found is not None and found[5] <= start
    # the conditional governs this rate only when its own verb is the conditional one
    if status in ("planned", "unknown", "in_force") and cue and cue.lower().startswith(("would", "could", "might")) \
            and is_conditional(s):
        return "threatened", cue
    later = _LATER_STATE.search(s, end)
    if later and cue_before and status in ("planned", "in_force", "unknown", "threatened", "proposed"):
        return _LATER_STATES[later.group("verb")[:4].lower()], later.group(0)
    return status, cue


_DESCRIPTIVE = regex.compile(r"\b(?:an?|the)\ $", regex.IGNORECASE)
_PASSIVE = regex.compile(r"\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)
# A removal/pause/cut verb is about a tariff when one follows it closely.
_ABOUT_A_TARIFF = regex.compile(
    r"""[^.;]*?\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax\w*|rates?|measures?|countermeasures?|sanctions?|them|it|
                   penalt(?:y|ies))\b""", regex.VERBOSE | regex.IGNORECASE)


def _nearest_cue(s: str, cues: list[tuple[int, str, regex.Match]], start: int, end: int, lo: int, hi: int):
    best: tuple[int, int, int, str, str] | None = None
    for order, status, m in cues:
        if m.start() < lo or m.end() > hi or (m.start() < end and m.end() > start):
            continue  # outside the window, or inside the rate expression itself
        rank = order
        if status != "in_force" and m.end() <= start and start - m.end() <= 25 \
                and _DESCRIPTIVE.search(s, max(0, m.start() - 5), m.start()):
            rank = _WEAK_CUE  # "dropped a threatened additional 100% tariff": the clause's verb decides
        if status in ("removed", "paused", "reduced") and not _ABOUT_A_TARIFF.match(s, m.end(), min(len(s), m.end() + 70)) \
                and not (m.end() <= start and start - m.end() <= 70) \
                and not (m.start() >= end and m.start() - end <= 70 and _PASSIVE.search(s, end, m.start())):
            continue  # "if the bloc did not remove its barriers": the verb is about something else
        distance = start - m.end() if m.end() <= start else m.start() - end
        # cues after the rate weigh a little more distance: "a 24% tariff ... is set to take effect"
        key = (rank == _WEAK_CUE, distance if m.end() <= start else distance + 10, rank, status, m.group(0),
               m.end())
        if best is None or key[:3] < best[:3]:
            best = key
    return best


_CONDITIONAL = regex.compile(
    r"""\b(?:would|could|might)\b.{0,260}?\b(?:if|unless)\b
      | \b(?:if|unless)\b.{0,120}?\b(?:would|could|might)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


_SCHEDULED = regex.compile(r"\b(?:take|takes|taking|go|goes|come|comes)\ (?:effect|into\ effect|into\ force)\b",
                           regex.VERBOSE | regex.IGNORECASE)


# "... but immediately suspended them", "... and later lifted the duties": what happened to the measure last.
_LATER_STATE = regex.compile(
    r"""\b(?P<verb>suspend\w*|paus\w*|delay\w*|postpon\w*|lift\w*|scrap\w*|withdr[ae]w\w*|revok\w*|rescind\w*)
        \ (?:them|it|the\ (?:tariffs?|duties|levy|levies|measures?)|those|these)\b""",
    regex.VERBOSE | regex.IGNORECASE)
_LATER_STATES = {"susp": "paused", "paus": "paused", "dela": "paused", "post": "paused", "lift": "removed",
                 "scra": "removed", "with": "removed", "revo": "removed", "resc": "removed"}


def is_conditional(s: str) -> bool:
    """A consequence under a condition is a threat: "would impose ... if Washington did not withdraw".

    A schedule with an escape clause is not: "would take effect on Dec. 5 unless an agreement is reached".
    """
    return _CONDITIONAL.search(s) is not None and _SCHEDULED.search(s) is None


def _finish(best, rate: tuple) -> tuple[str, str | None]:
    if best is None:
        if rate[4] == "change" and rate[3] is not None and rate[0] > rate[3]:
            return "in_force", None  # "doubled tariffs to 50%": the raise itself is the news
        return "unknown", None
    status = best[3]
    if rate[4] == "change" and status == "reduced" and rate[3] is not None and rate[0] > rate[3]:
        status = "in_force"
    return status, best[4]



_EFFECT_BEFORE_DATE = regex.compile(
    r"""\b(?:from|starting|effective|as\ of|beginning|begins?|effect|force|by|before|until|through|
          kicks?\ in|start(?:s|ed)?|due|slated|scheduled|set)\ (?:on\ |in\ |from\ )?(?:the\ )?$""",
    regex.VERBOSE | regex.IGNORECASE)
_SAID_BEFORE_DATE = regex.compile(r"""\b(?:said|says|told|announced|met|signed|spoke|speaking|wrote|posted)
                                      \ (?:\w+\ )?(?:on\ |late\ |early\ )?$""", regex.VERBOSE | regex.IGNORECASE)


def effective_date(s: str, start: int, dates: list):
    """The date the rate takes effect, and whether an effect word introduced it.

    Dates introduced by an effect word ("from Aug. 1", "take effect in July") win,
    else the nearest. A date that only says when something was said ("said on
    Wednesday") is not an effective date.
    """
    best = None
    for d in dates:
        before = s[max(0, d.char_start - 30):d.char_start]
        if _SAID_BEFORE_DATE.search(before):
            continue
        preferred = _EFFECT_BEFORE_DATE.search(before) is not None
        key = (not preferred, abs(d.char_start - start))
        if best is None or key < best[0]:
            best = (key, d)
    return (best[1], not best[0][0]) if best else (None, False)


