"""HTML pages to RawArticle: trafilatura for the body and metadata, htmldate as the date fallback."""
from __future__ import annotations

from pathlib import Path

from ..errors import UnreadableFile
from ..model import RawArticle
from .files import read_bytes


MIN_WORDS = 5


def html_to_article(html: bytes | str, source_id: str, url: str | None = None, path: str | None = None
                    ) -> RawArticle:
    """Extract the main text (no comments, no boilerplate), title, site name and date of one page."""
    import trafilatura
    from htmldate import find_date

    try:
        extracted = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    except Exception as exc:  # trafilatura raises many parser errors; all mean "unreadable page"
        raise UnreadableFile(f"{path or url or source_id}: cannot parse HTML ({exc})") from exc
    doc = extracted.as_dict() if extracted is not None else {}
    if len((doc.get("text") or "").split()) < MIN_WORDS:  # a menu or a cookie banner is not an article
        raise UnreadableFile(f"{path or url or source_id}: no article text found in the HTML")
    published = doc.get("date")
    if not published:
        try:
            published = find_date(html if isinstance(html, str) else html.decode("utf-8", "replace"),
                                  url=url, original_date=True)
        except Exception:  # htmldate gives up on odd markup; the date stays unknown
            published = None
    canonical = doc.get("url") or url
    return RawArticle(text=doc["text"], source_id=canonical or source_id, title=doc.get("title"),
                      url=canonical, outlet=doc.get("sitename"), published=published, path=path,
                      meta={"published_source": "html"} if published else {})


def read_html_file(path: Path, source_id: str, max_bytes: int) -> RawArticle:
    data = read_bytes(path, max_bytes)
    if b"\x00" in data[:8192]:
        raise UnreadableFile(f"{path}: looks like a binary file, not HTML")
    art = html_to_article(data, source_id, path=str(path))
    # a file's id is its path, whatever canonical URL the page declares
    return RawArticle(**{**art.__dict__, "source_id": source_id})
