import pytest

from dyad.attributes.dates import resolve_date

PUB = "2019-01-23"  # a Wednesday


@pytest.mark.parametrize("text,value,precision", [
    ("on Sunday", "2019-01-20", "day"),
    ("Wednesday", "2019-01-23", "day"),          # the publication day itself, not a week early
    ("last Wednesday", "2019-01-16", "day"),
    ("Monday", "2019-01-21", "day"),
    ("Sunday evening", "2019-01-20", "day"),
    ("earlier this month", "2019-01", "month"),
    ("Earlier in June", "2018-06", "month"),      # June not yet reached this year → last year's
    ("In January", "2019-01", "month"),
    ("In July 2017", "2017-07", "month"),
    ("last year", "2018", "year"),
    ("March 3, 2021", "2021-03-03", "day"),
    ("3 March 2021", "2021-03-03", "day"),
    ("January 20", "2019-01-20", "day"),
    ("since 2011", "2011", "year"),
    ("today", "2019-01-23", "day"),
    ("yesterday", "2019-01-22", "day"),
    ("last month", "2018-12", "month"),
])
def test_relative_dates_resolve_against_publication(text, value, precision):
    got = resolve_date(text, PUB)
    assert (got.value, got.precision) == (value, precision)


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve_date("In July 2017", None).value == "2017-07"
    assert resolve_date("on Sunday", None).value is None
    assert resolve_date("earlier this month", None).precision == "unknown"


def test_nonsense_is_unknown():
    assert resolve_date("the coming weeks", PUB).value is None


def test_last_week_and_earlier_in_the_month_are_month_precision():
    assert resolve_date("last week", PUB).value == "2019-01"
    assert resolve_date("earlier in the month", PUB).value == "2019-01"
    assert resolve_date("last week", "2019-03-04").value == "2019-02"
