"""Find sources under a path and read each into RawArticle objects (or a per-source failure)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, UnreadableFile, UnsupportedFormat
from ..model import RawArticle

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".csv")


def iter_sources(path: str | Path) -> Iterator[Path]:
    """Yield readable source files under `path` (a file or a folder, recursively), sorted."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file or folder")
    if p.is_file():
        if p.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise UnsupportedFormat(f"{path}: unsupported format {p.suffix or '(none)'}; "
                                    f"use one of {', '.join(SUPPORTED_SUFFIXES)}")
        yield p
        return
    for f in sorted(p.rglob("*")):
        if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not any(
                part.startswith(".") for part in f.relative_to(p).parts):
            yield f


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableFile(f"{path}: {size} bytes is over the {max_bytes}-byte limit (max_file_bytes)")
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"{path}: cannot read ({exc.strerror or exc})") from exc


def decode_text(data: bytes, where: str) -> str:
    """Decode UTF-8 (with or without BOM), refusing binary files with a clear message."""
    if b"\x00" in data[:8192]:
        raise UnreadableFile(f"{where}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def looks_like_headline(line: str) -> bool:
    """Headlines are short and unpunctuated; a long first line or a wire dateline opens the body."""
    import re

    if len(line.split()) > 25 or re.match(r"^[A-Z][A-Za-z .'-]{1,40}(?:,[^()]{1,30})?\s*\([^()]{1,40}\)\s*[-–—]", line):
        return False
    return not line.endswith((".", '"', "”")) or len(line.split()) <= 12


def read_text_file(path: Path, source_id: str, max_bytes: int = 20_000_000) -> RawArticle:
    """A .txt article: the first non-empty line is the headline, the rest the body."""
    text = decode_text(read_bytes(path, max_bytes), str(path))
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise UnreadableFile(f"{path}: empty file")
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip("\n")
    if not body.strip() or not looks_like_headline(title):  # the first line is already the story
        body, title = "\n".join(lines).strip("\n"), None
    return RawArticle(text=body, source_id=source_id, title=title, path=str(path))


def source_id_for(path: Path, root: Path) -> str:
    """Readable stable id: the path relative to the ingested folder, without extension."""
    rel = path.relative_to(root) if root.is_dir() else Path(path.name)
    return rel.with_suffix("").as_posix()


def iter_articles(path: str | Path, max_bytes: int = 20_000_000
                  ) -> Iterator[RawArticle | InputError]:
    """Every article under `path`; a source that cannot be read yields its InputError instead."""
    from .html import read_html_file
    from .tables import read_table_file

    root = Path(path)
    for f in iter_sources(root):
        sid = source_id_for(f, root)
        suffix = f.suffix.lower()
        try:
            if suffix == ".txt":
                yield read_text_file(f, sid, max_bytes)
            elif suffix in (".html", ".htm"):
                yield read_html_file(f, sid, max_bytes)
            else:
                yield from read_table_file(f, max_bytes)
        except InputError as exc:
            yield exc
