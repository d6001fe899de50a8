"""Whether a trigger is asserted: is_negated, is_hypothetical, is_habitual, has_future, counterfactual,
is_purpose_infinitive and the checks they share read one token's clause and say whether it tells an act that
happened (not one denied, conditional, wished, intended, promised, habitual or standing).

Syntax only (spaCy tokens by duck typing), no lexicon and no actors; the word sets these checks use, and the
shared ones the other events modules read (SUBJ, SPEECH, ACT_NOUNS, …), live here as the lowest module.
"""
from __future__ import annotations


SUBJ = {"nsubj", "nsubjpass", "csubj"}
NEGATIONS = {"not", "n't", "never", "no", "nor"}
PERMITTING = {"allow", "permit", "enable", "let", "authorize", "authorise"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "must"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
# Governing verbs that turn an act into an intention, wish or plan: not an event that happened.
IRREALIS = {"hope", "want", "wish", "seek", "plan", "intend", "aim", "try", "attempt", "consider", "study",
            "discuss", "expect", "need", "hop", "desire", "prefer", "mull", "weigh", "like", "fail", "refuse",
            "avoid", "prevent", "deny", "stop", "help", "able", "unable", "possible", "necessary", "important",
            "need", "emphasize", "stress", "underline", "call", "urge", "right", "ability", "capacity", "chance",
            "option", "bid", "effort", "goal", "objective", "purpose", "mission", "aim", "intention", "plan",
            "proposal", "way", "authority", "power", "decide", "vote", "threaten", "warn", "ready", "prepared",
            "willing", "agree", "propose", "offer", "promise", "pledge", "vow", "invite", "commit",
            "readiness", "willingness", "preparedness", "desire", "eagerness", "interested", "keen",
            "encourage", "ask", "press", "persuade", "convince", "responsibility", "duty", "obligation",
            "mandate", "committed", "determined", "resolved", "commitment", "opportunity", "occasion"}
# "looks forward to the day when they sign", "awaits the moment when": an awaited act, not yet done
ANTICIPATED_TIMES = {"day", "time", "moment", "date", "hour"}
ANTICIPATING = {"await", "anticipate", "expect", "envisage", "envision", "foresee"}
# "the agreement on sending troops", "a plan for deploying": the act an agreement or plan provides for
PLANNED_ACTS = {"agreement", "deal", "accord", "plan", "proposal", "initiative", "treaty", "pact", "offer",
                "idea", "scheme", "arrangement", "understanding", "roadmap", "framework", "memorandum"}
WOULD_WISH = {"welcome", "like", "love", "appreciate", "prefer"}  # "said it would welcome talks": a wish
ONLY_CONDITIONS = {"after", "when", "once", "if"}
MEANS_PREPS = {"by", "in", "through", "via"}  # "urged X to help by hosting talks": the means share the request  # "will sign only after Armenia amends": a condition
DEMAND_NOUNS = {"resolution", "motion", "bill", "petition", "ultimatum"}
GENERIC_PEOPLE = {"those", "anyone", "anybody", "whoever", "whomever", "everyone"}
DEMANDED = {"demand", "request", "call", "condition", "precondition", "wish"}  # nouns whose content is asked for
PURPOSES = {"goal", "aim", "objective", "purpose", "mission", "plan", "intention", "idea", "task", "target"}
SPANS_OF = {"year", "decade", "month", "week", "century"}  # "forty years of fighting terrorism": a record
HABITUAL = {"always", "routinely", "usually", "traditionally", "habitually", "often", "constantly", "regularly"}
LONG_STANDING = {"long", "longtime"}  # "has long supported a two-state solution": a stance held, not an act
# Nouns are events only where the sentence presents them as happening: "in a meeting with", "held talks".
EVENT_NOUN_PREPS = {"in", "during", "at", "after", "following", "on", "via", "through", "amid", "before", "by",
                    "since", "despite"}
# "the target of an attack", "in the wake of the strikes": nouns whose of-phrase is an act that happened
EVENT_FRAMES = {"target", "victim", "wake", "aftermath", "result", "scene", "site", "series", "wave", "spate",
                "day", "anniversary", "toll", "casualties"}
SPEECH = {"say", "add", "state", "tell", "note", "stress", "emphasize", "emphasise", "underline", "announce",
          "declare", "insist", "argue", "claim", "explain", "assert", "remark", "write", "tweet", "affirm",
          "reiterate", "point", "maintain", "ensure", "describe", "quote", "report", "confirm", "believe",
          "think", "mention"}
# Nouns that name an act already reported: "condemned the operation" points at whoever carried it out.
ACT_NOUNS = {
    **dict.fromkeys(("attack", "strike", "airstrike", "bombing", "offensive", "operation", "invasion", "incursion",
                     "raid", "assault", "killing", "assassination", "shelling", "violence", "seizure", "detention",
                     "arrest", "capture", "confiscation", "abduction", "kidnapping", "execution", "stabbing", "shooting",
                     "massacre", "ambush"), "violence"),
    **dict.fromkeys(("agreement", "deal", "accord", "memorandum", "memoranda", "treaty", "pact"), "AGREE"),
    **dict.fromkeys(("summit", "meeting", "talks", "conference", "conclusion"), "CONSULT"),
    **dict.fromkeys(("sanction", "ban", "listing", "embargo", "designation", "blacklisting"), "SANCTION"),
    **dict.fromkeys(("launch", "test"), "violence"),  # "condemned the launch": the missile fired before
    **dict.fromkeys(("decision", "move", "vote", "resolution", "measure", "step", "action", "plan"), "deed"),
    **dict.fromkeys(("statement", "remark", "comment", "criticism", "condition", "precondition"), "saying"),
    **dict.fromkeys(("accusation", "allegation", "claim", "charge"), "ACCUSE"),
    **dict.fromkeys(("warning", "threat", "ultimatum"), "THREATEN"),
    **dict.fromkeys(("request", "demand", "call", "appeal"), "REQUEST"),
    **dict.fromkeys(("offer", "proposal", "invitation"), "offer"),
}


def is_negated(tok) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("det", "advmod") for c in tok.children):
        return True
    if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in tok.children):
        return True  # "No U.S. or partner forces were injured", "no one was hurt": nobody was
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in ("nothing", "none") and not any(
            m.dep_ in ("amod", "advmod", "prep") and m.lower_ in ("less", "short", "more", "but", "except")
            for m in c.children) for c in tok.children):
        return True  # "they have conceded nothing", "accepted none of the demands" (but "demanded nothing less
        # than a full withdrawal" demands it)
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in NEGATIONS for a in aux for c in a.children)


def refuses_for_ever(tok) -> bool:
    """"would never accept", "will never recognise": a refusal stated for all time is a stance, not a rejection
    of something put to the refuser (a plain "did not accept the offer" is one)."""
    return any(c.lower_ == "never" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for c in tok.children)


def is_habitual(tok) -> bool:
    """Standing positions ("has always voiced", "routinely condemns") are not events."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() \
            in SPANS_OF and any(c.dep_ == "nummod" for c in tok.head.head.children):
        return True  # "everything we learned in forty years of fighting terrorism": a record, not an act
    t = clause_root(tok)
    if describes_its_noun(t) or tallies_acts(t):
        return True
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tallies_acts(tok.head):
        return True  # the light verb's noun: "has carried out several attacks"
    if any(c.dep_ == "advmod" and c.lower_ in LONG_STANDING for c in list(tok.children) + list(t.children)) \
            and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in list(tok.children) + list(t.children)):
        return True
    if repeated_over_time(tok) or repeated_over_time(t) or t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH and repeated_over_time(t.head):
        return True  # "has repeatedly called for", "have said since 2023 that they will target"
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in list(tok.children) + list(t.children))


REPEATEDLY = {"repeatedly", "consistently", "continually", "persistently", "frequently"}
SPANS = SPANS_OF | {"years", "decades", "months", "weeks"}
# words said again and again make a position; deeds done for years ("has fought the government for 15 years")
# are background the gold codes
STATING = SPEECH | {"call", "urge", "demand", "ask", "appeal", "press", "warn", "threaten", "accuse", "blame",
                    "condemn", "criticise", "criticize", "deny", "reject", "vow", "pledge", "promise", "praise",
                    "voice", "raise", "express"}


def repeated_over_time(verb) -> bool:
    """A statement in the present perfect made again and again, or since a date or for years ("has repeatedly
    called for", "have said since 2023", "has for years urged"): a standing position, not one act."""
    if verb.lemma_.lower() not in STATING:
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in REPEATEDLY for c in verb.children):
        return True
    return any(c.dep_ == "prep" and (c.lower_ == "since" and any(g.ent_type_ == "DATE" for g in c.subtree)
                                     or c.lower_ == "for" and any(g.lower_ in SPANS for g in c.children))
               for c in verb.children)


def describes_its_noun(verb) -> bool:
    """"energy facilities that supply the army", "the militia, which receives Iranian arms": a relative clause
    in the simple present says what the noun is or does as a rule, not an act that happened (a past tense,
    "strikes that killed 11", narrates one)."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


VAGUE_COUNTS = {"several", "many", "numerous", "multiple", "countless", "dozens", "scores", "hundreds"}


def tallies_acts(verb) -> bool:
    """"The group has carried out several large attacks this year": a present perfect over an uncounted
    number of acts sums up a record; the dated acts are the events (ANNOTATION.md: no aggregate events)."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS"]
    objs += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in VAGUE_COUNTS]  # "hundreds of attacks"
    return any(o.lower_ in VAGUE_COUNTS or any(q.lower_ in VAGUE_COUNTS and q.dep_ in ("amod", "nummod", "det")
                                                for q in o.children) for o in objs)


def states_terms(tok) -> bool:
    """"Under the agreement, Jordan and Iraq cooperate …", "Based on the deal, they work together": the
    present tense under an agreement states what it provides, not an act done (a past tense narrates one)."""
    t = clause_root(tok)
    if t.tag_ not in ("VBP", "VBZ") and not (t.tag_ == "VB" and t.dep_ == "xcomp"):
        return False
    for prep in t.children:
        frame = next((g for g in prep.children if g.dep_ == "prep" and g.lower_ == "on"), prep) \
            if prep.lower_ == "based" else prep
        if prep.lower_ in ("under", "based") and any(
                g.dep_ == "pobj" and ACT_NOUNS.get(g.lemma_.lower()) == "AGREE" for g in frame.children):
            return True
    return False


def clause_root(tok):
    while tok.dep_ in ("xcomp", "conj", "aux", "auxpass") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def gerund_conjunct_host(t):
    """"we are issuing an order that enhances our ability to impose costs … and announcing new sanctions": a
    gerund the parser conjoins to an infinitive does not share its "to"; it is the conjunct of the gerund above
    it, which is returned in its place (any other token is returned as it is)."""
    if t.dep_ == "conj" and t.tag_ == "VBG" and t.head.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in t.head.children):
        return next((a for a in t.ancestors if a.tag_ == "VBG" and a.i < t.head.i), t)
    return t


def is_hypothetical(tok) -> bool:
    """Conditional, modal or merely intended: "if X attacks", "could strike", "hopes to visit"."""
    t = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and (
            tok.head.lower_ in EVENT_NOUN_PREPS - {"on", "by"}
            or (tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in EVENT_FRAMES)):
        return False  # "in the wake of the attack", "during the meeting": presented as having happened
    while t.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "attr") and t.head.i != t.i:
        t = t.head  # a nominal act takes the modality of the verb it hangs on: "hopes to host talks"
    if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.head.tag_ == "VB" and t.head.dep_ == "xcomp":
        t = t.head.head  # "urged X to reconsider and spoke with Y": a past tense is not under "urged to"
    t = gerund_conjunct_host(t)
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in t.children):
            reported_future = t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH and all(
                c.lower_ == "would" for c in t.children if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX) \
                and t.lemma_.lower() not in WOULD_WISH and not counterfactual(t)
            if not reported_future:  # "Israel said it would withdraw" announces; "it would respond if" does not
                return True
        if t.dep_ in ("xcomp", "ccomp", "acl", "pcomp") and t.head.lemma_.lower() in IRREALIS and t.head.i != t.i \
                and not (t.dep_ == "acl" and t.tag_ in ("VBG", "VBN", "VBD") and t.head.pos_ == "NOUN") \
                and not committed_act(t):
            # ("the calls by officials asking the US to waive": a participle describes the calls, it is what
            # they did; only an infinitive, "calls to expel", is the content wished for; a commitment's act is
            # promised, coded as a future act; a past participle, "has flown 500 missions, conducted 100 raids",
            # tells what was done)
            return True
        if t.dep_ == "relcl" and t.head.lemma_.lower() in ANTICIPATED_TIMES and (
                t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in ANTICIPATING
                or t.head.dep_ == "pobj" and t.head.head.lower_ == "to"
                and any(c.lower_ == "forward" for c in t.head.head.head.children)):
            return True  # "looks forward to the day when the leaders sign": awaited, not done
        if t.dep_ in ("pcomp", "acl") and t.tag_ in ("VBG", "VB") and (
                t.head.lower_ in ("on", "for", "about", "of") and t.head.dep_ == "prep"
                and t.head.head.lemma_.lower() in PLANNED_ACTS
                or t.dep_ == "acl" and t.head.lemma_.lower() in PLANNED_ACTS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            return True  # "the agreement on sending soldiers", "a plan to deploy": provided for, not done
        if t.tag_ in ("VB", "VBZ", "VBP") and any(
                c.dep_ == "advcl" and c.tag_ in ("VBZ", "VBP") and any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in ONLY_CONDITIONS and (
                        any(o.lower_ == "only" for o in m.children)
                        or any(o.lower_ == "only" and o.i < m.i for o in c.children)) for m in c.children)
                for c in t.children):
            return True  # "will sign only after Armenia amends", "would withdraw only when the army proves"
        if t.dep_ == "advcl" and t.head.lemma_.lower() in IRREALIS and t.head.i != t.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and t.i > t.head.i:
            return True  # "committed to disarm the groups" read as a purpose clause: still the commitment's content
        if t.dep_ == "relcl" and t.head.lower_ in GENERIC_PEOPLE:
            return True  # "those who attack us will pay": anyone who might, not an attack that happened
        if t.dep_ in ("acl", "amod") and t.tag_ == "VBN" and t.head.lower_ in GENERIC_PEOPLE \
                and not any(c.dep_ == "agent" for c in t.children):
            return True  # "the recovery of those injured": who they are, not an act (the attack is coded)
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.lower_ in GENERIC_PEOPLE:
            return True  # "those living in or visiting Hong Kong": who they are
        if is_purpose_infinitive(t):
            return True  # "a naval coalition to patrol the Gulf", "take actions to deny it a haven": an aim
        if t.dep_ in ("xcomp", "attr", "ccomp") and t.head.lemma_ == "be" and (any(
                w.lemma_.lower() in PURPOSES for c in t.head.children if c.dep_ == "nsubj"
                for w in [c] + [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children])
                or (t.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))):
            return True  # "one of the goals is to encourage trade", "under the deal, Israel is to withdraw"
        if t.dep_ in ("xcomp", "ccomp", "dobj", "attr") and t.head.lemma_.lower() in ("include", "be") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in DEMANDED for c in t.head.children):
            return True  # "their demands have included dissolving parliament": what was asked for, not done
        if any(c.dep_ == "mark" and c.lower_ in ("until", "till", "once") for c in t.children) \
                and t.tag_ in ("VBZ", "VBP", "VB"):
            return True  # "protests until the government expels the ambassador": not (yet) done
        if t.dep_ == "conj" and t.tag_ in ("VBZ", "VBP") and t.head.tag_ == "VB" \
                and not any(c.dep_ in SUBJ for c in t.children) and any(
                    t.head.i < u.i < t.i and u.tag_ in ("VBZ", "VBP") and any(
                        m.dep_ == "mark" and m.lower_ in ("until", "till") for m in u.children) for u in t.sent):
            return True  # "will keep up pressure until it reassesses, ends the violence and …": the parser hung
            # the until-clause's later verbs on the main verb; a present tense beside a future is the clause's
        if (t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl")
                or t.dep_ == "ccomp" and t.head.lemma_.lower() in PERMITTING) and t.head.i != t.i:
            t = t.head  # ("would have allowed China to extradite": the permitted act is as real as the permission)
            if t.dep_ == "prep" and t.head.pos_ in ("VERB", "NOUN") and t.head.dep_ in ("acl", "xcomp", "dobj"):
                t = t.head  # "readiness to play a role in providing aid": the offer's content, through its role
            elif t.dep_ == "prep" and t.lower_ in MEANS_PREPS and t.head.pos_ == "VERB" and t.head.dep_ in (
                    "pcomp", "advcl", "conj"):
                t = t.head  # "call on states to assist in responding … by welcoming refugees": still the request's
            elif t.dep_ == "prep" and t.head.pos_ == "ADJ" and t.head.lemma_.lower() in IRREALIS:
                return True  # "we are interested in sending delegations": a wish
            continue
        break
    return tok.doc[tok.sent.end - 1].text == "?" if tok.sent is not None else False


PURPOSIVE_OBJECTS = {"action", "step", "measure"}  # "took actions to deny", "steps to protect": what they are for
ARRIVING = {"travel", "fly", "go", "come", "arrive", "head", "visit", "return", "meet", "gather", "convene", "call",
            "phone", "telephone"}  # "flew to Paris to sign the deal": a trip's purpose is usually what it did
RANKED = {"first", "last", "only", "latest", "second", "third", "next"}  # "the first leader to visit Iran": done
# "the campaign to liberate Mosul" is the liberating under way; "our resolve to stand with" is a commitment
UNDER_WAY = {"campaign", "operation", "offensive", "battle", "fight", "war", "push", "drive"}


def is_purpose_infinitive(verb) -> bool:
    """An infinitive saying what a thing or act is for: "a coalition to patrol the Gulf" (relative), "To support
    the mission, the US delivered …" (purpose clause), "took actions to deny a safe haven". The aim is not
    asserted as done; the act it serves is the event. A demand's or plan's content has its own rules, and a
    ranked noun ("the first president to visit") or a trip's purpose is told as having happened."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.pos_ == "NOUN":
        return head.lemma_.lower() not in DEMAND_NOUNS | PLANNED_ACTS | UNDER_WAY | COMMITTING | PROMISES \
            and not any(
            c.lower_ in RANKED or c.ent_type_ == "ORDINAL" for c in head.children)
    if verb.dep_ == "advcl" and head.pos_ == "VERB":
        return head.lemma_.lower() not in ARRIVING
    if verb.dep_ == "xcomp" and head.pos_ == "VERB":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in PURPOSIVE_OBJECTS for c in head.children)
    return False


def counterfactual(verb) -> bool:
    """"it would have killed people": what would have happened, neither an act nor an announced one."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)


def has_future(tok) -> bool:
    t = clause_root(tok)
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in list(tok.children) + list(t.children)):
        return True
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in list(tok.children) + list(t.children)) or \
        any(c.lower_ == "going" for c in t.children if c.dep_ == "aux")


def committed_act(tok) -> bool:
    """"underscored the U.S. commitment to support Saudi Arabia": the act a commitment is to is promised, as by
    "will support" (ANNOTATION.md: commitments are AGREE)."""
    return tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.lemma_.lower() == "commitment" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


PROMISES = {"vow", "pledge", "promise", "swear"}


COMMITTING = {"commit", "committed", "commitment", "determined", "determination", "resolve", "resolved"}
