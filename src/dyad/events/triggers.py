"""Which tokens of a sentence are asserted triggers: find_triggers() matches data/triggers.csv entries
(matches()) and keeps those the assertion checks let through; the special detectors (joint_works,
characterisations, retaliations, imputed_designs, obligations, fostered_bonds, admissions, judgements,
forces_leaving, …) and model_hits() add Hits that no single lexicon entry gives. A Hit is a token and the
Trigger it matched; actors are left to the Coder.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .lexicon import Trigger
from .assertion import (ACT_NOUNS, COMMITTING, CONDITIONAL_MARKS, DEMAND_NOUNS, EVENT_FRAMES, EVENT_NOUN_PREPS,
    PROMISES, SPEECH, SUBJ, committed_act, has_future, is_habitual, is_hypothetical, is_negated, refuses_for_ever,
    states_terms)
from .parties import (CHARACTERISE, CONTESTED, HARM, HEARSAY, LIGHT_VERBS, NOT_PARTIES, PARTNERING_NOUNS,
    REPORTING, acl_agent, curly_possessor, named_objects, particle_on_verb, particle_read_as_mark, subject_of)


FORCE_NOUNS = {"aircraft", "jet", "warplane", "plane", "drone", "force", "troop", "soldier", "navy", "army",
               "ship", "warship", "vessel", "artillery", "unit", "fighter", "helicopter", "gunship", "boat"}
REFUSALS = {"accept", "recognize", "recognise", "endorse", "approve"}  # negated, they are rejections
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
REVENGE = {"revenge", "vengeance", "retaliation", "retribution", "reprisal", "reprisals"}
WALKOUTS = {"hunger", "general", "labour", "labor", "national", "nationwide", "teachers", "workers", "doctors"}
TRIPS = {"travel", "visit", "fly", "head", "lead", "go", "arrive", "tour", "come"}  # a visit, as a verb
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}


@dataclass(frozen=True)
class Hit:
    token: object
    trigger: Trigger
    event_type: str
    future: bool = False  # "will support" → AGREE (promise), "will strike" → THREATEN


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


RELATIVES = {"that", "which", "who", "whom"}


def object_relative(verb) -> bool:
    """A relative clause whose verb takes the noun it describes as object: "the atrocities (that) ISIL has
    perpetrated" (not "the man who attacked …", whose pronoun is the subject, nor "the mission, under which
    forces withdrew", whose pronoun hangs on a preposition)."""
    if verb.dep_ != "relcl":
        return False
    kids = list(verb.children)
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVES for c in kids):
        return True
    if any(c.dep_ == "dobj" for c in kids) or any(c.dep_ == "prep" and any(g.lower_ in RELATIVES for g in c.children)
                                                  for c in kids):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in RELATIVES for c in kids)


def matches(tok, trig: Trigger) -> bool:
    if trig.particle and standing_as(tok):
        return False  # "Russia stood isolated, with the support of only four states": a state it is in
    if trig.particle:
        if not any(c.dep_ in ("prt", "prep", "agent", "advmod") and c.lemma_.lower() == trig.particle
                   for c in tok.children) and particle_read_as_mark(tok, trig.particle, passive=True) is None \
                and not (fostered_in_fact(tok) and particle_on_verb(tok, trig.particle) is not None) \
                and not (trig.particle == "to" and tok.lemma_.lower() == "commit" and any(
                    c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in tok.children)):  # "committed to support Ukraine": the infinitive's "to"
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
        if object_relative(tok):
            objs.append(tok.head)  # "the atrocities that ISIL has perpetrated": the noun the clause's verb takes
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


def standing_as(tok) -> bool:
    """"stood isolated": "stand" linking its subject to a state (an adjective or participle
    right after it), not standing with or by someone ("stand united with" still is)."""
    return tok.lemma_.lower() == "stand" and any(
        c.dep_ in ("acomp", "advcl", "oprd") and c.tag_ in ("JJ", "VBN") and c.i == tok.i + 1
        and c.lower_ not in STANDING_TOGETHER for c in tok.children)


STANDING_TOGETHER = {"united", "together", "firm", "strong", "resolute", "steadfast", "shoulder"}  # "stand united with"


# Means and measures that a sentence may make the subject of what they achieve: not actors
INSTRUMENTS = {"assistance", "aid", "funding", "contribution", "loan", "guarantee", "sanction", "listing",
               "designation", "grant", "package", "donation", "programme", "program"}


def instrument_donor(noun):
    """The state a means is told as belonging to ("UK aid", "Japanese funding", "America's assistance"): when
    the means delivers aid, its owner is the one delivering it."""
    return next((c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                 and c.ent_type_ in ("GPE", "NORP")), None)


POSING = {"pose", "represent", "constitute"}
DANGERS = {"threat", "danger", "risk", "menace"}


def noun_is_eventive(tok) -> bool:
    """A nominal trigger counts when it is framed as something that happened."""
    head = tok.head
    if tok.lemma_.lower() in DANGERS and (any(c.dep_ == "acl" and c.lemma_.lower() in POSING for c in tok.children)
                                          or tok.dep_ == "dobj" and head.lemma_.lower() in POSING):
        return False  # "the threat posed by Daesh", "Iran poses a threat": a danger described, not one issued
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
    if acl_agent(tok) is not None or misplaced_by_agent(tok) is not None:
        return True  # "the attacks launched by Hezbollah", "the killings of civilians by the militia"
    return any(c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in HARM or claims_responsibility(c))
               for c in tok.children)


def misplaced_by_agent(noun):
    """"condemned the killings of civilians by the militia": the parser hangs the by-phrase on the condemning
    verb, but an active verb with a subject takes no agent, so the phrase names who did the condemned act."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > noun.i
                 for g in p.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")
                 and g.ent_type_ not in NOT_PARTIES), None)


# "discussed Iranian-enabled attacks by the Houthis against civilian targets", "called for an end to the regime's
# escalating attacks on Aleppo", "Russia's bombardment of Aleppo": an attack noun that names both its doer and
# its target is an act the article asserts, whatever frame it sits in (a bare "the attacks" may be anyone's)
TOLD_ATTACKS = CONDEMNED_ATTACKS | {"bombardment", "airstrike", "shelling", "offensive"}
ATTACK_TARGET_PREPS = {"on", "against", "of"}
# "the seizure of the tanker by Iran's navy", "the regime's siege of Ghouta": a seizure or siege noun that names
# its doer and what it took is asserted like an attack told so
TOLD_SEIZURES = {"seizure", "capture", "siege", "besiegement", "blockade", "hijacking", "takeover"}
# "Russia's escalating military buildup on the borders of Ukraine": a build-up told with its doer and the state
# it is massed against
TOLD_BUILDUPS = {"buildup", "build-up"}
TOLD_ACT_NOUNS = TOLD_ATTACKS | TOLD_SEIZURES | TOLD_BUILDUPS
TOLD_ACT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}


def told_attack(tok) -> bool:
    """Is the attack (or seizure) noun `tok` told with its doer and its target, outside an accusation or claim
    of it?"""
    if tok.lemma_.lower() not in TOLD_ACT_NOUNS and tok.lower_ not in TOLD_ACT_NOUNS:
        return False
    if condemned_attacker(tok) is None:
        return False
    # the target hangs on the noun or on the participle that tells it ("attacks launched … against the towns")
    tellers = [tok] + [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if not any(c.dep_ == "prep" and c.lower_ in ATTACK_TARGET_PREPS and any(
            g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES for g in c.children)
            for t in tellers for c in t.children):
        return False
    # "accused Iran of attacks on tankers", "reports of Russian strikes on Kyiv": only the accusation is coded
    return not any(a.lemma_.lower() in CONTESTED | HEARSAY | {"deny", "reject"} for a in tok.ancestors)


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
    agent = acl_agent(noun) or misplaced_by_agent(noun)
    if agent is not None:
        return agent
    claimant = next((claimant_of(c) for c in noun.children if c.dep_ == "relcl" and claims_responsibility(c)
                     and claimant_of(c) is not None), None)
    if claimant is not None:
        return claimant
    # "the attacks today in … the port city of Tartus, for which Da'esh has claimed responsibility", "the drone
    # attack on coalition forces at Erbil Air Base, which was claimed by …": the parser hangs the claim on the
    # last place named; only an act is claimed "for which", and no place is claimed
    claimant = next((claimant_of(c) for c in noun.subtree if c.dep_ == "relcl" and c.i > noun.i
                     and claims_responsibility(c) and claimant_of(c) is not None and (any(
                         p.dep_ == "prep" and p.lower_ == "for" and any(w.lower_ == "which" for w in p.children)
                         for p in c.children) or c.head.ent_type_ in ("GPE", "LOC", "FAC")
                         or c.head.dep_ == "pobj" and c.head.head.lower_ in ("at", "in", "near"))), None)
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


# what a vow threatens; a pledge to send or deploy forces ("pledged to dispatch observers", "promised to send
# police officers to lead the mission") commits them, it threatens no one
PROMISED_HARMS = HOSTILE - {"MOBILIZE"} | {"ASSAULT"}
JOINT = {"joint", "combined", "bilateral", "multilateral", "multinational", "trilateral", "together"}


ANONYMITY = {"name", "identify", "quote", "cite"}
PUNITIVE = {"pursue", "punish", "avenge", "hunt", "retaliate", "crush", "eliminate", "annihilate", "revenge"}
# what one pursues in peace: "committed to pursuing practical engagements", "vowed to pursue dialogue"
PEACEFUL_PURSUITS = {"engagement", "diplomacy", "dialogue", "talk", "talks", "negotiation", "peace", "solution",
                     "cooperation", "relation", "relations", "tie", "ties", "agreement", "deal", "reform", "path",
                     "policy", "partnership", "normalization", "normalisation", "reconciliation", "settlement"}


def punitive(tok) -> bool:
    """A verb of punishment or pursuit, unless what is pursued is peaceful ("pursue diplomacy")."""
    if tok.lemma_.lower() not in PUNITIVE:
        return False
    return not (tok.lemma_.lower() == "pursue" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PEACEFUL_PURSUITS for c in tok.children))
REGRETS = {"regret", "deplore", "lament"}
OPEN_WATERS = {"sea", "ocean", "waters", "gulf", "bay", "strait", "water"}
MISSILES = {"missile", "rocket", "projectile", "torpedo", "warhead", "icbm", "slbm"}


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


BORDERS = {"border", "frontier", "boundary", "borders"}


def is_joint(tok) -> bool:
    """An exercise or operation done together: a "joint" modifier, a "with" partner, or coordinated actors."""
    near = list(tok.children) + [g for c in tok.children if c.dep_ in ("dobj", "pobj") for g in c.children]
    # ("on the border with Kuwait": the border's other side, however the parser hangs it, is no partner)
    if any(t.lower_ in JOINT for t in near) or any(c.dep_ == "prep" and c.lower_ in ("with", "alongside")
                                                   and not (c.i > 0 and c.doc[c.i - 1].lemma_.lower() in BORDERS)
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


def partnered_by(tok):
    """The partner of an "in cooperation with X" phrase on the act or its object (the parser hangs it on either)."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    return next((g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                 for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in PARTNERING_NOUNS
                 for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
                 for g in w.children if g.dep_ == "pobj"), None)


def subject_partner(tok):
    """"U.S. forces—together with the United Kingdom—conducted strikes", "troops, alongside Kenyan forces, …":
    the partner hung on the act's subject (a bare "with" there is what the subject has, not a partner)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    return next((g for p in subj.children if p.dep_ == "prep" and (
        p.lower_ == "alongside" or p.lower_ == "with" and any(a.lower_ == "together" for a in p.children))
        for g in p.children if g.dep_ == "pobj"), None)


def joint_partner(tok):
    """The partner a joint act is done with: "with/alongside X" on the act, its object, "together with X",
    "in cooperation with X" or "together with X" on its subject."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "advmod") and (
        c.pos_ in ("NOUN", "PROPN") or c.lower_ == "together")]
    return next((g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("with", "alongside")
                 for g in p.children if g.dep_ == "pobj"), None) or partnered_by(tok) or subject_partner(tok)


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
    """"fought alongside the army", "struck together with the RAF", "raided it in cooperation with the SDF",
    "forces—together with the UK—struck" ("clashed with" names the enemy, "struck with a missile" the weapon: a
    bare "with" is no partner)."""
    return any(c.dep_ == "prep" and c.lower_ == "alongside" for c in tok.children) or any(
        c.dep_ == "advmod" and c.lower_ == "together" and any(p.lower_ == "with" for p in c.children)
        for c in tok.children) or partnered_by(tok) is not None or subject_partner(tok) is not None


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
# "we will not tolerate …", "will not hesitate to take further actions": a warning to whoever acted against it
WARNING_REFUSALS = {"tolerate", "hesitate"}


def warns_of_force(tok, lexicon) -> bool:
    """"will not tolerate attacks", "will not hesitate to take further action(s)/respond/strike": a warning;
    "will not hesitate to support Ukraine" is a promise of help, no threat."""
    if tok.lemma_.lower() == "tolerate":
        return any(c.dep_ == "dobj" for c in tok.children)
    for x in (c for c in tok.children if c.dep_ == "xcomp"):
        lemma = x.lemma_.lower()
        if lemma in RETALIATION_VERBS or lemma in ("defend", "protect", "act") or punitive(x) or (
                lemma == "use" and any(o.dep_ == "dobj" and o.lemma_.lower() == "force" for o in x.children)) or (
                lemma == "take" and any(
                o.dep_ == "dobj" and o.lemma_.lower() in ("action", "actions", "measure", "measures", "step", "steps")
                for o in x.children)):
            return True
        if any(t.event_type in HOSTILE | {"ASSAULT"} for t in lexicon.get((lemma, "VERB"), [])):
            return True
    return False


def retaliations(sent, taken: set[int], lexicon) -> list[Hit]:
    """A future response, stated or reported ("told Interfax that Moscow would respond"), is a threat; a
    response under a warning or threat is that warning's content, and a conditional one is hypothetical."""
    out = []
    for tok in sent:
        if tok.i in taken or tok.pos_ != "VERB":
            continue
        if tok.lemma_.lower() in WARNING_REFUSALS and has_future(tok) and is_negated(tok) \
                and not is_hypothetical(tok) and not any(t.i in taken for t in tok.ancestors) \
                and warns_of_force(tok, lexicon):
            out.append(Hit(tok, RETALIATION, "THREATEN", True))  # "will not tolerate attacks on our personnel"
            continue
        if tok.lemma_.lower() not in RETALIATION_VERBS:
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


# "It is imperative for all parties to coordinate", "It is vital that Iran releases the crew", "Israel retains a
# responsibility to protect civilians": obligation told without a modal
IMPERATIVE = {"imperative", "vital", "essential", "crucial", "critical", "necessary", "incumbent", "urgent"}
DUTIES = {"responsibility", "obligation", "duty"}
HOLDING = {"have", "retain", "bear"}


def duty_holder(tok):
    """The party of "it is imperative for X to act / that X act" or "X has a responsibility to act", or None."""
    head = tok.head
    if tok.dep_ in ("advcl", "ccomp") and head.lemma_.lower() == "be" \
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) \
            and any(c.dep_ == "acomp" and c.lower_ in IMPERATIVE for c in head.children) and not is_negated(head):
        return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "acl" and head.lemma_.lower() in DUTIES and head.dep_ == "dobj" \
            and head.head.lemma_.lower() in HOLDING and not is_negated(head.head):
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def obliged_party(tok):
    """The subject of a main or reported clause that says it must/should (or needs to) act, or None."""
    if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "ccomp", "acl"):
        held = duty_holder(tok)
        if held is not None:
            return held if held.pos_ in ("PROPN", "NOUN") else None
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


COMMITMENTS = {"commitment", "pledge", "promise", "determination", "resolve"}
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
        if lemma in HOSTILE_AIMS or punitive(c):
            return True
        if any(t.event_type in HOSTILE | {"ASSAULT"} and not t.specific
               for t in lexicon.get((lemma, "VERB" if c.pos_ == "VERB" else "NOUN"), [])):
            return True
    return False


def fire_source(verb):
    """Who the fire came from in "came under fire from X", "received heavy fire from ISIL fighters in a building"
    (the from/by phrase on the verb, its object, or the under-phrase's noun)."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    heads += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "under" for g in p.children
              if g.dep_ == "pobj"]
    return next((g for h in heads for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by")
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_PARTIES), None)


CONFIRMING = {"confirm", "verify", "corroborate", "substantiate"}


def confirmed_report(noun) -> bool:
    """"The UN have confirmed reports that ISIL has killed 70 members of the tribe": a report a party confirms
    is asserted, no longer hearsay."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in CONFIRMING and not is_negated(verb) \
        and not is_hypothetical(verb)


def meeting_purposes(hits: list[Hit]) -> list[Hit]:
    """"spoke with King Salman to discuss regional developments": the talk a meeting or call is held for is that
    meeting, not a second one (its parties are the meeting's)."""
    # a meeting told as a promise is still the meeting the talk is for: "will meet with leaders to discuss …"
    meetings = {h.token.i for h in hits if h.event_type == "CONSULT" or h.token.lemma_.lower() == "meet"}

    def purpose_of_meeting(tok) -> bool:
        if voiced_purpose(tok):
            return tok.head.i in meetings
        # "spoke with A to discuss …": the parser reads "with" as the marker of a clause whose subject is A
        return tok.dep_ == "pcomp" and tok.head.lower_ == "with" and tok.head.head.i in meetings \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return [h for h in hits if not (h.event_type == "CONSULT" and purpose_of_meeting(h.token))]


# "Soleimani approved the attacks on the embassy", "the strike, which was approved by the President": approving
# a violent act orders it; it supports no party
APPROVING = {"approve", "authorize", "authorise", "sanction", "greenlight", "endorse", "sign"}


def approves_violence(hit: Hit) -> bool:
    tok = hit.token
    if hit.event_type != "SUPPORT" or tok.lemma_.lower() not in APPROVING:
        return False
    acts = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("relcl", "acl"):
        acts.append(tok.head)
    return any(ACT_NOUNS.get(a.lemma_.lower()) == "violence" for a in acts)


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
RULE_BREAKING = {"breach", "violation", "disregard", "contempt", "affront", "outrage", "crime", "assault", "attack"}
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


# "Russia is responsible for the devastating abuses of human rights": the voice blames the subject for a
# harmful act (ACCUSE); "who is responsible remains unclear" names no one
BLAMED_ACTS = {"abuse", "death", "killing", "atrocity", "crime", "destruction", "violence", "suffering"}


def blamed_party(verb):
    """The named subject a linking verb calls responsible for a harmful act, or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() != "be":
        return None
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "responsible"), None)
    acts = [g for p in (adj.children if adj is not None else ()) if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children if g.dep_ == "pobj"]
    if not any(ACT_NOUNS.get(a.lemma_.lower()) == "violence" or a.lemma_.lower() in BLAMED_ACTS for a in acts):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


def judgements(sent, taken: set[int]) -> list[Hit]:
    """Linking verbs judging an act a breach, violation or disregard; the coder finds who judges and whose act
    it is (no party doing it, no accusation: "the delay is a breach of the rules")."""
    return [Hit(tok, JUDGEMENT, "ACCUSE") for tok in sent if tok.i not in taken
            and (judged_act(tok) is not None or blamed_party(tok) is not None)
            and not (is_negated(tok) or is_hypothetical(tok))]


# "welcomed the agreement on 2 December between Baghdad and Erbil", "praised the deal between Israel and Hamas":
# an agreement a statement hails, naming both its parties, is the parties' AGREE (ANNOTATION.md codes the
# welcome and the deal); a bare "the agreement between our two countries" recalled in passing is background
AGREEMENT_NOUNS = {"agreement", "deal", "accord", "pact", "treaty", "memorandum", "understanding", "consensus"}
HAILING = {"welcome", "hail", "praise", "applaud", "commend", "salute", "celebrate", "endorse", "congratulate"}
TOLD_AGREEMENT = Trigger(lemma="<agreement-between>", pos="NOUN", particle=None, objects=frozenset(),
                         event_type="AGREE", mode=None, cameo="057", context=(), recipient=())  # agreement_parties


def agreement_parties(noun):
    """The two parties of "the agreement between A and B" (A, B), or None. The parser may hang "between" on a
    date after the noun ("the agreement on 2 December between …") and the second party on the verb."""
    holders = [noun] + [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "on"
                        for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
    between = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    first = next((g for g in between.children if g.dep_ == "pobj"), None) if between is not None else None
    if first is None:
        return None
    second = next((g for g in first.children if g.dep_ == "conj"), None) or next(
        (g for g in noun.head.children if g.dep_ == "conj" and g.i > first.i and g.pos_ in ("PROPN", "NOUN")
         and g.ent_type_ in ("ORG", "GPE", "NORP")), None)
    return (first, second) if second is not None else None


def hailed_agreements(sent, taken: set[int]) -> list[Hit]:
    """Agreement nouns, with both parties named by "between", that a verb of praise takes as its object."""
    out = []
    for tok in sent:
        if tok.i in taken or tok.lemma_.lower() not in AGREEMENT_NOUNS or tok.dep_ != "dobj":
            continue
        verb = tok.head
        if verb.lemma_.lower() not in HAILING or is_negated(verb) or is_hypothetical(verb):
            continue
        if agreement_parties(tok) is not None:
            out.append(Hit(tok, TOLD_AGREEMENT, "AGREE"))
    return out


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


MISSIONS = {"focus", "dedicate", "devote", "specialize", "specialise", "aim", "geare", "gear", "orient"}


def describes_a_mission(tok) -> bool:
    """"local organisations focused on supporting refugees", "a charity dedicated to helping victims": a
    participle describing a body with what it works at tells what the body is for, not an act it did."""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.dep_ != "prep":
        return False
    t = tok.head.head
    if t.lemma_.lower() not in MISSIONS:
        return False
    described = t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in ("NOUN", "PROPN")
    # the participle misread as a verb of its own, conjoined to a clause whose subject it does not share
    misread = t.dep_ == "conj" and t.tag_ in ("VBN", "VBD") and t.lemma_.lower() != "aim" \
        and any(c.dep_ == "nsubj" for c in t.children) and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
    return described or misread


STOPPING = {"cease", "stop", "halt", "end", "suspend", "refrain"}


def stopped_in_wish(noun) -> bool:
    """Is the act noun the object of an infinitive of stopping ("to cease airstrikes", "to stop the attacks",
    the parser hanging it on "at once" or "from" too)? What someone is asked or means to stop is no act told."""
    t = noun
    while t.dep_ in ("pobj", "prep", "pcomp", "dobj") and t.head.i != t.i and t.pos_ != "VERB":
        if t.dep_ == "prep" and t.lower_ not in ("at", "from", "of", "on", "against"):
            return False  # "to stop the violence after the bombing in Kabul": a time or place, not the object
        t = t.head
    return t.pos_ == "VERB" and t.lemma_.lower() in STOPPING and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


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
        if is_negated(tok) or is_hypothetical(tok) or is_habitual(tok) or states_terms(tok) \
                or duty_holder(tok) is not None:  # "it is vital that Iran releases the crew": not yet done
            continue
        if describes_a_mission(tok):
            continue  # "organisations focused on supporting refugees": what a body is for, not an act
        if pos == "NOUN" and stopped_in_wish(tok):
            continue  # "press the regime to cease at once airstrikes against …": the act to be stopped, not told
        if pos == "NOUN" and not noun_is_eventive(tok) and not recalled_act(tok) and not condemned_attack(tok) \
                and not (trig.event_type in TOLD_ACT_TYPES and told_attack(tok)):
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
            if etype == "CONSULT" and pos == "VERB" and tok.lemma_.lower() in TRIPS and not committed_act(tok):
                continue  # "The Foreign Secretary will travel to Muscat next month for talks": a trip announced
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
                c.dep_ == "xcomp" and not is_negated(c) and (punitive(c) or any(
                    g.dep_ in ("advcl", "xcomp") and punitive(g) for g in c.children) or any(
                    t.event_type in PROMISED_HARMS and (not (t.objects or t.particle) or matches(c, t))
                    for t in lexicon.get((c.lemma_.lower(), "VERB"), [])[-1:]) or any(
                    g.dep_ == "dobj" and g.lemma_.lower() in REVENGE for g in c.children))
                for c in tok.children):
            etype = "THREATEN"  # "vowed to strike back" promises violence; "pledged not to use force" does not
        if etype == "AGREE" and tok.lemma_.lower() in COMMITTING and hostile_content(tok, lexicon):
            continue  # "remains committed to carrying out attacks", "to the defeat of ISIS": an aim, not a promise to anyone
        if etype == "AGREE" and pos == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in COMMITMENTS and hostile_content(c, lexicon)
                for c in tok.children):
            continue  # "reiterates the UK's commitment to defeating this terrorist organisation": the same aim
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
        if etype == "ASSAULT" and pos == "NOUN" and tok.lemma_.lower() == "strike" and any(
                c.dep_ in ("compound", "amod") and c.lower_ in WALKOUTS for c in tok.children):
            etype = "PROTEST"  # "began a hunger strike", "called a general strike": no one is struck
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
    hits += retaliations(sent, {h.token.i for h in hits}, lexicon)
    hits += imputed_designs(sent, {h.token.i for h in hits}, lexicon)
    hits += fostered_bonds(sent, {h.token.i for h in hits})
    hits += obligations(sent, {h.token.i for h in hits})
    hits += admissions(hits)
    hits += admitted_facts(sent, {h.token.i for h in hits})
    hits += judgements(sent, {h.token.i for h in hits})
    hits += hailed_agreements(sent, {h.token.i for h in hits})
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
                  and not confirmed_report(tok)
                  for c in tok.children if c.dep_ in ("acl", "ccomp") and any(
                      m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for t in c.subtree}
    hits = [h for h in hits if h.token.i not in contested]
    hits = protest_purposes(hits)
    hits = [h for h in meeting_purposes(hits) if not approves_violence(h)]
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
        if h.event_type in TOLD_ACT_TYPES and (condemned_attack(h.token) or told_attack(h.token)):
            kept.append(h)  # "condemns today's attack on the camp": the attack is told, and is coded too
            continue
        if h.trigger is TOLD_AGREEMENT:
            kept.append(h)  # "welcomed the agreement between A and B": the hailed deal was made
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
