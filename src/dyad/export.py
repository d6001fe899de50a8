"""Exports of stored events: JSON Lines (dyad's record), CSV and Parquet (flat), GraphML (actor network),
and PLOVER (the PLOVER manual's own record)."""
from __future__ import annotations

import csv
import json
import os
from collections import Counter
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from .errors import UnsupportedFormat
from .store import EventFilter, Store

FORMATS = ("jsonl", "csv", "parquet", "graphml", "plover")
FLAT_COLUMNS = ["id", "doc_id", "event_type", "mode", "context", "cameo", "plover_score", "actor_text",
                "actor_name", "actor_id", "actor_country", "actor_sector", "recipient_text", "recipient_name",
                "recipient_id", "recipient_country", "recipient_sector", "date", "date_precision", "location_name",
                "location_country", "location_lat", "location_lon", "reported_only", "claimed_by", "confidence",
                "evidence", "evidence_start", "evidence_end", "outlet", "url", "published", "fused_id"]


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    a, r, loc = rec["actor"] or {}, rec["recipient"] or {}, rec["location"] or {}
    src = rec["sources"][0] if rec["sources"] else {}
    return {"id": rec["id"], "doc_id": rec["doc_id"], "event_type": rec["event_type"], "mode": rec["mode"],
            "context": "|".join(rec["context"]), "cameo": rec["cameo"], "plover_score": rec["plover_score"],
            "actor_text": a.get("text"), "actor_name": a.get("name"), "actor_id": a.get("actor_id"),
            "actor_country": a.get("country"), "actor_sector": a.get("sector"),
            "recipient_text": r.get("text"), "recipient_name": r.get("name"), "recipient_id": r.get("actor_id"),
            "recipient_country": r.get("country"), "recipient_sector": r.get("sector"),
            "date": rec["date"], "date_precision": rec["date_precision"], "location_name": loc.get("name"),
            "location_country": loc.get("country"), "location_lat": loc.get("lat"), "location_lon": loc.get("lon"),
            "reported_only": rec["reported_only"],
            "claimed_by": (rec["claimed_by"] or {}).get("name") or (rec["claimed_by"] or {}).get("text"),
            "confidence": rec["confidence"], "evidence": rec["evidence"]["sentence"],
            "evidence_start": rec["evidence"]["start"], "evidence_end": rec["evidence"]["end"],
            "outlet": src.get("outlet"), "url": src.get("url"), "published": src.get("published"),
            "fused_id": rec["fused_id"]}


def plover_record(rec: dict[str, Any]) -> dict[str, Any]:
    """The PLOVER manual's event record (id, date, actor/recipient lists, event, mode, context, …)."""
    def entities(main, group):
        members = group or ([main] if main else [])
        return [{"entityText": m.get("text"), "entityCode": m.get("country"), "entitySector": m.get("sector"),
                 "entityName": m.get("name")} for m in members]

    loc = rec["location"]
    src = rec["sources"][0] if rec["sources"] else {}
    return {"id": rec["id"], "date": rec["date"], "actor": entities(rec["actor"], rec["actor_group"]),
            "recipient": entities(rec["recipient"], rec["recipient_group"]), "event": rec["event_type"],
            "mode": rec["mode"] or "", "context": ",".join(rec["context"]),
            "event_loc": {"name": loc.get("name"), "country": loc.get("country"), "lat": loc.get("lat"),
                          "lon": loc.get("lon")} if loc else {},
            "text_info": {"text": rec["evidence"]["sentence"], "eventText": rec.get("trigger")},
            "cite_info": {"doc_id": rec["doc_id"], "publication": src.get("outlet"), "url": src.get("url"),
                          "pubDate": src.get("published")},
            "cameo": rec["cameo"], "confidence": rec["confidence"]}


def write(store: Store, fmt: str, out: IO[str] | None, path: str | None = None,
          filt: EventFilter = EventFilter()) -> int:
    """Write the filtered events in `fmt` to a text stream (or, for parquet, to `path`); returns the count."""
    if fmt not in FORMATS:
        raise UnsupportedFormat(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    records = store.events(filt)
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif fmt == "plover":
        for rec in records:
            out.write(json.dumps(plover_record(rec), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
        w.writeheader()
        for rec in records:
            w.writerow(flatten(rec))
    elif fmt == "parquet":
        if not path:
            raise UnsupportedFormat("parquet is binary: give --output FILE.parquet")
        write_parquet([flatten(r) for r in records], path)
    elif fmt == "graphml":
        write_graphml(records, out)
    return len(records)


def write_parquet(rows: list[dict[str, Any]], path: str) -> None:
    import duckdb

    con = duckdb.connect()
    cols = ", ".join(f'"{c}" {"DOUBLE" if c in ("plover_score", "confidence", "location_lat", "location_lon") else "BOOLEAN" if c == "reported_only" else "INTEGER" if c in ("evidence_start", "evidence_end") else "VARCHAR"}' for c in FLAT_COLUMNS)
    con.execute(f"CREATE TABLE t ({cols})")
    if rows:
        con.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(FLAT_COLUMNS))})",
                        [[r[c] for c in FLAT_COLUMNS] for r in rows])
    partial = f"{path}.partial"  # renamed into place: a failed export never leaves half a file
    try:
        con.execute("COPY t TO ? (FORMAT parquet)", [partial])
        os.replace(partial, path)
    finally:
        con.close()
        if os.path.exists(partial):
            os.remove(partial)


def write_graphml(records: list[dict[str, Any]], out: IO[str]) -> None:
    """Directed actor network: nodes are actors (registry id, else country+sector), edges count events by type."""
    def node(side):
        if not side:
            return None
        return side.get("actor_id") or f"{side.get('country') or '?'}:{side.get('sector') or '?'}"

    labels, edges = {}, Counter()
    for rec in records:
        a, r = node(rec["actor"]), node(rec["recipient"])
        if not a or not r:
            continue
        for n, side in ((a, rec["actor"]), (r, rec["recipient"])):
            labels.setdefault(n, (side.get("name") or side.get("text") or n, side.get("country") or "", side.get("sector") or ""))
        edges[(a, r, rec["event_type"])] += 1
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for k, (name, typ) in {"label": ("label", "string"), "country": ("country", "string"), "sector": ("sector", "string")}.items():
        out.write(f'  <key id="{k}" for="node" attr.name="{name}" attr.type="{typ}"/>\n')
    out.write('  <key id="event_type" for="edge" attr.name="event_type" attr.type="string"/>\n')
    out.write('  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>\n')
    out.write('  <graph id="dyad" edgedefault="directed">\n')
    for n, (label, country, sector) in sorted(labels.items()):
        out.write(f'    <node id={quoteattr(n)}><data key="label">{escape(label)}</data>'
                  f'<data key="country">{escape(country)}</data><data key="sector">{escape(sector)}</data></node>\n')
    for (a, r, t), w in sorted(edges.items()):
        out.write(f'    <edge source={quoteattr(a)} target={quoteattr(r)}><data key="event_type">{t}</data>'
                  f'<data key="weight">{w}</data></edge>\n')
    out.write("  </graph>\n</graphml>\n")
