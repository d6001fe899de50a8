"""Exports of a store filled with hand-built results (no spaCy model): JSONL, CSV, PLOVER, GraphML, Parquet."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import duckdb
import pytest

from dyad.errors import InputError, UnsupportedFormat
from dyad.export import FLAT_COLUMNS, FORMATS, flatten, plover_record, write
from dyad.store import EventFilter

from .store.test_duckdb import MINISTER, TEXT_A, fill

GML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture
def filled(store):
    return fill(store)


def export(store, fmt, filt=EventFilter()):
    buf = io.StringIO()
    n = write(store, fmt, buf, None, filt)
    return n, buf.getvalue()


def test_formats_listed():
    assert set(FORMATS) == {"jsonl", "csv", "parquet", "graphml", "plover"}


def test_jsonl_is_the_store_record(filled):
    n, text = export(filled, "jsonl")
    lines = text.splitlines()
    assert n == len(lines) == 5
    assert [json.loads(line) for line in lines] == json.loads(json.dumps(filled.events()))
    assert "Tel Aviv & its allies" in text  # no HTML escaping, non-ASCII kept as is
    assert "–" in text


def test_jsonl_respects_the_filter(filled):
    n, text = export(filled, "jsonl", EventFilter(min_confidence=0.6))
    assert n == 3
    assert {json.loads(line)["event_type"] for line in text.splitlines()} == {"CONSULT", "COERCE", "AGREE"}


def test_csv_is_flat(filled):
    n, text = export(filled, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == 5
    assert list(rows[0]) == FLAT_COLUMNS
    by_id = {r["id"]: r for r in rows}
    a1 = by_id["ev_tasnim-tehran-001-01"]
    assert a1["context"] == "military|diplomatic"
    assert (a1["actor_country"], a1["actor_sector"], a1["recipient_country"]) == ("IRN", "GOV", "IRQ")
    assert (a1["location_name"], a1["location_country"], a1["location_lat"]) == ("Tehran", "IRN", "35.69")
    assert a1["outlet"] == "Tasnim" and a1["published"] == "2023-05-14"
    assert a1["evidence"] == TEXT_A[:int(a1["evidence_end"])]
    assert by_id["ev_tasnim-tehran-001-02"]["claimed_by"] == "Mohammad-Reza Ashtiani"
    c1 = by_id["ev_notes-undated-01"]
    assert c1["recipient_country"] == "" and c1["date"] == "" and c1["context"] == ""


def test_csv_of_empty_store_has_only_the_header(store):
    n, text = export(store, "csv")
    assert n == 0 and text.strip() == ",".join(FLAT_COLUMNS)


def test_plover_records(filled):
    n, text = export(filled, "plover")
    recs = {r["id"]: r for r in map(json.loads, text.splitlines())}
    assert n == len(recs) == 5
    for r in recs.values():
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "text_info",
                "cite_info"} <= set(r)
    a1 = recs["ev_tasnim-tehran-001-01"]
    assert a1["event"] == "CONSULT" and a1["mode"] == "visit" and a1["context"] == "military,diplomatic"
    assert a1["actor"] == [{"entityText": "Iran's defence minister", "entityCode": "IRN", "entitySector": "GOV",
                            "entityName": "Mohammad-Reza Ashtiani"}]
    assert a1["recipient"][0]["entityCode"] == "IRQ"
    assert a1["event_loc"] == {"name": "Tehran", "country": "IRN", "lat": 35.69, "lon": 51.42}
    assert a1["text_info"]["eventText"] == "met" and a1["text_info"]["text"].startswith("TEHRAN (Tasnim)")
    assert a1["cite_info"] == {"doc_id": "tasnim/tehran-001", "publication": "Tasnim",
                               "url": "https://example.org/tasnim/001", "pubDate": "2023-05-14"}
    b2 = recs["ev_wire-ankara-2023-02"]  # a compound actor lists every member
    assert [e["entityCode"] for e in b2["actor"]] == ["TUR", "SYR"]
    c1 = recs["ev_notes-undated-01"]
    assert c1["recipient"] == [] and c1["mode"] == "demonstrate" and c1["date"] is None


def test_plover_record_of_a_bare_event():
    rec = {"id": "ev_x", "doc_id": "d", "event_type": "ASSAULT", "mode": None, "context": [], "cameo": None,
           "actor": None, "recipient": None, "actor_group": [], "recipient_group": [], "date": None,
           "location": None, "evidence": {"sentence": "s", "start": 0, "end": 1}, "sources": [], "confidence": 0.5}
    p = plover_record(rec)
    assert p["actor"] == [] and p["recipient"] == [] and p["mode"] == "" and p["event_loc"] == {}
    assert p["cite_info"]["publication"] is None


def test_graphml_is_a_directed_actor_network(filled):
    n, text = export(filled, "graphml")
    assert n == 5
    root = ET.fromstring(text)  # well-formed despite '&' and quotes in names
    graph = root.find(f"{GML}graph")
    assert graph.get("edgedefault") == "directed"
    nodes = {nd.get("id"): {d.get("key"): d.text for d in nd.findall(f"{GML}data")} for nd in graph.findall(f"{GML}node")}
    assert nodes["person:ashtiani"]["label"] == "Mohammad-Reza Ashtiani"
    assert nodes["IRQ:GOV"]["country"] == "IRQ"  # unresolved sides are country:sector nodes
    assert nodes["org:tur-police"]["label"] == "Turkish National Police & Gendarmerie"
    edges = {(e.get("source"), e.get("target"), *(d.text for d in e.findall(f"{GML}data")))
             for e in graph.findall(f"{GML}edge")}
    assert edges == {("person:ashtiani", "IRQ:GOV", "CONSULT", "1"), ("person:ashtiani", "country:ISR", "ACCUSE", "1"),
                     ("org:tur-police", "TUR:CVL", "COERCE", "1"), ("country:TUR", "country:SYR", "AGREE", "1")}
    # the one-sided PROTEST is not an edge and adds no node
    assert "IRQ:CVL" not in nodes
    assert {e[0] for e in edges} | {e[1] for e in edges} == set(nodes)


def test_graphml_weights_count_repeated_dyads(filled):
    from dyad.export import write_graphml

    rec = filled.events(EventFilter(event_type="CONSULT"))[0]
    buf = io.StringIO()
    write_graphml([rec, dict(rec, id="ev_other")], buf)
    root = ET.fromstring(buf.getvalue())
    (edge,) = root.iter(f"{GML}edge")
    assert [d.text for d in edge.findall(f"{GML}data")] == ["CONSULT", "2"]


def test_parquet_round_trip(filled, tmp_path):
    path = tmp_path / "events.parquet"
    n = write(filled, "parquet", None, str(path))
    assert n == 5 and path.exists()
    con = duckdb.connect()
    cur = con.execute("SELECT * FROM read_parquet(?) ORDER BY id", [str(path)])
    cols = [c[0] for c in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
                             [str(path)]).fetchall())
    con.close()
    assert cols == FLAT_COLUMNS
    assert len(rows) == 5
    assert types["confidence"] == "DOUBLE" and types["reported_only"] == "BOOLEAN"
    assert types["evidence_start"] == "INTEGER" and types["id"] == "VARCHAR"
    expected = sorted((flatten(r) for r in filled.events()), key=lambda r: r["id"])
    assert rows == expected


def test_parquet_of_empty_store_is_a_valid_file(store, tmp_path):
    path = tmp_path / "empty.parquet"
    assert write(store, "parquet", None, str(path)) == 0
    con = duckdb.connect()
    assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0] == 0
    con.close()


def test_parquet_needs_a_path(filled):
    with pytest.raises(UnsupportedFormat, match="--output"):
        write(filled, "parquet", io.StringIO(), None)


@pytest.mark.parametrize("fmt", ["nope", "JSONL", "xlsx", ""])
def test_unknown_format_raises_unsupported_format(filled, fmt):
    buf = io.StringIO()
    with pytest.raises(UnsupportedFormat) as info:
        write(filled, fmt, buf)
    assert isinstance(info.value, InputError)
    assert "jsonl" in str(info.value) and "parquet" in str(info.value)
    assert buf.getvalue() == ""


def test_flatten_columns(filled):
    for rec in filled.events():
        flat = flatten(rec)
        assert list(flat) == FLAT_COLUMNS
    rec = filled.events(EventFilter(event_type="ACCUSE"))[0]
    flat = flatten(rec)
    assert flat["claimed_by"] == MINISTER.name
    assert (flat["actor_text"], flat["actor_id"], flat["recipient_id"]) == ("He", "person:ashtiani", "country:ISR")
    assert flat["location_name"] is None and flat["reported_only"] is False
    assert flat["context"] == "" and flat["fused_id"] == "fe_" + rec["id"][3:]


def test_flatten_a_record_without_sources_or_sides():
    rec = {"id": "ev_1", "doc_id": "d", "event_type": "PROTEST", "mode": None, "context": ["economic"],
           "cameo": None, "plover_score": None, "actor": None, "recipient": None, "date": None,
           "date_precision": "unknown", "location": None, "reported_only": False, "claimed_by": None,
           "confidence": 0.4, "evidence": {"sentence": "s.", "start": 3, "end": 5}, "sources": [], "fused_id": "fe_1"}
    flat = flatten(rec)
    assert list(flat) == FLAT_COLUMNS
    assert flat["actor_country"] is None and flat["outlet"] is None and flat["claimed_by"] is None
    assert flat["context"] == "economic" and flat["evidence_start"] == 3
