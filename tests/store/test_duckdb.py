"""The DuckDB store with hand-built results (no spaCy model): round trip into the DESIGN.md record,
idempotent replacement per document, filters, transactional failure, and the schema guard rails."""
from __future__ import annotations

from dataclasses import replace

import duckdb
import pytest

from dyad.errors import SchemaTooNew, StoreError
from dyad.model import ActorRef, Document, DocumentResult, Event, Mention, Place, Quote, Span
from dyad.store import EventFilter, Store, open_store
from dyad.store.migrations import SCHEMA_VERSION

DESIGN_KEYS = {"id", "doc_id", "event_type", "mode", "context", "cameo", "plover_score", "actor", "recipient",
               "actor_group", "recipient_group", "date", "date_precision", "location", "reported_only",
               "claimed_by", "confidence", "evidence", "sources", "fused_id"}
SIDE_KEYS = {"text", "actor_id", "name", "country", "sector"}

# -- hand-built results (also used by tests/test_export.py and tests/test_cli.py) ------------------------

TEXT_A = ("TEHRAN (Tasnim) – Iran's defence minister met his Iraqi counterpart in Tehran on Sunday. "
          "He said Israel had attacked a border post, a claim Tel Aviv & its allies deny.")
TEXT_B = ("ANKARA (Dyad Wire) – Turkish police detained twelve protesters outside the embassy on June 2. "
          "In 2019 Turkey and Syria signed a border agreement.")
TEXT_C = "Protesters marched in Baghdad against the \"new\" <electricity> tariffs."

MINISTER = ActorRef("Iran's defence minister", name="Mohammad-Reza Ashtiani", actor_id="person:ashtiani",
                    country="IRN", sector="GOV", kind="person")
COUNTERPART = ActorRef("his Iraqi counterpart", country="IRQ", sector="GOV", kind="person")
TURKEY = ActorRef("Turkey", name="Turkey", actor_id="country:TUR", country="TUR", sector="GOV", kind="country")
SYRIA = ActorRef("Syria", name="Syria", actor_id="country:SYR", country="SYR", sector="GOV", kind="country")
POLICE = ActorRef("Turkish police", name="Turkish National Police & Gendarmerie", actor_id="org:tur-police",
                  country="TUR", sector="COP", kind="org")


def span(text: str, phrase: str, after: int = 0) -> Span:
    start = text.index(phrase, after)
    return Span(start, start + len(phrase), phrase)


def sentence(text: str, n: int) -> Span:
    """The n-th sentence of a hand-written text (sentences end with '. ')."""
    starts = [0] + [i + 2 for i, c in enumerate(text) if text[i:i + 2] == ". "]
    start = starts[n]
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return Span(start, end, text[start:end])


def make_event(doc: Document, n: int, sent: int, trigger: str, event_type: str, **kw) -> Event:
    ev = sentence(doc.text, sent)
    base = dict(event_id=f"ev_{doc.doc_id.replace('/', '-')}-{n:02d}", doc_id=doc.doc_id, event_type=event_type,
                mode=None, context=(), cameo=None, plover_score=None, actor=None, recipient=None, evidence=ev,
                trigger=span(doc.text, trigger, ev.start), sentence=sent)
    base.update(kw)
    return Event(**base)


def make_doc(doc_id: str, text: str, **kw) -> Document:
    return Document(doc_id=doc_id, text=text, content_hash=f"hash-{doc_id}", language="en", **kw)


def result_a() -> DocumentResult:
    d = make_doc("tasnim/tehran-001", TEXT_A, title="Iran and Iraq discuss border security",
                 url="https://example.org/tasnim/001", outlet="Tasnim", published="2023-05-14",
                 published_source="metadata", path="/data/tasnim/tehran-001.txt")
    a1 = make_event(d, 1, 0, "met", "CONSULT", mode="visit", context=("military", "diplomatic"), cameo="042",
                    plover_score=1.9, actor=MINISTER, recipient=COUNTERPART, date="2023-05-14",
                    date_precision="day", location=Place("Tehran", "Tehran", "IRN", 35.69, 51.42),
                    confidence=0.83, rule="meet")
    a2 = make_event(d, 2, 1, "attacked", "ACCUSE", mode="allege", cameo="112", plover_score=-2.0,
                    actor=replace(MINISTER, text="He"),
                    recipient=ActorRef("Israel", name="Israel", actor_id="country:ISR", country="ISR", sector="GOV"),
                    date="2023-05", date_precision="month", claimed_by=MINISTER, confidence=0.45, rule="attack-claim")
    mentions = (Mention(span(TEXT_A, "Iran's defence minister"), MINISTER, 0, TEXT_A.index("minister")),
                Mention(span(TEXT_A, "his Iraqi counterpart"), COUNTERPART, 0, TEXT_A.index("counterpart"), via="title"),
                Mention(span(TEXT_A, "Israel"), a2.recipient, 1, TEXT_A.index("Israel")))
    quotes = (Quote(MINISTER, "Israel had attacked a border post", span(TEXT_A, "Israel had attacked a border post"), 1),)
    return DocumentResult(document=d, mentions=mentions, events=(a1, a2), quotes=quotes,
                          sentences=(sentence(TEXT_A, 0), sentence(TEXT_A, 1)))


def result_b() -> DocumentResult:
    d = make_doc("wire/ankara-2023", TEXT_B, title=None, outlet="Dyad Wire", published="2023-06-02",
                 published_source="dateline")
    b1 = make_event(d, 1, 0, "detained", "COERCE", mode="arrest", cameo="173", plover_score=-5.0, actor=POLICE,
                    recipient=ActorRef("twelve protesters", country="TUR", sector="CVL", kind="group"),
                    date="2023-06-02", date_precision="day", confidence=0.6, rule="detain")
    b2 = make_event(d, 2, 1, "signed", "AGREE", mode="sign", cameo="057", plover_score=8.0, actor=TURKEY,
                    recipient=SYRIA, actor_group=(TURKEY, SYRIA), recipient_group=(TURKEY, SYRIA), date="2019",
                    date_precision="year", reported_only=True, confidence=0.7, rule="sign")
    mentions = (Mention(span(TEXT_B, "Turkish police"), POLICE, 0, TEXT_B.index("police")),
                Mention(span(TEXT_B, "Turkey"), TURKEY, 1, TEXT_B.index("Turkey")),
                Mention(span(TEXT_B, "Syria"), SYRIA, 1, TEXT_B.index("Syria")),
                Mention(span(TEXT_B, "twelve protesters"), b1.recipient, 0, TEXT_B.index("protesters"), via="ner"))
    return DocumentResult(document=d, mentions=mentions, events=(b1, b2),
                          sentences=(sentence(TEXT_B, 0), sentence(TEXT_B, 1)))


def result_c() -> DocumentResult:
    d = make_doc("notes/undated", TEXT_C)
    c1 = make_event(d, 1, 0, "marched", "PROTEST", mode="demonstrate",
                    actor=ActorRef("Protesters", country="IRQ", sector="CVL", kind="group"), confidence=0.3,
                    location=Place("Baghdad", "Baghdad", "IRQ", 33.34, 44.4), rule="march")
    mentions = (Mention(span(TEXT_C, "Protesters"), c1.actor, 0, 0, via="ner"),)
    return DocumentResult(document=d, mentions=mentions, events=(c1,), sentences=(sentence(TEXT_C, 0),))


def sample_results() -> list[DocumentResult]:
    return [result_a(), result_b(), result_c()]


def fill(store: Store) -> Store:
    for r in sample_results():
        store.write_result(r)
    return store


def ids(records) -> list[str]:
    return [r["id"] for r in records]


# -- round trip ------------------------------------------------------------------------------------------

def test_round_trip_into_design_record(store):
    fill(store)
    recs = {r["id"]: r for r in store.events()}
    assert len(recs) == 5
    for rec in recs.values():
        assert DESIGN_KEYS <= set(rec), DESIGN_KEYS - set(rec)
        assert set(rec) - DESIGN_KEYS <= {"trigger", "rule"}
        assert rec["fused_id"] == "fe_" + rec["id"][3:]

    a1 = recs["ev_tasnim-tehran-001-01"]
    assert a1 == {
        "id": "ev_tasnim-tehran-001-01", "doc_id": "tasnim/tehran-001", "event_type": "CONSULT", "mode": "visit",
        "context": ["military", "diplomatic"], "cameo": "042", "plover_score": 1.9,
        "actor": {"text": "Iran's defence minister", "actor_id": "person:ashtiani", "name": "Mohammad-Reza Ashtiani",
                  "country": "IRN", "sector": "GOV"},
        "recipient": {"text": "his Iraqi counterpart", "actor_id": None, "name": None, "country": "IRQ",
                      "sector": "GOV"},
        "actor_group": [], "recipient_group": [], "date": "2023-05-14", "date_precision": "day",
        "location": {"text": "Tehran", "name": "Tehran", "country": "IRN", "lat": 35.69, "lon": 51.42},
        "reported_only": False, "claimed_by": None, "confidence": 0.83,
        "evidence": {"sentence": sentence(TEXT_A, 0).text, "start": 0, "end": sentence(TEXT_A, 0).end},
        "sources": [{"doc_id": "tasnim/tehran-001", "outlet": "Tasnim", "url": "https://example.org/tasnim/001",
                     "published": "2023-05-14",
                     "evidence": {"sentence": sentence(TEXT_A, 0).text, "start": 0, "end": sentence(TEXT_A, 0).end}}],
        "fused_id": "fe_tasnim-tehran-001-01", "trigger": "met", "rule": "meet",
    }
    # evidence offsets point into the stored text
    for rec in recs.values():
        text = {"tasnim/tehran-001": TEXT_A, "wire/ankara-2023": TEXT_B, "notes/undated": TEXT_C}[rec["doc_id"]]
        ev = rec["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["sentence"]
        assert rec["trigger"] in ev["sentence"]


def test_round_trip_groups_claims_background_and_missing_sides(store):
    fill(store)
    recs = {r["id"]: r for r in store.events()}
    a2 = recs["ev_tasnim-tehran-001-02"]
    assert a2["claimed_by"] == MINISTER.as_record()
    assert a2["actor"]["text"] == "He" and a2["actor"]["name"] == "Mohammad-Reza Ashtiani"
    assert (a2["date"], a2["date_precision"], a2["location"]) == ("2023-05", "month", None)

    b2 = recs["ev_wire-ankara-2023-02"]
    assert b2["reported_only"] is True
    assert b2["actor_group"] == [TURKEY.as_record(), SYRIA.as_record()]
    assert b2["recipient_group"] == [TURKEY.as_record(), SYRIA.as_record()]
    assert b2["sources"][0]["url"] is None and b2["sources"][0]["published"] == "2023-06-02"

    c1 = recs["ev_notes-undated-01"]
    assert c1["recipient"] is None
    assert c1["actor"] == {"text": "Protesters", "actor_id": None, "name": None, "country": "IRQ", "sector": "CVL"}
    assert (c1["date"], c1["date_precision"], c1["cameo"], c1["plover_score"]) == (None, "unknown", None, None)
    assert c1["context"] == []
    assert c1["sources"] == [{"doc_id": "notes/undated", "outlet": None, "url": None, "published": None,
                              "evidence": c1["evidence"]}]


def test_events_come_in_document_and_text_order(store):
    for r in reversed(sample_results()):
        store.write_result(r)
    assert ids(store.events()) == ["ev_notes-undated-01", "ev_tasnim-tehran-001-01", "ev_tasnim-tehran-001-02",
                                   "ev_wire-ankara-2023-01", "ev_wire-ankara-2023-02"]


def test_documents_quotes_actors_and_counts(store):
    fill(store)
    docs = {d["doc_id"]: d for d in store.documents()}
    assert set(docs) == {"tasnim/tehran-001", "wire/ankara-2023", "notes/undated"}
    assert docs["tasnim/tehran-001"]["n_sentences"] == 2 and docs["tasnim/tehran-001"]["outlet"] == "Tasnim"
    assert str(docs["tasnim/tehran-001"]["published"]) == "2023-05-14"

    (q,) = store.quotes("tasnim/tehran-001")
    assert q["text"] == "Israel had attacked a border post" and q["speaker"] == MINISTER.as_record()
    assert q["speaker_country"] == "IRN"
    assert store.quotes("wire/ankara-2023") == []

    resolved = {a["actor_id"]: a for a in store.actor_mentions()}
    assert set(resolved) == {"person:ashtiani", "country:ISR", "org:tur-police", "country:TUR", "country:SYR"}
    assert resolved["org:tur-police"]["sector"] == "COP"
    unresolved = {a["text"]: a for a in store.actor_mentions(unresolved=True)}
    assert set(unresolved) == {"his Iraqi counterpart", "twelve protesters", "Protesters"}
    assert unresolved["Protesters"]["documents"] == 1

    assert store.counts() == {"documents": 3, "events": 5,
                              "events_by_type": {"CONSULT": 1, "ACCUSE": 1, "COERCE": 1, "AGREE": 1, "PROTEST": 1}}


# -- idempotence -----------------------------------------------------------------------------------------

def test_rewriting_the_same_document_replaces_it(store):
    fill(store)
    before = store.events()
    for r in sample_results():
        store.write_result(r)
    assert store.events() == before
    assert store.counts()["documents"] == 3
    assert len(store.actor_mentions(unresolved=True)) == 3
    assert store.con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 8
    assert store.con.execute("SELECT count(*) FROM quotes").fetchone()[0] == 1
    assert store.con.execute("SELECT count(*) FROM actors").fetchone()[0] == 5


def test_rewrite_with_fewer_events_drops_the_old_ones(store):
    fill(store)
    a = result_a()
    changed = replace(a, events=(replace(a.events[0], confidence=0.99),), quotes=())
    store.write_result(changed)
    recs = store.events(EventFilter(doc_id="tasnim/tehran-001"))
    assert ids(recs) == ["ev_tasnim-tehran-001-01"] and recs[0]["confidence"] == 0.99
    assert store.quotes("tasnim/tehran-001") == []
    assert len(store.events()) == 4


def test_has_hash(store):
    assert not store.has_hash("hash-tasnim/tehran-001")
    store.write_result(result_a())
    assert store.has_hash("hash-tasnim/tehran-001")
    assert not store.has_hash("hash-wire/ankara-2023")


def test_document_without_events_is_stored(store):
    d = make_doc("empty/one", "Nothing happened today.")
    store.write_result(DocumentResult(document=d))
    assert store.has_hash("hash-empty/one")
    assert store.events() == []
    assert store.counts() == {"documents": 1, "events": 0, "events_by_type": {}}


# -- filters ---------------------------------------------------------------------------------------------

A1, A2 = "ev_tasnim-tehran-001-01", "ev_tasnim-tehran-001-02"
B1, B2 = "ev_wire-ankara-2023-01", "ev_wire-ankara-2023-02"
C1 = "ev_notes-undated-01"


@pytest.mark.parametrize("filt, expected", [
    (EventFilter(), [C1, A1, A2, B1, B2]),
    (EventFilter(event_type="CONSULT"), [A1]),
    (EventFilter(event_type="consult"), [A1]),
    (EventFilter(event_type="SANCTION"), []),
    (EventFilter(actor_country="TUR"), [B1, B2]),
    (EventFilter(actor_country="irn"), [A1, A2]),
    (EventFilter(recipient_country="IRQ"), [A1]),
    (EventFilter(recipient_country="TUR"), [B1]),
    (EventFilter(actor_country="TUR", recipient_country="SYR"), [B2]),
    (EventFilter(sector="COP"), [B1]),
    (EventFilter(sector="cvl"), [C1, B1]),  # either side: C1's actor, B1's recipient
    (EventFilter(sector="GOV"), [A1, A2, B2]),
    (EventFilter(since="2023-05-01"), [A1, B1]),
    (EventFilter(since="2023-05"), [A1, A2, B1]),
    (EventFilter(until="2023-05"), [A1, A2, B2]),  # a month includes its days
    (EventFilter(until="2023-05-31"), [A1, A2, B2]),
    (EventFilter(until="2019"), [B2]),
    (EventFilter(since="2023-05", until="2023-05"), [A1, A2]),
    (EventFilter(since="2023-06-03"), []),
    (EventFilter(text="embassy"), [B1]),
    (EventFilter(text="EMBASSY"), [B1]),
    (EventFilter(text="Tel Aviv & its"), [A2]),
    (EventFilter(min_confidence=0.6), [A1, B1, B2]),
    (EventFilter(min_confidence=0.0), [C1, A1, A2, B1, B2]),
    (EventFilter(min_confidence=0.95), []),
    (EventFilter(include_background=False), [C1, A1, A2, B1]),
    (EventFilter(actor_country="TUR", include_background=False), [B1]),
    (EventFilter(doc_id="wire/ankara-2023"), [B1, B2]),
    (EventFilter(limit=2), [C1, A1]),
    (EventFilter(sector="GOV", since="2023", min_confidence=0.5), [A1]),
])
def test_event_filters(store, filt, expected):
    fill(store)
    assert ids(store.events(filt)) == expected


# -- failures are atomic ---------------------------------------------------------------------------------

def test_failing_write_raises_store_error_and_keeps_previous_data(store):
    fill(store)
    before_events, before_docs = store.events(), store.documents()
    before_mentions = store.con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    a = result_a()
    dup = replace(a.events[1], event_id=a.events[0].event_id)  # duplicate id inside one result
    bad = replace(a, events=(a.events[0], dup))
    with pytest.raises(StoreError) as info:
        store.write_result(bad)
    assert "tasnim/tehran-001" in str(info.value)
    assert store.events() == before_events
    assert store.documents() == before_docs
    assert store.con.execute("SELECT count(*) FROM mentions").fetchone()[0] == before_mentions
    assert len(store.quotes("tasnim/tehran-001")) == 1
    # the store is still usable afterwards
    store.write_result(DocumentResult(document=make_doc("later/one", "A later article.")))
    assert store.counts()["documents"] == 4


def test_failing_write_of_a_new_document_leaves_nothing_behind(store):
    store.write_result(result_b())
    c = result_c()
    bad = replace(c, document=replace(c.document, published="not a date"))
    with pytest.raises(StoreError):
        store.write_result(bad)
    assert [d["doc_id"] for d in store.documents()] == ["wire/ankara-2023"]
    assert not store.has_hash(c.document.content_hash)
    assert store.con.execute("SELECT count(*) FROM mentions WHERE doc_id = 'notes/undated'").fetchone()[0] == 0
    assert ids(store.events()) == [B1, B2]


def test_store_errors_are_dyad_errors():
    from dyad.errors import DyadError

    assert issubclass(StoreError, DyadError) and issubclass(SchemaTooNew, StoreError)


# -- schema ----------------------------------------------------------------------------------------------

def test_schema_migrations_record_each_version(store):
    rows = store.con.execute("SELECT version, name, applied_at FROM schema_migrations").fetchall()
    assert [(v, n) for v, n, _ in rows] == [(1, "001_initial"), (2, "002_published_partial")]
    assert rows[0][2] is not None
    assert store.schema_version() == SCHEMA_VERSION == 2


def test_a_version_1_database_is_migrated_in_place(tmp_path):
    import duckdb

    from dyad.store.migrations import m001_initial

    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    m001_initial(con)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (1, '001_initial')")
    con.execute("INSERT INTO documents (doc_id, content_hash, text) VALUES ('old', 'h', 'kept')")
    con.close()
    with open_store(path) as s:
        assert s.schema_version() == 2
        assert s.con.execute("SELECT text, published_partial FROM documents").fetchall() == [("kept", None)]


def test_file_store_persists_and_migrates_once(tmp_path):
    path = tmp_path / "a.duckdb"
    with Store(path) as s:
        fill(s)
        before = s.events()
    with open_store(path) as s:
        assert s.events() == before
        assert s.con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == SCHEMA_VERSION
    with open_store(path, read_only=True) as s:
        assert s.events() == before
        assert s.schema_version() == SCHEMA_VERSION


def test_read_only_store_refuses_writes(tmp_path):
    path = tmp_path / "ro.duckdb"
    with Store(path) as s:
        s.write_result(result_b())
    with Store(path, read_only=True) as s:
        with pytest.raises(StoreError):
            s.write_result(result_a())
        assert ids(s.events()) == [B1, B2]


def test_newer_schema_raises_schema_too_new(tmp_path):
    path = tmp_path / "new.duckdb"
    with Store(path) as s:
        s.write_result(result_b())
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [SCHEMA_VERSION + 1, "999_future"])
    con.close()
    for read_only in (False, True):
        with pytest.raises(SchemaTooNew) as info:
            Store(path, read_only=read_only)
        assert "upgrade dyad" in str(info.value) and str(SCHEMA_VERSION + 1) in str(info.value)


def test_non_dyad_duckdb_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (id INTEGER, amount DOUBLE)")
    con.execute("INSERT INTO sales VALUES (1, 9.5)")
    con.close()
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "not a dyad database" in str(info.value)
    with pytest.raises(StoreError) as info:
        Store(path, read_only=True)
    assert "not a dyad database" in str(info.value)
    con = duckdb.connect(str(path), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert tables == {"sales"}
    assert con.execute("SELECT amount FROM sales").fetchall() == [(9.5,)]
    con.close()


def test_a_file_that_is_not_duckdb_gives_store_error(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("this is not a database\n" * 50)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(path) in str(info.value)


def test_read_only_on_missing_file_gives_helpful_store_error(tmp_path):
    path = tmp_path / "missing.duckdb"
    with pytest.raises(StoreError) as info:
        Store(path, read_only=True)
    msg = str(info.value)
    assert str(path) in msg and "does not exist" in msg and "dyad ingest" in msg
    assert not path.exists()
