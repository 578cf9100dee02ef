"""The status of a tariff fact and the date it takes effect, read from the wording."""
from __future__ import annotations

import regex

STATUSES = ("threatened", "proposed", "planned", "in_force", "paused", "reduced", "removed", "unknown")

# A present-tense rise of the rate: a status cue below, and what is_present_rise recognises.
_PRESENT_RISE_WORDS = r"(?:rises|climbs|goes\ up|increases|jumps)"

# Status cues, strongest first. The nearest cue to the rate wins; ties go to
# the earlier entry here.
_STATUS_CUES: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (status, regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE)) for status, pattern in (
        ("removed", r"""\b(?:lift(?:s|ed|ing)?(?!\ (?:the\ )?(?:total|overall|combined|rate\ to))|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|
                        struck\ down|strikes?\ down|striking\ down|invalidat\w+|exempt(?:s|ed|ing|ion|ions)?|
                        repeal(?:s|ed|ing)?|rescind\w*|abolish\w*|revok\w+|end(?:s|ed)?\ the|drop(?:s|ped)?\ (?:the|its|their|an?)
                        |waive[ds]?|terminat\w+|(?<=\b(?:be|been|being|was|were|is|are)\ )dropped|roll(?:s|ed)?\ back\ (?:the|all)|expir(?:e|es|ed|ing)|
                        phas(?:e|es|ed|ing)\ out|withdr[ae]w\w*|avert(?:ed|ing)|disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?|
                        # "will now pay nothing", "the U.S. duty of 3.9 per cent ... has also gone"
                        pays?\ nothing|gone(?<=\b(?:has|have)\ (?:also\ |now\ )?gone)(?!\ (?:up|down|into|to|from|higher|lower|further|beyond|through)\b)|no\ longer\ (?:apply|applies|necessary))\b"""),
        ("paused", r"""\b(?:(?:paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|delay(?:s|ed|ing)?|halt(?:s|ed|ing)?)
                       # a company pausing its trade is no pause of the tariff: "JLR will pause shipments of its cars"
                       (?!\ (?:(?:its|their|all|some|most|the|new|further)\ )?(?:[\w-]+\ )?(?:shipments|exports|
                           deliveries|production|sales|orders|investments?|hiring|operations|purchases|output|
                           imports|trading|work)\b)|suspension|postpon\w+|
                       hold(?:s|ing)?\ off|held\ off|back(?<=\b(?:pull|pulls|pulled|pulling|step|steps|stepped|stepping)\ back)\ from|back(?:s|ed|ing)?\ (?:away|off)\ from|(?:put\ )?on\ hold|defer(?:s|red|ring)?|truce|reprieve|
                       # a measure that did not happen: "The measures ... would have imposed duties of 25%"
                       would\ have\ (?:impos\w+|appl\w+|hit|tak\w+\ effect|rais\w+|levi\w+|doubl\w+|kick\w+\ in|
                                     put|plac\w+|slapp\w+|add\w*|charg\w+|start\w*|beg[au]n))\b"""),
        ("reduced", r"""\b(?:cut(?:s|ting)?|lower(?:s|ed|ing)?(?<!\b(?:an?|the)\ lower)(?!\ than)|reduc(?:e|es|ed|ing|tion)|slash(?:es|ed|ing)?|
                        eas(?:e|es|ed|ing)|trimm?(?:s|ed|ing)?|halv(?:e|es|ed|ing)|de-?escalat\w*|
                        # the rate itself moves down: "will fall to 9% over 15 years", "falls immediately to 25%";
                        # not the participle of a schedule's step ("a 35 percent tariff ..., falling to 30 percent in
                        # the second year": the new measure's plan)
                        (?:falls?|fell|drops?|dropped|declines?|declined|(?:come|comes|came|go|goes|went)\ down)
                        (?=\ (?:\w+ly\ |gradually\ |further\ |again\ )?to\ (?:about\ |around\ |just\ )?(?:\d|zero)))\b"""),
        ("threatened", r"""\b(?:threat\w*|warn(?:s|ed|ing)?|could\ (?:impose|slap|face|hit|raise|lead\ to|result\ in)|
                           may\ (?:impose|slap|face|hit|raise)|might\ (?:impose|face|hit)|vow(?:s|ed)?|
                           menac\w+|ultimatum|
                           # "said it is ready to impose tariffs of between 8% and 30% ... as early as Dec. 15"
                           ready\ to\ (?:impose|slap|hit|levy|retaliate|raise))\b"""),
        ("proposed", r"""\b(?:propos(?:e|es|ed|ing|al)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|
                         draft(?:s|ed)?|recommend(?:s|ed|ing)?|seek(?:s|ing)?|sought|call(?:s|ed)?\ for|
                         floated|under\ consideration|review|
                         # what a side wants is not yet decided: "Trump wants a 20% tax on imports from Mexico"
                         # but not an existing tariff someone wants gone: "press for the removal of China's duties"
                         (?:wants?|wanted|push(?:es|ed|ing)?\ for|press(?:es|ed|ing)?\ for)
                         (?!\ (?:an?\ |the\ )?(?:removal|lifting|scrapping|end|ending|elimination|withdrawal|repeal|
                             rollback|reduction|cut|cuts|exemptions?|relief)\b))\b"""),
        ("planned", r"""\b(?:# a vote or a body that backs a measure decides it: "EU governments narrowly backed anti-dumping duties"
                        (?:backed|backs|endorsed|endorses|rubber-stamped)(?!\ (?:away|off|down|out)\b)
                        (?=\ (?:[\w%.-]+\ ){0,3}?(?:tariffs?|duty|duties|levies|surtax(?:es)?)\b)|
                        set\ to|set\ (?:preliminary|provisional|final|new|initial)|takes?\ effect|taking\ effect|approv(?:e|es|ed|ing)|sign(?:s|ed)\ (?:an?\ )?(?:order|proclamation|decree)s?|plan(?:s|ned)?(?:\ to)?|scheduled|expected\ to\ (?:take|go|come|kick|start|begin)|
                        due\ to(?!\ (?:expire|end|lapse|run\ out))|slated|
                        # a start said for it: "was told it would face a 30% rate from the same date"
                        would\ face(?=\ [^.;]{0,40}?\bfrom\ (?:the\ same\ (?:date|day)|then|that\ date)\b)|
                        # what people hope or fear a tariff will do is no plan: "a 70 percent tariff that American
                        # ranchers hope will open the door"
                        (?<!\b(?:hopes?|hoped|fears?|feared|worr(?:y|ies|ied)|wish(?:es)?)\ )will\ (?!not\b|keep|stay|remain|still|continue|be\ (?:lifted|removed|scrapped|cut|reduced|suspended|
                        paused|dropped|eliminated|withdrawn|revoked|rescinded|repealed|exempted|waived|terminated|halved|lowered|
                        abolished|phased|ended)|(?:now\ )?pay\ nothing|fall|drop|decline|come\ down|go\ down|disappear|vanish)\w+|sets?\ (?:an?|the)|setting\ (?:an?|the)|order(?:s|ed)\ (?:an?|the|new|higher|additional|extra|retaliatory|punitive|tariffs|duties|levies)\b|
                        would\ (?:soon\ |also\ |still\ |then\ |\w+ly\ )?(?:impose|raise|respond|retaliate|levy|apply|hit|slap|put|place|set|double|triple|hike|add|introduce|extend|charge|
                                  fall|take|go|come|kick|rise|increase|follow|restore|reinstate|reimpose|range|give|grant|cap|
                                  be\ (?:imposed|raised|levied|applied|charged|capped))|to\ take\ effect|take\ effect|announc(?:e|es|ed|ing)|
                        intend\w*|going\ to|vot(?:e|es|ed)\ to|
                        # a decision that lets the duties come: "voted ..., clearing the way for anti-dumping duties"
                        (?:clear(?:s|ed|ing)?|pav(?:e|es|ed|ing))\ the\ way\ for|from\ (?:next|january|february|march|april|may|june|july|august|
                        september|october|november|december)|effective\ (?:from|on|as\ of))\b"""),
        ("in_force", r"""\b(?:current(?:ly)?|existing|imposed|adopted|extended\ (?:on\ [\w.]+\ (?:\d{1,2}\ )?)?to|in\ place|in\ effect|in\ force|remains?\ at|
                         took\ effect|did\ (?:\w+\ )?(?:take\ effect|go\ into\ effect|come\ into\ force|kick\ in)|went\ into\ effect|came\ into\ force|took\ hold|have\ been|has\ been|
                         already|reaching|levied|collect(?:s|ed|ing)|hit\ with|slapped|raised|hiked|increased|
                         doubled|tripled|stands?\ at|stood\ at|effective\ immediately|with\ immediate\ effect|
                         # the rate moves up, in the present: "rises to 30% on Jan. 1" (planned when the date is to come)
                         """ + _PRESENT_RISE_WORDS + r"""(?=\ (?:\w+ly\ |further\ |again\ )?to\ (?:about\ |around\ )?\d)|
                         boost(?:ed)?|added|keep|kept|keeps|keeping|maintain(?:s|ed)?|
                         # the rate's own participle: "the 10 per cent applied to Australia"
                         applied(?<=(?:%|percent|per\ cent|pct)\ (?:[\w-]+\ ){0,2}applied)\ (?:to|on|against)|
                         # "put tariffs of 25% on", "began requiring importers ... to post deposits of 33.8%"
                         puts?(?<!\b(?:to|will|would|could|may|might|not)\ puts?)\ (?=(?:[\w-]+\ ){0,2}?(?:tariffs?|duties|levies|surtax)\b)|
                         (?:began|started)\ (?:requiring|charging|collecting|imposing|levying|applying)|
                         # "where Canadian tariffs run as high as 25 per cent"
                         runs?(?<!\b(?:to|will|would|could|may|might|not)\ runs?)\ (?:as\ high\ as|up\ to|from|between|at)|
                         still\ (?:face[sd]?|facing|pays?|paying|subject\ to|appl(?:y|ies))|
                         # not a schedule: "will continue to fall by 2.5 percentage points a year until it reaches 15%"
                         will\ (?:keep|stay|remain|still|continue(?!\ to\ (?:fall|drop|decline|come\ down|rise|climb|increase)\b))|
                         remains?|stays?|continues?\ to(?!\ (?:fall|drop|decline|come\ down|rise|climb|increase)\b)|
                         longstanding|long-standing|prevailing|standard|started\ at|began\ at|
                         since\ (?:then|\d{4}|january|february|march|april|may|june|july|august|september|october|
                         november|december|last\ (?:year|month|week|spring|summer|autumn|fall|winter)))\b"""),
        # Weak cues say little; they count only when no other cue is in the sentence.
        ("in_force", r"""\b(?:is|are|now|applied|applies|apply|faces?|facing|pay(?:s|ing)?|paid|impos(?:es|ing)|charges|charging|
                         levies|subject\ to)\b"""),
    )
)
_WEAK_CUE = len(_STATUS_CUES) - 1

# Dates count as effective dates only in a sentence that talks about taking effect.
EFFECT = regex.compile(
    r"""\b(?:take[sn]?\ effect|took\ effect|taking\ effect|go(?:es)?\ into\ effect|went\ into\ effect|
          come\ into\ force|came\ into\ force|kick(?:s|ed)?\ in|effective|start(?:s|ed|ing)?|begin(?:s|ning)?|
          from|as\ of|until|deadline|before|by|set\ to|scheduled|due|slated|expir\w+|implement\w*|on\ or\ after)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


def status_cues(s: str) -> list[tuple[int, str, regex.Match]]:
    """Every status cue of sentence ``s`` as (strength order, status, match): read once per sentence."""
    return [(order, status, m) for order, (status, pattern) in enumerate(_STATUS_CUES) for m in pattern.finditer(s)]


def read_status(s: str, start: int, end: int, rate: tuple, lo: int = 0, hi: int | None = None,
                cues: list[tuple[int, str, regex.Match]] | None = None,
                next_rate: int | None = None) -> tuple[str, str | None]:
    """Status of the rate at s[start:end] from the nearest cue in its clause window s[lo:hi].

    Cues in the window win; without one, cues earlier in the sentence (its
    main verb: "Trump signed orders imposing tariffs of 25% ... and 10% ...").
    ``cues`` is ``status_cues(s)`` when the caller reads several rates of one sentence.
    """
    offered = _OFFERED.search(s, max(0, start - 140), start) if "ffer" in s or "ropos" in s else None
    if offered:   # "offered to cut Cambodia's import duties ... to 5%": an offer is a proposal
        return "proposed", offered.group(0)
    # cheap tests first: these clauses are rare and most sentences have none of their words
    own = _OWN_RELATIVE.match(s, end, min(len(s), end + 120)) \
        if s.find("that ", end, end + 120) >= 0 or s.find("which ", end, end + 120) >= 0 else None
    if own and (own.group("sep") is None or not _CLAUSE_GOES_ON.search(s, own.end())):
        # "the 10% levy that now applies", "the 25% tariff on single malts that Washington suspended in 2021",
        # "the 14 pct tariff on semiconductors, which Brussels agreed to phase out by 2000": the rate's own
        # relative clause says what became of it, whatever the sentence's verb is about
        return _RELATIVE_STATES[own.group("verb")[:4].lower()], own.group(0).strip(" ,")
    if "effect" in s or "force" in s or "kicked" in s:
        took = _WHICH_TOOK_EFFECT.match(s, end, min(len(s), end + 140))
        if took:   # "Trump's 25% tariffs on steel and aluminum imports, which took effect the same day"
            return "in_force", took.group("verb")
    if "had " in s or "has " in s or "have " in s:
        theirs = _AGENT_HAD.match(s, end, min(len(s), end + 80))
        if theirs and not any(p.search(s, 0, start) for _, p in _STATUS_CUES[:2]):
            # "lower than the 25% rate President Donald Trump had threatened in July"; not "won a reprieve from ..."
            return _RELATIVE_STATES[theirs.group("verb")[:4].lower()], theirs.group(0).strip()
    among = _AMONG_THE_MEASURES.match(s, end, min(len(s), end + 160)) if "among" in s else None
    if among:   # "Canada's 9.2 per cent tariff on American-made hand tools was among the duties eliminated on Sunday"
        return _RELATIVE_STATES[among.group("verb")[:4].lower()], among.group("verb")
    charged = _THEY_CHARGE.match(s, end, min(len(s), end + 60))
    if charged:    # "compared with the 2.5% the U.S. charges", "the standard 10% duty the bloc charges on cars"
        return "in_force", charged.group("state") or charged.group("verb")
    if s.endswith(", now ", 0, start):   # an aside: "the tariff on imported passenger motor vehicles, now 22.5 per cent,"
        return "in_force", s[start - 4:end]   # "now 22.5 per cent", a state cue
    if _DOWN_FROM.match(s, end):   # "at a tariff of 6.1 per cent, down from the 100 per cent surtax it imposed"
        return "reduced", _DOWN_FROM.match(s, end).group("verb")
    participle = _OWN_PARTICIPLE.match(s, end, min(len(s), end + 60)) \
        if _HELD_OR_ENDED.search(s, end, min(len(s), end + 60)) else None
    if participle:   # "with a higher 20% rate suspended until July 8"
        return _RELATIVE_STATES[participle.group("verb")[:4].lower()], participle.group("verb")
    relative_before = s.find(", which ", max(0, start - 60), start) >= 0 or s.find(", that ", max(0, start - 60), start) >= 0
    paying = _WHICH_NOW_PAY.search(s, max(0, start - 70), start) \
        if relative_before or s.find(", who ", max(0, start - 70), start) >= 0 else None
    if paying:   # "European cars, which now pay 27.5%, will also be charged 15%": the clause's own state
        return "in_force", paying.group("state")
    standing = _STANDING_ANTECEDENT.search(s, max(0, start - 120), start) if relative_before else None
    if standing:   # "on top of China's regular import tariffs, which for passenger cars range from 70 percent to 80"
        return "in_force", standing.group("word")
    acted_on = _ACTED_ON_ANTECEDENT.search(s, max(0, start - 160), start) if relative_before else None
    if acted_on:   # "agreed to scrap its tariffs on American cars, which currently run as high as 30%"
        return _RELATIVE_STATES[acted_on.group("verb")[:4].lower()], acted_on.group("verb")
    if rate[4] == "change" and rate[3] is not None and rate[0] < rate[3]:
        return "reduced", s[start:end]
    hi = len(s) if hi is None else hi
    cues = status_cues(s) if cues is None else cues
    # what became of a measure needs a pause or removal word somewhere in the sentence
    put_off = any(st in ("paused", "removed") for _, st, _ in cues)
    if ("instead" in s or "rather" in s) and _INSTEAD_OF_MOVING.search(s, max(0, start - 40), start):
        return "paused", s[max(0, start - 40):start].strip()   # "will stay at 25% instead of rising to 30%"
    kept = _KEEP.search(s, max(0, start - 40), start) if put_off else None
    if kept and _KEPT_SUSPENDED.match(s, end):
        return "paused", s[kept.start():_KEPT_SUSPENDED.match(s, end).end()]  # "keep a 24% portion ... suspended"
    aside = _PARTICIPLE_ASIDE.match(s, end, min(len(s), end + 160)) if s.find(", ", end, end + 100) >= 0 else None
    if aside:   # "The 25% duty on steel ..., imposed on the two neighbors in June last year, will be dropped by Sunday"
        main = min((c for c in cues if aside.end() <= c[2].start() <= aside.end() + 30 and c[0] != _WEAK_CUE
                    and not (c[1] == "threatened" and _threatens_otherwise(s, c[2]))),
                   key=lambda c: c[0], default=None)
        if main:
            status = main[1]
            if status == "in_force" and _FUTURE_PASSIVE.search(s, max(0, main[2].start() - 16), main[2].start()):
                status = "planned"
            return status, main[2].group(0)
    cut_to = _CUT_TO.search(s, max(lo, start - 90), start) if s.find("to ", start - 12, start) >= 0 else None
    if cut_to and not _CUT_TO_BREAK.search(s, cut_to.end("verb"), start):
        asked = _ASKED_FOR.search(s, max(0, cut_to.start("verb") - 50), cut_to.end("verb"))
        if asked:   # "had recommended that the tariff be cut to 5 per cent by 2004": nobody decided it
            return "proposed", asked.group(0)
        return "reduced", cut_to.group("verb")   # "will halve tariffs on $120 billion of goods to 7.5% and scrap ..."
    found = _nearest_cue(s, cues, start, end, lo, hi)
    if found is None and lo > 0 and "'" in s and OWNED_RATE.search(s, max(lo, start - 40), start):
        # "JLR will pause shipments ... while it works out how to respond to President Donald Trump's 25% tariff":
        # a measure someone has, in a clause of its own; the other clause's verb is not its status
        return "in_force", "'s"
    found = found or _nearest_cue(s, cues, start, end, 0, start)
    # a raise that states its own move is the news; another clause's verb is another rate's ("Duty on
    # footwear goes up to 20 per cent from 10 per cent, while some auto parts will attract 15 per cent")
    raised = rate[4] == "change" and rate[3] is not None and rate[0] > rate[3] and hi < len(s)
    if found is None and cues and not raised:
        # a cue past a coordinated verb ("... on U.S. dairy and threatens to raise tariffs on cars") or a state
        # word after the rate ("a 34% tariff, on top of the 20% duty already in place") is another rate's
        coord = COORDINATED_VERB.search(s, end)
        rest = coord.start() if coord else len(s)
        # and a relative clause's verb yields to the main one: "The 25% tariffs, which were suspended last
        # year, will take effect on Monday"
        relative = [m.span() for m in _RELATIVE_CLAUSE.finditer(s, end, rest)]
        found = (_nearest_cue(s, cues, start, end, 0, rest, skip_state_after=True, skip=relative)
                 or _nearest_cue(s, cues, start, end, 0, rest, skip_state_after=True))
    if found is not None and found[5] > end \
            and (s.find("that ", end, found[5]) >= 0 or s.find("which ", end, found[5]) >= 0):
        # the rate's relative clause says how it came; a removal before says what became of it: "The decision
        # invalidates the so-called reciprocal tariffs of 10% to 50% that Trump applied to goods from ..."
        main = _nearest_cue(s, cues, start, end, lo, start)
        if main is not None and main[3] in ("removed", "paused") and not main[0]:
            found = main
    status, cue = _finish(found, rate)
    cue_before = found is not None and found[5] <= start
    # the conditional governs this rate only when its own verb is the conditional one
    if status in ("planned", "unknown", "in_force") and cue and cue.lower().startswith(("would", "could", "might", "will")) \
            and not _CONTINUING.match(cue) \
            and is_conditional(s, cue):
        return "threatened", cue
    if status == "planned" and cue and _DATED_START.match(cue):
        # "could face retaliatory duties of 100% from June unless ...": the modal is the rate's verb, not the date
        modal = _MODAL_THREAT.search(s, max(lo, start - 80), start)
        if modal and is_conditional(s, modal.group(0)):
            return "threatened", modal.group(0)
    later = _LATER_STATE.search(s, end)
    if later and cue_before and status in ("planned", "in_force", "unknown", "threatened", "proposed"):
        return _LATER_STATES[later.group("verb")[:4].lower()], later.group(0)
    if put_off and status in ("planned", "in_force", "unknown", "threatened", "proposed"):
        subject = _PAUSE_SUBJECT.match(s)
        if subject and subject.end() <= start:
            return "paused", subject.group(0).strip()
        # rates inside one relative clause share the main verb after it: "tariffs, which were due to start at 5%
        # on Monday and rise as high as 25% by October, had been suspended"
        limit = len(s) if next_rate is None or in_relative_schedule(s, start) else next_rate
        for after in _AFTERWARDS.finditer(s, end, limit):
            if not _IN_RELATIVE.search(s, max(0, after.start() - 20), after.start()):
                return _LATER_STATES[after.group("verb")[:4].lower()], after.group(0)
    if status == "unknown" and _PRELIMINARY_DUTY.search(s, max(0, start - 90), start):
        # "would fight preliminary U.S. anti-dumping duties of between 1.9 and 18.6 pct": importers post them now
        return "in_force", _PRELIMINARY_DUTY.search(s, max(0, start - 90), start).group("word")
    if status in ("planned", "threatened", "unknown") and "list" in s and _HIT_LIST.search(s, max(0, start - 200), start):
        return "proposed", _HIT_LIST.search(s, max(0, start - 200), start).group("list")  # a list of goods that would face it
    if status == "planned" and put_off and (" was " in s or " were " in s) and _WAS_DUE.match(s, end):
        return "paused", _WAS_DUE.match(s, end).group(0).strip()
    if status == "planned" and "had been" in s:
        overtaken = _OVERTAKEN_PLAN.search(s)
        if overtaken and status == "planned":
            return "paused", overtaken.group(0)
    return status, cue


# "The EU's original 25% whiskey tariff": the owner of a rate with its tariff word after it (the imposer).
OWNER_BEFORE_RATE = regex.compile(r"'s?\s+(?:[a-z][\w-]*\s+){0,2}")
# "the EU's 10% tariff", "Canada's existing 25% surtax": a rate owned by a named party, with no verb saying
# what became of it, is one that party has.
OWNED_RATE = regex.compile(rf"\b\p{{Lu}}[\w.]*{OWNER_BEFORE_RATE.pattern}$")
# The rate's noun phrase, then a participle clause set off by commas, then the main verb.
_PARTICIPLE_ASIDE = regex.compile(
    r"""[^,;]{0,80}?,\ (?:first\ |originally\ |initially\ )?(?:imposed|introduced|levied|announced|adopted|approved|
        put\ in\ place|set|slapped|applied)\b[^,;]{0,100},\ (?=(?:will|would|is|are|was|were|has|have|had|remains?|
        stays?|could|may)\b)""", regex.VERBOSE | regex.IGNORECASE)
_PLUPERFECT = regex.compile(r"\bhad\ (?:\w+ly\ )?$", regex.IGNORECASE)
_CUT_TO = regex.compile(r"""\b(?P<verb>cut(?:s|ting)?|halv(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|
                               slash(?:es|ed|ing)?|trimm?(?:s|ed|ing)?)\b[^.;%]{0,80}?\bto\ (?:about\ |around\ )?$""",
                     regex.VERBOSE | regex.IGNORECASE)
_CUT_TO_BREAK = regex.compile(r"[;:]|\b(?:while|but|whereas|and\ (?:will|would|is|are|has|have|said))\b",
                                    regex.IGNORECASE)
_RELATIVE_CLAUSE = regex.compile(r",\s(?:which|who|that)\b[^,;]*,", regex.IGNORECASE)
_INSTEAD_OF_MOVING = regex.compile(
    r"""\b(?:instead\ of|rather\ than)\ (?:rising|climbing|going|increasing|jumping|moving|rising\ further)\ (?:up\ )?to\ $""",
    regex.VERBOSE | regex.IGNORECASE)
_KEEP = regex.compile(r"\b(?:keep|keeps|kept|keeping)\b[^.;,]{0,30}$", regex.IGNORECASE)
_KEPT_SUSPENDED = regex.compile(r"[^.;,]{0,60}?\b(?:suspended|paused|on\ hold)\b", regex.IGNORECASE)
COORDINATED_VERB = regex.compile(
    r"""\ and\ (?:also\ )?(?:threaten|warn|vow|pledg|promis|announc|call|say|said|urg|ask|add|plan)\w*\b""",
    regex.VERBOSE | regex.IGNORECASE)
_TO_ACT = regex.compile(r"""\s+(?:on\ \w+\ )?(?:to\ )?(?:impose|slap|raise|hike|levy|put|place|hit|double|increase|
                           retaliate|respond|add|extend|charge|apply|introduce)\b""", regex.VERBOSE | regex.IGNORECASE)
_TO_OTHER_ACT = regex.compile(r"\s+to\ \w+")


def _threatens_otherwise(s: str, m: regex.Match) -> bool:
    """"tariffs ... are threatening to swamp Canadian mills": the tariff threatens harm; no tariff is threatened."""
    return _TO_OTHER_ACT.match(s, m.end()) is not None and _TO_ACT.match(s, m.end()) is None
_DESCRIPTIVE = regex.compile(r"\b(?:an?|the|his|her|its|their|our|your|this|that|these|those)\ $", regex.IGNORECASE)
# The rate's subject is one of the measures a verb acted on: "... was among the duties eliminated on Sunday".
_AMONG_THE_MEASURES = regex.compile(
    r"""[^.;]{0,100}?\b(?:was|were|is|are)\ among\ (?:the\ )?(?:[\w-]+\ ){0,2}(?:tariffs|duties|levies|measures)\ 
        (?:to\ be\ |being\ )?(?P<verb>eliminated|removed|scrapped|lifted|abolished|suspended|paused)\b""",
    regex.VERBOSE | regex.IGNORECASE)
# An order still to be signed, before its participle: "would sign an order imposing".
_ORDER_TO_COME = regex.compile(r"""\b(?:will|would|to|plans?\ to|shall)\ (?:sign|issue)\ (?:an?\ |the\ )?(?:executive\ )?
                                  (?:orders?|proclamations?|decrees?)\ $""", regex.VERBOSE | regex.IGNORECASE)
# A cut someone only asks for: "recommended that the tariff be cut to 5 per cent"
_ASKED_FOR = regex.compile(r"\b(?:propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\ for)"
                           r"(?=\ (?:that\ )?(?:the\ |its\ |their\ )?(?:[\w-]+\ ){0,3}(?:be\ )?(?:cut|lowered|reduced|halved)\b)",
                           regex.IGNORECASE)
_FUTURE_PASSIVE = regex.compile(r"\b(?:will|would|shall|to)\ (?:also\ |then\ |now\ |soon\ )?be\ $", regex.IGNORECASE)
_PASSIVE = regex.compile(r"\b(?:was|were|is|are|be|been|being|get|got)\s+(?:\w+ly\s+)?$", regex.IGNORECASE)
# A removal/pause/cut verb is about a tariff when one follows it closely.
_ABOUT_A_TARIFF = regex.compile(
    r"""[^.;]*?\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax\w*|rates?|measures?|countermeasures?|sanctions?|them|it|
                   penalt(?:y|ies))\b""", regex.VERBOSE | regex.IGNORECASE)


# Those a tariff hits, warning of what it will do: not the imposer threatening it.
_AFFECTED_WARNER = regex.compile(r"""\b(?:exporters|importers|producers|makers|manufacturers|farmers|growers|companies|
                                     industry|industries|firms|businesses|retailers|economists|analysts|traders|
                                     associations?|groups|unions|distillers|mills|sawmills|shippers)\b[^.;]{0,40}$""",
                             regex.VERBOSE | regex.IGNORECASE)
_WARNED_THAT = regex.compile(r"(?:\ on\ \w+|\ \w+day)?\ that\ (?:an?|the|its|their)\ [^,;]{0,30}$", regex.IGNORECASE)


def _nearest_cue(s: str, cues: list[tuple[int, str, regex.Match]], start: int, end: int, lo: int, hi: int,
                 skip_state_after: bool = False, skip: list[tuple[int, int]] = ()):
    best: tuple[int, int, int, str, str] | None = None
    condition = _CONDITION.search(s, end) if "unless" in s or "if " in s else None
    for order, status, m in cues:
        if condition is not None and m.start() >= condition.start():
            continue  # "threatening a 200% tariff ... unless the bloc drops the whiskey levy": the condition's verb
        if m.start() < lo or m.end() > hi or (m.start() >= start and m.end() <= end) \
                or (m.start() < end and m.end() > start and m.start() >= start):
            continue  # outside the window, or inside the rate expression ("would range from 37.2% to 67.9%" counts)
        if skip_state_after and m.start() >= end and _STATE_CUE.match(m.group(0)) \
                or skip and any(a <= m.start() < b for a, b in skip):
            continue
        rank = order
        if status == "planned" and m.start() >= 4 and _PLUPERFECT.search(s, max(0, m.start() - 12), m.start()):
            rank = _WEAK_CUE   # "the tariffs it had planned", "the 10% he had announced": another verb decides
        if status != "in_force" and m.end() <= start and start - m.end() <= 25 \
                and _DESCRIPTIVE.search(s, max(0, m.start() - 5), m.start()) \
                and not m.group(0).lower().startswith(("could ", "would ", "might ", "may ", "will ")):
            # "dropped a threatened additional 100% tariff": the clause's verb decides; but "a review that could
            # lead to tariffs of 25%": a modal is the relative clause's own verb
            rank = _WEAK_CUE
        if status in ("removed", "paused", "reduced") and not _ABOUT_A_TARIFF.match(s, m.end(), min(len(s), m.end() + 70)) \
                and not (m.end() <= start and start - m.end() <= 70) \
                and not (m.start() >= end and m.start() - end <= 70
                         and (_PASSIVE.search(s, end, m.start()) or m.group(0).lower() == "on hold"
                              or m.group(0).lower() == "gone" or m.group(0).endswith(" nothing")
                              # the tariff is the subject of an intransitive end: "the 10% tariff ... will disappear"
                              or m.group(0)[:4].lower() in ("disa", "vani"))):
            continue  # "if the bloc did not remove its barriers": the verb is about something else
        if status == "threatened" and m.start() >= end and _threatens_otherwise(s, m):
            continue  # "Trump's 50 per cent tariffs was threatening to swamp Canadian mills": the tariff threatens
        if status == "threatened" and m.end() <= start and m.group(0)[:4].lower() == "warn" \
                and _WARNED_THAT.match(s, m.end(), start) and _AFFECTED_WARNER.search(s, max(0, m.start() - 60), m.start()):
            continue  # "Bangladesh's garment exporters warned that a 35% U.S. tariff ...": no threat of theirs
        if status in ("threatened", "proposed") and not (m.end() <= start and start - m.end() <= 70) \
                and not (m.start() >= end and m.start() - end <= 40) \
                and not _ABOUT_A_TARIFF.match(s, m.end(), min(len(s), m.end() + 50)) and not _TO_ACT.match(s, m.end()):
            continue  # "imports threaten American mills with injury", "what Washington considers subsidized"
        if status == "in_force" and _ORDER_TO_COME.search(s, max(0, m.start() - 50), m.start()):
            status = "planned"  # "said he would sign an order imposing a 10% global tariff"
        if status == "in_force" and s.endswith("be ", 0, m.start()) \
                and _FUTURE_PASSIVE.search(s, max(0, m.start() - 16), m.start()):
            status = "planned"  # "will be hit with a 40% levy", "is to be levied"
        if status in ("removed", "paused", "reduced") and _REFUSED.search(s, max(0, m.start() - 30), m.start()):
            status = "in_force"   # "refused to exempt Indian steel ... from its tariffs of 25%": they stay
        distance = start - m.end() if m.end() <= start else m.start() - end
        # cues after the rate weigh a little more distance: "a 24% tariff ... is set to take effect"
        key = (rank == _WEAK_CUE, distance if m.end() <= start else distance + 10, rank, status, m.group(0),
               m.end())
        if best is None or key[:3] < best[:3]:
            best = key
    return best


_CONDITION = regex.compile(r"\b(?:unless|if)\b", regex.IGNORECASE)
_REFUSED = regex.compile(r"""\b(?:refus\w+|declin\w+|reject\w*|did\ not|didn't|does\ not|doesn't|do\ not|don't|won't|
                             will\ not|would\ not|wouldn't|has\ not|have\ not|hasn't|haven't|no\ plans?)\ (?:to\ )?(?:\w+\ )?$""",
                      regex.VERBOSE | regex.IGNORECASE)
_CONDITIONAL = regex.compile(
    r"""\b(?:would|could|might)\b.{0,260}?\b(?:if|unless)\b
      | \b(?:if|unless)\b.{0,120}?\b(?:would|could|might)\b
      | ^\W*(?:if|unless)\b[^;]{0,120}?,\ [^;]{0,60}?\bwill\b   # "If this Tariff is not removed, the U.S. will ..." """,
    regex.VERBOSE | regex.IGNORECASE,
)


_MONTHS = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|march|april|may|june|july|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
_UNLESS_AFTER_START = regex.compile(
    rf"""\b(?:from|starting|beginning|effective|as\ of)\ (?:on\ )?{_MONTHS}\b[^;]{{0,40}}?\bunless\b""",
    regex.VERBOSE | regex.IGNORECASE)
_DATED_START = regex.compile(rf"(?:from|effective\ (?:from|on|as\ of))\ {_MONTHS}\b", regex.IGNORECASE)
_MODAL_THREAT = regex.compile(r"\b(?:could|may|might)\ (?:\w+\ )?(?:impose|slap|face|hit|raise|levy|apply)\b",
                              regex.IGNORECASE)
_SCHEDULED = regex.compile(r"\b(?:take|takes|taking|go|goes|come|comes)\ (?:effect|into\ effect|into\ force)\b",
                           regex.VERBOSE | regex.IGNORECASE)


# "... but immediately suspended them", "... and later lifted the duties": what happened to the measure last.
_LATER_STATE = regex.compile(
    r"""\b(?P<verb>suspend\w*|paus\w*|delay\w*|postpon\w*|lift\w*|scrap\w*|withdr[ae]w\w*|revok\w*|rescind\w*)
        \ (?:them|it|the\ (?:tariffs?|duties|levy|levies|measures?)|those|these)\b""",
    regex.VERBOSE | regex.IGNORECASE)
# What became of the measure, said after the rate whatever verb came before it: "... were suspended
# indefinitely", "... and then suspended for 90 days", "will now remain suspended", "kept ... suspended".
_AFTERWARDS = regex.compile(
    r"""\b(?:(?:was|were|is|are|been|be|remains?|remained|stays?|stayed)\ ["“'‘]?(?:now\ |then\ |also\ |later\ |\w+ly\ )?
           ["“'‘]?(?P<verb>suspended|paused|delayed|postponed|lifted|scrapped|withdrawn|revoked|rescinded|removed|eliminated)
         | (?:and|but)\ (?:then\ |later\ |subsequently\ |immediately\ |quickly\ )?
           (?P<verb>suspended|paused|delayed|postponed|lifted|scrapped|withdrew|revoked|rescinded|removed|dropped)\b
           (?!\ (?:an?|the|its|their|his|her|them|it|those|these)\b)   # with an object it may be another measure
         | (?:keep|keeps|kept|keeping)\ [^.;,]{1,80}?\ (?P<verb>suspended|paused))\b""",
    regex.VERBOSE | regex.IGNORECASE)
# ... or a schedule that did not happen: "would have imposed duties of 25% ..., with a first batch due on April 15"
_WHICH_BEFORE = regex.compile(r",\ (?:which|that)\ (?:were|was|are|is|had\ been|have\ been)\b[^,;]*$|\bwould\ have\ \w+\ [^,;]*$",
                              regex.IGNORECASE)
# A plan overtaken: "had been due to take effect on Monday" (and was then put off).
_IN_RELATIVE = regex.compile(r"\b(?:which|that|who)\ (?:\w+\ )?$", regex.IGNORECASE)
_CONTINUING = regex.compile(r"will\ (?:keep|stay|remain|still|continue)", regex.IGNORECASE)
# "hours before a 30% levy on Mexican goods was due to take effect" in a sentence about a reprieve
_WAS_DUE = regex.compile(r"[^;]{0,80}?\b(?:was|were)\ (?:due|scheduled|set|slated)\ to\b", regex.IGNORECASE)
_OVERTAKEN_PLAN = regex.compile(r"\bhad\ been\ (?:due|scheduled|set|slated|expected|planned)\b", regex.IGNORECASE)
# A pause as the sentence's subject: "The pause covers the higher rates announced last week, including 20% ..."
_PAUSE_SUBJECT = regex.compile(
    r"""\s*(?:The|This|That|A|Its|Their)\ (?:\w+\ ){0,2}?(?P<verb>pause|suspension|delay|reprieve)\ (?:\w+\ )?
        (?:covers|applies|includes|affects|extends|spares)\b""", regex.VERBOSE)
_LATER_STATES = {"susp": "paused", "paus": "paused", "dela": "paused", "post": "paused", "lift": "removed",
                 "scra": "removed", "with": "removed", "revo": "removed", "resc": "removed", "remo": "removed",
                 "elim": "removed", "drop": "removed", "repr": "paused"}


_DOWN_FROM = regex.compile(r""",?\ (?P<verb>down|lowered|cut|reduced)\ from\ (?:the\ |an?\ |its\ |their\ )?(?:[\w-]+\ )?
                               (?:[\d.]+\ ?(?:%|percent|per\ cent|pct))""", regex.VERBOSE | regex.IGNORECASE)
_OFFERED = regex.compile(r"""\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing))\ to\ (?:\w+\ )?(?:cut|lower|reduce|scrap|eliminate|
                               remove|drop|halve|slash|lift|phase\ out)\b[^.;%]{0,110}$""", regex.VERBOSE | regex.IGNORECASE)
# The rate's own relative clause: its noun phrase, then "that"/"which", an optional agent, the verb.
# Without a comma it restricts the noun ("the 10% levy that now applies"); with one it counts only when the
# sentence ends with it (not "The 25% tariffs, which were suspended last year, will take effect on Monday").
_OWN_RELATIVE = regex.compile(
    r"""(?:\ (?!(?:and|or|but|while)\b)[\w.'’-]+){0,5}?(?P<sep>,)?\ (?:that|which)\ 
        (?:(?:the\ )?(?-i:[A-Z][\w.]*)(?:\ (?-i:[A-Z][\w.]*))?\ |it\ |they\ |he\ |she\ )?
        (?:(?:agreed|decided|plans?|promised|pledged)\ to\ |had\ |has\ |have\ |later\ |then\ )?
        (?P<verb>suspended|paused|lifted|scrapped|removed|phase\ out|phased\ out|eliminated|abolished|
           # "the 25 per cent tariff on imported vehicles that the United States began collecting on Thursday"
           (?:began|started)\ (?:collecting|charging|applying|imposing)|
           (?<=(?:now|already|currently|still)\ )appl(?:y|ies)|remains?\ in\ (?:place|force|effect))\b""",
    regex.VERBOSE | regex.IGNORECASE)
_OWN_RELATIVE = regex.compile(_OWN_RELATIVE.pattern.replace(
    r"""(?:(?:agreed|decided""", r"""(?:(?:now|already|currently|still)\ )?(?:(?:agreed|decided"""),
    regex.VERBOSE | regex.IGNORECASE)
_CLAUSE_GOES_ON = regex.compile(r"""[^.;]*?,\ (?:will|would|is|are|was|were|has|have|had|remains?|could|may)\b""",
                                regex.VERBOSE | regex.IGNORECASE)
# The rate inside a relative clause on the object of a removal: "agreed to scrap its tariffs on American cars,
# which currently run as high as 30%".
_ACTED_ON_ANTECEDENT = regex.compile(
    r"""\b(?P<verb>scrap|scraps|scrapped|lift|lifts|lifted|remove[sd]?|eliminat(?:e|es|ed)|abolish(?:es|ed)?|
           phase\ out|phased\ out|suspend(?:s|ed)?|pause[sd]?)
        \ (?:its|their|the|all|his|her)\ (?:[\w-]+\ ){0,3}?(?:tariffs?|duties|dut(?:y)|levies|levy)\b[^,;%]{0,60},
        \ (?:which|that)\ [^,;%]{0,40}$""", regex.VERBOSE | regex.IGNORECASE)
# A participle right after the rate's noun: "a higher 20% rate suspended until July 8".
_OWN_PARTICIPLE = regex.compile(
    r"""(?:\ (?!(?:and|or|but|was|were|is|are|be|been|has|have|had|will|would)\b)[\w.'’-]+){0,3}?
        \ (?P<verb>suspended|paused|lifted|scrapped|removed|delayed|postponed)
        \ (?:until|till|for|since|in|last|through|pending|indefinitely|earlier)\b""", regex.VERBOSE | regex.IGNORECASE)
# The rate inside a relative clause that says its payers pay it now: "European cars, which now pay 27.5%, ...".
_WHICH_NOW_PAY = regex.compile(
    r""",\ (?:which|who|that)\ (?P<state>now|already|currently|still)\ (?:pay|pays|face|faces|carry|carries|attract|attracts)
        \ (?:an?\ |the\ )?(?:[\w-]+\ ){0,3}?$""", regex.VERBOSE | regex.IGNORECASE)
# The rate inside a relative clause on a standing tariff: "China's regular import tariffs, which for passenger cars
# range from 70 percent to 80 percent".
_STANDING_ANTECEDENT = regex.compile(
    r"""\b(?P<word>regular|existing|current|standard|normal|most-favou?red-nation|MFN|longstanding|long-standing)
        \ (?:[\w-]+\ ){0,2}?(?:tariffs?|duties|duty|rates?)\b[^,;%]{0,40},\ (?:which|that)\ [^,;%]{0,50}$""",
    regex.VERBOSE | regex.IGNORECASE)
_HELD_OR_ENDED = regex.compile(r"suspended|paused|lifted|scrapped|removed|delayed|postponed", regex.IGNORECASE)
# "..., which took effect the same day": no other rate in between.
_WHICH_TOOK_EFFECT = regex.compile(
    r"""[^,;%]{0,80}?,?\ (?:which|that)\ (?:\w+\ )?(?P<verb>took\ effect|went\ into\ (?:effect|force)|came\ into\ (?:effect|force)|
        kicked\ in)\b""", regex.VERBOSE | regex.IGNORECASE)
# A relative clause without "that", its agent named: "the 25% rate President Donald Trump had threatened".
_AGENT_HAD = regex.compile(
    r"""(?:\ (?!(?:and|or|but|was|were|is|are|had|has|have)\b)[\w-]+){0,2}?\ (?:that\ |which\ )?(?:(?-i:[A-Z][\w.]*)\ ){1,3}
        (?:had|has|have)\ (?:\w+ly\ )?(?P<verb>threatened|proposed|suspended|paused|lifted|scrapped|removed)\b""",
    regex.VERBOSE | regex.IGNORECASE)
# The rate as the object of a present-tense clause: "the 2.5% the U.S. charges".
_THEY_CHARGE = regex.compile(
    r"""(?:\ (?!(?:and|or|but|was|were|is|are|will|would)\b)[\w-]+){0,2}?\ (?:the\ (?:[\w.-]+\ ){1,2}|it\ |they\ |(?-i:[A-Z][\w.]*)\ )
        (?:(?P<state>now|still|already|currently)\ )?(?P<verb>charges|applies|levies|collects|imposes)\b""",
    regex.VERBOSE | regex.IGNORECASE)
_RELATIVE_STATES = {"thre": "threatened", "prop": "proposed", "dela": "paused", "post": "paused", "susp": "paused", "paus": "paused", "lift": "removed", "scra": "removed", "remo": "removed",
                    "phas": "removed", "elim": "removed", "abol": "removed", "appl": "in_force",
                    "rema": "in_force", "bega": "in_force", "star": "in_force"}
_PRELIMINARY_DUTY = regex.compile(
    r"""\b(?P<word>preliminary|provisional)\ (?:[\w.-]+\ ){0,3}?(?:duties|duty|tariffs?|rates?|margins?|deposits?)
        \ (?:of\ )?(?:between\ |up\ to\ |as\ high\ as\ |(?:[\d.]+\ ?(?:%|percent|per\ cent|pct)?\ (?:and|to)\ ))?$""",
    regex.VERBOSE | regex.IGNORECASE)
# "published a list of Chinese goods worth about $3 billion a year that would face punitive tariffs of 100 per
# cent": goods put on a list are a proposal.
_HIT_LIST = regex.compile(
    r"""\b(?P<list>(?:published|released|unveiled|issued|drew\ up|posted|announced)\ (?:a|an|its|the)\ (?:[\w-]+\ ){0,2}?list)\b
        [^;%]{0,140}?\b(?:would|could|will|might)\ (?:\w+\ )?(?:face|be\ subject\ to|be\ hit)\b""",
    regex.VERBOSE | regex.IGNORECASE)


def in_relative_schedule(s: str, start: int) -> bool:
    """Is the rate at ``start`` inside a relative clause on its measure ("tariffs, which were due to start at 5%
    on Monday ..., had been suspended")? The clause's date is the suspended schedule's."""
    return _WHICH_BEFORE.search(s, max(0, start - 60), start) is not None


def is_conditional(s: str, cue: str = "") -> bool:
    """A consequence under a condition is a threat: "would impose ... if Washington did not withdraw".

    A schedule with an escape clause is not: "would take effect on Dec. 5 unless an agreement is reached",
    "said it would impose 200 pct duties ... from December 5 unless the EC agrees" (a decision with a
    start date; "could face duties from June unless" stays a threat).
    """
    if _CONDITIONAL.search(s) is None or _SCHEDULED.search(s) is not None:
        return False
    return not (cue[:5].lower() in ("would", "will ") and _UNLESS_AFTER_START.search(s))


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
    r"""\b(?:from|starting|effective|as\ of|beginning|begins?|effect|force|by|before|until|since|
          kicks?\ in|start(?:s|ed)?|due|slated|scheduled|set|follow(?:s|ing)?|on\ or\ after)\ (?:on\ |in\ |from\ )?(?:the\ )?$""",
    regex.VERBOSE | regex.IGNORECASE)
_SAID_BEFORE_DATE = regex.compile(r"""\b(?:said|says|told|announced|met|signed|spoke|speaking|wrote|posted)
                                      \ (?:\w+\ )?(?:on\ |late\ |early\ )?$""", regex.VERBOSE | regex.IGNORECASE)


# "leaves the rates in place until Oct. 14": when a measure ends, not when it takes effect.
_END_BEFORE_DATE = regex.compile(r"\b(?:in\ (?:place|force|effect)|remain\w*|stay\w*)\b[^.;]{0,110}?\b(?:until|till|through)\ $"
                                 r"|\b(?:expir\w*|lapse[sd]?|run\ out)\ (?:in\ |on\ |at\ the\ end\ of\ )?$",
                                 regex.IGNORECASE)
# Cues that say the measure is in force now; a future date elsewhere in the sentence is another measure's.
_STATE_CUE = regex.compile(r"""(?:current(?:ly)?|now\ [\d.].*|existing|in\ place|in\ effect|in\ force|already|remains?\ at|
                               still\ \w+|standard|
                               will\ (?:keep|stay|remain|still|continue)|
                               keep|keeps|kept|keeping|maintains|maintained|
                               longstanding|long-standing|prevailing|since\b.*|'s)$""", regex.VERBOSE | regex.IGNORECASE)


def is_timing_cue(cue: str | None) -> bool:
    """True when the status was read from a start date alone ("from June 1"), not from a verb."""
    return cue is not None and _DATED_START.match(cue) is not None


def is_weak_cue(cue: str | None) -> bool:
    """True when the status was read from a weak verb ("faces", "is", "pay") or from nothing."""
    return cue is None or _STATUS_CUES[_WEAK_CUE][1].fullmatch(cue) is not None


_PRESENT_RISE = regex.compile(_PRESENT_RISE_WORDS, regex.VERBOSE | regex.IGNORECASE)


def is_present_rise(cue: str | None) -> bool:
    """True for a present-tense rise ("rises to 30%"): news of a step, in force or dated for later."""
    return cue is not None and _PRESENT_RISE.fullmatch(cue) is not None


def is_state_cue(cue: str | None) -> bool:
    """True for "existing", "already", "in place": the wording says the rate applies now."""
    return cue is not None and _STATE_CUE.match(cue) is not None


def effective_date(s: str, start: int, dates: list, lo: int = 0, hi: int | None = None, end: int | None = None):
    """The date the rate takes effect, and whether an effect word introduced it.

    Dates in the rate's clause s[lo:hi] come first ("rise to 25 percent from 10 percent on Jan. 1, 2019, ...
    from Sept. 24"); among them, and then among the rest, dates introduced by an effect word ("from Aug. 1",
    "take effect in July") or standing after the rate win, then the nearest. A date that only says when
    something was said ("said on Wednesday") is not an effective date.
    """
    hi = len(s) if hi is None else hi
    end = start if end is None else end
    best = None
    for d in dates:
        before = s[max(0, d.char_start - 30):d.char_start]
        if _SAID_BEFORE_DATE.search(before) or _END_BEFORE_DATE.search(s, max(0, d.char_start - 120), d.char_start):
            continue
        preferred = _EFFECT_BEFORE_DATE.search(before) is not None
        key = (not lo <= d.char_start < hi, not (preferred or d.char_start >= end), abs(d.char_start - start),
               not preferred)
        if best is None or key < best[0]:
            best = (key, d)
    return (best[1], not best[0][3]) if best else (None, False)


# "until July 9" says when a paused tariff would apply; any other date of a paused one is the old schedule
_UNTIL_BEFORE_DATE = regex.compile(r"\b(?:until|till)\ (?:at\ least\ )?$", regex.IGNORECASE)


def paused_until(s: str, d) -> bool:
    """True when the date is the end of a pause ("delay a 50% tariff ... until July 9")."""
    return _UNTIL_BEFORE_DATE.search(s, max(0, d.char_start - 20), d.char_start) is not None


