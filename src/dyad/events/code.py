"""code_events(): PLOVER events per sentence from triggers (data/triggers.csv) and the dependency parse.

find_triggers() picks trigger tokens that are asserted (not negated, hypothetical or merely intended);
to_event() reads actor and recipient off the syntax and resolves them with the actor Resolver, using a
small document context for pronouns, "his counterpart" and "the two sides".
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace

from ..actors.resolve import GROUP_WORDS, OFFICE_ROLES, PhraseInfo, Resolver, phrase_head
from ..model import ActorRef, Event, Span
from ..doc_index import ent_at, ents_of, text as doc_text
from .cameo import CameoTable
from .lexicon import Trigger

SUBJ = {"nsubj", "nsubjpass", "csubj"}
NEGATIONS = {"not", "n't", "never", "no", "nor"}
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
            "mandate", "committed", "determined", "resolved", "commitment"}
HEARSAY = {"report", "claim", "allegation", "accusation", "rumour", "rumor", "speculation", "suggestion",
           "suspicion", "assertion", "charge"}
# what a party reports rather than charges: a denial of it answers whoever reported it (an accusation is
# answered through the accusing act, when the article codes one)
REPORTS = {"report", "account", "statement"}
# "looks forward to the day when they sign", "awaits the moment when": an awaited act, not yet done
ANTICIPATED_TIMES = {"day", "time", "moment", "date", "hour"}
ANTICIPATING = {"await", "anticipate", "expect", "envisage", "envision", "foresee"}
# "the agreement on sending troops", "a plan for deploying": the act an agreement or plan provides for
PLANNED_ACTS = {"agreement", "deal", "accord", "plan", "proposal", "initiative", "treaty", "pact", "offer",
                "idea", "scheme", "arrangement", "understanding", "roadmap", "framework", "memorandum"}
WOULD_WISH = {"welcome", "like", "love", "appreciate", "prefer"}  # "said it would welcome talks": a wish
ONLY_CONDITIONS = {"after", "when", "once", "if"}
MEANS_PREPS = {"by", "in", "through", "via"}  # "urged X to help by hosting talks": the means share the request  # "will sign only after Armenia amends": a condition
FORCE_NOUNS = {"aircraft", "jet", "warplane", "plane", "drone", "force", "troop", "soldier", "navy", "army",
               "ship", "warship", "vessel", "artillery", "unit", "fighter", "helicopter", "gunship", "boat"}
REFUSALS = {"accept", "recognize", "recognise", "endorse", "approve"}  # negated, they are rejections
DEMAND_NOUNS = {"resolution", "motion", "bill", "petition", "ultimatum"}
GENERIC_PEOPLE = {"those", "anyone", "anybody", "whoever", "whomever", "everyone"}
THREATENED_SUBJECT = {"face", "pay"}  # "X will face consequences", "X will pay a heavy price"
PURPOSES = {"goal", "aim", "objective", "purpose", "mission", "plan", "intention", "idea", "task", "target"}
SPANS_OF = {"year", "decade", "month", "week", "century"}  # "forty years of fighting terrorism": a record
HABITUAL = {"always", "routinely", "usually", "traditionally", "habitually", "often", "constantly", "regularly"}
LONG_STANDING = {"long", "longtime"}  # "has long supported a two-state solution": a stance held, not an act
PHONE_WORDS = {"phone", "telephone", "telephonic", "video", "videoconference", "phoned"}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
REQUIRES_RECIPIENT = {"COOPERATE", "AID"}  # PLOVER manual: these types need a recipient
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
# Nouns are events only where the sentence presents them as happening: "in a meeting with", "held talks".
EVENT_NOUN_PREPS = {"in", "during", "at", "after", "following", "on", "via", "through", "amid", "before", "by",
                    "since", "despite"}
# "the target of an attack", "in the wake of the strikes": nouns whose of-phrase is an act that happened
EVENT_FRAMES = {"target", "victim", "wake", "aftermath", "result", "scene", "site", "series", "wave", "spate",
                "day", "anniversary", "toll", "casualties"}
LIGHT_VERBS = {"hold", "have", "conduct", "launch", "carry", "stage", "make", "pay", "sign", "deliver", "take",
               "impose", "issue", "announce", "begin", "start", "attend", "host", "mount", "give", "extend",
               "express", "voice", "offer", "provide", "send", "lodge", "file", "reach", "strike", "ink", "claim",
               "follow", "condemn", "denounce", "report", "witness", "suffer", "survive", "complete", "finish",
               "conclude", "stage", "kick", "wrap", "hold", "organize", "organise", "lead", "open",
               # "The President has ordered the deployment of …": an act ordered by who commands it is done
               "order", "authorize", "authorise", "direct"}
SPEECH = {"say", "add", "state", "tell", "note", "stress", "emphasize", "emphasise", "underline", "announce",
          "declare", "insist", "argue", "claim", "explain", "assert", "remark", "write", "tweet", "affirm",
          "reiterate", "point", "maintain", "ensure", "describe", "quote", "report", "confirm", "believe",
          "think", "mention"}
# Verbs of telling about an act, whose subject is a source rather than the act's doer ("claim" and
# "announce" are not here: a group claiming an attack, a state announcing its strike, did them).
REPORTING = {"report", "describe", "quote", "mention", "tell", "write", "tweet", "cite", "say", "note", "add",
             "publish", "broadcast", "cover", "witness"}
IGO_WORDS = {"bloc", "alliance", "organization", "organisation", "union", "body", "council", "agency", "coalition"}
NOT_PARTIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
# Nouns that name an act already reported: "condemned the operation" points at whoever carried it out.
ACT_NOUNS = {
    **dict.fromkeys(("attack", "strike", "airstrike", "bombing", "offensive", "operation", "invasion", "incursion",
                     "raid", "assault", "killing", "assassination", "shelling", "violence", "seizure", "detention",
                     "arrest", "capture", "confiscation", "abduction", "kidnapping", "execution"), "violence"),
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
# The events an act noun can refer back to: "the decision" is a deed (a sanction, a withdrawal, a deal), not
# the words said about it since ("Iran rejected the accusation" is not the decision Ukraine welcomed).
REFERS_TO = {"violence": {"ASSAULT", "COERCE", "MOBILIZE"},
             "deed": {"SANCTION", "AGREE", "RETREAT", "CONCEDE", "MOBILIZE", "AID", "COOPERATE", "COERCE"},
             "saying": {"ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "REJECT", "AGREE"},
             "offer": {"AGREE"}}
# Acts answered by the party they were addressed to: "rejected the accusation" answers whoever accused them.
ADDRESSED = {**dict.fromkeys(("accusation", "allegation", "claim", "charge", "criticism"), "ACCUSE"),
             **dict.fromkeys(("warning", "threat", "ultimatum"), "THREATEN"),
             **dict.fromkeys(("request", "demand", "call", "appeal"), "REQUEST"),
             **dict.fromkeys(("offer", "proposal", "invitation"), "AGREE")}
SELF_DIRECTED = {"ASSAULT", "COERCE", "PROTEST", "SANCTION"}  # a state may do these to its own people
FOLD = {"COP": "GOV", "JUD": "GOV", "LEG": "GOV", "SPY": "GOV"}  # the state's organs, as the scorer folds them
STATELESS = {"IGO", "NGO", "REB"}  # actors that legitimately have no country (UN, ISIS, …)
STATE_ORGANS = {None, "GOV", "MIL"} | set(FOLD)  # a state acting (not its rebels, media or people)
ACTORLESS = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
PATRONYMIC_LINKS = {"bin", "ibn", "bint"}
# "our friends", "our allies": others the speaker stands in relation to, not the speaker's own side
RELATIONS = {"friend", "ally", "partner", "brother", "sister", "neighbor", "neighbour", "counterpart", "colleague",
             "enemy", "adversary", "rival", "foe", "guest", "host", "brethren"}


@dataclass
class DocContext:
    """What earlier sentences said: the last named person and the countries mentioned, for coreference."""

    last_person: ActorRef | None = None
    countries: list[str] = field(default_factory=list)
    speakers: dict[int, ActorRef] = field(default_factory=dict)  # sentence index -> quote speaker
    voices: dict[int, ActorRef] = field(default_factory=dict)  # sentence index -> speaker of its reporting verb
    by_role: dict[str, ActorRef] = field(default_factory=dict)  # last actor seen with each role
    last_pair: tuple[ActorRef, ActorRef] | None = None  # the parties of the last two-sided event
    first_subject: ActorRef | None = None  # the article's protagonist: its first acting party
    by_surname: dict[str, ActorRef] = field(default_factory=dict)  # "Hatami" → the titled Amir Hatami
    acts: list[tuple] = field(default_factory=list)  # (type, actor, recipient, trigger lemma) of placed events
    by_head: dict[str, ActorRef] = field(default_factory=dict)  # "embassy" → the US Embassy named before
    last_igo: ActorRef | None = None  # what "the bloc" refers to
    addressed_to: dict[tuple, ActorRef] = field(default_factory=dict)  # (country, type) → who last did it to them
    people: list[ActorRef] = field(default_factory=list)  # every named person noted, in the order named
    by_title: dict[str, ActorRef] = field(default_factory=dict)  # "foreign secretary" → its first reading
    targets_of: dict[str, ActorRef] = field(default_factory=dict)  # actor country → whom it last acted upon
    wronged_by: dict[str, ActorRef] = field(default_factory=dict)  # country → who last acted against it
    last_human: ActorRef | None = None  # the last named person or office holder (not "the US Embassy")
    last_human_actor: ActorRef | None = None  # the last such person who acted
    opening_person: tuple = (None, None)  # (last_human, last_human_actor) when the sentence being coded began
    sentence_people: list[tuple[int, ActorRef]] = field(default_factory=list)  # (token index, person) this sentence

    def note(self, ref: ActorRef | None, subject: bool = False) -> None:
        if ref is None:
            return
        if ref.country and (not self.countries or self.countries[-1] != ref.country):
            self.countries.append(ref.country)
        if ref.sector == "IGO":
            self.last_igo = ref
        words = (ref.text or "").replace("’", "'").split()
        if ref.country and words and ref.kind != "person":
            self.by_head[words[-1].lower()] = ref
        if ref.kind == "person" and ref.country:
            words = (ref.name or ref.text).replace("’", "'").split()
            if words:
                self.by_surname.setdefault(words[-1].lower(), ref)
            for named in {ref.name or "", ref.text or ""}:  # the text's spelling too ("Mohammad", "Mohammed")
                lowered = named.replace("’", "'").lower().split()
                for k, w in enumerate(lowered[1:], 1):
                    if w in PATRONYMIC_LINKS:  # "Mohammad bin Salman" is "Mohammad" too; "bin Salman" is his father
                        self.by_surname.setdefault(lowered[k - 1], ref)
                        break
            if ref.role:
                self.by_role[ref.role] = ref
        if ref.kind == "person" or ref.role:
            self.last_person = ref
        if _human(ref):
            self.last_human = ref
            if subject:
                self.last_human_actor = ref
        if ref.kind == "person" and ref.name:
            self.people.append(ref)
        if subject:
            if self.first_subject is None and ref.country:
                self.first_subject = ref


def _human(ref: ActorRef | None) -> bool:
    """A person "he" or "she" can mean: one named, or an office holder ("the Foreign Secretary"), not an organ
    or a group the registry files with a role ("the US Embassy", "Iraqi militias")."""
    return ref is not None and ref.kind == "person" and bool(ref.name or ref.role in OFFICE_ROLES)


@dataclass(frozen=True)
class Hit:
    token: object
    trigger: Trigger
    event_type: str
    future: bool = False  # "will support" → AGREE (promise), "will strike" → THREATEN


def is_negated(tok) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("det", "advmod") for c in tok.children):
        return True
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
                    "condemn", "criticise", "criticize", "deny", "reject", "vow", "pledge", "promise", "praise"}


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
        if is_purpose_infinitive(t):
            return True  # "a naval coalition to patrol the Gulf", "take actions to deny it a haven": an aim
        if t.dep_ in ("xcomp", "attr", "ccomp") and t.head.lemma_ == "be" and (any(
                w.lemma_.lower() in PURPOSES for c in t.head.children if c.dep_ == "nsubj"
                for w in [c] + [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children])
                or (t.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))):
            return True  # "one of the goals is to encourage trade", "under the deal, Israel is to withdraw"
        if any(c.dep_ == "mark" and c.lower_ in ("until", "till", "once") for c in t.children) \
                and t.tag_ in ("VBZ", "VBP", "VB"):
            return True  # "protests until the government expels the ambassador": not (yet) done
        if t.dep_ == "conj" and t.tag_ in ("VBZ", "VBP") and t.head.tag_ == "VB" \
                and not any(c.dep_ in SUBJ for c in t.children) and any(
                    t.head.i < u.i < t.i and u.tag_ in ("VBZ", "VBP") and any(
                        m.dep_ == "mark" and m.lower_ in ("until", "till") for m in u.children) for u in t.sent):
            return True  # "will keep up pressure until it reassesses, ends the violence and …": the parser hung
            # the until-clause's later verbs on the main verb; a present tense beside a future is the clause's
        if t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl") and t.head.i != t.i:
            t = t.head
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


def particle_read_as_mark(tok, particle: str, passive: bool = False):
    """"I spoke yesterday with A and B to convey …": the parser reads "with" as the marker of the purpose
    clause (or leaves it without an object) and A as that clause's subject; the preposition still follows
    the verb, so A is the verb's partner. With `passive`, a passive clause's subject counts too ("calling
    for the killers to be brought to justice"): the particle is there, though A is not a partner."""
    subj_deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    for c in tok.children:
        if c.dep_ not in ("advcl", "xcomp") or c.i <= tok.i:
            continue
        subj = next((s for s in c.children if s.dep_ in subj_deps and s.pos_ in ("PROPN", "NOUN")), None)
        if subj is None:
            continue
        word = next((w for w in tok.doc[tok.i + 1:subj.i] if w.lower_ == particle), None)
        if word is None or any(g.dep_ == "pobj" for g in word.children) \
                or word.head not in (tok, c) or word.dep_ not in ("mark", "prep"):
            continue
        if all(t.dep_ in ("npadvmod", "advmod") or t.ent_type_ in ("DATE", "TIME") for t in tok.doc[tok.i + 1:word.i]):
            return subj
    return None


def named_objects(tok) -> list:
    """Direct objects, with what a free relative names standing for "what": "launched what it called a new
    missile" launched the missile."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    # the parser hangs "what" on the naming verb: launched ←ccomp← called →dobj what, →oprd missile
    naming = [c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in CHARACTERISE
              and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.children)]
    named = [g for c in naming for g in c.children if g.dep_ in ("oprd", "attr", "xcomp")]
    named += [g for c in naming for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
              for g in p.children if g.dep_ == "pobj"]
    return objs + [g for g in named if g.pos_ in ("NOUN", "PROPN")]


CIRCUMSTANCE_PREPS = {"after", "before", "under", "amid", "amidst", "during", "following", "despite", "since",
                      "until", "till", "ahead"}


CARRYING = {"carry", "load", "laden", "transport", "bear"}


NAMED_KINDS = {"exercise"}  # "Exercise Iron Wolf" (not "Operation X": an operation's name says nothing of its kind)


def named_kind(objs) -> list:
    """What a named object is: the kind word opening its name ("Exercise Desert Falcon") or the appositive
    that explains it ("Iron Wolf, a live-fire exercise")."""
    named = [o for o in objs if o.pos_ == "PROPN"]
    return [c for o in named for c in o.children if c.dep_ == "appos" or (
        c.dep_ == "compound" and c.i == o.left_edge.i and c.lemma_.lower() in NAMED_KINDS)]


def names_its_object(tok, obj) -> bool:
    """A person the act is done to ("received Sanchez", "the release of Ayoub"), not one its object's phrase
    names ("welcomed the fall of Assad")."""
    return obj.head.i == tok.i or obj.dep_ == "pobj" and obj.head.head.i == tok.i


def carries_cargo(tok) -> bool:
    """"sent naval ships carrying relief supplies": the sent vehicle is the cargo's carrier, not a deployment."""
    return any(a.dep_ == "acl" and a.lemma_.lower() in CARRYING for o in tok.children if o.dep_ == "dobj"
               for a in o.children)


def matches(tok, trig: Trigger) -> bool:
    if trig.particle:
        if not any(c.dep_ in ("prt", "prep", "agent", "advmod") and c.lemma_.lower() == trig.particle
                   for c in tok.children) and particle_read_as_mark(tok, trig.particle, passive=True) is None:
            return False
    if trig.objects:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "compound", "amod")]
        objs += [c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]  # "began Exercise X" misread
        objs += named_kind(objs)
        # "pulled out of Khan Younis after a four-month operation": a circumstance is not the act's object
        objs += [g for c in tok.children if c.dep_ == "prep" and (c.lower_ not in CIRCUMSTANCE_PREPS
                                                                 or c.lower_ == trig.particle)
                 for g in c.children if g.dep_ == "pobj"]
        objs += [g for c in tok.children if c.dep_ == "xcomp" for g in [c]]
        # "joint river patrols": the parser hangs the modifier on the noun's compound
        objs += [g for c in tok.children if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
        objs += [o for o in named_objects(tok) if o.head.i != tok.i]
        objs += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]  # "hold X accountable"
        # "put troops on standby": the parser reads the preposition's object as a clause
        objs += [c for c in tok.children if c.dep_ == "advcl" and c.doc[c.i - 1].dep_ == "prep"
                 and c.doc[c.i - 1].head.i == tok.i]
        objs += [c for c in tok.children if c.dep_ == "ccomp" and c.tag_ == "VBN" and any(
            g.dep_ == "nsubj" for g in c.children) and not any(g.dep_ in ("aux", "auxpass") for g in c.children)]
        # "found the strike justified": a small clause the parser reads as a verb clause
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            objs.append(tok.head)  # "the truce brokered by Qatar": the noun a passive participle describes
        # "3,200 tonnes of food", "a batch of missiles", "$28 million in assistance": the measured thing
        objs += [g for o in list(objs) if o.dep_ in ("dobj", "nsubjpass") for p in o.children
                 if p.dep_ == "prep" and p.lower_ in ("of", "in") for g in p.children if g.dep_ == "pobj"]
        objs += [g for o in list(objs) for g in o.children if g.dep_ == "conj"]
        # "two planes carrying relief supplies", "a ship loaded with tents": what the sent vehicle carries
        objs += [g for o in list(objs) if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"
                 and a.lemma_.lower() in CARRYING for g in list(a.children) + [
                     w for p in a.children if p.dep_ == "prep" and p.lower_ == "with" for w in p.children]
                 if g.dep_ in ("dobj", "pobj")]
        # "a $1 billion credit line", "search-and-rescue teams": the kind the object's compound names
        if trig.event_type == "AID":  # (not "launched Operation Prosperity Guardian": a name is not a kind)
            objs += [c for o in list(objs) if o.dep_ in ("dobj", "pobj") for c in o.children if c.dep_ == "compound"]
        if not any(o.lemma_.lower() in trig.objects or o.lower_ in trig.objects
                   or ("@person" in trig.objects and o.ent_type_ == "PERSON" and names_its_object(tok, o))
                   or ("money" in trig.objects and o.ent_type_ == "MONEY") for o in objs):
            return False
    return True


# Means and measures that a sentence may make the subject of what they achieve: not actors
INSTRUMENTS = {"assistance", "aid", "funding", "contribution", "loan", "guarantee", "sanction", "listing",
               "designation", "grant", "package", "donation", "programme", "program"}


def instrument_donor(noun):
    """The state a means is told as belonging to ("UK aid", "Japanese funding", "America's assistance"): when
    the means delivers aid, its owner is the one delivering it."""
    return next((c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                 and c.ent_type_ in ("GPE", "NORP")), None)


def committed_act(tok) -> bool:
    """"underscored the U.S. commitment to support Saudi Arabia": the act a commitment is to is promised, as by
    "will support" (ANNOTATION.md: commitments are AGREE)."""
    return tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.lemma_.lower() == "commitment" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def noun_is_eventive(tok) -> bool:
    """A nominal trigger counts when it is framed as something that happened."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in EVENT_NOUN_PREPS:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in EVENT_FRAMES:
        return True
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in LIGHT_VERBS:
        return True
    if tok.dep_ in ("nsubj",) and head.lemma_.lower() in {"take", "occur", "happen", "kill", "hit", "target",
                                                           "leave", "wound", "injure", "destroy", "damage",
                                                           "come", "follow", "focus", "begin", "start"}:
        return True
    if tok.dep_ == "ROOT":  # headline-like fragments: "Talks with Iran in Baghdad"
        return True
    return fostered_in_fact(tok)


def fostered_in_fact(tok) -> bool:
    """"Iran has increased cooperation with the navies of …", "expanded cooperation with Greece": ties a
    finite past verb says were fostered were practised (a future, infinitive or wished fostering is not)."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in FOSTER or tok.lemma_.lower() not in BONDS:
        return False
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return (verb.tag_ == "VBD" or perfect) and verb.dep_ in ("ROOT", "conj", "ccomp") and not is_negated(verb) \
        and not is_hypothetical(verb)


# "pointed to Iran's advisory missions in Iraq", "recalled Russia's strikes on the port": an act a speaker
# points back to, naming its doer, is told as done (a topic such as "pointed to the need for talks" names none)
RECALLING = {"point", "refer", "allude", "recall", "cite", "highlight", "mention"}


def recalled_act(tok) -> bool:
    """Is the nominal act `tok` the thing a speaker points to or recalls, with its doer as possessor?"""
    if not any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in tok.children):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head
    elif tok.dep_ == "dobj":
        verb = tok.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in RECALLING and not is_negated(verb)


# "condemns today's attack on the camp, which killed five", "condemned Hamas' attack on Israel": a release
# that first tells an attack inside its condemnation tells the attack too (ANNOTATION.md codes both); a bare
# "condemned the attack" points back at one told before, and is only the ACCUSE.
CONDEMNING = {"condemn", "denounce", "deplore", "decry"}
FIRST_TELLING_PREPS = {"on", "against", "by"}
# attacks proper: an "incursion" or a "detention" condemned is no assault
CONDEMNED_ATTACKS = {"attack", "strike", "airstrike", "bombing", "assault", "shelling", "raid", "killing",
                     "assassination", "massacre"}


def condemned_attack(tok) -> bool:
    """Is the violent act noun `tok` condemned and told with its particulars (whose or when it was, whom it
    was aimed at, who did it, or the harm it did)?"""
    if tok.lemma_.lower() not in CONDEMNED_ATTACKS:
        return False
    noun = tok
    while noun.dep_ == "conj":
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in CONDEMNING or is_negated(verb):
        return False
    if any(c.dep_ == "poss" for c in tok.children) or curly_possessor(tok) is not None:
        return True  # "today's attack", "Hamas' attack"
    if any(c.dep_ == "prep" and c.lower_ in FIRST_TELLING_PREPS and any(g.dep_ == "pobj" for g in c.children)
           for c in tok.children):
        return True
    return any(c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in HARM or claims_responsibility(c))
               for c in tok.children)


# "discussed Iranian-enabled attacks by the Houthis against civilian targets", "called for an end to the regime's
# escalating attacks on Aleppo", "Russia's bombardment of Aleppo": an attack noun that names both its doer and
# its target is an act the article asserts, whatever frame it sits in (a bare "the attacks" may be anyone's)
TOLD_ATTACKS = CONDEMNED_ATTACKS | {"bombardment", "airstrike", "shelling", "offensive"}
ATTACK_TARGET_PREPS = {"on", "against", "of"}


def told_attack(tok) -> bool:
    """Is the attack noun `tok` told with its doer and its target, outside an accusation or claim of it?"""
    if tok.lemma_.lower() not in TOLD_ATTACKS and tok.lower_ not in TOLD_ATTACKS:
        return False
    if condemned_attacker(tok) is None:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ATTACK_TARGET_PREPS and any(
            g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES for g in c.children) for c in tok.children):
        return False
    # "accused Iran of attacks on tankers", "reports of Russian strikes on Kyiv": only the accusation is coded
    return not any(a.lemma_.lower() in CONTESTED | HEARSAY | {"deny", "reject"} for a in tok.ancestors)


def curly_possessor(noun):
    """"Hamas’ brutal attack": the parser reads a name before a curly apostrophe as a modifier (nmod), not a
    possessor."""
    return next((c for c in noun.children if c.dep_ == "nmod" and c.i < noun.i
                 and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and c.i + 1 < len(c.doc)
                 and c.doc[c.i + 1].text in ("’", "'", "’s")), None)


def claims_responsibility(verb) -> bool:
    """"… for which Da'esh claimed responsibility", "… which was claimed by the militia": the claimant owns
    the act."""
    if verb.lemma_.lower() not in ("claim", "accept"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in verb.children) or any(
        c.dep_ == "agent" for c in verb.children)


def claimant_of(verb):
    """The subject claiming responsibility, or the agent of a passive "was claimed by"."""
    subj = next((s for s in verb.children if s.dep_ == "nsubj" and s.pos_ != "PRON"), None)
    return subj or next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def condemned_attacker(noun):
    """Who did a condemned attack, as the phrase names it: its possessor (not the date of "today's attack"),
    its by-phrase or participle agent, a relative clause claiming it, or a demonym ("the Iranian strike");
    never the condemning subject."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.ent_type_ not in NOT_PARTIES and poss.lower_ not in ("today", "yesterday"):
        return poss
    if curly_possessor(noun) is not None:
        return curly_possessor(noun)
    by = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
               if g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES), None)
    if by is not None:
        return by
    agent = acl_agent(noun)
    if agent is not None:
        return agent
    claimant = next((claimant_of(c) for c in noun.children if c.dep_ == "relcl" and claims_responsibility(c)
                     and claimant_of(c) is not None), None)
    if claimant is not None:
        return claimant
    return next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")),
                None)


def judged_triggers(sent, lexicon) -> bool:
    """Does the sentence hold a trigger the rules weighed and set aside (negated, an aim, a stance)? Then the
    classifier's guess does not overrule them."""
    for tok in sent:
        pos = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(tok.pos_)
        if pos is None:
            continue
        cands = lexicon.get((tok.lemma_.lower(), pos)) or lexicon.get((tok.lower_, pos)) or []
        if any(matches(tok, t) for t in cands):
            return True
    return False


def model_hits(sent, scores: dict[str, float], threshold: float) -> list[Hit]:
    """The classifier's event for a sentence no trigger covers: its type, on the main verb."""
    label = max(scores, key=scores.get)
    if label == "NONE" or scores[label] < threshold:
        return []
    root = sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() in ("be", "have") or is_negated(root) or is_hypothetical(root) \
            or is_habitual(root):
        return []  # a copula ("Trump's was the only identity disclosed") states, it does not act
    if root.lemma_.lower() in CHARACTERISE and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in root.children):
        return []  # "the UN called the crisis the worst in the world": a description, not a call
    trig = Trigger(lemma="<model>", pos="VERB", particle=None, objects=frozenset(), event_type=label, mode=None,
                   cameo=None, context=(), recipient=("dobj", "prep:with", "prep:to", "prep:against", "prep:on",
                                                      "dative"))
    return [Hit(root, trig, label)]


CONTESTED = {"claim", "allege", "accuse", "blame", "charge", "insist", "suggest", "speculate", "deny", "contend"}
PROMISES = {"vow", "pledge", "promise", "swear"}
# what a vow threatens; a pledge to send or deploy forces ("pledged to dispatch observers", "promised to send
# police officers to lead the mission") commits them, it threatens no one
PROMISED_HARMS = HOSTILE - {"MOBILIZE"} | {"ASSAULT"}
JOINT = {"joint", "combined", "bilateral", "multilateral", "multinational", "trilateral", "together"}


ANONYMITY = {"name", "identify", "quote", "cite"}
PUNITIVE = {"pursue", "punish", "avenge", "hunt", "retaliate", "crush", "eliminate", "annihilate", "revenge"}
REGRETS = {"regret", "deplore", "lament"}
OPEN_WATERS = {"sea", "ocean", "waters", "gulf", "bay", "strait", "water"}
MISSILES = {"missile", "rocket", "projectile", "torpedo", "warhead", "icbm", "slbm"}
HARM = {"kill", "hit", "wound", "injure", "strike", "destroy", "damage", "target", "land", "explode"}


def aimed_at_someone(tok) -> bool:
    """Does a launch have a target: an at/on/against phrase, an into/toward phrase that is not open water
    ("into the East Sea", "towards the Sea of Japan"), or harm done ("killing two civilians")?"""
    if any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in HARM for c in tok.children):
        return True  # "fired rockets on Monday, killing two civilians"
    if any(a.dep_ == "acl" and a.lemma_.lower() in HARM for o in named_objects(tok) for a in o.children):
        return True  # "launched missiles targeting US troops": the weapon's own clause names its target
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [p for o in tok.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
    for prep in preps:  # "launched drones towards Israel": the phrase often hangs on the weapon
        word = prep.lower_
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.ent_type_ in ("DATE", "TIME"):  # "on Sunday"
                continue
            if word in ("at", "on", "against", "upon"):
                return True
            if word in ("into", "toward", "towards") and obj.lemma_.lower() not in OPEN_WATERS \
                    and not any(t.lower_ in OPEN_WATERS for t in obj.subtree):
                return True
    return False


MEETINGS = {noun for noun, kind in ACT_NOUNS.items() if kind == "CONSULT"} | {"session", "sitting"}


def convenes_meeting(tok, rec_head) -> bool:
    """"convened a meeting of X": the meeting is never the party met; X, whose meeting it is, may be."""
    return tok.lemma_.lower() == "convene" and rec_head is not None and rec_head.lemma_.lower() in MEETINGS


def convened_body(meeting):
    return next((g for p in meeting.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), None)


MILITARY_PERSONNEL = FORCE_NOUNS | {"instructor", "adviser", "advisor", "trainer", "personnel", "contingent",
                                    "battalion", "brigade", "marine", "paratrooper", "commando", "peacekeeper"}


def is_troop_arrival(hit, actor_head) -> bool:
    """Soldiers or instructors arriving somewhere are deployed there, they do not visit: a visit (CONSULT) is
    what officials do."""
    return hit.event_type == "CONSULT" and hit.trigger.mode == "visit" and actor_head is not None \
        and actor_head.lemma_.lower() in MILITARY_PERSONNEL


OWN_OR_CIVILIANS = {"resident", "civilian", "people", "inhabitant", "villager", "family", "population", "citizen",
                    "worker", "student"}


def orders_own_or_civilians_out(hit, actor, recipient, rec_head) -> bool:
    """"ordered residents to leave northern Gaza", "ordered his troops to leave Kherson": an evacuation or
    a withdrawal, not an expulsion; the ordered must be another state's people (envoys, troops, staff)."""
    if hit.event_type != "SANCTION" or hit.trigger.mode != "expel" or hit.trigger.lemma != "order" or rec_head is None:
        return False
    own = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our") for c in rec_head.children)
    same_state = actor is not None and recipient is not None and actor.country and recipient.country == actor.country
    return own or bool(same_state) or rec_head.lemma_.lower() in OWN_OR_CIVILIANS


def is_weapons_test(hit) -> bool:
    """A launch coded as a weapons test (ANNOTATION.md: MOBILIZE), by its own row or as a launch with no target."""
    return hit.event_type == "MOBILIZE" and (hit.trigger.mode == "weapons" or hit.trigger.event_type == "ASSAULT")


def governing_verb(tok):
    """The verb a nominal act hangs on: "took part in the exercise" → took; a verb is its own."""
    verb = tok
    while verb.pos_ in ("NOUN", "PROPN", "ADP") and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def is_joint(tok) -> bool:
    """An exercise or operation done together: a "joint" modifier, a "with" partner, or coordinated actors."""
    near = list(tok.children) + [g for c in tok.children if c.dep_ in ("dobj", "pobj") for g in c.children]
    if any(t.lower_ in JOINT for t in near) or any(c.dep_ == "prep" and c.lower_ in ("with", "alongside")
                                                   for c in near if c.head.pos_ in ("VERB", "NOUN")):
        return True  # "held naval exercises with Russia": the partner may hang on the exercises
    verb = governing_verb(tok)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and (any(c.dep_ == "conj" for c in subj.children)
                             or any(c.dep_ == "amod" and c.i < subj.i and any(g.dep_ == "conj" for g in c.children)
                                    for c in subj.children)):
        return True  # "Russian and Chinese warships held drills"
    return False


# "Nigerian and Cameroonian troops launched a joint offensive against Boko Haram": the attack is coded, and so is
# the partners' joint operation (ANNOTATION.md: joint operations -> COOPERATE); a joint statement is not one
JOINT_ACTS = {"ASSAULT", "COERCE", "AID", "RETREAT"}
JOINTLY = {"jointly", "together"}
JOINT_WORK_NOUNS = {"operation", "exercise", "drill", "patrol", "training", "production", "investigation",
                    "search", "check", "inspection", "mission", "raid", "offensive", "strike", "maneuver",
                    "manoeuvre", "wargame", "war-game", "rescue", "landing", "clearance", "crackdown", "sweep"}
# "launched a joint working group", "set up a joint task force": partners founding a body to work together
JOINT_BODIES = {"group", "committee", "commission", "force", "mechanism", "centre", "center", "team", "cell", "unit",
                "board", "body", "council"}
FOUNDING = {"launch", "establish", "form", "create", "set", "found", "inaugurate", "stand"}
NOT_JOINT_WORK = {"issue", "sign", "host", "organize", "organise", "chair", "publish", "release", "call", "urge",
                  "attend", "express", "voice"}
JOINT_WORK = Trigger(lemma="<joint>", pos="VERB", particle=None, objects=frozenset(JOINT), event_type="COOPERATE",
                     mode=None, cameo="062", context=("military",), recipient=("prep:with", "prep:alongside"))


def joint_partner(tok):
    """The partner a joint act is done with: "with/alongside X" on the act, its object, or "together with X"."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "advmod") and (
        c.pos_ in ("NOUN", "PROPN") or c.lower_ == "together")]
    return next((g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("with", "alongside")
                 for g in p.children if g.dep_ == "pobj"), None)


def coordinated_partner(tok):
    """The second of coordinated subjects of the act's verb: "Peru and Brazil", "American and Filipino troops",
    "troops from Nigeria and Cameroon"."""
    subj = next((c for c in governing_verb(tok).children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    members = [subj] + [c for c in subj.children if c.dep_ in ("amod", "compound", "nmod")]
    members += [o for p in subj.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return next((g for m in members for g in m.children if g.dep_ == "conj"), None)


def has_partners(tok) -> bool:
    """Two parties to the act: coordinated subjects ("Peru and Brazil …") or a with-partner."""
    return coordinated_partner(tok) is not None or joint_partner(tok) is not None


def done_jointly(tok) -> bool:
    """"jointly cleared", "trained together", "held joint river patrols": an act whose own words make it joint."""
    if any(c.dep_ == "advmod" and c.lower_ in JOINTLY for c in tok.children):
        return True
    works = JOINT_WORK_NOUNS | (JOINT_BODIES if tok.lemma_.lower() in FOUNDING else set())
    return any(o.dep_ == "dobj" and o.lemma_.lower() in works and any(
        m.dep_ == "amod" and m.lower_ in JOINT | {"coordinated"} for m in o.children) for o in tok.children)


def fought_alongside(tok) -> bool:
    """"fought alongside the army", "struck together with the RAF" ("clashed with" names the enemy, "struck with a
    missile" the weapon: a bare "with" is no partner)."""
    return any(c.dep_ == "prep" and c.lower_ == "alongside" for c in tok.children) or any(
        c.dep_ == "advmod" and c.lower_ == "together" and any(p.lower_ == "with" for p in c.children)
        for c in tok.children)


def joint_cooperation(hit) -> bool:
    """A cooperation coded from a joint act (not from a row of its own): its recipient is the partner."""
    return hit.trigger is JOINT_WORK or hit.event_type == "COOPERATE" and hit.trigger.event_type != "COOPERATE"


def joint_works(sent, hits: list[Hit]) -> list[Hit]:
    """The partners' cooperation in a joint act: beside a joint attack, seizure, rescue or release the sentence
    codes, and for a joint act no trigger covers ("jointly cleared sea mines"); a joint training is no aid."""
    taken = {h.token.i: h for h in hits}
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or not (done_jointly(tok) or fought_alongside(tok)) or not has_partners(tok):
            continue
        hit = taken.get(tok.i)
        if hit is not None and (hit.event_type not in JOINT_ACTS or hit.future):
            continue
        if hit is None and any(c.i in taken and taken[c.i].event_type == "COOPERATE" for c in tok.children):
            continue  # "held joint patrols": the noun's own row codes the cooperation
        if hit is None and (tok.lemma_.lower() in SPEECH | REPORTING | NOT_JOINT_WORK or is_negated(tok)
                            or is_hypothetical(tok) or is_habitual(tok)):
            continue
        if hit is None and has_future(tok):
            out.append(Hit(tok, JOINT_WORK, "AGREE", True))  # "will jointly patrol the strait": promised
            continue
        out.append(Hit(tok, JOINT_WORK, "COOPERATE"))
    return out


CHARACTERISE = {"call", "describe", "characterize", "characterise", "label", "brand", "term", "dub", "name",
                "denounce", "slam"}  # not "consider"/"deem": those state standing positions
CHARACTERISATION = Trigger(lemma="<characterise>", pos="VERB", particle=None, objects=frozenset(),
                           event_type="ACCUSE", mode="disapprove", cameo="111", context=(), recipient=("dobj",))


def characterisations(sent, taken: set[int]) -> list[Hit]:
    """"Cengiz called the admission a 'political maneuver'", "described the sanctions as illegal":
    a characterisation in condemning words is an accusation."""
    from ..data import negative_terms

    terms = negative_terms()
    out = []
    for tok in sent:
        if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in CHARACTERISE:
            continue
        comps = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")]
        comps += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
        words = " ".join(t.lower_ for c in comps for t in c.subtree)
        if comps and any(f" {term} " in f" {words} " for term in terms):
            if not (is_negated(tok) or is_hypothetical(tok)):
                out.append(Hit(tok, CHARACTERISATION, "ACCUSE"))
    return out


# "Moscow would respond in due course", "Iran will retaliate": a response promised to whoever acted against it
PROSECUTION_VERBS = {"charge", "indict", "prosecute"}
RETALIATION_VERBS = {"respond", "retaliate", "reciprocate", "avenge", "riposte"}
RETALIATION = Trigger(lemma="<retaliate>", pos="VERB", particle=None, objects=frozenset(),
                      event_type="THREATEN", mode=None, cameo="130", context=(), recipient=("prep:against",))
AGAINST_ACTS = {"SANCTION", "ASSAULT", "COERCE", "ACCUSE", "THREATEN", "MOBILIZE"}


def retaliations(sent, taken: set[int]) -> list[Hit]:
    """A future response, stated or reported ("told Interfax that Moscow would respond"), is a threat; a
    response under a warning or threat is that warning's content, and a conditional one is hypothetical."""
    out = []
    for tok in sent:
        if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in RETALIATION_VERBS:
            continue
        if not has_future(tok) or is_negated(tok) or is_hypothetical(tok):
            continue
        if any(t.i in taken for t in tok.ancestors):
            continue  # "warned that Tehran would respond": the warning is the event
        out.append(Hit(tok, RETALIATION, "THREATEN", True))
    return out


# "the Americans seek to dominate the region", "the big powers had intended to capture the region": a hostile
# design a speaker ascribes to another party is an accusation of that party, whatever became of the design
DESIGNS = {"seek", "intend", "plan", "plot", "try", "attempt", "aim", "want", "scheme", "conspire", "strive"}
DOMINATION = {"dominate", "destabilize", "destabilise", "subjugate", "sabotage", "undermine", "plunder", "loot",
              "colonize", "colonise", "partition", "dismember", "topple", "overthrow", "weaken", "divide"}
DESIGNED_HARMS = {"ASSAULT", "COERCE"}
IMPUTED_DESIGN = Trigger(lemma="<design>", pos="VERB", particle=None, objects=frozenset(),
                         event_type="ACCUSE", mode="allege", cameo="112", context=(), recipient=())


def is_hostile_design(tok, lexicon) -> bool:
    """Is `tok` an infinitive of harm: a domination verb or an attack or seizure trigger ("to capture")?"""
    for act in [tok] + [c for c in tok.children if c.dep_ == "conj"]:
        if act.lemma_.lower() in DOMINATION or any(
                t.event_type in DESIGNED_HARMS and matches(act, t) for t in lexicon.get((act.lemma_.lower(), "VERB"), [])):
            return True
    return False


def imputed_designs(sent, taken: set[int], lexicon) -> list[Hit]:
    """Designs of harm with a third-party subject; whether someone voices them is settled by the coder
    (the quote's speaker or the reporting verb's subject): the narrator's own "rebels plan to attack" is none."""
    out = []
    for tok in sent:
        if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in DESIGNS:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("we", "i", "us", "who", "which", "that") or subj.pos_ not in (
                "NOUN", "PROPN", "PRON"):
            continue  # "we seek to defend ourselves" is a purpose, not an accusation
        if not any(c.dep_ == "xcomp" and is_hostile_design(c, lexicon) for c in tok.children):
            continue
        if is_negated(tok) or is_hypothetical(tok):
            continue
        out.append(Hit(tok, IMPUTED_DESIGN, "ACCUSE"))
    return out


# "Iran must release the vessel", "foreign powers should get out of the region", "they need to stand by us":
# what a speaker says another party must or should do is asked of that party (REQUEST), when someone voices it
OBLIGING_AUX = {"must", "should"}
OBLIGATION = Trigger(lemma="<must>", pos="VERB", particle=None, objects=frozenset(), event_type="REQUEST",
                     mode=None, cameo="010", context=(), recipient=())


def obliged_party(tok):
    """The subject of a main or reported clause that says it must/should (or needs to) act, or None."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    needs = tok.lemma_.lower() == "need" and any(c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)
    if not needs and not any(c.dep_ == "aux" and c.lower_ in OBLIGING_AUX for c in tok.children):
        return None
    if tok.lemma_.lower() in ("be", "have") or any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.children):
        return None  # "it must be said", "if they should attack": no demand on anyone
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or (subj.pos_ == "PRON" and subj.lower_ not in ("they", "it")):
        return None  # "we must defend ourselves", "you should know": the speaker's own resolve or a remark
    return subj


def obligations(sent, taken: set[int]) -> list[Hit]:
    """Clauses saying that another party must or should act; the coder finds who says so."""
    return [Hit(tok, OBLIGATION, "REQUEST") for tok in sent
            if tok.i not in taken and obliged_party(tok) is not None and not any(t.i in taken for t in tok.ancestors)]


def voicing_verb(tok):
    """The speech verb whose complement holds `tok` ("He added that the powers had intended …"), or None."""
    t = tok
    for _ in range(5):
        if t.dep_ in ("ccomp", "advcl", "conj", "xcomp") and t.head.i != t.i:
            t = t.head
            if t.lemma_.lower() in SPEECH and t.pos_ == "VERB":
                return t
        else:
            break
    return None


# "we will expand cooperation with Iran", "we will pave the way for cooperation": ties an official says will be
# fostered are a commitment; "military cooperation needs to be boosted", "ties must be strengthened": a call
FOSTER = {"expand", "boost", "deepen", "strengthen", "develop", "enhance", "promote", "broaden", "increase",
          "bolster", "upgrade", "intensify", "improve", "advance", "pave", "build", "elevate", "widen"}
BONDS = {"cooperation", "tie", "ties", "relation", "relations", "partnership", "coordination", "collaboration",
         "interaction", "interactions"}
NEEDED = {"need", "have"}  # "needs to be boosted", "has to be strengthened" (modals are caught as aux)
PROMISED_BONDS = Trigger(lemma="<foster>", pos="VERB", particle=None, objects=frozenset(), event_type="AGREE",
                         mode=None, cameo="057", context=(), recipient=())
URGED_BONDS = Trigger(lemma="<foster-needed>", pos="VERB", particle=None, objects=frozenset(),
                      event_type="REQUEST", mode=None, cameo="010", context=(), recipient=())


def fostered_bond(tok):
    """The ties noun a fostering verb works on: its object or passive subject, or the pobj of that object
    ("pave the path of cooperation", "the way for closer ties")."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        for n in [c] + [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "to")
                        for g in p.children if g.dep_ == "pobj"]:
            if n.lemma_.lower() in BONDS or n.lower_ in BONDS:
                return n
    return None


def needed_bond(tok):
    """"military cooperation needs to be boosted", "ties must be strengthened": the ties noun said to need
    fostering, when `tok` is that passive fostering verb."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children):
        return fostered_bond(tok)
    need = tok.head
    if tok.dep_ == "xcomp" and need.lemma_.lower() in NEEDED and not is_negated(need):
        bond = next((c for c in need.children if c.dep_ == "nsubj"), None)
        return bond if bond is not None and (bond.lemma_.lower() in BONDS or bond.lower_ in BONDS) else None
    return None


def fostered_bonds(sent, taken: set[int]) -> list[Hit]:
    """Fostered ties as commitments (future tense) or calls (needed, must); conditional or negated ones are none."""
    out = []
    for tok in sent:
        if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in FOSTER or is_negated(tok):
            continue
        if needed_bond(tok) is not None:
            if not any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in tok.head.children):
                out.append(Hit(tok, URGED_BONDS, "REQUEST"))
        elif fostered_bond(tok) is not None and has_future(tok) and not is_hypothetical(tok) \
                and tok.dep_ not in ("xcomp", "acl", "relcl", "pcomp"):
            out.append(Hit(tok, PROMISED_BONDS, "AGREE", True))
    return out


# "Iran acknowledged that its forces had shot down the airliner": an admission of one's own act is a CONCEDE
# (ANNOTATION.md), and the act it admits is told as done, so it is coded too
ADMITTING = {"acknowledge", "admit", "concede", "confess"}
ADMITTED_ACTS = HOSTILE | {"ASSAULT"}
ADMISSION = Trigger(lemma="<admit>", pos="VERB", particle=None, objects=frozenset(), event_type="CONCEDE",
                    mode=None, cameo="080", context=(), recipient=())


def admitting_verb(tok):
    """The admission verb whose that-clause `tok` (a past hostile act) heads, or None."""
    if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or tok.tag_ not in ("VBD", "VBN"):
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ADMITTING or is_negated(verb) or is_hypothetical(verb):
        return None
    return verb


def admissions(hits: list[Hit]) -> list[Hit]:
    """A CONCEDE for each admission verb whose clause admits a hostile act already among the hits."""
    taken = {h.token.i for h in hits}
    verbs = {}
    for h in hits:
        verb = admitting_verb(h.token) if h.event_type in ADMITTED_ACTS else None
        if verb is not None and verb.i not in taken:
            verbs[verb.i] = verb
    return [Hit(v, ADMISSION, "CONCEDE") for v in verbs.values()]


COMMITTING = {"commit", "committed", "commitment", "determined", "determination", "resolve", "resolved"}
HOSTILE_AIMS = {"defeat", "destruction", "elimination", "eradication", "annihilation", "eradicate", "defeating"}
ASSURED = {"count", "rely", "depend"}


def hostile_content(tok, lexicon) -> bool:
    """Is what the actor is committed or determined to a hostile act ("committed to the defeat of ISIS",
    "determined to carry out attacks")? Such a commitment promises nothing to anyone: not an AGREE."""
    content = [c for c in tok.children if c.dep_ == "xcomp"]
    content += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children if g.dep_ in ("pobj", "pcomp")]
    content += [g for c in list(content) for g in c.children if g.dep_ in ("dobj", "prt")]
    for c in content:
        lemma = c.lemma_.lower()
        if lemma in HOSTILE_AIMS | PUNITIVE:
            return True
        if any(t.event_type in HOSTILE | {"ASSAULT"} and not t.specific
               for t in lexicon.get((lemma, "VERB" if c.pos_ == "VERB" else "NOUN"), [])):
            return True
    return False


# "marched to demand the release of …", "rallied in Seoul calling for …", "gathered outside the embassy to
# denounce …": what a crowd voices by protesting is the protest's purpose, and the protest is the event
VOICED_BY_PROTEST = {"REQUEST", "ACCUSE", "REJECT"}
CROWD_GATHERING = {"gather", "assemble", "converge", "mass", "flock", "camp"}
CROWD_PROTEST = Trigger(lemma="<gather>", pos="VERB", particle=None, objects=frozenset(), event_type="PROTEST",
                        mode="demo", cameo="141", context=(), recipient=("prep:against", "prep:outside"))


def voiced_purpose(tok) -> bool:
    """A purpose clause ("to demand") or an accompanying participle ("demanding") of the verb above it."""
    return tok.dep_ in ("advcl", "xcomp") and tok.pos_ == "VERB" and tok.head.i != tok.i and tok.head.i < tok.i \
        and (tok.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def protest_purposes(hits: list[Hit]) -> list[Hit]:
    """A demand or denunciation a protest voices folds into the protest; a crowd gathering to voice one
    protests."""
    protests = {h.token.i for h in hits if h.event_type == "PROTEST"}
    out = []
    for h in hits:
        if h.event_type in VOICED_BY_PROTEST and voiced_purpose(h.token):
            if h.token.head.i in protests:
                continue
            if h.token.head.lemma_.lower() in CROWD_GATHERING and not is_negated(h.token.head):
                out.append(Hit(h.token.head, CROWD_PROTEST, "PROTEST"))
                continue
        out.append(h)
    return out


def admitted_facts(sent, taken: set[int]) -> list[Hit]:
    """"Japan's prime minister acknowledged that the government had mishandled the records", "Hezbollah
    acknowledged that it had suffered heavy losses": an admission made in a that-clause is a CONCEDE whatever
    it admits ("…, Kyiv conceded" after the fact reports it, and the fact is the event)."""
    out = []
    for tok in sent:
        if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in ADMITTING \
                or is_negated(tok) or is_hypothetical(tok):
            continue
        if any(c.dep_ == "ccomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in SUBJ for g in c.children) for c in tok.children):
            out.append(Hit(tok, ADMISSION, "CONCEDE"))
    return out


# "Russia's annexation of Crimea is a flagrant breach of international law", "these raids by Turkish jets
# constitute a violation of Iraqi sovereignty": a speaker's judgement that another party's act breaks a rule
# accuses the doer of the act
JUDGING_LINKS = {"be", "constitute", "demonstrate", "show", "represent", "amount"}
RULE_BREAKING = {"breach", "violation", "disregard", "contempt", "affront", "outrage", "crime"}
JUDGEMENT = Trigger(lemma="<judge>", pos="VERB", particle=None, objects=frozenset(), event_type="ACCUSE",
                    mode="disapprove", cameo="111", context=(), recipient=())


def judged_complement(verb):
    """The condemning noun a linking verb asserts of its subject ("is a breach", "amounts to contempt"), or None."""
    comps = [c for c in verb.children if c.dep_ in ("attr", "dobj", "acomp")]
    if verb.lemma_.lower() == "amount":
        comps = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj"]
    return next((c for c in comps if c.lemma_.lower() in RULE_BREAKING), None)


def judged_act(verb):
    """The act judged: the noun subject of a linking verb whose complement condemns it, or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in JUDGING_LINKS or judged_complement(verb) is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ == "NOUN" else None


def judgements(sent, taken: set[int]) -> list[Hit]:
    """Linking verbs judging an act a breach, violation or disregard; the coder finds who judges and whose act
    it is (no party doing it, no accusation: "the delay is a breach of the rules")."""
    return [Hit(tok, JUDGEMENT, "ACCUSE") for tok in sent if tok.i not in taken and judged_act(tok) is not None
            and not (is_negated(tok) or is_hypothetical(tok))]


# "U.S. troops left Iraq in 2011", "French forces quit Mali": armed forces leaving a country withdraw from it
# (RETREAT); the country left is where, not whom (a minister leaving Paris for Rome travels; leaving talks is
# the treaty rows' SANCTION)
LEAVING = {"leave", "exit", "quit"}
FORCES_LEFT = Trigger(lemma="<forces-leave>", pos="VERB", particle=None, objects=frozenset(), event_type="RETREAT",
                      mode="withdraw", cameo="0874", context=(), recipient=())


def forces_leaving(sent, taken: set[int]) -> list[Hit]:
    """Leaving verbs whose subject is a body of armed forces and whose object is a named place."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in LEAVING or is_negated(tok) or is_hypothetical(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        place = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subj is None or subj.lemma_.lower() not in FORCE_NOUNS - {"aircraft", "jet", "plane", "ship", "vessel",
                                                                   "boat", "drone", "helicopter"}:
            continue
        if place is None or place.ent_type_ not in ("GPE", "LOC"):
            continue
        out.append(Hit(tok, FORCES_LEFT, "RETREAT"))
    return out


# Verbs by which a party asserts its judgement of who did an act: the act is its claim, not the article's
ASSESSING = {"assess", "believe", "suspect", "conclude", "judge", "determine"}
CLAIM_SAYING = ASSESSING | {"say", "state", "claim", "tell", "announce", "report"}
CLAIMABLE = {"ASSAULT", "COERCE"}
CLAIMED_ACT = Trigger(lemma="<claim>", pos="VERB", particle=None, objects=frozenset(), event_type="ACCUSE",
                      mode="allege", cameo="112", context=(), recipient=())


def claiming_verb(tok):
    """The verb of saying or assessing whose that-clause, opening the sentence's claim, holds `tok`: "X assesses
    that …", "X said that …" (not "…, X said", where the act is told first and the speaker is its source)."""
    t = tok
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    verb = t.head
    if t.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIM_SAYING or verb.i > t.i:
        return None
    if is_negated(verb) or is_hypothetical(verb):
        return None
    return verb


def said_that(verb) -> bool:
    """"said that Armenian forces had fired": the claim set off as a that-clause."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)


LINKS = {"tie", "ties", "link", "connection", "involvement", "role", "association", "affiliation", "membership"}
CAUSES_BLAMED = {"blame"}


def alleged_as_adjective(tok) -> bool:
    """"has alleged ties to", "has alleged links with": "alleged" modifies the noun it precedes (the parser
    reads it as a perfect with that noun as object); a real allegation has a that-clause or an accused."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return tok.lemma_.lower() == "allege" and obj is not None and obj.i == tok.i + 1 \
        and obj.lemma_.lower() in LINKS and not any(c.dep_ == "ccomp" for c in tok.children)


# what one asks of someone grieving or waiting: to bear it, which is sympathy rather than a demand
CONSOLING = {"patient", "resilient", "strong", "brave", "courageous", "hopeful", "positive"}


def consoles(verb) -> bool:
    """"asked Cengiz to be patient and resilient", "urged the families to stay strong": the asked act is
    only to bear up."""
    for x in verb.children:
        if x.dep_ == "xcomp" and x.lemma_.lower() in ("be", "remain", "stay", "keep"):
            if any(c.dep_ == "acomp" and c.lemma_.lower() in CONSOLING for c in x.children):
                return True
    return False


DECREES = {"order", "decree", "law", "bill", "legislation", "proclamation", "directive", "ordinance", "act"}
DEALINGS = {"visa", "export", "import", "trade", "investment", "financial", "banking"}


LISTING_VERBS = {"add", "place", "put"}
LISTS = {"list", "blacklist", "watchlist", "watch-list"}
# what makes a list punitive: "the Entity List", "its sanctions list", "a terrorism watchlist", "the blacklist"
PUNITIVE_LISTS = {"sanction", "sanctions", "entity", "terror", "terrorist", "terrorism", "restricted", "black",
                  "watch", "denied", "unverified", "grey", "gray", "blocked", "designated", "banned", "proscribed",
                  "sdn", "specially", "end-user", "military", "blacklist", "watchlist", "watch-list", "red", "no-fly"}


def punitive_list(verb) -> bool:
    """Is the list a party is added to or placed on one that punishes ("the Entity List", "its sanctions
    list"), not one that honours or protects ("the World Heritage list", "a list of protected monuments")?"""
    for lst in (t for p in verb.children if p.dep_ == "prep" for t in p.children if t.dep_ == "pobj"):
        if lst.lemma_.lower() not in LISTS:
            continue
        words = {lst.lemma_.lower()} | {t.lower_ for t in lst.subtree if t.i != lst.i} \
            | {t.lemma_.lower() for t in lst.subtree if t.i != lst.i}
        return bool(words & PUNITIVE_LISTS)
    return True  # the row matched on another object: nothing here to say otherwise


def signs_a_decree(verb) -> bool:
    """"signed an executive order", "signed the bill into law": an act of one's own government, not an
    agreement with anyone (a law's content may itself be an event: "an order prohibiting investment")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DECREES for c in verb.children)


RULE_TEXTS = DECREES - {"order"} | {"constitution", "charter", "treaty", "convention", "rule", "statute",
                                    "article", "clause", "code", "regulation", "resolution", "policy"}


def standing_provision(verb) -> bool:
    """A rule's text as the present-tense subject ("the constitution bans …", "the treaty prohibits …") states a
    standing provision."""
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in RULE_TEXTS for c in verb.children)


def restricts_dealings(tok) -> bool:
    """"imposed visa restrictions on officials", "export restrictions on China": restrictions on visas, trade
    or money are a sanction (ANNOTATION.md), where curbs on a people's movement or gatherings coerce."""
    objs = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in DEALINGS for o in objs for m in o.children)


def particle_names_party(tok, trig: Trigger) -> bool:
    """Does the trigger's particle stand in the sentence with a party as its object ("called on President X",
    not "called him on Monday" or "called Erdogan on the issue", where the verb has its own object)?"""
    return bool(trig.particle) and not any(c.dep_ == "dobj" for c in tok.children) and any(
        c.dep_ in ("prt", "prep") and c.lower_ == trig.particle and any(
            g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children) for c in tok.children)


def find_triggers(sent, lexicon: dict[tuple[str, str], list[Trigger]]) -> list[Hit]:
    """Trigger tokens in the sentence that report an asserted act."""
    hits = []
    for tok in sent:
        pos = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(tok.pos_)
        if pos is None or tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.i < tok.head.i):
            continue  # "arrest warrant", "visiting minister", "Iran-backed militias" are not acts
        if tok.ent_type_ in ("DATE", "TIME"):
            continue  # "In March 2023", "a Sunday strike deadline": a date, not a march or a strike
        cands = lexicon.get((tok.lemma_.lower(), pos)) or lexicon.get((tok.lower_, pos)) or []
        fitting = [t for t in cands if matches(tok, t)]
        # "opened fire on a checkpoint" is about the fire: a direct object outweighs a prepositional one
        carried = [t for t in fitting if t.event_type == "AID" and t.objects and carries_cargo(tok)]
        trig = next(iter(carried), None) or next((t for t in fitting if t.objects and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in t.objects or c.lower_ in t.objects)
            for c in tok.children)), None) or next((t for t in fitting if particle_names_party(tok, t)), None) \
            or next(iter(fitting), None)
        # (a phrasal reading the sentence's own particle confirms outweighs the bare verb's: "called on President
        # X to keep the crossing open" is a request, not a phone call to the particle's object)
        if trig is None:
            continue
        if trig.event_type == "PROTEST" and not trig.specific and pos == "VERB" \
                and any(c.dep_ == "dobj" for c in tok.children) and tok.lemma_.lower() != "protest":
            continue  # "the actions demonstrate a disregard", "rallied support": another sense of the verb
        street = next((t for t in fitting if t.event_type == "PROTEST" and not t.specific), None)
        if street is not None and trig.objects and not any(c.dep_ == "dobj" for c in tok.children):
            trig = street  # "protested against the strikes": the street sense (a state's protest turns ACCUSE later)
        if pos == "VERB" and tok.lemma_.lower() in REFUSALS and trig.event_type in ("AGREE", "SUPPORT") \
                and is_negated(tok) and not is_hypothetical(tok):
            if refuses_for_ever(tok):
                continue  # "Jordan would never accept displacement": a standing position (ANNOTATION.md)
            hits.append(Hit(tok, replace(trig, event_type="REJECT", mode=None, cameo="120", recipient=(
                "dobj", "poss")), "REJECT"))  # "we will not accept them", "does not recognise the vote"
            continue
        if is_negated(tok) or is_hypothetical(tok) or is_habitual(tok) or states_terms(tok):
            continue
        if pos == "NOUN" and not noun_is_eventive(tok) and not recalled_act(tok) and not condemned_attack(tok) \
                and not (trig.event_type == "ASSAULT" and told_attack(tok)):
            continue
        if pos == "VERB" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and trig.event_type in (
                "MOBILIZE", "AID"):
            continue  # "gunmen armed with knives", "US troops stationed in Syria": what they are, not an act
        if pos == "VERB" and tok.lemma_.lower() == "ask" and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY for c in tok.children):
            continue  # "a diplomat who asked not to be named"
        if tok.dep_ == "csubj":  # "Supporting Iraq is a principled policy": a stance, not an act
            continue
        if pos == "VERB" and alleged_as_adjective(tok):
            continue  # "the director has alleged ties to the IRGC": his ties are alleged, he alleges nothing
        if pos == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and any(
                t.event_type == trig.event_type for t in lexicon.get((tok.head.lemma_.lower(), "NOUN"), [])):
            continue  # "attacks carried out by Iran" restates the attacks: the noun is the act, and its doer
        etype, future = trig.event_type, False
        if pos == "VERB" and tok.dep_ == "acl" and tok.head.lemma_.lower() in DEMAND_NOUNS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            etype = "REQUEST"  # "voted on a resolution to expel US troops": the act demanded, not done
        elif pos == "VERB" and has_future(tok) or pos == "NOUN" and tok.dep_ == "dobj" \
                and tok.head.pos_ == "VERB" and has_future(tok.head) or committed_act(tok):
            future = True  # "will lead a multilateral exercise": the noun's act is promised like the verb's
            if etype in COOPERATIVE:
                etype = "AGREE"
            elif etype in HOSTILE:
                etype = "AGREE" if etype == "MOBILIZE" and is_joint(tok) else "THREATEN"  # a joint drill promised
            elif etype == "RETREAT":
                etype = "CONCEDE"  # an announced withdrawal or release (ANNOTATION.md)
            elif etype == "PROTEST":
                etype = "THREATEN"  # "said they would hold daily protests until …": protest threatened
            elif etype == "ACCUSE" and tok.lemma_.lower() == "hold":
                etype = "THREATEN"  # "will hold the junta accountable": punishment promised
        if etype == "AGREE" and tok.lemma_.lower() in PROMISES and any(
                c.dep_ == "xcomp" and not is_negated(c) and (c.lemma_.lower() in PUNITIVE or any(
                    g.dep_ in ("advcl", "xcomp") and g.lemma_.lower() in PUNITIVE for g in c.children) or any(
                    t.event_type in PROMISED_HARMS for t in lexicon.get((c.lemma_.lower(), "VERB"), [])[-1:]))
                for c in tok.children):
            etype = "THREATEN"  # "vowed to strike back" promises violence; "pledged not to use force" does not
        if etype == "AGREE" and tok.lemma_.lower() in COMMITTING and hostile_content(tok, lexicon):
            continue  # "remains committed to carrying out attacks", "to the defeat of ISIS": an aim, not a promise to anyone
        if etype == "REQUEST" and pos == "VERB" and consoles(tok):
            continue  # "asked her to be patient and resilient": sympathy, not a demand (ANNOTATION.md)
        if etype == "REQUEST" and pos == "VERB" and tok.lemma_.lower() in ASSURED and any(
                c.dep_ == "aux" and c.lower_ == "can" for c in tok.children):
            continue  # "Iraq can count on support from its partners": an assurance, not an appeal
        if etype == "ASSAULT" and pos == "VERB" and tok.lemma_.lower() in ("launch", "fire") and any(
                c.lemma_.lower() in MISSILES for c in named_objects(tok)) and not aimed_at_someone(tok):
            etype = "MOBILIZE"  # "fired a ballistic missile into the East Sea": a weapons test (ANNOTATION.md)
        if etype == "MOBILIZE" and is_joint(tok):
            etype = "COOPERATE"  # "held joint naval drills", "exercised with the US navy"
        if etype == "SANCTION" and tok.lemma_.lower() in LISTING_VERBS and not punitive_list(tok):
            continue  # "added the old city to its World Heritage list": a list that honours or protects
        if etype == "AGREE" and tok.lemma_.lower() == "sign" and signs_a_decree(tok):
            continue  # "signed an executive order prohibiting …": a decree binds no one else; its content is coded
        if etype == "SANCTION" and pos == "VERB" and standing_provision(tok):
            continue  # "Interpol's constitution prohibits any intervention …": what a rule says, not an act
        if etype == "COERCE" and trig.mode == "restrict" and restricts_dealings(tok):
            trig, etype = replace(trig, event_type="SANCTION", mode="discontinue", cameo="163"), "SANCTION"
        hits.append(Hit(tok, trig, etype, future))
    hits += characterisations(sent, {h.token.i for h in hits})
    hits += retaliations(sent, {h.token.i for h in hits})
    hits += imputed_designs(sent, {h.token.i for h in hits}, lexicon)
    hits += fostered_bonds(sent, {h.token.i for h in hits})
    hits += obligations(sent, {h.token.i for h in hits})
    hits += admissions(hits)
    hits += admitted_facts(sent, {h.token.i for h in hits})
    hits += judgements(sent, {h.token.i for h in hits})
    forces_left = forces_leaving(sent, set())
    hits = [h for h in hits if h.token.i not in {f.token.i for f in forces_left}] + forces_left


    joint = joint_works(sent, hits)
    trained_together = {h.token.i for h in joint if h.token.lemma_.lower() == "train"
                        and not any(c.dep_ == "dobj" for c in h.token.children)}
    hits = [h for h in hits if h.token.i not in trained_together] + joint  # "trained together": no one taught
    # the content of an accusation or claim is not coded, only the accusation (ANNOTATION.md)
    contested = {t.i for h in hits if h.token.lemma_.lower() in CONTESTED
                 for c in h.token.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
    contested |= {t.i for tok in sent if tok.lemma_.lower() in CONTESTED and tok.pos_ == "VERB"
                  for c in tok.children if c.dep_ == "ccomp" for t in c.subtree}
    # "reports that Iranian advisers are assisting the Houthis", "claims that Iran attacked": hearsay
    contested |= {t.i for tok in sent if tok.lemma_.lower() in HEARSAY and tok.pos_ == "NOUN"
                  for c in tok.children if c.dep_ in ("acl", "ccomp") and any(
                      m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for t in c.subtree}
    hits = [h for h in hits if h.token.i not in contested]
    hits = protest_purposes(hits)
    # an act embedded under another trigger ("agreed to cooperate", "ready to train") is the outer one's content
    toks = {h.token.i for h in hits}
    kept = []
    for h in hits:
        if praised_for(h.token) is not None:
            kept.append(h)  # "praised Iran for supporting Iraq": the praised act happened, and is coded too
            continue
        if h.event_type in ADMITTED_ACTS and admitting_verb(h.token) is not None:
            kept.append(h)  # "acknowledged that it had shot down the jet": the admitted act happened
            continue
        if h.event_type == "ASSAULT" and (condemned_attack(h.token) or told_attack(h.token)):
            kept.append(h)  # "condemns today's attack on the camp": the attack is told, and is coded too
            continue
        if h.token.dep_ == "acl" and h.token.tag_ == "VBN" and any(c.dep_ == "agent" for c in h.token.children):
            kept.append(h)  # "a truce brokered by Qatar": another party's act on the thing, not its content
            continue
        t, inner = h.token, False
        for _ in range(4):
            embedded = t.dep_ in ("xcomp", "ccomp", "acl", "dobj", "nsubjpass", "attr", "oprd", "pcomp") or (
                t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in t.children)) or (
                t.dep_ == "pobj" and t.head.lower_ in ("for", "to", "of", "on", "against", "into")) or (
                t.dep_ == "prep" and t.lower_ in ("for", "to", "of", "on", "against", "into"))
            if embedded and t.head.i != t.i:
                t = t.head
                if t.i in toks and t.i != h.token.i:
                    inner = True
                    break
            else:
                break
        if not inner:
            kept.append(h)
    return agreed_concessions(kept, lexicon)


AGREEING = {"agree", "consent"}
YIELDED = {"RETREAT", "CONCEDE"}


def agreed_concessions(hits: list[Hit], lexicon) -> list[Hit]:
    """"Egypt agreed to release the activists", "agreed to lift its veto": one side agreeing to yield
    concedes (PLOVER CONCEDE; ANNOTATION.md: announced releases and withdrawals); two sides agreeing together
    ("Colombia and the ELN agreed to extend their ceasefire", "agreed with Kyiv to …") still agree."""
    out = []
    for h in hits:
        tok = h.token
        if h.event_type == "AGREE" and tok.lemma_.lower() in AGREEING and not one_of_two_sides(tok) and any(
                yields(t, lexicon) for c in tok.children if c.dep_ == "xcomp"
                for t in [c] + [g for g in c.children if g.dep_ == "conj"]):
            h = replace(h, event_type="CONCEDE")
        out.append(h)
    return out


def yields(verb, lexicon) -> bool:
    """Is the verb, as its lexicon rows read it, a release, withdrawal or concession (not negated)?"""
    fitting = [t for t in lexicon.get((verb.lemma_.lower(), "VERB"), []) if matches(verb, t)]
    return bool(fitting) and fitting[0].event_type in YIELDED and not is_negated(verb)


def one_of_two_sides(verb) -> bool:
    """The verb's act is mutual: coordinated subjects, or a partner "with" whom it is done."""
    subj = subject_of(verb)[0]
    return (subj is not None and any(c.dep_ == "conj" for c in subj.children)) or any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in verb.children)


# -- arguments -----------------------------------------------------------------------------------------

PRAISE_FOR = {"praise", "thank", "commend", "hail", "laud", "applaud", "salute", "congratulate", "credit"}


def praised_for(tok):
    """The praised party when `tok` is the gerund of "thanked X for hosting …", "praised X for supporting …":
    thanks are given for acts that happened, and the act is X's, not the thanker's."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in PRAISE_FOR or verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def subject_of(verb, through_acl: bool = False):
    """(actor head, passive recipient head) of a verb, climbing xcomp/conj/advcl for shared subjects.
    A participle on a noun ("officials asking X") takes that noun as its subject, or with `through_acl`
    the subject of the clause the noun sits in ("posted a message on Twitter blaming Iran")."""
    t = verb
    for _ in range(5):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "csubj")), None) or next(
            (g for a in t.children if a.dep_ in ("aux", "auxpass") for g in a.children if g.dep_ == "nsubj"), None)
        passive = next((c for c in t.children if c.dep_ == "nsubjpass"), None)  # ↑ subject misparsed onto "been"
        agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if passive is not None:
            return agent, passive
        if t is verb and agent is not None and t.dep_ == "acl" and t.tag_ == "VBN":
            return agent, None  # "the truce brokered by Qatar" (the noun's own words name the agent again)
        if subj is not None:
            if subj.lower_ in ("who", "which", "that") and t.dep_ == "relcl":
                if t.head.ent_type_ in ("GPE", "LOC", "FAC") and t.head.dep_ == "pobj":
                    return None, None  # "the attack in Abu Dhabi, which killed three": not Abu Dhabi's act
                if ACT_NOUNS.get(t.head.lemma_.lower()) == "violence":
                    return noun_actor(t.head), None  # "answered with raids that killed six": who raided
                return t.head, None
            return subj, None
        if t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "ccomp", "acomp", "oprd") and t.head.i != t.i:
            if t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN") and not through_acl:
                return t.head, None
            if t.dep_ == "acl":
                t = t.head
                while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
                    t = t.head
                continue
            t = t.head
            if t.pos_ == "ADP":  # "after meeting X": the preposition's head verb has the subject
                t = t.head
            continue
        if t.dep_ == "pcomp" or t.head.pos_ == "ADP":
            t = t.head.head
            continue
        break
    return None, None


# "a swap mediated by the UAE", "a truce brokered by Egypt", "a deal welcomed by the UN": the participle's agent
# stood beside the act or answered it, it did not do it
THIRD_PARTY_ROLES = {"mediate", "broker", "facilitate", "sponsor", "arrange", "oversee", "supervise", "monitor",
                     "witness", "observe", "moderate", "chair", "welcome", "condemn", "criticise", "criticize"}


def condemned_doer(noun, verb):
    """Who did the condemned act, as the phrase names it: its possessor ("Russia's strikes"; not the date of
    "Saturday's incursion"), its by-phrase, or a by-phrase the parser hung on the active condemning verb
    ("condemned the killings of civilians by the RSF")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.ent_type_ in NOT_PARTIES:
        poss = None
    by = next((g for p in list(noun.children) + [p for p in verb.children if p.i > noun.i]
               if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
               if g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES), None)
    if poss is None and by is not None:
        return by
    agent = acl_agent(noun) if poss is None else None
    if agent is not None:  # "the attacks launched by Hezbollah from Lebanon"
        return agent
    return noun_actor(noun) if poss is not None or any(c.dep_ == "prep" for c in noun.children) else None


def acl_agent(noun):
    """The agent of a participle describing a noun: "the accusation, made by Qassem", "facilities used by
    Kata'ib Hezbollah", "attacks launched by Hezbollah" (not a mediator's or a bystander's role)."""
    return next((g for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() not in THIRD_PARTY_ROLES
                 for a in acl.children if a.dep_ == "agent" for g in a.children
                 if g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES), None)


ARMED_ACTS = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}


def armed_by_demonym(noun, actor_head, event_type: str) -> bool:
    """Is the actor the demonym or country name modifying an armed act's noun ("the Turkish offensive", or
    "an Israeli drone strike killed …" where the strike is the trigger's subject)?"""
    if event_type not in ARMED_ACTS or actor_head is None or actor_head.dep_ not in ("amod", "compound") \
            or actor_head.ent_type_ not in ("NORP", "GPE"):
        return False
    act = actor_head.head  # the trigger itself, or the act noun that is its subject ("a strike killed …")
    return act.pos_ in ("NOUN", "PROPN") and (act.i == noun.i or ACT_NOUNS.get(act.lemma_.lower()) == "violence")


# what a party voices about another's act: its source is named by "from" ("criticism from China")
VOICED_REACTIONS = {"criticism", "condemnation", "objection", "protest", "opposition", "rebuke", "complaint",
                    "outcry", "backlash", "warning", "threat", "pressure", "praise", "call", "appeal", "demand",
                    "plea", "denial"}
# a reaction the main clause's doer acted in spite of: "went ahead despite criticism from Beijing"
CONCESSIVE = {"despite", "amid", "notwithstanding"}
REACTION_TYPES = {"ACCUSE", "REJECT", "PROTEST", "THREATEN", "REQUEST"}
CONCESSIVE_PHRASES = {("in", "spite"), ("in", "face")}


def concessive_clause(noun):
    """The verb of the clause a noun is a concession to ("announced the change despite criticism", "in the
    face of protests"): the act the reaction was aimed at, done anyway."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in" \
            and ("in", prep.head.lemma_.lower()) in CONCESSIVE_PHRASES:
        prep = prep.head.head
    elif prep.lower_ not in CONCESSIVE:
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def conceded_reactions(verb) -> set[int]:
    """The tokens of the reactions a clause is done in spite of ("signed it despite criticism from Greece"):
    who reacted is not a party to the act."""
    reactions = [t for p in verb.children if p.dep_ == "prep" for t in p.subtree
                 if t.dep_ == "pobj" and t.lemma_.lower() in VOICED_REACTIONS and concessive_clause(t) == verb]
    return {t.i for r in reactions for t in r.subtree}


def noun_actor(noun):
    """Actor of a nominal trigger: "his meeting", "Iran's attack", "the attack conducted by the Taliban",
    or the subject of the verb it hangs on."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return own_act_subject(noun, poss) or poss
    by = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
               if g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES), None)
    if by is not None:  # "the weekend strikes by French and Belgian jets"
        return by
    source = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children
                   if g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES), None) \
        if noun.lemma_.lower() in VOICED_REACTIONS else None
    if source is not None:  # "drew criticism from Beijing": Beijing criticised
        return source
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() not in THIRD_PARTY_ROLES):
        agent = next((g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
    agent = trailing_participle_agent(noun)
    if agent is not None:
        return agent
    adj = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")), None)
    if adj is not None:
        return adj
    if noun.lemma_.lower() in VOICED_REACTIONS and concessive_clause(noun) is not None:
        return None  # "Japan went ahead despite criticism": the clause's subject is the criticised, not the critic
    head = noun.head
    if recalled_as_time(noun):
        return None  # "guards stepped up patrols after the bombing": who acts after an attack did not do it
    if noun.dep_ == "pobj":
        verb = head.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in REPORTING:  # a reporter is not the doer
            return subject_of(verb)[0]
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in SUBJ:
            return verb
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() not in REPORTING:
        return subject_of(head)[0]  # "the agency reported the attack": not the agency's attack
    if noun.dep_ == "pobj" and head.dep_ == "ROOT" and head.pos_ == "ADP":
        # "During a meeting with X, Y urged…" parsed as two fragments: the clause's verb is another root
        verb = next((t for t in noun.sent if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and t.i != head.i), None)
        if verb is not None:
            return subject_of(verb)[0]
    return None


POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my"}


def own_act_subject(noun, poss):
    """"Biden offered Abbas his full support", "the minister expressed her support": a possessive pronoun on
    the noun a light verb works on is the subject's own act (not the person named last, the addressee)."""
    verb = noun.head
    if poss.lower_ not in POSSESSIVE_PRONOUNS or noun.dep_ != "dobj" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    subj = subject_of(verb)[0]
    return subj if subj is not None and subj.i != noun.i else None


def identifies_party(tok) -> bool:
    """Is `tok` the act of a relative clause on a party ("the military government, which took power in coups",
    "terrorists who refused to join the process", "a rapporteur who had investigated the case")? Done to nobody
    the story names, such an act says who the party is; it is not one of the story's events (an act on a named
    party, "Hezbollah, which fired rockets at Israel", is, and so are attacks, "gunmen who stormed …", and what
    a present perfect keeps going, "JNIM, which has imposed a blockade since September")."""
    t = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj") else tok
    if t.pos_ == "ADP":
        t = t.head  # "which took power in coups"
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "relcl" or t.head.pos_ not in ("NOUN", "PROPN") or ACT_NOUNS.get(t.head.lemma_.lower()):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in t.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that") for c in t.children)


# "after the strike", "following the airstrikes", "since the attack": an attack recalled as the time of another
# happening; the clause's subject did not carry it out ("during" is another matter: one takes part in a meeting)
RECALLING_PREPS = {"after", "following", "since", "amid", "despite", "before"}


def recalled_as_time(noun) -> bool:
    if ACT_NOUNS.get(noun.lemma_.lower()) != "violence":
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ in RECALLING_PREPS \
        or noun.dep_ == "dobj" and noun.head.lower_ == "following" and noun.head.tag_ == "VBG"  # parsed as a verb


def trailing_participle_agent(noun):
    """"Dozens died in the bombing, reportedly carried out by the Taliban": a participle set off after the
    noun describes it, though the parser hangs it on the clause's verb; its agent did the act."""
    if noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    for cl in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > noun.i):
        between = noun.doc[noun.i + 1:cl.i]
        if any(c.dep_ in SUBJ for c in cl.children) or any(t.pos_ not in ("PUNCT", "ADV") for t in between):
            continue
        agent = next((g for a in cl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if agent is not None and agent.ent_type_ not in NOT_PARTIES:
            return agent
    return None


WITHDRAWN = {"presence", "troop", "troops", "force", "forces", "soldier", "contingent", "deployment", "military"}


def is_people_of(head) -> bool:
    """A nation's people named by the plural of its demonym ("Bahrainis", "thousands of Slovaks")."""
    return head is not None and head.ent_type_ == "NORP" and head.pos_ in ("PROPN", "NOUN") \
        and head.lower_.endswith("s")  # (the tagger calls "Bahrainis" NNP as often as NNPS)


def withdrawn_forces(noun):
    """"the withdrawal of US troops", "the reduction of American presence": the forces withdrawn are the
    state's, and the state is the one withdrawing them."""
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj" and (g.lemma_.lower() in WITHDRAWN or g.ent_type_ in ("GPE", "NORP"))), None)


# organs a pronoun's owner governs with: "their government", "its regime"
OWN_ORGANS = {"government", "regime", "administration", "authorities", "leadership"}


def governing_subject(tok):
    """The subject of the clause `tok`'s clause is the complement of, whatever the verb ("Iran acknowledged
    their government had …", "the coalition said its jets struck …"): whom a possessive pronoun there means."""
    t = tok
    while t.dep_ in ("xcomp", "conj", "acomp", "aux", "auxpass", "oprd") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "ccomp" and t.head.pos_ == "VERB":
        subj = subject_of(t.head)[0]
        if subj is not None and subj.pos_ != "PRON":
            return subj
    return None


def reporter_subject(tok):
    """For a pronoun subject in reported speech, the reporter it stands for: "Israel said it would …"."""
    t = tok
    while t.dep_ in ("xcomp", "conj", "acomp", "aux", "auxpass", "oprd") and t.head.i != t.i:
        t = t.head  # "they were ready to exchange": the clause is "were"
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH:
        subj = subject_of(t.head)[0]
        if subj is not None and subj.pos_ != "PRON":
            return subj
    return None


def clause_antecedent(pron):
    """"Protesters gathered outside the embassy, where they burned a flag": the "they" of a subordinate
    clause is the plural subject of the clause it hangs on."""
    if pron.lower_ != "they":
        return None
    t = pron.head
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("relcl", "advcl"):
        return None
    main = t.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.i < pron.i and subj.tag_ in ("NNS", "NNPS") and subj.pos_ != "PRON":
        return subj
    return None


def complement_subject(tok):
    """The addressee of a demand or refusal phrased as a clause: "demanded that China withdraw",
    "pressed for Russia to use its influence" (the parser makes "for" the mark of an adverbial clause)."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp" or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))), None)
    if comp is None:
        return None
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.pos_ != "PRON" else None


# "an end to", "a halt to", "the cessation of": asking that an act stop asks it of whoever does it
STOPS = {"end", "halt", "stop", "cessation", "suspension", "freeze"}


def requested_stop_doer(tok):
    """The doer named by the act a request wants stopped ("called for an end to the Asad regime's attacks",
    "demanded a halt to Russia's shelling of the port"): its possessor or by-phrase, never a pronoun or a date."""
    asked = [c for c in tok.children if c.dep_ == "dobj"]
    asked += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    for stop in (a for a in asked if a.lemma_.lower() in STOPS):
        for act in (g for p in stop.children if p.dep_ == "prep" and p.lower_ in ("to", "of", "on")
                    for g in p.children if g.dep_ == "pobj" and ACT_NOUNS.get(g.lemma_.lower()) == "violence"):
            doer = next((c for c in act.children if c.dep_ == "poss" and c.pos_ != "PRON"
                         and c.ent_type_ not in NOT_PARTIES), None) or curly_possessor(act) or next(
                (g for p in act.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
                 if g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES), None)
            if doer is not None:
                return doer
    return None


MESSAGE_VERBS = {"write", "appeal", "turn", "send", "address", "petition", "plead", "speak", "talk", "call", "go"}


def addressee_of_message(tok):
    """A request worded as the purpose of a message: "wrote to X asking …", "appealed to X, urging …"."""
    if tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head.lemma_.lower() not in MESSAGE_VERBS:
        return None
    prep = next((c for c in tok.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and pobj.ent_type_ not in NOT_PARTIES else None


def recipient_of(tok, trig: Trigger):
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.pos_ in ("NOUN", "PROPN"):
        # "facilities were hit by drone strikes": the struck are the passive subject
        verb = tok.head.head
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            return passive
    spec = trig.recipient or ("dobj", "prep:with", "prep:to", "prep:against", "prep:on")
    for where in spec:
        if where == "dobj":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() not in trig.objects:
                return obj
        elif where == "dative":
            dat = next((c for c in tok.children if c.dep_ == "dative"), None)
            if dat is not None:
                return next((g for g in dat.children if g.dep_ == "pobj"), dat)
        elif where == "particle" and trig.particle:
            # the particle follows its verb: "On Friday, X called on Y" is not called on Friday
            prep = next((c for c in tok.children if c.lemma_.lower() == trig.particle and c.i > tok.i), None)
            if prep is not None:
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
            misread = particle_read_as_mark(tok, trig.particle)
            if misread is not None:
                return misread
        elif where.startswith("prep:"):
            word = where[5:]
            heads = [tok] + [c for c in tok.children if c.dep_ in ("dobj",)]
            heads += [g for c in heads[1:] if c.lemma_.lower() in trig.objects for p in c.children
                      if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            # "hosted several rounds of talks between the two ministers": the parties hang on the talks
            if trig.particle:  # "entered into an agreement with Syria": the with-phrase hangs on the object
                heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == trig.particle
                          for g in c.children if g.dep_ == "pobj"]
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
                heads.append(tok.head)  # "began a military offensive into north-eastern Syria"
            for h in heads:
                prep = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == word), None)
                if prep is not None:
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.ent_type_ not in NOT_PARTIES:  # "on Monday" is a date
                        return pobj
    return weapon_target(tok) if trig.event_type == "ASSAULT" and tok.pos_ == "VERB" else None


def indirect_object(noun):
    """The party a light verb gives its noun to: "offered Abbas his support" (the parser reads both as
    objects), "gave the Kurds its backing"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    dative = next((c for c in verb.children if c.dep_ == "dative" and c.i < noun.i), None)
    if dative is not None:
        return next((g for g in dative.children if g.dep_ == "pobj"), dative)
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i and c.pos_ in ("PROPN", "NOUN")), None)


EFFORTS = {"effort", "endeavour", "endeavor", "work", "initiative"}


def anaphoric_effort(noun) -> bool:
    """"these efforts", "their efforts", "such initiatives": efforts told before, by whom the text is about."""
    return noun.lemma_.lower() in EFFORTS and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("these", "those", "this", "that", "such", "their") for c in noun.children)


def stated_effort_doer(noun):
    """Whose efforts a noun names: its by-phrase or non-pronoun possessor ("mediation efforts by IGAD")."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) or next(
        (g for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"),
        None)


HARMING = HARM | {"destroy", "eliminate", "neutralize", "neutralise", "degrade", "disrupt"}


WHERE_PREPS = {"in", "near", "inside", "across", "outside", "around"}


def told_as_where(head) -> bool:
    """Is the recipient only the place the act happened ("an airstrike in northwest Syria targeting …")? The
    party the attack's own clause names as harmed is then the one struck, not the country it is in."""
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in WHERE_PREPS \
        and head.ent_type_ in ("GPE", "LOC", "FAC")


def harmed_party(tok):
    """Whom an attack was for or did harm to, told by its purpose or result: "a strike on the location to
    target enemy fighters", "strikes to destroy ISIL positions", "an attack that killed 20 civilians",
    "shelled the town, killing five soldiers"."""
    acts = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS else [])
    acts += [g for c in tok.children if c.dep_ == "dobj" for g in [c]]  # "conducted a strike that killed …"
    for act in acts:
        for c in act.children:
            purpose = c.dep_ in ("advcl", "xcomp") and (c.tag_ == "VBG" or any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
            result = c.dep_ == "relcl" and act.pos_ in ("NOUN", "PROPN") and c.tag_ in ("VBD", "VBN")
            # "an airstrike in northwest Syria targeting a senior ISIS leader": the noun's own participle
            aimed = c.dep_ == "acl" and act.pos_ in ("NOUN", "PROPN") and c.tag_ == "VBG"
            if (purpose or result or aimed) and c.pos_ == "VERB" and c.lemma_.lower() in HARMING:
                obj = next((o for o in c.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None)
                if obj is not None:
                    return obj
    return None


PROTEST_CAUSE_PREPS = {"at", "against", "over"}


def protested_party(tok):
    """Whom a strike or march is against when its purpose says so: "walked out to protest the government's
    plan", "went on strike in protest at the government's cuts", "marched, chanting slogans against the
    supreme leader". A policy stands for whoever owns it ("the government's plan": the government)."""
    targets = []
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "protest":
            targets += [o for o in c.children if o.dep_ == "dobj"]
            targets += [g for p in c.children if p.dep_ == "prep" and p.lower_ in PROTEST_CAUSE_PREPS
                        for g in p.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ == "in":
            targets += [g for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() == "protest"
                        for p in n.children if p.dep_ == "prep" and p.lower_ in PROTEST_CAUSE_PREPS
                        for g in p.children if g.dep_ == "pobj"]
        if c.dep_ == "advcl" and c.lemma_.lower() in ("chant", "shout"):
            targets += [g for o in c.children if o.dep_ == "dobj" for p in o.children
                        if p.dep_ == "prep" and p.lower_ == "against" for g in p.children if g.dep_ == "pobj"]
    for target in targets:
        owner = next((g for g in target.children if g.dep_ == "poss" and g.pos_ in ("NOUN", "PROPN")), None)
        return owner if owner is not None else target
    return None


HELPING = {"help", "assist", "support", "aid", "train", "equip", "protect", "defend", "fund", "finance", "back",
           "serve", "host"}


def helped_party(tok):
    """Whom an offer, promise or commitment is for, when what is offered is help: the object of "offered to
    help the UN", "committed to assisting the High Commissioner", "pledged to train the Iraqi army"."""
    acts = [c for c in tok.children if c.dep_ in ("xcomp", "advcl")]
    acts += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pcomp"]
    for act in acts:
        if act.pos_ == "VERB" and act.lemma_.lower() in HELPING:
            obj = next((c for c in act.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    return None


def weapon_target(verb):
    """"launched missiles targeting US troops": whom the weapon's own clause says it struck."""
    return next((g for o in named_objects(verb) for a in o.children if a.dep_ == "acl" and a.lemma_.lower() in HARM
                 for g in a.children if g.dep_ == "dobj"), None)


def object_owner(tok, trig: Trigger):
    """The named owner of the trigger's object ("capped North Korea's imports", "expelled Iran's envoy"): the
    party the act is done to, where the row names its recipient as the object's possessor."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in trig.objects), None)
    poss = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
    return poss if poss is not None and poss.pos_ in ("PROPN", "NOUN") else None


def named_organisation_object(tok, trig: Trigger):
    """An object the row lists that is itself a named organisation ("quit NATO", "left ECOWAS"): the party the
    act is done to, not the thing done (as "sanctions" is in "imposed sanctions")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in trig.objects), None)
    return obj if obj is not None and obj.pos_ in ("PROPN", "NOUN") and obj.ent_type_ == "ORG" else None


def named_owner_object(tok, trig: Trigger):
    """An object the row lists that a named party modifies ("hit two al-Qaida vehicles", "struck Houthi
    positions"): the phrase resolves to its owner, who is struck, rather than the place named further on."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in trig.objects), None)
    if obj is None or not any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("ORG", "NORP", "GPE")
                              and not names_maker(c) for c in obj.children):
        return None
    return obj


MAKING = {"made", "built", "designed", "manufactured", "produced", "supplied", "origin"}


BORDERS = {"border", "frontier", "boundary"}


def names_border(tok) -> bool:
    """"near the border with Mali", "the Syrian border": the neighbour names where the act happens, not
    whom it is aimed at."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in BORDERS:
        return True
    return tok.dep_ in ("compound", "amod") and head.lemma_.lower() in BORDERS


def names_maker(tok) -> bool:
    """"Iranian-made missile parts", "Russian-built jets": the country that made the cargo, not a party to the act."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in MAKING


FLOATING = {"each", "both", "all"}


def floated_quantifier(head):
    """"Russia and Ukraine each handed over …": a quantifier the parser made the subject, cut off from the
    parties it follows, stands for them (the first of the coordination, which carries the rest)."""
    if head.lower_ not in FLOATING or head.n_lefts + head.n_rights or head.i == head.sent.start:
        return head
    prev = head.doc[head.i - 1]
    while prev.dep_ == "conj" and prev.head.i < prev.i:
        prev = prev.head
    return prev if prev.pos_ in ("PROPN", "NOUN") and prev.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") else head


BELIEVING = SPEECH | CONTESTED | {"regard", "consider", "suspect", "believe", "call", "describe", "allege"}


def claimed_content(head) -> set[int]:
    """Tokens of a phrase that tell what is said of a thing rather than name it: a relative clause of saying
    ("a building in Erbil which they said was an Israeli headquarters") and the content of a report or
    claim ("reports linking the seizure to the United States", "claims that Iran attacked")."""
    out: set[int] = set()
    for t in head.subtree:
        if t.i == head.i:
            continue
        if t.dep_ in ("relcl", "acl") and t.lemma_.lower() in BELIEVING \
                or t.dep_ in ("acl", "ccomp", "relcl") and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in HEARSAY:
            out |= {u.i for u in t.subtree}
    return out


BELONGING = {"belong", "house", "host"}  # "facilities that belong to Aramco", "bases that house US troops"


def serving_clause(head) -> set[int]:
    """Tokens of a simple-present relative clause on the phrase's head that says what the thing does as a rule
    ("any bank that moves funds for Iran"), unless it says whose the thing is."""
    return {t.i for c in head.children if c.dep_ == "relcl" and describes_its_noun(c)
            and c.lemma_.lower() not in BELONGING for t in c.subtree}


def denies_content(verb, obj) -> bool:
    """"denied that the drone was Russian", "denied all claims that …": what is denied is a proposition, or a
    report or claim told by its content alone; unless its owner or addressee is named, the denial answers
    nobody the article establishes (ANNOTATION.md: recipient null), not the last accuser."""
    if obj is None:
        return any(c.dep_ == "ccomp" for c in verb.children)
    return obj.lemma_.lower() in HEARSAY and any(  # (not "a charge Tehran denied": the denial itself)
        c.dep_ in ("acl", "ccomp", "relcl") and c.i != verb.i for c in obj.children)


def designation_by(noun):
    """"the proclamation of the Heights as Israeli territory by the President": the parser hangs the by-phrase
    on the as-phrase's noun, but it names who made the designation."""
    verb = noun.head if noun.dep_ == "dobj" else None
    holders = [noun] + ([verb] if verb is not None else [])
    return next((g for h in holders for a in h.children if a.dep_ == "prep" and a.lower_ == "as" and a.i > noun.i
                 for n in a.children if n.dep_ == "pobj" for p in n.children if p.dep_ == "prep" and p.lower_ == "by"
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES), None)


def conjuncts(head) -> list:
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(conjuncts(c))
    return out


def _unplaced(ref: ActorRef | None) -> bool:
    return ref is None or not (ref.country or ref.sector)


UNIDENTIFIED_ATTACKER = "gunman"  # titles.csv role of gunmen, assailants, attackers, armed men


BLASTS = {"explosion", "blast", "bomb", "device", "ied", "grenade", "landmine"}  # "a car bomb killed five"
UNKNOWN_ATTACKER_MARK = "+unknown-attacker"  # on the rule of an attack whose doer the text does not establish
RETELLING_DETS = {"the", "this", "these", "those", "that"}


def unidentified_attacker(ref: ActorRef | None, head) -> bool:
    """Armed men the text names only by what they did, of no side, name or country ("unknown assailants",
    "gunmen on motorcycles"); not "the attackers" (those already told of) nor "a bomber from the group"."""
    if ref is None or ref.role != UNIDENTIFIED_ATTACKER or ref.country or ref.name or ref.actor_id:
        return False
    return not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in RETELLING_DETS
                   or c.dep_ == "prep" and c.lower_ in ("from", "of") for c in head.children)


def told_act(ev: Event, sent) -> tuple:
    """What a later "the decision", "the seizure" may refer to: the event's type, sides and trigger word."""
    trigger = next((t for t in sent if t.idx == ev.trigger.start), None)
    return ev.event_type, ev.actor, ev.recipient, trigger.lemma_.lower() if trigger is not None else ""


def _same_word(noun: str, lemma: str) -> bool:
    """"seizure" and "seize", "invitation" and "invite", "decision" and "decide": one word's noun and verb."""
    n = 0
    while n < min(len(noun), len(lemma)) and noun[n] == lemma[n]:
        n += 1
    # "seizure"/"seize", "decision"/"decide" share all but the verb's last two letters; "condition"/"condemn",
    # "conference"/"confiscate" only a prefix
    return (n >= 4 and n >= len(lemma) - 2) or n == len(noun) == len(lemma)


def _placed(ref: ActorRef | None) -> bool:
    """A party the record can name: a state, or a body that has none (the EU, a militia)."""
    return ref is not None and bool(ref.country or ref.sector in STATELESS)


def _same_party(a: ActorRef, b: ActorRef) -> bool:
    """One party, as far as acts referred back to go: a state and its organs (not its rebels), or one body."""
    if a.country or b.country:
        return a.country == b.country and (a.sector in STATE_ORGANS) == (b.sector in STATE_ORGANS)
    return (a.actor_id or a.name or a.text) == (b.actor_id or b.name or b.text)


def _opens_conjunct(tok) -> bool:
    return tok.dep_ == "conj" or (tok.head.dep_ == "conj" and tok.head.left_edge.i == tok.i)


def coordinated_members(head) -> list[tuple]:
    """Split a phrase at its "and"s into (segment head, segment tokens), when it has two or more named
    members: parses of long titled names often hang the conjunction in the wrong place."""
    from ..actors.resolve import phrase_tokens

    inside = {t.i for t in phrase_tokens(head)} | {t.i for t in head.subtree if t.dep_ == "conj"}
    ccs = [t for t in head.subtree if t.dep_ == "cc" and t.lower_ in ("and", "&") and t.head.i in inside]
    if not ccs:
        return []
    span = sorted({t.i for t in head.subtree if t.dep_ not in ("relcl", "acl")} , key=int)
    doc = head.doc
    lo, hi = span[0], span[-1]
    # the commas of a list ("The U.S., French and Royal Navy") cut too: each opens the next conjunct
    commas = {t.i for t in head.subtree if t.text == "," and lo < t.i < hi - 1 and _opens_conjunct(doc[t.i + 1])}
    cuts = sorted({c.i for c in ccs if lo < c.i < hi} | commas)
    if not cuts:
        return []
    bounds = [lo] + [c + 1 for c in cuts]
    ends = [c for c in cuts] + [hi + 1]
    out = []
    for a, b in zip(bounds, ends):
        seg = [doc[i] for i in range(a, b) if doc[i].dep_ not in ("punct", "cc", "det")]
        if not seg:
            continue
        idx = {t.i for t in seg}
        roots = [t for t in seg if t.head.i not in idx or t.head.i == t.i]
        root = next((t for t in roots if t.ent_type_), roots[0] if roots else seg[-1])
        if any(t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") for t in seg):
            out.append((root, seg))
    return out if len(out) > 1 else []


class Coder:
    """Codes one document's sentences in order, carrying the coreference context between them."""

    def __init__(self, lexicon, resolver: Resolver, cameo: CameoTable, doc_id: str):
        self.lexicon = lexicon
        self.resolver = resolver
        self.cameo = cameo
        self.doc_id = doc_id
        self.ctx = DocContext()
        self.unowned_acts: set[str] = set()  # condemnations of an attack whose perpetrator is not yet known
        self.quotes: list[tuple[int, int]] = []  # the document's quote spans, for pronouns inside them
        self.dateline_state: str | None = None  # the country of the capital the story is filed from
        self.organ: ActorRef | None = None  # the state organ publishing the document, if one does

    def actor_ref(self, head, sent_index: int, in_quote: bool) -> tuple[ActorRef | None, list[ActorRef]]:
        """Resolve an argument (and its conjuncts) to ActorRefs, applying coreference."""
        if head is None:
            return None, []
        head = floated_quantifier(self.exemplar(head))
        refs = []
        nations = self.coordinated_nations(head)
        if len(nations) > 1:  # "Indian and Chinese troops", "American and Filipino forces"
            info = self.resolver.resolve_phrase(head)
            base = info.ref or ActorRef(text=nations[0].name)
            group = [replace(base, country=c.country, name=c.name, actor_id=None, confidence=0.6) for c in nations]
            return group[0], group
        members = coordinated_members(head)
        if members:  # "US President Donald Trump and Turkish President Recep Tayyip Erdoğan": parse-proof split
            for seg_head, seg in members:
                ref = self.corefer(self.resolver.resolve_phrase(seg_head, seg), seg_head, sent_index, in_quote)
                if ref is not None:
                    refs.append(ref)
            if len(refs) > 1:
                return refs[0], refs
            refs = []
        for h in conjuncts(head):
            info = self.resolver.resolve_phrase(h)
            ref = self.corefer(info, h, sent_index, in_quote)
            if ref is not None:
                refs.append(ref)
        if not refs:
            return None, []
        if len(refs) == 1 and refs[0].role == "pair":
            return refs[0], list(self.pair(refs[0].text))
        return refs[0], refs if len(refs) > 1 else []

    def issuer(self) -> ActorRef | None:
        """Who speaks in an official statement's own voice: the organ publishing it, else the state of the
        article's protagonist."""
        if self.organ is not None:
            return self.organ
        first = self.ctx.first_subject
        if first is None or not first.country:
            return None
        return ActorRef(text=first.text, country=first.country, sector="GOV", kind="country", confidence=0.4)

    def home_state(self) -> str | None:
        """Whose officer a nameless title is ("The President spoke today with …", "the Foreign Secretary"): in a
        state's own release, that state (a White House readout's President is its own); else the article's
        protagonist, or before the story has one, the state it is filed from ("NIAMEY – … the army said")."""
        if self.organ is not None and self.organ.country:
            return self.organ.country
        return self.ctx.first_subject.country if self.ctx.first_subject is not None else self.dateline_state

    def names_the_organ(self, head) -> bool:
        """A bare "the Department" or "the Command" in a release of the U.S. State Department or U.S. Central
        Command: the publishing organ names itself by the head word of its own name."""
        if self.organ is None or head.tag_ not in ("NN", "NNP") or any(
                c.dep_ not in ("det", "punct") for c in head.children):
            return False
        own_words = set(re.findall(r"[a-z]+", f"{self.organ.text} {self.organ.name or ''}".lower()))
        return head.lower_ in own_words and head.lower_ not in ("state", "united", "states", "u")

    def names_a_country(self, head) -> bool:
        """Does the phrase's own wording place it ("Israeli troops", "the army of Lebanon"), as opposed to a
        country supplied by the document's context ("its troops" read as the article's protagonist)?"""
        ref = self.resolver.resolve_phrase(head).ref
        return ref is not None and bool(ref.country)

    def is_capital(self, tok) -> bool:
        """A capital's name, as opposed to a country's ("a Kabul bombing" vs "a US strike")."""
        hit = self.resolver.gaz.lookup(tok.text)
        return bool(hit) and hit[0][1] == "capital"

    def exemplar(self, head):
        """"allies such as Germany", "countries including Iran": a class the registry cannot place stands
        for the named member it is exemplified by."""
        if head.pos_ not in ("NOUN", "PRON") or not any(
                c.dep_ == "prep" and c.lower_ in ("including", "as") for c in head.children) \
                or self.resolver.resolve_phrase(head).ref is not None:
            return head  # (the phrase is resolved only when it has such a member: this runs for every argument)
        for prep in head.children:
            if prep.dep_ == "prep" and (prep.lower_ == "including" or (
                    prep.lower_ == "as" and any(c.lower_ == "such" for c in head.children if c.dep_ == "amod")
                    or any(c.lower_ == "such" for c in prep.children))):
                member = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if member is not None and member.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                    return member
        return head

    def corefer(self, info: PhraseInfo, head, sent_index: int, in_quote: bool) -> ActorRef | None:
        """The actor a phrase refers to; a nameless title ("the Foreign Secretary") keeps, for the rest of the
        document, the reading it got at its first mention."""
        key = None
        if info.ref is not None and info.ref.role and not info.ref.name and not info.ref.country \
                and not info.group_of and not info.counterpart:
            key = self.resolver.phrase_text(head).lower()
            key = key[4:] if key.startswith("the ") else key
            earlier = self.ctx.by_title.get(key)
            if earlier is not None:
                return earlier
        ref = self._corefer(info, head, sent_index, in_quote)
        if key is not None and ref is not None and ref.country:
            self.ctx.by_title[key] = ref
        return ref

    def _corefer(self, info: PhraseInfo, head, sent_index: int, in_quote: bool) -> ActorRef | None:
        text = self.resolver.phrase_text(head)
        speaker = self.ctx.speakers.get(sent_index)
        if info.pronoun:
            if info.pronoun in ("i", "me", "my", "we", "us", "our") and in_quote and speaker is not None:
                return replace(speaker, text=text, confidence=min(speaker.confidence, 0.8))
            if info.pronoun in ("we", "us", "our", "i", "me", "my") and not in_quote and self.organ is not None:
                # a release's own voice: "We welcome …" in a State Department statement
                return replace(self.organ, text=text, confidence=0.5)
            if info.pronoun in ("we", "us", "our", "i", "me", "my") and not in_quote \
                    and self.ctx.first_subject is not None:
                # an official statement's "we" is the state that issues it: the article's protagonist
                first = self.ctx.first_subject
                return ActorRef(text=text, country=first.country, sector="GOV", kind="country", confidence=0.5)
            if info.pronoun in ("he", "she", "him", "her", "his"):
                # "Major General Baqeri in his meeting with …": a person named earlier in the same sentence
                # comes before anyone remembered from earlier sentences
                ant = next((e for e in reversed(ents_of(head.sent)) if e.end <= head.i and e.label_ == "PERSON"),
                           None)
                ref = self.resolver.resolve_phrase(ant.root).ref if ant is not None else None
                if ref is not None and ref.kind == "person" and ref.country:
                    return replace(ref, text=text, confidence=min(ref.confidence, 0.7))
            last = self.person_before(head)
            if info.pronoun in ("he", "she", "him", "her", "his") and last is not None:
                return replace(last, text=text, confidence=min(last.confidence, 0.7))
            if info.pronoun in ("it", "its"):
                # "Should Iran attack …, it will face consequences": the state or body named just before it
                ant = next((e for e in reversed(ents_of(head.sent)) if e.end <= head.i
                            and e.label_ in ("GPE", "ORG")), None)
                ref = self.resolver.resolve_phrase(ant.root).ref if ant is not None else None
                if ref is not None and ref.kind in ("country", "org") and (ref.country or ref.sector in STATELESS):
                    return replace(ref, text=text, confidence=min(ref.confidence, 0.6))
                voice = self.ctx.voices.get(sent_index - 1)
                if ant is None and head.dep_ in SUBJ and voice is not None and voice.kind in ("country", "org") \
                        and _placed(voice):
                    # "…, the Israeli military said. It accused Iran of …": the body whose statement is told
                    return replace(voice, text=text, confidence=min(voice.confidence, 0.5))
            if info.pronoun in ("they", "them", "their") and in_quote:
                ref = self.quoted_others(head, speaker)
                if ref is not None:
                    return replace(ref, text=text, confidence=min(ref.confidence, 0.6))
            if info.pronoun in ("they", "them", "their") and self.pair(text):
                return replace(self.pair(text)[0], role="pair")
            return None
        ref = info.ref
        if head.ent_type_ == "PERSON" and len(text.split()) == 1 and text.lower() in self.ctx.by_surname \
                and (ref is None or ref.actor_id != self.ctx.by_surname[text.lower()].actor_id) \
                and (ref is None or not ref.actor_id or self.ctx.by_surname[text.lower()].name):
            # "Burns" after "Commodore Andrew Burns" is that Burns, not a namesake in the registry; a nameless
            # "Major General Jafari" before does not undo the registry's Mohammad Ali Jafari
            earlier = self.ctx.by_surname[text.lower()]
            return replace(earlier, text=text, confidence=min(earlier.confidence, 0.7))
        if (ref is None or not ref.country) and head.ent_type_ == "PERSON":
            # "Aydemir" after "Turkish Foreign Minister Kemal Aydemir"
            earlier = self.ctx.by_surname.get(head.text.replace("’", "'").lower())
            if earlier is not None:
                return replace(earlier, text=text, confidence=min(earlier.confidence, 0.7))
        if in_quote and speaker is not None and speaker.country and (ref is None or not ref.country) \
                and head.lemma_.lower() not in RELATIONS and any(
                    c.dep_ == "poss" and c.lower_ in ("our", "my") for c in head.children):
            # "our soldiers", "our fishing boats" in a quote: the speaker's side ("our friends" are others)
            return ActorRef(text=text, country=speaker.country, sector=ref.sector if ref is not None else None,
                            kind="group", confidence=0.5)
        if (ref is None or not ref.country) and self.names_the_organ(head):
            return replace(self.organ, text=text, confidence=0.5)  # "The Department" in a State Department release
        if ref is None and head.lemma_.lower() in IGO_WORDS and self.ctx.last_igo is not None:
            return replace(self.ctx.last_igo, text=text, confidence=0.6)  # "the bloc" after "the EU"
        if ref is None:
            return None
        if info.counterpart and self.ctx.last_person is not None:
            # "his Iraqi counterpart": the antecedent's office in another country
            ref = replace(ref, sector=ref.sector or self.ctx.last_person.sector, kind="person",
                          role=ref.role or self.ctx.last_person.role)
        if info.group_of and not ref.country and self.pair(text):
            return replace(self.pair(text)[0], role="pair")
        if not ref.country and not ref.sector:
            return None
        if ref.kind == "person" and ref.role and not ref.name and not info.group_of and not info.counterpart \
                and head.tag_ not in ("NNS", "NNPS"):
            from ..actors.people import titled_antecedent
            by_role = {role: p for role, p in self.ctx.by_role.items() if not self.named_after(p, head)}
            people = [p for p in self.ctx.people if not self.named_after(p, head)]
            earlier = titled_antecedent(ref, head, by_role, people)
            if earlier is not None:  # "the commander of the Revolution Guards": the commander named before
                return replace(earlier, text=text)
        if not ref.country and ref.role and not info.group_of and ref.sector not in STATELESS | {"UAF", "CVL"}:
            # "the President", "the Foreign Secretary": the office holder named earlier, else the
            # article's protagonist (a state's own statement speaks for that state)
            named = self.ctx.by_head.get(head.lower_)
            if named is not None:  # "the embassy" after "the US Embassy in London"
                return replace(named, text=text, confidence=min(named.confidence, 0.6))
            last = self.ctx.last_person
            last = None if last is not None and self.named_after(last, head) else last
            if not ref.name and last is not None and last.country and last.sector == ref.sector \
                    and ref.kind == "person" and ref.role in ("rank", last.role) \
                    and head.lower_ in (last.text or "").lower().split():
                # "the brigadier general", "the minister": the person just named with that rank or office
                return replace(ref, country=last.country, name=last.name, actor_id=last.actor_id, confidence=0.6)
            earlier = self.ctx.by_role.get(ref.role)
            if earlier is not None and head.lower_ in (earlier.text or "").lower().split() \
                    and not self.named_after(earlier, head):
                # the same office in the same words: "the minister" after "Foreign Minister Lavrov", but not
                # "the Foreign Secretary" (another country's title for the same role)
                return replace(ref, country=earlier.country, name=earlier.name, actor_id=earlier.actor_id,
                               confidence=0.6)
            home = self.home_state()
            if home and ref.sector != "MED":  # a reporter speaks for no state
                return replace(ref, country=home, confidence=0.4)
        return ref

    def reported_by(self, hearsay, sent_index: int, actor: ActorRef | None) -> ActorRef | None:
        """"X said that Armenian forces had fired on its positions. Armenia denied the report": a report referred
        back to ("the report", "these reports") is the one the sentence before voiced, when another party than
        the denier voiced it."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those", "such")
                   for c in hearsay.children) or any(c.dep_ in ("acl", "ccomp", "relcl", "prep") for c in hearsay.children):
            return None
        voice = self.ctx.voices.get(sent_index - 1)
        if not _placed(voice) or (actor is not None and _same_party(voice, actor)):
            return None
        return replace(voice, confidence=min(voice.confidence, 0.45))

    def named_after(self, person: ActorRef, head) -> bool:
        """Is this person first named later in the head's own sentence? "The President called on President
        el-Sisi to …": a nameless title does not refer forward to the holder of the same office it addresses."""
        at = [i for i, ref in self.ctx.sentence_people if ref is not None and (
            ref is person or person.actor_id and ref.actor_id == person.actor_id)]
        return bool(at) and min(at) > head.i

    def person_before(self, pron) -> ActorRef | None:
        """The last person named before a pronoun: "He announced it, despite criticism by the Greek foreign
        minister" is not the minister, who is named only after it."""
        ctx = self.ctx
        if not any(i >= pron.i for i, _ in ctx.sentence_people):
            return ctx.last_person
        before = [ref for i, ref in ctx.sentence_people if i < pron.i and ref is not None]  # people only
        if before:
            return before[-1]
        last, last_actor = ctx.opening_person
        # a subject pronoun carries on the last person who acted ("X met Y and thanked him. She then …")
        return last_actor if pron.dep_ in SUBJ and last_actor is not None else last

    def quoted_others(self, pron, speaker: ActorRef | None) -> ActorRef | None:
        """A speaker's "they": the plural party named before the quote, of another side than the speaker."""
        from ..attributes.quotes import plural_antecedent

        def ref_of(t):
            return self.resolver.resolve_phrase(t).ref

        def placed(t):
            ref = ref_of(t)
            return ref is not None and bool(ref.country or ref.sector in STATELESS)

        def own_side(t):
            return speaker is not None and speaker.country is not None and ref_of(t).country == speaker.country

        ant = plural_antecedent(pron, self.quotes, placed, own_side)
        return ref_of(ant) if ant is not None else None

    def told_before(self, event_type: str, actor: ActorRef | None) -> bool:
        """Has an earlier sentence told an act of this type by this party?"""
        return actor is not None and _placed(actor) and any(
            a[0] == event_type and _placed(a[1]) and _same_party(a[1], actor) for a in self.ctx.acts)

    def claimed_attack(self, hit: Hit, actor, recipient, rec_head, sent, sent_index: int, in_quote: bool):
        """A hostile act a state party asserts of another in a that-clause it opens with: its assessment or
        belief ("CENTCOM assesses that the drone was launched by Kata'ib Hezbollah"), or its word that it was
        itself attacked ("the ministry said that Armenian forces had fired on its positions"). The content of a
        claim is not coded, only the ACCUSE (ANNOTATION.md); a trailing "…, the ministry said" and a party's
        word about third parties are the article's sourced narration, and stay."""
        if hit.event_type not in CLAIMABLE or not _placed(actor) or in_quote:
            return None  # a quote's "They fired at our boats" is the speaker telling, handled as quoted speech
        verb = claiming_verb(hit.token)
        if verb is None:
            return None
        speaker, _ = self.actor_ref(subject_of(verb)[0], sent_index, in_quote)
        if speaker is None or not speaker.country or FOLD.get(speaker.sector, speaker.sector) not in STATE_ORGANS \
                or speaker.country == actor.country:
            return None
        own_side = recipient is not None and recipient.country == speaker.country or rec_head is not None and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in rec_head.children)
        if verb.lemma_.lower() not in ASSESSING and not (own_side and said_that(verb)):
            return None
        return self.make_event(Hit(verb, CLAIMED_ACT, "ACCUSE"), sent, sent_index, speaker, actor, [], [], in_quote)

    def blames_a_cause(self, tok, trig, rec_head, recipient) -> bool:
        """"blamed human error and bad weather": what is blamed is a thing, not a party (no entity, nothing the
        registry places), so there is no accusation of anyone ("blamed the attack on X" names one by its on-phrase)."""
        if tok.lemma_.lower() not in CAUSES_BLAMED or trig.particle or rec_head is None or rec_head.dep_ != "dobj":
            return False
        for blamed in conjuncts(rec_head):  # a party inside a modifier ("the fear of aggression from X") is not blamed
            if blamed.pos_ == "PRON" or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in [blamed] + [
                    c for c in blamed.children if c.dep_ in ("poss", "compound", "amod")]):
                return False
            ref = self.resolver.resolve_phrase(blamed).ref
            if ref is not None and (ref.country or ref.sector):
                return False
        return recipient is None or not (recipient.country or recipient.sector)

    def stated_doer(self, head, actor: ActorRef | None) -> ActorRef | None:
        """The doer an act noun names itself, by a by-phrase or a possessor ("a statement by X", "X's claim"),
        when that is another party than the actor: it outranks whoever acted last in the document."""
        doer = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) or next(
            (g for p in head.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
             if g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES), None) or designation_by(head)
        if doer is None:
            return None
        ref = self.resolver.resolve_phrase(doer).ref
        if ref is None or not (ref.country or ref.sector in STATELESS) \
                or (actor is not None and ref.country and ref.country == actor.country):
            return None
        return replace(ref, confidence=min(ref.confidence, 0.6))

    def act_owner(self, head, actor: ActorRef | None, tok=None, told: list[Event] = ()) -> ActorRef | None:
        """Who carried out the act a noun refers back to ("the operation", "the agreement", "the decision"):
        the doer the noun names, whoever addressed such an act to the actor, else the doer of the nearest act of
        that kind told before (`told`: this sentence's events so far) by another party than the actor."""
        stated = self.stated_doer(head, actor)
        if stated is not None:  # "dismissed a statement by the US State Department": the act names its doer
            return stated
        heads = [head] + [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]  # "the conclusions of the summit"
        for h in heads:
            kind = ACT_NOUNS.get(h.lemma_.lower())
            towards = self.ctx.addressed_to.get((actor.country, ADDRESSED.get(h.lemma_.lower()))) \
                if actor is not None and actor.country else None
            if towards is not None:
                return replace(towards, text=self.resolver.phrase_text(head),
                               confidence=min(towards.confidence, 0.45))
            if kind is None:
                continue
            doer = self.earlier_clause_party(tok, actor) if tok is not None else None
            if doer is None:
                told_acts = [told_act(e, h.sent) for e in told if _placed(e.actor)]
                doer = self.last_doer(h.lemma_.lower(), REFERS_TO.get(kind, {kind}), actor, self.ctx.acts + told_acts)
            if doer is not None:
                return replace(doer, text=self.resolver.phrase_text(head), confidence=min(doer.confidence, 0.45))
        return None

    @staticmethod
    def last_doer(noun: str, kinds: set[str], actor: ActorRef | None, acts: list[tuple]) -> ActorRef | None:
        """The doer of the latest act of one of `kinds` that another party did, one told with the noun's own
        word first ("the seizure" is what was seized, not the detention told since). A deal or meeting the
        actor took part in, on either side, is not the one it answers."""
        fitting = [a for a in acts if a[0] in kinds]
        for candidates in ([a for a in fitting if _same_word(noun, a[3])], fitting):
            for event_type, doer, done_to, _ in reversed(candidates):
                if actor is None or not (_same_party(doer, actor) or event_type in RECIPROCAL
                                         and _placed(done_to) and _same_party(done_to, actor)):
                    return doer
        return None

    def earlier_clause_party(self, tok, actor: ActorRef | None) -> ActorRef | None:
        """"Azerbaijan has said it will sign only after …, and Armenia has rejected that precondition": the act
        referred to was told by the clause this one is joined to, whose subject is another party."""
        t = tok
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head
        if t.i == tok.i:
            return None
        subj = subject_of(t)[0]
        ref = self.resolver.resolve_phrase(subj).ref if subj is not None and subj.pos_ != "PRON" else None
        return ref if _placed(ref) and (actor is None or not _same_party(ref, actor)) else None

    def coordinated_nations(self, head) -> list:
        """Countries of coordinated demonyms modifying the head ("Indian and Chinese troops")."""
        mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
        if not any(g.dep_ == "conj" for m in mods for g in m.children):
            return []
        out = []
        for m in mods:
            for t in [m] + [g for g in m.subtree if g.dep_ == "conj"]:
                hit = self.resolver.gaz.lookup(t.text)
                entry = hit[0][0] if hit and hit[0][1] in ("demonym", "country") else None
                if entry is not None and entry.country not in [e.country for e in out]:
                    out.append(entry)
        return out

    def pair(self, text: str) -> tuple[ActorRef, ...]:
        """"The two sides", "they", "the ministers": the parties of the last two-sided event in the article
        (countries merely mentioned are topics, not parties, so without such an event there is no pair)."""
        if self.ctx.last_pair:
            return tuple(replace(r, text=text, confidence=min(r.confidence, 0.6)) for r in self.ctx.last_pair)
        return ()

    def charged_in(self, tok, sent_index, in_quote) -> ActorRef | None:
        """The state whose prosecutors charge, with no agent named: the country the charge (or the trial it
        belongs to) is placed in ("a trial is underway in Egypt in which ten were charged")."""
        places = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ == "relcl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "in":
            places.append(tok.head)  # the parser hung "in which … were charged" on the place
        head = tok.head if tok.dep_ == "relcl" else None
        for h in ([head, head.head] if head is not None else []):  # the trial's own clause: "opened in Egypt"
            places += [g for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                       if g.dep_ == "pobj"]
        for place in places:
            ref, _ = self.actor_ref(place, sent_index, in_quote)
            if ref is not None and ref.kind == "country" and ref.country:
                return replace(ref, sector="JUD", confidence=min(ref.confidence, 0.45))
        return None

    def owner_in(self, head, attacker_only: bool = False, not_country: str | None = None) -> ActorRef | None:
        """The first registry actor named anywhere inside a phrase that does not itself resolve; with
        `attacker_only`, only one that modifies the act itself ("the Israeli strike", "Hamas's attack").
        What the phrase says is claimed about the thing is not its owner, nor whom it serves as a rule ("any
        institution that moves funds for the Iranian regime" is not the regime's)."""
        claimed = claimed_content(head) | serving_clause(head)
        for tok in head.subtree:
            if tok.i in claimed:
                continue
            if attacker_only and not (tok.head.i == head.i and tok.dep_ in ("amod", "compound", "poss", "nmod")):
                continue
            if tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and tok.i != head.i:
                ref = self.resolver.resolve_phrase(tok).ref
                if (ref is None or not ref.country) and (tok.ent_type_ == "PERSON" or tok.dep_ == "poss"):
                    ref = self.ctx.by_surname.get(tok.text.replace("’", "'").lower(), ref)  # "Mohammad's admission"
                if ref is not None and ref.country and ref.country != not_country:  # not the actor's own side
                    return replace(ref, confidence=min(ref.confidence, 0.5))
        return None

    def implicit_recipient(self, trigger, actor_head, actor_country: str, event_type: str = "",
                           rec_head=None) -> ActorRef | None:
        """A foreign state named inside the act's own complements ("called for ties between Tehran and
        Baghdad", "training … of the Iraqi armed forces"): the recipient the sentence implies. For offers,
        requests and support the rest of the sentence counts too, since long clauses are often misparsed.
        What the named recipient does as a rule ("any bank that moves funds for Iran") is not whom the act
        is aimed at."""
        skip = {t.i for t in actor_head.subtree} if actor_head is not None else set()
        skip |= serving_clause(rec_head) if rec_head is not None else set()
        skip |= claimed_content(trigger)  # "fired at a building which they said was an Israeli base"
        skip |= conceded_reactions(trigger)  # "ratified the accord despite objections from Romania"
        if event_type == "REJECT":  # "denied that its members attacked from Iraqi soil": the content, not the party
            skip |= {t.i for c in trigger.children if c.dep_ == "ccomp" for t in c.subtree}
        scope = list(trigger.subtree)
        named_target = rec_head is not None and rec_head.dep_ == "pobj" and rec_head.head.lower_ == "against"
        if event_type in ("AGREE", "REQUEST", "SUPPORT", "AID", "COOPERATE", "THREATEN") and not named_target:
            # a warning's target is often named before it ("sanctions stay until Spain complies, and warned …")
            rest = [t for t in trigger.sent if t.i > trigger.i] if event_type != "THREATEN" else list(trigger.sent)
            scope += [t for t in rest if not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at"))]  # not where said
        for tok in scope:
            if tok.i in skip or tok.i == trigger.i or not tok.ent_type_ or names_maker(tok) or names_border(tok) or (
                    tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in (trigger.i, trigger.head.i)):
                continue  # the subject of an embedded clause counts: "ready to help Niger train its police"
            info = self.resolver.resolve_phrase(tok)
            ref = info.ref
            if ref is not None and ref.country and ref.country != actor_country and ref.kind in ("country", "org", "group"):
                return replace(ref, confidence=min(ref.confidence, 0.5))
        return None

    def code_sentence(self, sent, sent_index: int, quote_spans: list[tuple[int, int]],
                      scores: dict[str, float] | None = None, model_threshold: float = 0.9) -> list[Event]:
        events = []
        hits = find_triggers(sent, self.lexicon)
        if not hits and scores and not judged_triggers(sent, self.lexicon):
            hits = model_hits(sent, scores, model_threshold)
        for hit in hits:
            tok, trig = hit.token, hit.trigger
            in_quote = any(a <= tok.idx < b for a, b in quote_spans)
            if trig in (IMPUTED_DESIGN, URGED_BONDS, OBLIGATION):  # the speaker accuses, calls for ties, or asks
                ev = self.voiced_event(hit, sent, sent_index, in_quote)
                if ev is not None:
                    events.append(ev)
                continue
            if trig is JUDGEMENT:
                ev = self.judgement_event(hit, sent, sent_index, in_quote)
                if ev is not None:
                    events.append(ev)
                continue
            if trig.pos == "NOUN" and hit.token.pos_ in ("NOUN", "PROPN"):
                actor_head, passive_rec = noun_actor(tok), None
                if hit.event_type == "ASSAULT" and (condemned_attack(tok) or told_attack(tok)):
                    actor_head = condemned_attacker(tok)  # not whoever condemns or discusses it
                    if not condemned_attack(tok) and not noun_is_eventive(tok) and not recalled_act(tok) and (
                            actor_head is None or not self.names_a_country(actor_head)):
                        continue  # an attack told only in passing is coded when its doer is named outright
                if hit.event_type == "RETREAT" and not any(c.dep_ == "poss" for c in tok.children):
                    actor_head = withdrawn_forces(tok) or actor_head  # not the subject of "After the withdrawal …"
            else:
                actor_head, passive_rec = subject_of(tok)
            praised = praised_for(tok)
            actor_head = praised or actor_head
            if actor_head is not None and actor_head.lemma_.lower() in DECREES and actor_head.dep_ == "dobj":
                actor_head = subject_of(actor_head.head)[0]  # "signed an order prohibiting …": who signed it
            if actor_head is not None and actor_head.pos_ == "NOUN" and actor_head.lemma_.lower() in INSTRUMENTS:
                donor = instrument_donor(actor_head) if hit.event_type == "AID" else None
                if donor is None:
                    continue  # "U.S. assistance is … supporting independent media": what the aid does, not an act
                actor_head = donor  # "UK aid is providing food and shelter to refugees": the UK delivers it
            if actor_head is not None and actor_head.pos_ == "PRON" and actor_head.lower_ in ("it", "he", "she", "they") \
                    and not in_quote:  # a quote's "they" is not whoever says it
                actor_head = reporter_subject(tok) or clause_antecedent(actor_head) or actor_head  # "Israel said it would withdraw"
            rec_head = passive_rec if passive_rec is not None else recipient_of(tok, trig)
            if joint_cooperation(hit):
                # a joint act's partner, never its target or place ("held joint drills near Yerevan")
                rec_head = joint_partner(governing_verb(tok)) or joint_partner(tok) or coordinated_partner(tok)
            if rec_head is None and "poss" in trig.recipient:
                rec_head = object_owner(tok, trig)  # "capped North Korea's imports"
            if rec_head is None and "dobj" in trig.recipient:
                rec_head = named_organisation_object(tok, trig)  # "left ECOWAS": the bloc left
            if rec_head is None and "poss" in trig.recipient:
                rec_head = named_owner_object(tok, trig)  # "hit two al-Qaida vehicles": al-Qaida's
            threat_to_subject = hit.event_type == "THREATEN" and trig.lemma in THREATENED_SUBJECT
            if threat_to_subject:
                if not hit.future:
                    continue  # "Iran faced sanctions": a report, not a threat
                # "it will face severe consequences": the subject is threatened, by whoever says so
                rec_head, actor_head = actor_head, reporter_subject(tok)
            if rec_head is None and hit.event_type in ("REQUEST", "ACCUSE", "AGREE", "THREATEN"):
                rec_head = complement_subject(tok)  # "demanded that Canada reduce its staff"
            if rec_head is None and hit.event_type == "REQUEST":
                rec_head = addressee_of_message(tok)  # "wrote to the US Embassy asking to waive …"
            if rec_head is None and hit.event_type == "REQUEST":
                rec_head = requested_stop_doer(tok)  # "called for an end to the regime's attacks"
            if rec_head is None and trig.pos == "NOUN" and hit.event_type in REACTION_TYPES:
                done_anyway = concessive_clause(tok)  # "announced the change despite criticism by Greece"
                rec_head = subject_of(done_anyway)[0] if done_anyway is not None else None
            no_actor_here = False  # the sentence names only where or what, not who: do not look further
            untold_blast = False  # "an explosion at a shrine killed 10": a new attack whose doer is not told
            if trig.pos == "NOUN" and actor_head is not None and actor_head.dep_ == "compound" \
                    and actor_head.head.i == tok.i and self.is_capital(actor_head):
                actor_head, no_actor_here = None, True  # "a Kandahar market bombing": where it happened, not who did it
            elif actor_head is not None and actor_head.i != tok.i and (
                    ACT_NOUNS.get(actor_head.lemma_.lower()) == "violence" or actor_head.lemma_.lower() in BLASTS):
                # "a car bombing killed five": whoever carried out the bombing
                doer = noun_actor(actor_head)
                where_only = doer is not None and doer.dep_ == "compound" and self.is_capital(doer)  # "a Kabul bombing"
                untold_blast = (doer is None or where_only) and not any(
                    c.dep_ == "det" and c.lower_ in RETELLING_DETS for c in actor_head.children)  # not "the strike"
                actor_head = None if doer is None or doer.i == actor_head.i or where_only else doer
                no_actor_here = actor_head is None
            actor, actor_group = self.actor_ref(actor_head, sent_index, in_quote)
            if armed_by_demonym(tok, actor_head, hit.event_type) and actor is not None and actor.sector == "GOV" \
                    and actor.kind == "country":
                actor = replace(actor, sector="MIL")  # "an Israeli drone strike": the state's armed forces struck
            # the cheap test first: names_a_country resolves the phrase once more
            own_organ = actor_head is not None and actor_head.lemma_.lower() in OWN_ORGANS
            if actor_head is not None and (actor_head.lemma_.lower() in FORCE_NOUNS or own_organ) and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their") for c in actor_head.children) \
                    and (actor is None or not actor.country or not self.names_a_country(actor_head)):
                # "the coalition said its aircraft struck …": the coalition's forces; "officials from Iran
                # acknowledged their government had shot down …": Iran's government
                owner = governing_subject(tok)
                if owner is not None:
                    owner_ref, _ = self.actor_ref(owner, sent_index, in_quote)
                    if owner_ref is not None and owner_ref.country:
                        sector = "GOV" if own_organ else \
                            "MIL" if owner_ref.sector in (None, "GOV") else owner_ref.sector
                        actor = replace(owner_ref, text=self.resolver.phrase_text(actor_head), sector=sector,
                                        kind="country" if own_organ else owner_ref.kind,
                                        confidence=min(owner_ref.confidence, 0.6))
                        actor_group = []
            recipient, recipient_group = self.actor_ref(rec_head, sent_index, in_quote)
            given = indirect_object(tok) if _unplaced(recipient) and trig.pos == "NOUN" else None
            if given is not None:  # "offered President Abbas his full support for these efforts"
                given_ref, given_group = self.actor_ref(given, sent_index, in_quote)
                if _placed(given_ref):
                    recipient, recipient_group, rec_head = given_ref, given_group, given
            if joint_cooperation(hit) and len(actor_group) > 1 and rec_head is not None and actor_head is not None \
                    and rec_head.i in {t.i for t in actor_head.subtree}:
                recipient, recipient_group = actor_group[1], []  # "German and Dutch soldiers": the Dutch soldiers
            if self.blames_a_cause(tok, trig, rec_head, recipient):
                continue  # "blaming human error": a cause is blamed, no party is accused
            if threat_to_subject and actor is None:
                actor = self.ctx.speakers.get(sent_index) if in_quote else self.issuer()
                if actor is not None and recipient is not None and actor.country == recipient.country:
                    # the statement's first actor is the one it threatens ("Iran imposed … Should Iran attack,
                    # it will face consequences"): the voice is whoever that actor last acted against
                    actor = self.ctx.targets_of.get(actor.country)
            condemned_act = hit.event_type in ("ACCUSE", "REJECT") and rec_head is not None \
                and ACT_NOUNS.get(rec_head.lemma_.lower()) == "violence"
            if condemned_act:
                # condemning "the killings of civilians by the RSF" targets the perpetrator, not the victims
                doer = condemned_doer(rec_head, tok)
                if doer is not None and (actor_head is None or doer.i not in {t.i for t in actor_head.subtree}):
                    recipient, _ = self.actor_ref(doer, sent_index, in_quote)
                else:
                    recipient = None
            agent = acl_agent(rec_head) if (recipient is None or _unplaced(recipient)) and rec_head is not None \
                and not condemned_act else None
            if agent is not None:  # "rejected the accusation, made by Qassem"
                agent_ref, _ = self.actor_ref(agent, sent_index, in_quote)
                recipient = agent_ref or recipient
            if recipient is None and rec_head is not None:
                # "oil facilities belonging to Saudi Aramco"; but condemning "the attack in Abu Dhabi" targets
                # its perpetrator, never the place where it happened
                recipient = self.owner_in(rec_head, attacker_only=condemned_act,
                                          not_country=actor.country if actor is not None else None)
            if recipient is None and rec_head is not None and rec_head.pos_ in ("NOUN", "PROPN"):
                # kept with no country: the attributes stage may place it ("arrested the opposition leader")
                recipient = ActorRef(text=self.resolver.phrase_text(rec_head),
                                     kind="unresolved", confidence=0.2)
            if actor is None and trig.pos != "NOUN" and not no_actor_here and not threat_to_subject \
                    and praised is None:  # "thank you for coming": never the thanker's own act
                actor_head, _ = subject_of(tok, through_acl=True)
                actor, actor_group = self.actor_ref(actor_head, sent_index, in_quote)
            if actor is not None and actor.role == "pair":
                actor_group = list(self.pair(actor.text))
                actor = replace(actor_group[0], role=None) if actor_group else None
            if recipient is not None and actor is not None and actor.country == recipient.country \
                    and FOLD.get(actor.sector, actor.sector) == FOLD.get(recipient.sector, recipient.sector) \
                    and actor.country and hit.event_type not in SELF_DIRECTED | {"CONSULT", "COOPERATE"}:
                recipient = None  # "warned that Spain would …", "pledged that Norway would help": itself
            target = rec_head if rec_head is not None else next(
                (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if target is None and tok.dep_ == "relcl" and tok.head.lemma_.lower() in HEARSAY:
                target = tok.head  # "accused Iran of smuggling, a charge Tehran denied": the charge is denied
            if hit.event_type == "REJECT" and _unplaced(recipient) and target is not None \
                    and target.lemma_.lower() in HEARSAY:  # "reports in Azerbaijani media that …": the media's
                recipient = self.owner_in(target, not_country=actor.country if actor is not None else None) \
                    or recipient
            unanswered = hit.event_type == "REJECT" and _unplaced(recipient) and denies_content(tok, target)
            answers = hit.event_type in ("ACCUSE", "REJECT", "SUPPORT", "REQUEST") or (
                hit.event_type == "AGREE" and target is not None and ACT_NOUNS.get(target.lemma_.lower()) == "offer")
            if _unplaced(recipient) and answers and target is not None and not unanswered:
                # "condemned the operation", "declined the request", "accepted the invitation"
                recipient = self.act_owner(target, actor, tok, events) or recipient
            if _unplaced(recipient) and hit.event_type == "REJECT" and target is not None \
                    and target.lemma_.lower() in REPORTS:
                recipient = self.reported_by(target, sent_index, actor) or recipient  # "denied the report"
            if _unplaced(recipient) and hit.event_type in ("SUPPORT", "AGREE") and actor is not None \
                    and actor.country and target is not None and anaphoric_effort(target):
                # "briefed Biden on mediation efforts by IGAD, and Biden expressed support for those efforts": the
                # doer of the efforts the sentence told; else, "The UK has supported these efforts throughout",
                # the party the actor was addressing
                told = next((t for t in sent if t.i < target.i and t.lemma_.lower() in EFFORTS), None)
                if told is not None:
                    doer = stated_effort_doer(told)
                    doer_ref = self.actor_ref(doer, sent_index, in_quote)[0] if doer is not None else None
                    recipient = doer_ref if _placed(doer_ref) else recipient
                else:
                    addressed = self.ctx.targets_of.get(actor.country)
                    recipient = replace(addressed, confidence=min(addressed.confidence, 0.45)) if addressed \
                        else recipient
            if _unplaced(recipient) and hit.event_type == "REJECT" and actor is not None and actor.country \
                    and (actor.country, "ACCUSE") in self.ctx.addressed_to and not unanswered:
                # "Chad has denied breaching the truce": a denial answers the last accusation against it
                accuser = self.ctx.addressed_to[(actor.country, "ACCUSE")]
                recipient = replace(accuser, confidence=min(accuser.confidence, 0.45))
            if _unplaced(recipient) and len(actor_group) > 1 and hit.event_type in RECIPROCAL | {"ASSAULT", "RETREAT"} \
                    and trig.mode != "third-party" and not (hit.event_type in JOINT_ACTS and done_jointly(tok)):
                # co-mediators ("brokered by Qatar and Egypt") are one side; so are joint attackers
                recipient = actor_group[1]
            if _unplaced(recipient) and hit.event_type == "AGREE" and trig.pos == "ADJ":
                # "ready to assist the parties", "willing to help both sides": whom the offered act is for
                helped = next((o for x in tok.children if x.dep_ == "xcomp" for o in x.children
                               if o.dep_ == "dobj"), None)
                helped_ref, helped_group = self.actor_ref(helped, sent_index, in_quote)
                if helped_ref is not None and helped_ref.country:
                    recipient, recipient_group = helped_ref, helped_group
            victim = harmed_party(tok) if hit.event_type == "ASSAULT" and (
                _unplaced(recipient) or told_as_where(rec_head)) else None
            if victim is not None:  # "conducted a strike on the location to target enemy fighters"
                victim_ref, victim_group = self.actor_ref(victim, sent_index, in_quote)
                if _placed(victim_ref):
                    recipient, recipient_group = victim_ref, victim_group
            protested = protested_party(tok) if hit.event_type == "PROTEST" and _unplaced(recipient) else None
            if protested is not None:  # "walked out to protest the government's plan": the government
                protested_ref, protested_group = self.actor_ref(protested, sent_index, in_quote)
                if protested_ref is not None and (protested_ref.country or protested_ref.sector):
                    recipient, recipient_group = protested_ref, protested_group
            helped = helped_party(tok) if hit.event_type == "AGREE" and _unplaced(recipient) else None
            if helped is not None:  # "remains committed to assisting the UN High Commissioner for Refugees"
                helped_ref, helped_group = self.actor_ref(helped, sent_index, in_quote)
                if helped_ref is not None and (helped_ref.country or helped_ref.sector in ("IGO", "NGO")) \
                        and not (actor is not None and helped_ref.country and helped_ref.country == actor.country):
                    recipient, recipient_group = helped_ref, helped_group
            if _unplaced(recipient) and actor is not None and actor.country and not condemned_act \
                    and not unanswered and not is_weapons_test(hit) \
                    and hit.trigger is not ADMISSION:  # a test has no target ("fell off Japan"), an admission none
                recipient = self.implicit_recipient(tok, actor_head, actor.country, hit.event_type, rec_head) \
                    or recipient
            elif _unplaced(recipient) and hit.event_type in REQUIRES_RECIPIENT and actor is not None \
                    and actor.sector in STATELESS:  # "the WFP delivered food to families in Niger": aid to Niger
                recipient = self.implicit_recipient(tok, actor_head, "", hit.event_type, rec_head) or recipient
            if hit.event_type == "CONCEDE" and tok.lemma_.lower() in REGRETS and actor is not None \
                    and recipient is not None and recipient.country and actor.country \
                    and recipient.country != actor.country and not any(
                        p.dep_ == "poss" and p.lower_ in ("its", "his", "her", "their", "our", "my")
                        for o in tok.children if o.dep_ == "dobj" for p in o.children):
                hit = replace(hit, event_type="ACCUSE")  # regretting another's decision criticises it
            if actor is None and tok.lemma_.lower() in PROSECUTION_VERBS and hit.event_type == "ACCUSE" \
                    and any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
                court = self.charged_in(tok, sent_index, in_quote)  # "eleven were charged … in Saudi Arabia"
                if court is not None:
                    actor = court
                    if recipient is not None and not recipient.country:  # whom a state's prosecutors charge, it governs
                        recipient = replace(recipient, country=court.country, confidence=min(recipient.confidence, 0.3))
            if actor is None and hit.event_type == "PROTEST":
                actor = self.crowd(actor_head)  # "Crowds in Tunis protested", "Farmers blocked highways"
            unknown_attacker = hit.event_type == "ASSAULT" and (unidentified_attacker(actor, actor_head) or (
                untold_blast and trig.pos == "VERB"))
            if unknown_attacker:  # "Gunmen killed 18 worshippers": the article does not establish who attacked
                actor, actor_group = None, []
            if actor is None and (recipient is None and not unknown_attacker or hit.event_type not in ACTORLESS):
                continue  # only attacks and the like are coded without a known perpetrator (victims told only
                # by number, "killed five", are placed after coding by where it struck, or the event is dropped)
            if not (actor and (actor.country or actor.sector in STATELESS)) and not (recipient and recipient.country) \
                    and not (hit.event_type == "PROTEST" and actor is not None) and not unknown_attacker:
                continue  # nobody the record could place: "ministers discussed the crisis" (an attack's victims
                # are placed by where it struck, after coding)
            if hit.event_type in REQUIRES_RECIPIENT and _unplaced(recipient):
                continue
            if hit.event_type == "CONSULT" and actor is not None and actor.sector == "CVL" and _unplaced(recipient):
                continue  # a private person's trip ("travelled to New York") meets no party
            if is_troop_arrival(hit, actor_head):
                continue  # "instructors arrived in Niamey to train …": a deployment, the training is the event
            if orders_own_or_civilians_out(hit, actor, recipient, rec_head):
                continue
            if convenes_meeting(tok, rec_head):
                body = convened_body(rec_head)
                recipient, recipient_group = self.actor_ref(body, sent_index, in_quote)
                if recipient is None or not (recipient.country or recipient.actor_id) \
                        or actor is not None and recipient.country == actor.country:
                    continue  # "convened a meeting of the National Security Council": its own body sat
            if hit.event_type in ("CONSULT", "COOPERATE") and actor is not None and recipient is not None \
                    and actor.country and actor.country == recipient.country:
                continue  # a state meeting or working with itself is not an interaction between parties
            if actor is not None and recipient is not None and actor.country == recipient.country \
                    and actor.text == recipient.text:
                recipient = None
            if trig is RETALIATION and _unplaced(recipient) and actor is not None and actor.country:
                wrong = self.ctx.wronged_by.get(actor.country)  # whoever last acted against the responder
                recipient = replace(wrong, confidence=min(wrong.confidence, 0.45)) if wrong else recipient
            if trig is CHARACTERISATION and _unplaced(recipient) and not (
                    rec_head is not None and (rec_head.lemma_.lower(), "NOUN") in self.lexicon):
                continue  # "described the situation as dangerous": an opinion with no target
            if hit.event_type == "PROTEST" and actor is not None and actor.sector in ("GOV", "MIL") \
                    and actor.kind in ("country", "org", "person"):
                if is_people_of(actor_head):  # "Bahrainis held a rare protest": the nation's people, not its state
                    actor = replace(actor, sector="CVL", kind="group")
                elif trig.mode == "obstruct":  # "authorities blocked access to X", "blocked the corridor":
                    hit = Hit(hit.token, replace(trig, event_type="COERCE", mode="restrict", cameo="191"),
                              "COERCE", hit.future)  # a state restricting movement or access coerces
                elif trig.mode == "demo" and tok.lemma_.lower() != "protest":
                    continue  # "spoke at a rally", "troops marched in": a state's officials campaign or parade
                else:
                    hit = Hit(hit.token, hit.trigger, "ACCUSE", hit.future)  # a state's protest is diplomatic
            if identifies_party(tok) and _unplaced(recipient) and hit.event_type != "ASSAULT":
                continue  # "the junta, which took power in coups", "fighters who refused to join": who they are
            if trig.pos == "NOUN" and recalled_as_time(tok) and _unplaced(recipient) and self.told_before(
                    hit.event_type, actor):
                continue  # "fighters escaped following Turkish airstrikes": the strikes already told, recalled
            claim = self.claimed_attack(hit, actor, recipient, rec_head, sent, sent_index, in_quote)
            if claim is not None:  # "CENTCOM assesses that the drone was launched by …": only the accusation
                if not any(e.event_type == "ACCUSE" and e.trigger.start == claim.trigger.start for e in events):
                    events.append(claim)
                continue
            if trig is FORCES_LEFT:
                recipient, recipient_group = None, []  # the country left is where they withdrew from, not whom
            ev = self.make_event(hit, sent, sent_index, actor, recipient, actor_group, recipient_group, in_quote)
            if unknown_attacker:
                ev = replace(ev, rule=ev.rule + UNKNOWN_ATTACKER_MARK)
            if scores:
                p = scores.get(hit.event_type, 0.0)
                conf = ev.confidence if hit.trigger.lemma != "<model>" else 0.3 + 0.5 * p
                ev = replace(ev, confidence=round(min(0.99, 0.5 * conf + 0.5 * p + 0.1), 3),
                             rule=ev.rule + f" clf={p:.2f}")
            events.append(ev)
            if condemned_act and _unplaced(ev.recipient):
                self.unowned_acts.add(ev.event_id)
        for ev in events:
            self.ctx.note(ev.actor, subject=True)
            self.ctx.note(ev.recipient)
            if ev.actor is not None and ev.actor.country and ev.recipient is not None and ev.recipient.country \
                    and ev.recipient.country != ev.actor.country:
                self.ctx.addressed_to[(ev.recipient.country, ev.event_type)] = ev.actor
                if ev.event_type in AGAINST_ACTS:
                    self.ctx.wronged_by[ev.recipient.country] = ev.actor
                self.ctx.targets_of[ev.actor.country] = replace(ev.recipient, sector=ev.recipient.sector
                                                                if ev.recipient.kind != "group" else "GOV")
            if _placed(ev.actor):
                self.ctx.acts.append(told_act(ev, sent))
            if ev.event_type in RECIPROCAL and ev.actor and ev.recipient and ev.actor.country \
                    and ev.recipient.country and ev.actor.country != ev.recipient.country \
                    and not self.same_pair(ev.actor, ev.recipient):
                self.ctx.last_pair = (ev.actor, ev.recipient)
            for group in (ev.actor_group, ev.recipient_group):
                if len(group) == 2 and group[0].country and group[1].country \
                        and group[0].country != group[1].country and not self.same_pair(*group):
                    self.ctx.last_pair = tuple(group)  # "congratulates Peru and Chile": the two parties
        # a pair merely named together is only a fallback: parties of an actual exchange come first
        self.ctx.last_pair = self.ctx.last_pair or self.coordinated_pair(sent)
        return events

    def crowd(self, head) -> ActorRef | None:
        """Whoever takes to the street, strikes or blocks a road is a protester, of no side the registry knows
        ("crowds", "farmers", "thousands", "Kurds"): of the place where they protest (the pipeline places them)."""
        if head is None or head.pos_ == "PRON" or head.lower_ in GROUP_WORDS or not (
                head.tag_ in ("NNS", "NNPS") or head.ent_type_ == "CARDINAL" and head.pos_ in ("NOUN", "NUM")):
            return None
        return ActorRef(text=self.resolver.phrase_text(head), sector="CVL", kind="group", role="protester",
                        confidence=0.4)

    def voiced_event(self, hit: Hit, sent, sent_index: int, in_quote: bool) -> Event | None:
        """An act that is the speaking itself, from the quote's speaker or the reporting verb's subject: an
        imputed design, or a call for ties; a state's official must voice it (the narrator's words are none)."""
        tok = hit.token
        speaker = self.ctx.speakers.get(sent_index) if in_quote else None
        verb = voicing_verb(tok) if not in_quote else None
        if verb is not None and is_habitual(verb):
            return None  # "has always said that …": a standing position, not a statement made
        if speaker is None and verb is not None and any(c.dep_ == "nsubj" for c in verb.children):
            speaker = self.ctx.voices.get(sent_index)
        if speaker is None or not speaker.country or FOLD.get(speaker.sector, speaker.sector) not in STATE_ORGANS:
            return None
        if hit.trigger is URGED_BONDS:
            return self.urged_bonds_event(hit, sent, sent_index, in_quote, speaker)
        if hit.trigger is OBLIGATION:
            return self.obligation_event(hit, sent, sent_index, in_quote, speaker)
        return self.imputed_design_event(hit, sent, sent_index, in_quote, speaker)

    def urged_bonds_event(self, hit: Hit, sent, sent_index: int, in_quote: bool, speaker: ActorRef) -> Event | None:
        """"Iran-Iraq military cooperation needs to be boosted": REQUEST to the other party of the ties, named in
        the ties' own phrase or else in the sentence; ties with nobody placed are a wish, not a call."""
        bond = needed_bond(hit.token)
        other = self.owner_in(bond, not_country=speaker.country) or self.implicit_recipient(
            hit.token, None, speaker.country, "REQUEST")
        if other is None:
            return None
        return self.make_event(hit, sent, sent_index, speaker, other, [], [], in_quote)

    def obligation_event(self, hit: Hit, sent, sent_index: int, in_quote: bool, speaker: ActorRef) -> Event | None:
        """"Iran must release the crew" said by a British minister: REQUEST from the speaker to the obliged
        party, who must be placed and of another side than the speaker."""
        obliged, group = self.actor_ref(obliged_party(hit.token), sent_index, in_quote)
        if obliged is None or not (obliged.country or obliged.sector in STATELESS) \
                or obliged.country == speaker.country:
            return None
        return self.make_event(hit, sent, sent_index, speaker, obliged, [], group, in_quote)

    def imputed_design_event(self, hit: Hit, sent, sent_index: int, in_quote: bool,
                             speaker: ActorRef) -> Event | None:
        """"the Zionists seek to dominate the region" in a quote, "He added that the powers had intended to
        capture …": ACCUSE from the speaker to the design's subject (unplaced when the text names no state), never
        a party of the speaker's own side ("our army plans to strike" is no accusation)."""
        tok = hit.token
        accused_head = next(c for c in tok.children if c.dep_ == "nsubj")
        accused, accused_group = self.actor_ref(accused_head, sent_index, in_quote)
        if accused is None and accused_head.pos_ in ("NOUN", "PROPN"):
            accused = ActorRef(text=self.resolver.phrase_text(accused_head), kind="unresolved", confidence=0.2)
        if accused is None or any(r.country == speaker.country for r in [accused] + list(accused_group)):
            return None
        return self.make_event(hit, sent, sent_index, speaker, accused, [], accused_group, in_quote)

    def judgement_event(self, hit: Hit, sent, sent_index: int, in_quote: bool) -> Event | None:
        """"Russia's annexation of Crimea is a flagrant breach of international law": ACCUSE from the quote's
        speaker, the reporting verb's subject, or else the release's own voice, to the doer of the judged act
        (its possessor, its by-phrase, its demonym), who must be placed and of another side."""
        tok = hit.token
        speaker = self.ctx.speakers.get(sent_index) if in_quote else None
        verb = voicing_verb(tok) if not in_quote else None
        if speaker is None and verb is not None and any(c.dep_ == "nsubj" for c in verb.children):
            speaker = self.ctx.voices.get(sent_index)
        speaker = speaker or self.issuer()
        if speaker is None or not speaker.country:
            return None
        act = judged_act(tok)
        doer = next((d for d in (noun_actor(a) for a in conjuncts(act)) if d is not None), None)
        if doer is None:
            return None  # "the delay is a breach of the rules": whose act is not told
        accused, group = self.actor_ref(doer, sent_index, in_quote)
        if accused is None or not accused.country or accused.country == speaker.country:
            return None
        return self.make_event(hit, sent, sent_index, speaker, accused, [], group, in_quote)

    def same_pair(self, a: ActorRef, b: ActorRef) -> bool:
        """Are these the two states of the pair already remembered? Then its order stands: "both sides" keeps
        the order in which the story first named the two parties, whoever acted on whom since."""
        last = self.ctx.last_pair
        return last is not None and {last[0].country, last[1].country} == {a.country, b.country}

    def coordinated_pair(self, sent) -> tuple[ActorRef, ActorRef] | None:
        """Two states named together ("Peru and Chile", "Kenyan and Ugandan officials"): what a later
        "the two countries" or "both sides" refers to, even when the parser misses the coordination."""
        ents = [e for e in ents_of(sent) if e.label_ in ("GPE", "NORP")]
        for a, b in zip(ents, ents[1:]):
            between = [t.lower_ for t in sent.doc[a.end:b.start] if not t.is_punct]
            if between not in (["and"], ["and", "the"]):
                continue
            refs = [self.resolver.resolve_phrase(e.root).ref for e in (a, b)]
            if all(r is not None and r.country for r in refs) and refs[0].country != refs[1].country:
                return tuple(replace(r, kind="country", sector=r.sector or "GOV", confidence=min(r.confidence, 0.6))
                             for r in refs)
        return None

    def make_event(self, hit: Hit, sent, sent_index, actor, recipient, actor_group, recipient_group, in_quote):
        tok, trig = hit.token, hit.trigger
        cameo = trig.cameo if hit.event_type == trig.event_type else self.cameo.default_code.get(hit.event_type)
        mode = trig.mode if hit.event_type == trig.event_type else None
        if hit.event_type == "CONSULT" and mode is None and (
                any(c.lower_ in PHONE_WORDS for c in tok.children)
                or any(g.lower_ in PHONE_WORDS for c in tok.children if c.dep_ == "prep" for g in c.children)):
            mode = "phone"  # "a telephone conversation", "spoke by phone"
        context = list(trig.context)
        if any(r is not None and r.sector == "MIL" for r in (actor, recipient)) and "military" not in context:
            context.append("military")
        conf = 0.55 + (0.15 if trig.specific else 0.0) + (0.1 if actor and actor.country else 0.0) \
            + (0.05 if recipient and recipient.country else 0.0) - (0.1 if trig.pos == "NOUN" else 0.0) \
            - (0.1 if in_quote else 0.0)
        evidence = Span(sent.start_char, sent.end_char, sent.text)
        key = f"{self.doc_id}|{sent.start_char}|{tok.idx}|{hit.event_type}"
        return Event(
            event_id="ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], doc_id=self.doc_id,
            event_type=hit.event_type, mode=mode, context=tuple(context), cameo=cameo,
            plover_score=self.cameo.score(cameo), actor=actor, recipient=recipient,
            actor_group=tuple(actor_group), recipient_group=tuple(recipient_group), evidence=evidence,
            trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text), sentence=sent_index,
            confidence=round(max(0.05, min(conf, 0.99)), 3),
            rule=("model:textcat" if trig.lemma == "<model>" else "rule:characterisation"
                  if trig.lemma == "<characterise>" else "rule:retaliation" if trig is RETALIATION
                  else "rule:claimed-act" if trig is CLAIMED_ACT else f"lexicon:{trig.lemma}/{trig.pos}")
            + (f"+{trig.particle}" if trig.particle else "")
            + ("+obj" if trig.objects else "") + ("+future" if hit.future else ""))


def code_events(parsed, resolver: Resolver, lexicon, cameo: CameoTable, classifier=None,
                model_threshold: float = 0.9) -> tuple[list[Event], list]:
    """All events of a parsed document, with quote speakers as `claimed_by`; also returns the quotes.
    With a classifier, rule events get its probability folded into their confidence, and a sentence no
    trigger covers yields the classifier's event when it is confident enough."""
    from ..attributes.quotes import pronoun_antecedent, quote_spans, speaker_head, speaker_heads, speech_verb
    from ..model import Quote

    doc = parsed.doc
    coder = Coder(lexicon, resolver, cameo, parsed.document.doc_id)
    spans = quote_spans(doc_text(doc))
    coder.quotes = spans
    coder.dateline_state = dateline_state(parsed.document.text, resolver)
    coder.organ = issuing_organ(parsed.document.outlet, resolver)
    sents = list(doc.sents)
    sent_scores = classifier.scores_many([s.text for s in sents]) if classifier is not None else [None] * len(sents)
    heads = speaker_heads(sents, spans, lambda t: t.pos_ == "PRON" or resolver.resolve_phrase(t).ref is not None)
    quote_speaker: dict[tuple[int, int], tuple] = {}
    events: list[Event] = []
    quotes: list[Quote] = []

    def is_person(tok):
        ref = resolver.resolve_phrase(tok).ref
        return tok.ent_type_ == "PERSON" or (ref is not None and ref.kind == "person")

    def speaker_of(head, n):
        ant = pronoun_antecedent(head, spans, is_person) if head is not None else None
        if ant is not None:  # "he said": the person the discourse is about, with their name
            m = next(i for i, s in enumerate(sents) if s.start <= ant.i < s.end)
            ref, _ = coder.actor_ref(ant, m, False)
            if ref is None and ant.ent_type_ == "PERSON":  # a person the registry does not know keeps the name
                name = ent_at(ant).text if ent_at(ant) is not None else ant.text
                ref = ActorRef(text=head.text, name=name, kind="person", confidence=0.3)
            if ref is not None:
                return replace(ref, text=head.text, confidence=min(ref.confidence, 0.7))
        ref, _ = coder.actor_ref(head, n, False)
        if ref is None and head is not None and head.pos_ in ("PROPN", "NOUN"):
            # a speaker the registry cannot place is still the speaker: keep the words
            ref = ActorRef(text=resolver.phrase_text(head), kind="unresolved",
                           confidence=0.2)
        return ref

    for n, sent in enumerate(sents):
        # the sentence's own names are noted before it is coded: "he" may not mean one named after it
        coder.ctx.opening_person = (coder.ctx.last_human, coder.ctx.last_human_actor)
        coder.ctx.sentence_people = []
        for e in ents_of(sent):
            ref = resolver.resolve_phrase(phrase_head(e.root, resolver.gaz.titles)).ref
            coder.ctx.note(ref)  # what the sentence names, as whole phrases ("the US Embassy", not "US")
            if e.label_ == "PERSON" or ref is not None and coder.ctx.last_person is ref:
                coder.ctx.sentence_people.append((e.start, ref if _human(ref) else None))
        in_sent = [q for q in spans if q[0] < sent.end_char and q[1] > sent.start_char]
        for q in in_sent:
            if q not in quote_speaker and heads.get(q) is not None:
                quote_speaker[q] = (speaker_of(heads[q], n), n)
        verb = speech_verb(sent, spans)
        speaker = speaker_of(speaker_head(verb), n) if verb is not None else None
        sp = next((quote_speaker[q][0] for q in in_sent if q in quote_speaker and quote_speaker[q][0]), None)
        if sp is not None:
            coder.ctx.speakers[n] = sp
        if speaker is not None:
            coder.ctx.voices[n] = speaker  # "He added that …": whoever reports the sentence's claims
        sent_events = coder.code_sentence(sent, n, in_sent, sent_scores[n], model_threshold)
        for ev in sent_events:
            claimed = None
            if any(a <= ev.trigger.start < b for a, b in in_sent):
                claimed = coder.ctx.speakers.get(n)
            elif verb is not None and speaker is not None and ev.trigger.start != verb.idx \
                    and _under(doc, ev.trigger.start, verb) and not _same_actor(ev.actor, speaker):
                claimed = speaker
            if claimed is not None:
                ev = replace(ev, claimed_by=claimed)
            events.append(ev)
    for (a, b), (speaker, n) in sorted(quote_speaker.items()):
        quotes.append(Quote(speaker=speaker, text=doc_text(doc)[a:b], span=Span(a, b, doc_text(doc)[a:b]), sentence=n))
    for a, b in spans:
        if (a, b) not in quote_speaker:
            n = next((i for i, s in enumerate(sents) if s.start_char <= a < s.end_char), 0)
            quotes.append(Quote(speaker=None, text=doc_text(doc)[a:b], span=Span(a, b, doc_text(doc)[a:b]), sentence=n))
    events = [own_condemned_act(ev, events) if ev.event_id in coder.unowned_acts else ev for ev in events]
    return events, sorted(quotes, key=lambda q: q.span.start)


def issuing_organ(outlet: str | None, resolver: Resolver) -> ActorRef | None:
    """The state organ that publishes the document ("U.S. Department of State", "UK Government, Foreign &
    Commonwealth Office (gov.uk)", "U.S. Central Command"): the "we" of its own statements. A news outlet
    publishes for no state."""
    if not outlet:
        return None
    plain = re.sub(r"\([^()]*\)", " ", outlet)
    for name in [plain] + plain.split(","):
        for entry, kind in resolver.gaz.lookup(name.strip()):
            sector = FOLD.get(entry.sector, entry.sector)
            if entry.country and kind == "org" and sector in ("GOV", "MIL"):
                return ActorRef(text=name.strip(), name=entry.name, actor_id=entry.actor_id, country=entry.country,
                                sector=entry.sector, kind="org", confidence=0.6)
    return None


def dateline_state(text: str, resolver: Resolver) -> str | None:
    """The state whose country or capital opens a wire story ("NIAMEY (Sahel Wire) –"); a provincial town
    ("PESHAWAR, Pakistan") is left out, as is any dateline the registry cannot place."""
    from ..clean import read_dateline

    dl = read_dateline(text)
    hit = resolver.gaz.lookup(dl.place) if dl is not None and dl.place else []
    return hit[0][0].country if hit and hit[0][1] in ("country", "capital") else None


# a government condemning a bombing at home condemns its own rebels, not its own army or police
CONDEMNER_OWN_ORGANS = {"GOV", "MIL"} | set(FOLD)


def own_condemned_act(ev: Event, events: list[Event]) -> Event:
    """A condemnation of "today's attack" whose perpetrator the sentence does not name targets the attacker
    the article names elsewhere: the nearest attack with a known perpetrator (ANNOTATION.md: the recipient
    stays null only when the article does not establish one)."""
    attacks = [o for o in events if o.event_type == "ASSAULT" and o.actor is not None
               and (o.actor.country or o.actor.sector in STATELESS) and o.event_id != ev.event_id
               and not (ev.actor is not None and o.actor.country == ev.actor.country
                        and o.actor.sector in CONDEMNER_OWN_ORGANS)]
    if not attacks:
        return ev
    nearest = min(attacks, key=lambda o: (abs(o.sentence - ev.sentence), o.sentence))
    text = ev.recipient.text if ev.recipient is not None else nearest.actor.text
    return replace(ev, recipient=replace(nearest.actor, text=text, confidence=min(nearest.actor.confidence, 0.4)))


def _same_actor(a: ActorRef | None, b: ActorRef) -> bool:
    if a is None:
        return False
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return (a.country, a.sector) == (b.country, b.sector) and a.kind == b.kind


def _under(doc, char: int, verb) -> bool:
    """Is the token at `char` inside the complement clause of `verb`?"""
    tok = next((t for t in verb.sent if t.idx == char), None)
    while tok is not None and tok.i != verb.i and tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return tok.dep_ in ("ccomp", "xcomp")
        tok = tok.head
    return False
