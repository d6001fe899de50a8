"""A request for someone's release is addressed to whoever holds them: the holder the sentence names (by its
agent or the state it holds them in), else the party the document told detaining them."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, captor", [
    ("The Secretary raised the cases of Armenian detainees held in Baku and urged their release on humanitarian "
     "grounds.", "AZE"),
    ("The United States demands the release of American citizens detained in Iran.", "IRN"),
    ("We call for the immediate release of the crew members held by the Houthis.", "YEM"),
])
def test_the_holder_the_sentence_names_is_asked(ctx, text, captor):
    assert ("REQUEST", "USA", captor) in code(ctx, text, published="2026-11-05", outlet="U.S. Department of State")


def test_the_party_told_detaining_them_is_asked(ctx):
    text = ("Iranian forces detained two British sailors in the Gulf on Monday.\n\n"
            "Britain called for the sailors' release.")
    assert ("REQUEST", "GBR", "IRN") in code(ctx, text, published="2026-11-05")
    # with nobody told holding them, the request has no addressee
    assert ("REQUEST", "GBR", None) in code(ctx, "Britain called for the sailors' release.", published="2026-11-05")
