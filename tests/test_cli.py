"""The command line through typer's CliRunner.

Commands that read a store run on a DuckDB file filled with hand-built results (no spaCy model);
`ingest` runs the real pipeline and is marked `model`.
"""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import duckdb
import pytest
import typer.main
from rich.console import Console
from typer.testing import CliRunner

from dyad import cli
from dyad.evaluate import score
from dyad.export import FLAT_COLUMNS
from dyad.store import Store

from .store.test_duckdb import fill

COMMANDS = ["ingest", "events", "export", "eval", "actors", "train", "summary"]
BOX = re.compile(r"[│╭╮╰╯─┌┐└┘├┤┬┴┼━┃┏┓┗┛┡┩╇╈┳┻╋]")


def flat(s: str) -> str:
    """Text with rich's box drawing removed and all whitespace collapsed (rich wraps at the console width)."""
    return " ".join(BOX.sub(" ", s).split())


@pytest.fixture(autouse=True)
def plain_consoles(monkeypatch):
    """What a user gets with output redirected to a file: no colour, rich's default width of 80."""
    for name, stderr in (("out", False), ("err", True)):
        mine = getattr(cli, name)
        monkeypatch.setattr(cli, name, Console(stderr=stderr, width=80, color_system=None, soft_wrap=mine.soft_wrap))


def invoke(*args: str):
    return CliRunner().invoke(cli.app, [str(a) for a in args], prog_name="dyad")


def assert_clean_error(result, code: int, *phrases: str):
    """A failure: the given exit code, an 'error:' message on stderr naming the problem, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert "error:" in result.stderr
    for p in phrases:
        assert p in flat(result.stderr), (p, result.stderr)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.duckdb"
    with Store(path) as s:
        fill(s)
    return path


def stored_events(path) -> list[dict]:
    with Store(path, read_only=True) as s:
        return s.events()


# -- help ------------------------------------------------------------------------------------------------

def test_the_commands_are_the_expected_ones():
    assert list(typer.main.get_command(cli.app).commands) == COMMANDS


def test_top_level_help_lists_every_command():
    r = invoke("--help")
    assert r.exit_code == 0
    assert "news articles in, sourced PLOVER political events out" in flat(r.output)
    for name in COMMANDS:
        assert re.search(rf"\b{name}\b", r.output), name


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name):
    command = typer.main.get_command(cli.app).commands[name]
    r = invoke(name, "--help")
    assert r.exit_code == 0, r.output
    text = flat(r.output)
    assert f"Usage: dyad {name}" in text
    assert command.help and len(command.help.split()) >= 4
    assert flat(command.help) in text
    for param in command.params:
        if isinstance(param, typer.core.TyperOption) or param.param_type_name == "option":
            assert param.help, f"{name} {param.opts} has no help text"
            assert flat(param.help) in text, (name, param.opts)


# -- events ----------------------------------------------------------------------------------------------

def jsonl(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_events_jsonl_is_the_stored_record(db):
    recs = jsonl(invoke("events", "--db", db, "--format", "jsonl"))
    assert recs == json.loads(json.dumps(stored_events(db)))
    assert len(recs) == 5


@pytest.mark.parametrize("args, expected", [
    (["--type", "CONSULT"], ["ev_tasnim-tehran-001-01"]),
    (["--type", "consult"], ["ev_tasnim-tehran-001-01"]),
    (["--actor-country", "TUR"], ["ev_wire-ankara-2023-01", "ev_wire-ankara-2023-02"]),
    (["--actor-country", "TUR", "--no-background"], ["ev_wire-ankara-2023-01"]),
    (["--recipient-country", "IRQ"], ["ev_tasnim-tehran-001-01"]),
    (["--sector", "CVL"], ["ev_notes-undated-01", "ev_wire-ankara-2023-01"]),
    (["--since", "2023-05", "--until", "2023-05"], ["ev_tasnim-tehran-001-01", "ev_tasnim-tehran-001-02"]),
    (["--text", "embassy"], ["ev_wire-ankara-2023-01"]),
    (["--min-confidence", "0.6", "--limit", "2"], ["ev_tasnim-tehran-001-01", "ev_wire-ankara-2023-01"]),
    (["--type", "SANCTION"], []),
])
def test_events_filters(db, args, expected):
    recs = jsonl(invoke("events", "--db", db, "--format", "jsonl", *args))
    assert [r["id"] for r in recs] == expected


def test_events_csv(db):
    r = invoke("events", "--db", db, "--format", "csv", "--type", "AGREE")
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0]) == FLAT_COLUMNS
    assert [(x["actor_country"], x["recipient_country"], x["reported_only"]) for x in rows] == [("TUR", "SYR", "True")]


def test_events_table(db):
    r = invoke("events", "--db", db)
    assert r.exit_code == 0
    text = flat(r.stdout)
    assert "5 events" in text
    assert "CONSULT visit" in text and "2019 bg" in text and "0.83" in text


@pytest.mark.parametrize("args, phrase", [
    (["--type", "HUG"], "unknown event type 'HUG'"),
    (["--format", "xml"], "unknown --format 'xml'"),
])
def test_events_bad_options_are_clear_errors(db, args, phrase):
    assert_clean_error(invoke("events", "--db", db, *args), 2, phrase)


def test_events_on_a_missing_database(tmp_path):
    path = tmp_path / "none.duckdb"
    assert_clean_error(invoke("events", "--db", path), 4, "does not exist", "dyad ingest")
    assert not path.exists()


def test_events_on_a_database_of_another_program(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    assert_clean_error(invoke("events", "--db", path), 4, "not a dyad database")


# -- export ----------------------------------------------------------------------------------------------

def test_export_jsonl_to_stdout(db):
    assert jsonl(invoke("export", "--db", db)) == json.loads(json.dumps(stored_events(db)))


def test_export_csv(db):
    r = invoke("export", "--db", db, "--format", "csv")
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 5 and list(rows[0]) == FLAT_COLUMNS


def test_export_plover(db):
    recs = jsonl(invoke("export", "--db", db, "--format", "plover"))
    assert len(recs) == 5
    assert {r["event"] for r in recs} == {"CONSULT", "ACCUSE", "COERCE", "AGREE", "PROTEST"}
    assert all({"actor", "recipient", "event_loc", "text_info", "cite_info"} <= set(r) for r in recs)


def test_export_graphml(db):
    r = invoke("export", "--db", db, "--format", "graphml")
    assert r.exit_code == 0
    root = ET.fromstring(r.stdout)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert len(list(root.iter(f"{ns}edge"))) == 4


def test_export_to_a_file(db, tmp_path):
    path = tmp_path / "out" / "events.jsonl"
    path.parent.mkdir()
    r = invoke("export", "--db", db, "--format", "jsonl", "--min-confidence", "0.6", "-o", path)
    assert r.exit_code == 0
    assert r.stdout == ""
    assert "wrote 3 events" in flat(r.stderr)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3
    assert sorted(p.name for p in path.parent.iterdir()) == ["events.jsonl"]  # no .partial left


def test_export_parquet(db, tmp_path):
    path = tmp_path / "f.parquet"
    r = invoke("export", "--db", db, "--format", "parquet", "-o", path)
    assert r.exit_code == 0, r.output
    assert "wrote 5 events" in flat(r.stderr)
    con = duckdb.connect()
    cur = con.execute("SELECT * FROM read_parquet(?)", [str(path)])
    assert [c[0] for c in cur.description] == FLAT_COLUMNS
    assert len(cur.fetchall()) == 5
    con.close()


def test_export_parquet_needs_output(db):
    assert_clean_error(invoke("export", "--db", db, "--format", "parquet"), 2, "--output")


def test_export_unknown_format(db):
    assert_clean_error(invoke("export", "--db", db, "--format", "nope"), 2, "unknown export format 'nope'", "jsonl")


def test_export_unknown_format_to_a_file_leaves_no_file(db, tmp_path):
    path = tmp_path / "out.txt"
    assert_clean_error(invoke("export", "--db", db, "--format", "nope", "-o", path), 2, "unknown export format")
    assert list(tmp_path.iterdir()) == [db], "a failed export left files behind"


def test_export_to_an_unwritable_place(db, tmp_path):
    path = tmp_path / "no" / "such" / "dir" / "x.csv"
    assert_clean_error(invoke("export", "--db", db, "--format", "csv", "-o", path), 2, "cannot write")


def test_export_from_a_missing_database(tmp_path):
    assert_clean_error(invoke("export", "--db", tmp_path / "none.duckdb"), 4, "does not exist")


# -- eval ------------------------------------------------------------------------------------------------

GOLD = [
    {"doc_id": "d1", "event_type": "CONSULT", "actor": {"country": "IRN", "sector": "MIL"},
     "recipient": {"country": "IRQ"}, "evidence": "The ministers met in Tehran."},
    {"doc_id": "d1", "event_type": "AGREE", "actor": {"country": "IRN", "sector": "GOV"},
     "recipient": {"country": "IRQ"}, "evidence": "They signed a memorandum."},
    {"doc_id": "d2", "event_type": "ASSAULT", "actor": {"country": "ISR", "sector": "MIL"},
     "recipient": {"country": "SYR"}, "evidence": "Jets struck a depot near Damascus."},
]
PRED = [
    {"doc_id": "corpus/d1", "event_type": "CONSULT", "actor": {"country": "IRN", "sector": "GOV"},
     "recipient": {"country": "IRQ"}, "evidence": {"sentence": "The ministers met in Tehran.", "start": 0, "end": 28},
     "rule": "meet"},
    {"doc_id": "corpus/d1", "event_type": "COOPERATE", "actor": {"country": "IRN", "sector": "GOV"},
     "recipient": {"country": "IRQ"}, "evidence": {"sentence": "They signed a memorandum.", "start": 29, "end": 54},
     "rule": "memorandum"},
    {"doc_id": "d2", "event_type": "ASSAULT", "actor": {"country": "ISR", "sector": "MIL"},
     "recipient": {"country": "LBN"}, "evidence": {"sentence": "Jets struck a depot near Damascus.", "start": 0, "end": 34},
     "rule": "strike"},
    {"doc_id": "d9", "event_type": "AID", "actor": {"country": "USA"}, "recipient": {"country": "UKR"},
     "evidence": {"sentence": "Not in the gold.", "start": 0, "end": 16}},
]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def gold_pred(tmp_path):
    return write_jsonl(tmp_path / "gold.jsonl", GOLD), write_jsonl(tmp_path / "pred.jsonl", PRED)


def test_eval_prints_the_table(gold_pred):
    g, p = gold_pred
    r = invoke("eval", "--gold", g, "--pred", p)
    assert r.exit_code == 0, r.output
    text = flat(r.stdout)
    assert "3 gold, 3 predicted" in text  # d9 has no gold and is not counted
    gold_rows = [dict(x) for x in GOLD]
    pred_rows = [dict(x, doc_id=x["doc_id"].split("/")[-1]) for x in PRED]
    s = score(gold_rows, pred_rows)
    assert (s.levels[1].tp, s.levels[2].tp, s.levels[3].tp) == (2, 1, 0)
    for level, name in ((1, "L1 type"), (2, "L2 +countries"), (3, "L3 +sector")):
        ls = s.levels[level]
        row = f"{name} {ls.precision:.3f} {ls.recall:.3f} {ls.f1:.3f} {ls.tp} {ls.n_gold} {ls.n_pred}"
        assert row in text, row
    assert "per event type" in text and "CONSULT" in text and "ASSAULT" in text
    assert "misses" not in text


def test_eval_explain(gold_pred):
    g, p = gold_pred
    r = invoke("eval", "--gold", g, "--pred", p, "--explain")
    assert r.exit_code == 0, r.output
    text = flat(r.stdout)
    assert "misses (gold not matched at L2): 2" in text
    assert "false positives (predictions not matched at L2): 2" in text
    assert "AGREE IRN/GOV → IRQ [gold] d1: They signed a memorandum." in text
    assert "ASSAULT ISR/MIL → LBN [strike] d2: Jets struck a depot near Damascus." in text
    assert "confusion" in text
    # gold AGREE met a COOPERATE prediction in its sentence; gold CONSULT and ASSAULT met their own type
    confusion = r.stdout[r.stdout.index("confusion"):].splitlines()
    header = next(line for line in confusion if line.split()[:1] == ["gold"])
    columns = header.split()[1:]
    assert columns == ["CNS", "COP", "ASL", "-"]
    starts = [header.index(f" {c}") + 1 for c in columns]
    cells = {}
    for line in confusion:
        if line[:3] in ("AGR", "CNS", "ASL"):
            cells[line[:3]] = {c: line[a:a + len(c)].strip() or line[a - 2:a + len(c)].strip()
                               for c, a in zip(columns, starts)}
    assert cells == {"AGR": {"CNS": "", "COP": "1", "ASL": "", "-": ""},
                     "CNS": {"CNS": "1", "COP": "", "ASL": "", "-": ""},
                     "ASL": {"CNS": "", "COP": "", "ASL": "1", "-": ""}}


@pytest.mark.parametrize("content, phrase", ids=["bad-line-2", "not-json"], argvalues=[
    ('{"doc_id": "d1", "event_type": "CONSULT"}\n{"doc_id": "d2", "event_type": \n', "gold.jsonl:2: not a JSON line"),
    ("this is not json\n", "gold.jsonl:1: not a JSON line"),
])
def test_eval_malformed_gold_is_a_clear_error(tmp_path, content, phrase):
    g = tmp_path / "gold.jsonl"
    g.write_text(content, encoding="utf-8")
    p = write_jsonl(tmp_path / "pred.jsonl", PRED)
    assert_clean_error(invoke("eval", "--gold", g, "--pred", p), 2, phrase)


@pytest.mark.parametrize("content", ['{"event_type": "CONSULT"}\n', "[1, 2]\n", '"CONSULT"\n'], ids=["no-doc_id", "array", "string"])
def test_eval_gold_lines_that_are_not_events_are_a_clear_error(tmp_path, content):
    g = tmp_path / "gold.jsonl"
    g.write_text(content, encoding="utf-8")
    p = write_jsonl(tmp_path / "pred.jsonl", PRED)
    assert_clean_error(invoke("eval", "--gold", g, "--pred", p), 2, "gold.jsonl:1")


def test_eval_prediction_lines_that_are_not_events_are_a_clear_error(tmp_path):
    g = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    p = tmp_path / "pred.jsonl"
    p.write_text('42\n', encoding="utf-8")
    assert_clean_error(invoke("eval", "--gold", g, "--pred", p), 2, "pred.jsonl:1")


def test_eval_missing_file(tmp_path):
    p = write_jsonl(tmp_path / "pred.jsonl", PRED)
    assert_clean_error(invoke("eval", "--gold", tmp_path / "nope.jsonl", "--pred", p), 2, "cannot read", "nope.jsonl")


# -- actors, summary, train ------------------------------------------------------------------------------

def test_actors(db):
    r = invoke("actors", "--db", db)
    assert r.exit_code == 0
    text = flat(r.stdout)
    for actor_id in ("person:ashtiani", "country:TUR", "country:SYR", "org:tur-police", "country:ISR"):
        assert actor_id in text
    assert "Protesters" not in text


def test_actors_unresolved(db):
    r = invoke("actors", "--db", db, "--unresolved")
    assert r.exit_code == 0
    text = flat(r.stdout)
    assert "unresolved mentions" in text
    for mention in ("his Iraqi counterpart", "twelve protesters", "Protesters"):
        assert mention in text
    assert "person:ashtiani" not in text


def test_actors_limit(db):
    r = invoke("actors", "--db", db, "--limit", "1")
    assert r.exit_code == 0
    assert sum(flat(r.stdout).count(a) for a in ("person:", "country:", "org:")) == 1


def test_actors_on_an_empty_store(tmp_path):
    path = tmp_path / "empty.duckdb"
    Store(path).close()
    r = invoke("actors", "--db", path, "--unresolved")
    assert r.exit_code == 0


def test_summary(db):
    r = invoke("summary", "--db", db)
    assert r.exit_code == 0
    text = flat(r.stdout)
    assert "3 documents, 5 events" in text
    for t in ("CONSULT", "ACCUSE", "COERCE", "AGREE", "PROTEST"):
        assert t in text


def test_summary_missing_database(tmp_path):
    assert_clean_error(invoke("summary", "--db", tmp_path / "x.duckdb"), 4, "does not exist")


def test_train_with_a_missing_data_file_is_a_clear_error(tmp_path):
    assert_clean_error(invoke("train", "--data", tmp_path / "none.jsonl", "-o", tmp_path / "model"), 2,
                       "no such training file")
    assert not (tmp_path / "model").exists()


def test_train_prints_the_reliability_table_it_saves(tmp_path):
    from dyad.events.classify import DEFAULT_MODEL_DIR

    from .events.test_classify import small_training_file

    shipped = (DEFAULT_MODEL_DIR / "training.json").read_bytes()
    data = small_training_file(tmp_path / "small.jsonl", per_label=12)
    r = invoke("train", "--data", data, "-o", tmp_path / "model", "--epochs", "1", "--dev-fraction", "0.3")
    assert r.exit_code == 0, (r.output, r.exception)
    info = json.loads((tmp_path / "model" / "training.json").read_text(encoding="utf-8"))
    assert info["dev_fraction"] == 0.3
    text = flat(r.stdout)
    assert f"held-out sentences {info['n_dev']} (--dev-fraction 0.3" in text
    assert f"calibration sentences {info['n_calibration']}" in text
    assert f"reliability on the {info['n_dev']} held-out sentences" in text
    for lo, hi, n, mean_p, acc in info["reliability"]:  # every bin, as training.json has it
        row = f"{lo:.1f}-{hi:.1f} {n} " + (f"{mean_p:.3f} {acc:.3f}" if n else "- -")
        assert row in text, (row, text)
    assert (DEFAULT_MODEL_DIR / "training.json").read_bytes() == shipped


def test_train_with_a_dev_fraction_out_of_range_is_a_clear_error(tmp_path):
    assert_clean_error(invoke("train", "-o", tmp_path / "model", "--dev-fraction", "0.95"), 3, "dev_fraction")
    assert not (tmp_path / "model").exists()


def test_train_default_dev_fraction_is_the_library_default():
    import inspect

    from dyad.events.classify import DEV_FRACTION

    assert inspect.signature(cli.train).parameters["dev_fraction"].default.default == DEV_FRACTION


# -- ingest: options checked before any work -------------------------------------------------------------

@pytest.mark.parametrize("value", ["2023-13-45", "yesterday", "14/05/2023"])
def test_bad_published_is_a_clear_error_and_the_db_survives(db, tmp_path, value):
    before = stored_events(db)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Iran's president met the Iraqi prime minister in Baghdad.", encoding="utf-8")
    assert_clean_error(invoke("ingest", folder, "--db", db, "--published", value, "-q"), 2, "--published",
                       "YYYY-MM-DD")
    assert stored_events(db) == before
    assert jsonl(invoke("events", "--db", db, "--format", "jsonl")) == json.loads(json.dumps(before))


def test_ingest_into_a_database_of_another_program(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Iran's president met the Iraqi prime minister.", encoding="utf-8")
    assert_clean_error(invoke("ingest", folder, "--db", path, "-q"), 4, "not a dyad database")


# -- ingest with the real pipeline -----------------------------------------------------------------------

ARTICLES = {
    "tehran.txt": "Iran and Iraq discuss border security\n"
                  "TEHRAN (Tasnim) – Iran's defence minister met his Iraqi counterpart in Tehran on Sunday to "
                  "discuss border security. The two ministers signed a memorandum on military training.\n",
    "ankara.txt": "Turkey accuses Syrian forces of shelling\n"
                  "ANKARA (Dyad Wire) – Turkey's foreign ministry on Monday accused Syrian forces of shelling a "
                  "border village. Turkish police arrested twelve protesters outside the Syrian embassy in Ankara.\n",
}


def write_articles(folder):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def summary_value(output: str, label: str) -> str:
    for line in output.splitlines():
        if label in line:
            return flat(line).split(label, 1)[1].split()[0]
    raise AssertionError(f"{label!r} not in output:\n{output}")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    base = tmp_path_factory.mktemp("ingest")
    folder = write_articles(base / "articles")
    path = base / "news.duckdb"
    # progress bar on (no -q): it must go to stderr and not break anything
    result = CliRunner().invoke(cli.app, ["ingest", str(folder), "--db", str(path), "--published", "2023-05-14"],
                                prog_name="dyad")
    return folder, path, result


@pytest.mark.model
def test_ingest_prints_a_summary(ingested):
    folder, path, r = ingested
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    assert summary_value(r.stdout, "documents read") == "2"
    assert summary_value(r.stdout, "added") == "2"
    assert summary_value(r.stdout, "failed") == "0"
    assert int(summary_value(r.stdout, "events coded")) >= 2
    assert "store now holds" in r.stdout and "2 documents" in flat(r.stdout)
    assert "events by type" in flat(r.stdout)
    with Store(path, read_only=True) as s:
        docs = s.documents()
    assert sorted(d["doc_id"] for d in docs) == ["ankara", "tehran"]
    assert {d["outlet"] for d in docs} == {"Tasnim", "Dyad Wire"}


@pytest.mark.model
def test_ingest_again_adds_nothing(ingested):
    folder, path, _ = ingested
    before = stored_events(path)
    r = invoke("ingest", folder, "--db", path, "-q")
    assert r.exit_code == 0, r.output
    assert "nothing new" in r.stdout
    assert summary_value(r.stdout, "added") == "0"
    assert summary_value(r.stdout, "skipped (already stored)") == "2"
    after = stored_events(path)
    assert after == before
    assert len({e["id"] for e in after}) == len(after)
    with Store(path, read_only=True) as s:
        assert s.counts()["documents"] == 2


@pytest.mark.model
def test_events_after_ingest(ingested):
    _, path, _ = ingested
    recs = jsonl(invoke("events", "--db", path, "--format", "jsonl", "--type", "CONSULT", "--actor-country", "IRN"))
    assert recs, "the Tehran meeting should be coded"
    assert all(r["event_type"] == "CONSULT" and r["actor"]["country"] == "IRN" for r in recs)
    assert any(r["recipient"] and r["recipient"]["country"] == "IRQ" for r in recs)
    assert all(r["doc_id"] == "tehran" and "Tehran" in r["evidence"]["sentence"] for r in recs)
    assert all(r["sources"][0]["published"] == "2023-05-14" for r in recs)
    none = jsonl(invoke("events", "--db", path, "--format", "jsonl", "--actor-country", "IRN", "--since", "2024"))
    assert none == []


@pytest.mark.model
def test_ingest_reports_unreadable_sources_and_stores_the_rest(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "tehran.txt").write_text(ARTICLES["tehran.txt"], encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00binary")
    (folder / "rows.jsonl").write_text(
        '{"id": "wire-1", "text": "Russia threatened Ukraine with new sanctions on Tuesday, the Kremlin said."}\n'
        '{"id": "wire-2", "text": oops}\n', encoding="utf-8")
    path = tmp_path / "mixed.duckdb"
    r = invoke("ingest", folder, "--db", path, "--published", "2023-05-14", "-q")
    assert r.exit_code != 0
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert "Traceback" not in r.output
    assert summary_value(r.stdout, "added") == "2"
    assert summary_value(r.stdout, "failed") == "2"
    failed = [line for line in r.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 2, r.stderr
    # one complete line per failure: file, and why
    assert any(str(folder / "broken.txt") in line and "binary" in line for line in failed), failed
    assert any(f"{folder / 'rows.jsonl'}:2" in line and "malformed JSON" in line for line in failed), failed
    with Store(path, read_only=True) as s:
        assert sorted(d["doc_id"] for d in s.documents()) == ["tehran", "wire-1"]
    # the failed run left a readable database
    recs = jsonl(invoke("events", "--db", path, "--format", "jsonl"))
    assert recs and {r_["doc_id"] for r_ in recs} <= {"tehran", "wire-1"}


@pytest.mark.model
def test_ingest_missing_path(tmp_path):
    missing = tmp_path / "no-such-folder"
    r = invoke("ingest", missing, "--db", tmp_path / "x.duckdb", "-q")
    assert r.exit_code != 0
    assert "Traceback" not in r.output
    lines = [line for line in r.stderr.splitlines() if "no such file or folder" in line]
    assert len(lines) == 1 and str(missing) in lines[0] and lines[0].startswith("error:"), r.stderr


@pytest.mark.model
def test_ingest_missing_path_beside_a_good_one(tmp_path):
    folder = write_articles(tmp_path / "articles")
    path = tmp_path / "x.duckdb"
    r = invoke("ingest", folder, tmp_path / "nope.txt", "--db", path, "-q")
    assert r.exit_code != 0
    assert "no such file or folder" in flat(r.stderr)
    assert summary_value(r.stdout, "added") == "2"
    with Store(path, read_only=True) as s:
        assert s.counts()["documents"] == 2


def test_ingest_of_only_missing_paths_creates_no_database(tmp_path):
    db = tmp_path / "never.duckdb"
    r = invoke("ingest", tmp_path / "nope", "--db", db, "-q")
    assert r.exit_code == 1 and "no such file or folder" in flat(r.stderr)
    assert not db.exists()
