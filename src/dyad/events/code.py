"""code_events(): PLOVER events per sentence from triggers (data/triggers.csv) and the dependency parse.

This module keeps the document-level pass (code_events, the outlet's issuing organ, the dateline state, a
condemner's own act); the parts live in:
- assertion.py: whether a trigger is asserted (negation, hypotheticals, habitual, future, purpose, …);
- triggers.py: trigger matching, find_triggers(), the special detectors and the Hit dataclass;
- parties.py: the syntax-only helpers that find actor and recipient heads;
- coder.py: the Coder (resolving actors, coding a sentence, making an Event) and DocContext.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..actors.resolve import Resolver, phrase_head
from ..model import ActorRef, Event, Span
from ..doc_index import ent_at, ents_of, text as doc_text
from .cameo import CameoTable
from .parties import FOLD, STATELESS
from .coder import Coder, _human


def code_events(parsed, resolver: Resolver, lexicon, cameo: CameoTable, classifier=None,
                model_threshold: float = 0.9, places=None) -> tuple[list[Event], list]:
    """All events of a parsed document, with quote speakers as `claimed_by`; also returns the quotes.
    With a classifier, rule events get its probability folded into their confidence, and a sentence no
    trigger covers yields the classifier's event when it is confident enough. `places` (a PlaceIndex) lets the
    coder tell where a sentence is set."""
    from ..attributes.quotes import pronoun_antecedent, quote_spans, speaker_head, speaker_heads, speech_verb
    from ..model import Quote

    doc = parsed.doc
    coder = Coder(lexicon, resolver, cameo, parsed.document.doc_id)
    coder.places = places
    spans = quote_spans(doc_text(doc))
    coder.quotes = spans
    coder.dateline_state = dateline_state(parsed.document.text, resolver)
    coder.organ = issuing_organ(parsed.document.outlet, resolver)
    coder.outlet_state = outlet_state(parsed.document.outlet, resolver)
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


def outlet_state(outlet: str | None, resolver: Resolver) -> str | None:
    """The country of a national news agency or state outlet ("Yonhap News Agency", "Tasnim", "TASS": the
    `national` rows of data/outlets.csv); None for an international one (Reuters, AFP, Al Jazeera) or one the
    registry does not list."""
    key = resolver.gaz.key(outlet or "")
    entry = resolver.gaz.outlet_entries.get(key) if key in resolver.gaz.national_outlets else None
    return entry.country if entry is not None else None


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
    # "condemned Tuesday's rocket attack … He also condemned Sunday's drone attack, which was claimed by X": an
    # attack condemned in a condemnation of its own is another attack
    attacks = [o for o in attacks if not any(a.event_type == "ACCUSE" and a.sentence == o.sentence != ev.sentence
                                             and a.event_id != ev.event_id for a in events)]
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
