"""`make bench`: speed and accuracy of dyad, measured side by side in one run.

  python bench/run.py --shared ../shared [--repeat 5] [--only SECTION [--only SECTION ...]] [--real DIR]

(a) plain spaCy `nlp.pipe` vs dyad's end-to-end ingest of the same texts into a fresh DuckDB; peak RSS.
(b) PLOVER GSR sentences: event-type accuracy, type+countries F1.  (c) PETRARCH-2 GSR: event-root agreement.
(d) whole-article L1/L2/L3 P/R/F1 (dyad.evaluate.score); with --real DIR also the tests/real sets, whose texts
are not in the repository (DIR/<set>/articles/*.txt).  (e) date/location accuracy (shared score.py).
(f) actor resolution and quote speakers on tests/gold/mentions.jsonl, quotes.jsonl (docs/evaluation.md).
Sections by --only name: throughput (a), gsr (b), petr2 (c), articles (d, e), resolution (f).
Measurement only: nothing is tuned on these sets. Relative paths are from the repo root; a section whose
data is missing is skipped with a message; the closing summary block has every figure.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from dyad.clean import clean, detect_language  # noqa: E402
from dyad.data import boilerplate_patterns  # noqa: E402
from dyad.evaluate import align_doc_ids, score  # noqa: E402
from dyad.model import RawArticle  # noqa: E402
from dyad.nlp import MODEL_PACKAGE  # noqa: E402
from dyad.pipeline import load_context, process_clean  # noqa: E402
from dyad.runner import load_metadata, run  # noqa: E402
from dyad.settings import Settings  # noqa: E402
from dyad.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SUMMARY: dict[str, str] = {}


def note(name: str, value) -> None:
    SUMMARY[name] = f"{value:.3f}" if isinstance(value, float) else str(value)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def header(title: str) -> None:
    print(f"\n== {title}")


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def country(code) -> str | None:
    """A country code as the sentence sets compare it: IGO/NGO and anything not 3 letters is None."""
    code = str(code or "").strip().upper()
    return code if len(code) == 3 and code.isalpha() and code not in ("IGO", "NGO") else None


def one_sentence(text: str, sid: str, ctx, published: str | None = None):
    """A sentence coded as a one-sentence document: (Document, events)."""
    doc = clean(RawArticle(text=text, source_id=sid, published=published), ctx.settings.published)
    return doc, list(process_clean(doc, ctx).events)


def ingest(paths: list[Path], ctx, db: str = ":memory:", metadata=None):
    """Ingest files with the library (doc_id = file stem); returns (report, event records)."""
    with Store(db) as store:
        report = run([str(p) for p in paths], ctx, store, metadata=metadata)
        return report, store.events()


def mark_copy(text: str, k: int) -> str:
    """The text with a line "Bench copy k." so each copy has its own content hash (nothing is skipped as
    already stored). It goes before the first line where cleaning cuts the article ("Read more" …), else last."""
    stop = boilerplate_patterns()[0]
    lines = text.rstrip().split("\n")
    cut = next((i for i, line in enumerate(lines) if i and stop.match(" ".join(line.split()))), len(lines))
    return "\n".join(lines[:cut] + ["", f"Bench copy {k}.", ""] + lines[cut:]) + "\n"


# -- (a) throughput ---------------------------------------------------------------------------------------
def bench_throughput(ctx, sources: list[Path], repeat: int) -> None:
    header(f"(a) throughput: {len(sources)} texts x {repeat} copies")
    if not sources:
        print("skipped: no texts found")
        return
    originals = [(p.stem, p.read_text(encoding="utf-8")) for p in sources]
    copies = [(f"r{k}_{i:03d}_{stem}", mark_copy(text, k))
              for k in range(repeat) for i, (stem, text) in enumerate(originals)]
    texts = [t for _, t in copies]
    words = sum(len(t.split()) for t in texts)
    n = len(texts)
    nlp, bs = ctx.nlp, ctx.settings.batch_size
    own = [p for p in ("dyad_ruler", "dyad_paragraphs") if p in nlp.pipe_names]

    for _ in nlp.pipe(texts[:2], batch_size=bs):  # warm-up: first-call costs are not throughput
        pass
    detect_language(texts[0])  # builds the language detector once per process

    def time_pipe(disable):
        t0 = time.perf_counter()
        with nlp.select_pipes(disable=disable):
            for _ in nlp.pipe(texts, batch_size=bs):
                pass
        return time.perf_counter() - t0

    t_spacy = time_pipe(own)  # the loaded en_core_web_sm model alone
    t_spacy_ruler = time_pipe([])  # the same object as dyad runs it: + dyad_ruler + dyad_paragraphs

    with tempfile.TemporaryDirectory(prefix="dyad-bench-") as tmp:
        folder = Path(tmp) / "texts"
        folder.mkdir()
        for name, text in copies:
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        t0 = time.perf_counter()
        report, _ = ingest([folder], ctx, db=str(Path(tmp) / "bench.duckdb"))
        t_dyad = time.perf_counter() - t0
    if report.failed or report.skipped:
        print(f"warning: dyad failed {report.failed}, skipped {report.skipped} of {n}: {report.failures[:3]}")

    print(f"{n} documents, {words} words (whitespace tokens of the files as written); batch_size={bs}")
    print(f"{'':<34}{'seconds':>9}{'docs/s':>9}{'words/s':>10}")
    rows = (("spaCy nlp.pipe (model alone)", t_spacy), ("spaCy nlp.pipe (+ dyad ruler/paras)", t_spacy_ruler),
            ("dyad ingest end to end", t_dyad))
    for label, t in rows:
        print(f"{label:<34}{t:>9.2f}{n / t:>9.1f}{words / t:>10.0f}")
    print(f"dyad/spaCy speed ratio {t_spacy / t_dyad:.3f} (vs the ruler pipeline {t_spacy_ruler / t_dyad:.3f}); "
          f"dyad events coded: {report.events}")
    for k, v in (("throughput docs", n), ("throughput words", words), ("spacy docs/s", n / t_spacy),
                 ("spacy words/s", round(words / t_spacy)), ("spacy+ruler docs/s", n / t_spacy_ruler),
                 ("dyad docs/s", n / t_dyad), ("dyad words/s", round(words / t_dyad)),
                 ("dyad/spacy ratio", t_spacy / t_dyad), ("peak RSS after throughput MB", round(peak_rss_mb()))):
        note(k, v)


def section_rows(title: str, path: Path) -> list[dict] | None:
    """Print a section header and load its JSONL, or say it is skipped (None) when the file is missing."""
    header(title)
    if not path.exists():
        print(f"skipped: {path} not found")
        return None
    return load_jsonl(path)


# -- (b) PLOVER GSR sentences ---------------------------------------------------------------------------------
def bench_gsr(ctx, path: Path) -> None:
    rows = section_rows("(b) PLOVER GSR sentences (CAMEO manual examples; measurement only)", path)
    if rows is None:
        return
    correct = tp = n_pred = 0
    not_en = 0
    for r in rows:
        doc, events = one_sentence(r["text"], r["id"], ctx)
        not_en += doc.language not in ctx.settings.languages
        top = max(events, key=lambda e: e.confidence) if events else None  # max keeps the first of equals
        actors = r.get("actor") if isinstance(r.get("actor"), list) else []
        recips = r.get("recipient") if isinstance(r.get("recipient"), list) else []
        gold = (r["event_plover_2023"], country(actors[0].get("code")) if actors else None,
                country(recips[0].get("code")) if recips else None)
        if top is None:
            continue
        n_pred += 1
        pred = (top.event_type, country(top.actor.country) if top.actor else None,
                country(top.recipient.country) if top.recipient else None)
        correct += pred[0] == gold[0]
        tp += pred == gold
    p = tp / n_pred if n_pred else 0.0
    rec = tp / len(rows) if rows else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    print(f"{len(rows)} sentences, {n_pred} with a prediction; {not_en} detected as not English (not coded)")
    print(f"event-type accuracy {correct / len(rows):.3f} ({correct}/{len(rows)}; no prediction counts as wrong)")
    print(f"type+actor+recipient country: P {p:.3f} R {rec:.3f} F1 {f1:.3f} (tp {tp})")
    for k, v in (("sentences", len(rows)), ("predicted", n_pred), ("not-English", not_en),
                 ("type accuracy", correct / len(rows)), ("type+countries P", p), ("type+countries R", rec),
                 ("type+countries F1", f1)):
        note("gsr " + k, v)


# -- (c) PETRARCH-2 GSR validation ----------------------------------------------------------------------------
def bench_petr2(ctx, path: Path) -> None:
    rows = section_rows("(c) PETRARCH-2 GSR validation (silver, mostly PETR-2 output)", path)
    if rows is None:
        return
    agree = agree_defined = n_defined = 0
    for r in rows:
        d = str(r.get("date") or "")
        published = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 and d.isdigit() else None
        _, events = one_sentence(r["text"], r["id"], ctx, published)
        pred = {e.event_type for e in events}
        gold = {e["plover_from_root"] for e in r.get("gold_events") or [] if e.get("plover_from_root")}
        ok = bool(pred & gold) or (r.get("noevents") and not gold and not pred)
        agree += ok
        if gold or r.get("noevents"):  # leaves out gold events whose CAMEO root has no PLOVER type (01, 02)
            n_defined += 1
            agree_defined += ok
    print(f"{len(rows)} sentences: event-root agreement {agree / len(rows):.3f} ({agree}/{len(rows)})")
    print(f"without the {len(rows) - n_defined} whose gold roots map to no PLOVER type: "
          f"{agree_defined / n_defined:.3f} ({agree_defined}/{n_defined})")
    for k, v in (("sentences", len(rows)), ("root agreement", agree / len(rows)),
                 ("root agreement (PLOVER-mappable gold)", agree_defined / n_defined if n_defined else 0.0)):
        note("petr2 " + k, v)


# -- (d) + (e) whole articles ---------------------------------------------------------------------------------
def levels(name: str, gold: list[dict], pred: list[dict]) -> None:
    align_doc_ids(gold, pred)
    s = score(gold, pred)
    docs = {g["doc_id"] for g in gold}
    print(f"{name}: {len(gold)} gold events in {len(docs)} docs, "
          f"{sum(1 for p in pred if p.get('doc_id') in docs)} predicted")
    for lv in (1, 2, 3):
        ls = s.levels[lv]
        print(f"  L{lv} P {ls.precision:.3f} R {ls.recall:.3f} F1 {ls.f1:.3f} (tp {ls.tp})")
        note(f"{name} L{lv} P/R/F1", f"{ls.precision:.3f} / {ls.recall:.3f} / {ls.f1:.3f}")


def bench_articles(ctx, shared: Path, score_tool: Path) -> None:
    header("(d) whole articles (dyad.evaluate.score)")
    wn_pred = None
    gold_dir = ROOT / "tests" / "gold"
    wn = shared / "corpora" / "worldnews"
    if wn.is_dir():
        report, pred = ingest([wn], ctx)  # the folder, as a user would: its SOURCES.md gives the dates
        print(f"worldnews: {report.added} documents ingested, {len(pred)} events")
        for name, gpath in (("worldnews ref", wn / "gold.jsonl"), ("worldnews tests", gold_dir / "worldnews.jsonl")):
            if gpath.exists():
                levels(name, load_jsonl(gpath), [dict(p) for p in pred])
            else:
                print(f"{name}: skipped, {gpath} not found")
        wn_pred = pred
    else:
        print(f"worldnews: skipped, {wn} not found")
    seeds = shared / "corpora" / "seeds"
    if seeds.is_dir() and (gold_dir / "seeds.jsonl").exists():
        _, pred = ingest(sorted(seeds.glob("*.txt")), ctx)
        levels("seeds", load_jsonl(gold_dir / "seeds.jsonl"), pred)
    else:
        print("seeds: skipped, corpus or tests/gold/seeds.jsonl not found")
    for name, folder in (("demo", ROOT / "demo"), ("fresh", ROOT / "tests" / "fresh"),  # our own articles
                         ("blind", ROOT / "tests" / "blind"), ("blind2", ROOT / "tests" / "blind2"),
                         ("fresh2", ROOT / "tests" / "fresh2")):
        if (folder / "articles").is_dir() and (gold_dir / f"{name}.jsonl").exists():
            meta = load_metadata(folder / "metadata.csv") if (folder / "metadata.csv").exists() else None
            _, pred = ingest(sorted((folder / "articles").glob("*.txt")), ctx, metadata=meta)
            levels(name, load_jsonl(gold_dir / f"{name}.jsonl"), pred)
        else:
            print(f"{name}: skipped, {folder / 'articles'} or tests/gold/{name}.jsonl not found")
    bench_attributes(wn / "gold.jsonl", wn_pred, score_tool)


def evidence_found(gold: list[dict], folder: Path) -> int:
    """How many gold records' evidence_sha1 is the hash of some span of their document's text (spans between
    line breaks and sentence ends, whitespace collapsed, outer quote marks tried off): a check that texts
    rebuilt from tests/real/<set>.SOURCES.md are the ones annotated."""
    def sha1(text: str) -> str:
        return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()

    found = 0
    for doc_id in {g["doc_id"] for g in gold}:
        text = (folder / f"{doc_id}.txt").read_text(encoding="utf-8")
        bounds = sorted({0, len(text)} | {m.end() for m in re.finditer(r"\n|[.?!:;][\"\u201d\u2019')]*(?=\s)", text)})
        spans = {text[a:b].strip() for i, a in enumerate(bounds) for b in bounds[i + 1:i + 40]}
        hashes = {sha1(x) for x in spans if x} | {sha1(x.strip("\"\u201c\u201d'\u2018\u2019 ")) for x in spans if x}
        found += sum(1 for g in gold if g["doc_id"] == doc_id and g.get("evidence_sha1") in hashes)
    return found


def bench_real(ctx, texts: Path | None) -> None:
    """The real-article sets of tests/real: gold and metadata are in the repository, the texts in `texts`."""
    header("(d') real articles (tests/real gold; texts from --real)")
    if texts is None:
        print("skipped: no --real folder given (tests/real/README.md says where the texts come from)")
        return
    for gold_path in sorted((ROOT / "tests" / "real").glob("*.gold.jsonl")):
        name = gold_path.name.removesuffix(".gold.jsonl")
        folder = texts / name / "articles"
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        gold = load_jsonl(gold_path)
        missing = {g["doc_id"] for g in gold} - {f.stem for f in files}
        if missing:
            print(f"real {name}: skipped, {len(missing)} of its documents are not in {folder}")
            continue
        found = evidence_found(gold, folder)
        print(f"real {name}: {found} of {len(gold)} gold evidence sentences found in the texts"
              + ("" if found == len(gold) else " (a text differs from the one annotated: see its SOURCES.md)"))
        meta_path = gold_path.with_name(f"{name}.metadata.csv")
        _, pred = ingest(files, ctx, metadata=load_metadata(meta_path) if meta_path.exists() else None)
        levels(f"real {name}", gold, pred)


def bench_attributes(gold_path: Path, pred: list[dict] | None, score_tool: Path) -> None:
    header("(e) attributes on the worldnews reference gold (score.py attributes())")
    missing = next((str(p) for p in (gold_path, score_tool) if not p.exists()), None)
    if pred is None or missing:
        print(f"skipped: {missing or 'no worldnews predictions'}{' not found' if missing else ''}")
        return
    spec = importlib.util.spec_from_file_location("shared_score", score_tool)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if not hasattr(mod, "attributes"):
        print(f"skipped: {score_tool} has no attributes()")
        return
    n, d_ok, d_n, l_ok, l_n = mod.attributes(load_jsonl(gold_path), [dict(p) for p in pred])
    print(f"over {n} L2 matches: date accuracy {d_ok / d_n if d_n else 0:.3f} ({d_ok}/{d_n}), "
          f"location country accuracy {l_ok / l_n if l_n else 0:.3f} ({l_ok}/{l_n})")
    for k, v in (("L2 matches", n), ("date accuracy", d_ok / d_n if d_n else 0.0),
                 ("location-country accuracy", l_ok / l_n if l_n else 0.0)):
        note("worldnews ref " + k, v)


# -- (f) actor resolution and quote speakers (issue #4) ---------------------------------------------------
def resolution_candidates(store) -> tuple[dict, dict, dict, dict]:
    """What dyad says of each document, keyed by file stem as the gold is: (texts, titles, actor candidates,
    quotes). Actor candidates are the stored mentions and the events' actor and recipient sides, each with
    its span in the stored text; an event side has no stored span, so it gets the first occurrence of its
    text in the event's evidence sentence (a side whose text is not there is left out)."""
    from dyad.evaluate import occurrences

    texts, titles = {}, {}
    for doc_id, title, text in store.con.execute("SELECT doc_id, title, text FROM documents").fetchall():
        texts[Path(doc_id).name], titles[Path(doc_id).name] = text, title
    cands: dict[str, list[dict]] = {}
    rows = store.con.execute("SELECT doc_id, start_char, end_char, text, country, sector FROM mentions "
                             "ORDER BY doc_id, start_char").fetchall()
    for doc_id, start, end, text, country, sector in rows:
        cands.setdefault(Path(doc_id).name, []).append(
            {"start": start, "end": end, "text": text, "country": country, "sector": sector, "from": "mention"})
    for ev in store.events():
        stem, evid = Path(ev["doc_id"]).name, ev["evidence"]
        for side in ("actor", "recipient"):
            if ev[side] and ev[side].get("text"):
                at = occurrences(texts[stem], ev[side]["text"], start=evid["start"], end=evid["end"])
                if at:
                    cands.setdefault(stem, []).append({**ev[side], "start": at[0][0], "end": at[0][1], "from": side})
    quotes: dict[str, list[dict]] = {}
    for q in store.quotes():
        quotes.setdefault(Path(q["doc_id"]).name, []).append(
            {"start": q["start_char"], "end": q["end_char"], "text": q["text"], "speaker": q["speaker"]})
    return texts, titles, cands, quotes


def bench_resolution(ctx, shared: Path) -> None:
    from dyad.evaluate import score_mentions, score_quotes

    header("(f) actor resolution and quote speakers (tests/gold/mentions.jsonl, quotes.jsonl)")
    gold_dir = ROOT / "tests" / "gold"
    dirs = [d for d in (shared / "corpora" / "seeds", shared / "corpora" / "worldnews") if d.is_dir()]
    if not dirs or not (gold_dir / "mentions.jsonl").exists():
        print("skipped: corpora or tests/gold/mentions.jsonl not found")
        return
    with Store(":memory:") as store:
        run([str(p) for d in dirs for p in sorted(d.glob("*.txt"))], ctx, store)
        texts, titles, cands, quotes = resolution_candidates(store)
    for name, gold_file, fn, found in (("actor resolution", "mentions.jsonl", score_mentions, cands),
                                       ("quote speaker", "quotes.jsonl", score_quotes, quotes)):
        s = fn(load_jsonl(gold_dir / gold_file), found, texts, titles)
        print(f"{name}: {s.gold} gold, {s.found} found, {s.correct} correct: accuracy {s.accuracy:.3f} over all "
              f"gold, {s.accuracy_found:.3f} over found ({', '.join(f'{k} {v}' for k, v in sorted(s.detail.items()))})")
        note(f"{name} accuracy (all gold)", round(s.accuracy, 3))
        note(f"{name} accuracy (found)", round(s.accuracy_found, 3))


SECTIONS = ("throughput", "gsr", "petr2", "articles", "resolution")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder (corpora, tools); relative to the repo root")
    ap.add_argument("--repeat", type=int, default=5, help="copies of the text set for the throughput run")
    ap.add_argument("--real", default=None, metavar="DIR",
                    help="a folder holding <set>/articles/*.txt for the tests/real sets (their texts are not in the "
                         "repository: tests/real/README.md says where each comes from); scored in section articles")
    ap.add_argument("--only", action="append", choices=SECTIONS, metavar="SECTION",
                    help=f"run only this section (repeatable): {', '.join(SECTIONS)}; default all")
    a = ap.parse_args(argv)
    only = set(a.only or SECTIONS)
    shared = Path(a.shared) if Path(a.shared).is_absolute() else (ROOT / a.shared).resolve()
    corpora = shared / "corpora"
    if not corpora.is_dir():
        print(f"note: {corpora} not found; only the demo sections can run")

    t0 = time.perf_counter()
    ctx = load_context(Settings())
    t_load = time.perf_counter() - t0
    meta = ctx.nlp.meta
    print(f"dyad bench: model {MODEL_PACKAGE} ({meta.get('name')} {meta.get('version')}), pipes {ctx.nlp.pipe_names}; "
          f"context loaded in {t_load:.1f}s")
    note("context load s", t_load)

    sources = [p for d in (corpora / "worldnews", corpora / "seeds", ROOT / "demo" / "articles") if d.is_dir()
               for p in sorted(d.glob("*.txt"))]
    if "throughput" in only:
        bench_throughput(ctx, sources, a.repeat)
    if "gsr" in only:
        bench_gsr(ctx, corpora / "plover-gsr-cameo" / "PLOVER_GSR_CAMEO.normalized.jsonl")
    if "petr2" in only:
        bench_petr2(ctx, corpora / "petrarch2-validation" / "universalpetrarch" / "PETR2_GSR_validation.gold.jsonl")
    if "articles" in only:
        bench_articles(ctx, shared, shared / "tools" / "score.py")
        bench_real(ctx, Path(a.real) if a.real else None)
    if "resolution" in only:
        bench_resolution(ctx, shared)

    note("peak RSS MB", round(peak_rss_mb()))
    header("summary")
    for k, v in SUMMARY.items():
        print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
