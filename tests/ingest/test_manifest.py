from dyad.clean import clean
from dyad.ingest.manifest import folder_manifest, read_manifest_tables
from dyad.runner import iter_inputs, load_metadata

SOURCES = """# Our collection

| repository | commit |
|---|---|
| `x/y` | `abc` |

## Articles

| doc_id | outlet | published | words | original URL |
|---|---|---|---|---|
| `press-release-a` | Ministry of Examples | ~2016-12-11 | 300 | https://example.org/a |
| `press-release-b.txt` | Ministry of Examples | ~2017-01 | 120 | [link](https://example.org/b) |
| `wire-c` | Example Wire | 2019-03-04 | 90 | |
| `odd-d` | Example Wire | sometime in spring | 90 | |
"""


def test_a_markdown_sources_table_gives_dates_outlets_and_urls():
    rows = read_manifest_tables(SOURCES)
    assert rows["press-release-a"] == {"outlet": "Ministry of Examples", "published": "2016-12-11",
                                       "published_source": "sources table (approximate)",
                                       "url": "https://example.org/a"}
    assert rows["press-release-b"]["published_partial"] == "2017-01"  # the .txt suffix is not part of the id
    assert rows["press-release-b"]["url"] == "link"
    assert rows["wire-c"]["published"] == "2019-03-04" and rows["wire-c"]["published_source"] == "sources table"
    assert "published" not in rows["odd-d"] and rows["odd-d"]["outlet"] == "Example Wire"
    assert "x/y" not in rows  # a table without a document column is not a manifest


def test_a_table_naming_no_metadata_column_is_ignored():
    assert read_manifest_tables("| doc_id | words |\n|---|---|\n| a | 3 |\n") == {}


def test_a_folder_sources_table_reaches_the_documents(tmp_path):
    (tmp_path / "SOURCES.md").write_text(SOURCES, encoding="utf-8")
    for name in ("press-release-a", "press-release-b", "unlisted-2015"):
        (tmp_path / f"{name}.txt").write_text("A headline\n\nThe minister met his counterpart today.\n",
                                             encoding="utf-8")
    docs = {d.doc_id: d for d in (clean(raw) for raw in iter_inputs([str(tmp_path)]))}
    assert docs["press-release-a"].published == "2016-12-11"
    assert docs["press-release-a"].outlet == "Ministry of Examples"
    assert docs["press-release-a"].published_source == "sources table (approximate)"
    assert docs["press-release-b"].published is None and docs["press-release-b"].published_partial == "2017-01"
    assert docs["unlisted-2015"].published_partial == "2015"  # the file name's year, as without a table
    assert docs["unlisted-2015"].published_source == "filename"


def test_folder_manifest_of_a_file_or_an_unreadable_readme_is_empty(tmp_path):
    (tmp_path / "README.md").write_bytes(b"\xff\xfe\x00bad")
    assert folder_manifest(tmp_path) == {}
    assert folder_manifest(tmp_path / "README.md") == {}


def test_a_metadata_csv_month_is_a_partial_date(tmp_path):
    csv = tmp_path / "meta.csv"
    csv.write_text("file,published,outlet\nx.txt,2017-01,Wire\ny.txt,2017-01-05,Wire\n", encoding="utf-8")
    meta = load_metadata(csv)
    assert meta["x"]["published_partial"] == "2017-01" and not meta["x"]["published"]
    assert meta["y"]["published"] == "2017-01-05"
