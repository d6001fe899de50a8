"""Event dates: spans of time that are not dates, "N months ago" and "N months after" (model-backed where a
pipeline runs)."""
import pytest

from dyad.attributes.dates import resolve_date
from dyad.model import RawArticle

PUB = "2021-05-20"


@pytest.mark.parametrize("text", ["four years", "more than three years", "two months", "the past ten days",
                                  "a few weeks", "several years"])
def test_a_span_of_time_is_no_date(text):
    assert resolve_date(text, PUB).value is None


@pytest.mark.parametrize("text,value,precision", [
    ("three days ago", "2021-05-17", "day"),
    ("two weeks ago", "2021-05", "month"),
    ("two months ago", "2021-03", "month"),
    ("five months ago", "2020-12", "month"),
    ("three years ago", "2018", "year"),
])
def test_so_long_ago_is_dated_to_the_precision_of_its_unit(text, value, precision):
    got = resolve_date(text, PUB)
    assert (got.value, got.precision) == (value, precision)


def _events(ctx, text, published):
    from dyad.pipeline import process_document

    return process_document(RawArticle(text=text, source_id="doc", published=published), ctx).events


@pytest.mark.model
def test_a_sentence_of_years_in_prison_is_not_dated_by_its_length(ctx):
    evs = _events(ctx, "A Belarusian court sentenced the Polish activist to four years in prison on spying charges in late 2020.",
                  published="2021-05-20")
    assert {e.date for e in evs} == {"2020"}


@pytest.mark.model
def test_what_follows_so_long_after_happened_that_long_before_the_news(ctx):
    evs = _events(ctx, "The sanctions come three months after Putin met Erdogan in Sochi.", published="2021-05-20")
    assert [e.date for e in evs if e.event_type == "CONSULT"] == ["2021-02"]


@pytest.mark.model
def test_a_present_conjunct_clause_is_not_dated_by_the_past_one_beside_it(ctx):
    from dyad.attributes.when import ranked_dates

    doc = ctx.nlp("In 2019, Oslo hosted two rounds of talks between the rivals, and we remain ready to help "
                  "the parties.")
    assert ranked_dates(doc, next(t for t in doc if t.text == "help")) == []
    assert [e.text for e in ranked_dates(doc, next(t for t in doc if t.text == "hosted"))] == ["2019"]


@pytest.mark.model
def test_a_promise_in_the_texts_own_voice_is_made_the_day_it_is_told(ctx):
    evs = _events(ctx, "Yesterday, Iran imposed sanctions on twelve British officials.\n\n"
                       "We will work with our partners to respond to any attack by Iran.", published="2022-03-10")
    assert [e.date for e in evs if e.evidence.text.startswith("We will")] == ["2022-03-10"]
