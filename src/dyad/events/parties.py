"""Who the parties of a trigger are, read off the parse alone: subject_of, noun_actor, recipient_of,
harmed_party, coordinated_members and the helpers that find an actor's or recipient's head token (or rule
one out). They return tokens (or token indices), never resolved actors; the few ActorRef predicates here
(_placed, _same_party, unidentified_attacker, …) compare actors already resolved and consult no resolver.
"""
from __future__ import annotations

from ..model import ActorRef, Event
from .lexicon import Trigger
from .assertion import ACT_NOUNS, SPEECH, SUBJ, describes_its_noun, gerund_conjunct_host


HEARSAY = {"report", "claim", "allegation", "accusation", "rumour", "rumor", "speculation", "suggestion",
           "suspicion", "assertion", "charge"}
LIGHT_VERBS = {"hold", "have", "conduct", "launch", "carry", "stage", "make", "pay", "sign", "deliver", "take",
               "impose", "issue", "announce", "begin", "start", "attend", "host", "mount", "give", "extend",
               "express", "voice", "offer", "provide", "send", "lodge", "file", "reach", "strike", "ink", "claim",
               "follow", "condemn", "denounce", "report", "witness", "suffer", "survive", "complete", "finish",
               "conclude", "stage", "kick", "wrap", "hold", "organize", "organise", "lead", "open",
               # "The President has ordered the deployment of …": an act ordered by who commands it is done
               "order", "authorize", "authorise", "direct"}
# Verbs of telling about an act, whose subject is a source rather than the act's doer ("claim" and
# "announce" are not here: a group claiming an attack, a state announcing its strike, did them).
DENOUNCING = {"condemn", "denounce", "deplore", "decry", "criticise", "criticize"}  # whoever judges an act did not do it
REPORTING = {"report", "describe", "quote", "mention", "tell", "write", "tweet", "cite", "say", "note", "add",
             "publish", "broadcast", "cover", "witness"}
NOT_PARTIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
FOLD = {"COP": "GOV", "JUD": "GOV", "LEG": "GOV", "SPY": "GOV"}  # the state's organs, as the scorer folds them
STATELESS = {"IGO", "NGO", "REB"}  # actors that legitimately have no country (UN, ISIS, …)
STATE_ORGANS = {None, "GOV", "MIL"} | set(FOLD)  # a state acting (not its rebels, media or people)


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


def curly_possessor(noun):
    """"Hamas’ brutal attack": the parser reads a name before a curly apostrophe as a modifier (nmod), not a
    possessor; "follows Houthi rebels’ escalating attacks" it reads as the attacks in apposition to the rebels."""
    modifier = next((c for c in noun.children if c.dep_ == "nmod" and c.i < noun.i
                     and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and c.i + 1 < len(c.doc)
                     and c.doc[c.i + 1].text in ("’", "'", "’s")), None)
    if modifier is not None:
        return modifier
    head = noun.head
    if noun.dep_ == "appos" and head.i < noun.i and head.tag_ in ("NNS", "NNPS") and head.i + 1 < len(noun.doc) \
            and noun.doc[head.i + 1].text == "’" and noun.doc[head.i + 1].head.i == head.i \
            and min(t.i for t in noun.subtree) == head.i + 2:
        return head
    return None


CONTESTED = {"claim", "allege", "accuse", "blame", "charge", "insist", "suggest", "speculate", "deny", "contend"}
HARM = {"kill", "hit", "wound", "injure", "strike", "destroy", "damage", "target", "land", "explode"}


CHARACTERISE = {"call", "describe", "characterize", "characterise", "label", "brand", "term", "dub", "name",
                "denounce", "slam"}  # not "consider"/"deem": those state standing positions


def _misparsed_place(noun) -> bool:
    """A place phrase the parser took for a noun ("Near Palmyra" with "Near" as a compound of the name)."""
    return any(t.dep_ == "compound" and t.lower_ in ("near", "in", "at", "outside") for t in noun.subtree)


def subject_of(verb, through_acl: bool = False):
    """(actor head, passive recipient head) of a verb, climbing xcomp/conj/advcl for shared subjects.
    A participle on a noun ("officials asking X") takes that noun as its subject, or with `through_acl`
    the subject of the clause the noun sits in ("posted a message on Twitter blaming Iran")."""
    t = gerund_conjunct_host(verb)  # "… our ability to impose costs … and announcing sanctions": who announces
    gerund_of = False  # climbed from a gerund under a preposition ("were united in condemning", "praised for helping")
    for _ in range(5):
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        # ". Near Palmyra, one strike destroyed …": a fronted place phrase misparsed as a second subject
        subj = next((c for c in subjects if not (len(subjects) > 1 and _misparsed_place(c))), None) or next(
            (g for a in t.children if a.dep_ in ("aux", "auxpass") for g in a.children if g.dep_ == "nsubj"), None)
        passive = next((c for c in t.children if c.dep_ == "nsubjpass"), None)  # ↑ subject misparsed onto "been"
        agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None and passive is not None:
            # "was struck and killed by a coalition airstrike": the agent of the last passive conjunct is both's
            agent = next((g for cj in t.conjuncts if cj.i > t.i and cj.tag_ in ("VBN", "VBD") and not any(
                x.dep_ in ("nsubj", "nsubjpass") for x in cj.children)
                for c in cj.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if passive is not None and gerund_of:
            return passive, None  # "the US has been united in condemning the attacks": the US condemns
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
                attack = t.head.head.head if t.head.dep_ == "pobj" and t.head.head.lower_ in ("on", "against") \
                    else None
                if attack is not None and ACT_NOUNS.get(attack.lemma_.lower()) == "violence" \
                        and t.lemma_.lower() in HARM:
                    # "the rocket attack on the Baghdad Diplomatic Support Center, which injured two contractors":
                    # the attack injured them (its doer, if told), not its target
                    return noun_actor(attack), None
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
            pcomp = t.dep_ == "pcomp"
            t = t.head
            while t.pos_ == "ADP" and t.head.i != t.i:  # "after meeting X", "in our response and in condemning"
                t = t.head
            gerund_of = gerund_of or pcomp
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
    poss = next((c for c in noun.children if c.dep_ == "poss"), None) or curly_possessor(noun)
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
    # "the Turkish drone strikes": the demonym hangs on the compound
    adj = adj or next((g for c in noun.children if c.dep_ == "compound" for g in c.children
                       if g.dep_ in ("amod", "compound") and g.ent_type_ in ("NORP", "GPE", "ORG")), None)
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
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() not in REPORTING | DENOUNCING:
        return subject_of(head)[0]  # "the agency reported the attack", "Iraq condemned the strikes": not theirs
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
# no state calls its own government "the regime" or "the junta": a nameless one is another state's
OTHERS_ORGANS = {"regime", "junta"}


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
    clause is the plural subject of the clause it hangs on, and "After the rebels took the town, they …" the
    main clause's "they" the subject of the clause that opens it."""
    if pron.lower_ != "they":
        return None
    t = pron.head
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("relcl", "advcl"):
        # "after Iraqi forces continued to receive fire …, they requested support": the main clause's "they" is
        # the plural subject of the adverbial clause opening the sentence
        opening = next((c for c in t.children if c.dep_ == "advcl" and c.i < pron.i
                        and any(m.dep_ == "mark" for m in c.children)), None)
        subj = next((c for c in opening.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if opening is not None else None
        return subj if subj is not None and subj.tag_ in ("NNS", "NNPS") and subj.pos_ != "PRON" else None
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


AUDIENCES = {"reporter", "journalist", "press", "medium", "media", "audience", "crowd", "supporter", "viewer",
             "listener", "public", "nation", "lawmaker", "parliament", "congress", "delegate", "attendee"}
TELLING = {"tell", "assure", "inform", "brief", "reassure"}


def told_addressee(tok):
    """Whom the speaker told, when a commitment or demand is the second verb of the telling: "X told the
    President that … and pledged that his government would …" (an audience told is no addressee)."""
    if tok.dep_ != "conj" or tok.head.lemma_.lower() not in TELLING:
        return None
    return _told_object(tok.head)


def _told_object(verb):
    return _not_an_audience(next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                                  and c.pos_ in ("PROPN", "NOUN", "PRON")), None))


def _not_an_audience(told):
    """The one told, unless it is an audience ("told reporters"): an audience hears, it is not addressed."""
    return None if told is None or told.lemma_.lower() in AUDIENCES else told


def outcome_victims(target):
    """The people a relative clause on an attack's target says it harmed: "the rocket attack on the Baghdad
    Diplomatic Support Center, which injured two American contractors" (the contractors, not the building)."""
    outcome = next((c for c in target.children if c.dep_ == "relcl" and c.lemma_.lower() in HARM and any(
        s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)), None)
    return next((o for o in outcome.children if o.dep_ == "dobj"), None) if outcome is not None else None


def statement_addressee(tok):
    """(addressee, telling verb) of the statement holding an act: "told Putin that the US remains prepared to
    …", "was clear with Putin that …", "assured him that …" (the act is the statement's content, its
    addressee the one it is promised or asked to; an audience told is none). None when the act is not the
    content of a statement made to someone."""
    clause = tok
    for _ in range(3):  # the trigger's own clause: "prepared" is the complement of "remains"
        if clause.dep_ == "ccomp":
            break
        if clause.dep_ not in ("acomp", "xcomp", "attr", "advcl") or clause.head.i == clause.i:
            return None
        clause = clause.head
    else:
        return None
    verb = clause.head
    if verb.lemma_.lower() in TELLING:
        told = _told_object(verb)
    else:
        clear = next((c for c in verb.children if c.dep_ in ("acomp", "oprd", "ccomp") and c.lower_ == "clear"), None)
        prep = next((c for c in clear.children if c.dep_ == "prep" and c.lower_ in ("with", "to")), None) \
            if clear is not None else None
        told = _not_an_audience(next((g for g in prep.children if g.dep_ == "pobj"), None)) if prep is not None \
            else None
    return (told, verb) if told is not None else None


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


HOLDING = {"hold", "detain", "imprison", "jail", "capture", "abduct", "kidnap", "seize", "arrest"}
RELEASES = {"release", "freedom"}


def released(tok) -> list:
    """The release nouns a request asks for ("urged the release of …", "called for their freedom")."""
    asked = [c for c in tok.children if c.dep_ == "dobj"]
    asked += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return [a for a in asked if a.lemma_.lower() in RELEASES]


def captor_of_released(tok):
    """Whoever holds the people whose release a request asks ("urged the release of Armenian detainees held in
    Baku", "called for the release of the crew held by the Houthis", "the release of Americans detained in
    Iran"): the holding participle's agent, else the state it places them in. None when the sentence tells no
    holder. Asked only of a request that asks for a release (`released(tok)`)."""
    for held in (t for t in tok.sent if t.lemma_.lower() in HOLDING and t.tag_ == "VBN" and t.dep_ in ("acl", "relcl")):
        agent = next((g for c in held.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        place = next((g for c in held.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                      if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
        if place is not None:
            return place
    return None


MESSAGE_VERBS = {"write", "appeal", "turn", "send", "address", "petition", "plead", "speak", "talk", "call", "go"}


def addressee_of_message(tok):
    """A request worded as the purpose of a message: "wrote to X asking …", "appealed to X, urging …"."""
    if tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head.lemma_.lower() not in MESSAGE_VERBS:
        return None
    prep = next((c for c in tok.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and pobj.ent_type_ not in NOT_PARTIES else None


# "conducted a raid in cooperation with the SDF", "cleared the village in coordination with coalition aircraft"
PARTNERING_NOUNS = {"cooperation", "coordination", "conjunction", "partnership", "collaboration", "concert",
                    "cooperating", "coordinating"}


def particle_on_verb(noun, particle: str):
    """"has increased cooperation in recent years with the navies of …": the noun's preposition, hung by the
    parser on the verb whose object the noun is (after the noun)."""
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == particle and c.i > noun.i), None)


def recipient_of(tok, trig: Trigger):
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.pos_ in ("NOUN", "PROPN"):
        # "facilities were hit by drone strikes": the struck are the passive subject
        verb = tok.head.head
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is None and verb.dep_ == "conj":  # "was struck and killed by a coalition airstrike"
            passive = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            return passive
    spec = trig.recipient or ("dobj", "prep:with", "prep:to", "prep:against", "prep:on")
    for where in spec:
        if where == "dobj":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() not in trig.objects:
                return obj
        elif where == "described":  # "the Assad regime, backed by Russia": the noun the participle describes
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                return tok.head
        elif where == "object":  # "neutralised 11 PKK terrorists": the word the row requires is the one struck
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        elif where == "dative":
            dat = next((c for c in tok.children if c.dep_ == "dative"), None)
            if dat is not None:
                return next((g for g in dat.children if g.dep_ == "pobj"), dat)
        elif where == "particle" and trig.particle:
            # the particle follows its verb: "On Friday, X called on Y" is not called on Friday
            prep = next((c for c in tok.children if c.lemma_.lower() == trig.particle and c.i > tok.i), None) \
                or particle_on_verb(tok, trig.particle)
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
                    # "on Monday" is a date; "in cooperation with the SDF" names a partner, not the target
                    if pobj is not None and pobj.ent_type_ not in NOT_PARTIES \
                            and pobj.lemma_.lower() not in PARTNERING_NOUNS:
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


REGION_NOUNS = {"province", "governorate", "district", "region", "city", "town", "village", "county", "area"}


def told_as_where(head) -> bool:
    """Is the recipient only the place the act happened ("an airstrike in northwest Syria targeting …")? The
    party the attack's own clause names as harmed is then the one struck, not the country it is in."""
    # ("in Deir ez-Zor province, Syria": the name on the region's noun)
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in WHERE_PREPS \
        and (head.ent_type_ in ("GPE", "LOC", "FAC") or head.lemma_.lower() in REGION_NOUNS and any(
            c.dep_ in ("compound", "nmod", "appos") and c.ent_type_ in ("GPE", "LOC") for c in head.children))


def harmed_party(tok):
    """Whom an attack was for or did harm to, told by its purpose or result: "a strike on the location to
    target enemy fighters", "strikes to destroy ISIL positions", "an attack that killed 20 civilians",
    "shelled the town, killing five soldiers"."""
    acts = [tok] + ([tok.head] if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS else [])
    acts += [g for c in tok.children if c.dep_ == "dobj" for g in [c]]  # "conducted a strike that killed …"
    if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in HARMING:
        obj = next((o for o in tok.head.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            return obj  # "an Israeli air strike killed three Hamas commanders in Gaza": whom it killed
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
OWN_TRIPS = {"depart", "leave"}


def own_trip(tok, event_type: str) -> bool:
    """"Airmen departed for a deployment to Incirlik Air Base, Turkey": a unit's own trip, aimed at no one."""
    return event_type == "MOBILIZE" and tok.lemma_.lower() in OWN_TRIPS


STRIKE_LIST_MARK = "+strike-list"  # on an item of a release's strike list ("Near Mosul, seven strikes engaged …")
STRIKE_COUNT_MARK = "+strike-count"  # on a report of a number of strikes ("conducted 26 strikes against ISIL")
LOCAL_POLICE_MARK = "+local-police"  # on the rule of an act by police the text places in no country


def local_police(ref: ActorRef | None, event_type: str) -> bool:
    """"arrested by Thames Valley Police", "detained by police": a police force named with no country is the
    police of the place where it acts (placed after coding by where the act happened, or dropped)."""
    return event_type in ("COERCE", "ASSAULT") and ref is not None and ref.role == "police" \
        and not (ref.country or ref.actor_id)


def retold(noun) -> bool:
    """"the strike", "this attack": an act noun whose determiner refers back to one already told."""
    return any(c.dep_ == "det" and c.lower_ in RETELLING_DETS for c in noun.children)


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
