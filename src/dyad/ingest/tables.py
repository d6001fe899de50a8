"""JSON Lines, JSON and CSV files of articles: one article per row (keys id, text, title, url, published, outlet)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, NotArticles, UnreadableFile
from ..model import RawArticle
from .files import decode_text, read_bytes

TEXT_KEYS = ("text", "body", "content")


def row_to_article(row: dict, where: str, default_id: str) -> RawArticle:
    if not isinstance(row, dict):
        raise UnreadableFile(f"{where}: expected an object with a 'text' key, got {type(row).__name__}")
    text = next((row[k] for k in TEXT_KEYS if isinstance(row.get(k), str) and row[k].strip()), None)
    if text is None:
        raise UnreadableFile(f"{where}: no 'text' field")
    rid = row.get("id") or row.get("doc_id") or row.get("url") or default_id
    return RawArticle(text=text, source_id=str(rid), title=row.get("title") or None,
                      url=row.get("url") or None, outlet=row.get("outlet") or row.get("source") or None,
                      published=str(row["published"]) if row.get("published") else None,
                      path=where.split(":")[0], meta={"published_source": "metadata"} if row.get("published") else {})


def articles_from_table(text: str, fmt: str, name: str) -> Iterator[RawArticle | InputError]:
    """Rows of a jsonl/json/csv text; a bad row yields an InputError and the others still come.
    A table in which no row has a text field is not a table of articles: one NotArticles for the file."""
    items = list(_rows(text, fmt, name))
    if items and not any(isinstance(i, RawArticle) for i in items) and \
            all(isinstance(i, UnreadableFile) and str(i).endswith("no 'text' field") for i in items):
        yield NotArticles(f"{name}: no row has a 'text' field; not a table of articles, skipped")
        return
    yield from items


def _rows(text: str, fmt: str, name: str) -> Iterator[RawArticle | InputError]:
    stem = Path(name).stem
    if fmt == "jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{name}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield UnreadableFile(f"{where}: malformed JSON line ({exc.msg})")
                continue
            try:
                yield row_to_article(row, where, f"{stem}/{n}")
            except InputError as exc:
                yield exc
    elif fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield UnreadableFile(f"{name}: malformed JSON ({exc.msg} at line {exc.lineno})")
            return
        rows = data if isinstance(data, list) else [data]
        for n, row in enumerate(rows, 1):
            try:
                yield row_to_article(row, f"{name}:{n}", f"{stem}/{n}")
            except InputError as exc:
                yield exc
    elif fmt == "csv":
        try:
            rows = list(csv.DictReader(io.StringIO(text)))
        except csv.Error as exc:
            yield UnreadableFile(f"{name}: malformed CSV ({exc})")
            return
        for n, row in enumerate(rows, 2):
            try:
                yield row_to_article(row, f"{name}:{n}", f"{stem}/{n - 1}")
            except InputError as exc:
                yield exc


def read_table_file(path: Path, max_bytes: int) -> Iterator[RawArticle | InputError]:
    text = decode_text(read_bytes(path, max_bytes), str(path))
    yield from articles_from_table(text, path.suffix.lower().lstrip("."), str(path))
