"""The stages in order: clean → parse → actors → events → attributes → within-document merge.

The only module that knows the order. `process_document` is pure with respect to its inputs: the same
article and context give the same events (ids included), which makes re-ingest idempotent.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from pathlib import Path

from .actors.gazetteer import Gazetteer, load_gazetteer
from .actors.resolve import Resolver, of_no_side, placed_by_where, resolve_actors
from .attributes.background import is_background
from .attributes.dates import DURATION, UNKNOWN, resolve_date
from .attributes.quotes import quote_spans
from .attributes.when import date_entities, in_future_clause, names_a_thing, ranked_dates
from .attributes.places import (PlaceIndex, aimed_at_a_group, antecedent_place, find_place, load_places,
                               retellings, speaking_occasions, story_ground, subject_clause_place,
                               subject_place)
from .clean import Dateline, clean, read_dateline
from .events.cameo import CameoTable, load_cameo
from .events.code import code_events
from .events.lexicon import load_lexicon
from .events.parties import LOCAL_POLICE_MARK, STRIKE_COUNT_MARK, STRIKE_LIST_MARK, UNKNOWN_ATTACKER_MARK, own_trip
from .model import ActorRef, Document, DocumentResult, Event, RawArticle, Span
from .settings import Settings


@dataclass
class Context:
    """Everything loaded once per process and passed to every stage (no hidden module state)."""

    settings: Settings
    nlp: object
    gazetteer: Gazetteer
    lexicon: dict
    cameo: CameoTable
    places: PlaceIndex
    classifier: object | None = None  # events.classify.TypeClassifier, when a trained model is present


STATELESS_SECTORS = {"REB", "IGO", "NGO"}


def names_stateless_group(ref: ActorRef) -> bool:
    """"a senior ISIS leader", "al-Shabaab fighters": people the text gives to a group that has no country
    (ANNOTATION.md), not people of no side, so the place an attack on them is in does not make them its own (a
    withdrawal from "the UN mission in Mali" still leaves Mali)."""
    return ref.sector in STATELESS_SECTORS and not of_no_side(ref)

def load_context(settings: Settings, nlp=None) -> Context:
    from .nlp import load_nlp

    from .events.classify import DEFAULT_MODEL_DIR, TypeClassifier

    gaz = load_gazetteer(settings.actor_files)
    model_dir = settings.classifier_path or DEFAULT_MODEL_DIR
    classifier = TypeClassifier(model_dir) if settings.use_classifier and (Path(model_dir) / "meta.json").exists() else None
    return Context(settings=settings, nlp=nlp if nlp is not None else load_nlp(gaz), gazetteer=gaz,
                   lexicon=load_lexicon(), cameo=load_cameo(), places=load_places(), classifier=classifier)


def process_document(raw: RawArticle, ctx: Context) -> DocumentResult:
    """One article through every stage."""
    document = clean(raw, ctx.settings.published)
    return process_clean(document, ctx)


def process_clean(document: Document, ctx: Context, spacy_doc=None) -> DocumentResult:
    from .nlp import Parsed, parse

    if not document.text.strip() or (document.language and document.language not in ctx.settings.languages):
        return DocumentResult(document=document)
    parsed = Parsed(document, spacy_doc) if spacy_doc is not None else parse(document, ctx.nlp)
    dl = read_dateline(document.text)
    resolver = Resolver(ctx.gazetteer, document.published, story_start=dl.end if dl else 0)
    mentions = resolve_actors(parsed, resolver)
    events, quotes = code_events(parsed, resolver, ctx.lexicon, ctx.cameo, ctx.classifier,
                                 ctx.settings.model_threshold, places=ctx.places)
    events = [e for e in add_attributes(events, parsed, ctx, dl) if not _nobody_struck_nowhere(e)]
    events = merge_repeats(events)
    events = [e for e in events if e.confidence >= ctx.settings.min_confidence]
    sentences = tuple(Span(s.start_char, s.end_char, s.text) for s in parsed.doc.sents)
    return DocumentResult(document=document, mentions=tuple(mentions), events=tuple(events),
                          quotes=tuple(quotes), sentences=sentences)


def sentence_date(sent, trigger, published: str | None, partial: str | None = None, anchor: str | None = None,
                  quotes: tuple = ()):
    """The date of the clause: the DATE entity of the trigger's own clause, else the nearest other one.
    Inside a quote, "today" is the speaker's day, not the publication's: relative dates there are left to
    the story's date. A date after publication is what is planned, never when a reported act happened."""
    known = published or partial
    for ent in ranked_dates(sent, trigger):
        val = resolve_date(_span_back(ent), published, partial, anchor)
        if known and val.value and _after(val.value, known):
            continue  # "invited him for a state visit next year": the plan's date, not the invitation's
        if val.value and not (val.relative and any(a <= ent.start_char < b for a, b in quotes)):
            return val
    return UNKNOWN


def _span_back(ent) -> str:
    """ "The protest came a day after Jordan recalled …", "comes two months after Trump met Kim": what follows
    "after" happened that long before the news, as if "ago"."""
    after = ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "after"
    return f"{ent.text} ago" if after and DURATION.search(" ".join(ent.text.lower().split())) else ent.text


def _day_anchors(doc, published: str | None, partial: str | None) -> list[tuple[int, str]]:
    """(offset, day) of each date entity that names a day, in text order: what "the following day" counts from."""
    out: list[tuple[int, str]] = []
    for ent in date_entities(doc):
        if names_a_thing(ent):
            continue
        val = resolve_date(ent.text, published, partial, out[-1][1] if out else None)
        if val.precision == "day":
            out.append((ent.start_char, val.value))
    return out


def add_attributes(events: list[Event], parsed, ctx: Context, dl: Dateline | None = None) -> list[Event]:
    """Date, place and background flag of each event (the dateline, read once by the caller, places
    undated news); undated news inherits the story's date."""
    doc, document = parsed.doc, parsed.document
    published = document.published
    partial = None if published else document.published_partial  # "centcom-2016-…": the year only
    anchors = _day_anchors(doc, published, partial)
    quotes = tuple(quote_spans(doc.text))
    dateline_place = ctx.places.lookup(dl.place) if dl and dl.place else None
    # undated acts take the date last told; a look back ("The visit comes days after soldiers were killed on
    # Sunday") lasts to the end of its paragraph, then the story returns to the latest date it had reached
    story_date = story_now = None
    told_in = -1  # paragraph of story_date
    newlines = [m.start() for m in re.finditer("\n", doc.text)]
    token_at = {t.idx: t for t in doc}
    out, explicit = [], []
    for ev in events:
        tok = token_at[ev.trigger.start]
        paragraph = bisect_left(newlines, tok.sent.start_char)  # newlines before the sentence
        anchor = next((d for at, d in reversed(anchors) if at < tok.sent.start_char), None)
        when = sentence_date(tok.sent, tok, published, partial, anchor, quotes)
        tense = _pluperfect(tok)
        background = is_background(ev.evidence.text, when, published, tense)
        if when.value is None and not background:
            # "We urge both sides …" after "I spoke yesterday …": the statement's own present is its day
            stated_now = bool(published or partial) and _present_tense(tok) \
                and not any(a <= tok.idx < b for a, b in quotes)
            if story_date is not None and not stated_now:
                when = story_date if paragraph == told_in or story_now is None else story_now
            elif published or partial:
                when = resolve_date("today", published, partial)
            told = _told_of(tok.sent, published, partial, anchor) if stated_now else None
            if told is not None:  # "condemns the actions … on March 8": what follows tells of March 8
                story_date, told_in = told, paragraph
        elif not background and when.value:
            story_date, told_in = when, paragraph
            if story_now is None or when.value >= story_now.value:
                story_now = when
        explicit_place, how = find_place(tok, ctx.places, takes_target=ev.event_type in ("ASSAULT", "COERCE"))
        if how == "demonym site" and explicit_place.country in {_country(ev.actor), _country(ev.recipient)}:
            explicit_place = how = None  # "fired missiles at US bases": the owner's bases, anywhere
        if (explicit_place is None or not explicit_place.country) and ev.event_type in ("ASSAULT", "COERCE"):
            told = antecedent_place(tok, ctx.places)  # a name placed nowhere yields to the attack told before
            if told is not None or explicit_place is None:
                explicit_place, how = told, "antecedent"
        if explicit_place is None and ev.event_type == "PROTEST":
            explicit_place = subject_place(tok, ctx.places)  # "Crowds in Tunis protested …"
            how = "subject" if explicit_place is not None else how
        place = explicit_place or (None if background else dateline_place)
        if place is not None:
            place = replace(place, text=place.text)
        actor, recipient = ev.actor, ev.recipient
        # people of no side are of where the act is told to happen, else where the story is; an actor that
        # is the subject of its own verb ("protesters marched …, demanding …") is where that verb places it
        where = explicit_place or dateline_place
        aimed = aimed_at_a_group(tok)  # the people it struck are the group's: no place gives them a country
        if where is not None and where.country and not aimed:
            recipient = placed_by_where(recipient, where.country)
        if of_no_side(actor):
            own, own_place = subject_clause_place(tok, actor.text, ctx.places)
            where = (own_place or dateline_place) if own else where
            actor = placed_by_where(actor, where.country) if where is not None and where.country else actor
        if ev.event_type in TARGETS_PLACE and not aimed and (recipient is None or not (
                recipient.country or recipient.actor_id or ev.event_type not in MOVES and names_stateless_group(recipient))):
            # a stateless group the text names ("four ISIS suspects") stays itself, not the place or the state
            at_home = actor is not None and explicit_place is not None and explicit_place.country == actor.country \
                and ev.event_type in MOVES  # "its troops deployed in Khiam": no one is deployed against
            # "forces continue to liberate territory in Syria": a liberation is fought against whoever held the
            # place, not its people
            freeing = tok.lemma_.lower() in LIBERATIONS
            # "airmen departed for a deployment to Incirlik Air Base, Turkey": a unit's own trip threatens no one
            freeing = freeing or own_trip(tok, ev.event_type)
            # ("a Kabul car bombing killed five": by unknown attackers, the city named on the act is where it struck)
            struck_at = how in ("phrase", "antecedent") or how == "modifier" and UNKNOWN_ATTACKER_MARK in ev.rule
            # a protest is held in a place, not against it ("held a rally in Minsk" has no target told)
            if explicit_place is not None and explicit_place.country and struck_at and not at_home and not freeing \
                    and ev.event_type != "PROTEST":
                # "an attack in Israel", "arrested a reporter in Yekaterinburg": the target is where it struck
                # (the police or civilians it struck stay police or civilians, of that country)
                recipient = ActorRef(text=recipient.text if recipient else place.text, name=place.name,
                                     country=explicit_place.country, sector=recipient.sector if recipient else None,
                                     kind="country", confidence=0.4)
            elif recipient is not None and actor is not None and actor.country and not seized_goods(recipient) \
                    and not (ev.event_type == "PROTEST" and _a_grievance(recipient)) and (
                    ev.event_type in DOMESTIC or ev.event_type == "ASSAULT" and actor.sector == "COP"):
                # (police firing tear gas at a crowd strike their own state's people)
                # "police arrested the opposition leader": a state's coercion of people it governs (a seized
                # ship or cargo the registry cannot place is nobody's people: "seized the cargo ship X")
                recipient = replace(recipient, country=actor.country, confidence=0.3)
        if ev.event_type == "PROTEST" and place is not None and place.country and (actor is None or not actor.country):
            # crowds are people of the place they march in, unless the text says otherwise
            actor = ActorRef(text=actor.text if actor else "", country=place.country,
                             sector=actor.sector if actor is not None and actor.sector else "CVL", kind="group",
                             confidence=0.5)  # an opposition candidate's rally stays the opposition's
            if recipient is not None and not (recipient.country or recipient.actor_id) and recipient.sector == "GOV":
                # "chanting slogans against the supreme leader": a nameless office is the crowd's own state's
                recipient = replace(recipient, country=actor.country, confidence=0.3)
        out.append(replace(ev, actor=actor, recipient=recipient, date=when.value, date_precision=when.precision,
                           reported_only=background, location=place))
        explicit.append(explicit_place)
    out = _placed_by_retelling(out, explicit, retellings(doc, ctx.places))
    acts = [ev.trigger.start for ev in out if ev.event_type in PHYSICAL]
    meetings = {p.text for ev, p in zip(out, explicit) if ev.event_type == "CONSULT" and p is not None}
    out = _on_the_story_ground(out, explicit, story_ground(doc, ctx.places, acts, meetings))
    out = [_authorities_of_the_place(ev) for ev in out]
    out = _at_the_occasion(out, explicit, speaking_occasions(doc, ctx.places), doc.text, anchors)
    return _at_the_meeting(out, explicit)


PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}


def _on_the_story_ground(events: list[Event], explicit: list, ground) -> list[Event]:
    """In a story of attacks, seizures or deployments, the physical acts of the story (not background) that
    their sentences place nowhere happened where the lead sets it ("Turkish airstrikes" after "Turkey began
    a military offensive into north-eastern Syria"), rather than where the dateline filed them. Only acts:
    statements are made anywhere (and a lead that tells a meeting, "met in Washington", gives no ground)."""
    if ground is None:
        return events
    return [replace(ev, location=ground) if own is None and ev.event_type in PHYSICAL and not ev.reported_only
            else ev for ev, own in zip(events, explicit)]


RETOLD = {"ASSAULT", "MOBILIZE"}  # attacks, and launches ("The missiles were launched from …")


def _placed_by_retelling(events: list[Event], explicit: list, told: list) -> list[Event]:
    """An attack placed nowhere where it is first told is placed by a later sentence that retells it
    ("… killed Soleimani in an airstrike last week." … "The strike took place in Iraq"): the retelling names
    the latest attack told before it whose sentence uses the same word ("strike" in "airstrike", "the
    attacks" after "claimed responsibility for the attacks"). The place found this way is explicit in the
    text, so it also counts as the event's own (`explicit` is updated)."""
    out = list(events)
    for at, noun, place in told:
        earlier = [i for i, ev in enumerate(out) if ev.event_type in RETOLD and ev.trigger.start < at]
        retold = next((i for i in reversed(earlier) if noun in out[i].evidence.text.lower()), None)
        # "fired two missiles into the East Sea": waters named with no country do not place the launch
        if retold is not None and (out[retold].location is None or not out[retold].location.country):
            out[retold] = replace(out[retold], location=place)
            explicit[retold] = place
    return out


def _told_of(sent, published: str | None, partial: str | None, anchor: str | None):
    """The date of the act a present-tense statement speaks of ("condemns the actions … on March 8"), if any."""
    known = published or partial
    for ent in date_entities(sent):
        if names_a_thing(ent) or in_future_clause(ent):
            continue
        val = resolve_date(ent.text, published, partial, anchor)
        if val.value and val.precision == "day" and not _after(val.value, known):
            return val
    return None


def _after(value: str, known: str) -> bool:
    """Is a date (YYYY[-MM[-DD]]) later than the publication date, compared at the coarser precision of the
    two ("2016-03-08" is not after a publication known only as "2016")?"""
    return value[:len(known)] > known[:len(value)]


REPORTING = {"say", "tell", "announce", "report", "state", "add", "confirm", "claim"}


def _pluperfect(tok) -> str | None:
    """"past-perfect" for a look back ("had signed in 2015"), "reported-past-perfect" when a past-tense report
    governs it ("the army said its troops had deployed"): there the tense only follows the report's."""
    if not any(c.lower_ == "had" and c.dep_ == "aux" for c in tok.children):
        return None
    t = tok
    while t.dep_ in ("ccomp", "conj") and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in REPORTING and t.tag_ == "VBD":
            return "reported-past-perfect"
    return "past-perfect"


def _present_tense(tok) -> bool:
    """"We urge", "The United States is prepared to provide", "Seoul remains willing to send", "I have just
    spoken": the clause (or the one its infinitive completes) is in the present, so the statement is made on
    the day it is told."""
    for t in (tok, tok.head) if tok.dep_ in ("xcomp", "acomp") else (tok,):  # "is prepared": the copula
        if t.tag_ in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ")
                                           and c.lemma_ == "be" for c in t.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in t.children) \
                and (t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")):
            # "We will work with our allies …", "it will face consequences": promised as it is told (but
            # "the Secretary announced that the US will provide …" was promised when announced)
            return True
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in t.children) \
                and any(c.dep_ == "advmod" and c.lower_ == "just" for c in t.children):
            return True  # "I've just spoken with Prime Minister Netanyahu": done the day it is told
    return False


MET_OR_SAID = {"CONSULT", "AGREE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "COOPERATE", "AID",
               "CONCEDE"}


def _at_the_meeting(events: list[Event], explicit: list) -> list[Event]:
    """What the parties of a visit or meeting say and agree on its day happens where it was held ("travelled
    to Kyiv, where he met …" … "I urge Russia …"): such an event with no place of its own takes the place of
    the meeting its actor or recipient took part in, on the same day, earlier in the story or in the same
    sentence. Physical acts (strikes, arrests) are reported from afar too often to inherit it."""
    meetings = [(ev, p) for ev, p in zip(events, explicit)
                if ev.event_type == "CONSULT" and p is not None and p.country and not ev.reported_only and ev.date]
    if not meetings:
        return events
    out = []
    for ev, own in zip(events, explicit):
        if own is None and not ev.reported_only and ev.event_type in MET_OR_SAID and ev.date:
            parties = {_country(ev.actor), _country(ev.recipient)} - {None}
            held = [p for m, p in meetings if m.sentence <= ev.sentence and m.date == ev.date
                    and parties & {_country(m.actor), _country(m.recipient)}]
            if held:
                ev = replace(ev, location=held[-1])
        out.append(ev)
    return out


def _at_the_occasion(events: list[Event], explicit: list, occasions: list, text: str, anchors: list) -> list[Event]:
    """What a speaker says is said where the story tells they spoke ("On Monday, Johnson joined the calls
    …" and then "Johnson was questioned about the case while speaking to the press at a hospital in
    Watford"; "Speaking to journalists in Riyadh, the Foreign Secretary said:" before the quote): a
    statement with no place of its own takes the place of the occasion of the same named speaker told in
    its own paragraph or the one before or after it, unless that occasion carries another date."""
    if not occasions:
        return events
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    out = []
    for i, (ev, own) in enumerate(zip(events, explicit)):
        speaker = ev.actor.text.split()[-1].lower() if ev.actor is not None and ev.actor.text.strip() else None
        if own is None and speaker and not ev.reported_only and ev.event_type in MET_OR_SAID:
            para = bisect_left(breaks, ev.trigger.start)
            held = [(abs(bisect_left(breaks, start) - para), place) for start, end, word, place in occasions
                    if word == speaker and abs(bisect_left(breaks, start) - para) <= 1
                    and all(day == ev.date for at, day in anchors if start <= at < end)]
            nearest = [p for d, p in held if d == min(d for d, _ in held)]
            if nearest and len({p.country for p in nearest}) == 1:
                ev = replace(ev, location=nearest[0])
                explicit[i] = nearest[0]
        out.append(ev)
    return out


RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
GOODS = {"ship", "vessel", "tanker", "boat", "dhow", "freighter", "cargo", "shipment", "shipments", "weapon",
         "weapons", "rifle", "rifles", "drug", "drugs", "narcotics", "heroin", "cocaine", "contraband", "consignment",
         "container", "containers"}


def seized_goods(ref) -> bool:
    """A ship, cargo or contraband the registry cannot place: a thing seized, not a people governed."""
    return ref.kind == "unresolved" and any(w in GOODS for w in re.findall(r"[a-z]+", (ref.text or "").lower()))


TARGETS_PLACE = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "CONCEDE", "RETREAT"}
DOMESTIC = {"COERCE", "PROTEST"}
MOVES = {"MOBILIZE", "RETREAT", "CONCEDE"}
LIBERATIONS = {"liberate", "liberation", "recapture", "retake", "free"}


# what a state or body holds: boycotting "the vote" or "the election" is a protest against its holder
HELD_OCCASIONS = {"vote", "votes", "election", "elections", "poll", "polls", "referendum", "session", "sitting",
                  "meeting", "summit", "talks", "conference", "ceremony", "inauguration", "hearing", "parade"}


def _a_grievance(ref) -> bool:
    """What a crowd protests against that is no party: "protested against fuel shortages" (a phrase the
    registry does not know, with no office or sector), unlike "against the government" or "boycotted the
    vote" (the occasion stands for whoever holds it)."""
    words = (ref.text or "").lower().split()
    return ref.kind == "unresolved" and not (ref.sector or ref.role or ref.name) \
        and not (words and words[-1] in HELD_OCCASIONS)


def _country(ref) -> str | None:
    return ref.country if ref is not None else None


def _named_party(ref) -> bool:
    """A state, or a body that has none (al-Qaida, the UN): a recipient the record can name."""
    return ref is not None and bool(ref.country or ref.sector in ("IGO", "NGO", "REB"))


def _sector(ev: Event) -> str | None:
    return ev.actor.sector if ev.actor is not None else None


ANAPHORIC_TYPES = {"ASSAULT", "COERCE"}
ANAPHORA_WINDOW = 4  # sentences: a retelling further away is more likely another attack


def completes(earlier: Event, ev: Event) -> bool:
    """Do two partial reports of one attack complete each other: the earlier with its target but no known
    perpetrator, the later naming the perpetrator of "the attack" without its target (or the reverse)?"""
    # the same sentence counts too: "soldiers were killed when separatist forces shelled positions" tells one
    # attack twice, its victims on one verb and its perpetrator on the other
    if ev.event_type not in ANAPHORIC_TYPES or earlier.event_type != ev.event_type \
            or not 0 <= ev.sentence - earlier.sentence <= ANAPHORA_WINDOW:
        return False
    if earlier.date_precision == ev.date_precision == "day" and earlier.date != ev.date \
            and not (_claim(ev) and ev.date > earlier.date):
        return False  # "attacks on the embassy on April 21" … "a drone attack on April 29 was carried out by X"
        # (a claim of responsibility comes on its own day, often after the attack's)
    # the earlier report lacks a side only when it names nobody known there ("a suicide bomber"; but "a raid
    # by Islamic State militants" has its perpetrator); the later names no side of its own at all ("the
    # Taliban claimed responsibility"; but "struck an Islamic State hideout" is another strike)
    # within one sentence the perpetrator's verb may keep an unplaced object ("shelled positions")
    # ("shelled positions near Avdiivka": placed, the positions are the victims' country, still the one attack)
    # a later report naming the same target country names no other target: "condemns today's attack in Abu
    # Dhabi" … "the Houthis have claimed responsibility for this attack" (on the UAE)
    no_target = ev.recipient is None or _country(ev.recipient) == _country(earlier.recipient) or (
        ev.sentence == earlier.sentence and _named_nobody(ev.recipient))
    told_doer = UNKNOWN_ATTACKER_MARK not in earlier.rule or _names_a_told_acts_doer(ev)
    return (_named_nobody(earlier.actor) and _country(earlier.recipient) is not None and told_doer
            and no_target and ev.actor is not None and bool(ev.actor.country or ev.actor.sector)) \
        or (_named_nobody(earlier.recipient) and _country(earlier.actor) is not None
            and ev.actor is None and _country(ev.recipient) is not None)


def _nobody_struck_nowhere(ev: Event) -> bool:
    """An attack by unknown gunmen whose victims neither the text nor the place gives a country: nothing the
    record could tell of it ("gunmen killed a man"); an arrest by police of no country made nowhere told."""
    return UNKNOWN_ATTACKER_MARK in ev.rule and _country(ev.recipient) is None \
        or LOCAL_POLICE_MARK in ev.rule and _country(ev.actor) is None


def _authorities_of_the_place(ev: Event) -> Event:
    """Police and arrests that the text gives no state are the state's where the act happened (its own
    sentence, else the story's ground or dateline): "A man was arrested by Thames Valley Police" in a story set
    in Reading, UK; "twenty people were arrested" in a story of a Washington rally (by that state's
    authorities). The people they arrest or strike, and those struck by attackers the text does not name, of
    no other side, are its people."""
    if ev.location is None or not ev.location.country:
        return ev
    country = ev.location.country
    if LOCAL_POLICE_MARK in ev.rule and _country(ev.actor) is None:
        actor = replace(ev.actor, country=country, confidence=min(ev.actor.confidence, 0.4))
    elif ev.event_type == "COERCE" and ev.mode == "arrest" and ev.actor is None and UNKNOWN_ATTACKER_MARK in ev.rule:
        actor = ActorRef(text="", country=country, sector="GOV", kind="country", confidence=0.4)
    elif UNKNOWN_ATTACKER_MARK in ev.rule and ev.actor is None:
        actor = None  # "two police officers were injured" in the unrest the story is of: that state's officers
    else:
        return ev
    recipient = ev.recipient
    if recipient is not None and not (recipient.country or recipient.actor_id):
        recipient = replace(recipient, country=country, confidence=min(recipient.confidence, 0.3))
    return replace(ev, actor=actor, recipient=recipient)


def _claim(ev: Event) -> bool:
    return ev.rule.startswith(("lexicon:claim/", "lexicon:accept/"))


def _names_a_told_acts_doer(ev: Event) -> bool:
    """A report that can name the doer an unknown-attacker report lacked: a claim of responsibility or a
    retelling of the act by its noun ("the Taliban claimed the attack"), not another attack of its own
    ("troops killed nine militants in a raid")."""
    return _claim(ev) or "/NOUN" in ev.rule.split()[0]


def _same_claimant(a, b) -> bool:
    """One country's actors, or one stateless group ("Islamic State Sahel Province" claiming the ambush its
    fighters carried out)."""
    return a is not None and b is not None and (
        a.country == b.country is not None or (a.country is None and b.country is None and a.actor_id == b.actor_id is not None))


def _named_nobody(ref) -> bool:
    return ref is None or not (ref.country or ref.actor_id)  # "a suicide bomber" is nobody yet known


def _filled(earlier: Event, ev: Event) -> Event:
    """The earlier report (its evidence, date and flags) with the side it lacked taken from the later one, and
    the later one's place when the earlier had none."""
    earlier = replace(earlier, location=earlier.location or ev.location,
                      confidence=round(max(earlier.confidence, ev.confidence), 3))
    if _country(earlier.actor) is None:
        return replace(earlier, actor=ev.actor, actor_group=ev.actor_group)
    return replace(earlier, recipient=ev.recipient, recipient_group=ev.recipient_group)


def _different_people(a, b) -> bool:
    """Two named persons of one state ("Prime Minister Johnson", "Foreign Secretary Raab") asking the same
    thing on the same day made two requests (ANNOTATION.md: the same act retold has the same speaker)."""
    return a is not None and b is not None and a.kind == b.kind == "person" and bool(a.name) and bool(b.name) \
        and a.name != b.name and not (a.actor_id and a.actor_id == b.actor_id)


CLOCK_RE = re.compile(r"\b(?:later|earlier) that (?:day|night|morning|evening)\b|\bhours later\b"
                      r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b", re.I)


def _another_hour(first: Event, ev: Event) -> bool:
    """ "At 3:30 p.m. … forces conducted a strike" … "Later that day, between 8 p.m. and 11 p.m., … shot down":
    a strike told at its own hour of the same day is another strike."""
    hours = CLOCK_RE.findall(ev.evidence.text)
    return bool(hours) and first.sentence != ev.sentence and hours != CLOCK_RE.findall(first.evidence.text)


INTERCEPTION_RE = re.compile(r"\b(?:shot|shoots?|shooting) down\b|\bintercept(?:ed|s|ing)?\b|\bdowned\b", re.I)


def _interception(ev: Event) -> bool:
    """ "Air defences shot down 47 drones": downing the other side's weapons is another act than the strike the
    same army made that day."""
    return any(m.group(0).split()[0].lower() == ev.trigger.text.lower()
               for m in INTERCEPTION_RE.finditer(ev.evidence.text))


def _joint_act(ev: Event) -> bool:
    """ "Iran and Iraq agreed …", "the two leaders agreed …": both parties act together, unlike one side's offer."""
    return _country(ev.recipient) is not None and _country(ev.recipient) in {a.country for a in ev.actor_group} \
        and _country(ev.actor) in {a.country for a in ev.actor_group}


BOTH_OCCASIONS_RE = re.compile(r"\b(?:in|during|on)\s+(?:both|each of the(?: two)?|each|the two|two separate|separate)"
                               r"\s+(?:(?:phone|telephone)\s+)?(?:calls|conversations|meetings|visits)\b", re.I)


def _split_occasions(events: list[Event]) -> list[Event]:
    """ "I spoke with the Armenian and Azerbaijani ministers … In both calls, I encouraged the two governments …":
    separately held calls or meetings are one event per member of the group they were held with."""
    told = {ev.sentence for ev in events if BOTH_OCCASIONS_RE.search(ev.evidence.text)}
    out = []
    for ev in events:
        members = list(dict.fromkeys(m.country for m in ev.recipient_group if m.country))
        if len(members) > 1 and _country(ev.recipient) == members[0] and (
                ev.sentence in told or (ev.event_type == "CONSULT" and ev.sentence + 1 in told)):
            out.append(ev)
            for m in ev.recipient_group[1:]:
                if m.country in members[1:]:
                    members.remove(m.country)
                    out.append(replace(ev, event_id=f"{ev.event_id}_{m.country}", recipient=m, recipient_group=()))
            continue
        out.append(ev)
    return out


RETOLD_TARGETS = {"it", "they", "them"}


def _other_targets(a: Event, b: Event) -> bool:
    """Do two acts name different registry actors as their targets ("strikes against al-Qaida operatives" …
    "10 airstrikes against ISIL units")? Stateless groups share the null country, so the key alone would take
    the second for a retelling of the first."""
    ra, rb = a.recipient, b.recipient
    return ra is not None and rb is not None and bool(rb.actor_id) and _country(rb) is None \
        and ra.actor_id != rb.actor_id and (bool(ra.actor_id) or _country(ra) is not None)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\b[a-z]{5,}\b", text)}  # lower-case words: not the names both may share


def _same_demand(first: Event, ev: Event) -> bool:
    """Does an unaddressed request ask what an addressed one asked ("urged Iran to release the sailors" …
    "also urged the immediate release of the sailors")? Calls on others for other things ("We call on more
    countries to assist …" after "We urge the Government of Iraq to provide security") are other requests."""
    asked = _content_words(ev.evidence.text) - {first.trigger.text.lower(), ev.trigger.text.lower()}
    shared = asked & _content_words(first.evidence.text)
    return len(shared) >= 2 and len(shared) >= 0.3 * len(asked)


def _other_sites(first: Event, ev: Event) -> bool:
    """Items of a strike list ("Near Ar Raqqah, 12 strikes …", "Near Ayn Isa, one strike …") are different
    strikes: a list names each site once."""
    if STRIKE_LIST_MARK in ev.rule and STRIKE_LIST_MARK in first.rule and first.sentence != ev.sentence:
        return True
    # "strikes in Iraq" … "strikes in Syria": attacks in two countries are two attacks
    return ev.event_type == "ASSAULT" and first.location is not None and ev.location is not None \
        and bool(first.location.country) and bool(ev.location.country) \
        and first.location.country != ev.location.country


def _itemised_counts(events: list[Event]) -> list[Event]:
    """A report of a day's number of strikes ("conducted 26 strikes against ISIL") is not added beside the list
    that itemises them (ANNOTATION.md: an aggregate sentence summarising distinct strikes is not an event)."""
    listed = [_country(ev.actor) for ev in events if STRIKE_LIST_MARK in ev.rule]
    itemised = {c for c in listed if listed.count(c) > 1}
    return [ev for ev in events if not (STRIKE_COUNT_MARK in ev.rule and _country(ev.actor) in itemised)]


def merge_repeats(events: list[Event]) -> list[Event]:
    """The same act reported twice in one article is one event: first (clearest) sentence kept."""
    events = _itemised_counts(_split_occasions(events))
    seen: dict[tuple, Event] = {}
    out: list[Event] = []
    for ev in events:
        if _country(ev.recipient) is None and any(
                o.event_type == ev.event_type and _same_claimant(o.actor, ev.actor) and _country(o.recipient) is not None
                and (ev.event_type != "REQUEST" or _same_demand(o, ev))
                and (ev.date is None or (o.date == ev.date and o.reported_only == ev.reported_only))
                and not _other_targets(o, ev) for o in out):
            continue  # "it had carried out the attack": the act already coded with its target, retold
        # (only a target named by a pronoun, with no doer told at all: "the destroyer shot down drones" is
        # another act by someone unknown)
        if ev.event_type in ANAPHORIC_TYPES and ev.actor is None and _country(ev.recipient) is not None \
                and ev.recipient.text.lower() in RETOLD_TARGETS and any(
                o.event_type == ev.event_type and _country(o.actor) is not None
                and _country(o.recipient) == _country(ev.recipient)
                and (ev.date is None or (o.date == ev.date and o.reported_only == ev.reported_only))
                for o in out):
            continue  # "the attack, conducted by the Taliban" … "it was targeted with a car bomb": retold, no doer
        twin = next((o for o in out if o.sentence == ev.sentence and o.event_type == ev.event_type
                     and not ev.event_id.startswith(o.event_id + "_")  # a separately held call's own event
                     and (_country(o.actor) == _country(ev.actor) or ev.event_type == "PROTEST"  # one crowd
                          # "marched …, chanting slogans against X": its verbs are one protest
                          or (ev.event_type in RECIPROCAL and {_country(o.actor), _country(o.recipient)}
                              == {_country(ev.actor), _country(ev.recipient)}))), None)
        if twin is not None:  # one act per sentence and actor; keep the reading with a placed recipient
            if _country(twin.recipient) is None and _country(ev.recipient) is not None \
                    or not _named_party(twin.recipient) and _named_party(ev.recipient):  # "hit al-Qaida vehicles"
                # a crowd's later verbs only add what it protested against; its actor is the first verb's
                out[out.index(twin)] = replace(twin, recipient=ev.recipient, recipient_group=ev.recipient_group) \
                    if ev.event_type == "PROTEST" else ev
            continue
        partial = next((o for o in out if completes(o, ev)), None)
        if partial is not None:  # "facilities were hit by drones" … "X said it had carried out the attack"
            filled = _filled(partial, ev)
            out[out.index(partial)] = filled
            seen = {k: filled if v is partial else v for k, v in seen.items()}
            continue
        key = (ev.event_type, ev.actor.country if ev.actor else None, ev.recipient.country if ev.recipient else None,
               ev.date if ev.date_precision == "day" else ev.date, ev.reported_only)
        same = [k for k in seen if (k == key + (_sector(ev),) or (k[:-1] == key and None in (k[-1], _sector(ev))))
                and not _different_people(seen[k].actor, ev.actor) and not _other_targets(seen[k], ev)
                and (ev.event_type != "AGREE" or _joint_act(seen[k]) == _joint_act(ev))
                and not (ev.event_type in ("ASSAULT", "COERCE") and _another_hour(seen[k], ev))
                and not (ev.event_type == "ASSAULT" and _interception(seen[k]) != _interception(ev))
                and not _other_sites(seen[k], ev)]
        key += (_sector(ev),)
        if same:  # an organ with no sector ("the Federal Aviation Office of Germany") is the state acting
            key = same[0]
            first = seen[key]
            if ev.confidence > first.confidence:
                # keep the first sentence as evidence, but the stronger reading's confidence
                seen[key] = replace(first, confidence=ev.confidence)
                out[out.index(first)] = seen[key]
            continue
        seen[key] = ev
        out.append(ev)
    return out
