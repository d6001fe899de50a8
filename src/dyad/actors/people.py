"""What a document says about the people it names, so that every mention of a person gets it.

"Turkish national Hatice Cengiz … Cengiz said": the country is stated once, the surname repeats. Persons
outside the registry would otherwise be resolved mention by mention and lose it; a full name the article
gives ("Commodore Andrew Burns") also beats a registry namesake found by surname alone ("William Burns").
Works on spaCy tokens by duck typing.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import ActorRef
from ..doc_index import ent_at, ents as doc_ents


def _surname(text: str) -> str:
    return text.replace("’", "'").split("'s")[0].split()[-1].lower() if text.split() else ""


def _predicate(root):
    """The noun the person is said to be: "Cengiz is a Turkish national" → national."""
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        return next((c for c in root.head.children if c.dep_ == "attr"), None)
    return None


def _merge(old: ActorRef | None, new: ActorRef) -> ActorRef:
    if old is None:
        return new
    return replace(old, country=old.country or new.country, sector=old.sector or new.sector,
                   name=old.name or new.name, actor_id=old.actor_id or new.actor_id, role=old.role or new.role)


def document_people(doc, resolver) -> dict[str, ActorRef]:
    """Surname → the person as the document describes them: full name, country and sector from any of the
    mentions of a name of two words or more, and from "X is a …" predicates."""
    from .resolve import phrase_head

    people: dict[str, ActorRef] = {}
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or len(ent.text.split()) < 2:
            continue
        key = _surname(ent.text)
        outer = phrase_head(ent.root, resolver.gaz.titles)
        if ent.root.dep_ == "pobj":
            outer = None  # "fiancée of journalist Jamal Khashoggi" describes the fiancée, not Khashoggi
        for head in (outer, ent.root, _predicate(ent.root)):
            if head is None:
                continue
            ref = resolver._resolve_phrase(head).ref
            if ref is not None:
                if ref.kind != "person" and head is not _predicate(ent.root):
                    continue  # the phrase is an organ or a country, not this person
                ref = replace(ref, name=ref.name or ent.text, kind="person")
                people[key] = _merge(people.get(key), ref)
        ship = _ship_aboard(ent.root, resolver.ships)
        if key in people and not people[key].country and ship is not None and ship.country:
            people[key] = replace(people[key], country=ship.country)
    return people


SHIPBOARD = {"embark", "serve", "station", "base", "deploy"}


def _ship_aboard(root, ships: dict[str, ActorRef]) -> ActorRef | None:
    """The warship a person is said to be on ("Commodore Andrew Burns, …, embarked on the U.K.'s HMS Ocean"):
    an officer whose nationality is not told serves in the navy of the ship he is aboard."""
    for verb in root.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in SHIPBOARD:
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "aboard", "in"):
                ship = next((ships[t.text] for o in prep.children if o.dep_ == "pobj" for t in o.subtree
                             if t.text in ships), None)  # "the cruiser USS Normandy": the name may be appositive
                if ship is not None:
                    return ship
    return None


def complete_person(info, head, people: dict[str, ActorRef]):
    """The phrase's reading with the document's knowledge of the person at its head filled in: the
    document's person replaces a registry namesake matched on the surname alone."""
    if not people:
        return info
    if not head.ent_type_:
        # a surname the model leaves untagged on its own ("arrested Marchal" after "French teacher Julien
        # Marchal"): the person the document introduced, with the nationality told then
        known = people.get(_surname(head.text)) if head.pos_ == "PROPN" and info.ref is None else None
        return replace(info, ref=replace(known, text=head.text, confidence=0.6)) if known is not None else info
    ent = ent_at(head)
    if ent is None or (ent.label_ != "PERSON" and (len(ent) > 1 or (info.ref is not None and info.ref.actor_id))):
        return info  # a lone surname the model took for an organisation ("Cengiz said") is still the person
    known = people.get(_surname(ent.text))
    if known is None:
        return info
    ref = info.ref
    if ref is None:
        return replace(info, ref=replace(known, text=ent.text, confidence=0.6))
    if len(ent.text.split()) == 1 and ref.name and known.name and _surname(known.name) == _surname(ref.name) \
            and ref.name != known.name and not known.actor_id:
        # "Burns" after "Commodore Andrew Burns" is Andrew Burns, not the registry's William Burns
        return replace(info, ref=replace(known, text=ref.text, confidence=0.6))
    if ref.kind not in ("person", "group") or (ref.country and ref.sector):
        return info
    return replace(info, ref=replace(ref, country=ref.country or known.country, sector=ref.sector or known.sector,
                                     name=ref.name or known.name, actor_id=ref.actor_id or known.actor_id))


# Head words of office titles: two phrases with different ones name different offices.
OFFICE_WORDS = {"minister", "secretary", "president", "chancellor", "premier", "spokesman", "spokesperson",
                "spokeswoman", "ambassador", "commander", "general", "envoy", "king", "emir", "prince"}


def titled_antecedent(ref: ActorRef, head, by_role: dict[str, ActorRef], named: list[ActorRef]) -> ActorRef | None:
    """The person a nameless title refers back to: "the commander of the Revolution Guards" after "Maj. Gen.
    Salami, the Chief Commander of the IRGC"; "the secretary" after "Secretary of Defense Ash Carter". The last
    named holder of the same role, else the last named person whose own phrase has the title word, of the
    same country when the title gives one."""
    def fits(p):
        return p is not None and p.name and (not ref.country or not p.country or p.country == ref.country)

    word = head.lower_
    earlier = by_role.get(ref.role) if ref.role not in ("rank", "official") else None
    said = (earlier.text or "").lower().split() if earlier is not None else []
    if word not in said and OFFICE_WORDS & set(said):
        earlier = None  # the role under another title: "the Foreign Secretary" ≠ "Foreign Minister Lavrov"
    # the whole title must be in the earlier phrase: "the prosecutor general" is not "the general Soleimani"
    words = {word} | {c.lower_ for c in head.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")}
    if not fits(earlier):
        earlier = next((p for p in reversed(named) if fits(p) and words <= set((p.text or "").lower().split())),
                       None)
    if not fits(earlier):
        return None
    return replace(ref, name=earlier.name, actor_id=earlier.actor_id, country=ref.country or earlier.country,
                   confidence=min(ref.confidence, 0.6))
