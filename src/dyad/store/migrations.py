"""Ordered, named schema migrations; each applied once and recorded in schema_migrations."""
from __future__ import annotations


def m001_initial(con) -> None:
    con.execute("""
        CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, url VARCHAR,
            outlet VARCHAR, published DATE, published_source VARCHAR, language VARCHAR, path VARCHAR,
            text VARCHAR NOT NULL, n_sentences INTEGER, ingested_at TIMESTAMP DEFAULT current_timestamp)""")
    con.execute("CREATE INDEX documents_hash ON documents(content_hash)")
    con.execute("""
        CREATE TABLE actors (
            actor_id VARCHAR PRIMARY KEY, name VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR)""")
    con.execute("""
        CREATE TABLE mentions (
            doc_id VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR,
            actor_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR, via VARCHAR,
            sentence INTEGER, confidence DOUBLE)""")
    con.execute("""
        CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, event_type VARCHAR NOT NULL, mode VARCHAR,
            context VARCHAR[], cameo VARCHAR, plover_score DOUBLE,
            actor_text VARCHAR, actor_id VARCHAR, actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
            recipient_text VARCHAR, recipient_id VARCHAR, recipient_name VARCHAR, recipient_country VARCHAR,
            recipient_sector VARCHAR, actor_group JSON, recipient_group JSON,
            date VARCHAR, date_precision VARCHAR, location JSON, location_country VARCHAR,
            reported_only BOOLEAN, claimed_by JSON, confidence DOUBLE,
            evidence_sentence VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
            trigger_text VARCHAR, trigger_start INTEGER, sentence INTEGER, rule VARCHAR, fused_id VARCHAR)""")
    con.execute("CREATE INDEX events_doc ON events(doc_id)")
    con.execute("""
        CREATE TABLE quotes (
            doc_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR, speaker JSON,
            speaker_country VARCHAR, sentence INTEGER)""")


def m002_published_partial(con) -> None:
    # a publication date known only to the month or year ("~2017-01" in a sources table): DATE cannot hold it
    con.execute("ALTER TABLE documents ADD COLUMN published_partial VARCHAR")


MIGRATIONS = [("001_initial", m001_initial), ("002_published_partial", m002_published_partial)]
SCHEMA_VERSION = len(MIGRATIONS)
