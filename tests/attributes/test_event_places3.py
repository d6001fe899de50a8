"""Where launches, speaking occasions and sites place the events told around them (model-backed)."""
import pytest

pytestmark = pytest.mark.model


def _place(ctx, text, word, takes_target=False):
    from dyad.attributes.places import find_place

    doc = ctx.nlp(text)
    return find_place(next(t for t in doc if t.text == word), ctx.places, takes_target)


def _located(ctx, text, published="2024-05-02"):
    from dyad import process

    return [(e.event_type, e.location and e.location.country)
            for e in process(text, published=published, context=ctx).events]


@pytest.mark.parametrize("text,country", [
    ("The North fired a cruise missile from near Wonsan on Sunday that came down in the sea.", "PRK"),
    ("Iran launched two rockets from inside Iraq, officials said.", "IRQ"),
])
def test_a_launch_is_where_it_is_fired_from(ctx, text, country):
    word = "fired" if "fired" in text else "launched"
    place, _ = _place(ctx, text, word)
    assert place is not None and place.country == country


def test_a_launch_into_the_sea_is_placed_by_the_sentence_that_says_where_from(ctx):
    text = ("TOKYO, May 2 -- North Korea fired three ballistic missiles into the Sea of Japan on Thursday, the "
            "defence ministry said.\n\nThe missiles were launched from the Wonsan area on the east coast and flew "
            "about 400 kilometres, the ministry added.")
    assert ("MOBILIZE", "PRK") in _located(ctx, text)
