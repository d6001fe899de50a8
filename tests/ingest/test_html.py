import pytest

from dyad.errors import UnreadableFile
from dyad.ingest.files import iter_articles
from dyad.ingest.html import html_to_article

PAGE = b"""<!doctype html><html><head><title>Iran and Iraq hold talks | Dyad Wire</title>
<meta property="og:site_name" content="Dyad Wire">
<meta property="article:published_time" content="2024-03-12T09:00:00Z">
<link rel="canonical" href="https://example.org/news/iran-iraq-talks"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Iran and Iraq hold talks</h1>
<p>TEHRAN (Dyad Wire) - Iran's defence minister met his Iraqi counterpart in Tehran on Monday to discuss
border security and joint training, officials from both ministries said after the meeting.</p>
<p>The two ministers agreed to set up a joint commission that will meet every three months, the
Iranian ministry said in a statement carried by state media on Monday evening.</p></article>
<div class="comments"><p>Great article! Visit my site for cheap watches.</p></div>
<footer>Copyright Dyad Wire. All rights reserved.</footer></body></html>"""


def test_main_text_title_date_and_site_without_boilerplate_or_comments():
    art = html_to_article(PAGE, "page", url="https://example.org/news/iran-iraq-talks")
    assert "defence minister met his Iraqi counterpart" in art.text
    assert "cheap watches" not in art.text and "All rights reserved" not in art.text
    assert art.published == "2024-03-12"
    assert art.outlet == "Dyad Wire"
    assert "Iran and Iraq hold talks" in (art.title or "")


def test_html_file_keeps_its_path_id(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "talks.html").write_bytes(PAGE)
    (art,) = list(iter_articles(tmp_path))
    assert art.source_id == "news/talks" and art.url == "https://example.org/news/iran-iraq-talks"


def test_a_page_without_article_text_is_a_clear_error():
    with pytest.raises(UnreadableFile, match="no article text"):
        html_to_article(b"<html><body><nav>Home</nav></body></html>", "empty")
