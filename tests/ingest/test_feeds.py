"""URLs and feeds through an injected httpx client: no network."""
import httpx

from dyad.errors import FeedError
from dyad.ingest.feeds import iter_url
from dyad.model import RawArticle

from .test_html import PAGE

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Dyad Wire World</title>
<item><title>Iran and Iraq hold talks</title><link>https://example.org/news/iran-iraq-talks</link>
<pubDate>Tue, 12 Mar 2024 09:00:00 GMT</pubDate></item>
<item><title>Broken link</title><link>https://example.org/news/gone</link>
<description>Turkey condemned the strike on Sinjar, the foreign ministry said on Tuesday.</description>
<pubDate>Wed, 13 Mar 2024 10:00:00 GMT</pubDate></item>
</channel></rss>"""


def client(routes: dict[str, tuple[int, bytes, str]]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        status, body, ctype = routes.get(str(request.url), (404, b"not found", "text/plain"))
        return httpx.Response(status, content=body, headers={"content-type": ctype})

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_a_feed_gives_one_article_per_entry_with_the_feed_date_and_outlet():
    c = client({"https://example.org/feed.xml": (200, FEED, "application/rss+xml"),
                "https://example.org/news/iran-iraq-talks": (200, PAGE, "text/html")})
    items = list(iter_url("https://example.org/feed.xml", c))
    assert all(isinstance(i, RawArticle) for i in items) and len(items) == 2
    first, second = items
    assert "Iraqi counterpart" in first.text and first.published == "2024-03-12"
    # the second page is gone: the entry's own summary stands in, with the feed's date
    assert second.text.startswith("Turkey condemned") and second.published == "2024-03-13"
    assert second.outlet == "Dyad Wire World"


def test_a_page_url_gives_one_article():
    c = client({"https://example.org/news/iran-iraq-talks": (200, PAGE, "text/html")})
    (art,) = list(iter_url("https://example.org/news/iran-iraq-talks", c))
    assert art.url == "https://example.org/news/iran-iraq-talks"


def test_an_unreachable_url_is_a_feed_error_not_a_crash():
    (err,) = list(iter_url("https://example.org/missing", client({})))
    assert isinstance(err, FeedError) and "404" in str(err)
