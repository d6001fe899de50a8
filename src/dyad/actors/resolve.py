"""Resolve actor phrases in a parsed document to canonical actors (country ISO-3 + PLOVER sector).

Works on spaCy tokens by duck typing (this module does not import spaCy). The unit of resolution is a
noun phrase around a head token: its entities (ruler-tagged registry aliases or model NER), title words
("Defense Minister", "Brigadier General") and possessives ("Iraq's") decide country and sector.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from ..model import ActorRef, Mention, Span
from ..doc_index import ent_at, ents as doc_ents, text as doc_text
from .gazetteer import ActorEntry, Gazetteer, surname_key
from .people import complete_person, document_people

# Dependents that stay inside an actor phrase; clauses and other prepositions are left out.
PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "det", "appos", "nummod", "flat", "case", "punct",
               "prep", "pobj", "npadvmod", "quantmod", "nn", "dep", "cc", "predet"}
MEMBER_NOUNS = {"militant", "fighter", "member", "gunman", "rebel", "insurgent", "jihadist", "guerrilla",
                "force", "troop", "soldier", "militiaman", "commando", "operative", "loyalist", "supporter",
                "terrorist", "suspect", "cell", "unit"}  # "PKK terrorists", "ISIS suspects", "ISIL units"
PHRASE_PREPS = {"of"}  # "the commander of the IRGC"; other PPs ("pressed for Russia") belong to the verb
# people sent by someone: "a delegation from Syria's Interior Ministry" is that ministry's delegation, "a source
# within the Interior Ministry" its source
FROM_HEADS = {"delegation", "team", "mission", "official", "representative", "envoy", "diplomat", "expert",
              "member", "troop", "soldier", "officer", "force", "adviser", "advisor", "negotiator", "source"}
# people who speak for a body: "a spokesman for the PMF" is the PMF's voice
SPEAKERS_FOR = {"spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "negotiator"}
# what a named group owns, when an attack is aimed at it: "ISIL military targets", "two al-Qaida vehicles"
GROUP_ASSETS = {"target", "position", "vehicle", "facility", "base", "headquarters", "depot", "convoy", "camp",
                "hideout", "stronghold", "infrastructure", "compound", "site", "training", "tank", "equipment",
                "weapon", "launcher", "artillery", "boat"}
SEATED_ORGANS = {"government", "authority", "authorities", "regime", "administration"}  # organs that govern where they sit
# forces of order that serve where they are: "police in Niamey" are Niger's, whoever else the story names
LED_COALITION = re.compile(r"\b[A-Z][\w.]*-led coalition\b")  # "the Saudi-led coalition", "U.S.-led coalition"
ISLAMIC_STATE = re.compile(r"\b(?:ISIL|ISIS|Daesh|Da'esh|Da’esh|Islamic State)\b")
LOCAL_FORCES = {"police", "army", "military", "gendarmerie", "gendarme", "policeman", "policemen"}
# people of no stated side (title roles): crowds, residents, unnamed armed men are of the place they are in
PLACED_BY_WHERE = {"protester", "civilian", "civilians", "militant", "fighter", "gunman", "rebel", "militia"}
PRONOUNS = {"he", "she", "him", "her", "his", "i", "me", "my", "we", "us", "our", "they", "them", "their",
            "it", "its"}
GROUP_WORDS = {"side", "sides", "country", "countries", "nation", "nations", "neighbor", "neighbors",
               "neighbour", "neighbours", "state", "states", "government", "governments", "leader", "leaders",
               "party", "parties", "army", "armies", "minister", "ministers"}
# "all parties", "any side", "every country": everyone concerned, not the two parties of the last exchange
UNBOUNDED_QUANTIFIERS = {"all", "any", "every", "each", "other"}
COUNTERPART = {"counterpart", "counterparts", "opposite", "peer"}
# Offices a person's title names outright: a title naming another one is another person ("Prime Minister
# Hadi al-Mansouri" is not President Hadi)
OFFICE_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defense_minister", "interior_minister",
                "vice_president", "monarch"}
SAME_OFFICE = {"monarch": "head_of_state"}  # "Emir Tamim", "King Abdullah": the registry files them as heads of state
# halves of a divided nation a story about both calls by the compass: "aid to the North", "warned the South"
DIVIDED_HALVES = {"north": ("PRK", "KOR"), "south": ("KOR", "PRK")}
NOT_INCUMBENT = {"former", "ex", "late", "then", "previous", "deputy", "acting", "next", "future", "incoming",
                 "outgoing", "vice", "assistant"}


@dataclass(frozen=True)
class PhraseInfo:
    """What a phrase says about its actor before coreference: the ActorRef, or a pronoun/group marker."""

    ref: ActorRef | None
    pronoun: str | None = None  # lower-cased pronoun when the head is one
    group_of: int = 0  # "the two sides" -> 2
    counterpart: bool = False


def phrase_tokens(head) -> list:
    """The head's noun phrase: modifiers, appositions and of-phrases, without clauses or other PPs."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ not in PHRASE_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in PHRASE_PREPS and not (
                    child.lower_ in ("from", "within") and tok.lemma_.lower() in FROM_HEADS) and not (
                    child.lower_ == "for" and tok.lemma_.lower() in SPEAKERS_FOR):
                continue
            if child.dep_ == "cc":
                continue
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def phrase_span(head, story_start: int = 0) -> tuple[int, int]:
    toks = [t for t in phrase_tokens(head) if t.idx >= story_start or head.idx < story_start]
    while toks and toks[0].dep_ in ("det", "punct"):
        toks = toks[1:]
    while toks and toks[-1].dep_ == "punct":
        toks = toks[:-1]
    if not toks:
        return head.idx, head.idx + len(head.text)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


# bare names of UN organs that other bodies share ("the Virginia General Assembly")
BARE_BODIES = {"general assembly", "security council"}


class Resolver:
    """Phrase → ActorRef, with the registry and the document's date for office holders."""

    def __init__(self, gaz: Gazetteer, published: str | None = None, story_start: int = 0):
        self.gaz = gaz
        self.published = published
        self.story_start = story_start  # characters before it are the dateline, not part of any phrase
        self.people: dict[str, ActorRef] = {}  # surname -> what the document says of that person (`people.py`)
        self.ships: dict[str, ActorRef] = {}  # last word of a ship's name -> the ship (`document_ships`)
        self._named_countries: tuple[object, set[str]] | None = None  # (doc, countries its entities name)

    # -- registry lookups --------------------------------------------------------------------------
    def entity_entry(self, ent) -> tuple[ActorEntry, str] | None:
        """The registry entry of an entity: by the ruler's id, or by fuzzy person-name match."""
        if ent.label_ == "NONE":
            return None
        if (ent.ent_id_ or "").startswith("outlet:"):
            entry = self.gaz.outlet_entries.get(ent.ent_id_[len("outlet:"):])
            return (entry, "media") if entry is not None else None
        if ent.ent_id_ in BARE_BODIES and ent.start > 0 and (
                ent.doc[ent.start - 1].pos_ == "PROPN" or ent.doc[ent.start - 1].ent_type_ in ("GPE", "NORP")):
            return None  # "the Virginia General Assembly", "the Russian Security Council": not the UN's
        cands = self.gaz.lookup(ent.ent_id_) if ent.ent_id_ else self.gaz.lookup(ent.text)
        if not cands and ent.label_ == "PERSON":
            cands = self.fuzzy_person(ent.text)
        if not cands:
            return None
        return self.by_date(cands)

    def fuzzy_person(self, text: str) -> list[tuple[ActorEntry, str]]:
        """Transliteration variants (Baqeri/Bagheri, Soleimani/Soelimani) of registry names."""
        if not self.gaz.person_names or len(text) < 5:
            return []
        hit = process.extractOne(text, self.gaz.person_names, scorer=fuzz.token_sort_ratio, score_cutoff=85)
        if hit is not None and not self.same_surname(text.split()[-1], self.gaz.persons[hit[2]]):
            hit = None  # names alike in their other words are still other people: the surnames must agree
        if hit is None:
            last = text.split()[-1]
            # given names ("Mohammad", "Ali") are not surnames: a lone one must not fuzzy-match "Mohammadi"
            if len(last) <= 4 or any(fuzz.ratio(last.lower(), g) >= 85 for g in self.gaz.given_names):
                return []
            hits = [(e, "person") for e in self.gaz.persons
                    if fuzz.ratio(last, e.name.split()[-1]) >= 85 and last[0].lower() == e.name.split()[-1][0].lower()
                    and (len(text.split()) == 1 or fuzz.partial_ratio(text, e.name) >= 80)]
            return hits
        return [(self.gaz.persons[hit[2]], "person")]

    def same_surname(self, word: str, entry: ActorEntry) -> bool:
        """Is `word` the registry person's surname, in one of its spellings (Baqeri/Bagheri, al-Sudani/Sudani)?"""
        word = surname_key(word)
        known = self.gaz.surnames.get(entry.actor_id) or {surname_key(entry.name.split()[-1])}
        return any(word == k or (word[:1] == k[:1] and fuzz.ratio(word, k) >= 75) for k in known)

    def fits_person(self, ent, entry: ActorEntry) -> bool:
        """Can the name as written, with the title right before it, be this registry person? Not when the
        name goes on past the entity with another surname ("Hadi al-Mansouri" for the alias "Hadi"), nor when
        the title names another office than the person's ("Prime Minister" for a president)."""
        title, rest = _name_parts(ent)
        if rest and not self.same_surname(rest[-1].text, entry):
            return False
        role = self.title_of(title)[1] if title else None
        role, held = (SAME_OFFICE.get(r, r) for r in (role, entry.role))
        return not (role in OFFICE_ROLES and held in OFFICE_ROLES and role != held)

    def fitting_office(self, ent, hit: tuple[ActorEntry, str]) -> tuple[ActorEntry, str] | None:
        """The registry person a name with its title can be: the entry found, else the same person in the
        office the title names ("Prime Minister Johnson" in a year he was foreign minister), else nobody."""
        if self.fits_person(ent, hit[0]):
            return hit
        same = [(e, k) for e, k in self.gaz.lookup(ent.ent_id_ or ent.text)
                if k == "person" and e.actor_id == hit[0].actor_id and self.fits_person(ent, e)]
        return self.by_date(same) if same else None

    def by_date(self, cands: list[tuple[ActorEntry, str]]) -> tuple[ActorEntry, str]:
        """Among namesakes, the office holder at the document's date; otherwise the first."""
        if self.published and len(cands) > 1:
            for entry, kind in cands:
                if (entry.start or "0000") <= self.published <= (entry.end or "9999"):
                    return entry, kind
        return cands[0]

    def office_holder(self, role: str, country: str, toks=()) -> ActorEntry | None:
        """The one registry person holding `role` for `country` at the document's date; None without a date,
        when several hold it (commanders of different forces) or when the phrase says former/deputy."""
        if not self.published or any(t.lower_ in NOT_INCUMBENT for t in toks):
            return None
        holders = [e for e in self.gaz.persons if e.role == role and e.country == country
                   and (e.start or "0000") <= self.published <= (e.end or "9999")]
        return holders[0] if len({h.actor_id for h in holders}) == 1 else None

    def title_of(self, toks) -> tuple[str | None, str | None]:
        """(sector, role) from the title words in a phrase; offices beat military ranks."""
        best = None
        words = [t.lower_ for t in toks]
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                title = self.gaz.titles.get(" ".join(words[i:i + n]))
                if title is None and n == 1:
                    title = self.gaz.titles.get(toks[i].lemma_.lower())
                if title is None:
                    continue
                # offices beat ranks, longer titles shorter ones, and the phrase's last word (its head) a
                # modifier: "government forces" are forces
                score = (0 if title.rank else 2) + n * 0.1 + (0.05 if i + n == len(words) else 0)
                if best is None or score > best[0]:
                    best = (score, title)
        return (best[1].sector, best[1].role) if best else (None, None)

    def named_countries(self, doc) -> set[str]:
        """The countries the document's entities name (as countries, capitals or demonyms), once per document."""
        if self._named_countries is None or self._named_countries[0] is not doc:
            found = {en.country for e in doc_ents(doc) for en, k in self.gaz.lookup(e.text)
                     if k in ("country", "capital", "demonym") and en.country}
            self._named_countries = (doc, found)
        return self._named_countries[1]

    def divided_half(self, head) -> str | None:
        """"the North", "the South" as a bare noun in a story naming both Koreas: Pyongyang, Seoul."""
        half = DIVIDED_HALVES.get(head.lower_)
        if half is None or not head.text[:1].isupper() or not _definite(head) \
                or any(c.dep_ not in ("det", "case", "punct") for c in head.children):
            return None
        return half[0] if set(half) <= self.named_countries(head.doc) else None

    # -- phrases -----------------------------------------------------------------------------------
    def phrase_text(self, head) -> str:
        """The words of the noun phrase around `head`, as written (never reaching back into the dateline)."""
        return doc_text(head.doc)[slice(*phrase_span(head, self.story_start))]

    def resolve_phrase(self, head, toks: list | None = None) -> PhraseInfo:
        """The actor named by the noun phrase around `head` (or by the given tokens of a segment), completed
        by what the document says elsewhere of the person it names."""
        info = self._resolve_phrase(head, toks)
        return complete_person(info, head, self.people)

    def _resolve_phrase(self, head, toks: list | None = None) -> PhraseInfo:
        low = head.lower_
        if head.pos_ == "PRON" or (low in PRONOUNS and not (head.text.isupper() and len(head.text) > 1)):  # "US" ≠ "us"
            return PhraseInfo(ref=None, pronoun=low)
        if toks is None:
            toks = [t for t in phrase_tokens(head) if t.idx >= self.story_start or head.idx < self.story_start]
            text = self.phrase_text(head)
        else:
            text = doc_text(head.doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
        half = self.divided_half(head)
        if half is not None:
            entry = self.gaz.countries[half]
            return PhraseInfo(ActorRef(text=text, name=entry.name, actor_id=entry.actor_id, country=half,
                                       sector="GOV", kind="country", confidence=0.7))
        ship = self.ships.get(head.text) if head.pos_ == "PROPN" or head.text in self.ships else None
        if ship is not None:  # "FS Forbin", later "Forbin": a warship is its navy
            return PhraseInfo(replace(ship, text=text))
        ents = []
        for ent in _ents_in(head.doc, toks):
            if _countered(ent):
                continue  # "the counter-ISIL coalition" is not ISIL
            hit = self.entity_entry(ent)
            if hit and hit[1] == "person":
                hit = self.fitting_office(ent, hit)
            if hit:
                ents.append((ent, hit[0], hit[1]))
        sector, role = self.title_of(toks)
        group = 0
        if head.lemma_.lower() in GROUP_WORDS:
            # "the two sides"; bare plurals ("the ministers", "the leaders") name the parties met so far
            group = _group_size(toks) or (2 if head.tag_ in ("NNS", "NNPS") else 0)
            if not _group_size(toks) and any(c.dep_ in ("det", "predet", "amod") and c.lower_ in UNBOUNDED_QUANTIFIERS
                                             for c in head.children):
                group = 0  # "called on all parties to exercise restraint": nobody in particular
        elif head.tag_ in ("NNS", "NNPS"):
            # "the foreign ministries of both countries", "the leaders of the two nations": the pair's organs
            group = next((_group_size(list(g.subtree)) for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in GROUP_WORDS), 0)
        counterpart = head.lemma_.lower() in COUNTERPART or any(t.lower_ in COUNTERPART for t in toks)
        head_ent = next(((e, en, k) for e, en, k in ents if e.start <= head.i < e.end), None)
        if head_ent is not None:
            ent, entry, kind = head_ent
            if kind == "capital" and head.dep_ == "compound" and head.head.pos_ == "PROPN" \
                    and not any(e.start <= head.head.i < e.end for e, _, _ in ents if e is not ent):
                return PhraseInfo(None)  # "the Manama Dialogue", "Baghdad International Airport": a name
            country = entry.country or self._country_near(head, ents, exclude=ent)
            if kind == "demonym" and head.tag_ in ("NNS", "NNPS") and not _definite(head):
                # "Slovaks gathered": a country's people; "the Americans" in a statement is the state
                return PhraseInfo(ActorRef(text=text, name=entry.name, country=country, sector=sector or "CVL",
                                           kind="group", role=role, confidence=0.6))
            if kind in ("country", "capital", "demonym"):
                # "Iran" → the state; "Iraqi" as head → the country
                ref_sector = sector or "GOV"
                return PhraseInfo(ActorRef(text=text, name=entry.name, actor_id=entry.actor_id, country=country,
                                           sector=ref_sector, kind="country", role=role,
                                           confidence=0.9 if kind != "demonym" else 0.7))
            if kind == "person":
                return PhraseInfo(ActorRef(text=text, name=entry.name, actor_id=entry.actor_id,
                                           country=entry.country or country, sector=entry.sector or sector,
                                           kind="person", role=entry.role or role, confidence=0.9))
            owner = _possessor_country(ent, ents)
            if owner and entry.country and owner != entry.country:
                # "Pakistan's Foreign Office": the possessor's own organ, not the registry's namesake (FCDO)
                return PhraseInfo(ActorRef(text=text, country=owner, sector=entry.sector or sector, kind=entry.kind,
                                           confidence=0.75))
            return PhraseInfo(ActorRef(text=text, name=entry.name, actor_id=entry.actor_id, country=country,
                                       sector=entry.sector or sector, kind=entry.kind, confidence=0.9))
        # the head is not itself a registry entity: a titled person, an organ, or an unknown name
        led = self.leaders_organ(head, ents)
        if led is not None:  # "the Asad regime", "Putin's government": the state that leader governs
            return PhraseInfo(replace(led, text=text))
        coalition = None if ents else self.coalition_named(head, toks)
        if coalition is not None:
            return PhraseInfo(ActorRef(text=text, name=coalition.name, actor_id=coalition.actor_id,
                                       country=coalition.country, sector=coalition.sector, kind="org", confidence=0.6))
        country = self._country_near(head, ents) or next(
            (self.ships[t.text].country for t in toks if t.text in self.ships and t.pos_ == "PROPN"), None) \
            or self.seat_of(head, toks)
        org = next(((e, en) for e, en, k in sorted(ents, key=lambda x: abs(x[0].root.i - head.i))
                    if k in ("org", "igo", "group", "media")), None)
        is_name = head.ent_type_ == "PERSON"
        speaks_for = org is not None and not is_name and head.lemma_.lower() in SPEAKERS_FOR \
            and org[0].root.dep_ == "pobj" and org[0].root.head.lower_ == "for" and org[0].root.head.head.i == head.i
        if speaks_for:  # "a spokesman for the PMF" (but "a State Department spokesperson, Morgan Ortagus" is hers)
            entry = org[1]
            return PhraseInfo(ActorRef(text=text, name=entry.name, actor_id=entry.actor_id, country=entry.country,
                                       sector=entry.sector or sector, kind=entry.kind, role=role, confidence=0.75))
        if org is not None and not is_name and head.lemma_.lower() in MEMBER_NOUNS | GROUP_ASSETS and (
                org[0].root.head.i == head.i and org[0].root.dep_ in ("compound", "nmod", "amod", "poss", "appos")
                or org[0].root.dep_ == "pobj" and org[0].root.head.lower_ == "of" and org[0].root.head.head.i == head.i):
            # "Islamic State militants", "Hezbollah fighters", "the group's gunmen", "fighters of Islamic State
            # Sahel Province": the group acting
            entry = org[1]
            return PhraseInfo(ActorRef(text=text, name=entry.name, actor_id=entry.actor_id, country=entry.country,
                                       sector=entry.sector or sector, kind=entry.kind, role=role, confidence=0.8))
        if org is not None and is_name and not country and org[1].kind in ("group", "org") \
                and org[0].root.dep_ in ("compound", "amod", "nmod", "poss") and org[0].root.head.dep_ == "appos" \
                and org[0].root.head.head.i == head.i:
            # "Abu Jandal al-Kuwaiti, an ISIL gang leader": a named member of the group his apposition names
            entry = org[1]
            return PhraseInfo(ActorRef(text=text, name=_ent_text_at(head), country=entry.country,
                                       sector=entry.sector or sector, kind="person", role=role, confidence=0.7))
        if org is not None and (org[1].sector in ("IGO", "NGO") and not org[1].country or org[1].kind == "media"
                                or org[1].sector == "REB" and org[0].root.head.i == head.i
                                and org[0].root.dep_ in ("compound", "poss", "nmod")):
            # "the Interpol spokesperson", "NATO's secretary-general", "BBC's Jonathan Marcus": people speak
            # for their organisation; "a senior ISIS official", "a Hamas commander" serve their group
            sector = org[1].sector
        elif org is not None and sector is None and not is_name:
            # "the commander of the IRGC" has a title; "the forces of Hezbollah" takes the group's sector
            sector = org[1].sector
        if org is not None and not is_name and org[1].country and country is None:
            country = org[1].country
        named = None if is_name or not role else next(
            (e for e in doc_ents(head.doc) if e.label_ == "PERSON" and _attached(e.root, head) and any(
                t.i == e.root.i for t in toks)), None) or self.holder_after_place(head)
        if named is not None:
            # "a State Department spokesperson, Morgan Ortagus": the title's holder is named beside it
            hit = next(((en, k) for e, en, k in ents if e is named or (e.start, e.end) == (named.start, named.end)), None)
            if hit is not None and hit[1] == "person":
                entry = hit[0]
                return PhraseInfo(ActorRef(text=text, name=entry.name, actor_id=entry.actor_id,
                                           country=entry.country or country, sector=entry.sector or sector,
                                           kind="person", role=entry.role or role, confidence=0.85))
        if is_name or sector or country or group or counterpart:
            if not (country or sector or group or counterpart):
                return PhraseInfo(None)
            name = _ent_text_at(head) if is_name else (named.text if named is not None else None)
            if name is None and role and country and not group and not counterpart and head.tag_ not in ("NNS", "NNPS"):
                holder = self.office_holder(role, country, toks)
                if holder is not None:  # "Niger's president" in 2019: the president of Niger then
                    return PhraseInfo(ActorRef(text=text, name=holder.name, actor_id=holder.actor_id, country=country,
                                               sector=sector or holder.sector, kind="person", role=role,
                                               confidence=0.7))
            conf = 0.75 if country and sector else 0.5
            return PhraseInfo(ActorRef(text=text, name=name, country=country, sector=sector,
                                       kind="person" if is_name or role else "group", role=role, confidence=conf),
                              group_of=group, counterpart=counterpart)
        return PhraseInfo(None)

    def leaders_organ(self, head, ents) -> ActorRef | None:
        """"The Asad regime", "the Putin government", "President Maduro's administration": a seated organ named
        after the person who leads it is that state's government, not the person."""
        if head.lemma_.lower() not in SEATED_ORGANS or head.tag_ in ("NNS", "NNPS"):
            return None
        for ent, entry, kind in ents:
            if kind != "person" or not entry.country or not _names_organ(ent.root, head):
                continue
            country = self.gaz.countries.get(entry.country)
            organ = next((e for e, k in self.gaz.lookup(f"Government of {country.name}")
                          if k == "org" and e.country == entry.country), None) if country is not None else None
            if organ is not None:
                return ActorRef(text=head.text, name=organ.name, actor_id=organ.actor_id, country=organ.country,
                                sector="GOV", kind="org", confidence=0.85)
            return ActorRef(text=head.text, name=country.name if country is not None else None,
                            actor_id=country.actor_id if country is not None else None, country=entry.country,
                            sector="GOV", kind="country", confidence=0.8)
        return None

    def holder_after_place(self, head):
        """The name the parser hung on a title's place: in "US Ambassador to Germany Richard Grenell" or
        "Minister for Europe Alan Duncan" the name is the object of the title's preposition, with the place or
        office as its compound. The name's own compound must be a name that is not a title, so "the
        spokesman of President X" and "the wife of Richard Grenell" are somebody else."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "of", "for"):
                continue
            for obj in prep.children:
                ent = ent_at(obj) if obj.dep_ == "pobj" and obj.ent_type_ == "PERSON" else None
                if ent is None or ent.root.i != obj.i:
                    continue
                before = [c for c in obj.children if c.dep_ == "compound" and c.i < ent.start]
                if before and all(c.pos_ == "PROPN" and c.lemma_.lower() not in self.gaz.titles
                                  and c.lower_ not in self.gaz.titles for c in before):
                    return ent
        return None

    def coalition_named(self, head, toks) -> ActorEntry | None:
        """"the coalition", "Coalition aircraft", "the global coalition": the led coalition the story names
        before ("the Saudi-led coalition"), else, in a story of the war on the Islamic State, the US-led one
        (ANNOTATION.md codes it USA). A coalition of no known leader stays unresolved."""
        if not any(t.lemma_.lower() == "coalition" for t in toks if t.i <= head.i):
            return None
        text = doc_text(head.doc)
        led = [self.gaz.lookup(m.group(0)) for m in LED_COALITION.finditer(text, 0, head.idx)]
        led = [hits[0][0] for hits in led if hits and hits[0][0].country]
        if led:
            return led[-1]
        if ISLAMIC_STATE.search(text):
            hits = self.gaz.lookup("US-led coalition")
            return hits[0][0] if hits else None
        return None

    def seat_of(self, head, toks) -> str | None:
        """"the government in Kabul", "government forces in Syria", "police in Niamey": a state's organ placed
        only by where it governs or keeps order is that state's (troops "in Syria" may be anyone's, so only
        organs that govern there and the forces of order); so are people of no side ("residents in Gaza")."""
        local = head.lemma_.lower() in LOCAL_FORCES or (head.lemma_.lower() == "force" and any(
            c.lower_ == "security" for c in head.children if c.dep_ in ("compound", "amod"))) \
            or self.title_of([head])[1] in PLACED_BY_WHERE
        if not local and not ({t.lemma_.lower() for t in toks} & SEATED_ORGANS):
            return None
        doc, end = head.doc, max(t.i for t in toks)
        # the words right after the phrase: the parser often hangs "in Damascus" on the verb instead
        if end + 2 < len(doc) and doc[end + 1].lower_ == "in" and doc[end + 2].ent_type_ == "GPE":
            ent = ent_at(doc[end + 2])  # its own entity: the "in" before it is outside any
            hit = self.gaz.lookup(ent.text) if ent is not None else []
            if hit and hit[0][1] in ("country", "capital") and hit[0][0].country:
                return hit[0][0].country
        return None

    def _country_near(self, head, ents, exclude=None) -> str | None:
        """The country of the phrase: its flag ("the Liberian-flagged tanker Marisol Dawn", whatever outlet or
        firm its name recalls), else an org's country, else the country mention nearest the head."""
        flag = next((entry.country for ent, entry, kind in ents if entry.country and _flags(ent)), None)
        if flag is not None:
            return flag
        best = None
        for ent, entry, kind in ents:
            if ent is exclude or not entry.country:
                continue
            rank = (0 if kind in ("org", "group", "media") else 1, abs(ent.root.i - head.i))
            country = _possessor_country(ent, ents) if kind in ("org", "group", "media") else None
            if best is None or rank < best[0]:
                best = (rank, country or entry.country)
        return best[1] if best else None


def _flags(ent) -> bool:
    """"Liberian-flagged", "Panama-flagged": the entity names the flag a ship flies."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "flagged"


def of_no_side(ref: ActorRef | None) -> bool:
    """People of no stated side: "thousands of protesters", "nine militants", "residents" (no demonym, no
    organisation, no name)."""
    return ref is not None and not (ref.country or ref.name or ref.actor_id) and ref.role in PLACED_BY_WHERE


def placed_by_where(ref: ActorRef | None, country: str) -> ActorRef | None:
    """People of no stated side take the country of the place where they act or are acted upon."""
    return replace(ref, country=country, confidence=min(ref.confidence, 0.4)) if of_no_side(ref) else ref


def document_ships(doc, gaz: Gazetteer) -> dict[str, ActorRef]:
    """Warships the document names with a navy prefix ("USS Mahan", "HMS Ocean", "FS Forbin"), by the last
    word of the name, so that the bare name later ("Forbin is joining …") is the same ship."""
    ships = {}
    for tok in doc:
        navy = gaz.ship_prefixes.get(tok.text)
        if navy is None or tok.i + 1 >= len(doc) or not doc[tok.i + 1].text[:1].isupper():
            continue
        name = [doc[tok.i + 1]]
        while name[-1].i + 1 < len(doc) and doc[name[-1].i + 1].text[:1].isupper() and doc[name[-1].i + 1].is_alpha \
                and len(name) < 3 and not doc[name[-1].i + 1].is_sent_start:
            name.append(doc[name[-1].i + 1])
        full = " ".join([tok.text] + [t.text for t in name])
        ships[name[-1].text] = ActorRef(text=full, name=full, country=navy[0], sector="MIL", kind="org",
                                        role="warship", confidence=0.8)
    return ships


def _possessor_country(ent, ents) -> str | None:
    """"the political arm of Jordan's Muslim Brotherhood": an organisation a country's name possesses is that
    country's branch or organ, whatever country the registry gives the namesake."""
    return next((en.country for e, en, k in ents if k in ("country", "capital") and en.country
                 and e.root.dep_ == "poss" and ent.start <= e.root.head.i < ent.end), None)


NAME_LINKS = {"-", "al", "el", "bin", "ibn", "bint", "de", "van", "von"}


def _name_parts(ent) -> tuple[list, list]:
    """(the title words right before a person entity, the name's words after it): in "Prime Minister Hadi
    al-Mansouri" with the entity "Hadi", (Prime Minister, al - Mansouri). Only words of the name's own
    compound chain count, so a title elsewhere in the phrase is not this person's."""
    doc = ent.doc
    chain = {t.i for t in ent} | {ent.root.head.i}
    rest = []
    i = ent.end
    while i < len(doc) and not doc[i].is_sent_start and (doc[i].pos_ == "PROPN" or doc[i].lower_ in NAME_LINKS) \
            and (doc[i].head.i in chain or doc[i].i in chain or any(c.i in chain for c in doc[i].children)):
        chain.add(i)
        rest.append(doc[i])
        i += 1
    title = []
    i = ent.start - 1
    while i >= 0 and doc[i].dep_ in ("compound", "amod", "flat", "nn") and doc[i].head.i in chain | {t.i for t in title}:
        title.insert(0, doc[i])
        i -= 1
    return title, [t for t in rest if t.is_alpha]


def _countered(ent) -> bool:
    """An entity named as what a group is against: "counter-ISIL", "anti-Daesh"."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ in ("counter", "anti")


def _attached(tok, head) -> bool:
    """Is `tok` an apposition or name part of `head` ("spokesperson, Morgan Ortagus", "President Xi"), not
    inside a prepositional phrase ("the wife of X")?"""
    for _ in range(4):
        if tok.i == head.i:
            return True
        if tok.dep_ not in ("appos", "compound", "flat", "nn") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.i == head.i


def _names_organ(tok, organ) -> bool:
    """Does a name modify the organ directly ("the Asad regime", "Putin's government"), or through its own title
    ("President Asad's regime")?"""
    for _ in range(3):
        if tok.head.i == organ.i:
            return tok.dep_ in ("compound", "poss", "nmod", "amod")
        if tok.dep_ not in ("compound", "flat", "nn"):
            return False
        tok = tok.head
    return False


def _definite(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _ents_in(doc, toks) -> list:
    """The entities that any of the tokens belongs to, in document order."""
    found = {e.start: e for e in (ent_at(t) for t in toks) if e is not None}
    return [found[k] for k in sorted(found)]


def _ent_text_at(tok) -> str | None:
    ent = ent_at(tok)
    return ent.text if ent is not None else None


def _group_size(toks) -> int:
    for t in toks:
        if t.lower_ in ("two", "both"):
            return 2
        if t.lower_ == "three":
            return 3
    return 0


def phrase_head(tok, titles) -> object:
    """The actor a token is part of: "Iranian" in "a senior Iranian general" → general, "Iran" in "the
    commander of Iran's army" → commander; but not "Iraq" in "Iraq's security" (not an actor word)."""
    def actorish(t):
        return t.lemma_.lower() in titles or t.lower_ in titles or t.ent_type_ in ("PERSON", "ORG")

    for _ in range(6):
        if tok.dep_ in ("compound", "amod", "poss", "nmod", "nn") and tok.head.i != tok.i and actorish(tok.head):
            tok = tok.head
        elif tok.dep_ == "pobj" and (tok.head.lower_ == "of" and actorish(tok.head.head) or tok.head.lower_ == "from"
                                     and tok.head.head.lemma_.lower() in FROM_HEADS):
            tok = tok.head.head
        else:
            break
    return tok


def resolve_actors(parsed, resolver: Resolver) -> list[Mention]:
    """Every entity or titled phrase in the document that resolves to an actor, in text order."""
    gaz = resolver.gaz
    doc = parsed.doc
    sent_index = {s.start: n for n, s in enumerate(doc.sents)}
    starts = sorted(sent_index)
    mentions = []
    seen = set()
    resolver.ships = document_ships(doc, gaz)  # before the people: an officer aboard a ship is of its navy
    resolver.people = document_people(doc, resolver)
    for ent in doc_ents(doc):
        head = phrase_head(ent.root, gaz.titles)
        if head.i in seen:
            continue
        info = resolver.resolve_phrase(head)
        if info.ref is None and _countered(ent):
            continue
        if info.ref is None and head.i != ent.root.i:  # the larger phrase names nobody: the entity alone
            head = ent.root
            info = resolver.resolve_phrase(head)
        if info.ref is None:
            if ent.label_ not in ("PERSON", "ORG", "NORP"):
                continue
            if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound", "nmod", "npadvmod") \
                    and not ent.start <= ent.root.head.i < ent.end:
                continue  # "Islamic states", "Kurdish-led forces": an unknown adjective describes, it is no actor
            # unknown to the registry: kept with no guess, so `dyad actors --unresolved` can list it
            info = PhraseInfo(ActorRef(text=ent.text, kind=ent.label_.lower(), confidence=0.2))
        seen.add(head.i)
        sent = sent_index[max(s for s in starts if s <= ent.start)]
        a, b = phrase_span(head, resolver.story_start) if head.i != ent.root.i else (ent.start_char, ent.end_char)
        a, b = min(a, ent.start_char), max(b, ent.end_char)
        span = Span(a, b, doc_text(doc)[a:b])
        mentions.append(Mention(span=span, actor=replace(info.ref, text=span.text), sentence=sent,
                                head=head.idx, via="gazetteer" if ent.ent_id_ else "ner"))
    return place_organs(doc, mentions, resolver)


STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
# offices of a state rather than persons holding them ("the commander of …" may be anyone's)
ORGAN_ROLES = {"ministry", "legislature", "council", "government", "embassy", "committee", "authorities", "court"}


def place_organs(doc, mentions: list[Mention], resolver: Resolver) -> list[Mention]:
    """State organs the sentence leaves without a country ("the Parliament", "the Defense Ministry"): inside
    a quote the speaker's own ("in the Defense Ministry we will …"), else the country of the last mention
    with the same head word ("the Parliament of Iraq" … "the Parliament's decision"), else the country the
    document names most. Only organs with a state sector: gunmen, militants and civilians are never given a
    country this way, nor are named persons."""
    from ..attributes.quotes import quote_spans, speaker_heads

    spans = quote_spans(doc_text(doc))
    speakers = {}
    for q, tok in speaker_heads(list(doc.sents), spans,
                                lambda t: t.pos_ == "PRON" or resolver.resolve_phrase(t).ref is not None).items():
        ref = resolver.resolve_phrase(tok).ref
        if ref is not None and ref.country:
            speakers[q] = ref.country
    by_idx = {t.idx: t for t in doc}
    counts: dict[str, int] = {}
    for m in mentions:
        if m.actor.country:
            counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
    main = max(counts, key=lambda c: (counts[c], -min(i for i, x in enumerate(mentions) if x.actor.country == c)),
               default=None)
    out, by_head = [], {}
    for m in mentions:
        a, head = m.actor, by_idx.get(m.head)
        if head is not None and a.country:
            by_head[head.lemma_.lower()] = a.country
        if a.country or a.sector not in STATE_SECTORS or a.name or head is None or head.ent_type_ == "PERSON" \
                or head.tag_ in ("NNS", "NNPS") or (a.role not in ORGAN_ROLES and a.kind != "org"):
            out.append(m)
            continue
        quoted = next((c for (qa, qb), c in speakers.items() if qa <= m.span.start < qb), None)
        country = quoted or by_head.get(head.lemma_.lower()) or main
        out.append(replace(m, actor=replace(a, country=country, confidence=min(a.confidence, 0.4))) if country else m)
    return out
