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


def test_year_known_without_its_day_completes_month_and_day_but_never_invents_a_day():
    assert resolve_date("on Dec. 27", None, partial="2016").value == "2016-12-27"
    assert resolve_date("27 December", None, partial="2016").value == "2016-12-27"
    today = resolve_date("today", None, partial="2016")
    assert (today.value, today.precision) == ("2016", "year")
    assert resolve_date("Monday", None, partial="2016").value == "2016"
    assert resolve_date("last December", None, partial="2016").value == "2015-12"
    assert resolve_date("early next year", None, partial="2016").value == "2017"
    assert resolve_date("In July 2017", None, partial="2016").value == "2017-07"  # the text's own year wins
    assert resolve_date("the coming weeks", None, partial="2016").value is None


def test_following_and_previous_day_count_from_the_day_last_named():
    assert resolve_date("the following day", PUB, anchor="2020-01-08").value == "2020-01-09"
    assert resolve_date("the next day", PUB, anchor="2019-12-31").value == "2020-01-01"
    assert resolve_date("The previous day", PUB, anchor="2019-09-26").value == "2019-09-25"
    assert resolve_date("the following day", PUB).value is None  # no day named before: no guess
    assert resolve_date("the following day", PUB, anchor="2020-01").value is None


def test_next_year_against_a_full_publication_date():
    assert resolve_date("early next year", PUB).value == "2020"


def test_month_known_without_its_day_dates_today_to_the_month():
    today = resolve_date("earlier today", None, partial="2016-09")
    assert (today.value, today.precision) == ("2016-09", "month")
    assert resolve_date("on Tuesday", None, partial="2016-09").value == "2016-09"
    assert resolve_date("last month", None, partial="2017-01").value == "2016-12"
    assert resolve_date("on Dec. 27", None, partial="2017-01").value == "2016-12-27"  # written in January
    assert resolve_date("on Jan. 3", None, partial="2017-01").value == "2017-01-03"
    assert resolve_date("In April", None, partial="2016-09").value == "2016-04"
    assert resolve_date("In October", None, partial="2016-09").value == "2015-10"
    assert resolve_date("In April", None, partial="2016").value is None  # this April or last: not said
