"""The actor registry: countries, organisations, outlets, titles and office holders, from data/ CSV files."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..data import data_path, read_csv
from ..errors import ConfigError

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "UAF", "OPP", "BUS", "CVL", "EDU", "ELI",
           "JRN", "LAB", "MED", "REF", "PRE", "REL", "IGO", "NGO"}
# Ruler labels by kind: the spaCy NER keeps its own labels for everything else.
LABELS = {"country": "GPE", "capital": "GPE", "demonym": "NORP", "org": "ORG", "igo": "ORG", "group": "ORG",
          "media": "ORG", "person": "PERSON"}


@dataclass(frozen=True)
class ActorEntry:
    actor_id: str
    name: str
    country: str | None
    sector: str | None
    kind: str  # country, org, igo, group, media, person
    role: str | None = None
    start: str | None = None  # office held from (persons)
    end: str | None = None


@dataclass(frozen=True)
class Title:
    sector: str
    role: str
    rank: bool  # a military rank: weaker evidence of the office than "minister" or "president"


@dataclass
class Gazetteer:
    """Alias → candidate entries; alias kinds tell the ruler which label to give."""

    aliases: dict[str, list[tuple[ActorEntry, str]]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[str, Title] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)  # alias -> outlet name
    outlet_entries: dict[str, ActorEntry] = field(default_factory=dict)  # alias key -> the outlet as a MED actor
    # alias keys of national news agencies and state media (outlets.csv `national`): a nameless office in their
    # stories is their country's; an international wire's (Reuters, AFP) is nobody's in particular
    national_outlets: set[str] = field(default_factory=set)
    persons: list[ActorEntry] = field(default_factory=list)
    countries: dict[str, ActorEntry] = field(default_factory=dict)  # iso3 -> entry
    surfaces: set[str] = field(default_factory=set)  # aliases as written in the data files
    person_names: list[str] = field(default_factory=list)  # persons[i].name, for fuzzy matching
    given_names: set[str] = field(default_factory=set)  # first names, never matched as surnames
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # person id -> last words
    ship_prefixes: dict[str, tuple[str, str]] = field(default_factory=dict)  # "HMS" -> (GBR, Royal Navy)

    @staticmethod
    def key(alias: str) -> str:
        return re.sub(r"\s+", " ", alias.replace("’", "'")).strip().lower()

    def lookup(self, alias: str) -> list[tuple[ActorEntry, str]]:
        return self.aliases.get(self.key(alias), [])

    def add_surface(self, alias: str, entry: ActorEntry, kind: str, first: bool = False) -> None:
        """Register an alias as written (the ruler matches it case-sensitively) and by its key;
        `first` puts the entry ahead of bundled ones (users' own files override)."""
        if alias.strip():
            self.surfaces.add(alias.strip())
            cands = self.aliases[self.key(alias)]
            cands.insert(0, (entry, kind)) if first else cands.append((entry, kind))

    def ruler_patterns(self) -> list[dict]:
        """EntityRuler patterns: each surface alias labelled by its first entry's kind, the alias key as id."""
        pats = []
        for alias in sorted(self.surfaces):
            key = self.key(alias)
            label = LABELS[self.aliases[key][0][1]]
            # transliterated articles are written both ways: al-Sudani / Al-Sudani, el-Sisi / El-Sisi
            variants = {alias, re.sub(r"\b(al|el|ad|as|ash|an)-", lambda m: m[1].capitalize() + "-", alias),
                        re.sub(r"\b(Al|El|Ad|As|Ash|An)-", lambda m: m[1].lower() + "-", alias)}
            # and with a typographic apostrophe: Da'esh / Da’esh, Sana'a / Sana’a
            variants |= {v.replace("'", "’") for v in variants if "'" in v}
            pats.extend({"label": label, "pattern": v, "id": key} for v in sorted(variants))
        for alias in sorted(self.outlets):
            pats.append({"label": "ORG", "pattern": alias, "id": "outlet:" + self.key(alias)})
        return pats


def surname_key(word: str) -> str:
    """A surname as compared across spellings: lower case, no diacritics, no Arabic article ("al-Sudani",
    "Sudani"; "Erdoğan", "Erdogan")."""
    word = unicodedata.normalize("NFKD", word.replace("’", "'").lower())
    word = "".join(c for c in word if not unicodedata.combining(c))
    return re.sub(r"^(al|el|ad|as|ash|an|ar|az)-", "", word.split("'s")[0])


def _split(v: str) -> list[str]:
    return [x.strip() for x in (v or "").split("|") if x.strip()]


def _check(row: dict, where: str, country_codes: set[str]) -> None:
    sector = row.get("sector") or ""
    if sector and sector not in SECTORS:
        raise ConfigError(f"{where}: unknown sector {sector!r}; use one of {' '.join(sorted(SECTORS))}")
    country = row.get("country") or ""
    if country and country_codes and country not in country_codes:
        raise ConfigError(f"{where}: unknown country code {country!r} (ISO 3166-1 alpha-3 expected)")


def add_org_rows(gaz: Gazetteer, rows: list[dict], where: str, first: bool = False) -> None:
    codes = set(gaz.countries)
    for n, row in enumerate(rows, 2):
        if not row.get("alias"):
            raise ConfigError(f"{where}:{n}: missing 'alias' (columns: alias,name,actor_id,country,sector,kind)")
        _check(row, f"{where}:{n}", codes)
        kind = row.get("kind") or "org"
        if kind not in LABELS:
            raise ConfigError(f"{where}:{n}: unknown kind {kind!r}")
        name = row.get("name") or row["alias"]
        entry = ActorEntry(actor_id=row.get("actor_id") or "org:" + Gazetteer.key(name).replace(" ", "-"),
                           name=name, country=row.get("country") or None, sector=row.get("sector") or None,
                           kind=kind)
        gaz.add_surface(row["alias"], entry, kind, first)


def load_gazetteer(extra_files: tuple[str, ...] | list[str] = ()) -> Gazetteer:
    """The bundled registry plus users' own organisation files (`--actors FILE`, organizations.csv columns)."""
    gaz = Gazetteer()
    for row in read_csv("countries.csv"):
        iso = row["iso3"]
        entry = ActorEntry(actor_id=f"country:{iso}", name=row["name"], country=iso, sector="GOV", kind="country")
        gaz.countries[iso] = entry
        for alias in {row["name"], *_split(row["aliases"])}:
            gaz.add_surface(alias, entry, "country")
        for alias in _split(row["demonyms"]):
            gaz.add_surface(alias, entry, "demonym")
        for alias in _split(row["capitals"]):
            gaz.add_surface(alias, entry, "capital")
    add_org_rows(gaz, read_csv("organizations.csv"), "organizations.csv")
    for row in read_csv("outlets.csv"):
        gaz.outlets[row["alias"]] = row["name"]
        # an outlet is also an actor ("Fars News Agency quoted him", "the BBC reported"): media, its country
        gaz.outlet_entries[Gazetteer.key(row["alias"])] = ActorEntry(
            actor_id="outlet:" + Gazetteer.key(row["name"]).replace(" ", "-"), name=row["name"],
            country=row.get("country") or None, sector="MED", kind="media")
        if (row.get("national") or "").strip().lower() == "yes":
            gaz.national_outlets.add(Gazetteer.key(row["alias"]))
    for row in read_csv("ship_prefixes.csv"):
        gaz.ship_prefixes[row["prefix"]] = (row["country"], row["navy"])
    for row in read_csv("titles.csv"):
        gaz.titles[Gazetteer.key(row["title"])] = Title(sector=row["sector"], role=row.get("role") or row["title"],
                                                        rank=row.get("role") == "rank")
    for row in (read_csv("persons.csv") if data_path("persons.csv").exists() else []):
        entry = ActorEntry(actor_id="person:" + Gazetteer.key(row["name"]).replace(" ", "-"), name=row["name"],
                           country=row.get("country") or None, sector=row.get("sector") or None, kind="person",
                           role=row.get("role") or None, start=row.get("start") or None, end=row.get("end") or None)
        gaz.persons.append(entry)
        for alias in {row["name"], *_split(row.get("aliases", ""))}:
            gaz.add_surface(alias, entry, "person")
            gaz.surnames[entry.actor_id].add(surname_key(alias.split()[-1]))
    gaz.person_names = [p.name for p in gaz.persons]
    gaz.given_names = {p.name.split()[0].lower() for p in gaz.persons if len(p.name.split()) > 1}
    for path in extra_files:
        if not Path(path).is_file():
            raise ConfigError(f"actor file {path} not found")
        try:
            rows = read_csv(Path(path).resolve())
        except (OSError, UnicodeDecodeError, KeyError) as exc:
            raise ConfigError(f"cannot read actor file {path}: {exc}") from exc
        add_org_rows(gaz, rows, str(path), first=True)
    return gaz
