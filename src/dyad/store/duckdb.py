"""Store: one writer over a DuckDB file; upsert by document, queries for the CLI, API and exports."""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import SchemaTooNew, StoreError
from ..model import ActorRef, DocumentResult, Event
from .migrations import MIGRATIONS, SCHEMA_VERSION

EVENT_COLUMNS = ["event_id", "doc_id", "event_type", "mode", "context", "cameo", "plover_score",
                 "actor_text", "actor_id", "actor_name", "actor_country", "actor_sector",
                 "recipient_text", "recipient_id", "recipient_name", "recipient_country", "recipient_sector",
                 "actor_group", "recipient_group", "date", "date_precision", "location", "location_country",
                 "reported_only", "claimed_by", "confidence", "evidence_sentence", "evidence_start",
                 "evidence_end", "trigger_text", "trigger_start", "sentence", "rule", "fused_id"]


@dataclass(frozen=True)
class EventFilter:
    event_type: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    sector: str | None = None  # either side
    since: str | None = None
    until: str | None = None
    text: str | None = None  # substring of the evidence sentence
    doc_id: str | None = None
    min_confidence: float | None = None
    include_background: bool = True
    limit: int | None = None


def _ref(ref: ActorRef | None) -> dict | None:
    return ref.as_record() if ref else None


class Store:
    """All reads and writes of one database file. Writes are serialised and transactional per document."""

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False):
        self.path = str(path)
        try:
            if read_only and self.path != ":memory:" and not Path(self.path).exists():
                raise StoreError(f"database {self.path} does not exist: run `dyad ingest … --db {self.path}` first")
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        self._lock = threading.Lock()
        self.read_only = read_only
        self.migrate()

    # -- schema ------------------------------------------------------------------------------------
    def migrate(self) -> None:
        try:
            tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
            if "schema_migrations" not in tables:
                if self.read_only:
                    raise StoreError(f"{self.path} is not a dyad database (no schema_migrations table)")
                if tables:
                    raise StoreError(f"{self.path} holds other tables and is not a dyad database; use a new file")
                self.con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                                 "applied_at TIMESTAMP DEFAULT current_timestamp)")
            applied = {r[0] for r in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a readable dyad database: {exc}") from exc
        if applied and max(applied) > SCHEMA_VERSION:
            raise SchemaTooNew(f"{self.path} has schema version {max(applied)}, newer than this dyad "
                               f"({SCHEMA_VERSION}): upgrade dyad")
        for version, (name, fn) in enumerate(MIGRATIONS, 1):
            if version in applied:
                continue
            if self.read_only:
                raise StoreError(f"{self.path} needs migration {name}: open it once without read-only")
            self.con.execute("BEGIN")
            try:
                fn(self.con)
                self.con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration {name} failed: {exc}") from exc

    def schema_version(self) -> int:
        return self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0

    # -- writes ------------------------------------------------------------------------------------
    def has_hash(self, content_hash: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE content_hash = ? LIMIT 1",
                                [content_hash]).fetchone() is not None

    def write_result(self, result: DocumentResult) -> None:
        """Replace everything stored for the document with this result, atomically."""
        d = result.document
        with self._lock:
            self.con.execute("BEGIN")
            try:
                for table in ("events", "mentions", "quotes", "documents"):
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [d.doc_id])
                self.con.execute(
                    "INSERT INTO documents (doc_id, content_hash, title, url, outlet, published, published_source, "
                    "published_partial, language, path, text, n_sentences) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [d.doc_id, d.content_hash, d.title, d.url, d.outlet, d.published, d.published_source,
                     d.published_partial, d.language, d.path, d.text, len(result.sentences)])
                self._insert("mentions", None, [
                    [d.doc_id, m.span.start, m.span.end, m.span.text, m.actor.actor_id, m.actor.name,
                     m.actor.country, m.actor.sector, m.actor.kind, m.via, m.sentence, m.actor.confidence]
                    for m in result.mentions])
                actors = {m.actor.actor_id: m.actor for m in result.mentions if m.actor.actor_id}
                self._insert("actors", None, [[a.actor_id, a.name, a.country, a.sector, a.kind] for a in actors.values()],
                             suffix=" ON CONFLICT (actor_id) DO NOTHING")
                self._insert("events", EVENT_COLUMNS, [self._event_row(e) for e in result.events])
                self._insert("quotes", None, [
                    [d.doc_id, q.span.start, q.span.end, q.text, json.dumps(_ref(q.speaker)),
                     q.speaker.country if q.speaker else None, q.sentence] for q in result.quotes])
                self.con.execute("COMMIT")
            except Exception as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"could not store {d.doc_id}: {exc}; nothing of it was written") from exc

    def _insert(self, table: str, columns: list[str] | None, rows: list[list], suffix: str = "") -> None:
        """One multi-row INSERT: DuckDB's executemany runs a statement per row, far slower."""
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            row_sql = "(" + ", ".join("?" * len(chunk[0])) + ")"
            cols = f" ({', '.join(columns)})" if columns else ""
            self.con.execute(f"INSERT INTO {table}{cols} VALUES " + ", ".join([row_sql] * len(chunk)) + suffix,
                             [v for row in chunk for v in row])

    @staticmethod
    def _event_row(e: Event) -> list:
        a, r = e.actor, e.recipient
        return [e.event_id, e.doc_id, e.event_type, e.mode, list(e.context), e.cameo, e.plover_score,
                a and a.text, a and a.actor_id, a and a.name, a and a.country, a and a.sector,
                r and r.text, r and r.actor_id, r and r.name, r and r.country, r and r.sector,
                json.dumps([x.as_record() for x in e.actor_group]), json.dumps([x.as_record() for x in e.recipient_group]),
                e.date, e.date_precision, json.dumps(e.location.as_record() if e.location else None),
                e.location.country if e.location else None, e.reported_only, json.dumps(_ref(e.claimed_by)),
                e.confidence, e.evidence.text, e.evidence.start, e.evidence.end, e.trigger.text, e.trigger.start,
                e.sentence, e.rule, "fe_" + e.event_id[3:]]

    # -- reads -------------------------------------------------------------------------------------
    def _rows(self, sql: str, params: list | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def events(self, f: EventFilter = EventFilter()) -> list[dict[str, Any]]:
        """Event records in dyad's JSONL shape (DESIGN.md), filtered, in document and text order."""
        where, params = [], []
        for col, val in (("e.event_type", f.event_type), ("e.actor_country", f.actor_country),
                         ("e.recipient_country", f.recipient_country), ("e.doc_id", f.doc_id)):
            if val:
                where.append(f"upper({col}) = upper(?)")
                params.append(val)
        if f.sector:
            where.append("(upper(e.actor_sector) = upper(?) OR upper(e.recipient_sector) = upper(?))")
            params += [f.sector, f.sector]
        if f.since:
            where.append("e.date >= ?")
            params.append(f.since)
        if f.until:
            where.append("e.date <= ? || '~'")
            params.append(f.until)
        if f.text:
            where.append("e.evidence_sentence ILIKE ?")
            params.append(f"%{f.text}%")
        if f.min_confidence is not None:
            where.append("e.confidence >= ?")
            params.append(f.min_confidence)
        if not f.include_background:
            where.append("NOT e.reported_only")
        sql = ("SELECT e.*, d.outlet, d.url, d.published FROM events e JOIN documents d USING (doc_id)"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY e.doc_id, e.evidence_start, e.trigger_start"
               + (f" LIMIT {int(f.limit)}" if f.limit else ""))
        return [to_record(r) for r in self._rows(sql, params)]

    def documents(self) -> list[dict[str, Any]]:
        return self._rows("SELECT doc_id, title, outlet, published, published_partial, published_source, language, content_hash, n_sentences "
                          "FROM documents ORDER BY doc_id")

    def quotes(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        rows = self._rows("SELECT * FROM quotes" + (" WHERE doc_id = ?" if doc_id else "") +
                          " ORDER BY doc_id, start_char", [doc_id] if doc_id else [])
        for r in rows:
            r["speaker"] = json.loads(r["speaker"]) if r["speaker"] else None
        return rows

    def actor_mentions(self, unresolved: bool = False, limit: int = 50) -> list[dict[str, Any]]:
        """Actors by mention frequency; `unresolved` lists mentions with no registry id instead."""
        if unresolved:
            return self._rows("SELECT text, any_value(country) AS country, any_value(sector) AS sector, "
                              "count(*) AS mentions, count(DISTINCT doc_id) AS documents FROM mentions "
                              "WHERE actor_id IS NULL GROUP BY text ORDER BY mentions DESC, text LIMIT ?", [limit])
        return self._rows("SELECT actor_id, any_value(name) AS name, any_value(country) AS country, "
                          "any_value(sector) AS sector, count(*) AS mentions, count(DISTINCT doc_id) AS documents "
                          "FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id "
                          "ORDER BY mentions DESC, actor_id LIMIT ?", [limit])

    def counts(self) -> dict[str, Any]:
        by_type = dict(self.con.execute("SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall())
        return {"documents": self.con.execute("SELECT count(*) FROM documents").fetchone()[0],
                "events": sum(by_type.values()), "events_by_type": by_type}

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _load(v):
    return json.loads(v) if isinstance(v, str) else v


def to_record(r: dict[str, Any]) -> dict[str, Any]:
    """A stored event row as dyad's JSONL record (DESIGN.md)."""
    def side(prefix):
        if r[f"{prefix}_text"] is None and r[f"{prefix}_country"] is None:
            return None
        return {"text": r[f"{prefix}_text"], "actor_id": r[f"{prefix}_id"], "name": r[f"{prefix}_name"],
                "country": r[f"{prefix}_country"], "sector": r[f"{prefix}_sector"]}

    evidence = {"sentence": r["evidence_sentence"], "start": r["evidence_start"], "end": r["evidence_end"]}
    published = r.get("published")
    return {
        "id": r["event_id"], "doc_id": r["doc_id"], "event_type": r["event_type"], "mode": r["mode"],
        "context": list(r["context"] or []), "cameo": r["cameo"], "plover_score": r["plover_score"],
        "actor": side("actor"), "recipient": side("recipient"),
        "actor_group": _load(r["actor_group"]) or [], "recipient_group": _load(r["recipient_group"]) or [],
        "date": r["date"], "date_precision": r["date_precision"], "location": _load(r["location"]),
        "reported_only": bool(r["reported_only"]), "claimed_by": _load(r["claimed_by"]),
        "confidence": r["confidence"], "evidence": evidence,
        "sources": [{"doc_id": r["doc_id"], "outlet": r.get("outlet"), "url": r.get("url"),
                     "published": published.isoformat() if published else None, "evidence": evidence}],
        "fused_id": r["fused_id"], "trigger": r["trigger_text"], "rule": r["rule"],
    }


def open_store(path: str | Path, read_only: bool = False) -> Store:
    return Store(path, read_only=read_only)
