"""The Coder turns one sentence's Hits into Events: it reads actor and recipient heads (parties.py), resolves
them with the actor Resolver (actor_ref, corefer), and builds the Event (code_sentence, make_event, …).
DocContext is the small document memory it uses for pronouns, "his counterpart" and "the two sides".
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace

from ..actors.resolve import GROUP_WORDS, OFFICE_ROLES, PhraseInfo
from ..model import ActorRef, Event, Span
from ..doc_index import ents_of
from .assertion import ACT_NOUNS, SUBJ, is_habitual, is_negated
from .parties import (AUDIENCES, BLASTS, EFFORTS, FOLD, HEARSAY, LOCAL_POLICE_MARK, NOT_PARTIES, OTHERS_ORGANS,
    OWN_ORGANS, REACTION_TYPES, STATELESS, STATE_ORGANS, STRIKE_COUNT_MARK, STRIKE_LIST_MARK, UNKNOWN_ATTACKER_MARK,
    _placed, _same_party, _same_word, _unplaced, acl_agent, addressee_of_message, anaphoric_effort, armed_by_demonym,
    captor_of_released, claimed_content, clause_antecedent, complement_subject, conceded_reactions, concessive_clause,
    condemned_doer, conjuncts, coordinated_members, denies_content, designation_by, floated_quantifier,
    governing_subject, harmed_party, helped_party, identifies_party, indirect_object, is_people_of, local_police,
    named_organisation_object, named_owner_object, names_border, names_maker, noun_actor, object_owner, outcome_victims,
    own_trip, protested_party, recalled_as_time, recipient_of, released, reporter_subject, requested_stop_doer, retold,
    serving_clause, stated_effort_doer, statement_addressee, subject_of, told_act, told_addressee, told_as_where,
    unidentified_attacker, withdrawn_forces)
from .triggers import (ADMISSION, AGAINST_ACTS, ASSESSING, CAUSES_BLAMED, CHARACTERISATION, CLAIMABLE, CLAIMED_ACT,
    DECREES, FORCES_LEFT, FORCE_NOUNS, Hit, IMPUTED_DESIGN, INSTRUMENTS, JOINT_ACTS, JUDGEMENT, OBLIGATION,
    PROSECUTION_VERBS, REGRETS, RETALIATION, TOLD_ACT_TYPES, TOLD_AGREEMENT, URGED_BONDS, agreement_parties,
    CONDEMNING, blamed_party, claiming_verb, condemned_attack, condemned_attacker, fire_source,
    convened_body, convenes_meeting, coordinated_partner, done_jointly, find_triggers, governing_verb,
    instrument_donor, is_troop_arrival, is_weapons_test, joint_cooperation, joint_partner, judged_act,
    judged_triggers, model_hits, needed_bond, noun_is_eventive, obliged_party, orders_own_or_civilians_out,
    partnered_by, praised_for, recalled_act, said_that, subject_partner, told_attack, voicing_verb)


# what a party reports rather than charges: a denial of it answers whoever reported it (an accusation is
# answered through the accusing act, when the article codes one)
REPORTS = {"report", "account", "statement"}
THREATENED_SUBJECT = {"face", "pay"}  # "X will face consequences", "X will pay a heavy price"
# "came under fire from X", "received/took fire from X": rows of these verbs whose objects are fire make X the
# attacker and the subject the struck ("took hostages" stays the taker's act)
STRUCK_SUBJECT = {"come", "receive", "take"}
PHONE_WORDS = {"phone", "telephone", "telephonic", "video", "videoconference", "phoned"}
REQUIRES_RECIPIENT = {"COOPERATE", "AID"}  # PLOVER manual: these types need a recipient
IGO_WORDS = {"bloc", "alliance", "organization", "organisation", "union", "body", "council", "agency", "coalition"}
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
ACTORLESS = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
PATRONYMIC_LINKS = {"bin", "ibn", "bint"}
SERIES_STRIKES = {"strike", "airstrike", "raid"}  # what a release's strike list counts
RAIDS = {"raid", "operation", "assault"}  # "were detained during the operation": the raid's own arrests
SERIES_VERBS = {"conduct", "carry", "launch"}  # "conducted 26 strikes": the series' own report
# "our friends", "our allies": others the speaker stands in relation to, not the speaker's own side
# nameless organs a speaker's own words or report mean as the speaker's own state's ("the government will …")
SPEAKERS_OWN = {"government", "administration", "cabinet", "ministry"}
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
    last_act_at: int = -1  # the sentence of the last of `acts`
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


HOSTED_THINGS = {"website", "site", "server", "page", "account", "platform", "domain", "data", "content",
                 "event", "game", "games", "festival", "exhibition", "concert", "tournament", "cup", "championship",
                 "olympics", "show", "party", "election", "referendum", "podcast", "program", "programme"}
RESTATING = {"affirm", "reaffirm", "underscore", "stress", "emphasize", "emphasise", "underline", "reiterate"}


def included_members(tok, head):
    """"Coalition nations which have conducted strikes in Iraq include Australia, Belgium, …": the act of a
    relative clause on a subject of "include" is done by the members listed (the first, with the rest as its
    group)."""
    if head is None or tok.dep_ != "relcl" or tok.head.i != head.i or head.dep_ != "nsubj" \
            or head.head.lemma_.lower() != "include":
        return None
    return next((c for c in head.head.children if c.dep_ == "dobj"), None)


def series_target(told: tuple) -> ActorRef | None:
    """Whom the strikes told (`Coder.told_strikes`) were against, when that is a stateless group ("against
    ISIL")."""
    target = told[2]
    return target if target is not None and not target.country and target.sector in STATELESS else None


def counts_strikes(tok) -> bool:
    """"conducted 26 strikes", "15 airstrikes hit …": a report of several strikes at once, which a strike list
    that follows itemises."""
    strikes = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    return any(s.lemma_.lower() in SERIES_STRIKES and any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in s.children) for s in strikes)


def restated_owner(verb):
    """"The loan guarantee … underscores the enduring U.S. commitment to support Iraq": a means restating a
    commitment or support speaks for the party the commitment is told as belonging to."""
    if verb.lemma_.lower() not in RESTATING:
        return None
    return next((m for o in verb.children if o.dep_ == "dobj" for m in o.children
                 if m.dep_ in ("poss", "compound", "amod", "nmod") and m.ent_type_ in ("GPE", "NORP", "ORG")), None)


def aimed_with(verb):
    """The target of an attack told through its means: "conducted 15 strikes using attack, bomber, fighter and
    remotely piloted aircraft against ISIL targets" (the parser hangs "against" on the aircraft)."""
    for using in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("use", "employ")):
        target = next((g for t in using.subtree if t.dep_ == "prep" and t.lower_ == "against"
                       for g in t.children if g.dep_ == "pobj"), None)
        if target is not None:
            return target
    return None


def agentless_arrest(tok, hit: Hit, trig) -> bool:
    """"Twenty people were arrested", "the suspect's wife was taken into custody": an arrest told in the passive
    with no agent; the authorities of the place where it happened made it (placed with the event's location)."""
    return hit.event_type == "COERCE" and trig.mode == "arrest" and tok.pos_ == "VERB" \
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) \
        and not any(c.dep_ == "agent" for c in tok.children)


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
        self.outlet_state: str | None = None  # the country of a national news outlet publishing it (Yonhap, TASS)
        self.attack_told = False  # has the document told an attack yet ("the attack" may retell it)
        self.places = None  # the offline gazetteer (attributes.places.PlaceIndex), where the coder needs a place

    def killed_in_attack(self, tok, hit: Hit) -> bool:
        """"Two people were killed in a suicide bombing": victims of an attack told in the passive with no agent
        and no doer of the attack, a new attack (not "in the attack" once one is told) whose doer is not
        established; its victims are placed by where it struck."""
        if hit.event_type != "ASSAULT" or tok.pos_ != "VERB" or any(c.dep_ == "agent" for c in tok.children) \
                or not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            return False
        # "were killed and eight were injured in a bombing": the place of the last conjunct's attack is both's
        for prep in (c for t in (tok, *tok.conjuncts) for c in t.children
                     if c.dep_ == "prep" and c.lower_ in ("in", "during")):
            for attack in (g for g in prep.children if g.dep_ == "pobj"):
                if (ACT_NOUNS.get(attack.lemma_.lower()) == "violence" or attack.lemma_.lower() in BLASTS) \
                        and noun_actor(attack) is None and not (self.attack_told and retold(attack)):
                    return True
        return False

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
        state's own release, that state (a White House readout's President is its own); in a national news
        outlet's story, the outlet's country; else the article's protagonist, or before the story has one, the
        state it is filed from ("NIAMEY – … the army said")."""
        if self.organ is not None and self.organ.country:
            return self.organ.country
        if self.outlet_state:  # "the foreign ministry said" in a Yonhap story is Seoul's, whoever the story is about
            return self.outlet_state
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
            owner = self.pronoun_owner(head, sent_index, in_quote)
            if owner is not None:  # "her government", "his ministry": the state of the one the pronoun names
                return replace(ref, country=owner, confidence=0.5)
            voice = self.ctx.speakers.get(sent_index) if in_quote else self.ctx.voices.get(sent_index)
            if voice is not None and voice.country and voice.kind in ("person", "country") \
                    and head.lemma_.lower() in SPEAKERS_OWN and head.dep_ in SUBJ \
                    and (in_quote or not self.names_another_state(head.sent, voice.country)):
                # '"The government will withdraw the bill," Lam said': the speaker's own government (but in
                # "Blinken said the government had arrested hundreds in Tigray" another state's)
                return replace(ref, country=voice.country, confidence=0.45)
            home = self.home_state()
            # ("Kurdish forces", "Yazidi fighters": the armed men of a people the registry gives no state are not
            # the home state's; "Kurdish members of parliament" still sit in its parliament)
            of_a_people = ref.sector in ("MIL", "REB") and any(
                c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in head.children)
            if home and ref.sector != "MED" and head.lemma_.lower() not in OTHERS_ORGANS and not of_a_people:
                return replace(ref, country=home, confidence=0.4)  # a reporter speaks for no state
        return ref

    def pronoun_owner(self, head, sent_index: int, in_quote: bool) -> str | None:
        """The country of whoever a possessive pronoun on an organ names ("her government" after Carrie Lam)."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")), None)
        if poss is None:
            return None
        owner = self._corefer(PhraseInfo(ref=None, pronoun=poss.lower_), poss, sent_index, in_quote)
        return owner.country if owner is not None else None

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

    def names_another_state(self, sent, country: str) -> bool:
        """Does the sentence name a place or people of a country other than `country`? (The parser takes some
        regions for organisations: "Tigray".)"""
        return self.names_place_elsewhere(sent, country, ("GPE", "LOC", "ORG")) or any(
            e.label_ == "NORP" and (ref := self.resolver.resolve_phrase(e.root).ref) is not None
            and ref.country and ref.country != country for e in ents_of(sent))

    def names_place_elsewhere(self, sent, country: str, labels: tuple[str, ...]) -> bool:
        """Does the sentence name a place (an entity of `labels` the gazetteer knows) in another country?"""
        return any(e.label_ in labels and (place := self.place_of(e.text)) is not None and place.country
                   and place.country != country for e in ents_of(sent))

    def place_of(self, text: str):
        return self.places.lookup(text) if self.places is not None else None

    def press(self, head) -> bool:
        """Is the one told the press or an audience ("told reporters", "told the Interfax news agency")?"""
        ref = self.resolver.resolve_phrase(head).ref
        return head.lemma_.lower() in AUDIENCES or ref is not None and ref.sector == "MED"

    def statement_addressee_ref(self, tok, actor: ActorRef, sent_index: int, in_quote: bool) -> ActorRef | None:
        """Whom the speaker's own commitment or demand was stated to: "Biden told Putin that the United States
        remains prepared to engage" (the teller is the committing side; "Blinken told Scholz that Iran is
        ready" tells of a third party's offer, made to no one told)."""
        told = statement_addressee(tok)
        if told is None:
            return None
        addressee, verb = told
        teller, _ = self.actor_ref(subject_of(verb)[0], sent_index, in_quote)
        if teller is None or teller.country != actor.country or self.press(addressee):
            return None
        ref, _ = self.actor_ref(addressee, sent_index, in_quote)
        return ref if _placed(ref) and ref.country != actor.country else None

    def arresting_authority(self, tok, sent_index: int) -> ActorRef | None:
        """Who made an arrest told in the passive with no agent, when the act told in the same or the sentence
        before was a seizure, a police act, or the raid the arrest was made in: that act's doer ("South Korean
        police shut down the site. Jong was arrested …", "US forces raided a compound … Two associates were
        detained during the operation"). Not when the arrest's own sentence places it in another country
        ("Iran seized a tanker … In London, two Iranian students were arrested")."""
        if not self.ctx.acts or sent_index - self.ctx.last_act_at > 1:
            return None
        event_type, doer, _, _ = self.ctx.acts[-1]
        in_the_raid = event_type == "ASSAULT" and any(
            p.dep_ == "prep" and p.lower_ in ("during", "in") and g.lemma_.lower() in RAIDS
            for p in tok.children for g in p.children if g.dep_ == "pobj")
        if not (event_type == "COERCE" or doer.sector == "COP" or in_the_raid):
            return None
        if self.names_place_elsewhere(tok.sent, doer.country, ("GPE", "LOC", "FAC")):
            return None
        return replace(doer, confidence=min(doer.confidence, 0.4))

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

    def strike_list_item(self, strike) -> tuple[ActorRef, ActorRef | None] | None:
        """"Near Ayn Isa, one strike destroyed a VBIED": in a release (a state organ's own), a counted strike that
        names no doer, after the release told who conducted its strikes, is an item of that series (ANNOTATION.md:
        distinct strikes are distinct events); its doer and, when the item's target is of no side, the series'
        target."""
        if self.organ is None or strike.lemma_.lower() not in SERIES_STRIKES \
                or not any(c.dep_ == "nummod" for c in strike.children):
            return None  # a news story's "a strike on a market" is not an item of a release's list
        told = self.told_strikes()
        if told is None:
            return None
        return replace(told[1], confidence=min(told[1].confidence, 0.5)), series_target(told)

    def told_strikes(self) -> tuple | None:
        """The last strikes the document told with a placed doer ("Coalition military forces conducted 26
        strikes against ISIL terrorists")."""
        return next((a for a in reversed(self.ctx.acts) if a[0] == "ASSAULT" and _placed(a[1])
                     and a[3] in SERIES_STRIKES | SERIES_VERBS), None)

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
        partner = partnered_by(trigger) if event_type != "COOPERATE" else None
        if partner is not None:  # "raided the town in cooperation with the SDF": the SDF is no target
            skip |= {t.i for t in partner.subtree}
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
            if trig is TOLD_AGREEMENT:
                ev = self.agreement_event(hit, sent, sent_index, in_quote)
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
                if hit.event_type in TOLD_ACT_TYPES and (condemned_attack(tok) or told_attack(tok)):
                    actor_head = condemned_attacker(tok)  # not whoever condemns or discusses it
                    if not condemned_attack(tok) and not noun_is_eventive(tok) and not recalled_act(tok) and (
                            actor_head is None or not self.names_a_country(actor_head)):
                        continue  # an attack told only in passing is coded when its doer is named outright
                elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in CONDEMNING and actor_head is not None \
                        and actor_head.head.i == tok.head.i and actor_head.dep_ in SUBJ:
                    continue  # "Iraq did not condemn the attack": whoever (does not) condemn it did not do it
                if hit.event_type == "RETREAT" and not any(c.dep_ == "poss" for c in tok.children):
                    actor_head = withdrawn_forces(tok) or actor_head  # not the subject of "After the withdrawal …"
            else:
                if tok.tag_ in ("VBN", "VBD") and tok.dep_ == "pcomp" and tok.head.lower_ == "with":
                    continue  # "with officials reporting 150 security forces … killed": the toll of an act told
                actor_head, passive_rec = subject_of(tok)
            praised = praised_for(tok)
            actor_head = praised or actor_head
            if actor_head is not None and actor_head.lemma_.lower() in DECREES and actor_head.dep_ == "dobj":
                actor_head = subject_of(actor_head.head)[0]  # "signed an order prohibiting …": who signed it
            if actor_head is not None and actor_head.pos_ == "NOUN" and actor_head.lemma_.lower() in INSTRUMENTS:
                donor = instrument_donor(actor_head) if hit.event_type == "AID" else restated_owner(tok)
                if donor is None:
                    continue  # "U.S. assistance is … supporting independent media": what the aid does, not an act
                actor_head = donor  # "UK aid is providing food and shelter to refugees": the UK delivers it
            if actor_head is not None and actor_head.pos_ == "PRON" and actor_head.lower_ in ("it", "he", "she", "they") \
                    and not in_quote:  # a quote's "they" is not whoever says it
                actor_head = reporter_subject(tok) or clause_antecedent(actor_head) or actor_head  # "Israel said it would withdraw"
            act_done = passive_rec is not None and hit.event_type == "ASSAULT" and (
                ACT_NOUNS.get(passive_rec.lemma_.lower()) == "violence" or passive_rec.lemma_.lower() in BLASTS)
            if act_done:
                passive_rec = None  # "the rocket strikes were carried out by X": the act itself, nobody struck
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
            if hit.event_type == "ASSAULT" and trig.lemma in STRUCK_SUBJECT and trig.pos == "VERB" \
                    and "fire" in trig.objects:
                # "Iraqi forces received heavy fire from ISIL fighters": the fire's source struck the subject
                rec_head, actor_head = actor_head, fire_source(tok)
                if actor_head is None:
                    continue  # "came under fire" from no one told: the article's attack is told elsewhere
            threat_to_subject = hit.event_type == "THREATEN" and trig.lemma in THREATENED_SUBJECT
            if threat_to_subject:
                if not hit.future:
                    continue  # "Iran faced sanctions": a report, not a threat
                # "it will face severe consequences": the subject is threatened, by whoever says so
                rec_head, actor_head = actor_head, reporter_subject(tok)
            if rec_head is None and hit.event_type in ("REQUEST", "ACCUSE", "AGREE", "THREATEN"):
                # a pledge is made to whom the speaker told ("told the President … and pledged that his
                # government would …"); a demand is of the clause's subject ("told Netanyahu … and demanded that
                # Hamas release")
                rec_head = told_addressee(tok) or complement_subject(tok) if hit.event_type == "AGREE" \
                    else complement_subject(tok) or told_addressee(tok)
                if rec_head is not None and self.press(rec_head):
                    rec_head = None  # "told the Interfax news agency …": the press hears it
            if hit.event_type == "ASSAULT" and (
                    rec_head is None or rec_head.dep_ == "pobj" and rec_head.head.lower_ == "in"):
                # "in Syria, … conducted 15 strikes using … aircraft against ISIL targets": the target, not the place
                rec_head = aimed_with(tok) or rec_head
            if hit.event_type == "ASSAULT" and rec_head is not None:
                victims = outcome_victims(rec_head)  # "the attack on the center, which injured two Americans"
                if victims is not None and _placed(self.resolver.resolve_phrase(victims).ref):
                    rec_head = victims
            if rec_head is None and hit.event_type == "REQUEST":
                rec_head = addressee_of_message(tok)  # "wrote to the US Embassy asking to waive …"
            if rec_head is None and hit.event_type == "REQUEST":
                rec_head = requested_stop_doer(tok)  # "called for an end to the regime's attacks"
            if rec_head is None and trig.pos == "NOUN" and hit.event_type in REACTION_TYPES:
                done_anyway = concessive_clause(tok)  # "announced the change despite criticism by Greece"
                rec_head = subject_of(done_anyway)[0] if done_anyway is not None else None
            no_actor_here = False  # the sentence names only where or what, not who: do not look further
            listed = None  # (doer, target) of the strikes a release's strike list itemises
            untold_blast = False  # "an explosion at a shrine killed 10": a new attack whose doer is not told
            if trig.pos == "NOUN" and actor_head is not None and actor_head.dep_ == "compound" \
                    and actor_head.head.i == tok.i and self.is_capital(actor_head):
                actor_head, no_actor_here = None, True  # "a Kandahar market bombing": where it happened, not who did it
            elif actor_head is not None and actor_head.i != tok.i and (
                    ACT_NOUNS.get(actor_head.lemma_.lower()) == "violence" or actor_head.lemma_.lower() in BLASTS):
                # "a car bombing killed five": whoever carried out the bombing
                doer = noun_actor(actor_head)
                where_only = doer is not None and doer.dep_ == "compound" and self.is_capital(doer)  # "a Kabul bombing"
                # not "the strike" once an attack is told ("the attack killed four" as a story's first attack is it)
                untold_blast = (doer is None or where_only) and not (self.attack_told and retold(actor_head))
                listed = self.strike_list_item(actor_head) if doer is None else None
                actor_head = None if doer is None or doer.i == actor_head.i or where_only else doer
                no_actor_here = actor_head is None
            members = included_members(tok, actor_head)
            actor_head = members or actor_head
            actor, actor_group = self.actor_ref(actor_head, sent_index, in_quote)
            if listed is not None:  # "Near Mosul, seven strikes engaged four ISIL tactical units": the series' own
                if hit.event_type != "ASSAULT":
                    continue  # "… and suppressed two mortar teams": what the same strikes did
                actor, actor_group, untold_blast, no_actor_here = listed[0], [], False, False
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
            if act_done and recipient is None:
                # "rocket attacks on the US Embassy; … the rocket strikes were carried out by X": the attack this
                # sentence told without its doer, on its target
                told = next((e for e in reversed(events) if e.event_type == "ASSAULT" and e.actor is None
                             and _placed(e.recipient)), None)
                recipient = told.recipient if told is not None else None
            releases = released(tok) if hit.event_type == "REQUEST" else []
            if releases and (_unplaced(recipient) or rec_head is not None and any(
                    rec_head.i in {t.i for t in r.subtree} for r in releases)):  # the people released are not asked
                # "urged their release on humanitarian grounds" of detainees "held in Baku" (the holder the
                # sentence names), or "Iran detained two British sailors … London demanded their release"
                held_by = captor_of_released(tok)
                captor = self.actor_ref(held_by, sent_index, in_quote)[0] if held_by is not None else None
                captor = captor if _placed(captor) else self.last_doer("detain", {"COERCE"}, actor, self.ctx.acts)
                recipient = replace(captor, confidence=min(captor.confidence, 0.45)) if captor else recipient
            if listed is not None and _unplaced(recipient) and listed[1] is not None:
                recipient, recipient_group = listed[1], []  # "one strike destroyed an oil pump jack": ISIL's
            told_strikes = self.told_strikes() if hit.event_type == "ASSAULT" and tok.lemma_.lower() in SERIES_VERBS \
                and rec_head is not None and rec_head.dep_ == "pobj" and rec_head.head.lower_ == "in" \
                and rec_head.ent_type_ == "GPE" else None
            if told_strikes is not None and (members is not None or _placed(actor)
                                             and _same_party(actor, told_strikes[1])):
                target = series_target(told_strikes)  # "nations which have conducted strikes in Iraq": where, not whom
                recipient, recipient_group = (target, []) if target is not None else (recipient, recipient_group)
            given = indirect_object(tok) if _unplaced(recipient) and trig.pos == "NOUN" else None
            if given is not None:  # "offered President Abbas his full support for these efforts"
                given_ref, given_group = self.actor_ref(given, sent_index, in_quote)
                if _placed(given_ref):
                    recipient, recipient_group, rec_head = given_ref, given_group, given
            if joint_cooperation(hit) and len(actor_group) > 1 and rec_head is not None and actor_head is not None \
                    and rec_head.i in {t.i for t in actor_head.subtree} and subject_partner(tok) is None:
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
            if recipient is None and hit.event_type == "AGREE" and tok.dep_ == "conj" \
                    and actor is not None and actor.country:
                # "spoke by telephone with Mali's president … and offered to escort fuel deliveries": the offer is
                # made to whom the call or meeting it is joined to was held with (a call for a ceasefire made
                # after a meeting is not addressed to the one met)
                joined = next((e for e in events if e.trigger.start == tok.head.idx and e.event_type == "CONSULT"
                               and _placed(e.recipient) and e.actor is not None and e.actor.country == actor.country
                               and e.recipient.country != actor.country), None)
                recipient = joined.recipient if joined is not None else recipient
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
                    and not unanswered and not is_weapons_test(hit) and not own_trip(tok, hit.event_type) \
                    and hit.trigger is not ADMISSION:  # a test has no target ("fell off Japan"), an admission none
                recipient = self.implicit_recipient(tok, actor_head, actor.country, hit.event_type, rec_head) \
                    or recipient
            elif _unplaced(recipient) and hit.event_type in REQUIRES_RECIPIENT and actor is not None \
                    and actor.sector in STATELESS:  # "the WFP delivered food to families in Niger": aid to Niger
                recipient = self.implicit_recipient(tok, actor_head, "", hit.event_type, rec_head) or recipient
            if _unplaced(recipient) and hit.event_type in ("AGREE", "REQUEST") and actor is not None and actor.country:
                addressed = self.statement_addressee_ref(tok, actor, sent_index, in_quote)
                recipient = addressed or recipient  # "Biden told Putin that the US remains prepared to engage"
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
            arrest_told = actor is None and agentless_arrest(tok, hit, trig)
            if arrest_told:
                actor = self.arresting_authority(tok, sent_index)  # "Police raided the site. Jong was arrested."
            if actor is None and (arrest_told or self.killed_in_attack(tok, hit)):
                unknown_attacker = True  # "twenty people were arrested": by the authorities of where it happened
            if unknown_attacker:  # "Gunmen killed 18 worshippers": the article does not establish who attacked
                actor, actor_group = None, []
            police_here = local_police(actor, hit.event_type)
            if actor is None and (recipient is None and not unknown_attacker or hit.event_type not in ACTORLESS):
                continue  # only attacks and the like are coded without a known perpetrator (victims told only
                # by number, "killed five", are placed after coding by where it struck, or the event is dropped)
            if not (actor and (actor.country or actor.sector in STATELESS)) and not (recipient and recipient.country) \
                    and not (hit.event_type == "PROTEST" and actor is not None) and not unknown_attacker \
                    and not police_here:
                continue  # nobody the record could place: "ministers discussed the crisis" (an attack's victims
                # are placed by where it struck, after coding)
            if hit.event_type in REQUIRES_RECIPIENT and _unplaced(recipient):
                continue
            if trig.lemma == "host" and not trig.objects and rec_head is not None \
                    and rec_head.lemma_.lower() in HOSTED_THINGS:
                continue  # "companies hosting Syrian Government websites": a service hosted, no visitor received
            if hit.event_type == "SUPPORT" and tok.lemma_.lower() in RESTATING and _unplaced(recipient):
                continue  # "underscored his support for a diplomatic resolution": an opinion with no target
            if trig.recipient == ("described",) and (recipient is None or recipient.sector != "GOV"):
                continue  # "the Assad regime, backed by Russia" is backing; troops "backed by aircraft" fight
            if joint_cooperation(hit) and not _placed(recipient):
                continue  # "struck in coordination with ground troops": a partner of no other state is its own side
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
                        or actor is not None and recipient.country == actor.country \
                        and (recipient.country or recipient.actor_id == actor.actor_id):
                    continue  # "convened a meeting of the National Security Council": its own body sat
                    # (the Security Council convening the General Assembly: another body, of no country)
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
            if police_here:
                ev = replace(ev, rule=ev.rule + LOCAL_POLICE_MARK)
            if listed is not None:
                ev = replace(ev, rule=ev.rule + STRIKE_LIST_MARK)
            elif hit.event_type == "ASSAULT" and counts_strikes(tok):
                ev = replace(ev, rule=ev.rule + STRIKE_COUNT_MARK)
            if scores:
                p = scores.get(hit.event_type, 0.0)
                conf = ev.confidence if hit.trigger.lemma != "<model>" else 0.3 + 0.5 * p
                ev = replace(ev, confidence=round(min(0.99, 0.5 * conf + 0.5 * p + 0.1), 3),
                             rule=ev.rule + f" clf={p:.2f}")
            events.append(ev)
            if condemned_act and _unplaced(ev.recipient):
                self.unowned_acts.add(ev.event_id)
        for ev in events:
            self.attack_told = self.attack_told or ev.event_type == "ASSAULT"
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
                self.ctx.last_act_at = sent_index
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
        if speaker is None and verb is None and not in_quote and hit.trigger is OBLIGATION:
            speaker = self.organ  # "Syria and Russia must comply …" in a White House statement: the organ's voice
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
        party = obliged_party(hit.token)
        obliged, group = self.actor_ref(party, sent_index, in_quote)
        if party is not None and obliged is None and party.lemma_.lower() in GROUP_WORDS and any(
                c.dep_ == "det" and c.lower_ in ("all", "both", "every") for c in party.children):
            # "It is imperative for all parties to coordinate closely": a call on everyone, addressed to no one
            return self.make_event(hit, sent, sent_index, speaker, None, [], [], in_quote)
        if obliged is None or not (obliged.country or obliged.sector in STATELESS) \
                or obliged.country == speaker.country or obliged.sector == "CVL" and is_negated(hit.token):
            return None  # ("the people of Yemen should not pay the price": a people is spoken of, not asked;
            # "Palestinians must leave northern Gaza" is an order to them)
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
        doer = blamed_party(tok) if act is None else \
            next((d for d in (noun_actor(a) for a in conjuncts(act)) if d is not None), None)
        if doer is None:
            return None  # "the delay is a breach of the rules": whose act is not told
        accused, group = self.actor_ref(doer, sent_index, in_quote)
        if accused is None or not accused.country or accused.country == speaker.country:
            return None
        return self.make_event(hit, sent, sent_index, speaker, accused, [], group, in_quote)

    def agreement_event(self, hit: Hit, sent, sent_index: int, in_quote: bool) -> Event | None:
        """"welcomed the agreement between the Federal Government of Iraq and the Kurdistan Regional
        Government": AGREE between the two parties "between" names, both placed and distinct."""
        first, second = agreement_parties(hit.token)
        actor, actor_group = self.actor_ref(first, sent_index, in_quote)
        recipient, recipient_group = self.actor_ref(second, sent_index, in_quote)
        if not (_placed(actor) and _placed(recipient)) \
                or (actor.actor_id or actor.text) == (recipient.actor_id or recipient.text):
            return None
        return self.make_event(hit, sent, sent_index, actor, recipient, actor_group, recipient_group, in_quote)

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
