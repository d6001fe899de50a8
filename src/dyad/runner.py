"""run(): sources → pipeline → store, in batches, counting what was read, skipped and failed.

The runner owns failure: a document that cannot be read or processed is recorded with its reason and the
run goes on; the caller derives the exit code from the report.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .clean import clean
from .data import read_csv
from .errors import DyadError, InputError, NotArticles
from .ingest.feeds import is_url, iter_url
from .ingest.files import iter_articles
from .ingest.manifest import folder_manifest
from .model import RawArticle, RunReport
from .pipeline import Context, process_clean
from .store import Store

Progress = Callable[[int, int | None, RunReport], None]  # (done, total or None, report so far)


def load_metadata(path: str | Path) -> dict[str, dict[str, str]]:
    """A sidecar CSV (columns file or id, and any of published, outlet, url, title) keyed by file stem / id."""
    try:
        rows = read_csv(Path(path).resolve())
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read metadata file {path}: {exc}") from exc
    out = {}
    for row in rows:
        key = row.get("id") or row.get("file") or ""
        stated = (row.get("published") or "").strip()
        if len(stated) in (4, 7) and stated[:4].isdigit():  # "2017" or "2017-01": known only that far
            row = {**row, "published": "", "published_partial": stated}
        if key:
            out[Path(key).with_suffix("").as_posix() if key.endswith((".txt", ".html", ".htm")) else key] = row
    return out


def apply_metadata(raw: RawArticle, meta: dict[str, dict[str, str]]) -> RawArticle:
    row = meta.get(raw.source_id) or meta.get(Path(raw.source_id).name)
    if not row:
        return raw
    dated = {"published_source": row.get("published_source") or "metadata"} if row.get("published") else {}
    if row.get("published_partial") and not row.get("published"):
        dated = {"published_partial": row["published_partial"],
                 "published_source": row.get("published_source") or "metadata"}
    return replace(raw, published=row.get("published") or raw.published, outlet=row.get("outlet") or raw.outlet,
                   url=row.get("url") or raw.url, title=row.get("title") or raw.title, meta={**raw.meta, **dated})


def iter_inputs(sources: Iterable[str], client=None, max_bytes: int = 20_000_000) -> Iterator[RawArticle | InputError]:
    """Articles from paths and URLs; an unreadable source yields its error and the rest go on."""
    for src in sources:
        if is_url(src):
            import httpx

            own = client is None
            c = client or httpx.Client(timeout=30.0, headers={"User-Agent": "dyad"})
            try:
                yield from iter_url(src, c)
            finally:
                if own:
                    c.close()
            continue
        manifest = folder_manifest(src)  # a folder's own sources table (SOURCES.md), under any --metadata
        try:
            for item in iter_articles(src, max_bytes):
                yield apply_metadata(item, manifest) if manifest and isinstance(item, RawArticle) else item
        except InputError as exc:
            yield exc


def run(sources: Iterable[str], ctx: Context, store: Store, *, metadata: dict | None = None,
        on_progress: Progress | None = None, total: int | None = None, client=None) -> RunReport:
    """Ingest every source into the store; documents already stored (same content hash) are skipped."""
    report = RunReport()
    by_type: Counter[str] = Counter()
    start = time.perf_counter()
    batch = []

    def flush():
        docs = list(batch)
        batch.clear()
        try:
            spacy_docs = list(ctx.nlp.pipe((d.text for d in docs), batch_size=ctx.settings.batch_size))
        except Exception:  # a parser crash on one batch: parse one by one to isolate the bad document
            spacy_docs = [None] * len(docs)
        for d, sd in zip(docs, spacy_docs):
            try:
                result = process_clean(d, ctx, sd)
                store.write_result(result)
            except DyadError as exc:
                report.failed += 1
                report.failures.append((d.doc_id, str(exc)))
            except Exception as exc:  # a bug on one document must not lose the run
                report.failed += 1
                report.failures.append((d.doc_id, f"internal error: {type(exc).__name__}: {exc}"))
            else:
                report.added += 1
                report.events += len(result.events)
                report.words += len(d.text.split())
                by_type.update(e.event_type for e in result.events)
            if on_progress:
                on_progress(report.read, total, report)

    seen_hashes: set[str] = set()
    for item in iter_inputs(sources, client, ctx.settings.max_file_bytes):
        report.read += 1
        if isinstance(item, NotArticles):
            report.skipped += 1
            report.notes.append(str(item))
            continue
        if isinstance(item, InputError):
            report.failed += 1
            report.failures.append((str(item).split(":")[0], str(item)))
            if on_progress:
                on_progress(report.read, total, report)
            continue
        raw = apply_metadata(item, metadata) if metadata else item
        try:
            doc = clean(raw, ctx.settings.published)
        except Exception as exc:
            report.failed += 1
            report.failures.append((raw.source_id, f"cannot clean text: {exc}"))
            continue
        if doc.content_hash in seen_hashes or store.has_hash(doc.content_hash):
            report.skipped += 1
            if on_progress:
                on_progress(report.read, total, report)
            continue
        seen_hashes.add(doc.content_hash)
        batch.append(doc)
        if len(batch) >= ctx.settings.batch_size:
            flush()
    if batch:
        flush()
    report.events_by_type = dict(by_type.most_common())
    report.seconds = time.perf_counter() - start
    return report


def count_sources(sources: Iterable[str]) -> int | None:
    """Number of files to read (for a progress bar), or None when URLs or tables make it unknowable."""
    from .ingest.files import iter_sources

    n = 0
    for src in sources:
        if is_url(src):
            return None
        try:
            files = list(iter_sources(src))
        except InputError:
            n += 1
            continue
        if any(f.suffix.lower() in (".jsonl", ".json", ".csv") for f in files):
            return None
        n += len(files)
    return n
