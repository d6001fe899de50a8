"""Per-file metadata that a corpus folder states about itself: a Markdown table of its articles.

Collections handed around by analysts often carry a README or SOURCES.md listing each file with its
outlet, publication date and URL, because the texts themselves do not say (a press release copied
without its date line). A table counts when its header names the document (`doc_id`, `id`, `file`)
and at least one of `published` / `date`, `outlet` / `publisher`, `url`. An explicit `--metadata` CSV
overrides it; a date marked approximate ("~2016-12-11") is kept and flagged as such.
"""
from __future__ import annotations

import re
from pathlib import Path

ID_COLUMNS = ("doc_id", "id", "file", "filename", "document")
FIELD_COLUMNS = {
    "published": ("published", "publication date", "date", "published on"),
    "outlet": ("outlet", "publisher"),
    "url": ("url", "original url", "link", "source url"),
    "title": ("title", "headline"),
}
ISO_DATE = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)$")  # a day, or only the month or year
MAX_MANIFEST_BYTES = 2_000_000


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")]


def _plain(cell: str) -> str:
    """A cell's text without Markdown code marks or a link's brackets."""
    cell = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", cell)
    return cell.strip().strip("`").strip()


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    low = [h.lower() for h in header]
    return next((low.index(n) for n in names if n in low), None)


def _published(cell: str) -> tuple[str | None, bool]:
    """(ISO date, approximate?) of a table cell: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known;
    anything else is no date."""
    approx = cell.startswith("~")
    m = ISO_DATE.match(cell.lstrip("~").strip())
    return (m[1], approx) if m else (None, False)


def read_manifest_tables(text: str) -> dict[str, dict[str, str]]:
    """Rows of every qualifying Markdown table in `text`, keyed by document id (file stem)."""
    out: dict[str, dict[str, str]] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines) - 1:
        head, rule = lines[i], lines[i + 1]
        if not (head.lstrip().startswith("|") and re.fullmatch(r"\s*\|?\s*:?-{3,}.*", rule)):
            i += 1
            continue
        header = [_plain(c) for c in _cells(head)]
        id_col = _column(header, ID_COLUMNS)
        cols = {f: _column(header, names) for f, names in FIELD_COLUMNS.items()}
        i += 2
        if id_col is None or all(c is None for f, c in cols.items() if f != "title"):
            continue
        while i < len(lines) and lines[i].lstrip().startswith("|"):
            cells = [_plain(c) for c in _cells(lines[i])]
            i += 1
            if id_col >= len(cells) or not cells[id_col]:
                continue
            key = re.sub(r"\.(txt|html?|json)$", "", cells[id_col], flags=re.I)
            row: dict[str, str] = {}
            for field, col in cols.items():
                if col is None or col >= len(cells) or not cells[col]:
                    continue
                if field == "published":
                    when, approx = _published(cells[col])
                    if when:
                        row["published" if len(when) == 10 else "published_partial"] = when
                        row["published_source"] = "sources table (approximate)" if approx else "sources table"
                else:
                    row[field] = cells[col]
            if row:
                out[key] = row
    return out


def folder_manifest(folder: str | Path) -> dict[str, dict[str, str]]:
    """Metadata from the Markdown files at the top of a corpus folder (not its subfolders); {} if none."""
    p = Path(folder)
    if not p.is_dir():
        return {}
    out: dict[str, dict[str, str]] = {}
    for md in sorted(p.glob("*.md")):
        try:
            if md.stat().st_size > MAX_MANIFEST_BYTES:
                continue
            text = md.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # a README we cannot read states nothing; the articles are still ingested
        out.update(read_manifest_tables(text))
    return out
