"""Event locations: which place of a sentence is where the act happened (model-backed)."""
import pytest

pytestmark = pytest.mark.model


def _place(ctx, text, word, takes_target=False):
    from dyad.attributes.places import find_place

    doc = ctx.nlp(text)
    return find_place(next(t for t in doc if t.text == word), ctx.places, takes_target)


@pytest.mark.parametrize("text,trigger,country,how", [
    ("The Foreign Secretary met Lavrov earlier today on the margins of the UNGA meeting in New York.", "met", "USA",
     "phrase"),
    ("During a meeting with Bajwa in Tehran, Jafari urged Pakistan to act.", "urged", "IRN", "phrase"),
    ("Omani mediators held talks with Iranian and French officials in Muscat on Monday.", "held", "OMN", "phrase"),
    ("Germany on Monday banned Iranian airline Mahan Air from flying in the European nation.", "banned", "DEU",
     "phrase"),
    ("Last week a Kabul car bombing killed five people.", "bombing", "AFG", "modifier"),
])
def test_event_places(ctx, text, trigger, country, how):
    place, found = _place(ctx, text, trigger)
    assert (place.country, found) == (country, how)


def test_an_attacked_town_is_the_place_but_an_attacked_country_is_a_state(ctx):
    place, how = _place(ctx, "In 2006, Abqaiq was the target of an Al-Qaeda suicide attack.", "attack", True)
    assert (place.country, how) == ("SAU", "target")
    assert _place(ctx, "In 2006, Abqaiq was the target of an Al-Qaeda suicide attack.", "attack")[0] is None
    assert _place(ctx, "Israel attacked Iran.", "attacked", True)[0] is None


def test_the_nation_is_only_a_country_named_before(ctx):
    assert _place(ctx, "Mahan Air was banned from flying in the European nation.", "banned")[0] is None
    assert _place(ctx, "The ministers discussed the crisis.", "discussed")[0] is None


def test_parts_of_a_country_are_placed_in_it_but_names_stay_names():
    from dyad.attributes.places import load_places

    places = load_places()
    assert places.lookup("north-eastern Syria").country == "SYR"
    assert places.lookup("Southeast Turkey").country == "TUR"
    assert places.lookup("the West Bank").country == "PSE"
    assert places.lookup("North Korea").country == "PRK"
    assert places.lookup("South Sudan").country == "SSD"
