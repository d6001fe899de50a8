from dyad.clean import clean, content_hash, read_dateline
from dyad.model import RawArticle


def test_dateline_gives_outlet_and_place():
    dl = read_dateline("TEHRAN (Tasnim) – Defense Minister of Iran said.")
    assert dl.place == "TEHRAN" and dl.outlet == "Tasnim"
    assert read_dateline("Tehran (IP) - The Chief Commander").outlet == "IP"


def test_date_line_at_the_top_is_the_publication_date():
    dl = read_dateline("Wednesday, January 23, 2019\n\nGermany on Monday banned ...")
    assert dl.published == "2019-01-23"


def test_boilerplate_is_dropped_and_read_more_cuts():
    raw = RawArticle(text="News ID : 66634\n\nBody sentence.\n\nRead more:\n\nOther story\n", source_id="x")
    doc = clean(raw)
    assert doc.text == "Body sentence."


def test_hash_ignores_whitespace_and_mojibake_is_repaired():
    assert content_hash("a  b\nc") == content_hash("a b c")
    doc = clean(RawArticle(text="Iranâ€™s army said the talks in Tehran went well.", source_id="m"))
    assert doc.text.startswith("Iran’s army") and doc.language == "en"
    assert clean(RawArticle(text="Iran’s army.", source_id="q")).text == "Iran’s army."  # quotes kept as written


def test_published_precedence_metadata_then_dateline_then_flag():
    assert clean(RawArticle(text="X (AP) – y.", source_id="a", published="2020-01-02"), "2021-01-01").published == "2020-01-02"
    doc = clean(RawArticle(text="Body.", source_id="b"), "2021-01-01")
    assert doc.published == "2021-01-01" and doc.published_source == "flag"
    assert clean(RawArticle(text="Body.", source_id="c")).published is None


def test_dash_datelines_without_outlet():
    dl = read_dateline("BAGHDAD — Thousands rallied outside the embassy.")
    assert dl.place == "BAGHDAD" and dl.outlet is None and dl.end == len("BAGHDAD — ")
    assert read_dateline("Thousands rallied — outside the embassy.") is None


def test_a_lone_year_in_the_file_name_is_a_year_not_a_date():
    from dyad.clean import filename_year

    assert filename_year("centcom-2016-carter-abadi-baghdad") == 2016
    assert filename_year("reports/2019/item") == 2019
    assert filename_year("wh-2022-01-09-iranian-threats") is None  # a full date: clean() reads it as such
    assert filename_year("report2016") is None
    assert filename_year("article-12345") is None
    doc = clean(RawArticle(text="Carter met Abadi today.", source_id="centcom-2016-carter"))
    assert doc.published is None  # a year alone is not a publication date


def test_agency_datelines_between_slashes():
    dl = read_dateline("ANKARA, March 4. /TASS/. Turkish forces shelled positions near Tal Rifaat.")
    assert (dl.place, dl.outlet, dl.end) == ("ANKARA", "TASS", len("ANKARA, March 4. /TASS/. "))
    assert read_dateline("Ankara, March 4. The talks resumed.") is None
