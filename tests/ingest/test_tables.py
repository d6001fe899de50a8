from dyad.errors import InputError, NotArticles
from dyad.ingest.tables import articles_from_table
from dyad.model import RawArticle


def test_jsonl_rows_become_articles_and_bad_lines_fail_alone():
    text = '{"id": "a1", "text": "Iran and Iraq met.", "published": "2023-05-14", "outlet": "X"}\n' \
           'not json\n\n{"id": "a2", "title": "T", "text": "Body two."}\n{"id": "a3"}\n'
    items = list(articles_from_table(text, "jsonl", "f.jsonl"))
    arts = [i for i in items if isinstance(i, RawArticle)]
    errs = [i for i in items if isinstance(i, InputError)]
    assert [a.source_id for a in arts] == ["a1", "a2"]
    assert arts[0].published == "2023-05-14" and arts[0].outlet == "X"
    assert len(errs) == 2
    assert "f.jsonl:2: malformed JSON line" in str(errs[0])
    assert "f.jsonl:5" in str(errs[1])


def test_csv_rows():
    text = "id,title,text,published\nx,Head,Some body text.,2020-01-02\n"
    (art,) = list(articles_from_table(text, "csv", "t.csv"))
    assert art.source_id == "x" and art.title == "Head" and art.text == "Some body text."


def test_a_table_without_text_is_not_articles():
    text = '{"doc_id": "d", "event_type": "AGREE"}\n{"doc_id": "e", "event_type": "CONSULT"}\n'
    (item,) = list(articles_from_table(text, "jsonl", "gold.jsonl"))
    assert isinstance(item, NotArticles)
