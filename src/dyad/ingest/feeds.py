"""URLs and RSS/Atom feeds: fetched with an injected httpx.Client (tests pass a MockTransport)."""
from __future__ import annotations

from collections.abc import Iterator

import httpx

from ..errors import FeedError, InputError
from ..model import RawArticle
from .html import html_to_article


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def fetch(url: str, client: httpx.Client) -> httpx.Response:
    try:
        resp = client.get(url, follow_redirects=True)
        resp.raise_for_status()
        return resp
    except httpx.HTTPError as exc:
        raise FeedError(f"{url}: cannot fetch ({exc})") from exc


def looks_like_feed(resp: httpx.Response) -> bool:
    ctype = resp.headers.get("content-type", "")
    head = resp.content[:512].lstrip().lower()
    return any(t in ctype for t in ("rss", "atom", "xml")) or head.startswith((b"<?xml", b"<rss", b"<feed"))


def fetch_feed(url: str, client: httpx.Client, content: bytes | None = None) -> list[RawArticle | InputError]:
    """Each feed entry's page as an article; entries whose page fails fall back to the entry summary."""
    import feedparser

    feed = feedparser.parse(content if content is not None else fetch(url, client).content)
    if feed.bozo and not feed.entries:
        raise FeedError(f"{url}: not a readable RSS/Atom feed ({feed.bozo_exception})")
    outlet = feed.feed.get("title")
    out: list[RawArticle | InputError] = []
    for entry in feed.entries:
        link = entry.get("link")
        published = None
        if entry.get("published_parsed"):
            t = entry.published_parsed
            published = f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
        try:
            if not link:
                raise FeedError(f"{url}: entry without a link")
            art = html_to_article(fetch(link, client).content, link, url=link)
        except InputError as exc:
            summary = entry.get("summary") or ""
            if not summary.strip():
                out.append(exc)
                continue
            art = RawArticle(text=summary, source_id=link or entry.get("id") or url, url=link)
        # a feed's own date is the publication date; pages often carry none or the crawl date
        out.append(RawArticle(**{**art.__dict__, "title": art.title or entry.get("title"),
                                 "outlet": art.outlet or outlet, "published": published or art.published,
                                 "meta": {"published_source": "feed" if published else art.meta.get("published_source")}}))
    return out


def iter_url(url: str, client: httpx.Client) -> Iterator[RawArticle | InputError]:
    """A page URL gives one article; a feed URL gives one per entry."""
    try:
        resp = fetch(url, client)
        if looks_like_feed(resp):
            yield from fetch_feed(url, client, resp.content)
        else:
            yield html_to_article(resp.content, str(resp.url), url=str(resp.url))
    except InputError as exc:
        yield exc
