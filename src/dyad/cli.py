"""The dyad command line: each command parses its options, calls one library function, renders the result."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import typer
from rich.console import Console
from rich import box as rich_box
from rich.table import Table

from .errors import DyadError, InputError
from .settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="dyad: news articles in, sourced PLOVER political events out.")
out = Console()
err = Console(stderr=True, soft_wrap=True)  # one error per line, never wrapped mid-path

DB_HELP = "DuckDB file to use."
DEFAULT_DB = Settings().db_path


def fail(exc: DyadError) -> None:
    err.print(f"[red]error:[/red] {exc}", highlight=False)
    raise typer.Exit(exc.exit_code)


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., help="Files, folders (searched recursively), URLs or RSS/Atom feeds."),
    db: str = typer.Option(DEFAULT_DB, help=DB_HELP),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for documents whose metadata, dateline and file name give none."),
    metadata: Optional[Path] = typer.Option(None, help="CSV of per-file metadata: columns file (or id), published (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known), outlet, url, title. Overrides a folder's own Markdown sources table (e.g. SOURCES.md with columns doc_id, published, outlet, url)."),
    actors: list[Path] = typer.Option([], "--actors", help="Extra actor gazetteer CSV (organizations.csv columns); repeatable."),
    min_confidence: float = typer.Option(0.0, help="Do not store events below this confidence."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
):
    """Read articles, code their events and store them; already-stored content is skipped."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .clean import valid_date
    from .pipeline import load_context
    from .runner import count_sources, load_metadata, run
    from .settings import load_settings
    from .store import open_store

    try:
        if published and not valid_date(published):
            raise InputError(f"--published {published!r} is not a date: use YYYY-MM-DD")
        settings = load_settings(None, db_path=db, published=published, min_confidence=min_confidence,
                                 actor_files=tuple(str(a) for a in actors))
        meta = load_metadata(metadata) if metadata else None
        missing = [s for s in sources if not s.startswith(("http://", "https://")) and not Path(s).exists()]
        for s in missing:
            err.print(f"[red]error:[/red] {s}: no such file or folder", highlight=False)
        present = [s for s in sources if s not in missing]
        if not present:
            raise typer.Exit(1)  # nothing to read: leave the database untouched
        store = open_store(db)
        with store:
            ctx = load_context(settings)
            total = count_sources(present)
            with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                          TextColumn("{task.fields[rate]} docs/s · {task.fields[events]} events"), TimeElapsedColumn(),
                          console=err, disable=quiet, transient=False) as progress:
                task = progress.add_task("ingest", total=total, rate="-", events=0)

                def on_progress(done, _total, report):
                    import time
                    elapsed = max(time.perf_counter() - started, 1e-6)
                    progress.update(task, completed=done, rate=f"{report.added / elapsed:.1f}", events=report.events)

                import time
                started = time.perf_counter()
                report = run(present, ctx, store, metadata=meta, on_progress=on_progress, total=total)
            counts = store.counts()
    except DyadError as exc:
        fail(exc)
    report.read += len(missing)
    report.failed += len(missing)
    for note in report.notes:
        err.print(f"[yellow]skipped:[/yellow] {note}", highlight=False)
    for source, reason in report.failures:
        err.print(f"[red]failed:[/red] {reason}", highlight=False)
    t = Table(title=f"dyad ingest → {db}", show_header=False)
    t.add_row("documents read", str(report.read))
    t.add_row("added", str(report.added))
    t.add_row("skipped (already stored)", str(report.skipped))
    t.add_row("failed", str(report.failed))
    t.add_row("events coded", str(report.events))
    rate = report.added / report.seconds if report.seconds else 0.0
    t.add_row("speed", f"{rate:.1f} docs/s, {report.words / report.seconds if report.seconds else 0:.0f} words/s")
    t.add_row("store now holds", f"{counts['documents']} documents, {counts['events']} events")
    out.print(t)
    if report.events_by_type:
        bt = Table(title="events by type (this run)")
        bt.add_column("type")
        bt.add_column("events", justify="right")
        for k, v in report.events_by_type.items():
            bt.add_row(k, str(v))
        out.print(bt)
    if report.added == 0 and report.skipped and not report.failed:
        out.print("nothing new: every document was already stored")
    if report.failed:
        raise typer.Exit(1)


def _filter(event_type, actor_country, recipient_country, sector, since, until, text, min_confidence,
            no_background, limit):
    from .store import EventFilter

    return EventFilter(event_type=event_type, actor_country=actor_country, recipient_country=recipient_country,
                       sector=sector, since=since, until=until, text=text, min_confidence=min_confidence,
                       include_background=not no_background, limit=limit)


@app.command()
def events(
    db: str = typer.Option(DEFAULT_DB, help=DB_HELP),
    type_: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT."),
    actor_country: Optional[str] = typer.Option(None, help="Actor country (ISO-3)."),
    recipient_country: Optional[str] = typer.Option(None, help="Recipient country (ISO-3)."),
    sector: Optional[str] = typer.Option(None, help="Sector code of either side (GOV, MIL, …)."),
    since: Optional[str] = typer.Option(None, help="Events dated on or after (YYYY[-MM[-DD]])."),
    until: Optional[str] = typer.Option(None, help="Events dated on or before (YYYY[-MM[-DD]])."),
    text: Optional[str] = typer.Option(None, help="Only events whose evidence sentence contains this text."),
    min_confidence: Optional[float] = typer.Option(None, help="Only events at or above this confidence."),
    no_background: bool = typer.Option(False, "--no-background", help="Leave out background (reported-only) events."),
    limit: Optional[int] = typer.Option(None, help="At most this many events."),
    format_: str = typer.Option("table", "--format", help="table, jsonl or csv."),
):
    """List stored events, filtered."""
    from .evaluate import TYPES
    from .export import flatten
    from .store import open_store

    try:
        if format_ not in ("table", "jsonl", "csv"):
            raise InputError(f"unknown --format {format_!r}: use table, jsonl or csv")
        if type_ and type_.upper() not in TYPES:
            raise InputError(f"unknown event type {type_!r}: use one of {' '.join(TYPES)}")
        with open_store(db, read_only=True) as store:
            rows = store.events(_filter(type_, actor_country, recipient_country, sector, since, until, text,
                                        min_confidence, no_background, limit))
    except DyadError as exc:
        fail(exc)
    if format_ == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    if format_ == "csv":
        import csv

        from .export import FLAT_COLUMNS
        w = csv.DictWriter(sys.stdout, fieldnames=FLAT_COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow(flatten(r))
        return
    t = Table(title=f"{len(rows)} events")
    t.add_column("date", no_wrap=True, min_width=10)
    t.add_column("type", no_wrap=True, max_width=14, overflow="ellipsis")
    t.add_column("actor → recipient", width=30)
    t.add_column("conf", justify="right", no_wrap=True, min_width=4)
    t.add_column("evidence", overflow="ellipsis", no_wrap=True,
                 width=max(8, min(80, out.width - 10 - 14 - 30 - 4 - 16)))

    def who(s):
        return f"{s.get('country') or '?'}/{s.get('sector') or '?'} {s.get('name') or s.get('text') or ''}"[:30] if s else "-"

    for r in rows:
        t.add_row((r["date"] or "?") + (" bg" if r["reported_only"] else ""),
                  r["event_type"] + (f" {r['mode']}" if r["mode"] else ""),
                  f"{who(r['actor'])} → {who(r['recipient'])}", f"{r['confidence']:.2f}",
                  " ".join(r["evidence"]["sentence"].split())[:140])
    out.print(t)


@app.command()
def export(
    db: str = typer.Option(DEFAULT_DB, help=DB_HELP),
    format_: str = typer.Option("jsonl", "--format", help="jsonl, csv, parquet, graphml or plover."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output (required for parquet)."),
    min_confidence: Optional[float] = typer.Option(None, help="Only events at or above this confidence."),
):
    """Export stored events (dyad's JSONL record, flat CSV/Parquet, a GraphML actor network, or PLOVER records)."""
    from .errors import UnsupportedFormat
    from .export import FORMATS, write
    from .store import EventFilter, open_store

    tmp = None
    try:
        if format_ not in FORMATS:
            raise UnsupportedFormat(f"unknown export format {format_!r}; use one of {', '.join(FORMATS)}")
        with open_store(db, read_only=True) as store:
            filt = EventFilter(min_confidence=min_confidence)
            if format_ == "parquet" or output is None:
                n = write(store, format_, sys.stdout, str(output) if output else None, filt)
            else:
                # written beside the target and renamed: a failed export never leaves half a file
                tmp = output.with_name(output.name + ".partial")
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    n = write(store, format_, fh, None, filt)
                tmp.replace(output)
                tmp = None
    except DyadError as exc:
        fail(exc)
    except OSError as exc:
        fail(InputError(f"cannot write {output}: {exc.strerror or exc}"))
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    if output:
        err.print(f"wrote {n} events to {output}")


@app.command("eval")
def eval_(
    gold: Path = typer.Option(..., help="Gold events, JSON lines (../shared/ANNOTATION.md schema)."),
    pred: Path = typer.Option(..., help="Predicted events, JSON lines (dyad export --format jsonl)."),
    explain: bool = typer.Option(False, "--explain", help="Print misses and false positives with their sentences, and a confusion matrix."),
):
    """Score predictions against gold: P/R/F1 per level (L1 type, L2 +countries, L3 +sector) and per type."""
    from .evaluate import TYPES, align_doc_ids, load_events, score

    try:
        g, p = load_events(gold), load_events(pred)
    except DyadError as exc:
        fail(exc)
    align_doc_ids(g, p)
    s = score(g, p)
    t = Table(title=f"dyad eval: {len(g)} gold, {sum(1 for x in p if x.get('doc_id') in {y['doc_id'] for y in g})} predicted")
    for col in ("level", "P", "R", "F1", "tp", "gold", "pred"):
        t.add_column(col, justify="right")
    for level, name in ((1, "L1 type"), (2, "L2 +countries"), (3, "L3 +sector")):
        ls = s.levels[level]
        t.add_row(name, f"{ls.precision:.3f}", f"{ls.recall:.3f}", f"{ls.f1:.3f}", str(ls.tp), str(ls.n_gold), str(ls.n_pred))
    out.print(t)
    tt = Table(title="per event type")
    for col in ("type", "gold", "pred", "F1 L1", "P L2", "R L2", "F1 L2"):
        tt.add_column(col, justify="right")
    for typ in sorted(set(s.by_type[1]) - {None}, key=lambda x: TYPES.index(x) if x in TYPES else 99):
        a, b = s.by_type[1][typ], s.by_type[2].get(typ)
        tt.add_row(typ, str(a.n_gold), str(a.n_pred), f"{a.f1:.3f}", f"{b.precision:.3f}", f"{b.recall:.3f}", f"{b.f1:.3f}")
    out.print(tt)
    if explain:
        def line(e):
            a, r = e.get("actor") or {}, e.get("recipient") or {}
            return (f"{e.get('event_type')} {a.get('country')}/{a.get('sector')} → {r.get('country')}  "
                    f"[{e.get('rule') or 'gold'}] {e.get('doc_id')}: {evidence_short(e)}")

        def evidence_short(e):
            ev = e.get("evidence")
            return (ev.get("sentence") if isinstance(ev, dict) else ev or "")[:200]

        out.print(f"[bold]misses (gold not matched at L2): {len(s.misses)}[/bold]")
        for e in s.misses:
            out.print("  " + line(e), highlight=False, markup=False)
        out.print(f"[bold]false positives (predictions not matched at L2): {len(s.false_positives)}[/bold]")
        for e in s.false_positives:
            out.print("  " + line(e), highlight=False, markup=False)
        short = {"AGREE": "AGR", "CONSULT": "CNS", "SUPPORT": "SUP", "CONCEDE": "CNC", "COOPERATE": "COP",
                 "AID": "AID", "RETREAT": "RET", "REQUEST": "REQ", "ACCUSE": "ACC", "REJECT": "REJ",
                 "THREATEN": "THR", "PROTEST": "PRO", "SANCTION": "SAN", "MOBILIZE": "MOB", "COERCE": "COE",
                 "ASSAULT": "ASL"}
        cm = Table(title="confusion: gold type (rows) × type predicted in the same sentence; - = nothing",
                   pad_edge=False, padding=(0, 1), box=rich_box.SIMPLE, show_edge=False)
        cols = [t_ for t_ in TYPES if any(k[1] == t_ for k in s.confusion)] + ["-"]
        cm.add_column("gold", no_wrap=True)
        for c in cols:
            cm.add_column(short.get(c, c), justify="right", no_wrap=True, min_width=3)
        for gt in [t_ for t_ in TYPES if any(k[0] == t_ for k in s.confusion)]:
            cm.add_row(short[gt], *[str(s.confusion.get((gt, None if c == "-" else c), "") or "") for c in cols])
        out.print(cm)


@app.command()
def actors(
    db: str = typer.Option(DEFAULT_DB, help=DB_HELP),
    unresolved: bool = typer.Option(False, "--unresolved", help="List mentions not in the registry, by frequency."),
    limit: int = typer.Option(50, help="At most this many rows."),
):
    """Actors mentioned in stored documents, by frequency (or the unresolved ones, to extend the registry)."""
    from .store import open_store

    try:
        with open_store(db, read_only=True) as store:
            rows = store.actor_mentions(unresolved=unresolved, limit=limit)
    except DyadError as exc:
        fail(exc)
    t = Table(title="unresolved mentions" if unresolved else "actors")
    cols = list(rows[0]) if rows else ["text", "country", "sector", "mentions", "documents"]
    for c in cols:
        t.add_column(c)
    for r in rows:
        t.add_row(*[str(r[c]) if r[c] is not None else "-" for c in cols])
    out.print(t)


@app.command()
def train(
    data: list[Path] = typer.Option([], "--data", help="Training JSONL files (text, event_type); default: the bundled src/dyad/data/train/*.jsonl."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Where to save the model; default: the bundled location that ingest uses."),
    epochs: int = typer.Option(12, help="Training epochs."),
    seed: int = typer.Option(13, help="Random seed (same data + seed = same model)."),
    dev_fraction: float = typer.Option(0.15, "--dev-fraction", help="Share of the sentences held out for the figures (0.001-0.8), chosen by a hash of each sentence's text; the next 10% fit the probability temperature, the rest is trained on."),
):
    """Train the event-type classifier from the project's own example sentences (never the test sets), and
    print its held-out accuracy and reliability table (also saved in training.json beside the model)."""
    from .events.classify import train as train_model

    for p in data:
        if not p.is_file():
            fail(InputError(f"{p}: no such training file"))
    try:
        with err.status("training the event-type classifier") as status:
            report = train_model(list(data) or None, output, epochs=epochs, seed=seed, dev_fraction=dev_fraction,
                                 on_epoch=lambda e, loss: status.update(f"epoch {e}/{epochs}, loss {loss:.2f}"))
    except DyadError as exc:
        fail(exc)
    t = Table(title="dyad train", show_header=False)
    t.add_row("training sentences", str(report.n_train))
    t.add_row("calibration sentences", str(report.n_calibration))
    t.add_row("held-out sentences", f"{report.n_dev} (--dev-fraction {report.dev_fraction:g}, by a hash of the text)")
    t.add_row("held-out accuracy (17 labels)", f"{report.dev_accuracy:.3f}")
    t.add_row("held-out accuracy on event sentences", f"{report.dev_event_accuracy:.3f}")
    t.add_row("temperature", f"{report.temperature:g}")
    t.add_row("saved to", report.path)
    out.print(t)
    rt = Table(title=f"reliability on the {report.n_dev} held-out sentences (tempered probabilities)")
    for col in ("top-label probability", "sentences", "mean probability", "accuracy"):
        rt.add_column(col, justify="left" if col.startswith("top") else "right")
    for lo, hi, n, mean_p, acc in report.reliability:
        rt.add_row(f"{lo:.1f}-{hi:.1f}", str(n), f"{mean_p:.3f}" if n else "-", f"{acc:.3f}" if n else "-")
    out.print(rt)


@app.command()
def summary(db: str = typer.Option(DEFAULT_DB, help=DB_HELP)):
    """Counts of stored documents and events by type."""
    from .store import open_store

    try:
        with open_store(db, read_only=True) as store:
            c = store.counts()
    except DyadError as exc:
        fail(exc)
    t = Table(title=f"{db}: {c['documents']} documents, {c['events']} events")
    t.add_column("type")
    t.add_column("events", justify="right")
    for k, v in c["events_by_type"].items():
        t.add_row(k, str(v))
    out.print(t)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
