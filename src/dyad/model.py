"""The data model: frozen dataclasses that cross stage (and process) boundaries, and nothing else.

Contract chain: source → RawArticle → Document → Parsed → list[Mention] → list[Event] → DocumentResult.
Only these types travel between workers; spaCy objects stay inside `nlp.py`'s `Parsed`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class PloverType(str, Enum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Sector(str, Enum):
    GOV = "GOV"
    MIL = "MIL"
    COP = "COP"
    JUD = "JUD"
    LEG = "LEG"
    PTY = "PTY"
    REB = "REB"
    SPY = "SPY"
    UAF = "UAF"
    OPP = "OPP"
    BUS = "BUS"
    CVL = "CVL"
    EDU = "EDU"
    ELI = "ELI"
    JRN = "JRN"
    LAB = "LAB"
    MED = "MED"
    REF = "REF"
    PRE = "PRE"
    REL = "REL"
    IGO = "IGO"
    NGO = "NGO"


@dataclass(frozen=True)
class RawArticle:
    """What a reader got from a source, before any cleaning."""

    text: str
    source_id: str  # stable, readable: JSONL/CSV id, relative path without extension, canonical URL
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    path: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Document:
    """A cleaned article: normalised text plus metadata and the content hash that keys idempotent ingest."""

    doc_id: str
    text: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: str | None = None  # where the date came from: metadata, dateline, flag, html, None
    published_partial: str | None = None  # "YYYY" or "YYYY-MM" when only that much is known (published is None)
    language: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Span:
    start: int  # character offsets into Document.text
    end: int
    text: str


@dataclass(frozen=True)
class ActorRef:
    """A resolved (or partly resolved) participant of an event."""

    text: str
    name: str | None = None
    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str | None = None  # country, org, person, igo, group
    role: str | None = None
    confidence: float = 1.0

    def as_record(self) -> dict[str, Any]:
        return {"text": self.text, "actor_id": self.actor_id, "name": self.name,
                "country": self.country, "sector": self.sector}


@dataclass(frozen=True)
class Mention:
    """An actor mention found in the text and what it resolved to."""

    span: Span
    actor: ActorRef
    sentence: int  # index of the sentence in Parsed.sentences
    head: int  # character offset of the syntactic head token (links mentions to the parse)
    via: str = "gazetteer"  # gazetteer, title, ner, coref


@dataclass(frozen=True)
class Place:
    text: str
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def as_record(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class Quote:
    speaker: ActorRef | None
    text: str
    span: Span
    sentence: int


@dataclass(frozen=True)
class Event:
    """One coded event in one document."""

    event_id: str
    doc_id: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    plover_score: float | None
    actor: ActorRef | None
    recipient: ActorRef | None
    evidence: Span
    trigger: Span
    sentence: int
    actor_group: tuple[ActorRef, ...] = ()
    recipient_group: tuple[ActorRef, ...] = ()
    date: str | None = None
    date_precision: str = "unknown"  # day, month, year, unknown
    location: Place | None = None
    reported_only: bool = False
    claimed_by: ActorRef | None = None
    confidence: float = 0.5
    rule: str = ""  # which rule or model fired: for --explain


@dataclass(frozen=True)
class Source:
    doc_id: str
    outlet: str | None
    url: str | None
    published: str | None
    evidence: Span


@dataclass(frozen=True)
class FusedEvent:
    fused_id: str
    event_ids: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class DocumentResult:
    """Everything the pipeline computed for one document; the runner hands it to the store."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sentences: tuple[Span, ...] = ()


@dataclass
class RunReport:
    """Counts of one run; the CLI renders it and derives the exit code from `failed`."""

    read: int = 0
    added: int = 0
    skipped: int = 0  # already stored (same content hash)
    failed: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    notes: list[str] = field(default_factory=list)  # sources skipped on purpose, with why
    events_by_type: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    words: int = 0
